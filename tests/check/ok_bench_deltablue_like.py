import __static__
from __static__ import CheckedList, cbool, clen, inline, int64
from typing import Optional, final


@final
class Strength:
    def __init__(self, strength: int64, name: str) -> None:
        self.strength: int64 = strength
        self.name: str = name


@inline
def stronger(s1: Strength, s2: Strength) -> cbool:
    return s1.strength < s2.strength


class Constraint:
    def __init__(self, strength: Strength) -> None:
        self.strength: Strength = strength

    def is_satisfied(self) -> cbool:
        return False


@final
class Variable:
    def __init__(self, name: str, initial_value: int64 = 0) -> None:
        self.name: str = name
        self.value: int64 = initial_value
        self.constraints: CheckedList[Constraint] = []
        self.determined_by: Optional[Constraint] = None

    def add_constraint(self, c: Constraint) -> None:
        self.constraints.append(c)

    def remove_constraint(self, c: Constraint) -> None:
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


def propagate(todo: CheckedList[Variable]) -> CheckedList[Constraint]:
    out: CheckedList[Constraint] = []
    while clen(todo) > 0:
        v = todo.pop(0)
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                out.append(c)
    return out
