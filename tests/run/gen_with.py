# with statements whose body yields: __exit__ runs on completion, on errors thrown
# in, and on close().
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


def lines():
    with Ctx("a") as a, Ctx("b") as b:
        yield a
        yield b
    yield "after"


print(list(lines()))

g = lines()
next(g)
g.close()

g = lines()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)


def suppressing():
    with Ctx("s", suppress=True):
        yield 1
        yield 2
    yield "after suppressed"


s = suppressing()
next(s)
print(s.throw(KeyError("k")))
print(list(s))
