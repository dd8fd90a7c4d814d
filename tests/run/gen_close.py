# close(): GeneratorExit at the yield, finally blocks run, ignoring it is an error.
def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)


r = resource("a")
print(next(r))
print(r.close())
print(r.close())
print(next(r, "exhausted after close"))

r = resource("not started")
print(r.close())
print(next(r, "closed before start"))

r = resource("finished")
print(list(r))
r.close()


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = catches_exit()
next(c)
c.close()


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


c = returns_on_exit()
next(c)
print(c.close())


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


v = raises_other()
next(v)
try:
    v.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)


def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


n = nested_finally()
next(n)
n.close()
