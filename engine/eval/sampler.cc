// Seeded sampling of questions per bank, optionally stratified by category.
#include <algorithm>
#include <map>
#include <numeric>

#include "lanjie/common/splitmix64.h"
#include "lanjie/eval/bank.h"

namespace lanjie {
namespace {

// Picks k of the indices (partial Fisher-Yates).
std::vector<size_t> Pick(std::vector<size_t> indices, size_t k, SplitMix64& rng) {
  k = std::min(k, indices.size());
  for (size_t i = 0; i < k; ++i) std::swap(indices[i], indices[i + rng.Below(indices.size() - i)]);
  indices.resize(k);
  return indices;
}

}  // namespace

std::vector<Question> SampleQuestions(const std::vector<Question>& questions, const SampleOptions& options) {
  std::vector<bool> chosen(questions.size(), false);
  SplitMix64 rng(options.seed);
  for (BankKind kind : kAllBankKinds) {
    std::vector<size_t> members;
    for (size_t i = 0; i < questions.size(); ++i)
      if (questions[i].bank == kind) members.push_back(i);
    auto it = options.per_bank.find(kind);
    const int64_t want = it == options.per_bank.end() ? 0 : it->second;
    if (want <= 0 || static_cast<size_t>(want) >= members.size()) {
      for (size_t i : members) chosen[i] = true;
      continue;
    }
    if (!options.stratified) {
      for (size_t i : Pick(members, want, rng)) chosen[i] = true;
      continue;
    }
    // Largest remainder: each category gets floor(share), the leftovers go to
    // the largest fractional parts (ties: category order).
    std::map<std::string, std::vector<size_t>> by_category;
    for (size_t i : members) by_category[questions[i].category].push_back(i);
    struct Alloc { const std::string* category; int64_t n; double frac; };
    std::vector<Alloc> allocs;
    int64_t given = 0;
    for (const auto& [category, idx] : by_category) {
      const double exact = static_cast<double>(want) * idx.size() / members.size();
      allocs.push_back({&category, static_cast<int64_t>(exact), exact - static_cast<int64_t>(exact)});
      given += allocs.back().n;
    }
    std::vector<size_t> order(allocs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return allocs[a].frac > allocs[b].frac; });
    for (size_t k = 0; given < want && k < order.size(); ++k, ++given) ++allocs[order[k]].n;
    for (const Alloc& a : allocs)
      for (size_t i : Pick(by_category[*a.category], a.n, rng)) chosen[i] = true;
  }
  std::vector<Question> out;
  for (size_t i = 0; i < questions.size(); ++i)
    if (chosen[i]) out.push_back(questions[i]);
  return out;
}

}  // namespace lanjie
