# A plain Python module (no `import __static__`): calls of module functions look the
# global up when they run, so rebinding it is seen; wrong arguments and unknown names
# fail only when the code runs, as in CPython.


def greet(name):
    return "hello " + name


def call_greet():
    return greet("ann")


def shout(name):
    return name.upper() + "!"


def uses_missing():
    return not_defined_anywhere + 1


def bad_arity():
    return greet("a", "b")


print(call_greet())
greet = shout
print(call_greet())
globals()["greet"] = lambda name: "patched " + name
print(call_greet())
try:
    uses_missing()
except NameError as e:
    print("NameError:", e)
try:
    bad_arity()
except TypeError as e:
    print("TypeError:", e)
del greet
try:
    call_greet()
except NameError as e:
    print("NameError:", e)
late_bound = 5
print(uses_missing.__name__, late_bound)
not_defined_anywhere = 41
print(uses_missing())
try:
    del never_bound
except NameError as e:
    print("NameError:", e)
