# yield inside a comprehension or generator expression is CPython's SyntaxError.
def f(xs: list):
    a = [(yield x) for x in xs]  # error: 'yield' inside list comprehension
    b = {(yield x) for x in xs}  # error: 'yield' inside set comprehension
    c = {x: (yield x) for x in xs}  # error: 'yield' inside dict comprehension
    d = list((yield x) for x in xs)  # error: 'yield' inside generator expression
    return a, b, c, d
