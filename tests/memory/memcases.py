"""The call table shared by the memory drivers: (label, function, args, kwargs, expected
exception type or None). Arguments are module-level objects so their refcounts can be
watched across calls."""
import memmod as m

S1 = "hello-%d" % 1          # non-interned, refcount observable
S2 = "world-%d" % 2
OBJ = ["payload"]
BIG = 10 ** 30
CSV = "a,b,c,%d" % 42
F1 = 7.5

CASES = [
    ("add", m.add, (123456789, 987654321), {}, None),
    ("add bigint arg", m.add, (2 ** 40, 2 ** 41), {}, None),
    ("fdiv", m.fdiv, (F1, 2.5), {}, None),
    ("positive", m.positive, (5,), {}, None),
    ("concat", m.concat, (S1, S2), {}, None),
    ("ident", m.ident, (OBJ,), {}, None),
    ("opt str", m.opt, (S1,), {}, None),
    ("opt none", m.opt, (None,), {}, None),
    ("kw defaults", m.kw, (1,), {}, None),
    ("kw keywords", m.kw, (1,), {"b": 5, "c": 7}, None),
    ("make_list", m.make_list, (BIG,), {}, None),
    ("make_dict", m.make_dict, (S1, OBJ), {}, None),
    ("big", m.big, (BIG,), {}, None),
    ("loop_sum", m.loop_sum, (50,), {}, None),
    ("strings", m.strings, (CSV,), {}, None),
    ("casted", m.casted, (S2,), {}, None),
    ("untyped", m.untyped, (S1, S2), {}, None),
    ("recurse", m.recurse, (20,), {}, None),
    ("closures", m.closures, (S1, OBJ), {}, None),
    ("matching", m.matching, (S1, OBJ), {}, None),
    ("gen consume", m.gen_consume, (20,), {}, None),
    ("gen abandon", m.gen_abandon, (OBJ,), {}, None),
    ("gen unstarted", m.gen_unstarted, (F1,), {}, None),
    ("gen throw close", m.gen_throw_close, (S1,), {}, None),
    ("gen cycle", m.gen_cycle, (S2,), {}, None),
    ("gen genexpr", m.gen_genexpr, ([S1, S2, CSV],), {}, None),
    ("packed", m.packed, (S1, OBJ, BIG), {"k": S2, "x": OBJ}, None),
    ("packs static", m.packs_static, (S1, OBJ), {}, None),
    ("thunk packs", m.via_thunk, (S1,), {}, None),
    ("staticmethod slots", m.static_virtual, (S1, S2), {}, None),
    ("staticmethod thunk wrong type", m.static_virtual, (S1, OBJ), {}, TypeError),
    ("defaults replaced", m.set_defaults, (m.untyped, (OBJ,)), {}, None),
    ("int chain", m.int_chain, (123, 45678), {}, None),
    ("int chain big", m.int_chain, (BIG, 2 ** 29), {}, None),
    ("dyn fields", m.dyn_fields, (OBJ,), {}, None),
    # error paths
    ("packed too few", m.packed, (), {"x": OBJ}, TypeError),
    ("packed dup", m.packed, (S1, OBJ), {"a": S2, "x": OBJ}, TypeError),
    ("raises", m.raises, (BIG,), {}, ValueError),
    ("div by zero", m.div, (10, 0), {}, ZeroDivisionError),
    ("int chain zero", m.int_chain_zero, (BIG,), {}, ZeroDivisionError),
    ("int chain zero small", m.int_chain_zero, (2 ** 28,), {}, ZeroDivisionError),
    ("tagged aug index", m.tagged_aug_index, (300,), {}, None),
    ("tagged self mod", m.tagged_self_mod, (0,), {}, None),
    ("dyn field unset", m.dyn_field_unset, (OBJ,), {}, AttributeError),
    ("assert fails", m.check_fail, (5,), {}, AssertionError),
    ("gen error", m.gen_error, (BIG,), {}, KeyError),
    ("missing arg", m.concat, (S1,), {}, TypeError),
    ("unknown kw", m.kw, (1,), {"zz": S1}, TypeError),
]

# Boundary checks exist only in the compiled module (the source accepts anything).
COMPILED = not (m.__file__ or "").endswith(".py")
if COMPILED:
    CASES += [
        ("bad arg type", m.concat, (S1, OBJ), {}, TypeError),
        ("overflow arg", m.add, (BIG, 1), {}, OverflowError),
        ("cast fails", m.casted, (OBJ,), {}, TypeError),
    ]

# Coroutines, async generators and except*: each call does much more, so the
# test_leaks_slow.py driver runs them fewer times.
SLOW_CASES = [
    ("coroutine run", m.co_run, (S1,), {}, None),
    ("coroutine abandon", m.co_abandon, (OBJ,), {}, None),
    ("async gen run", m.agen_run, (S2,), {}, None),
    ("async gen abandon", m.agen_abandon, (OBJ,), {}, None),
    ("except star", m.star, (S1,), {}, None),
    ("except star reraise", m.star_reraise, (OBJ,), {}, None),
    ("coroutine error", m.co_error, (BIG,), {}, KeyError),
]

WATCHED = [S1, S2, OBJ, BIG, CSV, F1]


def call(fn, args, kwargs, exc):
    if exc is None:
        return fn(*args, **kwargs)
    try:
        fn(*args, **kwargs)
    except exc:
        return None
    raise AssertionError("expected %s from %s" % (exc.__name__, fn.__name__))
