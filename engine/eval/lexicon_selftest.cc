#include "lanjie/eval/lexicon_selftest.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/lexicon/decode.h"
#include "lanjie/common/utf8.h"
#include "lanjie/match/scanner.h"
#include "lanjie/search/searcher.h"

namespace lanjie {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// "left[hit]right" with up to `chars` code points either side.
std::string Context(std::string_view line, uint64_t start, uint64_t end, size_t chars) {
  size_t a = std::min<uint64_t>(start, line.size()), b = std::min<uint64_t>(end, line.size());
  size_t left = a;
  for (size_t n = 0; n < chars && left > 0; ++n) {
    --left;
    while (left > 0 && IsContinuation(line[left])) --left;
  }
  size_t right = b;
  for (size_t n = 0; n < chars && right < line.size(); ++n) {
    ++right;
    while (right < line.size() && IsContinuation(line[right])) ++right;
  }
  return absl::StrCat(left > 0 ? "…" : "", Av(line.substr(left, a - left)), "[", Av(line.substr(a, b - a)), "]",
                      Av(line.substr(b, right - b)), right < line.size() ? "…" : "");
}

// Accumulator over the whole text (one, filled in input order).
struct Acc {
  std::vector<uint64_t> counts;   // per entry: hits (corpus) or lines hit (bank)
  std::vector<std::vector<std::string>> examples;
  std::vector<std::pair<size_t, std::vector<uint32_t>>> lines_hit;  // (line index, distinct entries)
  uint64_t hits = 0, lines_with_hits = 0;
  absl::Status status;
};

// Collects hits per block on the search's threads; Commit folds them into
// one Acc in input order, so examples are the first ones in the text.
class SelfTestSink : public SearchSink {
 public:
  SelfTestSink(size_t entries, const SelfTestOptions& options, bool per_line_distinct)
      : options_(options), per_line_distinct_(per_line_distinct) {
    acc_.counts.assign(entries, 0);
    acc_.examples.assign(entries, {});
  }
  std::unique_ptr<Block> NewBlock() override { return std::make_unique<Found>(); }
  absl::Status Commit(Block& block) override {
    Found& f = static_cast<Found&>(block);
    acc_.hits += f.hits;
    acc_.lines_with_hits += f.lines;
    for (const Item& it : f.items) {
      if (!it.distinct) {
        if (!per_line_distinct_) ++acc_.counts[it.entry];
        continue;
      }
      ++acc_.counts[it.entry];
      if (acc_.examples[it.entry].size() < options_.examples)
        acc_.examples[it.entry].push_back(Context(it.line, it.start, it.end, options_.context_chars));
    }
    if (per_line_distinct_)
      for (auto& l : f.lines_hit) acc_.lines_hit.push_back(std::move(l));
    return absl::OkStatus();
  }
  Acc& acc() { return acc_; }

 private:
  struct Item {
    uint32_t entry;
    bool distinct;  // the entry's first hit on its line
    std::string_view line;
    uint64_t start, end;
  };
  struct Found : Block {
    void OnLine(const FoundLine& line) override {
      ++lines;
      hits += line.hits->size();
      std::vector<uint32_t> distinct;
      for (const Hit& h : *line.hits) {
        const bool first = std::find(distinct.begin(), distinct.end(), h.entry) == distinct.end();
        if (first) distinct.push_back(h.entry);
        items.push_back(Item{h.entry, first, line.text, h.start, h.end});
      }
      lines_hit.emplace_back(line.number - 1, std::move(distinct));
    }
    void Reset() override {
      items.clear();
      lines_hit.clear();
      hits = lines = 0;
    }
    std::vector<Item> items;
    std::vector<std::pair<size_t, std::vector<uint32_t>>> lines_hit;
    uint64_t hits = 0, lines = 0;
  };
  const SelfTestOptions& options_;
  const bool per_line_distinct_;
  Acc acc_;
};

// Scans `text` on options.threads threads (lanjie/search/searcher.h).
absl::StatusOr<std::vector<Acc>> ScanParallel(const std::shared_ptr<const Artifact>& artifact, std::string_view text,
                                              const SelfTestOptions& options, bool per_line_distinct) {
  SearchOptions search;
  search.threads = std::max(1, options.threads);
  auto searcher = Searcher::Create(artifact, search);
  if (!searcher.ok()) return searcher.status();
  SelfTestSink sink(artifact->entries().size(), options, per_line_distinct);
  if (auto st = (*searcher)->SearchText(text, &sink, nullptr); !st.ok()) return st;
  std::vector<Acc> accs;
  accs.push_back(std::move(sink.acc()));
  return accs;
}

std::vector<FiringKeyword> Top(const Artifact& artifact, std::vector<Acc>& accs, size_t top, size_t examples,
                               uint64_t* distinct) {
  const size_t n = artifact.entries().size();
  std::vector<uint64_t> total(n, 0);
  for (const Acc& a : accs)
    for (size_t i = 0; i < n; ++i) total[i] += a.counts[i];
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < n; ++i)
    if (total[i] > 0) order.push_back(i);
  if (distinct) *distinct = order.size();
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return total[a] != total[b] ? total[a] > total[b] : a < b; });
  if (order.size() > top) order.resize(top);
  std::vector<FiringKeyword> out;
  for (uint32_t i : order) {
    FiringKeyword k;
    k.entry = i;
    k.keyword = artifact.entries()[i].keyword;
    k.risk = artifact.entries()[i].risk;
    k.hits = total[i];
    for (Acc& a : accs)
      for (std::string& ex : a.examples[i])
        if (k.examples.size() < examples) k.examples.push_back(std::move(ex));
    out.push_back(std::move(k));
  }
  return out;
}

