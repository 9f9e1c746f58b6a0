#include "refusal_text.h"

#include <algorithm>
#include <iterator>
#include <array>
#include <map>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"

namespace lanjie::refusal {
namespace {

constexpr std::pair<std::string_view, Role> kRoleNames[] = {
    {"neg", Role::kNeg}, {"neg1", Role::kNeg1}, {"act", Role::kAct}, {"act1", Role::kAct1},
    {"state", Role::kState}, {"topic", Role::kTopic},         {"disclaim", Role::kDisclaim},
    {"epistemic", Role::kEpistemic}, {"idiom", Role::kIdiom},   {"policy", Role::kPolicy},
    {"objection", Role::kObjection}, {"soft", Role::kSoft},     {"redirect", Role::kRedirect},
    {"curt", Role::kCurt},         {"except", Role::kExcept},   {"subj1", Role::kSubj1},
    {"subj2", Role::kSubj2},       {"frame", Role::kFrame},     {"condition", Role::kCondition},     {"pivot", Role::kPivot},
    {"deliver", Role::kDeliver},   {"alternative", Role::kAlternative}, {"lecture", Role::kLecture},
    {"closing", Role::kClosing},   {"preface", Role::kPreface}, {"cancel", Role::kCancel}, {"moral", Role::kMoral},
    {"limit", Role::kLimit},       {"challenge", Role::kChallenge},
    {"shift", Role::kShift},       {"part", Role::kPart},
    {"referral", Role::kReferral}, {"selfcare", Role::kSelfcare},
    {"outside", Role::kOutside},   {"scope", Role::kScope},     {"passive", Role::kPassive},
    {"relneg", Role::kRelNeg},     {"modal1", Role::kModal1},   {"decline", Role::kDecline},
    {"qtranslate", Role::kQTranslate}, {"qcompose", Role::kQCompose},
    {"qcrisis", Role::kQCrisis},   {"qhowto", Role::kQHowto},   {"unlawful", Role::kUnlawful},
    {"qmeta", Role::kQMeta}, {"accept", Role::kAccept},
    {"qloaded", Role::kQLoaded}, {"premise", Role::kPremise}, {"qrequest", Role::kQRequest},
    {"penalty", Role::kPenalty}, {"qknow", Role::kQKnow}, {"caveat", Role::kCaveat},
    {"qalso", Role::kQAlso}};

constexpr std::pair<std::string_view, List> kListNames[] = {
    {"reasoning_lead", List::kReasoningLead}, {"reasoning_user", List::kReasoningUser},
    {"think_head", List::kThinkHead},         {"answer_head", List::kAnswerHead},
    {"field_refused", List::kFieldRefused},   {"field_provided", List::kFieldProvided},
    {"field_status", List::kFieldStatus},     {"value_refused", List::kValueRefused},
    {"field_note", List::kFieldNote},         {"value_withheld", List::kValueWithheld},
    {"persona_cast_zh", List::kPersonaCastZh}, {"persona_open", List::kPersonaOpen},
    {"persona_ask", List::kPersonaAsk},       {"back_lead", List::kBackLead},
    {"back_ref", List::kBackRef},             {"back_said", List::kBackSaid},
    {"own_answer_head", List::kOwnAnswerHead}, {"own_answer_adverb", List::kOwnAnswerAdverb},
    {"own_answer_modal", List::kOwnAnswerModal}, {"whole_request", List::kWholeRequest},
    {"yesno_addressee", List::kYesNoAddressee}, {"yesno_marker", List::kYesNoMarker},
    {"yesno_modal", List::kYesNoModal},       {"yesno_open", List::kYesNoOpen},
    {"pointer", List::kPointer},              {"non_answer", List::kNonAnswer},
    {"topic_open", List::kTopicOpen},         {"asks_where", List::kAsksWhere},
    {"fronted_piece", List::kFrontedPiece},   {"asks_permission", List::kAsksPermission},
    {"bare_no", List::kBareNo},               {"asks_law", List::kAsksLaw},
    {"relative_head", List::kRelativeHead},   {"latin_initial_neg", List::kLatinInitialNeg},
    {"prose_first", List::kProseFirst},       {"prose_second", List::kProseSecond},
    {"subj1_place", List::kSubj1Place},       {"advice_verb", List::kAdviceVerb},
    {"crisis_other", List::kCrisisOther},     {"asks_opinion", List::kAsksOpinion},
    {"footer_mark", List::kFooterMark},       {"kind_object", List::kKindObject},
    {"withheld", List::kWithheld},            {"echo_skip", List::kEchoSkip},
    {"own_voice", List::kOwnVoice},           {"menu_path", List::kMenuPath},
    {"asks_choice", List::kAsksChoice},       {"frame_noun", List::kFrameNoun},
    {"greeting", List::kGreeting},            {"service_scope", List::kServiceScope},
    {"service_intro", List::kServiceIntro},   {"service_noun", List::kServiceNoun},
    {"scope_limit", List::kScopeLimit},
    {"asks_service", List::kAsksService},     {"small_talk", List::kSmallTalk},
    {"menu_skip", List::kMenuSkip},           {"prohibition", List::kProhibition},
    {"statute_suffix", List::kStatuteSuffix}, {"about_writing", List::kAboutWriting},
    {"yesno_asks_model", List::kYesNoAsksModel}, {"yesno_answer", List::kYesNoAnswer},
    {"echo_request", List::kEchoRequest},     {"crisis_care", List::kCrisisCare},
    {"crisis_means", List::kCrisisMeans},     {"reasoning_hedge", List::kReasoningHedge},
    {"reasoning_says_no", List::kReasoningSaysNo},
    {"self_name_suffix", List::kSelfNameSuffix}, {"self_name_not", List::kSelfNameNot},
    {"self_name_not_suffix", List::kSelfNameNotSuffix},
    {"echo_filler", List::kEchoFiller}, {"platitude", List::kPlatitude},
    {"asks_formula", List::kAsksFormula}, {"causative", List::kCausative},
    {"object_verb", List::kObjectVerb},  {"person_object", List::kPersonObject},
    {"request_head", List::kRequestHead}, {"subj1_thinks", List::kSubj1Thinks},
    {"invite", List::kInvite},           {"asks_questions", List::kAsksQuestions},
    {"agree_open", List::kAgreeOpen},    {"filler", List::kFiller},
    {"qswitch", List::kQSwitch},         {"asked_ref", List::kAskedRef},
    {"asks_number", List::kAsksNumber},
    {"consent", List::kConsent},         {"demand", List::kDemand},
    {"yesno_lead", List::kYesNoLead},   {"qask", List::kQAsk},
    {"dismiss", List::kDismiss},         {"asks_input", List::kAsksInput},
    {"reject", List::kReject},           {"search_chrome", List::kSearchChrome},
    {"conclusion", List::kConclusion}, {"letter_close", List::kLetterClose},
    {"letter_open", List::kLetterOpen}};

}  // namespace

void RefusalVocabulary::IndexLists() {
  for (size_t l = 0; l < static_cast<size_t>(List::kCount); ++l) {
    const std::vector<std::u32string>& list = lists32_[l];
    std::vector<uint32_t>& order = list_order_[l];
    order.resize(list.size());
    for (uint32_t i = 0; i < list.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return list[x][0] < list[y][0]; });
    std::vector<FirstRun>& runs = list_runs_[l];
    runs.clear();
    for (uint32_t i = 0; i < order.size(); ++i) {
      const char32_t first = list[order[i]][0];
      if (runs.empty() || runs.back().first != first) runs.push_back({first, i, i});
      runs.back().end = i + 1;
    }
  }
}

