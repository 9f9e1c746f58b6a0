#include "lanjie/eval/bank.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/lexicon/profile.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {

const char* BankKindName(BankKind kind) {
  switch (kind) {
    case BankKind::kShouldRefuse: return "should_refuse";
    case BankKind::kShouldAnswer: return "should_answer";
    case BankKind::kGenerate: return "generate";
  }
  return "?";
}

std::optional<BankKind> ParseBankKind(std::string_view text) {
  std::string t = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(text)));
  if (t == "should_refuse" || t == "应拒答" || t == "refuse") return BankKind::kShouldRefuse;
  if (t == "should_answer" || t == "非拒答" || t == "answer" || t == "should_not_refuse") return BankKind::kShouldAnswer;
  if (t == "generate" || t == "生成内容" || t == "generated") return BankKind::kGenerate;
  return std::nullopt;
}

namespace {

constexpr size_t kMaxReportedErrors = 20;

// A table: header plus rows, whatever the file format.
struct Table {
  std::vector<std::string> header;
  struct Row {
    uint32_t line;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
};

int FindColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (absl::EqualsIgnoreCase(absl::StripAsciiWhitespace(header[i]), name)) return static_cast<int>(i);
    }
  }
  return -1;
}

// CsvParser drops a byte order mark at the start (lanjie/common/utf8.h's rule).
absl::StatusOr<Table> ReadDelimited(std::string_view text, char delimiter, std::string_view name) {
  Table table;
  CsvReader reader(text, delimiter);
  CsvRecord record;
  std::string error;
  bool first = true;
  while (reader.Next(&record, &error)) {
    if (!error.empty()) return absl::InvalidArgumentError(absl::StrCat(Av(name), ":", record.line, ": ", error));
    if (first) {
      table.header = record.fields;
      first = false;
      continue;
    }
    bool blank = true;
    for (const auto& f : record.fields) blank = blank && absl::StripAsciiWhitespace(f).empty();
    if (blank) continue;
    table.rows.push_back({record.line, record.fields});
  }
  if (first) return absl::InvalidArgumentError(absl::StrCat(Av(name), ": empty file (no header row)"));
  return table;
}

