/* rt_class.c — static classes at run time: MAKE_CLASS builds a heap type from the
 * layout lower.c computed, with typed descriptors for object fields, member
 * descriptors for primitive fields, a vtable in tp_cache, GC support over the object
 * fields and an __init_subclass__ that gives Python subclasses their own vtable
 * (override thunks, final-method checks).  Stage: run time.
 *
 * Layout spec (one string per class, written by lower.c's class_spec):
 *   "<mod-less name> <qualname> <basicsize> <is_final> <has_base> <nfields> <nslots> <nfinal>
 *    <weaklist offset, 0: none> <__dict__ offset, 0: none>\n"
 *   then nfields lines "F <name> <kind> <offset> <inherited> <has_default> <tdesc>\n"
 *        (kind SPC_FIELD_OBJ / SPC_FIELD_BOOL, else the PrimKind of compiler/prim.def;
 *        tdesc: spc_rt.h)
 *   then nslots lines "S <name>\n" and nfinal lines "X <name>\n".
 * MAKE_CLASS operands: the base class (when has_base), then the default of each own
 * field with has_default, in field order.  docs/RUNTIME.md describes the object layout,
 * vtables, thunks and GC. */
#include "spc_rt.h"
#include "py_layout.h"
#include "static_layout.h"
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <structmember.h>

/* ---- layout checks: generated code hard-codes these offsets (py_layout.h) ---- */
_Static_assert(offsetof(PyObject, ob_refcnt) == SPC_OFF_REFCNT, "ob_refcnt");
_Static_assert(offsetof(PyObject, ob_type) == SPC_OFF_TYPE, "ob_type");
_Static_assert(offsetof(PyVarObject, ob_size) == SPC_OFF_VAR_SIZE, "ob_size");
_Static_assert(offsetof(PyTypeObject, tp_cache) == SPC_OFF_TP_CACHE, "tp_cache");
_Static_assert(offsetof(PyTypeObject, tp_base) == SPC_OFF_TP_BASE, "tp_base");
_Static_assert(offsetof(PyListObject, ob_item) == SPC_OFF_LIST_ITEMS, "list ob_item");
_Static_assert(offsetof(PyListObject, allocated) == SPC_OFF_LIST_ALLOCATED, "list allocated");
_Static_assert(offsetof(PyTupleObject, ob_item) == SPC_OFF_TUPLE_ITEMS, "tuple ob_item");
_Static_assert(offsetof(PyDictObject, ma_used) == SPC_OFF_DICT_USED, "dict ma_used");
_Static_assert(offsetof(PyDictObject, ma_version_tag) == SPC_OFF_DICT_VERSION, "dict version");
_Static_assert(offsetof(PySetObject, used) == SPC_OFF_SET_USED, "set used");
_Static_assert(offsetof(PyASCIIObject, length) == SPC_OFF_STR_LENGTH, "str length");
_Static_assert(offsetof(SpcArrayObject, items) == SPC_OFF_ARRAY_ITEMS, "array items");
_Static_assert(offsetof(SpcVtable, slots) == SPC_OFF_VTABLE_SLOTS, "vtable slots");
_Static_assert(offsetof(SpcListIter, index) == SPC_OFF_LISTITER_INDEX, "listiter index");
_Static_assert(offsetof(SpcListIter, seq) == SPC_OFF_LISTITER_SEQ, "listiter seq");
_Static_assert(offsetof(SpcRangeIter, index) == SPC_OFF_RANGEITER_INDEX, "rangeiter index");
_Static_assert(offsetof(SpcRangeIter, start) == SPC_OFF_RANGEITER_START, "rangeiter start");
_Static_assert(offsetof(SpcRangeIter, step) == SPC_OFF_RANGEITER_STEP, "rangeiter step");
_Static_assert(offsetof(SpcRangeIter, len) == SPC_OFF_RANGEITER_LEN, "rangeiter len");
_Static_assert(offsetof(SpcFunction, entry) == SPC_OFF_FUNC_ENTRY, "SpcFunction entry");
_Static_assert(sizeof(PyObject) == SPC_OBJECT_HEADER, "object header");

/* PrimKind (prim.def order) -> structmember type of a primitive field. */
enum {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) id,
#include "../compiler/prim.def"
#undef PRIM
    P__COUNT
};
static const int member_type[P__COUNT] = {
    [P_INT8] = T_BYTE, [P_INT16] = T_SHORT, [P_INT32] = T_INT, [P_INT64] = T_LONGLONG,
    [P_UINT8] = T_UBYTE, [P_UINT16] = T_USHORT, [P_UINT32] = T_UINT, [P_UINT64] = T_ULONGLONG,
    [P_DOUBLE] = T_DOUBLE, [P_CBOOL] = T_BOOL,
};
static const int prim_size[P__COUNT] = {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) [id] = sizeof(ctype),
#include "../compiler/prim.def"
#undef PRIM
};

PyObject **spc_rt_g_classes;
int spc_rt_g_nclasses;

void spc_rt_set_classes(PyObject **table, int n)
{
    spc_rt_g_classes = table;
    spc_rt_g_nclasses = n;
}

/* ---- class info records ---- */

static void info_free(SpcClassInfo *info)
{
    if (!info) return;
    for (int i = 0; i < info->nfields; i++) {
        PyMem_Free(info->fields[i].name);
        PyMem_Free(info->fields[i].tdesc);
        Py_XDECREF(info->fields[i].deflt);
    }
    for (int i = 0; i < info->nslots; i++) Py_XDECREF(info->slot_names[i]);
    for (int i = 0; i < info->nfinal; i++) Py_XDECREF(info->final_names[i]);
    PyMem_Free(info->fields);
    PyMem_Free(info->obj_offsets);
    PyMem_Free(info->slot_names);
    PyMem_Free(info->impls);
    PyMem_Free(info->thunks);
    PyMem_Free(info->final_names);
    PyMem_Free(info);
}

/* The layout record of the nearest static class at or above `t` (NULL: none).
 * CPython never uses tp_cache (3.11), so a non-NULL one is a spc vtable. */
static SpcClassInfo *info_of(PyTypeObject *t)
{
    for (PyTypeObject *b = t; b; b = b->tp_base)
        if (b->tp_cache) return ((SpcVtable *)b->tp_cache)->info;
    return NULL;
}

static PyTypeObject *static_base_of(PyTypeObject *t)
{
    SpcClassInfo *info = info_of(t);
    return info ? info->type : NULL;
}

/* ---- vtables ---- */

static void vtable_dealloc(PyObject *o)
{
    SpcVtable *vt = (SpcVtable *)o;
    if (vt->info && vt->info->vtable == vt) info_free(vt->info);
    Py_CLEAR(vt->defaults);
    Py_TYPE(o)->tp_free(o);
}

