/* rt_attrcache.c — per-site caches for attribute loads, method loads and attribute
 * stores in untyped code: CPython 3.11's LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_NO_DICT /
 * LOAD_METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE specializations, done ahead of
 * time. Stage: run time. Each LOAD_ATTR / STORE_ATTR site of a module owns one
 * SpcAttrCache (lower.c allocates them); a hit skips the type's MRO walk and the
 * generic getattr machinery.
 *
 * Guards: the receiver's type is the cached type (pointer compare first, so a freed
 * type is never read) and its tp_version_tag is unchanged — any change to the type or
 * a base gives it a new tag. Instance values use the type's shared keys, which are
 * append-only while the tag holds, so a cached index stays valid; "the instance does
 * not shadow the method" is kept valid by the number of shared keys seen at fill time.
 * These read CPython 3.11's object layout below (checked in tests; porting starts here
 * and in py_layout.h). */
#include "spc_rt.h"
#include "py_layout.h"
#include <structmember.h>
#include <stddef.h>
#include <stdint.h>

_Static_assert(offsetof(Keys311, dk_nentries) == SPC_OFF_KEYS_NENTRIES, "py_layout.h SPC_OFF_KEYS_NENTRIES");

static PyObject **values_of(PyObject *o) { return *(PyObject ***)((char *)o + SPC_OFF_OBJ_VALUES); }
static PyObject *managed_dict_of(PyObject *o) { return *(PyObject **)((char *)o - 3 * sizeof(PyObject *)); }

enum { K_EMPTY, K_VALUE, K_METHOD_NO_DICT, K_METHOD_VALUES, K_FIELD, K_CLASS_VALUE, K_DATA_DESCR };
enum { MAX_FILLS = 256 };   /* a site that keeps missing stops refilling (megamorphic) */

_Static_assert(sizeof(SpcAttrCache) == SPC_ATTR_CACHE_SIZE, "py_layout.h SPC_ATTR_CACHE_SIZE");
_Static_assert(offsetof(SpcAttrEntry, version) == SPC_OFF_ATTR_VERSION, "py_layout.h SPC_OFF_ATTR_VERSION");
_Static_assert(offsetof(SpcAttrEntry, kind) == SPC_OFF_ATTR_KIND, "py_layout.h SPC_OFF_ATTR_KIND");
_Static_assert(offsetof(SpcAttrEntry, index) == SPC_OFF_ATTR_INDEX, "py_layout.h SPC_OFF_ATTR_INDEX");
_Static_assert(K_VALUE == SPC_ATTR_K_VALUE, "py_layout.h SPC_ATTR_K_VALUE");
_Static_assert(offsetof(PyTypeObject, tp_version_tag) == SPC_OFF_TP_VERSION, "py_layout.h SPC_OFF_TP_VERSION");
_Static_assert(K_METHOD_NO_DICT == SPC_ATTR_K_METHOD_NO_DICT && K_METHOD_VALUES == SPC_ATTR_K_METHOD_VALUES &&
               K_FIELD == SPC_ATTR_K_FIELD, "py_layout.h SPC_ATTR_K_*");
_Static_assert(SPC_ATTR_WAYS == SPC_ATTR_NWAYS && sizeof(SpcAttrEntry) == SPC_ATTR_ENTRY_SIZE,
               "py_layout.h SPC_ATTR_NWAYS / SPC_ATTR_ENTRY_SIZE");
_Static_assert(offsetof(SpcAttrEntry, descr) == SPC_OFF_ATTR_DESCR && offsetof(SpcAttrEntry, keys) == SPC_OFF_ATTR_KEYS &&
               offsetof(SpcAttrEntry, nentries) == SPC_OFF_ATTR_NENTRIES, "py_layout.h SPC_OFF_ATTR_*");
_Static_assert(offsetof(PyHeapTypeObject, ht_cached_keys) == SPC_OFF_HT_CACHED_KEYS, "py_layout.h SPC_OFF_HT_CACHED_KEYS");
_Static_assert(offsetof(SpcAttrCache, e) == 0, "lower.c reads the first way at the cache's start");

static Keys311 *shared_keys(PyTypeObject *tp) {
    return (Keys311 *)((PyHeapTypeObject *)tp)->ht_cached_keys;
}

/* Index of `name` among the shared keys' first n entries, -1 when absent, -2 when the
 * keys are not unicode-only. */
static Py_ssize_t key_index(Keys311 *k, PyObject *name, Py_ssize_t n) {
    if (k->dk_kind == SPC_KEYS_GENERAL) return -2;
    UnicodeEntry311 *e = unicode_entries(k);
    for (Py_ssize_t i = 0; i < n; i++)
        if (e[i].me_key == name || (e[i].me_key && PyUnicode_Compare(e[i].me_key, name) == 0)) return i;
    return -1;
}

