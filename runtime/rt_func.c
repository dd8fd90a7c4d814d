/* rt_func.c — function objects of compiled functions and argument binding.
 * Stage: run time.  MAKE_FUNCTION builds an SpcFunction whose vectorcall enters the
 * IRF_PY_ENTRY C function with the function object as `self`; BIND_ARGS binds
 * (args, nargs, kwnames) against the argument spec stored in it, with CPython 3.11's
 * messages (ceval.c initialize_locals / format_missing / too_many_positional).
 * The generated code also keeps the latest function object per IrFunc in a slot of
 * its own (.so global), which LOAD_DEFAULT reads. */
#include "spc_rt.h"
#include <stddef.h>
#include <structmember.h>
#include <string.h>

static PyObject *func_vectorcall(PyObject *f, PyObject *const *args, size_t nargsf,
                                 PyObject *kwnames)
{
    return ((SpcFunction *)f)->entry(f, args, PyVectorcall_NARGS(nargsf), kwnames);
}

static int func_traverse(PyObject *o, visitproc visit, void *arg)
{
    SpcFunction *f = (SpcFunction *)o;
    Py_VISIT(f->dict);
    Py_VISIT(f->defaults);
    Py_VISIT(f->kwdefaults);
    Py_VISIT(f->doc);
    Py_VISIT(f->module);
    Py_VISIT(f->closure);
    return 0;
}

static int func_clear(PyObject *o)
{
    SpcFunction *f = (SpcFunction *)o;
    Py_CLEAR(f->dict);
    Py_CLEAR(f->defaults);
    Py_CLEAR(f->kwdefaults);
    Py_CLEAR(f->doc);
    Py_CLEAR(f->module);
    Py_CLEAR(f->closure);
    return 0;
}

static void func_dealloc(PyObject *o)
{
    SpcFunction *f = (SpcFunction *)o;
    PyObject_GC_UnTrack(o);
    func_clear(o);
    Py_CLEAR(f->name);
    Py_CLEAR(f->qualname);
    Py_CLEAR(f->argnames);
    PyObject_GC_Del(o);
}

static PyObject *func_repr(PyObject *o)
{
    return PyUnicode_FromFormat("<function %U at %p>", ((SpcFunction *)o)->qualname, o);
}

/* Functions bind as methods when stored on a class, like Python functions. */
static PyObject *func_descr_get(PyObject *f, PyObject *obj, PyObject *type)
{
    if (obj == NULL || obj == Py_None) return Py_NewRef(f);
    return PyMethod_New(f, obj);
}

static PyMemberDef func_members[] = {
    { "__name__", T_OBJECT, offsetof(SpcFunction, name), READONLY, NULL },
    { "__qualname__", T_OBJECT, offsetof(SpcFunction, qualname), READONLY, NULL },
    { "__module__", T_OBJECT, offsetof(SpcFunction, module), 0, NULL },
    { "__doc__", T_OBJECT, offsetof(SpcFunction, doc), 0, NULL },
    { "__defaults__", T_OBJECT, offsetof(SpcFunction, defaults), READONLY, NULL },
    { "__kwdefaults__", T_OBJECT, offsetof(SpcFunction, kwdefaults), READONLY, NULL },
    { "__closure__", T_OBJECT, offsetof(SpcFunction, closure), READONLY, NULL },
    { NULL },
};

static PyGetSetDef func_getset[] = {
    { "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL },
    { NULL },
};

PyTypeObject SpcFunction_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "spc_function",
    .tp_basicsize = sizeof(SpcFunction),
    .tp_dealloc = func_dealloc,
    .tp_vectorcall_offset = offsetof(SpcFunction, vectorcall),
    .tp_repr = func_repr,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL
              | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_members = func_members,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(SpcFunction, dict),
};

int spc_rt_ready_types(void)
{
    return PyType_Ready(&SpcFunction_Type) < 0 ? -1 : PyType_Ready(&SpcListIter_Type);
}

/* "a,b,c" -> ('a', 'b', 'c') of interned strings. */
static PyObject *split_names(const char *csv)
{
    PyObject *list = PyList_New(0);
    const char *p = csv;
    while (list && *p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        PyObject *s = PyUnicode_FromStringAndSize(p, (Py_ssize_t)n);
        if (s) PyUnicode_InternInPlace(&s);
        if (!s || PyList_Append(list, s) < 0) Py_CLEAR(list);
        Py_XDECREF(s);
        p += n + (e != NULL);
    }
    PyObject *t = list ? PyList_AsTuple(list) : NULL;
    Py_XDECREF(list);
    return t;
}

