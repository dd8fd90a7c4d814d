/* static_array.c — Array[int64], the type `__static__.staticarray`: a fixed-size vector
 * of int64 stored inline (SpcArrayObject in static_layout.h, read directly by compiled
 * code).  Stage: run time (__static__._static).
 * Construction: staticarray(n) zero-filled, or staticarray(iterable of ints).
 * Elements are range-checked like the dialect's unbox: TypeError "expected 'int', got
 * 'str'", OverflowError "int overflow"; bad index: IndexError "array index out of
 * range"; slices: TypeError "sequence index must be integer, not 'slice'" (what the
 * reference raises at run time).  repr "staticarray[3]([1, 2, 3])" as the reference;
 * == / != compare element-wise (an spc addition; the reference compares identity). */
#include "static_impl.h"
#include <stddef.h>
#include <string.h>

PyObject *spc_static_int64;

#define ARR(o) ((SpcArrayObject *)(o))

PyObject *spc_array_new(Py_ssize_t n)
{
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "negative array size");
        return NULL;
    }
    if (n > (PY_SSIZE_T_MAX - (Py_ssize_t)sizeof(SpcArrayObject)) / (Py_ssize_t)sizeof(int64_t))
        return PyErr_NoMemory();
    SpcArrayObject *a = PyObject_NewVar(SpcArrayObject, &SpcArray_Type, n);
    if (a) memset(a->items, 0, (size_t)n * sizeof(int64_t));
    return (PyObject *)a;
}

/* A Python int as int64, with the dialect's unbox messages. */
static int unbox_i64(PyObject *v, int64_t *out)
{
    if (!PyLong_Check(v)) {
        PyErr_Format(PyExc_TypeError, "expected 'int', got '%s'", Py_TYPE(v)->tp_name);
        return -1;
    }
    int overflow;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "int overflow");
        return -1;
    }
    if (x == -1 && PyErr_Occurred()) return -1;
    *out = x;
    return 0;
}

static PyObject *from_iterable(PyObject *iterable)
{
    PyObject *seq = PySequence_Fast(iterable, "staticarray() argument must be an int or an iterable");
    if (!seq) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject *a = spc_array_new(n);
    for (Py_ssize_t i = 0; a && i < n; i++)
        if (unbox_i64(PySequence_Fast_GET_ITEM(seq, i), &ARR(a)->items[i]) < 0) Py_CLEAR(a);
    Py_DECREF(seq);
    return a;
}

static PyObject *array_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (spc_no_kwargs("staticarray", kwargs) < 0
        || spc_check_nargs("staticarray", PyTuple_GET_SIZE(args), 1, 1) < 0)
        return NULL;
    PyObject *arg = PyTuple_GET_ITEM(args, 0);
    if (!PyLong_Check(arg)) return from_iterable(arg);
    size_t n = PyLong_AsSize_t(arg);
    if (n == (size_t)-1 && PyErr_Occurred()) return NULL;
    if (n > (size_t)PY_SSIZE_T_MAX) return PyErr_NoMemory();
    return spc_array_new((Py_ssize_t)n);
}

/* Index (negative counts from the end) -> position, or -1 with IndexError. */
static Py_ssize_t position(PyObject *self, Py_ssize_t i)
{
    if (i < 0) i += Py_SIZE(self);
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "array index out of range");
        return -1;
    }
    return i;
}

static Py_ssize_t key_position(PyObject *self, PyObject *key)
{
    if (!PyIndex_Check(key)) {
        PyErr_Format(PyExc_TypeError, "sequence index must be integer, not '%.200s'",
                     Py_TYPE(key)->tp_name);
        return -1;
    }
    Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred()) return -1;
    return position(self, i);
}

static PyObject *array_item(PyObject *self, Py_ssize_t i)
{
    i = position(self, i);
    return i < 0 ? NULL : PyLong_FromLongLong(ARR(self)->items[i]);
}

static int set_at(PyObject *self, Py_ssize_t i, PyObject *value)
{
    if (!value) {
        PyErr_SetString(PyExc_TypeError, "'staticarray' object doesn't support item deletion");
        return -1;
    }
    int64_t x;
    if (i < 0 || unbox_i64(value, &x) < 0) return -1;
    ARR(self)->items[i] = x;
    return 0;
}

