# super() reached under another name (x = super; x()): CPython gives a method a __class__
# cell when it names super or __class__, and super() with no arguments reads the calling
# frame; compiled code has no frame, so each zero-argument call carries that context.
import __static__

x = super

class A:
    def f(self) -> str:
        return "A"

class B(A):
    def f(self) -> str:
        try:
            return x().f() + "B"
        except RuntimeError as e:
            return "RuntimeError " + str(e)

class C(A):
    def f(self) -> str:
        s = super
        return s().f() + "C"

class D(A):
    def f(self) -> str:
        super
        return x().f() + "D"

class E(A):
    def f(self) -> str:
        return x().f() + "E" if False else super().f() + "E"

def plain(a):
    try:
        return x()
    except RuntimeError as e:
        return "RuntimeError " + str(e)

def noargs():
    try:
        return super()
    except RuntimeError as e:
        return "RuntimeError " + str(e)

def make():
    class F(A):
        def f(self) -> str:
            y = super
            return y().f() + "F"
    return F

def other(a):
    return a

print(B().f())
print(C().f())
print(D().f())
print(E().f())
print(plain(1))
print(noargs())
print(make()().f())
print(other(7), (lambda: 3)())
try:
    x()
except RuntimeError as e:
    print("RuntimeError", e)
