# Regression (was a bug): `return NotImplemented` from a dunder annotated `-> bool` (the standard idiom,
# accepted by typeshed/mypy) raises in compiled code because a return cast to bool is
# inserted.
# Expected (CPython): "False"
# Actual (spc run):   TypeError: expected 'bool', got 'NotImplementedType'
import __static__


class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x


print(V(1) == 5)
