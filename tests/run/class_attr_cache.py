from enum import IntEnum, Enum


class Direction(IntEnum):
    NONE = 0
    FORWARD = 1
    BACKWARD = -1


class Color(Enum):
    RED = "r"


class Meta(type):
    @property
    def shadow(cls):
        return "meta property"

    def __getattr__(cls, name):
        return "fallback " + name


class WithMeta(metaclass=Meta):
    shadow = "class value"
    plain = 1


class Plain:
    x = 1


class Child(Plain):
    pass


def read_dir():
    return Direction.FORWARD, Direction.NONE, Color.RED


def read_meta():
    return WithMeta.shadow, WithMeta.plain, WithMeta.missing


def read_plain(cls):
    return cls.x


def main():
    for _ in range(3):
        print(read_dir(), read_meta(), read_plain(Child), read_plain(Plain))
    Plain.x = 2
    print(read_plain(Child), read_plain(Plain))
    Child.x = 3
    print(read_plain(Child), read_plain(Plain))
    del Child.x
    print(read_plain(Child))
    WithMeta.plain = 5
    print(read_meta())
    del WithMeta.plain
    print(read_meta())
    total = 0
    for i in range(1000):
        total += Direction.FORWARD + Direction.BACKWARD * (i % 2)
    print(total)
    classes = [type("K%d" % i, (), {"x": i}) for i in range(5)]
    print([read_plain(k) for k in classes * 2])


main()
