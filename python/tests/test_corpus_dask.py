"""The corpus audit on Dask gives the CLI's audit.json (run by ctest: python_corpus_dask).

A LocalCluster of two worker processes (one thread each, loopback, random
ports) is started and closed by the test. Needs LANJIE_BIN (the lanjie CLI;
ctest sets it) and Debian's python3-distributed (scripts/deps.sh installs
it; without it the Dask tests skip and say so).
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import lanjie
import lanjie.corpus

try:
    import distributed
except ImportError as e:  # pragma: no cover - deps.sh installs python3-distributed
    distributed = None
    _why = "python3-distributed is not importable (%s); scripts/deps.sh installs it" % e

LIST = ("keyword,risk,action\n冰毒,A.1.f,block\n赌博网站,A.1.g,block\n法轮功,A.1.a,block\n"
        "六合彩,A.1.g,mask\n翻墙,A.2.a,review\n")
WORDS = ["今天", "天气", "很好", "我们", "一起", "学习", "模型", "数据", "训练", "语料", "春风", "明月"]
BAD = ["冰毒", "赌博网站", "法轮功", "六合彩", "翻墙", "冰*毒"]


def write_corpus(path, records, seed):
    """JSONL records with a `text` field, some with list words, and a few bad lines."""
    import random
    rnd = random.Random(seed)
    with open(path, "wb") as f:
        for i in range(records):
            if i % 97 == 13:
                f.write(b'{"text": "broken json\n')  # invalid JSON
                continue
            if i % 89 == 7:
                f.write(json.dumps({"body": "no text field"}).encode() + b"\n")
                continue
            if i % 211 == 5:
                f.write(b'{"text": "\xff\xfe invalid utf-8"}\n')
                continue
            words = [rnd.choice(WORDS) for _ in range(rnd.randint(3, 40))]
            if rnd.random() < 0.15:
                words.insert(rnd.randrange(len(words) + 1), rnd.choice(BAD))
            f.write(json.dumps({"id": i, "text": "".join(words)}, ensure_ascii=False).encode() + b"\n")


def normalized(text):
    """audit.json with its one timestamp field blanked (the only field that differs between runs)."""
    return re.sub(r'"generated_at"\s*:\s*"[^"]*"', '"generated_at": ""', text)


class Fixture:
    dir = None

    @classmethod
    def make(cls):
        if cls.dir is not None:
            return cls
        cls.dir = tempfile.mkdtemp(prefix="lanjie-dask-test.")
        csv = os.path.join(cls.dir, "list.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write(LIST)
        cls.ljdb = os.path.join(cls.dir, "list.ljdb")
        lanjie.Artifact.compile(csv).save(cls.ljdb)
        cls.corpus = os.path.join(cls.dir, "corpus")
        os.mkdir(cls.corpus)
        write_corpus(os.path.join(cls.corpus, "a.jsonl"), 3000, 1)
        write_corpus(os.path.join(cls.corpus, "b.jsonl"), 1700, 2)
        cls.options = dict(fraction=0.5, seed=42, review_sample=50)
        return cls


def run_cli(fx, out, shard_bytes, threads):
    lanjie_bin = os.environ.get("LANJIE_BIN")
    if not lanjie_bin:
        raise unittest.SkipTest("LANJIE_BIN is not set (ctest sets it to the lanjie CLI)")
    cmd = [lanjie_bin, "corpus", "audit", "-d", fx.ljdb, "--fraction", "0.5", "--seed", "42",
           "--review-sample", "50", "--shard-size", str(shard_bytes), "--threads", str(threads),
           "--out", out, fx.corpus]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if proc.returncode not in (0, 1):  # 1: the verdict failed, a valid audit
        raise AssertionError("%s exited %d: %s" % (" ".join(cmd), proc.returncode, proc.stderr))
    with open(os.path.join(out, "audit.json"), encoding="utf-8") as f:
        return f.read()


class LocalAuditTest(unittest.TestCase):
    """Without Dask (client=None): the engine calls the tasks make, in this process."""

    @classmethod
    def setUpClass(cls):
        cls.fx = Fixture.make()

    def test_split_and_tree_shape_do_not_change_a_byte(self):
        one = lanjie.corpus.audit(None, self.fx.ljdb, [self.fx.corpus], shard_bytes=1 << 30, **self.fx.options)
        many = lanjie.corpus.audit(None, self.fx.ljdb, [self.fx.corpus], shard_bytes=1000, split_every=3,
                                   threads=2, **self.fx.options)
        self.assertEqual(normalized(one), normalized(many))
        audit = json.loads(one)
        self.assertIn("generated_at", one)
        self.assertGreater(len(lanjie.corpus.plan_shards([self.fx.corpus], lanjie.corpus.make_options(
            shard_bytes=1000))), 100)
        self.assertTrue(audit)

    def test_a_shard_counted_twice_is_refused(self):
        opts = lanjie.corpus.make_options(shard_bytes=4096, **self.fx.options)
        shards = lanjie.corpus.plan_shards([self.fx.corpus], opts)
        artifact = lanjie.Artifact.load(self.fx.ljdb)
        part = lanjie.corpus.audit_shard(artifact, shards[0], opts)
        with self.assertRaises(RuntimeError):
            lanjie.corpus.merge_json([part, part])

    def test_partial_summaries_travel_as_bytes_and_merge_from_bytes_or_str(self):
        # Bytes: a str of CJK excerpts takes up to 4 bytes a character in a worker.
        opts = lanjie.corpus.make_options(shard_bytes=4096, **self.fx.options)
        shards = lanjie.corpus.plan_shards([self.fx.corpus], opts)
        artifact = lanjie.Artifact.load(self.fx.ljdb)
        a = lanjie.corpus.audit_shard(artifact, shards[0], opts)
        b = lanjie.corpus.audit_shard(artifact, shards[1], opts)
        self.assertIsInstance(a, bytes)
        merged = lanjie.corpus.merge_json([a, b])
        self.assertIsInstance(merged, bytes)
        self.assertEqual(lanjie.corpus.merge_json([b.decode("utf-8"), a]), merged)
        summary = lanjie.corpus.AuditSummary.from_json
        self.assertEqual(summary(merged).records, summary(a).records + summary(b).records)
        self.assertGreater(summary(a).records, 0)
        with self.assertRaises(TypeError):
            lanjie.corpus.merge_json([a, 42])

    def test_bad_options_name_the_option(self):
        with self.assertRaisesRegex(ValueError, "fractoin"):
            lanjie.corpus.audit(None, self.fx.ljdb, [self.fx.corpus], fractoin=0.5)
        with self.assertRaisesRegex(ValueError, "seed"):
            lanjie.corpus.make_options(seed="x")
        with self.assertRaises(ValueError):
            lanjie.corpus.audit(None, self.fx.ljdb, [])
        with self.assertRaisesRegex(RuntimeError, "nothing-here"):
            lanjie.corpus.audit(None, self.fx.ljdb, [os.path.join(self.fx.dir, "nothing-here")])

    def test_same_as_cli(self):
        out = os.path.join(self.fx.dir, "cli-local")
        cli = run_cli(self.fx, out, 1 << 30, 1)
        mine = lanjie.corpus.audit(None, self.fx.ljdb, [self.fx.corpus], shard_bytes=2000, **self.fx.options)
        self.assertEqual(normalized(mine), normalized(cli))


@unittest.skipIf(distributed is None, _why if distributed is None else "")
class DaskAuditTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fx = Fixture.make()
        cls.cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               host="127.0.0.1", scheduler_port=0, dashboard_address=None,
                                               worker_dashboard_address=None)
        cls.client = distributed.Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def cli(self, name, shard_bytes, threads):
        return run_cli(self.fx, os.path.join(self.fx.dir, name), shard_bytes, threads)

    def test_dask_cli_and_other_split_are_byte_identical(self):
        dask = lanjie.corpus.audit(self.client, self.fx.ljdb, [self.fx.corpus], shard_bytes=3000,
                                   **self.fx.options)
        cli_whole = self.cli("cli-whole", 1 << 30, 2)
        cli_small = self.cli("cli-small", 1000, 2)
        self.assertEqual(normalized(cli_whole), normalized(cli_small))
        self.assertEqual(normalized(dask), normalized(cli_whole))
        # ... and what they agree on is a real audit: two files, hits, bad lines, a review sample.
        audit = json.loads(dask)
        self.assertEqual(len(audit["inputs"]), 2)
        self.assertEqual(audit["totals"]["records"], 4700)
        self.assertGreater(audit["totals"]["failed"], 0)
        self.assertGreater(audit["errors"]["total"], 0)
        self.assertEqual(len(audit["manual_sample"]["ids"]), 50)

    def test_artifact_shipped_as_bytes(self):
        with open(self.fx.ljdb, "rb") as f:
            data = f.read()
        by_bytes = lanjie.corpus.audit(self.client, data, [self.fx.corpus], shard_bytes=5000, **self.fx.options)
        by_path = lanjie.corpus.audit(self.client, self.fx.ljdb, [self.fx.corpus], shard_bytes=5000,
                                      **self.fx.options)
        self.assertEqual(normalized(by_bytes), normalized(by_path))

    def test_worker_killed_mid_run_changes_nothing(self):
        marker = os.path.join(self.fx.dir, "killed-once")
        # Its own shard size: keys no other test has used, so every shard really runs.
        reference = lanjie.corpus.audit(None, self.fx.ljdb, [self.fx.corpus], shard_bytes=2900, **self.fx.options)
        before = set(self.client.scheduler_info()["workers"])

        def arm(marker):
            # In each worker process: the first shard to finish anywhere kills
            # its own worker after computing its summary, before returning it.
            import lanjie.corpus as c
            audit_shard = c._unarmed_audit_shard = c.audit_shard

            def audit_then_die(artifact, shard, options):
                result = audit_shard(artifact, shard, options)
                try:
                    os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                except FileExistsError:
                    return result
                os._exit(17)

            c.audit_shard = audit_then_die

        self.client.run(arm, marker)
        again = lanjie.corpus.audit(self.client, self.fx.ljdb, [self.fx.corpus], shard_bytes=2900,
                                    **self.fx.options)
        self.assertTrue(os.path.exists(marker), "no worker was killed")
        self.assertEqual(normalized(again), normalized(reference))
        # The nanny starts a new process (a new address). Generous timeout: on
        # a loaded machine a Python worker takes long to start.
        self.client.wait_for_workers(2, timeout=300)
        after = set(self.client.scheduler_info()["workers"])
        self.assertNotEqual(before, after, "the killed worker was not replaced by its nanny")

        def disarm():  # the surviving worker (the restarted one never had the wrapper)
            import lanjie.corpus as c
            c.audit_shard = getattr(c, "_unarmed_audit_shard", c.audit_shard)

        self.client.run(disarm)


def tearDownModule():
    if Fixture.dir:
        shutil.rmtree(Fixture.dir, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
