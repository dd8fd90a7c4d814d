/* py_layout.h — the CPython 3.11 (x86-64, release build) object layout facts that
 * generated code relies on, in ONE place.  Stage: runtime ABI.
 *
 * compiler/lower.c includes this file (without Python.h) and emits loads at these byte
 * offsets; the runtime (rt_class.c) includes it after Python.h and checks every value
 * with _Static_assert(offsetof(...)), so a layout change breaks the build instead of
 * the generated code.  Porting to another CPython version starts here. */
#ifndef SPC_PY_LAYOUT_H
#define SPC_PY_LAYOUT_H

/* Field kinds of MAKE_CLASS's layout spec below 0 (primitives are their PrimKind).  A field declared `bool`
 * holds Py_True or Py_False (NULL: unset) without owning a reference: the two singletons
 * outlive every instance, so compiled stores are one pointer write (no refcounting, no
 * release of the old value), as mypyc keeps its bool attributes unboxed.  Nothing may
 * DECREF such a field: instances do not traverse or clear it. */
#define SPC_FIELD_OBJ (-1)
#define SPC_FIELD_BOOL (-2)

#define SPC_OFF_REFCNT        0    /* PyObject.ob_refcnt */
#define SPC_OFF_TYPE          8    /* PyObject.ob_type */
#define SPC_OFF_VAR_SIZE      16   /* PyVarObject.ob_size: len of list, tuple, Array */
#define SPC_OFF_TP_BASE       256  /* PyTypeObject.tp_base */
#define SPC_OFF_TP_CACHE      352  /* PyTypeObject.tp_cache: spc keeps the vtable here */
#define SPC_OFF_LIST_ITEMS    24   /* PyListObject.ob_item (PyObject **) */
#define SPC_OFF_LIST_ALLOCATED 32  /* PyListObject.allocated */
#define SPC_OFF_TUPLE_ITEMS   24   /* PyTupleObject.ob_item[] (inline) */
#define SPC_OFF_DICT_USED     16   /* PyDictObject.ma_used */
#define SPC_OFF_DICT_VERSION  24   /* PyDictObject.ma_version_tag (PEP 509) */
#define SPC_OFF_SET_USED      24   /* PySetObject.used */
#define SPC_OFF_STR_LENGTH    16   /* PyASCIIObject.length */
#define SPC_OFF_ARRAY_ITEMS   24   /* SpcArrayObject.items[] (static_layout.h) */
#define SPC_OFF_VTABLE_SLOTS  40   /* SpcVtable.slots[] (spc_rt.h) */
#define SPC_OFF_LISTITER_INDEX 16  /* SpcListIter.index (spc_rt.h) */
#define SPC_OFF_LISTITER_SEQ  24   /* SpcListIter.seq: the list, NULL once exhausted */
#define SPC_OFF_RANGEITER_INDEX 16 /* SpcRangeIter.index (spc_rt.h): items given so far ... */
#define SPC_OFF_RANGEITER_START 24 /* ... start, step and len of the range, as int64 */
#define SPC_OFF_RANGEITER_STEP  32
#define SPC_OFF_RANGEITER_LEN   40
#define SPC_OFF_FUNC_ENTRY    24   /* SpcFunction.entry (spc_rt.h): the IRF_PY_ENTRY function */
#define SPC_OBJECT_HEADER     16   /* sizeof(PyObject): first field offset of a static class */
#define SPC_ATTR_CACHE_SIZE   208  /* sizeof(SpcAttrCache) (spc_rt.h): per-site attribute cache */
#define SPC_OFF_ATTR_VERSION  8    /* SpcAttrEntry.version (u32) of the cache's first way ... */
#define SPC_OFF_ATTR_KIND     12   /* ... its kind (i32; SPC_ATTR_K_VALUE: instance value) ... */
#define SPC_OFF_ATTR_INDEX    16   /* ... and the value's index in the shared keys */
#define SPC_ATTR_K_VALUE      1
#define SPC_ATTR_K_METHOD_NO_DICT 2 /* method on the type, instances have no dict */
#define SPC_ATTR_K_METHOD_VALUES 3 /* method on the type, instances' values unchanged */
#define SPC_ATTR_K_FIELD      4    /* object field at byte offset `index` (typed / slot) */
#define SPC_ATTR_NWAYS        4    /* SPC_ATTR_WAYS: entries per site, each ... */
#define SPC_ATTR_ENTRY_SIZE   48   /* ... sizeof(SpcAttrEntry) bytes */
#define SPC_OFF_ATTR_DESCR    24   /* SpcAttrEntry.descr: the method (borrowed) */
#define SPC_OFF_ATTR_KEYS     32   /* SpcAttrEntry.keys: the shared keys at fill time */
#define SPC_OFF_ATTR_NENTRIES 40   /* SpcAttrEntry.nentries: their dk_nentries then */
#define SPC_OFF_HT_CACHED_KEYS 872 /* PyHeapTypeObject.ht_cached_keys */
#define SPC_OFF_KEYS_NENTRIES 24   /* PyDictKeysObject.dk_nentries (pycore_dict.h) */
#define SPC_OFF_OBJ_DICT      (-24) /* managed-dict objects: the materialised dict, or NULL */
#define SPC_OFF_TP_VERSION    384  /* PyTypeObject.tp_version_tag (u32) */
#define SPC_OFF_OBJ_VALUES    (-32) /* managed-dict objects: PyDictValues* before the header */
#define SPC_OFF_FUNC_FAST     176  /* SpcFunction.fast (spc_rt.h): direct native entry */
#define SPC_OFF_FUNC_FAST_NARGS 184 /* SpcFunction.fast_nargs */
#define SPC_OFF_RUNTIME_TSTATE 576 /* _PyRuntime.gilstate.tstate_current (rt_tstate.c) */
#define SPC_OFF_TSTATE_RECURSION 32 /* PyThreadState.recursion_remaining */
#define SPC_OFF_LONG_DIGIT0   24   /* PyLongObject.ob_digit[0]: 30-bit digits; an int with
                                      |ob_size| <= 1 is ob_size * ob_digit[0] */
#define SPC_SIZEOF_LONG       32   /* sizeof(PyLongObject): stride of the small ints */
#define SPC_OFF_RUNTIME_SMALL_INTS 680 /* _PyRuntime.global_objects.singletons.small_ints:
                                      the cached ints SPC_SMALL_INT_MIN..SPC_SMALL_INT_MAX */
#define SPC_SMALL_INT_MIN     (-5)  /* -_PY_NSMALLNEGINTS */
#define SPC_SMALL_INT_MAX     256   /* _PY_NSMALLPOSINTS - 1 */

#endif
