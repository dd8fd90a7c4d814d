import __static__
from __static__ import int64, box, cast
from typing import Generic, TypeVar, NamedTuple, Protocol, Union, Optional, Dict, List, Tuple, Callable
import typing

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
    def __len__(self) -> int:
        return len(self.items)

class Pair(NamedTuple):
    a: int
    b: str

class HasArea(Protocol):
    def area(self) -> float: ...

class Sq:
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s * self.s

class AppError(Exception):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code

class Node:
    __slots__ = ("val", "next")
    def __init__(self, val: int, next: "Optional[Node]" = None) -> None:
        self.val = val
        self.next = next

def total_area(shapes: List[HasArea]) -> float:
    return sum(s.area() for s in shapes)

def describe(x: Union[int, str, None]) -> str:
    if x is None:
        return "none"
    if isinstance(x, int):
        return "int:" + str(x + 1)
    return "str:" + x.upper()

def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)

def counts(words: List[str]) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d

def minmax(xs: List[int]) -> Tuple[int, int]:
    return min(xs), max(xs)

class Account:
    RATE: float = 0.5
    count = 0
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amt: int) -> "Account":
        if amt <= 0:
            raise AppError(1, f"bad amount {amt}")
        self.balance += amt
        return self
    @staticmethod
    def make(owner: str) -> "Account":
        return Account(owner, 10)
    @classmethod
    def named(cls, owner: str) -> "Account":
        return cls(owner)
    def __repr__(self) -> str:
        return f"Account({self.owner!r}, {self.balance})"

def main() -> None:
    st: Stack[int] = Stack()
    for i in range(5):
        st.push(i * i)
    print(len(st), st.pop(), st.pop())
    p = Pair(1, "x")
    print(p, p.a, p._replace(b="y"))
    print(total_area([Sq(2.0), Sq(3.0)]))
    print(describe(None), describe(4), describe("hi"))
    print(apply(lambda v: v * 3, 7))
    print(sorted(counts("a b a c b a".split()).items(), key=lambda kv: (-kv[1], kv[0])))
    print(minmax([3, 1, 4, 1, 5]))
    n = Node(1, Node(2))
    s = 0
    cur: Optional[Node] = n
    while cur is not None:
        s += cur.val
        cur = cur.next
    print(s)
    a = Account.make("bob").deposit(5)
    b = Account.named("al")
    print(a, b, Account.count, a.RATE, a.make("z"))
    try:
        a.deposit(-1)
    except AppError as e:
        print("error", e.code, e, repr(e))
    x: int64 = 5
    ys = [box(x), 2]
    print(ys, typing.get_type_hints(minmax))

if __name__ == "__main__":
    main()
