import __static__


def f(n: int) -> None:
    x: 42 = "anything"   # a value used as an annotation: dynamic, as the reference
    x = n
    y: Undefined = n  # error: unknown type Undefined
