import __static__


def f(n: int) -> int:
    def g() -> int:  # error: unsupported: nested function that uses variable 'n' of its enclosing scope (closures)
        return n
    return g()


def ok() -> int:
    def g(k: int) -> int:
        return k + 1
    return g(1)
