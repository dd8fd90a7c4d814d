# Generator expressions: lazy, filtered, nested, the first iterable evaluated (and
# iter()ed) where the expression is.
log = []


def src(n):
    log.append("src")
    return range(n)


g = (x * 2 for x in src(4) if x != 2)
log.append("made")
print(log, next(g), log)
print(list(g), list(g))

matrix = [[1, 2], [3, 4], [5]]
print(list(v for row in matrix for v in row if v % 2))
print(list((a, b) for a in range(3) for b in range(a)))
print(list(list(y for y in range(x)) for x in range(4)))
print(list(s.upper() for s in "hello" if s not in "l"))
print(list((lambda v: v + 1)(x) for x in range(3)))
print(list(k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()))
print(list(x for x, in [(1,), (2,)]))
print(list(c for c in (d for d in "xyz")))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError on the second item:", e)

it = iter([1, 2, 3])
ge = (x for x in it)
print(next(ge), next(it), list(ge))


def in_function(words):
    lengths = (len(w) for w in words)
    return max(lengths), list(w for w in words if w.startswith("b"))


print(in_function(["a", "bbb", "bc"]))


class Config:
    names = ["x", "y"]
    upper = list(n.upper() for n in names)


print(Config.upper)
print(type(g).__name__, g.__name__)
