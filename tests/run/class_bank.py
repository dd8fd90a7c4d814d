# Accounts in a dict, transfers validated with Optional lookups.
import __static__
from __static__ import int64, box
from typing import Optional


class Acct:
    def __init__(self, owner: str, bal: int64) -> None:
        self.owner: str = owner
        self.bal: int64 = bal


class Bank:
    def __init__(self) -> None:
        self.accts: dict = {}
        self.failed: int64 = 0

    def open(self, owner: str, bal: int64) -> Acct:
        a = Acct(owner, bal)
        self.accts[owner] = a
        return a

    def find(self, owner: str) -> Optional[Acct]:
        return self.accts.get(owner)

    def transfer(self, src: str, dst: str, amt: int64) -> bool:
        a = self.find(src)
        b = self.find(dst)
        if a is None or b is None or a.bal < amt:
            self.failed += 1
            return False
        a.bal -= amt
        b.bal += amt
        return True

    def report(self) -> str:
        parts = []
        for k in sorted(self.accts):
            acct: Acct = self.accts[k]
            parts.append(k + ":" + str(box(acct.bal)))
        return " ".join(parts)


def main() -> None:
    bank = Bank()
    bank.open("ann", 100)
    bank.open("bob", 50)
    print(bank.transfer("ann", "bob", 30), bank.transfer("bob", "zed", 1),
          bank.transfer("bob", "ann", 500), bank.transfer("bob", "ann", 80))
    print(bank.report(), box(bank.failed))


main()