PyTypeObject SpcVtable_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "spc_vtable",
    .tp_basicsize = offsetof(SpcVtable, slots),
    .tp_itemsize = sizeof(void *),
    .tp_dealloc = vtable_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

static SpcVtable *vtable_new(SpcClassInfo *info, void **slots)
{
    SpcVtable *vt = PyObject_NewVar(SpcVtable, &SpcVtable_Type, info->nslots);
    if (!vt) return NULL;
    vt->info = info;
    vt->defaults = NULL;
    for (int i = 0; i < info->nslots; i++) vt->slots[i] = slots ? slots[i] : NULL;
    return vt;
}

/* ---- typed descriptors of object fields ---- */

typedef struct {
    PyObject_HEAD
    PyObject *name;         /* field name (str) */
    PyTypeObject *owner;    /* the static class declaring the field */
    Py_ssize_t offset;
    char *tdesc;            /* declared type (spc_rt.h grammar), without the leading '?' */
    int optional;           /* Optional[T]: None accepted */
    int any;                /* dynamic / object: no check */
    PyObject *cls;          /* resolved tdesc (cache) */
    PyObject *deflt;        /* class-body default: what the class attribute reads */
    int unowned;            /* SPC_FIELD_BOOL: the field holds no reference */
} SpcFieldDescr;

static PyObject **field_addr(PyObject *obj, Py_ssize_t offset)
{
    return (PyObject **)((char *)obj + offset);
}

/* Stores v (borrowed, or NULL: unset) into an object field, releasing the old value
 * unless the field owns no references (SPC_FIELD_BOOL). */
static void field_put(PyObject *obj, Py_ssize_t offset, int unowned, PyObject *v)
{
    PyObject **addr = field_addr(obj, offset);
    if (unowned) *addr = v;
    else Py_XSETREF(*addr, Py_XNewRef(v));
}

static int descr_applies(SpcFieldDescr *d, PyObject *obj)
{
    if (PyObject_TypeCheck(obj, d->owner)) return 1;
    PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                 d->name, d->owner->tp_name, Py_TYPE(obj)->tp_name);
    return 0;
}

static void unset_field_error(PyObject *obj, PyObject *name)
{
    PyErr_Format(PyExc_AttributeError, "'%s' object has no attribute '%U'", Py_TYPE(obj)->tp_name,
                 name);
}

static PyObject *descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    if (obj == NULL) return Py_NewRef(d->deflt ? d->deflt : self);
    if (!descr_applies(d, obj)) return NULL;
    PyObject *v = *field_addr(obj, d->offset);
    if (!v) {
        unset_field_error(obj, d->name);
        return NULL;
    }
    return Py_NewRef(v);
}

Py_ssize_t spc_rt_field_offset(PyObject *self, PyTypeObject *tp)
{
    if (!Py_IS_TYPE(self, &SpcFieldDescr_Type)) return -1;
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    return PyType_IsSubtype(tp, d->owner) ? d->offset : -1;
}

/* StaticTypeError "expected 'int', got 'str' for attribute 'x'" unless value fits. */
static int descr_check_value(SpcFieldDescr *d, PyObject *value)
{
    if (d->any || (d->optional && value == Py_None)) return 0;
    PyObject *cls = spc_rt_resolve_type(&d->cls, d->tdesc);
    if (!cls) return -1;
    if (PyObject_TypeCheck(value, (PyTypeObject *)cls)) return 0;
    PyErr_Format(spc_rt_static_type_error(), "expected '%s', got '%s' for attribute '%U'",
                 ((PyTypeObject *)cls)->tp_name, Py_TYPE(value)->tp_name, d->name);
    return -1;
}

static int descr_set(PyObject *self, PyObject *obj, PyObject *value)
{
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    if (!descr_applies(d, obj)) return -1;
    PyObject **addr = field_addr(obj, d->offset);
    if (value == NULL) {
        if (!*addr) {
            unset_field_error(obj, d->name);
            return -1;
        }
        field_put(obj, d->offset, d->unowned, NULL);
        return 0;
    }
    if (descr_check_value(d, value) < 0) return -1;
    field_put(obj, d->offset, d->unowned, value);
    return 0;
}

static int descr_traverse(PyObject *self, visitproc visit, void *arg)
{
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    Py_VISIT(d->owner);
    Py_VISIT(d->cls);
    Py_VISIT(d->deflt);
    return 0;
}

static int descr_clear(PyObject *self)
{
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    Py_CLEAR(d->owner);
    Py_CLEAR(d->cls);
    Py_CLEAR(d->deflt);
    return 0;
}

static void descr_dealloc(PyObject *self)
{
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    PyObject_GC_UnTrack(self);
    descr_clear(self);
    Py_CLEAR(d->name);
    PyMem_Free(d->tdesc);
    PyObject_GC_Del(self);
}

static PyObject *descr_repr(PyObject *self)
{
    SpcFieldDescr *d = (SpcFieldDescr *)self;
    return PyUnicode_FromFormat("<typed descriptor '%U' of '%s' objects>", d->name,
                                d->owner ? d->owner->tp_name : "?");
}

static PyMemberDef descr_members[] = {
    { "__name__", T_OBJECT, offsetof(SpcFieldDescr, name), READONLY, NULL },
    { "__objclass__", T_OBJECT, offsetof(SpcFieldDescr, owner), READONLY, NULL },
    { NULL },
};

PyTypeObject SpcFieldDescr_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "spc_typed_descriptor",
    .tp_basicsize = sizeof(SpcFieldDescr),
    .tp_dealloc = descr_dealloc,
    .tp_repr = descr_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_clear = descr_clear,
    .tp_members = descr_members,
    .tp_descr_get = descr_get,
    .tp_descr_set = descr_set,
};

static PyObject *descr_new(PyTypeObject *owner, const SpcFieldInfo *f)
{
    SpcFieldDescr *d = PyObject_GC_New(SpcFieldDescr, &SpcFieldDescr_Type);
    if (!d) return NULL;
    const char *t = f->tdesc;
    d->optional = *t == '?';
    t += d->optional;
    d->any = strcmp(t, "*") == 0;
    d->name = PyUnicode_InternFromString(f->name);
    d->owner = (PyTypeObject *)Py_NewRef(owner);
    d->offset = f->offset;
    d->tdesc = PyMem_Malloc(strlen(t) + 1);
    d->cls = NULL;
    d->deflt = Py_XNewRef(f->deflt);
    d->unowned = f->kind == SPC_FIELD_BOOL;
    if (d->tdesc) strcpy(d->tdesc, t);
    PyObject_GC_Track(d);
    if (!d->name || !d->tdesc) {
        Py_DECREF(d);
        return PyErr_NoMemory();
    }
    return (PyObject *)d;
}

