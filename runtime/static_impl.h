/* static_impl.h — declarations shared by the sources of the `__static__._static`
 * extension (static_module.c, static_checked.c, static_list.c, static_dict.c,
 * static_array.c).  Stage: run time.  Not used by compiled modules (they see only
 * static_layout.h and the capsule). */
#ifndef SPC_STATIC_IMPL_H
#define SPC_STATIC_IMPL_H
#include "static_layout.h"

extern PyTypeObject SpcCheckedType_Type;   /* metatype of the specialised containers */
extern PyTypeObject SpcChkList_Type;       /* generic CheckedList: "chklist[T]" */
extern PyTypeObject SpcChkDict_Type;       /* generic CheckedDict: "chkdict[K, V]" */
extern PyTypeObject SpcArray_Type;         /* Array[int64]: "staticarray" */
extern PyObject *spc_static_type_error;    /* StaticTypeError (module owns the ref) */
extern PyObject *spc_static_int64;         /* __static__.int64, for Array[...] checks */

/* static_checked.c: metatype, specialisation cache, element checks. */
int spc_checked_ready(void);
PyObject *spc_specialize(PyTypeObject *generic, PyObject *const *types, const char *optional,
                         Py_ssize_t n);
PyObject *spc_generic_getitem(PyTypeObject *generic, PyObject *arg);
int spc_is_specialised(PyTypeObject *type);

/* May v be stored as element/key (i = 0) or value (i = 1) of container c? */
static inline int spc_param_ok(PyObject *c, int i, PyObject *v)
{
    SpcCheckedType *t = (SpcCheckedType *)Py_TYPE(c);
    PyTypeObject *p = t->param[i];
    return p == NULL || (v == Py_None && t->optional[i]) || PyObject_TypeCheck(v, p);
}

/* TypeError "bad {what} '{type(v)}' for {type(c)}" (what = "value" / "key"); -1. */
int spc_bad_item(PyObject *c, const char *what, PyObject *v);
/* StaticTypeError "{meth}() argument {pos} expected {param i}"; -1. */
int spc_bad_arg(PyObject *c, const char *meth, int pos, int i);
/* The argument-count and keyword messages of CPython's argument parser. */
int spc_check_nargs(const char *name, Py_ssize_t n, Py_ssize_t min, Py_ssize_t max);
int spc_no_kwargs(const char *name, PyObject *kwargs);

/* static_list.c / static_dict.c / static_array.c: type setup + C API entries. */
int spc_list_ready(void);
PyObject *spc_list_build(PyTypeObject *type, PyObject *const *items, Py_ssize_t n, int check);
int spc_list_check(PyObject *list, PyObject *value);
int spc_dict_ready(void);
PyObject *spc_dict_build(PyTypeObject *type, PyObject *const *kv, Py_ssize_t n, int check);
int spc_dict_check(PyObject *dict, PyObject *key, PyObject *value);
int spc_array_ready(void);
PyObject *spc_array_new(Py_ssize_t n);

#endif