PyObject *spc_rt_make_function(PyObject **slot, void *entry, const char *name,
                               const char *qualname, const char *argnames, int npos,
                               int nkwonly, PyObject *defaults, PyObject *kwdefaults)
{
    SpcFunction *f = PyObject_GC_New(SpcFunction, &SpcFunction_Type);
    if (!f) return NULL;
    f->vectorcall = func_vectorcall;
    f->entry = (SpcEntry)entry;
    f->name = PyUnicode_InternFromString(name);
    f->qualname = PyUnicode_FromString(qualname);
    f->module = Py_XNewRef(spc_rt_g_modname);
    f->doc = Py_NewRef(Py_None);
    f->dict = NULL;
    f->defaults = defaults && defaults != Py_None ? Py_NewRef(defaults) : NULL;
    f->kwdefaults = kwdefaults && kwdefaults != Py_None ? Py_NewRef(kwdefaults) : NULL;
    f->argnames = split_names(argnames);
    f->npos = npos;
    f->nkwonly = nkwonly;
    f->closure = NULL;
    PyObject_GC_Track(f);
    if (!f->name || !f->qualname || !f->argnames) {
        Py_DECREF(f);
        return NULL;
    }
    Py_XSETREF(*slot, Py_NewRef((PyObject *)f));
    return (PyObject *)f;
}

/* Default of parameter `i`: positional defaults align with the last positionals. */
PyObject *spc_rt_load_default(PyObject *fo, int i)
{
    SpcFunction *f = (SpcFunction *)fo;
    if (i < f->npos) {
        Py_ssize_t nd = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
        Py_ssize_t k = i - (f->npos - nd);
        return k >= 0 && k < nd ? PyTuple_GET_ITEM(f->defaults, k) : NULL;
    }
    if (!f->kwdefaults) return NULL;
    return PyDict_GetItemWithError(f->kwdefaults, PyTuple_GET_ITEM(f->argnames, i));
}

/* ---- BIND_ARGS ---- */

static Py_ssize_t find_name(SpcFunction *f, PyObject *key)
{
    Py_ssize_t n = f->npos + f->nkwonly;
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyTuple_GET_ITEM(f->argnames, i) == key) return i;
    for (Py_ssize_t i = 0; i < n; i++) {
        int r = PyUnicode_Compare(PyTuple_GET_ITEM(f->argnames, i), key);
        if (r == 0) return i;
        if (r == -1 && PyErr_Occurred()) return -2;
    }
    return -1;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython format_missing). */
static void missing(SpcFunction *f, PyObject **bound, int from, int to, const char *kind)
{
    PyObject *names = PyList_New(0);
    for (int i = from; names && i < to; i++)
        if (!bound[i] && PyList_Append(names, PyTuple_GET_ITEM(f->argnames, i)) < 0)
            Py_CLEAR(names);
    if (!names) return;
    Py_ssize_t n = PyList_GET_SIZE(names);
    PyObject *text = NULL;
    if (n == 1) {
        text = PyUnicode_FromFormat("'%U'", PyList_GET_ITEM(names, 0));
    } else if (n == 2) {
        text = PyUnicode_FromFormat("'%U' and '%U'", PyList_GET_ITEM(names, 0),
                                    PyList_GET_ITEM(names, 1));
    } else {
        text = PyUnicode_FromString("");
        for (Py_ssize_t i = 0; text && i < n; i++) {
            PyObject *part = PyUnicode_FromFormat(i == n - 1 ? "and '%U'" : "'%U', ",
                                                  PyList_GET_ITEM(names, i));
            PyObject *joined = part ? PyUnicode_Concat(text, part) : NULL;
            Py_XDECREF(part);
            Py_SETREF(text, joined);
        }
    }
    if (text)
        PyErr_Format(PyExc_TypeError, "%U() missing %zd required %s argument%s: %U",
                     f->qualname, n, kind, n == 1 ? "" : "s", text);
    Py_XDECREF(text);
    Py_DECREF(names);
}

