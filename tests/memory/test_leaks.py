"""Reference-count and memory growth across 100k calls of each compiled function.

A release CPython has no sys.gettotalrefcount, so leaks are observed from outside:
  - sys.getrefcount of the argument objects must not change across the calls;
  - tracemalloc's traced memory must not grow by more than a small slack.
A leak of one object per call would show as +100000 refs or megabytes of memory."""
import gc
import os
import sys
import tracemalloc

import memmod
from memcases import CASES, WATCHED, call

if (memmod.__file__ or "").endswith(".py") and not os.environ.get("SPC_MEMORY_ALLOW_SOURCE"):
    print("FAIL: memmod was imported from source, not compiled:", memmod.__file__)
    sys.exit(1)

N = int(os.environ.get("SPC_MEMORY_CALLS", "100000"))
SLACK = 64 * 1024            # bytes of growth tolerated (freelists, caches)
failures = []


def refcounts():
    return [sys.getrefcount(o) for o in WATCHED] + [sys.getrefcount(None),
                                                    sys.getrefcount(True), sys.getrefcount(0)]


def run(label, fn, args, kwargs, exc, n=N):
    for _ in range(1000):                  # warm caches and freelists
        call(fn, args, kwargs, exc)
    gc.collect()
    before_refs = refcounts()
    before_mem = tracemalloc.get_traced_memory()[0]
    for _ in range(n):
        call(fn, args, kwargs, exc)
    gc.collect()
    grew = tracemalloc.get_traced_memory()[0] - before_mem
    after_refs = refcounts()
    names = ["S1", "S2", "OBJ", "BIG", "CSV", "F1", "None", "True", "0"]
    for name, b, a in zip(names, before_refs, after_refs):
        # None/True are shared with the interpreter; only a per-call drift counts (a
        # leak moves them by n or more). except* alone moves None by tens under plain
        # CPython too (its exception-group internals), hence 1% of the calls.
        limit = max(100, n // 100) if name in ("None", "True", "0") else 0
        if abs(a - b) > limit:
            failures.append("%s: refcount of %s went %d -> %d after %d calls"
                            % (label, name, b, a, n))
    if grew > SLACK:
        failures.append("%s: traced memory grew by %d bytes after %d calls" % (label, grew, n))


def main(cases, n):
    tracemalloc.start()
    for case in cases:
        run(*case, n=n)
    tracemalloc.stop()
    for f in failures:
        print("FAIL:", f)
    if failures:
        sys.exit(1)
    print("ok: %d functions x %d calls" % (len(cases), n))


if __name__ == "__main__":
    main(CASES, N)