nlohmann::json TopJson(const std::vector<FiringKeyword>& top) {
  nlohmann::json a = nlohmann::json::array();
  for (const FiringKeyword& k : top)
    a.push_back({{"keyword", k.keyword}, {"risk", k.risk}, {"hits", k.hits}, {"examples", k.examples}});
  return a;
}

std::string TopTable(const std::vector<FiringKeyword>& top, const char* count_name) {
  std::string out = absl::StrFormat("%-4s %8s  %-7s %-16s %s\n", "#", count_name, "risk", "keyword", "examples");
  for (size_t i = 0; i < top.size(); ++i) {
    const FiringKeyword& k = top[i];
    out += absl::StrFormat("%-4d %8d  %-7s %-16s %s\n", i + 1, k.hits, k.risk, k.keyword,
                           k.examples.empty() ? "" : k.examples[0]);
    for (size_t e = 1; e < k.examples.size(); ++e) out += absl::StrFormat("%39s%s\n", "", k.examples[e]);
  }
  return out;
}

const std::vector<std::string_view> kQuestionNames = {"question", "问题", "题目", "prompt", "text", "query"};
const std::vector<std::string_view> kCategoryNames = {"category", "违规类型", "风险类别", "risk", "类别", "dimension", "风险项"};
const std::vector<std::string_view> kBankNames = {"bank", "题库", "题库类型", "bank_type"};

std::string BankKind(std::string_view cell) {
  const std::string s = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(cell)));
  if (s.empty()) return "should_refuse";
  if (absl::StrContains(s, "answer") || absl::StrContains(s, "非拒答") || absl::StrContains(s, "不应拒答") ||
      absl::StrContains(s, "应回答"))
    return "should_answer";
  if (absl::StrContains(s, "refuse") || absl::StrContains(s, "拒答")) return "should_refuse";
  if (absl::StrContains(s, "generat") || absl::StrContains(s, "生成")) return "generate";
  return std::string(absl::StripAsciiWhitespace(Av(cell)));
}

std::string Lower(std::string_view s) { return absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(s))); }

int FindColumn(const std::vector<std::string>& header, const std::vector<std::string_view>& names) {
  for (std::string_view n : names)
    for (size_t i = 0; i < header.size(); ++i)
      if (Lower(header[i]) == n) return static_cast<int>(i);
  return -1;
}


void FromRows(const std::string& path, std::vector<std::pair<uint32_t, std::vector<std::string>>>& rows,
              std::vector<BankQuestion>* out, std::vector<std::string>* problems) {
  if (rows.empty()) return;
  const auto& header = rows[0].second;
  int q = FindColumn(header, kQuestionNames), c = FindColumn(header, kCategoryNames), b = FindColumn(header, kBankNames);
  if (q < 0) {
    problems->push_back(absl::StrCat(path, ":", rows[0].first, ": header has no question column (question / 问题 / prompt)"));
    return;
  }
  for (size_t r = 1; r < rows.size(); ++r) {
    auto& f = rows[r].second;
    std::string text = static_cast<size_t>(q) < f.size() ? std::string(absl::StripAsciiWhitespace(f[q])) : "";
    if (text.empty()) {
      problems->push_back(absl::StrCat(path, ":", rows[r].first, ": no question text"));
      continue;
    }
    std::string cat = c >= 0 && static_cast<size_t>(c) < f.size() ? std::string(absl::StripAsciiWhitespace(f[c])) : "";
    BankQuestion bq{std::move(text), cat.empty() ? "(none)" : cat, path, rows[r].first};
    if (b >= 0 && static_cast<size_t>(b) < f.size()) bq.bank = BankKind(f[b]);
    out->push_back(std::move(bq));
  }
}

}  // namespace

