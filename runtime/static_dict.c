/* static_dict.c — CheckedDict[K, V]: the generic C type `chkdict[K, V]`, a subclass of
 * `dict`.  Stage: run time (__static__._static).  Keys are checked against K and values
 * against V wherever they can enter (d[k] = v, update, |=, setdefault, construction,
 * fromkeys); d[k] and get() check the key type too, as the reference does.  Messages
 * are the reference's (CinderX checked_dict.c):
 *   TypeError "bad key 'int' for chkdict[str, int]", "bad value 'str' for chkdict[str, int]"
 *   StaticTypeError "get() argument 1 expected str" (get / setdefault arguments)
 * A dict argument is checked completely before anything is inserted. */
#include "static_impl.h"

#define DICT_BASE (&PyDict_Type)

static int key_ok(PyObject *self, PyObject *k)
{
    return spc_param_ok(self, 0, k) ? 0 : spc_bad_item(self, "key", k);
}

static int value_ok(PyObject *self, PyObject *v)
{
    return spc_param_ok(self, 1, v) ? 0 : spc_bad_item(self, "value", v);
}

static int check_item(PyObject *dict, PyObject *key, PyObject *value)
{
    return key_ok(dict, key) < 0 || (value && value_ok(dict, value) < 0) ? -1 : 0;
}

static int is_chkdict(PyObject *o)
{
    return PyObject_TypeCheck(o, &SpcChkDict_Type) && spc_is_specialised(Py_TYPE(o));
}

int spc_dict_check(PyObject *dict, PyObject *key, PyObject *value)
{
    if (!is_chkdict(dict)) {
        PyErr_SetString(PyExc_TypeError, "dict_check: not a CheckedDict[K, V]");
        return -1;
    }
    return check_item(dict, key, value);
}

/* ---- update: the one entry for every bulk insertion ---- */

/* Exact dicts and checked dicts: check everything, then merge with dict's own code. */
static int merge_dict(PyObject *self, PyObject *other)
{
    if (!Py_IS_TYPE(other, Py_TYPE(self))) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        while (PyDict_Next(other, &pos, &k, &v))
            if (check_item(self, k, v) < 0) return -1;
    }
    return PyDict_Update(self, other);
}

/* Any other mapping: keys() then other[key], inserted one by one. */
static int merge_mapping(PyObject *self, PyObject *other)
{
    PyObject *keys = PyMapping_Keys(other);
    PyObject *it = keys ? PyObject_GetIter(keys) : NULL, *k;
    Py_XDECREF(keys);
    if (!it) return -1;
    int r = 0;
    while (r == 0 && (k = PyIter_Next(it))) {
        PyObject *v = PyObject_GetItem(other, k);
        r = !v || check_item(self, k, v) < 0 ? -1 : PyDict_SetItem(self, k, v);
        Py_XDECREF(v);
        Py_DECREF(k);
    }
    Py_DECREF(it);
    return r < 0 || PyErr_Occurred() ? -1 : 0;
}

/* An iterable of pairs, with dict's own messages. */
static int merge_pairs(PyObject *self, PyObject *seq2)
{
    PyObject *it = PyObject_GetIter(seq2), *item;
    if (!it) return -1;
    int r = 0;
    for (Py_ssize_t i = 0; r == 0 && (item = PyIter_Next(it)); i++) {
        PyObject *fast = PySequence_Fast(item, "");
        if (!fast) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             i);
            r = -1;
        } else if (PySequence_Fast_GET_SIZE(fast) != 2) {
            PyErr_Format(PyExc_ValueError,
                         "dictionary update sequence element #%zd has length %zd; 2 is required",
                         i, PySequence_Fast_GET_SIZE(fast));
            r = -1;
        } else {
            PyObject *k = PySequence_Fast_GET_ITEM(fast, 0), *v = PySequence_Fast_GET_ITEM(fast, 1);
            Py_INCREF(k);
            Py_INCREF(v);
            r = check_item(self, k, v) < 0 ? -1 : PyDict_SetItem(self, k, v);
            Py_DECREF(k);
            Py_DECREF(v);
        }
        Py_XDECREF(fast);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    return r < 0 || PyErr_Occurred() ? -1 : 0;
}

