/* rt_ops.c — the dynamic operations of the IR (ir_ops.def "globals, attributes,
 * items", "dynamic operators", "containers", "calls", "exceptions, imports"), each a
 * thin wrapper over the CPython C API with CPython's own error messages.
 * Stage: run time.  Borrowed operands; results are new references unless rt.def
 * says otherwise. */
#include "spc_rt.h"

/* The operator enums, in ops.def order (same numbering as compiler/ast.h). */
enum {
#define BINOP(id, text, verb) id,
#define CMPOP(id, text)
#define UNOP(id, text)
#include "../compiler/ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
};
enum {
#define BINOP(id, text, verb)
#define CMPOP(id, text) id,
#define UNOP(id, text)
#include "../compiler/ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
};
enum {
#define BINOP(id, text, verb)
#define CMPOP(id, text)
#define UNOP(id, text) id,
#include "../compiler/ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
};

/* ---- globals ---- */

static void name_error(PyObject *name)
{
    PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    /* CPython sets NameError.name (used for "Did you mean" suggestions). */
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (value && PyObject_SetAttrString(value, "name", name) < 0) PyErr_Clear();
    PyErr_Restore(type, value, tb);
}

PyObject *spc_rt_load_global(PyObject *name)
{
    PyObject *v = PyDict_GetItemWithError(spc_rt_g_globals, name);
    if (!v && !PyErr_Occurred()) v = PyDict_GetItemWithError(spc_rt_g_builtins, name);
    if (v) return Py_NewRef(v);
    if (!PyErr_Occurred()) name_error(name);
    return NULL;
}

static uint64_t dict_version(PyObject *d)
{
    return PyDict_CheckExact(d) ? ((PyDictObject *)d)->ma_version_tag : 0;
}

/* name's value in an exact unicode-keyed dict by CPython's probe sequence (dictobject.c
 * lookdict_index), comparing keys by identity: 1 found (*value borrowed, *index its
 * entry), 0 absent, -1 not decided here (an equal key that is another object, a
 * non-unicode table). */
