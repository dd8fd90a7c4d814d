/* rt_func.c — function objects of compiled functions and argument binding.
 * Stage: run time.  MAKE_FUNCTION builds an SpcFunction whose vectorcall enters the
 * IRF_PY_ENTRY C function with the function object as `self`; BIND_ARGS binds
 * (args, nargs, kwnames) against the argument spec stored in it, with CPython 3.11's
 * messages (ceval.c initialize_locals / format_missing / too_many_positional /
 * positional_only_passed_as_keyword), packing *args and **kwargs.
 * The generated code also keeps the latest function object per IrFunc in a slot of
 * its own (.so global), which LOAD_DEFAULT reads.
 * Introspection: the object is "function-like" for inspect (a __code__ describing the
 * parameters, __defaults__, __kwdefaults__, __annotations__), so inspect.signature,
 * help() and functools.wraps treat it like the source function. */
#include "spc_rt.h"
#include "py_layout.h"
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
    Py_VISIT(f->annotations);
    Py_VISIT(f->code);
    Py_VISIT(f->globals);
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
    Py_CLEAR(f->annotations);
    Py_CLEAR(f->code);
    Py_CLEAR(f->globals);
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
    { "__module__", T_OBJECT, offsetof(SpcFunction, module), 0, NULL },
    { "__doc__", T_OBJECT, offsetof(SpcFunction, doc), 0, NULL },
    { "__globals__", T_OBJECT, offsetof(SpcFunction, globals), READONLY, NULL },
    { "__closure__", T_OBJECT, offsetof(SpcFunction, closure), READONLY, NULL },
    { NULL },
};

/* ---- writable attributes, with CPython's checks (funcobject.c) ---- */

static int set_str(PyObject **field, PyObject *value, const char *what)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    Py_XSETREF(*field, Py_NewRef(value));
    return 0;
}

static PyObject *get_name(PyObject *o, void *c) { (void)c; return Py_NewRef(((SpcFunction *)o)->name); }
static int set_name(PyObject *o, PyObject *v, void *c) { (void)c; return set_str(&((SpcFunction *)o)->name, v, "__name__"); }
static PyObject *get_qualname(PyObject *o, void *c) { (void)c; return Py_NewRef(((SpcFunction *)o)->qualname); }
static int set_qualname(PyObject *o, PyObject *v, void *c) { (void)c; return set_str(&((SpcFunction *)o)->qualname, v, "__qualname__"); }

static PyObject *get_defaults(PyObject *o, void *c)
{
    (void)c;
    PyObject *d = ((SpcFunction *)o)->defaults;
    return Py_NewRef(d ? d : Py_None);
}