static int has_values(PyTypeObject *tp, PyObject *o) {
    return (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) && shared_keys(tp) && values_of(o) &&
           !managed_dict_of(o);
}

/* The entry for tp with a current version tag, or NULL. */
static SpcAttrEntry *find(SpcAttrCache *c, PyTypeObject *tp) {
    for (int i = 0; i < SPC_ATTR_WAYS; i++)
        if (c->e[i].type == tp) return c->e[i].version == tp->tp_version_tag ? &c->e[i] : NULL;
    return NULL;
}

/* The entry a refill for tp goes to (its old one, else round-robin), or NULL when the
 * site has missed too often. */
static SpcAttrEntry *victim(SpcAttrCache *c, PyObject *name, PyTypeObject *tp) {
    if (c->fills >= MAX_FILLS || !PyUnicode_CheckExact(name) || !(tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG))
        return NULL;
    c->fills++;
    for (int i = 0; i < SPC_ATTR_WAYS; i++)
        if (c->e[i].type == tp) return &c->e[i];
    return &c->e[c->next++ % SPC_ATTR_WAYS];
}

static void fill_value(PyObject *o, PyObject *name, SpcAttrCache *c) {
    PyTypeObject *tp = Py_TYPE(o);
    if (_PyType_Lookup(tp, name) || !has_values(tp, o)) return;
    Keys311 *k = shared_keys(tp);
    Py_ssize_t i = key_index(k, name, k->dk_nentries);
    SpcAttrEntry *e = i >= 0 ? victim(c, name, tp) : NULL;
    if (!e) return;
    *e = (SpcAttrEntry){.type = tp, .version = tp->tp_version_tag, .kind = K_VALUE, .index = i};
}

/* An object field the type's data descriptor reads at a fixed offset (a typed field of a
 * static class, or a __slots__ member): cached as the offset; an unset field misses
 * (the descriptor raises the AttributeError). */
static void fill_field(PyObject *o, PyObject *name, SpcAttrCache *c) {
    PyTypeObject *tp = Py_TYPE(o);
    PyObject *d = _PyType_Lookup(tp, name);
    Py_ssize_t off = d ? spc_rt_field_offset(d, tp) : -1;
    if (off < 0 && d && Py_IS_TYPE(d, &PyMemberDescr_Type)) {
        PyMemberDescrObject *m = (PyMemberDescrObject *)d;
        if (m->d_member->type == T_OBJECT_EX && !(m->d_member->flags & PY_AUDIT_READ) &&
            PyType_IsSubtype(tp, PyDescr_TYPE(m)))
            off = m->d_member->offset;
    }
    SpcAttrEntry *e = off > 0 ? victim(c, name, tp) : NULL;
    if (e) *e = (SpcAttrEntry){.type = tp, .version = tp->tp_version_tag, .kind = K_FIELD, .index = off};
}

/* Does the metatype look attributes up as type.__getattribute__ does?  (A __getattr__
 * of its own, as enum's EnumType has, only runs when that lookup fails.) */
static int type_style_getattr(PyTypeObject *meta) {
    static PyObject *name, *type_getattribute;
    if (meta->tp_getattro == PyType_Type.tp_getattro) return 1;
    if (!name && !(name = PyUnicode_InternFromString("__getattribute__"))) {
        PyErr_Clear();
        return 0;
    }
    if (!type_getattribute) type_getattribute = _PyType_Lookup(&PyType_Type, name);
    return type_getattribute && _PyType_Lookup(meta, name) == type_getattribute;
}

/* A plain value (no __get__) a class attribute read found in the class's MRO, with no
 * data descriptor of that name on the metatype (it would come first): an enum member,
 * a constant.  Cached for this class (keys: the class; index: its version tag, so any
 * change to it or a base misses; tags are never reused, so a new class at the same
 * address misses too) under its metatype's entry. */
static void fill_class_value(PyObject *cls, PyObject *name, PyObject *value, SpcAttrCache *c) {
    PyTypeObject *meta = Py_TYPE(cls), *t = (PyTypeObject *)cls;
    if (!type_style_getattr(meta)) return;
    PyObject *ma = _PyType_Lookup(meta, name);
    if (ma && Py_TYPE(ma)->tp_descr_set) return;
    PyObject *a = _PyType_Lookup(t, name);
    if (a != value || Py_TYPE(a)->tp_descr_get || !(t->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG)) return;
    SpcAttrEntry *e = victim(c, name, meta);
    if (e)
        *e = (SpcAttrEntry){.type = meta, .version = meta->tp_version_tag, .kind = K_CLASS_VALUE,
                            .keys = cls, .index = t->tp_version_tag, .descr = a};
}

