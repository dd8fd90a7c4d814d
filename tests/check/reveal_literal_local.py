import __static__
from typing import Optional


class C:
    pass


def literal(y: bool) -> None:
    if y:
        ret = None
    else:
        ret = 0
    reveal_type(ret)  # error: reveal_type(ret): 'Optional[Literal[0]]', 'ret' has declared type 'dynamic' and local type 'Optional[Literal[0]]'


def widened(y: bool) -> int:
    ret = 0
    if y:
        ret = 1
    return ret + 1


def exact(a: bool) -> None:
    x = C() if a else C()
    reveal_type(x)  # error: reveal_type(x): 'Exact[reveal_literal_local.C]', 'x' has declared type 'dynamic' and local type 'Exact[reveal_literal_local.C]'


def none(flag: bool) -> None:
    x: Optional[int] = None
    if flag:
        x = 1
        return
    reveal_type(x)  # error: reveal_type(x): 'Exact[None]', 'x' has declared type 'Optional[int]' and local type 'Exact[None]'
