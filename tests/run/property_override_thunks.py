# A Python subclass overriding a static property (setter declared -> None): the override
# thunk checks the result against NoneType (it used to look for a builtin named NoneType).
# A getter overridden by a plain method: the error names the instance's class.
import __static__

class C:
    def __init__(self, x: int) -> None:
        self.x = x

    @property
    def foo(self) -> int:
        return self.x

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x

def bar(c: C) -> None:
    c.foo = 3

src = '''
class D(C):
    @property
    def foo(self) -> int:
        return self.x

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x + 10
'''
ns = {"C": C}
exec(src, ns)
d = ns["D"](2)
print(bar(d), d.x)

class P:
    @property
    def foo(self) -> int:
        return 42

def getp(p: P) -> int:
    return p.foo

ns2 = {"P": P}
exec("class Q(P):\n    def foo(self):\n        return 43\n", ns2)
try:
    getp(ns2["Q"]())
except TypeError as e:
    print("TypeError", e)
