"""Every way of calling each parameter shape from Python, compiled vs. the same source
run by CPython: results, exception types and CPython 3.11's exact messages."""
import importlib.util
import os
import params_bmod
from bcheck import failures, finish, module_is_compiled

module_is_compiled(params_bmod)
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mods", "params_bmod.py")
spec = importlib.util.spec_from_file_location("params_bmod", src)
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)


def outcome(fn, args, kwargs):
    try:
        return ("ok", repr(fn(*args, **kwargs)))
    except Exception as e:  # noqa: BLE001
        return (type(e).__name__, str(e))


SHAPES = [
    ((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
    ((1, 2, 3, 4, 5, 6), {}),
    ((), {"a": 1}), ((1,), {"a": 1}), ((1,), {"b": 2}), ((1,), {"k": 2}),
    ((1,), {"k": 2, "j": 3}), ((1, 2), {"k": 2, "zz": 3}), ((), {"x": 1}),
    ((), {"x": 1, "y": 2}), ((), {"y": 2}), ((1, 2), {"a": 1, "b": 2}),
    ((1,), {"b": 2, "c": 3}), ((1, 2), {"c": 3, "d": 4}), ((1,), {"s": 1}),
    ((1, 2, 3, 4), {"s": 1, "t": 2, "u": 3}), ((1,), {"p": 1, "q": 2, "s": 0}),
    ((1, 2, 3, 4), {"k": 1}), ((1, 2, 3), {"x": 1, "y": 2, "z": 3}),
    ((), {"p": 1, "s": 2}), ((1, 2), {"j": 1}), ((1,), {"zz": 1, "yy": 2}),
    (("a",), {}), ((2**70,), {}), ((1, 2), {"k": "x"}), ((1,), {"a": 1, "b": 2, "c": 3}),
]

NAMES = ["none", "one", "two", "three", "dflt", "star", "star_only", "kws", "kwonly",
         "kwonly3", "kwonly_star", "posonly", "posonly_dflt", "posonly_kw", "everything",
         "typed", "lam"]

for name in NAMES:
    for args, kwargs in SHAPES:
        values = list(args) + list(kwargs.values())
        if name == "typed" and any(not isinstance(v, int) or abs(v) > 2**62 for v in values):
            continue   # the dialect checks argument types at the boundary (test_arg_types)
        got = outcome(getattr(params_bmod, name), args, kwargs)
        want = outcome(getattr(ref, name), args, kwargs)
        if got != want:
            failures.append("%s(*%r, **%r): got %r, want %r" % (name, args, kwargs, got, want))

for attr in ["C", "C.s", "C.c", "C().m"]:
    for args, kwargs in SHAPES:
        def target(mod):
            obj = mod
            for part in attr.split("."):
                if part.endswith("()"):
                    obj = getattr(obj, part[:-2])()
                else:
                    obj = getattr(obj, part)
            return obj
        g, w = outcome(target(params_bmod), args, kwargs), outcome(target(ref), args, kwargs)
        if attr == "C" and g[0] == "ok":   # instances: compare what __init__ stored
            g = outcome(lambda *a, **k: (lambda o: (o.args, o.kw))(params_bmod.C(*a, **k)), args, kwargs)
            w = outcome(lambda *a, **k: (lambda o: (o.args, o.kw))(ref.C(*a, **k)), args, kwargs)
        if g != w:
            failures.append("%s(*%r, **%r): got %r, want %r" % (attr, args, kwargs, g, w))

# Keywords that are not strings never reach the function (CPython's call layer).
for fn in (params_bmod.kws, ref.kws):
    try:
        fn(1, **{1: 2})
    except TypeError as e:
        if str(e) != "keywords must be strings":
            failures.append("kws(**{1: 2}): %s" % e)
finish()