static int set_defaults(PyObject *o, PyObject *v, void *c)
{
    (void)c;
    SpcFunction *f = (SpcFunction *)o;
    if (v == Py_None) v = NULL;
    if (v && !PyTuple_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Py_XSETREF(f->defaults, Py_XNewRef(v));   /* running calls own what they bound */
    return 0;
}

static PyObject *get_kwdefaults(PyObject *o, void *c)
{
    (void)c;
    PyObject *d = ((SpcFunction *)o)->kwdefaults;
    return Py_NewRef(d ? d : Py_None);
}

static int set_kwdefaults(PyObject *o, PyObject *v, void *c)
{
    (void)c;
    SpcFunction *f = (SpcFunction *)o;
    if (v == Py_None) v = NULL;
    if (v && !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(f->kwdefaults, Py_XNewRef(v));
    return 0;
}

static PyObject *build_annotations(SpcFunction *f);

static PyObject *get_annotations(PyObject *o, void *c)
{
    (void)c;
    SpcFunction *f = (SpcFunction *)o;
    if (!f->annotations && !(f->annotations = build_annotations(f))) return NULL;
    return Py_NewRef(f->annotations);
}

static int set_annotations(PyObject *o, PyObject *v, void *c)
{
    (void)c;
    SpcFunction *f = (SpcFunction *)o;
    if (v == Py_None) v = NULL;
    if (v && !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    if (!v) {   /* deleted: reads give a new empty dict, not the source annotations */
        Py_XSETREF(f->annotations, PyDict_New());
        return f->annotations ? 0 : -1;
    }
    Py_XSETREF(f->annotations, Py_NewRef(v));
    return 0;
}

static PyObject *build_code(SpcFunction *f);

static PyObject *get_code(PyObject *o, void *c)
{
    (void)c;
    SpcFunction *f = (SpcFunction *)o;
    if (!f->code && !(f->code = build_code(f))) return NULL;
    return Py_NewRef(f->code);
}
/* Calls of a function @types.coroutine flagged: what the function returns is wrapped as
 * types.coroutine wraps generator-likes that are not CPython's own generators (Cython's,
 * ours): a types._GeneratorWrapper, which is a collections.abc.Coroutine (asyncio takes
 * it) and awaitable. */
static PyObject *iterable_coroutine_vectorcall(PyObject *f, PyObject *const *args,
                                               size_t nargsf, PyObject *kwnames)
{
    PyObject *r = func_vectorcall(f, args, nargsf, kwnames);
    if (!r || PyCoro_CheckExact(r)) return r;
    PyObject *types = PyImport_ImportModule("types");
    PyObject *wrapper = types ? PyObject_GetAttrString(types, "_GeneratorWrapper") : NULL;
    PyObject *w = wrapper ? PyObject_CallOneArg(wrapper, r) : NULL;
    Py_XDECREF(wrapper);
    Py_XDECREF(types);
    Py_DECREF(r);
    return w;
}

/* __code__ assignment. What a compiled function does is its native code, so only the
 * one replacement that changes no behaviour of the body is taken: @types.coroutine's
 * copy flagged CO_ITERABLE_COROUTINE, which makes the function's generators awaitable.
 * Any other code object is refused rather than silently ignored. */
static int set_code(PyObject *o, PyObject *v, void *c)
{
    SpcFunction *f = (SpcFunction *)o;
    if (!v || !PyCode_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    PyObject *old = get_code(o, c);
    int flags = ((PyCodeObject *)v)->co_flags;
    PyObject *kw = old ? Py_BuildValue("{s:i}", "co_flags", flags) : NULL;
    PyObject *same = kw ? spc_rt_code_replace(old, kw) : NULL;
    int eq = same ? PyObject_RichCompareBool(same, v, Py_EQ) : -1;
    Py_XDECREF(same);
    Py_XDECREF(kw);
    Py_XDECREF(old);
    if (eq < 0) return -1;
    if (!eq || !(flags & CO_ITERABLE_COROUTINE) || !(f->code_flags & CO_GENERATOR)) {
        PyErr_Format(PyExc_TypeError, "the code of compiled function '%U' cannot be replaced",
                     f->qualname);
        return -1;
    }
    Py_XSETREF(f->code, Py_NewRef(v));
    f->code_flags |= CO_ITERABLE_COROUTINE;
    f->vectorcall = iterable_coroutine_vectorcall;
    f->fast = NULL;          /* every call goes through the vectorcall above */
    f->fast_nargs = -1;
    return 0;
}

/* __class__: types.FunctionType, so isinstance(f, FunctionType) and inspect.isfunction()
 * hold for compiled functions as for the source's (dataclasses, typing, inspect and mock
 * branch on them); type(f) stays exact. Everything those callers then read (__code__,
 * __defaults__, __globals__, __builtins__, ...) is provided here. */
static PyObject *get_class(PyObject *o, void *c)
{
    (void)o, (void)c;
    return Py_NewRef((PyObject *)&PyFunction_Type);
}

/* __builtins__: the builtins namespace the function sees, as CPython 3.10+ records it. */
static PyObject *get_builtins(PyObject *o, void *c)
{
    (void)c;
    SpcFunction *f = (SpcFunction *)o;
    PyObject *b = f->globals ? PyDict_GetItemString(f->globals, "__builtins__") : NULL;
    if (b && PyModule_Check(b)) b = PyModule_GetDict(b);
    if (!b) b = PyEval_GetBuiltins();
    return Py_XNewRef(b);
}

static PyGetSetDef func_getset[] = {
    { "__class__", get_class, NULL, NULL, NULL },
    { "__builtins__", get_builtins, NULL, NULL, NULL },
    { "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL },
    { "__name__", get_name, set_name, NULL, NULL },
    { "__qualname__", get_qualname, set_qualname, NULL, NULL },
    { "__defaults__", get_defaults, set_defaults, NULL, NULL },
    { "__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL, NULL },
    { "__annotations__", get_annotations, set_annotations, NULL, NULL },
    { "__code__", get_code, set_code, NULL, NULL },
    { NULL },
};

/* Pickled (and copied) by reference, like Python functions: the name of a global. */
static PyObject *func_reduce(PyObject *o, PyObject *unused)
{
    (void)unused;
    return Py_NewRef(((SpcFunction *)o)->qualname);
}

static PyMethodDef func_methods[] = {
    { "__reduce__", func_reduce, METH_NOARGS, NULL },
    { NULL },
};

PyTypeObject SpcFunction_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "function",   /* as CPython's messages name Python functions */
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
    .tp_methods = func_methods,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(SpcFunction, dict),
};

int spc_rt_ready_types(void)
{
    if (PyType_Ready(&SpcFunction_Type) < 0 || PyType_Ready(&SpcRangeIter_Type) < 0) return -1;
    return PyType_Ready(&SpcListIter_Type);
}

/* ---- the signature spec MAKE_FUNCTION passes (written by lower.c) ----
 *   "<nposonly> <npos> <nkwonly> <varargs> <varkw> <future_annotations> <firstline> <co_flags>" RS
 *   <filename> RS, then one <name> RS per parameter in co_varnames order, then one
 *   <name> US <annotation source text> RS per annotation ("return" for the result).
 * RS is \x1e, US \x1f; the string lives as long as the .so. */
#define SPEC_RS '\x1e'
#define SPEC_US '\x1f'

static const char *spec_field(const char *p, const char **end)
{
    *end = strchr(p, SPEC_RS);
    if (!*end) *end = p + strlen(p);
    return p;
}

static PyObject *spec_str(const char *p, const char *e)
{
    PyObject *s = PyUnicode_DecodeUTF8(p, (Py_ssize_t)(e - p), "surrogatepass");
    if (s) PyUnicode_InternInPlace(&s);
    return s;
}

/* Parses the header and the names; returns where the annotation records start. */
static const char *parse_spec(SpcFunction *f, const char *spec)
{
    int n = sscanf(spec, "%d %d %d %d %d %d %d %d", &f->nposonly, &f->npos, &f->nkwonly,
                   &f->has_varargs, &f->has_varkw, &f->future_ann, &f->firstline, &f->code_flags);
    if (n != 8) {
        PyErr_SetString(PyExc_SystemError, "spc: bad function signature spec");
        return NULL;
    }
    const char *e, *p = spec_field(spec, &e);
    p = *e ? e + 1 : e;
    f->filename = p;
    spec_field(p, &e);
    f->filename_len = (int)(e - p);   /* the field ends at RS, not at a NUL */
    p = *e ? e + 1 : e;
    int total = f->npos + f->nkwonly + f->has_varargs + f->has_varkw;
    f->argnames = PyTuple_New(total);
    for (int i = 0; f->argnames && i < total; i++) {
        spec_field(p, &e);
        PyObject *name = spec_str(p, e);
        if (!name) return NULL;
        PyTuple_SET_ITEM(f->argnames, i, name);
        p = *e ? e + 1 : e;
    }
    return f->argnames ? p : NULL;
}

PyObject *spc_rt_make_function(PyObject **slot, void *entry, const char *name,
                               const char *qualname, const char *spec, PyObject *defaults,
                               PyObject *kwdefaults)
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
    f->argnames = f->annotations = f->code = NULL;
    f->globals = Py_XNewRef(spc_rt_g_globals);
    f->closure = NULL;
    f->fast = NULL;
    f->fast_nargs = -1;
    PyObject_GC_Track(f);
    f->ann_spec = parse_spec(f, spec);
    if (!f->name || !f->qualname || !f->ann_spec) {
        Py_DECREF(f);
        return NULL;
    }
    Py_XSETREF(*slot, Py_NewRef((PyObject *)f));
    return (PyObject *)f;
}

_Static_assert(offsetof(SpcFunction, fast) == SPC_OFF_FUNC_FAST, "py_layout.h SPC_OFF_FUNC_FAST");
_Static_assert(offsetof(SpcFunction, fast_nargs) == SPC_OFF_FUNC_FAST_NARGS, "py_layout.h SPC_OFF_FUNC_FAST_NARGS");

/* The entry of f only binds its positional parameters and calls `native` with them
 * (lower.c decides): a call with exactly n positional arguments and no keywords binds
 * the same way, so CALL sites may call native directly (borrowed arguments, as the
 * entry passes them). Defaults, keywords, *args and checks of typed parameters keep
 * the entry. */
void spc_rt_func_set_fast(PyObject *f, void *native, int64_t n)
{
    ((SpcFunction *)f)->fast = native;
    ((SpcFunction *)f)->fast_nargs = n;
}

/* The value of one annotation as CPython has it after the def ran: the expression
 * evaluated in the module's globals, or with `from __future__ import annotations`
 * the source text as the compiler unparses it (ast.unparse). */
static PyObject *annotation_value(SpcFunction *f, PyObject *text)
{
    if (f->future_ann) {
        PyObject *ast = PyImport_ImportModule("ast");
        PyObject *tree = ast ? PyObject_CallMethod(ast, "parse", "Oss", text, "<unknown>", "eval") : NULL;
        PyObject *r = tree ? PyObject_CallMethod(ast, "unparse", "O", tree) : NULL;
        Py_XDECREF(tree);
        Py_XDECREF(ast);
        return r;
    }
    PyObject *src = PyUnicode_FromFormat("(%U\n)", text);
    const char *u = src ? PyUnicode_AsUTF8(src) : NULL;
    PyObject *r = u ? PyRun_String(u, Py_eval_input, f->globals, f->globals) : NULL;
    Py_XDECREF(src);
    return r;
}

static PyObject *build_annotations(SpcFunction *f)
{
    PyObject *d = PyDict_New();
    for (const char *p = f->ann_spec, *e; d && *p; p = *e ? e + 1 : e) {
        spec_field(p, &e);
        const char *us = memchr(p, SPEC_US, (size_t)(e - p));
        if (!us) break;
        PyObject *key = spec_str(p, us), *text = key ? spec_str(us + 1, e) : NULL;
        PyObject *val = text ? annotation_value(f, text) : NULL;
        if (!val || PyDict_SetItem(d, key, val) < 0) Py_CLEAR(d);
        Py_XDECREF(key);
        Py_XDECREF(text);
        Py_XDECREF(val);
    }
    return d;
}

/* An empty code object with the parameter counts, names and flags of the source
 * function: what inspect reads to build a Signature. */
static PyObject *build_code(SpcFunction *f)
{
    char *filename = PyMem_Malloc((size_t)f->filename_len + 1);
    if (!filename) return PyErr_NoMemory();
    memcpy(filename, f->filename, (size_t)f->filename_len);
    filename[f->filename_len] = 0;
    PyCodeObject *empty = PyCode_NewEmpty(filename, PyUnicode_AsUTF8(f->name), f->firstline);
    PyMem_Free(filename);
    if (!empty) return NULL;
    PyObject *kw = Py_BuildValue("{s:i,s:n,s:i,s:i,s:O,s:i,s:O,s:O}",
        "co_argcount", f->npos, "co_nlocals", PyTuple_GET_SIZE(f->argnames),
        "co_posonlyargcount", f->nposonly,
        "co_kwonlyargcount", f->nkwonly, "co_varnames", f->argnames,
        "co_flags", CO_OPTIMIZED | CO_NEWLOCALS | (f->has_varargs ? CO_VARARGS : 0) |
                    (f->has_varkw ? CO_VARKEYWORDS : 0) | f->code_flags,
        "co_name", f->name, "co_qualname", f->qualname);
    PyObject *code = spc_rt_code_replace((PyObject *)empty, kw);
    Py_XDECREF(kw);
    Py_DECREF(empty);
    return code;
}

/* Default of parameter `i` (co_varnames order): positional defaults align with the
 * last positionals. A static call site reads it when it omitted the argument; the
 * program may have changed __defaults__ since, hence CPython's "missing" error. */
static PyObject *lookup_default(SpcFunction *f, int i)
{
    if (i < f->npos) {
        Py_ssize_t nd = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
        Py_ssize_t k = i - (f->npos - nd);
        return k >= 0 && k < nd ? PyTuple_GET_ITEM(f->defaults, k) : NULL;
    }
    if (!f->kwdefaults) return NULL;
    return PyDict_GetItemWithError(f->kwdefaults, PyTuple_GET_ITEM(f->argnames, i));
}

PyObject *spc_rt_load_default(PyObject *fo, int i, const char *name)
{
    SpcFunction *f = (SpcFunction *)fo;
    if (!f) {   /* called before its def ran, as CPython would find the name unbound */
        PyErr_Format(PyExc_NameError, "name '%s' is not defined", name);
        return NULL;
    }
    PyObject *d = lookup_default(f, i);
    if (d) return Py_NewRef(d);
    if (!PyErr_Occurred())
        PyErr_Format(PyExc_TypeError, "%U() missing 1 required %s argument: '%U'", f->qualname,
                     i < f->npos ? "positional" : "keyword-only", PyTuple_GET_ITEM(f->argnames, i));
    return d;
}

/* ---- BIND_ARGS ---- */

/* Index of keyword `key` among the parameters that can be passed by name, -1 when
 * none (-2: comparison error). Names are interned, so identity usually hits. */
static Py_ssize_t find_name(SpcFunction *f, PyObject *key)
{
    Py_ssize_t n = f->npos + f->nkwonly;
    for (Py_ssize_t i = f->nposonly; i < n; i++)
        if (PyTuple_GET_ITEM(f->argnames, i) == key) return i;
    for (Py_ssize_t i = f->nposonly; i < n; i++) {
        int r = PyObject_RichCompareBool(key, PyTuple_GET_ITEM(f->argnames, i), Py_EQ);
        if (r > 0) return i;
        if (r < 0) return -2;
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
        text = PyUnicode_FromFormat("%R", PyList_GET_ITEM(names, 0));
    } else if (n == 2) {
        text = PyUnicode_FromFormat("%R and %R", PyList_GET_ITEM(names, 0),
                                    PyList_GET_ITEM(names, 1));
    } else {
        text = PyUnicode_FromString("");
        for (Py_ssize_t i = 0; text && i < n; i++) {
            PyObject *part = PyUnicode_FromFormat(i == n - 1 ? "and %R" : "%R, ",
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

/* Without **kwargs, a keyword naming a positional-only parameter gets its own
 * message, listing every such keyword. Returns 1 when it raised. */
static int posonly_as_keyword(SpcFunction *f, PyObject *kwnames)
{
    PyObject *names = PyList_New(0);
    Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
    for (int k = 0; names && k < f->nposonly; k++)
        for (Py_ssize_t j = 0; names && j < nkw; j++) {
            PyObject *kw = PyTuple_GET_ITEM(kwnames, j);
            int r = PyObject_RichCompareBool(PyTuple_GET_ITEM(f->argnames, k), kw, Py_EQ);
            if (r < 0 || (r > 0 && PyList_Append(names, kw) < 0)) Py_CLEAR(names);
        }
    if (!names) return 1;
    int raised = PyList_GET_SIZE(names) > 0;
    if (raised) {
        PyObject *sep = PyUnicode_FromString(", ");
        PyObject *text = sep ? PyUnicode_Join(sep, names) : NULL;
        if (text)
            PyErr_Format(PyExc_TypeError, "%U() got some positional-only arguments passed as "
                         "keyword arguments: '%U'", f->qualname, text);
        Py_XDECREF(text);
        Py_XDECREF(sep);
    }
    Py_DECREF(names);
    return raised;
}

static int bind_keywords(SpcFunction *f, PyObject *const *args, Py_ssize_t nargs,
                         PyObject *kwnames, PyObject **bound, PyObject *kwdict)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        if (!PyUnicode_Check(key)) {
            PyErr_Format(PyExc_TypeError, "%U() keywords must be strings", f->qualname);
            return -1;
        }
        Py_ssize_t i = find_name(f, key);
        if (i == -2) return -1;
        if (i < 0 && kwdict) {
            if (PyDict_SetItem(kwdict, key, args[nargs + k]) < 0) return -1;
            continue;
        }
        if (i < 0) {
            if (f->nposonly && posonly_as_keyword(f, kwnames)) return -1;
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

/* Missing arguments from the defaults; CPython's errors for those without one. */
static int fill_defaults(SpcFunction *f, PyObject **bound)
{
    int n = f->npos + f->nkwonly;
    for (int i = 0; i < n; i++)
        if (!bound[i]) {
            bound[i] = lookup_default(f, i);
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

/* bound[] gets the parameters in co_varnames order, as new references (ARG takes each
 * over once): a default may be dropped by an assignment to __defaults__ during the call. */
int spc_rt_bind_args(PyObject *self, PyObject **args, int64_t nargs, PyObject *kwnames,
                     PyObject **bound)
{
    SpcFunction *f = (SpcFunction *)self;
    int n = f->npos + f->nkwonly;
    PyObject *varargs = NULL, *kwdict = NULL;
    for (int i = 0; i < n; i++) bound[i] = NULL;
    for (int64_t i = 0; i < nargs && i < f->npos; i++) bound[i] = args[i];
    if (f->has_varkw && !(kwdict = PyDict_New())) return -1;
    if (f->has_varargs) {
        int64_t extra = nargs > f->npos ? nargs - f->npos : 0;
        varargs = PyTuple_New(extra);
        for (int64_t i = 0; varargs && i < extra; i++)
            PyTuple_SET_ITEM(varargs, i, Py_NewRef(args[f->npos + i]));
        if (!varargs) goto fail;
    }
    if (bind_keywords(f, args, nargs, kwnames, bound, kwdict) < 0) goto fail;
    if (nargs > f->npos && !f->has_varargs) {
        too_many_positional(f, nargs, bound);
        goto fail;
    }
    if (fill_defaults(f, bound) < 0) goto fail;
    for (int i = 0; i < n; i++) Py_INCREF(bound[i]);
    if (varargs) bound[n] = varargs;
    if (kwdict) bound[n + f->has_varargs] = kwdict;
    return 0;
fail:
    Py_XDECREF(varargs);
    Py_XDECREF(kwdict);
    return -1;
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


/* LOCALS_ADD: one variable of locals() in a function; unbound ones (NULL, or an empty
 * cell) are left out, as PyFrame_FastToLocals does. */
int spc_rt_locals_add(PyObject *dict, PyObject *name, PyObject *value, int is_cell)
{
    if (value && is_cell) value = PyCell_GET(value);
    return value ? PyDict_SetItem(dict, name, value) : 0;
}
