"""test_leaks.py's checks for the costlier cases (coroutines, async generators, except*),
with fewer calls: a leak of one object per call still shows as +20000 refs."""
import os

from memcases import SLOW_CASES
from test_leaks import main

if __name__ == "__main__":
    main(SLOW_CASES, int(os.environ.get("SPC_MEMORY_SLOW_CALLS", "20000")))