bool RefusalVocabulary::Holds(List l, const std::u32string& c, uint32_t b, uint32_t e) const {
  for (uint32_t i = b; i < e; ++i)
    if (EntryAt(l, c, i, e)) return true;
  return false;
}

bool RefusalVocabulary::OpensAt(List l, const std::u32string& c, uint32_t at) const {
  return at < c.size() && EntryAt(l, c, at, static_cast<uint32_t>(c.size()));
}

bool RefusalVocabulary::EntryAt(List l, const std::u32string& c, uint32_t i, uint32_t e) const {
  const size_t li = static_cast<size_t>(l);
  const std::vector<FirstRun>& runs = list_runs_[li];
  const std::vector<std::u32string>& list = lists32_[li];
  const auto run = std::lower_bound(runs.begin(), runs.end(), c[i],
                                    [](const FirstRun& r, char32_t ch) { return r.first < ch; });
  if (run == runs.end() || run->first != c[i]) return false;
  for (uint32_t k = run->begin; k < run->end; ++k) {
    const std::u32string& w = list[list_order_[li][k]];
    if (i + w.size() <= e && c.compare(i, w.size(), w) == 0) return true;
  }
  return false;
}

namespace {

char32_t FoldChar(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
  if (c == 0x3000) c = ' ';
  if (c < 0x80) return absl::ascii_tolower(static_cast<unsigned char>(c));
  return c;
}

std::u32string FoldPhrase(std::string_view text) {
  std::u32string out;
  ForEachCodePoint(text, [&](uint32_t cp, size_t) {
    char32_t c = FoldChar(cp);
    if (c == U'\u2019' || c == U'\u2018') c = '\'';
    out.push_back(c);
  });
  return out;
}

// DecodeUtf8 out of line: Fold's loop keeps its short paths tight.
// Returns the length << 32 | the code point (a length <= 0: no code point).
__attribute__((noinline)) uint64_t DecodeRare(const unsigned char* p, const unsigned char* end) {
  uint32_t cp = 0;
  const int len = DecodeUtf8(p, end, &cp);
  return static_cast<uint64_t>(static_cast<uint32_t>(len)) << 32 | cp;
}

// Fold's loop over a run of Han characters and CJK punctuation at p (at
// least four bytes left): four bytes read as one word (the bytes combined in
// order: one load), a lead 1110xxxx and two continuation bytes tested at
// once; U+3001-U+D7FF is neither overlong nor a surrogate and folds to
// itself. Writes each char to out and its offset to at, moves p past them
// and returns how many (0: none starts at p). The run's end goes the
// general way.
__attribute__((always_inline)) inline size_t FoldHanRun(const unsigned char*& p, const unsigned char* begin,
                                                        const unsigned char* end, char32_t* out, uint32_t* at) {
  const unsigned char* const last = end - 4;  // the last position with four bytes to read
  size_t k = 0;
  for (uint32_t offset = static_cast<uint32_t>(p - begin); p <= last; p += 3, offset += 3, ++k) {
    const uint32_t w = p[0] | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
    if ((w & 0xC0C0F0) != 0x8080E0) break;
    const uint32_t c = (w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w & 0x3F0000) >> 16;
    if (c - 0x3001 >= 0xD800 - 0x3001) break;
    out[k] = c;
    at[k] = offset;
  }
  return k;
}

bool IsClauseBreak(char32_t c) {
  switch (c) {
    case U'，': case ',': case U'、': case U'；': case ';': case U'：': case ':': case U'—': case U'…':
    case U'（': case U'）': case '(': case ')': case U'～': case '~':
      return true;
    default:
      return false;
  }
}

bool IsSentenceEnd(char32_t c) {
  switch (c) {
    case U'。': case U'！': case '!': case U'？': case '?': case '\n': case U'｡':
      return true;
    default:
      return false;
  }
}

// IsLatinWordChar of the ASCII chars, for Match's per-char loop.
constexpr std::array<bool, 128> kLatinWord = [] {
  std::array<bool, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = IsLatinWordChar(c);
  return t;
}();

bool IsOpenQuote(char32_t c) { return c == U'“' || c == U'「' || c == U'『' || c == U'‘' || c == U'《'; }
bool IsCloseQuote(char32_t c) { return c == U'”' || c == U'」' || c == U'』' || c == U'’' || c == U'》'; }

}  // namespace

