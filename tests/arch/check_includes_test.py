#!/usr/bin/python3
"""cmake/check_includes.py fails the build on bad includes and passes a clean
tree. Each case writes a small tree of its own into a temporary folder.

Usage: check_includes_test.py /path/to/cmake/check_includes.py
"""
import os
import subprocess
import sys
import tempfile
import unittest

CHECKER = None

# A minimal tree that follows the rules: common <- normalize <- lexicon <- match.
GOOD = {
    "engine/include/lanjie/common/sv.h": "#pragma once\n",
    "engine/include/lanjie/lexicon/lexicon.h": '#include "lanjie/common/sv.h"\n',
    "engine/include/lanjie/match/artifact.h": '#include "lanjie/lexicon/lexicon.h"\n#include <hs/hs.h>\n',
    "engine/include/lanjie/eval/bank.h": '#include "lanjie/match/artifact.h"\n',
    "engine/lexicon/csv.h": "#pragma once\n",
    "engine/lexicon/lexicon.cc": '#include "lanjie/lexicon/lexicon.h"\n#include "csv.h"\n#include "absl/strings/str_cat.h"\n',
    "engine/match/compiled.h": '#include "lanjie/match/artifact.h"\n',
    "engine/match/artifact.cc": '#include "compiled.h"\n#include "variant_data.inc"\n',
    "engine/eval/bank.cc": '#include "lanjie/eval/bank.h"\n#include "lanjie/lexicon/lexicon.h"\n',
    "tools/args.h": "#pragma once\n",
    "tools/main.cc": '#include "args.h"\n#include "lanjie/eval/bank.h"\n',
}


def run_checker(files):
    with tempfile.TemporaryDirectory() as root:
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        p = subprocess.run([sys.executable, CHECKER, "--root", root], capture_output=True, text=True)
        return p.returncode, p.stderr


class CheckIncludesTest(unittest.TestCase):
    def assertRejected(self, rel, text, reason):
        files = dict(GOOD)
        files[rel] = files.get(rel, "") + text
        rc, err = run_checker(files)
        self.assertEqual(rc, 1, f"accepted {text!r} in {rel}")
        self.assertIn(rel + ":", err)  # names the file and line
        self.assertIn(reason, err)

    def test_clean_tree_passes(self):
        rc, err = run_checker(GOOD)
        self.assertEqual(rc, 0, err)

    def test_backwards_include_fails(self):
        self.assertRejected("engine/lexicon/lexicon.cc", '#include "lanjie/match/artifact.h"\n',
                            "module 'lexicon' may not depend on 'match'")

    def test_backwards_include_in_public_header_fails(self):
        self.assertRejected("engine/include/lanjie/lexicon/lexicon.h", '#include "lanjie/eval/bank.h"\n',
                            "module 'lexicon' may not depend on 'eval'")

    def test_private_header_by_repository_path_fails(self):
        self.assertRejected("engine/eval/bank.cc", '#include "engine/match/compiled.h"\n',
                            "the repository root is not an include path")

    def test_private_header_by_module_path_fails(self):
        self.assertRejected("engine/eval/bank.cc", '#include "match/compiled.h"\n',
                            "private header of module 'match'")

    def test_private_header_by_relative_path_fails(self):
        self.assertRejected("engine/eval/bank.cc", '#include "../match/compiled.h"\n',
                            "private header of module 'match'")

    def test_tools_private_header_fails(self):
        self.assertRejected("tools/main.cc", '#include "match/compiled.h"\n', "private header of module 'match'")

    def test_public_header_including_private_fails(self):
        self.assertRejected("engine/include/lanjie/lexicon/lexicon.h", '#include "../../../lexicon/csv.h"\n',
                            "a public header may include only public headers")

    def test_flat_or_missing_public_header_fails(self):
        self.assertRejected("tools/main.cc", '#include "lanjie/artifact.h"\n', "lanjie/<module>/<name>.h")
        self.assertRejected("tools/main.cc", '#include "lanjie/match/nope.h"\n', "no such public header")

    def test_generated_data_of_another_module_fails(self):
        self.assertRejected("engine/eval/bank.cc", '#include "variant_data.inc"\n',
                            "generated data of module 'match'")

    def test_unknown_module_fails(self):
        self.assertRejected("engine/newmod/x.cc", '#include "lanjie/common/sv.h"\n',
                            "engine/newmod is not a module of the graph")


if __name__ == "__main__":
    CHECKER = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
