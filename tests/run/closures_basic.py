def make_adder(n):
    def add(x):
        return x + n
    return add

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def outer():
    x = 1
    def mid():
        def inner():
            return x * 10
        return inner()
    x = 5
    return mid()

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

def param_cell(a, b=2):
    g = lambda: a + b
    a = 100
    return g()

def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 3
    return g()

def delcell():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)

class K:
    def meth(self, k):
        def h():
            return self, k
        return h()

def local_class(val):
    class C:
        def get(self):
            return val
    return C().get()

add5 = make_adder(5)
print(add5(3), add5.__closure__[0].cell_contents)
c = counter()
print(c(), c(), c())
print(outer())
print(late())
print(param_cell(1))
print(unbound())
delcell()
k = K()
print(k.meth(7)[1])
print(local_class("lc"))
print(make_adder(1).__name__)
