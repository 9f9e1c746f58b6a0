#!/usr/bin/python3
"""Enforces the module boundaries of engine/ (docs/architecture.md).

Reads every #include in engine/, tools/, python/ and bench/ and fails (exit 1,
one "file:line: error: ..." per offence) on
  (a) an include of a module that is not below the including module in the
      graph (backwards or sideways), and
  (b) an include of another module's private header (anything outside
      engine/include/lanjie/<module>/), however spelled: "engine/m/x.h",
      "m/x.h", "../m/x.h".
Public headers are "lanjie/<module>/<name>.h" and must exist. A module's own
private headers are included as "x.h" (next to the including file). A public
header may include only public headers.

Usage: check_includes.py [--root DIR] [--stamp FILE]
Run by the build (target lanjie_check_includes, in ALL) and by ctest.
Standard library only: any python3.
"""
import argparse
import os
import re
import sys

# Direct dependencies: a module may include the public headers of the modules
# reachable from it here (and its own). Keep in step with engine/CMakeLists.txt.
DEPS = {
    "common": [],
    "normalize": ["common"],
    "users": ["common"],
    "lexicon": ["normalize"],
    "match": ["lexicon"],
    "filter": ["match"],
    "search": ["match"],
    "eval": ["filter", "search", "users"],
    "corpus": ["filter", "search", "eval"],
    "serve": ["filter", "search", "users"],
    "report": ["eval", "corpus", "serve"],
    "capi": ["report"],
}
# Generated files, included by name from the module that owns them.
GENERATED = {"fold_data.inc": "normalize", "variant_data.inc": "match"}
# Top-level folders that use the engine: public headers only, plus their own.
CLIENTS = ["tools", "python", "bench"]
# (file, include) pairs allowed to reach a private header, each with a reason.
ALLOW = {
    # The raw-Hyperscan baseline scans the artifact's own literal database.
    ("bench/match_bench.cc", "match/compiled.h"),
    # The variant walk's literal-database bound (issue 11) reads the
    # artifact's variant patterns and runs the walk on windows.
    ("bench/variant_literal_bound.cc", "match/compiled.h"),
    ("bench/variant_literal_bound.cc", "match/variants.h"),
}
SOURCE_EXT = (".h", ".hpp", ".cc", ".cpp", ".c", ".inc")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def closure():
    allowed = {}

    def walk(m, seen):
        for d in DEPS[m]:
            if d not in seen:
                seen.add(d)
                walk(d, seen)
        return seen

    for m in DEPS:
        allowed[m] = walk(m, set())
    return allowed


ALLOWED = closure()


def owner(rel):
    """('module', m, private_dir) / ('client', top, dir) / None for a file."""
    parts = rel.split("/")
    if parts[0] == "engine":
        if len(parts) >= 4 and parts[1] == "include" and parts[2] == "lanjie":
            return ("public", parts[3], "engine/include/lanjie/" + parts[3])
        if len(parts) >= 3:
            return ("module", parts[1], "engine/" + parts[1])
        return None
    if parts[0] in CLIENTS:
        return ("client", parts[0], parts[0])
    return None


def inside(path, folder):
    return path == folder or path.startswith(folder + "/")


def check_file(root, rel, errors):
    kind, unit, home = owner(rel)
    if kind in ("module", "public") and unit not in DEPS:
        errors.append(f"{rel}:1: error: engine/{unit} is not a module of the graph "
                      "(add it to DEPS in cmake/check_includes.py and to engine/CMakeLists.txt)")
        return
    try:
        lines = open(os.path.join(root, rel), encoding="utf-8", errors="replace").read().splitlines()
    except OSError as e:
        errors.append(f"{rel}:1: error: cannot read: {e}")
        return
    here = os.path.dirname(rel)
    for no, line in enumerate(lines, 1):
        m = INCLUDE.match(line)
        if not m:
            continue
        quote, inc = m.groups()
        close = '"' if quote == '"' else ">"
        where = f"{rel}:{no}: error: #include {quote}{inc}{close}"
        if inc.startswith("lanjie/"):
            parts = inc.split("/")
            if len(parts) < 3:
                errors.append(f"{where}: public headers are lanjie/<module>/<name>.h")
                continue
            target = parts[1]
            if target not in DEPS:
                errors.append(f"{where}: no module '{target}'")
                continue
            if not os.path.isfile(os.path.join(root, "engine/include", inc)):
                errors.append(f"{where}: no such public header engine/include/{inc}")
                continue
            if kind in ("module", "public") and target != unit and target not in ALLOWED[unit]:
                errors.append(f"{where}: module '{unit}' may not depend on '{target}' "
                              f"(allowed: {', '.join(sorted(ALLOWED[unit])) or 'none'})")
            continue
        if quote == "<":
            continue  # system and third-party headers
        # Relative to the including file (what the compiler tries first).
        resolved = os.path.normpath(os.path.join(here, inc)).replace(os.sep, "/")
        if os.path.isfile(os.path.join(root, resolved)):
            if not inside(resolved, home):
                what = owner(resolved)
                if kind == "public" and inside(resolved, "engine/" + unit):
                    errors.append(f"{where}: a public header may include only public headers")
                elif what and what[0] == "module":
                    errors.append(f"{where}: private header of module '{what[1]}'")
                else:
                    errors.append(f"{where}: reaches outside {home}/")
            continue
        if inc in GENERATED:
            if kind != "module" or GENERATED[inc] != unit:
                errors.append(f"{where}: generated data of module '{GENERATED[inc]}'")
            continue
        first = inc.split("/")[0]
        if first in ("engine", "tools", "python", "bench", "tests", "data", "cmake"):
            errors.append(f"{where}: the repository root is not an include path")
            continue
        if first in DEPS and os.path.isfile(os.path.join(root, "engine", inc)):
            if (rel, inc) in ALLOW:
                continue
            errors.append(f"{where}: private header of module '{first}'")
            continue
        if "/" not in inc and any(
                os.path.isfile(os.path.join(root, "engine", m, inc)) for m in DEPS if m != unit):
            errors.append(f"{where}: not next to the including file (another module's private header?)")
            continue
        # Anything else is a third-party header (absl/..., gtest/...).


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--stamp", help="file to touch on success (build-time use)")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    errors = []
    checked = 0
    for top in ["engine"] + CLIENTS:
        for dirpath, dirnames, files in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for f in sorted(files):
                if f.endswith(SOURCE_EXT):
                    rel = os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/")
                    if owner(rel) is None:
                        continue
                    check_file(root, rel, errors)
                    checked += 1
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"check_includes: {len(errors)} include(s) break the module boundaries "
              "(docs/architecture.md)", file=sys.stderr)
        return 1
    if args.stamp:
        with open(args.stamp, "w") as f:
            f.write(f"{checked} files\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
