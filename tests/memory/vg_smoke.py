"""Run under valgrind by the memory tier (PYTHONMALLOC=malloc): every compiled function,
normal and error paths, a few hundred times; valgrind reports invalid reads/writes."""
import gc
import os
import sys

import memmod
from memcases import CASES, SLOW_CASES, call

if (memmod.__file__ or "").endswith(".py") and not os.environ.get("SPC_MEMORY_ALLOW_SOURCE"):
    print("FAIL: memmod was imported from source, not compiled:", memmod.__file__)
    sys.exit(1)

for label, fn, args, kwargs, exc in CASES + SLOW_CASES:
    for _ in range(200):
        call(fn, args, kwargs, exc)
    gc.collect()
print("ok")
