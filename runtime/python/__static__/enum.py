"""Static Python's enums (`from __static__ import Enum, IntEnum, StringEnum`).

Not the stdlib's enum: a small metaclass that turns every public non-callable class
attribute into a member, an instance with `name` and `value`.  `E(v)` looks a member up
by value (`ValueError: Enum type E has no attribute with value v` otherwise), `E["n"]`
by name; `len(E)` and `iter(E)` cover the members in definition order.  IntEnum and
StringEnum members are also ints / strs.  Written for spc after the reference's
documented behaviour."""

_MISSING = object()


def _hashable(obj):
    try:
        hash(obj)
    except TypeError:
        return False
    return True


def _is_member(name, value):
    if name.startswith("_"):
        return False
    import inspect  # here, not at the top: every compiled module imports __static__

    return not (inspect.isroutine(value) or inspect.isdatadescriptor(value))


def _value_eq(self, other):
    """Members whose values are unhashable compare (and hash) by value."""
    if self.value == other:
        return True
    other_value = getattr(other, "value", None)
    return other_value is not None and self.value == other_value


def _value_hash(self):
    return hash(self.value)


class EnumMeta(type):
    def __new__(metacls, name, bases, namespace):
        members = {k: v for k, v in namespace.items() if _is_member(k, v)}
        attrs = {k: v for k, v in namespace.items() if k not in members}
        attrs["__members__"] = {}
        attrs["__reversed_map__"] = {}
        hashable = {v for v in members.values() if _hashable(v)}
        if len(hashable) != len(members):
            attrs["__eq__"] = _value_eq
            attrs["__hash__"] = _value_hash
        cls = super().__new__(metacls, name, bases, attrs)
        for member_name, value in members.items():
            member = cls(name=member_name, value=value)
            cls.__members__[member_name] = member
            if _hashable(member):
                cls.__reversed_map__[member] = member
            if _hashable(value):
                cls.__reversed_map__[value] = member
            setattr(cls, member_name, member)
        return cls

    def __call__(cls, *args, **kwargs):
        if len(args) == 1:
            return cls._get_by_value(args[0])
        value = kwargs["value"]
        member = cls.__new__(cls, value)
        member.name = kwargs["name"]
        member.value = value
        return member

    def _get_by_value(cls, value):
        member = cls.__reversed_map__.get(value, _MISSING)
        if member is _MISSING:
            raise ValueError(f"Enum type {cls.__name__} has no attribute with value {value!r}")
        return member

    def __len__(cls):
        return len(cls.__members__)

    def __iter__(cls):
        return iter(cls.__members__.values())

    def __getitem__(cls, name):
        return cls.__members__[name]


class Enum(metaclass=EnumMeta):
    def __init__(self, value):
        self.value = value
        self.name = None

    def __dir__(self):
        return ["name", "value"]

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"

    def __reduce_ex__(self, protocol):
        return self.__class__, (self.value,)


class IntEnum(Enum, int):
    pass


class _StringEnumMeta(EnumMeta):
    def _get_by_value(cls, value):   # bytes look up the text member
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        return super()._get_by_value(value)


class StringEnum(Enum, str, metaclass=_StringEnumMeta):
    def __str__(self):
        return f"{self.value}"


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    dups = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
    if dups:
        raise ValueError(f"duplicate values found in {enumeration!r}")
    return enumeration
