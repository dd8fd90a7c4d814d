import __static__


class A:
    pass


class B:
    pass


class C:
    pass


def positive(x) -> int:
    if isinstance(x, int | str):
        return x  # error: mismatched types: expected int because of return type, found Union[int, str] instead
    return 1


def with_none(x) -> int:
    if isinstance(x, None | int):
        return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
    return 1


def reverse(x: int, y: str) -> int:
    z = x or y
    if isinstance(z, str):
        return 1
    return z


def reverse_union(x: A, y: B, z: C) -> C:
    o = x or y or z
    if isinstance(o, A | B):
        return C()
    return o


def negated(x: int, y: str) -> int:
    o = x or y
    if not isinstance(o, int):
        return 1
    return o


def tuple_arg(x: int, y: str, z: A) -> None:
    o = x or y or z
    if isinstance(o, (int, str)):
        reveal_type(o)  # error: reveal_type(o): 'Union[int, str]', 'o' has declared type 'dynamic' and local type 'Union[int, str]'
