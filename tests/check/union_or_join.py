import __static__


class B:
    pass


class C(B):
    pass


def unrelated(x: int, y: str) -> None:
    reveal_type(x or y)  # error: reveal_type(x or y): 'Union[int, str]'


def related(x: B, y: C) -> None:
    reveal_type(x or y)  # error: reveal_type(x or y): 'union_or_join.B'


def nested(x: int, y: str, z: B) -> None:
    reveal_type(x or (y or z))  # error: reveal_type(x or (y or z)): 'Union[int, str, union_or_join.B]'


def chain(x: int, y: None) -> None:
    reveal_type((x or x) or (y or y) or (x or x))  # error: reveal_type((x or x) or (y or y) or (x or x)): 'Optional[int]'


def same(x: int, y: int) -> int:
    return x or y