static int probe_by_identity(PyObject *d, PyObject *name, PyObject **value, Py_ssize_t *index)
{
    Py_hash_t hash = ((PyASCIIObject *)name)->hash;
    if (!PyDict_CheckExact(d) || ((PyDictObject *)d)->ma_values || hash == -1) return -1;
    Keys311 *k = (Keys311 *)((PyDictObject *)d)->ma_keys;
    if (k->dk_kind == SPC_KEYS_GENERAL) return -1;
    UnicodeEntry311 *entries = unicode_entries(k);
    size_t mask = ((size_t)1 << k->dk_log2_size) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        Py_ssize_t ix;
        if (k->dk_log2_size < 8) ix = ((const int8_t *)k->dk_indices)[i];   /* dictkeys_get_index */
        else if (k->dk_log2_size < 16) ix = ((const int16_t *)k->dk_indices)[i];
        else if (k->dk_log2_size < 32) ix = ((const int32_t *)k->dk_indices)[i];
        else ix = ((const int64_t *)k->dk_indices)[i];
        if (ix == -1) return 0;   /* DKIX_EMPTY: not in the dict */
        if (ix >= 0) {
            PyObject *key = entries[ix].me_key;
            if (key == name) {
                *value = entries[ix].me_value;
                *index = ix;
                return *value != NULL;
            }
            if (((PyASCIIObject *)key)->hash == hash) return -1;   /* maybe equal */
        }
        perturb >>= 5;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The cache is filled only when both dicts are exact dicts that did not change during
 * the lookup (a key's __eq__ may run); version 0 never matches a live dict.  When a
 * store to some other global moved the globals' version, the name is probed again by
 * identity (no __eq__ can run), as CPython's LOAD_GLOBAL would, without the generic
 * lookup's overhead. */
static void fill_global(SpcGlobalCache *c, uint64_t gv, uint64_t bv, PyObject *v)
{
    c->gver = gv;
    c->bver = bv;
    c->value = v;
}

/* The globals' keys when they are an exact dict's combined unicode table, else NULL. */
static Keys311 *globals_keys(void)
{
    PyDictObject *g = (PyDictObject *)spc_rt_g_globals;
    if (!PyDict_CheckExact(g) || g->ma_values || ((Keys311 *)g->ma_keys)->dk_kind == SPC_KEYS_GENERAL) return NULL;
    return (Keys311 *)g->ma_keys;
}

/* The cache's hint, if it still holds, after stores to other globals moved the version.
 * An entry holding name is its only live one (deleted entries are cleared), so entry ix
 * of the same keys object still holding name gives its value; a table rebuilt at the
 * same address is caught by the bounds and key checks. A name found in the builtins
 * (ix < 0) is probed again in the globals; its value holds while the builtins' version
 * does. */
static PyObject *global_by_hint(SpcGlobalCache *c, PyObject *name, uint64_t bv)
{
    Keys311 *k = globals_keys();
    if (!k) return NULL;
    if (c->ix < 0) {
        PyObject *v;
        Py_ssize_t ix;
        return bv == c->bver && probe_by_identity(spc_rt_g_globals, name, &v, &ix) == 0 ? c->value : NULL;
    }
    if ((void *)k != c->keys || c->ix >= k->dk_nentries) return NULL;
    UnicodeEntry311 *e = &unicode_entries(k)[c->ix];
    return e->me_key == name ? e->me_value : NULL;
}

PyObject *spc_rt_load_global_cached(PyObject *name, void *cache)
{
    SpcGlobalCache *c = cache;
    uint64_t gv = dict_version(spc_rt_g_globals), bv = dict_version(spc_rt_g_builtins);
    PyObject *v = gv && bv ? global_by_hint(c, name, bv) : NULL;
    if (v) {
        fill_global(c, gv, bv, v);
        return Py_NewRef(v);
    }
    Py_ssize_t ix = -1;
    int r = PyUnicode_CheckExact(name) ? probe_by_identity(spc_rt_g_globals, name, &v, &ix) : -1;
    Keys311 *k = r >= 0 ? globals_keys() : NULL;
    if (r == 0) {
        Py_ssize_t bix;
        r = probe_by_identity(spc_rt_g_builtins, name, &v, &bix);
        ix = -1;
    }
    if (r == 1 && gv && bv) {
        fill_global(c, gv, bv, v);
        c->keys = k;
        c->ix = ix;
        return Py_NewRef(v);
    }
    v = spc_rt_load_global(name);
    if (v && gv && bv && gv == dict_version(spc_rt_g_globals) && bv == dict_version(spc_rt_g_builtins))
        fill_global(c, gv, bv, v);
    return v;
}

int spc_rt_store_global(PyObject *name, PyObject *v)
{
    return PyDict_SetItem(spc_rt_g_globals, name, v);
}

int spc_rt_delete_global(PyObject *name)
{
    if (PyDict_DelItem(spc_rt_g_globals, name) == 0) return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        name_error(name);
    }
    return -1;
}

/* ---- attributes, items ---- */

/* CPython 3.11 ints of at most one 30-bit digit (its "medium" ints, what its own
 * BINARY_OP_ADD_INT / COMPARE_OP_INT specializations handle inline): their value. */
static int small_int(PyObject *o, long long *v)
{
    if (!PyLong_CheckExact(o)) return 0;
    Py_ssize_t size = Py_SIZE(o);
    if (size < -1 || size > 1) return 0;
    *v = size * (long long)((PyLongObject *)o)->ob_digit[0];
    return 1;
}

PyObject *spc_rt_load_attr(PyObject *o, PyObject *name) { return PyObject_GetAttr(o, name); }

/* CPython's LOAD_METHOD: a plain function found on the type (not shadowed by the
 * instance) is returned unbound and called with the receiver prepended, which skips
 * creating a bound method object; otherwise the attribute as PyObject_GetAttr gives it. */
PyObject *spc_rt_load_method(PyObject *o, PyObject *name, PyObject **self)
{
    PyObject *meth = NULL;
    int unbound = _PyObject_GetMethod(o, name, &meth);
    *self = unbound && meth ? Py_NewRef(o) : NULL;
    return meth;
}
int spc_rt_store_attr(PyObject *o, PyObject *name, PyObject *v) { return PyObject_SetAttr(o, name, v); }
int spc_rt_delete_attr(PyObject *o, PyObject *name) { return PyObject_SetAttr(o, name, NULL); }
/* o[k] and o[k] = v: lists and tuples indexed by a small int directly (CPython 3.11's
 * BINARY_SUBSCR_LIST_INT / STORE_SUBSCR_LIST_INT); out of range, the generic path raises. */
PyObject *spc_rt_getitem(PyObject *o, PyObject *k)
{
    long long i;
    if (small_int(k, &i)) {
        if (PyList_CheckExact(o)) {
            if (i < 0) i += PyList_GET_SIZE(o);
            if (i >= 0 && i < PyList_GET_SIZE(o)) return Py_NewRef(PyList_GET_ITEM(o, i));
        } else if (PyTuple_CheckExact(o)) {
            if (i < 0) i += PyTuple_GET_SIZE(o);
            if (i >= 0 && i < PyTuple_GET_SIZE(o)) return Py_NewRef(PyTuple_GET_ITEM(o, i));
        }
    }
    return PyObject_GetItem(o, k);
}
int spc_rt_setitem(PyObject *o, PyObject *k, PyObject *v)
{
    long long i;
    if (PyList_CheckExact(o) && small_int(k, &i)) {
        if (i < 0) i += PyList_GET_SIZE(o);
        if (i >= 0 && i < PyList_GET_SIZE(o)) {
            PyObject *old = PyList_GET_ITEM(o, i);
            PyList_SET_ITEM(o, i, Py_NewRef(v));
            Py_DECREF(old);
            return 0;
        }
    }
    return PyObject_SetItem(o, k, v);
}
int spc_rt_delitem(PyObject *o, PyObject *k) { return PyObject_DelItem(o, k); }

PyObject *spc_rt_build_slice(PyObject *a, PyObject *b, PyObject *c)
{
    return PySlice_New(a ? a : Py_None, b ? b : Py_None, c ? c : Py_None);
}

/* ---- operators ---- */

static PyObject *power(PyObject *a, PyObject *b) { return PyNumber_Power(a, b, Py_None); }
static PyObject *ipower(PyObject *a, PyObject *b) { return PyNumber_InPlacePower(a, b, Py_None); }

static binaryfunc const binops[][2] = {
    [OP_ADD] = { PyNumber_Add, PyNumber_InPlaceAdd },
    [OP_SUB] = { PyNumber_Subtract, PyNumber_InPlaceSubtract },
    [OP_MUL] = { PyNumber_Multiply, PyNumber_InPlaceMultiply },
    [OP_TRUEDIV] = { PyNumber_TrueDivide, PyNumber_InPlaceTrueDivide },
    [OP_FLOORDIV] = { PyNumber_FloorDivide, PyNumber_InPlaceFloorDivide },
    [OP_MOD] = { PyNumber_Remainder, PyNumber_InPlaceRemainder },
    [OP_POW] = { power, ipower },
    [OP_LSHIFT] = { PyNumber_Lshift, PyNumber_InPlaceLshift },
    [OP_RSHIFT] = { PyNumber_Rshift, PyNumber_InPlaceRshift },
    [OP_BITOR] = { PyNumber_Or, PyNumber_InPlaceOr },
    [OP_BITXOR] = { PyNumber_Xor, PyNumber_InPlaceXor },
    [OP_BITAND] = { PyNumber_And, PyNumber_InPlaceAnd },
    [OP_MATMUL] = { PyNumber_MatrixMultiply, PyNumber_InPlaceMatrixMultiply },
};

/* BINARY_OP's flags (lower.c): in-place operator; the caller holds a reference to a
 * (to b) that it releases right after the operation and uses no more. */
enum { BIN_INPLACE = 1, BIN_A_DIES = 2, BIN_B_DIES = 4 };

/* An operand the result may be written into: one the caller is dropping whose only
 * reference is the caller's, so no one can see it change (exact floats and one-digit
 * ints here, both immutable to everyone else). Saves an allocation and a deallocation
 * per operation in chains like `dx * dx + dy * dy`. */
static PyObject *dying_operand(PyObject *a, PyObject *b, int flags)
{
    if ((flags & BIN_A_DIES) && Py_REFCNT(a) == 1) return a;
    if ((flags & BIN_B_DIES) && Py_REFCNT(b) == 1) return b;
    return NULL;
}

/* Exact floats: what float's own slots compute, without the number protocol's dispatch
 * (CPython 3.11 specializes these the same way). Division by zero and everything else
 * take the generic path (0: not handled), which raises CPython's errors. */
static int float_fast(double x, double y, int op, double *r)
{
    switch (op) {
    case OP_ADD: *r = x + y; return 1;
    case OP_SUB: *r = x - y; return 1;
    case OP_MUL: *r = x * y; return 1;
    case OP_TRUEDIV: *r = x / y; return y != 0.0;
    default: return 0;
    }
}

static PyObject *float_result(PyObject *a, PyObject *b, int flags, double r)
{
    PyObject *t = dying_operand(a, b, flags);
    if (!t) return PyFloat_FromDouble(r);
    ((PyFloatObject *)t)->ob_fval = r;
    return Py_NewRef(t);
}

/* Python's int semantics on values below 2**30 (no overflow in 64 bits); 0: the
 * generic path (division by zero, shifts, powers...). */
static int int_fast(long long x, long long y, int op, long long *r)
{
    switch (op) {
    case OP_ADD: *r = x + y; return 1;
    case OP_SUB: *r = x - y; return 1;
    case OP_MUL: *r = x * y; return 1;
    case OP_BITAND: *r = x & y; return 1;
    case OP_BITOR: *r = x | y; return 1;
    case OP_BITXOR: *r = x ^ y; return 1;
    case OP_FLOORDIV:
        if (y == 0) return 0;
        *r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) (*r)--;
        return 1;
    case OP_MOD:
        if (y == 0) return 0;
        *r = x % y;
        if (*r != 0 && ((*r < 0) != (y < 0))) *r += y;
        return 1;
    default: return 0;
    }
}

