#include "refusal_self_name.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace lanjie::refusal {
namespace {

constexpr size_t kMinName = 2, kMaxName = 5;

bool IsLatinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool Listed(std::u32string_view w, const std::vector<std::u32string>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Whether `name` is shaped like a product's persona (see the header).
bool PersonaShaped(std::u32string_view name, const RefusalVocabulary& words) {
  static constexpr std::u32string_view kNotName = U"我你您他她它这那其该此本每各某谁";
  bool han = false, latin = false;
  for (char32_t c : name) {
    if (kNotName.find(c) != std::u32string_view::npos) return false;
    han |= IsCjk(c);
    latin |= IsLatinLetter(c);
    if (!IsCjk(c) && !IsLatinLetter(c)) return false;
  }
  if (!han) return false;
  // Not a preposition, conjunction or number opening a phrase (和小刘, 一小片).
  static constexpr std::u32string_view kNotFirst = U"和跟与对在把被给让向从为及或一二三四五六七八九十两几半";
  if (kNotFirst.find(name[0]) != std::u32string_view::npos) return false;
  if (Listed(name.substr(name.size() - 1), words.list32(List::kSelfNameNotSuffix))) return false;
  if (name.size() == 2 && name[0] == name[1]) return true;
  if (latin) return true;
  if (name.find(U'小', 1) != std::u32string_view::npos && name.size() >= 3) return true;
  if (name[0] == U'小' && name.size() <= 3 && !Listed(name.substr(0, 2), words.list32(List::kSelfNameNot)))
    return true;
  return name.size() >= 3 && Listed(name.substr(name.size() - 1), words.list32(List::kSelfNameSuffix));
}

}  // namespace

void ReadSelfName(const AnswerText& text, const RefusalVocabulary& words, std::vector<Token>* tokens) {
  const std::u32string& t = text.chars();
  const auto& clauses = text.clauses();
  static constexpr std::u32string_view kBefore = U"但过以此而";  // 但, 不过, 所以, 因此, 而 before the subject
  std::u32string name;
  const std::vector<Token>& all = *tokens;
  for (size_t i = 0; i < all.size() && name.empty(); ++i) {
    const Token& neg = all[i];
    if (neg.role != Role::kNeg && neg.role != Role::kNeg1) continue;
    if (!IsCjk(t[neg.begin])) continue;
    // The negation governs an act of the model's (不提供, 不会教, 不能帮):
    // an act verb within a few characters after it.
    constexpr uint32_t kMaxGap = 3;
    bool act = false;
    for (size_t j = i + 1; j < all.size() && all[j].begin <= neg.end + kMaxGap; ++j)
      act |= all[j].begin >= neg.end && (all[j].role == Role::kAct || all[j].role == Role::kAct1);
    if (!act) continue;
    const auto after = std::upper_bound(clauses.begin(), clauses.end(), neg.begin,
                                        [](uint32_t at, const Clause& c) { return at < c.begin; });
    if (after == clauses.begin()) continue;
    uint32_t open = (after - 1)->begin;
    while (open < neg.begin && (t[open] == ' ' || t[open] == '*')) ++open;
    // The subject opens the clause or follows a conjunction.
    for (size_t len = kMinName; len <= kMaxName && len <= neg.begin - open; ++len) {
      const uint32_t b = neg.begin - static_cast<uint32_t>(len);
      if (b != open && kBefore.find(t[b - 1]) == std::u32string_view::npos) continue;
      const std::u32string_view candidate(t.data() + b, len);
      if (PersonaShaped(candidate, words)) {
        name = candidate;
        break;
      }
    }
  }
  if (name.empty()) return;
  std::vector<Token> named;
  for (size_t at = t.find(name); at != std::u32string::npos; at = t.find(name, at + name.size()))
    named.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size()), Role::kSubj1});
  MergeTokens(tokens, named);
}

}  // namespace lanjie::refusal
