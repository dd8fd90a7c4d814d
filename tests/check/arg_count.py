import __static__


def f(x: int) -> int:
    return x


f(1, 2)  # error: Mismatched number of args for function arg_count.f. Expected 1, got 2
