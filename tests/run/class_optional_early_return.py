# Optional narrowing through early returns and else branches.
import __static__
from __static__ import int64, box
from typing import Optional


class User:
    def __init__(self, name: str, boss: Optional["User"]) -> None:
        self.name: str = name
        self.boss: Optional[User] = boss


def chain(u: Optional[User]) -> str:
    if u is None:
        return "-"
    b = u.boss
    if b is None:
        return u.name
    return u.name + ">" + chain(b)


def top(u: User) -> User:
    cur: User = u
    while True:
        b = cur.boss
        if b is None:
            return cur
        cur = b
    return cur


def depth(u: Optional[User]) -> int64:
    n: int64 = 0
    while u is not None:
        n += 1
        u = u.boss
    return n


def main() -> None:
    ceo = User("ceo", None)
    vp = User("vp", ceo)
    dev = User("dev", vp)
    print(chain(dev), chain(None), chain(ceo))
    print(top(dev).name, box(depth(dev)), box(depth(None)))


main()