/* ---- primitive fields: structmember semantics, but a failed store changes nothing ----
 * CPython's T_LONGLONG / T_ULONGLONG members write -1 before reporting an overflow; this
 * descriptor converts into a scratch buffer with the same PyMember_SetOne rules
 * (messages, RuntimeWarning truncation of narrow ints, bool-only cbool) and copies the
 * bytes only on success. */

typedef struct {
    PyObject_HEAD
    PyObject *name;
    PyTypeObject *owner;
    PyMemberDef md;         /* md.offset: the field's offset; md.name: owned copy */
    int size;
    PyObject *deflt;        /* the class-body default, boxed: what the class attribute reads */
} SpcPrimDescr;

static PyObject *prim_get(PyObject *self, PyObject *obj, PyObject *type)
{
    SpcPrimDescr *d = (SpcPrimDescr *)self;
    if (obj == NULL) return Py_NewRef(d->deflt ? d->deflt : self);
    if (!PyObject_TypeCheck(obj, d->owner)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                     d->name, d->owner->tp_name, Py_TYPE(obj)->tp_name);
        return NULL;
    }
    return PyMember_GetOne((const char *)obj, &d->md);
}

static int prim_set(PyObject *self, PyObject *obj, PyObject *value)
{
    SpcPrimDescr *d = (SpcPrimDescr *)self;
    if (!PyObject_TypeCheck(obj, d->owner)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                     d->name, d->owner->tp_name, Py_TYPE(obj)->tp_name);
        return -1;
    }
    unsigned char buf[16] = { 0 };
    PyMemberDef tmp = d->md;
    tmp.offset = 0;
    if (PyMember_SetOne((char *)buf, &tmp, value) < 0) return -1;
    memcpy((char *)obj + d->md.offset, buf, (size_t)d->size);
    return 0;
}

static int prim_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((SpcPrimDescr *)self)->owner);
    Py_VISIT(((SpcPrimDescr *)self)->deflt);
    return 0;
}

static int prim_clear(PyObject *self)
{
    Py_CLEAR(((SpcPrimDescr *)self)->owner);
    Py_CLEAR(((SpcPrimDescr *)self)->deflt);
    return 0;
}

static void prim_dealloc(PyObject *self)
{
    SpcPrimDescr *d = (SpcPrimDescr *)self;
    PyObject_GC_UnTrack(self);
    prim_clear(self);
    Py_CLEAR(d->name);
    PyMem_Free((char *)d->md.name);
    PyObject_GC_Del(self);
}

static PyObject *prim_repr(PyObject *self)
{
    SpcPrimDescr *d = (SpcPrimDescr *)self;
    return PyUnicode_FromFormat("<member '%U' of '%s' objects>", d->name,
                                d->owner ? d->owner->tp_name : "?");
}

static PyMemberDef prim_members[] = {
    { "__name__", T_OBJECT, offsetof(SpcPrimDescr, name), READONLY, NULL },
    { "__objclass__", T_OBJECT, offsetof(SpcPrimDescr, owner), READONLY, NULL },
    { NULL },
};

PyTypeObject SpcPrimDescr_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "spc_member_descriptor",
    .tp_basicsize = sizeof(SpcPrimDescr),
    .tp_dealloc = prim_dealloc,
    .tp_repr = prim_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = prim_traverse,
    .tp_clear = prim_clear,
    .tp_members = prim_members,
    .tp_descr_get = prim_get,
    .tp_descr_set = prim_set,
};

static PyObject *prim_descr_new(PyTypeObject *owner, const SpcFieldInfo *f)
{
    SpcPrimDescr *d = PyObject_GC_New(SpcPrimDescr, &SpcPrimDescr_Type);
    if (!d) return NULL;
    char *name = PyMem_Malloc(strlen(f->name) + 1);
    if (name) strcpy(name, f->name);
    d->name = PyUnicode_InternFromString(f->name);
    d->owner = (PyTypeObject *)Py_NewRef(owner);
    d->md = (PyMemberDef){ name, member_type[f->kind], f->offset, 0, NULL };
    d->size = prim_size[f->kind];
    d->deflt = NULL;
    if (f->has_raw) {   /* box the default the way instances read it */
        PyMemberDef at0 = d->md;
        at0.offset = 0;
        d->deflt = PyMember_GetOne((const char *)f->raw, &at0);
    }
    PyObject_GC_Track(d);
    if (!d->name || !name || (f->has_raw && !d->deflt)) {
        Py_DECREF(d);
        return PyErr_NoMemory();
    }
    return (PyObject *)d;
}

/* ---- instances ---- */

/* A fresh instance of a static class or a Python subclass: fields zeroed (obj fields
 * unset), then the class-body defaults. */
/* tp_alloc of static classes and their Python subclasses: a zeroed instance with the
 * fields' defaults. It is tp_alloc, not tp_new, that does this: tp_new stays object's
 * (inherited), so object.__new__(C) and super().__new__(cls) pass CPython's "is not
 * safe" check (tp_new_wrapper wants object_new once slot_tp_new types are skipped). */
static PyObject *inst_alloc(PyTypeObject *type, Py_ssize_t nitems)
{
    PyObject *o = PyType_GenericAlloc(type, nitems);
    SpcClassInfo *info = o ? info_of(type) : NULL;
    for (int i = 0; info && i < info->nfields; i++) {
        const SpcFieldInfo *f = &info->fields[i];
        if (f->deflt) field_put(o, f->offset, f->kind == SPC_FIELD_BOOL, f->deflt);
        else if (f->has_raw) memcpy((char *)o + f->offset, f->raw, (size_t)prim_size[f->kind]);
    }
    PyObject *defaults = info && type->tp_cache ? ((SpcVtable *)type->tp_cache)->defaults : NULL;
    for (Py_ssize_t i = 0; defaults && i < PyTuple_GET_SIZE(defaults); i++) {
        PyObject *v = PyTuple_GET_ITEM(defaults, i);
        if (v == Py_None) continue;   /* (checked when the class was made) */
        const SpcFieldInfo *f = &info->fields[i];
        if (f->kind < 0) {
            field_put(o, f->offset, f->kind == SPC_FIELD_BOOL, v);
        } else {
            PyMemberDef md = { f->name, member_type[f->kind], f->offset, 0, NULL };
            if (PyMember_SetOne((char *)o, &md, v) < 0) PyErr_Clear();
        }
    }
    return o;
}

static PyObject *alloc_instance(PyTypeObject *type)
{
    return inst_alloc(type, 0);
}

PyObject *spc_rt_tp_alloc(PyObject *type)
{
    return alloc_instance((PyTypeObject *)type);
}

