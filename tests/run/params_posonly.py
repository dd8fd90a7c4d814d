import __static__
from __static__ import int64, box


def p(a: int64, b: int64, /) -> int64:
    return a - b


def mix(a, /, b, *, c):
    return (a, b, c)


def pk(a, b=1, /, **kw):
    return (a, b, kw)


print(box(p(5, 3)), mix(1, 2, c=3), mix(1, b=2, c=3))
print(pk(1), pk(1, 2), pk(1, a=5, b=6))
fns = [p, mix, pk]
print(fns[0](9, 1), fns[1](1, b=2, c=3), fns[2](1, a=2))
for call in (lambda: fns[0](a=1, b=2), lambda: fns[1](a=1, b=2, c=3), lambda: fns[0](1),
             lambda: fns[1](1, 2, 3), lambda: fns[2](), lambda: fns[2](1, 2, 3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