static int update_from(PyObject *self, PyObject *arg, PyObject *kwargs)
{
    int r = 0;
    if (arg) {
        if (PyDict_CheckExact(arg) || is_chkdict(arg)) {
            r = merge_dict(self, arg);
        } else {
            static PyObject *name;   /* interned "keys", kept for the process */
            PyObject *keys;
            if (!name && !(name = PyUnicode_InternFromString("keys"))) return -1;
            if (_PyObject_LookupAttr(arg, name, &keys) < 0) return -1;
            r = keys ? merge_mapping(self, arg) : merge_pairs(self, arg);
            Py_XDECREF(keys);
        }
    }
    if (r == 0 && kwargs && PyDict_GET_SIZE(kwargs))
        r = PyArg_ValidateKeywordArguments(kwargs) ? merge_dict(self, kwargs) : -1;
    return r;
}

static int update_args(PyObject *self, PyObject *args, PyObject *kwargs, const char *name)
{
    if (spc_check_nargs(name, PyTuple_GET_SIZE(args), 0, 1) < 0) return -1;
    return update_from(self, PyTuple_GET_SIZE(args) ? PyTuple_GET_ITEM(args, 0) : NULL, kwargs);
}

/* ---- construction ---- */

static PyObject *chkdict_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (!spc_is_specialised(type)) {
        PyErr_Format(PyExc_TypeError, "cannot create '%s' instances", type->tp_name);
        return NULL;
    }
    return DICT_BASE->tp_new(type, args, kwargs);
}

static int chkdict_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    return update_args(self, args, kwargs, Py_TYPE(self)->tp_name);
}

PyObject *spc_dict_build(PyTypeObject *type, PyObject *const *kv, Py_ssize_t n, int check)
{
    if (!spc_is_specialised(type) || !PyType_IsSubtype(type, &SpcChkDict_Type)) {
        PyErr_SetString(PyExc_TypeError, "dict_build: not a CheckedDict[K, V] type");
        return NULL;
    }
    PyObject *empty = PyTuple_New(0);
    PyObject *res = empty ? chkdict_new(type, empty, NULL) : NULL;
    Py_XDECREF(empty);
    for (Py_ssize_t i = 0; res && i < n; i++) {
        if ((check && check_item(res, kv[2 * i], kv[2 * i + 1]) < 0)
            || PyDict_SetItem(res, kv[2 * i], kv[2 * i + 1]) < 0)
            Py_CLEAR(res);
    }
    return res;
}

/* ---- methods ---- */

static PyObject *chkdict_update(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (update_args(self, args, kwargs, "update") < 0) return NULL;
    Py_RETURN_NONE;
}

/* get/setdefault(key[, default]): key must be K, default V or None. */
static int key_default_args(PyObject *self, const char *name, PyObject *const *args,
                            Py_ssize_t nargs)
{
    if (spc_check_nargs(name, nargs, 1, 2) < 0) return -1;
    if (!spc_param_ok(self, 0, args[0])) return spc_bad_arg(self, name, 1, 0);
    if (nargs > 1 && args[1] != Py_None && !spc_param_ok(self, 1, args[1]))
        return spc_bad_arg(self, name, 2, 1);
    return 0;
}

static PyObject *chkdict_get(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (key_default_args(self, "get", args, nargs) < 0) return NULL;
    PyObject *v = PyDict_GetItemWithError(self, args[0]);
    if (v) return Py_NewRef(v);
    return PyErr_Occurred() ? NULL : Py_NewRef(nargs > 1 ? args[1] : Py_None);
}

static PyObject *chkdict_setdefault(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (key_default_args(self, "setdefault", args, nargs) < 0) return NULL;
    PyObject *v = PyDict_GetItemWithError(self, args[0]);
    if (v) return Py_NewRef(v);
    if (PyErr_Occurred()) return NULL;
    PyObject *dflt = nargs > 1 ? args[1] : Py_None;
    if (value_ok(self, dflt) < 0) return NULL;   /* None into a non-Optional V */
    v = PyDict_SetDefault(self, args[0], dflt);
    return v ? Py_NewRef(v) : NULL;
}

