import __static__


def ok() -> None:
    return None


def bad(x: int) -> int:
    if x:
        return 1
    return  # error: mismatched types: expected int because of return type, found None instead
