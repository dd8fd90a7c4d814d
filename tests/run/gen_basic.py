# Generator functions: next(), list(), StopIteration.value from `return v`.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def with_return(a, b):
    yield a
    yield b
    return a + b


def empty():
    return "nothing"
    yield


def no_return():
    yield 1


print(list(countdown(3)))
g = with_return(2, 5)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
try:
    next(empty())
except StopIteration as e:
    print("empty", e.value)
h = no_return()
print(next(h), next(h, "default"))
print(sum(countdown(100)), max(countdown(7)), sorted(countdown(4)))
for i, v in enumerate(countdown(2)):
    print(i, v)
a, b, c = countdown(3)
print(a, b, c)
print(*countdown(3), sep="-")
print(dict(zip("xyz", countdown(3))))
