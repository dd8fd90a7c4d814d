/* rt_excgroup.c — except* (PEP 654): CPython 3.11's CHECK_EG_MATCH and
 * _PyExc_PrepReraiseStar (ceval.c, exceptions.c), which CPython does not export. */
#include "spc_rt.h"

/* check_except_star_type_valid: exception classes, and no exception groups. */
static int star_type_valid(PyObject *t)
{
    Py_ssize_t n = PyTuple_Check(t) ? PyTuple_GET_SIZE(t) : 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyTuple_Check(t) ? PyTuple_GET_ITEM(t, i) : t;
        if (!PyExceptionClass_Check(c)) {
            PyErr_SetString(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int sub = PyObject_IsSubclass(PyTuple_Check(t) ? PyTuple_GET_ITEM(t, i) : t, PyExc_BaseExceptionGroup);
        if (sub < 0) return -1;
        if (sub) {
            PyErr_SetString(PyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

/* BaseExceptionGroup(msg, excs) (_PyExc_CreateExceptionGroup). */
static PyObject *make_group(PyObject *excs)
{
    return PyObject_CallFunction(PyExc_BaseExceptionGroup, "(sO)", "", excs);
}

/* EXC_GROUP_MATCH (exception_group_match): (match, rest); a naked exception that
 * matches is wrapped in a group; no match gives (None, exc). */
PyObject *spc_rt_exc_group_match(PyObject *exc, PyObject *type)
{
    if (star_type_valid(type) < 0) return NULL;
    if (exc == Py_None) return PyTuple_Pack(2, Py_None, Py_None);
    if (PyErr_GivenExceptionMatches(exc, type)) {
        PyObject *match;
        if (_PyBaseExceptionGroup_Check(exc)) {
            match = Py_NewRef(exc);
        } else {
            PyObject *excs = PyTuple_Pack(1, exc);
            match = excs ? make_group(excs) : NULL;
            Py_XDECREF(excs);
        }
        PyObject *r = match ? PyTuple_Pack(2, match, Py_None) : NULL;
        Py_XDECREF(match);
        return r;
    }
    if (_PyBaseExceptionGroup_Check(exc)) return PyObject_CallMethod(exc, "split", "(O)", type);
    return PyTuple_Pack(2, Py_None, exc);
}

/* The ids of the leaf exceptions of group e (collect_exception_group_leaf_ids). */
static int collect_leaf_ids(PyObject *e, PyObject *ids)
{
    if (e == Py_None) return 0;
    if (!_PyBaseExceptionGroup_Check(e)) {
        PyObject *id = PyLong_FromVoidPtr(e);
        int r = id ? PySet_Add(ids, id) : -1;
        Py_XDECREF(id);
        return r;
    }
    PyObject *excs = PyObject_GetAttrString(e, "exceptions");
    if (!excs) return -1;
    int r = 0;
    for (Py_ssize_t i = 0; r == 0 && i < PyTuple_GET_SIZE(excs); i++) r = collect_leaf_ids(PyTuple_GET_ITEM(excs, i), ids);
    Py_DECREF(excs);
    return r;
}

/* split()'s condition for exception_group_projection: is this leaf one of `ids`?
 * split() takes only Python functions as conditions, so it is one. */
static PyObject *leaf_condition(PyObject *ids)
{
    static PyObject *code;   /* compiled once per module */
    if (!code) {
        PyObject *g = Py_BuildValue("{sO}", "__builtins__", PyEval_GetBuiltins());
        PyObject *f = g ? PyRun_String("lambda e: id(e) in ids", Py_eval_input, g, g) : NULL;
        code = f ? PyObject_GetAttrString(f, "__code__") : NULL;
        Py_XDECREF(f);
        Py_XDECREF(g);
        if (!code) return NULL;
    }
    PyObject *g = Py_BuildValue("{sOsO}", "ids", ids, "__builtins__", PyEval_GetBuiltins());
    PyObject *f = g ? PyFunction_New(code, g) : NULL;
    Py_XDECREF(g);
    return f;
}

/* The part of eg made of the leaves of the groups in keep, with eg's nesting. */
static PyObject *projection(PyObject *eg, PyObject *keep)
{
    PyObject *ids = PySet_New(NULL), *cond = NULL, *pair = NULL, *r = NULL;
    if (!ids) return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keep); i++)
        if (collect_leaf_ids(PyList_GET_ITEM(keep, i), ids) < 0) goto done;
    cond = leaf_condition(ids);
    pair = cond ? PyObject_CallMethod(eg, "split", "(O)", cond) : NULL;
    r = pair ? Py_NewRef(PyTuple_GET_ITEM(pair, 0)) : NULL;
done:
    Py_DECREF(ids);
    Py_XDECREF(cond);
    Py_XDECREF(pair);
    return r;
}

/* Same traceback, cause, context and notes: a re-raise of (part of) orig. */
static int same_metadata(PyObject *a, PyObject *b)
{
    PyBaseExceptionObject *x = (PyBaseExceptionObject *)a, *y = (PyBaseExceptionObject *)b;
    return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

/* EXC_GROUP_RERAISE (_PyExc_PrepReraiseStar): what clauses re-raised keeps orig's
 * nesting; exceptions they raised become siblings of it in a new group. */
PyObject *spc_rt_exc_group_reraise(PyObject *orig, PyObject *excs)
{
    Py_ssize_t n = PyList_GET_SIZE(excs);
    if (n == 0) return Py_NewRef(Py_None);
    if (!_PyBaseExceptionGroup_Check(orig)) return Py_NewRef(PyList_GET_ITEM(excs, 0));   /* a wrapped naked one */
    PyObject *raised = PyList_New(0), *reraised = PyList_New(0), *result = NULL, *eg = NULL;
    if (!raised || !reraised) goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *e = PyList_GET_ITEM(excs, i);
        if (e != Py_None && PyList_Append(same_metadata(e, orig) ? reraised : raised, e) < 0) goto done;
    }
    if (!(eg = projection(orig, reraised))) goto done;
    if (PyList_GET_SIZE(raised) == 0) {
        result = Py_NewRef(eg);
    } else {
        if (eg != Py_None && PyList_Append(raised, eg) < 0) goto done;
        result = PyList_GET_SIZE(raised) > 1 ? make_group(raised) : Py_NewRef(PyList_GET_ITEM(raised, 0));
    }
done:
    Py_XDECREF(eg);
    Py_XDECREF(raised);
    Py_XDECREF(reraised);
    return result;
}
