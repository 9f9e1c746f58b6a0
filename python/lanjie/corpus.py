"""Training-corpus audit (TC260-003 clause 9.2) on a Dask cluster.

``audit(client, artifact, inputs, **options)`` returns the text of the very
same ``audit.json`` that ``lanjie corpus audit`` writes for the same list,
inputs and options (the ``generated_at`` timestamp aside), whatever the
number of workers, the shard size or the order in which shards finish.

How it runs
-----------
1. One task plans the shards (``PlanShards``: files, directories and globs
   expanded, uncompressed JSONL/text cut into byte ranges of about
   ``shard_bytes`` at record boundaries; compressed and CSV/TSV files are one
   shard each). It runs on a worker, so only the workers need to see the
   inputs (a shared filesystem path such as NFS, CephFS or a FUSE-mounted
   bucket); the client only needs the list.
2. One task per shard (``AuditShard``) reads the byte range, samples records
   by a seeded hash of their identity, scans the sample and returns a
   *partial summary* as JSON (UTF-8 bytes: compact in worker memory and on
   the wire), plus the hash of the list it used. Shards keep their review
   candidates without excerpts (audit.json lists the manual sample by id:
   see ``_shard_options``).
   Each worker process loads the compiled list once (``Artifact.load`` maps
   the file, verifies its checksum and deserializes it) and keeps it for
   every later shard; a list given as bytes is scattered once to every
   worker instead of being read from a shared path.
3. Partial summaries are merged by a tree of merge tasks (``split_every``
   children each). ``AuditSummary.Merge`` is associative and commutative and
   keeps every list sorted by a stable key, so the tree's shape does not
   change a byte of the result.
4. The client renders ``audit.json`` from the merged summary and the
   manifest (list hash, input sizes and XXH3-128 hashes, hashed by one task
   per input file, options, tool version).

Keys are pure: a shard task's key is derived from the list, the shard
(path, begin, end) and the options, a merge task's key from its children's
keys. A task that Dask runs again is therefore the same task, not a new one.

Workers that die
----------------
A shard's counts exist only as the value its task returns: nothing is
written to shared state while a shard runs. When a worker process is killed
mid-shard (OOM killer, ``kill -9``, a lost node), the task never returns, so
its partial summary never reaches a merge; the scheduler sees the worker
leave and runs the task again on another worker (the worker's ``Nanny``
starts a fresh process in the meantime). The shard is therefore counted once
-- from the one attempt that returned -- neither lost nor doubled. This is
bounded by Dask's ``distributed.scheduler.allowed-failures`` (3 by default:
a task that has been running on that many dying workers fails with
``KilledWorker``). Exceptions raised by a task (an unreadable file) are
retried ``retries`` times. As a second line of defence the engine checks
the arithmetic: merging two summaries that cover the same bytes of a file
raises, and rendering fails when any byte range of an input is missing.

The same partial-summary merge maps onto Spark (``mapPartitions`` over the
shard list, then ``treeReduce`` of ``merge_json``) and Ray (a remote task per
shard, then merges); see README.md, "The corpus audit on a cluster".
"""
from __future__ import annotations

import concurrent.futures
import datetime
import hashlib
import os
import threading
from typing import Iterable, Sequence, Union

from . import _lanjie

_engine = _lanjie.corpus

AuditSummary = _engine.AuditSummary
plan_shards = _engine.plan_shards
expand_inputs = _engine.expand_inputs
merge_json = _engine.merge_json
hash_input = _engine.hash_input
render_audit_json = _engine.render_audit_json

__all__ = [
    "AuditSummary", "audit", "audit_shard", "default_options", "expand_inputs", "hash_input",
    "make_options", "merge_json", "plan_shards", "render_audit_json",
]


def default_options() -> dict:
    """The engine's AuditOptions defaults as a dict (fraction 0.1, seed 0, field "text", ...)."""
    return dict(_engine.default_options())


def make_options(**options) -> dict:
    """The defaults updated with ``options``; raises ValueError on an unknown name or a bad value."""
    opts = default_options()
    for name, value in options.items():
        if name not in opts:
            raise ValueError("unknown audit option %r (known: %s)" % (name, ", ".join(sorted(opts))))
        opts[name] = value
    _engine.validate_options(opts)
    return opts


