# Lambdas and nested functions that do not capture enclosing variables.
import __static__
from __static__ import int64, box

def keyed(xs: list) -> list:
    return sorted(xs, key=lambda p: (p[1], -p[0]))

def outer(n: int) -> int:
    def helper(a, b=2):
        return a * b + len(str(a))
    total = 0
    for i in range(n):
        total += helper(i) + helper(i, b=3)
    return total

square = lambda x, k=2: x ** k
print(keyed([(1, 'b'), (2, 'a'), (3, 'b')]))
print(outer(5), square(3), square(3, 3), (lambda: "nullary")())
print(list(map(lambda s: s.upper(), ["a", "b"])), square.__name__)
