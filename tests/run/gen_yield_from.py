# yield from: delegation to generators and plain iterables, the result is the
# sub-generator's return value, send() goes through to the innermost generator.
def leaf(tag):
    got = yield tag + "1"
    got2 = yield tag + "2:" + str(got)
    return tag + "-done:" + str(got2)


def middle():
    a = yield from leaf("a")
    b = yield from leaf("b")
    return [a, b]


def top():
    res = yield from middle()
    yield "top saw " + repr(res)
    yield from [10, 20]
    yield from range(3)
    yield from "xy"
    yield from (i * i for i in range(3))
    yield from {"k": 1}
    n = yield from iter([])
    yield n


t = top()
print(next(t))
print(t.send("s1"))
print(t.send("s2"))
print(t.send("s3"))
print(t.send("s4"))
print(list(t))


def flatten(tree):
    for item in tree:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def from_iterator():
    r = yield from Countdown(3)
    yield ("result", r)


print(list(from_iterator()))


def returns_early():
    return 7
    yield


def outer():
    v = yield from returns_early()
    yield v


print(list(outer()))


def not_iterable():
    yield from 5


try:
    list(not_iterable())
except TypeError as e:
    print("TypeError:", e)
