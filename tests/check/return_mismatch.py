import __static__


def f() -> int:
    return "s"  # error: mismatched types: expected int because of return type, found str instead
