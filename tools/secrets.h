// Secrets (API keys, tokens, passwords) for the command line tools: read
// from a file or an environment variable, never from a flag's value, and
// never echoed: error messages name the file or variable, not the content.
#ifndef LANJIE_TOOLS_SECRETS_H_
#define LANJIE_TOOLS_SECRETS_H_

#include <string>

namespace lanjie::cli {

// The first line of `path`, without surrounding whitespace (a trailing CR
// from a Windows editor included). Fails, with `*error` naming the file and
// `what` it should hold, when the file cannot be read or the line is empty.
bool ReadSecretFile(const std::string& path, const char* what, std::string* secret, std::string* error);

// The value of environment variable `var`. Returns false with `*error` when
// it is unset or empty.
bool ReadSecretEnv(const std::string& var, const char* what, std::string* secret, std::string* error);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_SECRETS_H_
