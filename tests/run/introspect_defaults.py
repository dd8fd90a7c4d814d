import __static__
from __static__ import int64


def f(a: int64, b: int64 = 10, *, c: str = "c") -> str:
    return str(box(a + b)) + c


from __static__ import box


def call_static() -> str:
    return f(1)


def call_kw() -> str:
    return f(1, 2)


print(f.__defaults__, f.__kwdefaults__)
print(call_static(), f(1))
f.__defaults__ = (20,)
print(call_static(), f(1))
f.__kwdefaults__ = {"c": "X"}
print(call_static(), call_kw(), f(1))
for bad in ([1], 5):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    f.__kwdefaults__ = (1,)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
print(f.__defaults__)
try:
    call_static()
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = (5,)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    call_static()
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = {"c": "!"}
print(call_static())


def g(x=[]):
    g.__defaults__ = None
    x.append(1)
    return x


print(g())
try:
    g()
except TypeError as e:
    print("TypeError", e)
