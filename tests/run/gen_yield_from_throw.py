# throw() and close() on a generator suspended in `yield from` go to the
# sub-iterator first (CPython's _gen_throw / gen_close).
def sub():
    try:
        yield "sub1"
        yield "sub2"
    except ValueError as e:
        print("sub handled", e)
        yield "sub recovered"
        return "sub result"
    finally:
        print("sub finally")


def main():
    try:
        r = yield from sub()
        print("main got", r)
        yield "main continues"
    except KeyError as e:
        print("main caught", repr(e))
        yield "main recovered"
    finally:
        print("main finally")


m = main()
print(next(m))
print(m.throw(ValueError("v")))
print(next(m))
print(m.gi_yieldfrom)

m = main()
next(m)
print(m.gi_yieldfrom.__name__)
print(m.throw(KeyError("k")))
m.close()

m = main()
next(m)
m.close()
print("closed", next(m, "exhausted"))


class Thrower:
    """An iterator with throw() and close()."""
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def throw(self, typ, val=None, tb=None):
        print("Thrower.throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        if self.i > 2:
            raise StopIteration("thrower done")
        return -self.i

    def close(self):
        print("Thrower.close")


def uses_thrower():
    r = yield from Thrower()
    yield ("thrower returned", r)


u = uses_thrower()
print(next(u), next(u))
print(u.throw(ValueError))
print(next(u))
print(u.throw(ValueError("again")))
u.close()

u = uses_thrower()
next(u)
u.close()


def plain_iter():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        yield "raised in delegator: " + str(e)


p = plain_iter()
next(p)
print(p.throw(ValueError("no throw method")))


class BadClose:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        raise OSError("close failed")


def uses_bad():
    try:
        yield from BadClose()
    finally:
        print("delegator finally")


b = uses_bad()
next(b)
try:
    b.close()
except OSError as e:
    print("OSError:", e)


def sub_raises():
    yield 1
    raise IndexError("sub error")


def catcher():
    try:
        yield from sub_raises()
    except IndexError as e:
        yield "caught " + str(e)


print(list(catcher()))
