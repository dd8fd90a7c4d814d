"""Plain-Python overrides of a static class's staticmethods, reached from static code
through an instance (the reference's INVOKE_METHOD): the override runs, primitives cross
the thunk, and a result of the wrong type is a TypeError."""
import staticmeth_mod as m
from bcheck import check, raises, finish, module_is_compiled

COMPILED = module_is_compiled(m)


class Loud(m.Codec):
    @staticmethod
    def name():
        return "loud"

    @staticmethod
    def scale(x):
        return x * 10

    @staticmethod
    def valid(s):
        return s == "ok"


class Inherits(Loud):
    pass


class Plain(m.Codec):
    pass


class ByClassmethod(m.Codec):
    @classmethod
    def name(cls):
        return cls.__name__


class Liar(m.Codec):
    @staticmethod
    def name():
        return 42

    @staticmethod
    def scale(x):
        return "big"


check("base name", m.name_of(m.Codec()), "codec")
check("base scale", m.scale_of(m.Codec(), 5), 10)
check("base describe", m.Codec().describe(), "codec:42")
check("override name", m.name_of(Loud()), "loud")
check("override scale (int64 through the thunk)", m.scale_of(Loud(), 5), 50)
check("override valid", (m.valid_of(Loud(), "ok"), m.valid_of(Loud(), "x")), (True, False))
check("override describe (self.k())", Loud().describe(), "loud:210")
check("inherited override", m.name_of(Inherits()), "loud")
check("no override", (m.name_of(Plain()), m.scale_of(Plain(), 4)), ("codec", 8))
check("classmethod override", m.name_of(ByClassmethod()), "ByClassmethod")
check("called on the class", (m.Codec.name(), Loud.name(), m.Codec.scale(3)), ("codec", "loud", 6))

if COMPILED:
    raises("Liar.name through static code", TypeError,
           "unexpected return type from Liar.name, expected str, got int", m.name_of, Liar())
    raises("Liar.scale through static code", TypeError,
           "unexpected return type from Liar.scale, expected int, got str", m.scale_of, Liar(), 1)

finish()