absl::StatusOr<CorpusSelfTest> SelfTestCorpus(std::shared_ptr<const Artifact> artifact, std::string_view text,
                                              std::string_view name, const SelfTestOptions& options) {
  auto accs = ScanParallel(artifact, text, options, false);
  if (!accs.ok()) return accs.status();
  CorpusSelfTest r;
  r.name = std::string(name);
  r.bytes = text.size();
  r.lines = std::count(text.begin(), text.end(), '\n') + (!text.empty() && text.back() != '\n');
  for (const Acc& a : *accs) {
    r.hits += a.hits;
    r.lines_with_hits += a.lines_with_hits;
  }
  r.hits_per_mb = r.bytes ? r.hits * 1e6 / r.bytes : 0;
  r.top = Top(*artifact, *accs, options.top, options.examples, &r.distinct_keywords);
  return r;
}

absl::StatusOr<RecallSelfTest> SelfTestRecall(std::shared_ptr<const Artifact> artifact,
                                              const std::vector<BankQuestion>& questions, std::string_view name,
                                              const SelfTestOptions& options) {
  std::string block;
  for (const BankQuestion& q : questions) {
    for (char c : q.text) block.push_back(c == '\n' || c == '\r' ? ' ' : c);
    block.push_back('\n');
  }
  auto accs = ScanParallel(artifact, block, options, true);
  if (!accs.ok()) return accs.status();
  std::vector<uint8_t> hit(questions.size(), 0);
  for (const Acc& a : *accs)
    for (const auto& [line, entries] : a.lines_hit) hit[line] = 1;
  RecallSelfTest r;
  r.name = std::string(name);
  if (!questions.empty()) r.bank = questions[0].bank;
  std::map<std::string, RecallRow> rows;
  for (size_t i = 0; i < questions.size(); ++i) {
    RecallRow& row = rows[questions[i].category];
    ++row.questions;
    row.with_hit += hit[i];
    ++r.questions;
    r.with_hit += hit[i];
  }
  for (auto& [category, row] : rows) {
    row.category = category;
    row.share = row.questions ? static_cast<double>(row.with_hit) / row.questions : 0;
    r.per_category.push_back(row);
  }
  r.share = r.questions ? static_cast<double>(r.with_hit) / r.questions : 0;
  r.top = Top(*artifact, *accs, options.top, options.examples, nullptr);
  return r;
}