/* Results CPython keeps as shared small ints (-5..256) come from PyLong_FromLongLong,
 * so identity stays as CPython has it; other one-digit results may reuse an operand. */
static PyObject *int_result(PyObject *a, PyObject *b, int flags, long long r)
{
    const long long digit_max = (1LL << PyLong_SHIFT) - 1;
    PyObject *t = r >= -digit_max && r <= digit_max && (r < -5 || r > 256)
                  ? dying_operand(a, b, flags) : NULL;
    if (!t || Py_SIZE(t) == 0) return PyLong_FromLongLong(r);
    Py_SET_SIZE(t, r < 0 ? -1 : 1);
    ((PyLongObject *)t)->ob_digit[0] = (digit)(r < 0 ? -r : r);
    return Py_NewRef(t);
}

PyObject *spc_rt_binary_op(PyObject *a, PyObject *b, int op, int flags)
{
    long long x, y, ri;
    double rd;
    if (PyFloat_CheckExact(a)) {          /* float op float, float op one-digit int */
        double fy;
        if (PyFloat_CheckExact(b)) fy = PyFloat_AS_DOUBLE(b);
        else if (small_int(b, &y)) fy = (double)y, flags &= ~BIN_B_DIES;   /* converts exactly */
        else goto generic;
        if (float_fast(PyFloat_AS_DOUBLE(a), fy, op, &rd)) return float_result(a, b, flags, rd);
    } else if (small_int(a, &x)) {
        if (small_int(b, &y)) {
            if (int_fast(x, y, op, &ri)) return int_result(a, b, flags, ri);
            if (op == OP_TRUEDIV && y != 0) return PyFloat_FromDouble((double)x / (double)y);   /* exact below 2**53 */
        } else if (PyFloat_CheckExact(b) && float_fast((double)x, PyFloat_AS_DOUBLE(b), op, &rd)) {
            return float_result(a, b, flags & ~BIN_A_DIES, rd);
        }
    }
generic:
    return binops[op][(flags & BIN_INPLACE) != 0](a, b);
}

