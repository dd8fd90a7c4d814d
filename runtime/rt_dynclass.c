/* rt_dynclass.c — classes built at run time exactly as CPython builds them (the dynamic
 * path: classes with non-static bases, metaclasses, several bases, e.g. enum.IntEnum).
 *
 * CPython's __build_class__ resolves the bases (__mro_entries__), picks the metaclass,
 * calls its __prepare__ and runs the class body as a function in the namespace that
 * returned, then calls metaclass(name, bases, namespace, **kwds). Compiled code does the
 * same in two halves around the body: PREPARE_CLASS (spc_rt_prepare_class) returns
 * (metaclass, bases, namespace, kwds); the body then stores into and reads from that
 * namespace (STORE_SUBSCR, LOAD_NAME: any mapping, so enum's _EnumDict or a user's
 * __prepare__ mapping sees every assignment as it happens); BUILD_CLASS
 * (spc_rt_build_class) makes the class. */
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
 * function in the namespace is wrapped here instead (written past a dict subclass's
 * __setitem__, as type.__new__ writes its own copy). */
static int wrap_implicit_methods(PyObject *ns) {
    static const char *const names[] = {"__new__", "__init_subclass__", "__class_getitem__"};
    if (!PyDict_Check(ns)) return 0;   /* type() takes only dicts: the metaclass converts it */
    for (int i = 0; i < 3; i++) {
        PyObject *key = PyUnicode_InternFromString(names[i]);
        if (!key) return -1;
        PyObject *v = PyDict_GetItemWithError(ns, key);   /* borrowed */
        int rc = v || !PyErr_Occurred() ? 0 : -1;
        if (v && Py_TYPE(v) == &SpcFunction_Type) {
            PyObject *w = i == 0 ? PyStaticMethod_New(v) : PyClassMethod_New(v);
            rc = w ? PyDict_SetItem(ns, key, w) : -1;
            Py_XDECREF(w);
        }
        Py_DECREF(key);
        if (rc < 0) return -1;
    }
    return 0;
}

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

PyObject *spc_rt_prepare_class(PyObject *orig_bases, PyObject *kwds, const char *name_utf8) {
    PyObject *bases = update_bases(orig_bases);
    PyObject *name = bases ? PyUnicode_FromString(name_utf8) : NULL;
    PyObject *kw = kwds && kwds != Py_None ? PyDict_Copy(kwds) : Py_NewRef(Py_None);
    PyObject *meta = NULL, *ns = NULL, *r = NULL;
    int explicit_meta;
    if (name && kw) meta = pick_metaclass(bases, kw == Py_None ? NULL : kw, &explicit_meta);
    if (meta) ns = prepare_namespace(meta, name, bases, kw == Py_None ? NULL : kw);
    if (ns) r = PyTuple_Pack(4, meta, bases, ns, kw);
    Py_XDECREF(ns);
    Py_XDECREF(meta);
    Py_XDECREF(kw);
    Py_XDECREF(name);
    Py_XDECREF(bases);
    return r;
}

PyObject *spc_rt_build_class(PyObject *prepared, PyObject *orig_bases, const char *name_utf8) {
    PyObject *meta = PyTuple_GET_ITEM(prepared, 0), *bases = PyTuple_GET_ITEM(prepared, 1);
    PyObject *ns = PyTuple_GET_ITEM(prepared, 2), *kw = PyTuple_GET_ITEM(prepared, 3);
    if (wrap_implicit_methods(ns) < 0) return NULL;
    if (bases != orig_bases && PyMapping_SetItemString(ns, "__orig_bases__", orig_bases) < 0) return NULL;
    PyObject *name = PyUnicode_FromString(name_utf8);
    if (!name) return NULL;
    PyObject *args[3] = {name, bases, ns};
    PyObject *cls = PyObject_VectorcallDict(meta, args, 3, kw == Py_None ? NULL : kw);
    Py_DECREF(name);
    return cls;
}

/* LOAD_NAME: the class namespace (any mapping), then the module's globals and builtins. */
PyObject *spc_rt_load_name(PyObject *ns, PyObject *name) {
    PyObject *v;
    if (PyDict_CheckExact(ns)) {
        v = PyDict_GetItemWithError(ns, name);
        if (v) return Py_NewRef(v);
        if (PyErr_Occurred()) return NULL;
    } else {
        v = PyObject_GetItem(ns, name);
        if (v) return v;
        if (!PyErr_ExceptionMatches(PyExc_KeyError)) return NULL;
        PyErr_Clear();
    }
    return spc_rt_load_global(name);
}
