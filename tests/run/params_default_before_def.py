import __static__
# A static call that needs a default of a function whose def has not run yet.

def a() -> int:
    return b()

try:
    a()
except NameError as e:
    print("NameError", e)

def b(x: int = 1) -> int:
    return x

print(a())
