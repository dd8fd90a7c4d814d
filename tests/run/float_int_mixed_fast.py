# Untyped arithmetic between exact floats and one-digit ints, and int / int, takes the
# runtime's fast path: the same values (signed zeros, infinities, rounding) and errors
# as CPython, and a dying int operand is never reused as a float result.
def ops(a, b):
    out = []
    for f in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y, lambda x, y: x / y):
        try:
            out.append(repr(f(a, b)))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    return out


def chain(n):
    s = 0.0
    for i in range(1, n):
        s += 1.0 / (i * (i + 1)) + (i % 7) * 0.5 - 3 / i
    return s


values = [0, -0.0, 0.0, 1, -1, 7, -7, 2 ** 29, -(2 ** 30) + 1, 2 ** 31, 1.5, -2.25, 1e308,
          float("inf"), float("nan"), 0.1, True]
for a in values:
    for b in values:
        print(repr(a), repr(b), ops(a, b))
print(chain(2000))
x = 3
y = 2.0
z = x * y
print(x, y, z, type(z).__name__, 7 / 2, -7 / 2, 0 / -5, (2 ** 29 - 1) / 3)