PyObject *spc_rt_load_attr_cached(PyObject *o, PyObject *name, void *cache)
{
    PyTypeObject *tp = Py_TYPE(o);
    SpcAttrEntry *e = find(cache, tp);
    if (e && e->kind == K_VALUE) {
        PyObject **values = values_of(o);
        PyObject *v = values ? values[e->index] : NULL;
        if (v) return Py_NewRef(v);
    } else if (e && e->kind == K_FIELD) {
        PyObject *v = *(PyObject **)((char *)o + e->index);
        if (v) return Py_NewRef(v);
    } else if (e && e->kind == K_CLASS_VALUE && e->keys == (void *)o &&
               (((PyTypeObject *)o)->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) &&
               ((PyTypeObject *)o)->tp_version_tag == (unsigned)e->index) {
        return Py_NewRef(e->descr);
    }
    PyObject *r = PyObject_GetAttr(o, name);
    if (r && !e && tp->tp_getattro == PyObject_GenericGetAttr) {
        fill_value(o, name, cache);
        if (!find(cache, tp)) fill_field(o, name, cache);
    } else if (r && PyType_Check(o) && (!e || e->kind == K_CLASS_VALUE)) {
        fill_class_value(o, name, r, cache);
    }
    return r;
}

/* A store that found a data descriptor on the type (a typed field of a static class, a
 * __slots__ member, a property with a setter): generic setattr calls its __set__ first
 * whatever the instance holds, so the descriptor is cached under the type's version. */
static void fill_data_descr(PyObject *o, PyObject *name, SpcAttrCache *c) {
    PyTypeObject *tp = Py_TYPE(o);
    PyObject *d = _PyType_Lookup(tp, name);
    SpcAttrEntry *e = d && Py_TYPE(d)->tp_descr_set ? victim(c, name, tp) : NULL;
    if (e) *e = (SpcAttrEntry){.type = tp, .version = tp->tp_version_tag, .kind = K_DATA_DESCR, .descr = d};
}

int spc_rt_store_attr_cached(PyObject *o, PyObject *name, PyObject *v, void *cache)
{
    PyTypeObject *tp = Py_TYPE(o);
    SpcAttrEntry *e = find(cache, tp);
    if (e && e->kind == K_VALUE) {
        PyObject **values = values_of(o);
        PyObject *old = values ? values[e->index] : NULL;
        if (old) {   /* replacing: the insertion order is unchanged */
            values[e->index] = Py_NewRef(v);
            Py_DECREF(old);
            return 0;
        }
    } else if (e && e->kind == K_DATA_DESCR) {
        PyObject *d = Py_NewRef(e->descr);   /* as generic setattr: __set__ may drop the type's */
        int r = Py_TYPE(d)->tp_descr_set(d, o, v);
        Py_DECREF(d);
        return r;
    }
    int r = PyObject_SetAttr(o, name, v);
    if (r == 0 && !e && tp->tp_setattro == PyObject_GenericSetAttr) {
        fill_value(o, name, cache);
        if (!find(cache, tp)) fill_data_descr(o, name, cache);
    }
    return r;
}

static void fill_method(PyObject *o, PyObject *name, PyObject *meth, SpcAttrCache *c) {
    PyTypeObject *tp = Py_TYPE(o);
    if (tp->tp_getattro != PyObject_GenericGetAttr || _PyType_Lookup(tp, name) != meth) return;
    SpcAttrEntry fresh = {.type = tp, .version = tp->tp_version_tag, .descr = meth};
    if (tp->tp_dictoffset == 0) {
        fresh.kind = K_METHOD_NO_DICT;
    } else if (has_values(tp, o)) {
        Keys311 *k = shared_keys(tp);
        if (key_index(k, name, k->dk_nentries) != -1) return;
        fresh.keys = k;
        fresh.nentries = k->dk_nentries;
        fresh.kind = K_METHOD_VALUES;
    } else {
        return;
    }
    SpcAttrEntry *e = victim(c, name, tp);
    if (e) *e = fresh;   /* descr is borrowed: the type's dict holds it while the tag holds */
}

PyObject *spc_rt_load_method_cached(PyObject *o, PyObject *name, PyObject **self, void *cache)
{
    PyTypeObject *tp = Py_TYPE(o);
    SpcAttrEntry *e = find(cache, tp);
    if (e && (e->kind == K_METHOD_NO_DICT ||
              (e->kind == K_METHOD_VALUES && !managed_dict_of(o) && values_of(o) &&
               shared_keys(tp) == e->keys && ((Keys311 *)e->keys)->dk_nentries == e->nentries))) {
        *self = Py_NewRef(o);
        return Py_NewRef(e->descr);
    }
    PyObject *meth = NULL;
    int unbound = _PyObject_GetMethod(o, name, &meth);
    *self = unbound && meth ? Py_NewRef(o) : NULL;
    if (unbound && meth && !e) fill_method(o, name, meth, cache);
    return meth;
}
