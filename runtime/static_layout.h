/* static_layout.h — the C contract between the `__static__._static` extension (the
 * checked containers and Array) and code that touches those objects directly: spc's back
 * end (lower.c) and the runtime of compiled modules.  Stage: run time.
 *
 * Layout facts the back end may rely on:
 *   - CheckedList[T] instances ARE lists (C subclass of `list`, same PyListObject layout):
 *     PyList_GET_SIZE / PyList_GET_ITEM / ob_item work unchanged.  Storing an element
 *     whose type the compiler has proved needs no check (PyList_SET_ITEM + release old).
 *   - CheckedDict[K, V] instances ARE dicts (PyDictObject); PyDict_GetItem & co work.
 *     PyDict_SetItem skips the element checks: only for statically verified keys/values.
 *   - Array[int64] (type `__static__.staticarray`) is SpcArrayObject: Py_SIZE = length,
 *     items[] = the values.  Bounds checks are the caller's ("array index out of range").
 *   - The type of a CheckedList[T] / CheckedDict[K, V] instance is an SpcCheckedType
 *     (instance of the metatype api->checked_type) holding the element types.
 * Everything else goes through the capsule (one object per process, shared by every
 * compiled module): `const SpcStaticApi *api = spc_static_api();` at module exec. */
#ifndef SPC_STATIC_LAYOUT_H
#define SPC_STATIC_LAYOUT_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

typedef struct {
    PyObject_VAR_HEAD
    int64_t items[];            /* Py_SIZE(self) values, zero-filled at creation */
} SpcArrayObject;

typedef struct {
    PyHeapTypeObject ht;
    int nparams;                /* 1: chklist[T]; 2: chkdict[K, V] */
    PyTypeObject *param[2];     /* element type(s) (K, V for dicts); strong refs */
    char optional[2];           /* 1: the element may also be None (Optional[T]) */
} SpcCheckedType;

#define SPC_STATIC_API_VERSION 1
#define SPC_STATIC_CAPSULE "__static__._static._C_API"

typedef struct {
    int version;                       /* SPC_STATIC_API_VERSION */
    PyTypeObject *chklist;             /* CheckedList, the generic `chklist[T]` */
    PyTypeObject *chkdict;             /* CheckedDict, the generic `chkdict[K, V]` */
    PyTypeObject *array;               /* Array[int64] == `staticarray` */
    PyTypeObject *checked_type;        /* metatype of CheckedList[T] / CheckedDict[K, V] */
    PyObject *static_type_error;       /* __static__.StaticTypeError */
    /* CheckedList[types[0]] / CheckedDict[types[0], types[1]]; optional[i] != 0 means
     * Optional[types[i]].  New reference to the cached type (same object as Python's). */
    PyObject *(*specialize)(PyTypeObject *generic, PyObject *const *types,
                            const char *optional, Py_ssize_t n);
    /* New instance of a specialised type from n borrowed items (dicts: k0 v0 k1 v1 ...,
     * n = number of pairs); check != 0 verifies element types (TypeError as Python's). */
    PyObject *(*list_build)(PyTypeObject *type, PyObject *const *items, Py_ssize_t n, int check);
    PyObject *(*dict_build)(PyTypeObject *type, PyObject *const *kv, Py_ssize_t n, int check);
    /* 0 when the value may be stored, else -1 with "bad value/key ..." TypeError set;
     * dict_check: value may be NULL (key only). */
    int (*list_check)(PyObject *list, PyObject *value);
    int (*dict_check)(PyObject *dict, PyObject *key, PyObject *value);
    PyObject *(*array_new)(Py_ssize_t n);   /* zero-filled Array[int64] of length n */
} SpcStaticApi;

/* Imports __static__ (and its extension); NULL with ImportError set on failure. */
static inline const SpcStaticApi *spc_static_api(void)
{
    const SpcStaticApi *api = (const SpcStaticApi *)PyCapsule_Import(SPC_STATIC_CAPSULE, 0);
    if (api && api->version != SPC_STATIC_API_VERSION) {
        PyErr_SetString(PyExc_ImportError, "__static__._static: C API version mismatch");
        return NULL;
    }
    return api;
}

#endif
