import __static__


def f(x) -> int:
    if isinstance(x, int):
        reveal_type(x)  # error: reveal_type(x): 'int'
        return x
    reveal_type(x)  # error: reveal_type(x): 'dynamic'
    return 0
