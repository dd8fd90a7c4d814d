import __static__


def f(x) -> int:
    if isinstance(x, int):
        reveal_type(x)  # error: reveal_type(x): 'int', 'x' has declared type 'dynamic' and local type 'int'
        return x
    reveal_type(x)  # error: reveal_type(x): 'dynamic', 'x' has declared type 'dynamic' and local type 'dynamic'
    return 0
