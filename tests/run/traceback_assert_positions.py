import traceback
def ok(x): return x > 0
def t(k):
    x = -1
    try:
        if k == 0: assert ok(x)
        if k == 1: assert x > 0
        if k == 2: assert x > 0, "m"
        if k == 3: assert ok(x), "m"
        if k == 4: assert x > 0 and ok(x)
        if k == 5: assert not x
        if k == 6: assert x == 1 or x == 2
        if k == 7: assert ok(x) and x
        if k == 8: assert (x
             > 0)
        if k == 9: assert x in [1]
    except AssertionError:
        print(k, traceback.format_exc().splitlines()[-3:-1])
for k in range(10): t(k)
