# Per-site caches (globals, builtins, attributes, direct calls of compiled functions)
# must see every rebinding made in the middle of a hot loop, exactly as CPython does.
import builtins


def add1(x):
    return x + 1


def add2(x):
    return x + 2


def two(a, b=10):
    return a * 100 + b


def rebind_global(n):
    global add1
    total = 0
    saved = add1
    for i in range(n):
        total += add1(i)
        if i == n // 2:
            add1 = add2              # STORE_GLOBAL
        if i == n // 2 + 3:
            globals()["add1"] = lambda x: -x   # through the module dict
    add1 = saved
    return total


def rebind_builtin(n):
    out = []
    saved = builtins.len
    for i in range(n):
        out.append(len("abc"))
        if i == 2:
            builtins.len = lambda s: 42
        if i == 4:
            builtins.len = saved
    return out


def shadow_builtin(n):
    out = []
    for i in range(n):
        out.append(abs(-i))
        if i == 1:
            globals()["abs"] = lambda v: "shadowed"
        if i == 3:
            del globals()["abs"]
    return out


def deleted_global():
    global add2
    saved = add2
    out = []
    for i in range(3):
        try:
            out.append(add2(i))
        except NameError as e:
            out.append(str(e))
        if i == 0:
            del add2
    add2 = saved
    return out


def defaults_and_arity(n):
    out = []
    for i in range(n):
        out.append(two(i))           # uses the default
        out.append(two(i, i))        # direct call: exact positional count
        if i == 1:
            two.__defaults__ = (7,)
    try:
        two()
    except TypeError as e:
        out.append(str(e))
    try:
        two(1, 2, 3)
    except TypeError as e:
        out.append(str(e))
    out.append(two(b=1, a=2))
    return out


class Shape:
    def __init__(self, k):
        self.k = k

    def area(self):
        return self.k * 2

    def scale(self, f):
        return self.k * f


def scale3(self, f, g=1):
    return f * 3 + g


def scale_neg(self, f):
    return -f


class Square(Shape):
    def area(self):
        return self.k * self.k


def patched_method(n):
    shapes = [Shape(3), Square(4)]
    out = []
    for i in range(n):
        for s in shapes:
            out.append(s.area())
            out.append(s.scale(i))
        if i == 1:
            Shape.area = lambda self: -1          # class attribute replaced
        if i == 2:
            shapes[1].area = lambda: "instance"   # instance shadows the method
        if i == 3:
            del Square.area                        # falls back to Shape.area
        if i == 4:
            Shape.scale = scale3                   # a compiled function, other arity
        if i == 5:
            Square.scale = scale_neg
    try:
        shapes[0].scale()
    except TypeError as e:
        out.append(str(e))
    return out


def float_temps(n):
    # results of arithmetic on temporaries must never change values still in use
    xs = []
    a = 1.5
    for i in range(n):
        b = a * 2.0 + 1.0
        c = b
        d = (b - 0.5) * (c + 0.25)
        xs.append((b, c, d))
        k = (i + 1000) * 3 + 7
        j = k
        m = (k - 1) // 2 + j
        xs.append((k, j, m))
        a = a + 0.125
    big = 2 ** 40
    xs.append((big + 1) - 1)
    xs.append((-7 + 0) * 3 - 300)
    return xs


print(rebind_global(10))
print(rebind_builtin(6))
print(shadow_builtin(5))
print(deleted_global())
print(defaults_and_arity(3))
print(patched_method(7))
print(float_temps(4))
