class Base:
    def hello(self):
        return "base"

def make():
    class Child(Base):
        def hello(self):
            return "child+" + super().hello()
    return Child()

print(make().hello())

def make2(tag):
    class A:
        def who(self):
            return tag + ":" + __class__.__name__
    class B(A):
        def who(self):
            return "B>" + super().who()
        def __init__(self):
            super().__init__()
    return B().who()
print(make2("t"))
