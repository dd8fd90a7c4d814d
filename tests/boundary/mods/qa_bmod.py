import __static__
from __static__ import int8, int16, uint8, uint32, int64, double, cbool, box, CheckedList, CheckedDict
from typing import Optional, final


def clamp8(x: int8) -> int8:
    return x


def widen(a: uint8, b: int16) -> int64:
    return int64(a) + int64(b)


def u32(x: uint32) -> uint32:
    return x + 1


def scale(v: double, k: double = 2.0) -> double:
    return v * k


def kw(a: int, *, b: str = "x") -> str:
    return b * a


def total(xs: CheckedList[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def lookup(d: CheckedDict[str, int], k: str) -> int:
    v = d.get(k)
    if v is None:
        return -1
    return v


class Account:
    def __init__(self, owner: str, cents: int64) -> None:
        self.owner = owner
        self.cents: int64 = cents
        self.frozen: cbool = False
        self.note: Optional[str] = None
        self.rate: double = 0.5

    def balance(self) -> int64:
        return self.cents

    def describe(self) -> str:
        return f"{self.owner}:{box(self.balance())}"

    @final
    def owner_upper(self) -> str:
        return self.owner.upper()

    @property
    def dollars(self) -> float:
        return box(self.cents) / 100


def describe_all(accts: list) -> list:
    out: list = []
    for a in accts:
        acct: Account = a
        out.append(acct.describe())
    return out


def find_owner(a: Optional[Account]) -> str:
    if a is None:
        return "<none>"
    return a.owner
