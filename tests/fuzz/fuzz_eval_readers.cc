// The readers of a run directory on any bytes: manifest.json (and the report
// writers that read it), results.jsonl, questions.jsonl, llm_judge.jsonl,
// human_labels.jsonl, review_sample.json and the review workbook import.
// None may throw, crash or trip a sanitizer; a bad input is a Status.
// The first byte picks the reader.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "lanjie/common/jsonl_log.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/llm_judge.h"
#include "lanjie/report/report.h"
#include "lanjie/eval/results_log.h"

namespace {

const std::string& Dir() {
  static const std::string dir = [] {
    std::string d = std::filesystem::temp_directory_path().string() + "/fuzz_eval_readers." + std::to_string(::getpid());
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

std::string WriteInput(const char* name, std::string_view bytes) {
  const std::string path = Dir() + "/" + name;
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 8) {
    case 0: {
      auto manifest = lanjie::ParseManifest("manifest.json", text);
      if (manifest.ok()) {
        lanjie::Evaluation ev;
        ev.manifest = *manifest;
        (void)lanjie::ReportJson(ev);
        (void)lanjie::ReportMarkdown(ev);
        (void)lanjie::ReportHtml(ev);
      }
      break;
    }
    case 1: (void)lanjie::ParseResults("results.jsonl", text); break;
    case 2: (void)lanjie::ParseSampledQuestions("questions.jsonl", text); break;
    case 3: (void)lanjie::ParseJsonl("log.jsonl", text); break;
    case 4: (void)lanjie::ReadLlmVerdicts(WriteInput("llm_judge.jsonl", text)); break;
    case 5: (void)lanjie::ReadHumanLabels(WriteInput("human_labels.jsonl", text)); break;
    case 6:
      WriteInput("review_sample.json", text);
      (void)lanjie::ReadReviewSample(Dir());
      break;
    case 7: (void)lanjie::ImportReviewXlsx(WriteInput("review.xlsx", text)); break;
  }
  return 0;
}