static int array_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    return set_at(self, position(self, i), value);
}

static PyObject *array_subscript(PyObject *self, PyObject *key)
{
    Py_ssize_t i = key_position(self, key);
    return i < 0 ? NULL : PyLong_FromLongLong(ARR(self)->items[i]);
}

static int array_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    return set_at(self, key_position(self, key), value);
}

static Py_ssize_t array_length(PyObject *self)
{
    return Py_SIZE(self);
}

static PyObject *array_concat(PyObject *a, PyObject *b)
{
    if (!Py_IS_TYPE(b, &SpcArray_Type)) {
        PyErr_Format(PyExc_TypeError, "can only append staticarray (not \"%.200s\") to staticarray",
                     Py_TYPE(b)->tp_name);
        return NULL;
    }
    Py_ssize_t na = Py_SIZE(a), nb = Py_SIZE(b);
    if (na > PY_SSIZE_T_MAX - nb) return PyErr_NoMemory();
    PyObject *r = spc_array_new(na + nb);
    if (r) {
        memcpy(ARR(r)->items, ARR(a)->items, (size_t)na * sizeof(int64_t));
        memcpy(ARR(r)->items + na, ARR(b)->items, (size_t)nb * sizeof(int64_t));
    }
    return r;
}

static PyObject *array_repeat(PyObject *self, Py_ssize_t count)
{
    Py_ssize_t n = Py_SIZE(self);
    if (count < 0) count = 0;
    if (n && count > PY_SSIZE_T_MAX / n) return PyErr_NoMemory();
    PyObject *r = spc_array_new(n * count);
    for (Py_ssize_t k = 0; r && k < count; k++)
        memcpy(ARR(r)->items + k * n, ARR(self)->items, (size_t)n * sizeof(int64_t));
    return r;
}

static PyObject *array_repr(PyObject *self)
{
    Py_ssize_t n = Py_SIZE(self);
    PyObject *list = PyList_New(n), *res = NULL;
    for (Py_ssize_t i = 0; list && i < n; i++) {
        PyObject *v = PyLong_FromLongLong(ARR(self)->items[i]);
        if (!v) Py_CLEAR(list);
        else PyList_SET_ITEM(list, i, v);
    }
    if (list) res = PyUnicode_FromFormat("staticarray[%zd](%R)", n, list);
    Py_XDECREF(list);
    return res;
}

static PyObject *array_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Py_IS_TYPE(b, &SpcArray_Type) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    int eq = Py_SIZE(a) == Py_SIZE(b)
             && memcmp(ARR(a)->items, ARR(b)->items, (size_t)Py_SIZE(a) * sizeof(int64_t)) == 0;
    return PyBool_FromLong(eq == (op == Py_EQ));
}

/* Array[int64] is the array type itself; any other element type is refused. */
static PyObject *array_class_getitem(PyObject *cls, PyObject *arg)
{
    if (spc_static_int64 && arg != spc_static_int64) {
        PyObject *name = PyType_Check(arg) ? PyType_GetName((PyTypeObject *)arg) : PyObject_Repr(arg);
        if (name) PyErr_Format(PyExc_TypeError, "Invalid Array element type: %U", name);
        Py_XDECREF(name);
        return NULL;
    }
    return Py_NewRef(cls);
}

static PyMethodDef array_methods[] = {
    {"__class_getitem__", array_class_getitem, METH_O | METH_CLASS,
     "Array[int64]: the only element type is int64."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods array_as_sequence = {
    .sq_length = array_length,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_item = array_item,
    .sq_ass_item = array_ass_item,
};

static PyMappingMethods array_as_mapping = {
    .mp_length = array_length,
    .mp_subscript = array_subscript,
    .mp_ass_subscript = array_ass_subscript,
};

PyTypeObject SpcArray_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "__static__.staticarray",
    .tp_basicsize = offsetof(SpcArrayObject, items),
    .tp_itemsize = sizeof(int64_t),
    .tp_repr = array_repr,
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "staticarray(size_or_iterable, /)\n--\n\n"
              "Array[int64]: a fixed-size array of 64-bit signed integers.",
    .tp_richcompare = array_richcompare,
    .tp_methods = array_methods,
    .tp_new = array_new,
};

int spc_array_ready(void)
{
    return PyType_Ready(&SpcArray_Type);
}
