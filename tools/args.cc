#include "args.h"

#include <cstdio>

namespace lanjie::cli {

Args::Args(int argc, char** argv, int first, std::set<std::string> valued, std::set<std::string> switches) {
  bool options_done = false;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      positionals_.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a.substr(a[1] == '-' ? 2 : 1), value;
    const size_t eq = name.find('=');
    const bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (switches.count(name)) {
      if (inline_value) {
        error_ = "option --" + name + " takes no value";
        return;
      }
      values_.emplace(name, "1");
    } else if (valued.count(name)) {
      if (!inline_value) {
        if (i + 1 >= argc) {
          error_ = "option --" + name + " needs a value";
          return;
        }
        value = argv[++i];
      }
      values_.emplace(name, value);
    } else {
      error_ = "unknown option " + a;
      return;
    }
  }
}

std::string Args::Get(const std::string& name, const std::string& fallback) const {
  auto range = values_.equal_range(name);
  if (range.first == range.second) return fallback;
  return std::prev(range.second)->second;  // the last one wins
}

std::vector<std::string> Args::GetAll(const std::string& name) const {
  std::vector<std::string> out;
  for (auto [it, end] = values_.equal_range(name); it != end; ++it) out.push_back(it->second);
  return out;
}

int Args::HelpOrError(const char* command, const char* help, const char* more_help) const {
  if (Has("help") || Has("h")) {
    std::fputs(help, stdout);
    std::fputs(more_help, stdout);
    return 0;
  }
  if (!ok()) {
    std::fprintf(stderr, "lanjie %s: %s\n\n%s", command, error_.c_str(), help);
    return 2;
  }
  return kGoOn;
}

}  // namespace lanjie::cli