# --- per-process artifact cache (each worker loads the list once) ---------

_CACHE_LOCK = threading.Lock()
_CACHE: dict = {}
_CACHE_MAX = 4


def _load_artifact(ref):
    """The Artifact for ``ref`` from this process's cache, loading it on first use.

    ``ref`` is ("path", path) or ("bytes", sha256_hex, data). A path entry is
    keyed by the file's (size, mtime): a list replaced on disk is loaded again.
    """
    if ref[0] == "path":
        st = os.stat(ref[1])
        key = ("path", ref[1], st.st_size, st.st_mtime_ns)
    else:
        key = ("bytes", ref[1])
    with _CACHE_LOCK:
        artifact = _CACHE.get(key)
        if artifact is not None:
            return artifact
        if ref[0] == "path":
            artifact = _lanjie.Artifact.load(ref[1])
        else:
            artifact = _lanjie.Artifact.from_bytes(ref[2], "artifact sha256:" + ref[1][:12])
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = artifact
        return artifact


def audit_shard(artifact, shard: Sequence, options: dict) -> bytes:
    """Audits one shard (path, begin, end) with a loaded Artifact; its partial summary as JSON (UTF-8 bytes)."""
    path, begin, end = shard
    return _engine.audit_shard(artifact, path, int(begin), int(end), options)


# --- task bodies (module-level functions: Dask pickles them by name) -------

def _plan_task(inputs, options):
    return expand_inputs(list(inputs)), [tuple(s) for s in plan_shards(list(inputs), options)]


def _shard_task(ref, shard, options):
    artifact = _load_artifact(ref)
    return (artifact.hash, artifact.list_version), audit_shard(artifact, shard, options)


def _merge_task(*parts):
    lists = {h for h, _ in parts}  # (list hash, list version)
    if len(lists) != 1:
        raise RuntimeError("shards were audited with different lists (%s): do all workers see the same "
                           "artifact file?" % ", ".join("hash %s version %s" % h for h in sorted(lists)))
    return parts[0][0], merge_json([j for _, j in parts])


def _hash_task(path):
    return tuple(hash_input(path))


def _rfc3339_now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _artifact_ref(artifact):
    if isinstance(artifact, (bytes, bytearray, memoryview)):
        data = bytes(artifact)
        return ("bytes", hashlib.sha256(data).hexdigest(), data)
    return ("path", os.fspath(artifact))


