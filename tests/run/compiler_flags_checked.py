# from __static__.compiler_flags import checked_dicts / checked_lists: the module's dict and
# list displays are built as CheckedDict / CheckedList of their items' types, and its
# dict / list names are CheckedDict / CheckedList (the reference's flags; CPython: plain).
import __static__
from __static__.compiler_flags import checked_dicts, checked_lists

class B: pass
class D(B): pass

def f():
    x = {B(): 42, D(): 42}
    return x

def g():
    return [1, 2, 3, 4]

def h():
    return dict[str, int](x=42), list[int]((1, 2))

def k():
    return dict(x=42)

print(type(f()).__name__, type(g()).__name__, g(), [type(v).__name__ for v in h()], h())
try:
    k()
except TypeError as e:
    print("TypeError", e)
