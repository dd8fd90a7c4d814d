# Regression (failed at check before): a typing.Callable annotation with an argument list is rejected.
# Blocks fannkuch_static_basic_lib.py and fannkuch_static_basic2_lib.py (CinderX benchmarks),
# which annotate locals holding bound list methods as Callable[[int, int], None] etc.
# spc check (and build/run):
#   cx_callable_param_list.py:14:41: error: unknown type [int, int]  [annotation]
#   (likewise "unknown type [int]" for Callable[[int], int], "unknown type ..." for Callable[..., int])
# CPython prints: "[9, 2] 1 7" and "[5]" ; CinderX accepts the annotation (it carries no
# static type: the local is treated as dynamic and called through the ordinary call path).
# Note: `from collections.abc import Callable` is already accepted; bare `Callable` too.
import __static__
from typing import Callable, List


def rotate(xs: List[int], put: Callable[[int, int], None], take: Callable[[int], int]) -> None:
    put(0, take(len(xs) - 1))


def demo() -> None:
    data: List[int] = [1, 2, 9]
    ins: Callable[[int, int], None] = data.insert
    rm: Callable[[int], int] = data.pop
    rotate(data, ins, rm)
    size: Callable[..., int] = len
    print(data, rm(1), size("abcdefg"))
    out: List[int] = []
    add: Callable[[int], None] = out.append
    add(5)
    print(out)


demo()