static int compare_values(double x, double y, int op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* Two exact strs: == and != by length, kind and bytes, as unicode_eq (canonical strings
 * of equal text have equal kinds; two interned strings are equal only if identical);
 * orderings by PyUnicode_Compare, which cannot fail on two strs. */
static int str_compare(PyObject *a, PyObject *b, int op)
{
    if ((op == CMP_EQ || op == CMP_NE) && PyUnicode_IS_READY(a) && PyUnicode_IS_READY(b)) {
        Py_ssize_t n = PyUnicode_GET_LENGTH(a);
        int eq = a == b ||
                 (!(PyUnicode_CHECK_INTERNED(a) && PyUnicode_CHECK_INTERNED(b)) && n == PyUnicode_GET_LENGTH(b) &&
                  PyUnicode_KIND(a) == PyUnicode_KIND(b) &&
                  memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * PyUnicode_KIND(a)) == 0);
        return op == CMP_EQ ? eq : !eq;
    }
    return a == b ? compare_values(0, 0, op) : compare_values(PyUnicode_Compare(a, b), 0, op);
}

PyObject *spc_rt_unary_op(PyObject *a, int op)
{
    switch (op) {
    case UOP_NEG: return PyNumber_Negative(a);
    case UOP_POS: return PyNumber_Positive(a);
    case UOP_INVERT: return PyNumber_Invert(a);
    default: {
        int r = PyObject_Not(a);
        return r < 0 ? NULL : PyBool_FromLong(r);
    }
    }
}

PyObject *spc_rt_compare_op(PyObject *a, PyObject *b, int op)
{
    static const int rich[] = { [CMP_LT] = Py_LT, [CMP_LE] = Py_LE, [CMP_EQ] = Py_EQ,
                                [CMP_NE] = Py_NE, [CMP_GT] = Py_GT, [CMP_GE] = Py_GE };
    int r;
    switch (op) {
    case CMP_IS: return PyBool_FromLong(a == b);
    case CMP_ISNOT: return PyBool_FromLong(a != b);
    case CMP_IN:
    case CMP_NOTIN:
        r = PySequence_Contains(b, a);
        return r < 0 ? NULL : PyBool_FromLong(op == CMP_IN ? r : !r);
    default: {
        long long x, y;
        if (small_int(a, &x) && small_int(b, &y)) return PyBool_FromLong(compare_values((double)x, (double)y, op));
        if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
            return PyBool_FromLong(compare_values(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op));
        if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b))
            return PyBool_FromLong(str_compare(a, b, op));
        return PyObject_RichCompare(a, b, rich[op]);
    }
    }
}

/* A comparison whose result is only tested: its truth (-1: error), without the bool. */
int spc_rt_compare_bool(PyObject *a, PyObject *b, int op)
{
    long long x, y;
    switch (op) {
    case CMP_IS: return a == b;
    case CMP_ISNOT: return a != b;
    case CMP_IN: return PySequence_Contains(b, a);
    case CMP_NOTIN: {
        int r = PySequence_Contains(b, a);
        return r < 0 ? r : !r;
    }
    default:
        if (small_int(a, &x) && small_int(b, &y)) return compare_values((double)x, (double)y, op);
        if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
            return compare_values(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op);
        if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b))   /* str's own order, no dispatch */
            return str_compare(a, b, op);
        PyObject *r = spc_rt_compare_op(a, b, op);
        if (!r) return -1;
        int t = r == Py_True ? 1 : r == Py_False ? 0 : PyObject_IsTrue(r);
        Py_DECREF(r);
        return t;
    }
}

int spc_rt_is_true(PyObject *a) { return PyObject_IsTrue(a); }

/* ---- containers, iteration ---- */

PyObject *spc_rt_build_tuple(PyObject **items, int64_t n)
{
    PyObject *t = PyTuple_New(n);
    for (int64_t i = 0; t && i < n; i++) PyTuple_SET_ITEM(t, i, Py_NewRef(items[i]));
    return t;
}

PyObject *spc_rt_build_list(PyObject **items, int64_t n)
{
    PyObject *l = PyList_New(n);
    for (int64_t i = 0; l && i < n; i++) PyList_SET_ITEM(l, i, Py_NewRef(items[i]));
    return l;
}

PyObject *spc_rt_build_set(PyObject **items, int64_t n)
{
    PyObject *s = PySet_New(NULL);
    for (int64_t i = 0; s && i < n; i++)
        if (PySet_Add(s, items[i]) < 0) Py_CLEAR(s);
    return s;
}

PyObject *spc_rt_build_map(PyObject **items, int64_t npairs)
{
    PyObject *d = _PyDict_NewPresized(npairs);
    for (int64_t i = 0; d && i < npairs; i++)
        if (PyDict_SetItem(d, items[2 * i], items[2 * i + 1]) < 0) Py_CLEAR(d);
    return d;
}

/* CPython 3.11 unpack_iterable, fixed count: the same three messages. */
static PyObject *unpack_not_iterable(PyObject *v)
{
    if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(v)->tp_iter == NULL && !PySequence_Check(v))
        PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object", Py_TYPE(v)->tp_name);
    return NULL;
}