absl::StatusOr<RefusalVocabulary> RefusalVocabulary::Parse(std::string_view text, std::string_view source) {
  RefusalVocabulary v;
  int line_no = 0;
  for (absl::string_view piece : absl::StrSplit(Av(text), '\n')) {
    std::string_view line = Sv(piece);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return absl::InvalidArgumentError(
          absl::StrCat(Av(source), ":", line_no, ": expected CLASS<TAB>PHRASE, found no tab"));
    const std::string_view name = line.substr(0, tab);
    std::string_view phrase = line.substr(tab + 1);
    if (const size_t note = phrase.find('\t'); note != std::string_view::npos) phrase = phrase.substr(0, note);
    const auto* list = std::find_if(std::begin(kListNames), std::end(kListNames),
                                    [&](const auto& r) { return r.first == name; });
    if (list != std::end(kListNames)) {
      std::u32string folded = FoldPhrase(phrase);
      if (folded.empty())
        return absl::InvalidArgumentError(absl::StrCat(Av(source), ":", line_no, ": empty phrase"));
      // UTF-8 entries stay as written but for ASCII case: their readers
      // compare them with the answer's bytes, which are not folded.
      std::string utf8(phrase);
      for (char& c : utf8) c = absl::ascii_tolower(static_cast<unsigned char>(c));
      v.lists_[static_cast<size_t>(list->second)].push_back(std::move(utf8));
      v.lists32_[static_cast<size_t>(list->second)].push_back(std::move(folded));
      continue;
    }
    const auto* role = std::find_if(std::begin(kRoleNames), std::end(kRoleNames),
                                    [&](const auto& r) { return r.first == name; });
    if (role == std::end(kRoleNames))
      return absl::InvalidArgumentError(absl::StrCat(Av(source), ":", line_no, ": unknown class '", Av(name), "'"));
    Phrase p{FoldPhrase(phrase), role->second, true};
    if (p.text.empty())
      return absl::InvalidArgumentError(absl::StrCat(Av(source), ":", line_no, ": empty phrase"));
    if (p.text.size() > kMaxPhraseChars)
      return absl::InvalidArgumentError(
          absl::StrCat(Av(source), ":", line_no, ": phrase longer than ", kMaxPhraseChars, " characters"));
    for (char32_t c : p.text) p.latin = p.latin && c < 0x80;
    v.phrases_.push_back(std::move(p));
  }
  v.Index();
  v.IndexLists();
  return v;
}

void RefusalVocabulary::Index() {
  // Phrase indices by key, in file order; then each bucket longest first.
  std::map<uint64_t, std::vector<uint32_t>> by_key;
  std::map<uint64_t, bool> longer;  // two-character keys with longer phrases
  for (uint32_t i = 0; i < phrases_.size(); ++i) {
    const std::u32string& t = phrases_[i].text;
    Set(first_filter_, t[0] & kFilterMask);
    if (t.size() == 1) {
      by_key[SingleKey(t[0])].push_back(i);
      Set(single_filter_, t[0] & kFilterMask);
      continue;
    }
    Set(pair_filter_, PairBit(t[0], t[1]));
    by_key[PairKey(t[0], t[1])];  // the pair's bucket exists, maybe empty
    if (t.size() == 2) by_key[PairKey(t[0], t[1])].push_back(i);
    else by_key[TripleKey(t[0], t[1], t[2])].push_back(i), longer[PairKey(t[0], t[1])] = true;
  }
  size_t slots = 2;
  while (slots < 2 * by_key.size()) slots *= 2;
  keys_.assign(slots, kEmpty);
  buckets_.assign(slots, Bucket{});
  table_mask_ = slots - 1;
  table_shift_ = 64;
  for (size_t s = slots; s > 1; s /= 2) --table_shift_;
  entries_.clear();
  pool_.clear();
  for (auto& [key, ids] : by_key) {
    std::stable_sort(ids.begin(), ids.end(),
                     [&](uint32_t a, uint32_t b) { return phrases_[a].text.size() > phrases_[b].text.size(); });
    Bucket b;
    b.begin = static_cast<uint32_t>(entries_.size());
    b.count = static_cast<uint32_t>(ids.size());
    b.longer = longer.count(key) > 0;
    for (uint32_t id : ids) {
      const Phrase& p = phrases_[id];
      Entry e{static_cast<uint32_t>(pool_.size()), static_cast<uint16_t>(p.text.size()), p.role, p.latin,
              IsLatinWordChar(p.text[0]) && p.text[0] != '\'', IsLatinWordChar(p.text.back())};
      entries_.push_back(e);
      pool_ += p.text;
    }
    size_t at = (key * 0x9E3779B97F4A7C15ULL) >> table_shift_;
    while (keys_[at] != kEmpty) at = (at + 1) & table_mask_;
    keys_[at] = key;
    buckets_[at] = b;
  }
}

AnswerText::AnswerText(std::string_view answer, size_t max_bytes) {
  if (answer.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(answer[cut]) & 0xC0) == 0x80) --cut;
    answer = answer.substr(0, cut);
  }
  Fold(answer);
  Segment();
  DetectVerse();
}

namespace {
constexpr size_t kMaxTitleChars = 30;
constexpr size_t kShortLineChars = 40;
constexpr size_t kMinVerseLines = 4;

// A title line: **…**, 《…》 or a Markdown heading, short.
bool TitleLine(std::u32string_view line) {
  if (line.empty() || line.size() > kMaxTitleChars) return false;
  if (line[0] == '#') return true;
  if (line.size() > 4 && line.substr(0, 2) == U"**" && line.substr(line.size() - 2) == U"**") return true;
  return line.front() == U'《' && line.back() == U'》';
}
}  // namespace

