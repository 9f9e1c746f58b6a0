// Python binding: load or compile an artifact, scan text, filter a stream.
//
// Offsets: `start`/`end` are UTF-8 byte offsets, as everywhere else in lanjie
// (CLI, HTTP, C API): into the scanned text (Scanner) or the whole streamed
// answer (Stream). `cp_start`/`cp_end` are the same in code points, i.e.
// Python string indices (`text[h.cp_start:h.cp_end]`); a Stream gives them
// for hits within the last 64 KiB fed, else None. Scans
// release the GIL, so threads scanning with their own Scanner run in
// parallel. An Artifact and a Filter may be shared by threads; a Scanner and
// a Stream are used by one thread at a time.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lanjie/match/artifact.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/match/scanner.h"
#include "lanjie/filter/stream_filter.h"
#include "lanjie/common/version.h"

#include "status_to_python.h"

namespace py = pybind11;

namespace {

using lanjie::python::Check;
using lanjie::python::Unwrap;

struct PyHit {
  std::string keyword, risk, action;
  size_t start = 0, end = 0;  // UTF-8 byte offsets
  std::optional<size_t> cp_start, cp_end;  // code point offsets (None: not known)
  std::string text;
  std::string via;  // "" for the keyword itself, else pinyin | homophone | chaizi | numeral
};

// The fields every hit has, from the artifact's entry.
PyHit HitOf(const lanjie::Artifact& a, const lanjie::Hit& h) {
  const lanjie::CompiledEntry e = a.entries()[h.entry];
  PyHit p;
  p.keyword = std::string(e.keyword);
  p.risk = std::string(e.risk);
  p.action = lanjie::ActionName(e.action);
  p.via = lanjie::ViaName(h.via);
  p.start = static_cast<size_t>(h.start);
  p.end = static_cast<size_t>(h.end);
  return p;
}

// Sets cp_start/cp_end of every hit whose bytes lie in `text`, which starts
// at byte `base` and code point `base_cp` of the whole input. One sweep over
// `text` for all hits (offsets sorted first), not one per hit.
void SetCodePoints(std::string_view text, uint64_t base, uint64_t base_cp, std::vector<PyHit>* hits) {
  std::vector<std::pair<uint64_t, std::optional<size_t>*>> queries;
  for (PyHit& h : *hits) {
    if (h.start < base || h.end - base > text.size()) continue;
    queries.push_back({h.start - base, &h.cp_start});
    queries.push_back({h.end - base, &h.cp_end});
  }
  std::sort(queries.begin(), queries.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  size_t byte = 0, cp = base_cp;
  for (const auto& [offset, out] : queries) {
    for (; byte < offset; ++byte) cp += (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
    *out = cp;
  }
}

std::vector<PyHit> ToPy(const lanjie::Artifact& a, const std::string& text, const std::vector<lanjie::Hit>& hits) {
  std::vector<PyHit> out;
  for (const lanjie::Hit& h : hits) {
    out.push_back(HitOf(a, h));
    if (h.end <= text.size()) out.back().text = text.substr(h.start, h.end - h.start);
  }
  SetCodePoints(text, 0, 0, &out);
  return out;
}

class PyScanner {
 public:
  explicit PyScanner(std::shared_ptr<const lanjie::Artifact> a) : artifact_(a), scanner_(Unwrap(lanjie::Scanner::Create(a))) {}
  std::vector<PyHit> Scan(const std::string& text) {
    {
      py::gil_scoped_release release;
      Check(scanner_->Scan(text, &hits_));
    }
    return ToPy(*artifact_, text, hits_);
  }
  std::string Mask(const std::string& text) {
    py::gil_scoped_release release;
    Check(scanner_->Scan(text, &hits_));
    return lanjie::MaskForOutput(*artifact_, text, hits_);
  }

 private:
  std::shared_ptr<const lanjie::Artifact> artifact_;
  std::unique_ptr<lanjie::Scanner> scanner_;
  std::vector<lanjie::Hit> hits_;
};

struct PyOutput {
  std::string text;
  std::vector<PyHit> hits;
  bool blocked = false;
};

class PyStream {
 public:
  explicit PyStream(std::shared_ptr<const lanjie::Filter> f) : filter_(f), stream_(Unwrap(lanjie::StreamFilter::Create(f))) {}
  PyOutput Feed(const std::string& piece) {
    lanjie::FilterOutput out;
    {
      py::gil_scoped_release release;
      Check(stream_->Feed(piece, &out));
    }
    Remember(piece);
    return Convert(out);
  }
  PyOutput Finish() {
    lanjie::FilterOutput out;
    Check(stream_->Finish(&out));
    return Convert(out);
  }
  void Reset() {
    stream_->Reset();
    tail_.clear();
    tail_start_ = tail_start_cp_ = 0;
  }

 private:
  static size_t Leads(std::string_view s) {  // code points begun in s
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }
  // Keeps the last 64..128 KiB fed, for code point offsets of stream hits.
  void Remember(const std::string& piece) {
    tail_ += piece;
    constexpr size_t kKeep = 64 * 1024;
    if (tail_.size() > 2 * kKeep) {
      const size_t drop = tail_.size() - kKeep;
      tail_start_cp_ += Leads(std::string_view(tail_).substr(0, drop));
      tail_start_ += drop;
      tail_.erase(0, drop);
    }
  }
  PyOutput Convert(const lanjie::FilterOutput& out) {
    PyOutput p;
    p.text = out.text;
    p.blocked = out.blocked;
    // Stream offsets are into the whole answer: report bytes there.
    for (const lanjie::Hit& h : out.hits) p.hits.push_back(HitOf(*filter_->artifact(), h));
    SetCodePoints(tail_, tail_start_, tail_start_cp_, &p.hits);
    return p;
  }
  std::shared_ptr<const lanjie::Filter> filter_;
  std::unique_ptr<lanjie::StreamFilter> stream_;
  std::string tail_;                            // the last bytes fed
  uint64_t tail_start_ = 0, tail_start_cp_ = 0;  // tail_[0]'s offset in bytes and code points
};

std::shared_ptr<const lanjie::Artifact> CompileFile(const std::string& path, const std::string& default_risk) {
  lanjie::ReadOptions options;
  options.default_risk = default_risk;
  lanjie::Lexicon lexicon;
  Check(lanjie::ReadLexiconFile(path, options, &lexicon));
  std::vector<lanjie::Diagnostic> diagnostics = lexicon.diagnostics;
  auto a = lanjie::Artifact::Compile(lexicon.entries, lanjie::CompileOptions(), &diagnostics);
  std::string errors;
  for (const auto& d : diagnostics)
    if (d.severity == lanjie::Diagnostic::kError) errors += (errors.empty() ? "" : "\n") + d.ToString();
  if (!errors.empty()) throw std::runtime_error(errors);
  return Unwrap(std::move(a));
}

}  // namespace

// corpus_module.cc: lanjie._lanjie.corpus (the training-corpus audit).
void RegisterCorpus(py::module_& m);

PYBIND11_MODULE(_lanjie, m) {
  m.doc() = "lanjie: keyword interception (scan text, filter streamed model output)";
  m.attr("__version__") = lanjie::Version();
  py::class_<PyHit>(m, "Hit")
      .def_readonly("keyword", &PyHit::keyword)
      .def_readonly("risk", &PyHit::risk)
      .def_readonly("action", &PyHit::action)
      .def_readonly("start", &PyHit::start, "UTF-8 byte offset in the text (Scanner) or the whole stream (Stream)")
      .def_readonly("end", &PyHit::end, "UTF-8 byte offset, exclusive")
      .def_readonly("cp_start", &PyHit::cp_start, "code point offset (a Python str index); None when not known")
      .def_readonly("cp_end", &PyHit::cp_end, "code point offset, exclusive; None when not known")
      .def_readonly("via", &PyHit::via)
      .def_readonly("text", &PyHit::text)
      .def("__repr__", [](const PyHit& h) {
        return "<Hit " + h.keyword + " " + h.risk + " " + h.action + " " + std::to_string(h.start) + "-" +
               std::to_string(h.end) + ">";
      });
  py::class_<lanjie::Artifact, std::shared_ptr<lanjie::Artifact>>(m, "Artifact")
      .def_static("load", [](const std::string& path) { return std::const_pointer_cast<lanjie::Artifact>(Unwrap(lanjie::Artifact::Load(path))); },
                  py::arg("path"), "Loads a compiled list (.ljdb).")
      .def_static("from_bytes", [](py::bytes bytes, const std::string& name) {
            std::string_view view = bytes;  // the artifact copies what it keeps
            return std::const_pointer_cast<lanjie::Artifact>(Unwrap(lanjie::Artifact::FromBytes(view, name)));
          }, py::arg("data"), py::arg("name") = "", "Verifies and loads a compiled list from its bytes (as Artifact.save writes them).")
      .def_static("compile", [](const std::string& path, const std::string& default_risk) {
            return std::const_pointer_cast<lanjie::Artifact>(CompileFile(path, default_risk));
          }, py::arg("lexicon_path"), py::arg("default_risk") = "", "Reads (the one importer of `lanjie compile`: csv/tsv/xlsx/tag/plain lists or a directory, any encoding), validates and compiles a keyword list; raises with every error (file:line).")
      .def("save", [](const lanjie::Artifact& a, const std::string& path) { Check(a.Save(path)); })
      .def_property_readonly("hash", &lanjie::Artifact::list_hash)
      .def_property_readonly("name", &lanjie::Artifact::name)
      .def_property_readonly("list_version", &lanjie::Artifact::list_version,
                             "The list version recorded at compile time ('unknown' when none).")
      .def("__len__", [](const lanjie::Artifact& a) { return a.entries().size(); });
  py::class_<PyScanner>(m, "Scanner")
      .def(py::init<std::shared_ptr<lanjie::Artifact>>(), py::arg("artifact"))
      .def("scan", &PyScanner::Scan, py::arg("text"), "All hits, sorted by start; releases the GIL.")
      .def("mask", &PyScanner::Mask, py::arg("text"), "Block and mask hits replaced by '*' per character.");
  py::class_<PyOutput>(m, "FilterOutput")
      .def_readonly("text", &PyOutput::text)
      .def_readonly("hits", &PyOutput::hits)
      .def_readonly("blocked", &PyOutput::blocked);
  py::class_<PyStream>(m, "Stream")
      .def("feed", &PyStream::Feed, py::arg("piece"), "Returns the text safe to emit now.")
      .def("finish", &PyStream::Finish)
      .def("reset", &PyStream::Reset);
  py::class_<lanjie::Filter, std::shared_ptr<lanjie::Filter>>(m, "Filter")
      .def(py::init([](std::shared_ptr<lanjie::Artifact> a, const std::string& refusal) {
             lanjie::FilterOptions o;
             if (!refusal.empty()) o.refusal_text = refusal;
             return std::const_pointer_cast<lanjie::Filter>(Unwrap(lanjie::Filter::Create(a, o)));
           }),
           py::arg("artifact"), py::arg("refusal_text") = "")
      .def("stream", [](std::shared_ptr<lanjie::Filter> f) { return PyStream(f); }, "A new stream (one per answer).");
  RegisterCorpus(m);
}