/* A `bool` field holds only the two singletons (SPC_FIELD_BOOL); a value the checker
 * typed bool that is not one (an int subclass's __lt__ returned something else) is
 * refused as the field's descriptor would refuse it. */
void spc_rt_raise_not_bool_field(PyObject *value, const char *name)
{
    PyErr_Format(spc_rt_static_type_error(), "expected 'bool', got '%s' for attribute '%s'",
                 Py_TYPE(value)->tp_name, name);
}

void spc_rt_raise_unset_field(PyObject *obj, const char *name)
{
    PyErr_Format(PyExc_AttributeError, "'%s' object has no attribute '%s'", Py_TYPE(obj)->tp_name,
                 name);
}

static int build_subclass_vtable(PyTypeObject *sub);

static PyObject *init_subclass_name(void)
{
    static PyObject *name;
    if (!name) name = PyUnicode_InternFromString("__init_subclass__");
    return name;
}

/* tp_new of a Python subclass whose own __init_subclass__ may not call ours, for its
 * subclasses (see adopt_subclass): object_new's checks, then the vtable, then inst_alloc. */
static PyObject *inst_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    /* Python subclasses get their vtable from __init_subclass__; one that overrode
     * __init_subclass__ without calling ours gets it here, before any instance exists. */
    if (!type->tp_cache && build_subclass_vtable(type) < 0) return NULL;
    int excess = (args && PyTuple_GET_SIZE(args)) || (kwds && PyDict_Check(kwds) && PyDict_GET_SIZE(kwds));
    if (excess && type->tp_init == PyBaseObject_Type.tp_init) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments", type->tp_name);
        return NULL;
    }
    return alloc_instance(type);
}

static int inst_traverse(PyObject *o, visitproc visit, void *arg)
{
    SpcClassInfo *info = info_of(Py_TYPE(o));
    for (int i = 0; info && i < info->nobj; i++) Py_VISIT(*field_addr(o, info->obj_offsets[i]));
    if (info && info->dict_offset) Py_VISIT(*field_addr(o, info->dict_offset));
    Py_VISIT(Py_TYPE(o));   /* heap types: instances own a reference to their type */
    return 0;
}

static int inst_clear(PyObject *o)
{
    SpcClassInfo *info = info_of(Py_TYPE(o));
    for (int i = 0; info && i < info->nobj; i++) Py_CLEAR(*field_addr(o, info->obj_offsets[i]));
    if (info && info->dict_offset) Py_CLEAR(*field_addr(o, info->dict_offset));
    return 0;
}

/* Also the base dealloc of Python subclasses: subtype_dealloc leaves the type's
 * reference to the first heap-type base's dealloc, i.e. to us. */
static void inst_dealloc(PyObject *o)
{
    PyTypeObject *tp = Py_TYPE(o);
    if (tp->tp_finalize && tp->tp_dealloc == inst_dealloc) {   /* __del__ set on the class */
        if (PyObject_CallFinalizerFromDealloc(o) < 0) return;  /* resurrected */
    }
    PyObject_GC_UnTrack(o);
    Py_TRASHCAN_BEGIN(o, inst_dealloc)
    if (tp->tp_weaklistoffset) PyObject_ClearWeakRefs(o);
    inst_clear(o);
    tp->tp_free(o);
    Py_DECREF(tp);
    Py_TRASHCAN_END
}

/* ---- Python subclasses: vtable with override thunks, final-method checks ---- */

/* "'f' overrides a final method in the static base class <class 'm.C'>" */
static int check_finals(PyTypeObject *sub)
{
    for (PyTypeObject *t = static_base_of(sub); t; t = static_base_of(t->tp_base)) {
        SpcClassInfo *info = info_of(t);
        for (int i = 0; i < info->nfinal; i++) {
            PyObject *name = info->final_names[i];
            if (_PyType_Lookup(sub, name) != _PyType_Lookup(t, name)) {
                PyErr_Format(spc_rt_static_type_error(),
                             "%R overrides a final method in the static base class %R", name, t);
                return -1;
            }
        }
    }
    return 0;
}

/* Each slot: the static base's entry when the subclass resolves the slot's name to the
 * same object as the static base does, else the thunk that calls the override. */
/* A Python subclass whose body assigns an inherited field (`sound = "meow"`): CPython
 * would find that class attribute while the instance has none, so the value becomes the
 * field's default for this class and its subclasses (when it has the field's type; other
 * values stay plain class attributes), and the class attribute turns into a descriptor of
 * the field reading that default. Defaults of Python bases are inherited. */
static PyObject *subclass_field_default(PyTypeObject *sub, SpcClassInfo *info, const SpcFieldInfo *f)
{
    PyObject *name = PyUnicode_InternFromString(f->name);
    if (!name) return NULL;
    PyObject *found = Py_None;
    PyObject *mro = sub->tp_mro;
    for (Py_ssize_t k = 0; mro && k < PyTuple_GET_SIZE(mro); k++) {
        PyTypeObject *t = (PyTypeObject *)PyTuple_GET_ITEM(mro, k);
        if (t == info->type || !PyType_IsSubtype(t, info->type)) break;   /* the static part */
        PyObject *v = PyDict_GetItemWithError(t->tp_dict, name);
        if (!v) {
            if (PyErr_Occurred()) found = NULL;
            continue;
        }
        if (Py_IS_TYPE(v, &SpcFieldDescr_Type)) found = ((SpcFieldDescr *)v)->deflt ? ((SpcFieldDescr *)v)->deflt : Py_None;
        else if (Py_IS_TYPE(v, &SpcPrimDescr_Type)) found = ((SpcPrimDescr *)v)->deflt ? ((SpcPrimDescr *)v)->deflt : Py_None;
        else if (t == sub && !Py_TYPE(v)->tp_descr_set && !PyFunction_Check(v)) found = v;
        break;
    }
    if (found && found != Py_None && PyDict_GetItemWithError(sub->tp_dict, name) == found) {
        SpcFieldInfo tmp = *f;   /* this class's own descriptor, checking the value's type */
        tmp.deflt = found;
        tmp.has_raw = 0;
        PyObject *d = NULL;
        if (f->kind < 0) {
            d = descr_new(sub, &tmp);
            if (d && descr_check_value((SpcFieldDescr *)d, found) < 0) Py_CLEAR(d);
        } else {
            PyMemberDef at0 = { f->name, member_type[f->kind], 0, 0, NULL };
            if (PyMember_SetOne((char *)tmp.raw, &at0, found) == 0) {
                tmp.has_raw = 1;
                d = prim_descr_new(sub, &tmp);
            }
        }
        if (!d) {   /* not of the field's type: a plain class attribute, as before */
            PyErr_Clear();
            found = Py_None;
        } else if (PyDict_SetItem(sub->tp_dict, name, d) < 0) {
            found = NULL;
        }
        Py_XDECREF(d);
        PyType_Modified(sub);
    }
    Py_DECREF(name);
    return found ? Py_NewRef(found) : NULL;
}

