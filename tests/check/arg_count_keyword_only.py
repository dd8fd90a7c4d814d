import __static__


def x(*, b: str = "h") -> str:
    return b


def y(a: int, *, b: str = "h") -> str:
    return b


x(b="ok")
y(1, b="ok")
x("abc")  # error: Mismatched number of args for function arg_count_keyword_only.x. Expected 0, got 1
y(1, 2)  # error: Mismatched number of args for function arg_count_keyword_only.y. Expected 1, got 2
