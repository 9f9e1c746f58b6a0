// Python binding of the training-corpus audit (lanjie/corpus/audit.h), as
// the submodule `lanjie._lanjie.corpus`. The pure-Python `lanjie.corpus`
// builds the Dask graph on top of it; use that, not this, from user code.
//
// Options travel as plain dicts (picklable, so Dask ships them to workers
// as they are): keys are the AuditOptions field names (format, field,
// column, id_field, fraction, seed, shard_bytes, profile, review_sample,
// review_excerpt_bytes, max_errors_listed, max_record_bytes); an unknown key
// or a value of the wrong type is a ValueError naming the key. Partial
// summaries travel as their canonical JSON strings.
//
// Thread safety: every function here is reentrant. audit_shard, merge_json,
// hash_input and render_audit_json release the GIL while the engine works,
// so threads of one process audit shards in parallel on one shared Artifact.
// Engine errors raise RuntimeError with the engine's message (which names
// the file, and the line where there is one).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "lanjie/match/artifact.h"
#include "lanjie/corpus/audit.h"

#include "status_to_python.h"

namespace py = pybind11;
namespace lc = lanjie::corpus;

namespace {

using lanjie::python::Check;
using lanjie::python::Unwrap;

template <typename T>
T Get(const py::handle& value, const std::string& key) {
  try {
    return value.cast<T>();
  } catch (const py::cast_error&) {
    throw py::value_error("audit option '" + key + "': wrong type (" +
                          std::string(py::str(py::type::of(value).attr("__name__"))) + ")");
  }
}

lc::AuditOptions OptionsFromDict(const py::dict& d) {
  lc::AuditOptions o;
  for (const auto& [k, v] : d) {
    const std::string key = Get<std::string>(k, "<key>");
    if (key == "format") {
      auto f = lc::ParseInputFormat(Get<std::string>(v, key));
      if (!f.ok()) throw py::value_error("audit option 'format': " + std::string(f.status().message()));
      o.format = *f;
    } else if (key == "field") {
      o.field = Get<std::string>(v, key);
    } else if (key == "column") {
      o.column = Get<std::string>(v, key);
    } else if (key == "id_field") {
      o.id_field = Get<std::string>(v, key);
    } else if (key == "fraction") {
      o.fraction = Get<double>(v, key);
    } else if (key == "seed") {
      o.seed = Get<uint64_t>(v, key);
    } else if (key == "shard_bytes") {
      o.shard_bytes = Get<int64_t>(v, key);
    } else if (key == "profile") {
      o.profile = Get<std::string>(v, key);
    } else if (key == "review_sample") {
      o.review_sample = Get<int64_t>(v, key);
    } else if (key == "review_excerpt_bytes") {
      o.review_excerpt_bytes = Get<int64_t>(v, key);
    } else if (key == "max_errors_listed") {
      o.max_errors_listed = Get<int64_t>(v, key);
    } else if (key == "max_record_bytes") {
      o.max_record_bytes = Get<int64_t>(v, key);
    } else {
      throw py::value_error("unknown audit option '" + key + "'");
    }
  }
  Check(lc::ValidateOptions(o));
  return o;
}

py::dict DefaultOptions() {
  const lc::AuditOptions o;
  py::dict d;
  d["format"] = lc::InputFormatName(o.format);
  d["field"] = o.field;
  d["column"] = o.column;
  d["id_field"] = o.id_field;
  d["fraction"] = o.fraction;
  d["seed"] = o.seed;
  d["shard_bytes"] = o.shard_bytes;
  d["profile"] = o.profile;
  d["review_sample"] = o.review_sample;
  d["review_excerpt_bytes"] = o.review_excerpt_bytes;
  d["max_errors_listed"] = o.max_errors_listed;
  d["max_record_bytes"] = o.max_record_bytes;
  return d;
}

using Shard = std::tuple<std::string, int64_t, int64_t>;

std::vector<Shard> PlanShards(const std::vector<std::string>& inputs, const py::dict& options) {
  const lc::AuditOptions o = OptionsFromDict(options);
  std::vector<lc::ShardSpec> shards;
  {
    py::gil_scoped_release release;
    shards = Unwrap(lc::PlanShards(inputs, o));
  }
  std::vector<Shard> out;
  out.reserve(shards.size());
  for (auto& s : shards) out.emplace_back(std::move(s.path), s.begin, s.end);
  return out;
}

// Partial summaries cross into Python as UTF-8 bytes, not str: decoding a
// summary (CJK excerpts, some outside the BMP) into a str took up to 4 bytes
// a character, transiently more, in every worker holding shard results.
py::bytes AuditShardJson(std::shared_ptr<lanjie::Artifact> artifact, const std::string& path, int64_t begin,
                         int64_t end, const py::dict& options) {
  if (!artifact) throw py::value_error("audit_shard: artifact is None");
  const lc::AuditOptions o = OptionsFromDict(options);
  std::string json;
  {
    py::gil_scoped_release release;
    const lc::ShardSpec shard{path, begin, end};
    json = Unwrap(lc::AuditShard(artifact, shard, o, nullptr)).ToJson();
  }
  return py::bytes(json);
}

// Merges partial summaries (JSON, bytes or str) in the order given; Merge is
// associative and commutative, so any order gives the same bytes. Reads the
// Python objects in place (no copy of the parts; `parts` keeps them alive
// while the GIL is released).
py::bytes MergeJson(const py::sequence& parts) {
  if (py::len(parts) == 0) throw py::value_error("merge_json: no summaries");
  std::vector<py::object> keep;
  std::vector<std::string_view> views;
  for (py::handle h : parts) {
    keep.push_back(py::reinterpret_borrow<py::object>(h));
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (PyBytes_Check(h.ptr())) {
      if (PyBytes_AsStringAndSize(h.ptr(), &data, &size) != 0) throw py::error_already_set();
    } else if (PyUnicode_Check(h.ptr())) {
      const char* utf8 = PyUnicode_AsUTF8AndSize(h.ptr(), &size);
      if (utf8 == nullptr) throw py::error_already_set();
      data = const_cast<char*>(utf8);
    } else {
      throw py::type_error("merge_json: each summary must be bytes or str");
    }
    views.emplace_back(data, static_cast<size_t>(size));
  }
  std::string json;
  {
    py::gil_scoped_release release;
    lc::AuditSummary merged = Unwrap(lc::AuditSummary::FromJson(views[0]));
    for (size_t i = 1; i < views.size(); ++i) Check(merged.Merge(Unwrap(lc::AuditSummary::FromJson(views[i]))));
    json = merged.ToJson();
  }
  return py::bytes(json);
}

using Input = std::tuple<std::string, int64_t, std::string>;  // path, size, xxh3_128

Input HashInput(const std::string& path) {
  py::gil_scoped_release release;
  lc::InputInfo info = Unwrap(lc::HashInput(path));
  return {std::move(info.path), info.size, std::move(info.xxh3_128)};
}

std::string RenderAuditJson(const lc::AuditSummary& merged, const std::string& list_hash,
                            const std::string& tool_version, const py::dict& options,
                            const std::vector<Input>& inputs, const std::string& generated_at,
                            const std::string& list_version) {
  lc::AuditManifest m;
  m.list_hash = list_hash;
  m.list_version = list_version;
  m.tool_version = tool_version;
  m.options = OptionsFromDict(options);
  for (const auto& [path, size, hash] : inputs) m.inputs.push_back(lc::InputInfo{path, size, hash});
  m.generated_at = generated_at;
  py::gil_scoped_release release;
  return Unwrap(lc::RenderAuditJson(merged, m));
}

}  // namespace