/* The tuple of subclass_field_default per field, or None when no field has one. */
static PyObject *subclass_defaults(PyTypeObject *sub, SpcClassInfo *info)
{
    PyObject *t = PyTuple_New(info->nfields);
    int any = 0;
    for (int i = 0; t && i < info->nfields; i++) {
        PyObject *v = subclass_field_default(sub, info, &info->fields[i]);
        if (!v) Py_CLEAR(t);
        else {
            any |= v != Py_None;
            PyTuple_SET_ITEM(t, i, v);
        }
    }
    if (t && !any) Py_SETREF(t, Py_NewRef(Py_None));
    return t;
}

/* The static class whose layout and vtable a class created at run time (a Python
 * subclass, or a class with several bases) follows: of the static classes on its MRO,
 * the one every other derives from, ignoring classes with neither fields nor methods.
 * Its layout base (tp_base) need not lead there: a static class without fields adds
 * nothing to the instance, so class M(Empty, Child) takes Empty as its layout base.
 * Two unrelated static bases with methods cannot share one vtable: TypeError. */
static SpcClassInfo *subclass_info(PyTypeObject *sub, int *failed)
{
    SpcClassInfo *best = NULL;
    PyObject *mro = sub->tp_mro;
    *failed = 0;
    SpcClassInfo *own = sub->tp_cache ? ((SpcVtable *)sub->tp_cache)->info : NULL;
    if (own && own->type == sub) return own;   /* a static class (made by MAKE_CLASS) */
    for (Py_ssize_t i = 1; mro && i < PyTuple_GET_SIZE(mro); i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(mro, i);
        SpcClassInfo *info = b->tp_cache ? ((SpcVtable *)b->tp_cache)->info : NULL;
        if (!info || info->type != b || (info->nslots == 0 && info->nfields == 0)) continue;
        if (!best || PyType_IsSubtype(b, best->type)) best = info;
        else if (!PyType_IsSubtype(best->type, b)) {
            PyErr_Format(PyExc_TypeError, "class %s cannot derive from both static classes %s "
                         "and %s: compiled code calls their methods through different vtables",
                         sub->tp_name, best->type->tp_name, b->tp_name);
            *failed = 1;
            return NULL;
        }
    }
    return best ? best : info_of(sub);
}

/* The class that fixes the instance layout of base `b` in the reference's view: the
 * first static class or builtin (non-heap type other than object) on its MRO. */
static PyTypeObject *layout_root(PyTypeObject *b)
{
    PyObject *mro = b->tp_mro;
    for (Py_ssize_t i = 0; mro && i < PyTuple_GET_SIZE(mro); i++) {
        PyTypeObject *t = (PyTypeObject *)PyTuple_GET_ITEM(mro, i);
        SpcClassInfo *info = t->tp_cache ? ((SpcVtable *)t->tp_cache)->info : NULL;
        if ((info && info->type == t) || (!(t->tp_flags & Py_TPFLAGS_HEAPTYPE) && t != &PyBaseObject_Type))
            return t;
    }
    return NULL;
}

/* The reference refuses a class whose bases lead to two unrelated static classes (or a
 * static class and a builtin), whatever their fields: CPython's own message. */
static int check_static_bases(PyTypeObject *sub)
{
    PyObject *bases = sub->tp_bases;
    Py_ssize_t n = bases ? PyTuple_GET_SIZE(bases) : 0;
    for (Py_ssize_t i = 0; i < n; i++)
        for (Py_ssize_t j = i + 1; j < n; j++) {
            PyTypeObject *a = layout_root((PyTypeObject *)PyTuple_GET_ITEM(bases, i));
            PyTypeObject *b = layout_root((PyTypeObject *)PyTuple_GET_ITEM(bases, j));
            if (a && b && !PyType_IsSubtype(a, b) && !PyType_IsSubtype(b, a)) {
                PyErr_SetString(PyExc_TypeError, "multiple bases have instance lay-out conflict");
                return -1;
            }
        }
    return 0;
}

static int build_subclass_vtable(PyTypeObject *sub)
{
    if (check_static_bases(sub) < 0) return -1;
    int failed;
    SpcClassInfo *info = subclass_info(sub, &failed);
    if (failed) return -1;
    if (!info || info->type == sub) return 0;     /* not a subclass of a static class / static */
    if (check_finals(sub) < 0) return -1;
    SpcVtable *base_vt = (SpcVtable *)info->type->tp_cache;
    SpcVtable *vt = vtable_new(info, NULL);
    if (!vt) return -1;
    for (int i = 0; i < info->nslots; i++) {
        PyObject *name = info->slot_names[i];
        int same = _PyType_Lookup(sub, name) == _PyType_Lookup(info->type, name);
        vt->slots[i] = same ? base_vt->slots[i] : info->thunks[i];
    }
    PyObject *defaults = subclass_defaults(sub, info);
    if (!defaults) {
        Py_DECREF(vt);
        return -1;
    }
    if (defaults == Py_None) Py_DECREF(defaults);
    else vt->defaults = defaults;
    PyObject *old = sub->tp_cache;
    sub->tp_cache = (PyObject *)vt;
    Py_XDECREF(old);
    return 0;
}

/* A Python subclass of a static class: its vtable, and inst_alloc in place of the
 * PyType_GenericAlloc type() gave it. If it defines its own __init_subclass__, which
 * need not call ours, its subclasses may never come here: they inherit inst_new, which
 * gives them a vtable when the first instance is made. */
static int adopt_subclass(PyTypeObject *sub)
{
    if (build_subclass_vtable(sub) < 0) return -1;
    if (!sub->tp_cache || ((SpcVtable *)sub->tp_cache)->info->type == sub) return 0;
    if (sub->tp_alloc == PyType_GenericAlloc) sub->tp_alloc = inst_alloc;
    PyObject *own = sub->tp_dict ? PyDict_GetItemWithError(sub->tp_dict, init_subclass_name()) : NULL;
    if (!own && PyErr_Occurred()) return -1;
    if (own && sub->tp_new == PyBaseObject_Type.tp_new) sub->tp_new = inst_new;
    return 0;
}

/* Every static class gets its own __init_subclass__ (owner = the class, m_self of the
 * function): it gives a Python subclass its vtable, then goes on along the MRO past the
 * owner, so a user-defined __init_subclass__ of a base is still called, with keywords. */