void MergeTokens(std::vector<Token>* tokens, const std::vector<Token>& added) {
  if (added.empty()) return;
  std::vector<Token> merged;
  merged.reserve(tokens->size() + added.size());
  std::merge(tokens->begin(), tokens->end(), added.begin(), added.end(), std::back_inserter(merged),
             [](const Token& a, const Token& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  *tokens = std::move(merged);
}

void AnswerText::DetectVerse() {
  // Most answers open with no title: look at the first line before splitting.
  const std::u32string_view all(chars_);
  size_t first = 0;
  while (first < all.size() && (all[first] == ' ' || all[first] == '\n')) ++first;
  if (first == all.size() || (all[first] != '#' && all[first] != '*' && all[first] != U'《')) return;
  std::vector<std::u32string_view> lines;
  size_t coda_begin = all.size();  // the last line's start when a blank line precedes it
  bool blank_before = false;
  for (size_t b = first; b <= all.size();) {
    size_t e = all.find(U'\n', b);
    if (e == std::u32string_view::npos) e = all.size();
    std::u32string_view line = all.substr(b, e - b);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty()) {
      blank_before = true;
    } else {
      lines.push_back(line);
      coda_begin = blank_before ? static_cast<size_t>(line.data() - all.data()) : all.size();
      blank_before = false;
    }
    b = e + 1;
  }
  if (lines.size() < kMinVerseLines + 1 || !TitleLine(lines[0])) return;
  size_t short_lines = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    // A list, a heading or a table under the title is a structured answer.
    const char32_t c = lines[i][0];
    if (c == '#' || c == '-' || c == '*' || c == '|' || c == '>' || c == U'•' || (c >= '0' && c <= '9')) return;
    short_lines += lines[i].size() <= kShortLineChars;
  }
  verse_ = short_lines * 4 >= (lines.size() - 1) * 3;
  verse_end_ = static_cast<uint32_t>(all.size());
  // The coda: one line after a blank line, a prose sentence (a comma inside,
  // a full stop closing it), under a piece that is verse without it.
  const std::u32string_view last = lines.back();
  static constexpr std::u32string_view kStops = U"。！!";
  const bool prose = last.find_first_of(U"，,") != std::u32string_view::npos &&
                     kStops.find(last.back()) != std::u32string_view::npos;
  if (verse_ && coda_begin < all.size() && prose && lines.size() >= kMinVerseLines + 2)
    verse_end_ = static_cast<uint32_t>(coda_begin);
}

