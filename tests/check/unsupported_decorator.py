import __static__
import functools


def deco(f):
    return f


class C:
    @deco  # error: unsupported: decorator on a method of a static class
    def m(self) -> int:
        return 1


@functools.lru_cache  # module functions may have run-time decorators
def f(x: int) -> int:
    return x
