# A class inside a function is built at run time; its methods may not use the
# function's variables yet (closures).
def f(n: int) -> object:
    class C:
        def get(self) -> int:  # error: unsupported: method of a class defined in a function that uses variable 'n' of its enclosing scope (closures)
            return n
    return C


def ok() -> object:
    class D:
        k = 2

        def get(self) -> int:
            return self.k
    return D