def _tokenize(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(repr(p).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def audit(client, artifact: Union[str, os.PathLike, bytes], inputs: Iterable[str], *,
          split_every: int = 8, retries: int = 0, threads: int | None = None,
          generated_at: str | None = None, tool_version: str | None = None, **options) -> str:
    """Audits ``inputs`` against a compiled list; returns the audit.json text.

    client: a ``distributed.Client``, or None to run in this process on
        ``threads`` threads (default: all cores) without Dask.
    artifact: path of a .ljdb every worker can read, or its bytes (then
        scattered once to every worker and loaded from memory).
    inputs: files, directories and glob patterns, as for ``lanjie corpus
        audit`` (paths appear in audit.json as given/expanded here).
    options: AuditOptions fields -- format ("auto", "jsonl", "text-lines",
        "text-paragraphs", "csv", "tsv"), field ("text",
        "messages[*].content"), column, id_field, fraction (0.1), seed (0),
        shard_bytes (64 MiB), profile ("tc260-003"), review_sample (4000),
        review_excerpt_bytes, max_errors_listed, max_record_bytes.
    split_every: children per merge task in the reduction tree (>= 2).
    retries: times Dask re-runs a task that raised (worker deaths are
        governed by ``distributed.scheduler.allowed-failures``, see above).

    Raises ValueError on bad options, RuntimeError (or the task's exception)
    when the inputs cannot be planned or a shard cannot be audited, and
    ``distributed.KilledWorker`` when one task kept killing its workers.
    """
    if split_every < 2:
        raise ValueError("split_every must be at least 2")
    opts = make_options(**options)
    inputs = [os.fspath(p) for p in inputs]
    if not inputs:
        raise ValueError("no inputs to audit")
    ref = _artifact_ref(artifact)
    version = tool_version or _lanjie.__version__
    stamp = generated_at or _rfc3339_now()
    shard_opts = _shard_options(opts)
    if client is None:
        (list_hash, list_version), merged, infos = _audit_local(ref, inputs, shard_opts, threads, split_every)
    else:
        (list_hash, list_version), merged, infos = _audit_dask(client, ref, inputs, shard_opts, split_every,
                                                               retries)
    return render_audit_json(AuditSummary.from_json(merged), list_hash, version, opts, infos, stamp, list_version)


def _shard_options(opts: dict) -> dict:
    """The options the shard tasks run with: ``opts`` without review excerpts.

    audit.json lists the manual sample by id only; the excerpts (the first
    ``review_excerpt_bytes`` of each of up to ``review_sample`` candidates a
    shard keeps) feed only the CLI's review workbook, which this module does
    not write. With them a partial summary was ~3.6 MB of JSON for a 16 MiB
    shard of short records, and parsing them was most of every merge task:
    the merges after the last shard were the Dask run's serial tail. Which
    records are candidates, their ids, verdicts and risks do not depend on
    the excerpt size, so audit.json is the same byte for byte (the tests
    compare it with the CLI's). The options rendered into audit.json are the
    caller's.
    """
    shard_opts = dict(opts)
    shard_opts["review_excerpt_bytes"] = 0
    return shard_opts


def _audit_local(ref, inputs, opts, threads, split_every):
    files, shards = _plan_task(inputs, opts)
    if not shards:
        raise ValueError("no input files in %s" % ", ".join(inputs))
    with concurrent.futures.ThreadPoolExecutor(max_workers=threads or os.cpu_count() or 1) as pool:
        parts = list(pool.map(lambda s: _shard_task(ref, s, opts), shards))
        infos = list(pool.map(_hash_task, files))
    while len(parts) > 1:
        parts = [_merge_task(*parts[i:i + split_every]) for i in range(0, len(parts), split_every)]
    list_hash, merged = parts[0]
    return list_hash, merged, infos


def _audit_dask(client, ref, inputs, opts, split_every, retries):
    opt_items = tuple(sorted(opts.items()))
    futures = []
    try:
        plan = client.submit(_plan_task, inputs, opts, key="lanjie-audit-plan-" + _tokenize(inputs, opt_items),
                             retries=retries, pure=True)
        futures.append(plan)
        files, shards = plan.result()
        if not shards:
            raise ValueError("no input files in %s" % ", ".join(inputs))
        if ref[0] == "bytes":
            # One copy per worker, not one per task.
            data = client.scatter(ref[2], broadcast=True, hash=True)
            futures.append(data)
            task_ref = ("bytes", ref[1], data)
            ref_token = ("bytes", ref[1])
        else:
            task_ref = ref
            try:
                st = os.stat(ref[1])
                ref_token = ("path", ref[1], st.st_size, st.st_mtime_ns)
            except OSError:  # not visible here: only the workers need it
                ref_token = ("path", ref[1])
        infos = [client.submit(_hash_task, f, key="lanjie-audit-hash-" + _tokenize(f), retries=retries,
                               pure=True) for f in files]
        futures += infos
        level = [client.submit(_shard_task, task_ref, s, opts,
                               key="lanjie-audit-shard-" + _tokenize(ref_token, s, opt_items),
                               retries=retries, pure=True) for s in shards]
        futures += level
        while len(level) > 1:
            groups = [level[i:i + split_every] for i in range(0, len(level), split_every)]
            level = [client.submit(_merge_task, *g, key="lanjie-audit-merge-" + _tokenize([f.key for f in g]),
                                   retries=retries, pure=True) for g in groups]
            futures += level
        list_hash, merged = level[0].result()
        return list_hash, merged, [tuple(i) for i in client.gather(infos)]
    except BaseException:
        client.cancel(futures)
        raise
