# sys.exc_info() inside a generator is the generator's own: it survives across yields
# and does not leak into (or see) the caller's handled exception.
import sys


def show(where):
    print(where, repr(sys.exc_info()[1]))


def gen():
    show("gen start")
    try:
        raise ValueError("inside")
    except ValueError:
        show("gen handler")
        yield 1
        show("gen handler after yield")
        yield 2
    show("gen after handler")
    yield 3


g = gen()
next(g)
show("caller after first yield")
try:
    raise KeyError("caller")
except KeyError:
    next(g)
    show("caller handler")
show("caller after handler")
next(g)
show("caller end")


def plain():
    show("plain gen")
    yield


try:
    raise IndexError("outer")
except IndexError:
    next(plain())


def raises_in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        yield "in handler"
        raise TypeError("second")


r = raises_in_handler()
next(r)
try:
    next(r)
except TypeError as e:
    print("context:", repr(e.__context__))


def thrown_context():
    try:
        raise ValueError("handled in gen")
    except ValueError:
        yield 1


t = thrown_context()
next(t)
try:
    t.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown context:", repr(e.__context__))
