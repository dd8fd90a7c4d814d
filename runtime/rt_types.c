/* rt_types.c — run-time classes of static types and the checks against them (CAST,
 * CHECK_ARGS for non-builtin classes, CHECK_RETURN of override thunks), the checked
 * containers (BUILD_CHECKED_LIST / BUILD_CHECKED_MAP) and the slow paths of the fast
 * sequence ops (FAST_LEN / SEQUENCE_GET / SEQUENCE_SET).  Stage: run time.
 *
 * Static types reach the runtime as type descriptors (grammar in spc_rt.h), resolved on
 * first use into a per-site cache slot: builtins, this module's static classes (class
 * table), classes of other modules (imported), and the generic containers of
 * __static__ (specialised through the __static__._static capsule, static_layout.h). */
#include "spc_rt.h"
#include "static_layout.h"
#include <stdlib.h>
#include <string.h>

/* The IR's SeqKind (compiler/ir.h), same order. */
enum { SEQ_LIST, SEQ_TUPLE, SEQ_DICT, SEQ_SET, SEQ_STR, SEQ_CHECKED_LIST, SEQ_CHECKED_DICT,
       SEQ_ARRAY_INT64, SEQ_OTHER };

static const SpcStaticApi *static_api(void)
{
    static const SpcStaticApi *api;
    if (!api) api = spc_static_api();
    return api;
}

/* ---- type descriptors ---- */

static PyObject *parse_type(const char **p, char *optional);

static size_t name_len(const char *p)
{
    return strcspn(p, ",]:");
}

static PyObject *builtin_class(const char *name, size_t n)
{
    if (n == 8 && memcmp(name, "NoneType", 8) == 0)   /* `-> None`: type(None), no builtins name */
        return Py_NewRef((PyObject *)Py_TYPE(Py_None));
    PyObject *key = PyUnicode_FromStringAndSize(name, (Py_ssize_t)n);
    if (!key) return NULL;
    PyObject *b = spc_rt_g_builtins, *mod = NULL, *cls = NULL;
    if (!b) {
        mod = PyImport_ImportModule("builtins");
        b = mod ? PyModule_GetDict(mod) : NULL;
    }
    if (b) {
        cls = PyDict_GetItemWithError(b, key);
        Py_XINCREF(cls);
        if (!cls && !PyErr_Occurred())
            PyErr_Format(PyExc_NameError, "name '%U' is not defined", key);
    }
    Py_XDECREF(mod);
    Py_DECREF(key);
    return cls;
}

static PyObject *module_class(int index)
{
    if (index < 0 || index >= spc_rt_g_nclasses || !spc_rt_g_classes || !spc_rt_g_classes[index]) {
        PyErr_Format(PyExc_NameError, "spc: static class %d used before its definition ran", index);
        return NULL;
    }
    return Py_NewRef(spc_rt_g_classes[index]);
}

/* mod:qual — this module's globals when mod is this module, else getattr chain. */
static PyObject *imported_class(const char *mod, size_t mlen, const char *qual, size_t qlen)
{
    PyObject *modname = PyUnicode_FromStringAndSize(mod, (Py_ssize_t)mlen);
    if (!modname) return NULL;
    PyObject *cls = NULL;
    if (spc_rt_g_modname && spc_rt_g_globals && !memchr(qual, '.', qlen) &&
        PyUnicode_Compare(modname, spc_rt_g_modname) == 0) {
        PyObject *key = PyUnicode_FromStringAndSize(qual, (Py_ssize_t)qlen);
        cls = key ? PyDict_GetItemWithError(spc_rt_g_globals, key) : NULL;
        Py_XINCREF(cls);
        Py_XDECREF(key);
    }
    if (!cls && !PyErr_Occurred()) {
        cls = PyImport_Import(modname);
        const char *p = qual, *end = qual + qlen;
        while (cls && p < end) {
            const char *e = memchr(p, '.', (size_t)(end - p));
            size_t n = e ? (size_t)(e - p) : (size_t)(end - p);
            PyObject *name = PyUnicode_FromStringAndSize(p, (Py_ssize_t)n);
            PyObject *next = name ? PyObject_GetAttr(cls, name) : NULL;
            Py_XDECREF(name);
            Py_SETREF(cls, next);
            p += n + 1;
        }
    }
    Py_DECREF(modname);
    return cls;
}

