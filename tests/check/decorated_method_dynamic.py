import __static__
import functools


def deco(f):
    return f


class C:
    @deco
    def m(self) -> int:
        return 1

    def use(self) -> None:
        # the class attribute holds the decorator's result: calls through it are dynamic
        reveal_type(self.m())  # error: reveal_type(self.m()): 'dynamic'


@functools.lru_cache  # module functions may have run-time decorators
def f(x: int) -> int:
    return x
