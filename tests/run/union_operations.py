import __static__
from typing import Union


class A:
    def __init__(self) -> None:
        self.attr: int = 1
        self.items: list = [1, 2]


class B:
    def __init__(self) -> None:
        self.attr: int = 2
        self.items: list = [3]


def pick(n: int) -> Union[A, B, str]:
    return A() if n == 0 else B() if n == 1 else "xy"


def ops(n: int) -> str:
    u = pick(n)
    out = []
    for ch in u if isinstance(u, str) else u.items:
        out.append(str(ch))
    if isinstance(u, (A, B)):
        u.attr = u.attr + 10
        u.attr += 1
        out.append(str(u.attr))
    out.append(f"{u!r}"[:2])
    out.append(str(len(str(u)) > 0))
    out.append(str(u == u))
    return ",".join(out)


def ab(n: int) -> int:
    v: A | B = A() if n == 0 else B()
    v.attr += 5
    return v.attr


print(ops(0), ops(1), ops(2), ab(0), ab(1))