/* L[T] / D[K,V]: specialise the __static__ generic. */
static PyObject *generic_class(const char **p, int nargs)
{
    const SpcStaticApi *api = static_api();
    if (!api) return NULL;
    PyObject *types[2] = { NULL, NULL };
    char opt[2] = { 0, 0 };
    PyObject *res = NULL;
    if (**p != '[') goto bad;
    for (int i = 0; i < nargs; i++) {
        (*p)++;                                   /* '[' or ',' */
        if (!(types[i] = parse_type(p, &opt[i]))) goto done;
    }
    if (**p != ']') goto bad;
    (*p)++;
    res = api->specialize(nargs == 1 ? api->chklist : api->chkdict, types, opt, nargs);
    goto done;
bad:
    PyErr_SetString(PyExc_SystemError, "spc: malformed type descriptor");
done:
    Py_XDECREF(types[0]);
    Py_XDECREF(types[1]);
    return res;
}

/* One descriptor at *p (advanced past it); new reference. */
static PyObject *parse_type(const char **p, char *optional)
{
    const char *s = *p;
    *optional = 0;
    while (*s == '?') *optional = 1, s++;
    char kind = *s++;
    size_t n;
    PyObject *cls = NULL;
    switch (kind) {
    case '*': cls = Py_NewRef((PyObject *)&PyBaseObject_Type); break;
    case 'B':
        n = name_len(s);
        cls = builtin_class(s, n);
        s += n;
        break;
    case 'C':
        cls = module_class((int)strtol(s, (char **)&s, 10));
        break;
    case 'M': {
        size_t m = strcspn(s, ":");
        const char *q = s[m] == ':' ? s + m + 1 : s + m;
        n = name_len(q);
        cls = imported_class(s, m, q, n);
        s = q + n;
        break;
    }
    case 'L': case 'D':
        *p = s;
        cls = generic_class(p, kind == 'L' ? 1 : 2);
        return cls;
    case 'A': {
        const SpcStaticApi *api = static_api();
        cls = api ? Py_NewRef((PyObject *)api->array) : NULL;
        break;
    }
    default:
        PyErr_SetString(PyExc_SystemError, "spc: malformed type descriptor");
    }
    *p = s;
    if (cls && !PyType_Check(cls)) {
        PyErr_Format(PyExc_TypeError, "spc: %R is not a class", cls);
        Py_CLEAR(cls);
    }
    return cls;
}

PyObject *spc_rt_resolve_type(PyObject **slot, const char *desc)
{
    if (*slot) return *slot;
    const char *p = desc;
    char opt;
    *slot = parse_type(&p, &opt);
    return *slot;
}

/* ---- checks ---- */

static int is_instance(PyObject *v, PyObject *cls, int optional)
{
    return (optional && v == Py_None) || PyObject_TypeCheck(v, (PyTypeObject *)cls);
}

/* CAST: TypeError "expected 'C', got 'D'" (tp_name, as the reference). */
PyObject *spc_rt_cast(PyObject *v, PyObject **slot, const char *desc, int optional)
{
    PyObject *cls = spc_rt_resolve_type(slot, desc);
    if (!cls) return NULL;
    if (is_instance(v, cls, optional)) return Py_NewRef(v);
    PyErr_Format(PyExc_TypeError, "expected '%s', got '%s'", ((PyTypeObject *)cls)->tp_name,
                 Py_TYPE(v)->tp_name);
    return NULL;
}

/* CAST to a class with subclasses: a subclass that passes becomes the site's `seen`
 * type, which the generated code compares first next time (the site keeps a reference,
 * so the address cannot be reused by another type). */
PyObject *spc_rt_cast_seen(PyObject *v, PyObject **slot, const char *desc, int optional,
                           PyObject **seen)
{
    PyObject *r = spc_rt_cast(v, slot, desc, optional);
    if (r && v != Py_None && (PyObject *)Py_TYPE(v) != *slot)
        Py_XSETREF(*seen, Py_NewRef((PyObject *)Py_TYPE(v)));
    return r;
}

int spc_rt_check_arg_t(PyObject *v, PyObject **slot, const char *desc, int optional,
                       const char *func, const char *arg)
{
    PyObject *cls = spc_rt_resolve_type(slot, desc);
    return cls ? spc_rt_check_arg(v, cls, optional, func, arg) : -1;
}

/* CHECK_ARGS of a class with subclasses: the last subclass accepted is the site's `seen`
 * type (see spc_rt_cast_seen). */
int spc_rt_check_arg_seen(PyObject *v, PyObject **slot, const char *desc, int optional,
                          const char *func, const char *arg, PyObject **seen)
{
    if (spc_rt_check_arg_t(v, slot, desc, optional, func, arg) < 0) return -1;
    if (v != Py_None && (PyObject *)Py_TYPE(v) != *slot)
        Py_XSETREF(*seen, Py_NewRef((PyObject *)Py_TYPE(v)));
    return 0;
}

