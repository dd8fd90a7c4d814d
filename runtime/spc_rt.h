/* spc_rt.h — the runtime linked into every compiled module (libspcrt.a).
 * Stage: run time.  The entry points that generated code calls come from rt.def
 * (one line each); their C prototypes are produced here from the type letters.
 * Everything is built with -fvisibility=hidden: each .so keeps a private copy, so
 * the per-module state below (module, dict, builtins) lives in plain globals.
 * CPython-version-specific code (3.11) is confined to the runtime/ sources. */
#ifndef SPC_RT_H
#define SPC_RT_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* Type letters of rt.def -> C types. */
#define SPC_T_o PyObject *
#define SPC_T_a PyObject **
#define SPC_T_i int
#define SPC_T_l int64_t
#define SPC_T_u uint64_t
#define SPC_T_d double
#define SPC_T_c char
#define SPC_T_s const char *
#define SPC_T_p void *
#define SPC_T_v void

#define SPC__N(...) SPC__N_(__VA_ARGS__, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define SPC__N_(a1, a2, a3, a4, a5, a6, a7, a8, a9, n, ...) n
#define SPC__CAT(a, b) SPC__CAT_(a, b)
#define SPC__CAT_(a, b) a##b
#define SPC__P1(a) SPC_T_##a
#define SPC__P2(a, ...) SPC_T_##a, SPC__P1(__VA_ARGS__)
#define SPC__P3(a, ...) SPC_T_##a, SPC__P2(__VA_ARGS__)
#define SPC__P4(a, ...) SPC_T_##a, SPC__P3(__VA_ARGS__)
#define SPC__P5(a, ...) SPC_T_##a, SPC__P4(__VA_ARGS__)
#define SPC__P6(a, ...) SPC_T_##a, SPC__P5(__VA_ARGS__)
#define SPC__P7(a, ...) SPC_T_##a, SPC__P6(__VA_ARGS__)
#define SPC__P8(a, ...) SPC_T_##a, SPC__P7(__VA_ARGS__)
#define SPC__P9(a, ...) SPC_T_##a, SPC__P8(__VA_ARGS__)
#define SPC_PARAMS(...) SPC__CAT(SPC__P, SPC__N(__VA_ARGS__))(__VA_ARGS__)

#define RT(ret, name, ...) SPC_T_##ret name(SPC_PARAMS(__VA_ARGS__));
#include "rt.def"
#undef RT

/* ---- runtime-internal (not called by generated code) ---- */

/* Per-module state, set by spc_rt_module_exec (strong references). */
extern PyObject *spc_rt_g_module, *spc_rt_g_globals, *spc_rt_g_builtins, *spc_rt_g_modname;
extern PyObject *spc_rt_g_isinstance;   /* builtins.isinstance (borrowed), for the inline test */

/* LOAD_GLOBAL's per-name cache (one per name in the .so, zeroed): valid while the
 * module dict and the builtins dict keep the versions (PEP 509 ma_version_tag, unique
 * over all dicts) seen when it was filled; `value` is borrowed from one of them.
 * lower.c checks it inline (py_layout.h: SPC_OFF_DICT_VERSION). */
/* CPython 3.11's dict keys (Include/internal/pycore_dict.h), read by the attribute and
 * global caches: a unicode-only table's entries follow its index table. */
typedef struct Keys311 {
    Py_ssize_t dk_refcnt;
    uint8_t dk_log2_size;
    uint8_t dk_log2_index_bytes;
    uint8_t dk_kind;
    uint32_t dk_version;
    Py_ssize_t dk_usable;
    Py_ssize_t dk_nentries;
    char dk_indices[];
} Keys311;
typedef struct { PyObject *me_key, *me_value; } UnicodeEntry311;
enum { SPC_KEYS_GENERAL = 0 };   /* dk_kind of a table with non-str keys (pycore_dict.h DICT_KEYS_GENERAL) */
static inline UnicodeEntry311 *unicode_entries(Keys311 *k)
{
    return (UnicodeEntry311 *)&k->dk_indices[(size_t)1 << k->dk_log2_index_bytes];
}

/* An obj variable's word holding a tagged int, (v << 1) | 1 (lower.c "tagged ints"):
 * objects are at least 2-aligned. It owns nothing and is never visited. */