// ForEachCodePoint's decoding (invalid or truncated bytes skipped), with
// the two common cases first: ASCII and a complete, well-formed 3-byte
// sequence (every Chinese character; runs of them in FoldHanRun). At most
// one char per byte: the chars go to a per-thread buffer of that size (not
// zeroed), then into chars_ at once; byte_at_ is written the same way, then
// cut.
void AnswerText::Fold(std::string_view answer) {
  thread_local std::vector<char32_t, NoInitAllocator<char32_t>> buffer;
  if (buffer.size() < answer.size()) buffer.resize(answer.size());
  byte_at_.resize(answer.size() + 1);
  char32_t* out = buffer.data();
  uint32_t* at = byte_at_.data();
  bool curly = false;  // a ’ or ‘ was seen (CurlyApostrophes)
  const auto* begin = reinterpret_cast<const unsigned char*>(answer.data());
  const auto* end = begin + answer.size();
  for (const unsigned char* p = begin; p < end;) {
    uint32_t cp = p[0];
    int len = 3;
    if (cp < 0x80) {
      *out++ = absl::ascii_tolower(static_cast<unsigned char>(cp));
      *at++ = static_cast<uint32_t>(p - begin);
      ++p;
      continue;
    }
    if (end - p >= 4) {
      const size_t k = FoldHanRun(p, begin, end, out, at);
      out += k, at += k;
      if (k > 0) continue;
    }
    if ((cp & 0xF0) == 0xE0 && end - p >= 3) {
      const uint32_t b1 = p[1], b2 = p[2];
      cp = (cp & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
      // Well-formed: continuation bytes, not overlong, not a surrogate.
      if (((b1 & 0xC0) | (b2 & 0xC0) << 8) != 0x8080 || cp < 0x800 || (cp & 0xF800) == 0xD800) len = 0;
    } else {
      len = 0;
    }
    if (len == 0) {
      const uint64_t rare = DecodeRare(p, end);  // length << 32 | code point; length <= 0: dropped
      len = static_cast<int32_t>(rare >> 32);
      if (len <= 0) {
        well_formed_ = false;
        ++p;
        continue;
      }
      cp = static_cast<uint32_t>(rare);
    }
    // Han and CJK punctuation after U+3000 and before the full-width forms
    // fold to themselves.
    if (cp <= 0x3000 || cp >= 0xFF01) {
      curly |= (cp | 1) == 0x2019;
      cp = FoldChar(cp);
    }
    *out++ = cp;
    *at++ = static_cast<uint32_t>(p - begin);
    p += len;
  }
  *at = static_cast<uint32_t>(answer.size());
  const size_t n = static_cast<size_t>(out - buffer.data());
  byte_at_.resize(n + 1);
  chars_.assign(buffer.data(), n);
  if (curly) CurlyApostrophes();
}

void AnswerText::CurlyApostrophes() {
  // ’ between two letters is an apostrophe (I’m), anywhere else a quote.
  for (size_t i = 0; i < chars_.size(); ++i) {
    if (chars_[i] != U'’' && chars_[i] != U'‘') continue;
    const bool letters = i > 0 && i + 1 < chars_.size() && chars_[i - 1] < 0x80 && chars_[i + 1] < 0x80 &&
                         absl::ascii_isalpha(static_cast<unsigned char>(chars_[i - 1])) &&
                         absl::ascii_isalpha(static_cast<unsigned char>(chars_[i + 1]));
    if (letters) chars_[i] = '\'';
  }
}

// The scanner's state while Segment() walks the folded answer once.
struct AnswerText::SegmentState {
  int quote_depth = 0;
  bool ascii_quote = false, code = false, line_start = true, list_line = false, table_line = false;
  bool block_quote = false;  // a Markdown blockquote line (> …): quoted text, a script or an example
  uint32_t sentence = 0, clause_begin = 0, units = 0, sentence_first_clause = 0;
  uint32_t close_at = 0;  // a closing quotation mark known to lie ahead (each char is looked ahead at once)
};

// The end of the run of Latin word characters and spaces from i (i itself
// when none starts there; see Segment), 2 units added per word. Not in a
// code fence; a digit before any content of the clause stops it (it may
// number an inline item).
inline uint32_t AnswerText::LatinRun(uint32_t i, SegmentState& st) const {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  const char32_t* s = chars_.data();
  uint32_t units = st.units;
  bool prev_word = i > 0 && IsLatinWordChar(s[i - 1]);
  uint32_t j = i;
  for (; j < n; ++j) {
    const char32_t d = s[j];
    if (IsLatinWordChar(d) && !(d <= '9' && d >= '0' && units == 0)) {
      units += prev_word ? 0 : 2;
      prev_word = true;
    } else if (d == ' ') {
      prev_word = false;
    } else {
      break;
    }
  }
  st.units = units;
  return j;
}

// A run of Han characters inside a line is content and nothing else (no
// marker, quotation mark or break is one; the state stays as it is): the
// bulk of a Chinese answer; so is a run of Latin words and spaces outside a
// code fence. True when one starts at i: its units are counted, its quoted_
// marks set (ahead of i they are still 0) and i is its last char.
inline bool AnswerText::ContentRun(SegmentState& st, uint32_t& i, bool quoted) {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  const char32_t c = chars_[i];
  uint32_t j = i;
  if (IsCjk(c)) {
    for (++j; j < n && IsCjk(chars_[j]);) ++j;
    st.units += j - i;
  } else if (!st.code && (c == ' ' || IsLatinWordChar(c))) {
    j = LatinRun(i, st);
  }
  if (j == i) return false;
  if (quoted) std::fill(quoted_.begin() + i + 1, quoted_.begin() + j, 1);
  i = j - 1;
  return true;
}

// Splits the folded answer into sentences and clauses in one pass: code
// fences, list and quote lines, line breaks, quotation marks, inline list
// items, sentence ends and clause breaks, in that order of precedence.
void AnswerText::Segment() {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  SegmentState st;
  quoted_.assign(n, 0);
  clauses_.reserve(n / 8 + 4);  // one allocation for most answers (a list answer: about one clause per 12 chars)
  for (uint32_t i = 0; i < n; ++i) {
    const char32_t c = chars_[i];
    const bool quoted = st.quote_depth > 0 || st.ascii_quote || st.block_quote;
    quoted_[i] = quoted;
    if (!st.line_start && ContentRun(st, i, quoted)) continue;
    // Each step is called only at the chars that can start it (the loop is per char).
    if (c == '`' && CodeFence(st, i)) continue;
    if (st.line_start && !st.code && LineStart(st, i)) continue;
    if (c == '\n') {
      LineBreak(st, i);
      continue;
    }
    if (IsOpenQuote(c) || IsCloseQuote(c) || c == '"') {
      QuoteMark(st, c);
      continue;
    }
    if (st.code) {
      st.units += IsCjk(c) || (c >= 'a' && c <= 'z');
      continue;
    }
    if (c >= '1' && c <= '9' && st.units == 0 && InlineItem(st, i)) continue;
    const bool period_end =
        c == '.' && (i + 1 == n || chars_[i + 1] == ' ' || chars_[i + 1] == '\n' || IsCjk(chars_[i + 1]));
    if (IsSentenceEnd(c) || period_end) {
      CloseClause(st, i);
      CloseSentence(st, c == U'？' || c == '?');
      continue;
    }
    if (IsClauseBreak(c)) {
      CloseClause(st, i);
      if ((c == U'：' || c == ':') && !clauses_.empty() && clauses_.back().end == i) clauses_.back().colon = true;
      continue;
    }
    if (IsCjk(c)) {
      ++st.units;
    } else if (IsLatinWordChar(c) && (i == 0 || !IsLatinWordChar(chars_[i - 1]))) {
      st.units += 2;
    }
  }
  CloseClause(st, n);
  CloseSentence(st, false);
  sentence_count_ = st.sentence;
  DetectRolePlay();
}

void AnswerText::CloseClause(SegmentState& st, uint32_t end) {
  if (st.units > 0) {
    Clause c;
    c.begin = st.clause_begin;
    c.end = end;
    c.sentence = st.sentence;
    c.code = st.code;
    c.list_item = st.list_line;
    c.table = st.table_line;
    c.units = st.units;
    st.list_line = false;
    clauses_.push_back(c);
    units_ += st.units;
  }
  st.units = 0;
  st.clause_begin = end + 1;
}

void AnswerText::CloseSentence(SegmentState& st, bool question) {
  // Only the clause that carries the question mark asks; the clauses before
  // it in the sentence state (关于割腕的问题我不会回答，但你现在怎么样？).
  const bool any = st.sentence_first_clause < clauses_.size();
  if (any) clauses_.back().question = question;
  if (any) ++st.sentence;
  st.sentence_first_clause = static_cast<uint32_t>(clauses_.size());
}

// ``` opens or closes a code fence; *i moves past it.
bool AnswerText::CodeFence(SegmentState& st, uint32_t& i) {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  if (!(chars_[i] == '`' && i + 2 < n && chars_[i + 1] == '`' && chars_[i + 2] == '`')) return false;
  CloseClause(st, i);
  CloseSentence(st, false);
  st.code = !st.code;
  i += 2;
  st.clause_begin = i + 1;
  return true;
}

// At a line start: a list marker opens a list item (1. 1、 1) （1） - * • ·,
// or a heading), > a blockquote, | a table row. True when *i moved past a
// marker (the caller goes on with the next char).
bool AnswerText::LineStart(SegmentState& st, uint32_t& i) {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  uint32_t j = i;
  while (j < n && (chars_[j] == ' ' || chars_[j] == '\t')) ++j;
  uint32_t k = j;
  while (k < n && chars_[k] >= '0' && chars_[k] <= '9') ++k;
  // A number and a full stop with nothing after them on the line (120.,
  // the answer to "what number do I call") is the number, not a marker.
  uint32_t after = k + 1;
  while (after < n && (chars_[after] == ' ' || chars_[after] == '\t')) ++after;
  const bool numbered = k > j && k < n && after < n && chars_[after] != '\n' &&
                        (chars_[k] == '.' || chars_[k] == U'、' || chars_[k] == ')' || chars_[k] == U'）' ||
                         chars_[k] == U'．');
  // *leans back* (a stage direction or emphasis) is not a bullet; * item
  // and **heading** are.
  const bool emphasis = j + 1 < n && chars_[j] == '*' && chars_[j + 1] != '*' && chars_[j + 1] != ' ';
  const bool bullet = j < n && !emphasis &&
                      (chars_[j] == '-' || chars_[j] == '*' || chars_[j] == U'•' || chars_[j] == U'·' ||
                       chars_[j] == '#');
  st.line_start = false;
  st.table_line = j < n && chars_[j] == '|';
  if (j < n && chars_[j] == '>') {
    st.block_quote = true;
    for (uint32_t q = i; q <= j; ++q) quoted_[q] = 1;
    i = j;
    st.clause_begin = i + 1;
    return true;
  }
  if (!numbered && !bullet) return false;
  // The marker itself is neither content nor a sentence end.
  st.list_line = true;
  i = (numbered ? k : j);
  while (i + 1 < n && (chars_[i + 1] == '*' || chars_[i + 1] == '#')) ++i;
  st.clause_begin = i + 1;
  return true;
}

// A line break ends the clause and the sentence and closes open quotes,
// unless the next quotation mark ahead closes them: a quoted letter or
// script of several paragraphs.
void AnswerText::LineBreak(SegmentState& st, uint32_t i) {
  CloseClause(st, i);
  CloseSentence(st, false);
  // A marker with no content on its line (a Markdown rule ---, a lone *)
  // marks no item: the next line is not one.
  st.list_line = false;
  if (st.quote_depth > 0 && st.close_at <= i) {
    st.close_at = NextCloseQuote(i + 1);
    if (st.close_at == 0) st.quote_depth = 0;
  }
  st.ascii_quote = false;
  st.block_quote = false;
  st.line_start = true;
}

// A quotation mark opens, closes or toggles (ASCII ") the quoted state.
void AnswerText::QuoteMark(SegmentState& st, char32_t c) {
  if (IsOpenQuote(c)) ++st.quote_depth;
  else if (IsCloseQuote(c)) st.quote_depth -= st.quote_depth > 0;
  else st.ascii_quote = !st.ascii_quote;
}

// An inline list item: 1. or 2、 right after a sentence end or a colon
// (…建议：1. 建立品牌。2. 寻找…), as older models write lists.
bool AnswerText::InlineItem(SegmentState& st, uint32_t& i) {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  const char32_t c = chars_[i];
  if (!(c >= '1' && c <= '9' && st.units == 0 && InlineItemAfter(i))) return false;
  uint32_t k = i;
  while (k < n && chars_[k] >= '0' && chars_[k] <= '9') ++k;
  if (!(k < n && (chars_[k] == '.' || chars_[k] == U'、' || chars_[k] == U'．') && k + 1 < n &&
        !(chars_[k + 1] >= '0' && chars_[k + 1] <= '9')))
    return false;
  CloseClause(st, i);
  st.list_line = true;
  i = k;
  st.clause_begin = i + 1;
  return true;
}

// A stage direction: （…）, (…) or *…* closing within 120 chars at the
// start; not a note (（注：以下为示例）, *Note:*), which has a colon.
void AnswerText::DetectRolePlay() {
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  uint32_t b = 0;
  while (b < n && (chars_[b] == ' ' || chars_[b] == '\n')) ++b;
  if (!(b < n && (chars_[b] == U'（' || chars_[b] == '(' || chars_[b] == '*'))) return;
  const char32_t close = chars_[b] == U'（' ? U'）' : chars_[b] == '(' ? ')' : '*';
  for (uint32_t i = b + 1; i < n && i < b + 120 && chars_[i] != '\n'; ++i) {
    if (chars_[i] == U'：' || chars_[i] == ':') break;
    if (chars_[i] == close) {
      role_play_ = i > b + 2;
      break;
    }
  }
}

bool AnswerText::InlineItemAfter(uint32_t i) const {
  while (i > 0 && chars_[i - 1] == ' ') --i;
  if (i == 0) return false;
  switch (chars_[i - 1]) {
    case U'：': case ':': case U'。': case U'；': case ';': case U'！': case '!': case U'？': case '?':
      return true;
    default:
      return false;
  }
}

uint32_t AnswerText::NextCloseQuote(uint32_t from) const {
  constexpr uint32_t kLookahead = 4096;  // bounds the cost on unbalanced input
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(chars_.size()), from + kLookahead);
  for (uint32_t i = from; i < end; ++i) {
    if (IsCloseQuote(chars_[i])) return i;
    if (IsOpenQuote(chars_[i])) return 0;
  }
  return 0;
}

