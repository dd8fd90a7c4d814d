import __static__


def ok() -> str:
    return "s"


def bad() -> str:
    return 1  # error: mismatched types: expected str because of return type, found Literal[1] instead
