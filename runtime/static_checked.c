/* static_checked.c — generic specialisation for CheckedList / CheckedDict.
 * Stage: run time (__static__._static).  Input: `CheckedList[int]`, `CheckedDict[str,
 * Optional[C]]` (Python's subscript or the C API); output: one cached heap type per
 * distinct argument list, a subclass of the generic C type whose metatype
 * (SpcCheckedType) records the element types, so a check is one PyObject_TypeCheck.
 * Names follow the reference: tp_name "chklist[int]", __module__ "__static__",
 * Optional arguments spelt "Optional[T]". */
#include "static_impl.h"
#include <string.h>

static PyObject *g_cache;   /* (generic, t0, opt0[, t1, opt1]) -> specialised type */

/* ---- the metatype: a heap type plus the element types ---- */

static void meta_dealloc(PyObject *self)
{
    SpcCheckedType *t = (SpcCheckedType *)self;
    Py_CLEAR(t->param[0]);
    Py_CLEAR(t->param[1]);
    PyType_Type.tp_dealloc(self);
}

static int meta_traverse(PyObject *self, visitproc visit, void *arg)
{
    SpcCheckedType *t = (SpcCheckedType *)self;
    Py_VISIT(t->param[0]);
    Py_VISIT(t->param[1]);
    return PyType_Type.tp_traverse(self, visit, arg);
}

PyTypeObject SpcCheckedType_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "__static__._static.checked_type",
    .tp_basicsize = sizeof(SpcCheckedType),
    .tp_dealloc = meta_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Metatype of CheckedList[T] / CheckedDict[K, V]: records the element types.",
    .tp_traverse = meta_traverse,
};

int spc_is_specialised(PyTypeObject *type)
{
    return Py_IS_TYPE((PyObject *)type, &SpcCheckedType_Type)
           && ((SpcCheckedType *)type)->nparams > 0;
}

int spc_checked_ready(void)
{
    SpcCheckedType_Type.tp_base = &PyType_Type;
    SpcCheckedType_Type.tp_clear = PyType_Type.tp_clear;
    if (PyType_Ready(&SpcCheckedType_Type) < 0) return -1;
    if (!g_cache && !(g_cache = PyDict_New())) return -1;
    return 0;
}

/* ---- messages ---- */

int spc_bad_item(PyObject *c, const char *what, PyObject *v)
{
    PyErr_Format(PyExc_TypeError, "bad %s '%s' for %s", what, Py_TYPE(v)->tp_name,
                 Py_TYPE(c)->tp_name);
    return -1;
}

int spc_bad_arg(PyObject *c, const char *meth, int pos, int i)
{
    PyTypeObject *p = ((SpcCheckedType *)Py_TYPE(c))->param[i];
    PyErr_Format(spc_static_type_error, "%s() argument %d expected %s", meth, pos,
                 p ? p->tp_name : "object");
    return -1;
}

int spc_check_nargs(const char *name, Py_ssize_t n, Py_ssize_t min, Py_ssize_t max)
{
    if (n >= min && n <= max) return 0;
    Py_ssize_t want = n < min ? min : max;
    PyErr_Format(PyExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                 min == max ? "" : n < min ? "at least " : "at most ", want,
                 want == 1 ? "" : "s", n);
    return -1;
}

