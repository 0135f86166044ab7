#include <gtest/gtest.h>

#include <fstream>
#include <functional>

#include "io/error_text.h"
#include "follicle/error.h"
#include "follicle/image.h"
#include "io/test_scene.h"

namespace follicle {
namespace {

using test::errorOf;

Image gradient(int channels) {
  Image image;
  image.width = 7;
  image.height = 5;
  image.channels = channels;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      for (int c = 0; c < channels; ++c) image.pixels.push_back(static_cast<std::uint8_t>(30 * x + 11 * y + 50 * c));
  return image;
}


TEST(Image, PngRoundTripsEveryChannelCount) {
  const auto folder = testing::scratchFolder("image-roundtrip");
  for (int channels = 1; channels <= 4; ++channels) {
    const Image original = gradient(channels);
    const auto path = folder / ("gradient" + std::to_string(channels) + ".png");
    savePng(original, path);
    const Image loaded = loadImage(path, false);
    EXPECT_EQ(loaded.width, original.width);
    EXPECT_EQ(loaded.height, original.height);
    EXPECT_EQ(loaded.channels, channels);
    EXPECT_EQ(loaded.pixels, original.pixels);
    EXPECT_FALSE(loaded.srgb);
  }
}

TEST(Image, SavingLeavesNoTemporaryFileAndReplacesTheOldOne) {
  const auto folder = testing::scratchFolder("image-atomic");
  const auto path = folder / "frame.png";
  savePng(gradient(3), path);
  savePng(gradient(4), path);
  EXPECT_EQ(loadImage(path, true).channels, 4);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++files;
  EXPECT_EQ(files, 1);
}

TEST(Image, ErrorsNameThePath) {
  const auto folder = testing::scratchFolder("image-errors");
  const std::string missing = errorOf([&] { loadImage(folder / "missing.png", true); });
  EXPECT_NE(missing.find("missing.png"), std::string::npos) << missing;
  const std::string unwritable = errorOf([&] { savePng(gradient(3), folder / "no-such-folder" / "out.png"); });
  EXPECT_NE(unwritable.find("out.png"), std::string::npos) << unwritable;
  std::ofstream(folder / "garbage.png") << "not a picture";
  const std::string garbage = errorOf([&] { loadImage(folder / "garbage.png", true); });
  EXPECT_NE(garbage.find("garbage.png"), std::string::npos) << garbage;
  EXPECT_NE(errorOf([&] { savePng(Image{}, folder / "empty.png"); }).find("empty.png"), std::string::npos);
}

}  // namespace
}  // namespace follicle
