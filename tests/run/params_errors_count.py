import __static__

# "takes N positional arguments but M were given" in all its forms.


def none(): pass
def one(a): pass
def two(a, b): pass
def dflt(a, b=1): pass
def dflts(a=1, b=2): pass
def kwo(a, *, k): pass
def kwo2(a, *, k, j=1): pass
def po(a, /): pass


fns = [none, one, two, dflt, dflts, kwo, kwo2, po]
calls = [((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2), {"k": 1}),
         ((1, 2, 3), {"k": 1, "j": 2}), ((1, 2), {"j": 2})]
for fn in fns:
    for args, kw in calls:
        try:
            fn(*args, **kw)
            print(fn.__name__, len(args), sorted(kw), "ok")
        except TypeError as e:
            print(fn.__name__, len(args), sorted(kw), "TypeError:", e)
