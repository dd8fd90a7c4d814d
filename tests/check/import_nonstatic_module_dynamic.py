import __static__
from xmods.plain import anything


def f() -> str:
    return anything("not checked: plain modules are dynamic")


def g() -> None:
    undefined_name  # error: Name `undefined_name` is not defined.
