import __static__
import functools


@functools.lru_cache  # error: unsupported: decorator
def f(x: int) -> int:
    return x
