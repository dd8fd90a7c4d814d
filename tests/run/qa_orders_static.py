from __future__ import annotations

import __static__
from __static__ import CheckedDict, CheckedList, int64, cbool, box, inline, clen
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional, Tuple, NamedTuple, Protocol, TypeVar, Generic, Callable, Iterator, Final
import functools
import itertools

TAX: Final[float] = 0.2


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"


class Point(NamedTuple):
    x: int
    y: int


@dataclass
class LineItem:
    sku: str
    qty: int
    price: float

    def total(self) -> float:
        return self.qty * self.price


class Priced(Protocol):
    def total(self) -> float: ...


T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


class OrderError(Exception):
    def __init__(self, order_id: int, reason: str) -> None:
        super().__init__(f"order {order_id}: {reason}")
        self.order_id = order_id


class Order:
    next_id: int = 1

    def __init__(self, customer: str, items: Optional[List[LineItem]] = None) -> None:
        self.id: int = Order.next_id
        Order.next_id += 1
        self.customer: str = customer
        self.items: List[LineItem] = items if items is not None else []
        self.status: Status = Status.NEW
        self.notes: CheckedList[str] = CheckedList[str]()

    @classmethod
    def single(cls, customer: str, sku: str, price: float) -> "Order":
        return cls(customer, [LineItem(sku, 1, price)])

    @property
    def subtotal(self) -> float:
        return sum(i.total() for i in self.items)

    @property
    def total(self) -> float:
        return round(self.subtotal * (1 + TAX), 2)

    def pay(self) -> None:
        if self.status is not Status.NEW:
            raise OrderError(self.id, f"cannot pay in state {self.status.value}")
        if not self.items:
            raise OrderError(self.id, "empty")
        self.status = Status.PAID

    def __repr__(self) -> str:
        return f"Order({self.id}, {self.customer!r}, {self.status.name}, {self.total:.2f})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Order) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    def __lt__(self, other: "Order") -> bool:
        return self.total < other.total


def totals_by_customer(orders: List[Order]) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for o in orders:
        out[o.customer] = round(out.get(o.customer, 0.0) + o.total, 2)
    return out


def counter() -> Callable[[], int]:
    n = 0

    def bump() -> int:
        nonlocal n
        n += 1
        return n

    return bump


def fib_gen(limit: int) -> Iterator[int]:
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


@inline
def sq(x: int64) -> int64:
    return x * x


def prim_sum(n: int) -> int:
    acc: int64 = 0
    i: int64 = 0
    lim: int64 = int64(n)
    while i < lim:
        acc += sq(i)
        i += 1
    return box(acc)


@functools.lru_cache(maxsize=None)
def ways(n: int) -> int:
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


def untyped(x):
    return x


def main() -> None:
    orders = [
        Order("ann", [LineItem("a", 2, 3.5), LineItem("b", 1, 10.0)]),
        Order.single("bob", "c", 99.99),
        Order("ann", [LineItem("d", 3, 1.25)]),
        Order("cid"),
    ]
    for o in orders:
        try:
            o.pay()
        except OrderError as e:
            print("error:", e, e.order_id)
    try:
        orders[0].pay()
    except OrderError as e:
        print("error:", e)
    print(sorted(orders))
    print(totals_by_customer(orders))
    print(max(orders), min(orders, key=lambda o: o.id))
    print(len({o for o in orders}), orders[0] == orders[0], orders[0] == orders[1])
    st: Stack[int] = Stack()
    for i in range(5):
        st.push(i * i)
    print(len(st), st.pop(), st.pop(), len(st))
    c = counter()
    print(c(), c(), c())
    print(list(fib_gen(100)))
    print(prim_sum(1000), ways(30))
    p = Point(3, 4)
    print(p, p.x + p.y, p._replace(x=10))
    d = CheckedDict[str, int]({"a": 1})
    d["b"] = 2
    try:
        d["c"] = untyped("x")
    except TypeError as e:
        print("TypeError", e)
    print(sorted(d.items()))
    groups = itertools.groupby(sorted(orders, key=lambda o: o.customer), key=lambda o: o.customer)
    print([(k, len(list(g))) for k, g in groups])
    first: Order = orders[0]
    first.notes.append("fragile")
    print(first.notes, box(clen(first.notes)))
    print(f"{orders[1].total:>10.3f}|{orders[1].customer:^7}|{Status.PAID!s}")


if __name__ == "__main__":
    main()