void RegisterCorpus(py::module_& parent) {
  py::module_ m = parent.def_submodule(
      "corpus", "Training-corpus audit engine (clause 9.2). Use lanjie.corpus, which runs it on Dask.");
  m.def("default_options", &DefaultOptions, "The AuditOptions defaults, as a dict.");
  m.def("validate_options", [](const py::dict& d) { OptionsFromDict(d); }, py::arg("options"),
        "Raises ValueError/RuntimeError when the options are not usable.");
  m.def("expand_inputs", [](const std::vector<std::string>& inputs) { return Unwrap(lc::ExpandInputs(inputs)); },
        py::arg("inputs"), "Files, directories and globs -> sorted unique file paths (as PlanShards sees them).");
  m.def("plan_shards", &PlanShards, py::arg("inputs"), py::arg("options"),
        "Cuts the inputs into shards: a list of (path, begin, end). A stat per file, no reads.");
  m.def("audit_shard", &AuditShardJson, py::arg("artifact"), py::arg("path"), py::arg("begin"), py::arg("end"),
        py::arg("options"),
        "Audits one shard; returns its partial summary as canonical JSON (UTF-8 bytes). Releases the GIL.");
  m.def("merge_json", &MergeJson, py::arg("summaries"),
        "Merges partial summaries (JSON bytes or str) into one (JSON bytes). Raises when two cover the same bytes of a "
        "file (a shard counted twice) or were made with different options.");
  m.def("hash_input", &HashInput, py::arg("path"), "(path, size, xxh3_128) of one input file; reads it once.");
  py::class_<lc::AuditSummary>(m, "AuditSummary")
      .def(py::init<>())
      .def_static("from_json", [](const std::string& json) { return Unwrap(lc::AuditSummary::FromJson(json)); },
                  py::arg("json"))
      .def("to_json", &lc::AuditSummary::ToJson)
      .def("merge", [](lc::AuditSummary& s, const lc::AuditSummary& other) { Check(s.Merge(other)); },
           py::arg("other"), "Folds `other` in (associative, commutative); raises on overlapping shards.")
      .def_property_readonly("records", &lc::AuditSummary::records)
      .def_property_readonly("sampled", &lc::AuditSummary::sampled)
      .def_property_readonly("failed", &lc::AuditSummary::failed)
      .def_property_readonly("unreadable", &lc::AuditSummary::unreadable)
      .def_property_readonly("sampled_bytes", &lc::AuditSummary::sampled_bytes);
  m.def("render_audit_json", &RenderAuditJson, py::arg("merged"), py::arg("list_hash"), py::arg("tool_version"),
        py::arg("options"), py::arg("inputs"), py::arg("generated_at"), py::arg("list_version") = "unknown",
        "The final audit.json text from the merged summary and the manifest; `inputs` is a list of "
        "(path, size, xxh3_128) as hash_input returns them; `list_version` as Artifact.list_version.");
}
