# Yields inside try/except/else/finally with break, continue and return going
# through finally blocks.
def flow(items):
    for x in items:
        try:
            if x == "skip":
                continue
            if x == "stop":
                break
            if x == "ret":
                return "returned"
            yield x
        except ZeroDivisionError:
            yield "zde"
        else:
            yield "else " + x
        finally:
            yield "finally " + x
    yield "loop end"


print(list(flow(["a", "skip", "b", "stop", "c"])))
print(list(flow(["a", "ret", "b"])))
g = flow(["a", "b"])
print(next(g), g.throw(ZeroDivisionError), next(g), next(g), list(g))


def finally_return():
    try:
        yield 1
    finally:
        return "from finally"


f = finally_return()
next(f)
try:
    next(f)
except StopIteration as e:
    print("value", e.value)
f = finally_return()
next(f)
print(f.close())


def while_else(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield "else"


print(list(while_else(2)))


def deep():
    try:
        try:
            yield 1
            raise ValueError("v")
        except ValueError as e:
            yield "caught " + str(e)
            raise KeyError("k") from e
    except KeyError as k:
        yield "outer " + repr(k) + " cause " + repr(k.__cause__)


print(list(deep()))