static PyObject *init_subclass(PyObject *owner, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) < 1 || !PyType_Check(PyTuple_GET_ITEM(args, 0))) {
        PyErr_SetString(PyExc_TypeError, "__init_subclass__ needs a class");
        return NULL;
    }
    PyObject *cls = PyTuple_GET_ITEM(args, 0);
    if (!init_subclass_name() || adopt_subclass((PyTypeObject *)cls) < 0) return NULL;
    PyObject *sargs[2] = {owner, cls};
    PyObject *super = PyObject_Vectorcall((PyObject *)&PySuper_Type, sargs, 2, NULL);
    PyObject *next = super ? PyObject_GetAttr(super, init_subclass_name()) : NULL;
    Py_XDECREF(super);
    PyObject *rest = next ? PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args)) : NULL;
    PyObject *r = rest ? PyObject_Call(next, rest, kwds) : NULL;
    Py_XDECREF(rest);
    Py_XDECREF(next);
    return r;
}

static PyMethodDef init_subclass_def = {
    "__init_subclass__", (PyCFunction)(void (*)(void))init_subclass, METH_VARARGS | METH_KEYWORDS, NULL
};

static int add_init_subclass(PyTypeObject *type)
{
    PyObject *fn = PyCFunction_New(&init_subclass_def, (PyObject *)type);
    PyObject *cm = fn ? PyClassMethod_New(fn) : NULL;
    Py_XDECREF(fn);
    int r = cm ? PyDict_SetItem(type->tp_dict, init_subclass_name(), cm) : -1;
    Py_XDECREF(cm);
    PyType_Modified(type);
    return r;
}

/* C.__final_method_names__, as the reference sets it: the sorted names of the final
 * methods of the class and its static bases (Python subclasses read it inherited). */
static int add_final_names(PyTypeObject *type, SpcClassInfo *info, PyTypeObject *base)
{
    PyObject *names = PyList_New(0), *inherited = NULL;
    for (int i = 0; names && i < info->nfinal; i++)
        if (PyList_Append(names, info->final_names[i]) < 0) Py_CLEAR(names);
    if (names && base) inherited = PyObject_GetAttrString((PyObject *)base, "__final_method_names__");
    if (!inherited) PyErr_Clear();
    for (Py_ssize_t i = 0; names && inherited && PyTuple_Check(inherited) && i < PyTuple_GET_SIZE(inherited); i++) {
        int has = PySequence_Contains(names, PyTuple_GET_ITEM(inherited, i));
        if (has < 0 || (!has && PyList_Append(names, PyTuple_GET_ITEM(inherited, i)) < 0)) Py_CLEAR(names);
    }
    Py_XDECREF(inherited);
    PyObject *tuple = names && PyList_Sort(names) == 0 ? PyList_AsTuple(names) : NULL;
    Py_XDECREF(names);
    int r = tuple ? PyDict_SetItemString(type->tp_dict, "__final_method_names__", tuple) : -1;
    Py_XDECREF(tuple);
    PyType_Modified(type);
    return r;
}

/* The value of one field as Python sees it (NULL without error: an unset object field). */
static PyObject *field_value(PyObject *obj, const SpcFieldInfo *f)
{
    if (f->kind < 0) return Py_XNewRef(*field_addr(obj, f->offset));
    PyMemberDef md = { f->name, member_type[f->kind], f->offset, 0, NULL };
    return PyMember_GetOne((const char *)obj, &md);
}

/* copy and pickle (object.__reduce_ex__): fields live at fixed offsets, not in a
 * __dict__, so the state is CPython's __slots__ form (dict or None, {field: value});
 * copy._reconstruct and pickle restore it with setattr, through the descriptors. */
static PyObject *inst_getstate(PyObject *self, PyObject *unused)
{
    (void)unused;
    SpcClassInfo *info = info_of(Py_TYPE(self));
    PyObject *fields = PyDict_New(), *dict = NULL;
    for (int i = 0; fields && info && i < info->nfields; i++) {
        PyObject *v = field_value(self, &info->fields[i]);
        if (!v && PyErr_Occurred()) Py_CLEAR(fields);
        else if (v && PyDict_SetItemString(fields, info->fields[i].name, v) < 0) Py_CLEAR(fields);
        Py_XDECREF(v);
    }
    if (fields && Py_TYPE(self)->tp_dictoffset) {   /* a Python subclass's own attributes */
        PyObject *d = PyObject_GenericGetDict(self, NULL);
        dict = d && PyDict_GET_SIZE(d) ? PyDict_Copy(d) : (d ? Py_NewRef(Py_None) : NULL);
        Py_XDECREF(d);
        if (!dict) Py_CLEAR(fields);
    }
    PyObject *state = fields ? PyTuple_Pack(2, dict ? dict : Py_None, fields) : NULL;
    Py_XDECREF(dict);
    Py_XDECREF(fields);
    return state;
}

static PyMethodDef class_methods[] = {
    { "__getstate__", inst_getstate, METH_NOARGS, NULL },
    { NULL },
};

/* ---- MAKE_CLASS ---- */

typedef struct Spec {
    char name[256], qualname[256];
    int basicsize, is_final, has_base;
    int weaklist;           /* tp_weaklistoffset (@allow_weakrefs), 0 when none */
    int dict;               /* tp_dictoffset (a functools.cached_property), 0 when none */
    int ninherited;         /* fields the base declares (the prefix of the F lines) */
} Spec;

static char *dup_token(const char **p)
{
    while (**p == ' ') (*p)++;
    size_t n = strcspn(*p, " \n");
    char *s = PyMem_Malloc(n + 1);
    if (s) {
        memcpy(s, *p, n);
        s[n] = 0;
    }
    *p += n;
    return s;
}

static long int_token(const char **p)
{
    return strtol(*p, (char **)p, 10);
}

static const char *next_line(const char *p)
{
    const char *e = strchr(p, '\n');
    return e ? e + 1 : p + strlen(p);
}

static PyObject *interned_token(const char **p)
{
    char *s = dup_token(p);
    PyObject *o = s ? PyUnicode_InternFromString(s) : PyErr_NoMemory();
    PyMem_Free(s);
    return o;
}

