/* rt_dynclass.c — classes built at run time exactly as CPython builds them (the dynamic
 * path: classes with non-static bases, metaclasses, several bases, e.g. enum.IntEnum).
 *
 * CPython's __build_class__ runs the class body as a function inside the namespace the
 * metaclass's __prepare__ returned. Compiled code cannot hand CPython a code object, so
 * the generated code evaluates the body first into an ordinary dict (insertion ordered)
 * and this helper replays it: it picks the metaclass, asks __prepare__ for the real
 * namespace, stores the body's names into it in definition order (so namespaces that
 * watch assignments, like enum's _EnumDict, see the same sequence of __setitem__ calls)
 * and finally calls metaclass(name, bases, namespace, **kwds). */
#include "spc_rt.h"

/* The metaclass: an explicit metaclass= keyword, else the most derived metaclass of the
 * bases (TypeError on a conflict, with CPython's message). */
static PyObject *pick_metaclass(PyObject *bases, PyObject *kwds, int *explicit_meta) {
    PyObject *meta = NULL;
    *explicit_meta = 0;
    if (kwds && PyDict_Check(kwds)) {
        meta = PyDict_GetItemString(kwds, "metaclass");   /* borrowed */
        if (meta) {
            *explicit_meta = 1;
            Py_INCREF(meta);
            if (PyDict_DelItemString(kwds, "metaclass") < 0) { Py_DECREF(meta); return NULL; }
        }
    }
    if (!meta) {
        meta = PyTuple_GET_SIZE(bases) ? (PyObject *)Py_TYPE(PyTuple_GET_ITEM(bases, 0)) : (PyObject *)&PyType_Type;
        Py_INCREF(meta);
    }
    if (PyType_Check(meta)) {
        PyObject *winner = (PyObject *)_PyType_CalculateMetaclass((PyTypeObject *)meta, bases);
        if (!winner) { Py_DECREF(meta); return NULL; }
        Py_INCREF(winner);
        Py_DECREF(meta);
        meta = winner;
    }
    return meta;
}

static PyObject *prepare_namespace(PyObject *meta, PyObject *name, PyObject *bases, PyObject *kwds) {
    static PyObject *prepare_str;
    if (!prepare_str && !(prepare_str = PyUnicode_InternFromString("__prepare__"))) return NULL;
    PyObject *prep;
    if (_PyObject_LookupAttr(meta, prepare_str, &prep) < 0) return NULL;
    if (!prep) return PyDict_New();
    PyObject *args[2] = {name, bases};
    PyObject *ns = PyObject_VectorcallDict(prep, args, 2, kwds);
    Py_DECREF(prep);
    if (ns && !PyMapping_Check(ns)) {
        PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     PyType_Check(meta) ? ((PyTypeObject *)meta)->tp_name : "<metaclass>",
                     Py_TYPE(ns)->tp_name);
        Py_CLEAR(ns);
    }
    return ns;
}

/* type.__new__ makes plain functions named __new__ static methods and __init_subclass__ /
 * __class_getitem__ class methods, but only when they are Python functions: a compiled
 * function is wrapped here instead. Returns a new reference. */
static PyObject *implicit_method(PyObject *key, PyObject *value) {
    if (Py_TYPE(value) == &SpcFunction_Type && PyUnicode_Check(key)) {
        if (PyUnicode_CompareWithASCIIString(key, "__new__") == 0) return PyStaticMethod_New(value);
        if (PyUnicode_CompareWithASCIIString(key, "__init_subclass__") == 0 ||
            PyUnicode_CompareWithASCIIString(key, "__class_getitem__") == 0)
            return PyClassMethod_New(value);
    }
    Py_INCREF(value);
    return value;
}

/* body: the dict the class body filled, in order. bases: tuple. kwds: dict or NULL. */
/* PEP 560, as __build_class__'s update_bases: a base that is not a class but has
 * __mro_entries__ (typing.NamedTuple, Generic[T], ...) is replaced by what it returns.
 * Returns a new reference (bases itself when nothing changed). */
static PyObject *update_bases(PyObject *bases) {
    static PyObject *mro_entries;
    if (!mro_entries && !(mro_entries = PyUnicode_InternFromString("__mro_entries__"))) return NULL;
    PyObject *out = NULL;   /* list, made at the first replaced base */
    Py_ssize_t n = PyTuple_GET_SIZE(bases);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *base = PyTuple_GET_ITEM(bases, i), *meth = NULL, *entries;
        if (!PyType_Check(base) && _PyObject_LookupAttr(base, mro_entries, &meth) < 0) goto error;
        if (!meth) {
            if (out && PyList_Append(out, base) < 0) goto error;
            continue;
        }
        entries = PyObject_CallOneArg(meth, bases);
        Py_DECREF(meth);
        if (!entries) goto error;
        if (!PyTuple_Check(entries)) {
            PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
            Py_DECREF(entries);
            goto error;
        }
        if (!out) {   /* the bases before this one, unchanged */
            PyObject *head = PyTuple_GetSlice(bases, 0, i);
            out = head ? PySequence_List(head) : NULL;
            Py_XDECREF(head);
            if (!out) { Py_DECREF(entries); goto error; }
        }
        int rc = PyList_SetSlice(out, PyList_GET_SIZE(out), PyList_GET_SIZE(out), entries);
        Py_DECREF(entries);
        if (rc < 0) goto error;
    }
    if (!out) return Py_NewRef(bases);
    PyObject *t = PyList_AsTuple(out);
    Py_DECREF(out);
    return t;
error:
    Py_XDECREF(out);
    return NULL;
}

PyObject *spc_rt_build_class(PyObject *body, PyObject *orig_bases, PyObject *kwds, const char *name_utf8) {
    PyObject *bases = update_bases(orig_bases);
    if (!bases) return NULL;
    PyObject *name = PyUnicode_FromString(name_utf8);
    if (!name) { Py_DECREF(bases); return NULL; }
    PyObject *kw = kwds && kwds != Py_None ? PyDict_Copy(kwds) : NULL;
    PyObject *cls = NULL, *ns = NULL;
    int explicit_meta;
    PyObject *meta = pick_metaclass(bases, kw, &explicit_meta);
    if (!meta) goto done;
    ns = prepare_namespace(meta, name, bases, kw);
    if (!ns) goto done;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(body, &pos, &key, &value)) {
        PyObject *v = implicit_method(key, value);
        int rc = v ? PyObject_SetItem(ns, key, v) : -1;
        Py_XDECREF(v);
        if (rc < 0) goto done;
    }
    if (bases != orig_bases && PyMapping_SetItemString(ns, "__orig_bases__", orig_bases) < 0) goto done;
    PyObject *args[3] = {name, bases, ns};
    cls = PyObject_VectorcallDict(meta, args, 3, kw);
done:
    Py_XDECREF(ns);
    Py_XDECREF(meta);
    Py_XDECREF(kw);
    Py_DECREF(name);
    Py_DECREF(bases);
    return cls;
}