/* a, *b, c = v: CPython's UNPACK_EX (the starred part becomes a list). */
PyObject *spc_rt_unpack_ex(PyObject *v, int64_t before, int64_t after)
{
    PyObject *it = PyObject_GetIter(v);
    if (!it) return unpack_not_iterable(v);
    PyObject *all = PySequence_List(it);
    Py_DECREF(it);
    if (!all) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(all);
    if (n < before + after) {
        PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                     (int)(before + after), (int)n);
        Py_DECREF(all);
        return NULL;
    }
    PyObject *t = PyTuple_New(before + 1 + after);
    PyObject *mid = t ? PyList_GetSlice(all, before, n - after) : NULL;
    if (!mid) { Py_XDECREF(t); Py_DECREF(all); return NULL; }
    for (Py_ssize_t i = 0; i < before; i++) PyTuple_SET_ITEM(t, i, Py_NewRef(PyList_GET_ITEM(all, i)));
    PyTuple_SET_ITEM(t, before, mid);
    for (Py_ssize_t i = 0; i < after; i++)
        PyTuple_SET_ITEM(t, before + 1 + i, Py_NewRef(PyList_GET_ITEM(all, n - after + i)));
    Py_DECREF(all);
    return t;
}

PyObject *spc_rt_unpack_sequence(PyObject *v, int64_t n)
{
    if (PyTuple_CheckExact(v) && PyTuple_GET_SIZE(v) == n) return Py_NewRef(v);   /* the common case */
    if (PyList_CheckExact(v) && PyList_GET_SIZE(v) == n) return PyList_AsTuple(v);
    PyObject *it = PyObject_GetIter(v);
    if (!it) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(v)->tp_iter == NULL
            && !PySequence_Check(v))
            PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object",
                         Py_TYPE(v)->tp_name);
        return NULL;
    }
    PyObject *t = PyTuple_New(n);
    for (int64_t i = 0; t && i < n; i++) {
        PyObject *w = PyIter_Next(it);
        if (!w) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError,
                             "not enough values to unpack (expected %d, got %d)", (int)n, (int)i);
            Py_CLEAR(t);
            break;
        }
        PyTuple_SET_ITEM(t, i, w);
    }
    if (t) {
        PyObject *w = PyIter_Next(it);
        if (w) {
            Py_DECREF(w);
            PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %d)", (int)n);
        }
        if (PyErr_Occurred()) Py_CLEAR(t);
    }
    Py_DECREF(it);
    return t;
}

/* GET_ITER's iterator lives only in the compiled loop's hidden variable, so it can never
 * be part of a reference cycle: for lists (and subclasses that keep list's __iter__,
 * CheckedList included) it is an SpcListIter, untracked by the GC and recycled, with
 * CPython's listiter_next semantics (the index is checked against the current length
 * at every step). */
enum { LISTITER_FREE_MAX = 16 };
static SpcListIter *listiter_free[LISTITER_FREE_MAX];
static int listiter_nfree;

static PyObject *listiter_next(PyObject *self)
{
    SpcListIter *it = (SpcListIter *)self;
    PyObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index < PyList_GET_SIZE(seq)) return Py_NewRef(PyList_GET_ITEM(seq, it->index++));
    it->seq = NULL;
    Py_DECREF(seq);
    return NULL;
}

static void listiter_dealloc(PyObject *self)
{
    SpcListIter *it = (SpcListIter *)self;
    Py_CLEAR(it->seq);
    if (listiter_nfree < LISTITER_FREE_MAX) listiter_free[listiter_nfree++] = it;
    else PyObject_Free(it);
}

PyTypeObject SpcListIter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(SpcListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = listiter_next,
};

/* Exact ranges: CPython's rangeobject keeps start, stop, step and length as int objects
 * right after the header (Objects/rangeobject.c, stable since 3.2); range_layout_ok
 * checks that once on a known range before the layout is trusted. */
typedef struct { PyObject_HEAD PyObject *start, *stop, *step, *length; } RangeLayout;

static int range_layout_ok(void)
{
    static int ok = -1;
    if (ok >= 0) return ok;
    PyObject *r = PyObject_CallFunction((PyObject *)&PyRange_Type, "iii", 3, 10, 2);
    if (!r) { PyErr_Clear(); return ok = 0; }
    RangeLayout *g = (RangeLayout *)r;
    PyObject *f[4] = {g->start, g->stop, g->step, g->length};
    long want[4] = {3, 10, 2, 4};
    ok = 1;
    for (int i = 0; i < 4; i++)
        if (!f[i] || !PyLong_CheckExact(f[i]) || PyLong_AsLong(f[i]) != want[i]) ok = 0;
    Py_DECREF(r);
    return ok;
}

static void rangeiter_dealloc(PyObject *self) { PyObject_Free(self); }

static PyObject *rangeiter_next(PyObject *self)
{
    SpcRangeIter *it = (SpcRangeIter *)self;
    if (it->index >= it->len) return NULL;
    /* unsigned: step * index may pass INT64_MAX while the item lies between start and stop */
    uint64_t v = (uint64_t)it->start + (uint64_t)it->step * (uint64_t)it->index++;
    return PyLong_FromLongLong((long long)v);
}

PyTypeObject SpcRangeIter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(SpcRangeIter),
    .tp_dealloc = rangeiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = rangeiter_next,
};

static PyObject *new_range_iter(int64_t start, int64_t step, int64_t len)
{
    SpcRangeIter *it = PyObject_Malloc(sizeof(SpcRangeIter));
    if (!it) return PyErr_NoMemory();
    PyObject_Init((PyObject *)it, &SpcRangeIter_Type);
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    return (PyObject *)it;
}

/* An SpcRangeIter when the range's start, step and length fit int64 (then every item
 * does: it lies between start and the last item); NULL without an exception otherwise. */
