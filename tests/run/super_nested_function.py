# super() in functions nested in methods: CPython passes the method's __class__ cell down
# (the nested function's own first argument is super()'s object).
import __static__


class A:
    def f(self) -> str:
        return "A"


class B(A):
    def f(self) -> str:
        def g(me):
            return super().f()
        h = lambda me: super().f() + "!"
        return g(self) + h(self) + "B"


def make():
    class C(A):
        def f(self):
            def g(me):
                s = super
                return s().f()
            return g(self) + "C"
    return C


class D(A):
    def f(self) -> str:
        def g():
            try:
                return super().f()
            except RuntimeError as e:
                return str(e)
        return g()


print(B().f())
print(make()().f())
print(D().f())
