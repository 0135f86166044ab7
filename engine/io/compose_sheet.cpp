// A labelled sheet of pictures: an ageing series (year 0, 1, 3, 5, 10) or any set of views, with a title, as one
// picture a clinic can print or send.
#include <algorithm>
#include <cmath>
#include <string>

#include "compose_canvas.h"
#include "compose_text.h"
#include "follicle/compose.h"
#include "follicle/error.h"

namespace follicle {

namespace {

// A light neutral grey (sRGB) with near-black text: prints well, and skin reads true against it.
constexpr compose::Rgba kBackground{232, 232, 230, compose::kOpaque};
constexpr compose::Rgba kTextColour{34, 34, 34, compose::kOpaque};
// More pictures than this in a row wrap into a grid of balanced rows.
constexpr int kMaxColumns = 5;
// Caption line height as a share of the picture height, in whole pixels per font unit (whole units keep the
// strokes crisp), and never below 2 px per unit (capitals 14 px tall), the smallest that reads comfortably.
constexpr float kCaptionShareOfPicture = 0.09f;
constexpr float kMinCaptionScale = 2.0f;
constexpr float kTitleScaleFactor = 1.5f;
// Margins, gaps and the space between a picture and its caption, as shares of the picture height.
constexpr float kMarginShare = 0.05f;
constexpr int kMinMarginPx = 8;
constexpr float kCaptionGapShareOfMargin = 0.4f;

struct SheetLayout {
  int columns = 0;
  int rows = 0;
  int cellWidth = 0;  // the widest picture or caption
  int pictureHeight = 0;
  int margin = 0;
  int captionGap = 0;
  float captionScale = 0.0f;
  float titleScale = 0.0f;
  int titleHeight = 0;  // 0 without a title
  int captionHeight = 0;
  int width = 0;
  int height = 0;

  int rowHeight() const { return pictureHeight + captionGap + captionHeight; }
  int gridWidth() const { return columns * cellWidth + (columns - 1) * margin; }
  int gridTop() const { return margin + (titleHeight > 0 ? titleHeight + margin : 0); }
};

SheetLayout planSheet(const std::vector<Image>& pictures, const std::vector<std::string>& labels,
                      std::string_view title) {
  SheetLayout layout;
  const int count = static_cast<int>(pictures.size());
  layout.rows = (count + kMaxColumns - 1) / kMaxColumns;
  layout.columns = (count + layout.rows - 1) / layout.rows;
  int pictureWidth = 0;
  for (const Image& picture : pictures) {
    pictureWidth = std::max(pictureWidth, picture.width);
    layout.pictureHeight = std::max(layout.pictureHeight, picture.height);
  }
  const float height = static_cast<float>(layout.pictureHeight);
  layout.captionScale =
      std::max(kMinCaptionScale, std::round(height * kCaptionShareOfPicture / compose::kFontLineHeight));
  layout.margin = std::max(kMinMarginPx, static_cast<int>(std::lround(height * kMarginShare)));
  layout.captionGap = static_cast<int>(std::lround(static_cast<float>(layout.margin) * kCaptionGapShareOfMargin));
  layout.captionHeight = static_cast<int>(compose::kFontLineHeight * layout.captionScale);
  layout.cellWidth = pictureWidth;
  for (const std::string& label : labels) {
    layout.cellWidth = std::max(layout.cellWidth, compose::textWidth(label, layout.captionScale));
  }
  // The title is larger than the captions where it fits over the pictures, and never smaller than them (a sheet
  // of small pictures grows wider for a long title instead).
  const float titleFit = std::floor(static_cast<float>(layout.gridWidth()) /
                                    static_cast<float>(std::max(1, compose::textWidth(title, 1.0f))));
  layout.titleScale =
      std::max(layout.captionScale, std::min(std::round(layout.captionScale * kTitleScaleFactor), titleFit));
  layout.titleHeight = title.empty() ? 0 : static_cast<int>(compose::kFontLineHeight * layout.titleScale);
  layout.width = std::max(layout.gridWidth(), compose::textWidth(title, layout.titleScale)) + 2 * layout.margin;
  layout.height =
      layout.gridTop() + layout.rows * layout.rowHeight() + (layout.rows - 1) * layout.margin + layout.margin;
  return layout;
}

void checkInputs(const std::vector<Image>& pictures, const std::vector<std::string>& labels) {
  if (pictures.empty()) throw Error("labelled sheet: no pictures to lay out");
  if (labels.size() != pictures.size()) {
    throw Error("labelled sheet: " + std::to_string(labels.size()) + " labels for " + std::to_string(pictures.size()) +
                " pictures; give one label per picture");
  }
  for (std::size_t i = 0; i < pictures.size(); ++i) {
    compose::checkImage(pictures[i], "labelled sheet: picture " + std::to_string(i + 1));
  }
}

}  // namespace

Image labelledSheet(const std::vector<Image>& pictures, const std::vector<std::string>& labels,
                    std::string_view title) {
  checkInputs(pictures, labels);
  const SheetLayout layout = planSheet(pictures, labels, title);
  Image sheet = compose::canvas(layout.width, layout.height, kBackground);
  if (layout.titleHeight > 0) {
    const compose::TextMask mask = compose::rasteriseText(title, layout.titleScale);
    compose::drawText(sheet, mask, (layout.width - mask.width) / 2, layout.margin, kTextColour);
  }
  const int gridLeft = (layout.width - layout.gridWidth()) / 2;
  for (std::size_t i = 0; i < pictures.size(); ++i) {
    const int column = static_cast<int>(i) % layout.columns;
    const int row = static_cast<int>(i) / layout.columns;
    const int cellLeft = gridLeft + column * (layout.cellWidth + layout.margin);
    const int cellTop = layout.gridTop() + row * (layout.rowHeight() + layout.margin);
    // Smaller pictures sit centred in their cell; the caption sits under the cell's picture area.
    const Image& picture = pictures[i];
    compose::drawOver(sheet, compose::toPremultipliedRgba(picture), cellLeft + (layout.cellWidth - picture.width) / 2,
                      cellTop + (layout.pictureHeight - picture.height) / 2);
    const compose::TextMask caption = compose::rasteriseText(labels[i], layout.captionScale);
    compose::drawText(sheet, caption, cellLeft + (layout.cellWidth - caption.width) / 2,
                      cellTop + layout.pictureHeight + layout.captionGap, kTextColour);
  }
  return sheet;
}

}  // namespace follicle
