/* static_list.c — CheckedList[T]: the generic C type `chklist[T]`, a subclass of `list`.
 * Stage: run time (__static__._static).  Every operation that can insert an element
 * checks it against T (isinstance; None too for Optional[T]); everything else is list's
 * own code.  Messages are the reference's (CinderX checked_list.c):
 *   append/insert:           StaticTypeError "append() argument 1 expected int"
 *   extend/init/x[i] = v/+=: TypeError "bad value 'str' for chklist[int]"
 *   x[a:b] = v:              TypeError "Incompatible slice type 'list' assigned to 'chklist[int]'"
 * Differences (see docs/STATIC_RUNTIME.md): slices, copy() and `a + b` of two lists of
 * the same checked type keep the checked type; `+=` is checked. */
#include "static_impl.h"

#define LIST_BASE (&PyList_Type)

static int item_ok(PyObject *self, PyObject *v)
{
    return spc_param_ok(self, 0, v) ? 0 : spc_bad_item(self, "value", v);
}

int spc_list_check(PyObject *list, PyObject *value)
{
    if (!PyObject_TypeCheck(list, &SpcChkList_Type) || !spc_is_specialised(Py_TYPE(list))) {
        PyErr_SetString(PyExc_TypeError, "list_check: not a CheckedList[T]");
        return -1;
    }
    return item_ok(list, value);
}

/* Move the items of a fresh plain list into a new empty instance of `type` (O(1)). */
static PyObject *adopt(PyTypeObject *type, PyObject *plain)
{
    if (!plain) return NULL;
    PyObject *res = type->tp_alloc(type, 0);
    if (res) {
        PyListObject *d = (PyListObject *)res, *s = (PyListObject *)plain;
        d->ob_item = s->ob_item;
        d->allocated = s->allocated;
        Py_SET_SIZE(d, Py_SIZE(s));
        s->ob_item = NULL;
        s->allocated = 0;
        Py_SET_SIZE(s, 0);
    }
    Py_DECREF(plain);
    return res;
}

static int no_check_needed(PyObject *self, PyObject *src)
{
    return Py_IS_TYPE(src, Py_TYPE(self));
}

/* Append the elements of `iterable` to self.  Lists and tuples are checked as a whole
 * first (self unchanged on error); other iterables are appended until a bad element. */
static int extend(PyObject *self, PyObject *iterable)
{
    Py_ssize_t n = PyList_GET_SIZE(self);
    if (no_check_needed(self, iterable)) return PyList_SetSlice(self, n, n, iterable);
    if (PyList_Check(iterable) || PyTuple_CheckExact(iterable)) {
        PyObject *seq = PySequence_Fast(iterable, "argument must be iterable");
        if (!seq) return -1;
        Py_ssize_t m = PySequence_Fast_GET_SIZE(seq);
        PyObject **items = PySequence_Fast_ITEMS(seq);
        for (Py_ssize_t i = 0; i < m; i++) {
            if (item_ok(self, items[i]) < 0) {
                Py_DECREF(seq);
                return -1;
            }
        }
        int r = PyList_SetSlice(self, n, n, seq);
        Py_DECREF(seq);
        return r;
    }
    PyObject *it = PyObject_GetIter(iterable), *item;
    if (!it) return -1;
    while ((item = PyIter_Next(it))) {
        int r = item_ok(self, item) < 0 ? -1 : PyList_Append(self, item);
        Py_DECREF(item);
        if (r < 0) break;
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

/* ---- construction ---- */

static PyObject *chklist_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (!spc_is_specialised(type)) {
        PyErr_Format(PyExc_TypeError, "cannot create '%s' instances", type->tp_name);
        return NULL;
    }
    return LIST_BASE->tp_new(type, args, kwargs);
}

static int chklist_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (spc_no_kwargs("chklist", kwargs) < 0
        || spc_check_nargs("chklist", PyTuple_GET_SIZE(args), 0, 1) < 0)
        return -1;
    if (PyList_GET_SIZE(self) && PyList_SetSlice(self, 0, PyList_GET_SIZE(self), NULL) < 0)
        return -1;
    return PyTuple_GET_SIZE(args) ? extend(self, PyTuple_GET_ITEM(args, 0)) : 0;
}

PyObject *spc_list_build(PyTypeObject *type, PyObject *const *items, Py_ssize_t n, int check)
{
    if (!spc_is_specialised(type) || !PyType_IsSubtype(type, &SpcChkList_Type)) {
        PyErr_SetString(PyExc_TypeError, "list_build: not a CheckedList[T] type");
        return NULL;
    }
    PyObject *res = type->tp_alloc(type, 0);
    if (!res) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if ((check && item_ok(res, items[i]) < 0) || PyList_Append(res, items[i]) < 0) {
            Py_DECREF(res);
            return NULL;
        }
    }
    return res;
}