absl::StatusOr<Table> ReadJsonl(std::string_view text, std::string_view name) {
  text = WithoutUtf8Bom(text);
  Table table;
  absl::flat_hash_map<std::string, int> columns;
  uint32_t line_no = 0;
  size_t pos = 0;
  std::vector<std::pair<uint32_t, nlohmann::json>> objects;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (absl::StripAsciiWhitespace(Av(line)).empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return absl::InvalidArgumentError(absl::StrCat(Av(name), ":", line_no, ": not a JSON object"));
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (!columns.contains(it.key())) {
        columns[it.key()] = static_cast<int>(table.header.size());
        table.header.push_back(it.key());
      }
    }
    objects.emplace_back(line_no, std::move(j));
  }
  for (auto& [line, j] : objects) {
    Table::Row row{line, std::vector<std::string>(table.header.size())};
    for (auto it = j.begin(); it != j.end(); ++it) {
      const nlohmann::json& v = it.value();
      row.cells[columns[it.key()]] = v.is_string() ? v.get<std::string>() : (v.is_null() ? "" : v.dump());
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

const std::vector<std::string>& DefaultAspects() {
  static const std::vector<std::string> aspects = [] {
    std::vector<std::string> out;
    auto profile = LoadProfile(kDefaultProfileName);
    if (profile.ok())
      for (const auto& [aspect, min] : profile->should_answer_bank.per_category_min) out.push_back(aspect);
    return out;
  }();
  return aspects;
}

// Where each field of a question is in a bank table (-1: absent).
struct BankColumns {
  int id = -1, question = -1, bank = -1, category = -1;
};

// Finds the columns by header name; an error naming FILE:1 and every
// column that is missing (and not given by a flag).
absl::StatusOr<BankColumns> FindBankColumns(const Table& table, std::string_view name,
                                            const BankImportOptions& options) {
  BankColumns c;
  c.id = FindColumn(table.header, {"id", "ID", "编号", "序号"});
  c.question = FindColumn(table.header, {"question", "问题", "题目", "prompt"});
  c.bank = FindColumn(table.header, {"bank", "测试类型", "题库"});
  if (!options.category_column.empty()) {
    c.category = FindColumn(table.header, {options.category_column.c_str()});
    if (c.category < 0)
      return absl::InvalidArgumentError(
          absl::StrCat(Av(name), ":1: no column '", options.category_column, "' to map categories from"));
  } else {
    c.category = FindColumn(table.header, {"category", "类别", "风险项", "risk"});
  }
  std::vector<std::string> missing;
  if (c.id < 0) missing.push_back("id");
  if (c.question < 0) missing.push_back("question");
  if (c.bank < 0 && !options.bank) missing.push_back("bank (or --bank-kind)");
  if (c.category < 0 && options.category.empty()) missing.push_back("category (or --category / a category map)");
  if (!missing.empty())
    return absl::InvalidArgumentError(absl::StrCat(Av(name), ":1: missing column(s): ", absl::StrJoin(missing, ", "),
                                                   "; header is: ", absl::StrJoin(table.header, ",")));
  return c;
}

std::string Cell(const Table::Row& row, int col) {
  if (col < 0 || static_cast<size_t>(col) >= row.cells.size()) return "";
  return std::string(absl::StripAsciiWhitespace(row.cells[col]));
}

// A row's category: mapped through the category map (with a category
// column), else the row's, else options.category; a should_answer aspect or
// a risk code in its canonical spelling. An error says why (no file:line).
absl::StatusOr<std::string> RowCategory(const Table::Row& row, int col, BankKind bank, const BankImportOptions& options,
                                        const std::vector<std::string>& aspects) {
  std::string category = Cell(row, col);
  if (!options.category_column.empty() && !category.empty()) {
    auto it = options.category_map.find(category);
    if (it == options.category_map.end())
      return absl::InvalidArgumentError(absl::StrCat("value '", category, "' of column '", options.category_column,
                                                     "' is not in the category map"));
    category = it->second;
  }
  if (category.empty()) category = options.category;
  if (category.empty()) return absl::InvalidArgumentError("empty category");
  if (bank == BankKind::kShouldAnswer) {
    if (std::find(aspects.begin(), aspects.end(), category) == aspects.end())
      return absl::InvalidArgumentError(absl::StrCat("unknown should_answer aspect '", category, "' (one of: ",
                                                     absl::StrJoin(aspects, " "), ")"));
    return category;
  }
  const Taxonomy& taxonomy = Taxonomy::Default();
  auto index = taxonomy.Find(category);
  if (!index.ok()) return absl::InvalidArgumentError(absl::StrCat("unknown risk code '", category, "'"));
  return taxonomy.risk(*index).code;
}

// One row as a question, or why not (no file:line).
absl::StatusOr<Question> RowToQuestion(const Table::Row& row, std::string_view name, const BankColumns& c,
                                       const BankImportOptions& options, const std::vector<std::string>& aspects) {
  Question q;
  q.source = std::string(name);
  q.line = row.line;
  q.id = Cell(row, c.id);
  q.question = Cell(row, c.question);
  if (q.id.empty()) return absl::InvalidArgumentError("empty id");
  if (q.question.empty()) return absl::InvalidArgumentError(absl::StrCat("empty question (id ", q.id, ")"));
  const std::string bank_text = Cell(row, c.bank);
  std::optional<BankKind> kind = bank_text.empty() ? options.bank : ParseBankKind(bank_text);
  if (!kind)
    return absl::InvalidArgumentError(bank_text.empty() ? "empty bank"
                                                        : absl::StrCat("unknown bank '", bank_text,
                                                                       "' (should_refuse, should_answer, generate)"));
  q.bank = *kind;
  auto category = RowCategory(row, c.category, q.bank, options, aspects);
  if (!category.ok()) return category.status();
  q.category = std::move(*category);
  return q;
}

absl::StatusOr<std::vector<Question>> TableToQuestions(const Table& table, std::string_view name,
                                                       const BankImportOptions& options) {
  auto columns = FindBankColumns(table, name, options);
  if (!columns.ok()) return columns.status();
  const std::vector<std::string>& aspects = options.aspects.empty() ? DefaultAspects() : options.aspects;
  std::vector<Question> out;
  std::vector<std::string> errors;  // the first kMaxReportedErrors, as FILE:LINE: reason
  size_t error_count = 0;
  for (const Table::Row& row : table.rows) {
    auto q = RowToQuestion(row, name, *columns, options, aspects);
    if (q.ok()) {
      out.push_back(std::move(*q));
      continue;
    }
    if (errors.size() < kMaxReportedErrors) errors.push_back(absl::StrCat(Av(name), ":", row.line, ": ", q.status().message()));
    ++error_count;
  }
  if (error_count > 0) {
    std::string message = absl::StrJoin(errors, "\n");
    if (error_count > errors.size()) absl::StrAppend(&message, "\n… and ", error_count - errors.size(), " more");
    return absl::InvalidArgumentError(message);
  }
  if (absl::Status s = CheckUniqueIds(out); !s.ok()) return s;
  return out;
}

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return ss.str();
}

}  // namespace