/* Parses the layout spec into `sp` and a fresh info record (NULL + exception on error). */
static SpcClassInfo *parse_spec(const char *text, Spec *sp)
{
    SpcClassInfo *info = PyMem_Calloc(1, sizeof *info);
    if (!info) return (SpcClassInfo *)PyErr_NoMemory();
    info->abi = SPC_CLASS_ABI;
    sp->ninherited = 0;
    int nf = 0, ns = 0, nx = 0;
    if (sscanf(text, "%255s %255s %d %d %d %d %d %d %d %d", sp->name, sp->qualname, &sp->basicsize,
               &sp->is_final, &sp->has_base, &nf, &ns, &nx, &sp->weaklist, &sp->dict) != 10) {
        PyMem_Free(info);
        PyErr_SetString(PyExc_SystemError, "spc: malformed class layout");
        return NULL;
    }
    info->dict_offset = sp->dict;
    info->fields = PyMem_Calloc((size_t)nf + 1, sizeof(SpcFieldInfo));
    info->obj_offsets = PyMem_Calloc((size_t)nf + 1, sizeof(int));
    info->slot_names = PyMem_Calloc((size_t)ns + 1, sizeof(PyObject *));
    info->impls = PyMem_Calloc((size_t)ns + 1, sizeof(void *));
    info->thunks = PyMem_Calloc((size_t)ns + 1, sizeof(void *));
    info->final_names = PyMem_Calloc((size_t)nx + 1, sizeof(PyObject *));
    const char *p = next_line(text);
    for (int i = 0; i < nf && *p == 'F'; i++, p = next_line(p)) {
        SpcFieldInfo *f = &info->fields[info->nfields++];
        p++;
        f->name = dup_token(&p);
        f->kind = (int)int_token(&p);
        f->offset = (int)int_token(&p);
        sp->ninherited += int_token(&p) != 0;   /* inherited: the base's descriptor serves */
        f->has_raw = (int)int_token(&p);     /* has_default, resolved in set_defaults */
        f->tdesc = dup_token(&p);
        if (f->kind == SPC_FIELD_OBJ) info->obj_offsets[info->nobj++] = f->offset;
    }
    for (int i = 0; i < ns && *p == 'S'; i++, p = next_line(p)) {
        p++;
        info->slot_names[info->nslots++] = interned_token(&p);
    }
    for (int i = 0; i < nx && *p == 'X'; i++, p = next_line(p)) {
        p++;
        info->final_names[info->nfinal++] = interned_token(&p);
    }
    if (info->nfields != nf || info->nslots != ns || info->nfinal != nx || PyErr_Occurred()) {
        info_free(info);
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "spc: malformed class layout");
        return NULL;
    }
    return info;
}

/* Defaults: fields with has_default take the operands in order (own fields, and
 * inherited ones the class body gives a new default); other inherited ones copy the
 * base's. */
static int set_defaults(SpcClassInfo *info, SpcClassInfo *base, PyObject **vals, int nvals)
{
    int k = 0;
    for (int i = 0; i < info->nfields; i++) {
        SpcFieldInfo *f = &info->fields[i];
        int own_default = f->has_raw;
        f->has_raw = 0;
        if (base && i < base->nfields) {      /* inherited (same index in the base) */
            f->redefault = own_default;
            if (!own_default) {
                f->deflt = Py_XNewRef(base->fields[i].deflt);
                f->has_raw = base->fields[i].has_raw;
                memcpy(f->raw, base->fields[i].raw, sizeof f->raw);
                continue;
            }
        }
        if (!own_default) continue;
        if (k >= nvals) {
            PyErr_SetString(PyExc_SystemError, "spc: missing field default");
            return -1;
        }
        PyObject *v = vals[k++];
        if (f->kind < 0) {
            f->deflt = Py_NewRef(v);
            continue;
        }
        PyMemberDef md = { f->name, member_type[f->kind], 0, 0, NULL };
        if (PyMember_SetOne((char *)f->raw, &md, v) < 0) return -1;
        f->has_raw = 1;
    }
    return 0;
}

/* What type() gives classes with a __dict__ (static: descriptors keep a pointer to it). */
static PyGetSetDef dict_getset[] = {
    { "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL },
    { NULL },
};

static PyTypeObject *create_type(const Spec *sp, PyObject *base)
{
    PyTypeObject *bt = (PyTypeObject *)base;
    PyMemberDef members[3] = { { NULL } }, *m = members;   /* how PyType_FromSpec learns offsets */
    if (sp->weaklist && !(bt && bt->tp_weaklistoffset))
        *m++ = (PyMemberDef){ "__weaklistoffset__", T_PYSSIZET, sp->weaklist, READONLY, NULL };
    int own_dict = sp->dict && !(bt && bt->tp_dictoffset);
    if (own_dict) *m++ = (PyMemberDef){ "__dictoffset__", T_PYSSIZET, sp->dict, READONLY, NULL };

    PyType_Slot slots[8] = {
        { Py_tp_dealloc, (void *)inst_dealloc },
        { Py_tp_traverse, (void *)inst_traverse },
        { Py_tp_clear, (void *)inst_clear },
        { Py_tp_methods, class_methods },
        { own_dict ? Py_tp_getset : Py_tp_members, own_dict ? (void *)dict_getset : (void *)members },
    };
    int nslots = 5;
    if (m > members) slots[nslots++] = (PyType_Slot){ Py_tp_members, members };
    /* tp_new is left out: inherited (object's, or slot_tp_new below a user __new__), as
     * type() does, and PyType_Ready then adds no __new__ to the class dict. */
    slots[nslots++] = (PyType_Slot){ Py_tp_alloc, (void *)inst_alloc };
    slots[nslots] = (PyType_Slot){ 0, NULL };
    PyObject *full = spc_rt_g_modname ? PyUnicode_FromFormat("%U.%s", spc_rt_g_modname, sp->name)
                                      : PyUnicode_FromString(sp->name);
    PyObject *bases = base ? PyTuple_Pack(1, base) : NULL;
    PyTypeObject *type = NULL;
    if (full && (bases || !base)) {
        PyType_Spec spec = {
            .name = PyUnicode_AsUTF8(full),
            .basicsize = sp->basicsize,
            .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | (sp->is_final ? 0 : Py_TPFLAGS_BASETYPE),
            .slots = slots,
        };
        if (spec.name) type = (PyTypeObject *)PyType_FromSpecWithBases(&spec, bases);
    }
    Py_XDECREF(bases);
    Py_XDECREF(full);
    if (!type) return NULL;
    /* Like classes CPython builds: tp_name is the bare name ("'C' object has no
     * attribute", "expected 'C'"); repr uses __module__ and __qualname__. */
    type->tp_name = PyUnicode_AsUTF8(((PyHeapTypeObject *)type)->ht_name);
    if (strcmp(sp->qualname, sp->name) != 0) {
        PyObject *q = PyUnicode_FromString(sp->qualname);
        int r = q ? PyObject_SetAttrString((PyObject *)type, "__qualname__", q) : -1;
        Py_XDECREF(q);
        if (r < 0) Py_CLEAR(type);
    }
    return type;
}

/* A descriptor per own field, and per inherited field given a new default here (the
 * class attribute reads the class's own default, as a plain class attribute would). */
static int add_descriptors(PyTypeObject *type, SpcClassInfo *info, int nbase)
{
    for (int i = 0; i < info->nfields; i++) {
        SpcFieldInfo *f = &info->fields[i];
        if (i < nbase && !f->redefault) continue;
        PyObject *d = f->kind < 0 ? descr_new(type, f) : prim_descr_new(type, f);
        int r = d ? PyObject_SetAttrString((PyObject *)type, info->fields[i].name, d) : -1;
        Py_XDECREF(d);
        if (r < 0) return -1;
    }
    return 0;
}

/* What type() does once a class exists (type_new_set_names, type_new_init_subclass): a
 * static class gets its attributes after creation, so the body's end does it here. */
int spc_rt_class_ready(PyObject *cls)
{
    static PyObject *set_name_str;
    if (!set_name_str && !(set_name_str = PyUnicode_InternFromString("__set_name__"))) return -1;
    PyObject *init_subclass_str = init_subclass_name();
    if (!init_subclass_str) return -1;
    PyObject *dict = PyDict_Copy(((PyTypeObject *)cls)->tp_dict);   /* __set_name__ may add attributes */
    if (!dict) return -1;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        PyObject *set_name = PyObject_GetAttr((PyObject *)Py_TYPE(value), set_name_str);
        if (!set_name) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError)) goto fail;
            PyErr_Clear();
            continue;
        }
        PyObject *r = PyObject_CallFunctionObjArgs(set_name, value, cls, key, NULL);
        Py_DECREF(set_name);
        if (!r) {
            _PyErr_FormatFromCause(PyExc_RuntimeError, "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                                   Py_TYPE(value)->tp_name, key, ((PyTypeObject *)cls)->tp_name);
            goto fail;
        }
        Py_DECREF(r);
    }
    Py_DECREF(dict);
    PyObject *args[2] = {cls, cls};
    PyObject *super = PyObject_Vectorcall((PyObject *)&PySuper_Type, args, 2, NULL);
    PyObject *init = super ? PyObject_GetAttr(super, init_subclass_str) : NULL;
    Py_XDECREF(super);
    PyObject *r = init ? PyObject_CallNoArgs(init) : NULL;
    Py_XDECREF(init);
    Py_XDECREF(r);
    return r ? 0 : -1;
