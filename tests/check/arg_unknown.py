import __static__


def f(x: int) -> int:
    return x


f(1, z=2)  # error: Given argument z does not exist in the definition of arg_unknown.f
