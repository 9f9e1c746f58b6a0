"""Tests of the lanjie Python module (run by ctest: python_module)."""
import os
import tempfile
import threading
import unittest

import lanjie


class LanjieModuleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        path = os.path.join(cls.dir.name, "list.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("keyword,risk,action\n冰毒,A.1.f,block\n赌博网站,A.1.g,mask\n法轮,A.1.a,review\n")
        cls.artifact = lanjie.Artifact.compile(path)

    def test_scan_reports_byte_offsets_and_code_points_beside(self):
        text = "哪里有冰*毒和赌博网站"
        hits = lanjie.Scanner(self.artifact).scan(text)
        self.assertEqual([h.keyword for h in hits], ["冰毒", "赌博网站"])
        # Byte offsets, as the CLI, HTTP and C API report them.
        self.assertEqual((hits[0].start, hits[0].end), (9, 16))
        self.assertEqual(text.encode("utf-8")[hits[0].start:hits[0].end].decode("utf-8"), "冰*毒")
        # Code points beside, for slicing the str.
        self.assertEqual((hits[0].cp_start, hits[0].cp_end), (3, 6))
        self.assertEqual(text[hits[0].cp_start:hits[0].cp_end], "冰*毒")
        self.assertEqual(hits[0].risk, "A.1.f")
        self.assertEqual(hits[0].action, "block")

    def test_variant_hits_say_how_they_matched(self):
        path = os.path.join(self.dir.name, "variants.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("keyword,risk\n六合彩,A.1.g\n")
        text = "买6合彩还是liuhecai"
        hits = lanjie.Scanner(lanjie.Artifact.compile(path)).scan(text)
        self.assertEqual([(h.keyword, h.via, text[h.cp_start:h.cp_end]) for h in hits],
                         [("六合彩", "numeral", "6合彩"), ("六合彩", "pinyin", "liuhecai")])

    def test_mask(self):
        self.assertEqual(lanjie.Scanner(self.artifact).mask("去赌博网站玩"), "去****玩")
        # review hits are reported, not masked
        self.assertEqual(lanjie.Scanner(self.artifact).mask("法轮和赌博网站"), "法轮和****")

    def test_save_and_load_keep_the_hash(self):
        path = os.path.join(self.dir.name, "list.ljdb")
        self.artifact.save(path)
        loaded = lanjie.Artifact.load(path)
        self.assertEqual(loaded.hash, self.artifact.hash)
        self.assertEqual(len(loaded), 3)

    def test_from_bytes_gives_the_saved_list(self):
        path = os.path.join(self.dir.name, "bytes.ljdb")
        self.artifact.save(path)
        with open(path, "rb") as f:
            data = f.read()
        loaded = lanjie.Artifact.from_bytes(data, "shipped")
        self.assertEqual(loaded.hash, self.artifact.hash)
        self.assertEqual([h.keyword for h in lanjie.Scanner(loaded).scan("冰毒")], ["冰毒"])
        with self.assertRaisesRegex(RuntimeError, "shipped"):
            lanjie.Artifact.from_bytes(data[: len(data) // 2], "shipped")

    def test_package_layout(self):
        # `lanjie` is a package around the extension `lanjie._lanjie`.
        import lanjie._lanjie as ext
        self.assertIs(lanjie.Scanner, ext.Scanner)
        self.assertRegex(lanjie.__version__, r"^\d+\.\d+\.\d+$")
        self.assertTrue(os.path.isdir(os.path.dirname(lanjie.__file__)))

    def test_bad_files_raise(self):
        with self.assertRaises(RuntimeError):
            lanjie.Artifact.load(os.path.join(self.dir.name, "missing.ljdb"))

    def test_stream_blocks_a_keyword_split_across_tokens(self):
        stream = lanjie.Filter(self.artifact, refusal_text="[refused]").stream()
        emitted = []
        for token in ["教你", "做冰", "毒的", "方法"]:
            out = stream.feed(token)
            emitted.append(out.text)
            if out.blocked:
                self.assertEqual(out.hits[0].keyword, "冰毒")
                # Offsets into the whole answer "教你做冰毒…": bytes, and code points beside.
                self.assertEqual((out.hits[0].start, out.hits[0].end), (9, 15))
                self.assertEqual((out.hits[0].cp_start, out.hits[0].cp_end), (3, 5))
                break
        self.assertEqual(emitted, ["教你", "做", "[refused]"])

    def test_stream_releases_clean_text_at_once(self):
        stream = lanjie.Filter(self.artifact).stream()
        for token in ["今天", "天气", "很好"]:
            self.assertEqual(stream.feed(token).text, token)
        self.assertEqual(stream.finish().text, "")

    def test_threads_share_the_artifact(self):
        errors = []

        def work():
            scanner = lanjie.Scanner(self.artifact)
            for _ in range(200):
                if [h.keyword for h in scanner.scan("冰毒" * 10)] != ["冰毒"] * 10:
                    errors.append("wrong hits")

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])


if __name__ == "__main__":
    unittest.main()
