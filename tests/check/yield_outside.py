# yield at module level or in a class body is CPython's SyntaxError.
yield 1  # error: 'yield' outside function


class C:
    x = yield from [1]  # error: 'yield' outside function


def ok():
    yield 1
