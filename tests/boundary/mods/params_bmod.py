# Every parameter kind, called wrongly and rightly from plain Python by
# tests/boundary/test_params_binding.py, which compares each outcome with the same
# source run by CPython.
import __static__
from __static__ import int64


def none() -> int:
    return 0


def one(a):
    return a


def two(a, b):
    return (a, b)


def three(a, b, c):
    return (a, b, c)


def dflt(a, b=2, c=3):
    return (a, b, c)


def star(a, *args):
    return (a, args)


def star_only(*args):
    return args


def kws(a, **kw):
    return (a, kw)


def kwonly(a, *, k, j=5):
    return (a, k, j)


def kwonly3(*, x, y, z):
    return (x, y, z)


def kwonly_star(a, *rest, k, j=5, **kw):
    return (a, rest, k, j, kw)


def posonly(a, b, /, c):
    return (a, b, c)


def posonly_dflt(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)


def posonly_kw(a, /, **kw):
    return (a, kw)


def everything(p, q=1, /, r=2, *args, s, t=3, **kw):
    return (p, q, r, args, s, t, kw)


def typed(n: int64, *args: int, k: int64 = 7, **kw: str) -> int64:
    return n + k + int64(len(args)) + int64(len(kw))


class C:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw

    def m(self, x, /, *rest, key=None):
        return (x, rest, key)

    @staticmethod
    def s(*args, k=0):
        return (args, k)

    @classmethod
    def c(cls, a, *, b):
        return (cls.__name__, a, b)


lam = lambda a, *b, c=1, **d: (a, b, c, d)
