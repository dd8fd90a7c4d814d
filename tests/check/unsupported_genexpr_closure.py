# A generator expression that reads a variable of its enclosing function (other than
# its first iterable) needs a closure.
def scaled(xs: list, k: int) -> list:
    return list(x * k for x in xs)  # error: unsupported: generator expression that uses variable 'k' of its enclosing scope (closures)


def rows(m: list) -> list:
    return list(v for row in m for v in row)


def nested_gen(n: int):
    def inner():  # error: unsupported: nested function that uses variable 'n' of its enclosing scope (closures)
        yield n
    return inner()


def first_iterable_only(xs: list, k: int) -> list:
    return list(x for x in xs[k:])
