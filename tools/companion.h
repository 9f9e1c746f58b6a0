#ifndef LANJIE_TOOLS_COMPANION_H_
#define LANJIE_TOOLS_COMPANION_H_

#include <initializer_list>

namespace lanjie::cli {

// The `lanjie` command is three executables (issues 16 and 12, the fixed
// per-process cost). `lanjie` itself runs `scan` and `info` and links only
// what they call (the match and search modules, Hyperscan's runtime, xxhash,
// libstdc++ and Abseil, all statically: libc and libm are its only shared
// objects; glibc's malloc: jemalloc pays for Hyperscan's compiler, which
// runs in lanjie-full; tools/CMakeLists.txt, LANJIE_STATIC_SCAN); `corpus` runs in
// `lanjie-corpus`, linked against the corpus, report and search modules'
// objects it reaches (no curl, SQLite, hiredis, libevent, liblinear, ICU,
// OpenSSL; Abseil statically: 19 objects); every other command runs in
// `lanjie-full`, which links the whole engine (curl, SQLite, hiredis,
// libevent, liblinear, ICU, libzip, expat, xlsxwriter, OpenSSL's crypto: 86
// objects) and knows every command. The dynamic loader's work per scan
// process: 41.5 M instructions (one executable), 6.5 M (round 9), 2.6 M
// (Abseil static), 0.2 M (round 16: libstdc++, Hyperscan, xxhash static, no
// jemalloc); per audit, lanjie-full's 41.5 M became lanjie-corpus's
// 9.8 M (bench/RESULTS.md, corpus audit round 11).
//
// ExecCompanion replaces the process by lanjie-SUFFIX ("full" or "corpus";
// with several suffixes, the first executable found in that order: the
// corpus command falls back to lanjie-full where no lanjie-corpus was copied
// beside the front) with the same argv (argv[0] unchanged, so `ps` still
// shows "lanjie serve ..."), environment, open files and PID, each suffix
// looked up, in this order:
//   1. the running executable's path (/proc/self/exe) with "-SUFFIX" added:
//      build/tools/lanjie-full in the build tree, and a copy kept as
//      DIR/lanjie-1234abc finds DIR/lanjie-1234abc-full;
//   2. lanjie-SUFFIX in LANJIE_LIBEXEC_REL relative to that executable's
//      directory (../libexec/lanjie when installed under a prefix).
// Returns only when none can be executed: prints "lanjie: cannot run
// lanjie-SUFFIX ... (looked for PATHS): REASON" to stderr and returns 2.
// Call order: from main, before anything writes to stdout.
int ExecCompanion(char** argv, std::initializer_list<const char*> suffixes);

// Puts "thp:always" in front of MALLOC_CONF (the user's own options come
// after it, so theirs win, thp:never included), for a companion about to run
// Hyperscan's compiler (compile, lexicon): jemalloc then asks for
// transparent huge pages (MADV_HUGEPAGE) on the memory it maps. The compiler
// allocates and frees about a gigabyte of graph nodes for a 250,000-keyword
// list; with 4 KiB pages a third of the compile's CPU went to page faults
// (672k minor faults; 37k with huge pages) and it took 1.6x as long
// (bench/RESULTS.md "Compile with huge pages, tables read in place"). Not for the
// other commands: a `lanjie serve` with huge pages held 22 MB more for no
// gain. Nothing changes where the kernel offers no transparent huge pages or
// the companion has no jemalloc. Call order: just before ExecCompanion.
void AskJemallocForHugePages();

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_COMPANION_H_
