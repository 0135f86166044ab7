#include <gtest/gtest.h>

#include "follicle/head.h"

namespace follicle {
namespace {

TEST(HeadFrameNames, AxesRoundTrip) {
  for (Axis axis : {Axis::PosX, Axis::NegX, Axis::PosY, Axis::NegY, Axis::PosZ, Axis::NegZ}) {
    EXPECT_EQ(parseAxis(toString(axis)), axis);
  }
  EXPECT_EQ(toString(Axis::NegY), "-y");
}

TEST(HeadFrameNames, AxesAcceptLooseSpellings) {
  EXPECT_EQ(parseAxis("x"), Axis::PosX);
  EXPECT_EQ(parseAxis("-Y"), Axis::NegY);
  EXPECT_EQ(parseAxis("+Z"), Axis::PosZ);
  EXPECT_FALSE(parseAxis("w").has_value());
  EXPECT_FALSE(parseAxis("").has_value());
  EXPECT_FALSE(parseAxis("+xy").has_value());
}

TEST(HeadFrameNames, UnitsRoundTrip) {
  for (LengthUnit unit :
       {LengthUnit::Millimetre, LengthUnit::Centimetre, LengthUnit::Metre, LengthUnit::Inch, LengthUnit::Arbitrary}) {
    EXPECT_EQ(parseLengthUnit(toString(unit)), unit);
  }
  EXPECT_EQ(toString(LengthUnit::Inch), "in");
  EXPECT_EQ(parseLengthUnit("Metres"), LengthUnit::Metre);
  EXPECT_EQ(parseLengthUnit("inch"), LengthUnit::Inch);
  EXPECT_FALSE(parseLengthUnit("furlong").has_value());
}

}  // namespace
}  // namespace follicle
