import __static__
from __static__ import int64, box
from typing import Optional


class InsufficientFunds(Exception):
    def __init__(self, need: int, have: int) -> None:
        Exception.__init__(self, f"need {need}, have {have}")
        self.need = need
        self.have = have


class Account:
    count: int = 0

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount: int) -> int:
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self.balance


def transfer(a: Account, b: Account, amount: int) -> bool:
    try:
        a.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e, e.need - e.have)
        return False
    else:
        b.deposit(amount)
        return True
    finally:
        print("transfer attempted", a.owner, "->", b.owner, amount)


alice = Account("alice", 100)
bob = Account("bob")
print(transfer(alice, bob, 30))
print(transfer(bob, alice, 50))
print(alice.balance, bob.balance)
try:
    bob.deposit(-5)
except ValueError as e:
    print("error:", e)
print(alice.history, bob.history)
try:
    alice.withdraw(1000)
except Exception as e:
    print(type(e).__name__, e.args)