std::vector<Token> AnswerText::Match(const RefusalVocabulary& vocabulary) const {
  std::vector<Token> tokens;
  const uint32_t n = static_cast<uint32_t>(chars_.size());
  tokens.reserve(n / 8 + 4);  // one allocation for most answers
  const char32_t* s = chars_.data();
  uint32_t i = 0;
  bool word_start = true;
  // The bucket's phrases found at i; the first `known` chars are the key's.
  auto match = [&](const RefusalVocabulary::Bucket& b, uint32_t known) {
    for (uint32_t k = b.begin; k < b.begin + b.count; ++k) {
      const RefusalVocabulary::Entry& e = vocabulary.entry(k);
      if (i + e.len > n) continue;
      const char32_t* t = vocabulary.text(e);
      uint32_t j = known;
      while (j < e.len && t[j] == s[i + j]) ++j;
      if (j < e.len) continue;
      if (e.latin) {
        if (!word_start && e.starts_word) continue;
        if (i + e.len < n && IsLatinWordChar(s[i + e.len]) && e.ends_word) continue;
      }
      tokens.push_back({i, i + e.len, e.role});
    }
  };
  for (bool prev_word = false; i < n; ++i) {
    const bool word = s[i] < 0x80 && kLatinWord[s[i]];
    word_start = !prev_word;
    prev_word = word;
    // Latin phrases match whole words: inside a word only phrases that begin
    // with a non-word character could start, and none of those begin with a
    // word character. A phrase that begins with an apostrophe is a
    // contraction's tail ('s not, 'd rather not): it starts inside the word
    // it is attached to (that's not).
    if ((!word_start && word && s[i] != '\'') || !vocabulary.MayStart(s[i])) continue;
    if (i + 1 < n) {
      if (const RefusalVocabulary::Bucket* two = vocabulary.StartingWith(s[i], s[i + 1])) {
        if (two->longer && i + 2 < n)
          if (const RefusalVocabulary::Bucket* three = vocabulary.StartingWith3(s[i], s[i + 1], s[i + 2]))
            match(*three, 3);
        match(*two, 2);
      }
    }
    if (const RefusalVocabulary::Bucket* one = vocabulary.Single(s[i])) match(*one, 1);
  }
  return tokens;
}

