import __static__

# Messages about function objects read as CPython's.


def f(x):
    return x


class C:
    def m(self):
        return 1


for thunk in (lambda: f[0], lambda: f + 1, lambda: len(f), lambda: f.nope, lambda: C.m.nope,
              lambda: iter(f), lambda: f < f):
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(f).__name__, type(C().m).__name__, callable(f), f.__name__, C.m.__qualname__)
print(repr(f).startswith("<function f at 0x"), repr(C().m).startswith("<bound method C.m of <"))
