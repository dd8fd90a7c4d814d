import __static__


class C:
    value: int

    def __new__(cls, a: int) -> "C":
        res = object.__new__(cls)
        res.value = a
        return res


class Odd:
    def __new__(cls, a: int) -> int:
        return 42


class Plain:
    pass


def f(x: str) -> C:
    return C(x)  # error: type mismatch: str received for positional arg 'a', expected int


def g(x: int) -> str:
    return Odd(x)  # error: mismatched types: expected str because of return type, found int instead


def h() -> Plain:
    return object.__new__(object)  # error: mismatched types: expected new_construct_args.Plain because of return type, found object instead


def ok(x: int) -> int:
    c: C = C(x)
    p: Plain = object.__new__(Plain)
    return Odd(x) + c.value