static PyObject *range_iter(PyObject *o)
{
    if (!range_layout_ok()) return NULL;
    RangeLayout *g = (RangeLayout *)o;
    int over = 0;
    long long start = PyLong_AsLongLongAndOverflow(g->start, &over), step = 0, len = 0;
    if (!over) step = PyLong_AsLongLongAndOverflow(g->step, &over);
    if (!over) len = PyLong_AsLongLongAndOverflow(g->length, &over);
    if (over || PyErr_Occurred()) { PyErr_Clear(); return NULL; }
    if (len > 0 && (__builtin_mul_overflow(step, len - 1, &(long long){0}) ||
                    __builtin_add_overflow(start, step * (len - 1), &(long long){0})))
        return NULL;
    return new_range_iter(start, step, len);
}

/* The int64 value of an exact int, else 0 with *ok cleared. */
static long long exact_i64(PyObject *o, int *ok)
{
    int over = 0;
    long long v = PyLong_CheckExact(o) ? PyLong_AsLongLongAndOverflow(o, &over) : (over = 1, 0);
    if (over) *ok = 0;
    return v;
}

/* iter(range(args)) without the range object when range is the builtin and the args are
 * exact ints whose items fit int64 (lengths as CPython's get_len_of_range); otherwise the
 * call and GET_ITER as written, with their errors. */
PyObject *spc_rt_range_iter(PyObject *callable, PyObject **args, int64_t nargsf)
{
    Py_ssize_t n = PyVectorcall_NARGS((size_t)nargsf);
    int ok = callable == (PyObject *)&PyRange_Type && n >= 1 && n <= 3;
    long long start = 0, stop = 0, step = 1;
    if (ok && n == 1) stop = exact_i64(args[0], &ok);
    if (ok && n >= 2) start = exact_i64(args[0], &ok), stop = exact_i64(args[1], &ok);
    if (ok && n == 3) step = exact_i64(args[2], &ok);
    unsigned long long len = 0;
    if (ok && step > 0 && start < stop)
        len = 1 + ((unsigned long long)stop - 1 - (unsigned long long)start) / (unsigned long long)step;
    else if (ok && step < 0 && start > stop)
        len = 1 + ((unsigned long long)start - 1 - (unsigned long long)stop) / (0ULL - (unsigned long long)step);
    if (ok && step != 0 && len <= (unsigned long long)INT64_MAX) {
        return new_range_iter(start, step, (int64_t)len);   /* items lie between start and stop */
    }
    PyObject *r = PyObject_Vectorcall(callable, args, (size_t)nargsf, NULL);
    if (!r) return NULL;
    PyObject *it = spc_rt_get_iter(r);
    Py_DECREF(r);
    return it;
}

PyObject *spc_rt_get_iter(PyObject *o)
{
    if (Py_IS_TYPE(o, &PyRange_Type)) {
        PyObject *it = range_iter(o);
        if (it || PyErr_Occurred()) return it;
        return PyObject_GetIter(o);
    }
    if (Py_TYPE(o)->tp_iter != PyList_Type.tp_iter) return PyObject_GetIter(o);
    SpcListIter *it = listiter_nfree ? listiter_free[--listiter_nfree]
                                     : PyObject_Malloc(sizeof(SpcListIter));
    if (!it) return PyErr_NoMemory();
    PyObject_Init((PyObject *)it, &SpcListIter_Type);
    it->index = 0;
    it->seq = Py_NewRef(o);
    return (PyObject *)it;
}

PyObject *spc_rt_iter_next(PyObject *it)
{
    PyObject *r = Py_TYPE(it)->tp_iternext(it);
    if (!r && PyErr_Occurred() && PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
    return r;
}

/* ---- calls ---- */

PyObject *spc_rt_isinstance_call(PyObject *callable, PyObject *o, PyObject *cls)
{
    if (callable != spc_rt_g_isinstance || !spc_rt_g_isinstance) {
        PyObject *args[2] = {o, cls};
        return PyObject_Vectorcall(callable, args, 2, NULL);
    }
    int r = PyObject_IsInstance(o, cls);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

PyObject *spc_rt_call(PyObject *callable, PyObject **args, int64_t nargsf, PyObject *kwnames)
{
    return PyObject_Vectorcall(callable, args, (size_t)nargsf, kwnames);
}

/* callable(), which CPython runs as super(__class__, <first argument>) when callable is
 * super: compiled code has no frame for super() to read, so the call site passes what
 * the frame would give (CALL_NOARGS: ctx 0 no positional parameter, 1 no __class__
 * cell, 2 both known). */
PyObject *spc_rt_call_noargs(PyObject *callable, PyObject *cls, PyObject *first, int ctx)
{
    if (callable != (PyObject *)&PySuper_Type) return PyObject_CallNoArgs(callable);
    if (ctx == 2) {
        PyObject *args[2] = {cls, first};
        return PyObject_Vectorcall(callable, args, 2, NULL);
    }
    PyErr_SetString(PyExc_RuntimeError, ctx == 0 ? "super(): no arguments" : "super(): __class__ cell not found");
    return NULL;
}

PyObject *spc_rt_call_method(PyObject *callable, PyObject *self, PyObject **args,
                             int64_t nargsf, PyObject *kwnames)
{
    if (!self) return PyObject_Vectorcall(callable, args, (size_t)nargsf, kwnames);
    args[-1] = self;
    size_t n = PyVectorcall_NARGS((size_t)nargsf) + 1;
    return PyObject_Vectorcall(callable, args - 1, n, kwnames);
}

/* ---- exceptions ---- */

/* CPython's do_raise: classes are instantiated, causes may be classes or None. */
void spc_rt_raise(PyObject *exc, PyObject *cause)
{
    PyObject *type, *value;
    if (PyExceptionClass_Check(exc)) {
        type = exc;
        value = PyObject_CallNoArgs(exc);
        if (!value) return;
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, "
                         "not %R", type, Py_TYPE(value));
            Py_DECREF(value);
            return;
        }
    } else if (PyExceptionInstance_Check(exc)) {
        value = Py_NewRef(exc);
        type = (PyObject *)Py_TYPE(exc);
    } else {
        PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        PyObject *fixed;
        if (PyExceptionClass_Check(cause)) {
            fixed = PyObject_CallNoArgs(cause);
            if (!fixed) { Py_DECREF(value); return; }
            if (!PyExceptionInstance_Check(fixed)) {
                PyErr_Format(PyExc_TypeError,
                             "calling %R should have returned an instance of BaseException, "
                             "not %R", cause, Py_TYPE(fixed));
                Py_DECREF(fixed);
                Py_DECREF(value);
                return;
            }
        } else if (PyExceptionInstance_Check(cause)) {
            fixed = Py_NewRef(cause);
        } else if (cause == Py_None) {
            fixed = NULL;
        } else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            Py_DECREF(value);
            return;
        }
        PyException_SetCause(value, fixed);   /* steals; also sets __suppress_context__ */
    }
    PyErr_SetObject(type, value);
    Py_DECREF(value);
}

