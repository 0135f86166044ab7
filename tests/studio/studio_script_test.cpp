// Scripts: every action parsed into what the player needs, and mistakes reported with the action's index.
#include <gtest/gtest.h>

#include "follicle/error.h"
#include "studio_script.h"

namespace follicle::studio {
namespace {

TEST(StudioScript, ParsesToolActionsAndRawEvents) {
  const std::vector<ScriptAction> actions = parseScript(R"({"actions": [
      {"do": "tool", "name": "hairline-pen"},
      {"do": "click-chart", "u": 0.1, "v": 0.3},
      {"do": "drag", "from": [10, 20], "to": [30, 40], "steps": 4, "button": "right"},
      {"do": "key", "key": "Z", "ctrl": true},
      {"do": "recovery", "accept": false},
      {"do": "export", "kind": "turntable", "path": "spin", "width": 320, "height": 240},
      {"do": "resize", "width": 1000, "height": 700},
      {"do": "quit"}]})",
                                                        "t.json");
  ASSERT_EQ(actions.size(), 8u);
  EXPECT_EQ(actions[0].verb, ScriptVerb::Tool);
  EXPECT_EQ(actions[0].text, "hairline-pen");
  EXPECT_FLOAT_EQ(actions[1].chartFrom.u, 0.1f);
  EXPECT_EQ(actions[2].button, MouseButton::Right);
  EXPECT_EQ(actions[2].steps, 4);
  EXPECT_EQ(actions[2].to, glm::vec2(30.0f, 40.0f));
  EXPECT_TRUE(actions[3].ctrl);
  EXPECT_FALSE(actions[4].flag);
  EXPECT_EQ(actions[5].verb, ScriptVerb::Export);
  EXPECT_EQ(actions[5].text, "turntable");
  EXPECT_EQ(actions[5].path, "spin");
  EXPECT_EQ(actions[5].width, 320);
  EXPECT_EQ(actions[6].verb, ScriptVerb::Resize);
  EXPECT_EQ(actions[6].height, 700);
  EXPECT_EQ(actions[7].verb, ScriptVerb::Quit);
}

TEST(StudioScript, MistakesNameTheActionAndWhatIsWrong) {
  try {
    parseScript(R"({"actions": [{"do": "quit"}, {"do": "click", "x": 3}]})", "bad.json");
    FAIL() << "accepted a click without y";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.json: actions[1]: needs \"y\""), std::string::npos) << e.what();
  }
  EXPECT_THROW(parseScript(R"({"actions": [{"do": "fly"}]})", "bad.json"), Error);
  EXPECT_THROW(parseScript(R"([1, 2])", "bad.json"), Error);
  EXPECT_THROW(parseScript("{", "bad.json"), Error);
}

}  // namespace
}  // namespace follicle::studio
