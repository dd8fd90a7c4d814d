# GAP (wrong rejection vs README): any decorator other than the dialect's own
# (@staticmethod/@classmethod/@property/@final/@inline...) is rejected with
# "unsupported: decorator", e.g. the very common functools.lru_cache / functools.cache.
# README's list of unsupported features does
# not mention decorators, so users will not expect this.
# Expected (CPython): "23416728348467685 81 True"
# Actual (spc run):   error: unsupported: decorator  [unsupported]  (lines 13, 18)
import __static__
import functools
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def sq(n: int) -> int:
    return n * n


print(fib(80), sq(9), fib.cache_info().hits > 0)
