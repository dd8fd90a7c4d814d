# An uncaught exception raised in a generator delegated to by `yield from`: the
# traceback names each compiled frame, function and line.
def inner(n):
    yield n
    raise ValueError("inner failed %d" % n)


def middle():
    x = yield from inner(5)
    yield x


def consume():
    total = 0
    for v in middle():
        total += v
    return total


print(sum(x for x in [1, 2]))
consume()
