// Composed consultation pictures (follicle/compose.h): mirror, before/after split, labelled sheet.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "io/error_text.h"
#include "follicle/compose.h"
#include "follicle/error.h"

namespace follicle {
namespace {

using test::errorOf;

constexpr int kAlpha = 3;

// An opaque RGBA picture of one colour, premultiplied like a render.
Image solid(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a = 255) {
  Image image;
  image.width = width;
  image.height = height;
  image.channels = 4;
  image.premultiplied = true;
  for (int i = 0; i < width * height; ++i) image.pixels.insert(image.pixels.end(), {r, g, b, a});
  return image;
}

// Every pixel different: x and y encoded in the colour.
Image gradient(int width, int height) {
  Image image = solid(width, height, 0, 0, 0);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = &image.pixels[static_cast<std::size_t>((y * width + x) * 4)];
      p[0] = static_cast<std::uint8_t>(x * 7);
      p[1] = static_cast<std::uint8_t>(y * 5);
      p[2] = static_cast<std::uint8_t>(x + y);
    }
  }
  return image;
}


bool samePixel(const Image& a, int ax, int ay, const Image& b, int bx, int by) {
  for (int c = 0; c < a.channels; ++c) {
    if (a.at(ax, ay, c) != b.at(bx, by, c)) return false;
  }
  return true;
}

TEST(Mirrored, SwapsLeftAndRightAndTwiceIsIdentity) {
  for (int width : {1, 6, 7}) {
    const Image original = gradient(width, 5);
    const Image mirror = mirrored(original);
    ASSERT_EQ(mirror.width, original.width);
    ASSERT_EQ(mirror.height, original.height);
    for (int y = 0; y < 5; ++y) {
      for (int x = 0; x < width; ++x) EXPECT_TRUE(samePixel(mirror, x, y, original, width - 1 - x, y));
    }
    EXPECT_EQ(mirrored(mirror).pixels, original.pixels);
    EXPECT_EQ(mirror.premultiplied, original.premultiplied);
  }
  Image rgb;
  rgb.width = 2;
  rgb.height = 1;
  rgb.channels = 3;
  rgb.pixels = {1, 2, 3, 4, 5, 6};
  EXPECT_EQ(mirrored(rgb).pixels, (std::vector<std::uint8_t>{4, 5, 6, 1, 2, 3}));
  EXPECT_THROW(mirrored(Image{}), Error);
}

TEST(SplitBeforeAfter, HalvesComeFromTheRightPicturesWithALineBetween) {
  const Image before = solid(100, 40, 200, 10, 10);
  const Image after = solid(100, 40, 10, 10, 200);
  const Image split = splitBeforeAfter(before, after);
  ASSERT_EQ(split.width, 100);
  ASSERT_EQ(split.height, 40);
  ASSERT_EQ(split.channels, 4);
  EXPECT_TRUE(split.premultiplied);
  for (int y = 0; y < 40; y += 13) {
    for (int x = 0; x < 48; ++x) EXPECT_TRUE(samePixel(split, x, y, before, x, y)) << x << "," << y;
    for (int x = 52; x < 100; ++x) EXPECT_TRUE(samePixel(split, x, y, after, x, y)) << x << "," << y;
    // The divider is light and opaque.
    EXPECT_GT(split.at(50, y, 1), 200);
    EXPECT_EQ(split.at(50, y, kAlpha), 255);
  }
}

TEST(SplitBeforeAfter, SplitPositionMovesTheBoundary) {
  const Image before = gradient(200, 10);
  const Image after = solid(200, 10, 0, 0, 0, 0);  // transparent
  const Image quarter = splitBeforeAfter(before, after, 0.25f);
  EXPECT_TRUE(samePixel(quarter, 40, 5, before, 40, 5));
  EXPECT_EQ(quarter.at(60, 5, kAlpha), 0);
  EXPECT_EQ(quarter.at(199, 5, kAlpha), 0);
  // At the edges the line stays inside the picture.
  const Image allAfter = splitBeforeAfter(before, after, 0.0f);
  EXPECT_GT(allAfter.at(0, 5, 1), 200);
  EXPECT_EQ(allAfter.at(100, 5, kAlpha), 0);
  const Image allBefore = splitBeforeAfter(before, after, 1.0f);
  EXPECT_TRUE(samePixel(allBefore, 100, 5, before, 100, 5));
}

TEST(SplitBeforeAfter, DifferentSizesAndBadSplitsAreClearErrors) {
  const std::string sizes = errorOf([] { splitBeforeAfter(solid(64, 64, 1, 1, 1), solid(64, 32, 1, 1, 1)); });
  EXPECT_NE(sizes.find("64x64"), std::string::npos) << sizes;
  EXPECT_NE(sizes.find("64x32"), std::string::npos) << sizes;
  EXPECT_NE(sizes.find("same size"), std::string::npos) << sizes;
  EXPECT_THROW(splitBeforeAfter(solid(4, 4, 1, 1, 1), solid(4, 4, 1, 1, 1), 1.5f), Error);
  EXPECT_THROW(splitBeforeAfter(solid(4, 4, 1, 1, 1), solid(4, 4, 1, 1, 1), -0.1f), Error);
  EXPECT_THROW(splitBeforeAfter(Image{}, Image{}), Error);
}

// Where a picture of one colour landed on the sheet: the bounding box of pixels of exactly that colour.
struct Box {
  int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1;
  bool found() const { return x1 >= x0; }
};

Box find(const Image& sheet, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  Box box;
  for (int y = 0; y < sheet.height; ++y) {
    for (int x = 0; x < sheet.width; ++x) {
      if (sheet.at(x, y, 0) == r && sheet.at(x, y, 1) == g && sheet.at(x, y, 2) == b) {
        box.x0 = std::min(box.x0, x);
        box.y0 = std::min(box.y0, y);
        box.x1 = std::max(box.x1, x);
        box.y1 = std::max(box.y1, y);
      }
    }
  }
  return box;
}

