#include "secrets.h"

#include <cstdlib>
#include <fstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace lanjie::cli {

bool ReadSecretFile(const std::string& path, const char* what, std::string* secret, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  if (!in) {
    *error = absl::StrCat("cannot read ", what, " file ", path);
    return false;
  }
  std::getline(in, line);
  *secret = std::string(absl::StripAsciiWhitespace(line));
  if (secret->empty()) {
    *error = absl::StrCat(what, " file ", path, " is empty (the first line must hold it)");
    return false;
  }
  return true;
}

bool ReadSecretEnv(const std::string& var, const char* what, std::string* secret, std::string* error) {
  const char* value = std::getenv(var.c_str());
  if (value == nullptr || *value == '\0') {
    *error = absl::StrCat("environment variable ", var, " (", what, ") is not set or empty");
    return false;
  }
  *secret = value;
  return true;
}

}  // namespace lanjie::cli
