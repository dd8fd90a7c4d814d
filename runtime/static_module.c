/* static_module.c — the extension module `__static__._static`.  Stage: run time.
 * Exports to Python: chklist (CheckedList), chkdict (CheckedDict), staticarray (Array),
 * checked_type (their metatype), StaticTypeError, _set_int64(); to C: the capsule
 * `_C_API` (SpcStaticApi, static_layout.h) that compiled modules import once, so every
 * module shares these one-per-process objects instead of private copies.
 * Single-phase init: the types and the specialisation cache are process globals. */
#include "static_impl.h"

PyObject *spc_static_type_error;

static SpcStaticApi g_api = {
    .version = SPC_STATIC_API_VERSION,
    .chklist = &SpcChkList_Type,
    .chkdict = &SpcChkDict_Type,
    .array = &SpcArray_Type,
    .checked_type = &SpcCheckedType_Type,
    .specialize = spc_specialize,
    .list_build = spc_list_build,
    .dict_build = spc_dict_build,
    .list_check = spc_list_check,
    .dict_check = spc_dict_check,
    .array_new = spc_array_new,
};

/* __init__.py hands over its int64 class so that Array[...] can refuse other types. */
static PyObject *set_int64(PyObject *mod, PyObject *cls)
{
    Py_XSETREF(spc_static_int64, Py_NewRef(cls));
    Py_RETURN_NONE;
}

static PyMethodDef module_functions[] = {
    {"_set_int64", set_int64, METH_O, "Register __static__.int64 (the Array element type)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef static_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "__static__._static",
    .m_doc = "C part of the __static__ runtime: checked containers, Array, StaticTypeError.",
    .m_size = -1,
    .m_methods = module_functions,
};

static int add_type(PyObject *m, const char *name, PyTypeObject *t)
{
    return PyModule_AddObjectRef(m, name, (PyObject *)t);
}

PyMODINIT_FUNC PyInit__static(void);
PyMODINIT_FUNC PyInit__static(void)
{
    if (spc_checked_ready() < 0 || spc_list_ready() < 0 || spc_dict_ready() < 0
        || spc_array_ready() < 0)
        return NULL;
    if (!spc_static_type_error) {
        spc_static_type_error = PyErr_NewExceptionWithDoc(
            "__static__.StaticTypeError", "Raised by the boundary checks of static code.",
            PyExc_TypeError, NULL);
        if (!spc_static_type_error) return NULL;
    }
    g_api.static_type_error = spc_static_type_error;
    PyObject *m = PyModule_Create(&static_module);
    if (!m) return NULL;
    PyObject *capsule = PyCapsule_New(&g_api, SPC_STATIC_CAPSULE, NULL);
    if (add_type(m, "chklist", &SpcChkList_Type) < 0 || add_type(m, "chkdict", &SpcChkDict_Type) < 0
        || add_type(m, "staticarray", &SpcArray_Type) < 0
        || add_type(m, "checked_type", &SpcCheckedType_Type) < 0
        || PyModule_AddObjectRef(m, "StaticTypeError", spc_static_type_error) < 0
        || PyModule_AddObject(m, "_C_API", capsule) < 0) {
        Py_XDECREF(capsule);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
