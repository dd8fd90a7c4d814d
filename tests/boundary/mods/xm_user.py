"""A compiled static module using another compiled one (whole-program checking; the
calls themselves are ordinary Python calls at run time)."""
import __static__
from __static__ import int64, double, box
from xm_base import Counter, scaled, label, SCALE
import xm_base


def total(k: int64) -> int64:
    c = Counter(k)
    c.bump(2)
    c.n += 1
    r: int64 = scaled(c.n) + c.bump(int64(SCALE))
    return r


def ratio(c: Counter) -> double:
    return c.ratio * 2.0


def describe(c: Counter) -> str:
    if c.name is not None:
        return c.name + "!"
    return label(c) + ":" + str(box(xm_base.scaled(c.n)))
