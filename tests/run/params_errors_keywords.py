import __static__

# Unexpected, duplicate and positional-only keywords.


def f(a, b=1): pass
def g(a, /, b, **kw): return kw
def h(a, b, /, c): pass
def k(*args, x): pass


fns = [f, g, h, k]
calls = [((1,), {"a": 2}), ((1,), {"zz": 2}), ((), {"a": 1, "b": 2}), ((1, 2), {"b": 3}),
         ((1,), {"x": 1, "y": 2}), ((), {"x": 1}), ((1, 2), {"c": 3, "a": 1, "b": 2})]
for fn in fns:
    for args, kw in calls:
        try:
            print(fn.__name__, args, kw, fn(*args, **kw))
        except TypeError as e:
            print(fn.__name__, args, kw, "TypeError:", e)
try:
    f(1, **{2: 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"b": 2}, b=3)
except TypeError as e:
    print("TypeError:", e)
