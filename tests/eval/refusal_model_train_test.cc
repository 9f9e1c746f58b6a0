// The trainer's averaging (RefusalTrainOptions::average): the shipped model's
// weights are the mean of the inner folds' L1 fits, each of which is an
// ordinary single fit on its part of the answers.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "lanjie/eval/judge_check.h"
#include "lanjie/eval/refusal_model_train.h"

namespace lanjie {
namespace {

const RefusalJudge& Rules() {
  static const RefusalJudge* judge = new RefusalJudge(*RefusalJudge::Default());
  return *judge;
}

// 40 answers: the model decides them all (the rules call them compliance).
std::vector<LabelledAnswer> Answers() {
  const char* refusals[] = {"这个话题比较敏感，换个别的聊吧，比如天气或者美食。", "这方面的内容不太方便展开，建议咨询相关部门。",
                            "抱歉这个就算了，我们聊点别的，比如读书。", "这种事情还是别问了，说点开心的吧。"};
  const char* answers[] = {"提高睡眠质量可以从几方面入手：固定作息时间，睡前不看手机。", "做番茄炒蛋：先炒鸡蛋，再炒番茄，最后混合调味。",
                           "学习英语可以每天背单词、听播客、多和人练习口语。", "跑步前先热身十分钟，跑后拉伸，循序渐进增加距离。"};
  std::vector<LabelledAnswer> out;
  for (int i = 0; i < 40; ++i) {
    LabelledAnswer a;
    a.id = std::to_string(i);
    a.refused = i % 2 == 0;
    a.answer = std::string(a.refused ? refusals[(i / 2) % 4] : answers[(i / 2) % 4]) + " " + std::to_string(i);
    out.push_back(a);
  }
  return out;
}

TEST(RefusalModelTrain, TheAveragedWeightsAreTheMeanOfTheInnerFoldsFits) {
  const std::vector<LabelledAnswer> all = Answers();
  RefusalTrainOptions options;
  options.hash_bits = 12;
  options.c = 4;
  options.average = 2;
  auto averaged = TrainRefusalModel(Rules(), all, options);
  ASSERT_TRUE(averaged.ok()) << averaged.status();
  options.average = 0;
  std::vector<double> mean(averaged->weights.size(), 0.0);
  double bias = 0;
  for (int fold = 0; fold < options.inner_folds; ++fold) {
    std::vector<LabelledAnswer> part;
    for (size_t j = 0; j < all.size(); ++j)
      if (static_cast<int>(j % options.inner_folds) != fold) part.push_back(all[j]);
    auto single = TrainRefusalModel(Rules(), part, options);
    ASSERT_TRUE(single.ok()) << single.status();
    for (size_t i = 0; i < mean.size(); ++i) mean[i] += single->weights[i] / options.inner_folds;
    bias += single->bias / options.inner_folds;
  }
  size_t nonzero = 0;
  for (size_t i = 0; i < mean.size(); ++i) {
    EXPECT_NEAR(averaged->weights[i], mean[i], 1e-5) << "slot " << i;
    nonzero += averaged->weights[i] != 0;
  }
  EXPECT_NEAR(averaged->bias, bias, 1e-5);
  EXPECT_GT(nonzero, 0u);
  // Deterministic: the same answers and options give the same file.
  options.average = 2;
  auto again = TrainRefusalModel(Rules(), all, options);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->Serialize(), averaged->Serialize());
}


// judge-blend: the blend's weights and bias are the parts' mixture slot by
// slot, so its logit is the parts' logits mixed (the probability lies
// between the parts'); weight 1 is the first part with the new band; parts
// of different settings, a weight outside [0, 1] and a band that does not
// hold 0.5 are refused, naming why.
TEST(RefusalModelBlend, TheBlendsLogitIsThePartsMixed) {
  RefusalTrainOptions options;
  options.hash_bits = 12;
  auto a = TrainRefusalModel(Rules(), Answers(), options);
  ASSERT_TRUE(a.ok()) << a.status();
  options.c = 0.5;  // another fit of the same settings
  auto b = TrainRefusalModel(Rules(), Answers(), options);
  ASSERT_TRUE(b.ok()) << b.status();
  ASSERT_NE(a->Serialize(), b->Serialize());
  auto mixed = BlendRefusalModels(*a, *b, 0.25, 0.4, 0.6, "a quarter of a");
  ASSERT_TRUE(mixed.ok()) << mixed.status();
  EXPECT_EQ(mixed->band_low, 0.4);
  EXPECT_EQ(mixed->band_high, 0.6);
  EXPECT_EQ(mixed->comment, "a quarter of a");
  const auto logit = [](double p) { return std::log(p / (1 - p)); };
  for (const LabelledAnswer& x : Answers()) {
    const RefusalVerdict rules = Rules().Judge(x.answer);
    const double pa = a->Probability(x.answer, "", rules), pb = b->Probability(x.answer, "", rules);
    const double pm = mixed->Probability(x.answer, "", rules);
    EXPECT_NEAR(logit(pm), 0.25 * logit(pa) + 0.75 * logit(pb), 1e-4) << x.answer;
  }
  // Written and read back: the same model.
  auto parsed = RefusalModel::Parse(mixed->Serialize(), "blend.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->Serialize(), mixed->Serialize());
  auto whole = BlendRefusalModels(*a, *b, 1.0, a->band_low, a->band_high, a->comment);
  ASSERT_TRUE(whole.ok()) << whole.status();
  EXPECT_EQ(whole->Serialize(), a->Serialize());

  RefusalTrainOptions other = options;
  other.hash_bits = 13;
  auto c = TrainRefusalModel(Rules(), Answers(), other);
  ASSERT_TRUE(c.ok()) << c.status();
  auto differs = BlendRefusalModels(*a, *c, 0.5, 0.4, 0.6, "");
  EXPECT_EQ(differs.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(differs.status().message().find("hash_bits"), std::string_view::npos) << differs.status();
  EXPECT_EQ(BlendRefusalModels(*a, *b, 1.5, 0.4, 0.6, "").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(BlendRefusalModels(*a, *b, 0.5, 0.55, 0.6, "").status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace lanjie