TEST(LabelledSheet, PicturesInARowWithCaptionsUnderEach) {
  const std::vector<Image> pictures{solid(64, 64, 250, 0, 0), solid(64, 64, 0, 250, 0), solid(64, 64, 0, 0, 250)};
  const Image sheet = labelledSheet(pictures, {"year 0", "year 1", "year 3"}, "Norwood VII");
  ASSERT_EQ(sheet.channels, 4);
  EXPECT_TRUE(sheet.premultiplied);
  // Wide enough for the three pictures side by side, tall enough for a title and captions, not much more.
  EXPECT_GE(sheet.width, 3 * 64);
  EXPECT_LE(sheet.width, 3 * 64 * 2);
  EXPECT_GT(sheet.height, 64 + 2 * 12);
  EXPECT_LE(sheet.height, 64 * 3);
  // Opaque everywhere.
  for (std::size_t i = kAlpha; i < sheet.pixels.size(); i += 4) ASSERT_EQ(sheet.pixels[i], 255);
  const Image background = sheet;  // the corner is background
  std::vector<Box> boxes;
  for (const Image& picture : pictures) {
    const Box box = find(sheet, picture.at(0, 0, 0), picture.at(0, 0, 1), picture.at(0, 0, 2));
    ASSERT_TRUE(box.found());
    EXPECT_EQ(box.x1 - box.x0 + 1, 64);
    EXPECT_EQ(box.y1 - box.y0 + 1, 64);
    boxes.push_back(box);
  }
  // In a row, left to right, in the order given.
  EXPECT_EQ(boxes[0].y0, boxes[1].y0);
  EXPECT_EQ(boxes[1].y0, boxes[2].y0);
  EXPECT_LT(boxes[0].x1, boxes[1].x0);
  EXPECT_LT(boxes[1].x1, boxes[2].x0);
  // Under each picture, in the band its caption takes, some pixels are text (differ from the background).
  for (const Box& box : boxes) {
    int textPixels = 0;
    for (int y = box.y1 + 1; y < std::min(sheet.height, box.y1 + 40); ++y) {
      for (int x = box.x0; x <= box.x1; ++x) textPixels += samePixel(sheet, x, y, background, 0, 0) ? 0 : 1;
    }
    EXPECT_GT(textPixels, 20) << "no caption under the picture at x " << box.x0;
  }
  // The title band above the pictures holds text too.
  int titlePixels = 0;
  for (int y = 0; y < boxes[0].y0; ++y) {
    for (int x = 0; x < sheet.width; ++x) titlePixels += samePixel(sheet, x, y, background, 0, 0) ? 0 : 1;
  }
  EXPECT_GT(titlePixels, 50);
}

TEST(LabelledSheet, TransparentPartsShowTheSheetBackground) {
  Image picture = solid(40, 40, 0, 0, 0, 0);  // fully transparent...
  for (int x = 0; x < 40; ++x) {
    std::uint8_t* p = &picture.pixels[static_cast<std::size_t>((20 * 40 + x) * 4)];
    p[0] = 128;  // ...but for one half-covered red row: premultiplied 50% of (255, 0, 0)
    p[kAlpha] = 128;
  }
  const Image sheet = labelledSheet({picture}, {"a"}, "");
  // The background shows through the transparent picture; the half-covered row is red over it.
  const std::uint8_t bg = sheet.at(0, 0, 1);
  EXPECT_GT(bg, 150);
  // Red over the light grey: only the 40 pixels of that row.
  int reddish = 0;
  for (int y = 0; y < sheet.height; ++y) {
    for (int x = 0; x < sheet.width; ++x) {
      if (sheet.at(x, y, 0) > sheet.at(x, y, 1) + 40) ++reddish;
    }
  }
  EXPECT_EQ(reddish, 40) << "the half-transparent row";
}

TEST(LabelledSheet, ManyPicturesWrapIntoAGrid) {
  std::vector<Image> pictures;
  std::vector<std::string> labels;
  for (int i = 0; i < 8; ++i) {
    pictures.push_back(solid(32, 32, static_cast<std::uint8_t>(20 + i * 25), 7, 3));
    labels.push_back("view " + std::to_string(i));
  }
  const Image sheet = labelledSheet(pictures, labels, "grid");
  const Box first = find(sheet, 20, 7, 3);
  const Box last = find(sheet, static_cast<std::uint8_t>(20 + 7 * 25), 7, 3);
  ASSERT_TRUE(first.found());
  ASSERT_TRUE(last.found());
  EXPECT_GT(last.y0, first.y1) << "eight pictures should take two rows";
  EXPECT_LT(sheet.width, 8 * 32 * 2);
}

TEST(LabelledSheet, InputsAreChecked) {
  EXPECT_THROW(labelledSheet({}, {}, "t"), Error);
  const std::string labels = errorOf([] { labelledSheet({solid(8, 8, 1, 1, 1)}, {"a", "b"}, "t"); });
  EXPECT_NE(labels.find("2 labels for 1 pictures"), std::string::npos) << labels;
  EXPECT_THROW(labelledSheet({Image{}}, {"a"}, "t"), Error);
  // Text outside ASCII is drawn, not rejected (the font has only ASCII: it becomes '?').
  EXPECT_NO_THROW(labelledSheet({solid(8, 8, 1, 1, 1)},
                                {"ann\xc3\xa9"
                                 "e 1"},
                                "\xe2\x80\x94"));
}

}  // namespace
}  // namespace follicle