static inline int is_tagged_word(const void *w) { return ((uintptr_t)w & 1) != 0; }

typedef struct SpcGlobalCache {
    uint64_t gver, bver;    /* the globals' and builtins' versions when value was read ... */
    PyObject *value;        /* ... (borrowed): the inline fast path (lower.c) */
    void *keys;             /* hint for the slow path: the globals' keys object when filled, */
    Py_ssize_t ix;          /* and the entry holding name, or -1: found in the builtins
                               (rt_ops.c global_by_hint checks it before it is trusted) */
} SpcGlobalCache;

/* One LOAD_ATTR / STORE_ATTR site's cache (rt_attrcache.c): up to SPC_ATTR_WAYS receiver
 * types (polymorphic sites, as in class hierarchies); lower.c allocates them as zeroed
 * SPC_ATTR_CACHE_SIZE-byte blocks. */
typedef struct SpcAttrEntry {
    PyTypeObject *type;     /* borrowed; compared before anything is read through it */
    uint32_t version;       /* its tp_version_tag when filled */
    int32_t kind;
    Py_ssize_t index;       /* instance value: index in the shared keys */
    PyObject *descr;        /* method: found on the type (borrowed) */
    void *keys;             /* method on an instance with values: the shared keys ... */
    Py_ssize_t nentries;    /* ... and how many entries they had (none of them the name) */
} SpcAttrEntry;
#define SPC_ATTR_WAYS 4
typedef struct SpcAttrCache {
    SpcAttrEntry e[SPC_ATTR_WAYS];
    uint32_t fills, next;   /* refills so far (capped: megamorphic); round-robin victim */
    uint64_t pad;
} SpcAttrCache;

/* GET_ITER of a list (rt_ops.c): CPython's list iterator, without GC tracking, from a
 * free list; lower.c inlines FOR_ITER's step (py_layout.h: SPC_OFF_LISTITER_*). */
typedef struct SpcListIter { PyObject_HEAD Py_ssize_t index; PyObject *seq; } SpcListIter;
extern PyTypeObject SpcListIter_Type;

/* GET_ITER of an exact range whose bounds fit int64 (rt_ops.c): item i is start + i*step
 * for i < len, as CPython's range iterator; lower.c inlines FOR_ITER's step, giving the
 * loop variable an int64 (a tagged word, docs/IR.md) instead of a new int object. */
typedef struct SpcRangeIter { PyObject_HEAD int64_t index, start, step, len; } SpcRangeIter;
extern PyTypeObject SpcRangeIter_Type;

/* Python-facing entry of a compiled function (METH_FASTCALL|METH_KEYWORDS shape). */
typedef PyObject *(*SpcEntry)(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames);

/* The function objects MAKE_FUNCTION creates: vectorcall into the entry, with the
 * argument spec and defaults BIND_ARGS and LOAD_DEFAULT use. */
typedef struct SpcFunction {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    SpcEntry entry;
    PyObject *name, *qualname, *module, *doc, *dict;
    PyObject *defaults;     /* tuple or NULL */
    PyObject *kwdefaults;   /* dict or NULL */
    PyObject *argnames;     /* tuple of interned str, in co_varnames order: positional
                               (positional-only first), keyword-only, *args, **kwargs */
    int npos, nkwonly;      /* npos includes the positional-only ones */
    int nposonly, has_varargs, has_varkw;
    PyObject *annotations;  /* dict, built from ann_spec on first use, or NULL */
    PyObject *code;         /* code object describing the signature (inspect), lazily */
    PyObject *globals;      /* the module's dict (__globals__) */
    const char *ann_spec;   /* annotation records of the signature spec (rt_func.c) */
    const char *filename;   /* into the signature spec: filename_len bytes, no NUL */
    int firstline, future_ann;
    PyObject *closure;      /* tuple of cells (nested functions that use enclosing
                               variables) or NULL; read by the entry, see LOAD_CLOSURE */
    void *fast;             /* the native function, when the entry only binds plain
                               positional objects to it: PyObject *(*)(PyObject *...) */
    Py_ssize_t fast_nargs;  /* its parameter count, or -1 (CALL sites call it directly
                               when they pass exactly that many positional arguments) */
    int code_flags;         /* CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR of __code__ */
    int filename_len;       /* the bytes of filename */
} SpcFunction;
extern PyTypeObject SpcFunction_Type;
int spc_rt_ready_types(void);
/* code.replace(**kw) (rt_module.c): a new reference, or NULL with an exception; kw may be NULL
 * (then NULL is returned, the error already set by whoever failed to build it). */