int spc_no_kwargs(const char *name, PyObject *kwargs)
{
    if (!kwargs || (PyDict_Check(kwargs) && PyDict_GET_SIZE(kwargs) == 0)) return 0;
    if (PyTuple_Check(kwargs) && PyTuple_GET_SIZE(kwargs) == 0) return 0;
    PyErr_Format(PyExc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

/* ---- generic arguments: a type, or Optional[T] / T | None ---- */

/* Is `form` typing.Union (a _SpecialForm named "Union")? */
static int is_typing_union(PyObject *form)
{
    if (strcmp(Py_TYPE(form)->tp_name, "_SpecialForm") != 0) return 0;
    PyObject *name = PyObject_GetAttrString(form, "_name");
    if (!name) {
        PyErr_Clear();
        return 0;
    }
    int r = PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "Union") == 0;
    Py_DECREF(name);
    return r;
}

/* The X of Optional[X] / Union[X, None] / X | None (new ref), else NULL without error. */
static PyObject *optional_inner(PyObject *arg)
{
    PyObject *res = NULL, *origin = NULL;
    PyObject *args = PyObject_GetAttrString(arg, "__args__");
    if (!args || !PyTuple_Check(args) || PyTuple_GET_SIZE(args) != 2) goto done;
    if (strcmp(Py_TYPE(arg)->tp_name, "types.UnionType") != 0) {
        origin = PyObject_GetAttrString(arg, "__origin__");
        if (!origin || !is_typing_union(origin)) goto done;
    }
    PyObject *none = (PyObject *)Py_TYPE(Py_None);
    PyObject *a = PyTuple_GET_ITEM(args, 0), *b = PyTuple_GET_ITEM(args, 1);
    if (PyType_Check(a) && a != none && (b == none || b == Py_None)) res = Py_NewRef(a);
    else if (PyType_Check(b) && b != none && (a == none || a == Py_None)) res = Py_NewRef(b);
done:
    PyErr_Clear();
    Py_XDECREF(args);
    Py_XDECREF(origin);
    return res;
}

/* arg -> (*type new ref, *opt); -1 with TypeError for anything else. */
static int normalise_arg(PyObject *arg, PyObject **type, char *opt)
{
    if (PyType_Check(arg)) {
        *type = Py_NewRef(arg);
        *opt = 0;
        return 0;
    }
    if ((*type = optional_inner(arg))) {
        *opt = 1;
        return 0;
    }
    PyErr_SetString(PyExc_TypeError, "expected type or Optional[T] for generic argument");
    return -1;
}

/* ---- creating and caching the specialised types ---- */

static const char *generic_stem(PyTypeObject *generic)
{
    return generic == &SpcChkList_Type ? "chklist" : "chkdict";
}

static int generic_size(PyTypeObject *generic)
{
    return generic == &SpcChkList_Type ? 1 : 2;
}

static PyObject *make_name(PyTypeObject *generic, PyObject *const *types, const char *opt,
                           Py_ssize_t n)
{
    PyObject *name = PyUnicode_FromFormat("%s[", generic_stem(generic));
    for (Py_ssize_t i = 0; name && i < n; i++) {
        PyObject *part = PyUnicode_FromFormat(opt[i] ? "%sOptional[%s]" : "%s%s", i ? ", " : "",
                                              ((PyTypeObject *)types[i])->tp_name);
        PyUnicode_AppendAndDel(&name, part);
    }
    if (name) PyUnicode_AppendAndDel(&name, PyUnicode_FromString("]"));
    return name;
}

static PyObject *create_type(PyTypeObject *generic, PyObject *const *types, const char *opt,
                             Py_ssize_t n)
{
    PyObject *name = make_name(generic, types, opt, n);
    if (!name) return NULL;
    /* __slots__ = (): same instance layout as list/dict (no __dict__, no weakrefs). */
    PyObject *doc = PyObject_GetAttrString((PyObject *)generic, "__doc__");
    PyObject *ns = doc ? Py_BuildValue("{s:s,s:(),s:N}", "__module__", "__static__", "__slots__",
                                       "__doc__", doc)
                       : NULL;
    PyObject *t = ns ? PyObject_CallFunction((PyObject *)&SpcCheckedType_Type, "O(O)O", name,
                                             (PyObject *)generic, ns)
                     : NULL;
    Py_DECREF(name);
    Py_XDECREF(ns);
    if (!t) return NULL;
    SpcCheckedType *ct = (SpcCheckedType *)t;
    ct->nparams = (int)n;
    for (Py_ssize_t i = 0; i < n; i++) {
        ct->param[i] = (PyTypeObject *)Py_NewRef(types[i]);
        ct->optional[i] = opt[i];
    }
    /* Like the reference, a specialised container cannot be subclassed. */
    ((PyTypeObject *)t)->tp_flags &= ~Py_TPFLAGS_BASETYPE;
    return t;
}

PyObject *spc_specialize(PyTypeObject *generic, PyObject *const *types, const char *optional,
                         Py_ssize_t n)
{
    if ((generic != &SpcChkList_Type && generic != &SpcChkDict_Type)
        || n != generic_size(generic)) {
        PyErr_SetString(PyExc_TypeError, "spc_specialize: bad generic type or arity");
        return NULL;
    }
    PyObject *key = PyTuple_New(1 + 2 * n);
    if (!key) return NULL;
    PyTuple_SET_ITEM(key, 0, Py_NewRef((PyObject *)generic));
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyType_Check(types[i])) {
            Py_DECREF(key);
            PyErr_SetString(PyExc_TypeError, "expected type or Optional[T] for generic argument");
            return NULL;
        }
        PyTuple_SET_ITEM(key, 1 + 2 * i, Py_NewRef(types[i]));
        PyTuple_SET_ITEM(key, 2 + 2 * i, PyBool_FromLong(optional[i]));
    }
    PyObject *t = PyDict_GetItemWithError(g_cache, key);
    if (t) {
        Py_DECREF(key);
        return Py_NewRef(t);
    }
    if (!PyErr_Occurred() && (t = create_type(generic, types, optional, n))
        && PyDict_SetItem(g_cache, key, t) < 0)
        Py_CLEAR(t);
    Py_DECREF(key);
    return t;
}

/* CheckedList[arg] / CheckedDict[arg] from Python (__class_getitem__). */
PyObject *spc_generic_getitem(PyTypeObject *generic, PyObject *arg)
{
    if (generic != &SpcChkList_Type && generic != &SpcChkDict_Type) {
        PyErr_Format(PyExc_TypeError, "'%s' is not a generic class", generic->tp_name);
        return NULL;
    }
    PyObject *const *items = &arg;
    Py_ssize_t n = 1;
    if (PyTuple_Check(arg)) {
        items = &PyTuple_GET_ITEM(arg, 0);
        n = PyTuple_GET_SIZE(arg);
    }
    if (n != generic_size(generic)) {
        PyErr_Format(PyExc_TypeError, "%s expected %d generic arguments, got %zd",
                     generic->tp_name, generic_size(generic), n);
        return NULL;
    }
    PyObject *types[2] = {NULL, NULL}, *res = NULL;
    char opt[2] = {0, 0};
    if (normalise_arg(items[0], &types[0], &opt[0]) == 0
        && (n < 2 || normalise_arg(items[1], &types[1], &opt[1]) == 0))
        res = spc_specialize(generic, types, opt, n);
    Py_XDECREF(types[0]);
    Py_XDECREF(types[1]);
    return res;
}
