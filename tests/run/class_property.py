# @property getter and setter on a static class.
import __static__
from __static__ import int64, box


class Account:
    def __init__(self, owner: str) -> None:
        self._balance: int64 = 0
        self.owner: str = owner
        self.changes: int64 = 0

    @property
    def balance(self) -> int:
        return box(self._balance)

    @balance.setter
    def balance(self, v: int) -> None:
        if v < 0:
            v = 0
        self._balance = int64(v)
        self.changes += 1

    @property
    def label(self) -> str:
        return self.owner + ":" + str(self.balance)


def main() -> None:
    a = Account("ann")
    print(a.balance, a.label)
    a.balance = 50
    a.balance = a.balance + 25
    print(a.balance, a.label, box(a.changes))
    a.balance = -5
    print(a.balance, box(a.changes))


main()
