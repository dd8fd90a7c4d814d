import __static__


class X:
    pass


def X() -> None:  # error: function conflicts with other member X in module_member_conflict
    pass


def f() -> int:
    return 1


def f() -> int:  # error: function 'function module_member_conflict.f' conflicts with other member
    return 2


y: int = 2


def y() -> None:  # error: Cannot redefine local variable y
    pass


z: str = "z"


class z:  # error: Cannot redefine local variable z
    pass


from typing import overload


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
