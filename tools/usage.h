#ifndef LANJIE_TOOLS_USAGE_H_
#define LANJIE_TOOLS_USAGE_H_

namespace lanjie::cli {

// `lanjie --help`: every command, whichever executable runs it (the front
// `lanjie` or `lanjie-full`, see companion.h).
inline constexpr char kUsage[] =
    "usage: lanjie <command> [options]\n"
    "\n"
    "commands:\n"
    "  compile LEXICON... -o LIST.ljdb   compile keyword lists into a matcher artifact\n"
    "  scan -d LIST.ljdb [FILE...|-]     scan text, one text per line (exit 0: no hits, 1: hits, 2: error)\n"
    "  info LIST.ljdb                    describe an artifact\n"
    "  lexicon import|check|coverage|export|diff|selftest  the keyword list: import, validate, filing export\n"
    "  serve -d LIST.ljdb [--port N]     HTTP moderation sidecar (/v1/moderate, /metrics, reload)\n"
    "  proxy -d LIST.ljdb --upstream URL OpenAI-compatible guard proxy (input and streaming output filter)\n"
    "  eval run|report|check-bank|...     refusal-rate evaluation of an OpenAI-compatible endpoint\n"
    "  users list|show|clear|suspend      per-user violation counts and suspensions (--user-store)\n"
    "  corpus audit -d LIST.ljdb --out DIR INPUT...  training-corpus audit (clause 9.2), resumable\n"
    "\n"
    "exit status, every command: 0 success / PASS, 1 a verdict failed (hits found, coverage or rate\n"
    "below the profile, corpus 不符合, lists differ, no such user), 2 error (usage, input, I/O)\n"
    "\n"
    "'lanjie <command> --help' describes a command's options.\n";

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_USAGE_H_
