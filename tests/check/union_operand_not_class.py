import __static__


class C:
    pass


def f() -> None:
    x = int | "foo"  # error: unsupported operand type(s) for |: Type[int] and str
    y = C | 1  # error: unsupported operand type(s) for |: Type[union_operand_not_class.C] and Literal[1]
    z = int | str
    w = C | None
    v = 1 | 2
