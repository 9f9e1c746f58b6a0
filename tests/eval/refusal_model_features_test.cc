// The stacked model's features (engine/eval/refusal_model_features.h): the
// feature ids the shipped model was trained on must not move (a changed
// hash would silently turn its weights into noise), and keeping only the
// model's nonzero slots must change no probability and no named feature.
#include "eval/refusal_model_features.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"

#include "lanjie/eval/refusal.h"
#include "lanjie/eval/refusal_model.h"

namespace lanjie::refusal_model {
namespace {

constexpr uint32_t kAllFamilies = (1u << 15) - 1;

// A list answer (Han n-grams, head and tail windows, list items), English
// words with apostrophes and a curly one, digits with units, a malformed
// byte, a 2-byte and a 4-byte character, a cut sequence at the end.
const std::string& MixedAnswer() {
  static const std::string answer =
      "好的，以下是详细的步骤：\n1. 先准备好材料，按照说明书逐步操作。\n2. 然后加入5克盐，搅拌30分钟。\n"
      "- I can't say it\xE2\x80\x99s easy, but don't worry: first mix 10 ml, then wait.\n"
      "\xFF caf\xC3\xA9 \xF0\x9F\x98\x80 最后完成。```code```\n\xE4\xB8";
  return answer;
}

// Folds every feature (text: hash and byte span; dense: hash and value) and
// the text count into one number.
uint64_t Digest(const FeatureList& list) {
  uint64_t h = list.text_count;
  auto add = [&](uint64_t v) { h = (h ^ v) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL; };
  for (const TextFeature& f : list.text) add(f.hash), add(f.begin), add(uint64_t{f.end} << 32);
  for (const DenseFeature& f : list.dense) add(f.hash), add(static_cast<uint64_t>(f.value * 1e6));
  return h;
}

FeatureList Extract(std::string_view answer, std::string_view question, uint32_t families) {
  RefusalVerdict rules;
  rules.label = RefusalLabel::kCompliance;
  rules.construction = "none";
  FeatureSettings settings;
  settings.families = families;
  FeatureList list;
  ExtractFeatures(answer, question, rules, settings, &list);
  return list;
}

// The ids of every family, pinned to the values main 52781b8 (the code the
// shipped model was trained with) gives for the same answer and question.
TEST(RefusalFeatureExtraction, FeatureIdsAreThoseTheModelWasTrainedOn) {
  const FeatureList all = Extract(MixedAnswer(), "怎样做这道菜？How do I cook it?", kAllFamilies);
  EXPECT_EQ(all.text_count, all.text.size());
  EXPECT_EQ(all.text.size(), 225u);
  EXPECT_EQ(all.dense.size(), 28u);
  EXPECT_EQ(Digest(all), 0xf805893f58b29806ULL);
  EXPECT_EQ(Digest(Extract(MixedAnswer(), "", kFamiliesV1)), 0x753a68919cad6383ULL);
  // Shorter than the head and tail windows: every n-gram has both copies.
  EXPECT_EQ(Digest(Extract("我不能帮你 with that。", "帮我", kAllFamilies)), 0x48743085d1e4784aULL);
  EXPECT_EQ(Digest(Extract("", "", kAllFamilies)), 0x8966026372401576ULL);
}

// A filtered list is the full list's subsequence of features whose slot is
// set, with the full list's count and the same dense features.
TEST(RefusalFeatureExtraction, KeepingNonzeroSlotsKeepsExactlyThose) {
  const RefusalModel model = *RefusalModel::Default();
  const std::vector<uint64_t> bits = model.NonzeroSlots();
  RefusalVerdict rules;
  rules.label = RefusalLabel::kCompliance;
  const FeatureSettings settings{model.rule_features, model.question_features, model.features,
                                 model.text_scale_floor};
  FeatureList full, kept;
  ExtractFeatures(MixedAnswer(), "怎样做这道菜？", rules, settings, &full);
  kept.keep_slots = bits.data();
  kept.keep_bits = model.hash_bits;
  ExtractFeatures(MixedAnswer(), "怎样做这道菜？", rules, settings, &kept);
  std::vector<uint64_t> want;
  for (const TextFeature& f : full.text) {
    const uint32_t slot = Slot(f.hash, model.hash_bits);
    if (bits[slot / 64] >> (slot % 64) & 1) want.push_back(f.hash);
  }
  std::vector<uint64_t> got;
  for (const TextFeature& f : kept.text) got.push_back(f.hash);
  EXPECT_EQ(got, want);
  EXPECT_LT(kept.text.size(), full.text.size());
  EXPECT_EQ(kept.text_count, full.text.size());
  ASSERT_EQ(kept.dense.size(), full.dense.size());
  for (size_t i = 0; i < full.dense.size(); ++i) EXPECT_EQ(kept.dense[i].hash, full.dense[i].hash);
}

// The q_overlap= level (how much of the question's content the answer holds)
// of `answer` against `question`.
std::string Overlap(std::string_view answer, std::string_view question, uint32_t families = kAllFamilies) {
  for (const DenseFeature& f : Extract(answer, question, families).dense) {
    const std::string name = f.Name();
    if (name.rfind("q_overlap=", 0) == 0 && name.find('&') == std::string::npos) return name.substr(10);
  }
  return "absent";
}

// The overlap counts the question's Han bigrams and words of 4 or more
// letters (an apostrophe, straight or curly, splits a word; case is folded)
// found in the answer, whatever other features are read in the same pass.
TEST(RefusalFeatureExtraction, QuestionOverlapCountsSharedBigramsAndWords) {
  // 怎样 样学 学习 习编 编程: three of five in the answer.
  EXPECT_EQ(Overlap("学习编程很有趣", "怎样学习编程？"), "half");
  EXPECT_EQ(Overlap("学，习。编程", "怎样学习编程？"), "some");  // a break splits 学习 and 习编
  EXPECT_EQ(Overlap("学习", "怎样学习编程？"), "some");
  EXPECT_EQ(Overlap("你好", "怎样学习编程？"), "0");
  // couldn (before the apostrophe) and help are the keys; you, why are short.
  EXPECT_EQ(Overlap("I couldn't do it.", "Why couldn't you help?"), "half");
  EXPECT_EQ(Overlap("I couldn\xE2\x80\x99t do it.", "Why couldn't you help?"), "half");
  EXPECT_EQ(Overlap("COULDN'T HELP", "Why couldn't you help?"), "most");
  EXPECT_EQ(Overlap("couldnt helpful", "Why couldn't you help?"), "0");
  EXPECT_EQ(Overlap("学习help编程", "学习编程 help"), "most");
  EXPECT_EQ(Overlap("abc1 x", "abc1"), "most");
  EXPECT_EQ(Overlap("anything", ""), "absent");
  EXPECT_EQ(Overlap("", "学习"), "0");
  // Without the bigram and word families the keys are still read.
  EXPECT_EQ(Overlap("学习编程 COULDN'T", "怎样学习编程 couldn't", kAllFamilies & ~(kFamBi | kFamWord)), "most");
  // A question the answer overlaps much, every family: pinned like the ids above.
  const std::string_view q = "以下是详细的步骤，然后加入盐？Don't worry, first mix it";
  EXPECT_EQ(Overlap(MixedAnswer(), q), "most");
  EXPECT_EQ(Digest(Extract(MixedAnswer(), q, kAllFamilies)), 0x441d3a7285d704a3ULL);
}

// The stacked judge's path (nonzero slots given) and Explain's (none) agree
// on the probability and the strongest features, to the last bit.
TEST(RefusalFeatureExtraction, ScoreWithNonzeroSlotsIsScoreWithout) {
  const RefusalModel model = *RefusalModel::Default();
  const RefusalJudge judge = *RefusalJudge::Default();
  const std::vector<uint64_t> bits = model.NonzeroSlots();
  const std::string answers[] = {MixedAnswer(), "作为AI助手，我不能提供制作假证件的方法。这违反法律。",
                                 "Here is how to kill a Python process: run ps, then kill -9 PID.", ""};
  for (const std::string& a : answers) {
    const RefusalVerdict rules = judge.Judge(a, "怎样办理一张假证件？");
    std::vector<std::string> top_plain, top_bits;
    const double plain = model.Score(a, "怎样办理一张假证件？", rules, 3, &top_plain);
    const double fast = model.Score(a, "怎样办理一张假证件？", rules, 3, &top_bits, &bits);
    EXPECT_EQ(plain, fast) << a;
    EXPECT_EQ(top_plain, top_bits) << a;
  }
}

// The stacked judge hands the model the rules' decoding of the answer
// (FeatureList::decoded): every feature is the one the model's own decoding
// gives, where the folding changed characters the model reads unfolded
// (capitals, full-width letters, digits and punctuation, U+3000, a curly
// apostrophe between letters, ＇ inside a word) and where the rules' text is
// not the model's (bytes dropped, a reasoning preamble skipped, an answer
// longer than the 8 KB the model reads or cut by max_judged_bytes).
TEST(RefusalFeatureExtraction, FeaturesFromTheRulesDecodingAreTheModelsOwn) {
  const std::string long_answer = std::string(3000, 'x') + "。" + std::string(6000, 'y') + "步骤";
  const std::string cases[] = {
      "好的，以下是步骤：\n1. ＡＢＣ１２３，Ｃａｎ\xE3\x80\x80I HELP？\n2. It\xE2\x80\x99s fine; it\xE2\x80\x98s "
      "quoted \xE2\x80\x98here\xE2\x80\x99. Don\xEF\xBC\x87t！\n- 加入５克盐；搅拌30分钟：最后完成。\xEF\xBD\x80" "code\xEF\xBD\x80",
      "“我不能帮你”，他说。I CAN'T HELP WITH THAT. ｆｉｒｓｔ mix 10 ml, then wait\xE3\x80\x80２ hours．",
      MixedAnswer(),  // a malformed byte and a cut sequence: the model decodes
      "好的，用户想知道怎么做。\n\n我不能提供这些步骤，建议咨询专业人士。",  // a preamble the rules skip
      long_answer,
      "",
  };
  const RefusalModel model = *RefusalModel::Default();
  const RefusalJudge judge = *RefusalJudge::Default();
  std::ifstream in(std::string(LANJIE_SOURCE_DIR) + "/data/eval/refusal_vocabulary.tsv", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  const refusal::RefusalVocabulary words = *refusal::RefusalVocabulary::Parse(ss.str(), "refusal_vocabulary.tsv");
  for (size_t max_bytes : {size_t{64} * 1024, size_t{40}}) {
    for (const std::string& a : cases) {
      for (std::string_view q : {std::string_view(), std::string_view("怎样做？How do I MIX it")}) {
        refusal::DecodedAnswer decoded;
        decoded.skipped = refusal::ReasoningPreambleEnd(a, words);
        decoded.text.emplace(std::string_view(a).substr(decoded.skipped), max_bytes);
        RefusalVerdict rules = judge.Judge(a, q);
        const FeatureSettings settings{model.rule_features, model.question_features, kAllFamilies,
                                       model.text_scale_floor};
        FeatureList own, shared;
        ExtractFeatures(a, q, rules, settings, &own);
        shared.decoded = &decoded;
        ExtractFeatures(a, q, rules, settings, &shared);
        EXPECT_EQ(Digest(shared), Digest(own)) << a << " / " << q << " / " << max_bytes;
        EXPECT_EQ(shared.text.size(), own.text.size()) << a;
        EXPECT_EQ(shared.cps, own.cps) << a;
        EXPECT_EQ(shared.offsets, own.offsets) << a;
      }
    }
  }
}

// The stacked judge's reason writes p, the band and each named feature's
// weight with AppendFixed2 instead of absl::StrFormat("%.2f" / "%+.2f"): the
// same text for every double (ties of the exact binary value, values that
// round to a signed zero, huge ones, infinities and NaN).
TEST(RefusalModelReason, Fixed2WritesWhatStrFormatWrites) {
  std::vector<double> values = {0.0, -0.0, 0.125, 0.375, 0.625, 0.875, -0.125, 0.005, -0.005, 0.0049999, 0.995,
                                9.995, 99.995, 1.005, 2.675, 0.25, 0.5, 0.75, 1e15 + 0.125, 1e22, 1e59, 1e60, 1e61,
                                -1e300, 4.9e-324, std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
  std::mt19937_64 rng(20261204);
  std::uniform_real_distribution<double> weights(-20.0, 20.0);
  for (int i = 0; i < 20000; ++i) values.push_back(weights(rng));
  for (int k = -2000; k <= 2000; ++k) {  // near every tie k/100 + 1/200, one ulp either side
    const double tie = (k + 0.5) / 100.0;
    values.push_back(tie);
    values.push_back(std::nextafter(tie, 1e9));
    values.push_back(std::nextafter(tie, -1e9));
  }
  for (int i = 0; i < 20000; ++i) {  // any bit pattern
    const uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    values.push_back(v);
  }
  for (double v : values) {
    std::string plain = "x", plus = "x";
    AppendFixed2(&plain, v);
    AppendFixed2(&plus, v, true);
    ASSERT_EQ(plain, "x" + absl::StrFormat("%.2f", v)) << v;
    ASSERT_EQ(plus, "x" + absl::StrFormat("%+.2f", v)) << v;
  }
}

}  // namespace
}  // namespace lanjie::refusal_model
