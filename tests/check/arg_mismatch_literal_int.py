import __static__


def f(name: str) -> str:
    return name


f(1)  # error: type mismatch: Literal[1] received for positional arg 'name', expected str
f("ok")
