/* rt_match.c — the structural tests of `match` (PEP 634), with CPython 3.11's semantics
 * and messages (ceval.c MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / match_class).
 * Stage: run time. Each returns a new tuple of the parts the sub-patterns match
 * against, None when the subject does not match, or NULL with an exception set. */
#include "spc_rt.h"

static PyObject *no_match(void) { return Py_NewRef(Py_None); }

/* [p0, ..., *rest, ..., pn]: a sequence (not str/bytes/bytearray) of exactly n items,
 * or at least n-1 with a star; the star's part is a list. */
PyObject *spc_rt_match_sequence(PyObject *subj, int64_t n, int64_t star)
{
    if (!PyType_HasFeature(Py_TYPE(subj), Py_TPFLAGS_SEQUENCE)) return no_match();
    Py_ssize_t len = PySequence_Size(subj);
    if (len < 0) return NULL;
    if (star < 0 ? len != n : len < n - 1) return no_match();
    PyObject *items = PySequence_Tuple(subj);
    if (!items) return NULL;
    if (star < 0 || PyTuple_GET_SIZE(items) != len) {
        if (PyTuple_GET_SIZE(items) == n) return items;
        Py_DECREF(items);
        return no_match();
    }
    PyObject *parts = PyTuple_New(n);
    Py_ssize_t after = n - 1 - star, nrest = len - after - star;
    PyObject *rest = parts ? PyList_New(nrest) : NULL;
    if (!rest) {
        Py_XDECREF(parts);
        Py_DECREF(items);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nrest; i++) PyList_SET_ITEM(rest, i, Py_NewRef(PyTuple_GET_ITEM(items, star + i)));
    for (Py_ssize_t i = 0; i < star; i++) PyTuple_SET_ITEM(parts, i, Py_NewRef(PyTuple_GET_ITEM(items, i)));
    PyTuple_SET_ITEM(parts, star, rest);
    for (Py_ssize_t i = 0; i < after; i++)
        PyTuple_SET_ITEM(parts, star + 1 + i, Py_NewRef(PyTuple_GET_ITEM(items, len - after + i)));
    Py_DECREF(items);
    return parts;
}

/* {k0: p0, ..., **rest}: a mapping holding every key (looked up with .get, as CPython
 * does); the parts are the values, then a dict of the other items when `want_rest`. */
PyObject *spc_rt_match_mapping(PyObject *subj, PyObject *keys, int want_rest)
{
    if (!PyType_HasFeature(Py_TYPE(subj), Py_TPFLAGS_MAPPING)) return no_match();
    Py_ssize_t n = PyTuple_GET_SIZE(keys);
    if (PyObject_Size(subj) < n) return PyErr_Occurred() ? NULL : no_match();
    PyObject *parts = PyTuple_New(n + (want_rest != 0));
    PyObject *seen = PySet_New(NULL), *dummy = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    PyObject *get = PyObject_GetAttrString(subj, "get");
    PyObject *result = NULL;
    if (!parts || !seen || !dummy || !get) goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = PyTuple_GET_ITEM(keys, i);
        int dup = PySet_Contains(seen, key);
        if (dup < 0 || (!dup && PySet_Add(seen, key) < 0)) goto done;
        if (dup) {
            PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        PyObject *args[2] = {key, dummy};
        PyObject *v = PyObject_Vectorcall(get, args, 2, NULL);
        if (!v) goto done;
        if (v == dummy) {
            Py_DECREF(v);
            result = no_match();
            goto done;
        }
        PyTuple_SET_ITEM(parts, i, v);
    }
    if (want_rest) {
        PyObject *rest = PyDict_New();
        if (!rest || PyDict_Update(rest, subj) < 0) {
            Py_XDECREF(rest);
            goto done;
        }
        for (Py_ssize_t i = 0; i < n; i++)
            if (PyDict_DelItem(rest, PyTuple_GET_ITEM(keys, i)) < 0) {
                Py_DECREF(rest);
                goto done;
            }
        PyTuple_SET_ITEM(parts, n, rest);
    }
    result = Py_NewRef(parts);
done:
    Py_XDECREF(parts);
    Py_XDECREF(seen);
    Py_XDECREF(dummy);
    Py_XDECREF(get);
    return result;
}

/* Builtins whose single positional sub-pattern matches the subject itself. */
static int matches_self(PyObject *cls)
{
    PyTypeObject *t = (PyTypeObject *)cls;
    return PyType_HasFeature(t, _Py_TPFLAGS_MATCH_SELF);
}

/* getattr(subj, name): NULL with no exception when the attribute is missing. */
static PyObject *match_attr(PyObject *subj, PyObject *name, PyObject *seen, PyObject *cls)
{
    int dup = PySet_Contains(seen, name);
    if (dup < 0 || (!dup && PySet_Add(seen, name) < 0)) return NULL;
    if (dup) {
        PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                     ((PyTypeObject *)cls)->tp_name, name);
        return NULL;
    }
    PyObject *v = PyObject_GetAttr(subj, name);
    if (!v && PyErr_ExceptionMatches(PyExc_AttributeError)) PyErr_Clear();
    return v;
}

/* Cls(p0, ..., k=p): isinstance, then the positional attributes named by
 * __match_args__ and the keyword ones. */
PyObject *spc_rt_match_class(PyObject *subj, PyObject *cls, int64_t npos, PyObject *kwnames)
{
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int inst = PyObject_IsInstance(subj, cls);
    if (inst <= 0) return inst < 0 ? NULL : no_match();
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *parts = PyTuple_New(npos + nkw), *seen = PySet_New(NULL), *match_args = NULL;
    PyObject *result = NULL;
    const char *cname = ((PyTypeObject *)cls)->tp_name;
    if (!parts || !seen) goto done;
    if (npos) {
        static PyObject *s_match_args;
        if (!s_match_args && !(s_match_args = PyUnicode_InternFromString("__match_args__"))) goto done;
        if (_PyObject_LookupAttr(cls, s_match_args, &match_args) < 0) goto done;
        int self_match = !match_args && matches_self(cls);
        if (match_args && !PyTuple_CheckExact(match_args)) {
            PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)", cname,
                         Py_TYPE(match_args)->tp_name);
            goto done;
        }
        Py_ssize_t allowed = match_args ? PyTuple_GET_SIZE(match_args) : self_match;
        if (allowed < npos) {
            PyErr_Format(PyExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)", cname,
                         allowed, allowed == 1 ? "" : "s", (Py_ssize_t)npos);
            goto done;
        }
        for (Py_ssize_t i = 0; i < npos; i++) {
            PyObject *v;
            if (self_match) {
                v = Py_NewRef(subj);
            } else {
                PyObject *name = PyTuple_GET_ITEM(match_args, i);
                if (!PyUnicode_CheckExact(name)) {
                    PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                                 Py_TYPE(name)->tp_name);
                    goto done;
                }
                v = match_attr(subj, name, seen, cls);
            }
            if (!v) {
                if (!PyErr_Occurred()) result = no_match();
                goto done;
            }
            PyTuple_SET_ITEM(parts, i, v);
        }
    }
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *v = match_attr(subj, PyTuple_GET_ITEM(kwnames, i), seen, cls);
        if (!v) {
            if (!PyErr_Occurred()) result = no_match();
            goto done;
        }
        PyTuple_SET_ITEM(parts, npos + i, v);
    }
    result = Py_NewRef(parts);
done:
    Py_XDECREF(parts);
    Py_XDECREF(seen);
    Py_XDECREF(match_args);
    return result;
}