/* ---- methods ---- */

static PyObject *chklist_append(PyObject *self, PyObject *v)
{
    if (!spc_param_ok(self, 0, v)) return spc_bad_arg(self, "append", 1, 0), NULL;
    if (PyList_Append(self, v) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *chklist_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (spc_check_nargs("insert", nargs, 2, 2) < 0) return NULL;
    PyObject *index = PyNumber_Index(args[0]);
    if (!index) return NULL;
    Py_ssize_t i = PyLong_AsSsize_t(index);
    Py_DECREF(index);
    if (i == -1 && PyErr_Occurred()) return NULL;
    if (!spc_param_ok(self, 0, args[1])) return spc_bad_arg(self, "insert", 2, 0), NULL;
    if (PyList_Insert(self, i, args[1]) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *chklist_extend(PyObject *self, PyObject *iterable)
{
    if (extend(self, iterable) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *chklist_copy(PyObject *self, PyObject *unused)
{
    return adopt(Py_TYPE(self), PyList_GetSlice(self, 0, PyList_GET_SIZE(self)));
}

static PyObject *chklist_class_getitem(PyObject *cls, PyObject *arg)
{
    return spc_generic_getitem((PyTypeObject *)cls, arg);
}

/* ---- slots ---- */

static PyObject *chklist_subscript(PyObject *self, PyObject *key)
{
    PyObject *r = LIST_BASE->tp_as_mapping->mp_subscript(self, key);
    return r && PySlice_Check(key) ? adopt(Py_TYPE(self), r) : r;
}

static int chklist_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    if (value && PySlice_Check(key)) {
        if (!Py_IS_TYPE(value, Py_TYPE(self))) {
            PyErr_Format(PyExc_TypeError, "Incompatible slice type '%s' assigned to '%s'",
                         Py_TYPE(value)->tp_name, Py_TYPE(self)->tp_name);
            return -1;
        }
    } else if (value && item_ok(self, value) < 0) {
        return -1;
    }
    return LIST_BASE->tp_as_mapping->mp_ass_subscript(self, key, value);
}

static int chklist_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    if (value && item_ok(self, value) < 0) return -1;
    return LIST_BASE->tp_as_sequence->sq_ass_item(self, i, value);
}

static PyObject *chklist_concat(PyObject *a, PyObject *b)
{
    PyObject *r = LIST_BASE->tp_as_sequence->sq_concat(a, b);
    return r && Py_IS_TYPE(b, Py_TYPE(a)) ? adopt(Py_TYPE(a), r) : r;
}

static PyObject *chklist_inplace_concat(PyObject *self, PyObject *other)
{
    return extend(self, other) < 0 ? NULL : Py_NewRef(self);
}

static PyMethodDef chklist_methods[] = {
    {"append", (PyCFunction)chklist_append, METH_O, "Append object to the end of the list."},
    {"insert", (PyCFunction)(void (*)(void))chklist_insert, METH_FASTCALL,
     "Insert object before index."},
    {"extend", (PyCFunction)chklist_extend, METH_O,
     "Extend list by appending elements from the iterable."},
    {"copy", chklist_copy, METH_NOARGS, "Return a shallow copy of the list (same type)."},
    {"__class_getitem__", chklist_class_getitem, METH_O | METH_CLASS,
     "CheckedList[T]: the list type whose elements are checked against T."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods chklist_as_sequence = {
    .sq_concat = chklist_concat,
    .sq_ass_item = chklist_ass_item,
    .sq_inplace_concat = chklist_inplace_concat,
};

static PyMappingMethods chklist_as_mapping = {
    .mp_subscript = chklist_subscript,
    .mp_ass_subscript = chklist_ass_subscript,
};

PyTypeObject SpcChkList_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "__static__.chklist[T]",
    .tp_basicsize = sizeof(PyListObject),
    .tp_as_sequence = &chklist_as_sequence,
    .tp_as_mapping = &chklist_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "chklist[T](iterable=(), /)\n--\n\n"
              "Mutable sequence, like builtin list but with runtime typechecks.",
    .tp_methods = chklist_methods,
    .tp_init = chklist_init,
    .tp_new = chklist_new,
};

int spc_list_ready(void)
{
    SpcChkList_Type.tp_base = LIST_BASE;
    return PyType_Ready(&SpcChkList_Type);
}
