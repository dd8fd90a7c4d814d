# Closures are not compiled yet: a lambda or nested def using an enclosing variable is
# reported at the lambda/def.
def f(n: int) -> int:
    g = lambda x: x + n  # error: unsupported: lambda that uses variable 'n' of its enclosing scope (closures)
    return g(1)


def ok(n: int) -> int:
    g = lambda x, k=n: x + k
    return g(1)
