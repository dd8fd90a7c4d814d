"""Missing / extra / duplicate / unknown arguments: CPython's own messages."""
import bmod
from bcheck import check, raises, finish, module_is_compiled

module_is_compiled(bmod)
TE = TypeError

raises("f()", TE, "f() missing 1 required positional argument: 'n'", bmod.f)
raises("f(1, 2)", TE, "f() takes 1 positional argument but 2 were given", bmod.f, 1, 2)
raises("f(1, z=2)", TE, "f() got an unexpected keyword argument 'z'", bmod.f, 1, z=2)
raises("f(z=2)", TE, "f() got an unexpected keyword argument 'z'", bmod.f, z=2)
raises("f(1, n=2)", TE, "f() got multiple values for argument 'n'", bmod.f, 1, n=2)
raises("add64(1)", TE, "add64() missing 1 required positional argument: 'b'", bmod.add64, 1)
raises("add64()", TE, "add64() missing 2 required positional arguments: 'a' and 'b'", bmod.add64)
raises("kw()", TE, "kw() missing 1 required positional argument: 'a'", bmod.kw)
raises("kw(1, 2, 3)", TE, "kw() takes from 1 to 2 positional arguments but 3 were given",
       bmod.kw, 1, 2, 3)
raises("kw(1, a=2)", TE, "kw() got multiple values for argument 'a'", bmod.kw, 1, a=2)
raises("kw(1, d=2)", TE, "kw() got an unexpected keyword argument 'd'", bmod.kw, 1, d=2)
raises("kwonly(1)", TE, "kwonly() missing 1 required keyword-only argument: 'c'",
       bmod.kwonly, 1)
raises("kwonly(1, 2)", TE, "kwonly() takes 1 positional argument but 2 were given",
       bmod.kwonly, 1, 2)
raises("nothing(1)", TE, "nothing() takes 0 positional arguments but 1 was given",
       bmod.nothing, 1)
raises("untyped()", TE, "untyped() missing 1 required positional argument: 'x'", bmod.untyped)

# Defaults and keywords that bind correctly.
check("f(n=4)", bmod.f(n=4), 5)
check("kw(1)", bmod.kw(1), 111)
check("kw(1, 2)", bmod.kw(1, 2), 103)
check("kw(1, c=3)", bmod.kw(1, c=3), 14)
check("kw(b=2, a=1, c=0)", bmod.kw(b=2, a=1, c=0), 3)
check("kw(*[1, 2], **{'c': 3})", bmod.kw(*[1, 2], **{"c": 3}), 6)
check("kwonly(2, c=3)", bmod.kwonly(2, c=3), 6)
check("kwonly(c=3, a=2)", bmod.kwonly(c=3, a=2), 6)
check("mixed(2, 'ab')", bmod.mixed(2, "ab"), "abab1.5")
check("mixed(1, 'x', 2.5)", bmod.mixed(1, "x", 2.5), "x2.5")
check("mixed(3, 'y', flag=False)", bmod.mixed(3, "y", flag=False), "y")
check("mixed(d=0.5, s='z', a=1)", bmod.mixed(d=0.5, s="z", a=1), "z0.5")
check("untyped(3, y=4)", bmod.untyped(3, y=4), 12)

finish()