namespace {

using Rows = std::vector<std::pair<uint32_t, std::vector<std::string>>>;  // line or row, cells

// The first of `names` that is a string field of `j`; "" when none is.
std::string FirstString(const nlohmann::json& j, const std::vector<std::string_view>& names) {
  for (std::string_view k : names) {
    auto it = j.find(std::string(k));
    if (it != j.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

// One question per JSON object line; lines that are not one, or have no
// question field, are problems.
std::vector<BankQuestion> QuestionsFromJsonl(const std::string& path, const std::string& text,
                                             std::vector<std::string>* problems) {
  std::vector<BankQuestion> out;
  uint32_t line = 0;
  std::istringstream lines(text);
  std::string s;
  while (std::getline(lines, s)) {
    ++line;
    if (absl::StripAsciiWhitespace(s).empty()) continue;
    auto j = nlohmann::json::parse(s, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      problems->push_back(absl::StrCat(path, ":", line, ": not a JSON object"));
      continue;
    }
    const std::string q = FirstString(j, kQuestionNames), c = FirstString(j, kCategoryNames);
    if (q.empty()) {
      problems->push_back(absl::StrCat(path, ":", line, ": no question field (question / prompt / 问题)"));
      continue;
    }
    BankQuestion bq{q, c.empty() ? "(none)" : c, path, line};
    if (std::string bank = FirstString(j, kBankNames); !bank.empty()) bq.bank = BankKind(bank);
    out.push_back(std::move(bq));
  }
  return out;
}

// The records of a CSV or TSV text; records with a syntax error are problems.
Rows RowsFromCsv(const std::string& path, const std::string& text, char delimiter, std::vector<std::string>* problems) {
  Rows rows;
  CsvReader reader(text, delimiter);
  CsvRecord rec;
  std::string err;
  while (reader.Next(&rec, &err)) {
    if (!err.empty()) {
      problems->push_back(absl::StrCat(path, ":", rec.line, ": ", err));
      continue;
    }
    rows.emplace_back(rec.line, std::move(rec.fields));
  }
  return rows;
}

}  // namespace

absl::StatusOr<std::vector<BankQuestion>> ReadSelfTestQuestions(const std::string& path,
                                                                 std::vector<std::string>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  std::vector<BankQuestion> out;
  const std::string lower = absl::AsciiStrToLower(path);
  if (LooksLikeZip(bytes)) {
    auto sheet = ReadXlsxSheetFromBytes(bytes, path);
    if (!sheet.ok()) return sheet.status();
    Rows rows;
    for (XlsxRow& r : sheet->rows) rows.emplace_back(r.row, std::move(r.cells));
    FromRows(path, rows, &out, problems);
    return out;
  }
  auto text = DecodeToUtf8(bytes, path);
  if (!text.ok()) return text.status();
  if (absl::EndsWith(lower, ".jsonl") || absl::EndsWith(lower, ".json"))
    return QuestionsFromJsonl(path, text->utf8, problems);
  const char delimiter = absl::EndsWith(lower, ".tsv") ? '\t' : ',';
  Rows rows = RowsFromCsv(path, text->utf8, delimiter, problems);
  FromRows(path, rows, &out, problems);
  return out;
}

std::string CorpusSelfTestTable(const CorpusSelfTest& r) {
  std::string out = absl::StrFormat(
      "benign corpus %s: %.1f MB, %d lines; %d hits (%.1f per MB) on %d lines (%.3f%%); %d distinct keywords fired\n",
      r.name, r.bytes / 1e6, r.lines, r.hits, r.hits_per_mb, r.lines_with_hits,
      r.lines ? 100.0 * r.lines_with_hits / r.lines : 0.0, r.distinct_keywords);
  out += "top-firing keywords (false-positive suspects):\n";
  out += TopTable(r.top, "hits");
  return out;
}

std::string RecallSelfTestTable(const RecallSelfTest& r) {
  std::string kind = r.bank == "should_refuse"   ? "should-refuse bank"
                     : r.bank == "should_answer" ? "should-answer bank"
                     : r.bank == "generate"      ? "generation bank"
                                                 : absl::StrCat("bank '", r.bank, "'");
  std::string out = absl::StrFormat("%s %s: %d questions, %d with >=1 hit (%.1f%%)%s\n", kind, r.name, r.questions,
                                    r.with_hit, 100 * r.share,
                                    r.bank == "should_answer" ? "; each hit is a question the filter would wrongly block"
                                                              : "");
  out += absl::StrFormat("%-24s %9s %9s %8s\n", "category", "questions", "with hit", "share");
  for (const RecallRow& row : r.per_category)
    out += absl::StrFormat("%-24s %9d %9d %7.1f%%\n", row.category, row.questions, row.with_hit, 100 * row.share);
  out += "keywords hitting the most questions:\n";
  out += TopTable(r.top, "questions");
  return out;
}

std::string CorpusSelfTestJson(const CorpusSelfTest& r) {
  const nlohmann::json j = {{"corpus", r.name},   {"bytes", r.bytes},
          {"lines", r.lines},   {"hits", r.hits},
          {"hits_per_mb", r.hits_per_mb}, {"lines_with_hits", r.lines_with_hits},
          {"distinct_keywords", r.distinct_keywords}, {"top", TopJson(r.top)}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string RecallSelfTestJson(const RecallSelfTest& r) {
  nlohmann::json rows = nlohmann::json::array();
  for (const RecallRow& row : r.per_category)
    rows.push_back({{"category", row.category}, {"questions", row.questions}, {"with_hit", row.with_hit}, {"share", row.share}});
  const nlohmann::json j = {{"bank", r.name},   {"bank_kind", r.bank},       {"questions", r.questions},
                            {"with_hit", r.with_hit}, {"share", r.share}, {"per_category", rows},
                            {"top", TopJson(r.top)}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::pair<std::string, std::vector<BankQuestion>>> SplitByBank(const std::vector<BankQuestion>& questions) {
  std::vector<std::pair<std::string, std::vector<BankQuestion>>> out;
  for (const BankQuestion& q : questions) {
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.first == q.bank; });
    if (it == out.end()) {
      out.emplace_back(q.bank, std::vector<BankQuestion>{});
      it = out.end() - 1;
    }
    it->second.push_back(q);
  }
  return out;
}

}  // namespace lanjie