static PyObject *chkdict_copy(PyObject *self, PyObject *unused)
{
    PyObject *res = PyObject_CallNoArgs((PyObject *)Py_TYPE(self));
    if (res && PyDict_Update(res, self) < 0) Py_CLEAR(res);
    return res;
}

static PyObject *chkdict_fromkeys(PyObject *cls, PyObject *const *args, Py_ssize_t nargs)
{
    if (spc_check_nargs("fromkeys", nargs, 1, 2) < 0) return NULL;
    PyObject *value = nargs > 1 ? args[1] : Py_None;
    PyObject *d = PyObject_CallNoArgs(cls);
    if (!d) return NULL;
    if (!spc_param_ok(d, 1, value)) {
        PyErr_SetString(PyExc_TypeError, "bad value type");
        Py_DECREF(d);
        return NULL;
    }
    PyObject *it = PyObject_GetIter(args[0]), *k;
    int r = it ? 0 : -1;
    while (r == 0 && (k = PyIter_Next(it))) {
        if (!spc_param_ok(d, 0, k)) {
            PyErr_SetString(PyExc_TypeError, "bad key type");
            r = -1;
        } else {
            r = PyDict_SetItem(d, k, value);
        }
        Py_DECREF(k);
    }
    Py_XDECREF(it);
    if (r < 0 || PyErr_Occurred()) Py_CLEAR(d);
    return d;
}

static PyObject *chkdict_class_getitem(PyObject *cls, PyObject *arg)
{
    return spc_generic_getitem((PyTypeObject *)cls, arg);
}

/* ---- slots ---- */

static PyObject *chkdict_subscript(PyObject *self, PyObject *key)
{
    if (key_ok(self, key) < 0) return NULL;
    return DICT_BASE->tp_as_mapping->mp_subscript(self, key);
}

static int chkdict_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    if (check_item(self, key, value) < 0) return -1;
    return DICT_BASE->tp_as_mapping->mp_ass_subscript(self, key, value);
}

static PyObject *chkdict_inplace_or(PyObject *self, PyObject *other)
{
    return update_from(self, other, NULL) < 0 ? NULL : Py_NewRef(self);
}

static PyMethodDef chkdict_methods[] = {
    {"update", (PyCFunction)(void (*)(void))chkdict_update, METH_VARARGS | METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F (checked)."},
    {"get", (PyCFunction)(void (*)(void))chkdict_get, METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", (PyCFunction)(void (*)(void))chkdict_setdefault, METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary."},
    {"copy", chkdict_copy, METH_NOARGS, "D.copy() -> a shallow copy of D (same type)."},
    {"fromkeys", (PyCFunction)(void (*)(void))chkdict_fromkeys, METH_FASTCALL | METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"__class_getitem__", chkdict_class_getitem, METH_O | METH_CLASS,
     "CheckedDict[K, V]: the dict type whose keys/values are checked against K/V."},
    {NULL, NULL, 0, NULL},
};

static PyMappingMethods chkdict_as_mapping = {
    .mp_subscript = chkdict_subscript,
    .mp_ass_subscript = chkdict_ass_subscript,
};

static PyNumberMethods chkdict_as_number = {
    .nb_inplace_or = chkdict_inplace_or,
};

PyTypeObject SpcChkDict_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "__static__.chkdict[K, V]",
    .tp_basicsize = sizeof(PyDictObject),
    .tp_as_number = &chkdict_as_number,
    .tp_as_mapping = &chkdict_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "chkdict[K, V](mapping_or_iterable=(), /, **kwargs)\n--\n\n"
              "dict with runtime type checks of keys and values.",
    .tp_methods = chkdict_methods,
    .tp_init = chkdict_init,
    .tp_new = chkdict_new,
};

int spc_dict_ready(void)
{
    SpcChkDict_Type.tp_base = DICT_BASE;
    return PyType_Ready(&SpcChkDict_Type);
}
