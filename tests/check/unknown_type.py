import __static__


def f(x: Foo) -> None:  # error: unknown type Foo
    pass
