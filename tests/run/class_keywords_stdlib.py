# Class keyword arguments: metaclass=, and the rest passed to __prepare__ and
# __init_subclass__; evaluated after the bases, before the body, in source order.
import abc


def trace(label, value):
    print("eval", label)
    return value


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, color=None):
        print("prepare", name, color)
        return {"injected": 1}

    def __new__(mcs, name, bases, ns, color=None):
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = color
        return cls

    def __init__(cls, name, bases, ns, color=None):
        super().__init__(name, bases, ns)


class Base:
    def __init_subclass__(cls, tag=None):
        super().__init_subclass__()
        cls.tag = tag


class A(trace("base", Base), tag=trace("tag", "t1")):
    print("body A")


class B(metaclass=trace("meta", Meta), color="red"):
    x = 1


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape, metaclass=abc.ABCMeta):
    def area(self):
        return 4


print(A.tag, type(B).__name__, B.options, B.injected, B.x)
print(Square().area(), isinstance(Square(), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj

    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__)


print(Point(3).x, Point[int])