PyObject *spc_rt_code_replace(PyObject *code, PyObject *kw);

/* StaticTypeError from __static__ when importable, else TypeError (borrowed). */
PyObject *spc_rt_static_type_error(void);

/* ---- static classes (rt_class.c; docs/RUNTIME.md "Static classes") ---- */

/* One instance field of a static class, as MAKE_CLASS's layout spec gives it. */
typedef struct SpcFieldInfo {
    char *name;
    int kind;               /* SPC_FIELD_OBJ, SPC_FIELD_BOOL, else the PrimKind (compiler/prim.def) */
    int offset;             /* bytes from the start of the instance */
    char *tdesc;            /* object fields: type descriptor of the declared type */
    PyObject *deflt;        /* object field default (strong) or NULL */
    int has_raw;            /* primitive field default present in raw[] */
    unsigned char raw[8];
    int redefault;          /* inherited, with a new default from this class's body */
} SpcFieldInfo;

/* Layout and vtable facts of one static class, owned by its vtable object. */
#define SPC_CLASS_ABI 0x53504333u   /* "SPC3": bump when SpcClassInfo/SpcFieldInfo/SpcVtable change */
typedef struct SpcClassInfo {
    unsigned abi;           /* SPC_CLASS_ABI: another module's runtime may read this record
                               (a static subclass there), so its shape is checked first */
    PyTypeObject *type;     /* the static class (borrowed: it owns the vtable owning this) */
    int nfields;            /* all fields, inherited first */
    SpcFieldInfo *fields;
    int dict_offset;        /* instances' __dict__ (a functools.cached_property), 0: none */
    int nobj;               /* offsets of the object fields (traverse, clear) */
    int *obj_offsets;
    int nslots;
    PyObject **slot_names;  /* interned */
    void **impls;           /* this class's implementation per slot */
    void **thunks;          /* override thunk per slot (Python subclasses) */
    int nfinal;
    PyObject **final_names; /* methods declared final in this class */
    struct SpcVtable *vtable;   /* the class's own vtable (which frees this record) */
} SpcClassInfo;

/* The object stored in tp_cache of every static class and of every Python subclass of
 * one: generated code calls slots[i] (offset SPC_OFF_VTABLE_SLOTS, py_layout.h). */
typedef struct SpcVtable {
    PyObject_VAR_HEAD       /* ob_size: number of slots */
    SpcClassInfo *info;     /* the nearest static class's layout */
    PyObject *defaults;     /* Python subclasses whose bodies assign inherited fields: a tuple
                               with the new default of each field (NULL entries: keep), else NULL */
    void *slots[];
} SpcVtable;
extern PyTypeObject SpcVtable_Type;
extern PyTypeObject SpcFieldDescr_Type;     /* typed descriptor of an object field */
/* The byte offset a typed field descriptor reads in instances of tp, or -1 when d is not
 * one or does not apply to tp (rt_class.c; the attribute caches use it). */
Py_ssize_t spc_rt_field_offset(PyObject *d, PyTypeObject *tp);
extern PyTypeObject SpcPrimDescr_Type;      /* member descriptor of a primitive field */

/* The module's class table (spc_rt_set_classes) and its size. */
extern PyObject **spc_rt_g_classes;
extern int spc_rt_g_nclasses;

/* ---- type descriptors (rt_types.c) ----
 * A type descriptor is a string lower.c writes for a static type:
 *   *            anything (dynamic, object)
 *   Bname        builtins.name
 *   Cn           static class n of this module (class table)
 *   Mmod:qual    class qual of module mod (this module's globals, else imported)
 *   L[T]         CheckedList[T]        D[K,V]  CheckedDict[K, V]       A  Array[int64]
 *   ?T           Optional[T] (inside L[...] / D[...]; top level passes `optional`)
 * Returns the class (borrowed from *slot, which caches a strong reference) or NULL. */
PyObject *spc_rt_resolve_type(PyObject **slot, const char *desc);

#endif
