# Class keyword arguments: metaclass=, keywords for __prepare__/__new__/__init_subclass__,
# **mapping, duplicates, and abstract classes built by ABCMeta.
import abc


class Meta(type):
    def __new__(mcls, name, bases, ns, tag="none"):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, tag="none"):
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcls, name, bases, tag="none"):
        print("prepare", name, tag)
        return {"injected": 42}


class A(metaclass=Meta, tag="a"):
    x = 1


class Base:
    def __init_subclass__(cls, flavor="plain"):
        super().__init_subclass__()
        cls.flavor = flavor


opts = {"flavor": "spicy"}


class B(Base, **opts):
    pass


class C(Base):
    pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Sq(Shape, metaclass=abc.ABCMeta):
    def area(self):
        return 4


print(A.tag, type(A).__name__, A.x, A.injected)
print(B.flavor, C.flavor)
print(Sq().area(), type(Sq).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
try:
    class D(Base, **{"flavor": 1}, flavor=2):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class E(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)


def local(m):
    class L(metaclass=m, tag="local"):
        pass
    return L.tag


print(local(Meta))
