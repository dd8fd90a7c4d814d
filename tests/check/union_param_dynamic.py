import __static__


class C:
    pass


class D(C):
    pass


class E(C):
    pass


def takes_c(c: C) -> None:
    pass


def param(x: int | str) -> int:
    reveal_type(x)  # error: reveal_type(x): 'dynamic', 'x' has declared type 'dynamic' and local type 'dynamic'
    return x


def subclasses(d_or_e: D | E) -> None:
    takes_c(d_or_e)


def caller() -> None:
    param(1)
    param("s")
    param([1])  # error: type mismatch: list received for positional arg 'x', expected Union[int, str]