/* Override thunks: StaticTypeError "unexpected return type from D.f, expected int, got str",
 * naming the override by its __qualname__ when the thunk passes it (else `where`, the
 * static slot's "C.f"); a property getter's thunk passes the instance instead, named by
 * its class and the property's name, as the reference does. */
PyObject *spc_rt_check_return(PyObject *v, PyObject **slot, const char *desc, int optional,
                              PyObject *where, const char *expected, PyObject *callee)
{
    PyObject *cls = spc_rt_resolve_type(slot, desc);
    if (!cls) return NULL;
    if (is_instance(v, cls, optional)) return Py_NewRef(v);
    static PyObject *qualname_str;
    PyObject *name = NULL;
    if (!qualname_str) qualname_str = PyUnicode_InternFromString("__qualname__");
    if (callee && (PyFunction_Check(callee) || PyMethod_Check(callee) || PyCFunction_Check(callee) ||
                   PyType_Check(callee) || !PyUnicode_Check(where))) {
        if (qualname_str && _PyObject_LookupAttr(callee, qualname_str, &name) < 0) PyErr_Clear();
    } else if (callee) {   /* the instance of a property getter's thunk */
        const char *w = PyUnicode_AsUTF8(where), *dot = w ? strrchr(w, '.') : NULL;
        name = PyUnicode_FromFormat("%s.%s", Py_TYPE(callee)->tp_name, dot ? dot + 1 : (w ? w : "?"));
        if (!name) PyErr_Clear();
    }
    if (name && !PyUnicode_Check(name)) Py_CLEAR(name);
    PyErr_Format(spc_rt_static_type_error(), "unexpected return type from %U, expected %s, got %s",
                 name ? name : where, expected, Py_TYPE(v)->tp_name);
    Py_XDECREF(name);
    return NULL;
}

/* ---- checked containers: elements are statically known to fit ---- */

PyObject *spc_rt_build_checked_list(PyObject **slot, const char *desc, PyObject **items, int64_t n)
{
    PyObject *type = spc_rt_resolve_type(slot, desc);
    const SpcStaticApi *api = type ? static_api() : NULL;
    return api ? api->list_build((PyTypeObject *)type, items, n, 0) : NULL;
}

PyObject *spc_rt_build_checked_map(PyObject **slot, const char *desc, PyObject **kv, int64_t n)
{
    PyObject *type = spc_rt_resolve_type(slot, desc);
    const SpcStaticApi *api = type ? static_api() : NULL;
    return api ? api->dict_build((PyTypeObject *)type, kv, n, 0) : NULL;
}

/* ---- sequences (the inline fast paths are in lower.c) ---- */

int64_t spc_rt_len(PyObject *o)
{
    return PyObject_Size(o);
}

void spc_rt_raise_index_error(int kind, int is_store)
{
    const char *msg;
    switch (kind) {
    case SEQ_TUPLE: msg = "tuple index out of range"; break;
    case SEQ_STR: msg = "string index out of range"; break;
    case SEQ_ARRAY_INT64: msg = "array index out of range"; break;
    default: msg = is_store ? "list assignment index out of range" : "list index out of range";
    }
    PyErr_SetString(PyExc_IndexError, msg);
}

PyObject *spc_rt_sequence_get(PyObject *o, int64_t i, int kind)
{
    /* a list or tuple static type admits subclasses, which may override __getitem__ */
    if ((kind == SEQ_LIST && PyList_CheckExact(o)) || kind == SEQ_CHECKED_LIST ||
        (kind == SEQ_TUPLE && PyTuple_CheckExact(o))) {
        Py_ssize_t n = Py_SIZE(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            spc_rt_raise_index_error(kind, 0);
            return NULL;
        }
        return Py_NewRef(kind == SEQ_TUPLE ? PyTuple_GET_ITEM(o, i) : PyList_GET_ITEM(o, i));
    }
    if (kind == SEQ_STR) return PySequence_GetItem(o, (Py_ssize_t)i);
    PyObject *key = PyLong_FromLongLong(i);
    PyObject *r = key ? PyObject_GetItem(o, key) : NULL;
    Py_XDECREF(key);
    return r;
}

