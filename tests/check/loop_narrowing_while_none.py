import __static__
from typing import Optional


class N:
    def __init__(self) -> None:
        self.next: Optional[N] = None


def last(n: N) -> N:
    while n.next is not None:
        n = n.next
    return n


def bad(n: Optional[N]) -> N:
    while n is not None and n.next is not None:
        n = n.next
    return n  # error: mismatched types: expected loop_narrowing_while_none.N because of return type, found Optional[loop_narrowing_while_none.N] instead
