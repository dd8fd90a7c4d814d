# Regression (was a bug): a static class that defines __eq__ but not __hash__ stays hashable in compiled
# code. Python sets __hash__ = None in that case (objects become unhashable).
# Expected (CPython): "True" / "TypeError: unhashable type: 'P'"
# Actual (spc run):   "False" / no exception (prints "hashed")
import __static__


class P:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, P) and self.v == other.v


print(P.__hash__ is None)
try:
    hash(P(1))
    print("hashed")
except TypeError as e:
    print("TypeError:", e)
