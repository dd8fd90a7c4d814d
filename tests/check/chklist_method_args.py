import __static__
from __static__ import CheckedList
from typing import Optional


class C:
    pass


def f(c: C, d) -> None:
    x: CheckedList[int] = []
    x.append('x')  # error: type mismatch: str received for positional arg 1, expected int
    x.append(1)
    x.append(d)
    x.insert(0, 'y')  # error: type mismatch: str received for positional arg 2, expected int
    x.insert(0, 2)
    x.remove('a')
    y: CheckedList[Optional[C]] = []
    y.append(None)
    y.append(c)
    y.append(3)  # error: type mismatch: Literal[3] received for positional arg 1, expected Optional[chklist_method_args.C]
    z: list = []
    z.append('anything')