/* ---- exception handlers (IrBlock.handler blocks) ---- */

/* CATCH: the exception being raised, normalized, with its traceback attached; the
 * error indicator is cleared. */
PyObject *spc_rt_catch(void)
{
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (!value) value = Py_NewRef(Py_None);   /* cannot happen after a failed op */
    if (tb && PyExceptionInstance_Check(value)) PyException_SetTraceback(value, tb);
    Py_XDECREF(type);
    Py_XDECREF(tb);
    return value;
}

/* SET_EXC_INFO: `exc` (or None) becomes sys.exc_info()'s exception; returns the previous
 * one (None when there was none). */
PyObject *spc_rt_set_exc_info(PyObject *exc)
{
    /* The top item's own value, as CPython's PUSH_EXC_INFO saves it: inside a generator
     * that is the generator's state (rt_gen.c), never an exception of its caller. */
    _PyErr_StackItem *top = PyThreadState_Get()->exc_info;
    PyObject *prev = top->exc_value;
    top->exc_value = exc == Py_None ? NULL : Py_NewRef(exc);
    return prev ? prev : Py_NewRef(Py_None);
}

/* EXC_MATCH: except cls: with CPython's check of the class (ceval.c check_except_type_valid). */
int spc_rt_exc_match(PyObject *exc, PyObject *cls)
{
    if (PyTuple_Check(cls)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(cls); i++)
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(cls, i))) goto bad;
    } else if (!PyExceptionClass_Check(cls)) {
        goto bad;
    }
    return PyErr_GivenExceptionMatches(exc, cls);
bad:
    PyErr_SetString(PyExc_TypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* RERAISE: raise `exc` again with the traceback it already has. */
void spc_rt_reraise_exc(PyObject *exc)
{
    if (!PyExceptionInstance_Check(exc)) {
        PyErr_SetString(PyExc_SystemError, "spc: RERAISE of a non-exception");
        return;
    }
    PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(exc)), Py_NewRef(exc), PyException_GetTraceback(exc));
}

void spc_rt_reraise(void)
{
    PyObject *exc = PyErr_GetHandledException();
    if (!exc || exc == Py_None) {
        Py_XDECREF(exc);
        PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
        return;
    }
    PyObject *tb = PyException_GetTraceback(exc);
    PyObject *type = Py_NewRef((PyObject *)Py_TYPE(exc));
    PyErr_Restore(type, exc, tb);
}

void spc_rt_raise_assert(PyObject *msg)
{
    if (!msg) {
        PyErr_SetNone(PyExc_AssertionError);
        return;
    }
    PyObject *e = PyObject_CallOneArg(PyExc_AssertionError, msg);
    if (!e) return;
    PyErr_SetObject(PyExc_AssertionError, e);
    Py_DECREF(e);
}

void spc_rt_raise_unbound_local(const char *name)
{
    PyErr_Format(PyExc_UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value",
                 name);
}

/* ---- imports ---- */

PyObject *spc_rt_import_name(PyObject *name, PyObject *fromlist, int level)
{
    return PyImport_ImportModuleLevelObject(name, spc_rt_g_globals, NULL,
                                            fromlist ? fromlist : Py_None, level);
}

/* CPython 3.11 import_from: attribute, then sys.modules["pkg.name"], then ImportError. */
PyObject *spc_rt_import_from(PyObject *v, PyObject *name)
{
    PyObject *x = PyObject_GetAttr(v, name);
    if (x || !PyErr_ExceptionMatches(PyExc_AttributeError)) return x;
    PyErr_Clear();
    PyObject *pkgname = PyObject_GetAttrString(v, "__name__");
    if (pkgname && PyUnicode_Check(pkgname)) {
        PyObject *full = PyUnicode_FromFormat("%U.%U", pkgname, name);
        x = full ? PyImport_GetModule(full) : NULL;
        Py_XDECREF(full);
        if (x || PyErr_Occurred()) { Py_DECREF(pkgname); return x; }
    }
    PyErr_Clear();
    PyObject *shown = pkgname ? pkgname : PyUnicode_FromString("<unknown module name>");
    PyObject *path = PyModule_Check(v) ? PyModule_GetFilenameObject(v) : NULL;
    PyObject *msg;
    if (!path || !PyUnicode_Check(path)) {
        PyErr_Clear();
        msg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)", name, shown);
    } else {
        msg = PyUnicode_FromFormat("cannot import name %R from %R (%S)", name, shown, path);
    }
    if (msg) PyErr_SetImportError(msg, shown, path);
    Py_XDECREF(msg);
    Py_XDECREF(path);
    Py_XDECREF(shown);
    return NULL;
}