namespace {

// ReasoningPreambleEnd's steps. `s` with its first bytes removed when they are
// one of `heads` (ASCII compared without case; the vocabulary's lists are folded); `s` itself otherwise.
std::string_view DropHead(std::string_view s, const std::vector<std::string>& heads) {
  for (const std::string& h : heads)
    if (s.size() >= h.size() && absl::EqualsIgnoreCase(Av(s.substr(0, h.size())), Av(h))) return s.substr(h.size());
  return s;
}

// The paragraph speaks of the user asking or wanting, as a model reasoning
// about the request does (not 用户协议, 用户输入, a user's manual).
bool OpensOnTheUser(std::string_view s, const RefusalVocabulary& words) {
  const size_t before = s.size();
  s = DropHead(s, words.list(List::kReasoningLead));
  if (s.size() != before) s.remove_prefix(std::min(s.find_first_not_of(' '), s.size()));
  for (const std::string& w : words.list(List::kReasoningUser))
    if (s.size() >= w.size() && absl::EqualsIgnoreCase(Av(s.substr(0, w.size())), Av(w))) return true;
  return false;
}

// After `i` (the start of a line): whitespace lines and one rule line (---,
// ***, ___) skipped.
size_t SkipRule(std::string_view a, size_t i) {
  auto skip_space = [&](size_t k) {
    while (k < a.size() && (a[k] == ' ' || a[k] == '\t' || a[k] == '\r' || a[k] == '\n')) ++k;
    return k;
  };
  i = skip_space(i);
  size_t e = a.find('\n', i);
  if (e == std::string_view::npos) e = a.size();
  const std::string_view line = Sv(absl::StripAsciiWhitespace(Av(a.substr(i, e - i))));
  const bool rule = line.size() >= 3 && line.find_first_not_of("-*_ ") == std::string_view::npos;
  return rule ? skip_space(e) : i;
}

// The line [b, e) is one of `heads`, in bold or not, then a colon, a
// parenthesis (已深度思考（用时 6 秒）) or nothing: the offset after the
// colon (the rest of the line may already be its text), else e; npos when
// it is not.
size_t HeadLine(std::string_view a, size_t b, size_t e, const std::vector<std::string>& heads) {
  std::string_view line = Sv(absl::StripAsciiWhitespace(Av(a.substr(b, e - b))));
  const size_t lead = line.find_first_not_of("*#> ");
  if (lead == std::string_view::npos) return std::string_view::npos;
  const size_t offset = static_cast<size_t>(line.data() - a.data()) + lead;
  line.remove_prefix(lead);
  const std::string_view rest = DropHead(line, heads);
  if (rest.size() == line.size()) return std::string_view::npos;
  const std::string_view r = rest.substr(std::min(rest.find_first_not_of("* "), rest.size()));
  for (std::string_view colon : {":", "\xEF\xBC\x9A"})  // : ：
    if (r.substr(0, colon.size()) == colon) return offset + (line.size() - r.size()) + colon.size();
  if (r.empty() || r[0] == '(' || r.substr(0, 3) == "\xEF\xBC\x88") return e;  // （
  return std::string_view::npos;
}

// A visible reasoning block at `start`: <think>…</think>, or a head line
// (思考过程：, Thinking:, 已深度思考) up to an answer head line (回答：, Final
// answer:) or, without one, the first blank line. The offset of the answer
// proper, 0 when there is no such block or nothing follows it.
size_t ThinkBlockEnd(std::string_view a, size_t start, const RefusalVocabulary& words) {
  constexpr std::string_view kOpen = "<think>", kClose = "</think>";
  size_t proper = 0;
  if (a.substr(start, kOpen.size()) == kOpen) {
    const size_t close = a.find(kClose, start + kOpen.size());
    if (close == std::string_view::npos) return 0;
    proper = SkipRule(a, close + kClose.size());
    return proper < a.size() ? proper : 0;
  }
  size_t e = a.find('\n', start);
  if (e == std::string_view::npos) return 0;
  if (HeadLine(a, start, e, words.list(List::kThinkHead)) == std::string_view::npos) return 0;
  size_t blank = 0;
  for (size_t b = e + 1; b < a.size(); b = e + 1) {
    e = a.find('\n', b);
    if (e == std::string_view::npos) e = a.size();
    const size_t head = HeadLine(a, b, e, words.list(List::kAnswerHead));
    if (head != std::string_view::npos) {
      proper = SkipRule(a, head);
      return proper < a.size() ? proper : 0;
    }
    if (blank == 0 && absl::StripAsciiWhitespace(Av(a.substr(b, e - b))).empty()) blank = b;
    if (e == a.size()) break;
  }
  if (blank == 0) return 0;
  proper = SkipRule(a, blank);
  return proper < a.size() ? proper : 0;
}

}  // namespace

