import __static__


def member(y: int, z: str) -> int:
    x: int | str = y or z
    return x  # error: mismatched types: expected int because of return type, found Union[int, str] instead


def wider(y: int, z: str) -> object:
    x: int | str = y or z
    return x


def assign(y: int, z: str) -> None:
    x: int | str = y or z
    w: str = x  # error: type mismatch: Union[int, str] cannot be assigned to str
    v: int | str | None = x
