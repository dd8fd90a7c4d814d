# The generator object: repr, names, gi_* attributes, iteration protocol, ABCs,
# weak references.
import collections.abc
import re
import weakref


def numbers():
    yield 1
    yield 2


g = numbers()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(g)))
print(type(g).__name__, g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__)
try:
    g.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
next(g)
print(g.gi_running, g.gi_suspended)
print(iter(g) is g, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(isinstance(g, collections.abc.Generator), isinstance(g, collections.abc.Iterator),
      isinstance(g, collections.abc.Iterable))
r = weakref.ref(g)
print(r() is g)
list(g)
print(g.gi_suspended)
del g
print(r())


class Box:
    def values(self):
        yield self


b = Box()
v = b.values()
print(v.__qualname__, v.__name__)
e = (x for x in [])
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(e)), e.__name__)
try:
    g2 = numbers()
    g2[0]
except TypeError as err:
    print("TypeError:", err)