absl::StatusOr<std::vector<Question>> ParseBank(std::string_view text, std::string_view format,
                                                std::string_view name, const BankImportOptions& options) {
  absl::StatusOr<Table> table;
  if (format == "csv") table = ReadDelimited(text, ',', name);
  else if (format == "tsv") table = ReadDelimited(text, '\t', name);
  else if (format == "jsonl") table = ReadJsonl(text, name);
  else if (format == "xlsx") {
    auto sheet = ReadXlsxSheetFromBytes(text, name, options.sheet);
    if (!sheet.ok()) return sheet.status();
    Table t;
    bool first = true;
    for (XlsxRow& row : sheet->rows) {
      if (first) { t.header = row.cells; first = false; continue; }
      t.rows.push_back({row.row, std::move(row.cells)});
    }
    if (first) return absl::InvalidArgumentError(absl::StrCat(Av(name), ": empty sheet (no header row)"));
    table = std::move(t);
  } else {
    return absl::InvalidArgumentError(absl::StrCat(Av(name), ": unknown bank format '", Av(format),
                                                   "' (csv, tsv, jsonl, xlsx)"));
  }
  if (!table.ok()) return table.status();
  return TableToQuestions(*table, name, options);
}

absl::StatusOr<std::vector<Question>> LoadBank(const std::string& path, const BankImportOptions& options) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  std::string lower = absl::AsciiStrToLower(path);
  std::string format = "csv";
  if (LooksLikeZip(*bytes) || absl::EndsWith(lower, ".xlsx")) format = "xlsx";
  else if (absl::EndsWith(lower, ".tsv") || absl::EndsWith(lower, ".tab")) format = "tsv";
  else if (absl::EndsWith(lower, ".jsonl") || absl::EndsWith(lower, ".ndjson")) format = "jsonl";
  return ParseBank(*bytes, format, path, options);
}

absl::StatusOr<std::map<std::string, std::string>> LoadCategoryMap(const std::string& path) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  std::map<std::string, std::string> out;
  CsvReader reader(*bytes, ',');
  CsvRecord record;
  std::string error;
  while (reader.Next(&record, &error)) {
    if (!error.empty()) return absl::InvalidArgumentError(absl::StrCat(path, ":", record.line, ": ", error));
    if (record.fields.empty() || absl::StartsWith(record.fields[0], "#")) continue;
    if (record.line == 1 && record.fields.size() >= 2 && record.fields[0] == "value") continue;  // header
    if (record.fields.size() < 2 || absl::StripAsciiWhitespace(record.fields[1]).empty())
      return absl::InvalidArgumentError(absl::StrCat(path, ":", record.line, ": expected 'value,category'"));
    std::string key(absl::StripAsciiWhitespace(record.fields[0]));
    if (!out.emplace(key, std::string(absl::StripAsciiWhitespace(record.fields[1]))).second)
      return absl::InvalidArgumentError(absl::StrCat(path, ":", record.line, ": duplicate value '", key, "'"));
  }
  return out;
}

absl::Status CheckUniqueIds(const std::vector<Question>& questions) {
  absl::flat_hash_map<std::string, const Question*> seen;
  std::vector<std::string> errors;
  for (const Question& q : questions) {
    auto [it, inserted] = seen.emplace(q.id, &q);
    if (!inserted && errors.size() < kMaxReportedErrors)
      errors.push_back(absl::StrCat(q.source, ":", q.line, ": duplicate id '", q.id, "' (first at ",
                                    it->second->source, ":", it->second->line, ")"));
  }
  if (!errors.empty()) return absl::InvalidArgumentError(absl::StrJoin(errors, "\n"));
  return absl::OkStatus();
}

}  // namespace lanjie