/* from m import *, as CPython's import_all_from: the names in m.__all__, or else every
 * name of m.__dict__ not starting with '_', bound in the module's globals. */
int spc_rt_import_star(PyObject *v)
{
    PyObject *all = PyObject_GetAttrString(v, "__all__");
    int skip_private = 0;
    if (!all) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return -1;
        PyErr_Clear();
        PyObject *dict = PyObject_GetAttrString(v, "__dict__");
        if (!dict) {
            if (PyErr_ExceptionMatches(PyExc_AttributeError))
                PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PyMapping_Keys(dict);
        Py_DECREF(dict);
        if (!all) return -1;
        skip_private = 1;
    }
    int rc = 0;
    for (Py_ssize_t i = 0;; i++) {
        PyObject *name = PySequence_GetItem(all, i);
        if (!name) {
            if (PyErr_ExceptionMatches(PyExc_IndexError)) PyErr_Clear();
            else rc = -1;
            break;
        }
        if (!PyUnicode_Check(name)) {
            PyObject *modname = PyObject_GetAttrString(v, "__name__");
            if (modname && PyUnicode_Check(modname))
                PyErr_Format(PyExc_TypeError, "%s in %U.%s must be str, not %.100s",
                             skip_private ? "Key" : "Item", modname, skip_private ? "__dict__" : "__all__",
                             Py_TYPE(name)->tp_name);
            Py_XDECREF(modname);
            Py_DECREF(name);
            rc = -1;
            break;
        }
        if (skip_private && PyUnicode_READ_CHAR(name, 0) == '_') {
            Py_DECREF(name);
            continue;
        }
        PyObject *value = PyObject_GetAttr(v, name);
        rc = value ? PyDict_SetItem(spc_rt_g_globals, name, value) : -1;
        Py_XDECREF(value);
        Py_DECREF(name);
        if (rc < 0) break;
    }
    Py_DECREF(all);
    return rc;
}

/* ---- f(*args, **kwargs) ---- */

PyObject *spc_rt_call_ex(PyObject *f, PyObject *args, PyObject *kwargs)
{
    PyObject *t = PyList_AsTuple(args);
    if (!t) return NULL;
    PyObject *r = PyObject_Call(f, t, kwargs && PyDict_GET_SIZE(kwargs) ? kwargs : NULL);
    Py_DECREF(t);
    return r;
}

/* CPython's messages name the callee: "f() argument after * must be an iterable, not int". */
int spc_rt_args_extend(PyObject *list, PyObject *iterable, PyObject *f)
{
    if (Py_TYPE(iterable)->tp_iter == NULL && !PySequence_Check(iterable)) {
        PyObject *fs = _PyObject_FunctionStr(f);
        if (fs) PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s",
                             fs, Py_TYPE(iterable)->tp_name);
        Py_XDECREF(fs);
        return -1;
    }
    PyObject *r = _PyList_Extend((PyListObject *)list, iterable);
    if (!r) return -1;
    Py_DECREF(r);
    return 0;
}

/* [*a] / {*a}: CPython's LIST_EXTEND (with its message for a non-iterable) and SET_UPDATE. */
int spc_rt_display_extend(PyObject *container, PyObject *iterable)
{
    if (PySet_Check(container)) return _PySet_Update(container, iterable);
    PyObject *r = _PyList_Extend((PyListObject *)container, iterable);
    if (r) {
        Py_DECREF(r);
        return 0;
    }
    if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(iterable)->tp_iter == NULL &&
        !PySequence_Check(iterable)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "Value after * must be an iterable, not %.200s", Py_TYPE(iterable)->tp_name);
    }
    return -1;
}

int spc_rt_kwargs_merge(PyObject *dict, PyObject *mapping, PyObject *f)
{
    PyObject *keys = PyMapping_Keys(mapping);
    if (!keys) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError) || PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyObject *fs = _PyObject_FunctionStr(f);
            if (fs) PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s",
                                 fs, Py_TYPE(mapping)->tp_name);
            Py_XDECREF(fs);
        }
        return -1;
    }
    Py_ssize_t n = PyList_GET_SIZE(keys);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *k = PyList_GET_ITEM(keys, i);
        if (PyDict_Contains(dict, k)) {
            PyObject *fs = _PyObject_FunctionStr(f);
            if (fs && PyUnicode_Check(k))
                PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%U'", fs, k);
            else if (fs)
                PyErr_Format(PyExc_TypeError, "%U keywords must be strings", fs);
            Py_XDECREF(fs);
            Py_DECREF(keys);
            return -1;
        }
        PyObject *v = PyObject_GetItem(mapping, k);
        if (!v || PyDict_SetItem(dict, k, v) < 0) { Py_XDECREF(v); Py_DECREF(keys); return -1; }
        Py_DECREF(v);
    }
    Py_DECREF(keys);
    return 0;
}
