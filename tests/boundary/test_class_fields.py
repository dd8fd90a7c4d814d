"""Plain Python reading and writing fields of compiled static classes (§3.2)."""
import classmod
from bcheck import check, raises, finish, module_is_compiled, failures
from __static__ import StaticTypeError

COMPILED = module_is_compiled(classmod)

p = classmod.Point(3, -4)
check("x", p.x, 3)
check("y", p.y, -4)
check("weight (double)", p.weight, 1.0)
check("visible (cbool)", p.visible, True)
check("label", p.label, "p")
check("note", p.note, None)
check("payload", p.payload, None)
check("norm1", p.norm1(), 7)

# Writes of the right type.
p.x = 10
p.label = "q"
p.note = "n"
p.note = None
p.payload = [1, 2]
p.anything = {"k": 1}
p.weight = 2          # double fields accept int
p.visible = False
check("x after write", p.x, 10)
check("label after write", p.label, "q")
check("payload after write", p.payload, [1, 2])
check("anything", p.anything, {"k": 1})
check("weight after int write", p.weight, 2.0)
check("visible after write", p.visible, False)
check("norm1 sees writes", p.norm1(), 14)
p.x = 2 ** 63 - 1
check("x = int64 max", p.x, 2 ** 63 - 1)
p.x = -2 ** 63
check("x = int64 min", p.x, -2 ** 63)
p.x = True
check("x = True stored as int", p.x, 1)

# Typed object fields: typed descriptor messages.
if COMPILED:
    raises("label = 1", TypeError, "expected 'str', got 'int' for attribute 'label'",
           setattr, p, "label", 1)
    raises("note = 5", TypeError, "expected 'str', got 'int' for attribute 'note'",
           setattr, p, "note", 5)
    raises("label = None", TypeError, "expected 'str', got 'NoneType' for attribute 'label'",
           setattr, p, "label", None)
    try:
        p.label = 1.5
    except StaticTypeError:
        pass
    except BaseException as e:  # noqa: BLE001
        failures.append("label = 1.5 raised %r, want StaticTypeError" % (e,))
    else:
        failures.append("label = 1.5 did not raise")
    check("label unchanged after failed writes", p.label, "q")

    # Primitive fields behave like CPython member descriptors.
    for bad in (2 ** 63, -2 ** 63 - 1, 2 ** 100):
        try:
            p.x = bad
        except OverflowError:
            pass
        except BaseException as e:  # noqa: BLE001
            failures.append("x = %d raised %r, want OverflowError" % (bad, e))
        else:
            failures.append("x = %d did not raise OverflowError" % bad)
    for bad in ("3", 1.5, None):
        try:
            p.y = bad
        except TypeError:
            pass
        except BaseException as e:  # noqa: BLE001
            failures.append("y = %r raised %r, want TypeError" % (bad, e))
        else:
            failures.append("y = %r did not raise TypeError" % (bad,))
    for bad in (1, 0, "yes", None):
        try:
            p.visible = bad
        except TypeError:
            pass
        except BaseException as e:  # noqa: BLE001
            failures.append("visible = %r raised %r, want TypeError" % (bad, e))
        else:
            failures.append("cbool field accepted %r" % (bad,))
    try:
        p.weight = "heavy"
    except TypeError:
        pass
    else:
        failures.append("double field accepted a str")
    try:
        del p.x
    except TypeError:
        pass
    except BaseException as e:  # noqa: BLE001
        failures.append("del p.x raised %r, want TypeError" % (e,))
    else:
        failures.append("del of a primitive field did not raise")
    check("x unchanged after failed writes", p.x, 1)
    check("visible unchanged", p.visible, False)

    # No __dict__: undeclared attributes cannot be added.
    try:
        p.undeclared = 1
    except AttributeError:
        pass
    else:
        failures.append("setting an undeclared attribute did not raise AttributeError")
    check("no __dict__", hasattr(p, "__dict__"), False)

# Unset object fields raise AttributeError; deleting an object field unsets it.
lz = classmod.Lazy(False)
raises("unset name", AttributeError, "'Lazy' object has no attribute 'name'",
       getattr, lz, "name")
check("set name", classmod.Lazy(True).name, "set")
lz.name = "now"
check("name after write", lz.name, "now")
del lz.name
raises("name after del", AttributeError, "'Lazy' object has no attribute 'name'",
       getattr, lz, "name")
if COMPILED:
    raises("count = 's'", TypeError, "expected 'int', got 'str' for attribute 'count'",
           setattr, lz, "count", "s")
lz.count = 5
check("count", lz.count, 5)

# Instances look like ordinary objects.
check("type name", type(p).__name__, "Point")
check("module", type(p).__module__, "classmod")
check("isinstance", isinstance(p, classmod.Point), True)

finish()
