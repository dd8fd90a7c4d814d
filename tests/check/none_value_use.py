import __static__


def f(flag: bool) -> object:
    x = None
    x.foo  # error: None: 'NoneType' object has no attribute 'foo'
    x()  # error: None: 'NoneType' object is not callable
    x[0]  # error: None: 'NoneType' object is not subscriptable
    -x  # error: None: bad operand type for unary -: 'NoneType'
    r = x.__class__
    if flag:
        x = "s"
        return x.upper()
    return not x


def g() -> None:
    x = None
    if x:
        x.foo
    if isinstance(x, int):
        x.bit_length()
    if x is not None:
        x.bar
