#!/usr/bin/python3
"""Rewrites #include lines from the flat layout (before issue 10's module
libraries) to the module layout. Use it on a branch that still includes
"lanjie/x.h" or "engine/<module>/x.h", e.g. after merging it with the layout:

  /usr/bin/python3 scripts/layout-rewrite-includes.py [FILE...]

(no FILE: every .h/.cc/.c under engine/, tools/, python/, bench/, tests/).
Old public headers and private headers that became public map to
"lanjie/<module>/x.h"; a private header of the including file's own module
becomes "x.h"; in tests/ and bench/ another module's private header becomes
"<module>/x.h" (white-box; engine/ is on their include path). tools/x.h and
bench/x.h included from their own folder become "x.h". Idempotent.
Then run cmake/check_includes.py (lexicon code that included
"lanjie/artifact.h" for VariantOptions now includes
"lanjie/lexicon/variant_options.h"; the check names such lines).
"""
import os
import re
import sys

MOVED = {
    "lanjie/artifact.h": "lanjie/match/artifact.h",
    "lanjie/bank.h": "lanjie/eval/bank.h",
    "lanjie/chat_client.h": "lanjie/eval/chat_client.h",
    "lanjie/eval_run.h": "lanjie/eval/eval_run.h",
    "lanjie/evaluation.h": "lanjie/eval/evaluation.h",
    "lanjie/judge_check.h": "lanjie/eval/judge_check.h",
    "lanjie/lanjie_c.h": "lanjie/capi/lanjie_c.h",
    "lanjie/lexicon.h": "lanjie/lexicon/lexicon.h",
    "lanjie/llm_judge.h": "lanjie/eval/llm_judge.h",
    "lanjie/metrics.h": "lanjie/eval/metrics.h",
    "lanjie/normalize.h": "lanjie/normalize/normalize.h",
    "lanjie/profile.h": "lanjie/lexicon/profile.h",
    "lanjie/refusal.h": "lanjie/eval/refusal.h",
    "lanjie/report.h": "lanjie/report/report.h",
    "lanjie/results_log.h": "lanjie/eval/results_log.h",
    "lanjie/scanner.h": "lanjie/match/scanner.h",
    "lanjie/stream_filter.h": "lanjie/filter/stream_filter.h",
    "lanjie/taxonomy.h": "lanjie/lexicon/taxonomy.h",
    "engine/common/atomic_file.h": "lanjie/common/atomic_file.h",
    "engine/common/embedded.h": "lanjie/common/embedded.h",
    "engine/common/json_string.h": "lanjie/common/json_string.h",
    "engine/common/splitmix64.h": "lanjie/common/splitmix64.h",
    "engine/common/sv.h": "lanjie/common/sv.h",
    "engine/common/text_io.h": "lanjie/common/text_io.h",
    "engine/normalize/utf8.h": "lanjie/common/utf8.h",
    "engine/common/xlsx_reader.h": "lanjie/lexicon/xlsx_reader.h",
    "engine/lexicon/canonical_csv.h": "lanjie/lexicon/canonical_csv.h",
    "engine/lexicon/category_map.h": "lanjie/lexicon/category_map.h",
    "engine/lexicon/coverage.h": "lanjie/lexicon/coverage.h",
    "engine/lexicon/csv.h": "lanjie/lexicon/csv.h",
    "engine/lexicon/decode.h": "lanjie/lexicon/decode.h",
    "engine/lexicon/diff.h": "lanjie/lexicon/diff.h",
    "engine/lexicon/filing_xlsx.h": "lanjie/lexicon/filing_xlsx.h",
    "engine/lexicon/hygiene.h": "lanjie/lexicon/hygiene.h",
    "engine/lexicon/import.h": "lanjie/lexicon/import.h",
    "engine/lexicon/script.h": "lanjie/lexicon/script.h",
    "engine/lexicon/validate.h": "lanjie/lexicon/validate.h",
    "engine/match/hash.h": "lanjie/match/hash.h",
    "engine/eval/lexicon_selftest.h": "lanjie/eval/lexicon_selftest.h",
    "engine/serve/artifact_slot.h": "lanjie/serve/artifact_slot.h",
    "engine/serve/audit_log.h": "lanjie/serve/audit_log.h",
    "engine/serve/http_server.h": "lanjie/serve/http_server.h",
    "engine/serve/metrics.h": "lanjie/serve/metrics.h",
    "engine/serve/proxy.h": "lanjie/serve/proxy.h",
    "engine/serve/sidecar.h": "lanjie/serve/sidecar.h",
    "engine/serve/user_gate.h": "lanjie/serve/user_gate.h",
    "engine/users/accounts.h": "lanjie/users/accounts.h",
    "engine/users/policy.h": "lanjie/users/policy.h",
    "engine/users/store.h": "lanjie/users/store.h",
}
INCLUDE = re.compile(r'^(\s*#\s*include\s+)"([^"]+)"', re.M)


def rewrite(path):
    here = os.path.dirname(os.path.normpath(path))

    def rep(m):
        inc = m.group(2)
        new = inc
        if inc in MOVED:
            new = MOVED[inc]
        elif inc.startswith("engine/"):
            module_dir = os.path.dirname(inc)
            if here == module_dir or os.path.dirname(here) == module_dir:
                new = os.path.basename(inc)
            else:
                new = inc[len("engine/"):]
        elif inc.startswith("tools/") and here == "tools":
            new = inc[len("tools/"):]
        elif inc.startswith("bench/") and here == "bench":
            new = inc[len("bench/"):]
        return m.group(1) + '"' + new + '"'

    with open(path, encoding="utf-8") as f:
        src = f.read()
    out = INCLUDE.sub(rep, src)
    if out != src:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        return True
    return False


def main():
    files = sys.argv[1:]
    if not files:
        for top in ["engine", "tools", "python", "bench", "tests"]:
            for root, _, names in os.walk(top):
                files += [os.path.join(root, n) for n in names if n.endswith((".h", ".cc", ".c"))]
    changed = [f for f in files if rewrite(f)]
    for f in changed:
        print("rewrote", f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