int spc_rt_sequence_set(PyObject *o, int64_t i, PyObject *v, int kind)
{
    if ((kind == SEQ_LIST && PyList_CheckExact(o)) || kind == SEQ_CHECKED_LIST) {
        Py_ssize_t n = PyList_GET_SIZE(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            spc_rt_raise_index_error(kind, 1);
            return -1;
        }
        PyObject *old = PyList_GET_ITEM(o, i);
        PyList_SET_ITEM(o, i, Py_NewRef(v));
        Py_DECREF(old);
        return 0;
    }
    PyObject *key = PyLong_FromLongLong(i);
    int r = key ? PyObject_SetItem(o, key, v) : -1;
    Py_XDECREF(key);
    return r;
}

/* ---- typed list methods (LIST_APPEND / LIST_INSERT / LIST_POP / LIST_REMOVE) ---- */

/* list's own code applies to an exact list and to a CheckedList (the checker proved the
 * elements; a specialised CheckedList cannot be subclassed); a list subclass gets the
 * method call (it may override the method), and so does SEQ_OTHER (an element the
 * CheckedList method must check). */
static int list_direct(PyObject *o, int kind)
{
    return kind == SEQ_CHECKED_LIST ? PyList_Check(o) : kind == SEQ_LIST && PyList_CheckExact(o);
}

/* o.name(args...) through the ordinary method call; 0 or -1 for the void methods. */
static PyObject *list_call(PyObject *o, const char *name, PyObject *a, PyObject *b)
{
    PyObject *n = PyUnicode_InternFromString(name);
    if (!n) return NULL;
    PyObject *args[3] = {o, a, b};
    PyObject *r = PyObject_VectorcallMethod(n, args, (size_t)(1 + (a != NULL) + (b != NULL)), NULL);
    Py_DECREF(n);
    return r;
}

static int list_call_void(PyObject *o, const char *name, PyObject *a, PyObject *b)
{
    PyObject *r = list_call(o, name, a, b);
    Py_XDECREF(r);
    return r ? 0 : -1;
}

static int list_call_index(PyObject *o, const char *name, int64_t i, PyObject *b)
{
    PyObject *index = PyLong_FromLongLong(i);
    int r = index ? list_call_void(o, name, index, b) : -1;
    Py_XDECREF(index);
    return r;
}

int spc_rt_list_append(PyObject *o, PyObject *v, int kind)
{
    return list_direct(o, kind) ? PyList_Append(o, v) : list_call_void(o, "append", v, NULL);
}

int spc_rt_list_insert(PyObject *o, int64_t i, PyObject *v, int kind)
{
    return list_direct(o, kind) ? PyList_Insert(o, (Py_ssize_t)i, v)
                                : list_call_index(o, "insert", i, v);
}

/* list.pop: "pop from empty list" / "pop index out of range" as CPython. */
PyObject *spc_rt_list_pop(PyObject *o, int64_t i, int has_index, int kind)
{
    if (!list_direct(o, kind)) {
        if (!has_index) return list_call(o, "pop", NULL, NULL);
        PyObject *index = PyLong_FromLongLong(i);
        PyObject *r = index ? list_call(o, "pop", index, NULL) : NULL;
        Py_XDECREF(index);
        return r;
    }
    Py_ssize_t n = PyList_GET_SIZE(o);
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (!has_index) i = -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return NULL;
    }
    PyListObject *l = (PyListObject *)o;
    PyObject *v = l->ob_item[i];
    if (n - 1 >= l->allocated >> 1) {   /* list_resize would only set the size */
        memmove(&l->ob_item[i], &l->ob_item[i + 1], (size_t)(n - 1 - i) * sizeof(PyObject *));
        Py_SET_SIZE(o, n - 1);
        return v;                        /* the list's reference */
    }
    Py_INCREF(v);
    if (PyList_SetSlice(o, (Py_ssize_t)i, (Py_ssize_t)i + 1, NULL) < 0) Py_CLEAR(v);
    return v;
}

/* list.remove: the first item == v (identity first, as PyObject_RichCompareBool). */
int spc_rt_list_remove(PyObject *o, PyObject *v, int kind)
{
    if (!list_direct(o, kind)) return list_call_void(o, "remove", v, NULL);
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(o); i++) {
        PyObject *item = Py_NewRef(PyList_GET_ITEM(o, i));
        int eq = PyObject_RichCompareBool(item, v, Py_EQ);
        Py_DECREF(item);
        if (eq > 0) return PyList_SetSlice(o, i, i + 1, NULL);
        if (eq < 0) return -1;
    }
    PyErr_SetString(PyExc_ValueError, "list.remove(x): x not in list");
    return -1;
}