size_t ReasoningPreambleEnd(std::string_view answer, const RefusalVocabulary& words, bool* block) {
  if (block) *block = false;
  const size_t start = answer.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return 0;
  if (const size_t proper = ThinkBlockEnd(answer, start, words)) {
    if (block) *block = true;
    return proper;
  }
  if (!OpensOnTheUser(answer.substr(start), words)) return 0;
  // The first blank line ends the paragraph.
  for (size_t nl = answer.find('\n', start); nl != std::string_view::npos && nl < start + kMaxPreambleBytes;
       nl = answer.find('\n', nl + 1)) {
    size_t k = nl + 1;
    while (k < answer.size() && (answer[k] == ' ' || answer[k] == '\t' || answer[k] == '\r')) ++k;
    if (k >= answer.size() || answer[k] != '\n') continue;
    const size_t proper = SkipRule(answer, k);
    return proper < answer.size() ? proper : 0;
  }
  return 0;
}

namespace {

// The line is a rule: at least three of one rule character (- _ = * or the
// UTF-8 dashes and box lines — ─ ━ ═ ＿), spaces around them, nothing else.
bool RuleLine(std::string_view line) {
  line = Sv(absl::StripAsciiWhitespace(Av(line)));
  if (line.size() < 3) return false;
  static constexpr std::string_view kWide[] = {"\xE2\x80\x94", "\xE2\x94\x80", "\xE2\x94\x81", "\xE2\x95\x90",
                                               "\xEF\xBC\xBF"};  // — ─ ━ ═ ＿
  if (line.find_first_not_of(line[0]) == std::string_view::npos) return line[0] == '-' || line[0] == '_' ||
                                                                          line[0] == '=' || line[0] == '*';
  for (std::string_view w : kWide) {
    size_t n = 0, i = 0;
    while (i + w.size() <= line.size() && line.substr(i, w.size()) == w) i += w.size(), ++n;
    if (i == line.size() && n >= 3) return true;
  }
  return false;
}

}  // namespace

size_t FooterStart(std::string_view answer, const RefusalVocabulary& words) {
  const std::vector<std::string>& marks = words.list(List::kFooterMark);
  if (marks.empty()) return answer.size();
  for (size_t b = answer.find('\n'); b != std::string_view::npos && b + 1 < answer.size();
       b = answer.find('\n', b + 1)) {
    const size_t start = b + 1;
    size_t e = answer.find('\n', start);
    if (e == std::string_view::npos) e = answer.size();
    if (!RuleLine(answer.substr(start, e - start))) continue;
    const size_t tail = answer.size() - start;
    if (start < kMinFooterBody) continue;
    if (tail > start || tail > kMaxFooterBytes) continue;
    // The next non-blank line, ASCII lower-cased (the lists are).
    size_t k = e;
    while (k < answer.size() && (answer[k] == ' ' || answer[k] == '\t' || answer[k] == '\r' || answer[k] == '\n')) ++k;
    size_t le = answer.find('\n', k);
    if (le == std::string_view::npos) le = answer.size();
    std::string line(answer.substr(k, le - k));
    for (char& ch : line)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    for (const std::string& m : marks)
      if (line.find(m) != std::string::npos) return start;
  }
  return answer.size();
}

size_t SearchChromeStart(std::string_view answer, const RefusalVocabulary& words) {
  const std::vector<std::string>& marks = words.list(List::kSearchChrome);
  size_t cut = answer.size();
  if (marks.empty()) return cut;
  const auto blank = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; };
  for (;;) {
    size_t e = cut;
    while (e > 0 && blank(answer[e - 1])) --e;
    if (e == 0) return answer.size();
    const size_t nl = answer.rfind('\n', e - 1);
    if (nl == std::string_view::npos) return cut;  // the first line is the body
    const size_t b = nl + 1;
    size_t k = b;
    while (k < e && (blank(answer[k]) || answer[k] == '-' || answer[k] == '*' || answer[k] == '#' || answer[k] == '>'))
      ++k;
    // The line's start, ASCII lower-cased (the list is), against each entry.
    const std::string_view line = answer.substr(k, e - k);
    const auto starts_with = [line](const std::string& m) {
      if (m.size() > line.size()) return false;
      for (size_t i = 0; i < m.size(); ++i) {
        const char ch = line[i] >= 'A' && line[i] <= 'Z' ? static_cast<char>(line[i] - 'A' + 'a') : line[i];
        if (ch != m[i]) return false;
      }
      return true;
    };
    if (std::none_of(marks.begin(), marks.end(), starts_with)) return cut;
    cut = b;
  }
}

}  // namespace lanjie::refusal