fail:
    Py_DECREF(dict);
    return -1;
}

/* The layout record of a static base, which another module's runtime may have made
 * (a cross-module subclass): NULL with TypeError unless its shape is this runtime's. */
static SpcClassInfo *base_info(const Spec *sp, PyTypeObject *base)
{
    PyObject *vt = base->tp_cache;
    SpcClassInfo *info = vt && strcmp(Py_TYPE(vt)->tp_name, "spc_vtable") == 0 ? info_of(base) : NULL;
    if (info && info->abi == SPC_CLASS_ABI) return info;
    PyErr_Format(PyExc_TypeError, "spc: the base class %s of %s is not the static class it was "
                 "compiled against (build its module with this spc)", base->tp_name, sp->name);
    return NULL;
}

/* A base compiled separately (another module) must still have the layout this class
 * was compiled against: the same inherited fields at the same offsets and the same
 * slots; otherwise instances would be read at the wrong offsets. */
static int check_base_layout(const Spec *sp, const SpcClassInfo *info, const SpcClassInfo *binfo,
                             PyTypeObject *base)
{
    int ok = binfo->nfields == sp->ninherited && binfo->nslots <= info->nslots;
    for (int i = 0; ok && i < binfo->nfields; i++)
        ok = strcmp(binfo->fields[i].name, info->fields[i].name) == 0 &&
             binfo->fields[i].kind == info->fields[i].kind && binfo->fields[i].offset == info->fields[i].offset;
    for (int i = 0; ok && i < binfo->nslots; i++)
        ok = PyUnicode_Compare(binfo->slot_names[i], info->slot_names[i]) == 0;
    for (int i = 0; ok && i < info->nslots; i++) ok = info->impls[i] != NULL;
    if (ok) return 0;
    if (!PyErr_Occurred())
        PyErr_Format(PyExc_TypeError, "spc: %s was compiled against another version of its base "
                     "class %s: rebuild both modules", sp->name, base->tp_name);
    return -1;
}

/* Methods a class inherits from another module's class have no native function here:
 * their slots take the base's vtable entries. */
static void inherit_foreign_slots(SpcClassInfo *info, PyTypeObject *base, const SpcClassInfo *binfo)
{
    SpcVtable *bvt = (SpcVtable *)base->tp_cache;
    for (int i = 0; i < info->nslots && i < binfo->nslots; i++)
        if (!info->impls[i]) info->impls[i] = bvt->slots[i];
}

PyObject *spc_rt_make_class(PyObject **slot, const char *layout, PyObject **ops, int nops,
                            void *impls, void *thunks)
{
    if (PyType_Ready(&SpcVtable_Type) < 0 || PyType_Ready(&SpcFieldDescr_Type) < 0 ||
        PyType_Ready(&SpcPrimDescr_Type) < 0)
        return NULL;
    Spec sp;
    SpcClassInfo *info = parse_spec(layout, &sp);
    if (!info) return NULL;
    PyObject *base = sp.has_base && nops > 0 ? ops[0] : NULL;
    if (base && !PyType_Check(base)) {
        info_free(info);
        PyErr_Format(PyExc_TypeError, "spc: base of %s is not a class", sp.name);
        return NULL;
    }
    SpcClassInfo *binfo = base ? base_info(&sp, (PyTypeObject *)base) : NULL;
    if (base && !binfo) {
        info_free(info);
        return NULL;
    }
    int nbase = binfo ? binfo->nfields : 0;
    for (int i = 0; i < info->nslots; i++) {
        info->impls[i] = ((void **)impls)[i];
        info->thunks[i] = ((void **)thunks)[i];
    }
    if (binfo) inherit_foreign_slots(info, (PyTypeObject *)base, binfo);
    if (binfo && check_base_layout(&sp, info, binfo, (PyTypeObject *)base) < 0) {
        info_free(info);
        return NULL;
    }
    if (set_defaults(info, binfo, ops + (base != NULL), nops - (base != NULL)) < 0) {
        info_free(info);
        return NULL;
    }
    PyTypeObject *type = create_type(&sp, base);
    SpcVtable *vt = type ? vtable_new(info, info->impls) : NULL;
    if (!vt) {
        Py_XDECREF(type);
        info_free(info);
        return NULL;
    }
    info->type = type;
    info->vtable = vt;
    type->tp_cache = (PyObject *)vt;          /* type_dealloc releases it */
    if (add_descriptors(type, info, nbase) < 0 || add_init_subclass(type) < 0 ||
        add_final_names(type, info, (PyTypeObject *)base) < 0) {
        Py_DECREF(type);
        return NULL;
    }
    Py_XSETREF(*slot, Py_NewRef((PyObject *)type));
    return (PyObject *)type;
}