static void too_many_positional(SpcFunction *f, Py_ssize_t given, PyObject **bound)
{
    Py_ssize_t ndef = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
    Py_ssize_t kwonly_given = 0;
    for (int i = f->npos; i < f->npos + f->nkwonly; i++) kwonly_given += bound[i] != NULL;
    PyObject *sig = ndef ? PyUnicode_FromFormat("from %zd to %d", f->npos - ndef, f->npos)
                         : PyUnicode_FromFormat("%d", f->npos);
    PyObject *kwsig = kwonly_given
        ? PyUnicode_FromFormat(" positional argument%s (and %zd keyword-only argument%s)",
                               given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
        : PyUnicode_FromString("");
    if (sig && kwsig)
        PyErr_Format(PyExc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                     f->qualname, sig, f->npos == 1 && !ndef ? "" : "s", given, kwsig,
                     given == 1 && !kwonly_given ? "was" : "were");
    Py_XDECREF(sig);
    Py_XDECREF(kwsig);
}

static int bind_keywords(SpcFunction *f, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames, PyObject **bound)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t i = find_name(f, key);
        if (i == -2) return -1;
        if (i < 0) {
            PyErr_Format(PyExc_TypeError, "%U() got an unexpected keyword argument '%S'",
                         f->qualname, key);
            return -1;
        }
        if (bound[i]) {
            PyErr_Format(PyExc_TypeError, "%U() got multiple values for argument '%S'",
                         f->qualname, key);
            return -1;
        }
        bound[i] = args[nargs + k];
    }
    return 0;
}

int spc_rt_bind_args(PyObject *self, PyObject **args, int64_t nargs, PyObject *kwnames,
                     PyObject **bound)
{
    SpcFunction *f = (SpcFunction *)self;
    int n = f->npos + f->nkwonly;
    for (int i = 0; i < n; i++) bound[i] = NULL;
    for (int64_t i = 0; i < nargs && i < f->npos; i++) bound[i] = args[i];
    if (bind_keywords(f, args, nargs, kwnames, bound) < 0) return -1;
    if (nargs > f->npos) {
        too_many_positional(f, nargs, bound);
        return -1;
    }
    for (int i = 0; i < n; i++)
        if (!bound[i]) {
            bound[i] = spc_rt_load_default(self, i);
            if (!bound[i] && PyErr_Occurred()) return -1;
        }
    for (int i = 0; i < f->npos; i++)
        if (!bound[i]) {
            missing(f, bound, 0, f->npos, "positional");
            return -1;
        }
    for (int i = f->npos; i < n; i++)
        if (!bound[i]) {
            missing(f, bound, f->npos, n, "keyword-only");
            return -1;
        }
    return 0;
}

/* ---- closures: cells shared by a function and the functions nested in it ---- */

PyObject *spc_rt_make_cell(PyObject *value)
{
    return PyCell_New(value);
}

/* The messages of CPython 3.11's LOAD_DEREF / DELETE_DEREF on an empty cell. */
static void raise_empty_cell(PyObject *name, int is_free)
{
    if (is_free)
        PyErr_Format(PyExc_NameError,
                     "cannot access free variable '%U' where it is not associated with a value"
                     " in enclosing scope", name);
    else
        PyErr_Format(PyExc_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     name);
}

PyObject *spc_rt_load_deref(PyObject *cell, PyObject *name, int is_free)
{
    PyObject *v = PyCell_GET(cell);
    if (v) return Py_NewRef(v);
    raise_empty_cell(name, is_free);
    return NULL;
}

void spc_rt_store_deref(PyObject *cell, PyObject *value)
{
    PyObject *old = PyCell_GET(cell);
    PyCell_SET(cell, Py_NewRef(value));
    Py_XDECREF(old);
}

int spc_rt_delete_deref(PyObject *cell, PyObject *name, int is_free)
{
    PyObject *old = PyCell_GET(cell);
    if (!old) {
        raise_empty_cell(name, is_free);
        return -1;
    }
    PyCell_SET(cell, NULL);
    Py_DECREF(old);
    return 0;
}

PyObject *spc_rt_func_closure(PyObject *f)
{
    return ((SpcFunction *)f)->closure;
}

void spc_rt_set_closure(PyObject *f, PyObject *closure)
{
    Py_XSETREF(((SpcFunction *)f)->closure, Py_NewRef(closure));
}
