#include "dispatch.h"

#include <cstdio>
#include <cstring>

#include "lanjie/common/version.h"
#include "usage.h"

namespace lanjie::cli {

int Dispatch(int argc, char** argv, std::initializer_list<Command> commands) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char* name = argv[1];
  for (const Command& command : commands) {
    if (!std::strcmp(name, command.name)) return command.run(argc, argv);
  }
  if (!std::strcmp(name, "--version") || !std::strcmp(name, "version")) {
    std::printf("lanjie %s\n", lanjie::Version());
    return 0;
  }
  std::fprintf(stderr, "lanjie: unknown command '%s'\n\n%s", name, kUsage);
  return 2;
}

}  // namespace lanjie::cli
