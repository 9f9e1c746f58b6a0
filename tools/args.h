#ifndef LANJIE_TOOLS_ARGS_H_
#define LANJIE_TOOLS_ARGS_H_

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace lanjie::cli {

// Minimal command-line parser: "--name value", "--name=value", "-o value",
// boolean switches, and positionals ("-" is a positional; "--" ends options).
class Args {
 public:
  // `valued`: options that take a value; `switches`: options that do not.
  Args(int argc, char** argv, int first, std::set<std::string> valued, std::set<std::string> switches);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> GetAll(const std::string& name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

  // The start every command shares: with --help or -h prints `help` (and
  // `more_help`) to stdout and returns 0; after a parse error prints
  // "lanjie COMMAND: ERROR" and `help` to stderr and returns 2; else returns
  // kGoOn and prints nothing.
  static constexpr int kGoOn = -1;
  int HelpOrError(const char* command, const char* help, const char* more_help = "") const;

 private:
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positionals_;
  std::string error_;
};

// --FLAG VALUE through `parse` (VALUE -> absl::StatusOr<T>) into *out when
// the flag is given; on a bad value prints "WHO: --FLAG: REASON" to stderr
// and returns false. Without the flag *out keeps its default.
template <class T, class Parse>
bool ParseFlag(const Args& args, const char* who, const char* flag, Parse parse, T* out) {
  if (!args.Has(flag)) return true;
  auto value = parse(args.Get(flag));
  if (!value.ok()) {
    std::fprintf(stderr, "%s: --%s: %s\n", who, flag, std::string(value.status().message()).c_str());
    return false;
  }
  *out = *std::move(value);
  return true;
}

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_ARGS_H_
