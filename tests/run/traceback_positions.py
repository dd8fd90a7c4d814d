import traceback
def f(x): return 1 // x
class A:
    def m(self, v): return f(v)
a = A()
def run(k):
    try:
        if k == 0: y = [a.m(0)][0]
        if k == 1: y = a.m(0) + 1
        if k == 2: y = a.nope
        if k == 3: y = {}["k"]
        if k == 4:
            for q in 5: pass
        if k == 5:
            x = 1
            x += "s"
        if k == 6: assert k == 7, "msg"
        if k == 7: raise ValueError("v")
        if k == 8: y = a.m(
               0)
    except Exception:
        print("\n".join(l.replace(__file__, "F") for l in traceback.format_exc().splitlines()[1:-1]))
for k in range(9): run(k)
