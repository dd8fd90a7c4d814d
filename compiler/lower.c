/* lower.c — back end: verified, refcounted IR -> libgccjit -> CPython extension (.so).
 *
 * Input: an IrModule (ir.h; ir_ops.def gives each op's result, error kind and flags).
 * Output: opt->output_path, a shared object exporting only PyInit_<name>, with the
 * runtime archive (runtime/rt.def entry points) linked in.  docs/RUNTIME.md describes
 * the conventions; in short:
 *   - one C function per IrFunc (native / Python-facing entry / module body);
 *   - every IrValue is a C local; obj variables start NULL and own their value;
 *   - temps never cross blocks, so the references a temp holds are tracked statically
 *     per block (def, INCREF, DECREF, steal) and each error point releases exactly
 *     those, then jumps to the function's cleanup (release all obj variables, return
 *     the error sentinel of ir.h);
 *   - each error point with a source line adds `File "<abs .py>", line N, in <name>`;
 *   - generated code calls only runtime functions, except inline INCREF/DECREF on
 *     ob_refcnt and the inline loads of runtime/py_layout.h (static class fields,
 *     vtables in tp_cache, list/tuple/Array items and sizes); constants come from a
 *     per-module table filled at exec from a serialized blob;
 *   - static classes: MAKE_CLASS passes a text layout spec (class_spec) and the slot
 *     functions to runtime/rt_class.c; the module keeps the types in `spc_classes`;
 *   - static types reach the runtime as type descriptors (type_desc, grammar in
 *     runtime/spc_rt.h), each check site with a lazily resolved slot in `spc_types`. */
#include "spc.h"
#include "../runtime/py_layout.h"
#include <libgccjit.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- runtime entry points, from runtime/rt.def ---- */
enum {
#define RT(ret, name, ...) RTF_##name,
#include "../runtime/rt.def"
#undef RT
    RTF__COUNT
};
static const struct { const char *name, *ret, *params; } rt_sigs[RTF__COUNT] = {
#define RT(ret, name, ...) { #name, #ret, #__VA_ARGS__ },
#include "../runtime/rt.def"
#undef RT
};

/* Primitive facts from prim.def (kept local: the back end needs only these). */
static const int prim_bits_tab[P__COUNT] = {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) bits,
#include "prim.def"
#undef PRIM
};
static const bool prim_signed_tab[P__COUNT] = {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) is_signed,
#include "prim.def"
#undef PRIM
};

#define PY_VECTORCALL_OFFSET_BIT INT64_MIN /* PY_VECTORCALL_ARGUMENTS_OFFSET as int64 */

typedef struct L {
    gcc_jit_context *ctx;
    IrModule *m;
    const LowerOptions *opt;
    Diags *d;
    const char *abspath;
    gcc_jit_type *t_objstruct;
    gcc_jit_type *t_void, *t_int, *t_char, *t_i64, *t_u64, *t_double, *t_obj, *t_objp,
                 *t_cstr, *t_voidp, *t_bool, *t_charp;
    gcc_jit_type *t_prim[P__COUNT], *t_uprim[P__COUNT];
    gcc_jit_field *f_refcnt;
    gcc_jit_type *t_word;             /* union { PyObject *p; int64_t i; }: a tagged value's storage */
    gcc_jit_field *f_word_p, *f_word_i;
    gcc_jit_function *rt[RTF__COUNT];
    gcc_jit_function **fns;           /* per IrFunc */
    gcc_jit_lvalue *consts, *fnobjs, *types, *classes;
    gcc_jit_lvalue *py_true, *py_false, *py_none;   /* CPython's singletons (imported) */
    gcc_jit_lvalue *listiter_type;                  /* runtime's SpcListIter_Type (imported) */
    gcc_jit_lvalue *rangeiter_type;                 /* runtime's SpcRangeIter_Type (imported) */
    gcc_jit_lvalue *func_type;                      /* runtime's SpcFunction_Type (imported) */
    gcc_jit_type *t_entry;                          /* SpcEntry: a py entry's C signature */
    gcc_jit_lvalue *py_runtime;                     /* CPython's _PyRuntime (imported) */
    gcc_jit_lvalue *list_type;                      /* PyList_Type (imported) */
    gcc_jit_lvalue *tuple_type, *long_type;         /* PyTuple_Type, PyLong_Type (imported) */
    gcc_jit_lvalue *dict_type, *set_type, *str_type; /* PyDict_Type, PySet_Type, PyUnicode_Type */
    gcc_jit_lvalue *g_globals, *g_builtins;         /* runtime/rt_module.c state (imported) */
    gcc_jit_lvalue *g_isinstance;                   /* builtins.isinstance (runtime, imported) */
    gcc_jit_lvalue *gcache;                         /* LOAD_GLOBAL caches, one per name */
    gcc_jit_lvalue *acache;                         /* attribute caches, one per LOAD_ATTR/STORE_ATTR */
    int nacache, acache_used;
    gcc_jit_struct *gcache_t;
    gcc_jit_field *gc_gver, *gc_bver, *gc_value;
    int *gcache_of;                                 /* per const: slot in gcache, or -1 */
    int ngcache;
    const char **type_list;           /* type descriptors of check sites, index = slot in `types` */
    int ntypes, captypes;
    int ncast_seen;                                 /* CAST sites with a subclass cache */
    Span *locs;                       /* source positions of error points; the `line` the
                                         lowering passes around is an index in it (0: none) */
    int nlocs, caplocs;
    int *loc_hash;                    /* open addressing over locs, capacity 2 * caplocs */
    int nfast;                                      /* locals of the typed fast paths */
    bool *guard;                      /* per function: counts against the recursion limit
                                         (plan_guards) */
} L;

/* Per function being lowered. */
typedef struct Stub { const char *key; gcc_jit_block *block; } Stub;
typedef struct Fn {
    bool guarded;               /* counts against the recursion limit (makes calls) */
    gcc_jit_lvalue *tstate;     /* guarded: the running PyThreadState */
    IrFunc *f;
    gcc_jit_function *fn;
    gcc_jit_lvalue **vals;
    gcc_jit_block **blocks, *cur, *cleanup;
    int *held;                        /* references each temp holds at the current point */
    int *lastuse;                     /* per value: index of its last use in the block */
    Stub *stubs;
    int nstubs, capstubs;
    int handler;                      /* IrBlock.handler of the block being lowered */
    bool *borrow;                     /* per value: holds no reference of its own (analyze_*) */
    bool *fborrow;                    /* per LOAD_FIELD dest: borrows the field's reference
                                         (field_can_borrow) */
    bool *meth;                       /* per LOAD_ATTR dest: only called (method call site) */
    bool *fused;                      /* per COMPARE_OP is/is not dest: only tested by IS_TRUE */
    bool *sure_bool;                  /* per value: certainly Py_True or Py_False (a bool field's
                                         load, a boxed cbool; set when its def is lowered), so
                                         truth tests are one compare, with no slow path */
    bool *unboxed;                    /* per typed int BINARY_OP dest only used by another typed
                                         int op: its fast path leaves the value NULL and the
                                         result in aux (an int64); boxed only if needed */
    int64_t *cint;                    /* per LOAD_CONST dest of a one-digit int: its value */
    bool *has_cint;                   /* ... when known (the typed int paths skip its checks) */
    unsigned char *dies;              /* per BINARY_OP dest: which operands (bit 1: a, 2: b) are
                                         temps the block uses no more (result may reuse them) */
    const IrInstr **inplace;          /* per typed int BINARY_OP dest stored back where its
                                         operand a was loaded from: that load (inplace_source) */
    gcc_jit_lvalue **aux;             /* per meth dest: the `self` to prepend (or NULL);
                                         per fused dest: the cbool outcome;
                                         per unboxed dest: the int64 result */
    int *held_self;                   /* per meth dest: aux holds a reference */
    bool *tagged;                     /* per value: its word may be a tagged int, (v << 1) | 1 with
                                         |v| < 2**30, instead of an object pointer (analyze_tags) */
    bool *tagstore;                   /* per typed int BINARY_OP dest stored into a tagged variable:
                                         its fast path tags the result when it fits */
    int *tag_var;                     /* per tagged LOAD_VAR temp: its variable, else -1 */
    bool *range_iter;                 /* per variable: holds the iterator of `for ... in range(...)` */
    bool *range_call;                 /* per CALL dest: range(...) only iterated: spc_rt_range_iter
                                         makes the iterator, its GET_ITER passes it on */
    bool *isinstance_call;            /* per CALL dest: isinstance(o, cls) of the global name */
    gcc_jit_lvalue **word;            /* per tagged value: the int64 view of its storage */
    gcc_jit_lvalue *callargs, *bound, *s_obj, *s_old, *s_int, *s_idx, *s_seq, *s_code, *s_box, *s_word;
    gcc_jit_param *params[4];
    gcc_jit_location *loc;
    gcc_jit_rvalue *gen;              /* IRF_GEN: the generator being resumed */
    gcc_jit_lvalue *frame;            /* IRF_GEN: its frame slots (variables live there) */
} Fn;

/* ---- types ---- */

static gcc_jit_type *letter_type(L *l, char c)
{
    switch (c) {
    case 'o': return l->t_obj;
    case 'a': return l->t_objp;
    case 'i': return l->t_int;
    case 'l': return l->t_i64;
    case 'u': return l->t_u64;
    case 'd': return l->t_double;
    case 'c': return l->t_char;
    case 's': return l->t_cstr;
    case 'p': return l->t_voidp;
    default: return l->t_void;
    }
}

static gcc_jit_type *vt_type(L *l, ValType vt)
{
    if (VT_IS_PRIM(vt)) return l->t_prim[VT_PRIM(vt)];
    return vt == VT_OBJ ? l->t_obj : l->t_int;   /* void natives return int 0 / -1 */
}

static void init_types(L *l)
{
    gcc_jit_context *c = l->ctx;
    static const enum gcc_jit_types prims[P__COUNT] = {
        GCC_JIT_TYPE_INT8_T, GCC_JIT_TYPE_INT16_T, GCC_JIT_TYPE_INT32_T, GCC_JIT_TYPE_INT64_T,
        GCC_JIT_TYPE_UINT8_T, GCC_JIT_TYPE_UINT16_T, GCC_JIT_TYPE_UINT32_T, GCC_JIT_TYPE_UINT64_T,
        GCC_JIT_TYPE_DOUBLE, GCC_JIT_TYPE_CHAR,
    };
    static const enum gcc_jit_types uprims[P__COUNT] = {
        GCC_JIT_TYPE_UINT8_T, GCC_JIT_TYPE_UINT16_T, GCC_JIT_TYPE_UINT32_T, GCC_JIT_TYPE_UINT64_T,
        GCC_JIT_TYPE_UINT8_T, GCC_JIT_TYPE_UINT16_T, GCC_JIT_TYPE_UINT32_T, GCC_JIT_TYPE_UINT64_T,
        GCC_JIT_TYPE_DOUBLE, GCC_JIT_TYPE_UNSIGNED_CHAR,
    };
    for (int p = 0; p < P__COUNT; p++) {
        l->t_prim[p] = gcc_jit_context_get_type(c, prims[p]);
        l->t_uprim[p] = gcc_jit_context_get_type(c, uprims[p]);
    }
    l->t_void = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID);
    l->t_int = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT);
    l->t_char = l->t_prim[P_CBOOL];
    l->t_i64 = l->t_prim[P_INT64];
    l->t_u64 = l->t_prim[P_UINT64];
    l->t_double = l->t_prim[P_DOUBLE];
    l->t_bool = gcc_jit_context_get_type(c, GCC_JIT_TYPE_BOOL);
    l->t_cstr = gcc_jit_context_get_type(c, GCC_JIT_TYPE_CONST_CHAR_PTR);
    l->t_voidp = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID_PTR);
    l->t_charp = gcc_jit_type_get_pointer(gcc_jit_context_get_type(c, GCC_JIT_TYPE_CHAR));
    /* struct _object { Py_ssize_t ob_refcnt; void *ob_type; } (CPython 3.11 layout) */
    gcc_jit_field *fields[2] = {
        l->f_refcnt = gcc_jit_context_new_field(c, NULL, l->t_i64, "ob_refcnt"),
        gcc_jit_context_new_field(c, NULL, l->t_voidp, "ob_type"),
    };
    gcc_jit_struct *obj = gcc_jit_context_new_struct_type(c, NULL, "_object", 2, fields);
    l->t_objstruct = gcc_jit_struct_as_type(obj);
    l->t_obj = gcc_jit_type_get_pointer(l->t_objstruct);
    l->t_objp = gcc_jit_type_get_pointer(l->t_obj);
    gcc_jit_field *word[2] = {
        l->f_word_p = gcc_jit_context_new_field(c, NULL, l->t_obj, "p"),
        l->f_word_i = gcc_jit_context_new_field(c, NULL, l->t_i64, "i"),
    };
    l->t_word = gcc_jit_context_new_union_type(c, NULL, "spc_word", 2, word);
}

static void declare_runtime(L *l)
{
    for (int i = 0; i < RTF__COUNT; i++) {
        gcc_jit_param *ps[16];
        int n = 0;
        for (const char *p = rt_sigs[i].params; *p; p++)
            if (*p != ',' && *p != ' ' && *p != 'v')
                ps[n] = gcc_jit_context_new_param(l->ctx, NULL, letter_type(l, *p),
                                                  arena_printf(l->m->arena, "a%d", n)), n++;
        l->rt[i] = gcc_jit_context_new_function(l->ctx, NULL, GCC_JIT_FUNCTION_IMPORTED,
                                                letter_type(l, rt_sigs[i].ret[0]),
                                                rt_sigs[i].name, n, ps, 0);
    }
}

/* Data the inline fast paths read: CPython's None/True/False, the runtime's module
 * state, and one LOAD_GLOBAL cache (runtime/spc_rt.h SpcGlobalCache) per global name. */
static void declare_data(L *l)
{
    gcc_jit_context *c = l->ctx;
    l->py_true = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "_Py_TrueStruct");
    l->py_false = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "_Py_FalseStruct");
    l->py_none = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "_Py_NoneStruct");
    l->listiter_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "SpcListIter_Type");
    l->rangeiter_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "SpcRangeIter_Type");
    l->func_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "SpcFunction_Type");
    gcc_jit_type *eps[4] = { l->t_obj, l->t_objp, l->t_i64, l->t_obj };
    l->t_entry = gcc_jit_context_new_function_ptr_type(c, NULL, l->t_obj, 4, eps, 0);
    l->py_runtime = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_char, "_PyRuntime");
    l->list_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "PyList_Type");
    l->tuple_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "PyTuple_Type");
    l->long_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "PyLong_Type");
    l->dict_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "PyDict_Type");
    l->set_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "PySet_Type");
    l->str_type = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_objstruct, "PyUnicode_Type");
    l->g_globals = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_obj, "spc_rt_g_globals");
    l->g_builtins = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_obj, "spc_rt_g_builtins");
    l->g_isinstance = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_IMPORTED, l->t_obj, "spc_rt_g_isinstance");
    gcc_jit_field *f[5] = {   /* runtime/spc_rt.h SpcGlobalCache */
        l->gc_gver = gcc_jit_context_new_field(c, NULL, l->t_u64, "gver"),
        l->gc_bver = gcc_jit_context_new_field(c, NULL, l->t_u64, "bver"),
        l->gc_value = gcc_jit_context_new_field(c, NULL, l->t_obj, "value"),
        gcc_jit_context_new_field(c, NULL, l->t_voidp, "keys"),
        gcc_jit_context_new_field(c, NULL, l->t_i64, "ix"),
    };
    l->gcache_t = gcc_jit_context_new_struct_type(c, NULL, "SpcGlobalCache", 5, f);
    l->gcache_of = ARENA_ARRAY(l->m->arena, int, l->m->consts.len + 1);
    for (int i = 0; i < l->m->consts.len; i++) l->gcache_of[i] = -1;
    for (int fi = 0; fi < l->m->funcs.len; fi++) {
        IrFunc *fn = VEC_AT(l->m->funcs, IrFunc, fi);
        for (int b = 0; b < fn->blocks.len; b++) {
            IrBlock *blk = VEC_AT(fn->blocks, IrBlock, b);
            for (int i = 0; i < blk->instrs.len; i++) {
                IrInstr *in = VEC_AT(blk->instrs, IrInstr, i);
                if (in->op == IR_LOAD_GLOBAL && l->gcache_of[in->cidx] < 0)
                    l->gcache_of[in->cidx] = l->ngcache++;
                if (in->op == IR_LOAD_ATTR || in->op == IR_STORE_ATTR) l->nacache++;
            }
        }
    }
    l->gcache = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_INTERNAL,
        gcc_jit_context_new_array_type(c, NULL, gcc_jit_struct_as_type(l->gcache_t),
                                       l->ngcache > 0 ? l->ngcache : 1), "spc_gcache");
    enum { WORDS = SPC_ATTR_CACHE_SIZE / 8 };
    l->acache = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_INTERNAL,
        gcc_jit_context_new_array_type(c, NULL, l->t_u64, (l->nacache > 0 ? l->nacache : 1) * WORDS), "spc_acache");
}

/* The next unused attribute cache (runtime/spc_rt.h SpcAttrCache), or NULL when every
 * site already has one. */
static gcc_jit_rvalue *next_attr_cache(L *l)
{
    if (l->acache_used >= l->nacache) return NULL;
    gcc_jit_lvalue *w = gcc_jit_context_new_array_access(l->ctx, NULL, gcc_jit_lvalue_as_rvalue(l->acache),
        gcc_jit_context_new_rvalue_from_int(l->ctx, l->t_int, l->acache_used++ * (SPC_ATTR_CACHE_SIZE / 8)));
    return gcc_jit_context_new_cast(l->ctx, NULL, gcc_jit_lvalue_get_address(w, NULL), l->t_voidp);
}

/* ---- small builders ---- */

static gcc_jit_rvalue *rt_call(L *l, Fn *F, int id, gcc_jit_rvalue **args, int n)
{
    return gcc_jit_context_new_call(l->ctx, F ? F->loc : NULL, l->rt[id], n, args);
}
#define RTCALL(l, F, name, ...)                                                         \
    rt_call((l), (F), RTF_##name, (gcc_jit_rvalue *[]){ __VA_ARGS__ },                  \
            (int)(sizeof((gcc_jit_rvalue *[]){ __VA_ARGS__ }) / sizeof(gcc_jit_rvalue *)))
#define RTCALL0(l, F, name) rt_call((l), (F), RTF_##name, NULL, 0)

static gcc_jit_rvalue *int_const(L *l, gcc_jit_type *t, int64_t v)
{
    gcc_jit_rvalue *r = gcc_jit_context_new_rvalue_from_long(l->ctx, l->t_i64, v);
    return t == l->t_i64 ? r : gcc_jit_context_new_cast(l->ctx, NULL, r, t);
}
static gcc_jit_rvalue *i32(L *l, int v) { return gcc_jit_context_new_rvalue_from_int(l->ctx, l->t_int, v); }
static gcc_jit_rvalue *str(L *l, const char *s) { return gcc_jit_context_new_string_literal(l->ctx, s); }
static gcc_jit_rvalue *null_obj(L *l) { return gcc_jit_context_null(l->ctx, l->t_obj); }
static gcc_jit_rvalue *cast(L *l, gcc_jit_rvalue *v, gcc_jit_type *t)
{
    return gcc_jit_rvalue_get_type(v) == t ? v : gcc_jit_context_new_cast(l->ctx, NULL, v, t);
}
static gcc_jit_rvalue *cmp(L *l, Fn *F, enum gcc_jit_comparison op, gcc_jit_rvalue *a,
                           gcc_jit_rvalue *b)
{
    return gcc_jit_context_new_comparison(l->ctx, F->loc, op, a, b);
}
static gcc_jit_rvalue *binop(L *l, Fn *F, enum gcc_jit_binary_op op, gcc_jit_type *t,
                             gcc_jit_rvalue *a, gcc_jit_rvalue *b)
{
    return gcc_jit_context_new_binary_op(l->ctx, F->loc, op, t, cast(l, a, t), cast(l, b, t));
}

static gcc_jit_rvalue *rv(Fn *F, int id) { return gcc_jit_lvalue_as_rvalue(F->vals[id]); }
static IrValue *val(Fn *F, int id) { return VEC_AT(F->f->values, IrValue, id); }
static gcc_jit_block *new_block(Fn *F) { return gcc_jit_function_new_block(F->fn, NULL); }
static void add_eval(Fn *F, gcc_jit_rvalue *r) { gcc_jit_block_add_eval(F->cur, F->loc, r); }
static void assign(Fn *F, gcc_jit_lvalue *lv, gcc_jit_rvalue *r)
{
    gcc_jit_block_add_assignment(F->cur, F->loc, lv, r);
}
static void jump(Fn *F, gcc_jit_block *to) { gcc_jit_block_end_with_jump(F->cur, F->loc, to); }

/* if (cond) goto yes; else continue in a fresh block */
static void branch_to(Fn *F, gcc_jit_rvalue *cond, gcc_jit_block *yes)
{
    gcc_jit_block *next = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cond, yes, next);
    F->cur = next;
}

static gcc_jit_lvalue *scratch(L *l, Fn *F, gcc_jit_lvalue **slot, gcc_jit_type *t,
                               const char *name)
{
    if (!*slot) *slot = gcc_jit_function_new_local(F->fn, NULL, t, name);
    return *slot;
}

static gcc_jit_lvalue *const_slot(L *l, int cidx)
{
    return gcc_jit_context_new_array_access(l->ctx, NULL, gcc_jit_lvalue_as_rvalue(l->consts),
                                            i32(l, cidx));
}
static gcc_jit_rvalue *const_rv(L *l, int cidx)
{
    return cidx < 0 ? null_obj(l) : gcc_jit_lvalue_as_rvalue(const_slot(l, cidx));
}

/* ---- reference counts (inline; CPython 3.11: ob_refcnt at offset 0) ---- */

static void emit_incref(L *l, Fn *F, gcc_jit_rvalue *o)
{
    gcc_jit_lvalue *rc = gcc_jit_rvalue_dereference_field(o, F->loc, l->f_refcnt);
    gcc_jit_block_add_assignment_op(F->cur, F->loc, rc, GCC_JIT_BINARY_OP_PLUS,
                                    int_const(l, l->t_i64, 1));
}

/* if (--o->ob_refcnt == 0) spc_rt_dealloc(o);  (NULL-checked when maybe_null) */
static void emit_decref(L *l, Fn *F, gcc_jit_rvalue *o, bool maybe_null)
{
    gcc_jit_block *done = new_block(F);
    if (maybe_null) {
        gcc_jit_block *nn = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ, o,
                                           null_obj(l)), done, nn);
        F->cur = nn;
    }
    gcc_jit_lvalue *rc = gcc_jit_rvalue_dereference_field(o, F->loc, l->f_refcnt);
    gcc_jit_block_add_assignment_op(F->cur, F->loc, rc, GCC_JIT_BINARY_OP_MINUS,
                                    int_const(l, l->t_i64, 1));
    gcc_jit_block *dealloc = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(rc), int_const(l, l->t_i64, 0)),
        dealloc, done);
    F->cur = dealloc;
    add_eval(F, RTCALL(l, F, spc_rt_dealloc, o));
    jump(F, done);
    F->cur = done;
}

/* ---- tagged ints (analyze_tags) ----
 * An obj variable that typed int arithmetic assigns may hold its value as a tagged
 * word, (v << 1) | 1 for |v| < 2**30, instead of an int object: `i += 1`, `lo < hi` and
 * `xs[i]` then touch no memory. Objects are at least 2-aligned, so the low bit tells
 * them apart, and the word is never NULL (unbound). A tagged word owns nothing; uses
 * that need an object box it (the small-int cache, else a new int) and write the box
 * back to the variable, so a value is boxed at most once per assignment. Tagged words
 * reach only the ops that understand them: typed int ops, typed list/tuple indices,
 * stores into tagged variables, INCREF/DECREF; error exits release through
 * spc_rt_xdecref, which skips them. */

static gcc_jit_rvalue *word_rv(Fn *F, int v) { return gcc_jit_lvalue_as_rvalue(F->word[v]); }

static gcc_jit_rvalue *is_tagged(L *l, Fn *F, int v)
{
    return cmp(l, F, GCC_JIT_COMPARISON_NE, binop(l, F, GCC_JIT_BINARY_OP_BITWISE_AND, l->t_i64, word_rv(F, v),
                                                  int_const(l, l->t_i64, 1)), int_const(l, l->t_i64, 0));
}

/* The int of a tagged word (an arithmetic shift keeps the sign). */
static gcc_jit_rvalue *untag(L *l, Fn *F, int v)
{
    return binop(l, F, GCC_JIT_BINARY_OP_RSHIFT, l->t_i64, word_rv(F, v), int_const(l, l->t_i64, 1));
}

/* Continues in a new block when value v holds an object (or NULL); a tagged word jumps
 * to `done`. Values that are never tagged just continue. */
static void skip_if_tagged(L *l, Fn *F, int v, gcc_jit_block *done)
{
    if (F->tagged[v]) branch_to(F, is_tagged(l, F, v), done);
}

static void incref_value(L *l, Fn *F, int v)
{
    gcc_jit_block *done = new_block(F);
    skip_if_tagged(l, F, v, done);
    emit_incref(l, F, rv(F, v));
    jump(F, done);
    F->cur = done;
}

static void decref_value(L *l, Fn *F, int v, bool maybe_null)
{
    gcc_jit_block *done = new_block(F);
    skip_if_tagged(l, F, v, done);
    emit_decref(l, F, rv(F, v), maybe_null);
    jump(F, done);
    F->cur = done;
}

static void int_box(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *r, int line);

/* Tagged value v holds an object afterwards: a tagged word is boxed (error exit on
 * MemoryError, v unchanged). A variable owns its box; an owned temp owns it. A temp
 * that borrows from variable F->tag_var[v] (nothing wrote the variable since the load:
 * load_can_borrow) boxes the variable and borrows its box: another load of the
 * variable may have boxed it meanwhile, and one box keeps `x is x` and owns nothing twice. */
static void box_tagged(L *l, Fn *F, int v, int line)
{
    if (!F->tagged[v]) return;
    bool borrowed = !val(F, v)->is_var && F->borrow[v] && F->tag_var[v] >= 0;
    gcc_jit_block *tag = new_block(F), *done = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, is_tagged(l, F, v), tag, done);
    F->cur = tag;
    if (borrowed) {
        box_tagged(l, F, F->tag_var[v], line);
        assign(F, F->vals[v], rv(F, F->tag_var[v]));
    } else {
        gcc_jit_lvalue *b = scratch(l, F, &F->s_box, l->t_obj, "s_box");
        int_box(l, F, b, untag(l, F, v), line);
        assign(F, F->vals[v], gcc_jit_lvalue_as_rvalue(b));
    }
    jump(F, done);
    F->cur = done;
}

/* ---- error exits ---- */

/* ir.h: ints -1 (unsigned: all ones, the max), cbool 2; void natives -1. */
static int64_t sentinel_int(ValType vt)
{
    return vt == VT_OF_PRIM(P_CBOOL) ? 2 : -1;
}

/* The C return type of a function: IRF_NATIVE's own (a byte for bool_ret), else obj. */
static ValType c_ret(const IrFunc *f)
{
    if (f->kind != IRF_NATIVE) return VT_OBJ;
    return f->bool_ret ? VT_OF_PRIM(P_CBOOL) : f->ret;
}

static gcc_jit_rvalue *sentinel(L *l, ValType vt)
{
    if (vt == VT_OBJ) return null_obj(l);
    if (vt == VT_OF_PRIM(P_DOUBLE))
        return gcc_jit_context_new_rvalue_from_double(l->ctx, l->t_double, -1.0);
    return int_const(l, vt_type(l, vt), sentinel_int(vt));
}

static unsigned loc_hash(Span p)
{
    return (unsigned)p.line * 2654435761u ^ (unsigned)p.col * 40503u ^ (unsigned)p.end_line * 97u ^
           (unsigned)p.end_col;
}

static void loc_rehash(L *l)
{
    int cap = 2 * l->caplocs;
    l->loc_hash = ARENA_ARRAY(l->m->arena, int, cap);
    for (int i = 0; i < cap; i++) l->loc_hash[i] = 0;
    for (int id = 1; id <= l->nlocs; id++) {
        unsigned h = loc_hash(l->locs[id - 1]) % (unsigned)cap;
        while (l->loc_hash[h]) h = (h + 1) % (unsigned)cap;
        l->loc_hash[h] = id;
    }
}

/* The error-point id of an instruction's source position (0: it has none). Equal
 * positions share an id, so their error blocks can be shared too. */
static int loc_id(L *l, const IrInstr *in)
{
    if (in->line <= 0) return 0;
    Span p = in->col >= 0 ? (Span){in->line, in->col, in->end_line, in->end_col} : (Span){in->line, -1, -1, -1};
    if (l->nlocs == l->caplocs) {   /* the hash table (2 * caplocs) stays at most half full */
        int cap = l->caplocs ? 2 * l->caplocs : 64;
        Span *more = ARENA_ARRAY(l->m->arena, Span, cap);
        if (l->nlocs) memcpy(more, l->locs, sizeof(Span) * (size_t)l->nlocs);
        l->locs = more;
        l->caplocs = cap;
        loc_rehash(l);
    }
    unsigned cap = 2u * (unsigned)l->caplocs, h = loc_hash(p) % cap;
    for (; l->loc_hash[h]; h = (h + 1) % cap) {
        Span q = l->locs[l->loc_hash[h] - 1];
        if (q.line == p.line && q.col == p.col && q.end_line == p.end_line && q.end_col == p.end_col)
            return l->loc_hash[h];
    }
    l->locs[l->nlocs++] = p;
    return l->loc_hash[h] = l->nlocs;
}

/* The block an error at the current point jumps to: it adds the traceback entry for
 * the error point `line` (a loc_id; none when 0), releases the temps that hold references here, then goes to
 * the block's exception handler (a CATCH block) or else the cleanup. Identical
 * (handler, line, held temps) points share one block. */
static gcc_jit_block *err_block(L *l, Fn *F, int line)
{
    char *key = arena_printf(l->m->arena, "%d", line);
    if (F->handler >= 0) key = arena_printf(l->m->arena, "h%d:%s", F->handler, key);
    for (int i = 0; i < F->f->values.len; i++)
        for (int k = 0; k < F->held[i]; k++) key = arena_printf(l->m->arena, "%s,%d", key, i);
    for (int i = 0; i < F->f->values.len; i++)
        if (F->held_self[i]) key = arena_printf(l->m->arena, "%s,s%d", key, i);
    for (int i = 0; i < F->nstubs; i++)
        if (strcmp(F->stubs[i].key, key) == 0) return F->stubs[i].block;
    gcc_jit_block *target = F->handler >= 0 ? F->blocks[F->handler] : F->cleanup;
    if (strcmp(key, "0") == 0) return F->cleanup;
    gcc_jit_block *b = gcc_jit_function_new_block(F->fn, NULL), *save = F->cur;
    F->cur = b;
    if (line > 0) {
        Span p = l->locs[line - 1];
        add_eval(F, RTCALL(l, F, spc_rt_traceback_add, str(l, F->f->py_name), str(l, l->abspath),
                           i32(l, p.line), i32(l, p.col), i32(l, p.end_line), i32(l, p.end_col)));
    }
    for (int i = 0; i < F->f->values.len; i++)
        for (int k = 0; k < F->held[i]; k++) add_eval(F, RTCALL(l, F, spc_rt_xdecref, rv(F, i)));
    for (int i = 0; i < F->f->values.len; i++)
        if (F->held_self[i])
            add_eval(F, RTCALL(l, F, spc_rt_xdecref, gcc_jit_lvalue_as_rvalue(F->aux[i])));
    jump(F, target);
    F->cur = save;
    if (F->nstubs == F->capstubs) {
        F->capstubs = F->capstubs ? 2 * F->capstubs : 8;
        Stub *s = ARENA_ARRAY(l->m->arena, Stub, F->capstubs);
        if (F->nstubs) memcpy(s, F->stubs, sizeof(Stub) * (size_t)F->nstubs);
        F->stubs = s;
    }
    F->stubs[F->nstubs++] = (Stub){ key, b };
    return b;
}

static void error_if(L *l, Fn *F, gcc_jit_rvalue *cond, int line)
{
    branch_to(F, cond, err_block(l, F, line));
}

/* Raise (the call leaves an exception set) and go to the error exit. */
static void raise_and_exit(L *l, Fn *F, gcc_jit_rvalue *raise_call, int line)
{
    add_eval(F, raise_call);
    jump(F, err_block(l, F, line));
}

/* if (cond) { raise; goto error; } */
static void raise_if(L *l, Fn *F, gcc_jit_rvalue *cond, gcc_jit_rvalue *raise_call, int line)
{
    gcc_jit_block *r = new_block(F), *save;
    branch_to(F, cond, r);
    save = F->cur;
    F->cur = r;
    raise_and_exit(l, F, raise_call, line);
    F->cur = save;
}

/* Sentinel-valued primitive result: if (v == sentinel && err_occurred()) goto error. */
static void check_prim(L *l, Fn *F, gcc_jit_rvalue *v, ValType vt, int line)
{
    gcc_jit_block *maybe = new_block(F), *next = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, v, sentinel(l, vt)), maybe, next);
    F->cur = maybe;
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_NE, RTCALL0(l, F, spc_rt_err_occurred), i32(l, 0)),
        err_block(l, F, line), next);
    F->cur = next;
}

static void check_null(L *l, Fn *F, gcc_jit_rvalue *v, int line)
{
    error_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, v, null_obj(l)), line);
}

static void check_neg(L *l, Fn *F, gcc_jit_rvalue *call, int line)
{
    error_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_LT, call, i32(l, 0)), line);
}

/* ---- values ---- */

static bool is_obj_temp(Fn *F, int id) { return val(F, id)->vt == VT_OBJ && !val(F, id)->is_var; }

/* Does the op's obj result carry a new reference? */
static bool dest_owned(Fn *F, const IrInstr *in)
{
    const IrOpInfo *info = &ir_op_info[in->op];
    if (in->dest < 0 || val(F, in->dest)->vt != VT_OBJ) return false;
    if (info->result == R_ANY) return true;
    return info->result == R_OBJ && !(info->flags & (F_BORROWED | F_BORROW0));
}

static gcc_jit_lvalue *dest(Fn *F, const IrInstr *in) { return F->vals[in->dest]; }
static gcc_jit_rvalue *arg(Fn *F, const IrInstr *in, int i) { return rv(F, in->args[i]); }
static ValType argvt(Fn *F, const IrInstr *in, int i) { return val(F, in->args[i])->vt; }
static ValType destvt(Fn *F, const IrInstr *in) { return val(F, in->dest)->vt; }

/* dest = call; if (dest == NULL) goto error */
/* A runtime call on an instruction's operands, some perhaps borrowed from a field
 * (fborrow, field_can_borrow): those are held across the call, which may run code that
 * reassigns the field. The call's result, of type t (in a local when any is held). */
static gcc_jit_rvalue *call_holding(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *call, gcc_jit_type *t)
{
    bool any = false;
    for (int k = 0; k < in->nargs; k++)
        if (F->fborrow[in->args[k]]) {
            emit_incref(l, F, arg(F, in, k));
            any = true;
        }
    if (!any) return call;
    gcc_jit_lvalue *r = gcc_jit_function_new_local(F->fn, NULL, t, arena_printf(l->m->arena, "held%d", l->nfast++));
    assign(F, r, call);
    for (int k = 0; k < in->nargs; k++)
        if (F->fborrow[in->args[k]]) emit_decref(l, F, arg(F, in, k), false);
    return gcc_jit_lvalue_as_rvalue(r);
}

static void obj_result(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *call, int line)
{
    if (in->dest < 0) {
        gcc_jit_lvalue *t = scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
        assign(F, t, call);
        check_null(l, F, gcc_jit_lvalue_as_rvalue(t), line);
        add_eval(F, RTCALL(l, F, spc_rt_xdecref, gcc_jit_lvalue_as_rvalue(t)));
        return;
    }
    assign(F, dest(F, in), call);
    check_null(l, F, rv(F, in->dest), line);
}

/* Writes operands [from, nargs) into the call-argument array starting at slot `at`;
 * returns &callargs[at]. */
static gcc_jit_rvalue *fill_args(L *l, Fn *F, const IrInstr *in, int from, int at)
{
    gcc_jit_rvalue *arr = gcc_jit_lvalue_as_rvalue(F->callargs);
    for (int i = from; i < in->nargs; i++)
        assign(F, gcc_jit_context_new_array_access(l->ctx, F->loc, arr, i32(l, at + i - from)),
               arg(F, in, i));
    return gcc_jit_lvalue_get_address(
        gcc_jit_context_new_array_access(l->ctx, F->loc, arr, i32(l, at)), F->loc);
}

/* ---- variables ---- */

static void release_vars(L *l, Fn *F, int except)
{
    for (int i = 0; i < F->f->values.len; i++) {
        IrValue *v = val(F, i);
        if (!v->is_var || v->vt != VT_OBJ || i == except || F->borrow[i]) continue;
        if (F->f->kind != IRF_GEN) {
            decref_value(l, F, i, true);
            continue;
        }
        /* a generator's frame outlives the call: clear the slot, then release */
        gcc_jit_block *done = new_block(F);
        if (F->tagged[i]) {   /* a tagged word is just cleared */
            gcc_jit_block *tag = new_block(F), *obj = new_block(F);
            gcc_jit_block_end_with_conditional(F->cur, F->loc, is_tagged(l, F, i), tag, obj);
            F->cur = tag;
            assign(F, F->vals[i], null_obj(l));
            jump(F, done);
            F->cur = obj;
        }
        gcc_jit_lvalue *old = scratch(l, F, &F->s_old, l->t_obj, "s_old");
        assign(F, old, rv(F, i));
        assign(F, F->vals[i], null_obj(l));
        emit_decref(l, F, gcc_jit_lvalue_as_rvalue(old), true);
        jump(F, done);
        F->cur = done;
    }
}

/* var := value (stolen); the old value (unless a tagged int) is released afterwards. */
static void store_obj_var(L *l, Fn *F, int var, gcc_jit_rvalue *value)
{
    gcc_jit_block *done = new_block(F), *obj = new_block(F);
    if (F->tagged[var]) {
        gcc_jit_block *tag = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, is_tagged(l, F, var), tag, obj);
        F->cur = tag;
        assign(F, F->vals[var], value);
        jump(F, done);
    } else {
        jump(F, obj);
    }
    F->cur = obj;
    gcc_jit_lvalue *old = scratch(l, F, &F->s_old, l->t_obj, "s_old");
    assign(F, old, rv(F, var));
    assign(F, F->vals[var], value);
    emit_decref(l, F, gcc_jit_lvalue_as_rvalue(old), true);
    jump(F, done);
    F->cur = done;
}

static void lower_load_var(L *l, Fn *F, const IrInstr *in, int line)
{
    int v = in->args[0];
    if (val(F, v)->vt != VT_OBJ) {
        assign(F, dest(F, in), cast(l, rv(F, v), vt_type(l, destvt(F, in))));
        return;
    }
    if (in->imm == 1)
        raise_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, rv(F, v), null_obj(l)),
                 RTCALL(l, F, spc_rt_raise_unbound_local, str(l, val(F, v)->name)), line);
    if (!F->tagged[in->dest]) box_tagged(l, F, v, line);   /* a use that needs an object */
    assign(F, dest(F, in), rv(F, v));
    if (!F->borrow[in->dest]) incref_value(l, F, in->dest);
}

static void lower_store_var(L *l, Fn *F, const IrInstr *in)
{
    int v = in->args[0], src = in->args[1];
    if (val(F, v)->vt != VT_OBJ) {
        assign(F, F->vals[v], cast(l, rv(F, src), vt_type(l, val(F, v)->vt)));
        return;
    }
    /* a variable source was INCREF'ed by ir_refcount (variables keep their reference) */
    store_obj_var(l, F, v, rv(F, src));
}

static void lower_delete_var(L *l, Fn *F, const IrInstr *in, int line)
{
    int v = in->args[0];
    if (in->imm == 1) {   /* releasing a hidden variable after its last use: it is set */
        decref_value(l, F, v, false);
        assign(F, F->vals[v], null_obj(l));
        return;
    }
    raise_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, rv(F, v), null_obj(l)),
             RTCALL(l, F, spc_rt_raise_unbound_local, str(l, val(F, v)->name)), line);
    decref_value(l, F, v, false);
    assign(F, F->vals[v], null_obj(l));
}

/* ---- the recursion limit: Py_EnterRecursiveCall / Py_LeaveRecursiveCall inline ---- */

static gcc_jit_lvalue *mem_at(L *l, Fn *F, gcc_jit_rvalue *base, int offset, gcc_jit_type *t);

/* The running thread's PyThreadState.recursion_remaining (F->tstate, read once on entry
 * from _PyRuntime as _PyThreadState_GET does: a thread keeps its state during a call). */
static gcc_jit_lvalue *recursion_remaining(L *l, Fn *F)
{
    return mem_at(l, F, gcc_jit_lvalue_as_rvalue(F->tstate), SPC_OFF_TSTATE_RECURSION, l->t_int);
}

/* remaining-- ; only when it was <= 0 the runtime decides (_Py_CheckRecursiveCall: a
 * raised limit, or RecursionError and the sentinel return). */
static void enter_call(L *l, Fn *F)
{
    gcc_jit_block *slow = gcc_jit_function_new_block(F->fn, "recursion_check"),
                  *ok = gcc_jit_function_new_block(F->fn, "entered"),
                  *deep = gcc_jit_function_new_block(F->fn, "too_deep");
    F->tstate = gcc_jit_function_new_local(F->fn, NULL, l->t_voidp, "tstate");
    assign(F, F->tstate, gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_get_address(l->py_runtime, NULL),
                                                         SPC_OFF_RUNTIME_TSTATE, l->t_voidp)));
    gcc_jit_lvalue *left = gcc_jit_function_new_local(F->fn, NULL, l->t_int, "recursion_left");
    assign(F, left, gcc_jit_lvalue_as_rvalue(recursion_remaining(l, F)));
    gcc_jit_block_add_assignment_op(F->cur, NULL, recursion_remaining(l, F), GCC_JIT_BINARY_OP_MINUS,
                                    gcc_jit_context_one(l->ctx, l->t_int));
    gcc_jit_block_end_with_conditional(F->cur, NULL, cmp(l, F, GCC_JIT_COMPARISON_LE,
        gcc_jit_lvalue_as_rvalue(left), gcc_jit_context_zero(l->ctx, l->t_int)), slow, ok);
    F->cur = slow;
    gcc_jit_block_end_with_conditional(slow, NULL, cmp(l, F, GCC_JIT_COMPARISON_NE,
        RTCALL(l, F, spc_rt_recursion_check, gcc_jit_lvalue_as_rvalue(F->tstate)),
        gcc_jit_context_zero(l->ctx, l->t_int)), deep, ok);
    gcc_jit_block_end_with_return(deep, NULL, sentinel(l, c_ret(F->f)));
    F->cur = ok;
}

static void leave_call(L *l, Fn *F)
{
    gcc_jit_block_add_assignment_op(F->cur, F->loc, recursion_remaining(l, F), GCC_JIT_BINARY_OP_PLUS,
                                    gcc_jit_context_one(l->ctx, l->t_int));
}

/* ---- control flow ---- */

static gcc_jit_rvalue *either(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b);
static gcc_jit_rvalue *addr_of(gcc_jit_lvalue *g);

/* A bool_ret native's result byte for v (a reference the RETURN owns): True and False
 * are released (the singletons outlive everything: no check), anything else is stashed. */
static gcc_jit_rvalue *bool_ret_code(L *l, Fn *F, gcc_jit_rvalue *v)
{
    gcc_jit_lvalue *code = scratch(l, F, &F->s_code, l->t_char, "s_code");
    gcc_jit_block *single = new_block(F), *other = new_block(F), *done = new_block(F);
    gcc_jit_rvalue *is_true = cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_true));
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        either(l, F, is_true, cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_false))), single, other);
    F->cur = single;
    gcc_jit_block_add_assignment_op(F->cur, F->loc, mem_at(l, F, v, SPC_OFF_REFCNT, l->t_i64),
                                    GCC_JIT_BINARY_OP_MINUS, gcc_jit_context_one(l->ctx, l->t_i64));
    assign(F, code, cast(l, is_true, l->t_char));
    jump(F, done);
    F->cur = other;
    assign(F, code, RTCALL(l, F, spc_rt_ret_stash, v));
    jump(F, done);
    F->cur = done;
    return gcc_jit_lvalue_as_rvalue(code);
}

static void lower_return(L *l, Fn *F, const IrInstr *in)
{
    ValType ret = c_ret(F->f);
    gcc_jit_rvalue *r = ret == VT_OBJ ? null_obj(l) : int_const(l, vt_type(l, ret), 0);
    if (in->nargs > 0 && !F->f->bool_ret) r = cast(l, arg(F, in, 0), vt_type(l, ret));
    /* a returned variable was INCREF'ed by ir_refcount, so every variable is released */
    release_vars(l, F, -1);
    /* (after the releases: a __del__ they run could use the stash) */
    if (in->nargs > 0 && F->f->bool_ret)
        r = F->fused[in->args[0]] ? gcc_jit_lvalue_as_rvalue(F->aux[in->args[0]])
                                  : bool_ret_code(l, F, arg(F, in, 0));
    if (F->f->kind == IRF_GEN) add_eval(F, RTCALL(l, F, spc_rt_gen_finish, F->gen));
    if (F->guarded) leave_call(l, F);
    gcc_jit_block_end_with_return(F->cur, F->loc, r);
}

static gcc_jit_lvalue *mem_at(L *l, Fn *F, gcc_jit_rvalue *base, int offset, gcc_jit_type *t);

/* The step of a list iterator (runtime SpcListIter) inline: if the iterator is one and
 * its list has an item at the index, var b := that item -> target; past the end, the
 * iterator drops its list (as listiter_next does) -> target2; otherwise (not a list
 * iterator, or already exhausted) the general path. */
static void list_iter_step(L *l, Fn *F, const IrInstr *in)
{
    gcc_jit_rvalue *it = arg(F, in, 0);
    gcc_jit_lvalue *idx = mem_at(l, F, it, SPC_OFF_LISTITER_INDEX, l->t_i64);
    gcc_jit_lvalue *seq = scratch(l, F, &F->s_seq, l->t_obj, "s_seq");
    gcc_jit_block *isit = new_block(F), *hasseq = new_block(F), *item = new_block(F), *slow = new_block(F),
                  *done = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ,
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, it, SPC_OFF_TYPE, l->t_voidp)),
        cast(l, gcc_jit_lvalue_get_address(l->listiter_type, NULL), l->t_voidp)), isit, slow);
    F->cur = isit;
    assign(F, seq, gcc_jit_lvalue_as_rvalue(mem_at(l, F, it, SPC_OFF_LISTITER_SEQ, l->t_obj)));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_NE,
        gcc_jit_lvalue_as_rvalue(seq), null_obj(l)), hasseq, slow);
    F->cur = hasseq;
    gcc_jit_rvalue *len = gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(seq),
                                                          SPC_OFF_VAR_SIZE, l->t_i64));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_LT,
        gcc_jit_lvalue_as_rvalue(idx), len), item, done);
    F->cur = done;
    assign(F, mem_at(l, F, it, SPC_OFF_LISTITER_SEQ, l->t_obj), null_obj(l));
    emit_decref(l, F, gcc_jit_lvalue_as_rvalue(seq), false);
    jump(F, F->blocks[in->target2]);
    F->cur = item;
    gcc_jit_rvalue *items = gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(seq),
        SPC_OFF_LIST_ITEMS, l->t_objp));
    gcc_jit_lvalue *t = scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
    assign(F, t, gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(l->ctx, F->loc, items,
                                                                          gcc_jit_lvalue_as_rvalue(idx))));
    gcc_jit_block_add_assignment_op(F->cur, F->loc, idx, GCC_JIT_BINARY_OP_PLUS, int_const(l, l->t_i64, 1));
    emit_incref(l, F, gcc_jit_lvalue_as_rvalue(t));
    store_obj_var(l, F, in->args[1], gcc_jit_lvalue_as_rvalue(t));
    jump(F, F->blocks[in->target]);
    F->cur = slow;
}

static void int_box(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *r, int line);
static gcc_jit_rvalue *fits_digit(L *l, Fn *F, gcc_jit_rvalue *x);
static gcc_jit_lvalue *int_local(L *l, Fn *F, const char *what);

/* obj variable var := the int r: a tagged word when var may hold one and r fits, else
 * a boxed int (error exit on MemoryError); the old value is released. */
static void store_int_var(L *l, Fn *F, int var, gcc_jit_rvalue *r, int line)
{
    gcc_jit_type *t = l->t_i64;
    gcc_jit_lvalue *x = int_local(l, F, "iv");
    assign(F, x, r);
    gcc_jit_rvalue *xr = gcc_jit_lvalue_as_rvalue(x);
    if (!F->s_word) F->s_word = gcc_jit_function_new_local(F->fn, NULL, l->t_word, "s_word");
    gcc_jit_lvalue *wp = gcc_jit_lvalue_access_field(F->s_word, NULL, l->f_word_p);
    gcc_jit_block *done = new_block(F);
    if (F->tagged[var]) {
        gcc_jit_block *tag = new_block(F), *box = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, fits_digit(l, F, xr), tag, box);
        F->cur = tag;
        assign(F, gcc_jit_lvalue_access_field(F->s_word, NULL, l->f_word_i),
               binop(l, F, GCC_JIT_BINARY_OP_PLUS, t, binop(l, F, GCC_JIT_BINARY_OP_MULT, t, xr, int_const(l, t, 2)),
                     int_const(l, t, 1)));
        jump(F, done);
        F->cur = box;
    }
    int_box(l, F, wp, xr, line);
    jump(F, done);
    F->cur = done;
    store_obj_var(l, F, var, gcc_jit_lvalue_as_rvalue(wp));
}

/* The step of a range iterator (runtime SpcRangeIter) inline: var b := start + index *
 * step while index < len -> target; else -> target2 (it stays exhausted); any other
 * iterator continues in a new block. */
static void range_iter_step(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_rvalue *it = arg(F, in, 0);
    gcc_jit_type *t = l->t_i64;
    gcc_jit_lvalue *idx = mem_at(l, F, it, SPC_OFF_RANGEITER_INDEX, t);
    gcc_jit_block *isit = new_block(F), *item = new_block(F), *other = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ,
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, it, SPC_OFF_TYPE, l->t_voidp)),
        cast(l, gcc_jit_lvalue_get_address(l->rangeiter_type, NULL), l->t_voidp)), isit, other);
    F->cur = isit;
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_LT, gcc_jit_lvalue_as_rvalue(idx),
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, it, SPC_OFF_RANGEITER_LEN, t))), item, F->blocks[in->target2]);
    F->cur = item;
    gcc_jit_lvalue *i = int_local(l, F, "ri");
    assign(F, i, gcc_jit_lvalue_as_rvalue(idx));
    gcc_jit_block_add_assignment_op(F->cur, F->loc, idx, GCC_JIT_BINARY_OP_PLUS, int_const(l, t, 1));
    /* unsigned, as CPython's rangeiter_next: step * index may pass int64 (range(-2**63,
     * 2**63 - 1, 2**62)) though the sum is an item of the range */
    gcc_jit_type *u = l->t_u64;
    gcc_jit_rvalue *start = cast(l, gcc_jit_lvalue_as_rvalue(mem_at(l, F, it, SPC_OFF_RANGEITER_START, t)), u);
    gcc_jit_rvalue *step = cast(l, gcc_jit_lvalue_as_rvalue(mem_at(l, F, it, SPC_OFF_RANGEITER_STEP, t)), u);
    store_int_var(l, F, in->args[1], cast(l, binop(l, F, GCC_JIT_BINARY_OP_PLUS, u, start,
        binop(l, F, GCC_JIT_BINARY_OP_MULT, u, step, cast(l, gcc_jit_lvalue_as_rvalue(i), u))), t), line);
    jump(F, F->blocks[in->target]);
    F->cur = other;
}

/* var b := next(a) -> target; exhausted -> target2; error -> error exit */
static void lower_for_iter(L *l, Fn *F, const IrInstr *in, int line)
{
    if (F->range_iter[in->args[0]]) range_iter_step(l, F, in, line);
    else list_iter_step(l, F, in);
    gcc_jit_lvalue *t = scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
    assign(F, t, RTCALL(l, F, spc_rt_iter_next, arg(F, in, 0)));
    gcc_jit_block *isnull = new_block(F), *got = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(t), null_obj(l)), isnull, got);
    F->cur = isnull;
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_NE, RTCALL0(l, F, spc_rt_err_occurred), i32(l, 0)),
        err_block(l, F, line), F->blocks[in->target2]);
    F->cur = got;
    store_obj_var(l, F, in->args[1], gcc_jit_lvalue_as_rvalue(t));
    jump(F, F->blocks[in->target]);
}

/* ---- calls and functions ---- */

static void lower_invoke(L *l, Fn *F, const IrInstr *in, int line);

static void lower_call_method(L *l, Fn *F, const IrInstr *in, int line);

static gcc_jit_rvalue *addr_of(gcc_jit_lvalue *g);
static gcc_jit_rvalue *type_of(L *l, Fn *F, gcc_jit_rvalue *o);
static gcc_jit_rvalue *both(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b);

/* Direct calls of compiled functions: when the callee is an SpcFunction whose entry
 * only binds plain positional objects (SpcFunction.fast, set at MAKE_FUNCTION) and the
 * site passes exactly that many positional arguments, its native function is called
 * through the pointer with the (borrowed) arguments, skipping vectorcall and BIND_ARGS.
 * `t = cond ? native(args) : <slow, emitted by the caller in *slow>`; the caller joins. */
static gcc_jit_block *fast_call(L *l, Fn *F, gcc_jit_rvalue *callee, gcc_jit_rvalue *guard,
                                gcc_jit_rvalue **args, int n, gcc_jit_lvalue *t,
                                gcc_jit_block **slow)
{
    gcc_jit_rvalue *ok = both(l, F,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, callee), cast(l, addr_of(l->func_type), l->t_voidp)),
        cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(mem_at(l, F, callee, SPC_OFF_FUNC_FAST_NARGS, l->t_i64)),
            int_const(l, l->t_i64, n)));
    if (guard) ok = both(l, F, guard, ok);
    gcc_jit_block *hit = new_block(F), *join = new_block(F);
    *slow = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, ok, hit, *slow);
    gcc_jit_type **pt = ARENA_ARRAY(l->m->arena, gcc_jit_type *, n + 1);
    for (int i = 0; i < n; i++) pt[i] = l->t_obj;
    gcc_jit_type *fp = gcc_jit_context_new_function_ptr_type(l->ctx, NULL, l->t_obj, n, pt, 0);
    F->cur = hit;
    gcc_jit_rvalue *native = cast(l, gcc_jit_lvalue_as_rvalue(mem_at(l, F, callee, SPC_OFF_FUNC_FAST, l->t_voidp)), fp);
    assign(F, t, gcc_jit_context_new_call_through_ptr(l->ctx, F->loc, native, n, args));
    jump(F, join);
    F->cur = *slow;
    return join;
}

/* isinstance(o, cls): True inline when the global is still the builtin and o's type is
 * exactly cls; anything else asks the runtime (PyObject_IsInstance, or the call). */
static void lower_isinstance(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_block *yes = new_block(F), *slow = new_block(F), *join = new_block(F);
    gcc_jit_rvalue *ok = both(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, arg(F, in, 0), gcc_jit_lvalue_as_rvalue(l->g_isinstance)),
        cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, arg(F, in, 1)), cast(l, arg(F, in, 2), l->t_voidp)));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, ok, yes, slow);
    F->cur = yes;
    assign(F, dest(F, in), addr_of(l->py_true));
    emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    F->cur = slow;
    obj_result(l, F, in, RTCALL(l, F, spc_rt_isinstance_call, arg(F, in, 0), arg(F, in, 1), arg(F, in, 2)), line);
    jump(F, join);
    F->cur = join;
}

static void lower_call(L *l, Fn *F, const IrInstr *in, int line)
{
    if (F->meth[in->args[0]]) {
        lower_call_method(l, F, in, line);
        return;
    }
    if (in->imm2) {   /* exec/eval/compile (irgen: is_compiling_builtin) */
        gcc_jit_rvalue *args = fill_args(l, F, in, 1, 1);
        gcc_jit_rvalue *nargsf = int_const(l, l->t_i64, in->imm | PY_VECTORCALL_OFFSET_BIT);
        obj_result(l, F, in, RTCALL(l, F, spc_rt_call_compiling, arg(F, in, 0), args, nargsf,
                                    const_rv(l, in->cidx), i32(l, (int)(in->imm2 - 1))), line);
        return;
    }
    if (in->dest >= 0 && F->isinstance_call[in->dest]) {
        lower_isinstance(l, F, in, line);
        return;
    }
    if (in->dest >= 0 && F->range_call[in->dest]) {
        gcc_jit_rvalue *nargsf = int_const(l, l->t_i64, in->imm | PY_VECTORCALL_OFFSET_BIT);
        obj_result(l, F, in, RTCALL(l, F, spc_rt_range_iter, arg(F, in, 0), fill_args(l, F, in, 1, 1), nargsf), line);
        return;
    }
    gcc_jit_block *join = NULL, *slow;
    gcc_jit_lvalue *t = in->dest >= 0 ? dest(F, in) : scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
    if (in->cidx < 0) {
        gcc_jit_rvalue **a = ARENA_ARRAY(l->m->arena, gcc_jit_rvalue *, in->nargs);
        for (int i = 1; i < in->nargs; i++) a[i - 1] = arg(F, in, i);
        join = fast_call(l, F, arg(F, in, 0), NULL, a, in->nargs - 1, t, &slow);
    }
    gcc_jit_rvalue *args = fill_args(l, F, in, 1, 1);
    gcc_jit_rvalue *nargsf = int_const(l, l->t_i64, in->imm | PY_VECTORCALL_OFFSET_BIT);
    assign(F, t, RTCALL(l, F, spc_rt_call, arg(F, in, 0), args, nargsf, const_rv(l, in->cidx)));
    if (join) {
        jump(F, join);
        F->cur = join;
    }
    check_null(l, F, gcc_jit_lvalue_as_rvalue(t), line);
    if (in->dest < 0) add_eval(F, RTCALL(l, F, spc_rt_xdecref, gcc_jit_lvalue_as_rvalue(t)));
}

/* a() that may be super(): a compiled function with no arguments is called directly
 * (fast_call), anything else through spc_rt_call_noargs, which knows super. */
static void lower_call_noargs(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_block *slow;
    gcc_jit_lvalue *t = in->dest >= 0 ? dest(F, in) : scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
    gcc_jit_block *join = fast_call(l, F, arg(F, in, 0), NULL, NULL, 0, t, &slow);
    gcc_jit_rvalue *none = gcc_jit_context_null(l->ctx, l->t_obj);
    assign(F, t, RTCALL(l, F, spc_rt_call_noargs, arg(F, in, 0), in->nargs > 2 ? arg(F, in, 1) : none,
                        in->nargs > 2 ? arg(F, in, 2) : none, i32(l, (int)in->imm)));
    jump(F, join);
    F->cur = join;
    check_null(l, F, gcc_jit_lvalue_as_rvalue(t), line);
    if (in->dest < 0) add_eval(F, RTCALL(l, F, spc_rt_xdecref, gcc_jit_lvalue_as_rvalue(t)));
}

/* The signature spec MAKE_FUNCTION hands to the runtime (format: runtime/rt_func.c):
 * counts, file and line, argument names in co_varnames order, annotation texts. */
static const char *signature_spec(L *l, const IrFunc *f)
{
    Arena *a = l->m->arena;
    const FuncDecl *d = f->decl;   /* inspect.iscoroutinefunction & co read __code__.co_flags */
    int co_flags = !d ? 0 : d->is_coroutine ? (d->is_generator ? 0x200 : 0x80) : d->is_generator ? 0x20 : 0;
    const char *s = arena_printf(a, "%d %d %d %d %d %d %d %d\x1e%s\x1e", f->n_posonly, f->n_positional,
                                 f->n_kwonly, f->has_varargs, f->has_varkw, f->future_ann,
                                 f->first_line, co_flags, l->abspath);
    for (int i = 0; i < f->n_args; i++) s = arena_printf(a, "%s%s\x1e", s, f->arg_names[i]);
    for (int i = 0; i < f->nann; i++)
        s = arena_printf(a, "%s%s\x1f%s\x1e", s, f->ann_names[i], f->ann_texts[i]);
    return s;
}

/* The native function a py_entry only forwards its positional parameters to (BIND_ARGS,
 * ARG i as parameter i, INVOKE_FUNCTION, releases, RETURN: no checks, conversions,
 * closure or defaults to apply), every parameter and the result objects; else -1. */
static int plain_native(L *l, const IrFunc *e)
{
    if (e->kind != IRF_PY_ENTRY || e->blocks.len != 1 || e->n_kwonly || e->has_varargs ||
        e->has_varkw || e->n_args != e->n_positional)
        return -1;
    const IrFunc *nf = VEC_AT(l->m->funcs, IrFunc, e->native);
    if (nf->kind != IRF_NATIVE || c_ret(nf) != VT_OBJ || nf->nparams != e->n_positional) return -1;
    for (int i = 0; i < nf->nparams; i++)
        if (VEC_AT(nf->values, IrValue, i)->vt != VT_OBJ) return -1;
    IrBlock *b = VEC_AT(e->blocks, IrBlock, 0);
    int *argno = ARENA_ARRAY(l->m->arena, int, e->values.len + 1), calls = 0;
    for (int i = 0; i < e->values.len; i++) argno[i] = -1;
    for (int i = 0; i < b->instrs.len; i++) {
        const IrInstr *in = VEC_AT(b->instrs, IrInstr, i);
        switch (in->op) {
        case IR_BIND_ARGS: case IR_DECREF: case IR_RETURN: break;
        case IR_ARG: argno[in->dest] = (int)in->imm; break;
        case IR_INVOKE_FUNCTION:
            if (in->func != e->native || in->nargs != nf->nparams) return -1;
            for (int k = 0; k < in->nargs; k++)
                if (argno[in->args[k]] != k) return -1;
            calls++;
            break;
        default: return -1;
        }
    }
    return calls == 1 ? e->native : -1;
}

static gcc_jit_lvalue *fnobj_slot(L *l, int func)
{
    return gcc_jit_context_new_array_access(l->ctx, NULL, gcc_jit_lvalue_as_rvalue(l->fnobjs),
                                            i32(l, func));
}

static void lower_make_function(L *l, Fn *F, const IrInstr *in, int line)
{
    IrFunc *pf = VEC_AT(l->m->funcs, IrFunc, in->func);
    gcc_jit_rvalue *entry = gcc_jit_context_new_cast(
        l->ctx, F->loc, gcc_jit_function_get_address(l->fns[in->func], F->loc), l->t_voidp);
    obj_result(l, F, in, RTCALL(l, F, spc_rt_make_function,
        gcc_jit_lvalue_get_address(fnobj_slot(l, in->func), F->loc), entry,
        str(l, pf->py_name), str(l, pf->qualname ? pf->qualname : pf->py_name),
        str(l, signature_spec(l, pf)), in->nargs > 0 ? arg(F, in, 0) : null_obj(l), in->nargs > 1 ? arg(F, in, 1) : null_obj(l)),
        line);
    int native = plain_native(l, pf);
    if (native >= 0 && in->dest >= 0)
        add_eval(F, RTCALL(l, F, spc_rt_func_set_fast, rv(F, in->dest),
                           cast(l, gcc_jit_function_get_address(l->fns[native], F->loc), l->t_voidp),
                           int_const(l, l->t_i64, pf->n_positional)));
}

static gcc_jit_rvalue *both(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b);

/* The common call from Python, every parameter passed by position and nothing else
 * (only positional-or-keyword parameters, no keywords, the exact count), binds inline:
 * bound[i] = new reference to args[i], as spc_rt_bind_args would; any other call goes
 * to the runtime, which also gives CPython's messages. */
static void bind_positional_inline(L *l, Fn *F, gcc_jit_block *slow)
{
    const IrFunc *f = F->f;
    gcc_jit_block *ok = new_block(F);
    /* the count without PY_VECTORCALL_ARGUMENTS_OFFSET, which most callers set */
    gcc_jit_rvalue *nargs = binop(l, F, GCC_JIT_BINARY_OP_BITWISE_AND, l->t_i64, gcc_jit_param_as_rvalue(F->params[2]),
                                  int_const(l, l->t_i64, INT64_MAX));
    gcc_jit_rvalue *exact = both(l, F,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_param_as_rvalue(F->params[3]), null_obj(l)),
        cmp(l, F, GCC_JIT_COMPARISON_EQ, nargs, int_const(l, l->t_i64, f->n_args)));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, exact, ok, slow);
    F->cur = ok;
    gcc_jit_rvalue *args = cast(l, gcc_jit_param_as_rvalue(F->params[1]), l->t_objp);
    for (int i = 0; i < f->n_args; i++) {
        gcc_jit_lvalue *b = gcc_jit_context_new_array_access(l->ctx, F->loc, gcc_jit_lvalue_as_rvalue(F->bound), i32(l, i));
        assign(F, b, gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(l->ctx, F->loc, args, i32(l, i))));
        emit_incref(l, F, gcc_jit_lvalue_as_rvalue(b));
    }
}

static void lower_bind_args(L *l, Fn *F, const IrInstr *in, int line)
{
    const IrFunc *f = F->f;
    gcc_jit_block *slow = NULL, *join = NULL;
    if (f->n_args == f->n_positional && !f->has_varargs && !f->has_varkw) {
        slow = new_block(F);
        join = new_block(F);
        bind_positional_inline(l, F, slow);
        jump(F, join);
        F->cur = slow;
    }
    gcc_jit_rvalue *bound = F->bound
        ? gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(l->ctx, F->loc,
              gcc_jit_lvalue_as_rvalue(F->bound), i32(l, 0)), F->loc)
        : gcc_jit_context_null(l->ctx, l->t_objp);
    check_neg(l, F, RTCALL(l, F, spc_rt_bind_args, gcc_jit_param_as_rvalue(F->params[0]),
                           cast(l, gcc_jit_param_as_rvalue(F->params[1]), l->t_objp),
                           gcc_jit_param_as_rvalue(F->params[2]),
                           gcc_jit_param_as_rvalue(F->params[3]), bound), line);
    if (join) {
        jump(F, join);
        F->cur = join;
    }
}

/* ---- static types: descriptors and check-site slots ---- */

static const char *type_desc(L *l, const Type *t);

/* The IrClass of a class declared in this module (-1: not a static class). */
static int class_of_decl(L *l, const ClassDecl *cd)
{
    for (int i = 0; cd && i < l->m->classes.len; i++)
        if (VEC_AT(l->m->classes, IrClass, i)->decl == cd && !VEC_AT(l->m->classes, IrClass, i)->is_extern)
            return i;
    return -1;
}

static const char *boxed_name(PrimKind p)
{
    return p == P_DOUBLE ? "float" : p == P_CBOOL ? "bool" : "int";
}

static bool is_anything(const Type *t)
{
    return !t || t->kind == TY_DYNAMIC || t->kind == TY_VOID || t == TY.object ||
           (t->kind == TY_CLASS && !t->base && t->qualname && strcmp(t->qualname, "object") == 0);
}

/* A static type as the runtime's type descriptor (grammar: runtime/spc_rt.h). */
static const char *type_desc(L *l, const Type *t)
{
    Arena *a = l->m->arena;
    if (is_anything(t)) return "*";
    if (t->kind == TY_OPTIONAL) return arena_printf(a, "?%s", type_desc(l, t->inner));
    if (t->kind == TY_PRIM) return arena_printf(a, "B%s", boxed_name(t->prim));
    if (t->origin && t->origin->qualname) {
        const char *g = t->origin->qualname;
        if (strcmp(g, "Array") == 0) return "A";
        if (strcmp(g, "chkdict") == 0 && t->nargs == 2)
            return arena_printf(a, "D[%s,%s]", type_desc(l, t->args[0]), type_desc(l, t->args[1]));
        if (strcmp(g, "chklist") == 0 && t->nargs == 1)
            return arena_printf(a, "L[%s]", type_desc(l, t->args[0]));
    }
    int ci = class_of_decl(l, t->cls);
    if (ci >= 0) return arena_printf(a, "C%d", ci);
    if (!t->module || strcmp(t->module, "builtins") == 0)
        return arena_printf(a, "B%s", t->qualname ? t->qualname : t->name);
    return arena_printf(a, "M%s:%s", t->module, t->qualname ? t->qualname : t->name);
}

/* Checks against Optional[T] pass `optional` and T's descriptor. */
static const char *check_desc(L *l, const Type *t, int *optional)
{
    *optional = t && t->kind == TY_OPTIONAL;
    return type_desc(l, *optional ? t->inner : t);
}

static int type_slot(L *l, const char *desc)
{
    for (int i = 0; i < l->ntypes; i++)
        if (strcmp(l->type_list[i], desc) == 0) return i;
    return -1;
}

static int add_type_slot(L *l, const char *desc)
{
    int i = type_slot(l, desc);
    if (i >= 0) return i;
    if (l->ntypes == l->captypes) {
        l->captypes = l->captypes ? 2 * l->captypes : 8;
        const char **nl = ARENA_ARRAY(l->m->arena, const char *, l->captypes);
        if (l->ntypes) memcpy(nl, l->type_list, sizeof(char *) * (size_t)l->ntypes);
        l->type_list = nl;
    }
    l->type_list[l->ntypes] = desc;
    return l->ntypes++;
}

/* &spc_types[slot of desc] */
static gcc_jit_rvalue *type_slot_addr(L *l, Fn *F, const char *desc)
{
    return gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(
        l->ctx, F->loc, gcc_jit_lvalue_as_rvalue(l->types), i32(l, type_slot(l, desc))), F->loc);
}

static bool check_needs_desc(const IrCheck *c)
{
    return c->type_cidx < 0 && c->type && !is_anything(c->type->kind == TY_OPTIONAL ? c->type->inner : c->type);
}

static gcc_jit_rvalue *addr_of(gcc_jit_lvalue *g);
static gcc_jit_rvalue *type_of(L *l, Fn *F, gcc_jit_rvalue *o);
static gcc_jit_rvalue *either(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b);

/* if (!ok) { the runtime check: error or pass } */
static void check_unless(L *l, Fn *F, gcc_jit_rvalue *ok, gcc_jit_rvalue *call, int line)
{
    gcc_jit_block *slow = new_block(F), *join = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, ok, join, slow);
    F->cur = slow;
    check_neg(l, F, call, line);
    jump(F, join);
    F->cur = join;
}

/* A per-site global holding the last subclass this check accepted (the runtime keeps it,
 * with a reference); *ok also accepts that class. Returns the global. */
static gcc_jit_lvalue *or_last_subclass_seen(L *l, Fn *F, gcc_jit_rvalue *v, gcc_jit_rvalue **ok)
{
    gcc_jit_lvalue *seen = gcc_jit_context_new_global(l->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, l->t_obj,
        arena_printf(l->m->arena, "spc_cast_seen%d", l->ncast_seen++));
    *ok = either(l, F, *ok, cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, v),
                                cast(l, gcc_jit_lvalue_as_rvalue(seen), l->t_voidp)));
    return seen;
}

/* Each typed parameter: the exact class (or None for Optional) passes inline; for a
 * class with subclasses so does the last subclass this site accepted (`seen`, kept by
 * spc_rt_check_arg_seen as CAST does); the rest is the runtime's isinstance check. */
static void lower_check_args(L *l, Fn *F, const IrInstr *in, int line)
{
    IrFunc *pf = VEC_AT(l->m->funcs, IrFunc, in->func);
    for (int i = 0; i < in->nchecks; i++) {
        const IrCheck *c = &in->checks[i];
        int optional = c->type && c->type->kind == TY_OPTIONAL;
        gcc_jit_rvalue *fname = str(l, pf->py_name), *aname = str(l, pf->arg_names[c->param]);
        gcc_jit_rvalue *v = arg(F, in, c->param), *ok, *call;
        if (c->type_cidx >= 0) {
            ok = cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, v), cast(l, const_rv(l, c->type_cidx), l->t_voidp));
            call = RTCALL(l, F, spc_rt_check_arg, v, const_rv(l, c->type_cidx), i32(l, optional), fname, aname);
        } else if (check_needs_desc(c)) {
            const char *d = check_desc(l, c->type, &optional);
            const Type *t = optional ? c->type->inner : c->type;
            gcc_jit_rvalue *cls = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(type_slot_addr(l, F, d), F->loc));
            ok = cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, v), cast(l, cls, l->t_voidp));
            if (t->kind == TY_CLASS && !t->is_final) {
                gcc_jit_lvalue *seen = or_last_subclass_seen(l, F, v, &ok);
                call = RTCALL(l, F, spc_rt_check_arg_seen, v, type_slot_addr(l, F, d), str(l, d), i32(l, optional),
                              fname, aname, gcc_jit_lvalue_get_address(seen, F->loc));
            } else {
                call = RTCALL(l, F, spc_rt_check_arg_t, v, type_slot_addr(l, F, d), str(l, d), i32(l, optional),
                              fname, aname);
            }
        } else {
            continue;
        }
        if (optional) ok = either(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_none)), ok);
        check_unless(l, F, ok, call, line);
    }
}

/* ---- static ops ---- */

static void obj_fast_or_call(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *cond,
                             gcc_jit_rvalue *fast, gcc_jit_rvalue *call, int line);
static bool is_identity_cmp(const IrInstr *in);
static bool is_int_cmp(const IrInstr *in);

/* ok || the class of v, or its base, has v's base (or that base's base) `cls`: a
 * subclass up to two levels down passes without a call (tp_base is on the MRO; other
 * ways in, multiple inheritance, are the runtime's). A char local. */
static gcc_jit_rvalue *or_near_subclass(L *l, Fn *F, gcc_jit_rvalue *v, gcc_jit_rvalue *cls,
                                        gcc_jit_rvalue *ok)
{
    gcc_jit_lvalue *r = gcc_jit_function_new_local(F->fn, NULL, l->t_char,
                                                   arena_printf(l->m->arena, "sub%d", l->nfast++));
    gcc_jit_lvalue *b = gcc_jit_function_new_local(F->fn, NULL, l->t_voidp,
                                                   arena_printf(l->m->arena, "base%d", l->nfast++));
    gcc_jit_rvalue *null = gcc_jit_context_null(l->ctx, l->t_voidp), *bv = gcc_jit_lvalue_as_rvalue(b);
    gcc_jit_block *up1 = new_block(F), *up2 = new_block(F), *done = new_block(F);
    assign(F, r, cast(l, ok, l->t_char));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, ok, done, up1);
    F->cur = up1;   /* (cls is NULL until resolved, like object's tp_base: no match) */
    assign(F, r, int_const(l, l->t_char, 0));
    assign(F, b, gcc_jit_lvalue_as_rvalue(mem_at(l, F, type_of(l, F, v), SPC_OFF_TP_BASE, l->t_voidp)));
    gcc_jit_block *hit = new_block(F), *next = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ, bv, null), done, next);
    F->cur = next;
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ, bv, cls), hit, up2);
    F->cur = up2;
    assign(F, b, gcc_jit_lvalue_as_rvalue(mem_at(l, F, bv, SPC_OFF_TP_BASE, l->t_voidp)));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, both(l, F, cmp(l, F, GCC_JIT_COMPARISON_NE, bv, null),
        cmp(l, F, GCC_JIT_COMPARISON_EQ, bv, cls)), hit, done);
    F->cur = hit;
    assign(F, r, int_const(l, l->t_char, 1));
    jump(F, done);
    F->cur = done;
    return cmp(l, F, GCC_JIT_COMPARISON_NE, gcc_jit_lvalue_as_rvalue(r), int_const(l, l->t_char, 0));
}

static void lower_cast(L *l, Fn *F, const IrInstr *in, int line)
{
    int optional;
    const char *d = check_desc(l, in->type, &optional);
    if (strcmp(d, "*") == 0) {
        assign(F, dest(F, in), arg(F, in, 0));
        emit_incref(l, F, rv(F, in->dest));
        return;
    }
    /* fast path: the exact class (spc_types[slot] is NULL until resolved: no match) */
    gcc_jit_rvalue *v = arg(F, in, 0);
    gcc_jit_rvalue *cls = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(type_slot_addr(l, F, d), F->loc));
    gcc_jit_rvalue *ok = cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, v), cast(l, cls, l->t_voidp));
    if (optional) ok = either(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_none)), ok);
    const Type *t = optional ? in->type->inner : in->type;
    gcc_jit_rvalue *call;
    if (t->kind == TY_CLASS && !t->is_final) {
        /* subclasses too: this site's last one (spc_rt_cast_seen keeps it, with a
         * reference) before the runtime's full isinstance */
        gcc_jit_lvalue *seen = or_last_subclass_seen(l, F, v, &ok);
        ok = or_near_subclass(l, F, v, cast(l, cls, l->t_voidp), ok);
        call = RTCALL(l, F, spc_rt_cast_seen, v, type_slot_addr(l, F, d), str(l, d), i32(l, optional),
                      gcc_jit_lvalue_get_address(seen, F->loc));
    } else {
        call = RTCALL(l, F, spc_rt_cast, v, type_slot_addr(l, F, d), str(l, d), i32(l, optional));
    }
    obj_fast_or_call(l, F, in, ok, v, call, line);
}

/* Override thunks: the Python override's result against the slot's return type; an
 * optional operand 1 (the override called) names it in the message by __qualname__. */
static void lower_check_return(L *l, Fn *F, const IrInstr *in, int line)
{
    int optional;
    const char *d = check_desc(l, in->type, &optional);
    if (strcmp(d, "*") == 0) {
        assign(F, dest(F, in), arg(F, in, 0));
        emit_incref(l, F, rv(F, in->dest));
        return;
    }
    obj_result(l, F, in, RTCALL(l, F, spc_rt_check_return, arg(F, in, 0), type_slot_addr(l, F, d),
                                str(l, d), i32(l, optional), const_rv(l, in->cidx),
                                str(l, in->type->name ? in->type->name : "?"),
                                in->nargs > 1 ? arg(F, in, 1) : null_obj(l)), line);
}

/* The descriptor an instruction resolves at run time (NULL: none). */
static const char *site_desc(L *l, const IrInstr *in, int k)
{
    int optional;
    switch (in->op) {
    case IR_CAST: case IR_CHECK_RETURN:
        return k == 0 ? check_desc(l, in->type, &optional) : NULL;
    case IR_BUILD_CHECKED_LIST: case IR_BUILD_CHECKED_MAP:
        return k == 0 ? type_desc(l, in->type) : NULL;
    case IR_CHECK_ARGS:
        return k < in->nchecks && check_needs_desc(&in->checks[k])
            ? check_desc(l, in->checks[k].type, &optional) : NULL;
    default:
        return NULL;
    }
}

/* The distinct descriptors of all check sites, each with a lazily resolved slot. */
static void collect_type_slots(L *l)
{
    for (int fi = 0; fi < l->m->funcs.len; fi++) {
        IrFunc *f = VEC_AT(l->m->funcs, IrFunc, fi);
        for (int b = 0; b < f->blocks.len; b++) {
            IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
            for (int i = 0; i < blk->instrs.len; i++) {
                IrInstr *in = VEC_AT(blk->instrs, IrInstr, i);
                int n = in->op == IR_CHECK_ARGS ? in->nchecks : 1;
                for (int k = 0; k < n; k++) {
                    const char *d = site_desc(l, in, k);
                    if (d && strcmp(d, "*") != 0) add_type_slot(l, d);
                }
            }
        }
    }
}

static void int_box(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *r, int line);

static void select_into(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *cond,
                        gcc_jit_rvalue *yes, gcc_jit_rvalue *no);

static void tag_or_box(L *l, Fn *F, int d, gcc_jit_rvalue *r, int line);

static void lower_box(L *l, Fn *F, const IrInstr *in, int line)
{
    PrimKind p = VT_PRIM(argvt(F, in, 0));
    gcc_jit_rvalue *a = arg(F, in, 0), *call;
    if (in->dest >= 0 && F->tagstore[in->dest]) {   /* stored into a tagged variable */
        tag_or_box(l, F, in->dest, cast(l, a, l->t_i64), line);
        return;
    }
    if (prim_signed_tab[p] && p != P_DOUBLE && p != P_CBOOL && in->dest >= 0) {   /* small ints cached inline */
        int_box(l, F, dest(F, in), cast(l, a, l->t_i64), line);
        return;
    }
    if (p == P_CBOOL && in->dest >= 0 && F->fused[in->dest]) {   /* only tested or returned */
        F->aux[in->dest] = gcc_jit_function_new_local(F->fn, NULL, l->t_char,
            arena_printf(l->m->arena, "bb%d", in->dest));
        assign(F, F->aux[in->dest], cast(l, a, l->t_char));
        return;
    }
    if (p == P_CBOOL && in->dest >= 0) {   /* True or False, inline */
        select_into(l, F, dest(F, in), cmp(l, F, GCC_JIT_COMPARISON_NE, a, int_const(l, l->t_char, 0)),
                    addr_of(l->py_true), addr_of(l->py_false));
        emit_incref(l, F, rv(F, in->dest));
        F->sure_bool[in->dest] = true;
        return;
    }
    if (p == P_DOUBLE) call = RTCALL(l, F, spc_rt_box_double, a);
    else if (p == P_CBOOL) call = RTCALL(l, F, spc_rt_box_cbool, a);
    else if (prim_signed_tab[p]) call = RTCALL(l, F, spc_rt_box_i64, cast(l, a, l->t_i64));
    else call = RTCALL(l, F, spc_rt_box_u64, cast(l, a, l->t_u64));
    obj_result(l, F, in, call, line);
}

static void lower_unbox(L *l, Fn *F, const IrInstr *in, int line)
{
    ValType vt = destvt(F, in);
    PrimKind p = VT_PRIM(vt);
    gcc_jit_rvalue *a = arg(F, in, 0), *call;
    if (p == P_DOUBLE) call = RTCALL(l, F, spc_rt_unbox_double, a);
    else if (p == P_CBOOL) call = RTCALL(l, F, spc_rt_unbox_cbool, a);
    else if (prim_signed_tab[p]) call = RTCALL(l, F, spc_rt_unbox_signed, a, i32(l, prim_bits_tab[p]));
    else call = RTCALL(l, F, spc_rt_unbox_unsigned, a, i32(l, prim_bits_tab[p]));
    assign(F, dest(F, in), cast(l, call, vt_type(l, vt)));
    check_prim(l, F, rv(F, in->dest), vt, line);
}

static void lower_convert(L *l, Fn *F, const IrInstr *in)
{
    ValType vt = destvt(F, in);
    gcc_jit_rvalue *a = arg(F, in, 0);
    if (vt == VT_OF_PRIM(P_CBOOL) && argvt(F, in, 0) != vt) {
        gcc_jit_rvalue *zero = argvt(F, in, 0) == VT_OF_PRIM(P_DOUBLE)
            ? gcc_jit_context_zero(l->ctx, l->t_double)
            : int_const(l, vt_type(l, argvt(F, in, 0)), 0);
        a = cast(l, cmp(l, F, GCC_JIT_COMPARISON_NE, a, zero), l->t_char);
    }
    assign(F, dest(F, in), cast(l, a, vt_type(l, vt)));
}

/* dest = cond ? yes : no  (both evaluated only on their own path) */
static void select_into(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *cond,
                        gcc_jit_rvalue *yes, gcc_jit_rvalue *no)
{
    gcc_jit_block *by = new_block(F), *bn = new_block(F), *join = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cond, by, bn);
    gcc_jit_block_add_assignment(by, F->loc, d, yes);
    gcc_jit_block_end_with_jump(by, F->loc, join);
    gcc_jit_block_add_assignment(bn, F->loc, d, no);
    gcc_jit_block_end_with_jump(bn, F->loc, join);
    F->cur = join;
}

/* Integer / // %: ZeroDivisionError; MIN / -1 wraps, MIN % -1 == 0 (no C UB). */
static void lower_int_div(L *l, Fn *F, const IrInstr *in, PrimKind p, gcc_jit_rvalue *a,
                          gcc_jit_rvalue *b, int line)
{
    gcc_jit_type *t = l->t_prim[p], *u = l->t_uprim[p];
    bool mod = in->imm == OP_MOD;
    raise_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, b, int_const(l, t, 0)),
             RTCALL(l, F, spc_rt_raise_zero_division, i32(l, 0)), line);
    gcc_jit_rvalue *plain = binop(l, F, mod ? GCC_JIT_BINARY_OP_MODULO : GCC_JIT_BINARY_OP_DIVIDE,
                                  t, a, b);
    if (!prim_signed_tab[p]) {
        assign(F, dest(F, in), cast(l, plain, vt_type(l, destvt(F, in))));
        return;
    }
    gcc_jit_rvalue *neg = mod ? int_const(l, t, 0)
        : cast(l, gcc_jit_context_new_unary_op(l->ctx, F->loc, GCC_JIT_UNARY_OP_MINUS, u,
                                               cast(l, a, u)), t);
    select_into(l, F, dest(F, in), cmp(l, F, GCC_JIT_COMPARISON_EQ, b, int_const(l, t, -1)),
                cast(l, neg, vt_type(l, destvt(F, in))), cast(l, plain, vt_type(l, destvt(F, in))));
}

/* Shifts with counts outside [0, width) are defined: 0, or -1 for >> of a negative. */
static void lower_shift(L *l, Fn *F, const IrInstr *in, PrimKind p, gcc_jit_rvalue *a,
                        gcc_jit_rvalue *b)
{
    gcc_jit_type *t = l->t_prim[p], *u = l->t_uprim[p];
    bool left = in->imm == OP_LSHIFT;
    gcc_jit_rvalue *big = cmp(l, F, GCC_JIT_COMPARISON_GE, cast(l, b, l->t_u64),
                              int_const(l, l->t_u64, prim_bits_tab[p]));
    gcc_jit_rvalue *shifted = left
        ? cast(l, binop(l, F, GCC_JIT_BINARY_OP_LSHIFT, u, a, b), t)
        : binop(l, F, GCC_JIT_BINARY_OP_RSHIFT, t, a, b);
    gcc_jit_rvalue *out = int_const(l, t, 0);
    if (!left && prim_signed_tab[p]) {
        gcc_jit_lvalue *d = dest(F, in);
        select_into(l, F, d, cmp(l, F, GCC_JIT_COMPARISON_LT, a, int_const(l, t, 0)),
                    int_const(l, t, -1), out);
        out = gcc_jit_lvalue_as_rvalue(d);
    }
    select_into(l, F, dest(F, in), big, out, shifted);
}

static void lower_double_binop(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *a,
                               gcc_jit_rvalue *b, int line)
{
    gcc_jit_type *t = l->t_double;
    gcc_jit_rvalue *r;
    switch (in->imm) {
    case OP_ADD: r = binop(l, F, GCC_JIT_BINARY_OP_PLUS, t, a, b); break;
    case OP_SUB: r = binop(l, F, GCC_JIT_BINARY_OP_MINUS, t, a, b); break;
    case OP_MUL: r = binop(l, F, GCC_JIT_BINARY_OP_MULT, t, a, b); break;
    case OP_TRUEDIV:
        raise_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, b, gcc_jit_context_zero(l->ctx, t)),
                 RTCALL(l, F, spc_rt_raise_zero_division, i32(l, 1)), line);
        r = binop(l, F, GCC_JIT_BINARY_OP_DIVIDE, t, a, b);
        break;
    case OP_POW: r = RTCALL(l, F, spc_rt_pow, a, b); break;
    case OP_FLOORDIV:
    case OP_MOD:
        r = in->imm == OP_MOD ? RTCALL(l, F, spc_rt_double_mod, a, b)
                              : RTCALL(l, F, spc_rt_double_floordiv, a, b);
        assign(F, dest(F, in), r);
        check_prim(l, F, rv(F, in->dest), VT_OF_PRIM(P_DOUBLE), line);
        return;
    default: r = gcc_jit_context_zero(l->ctx, t); break;   /* rejected by the checker */
    }
    assign(F, dest(F, in), r);
}

static void lower_prim_binop(L *l, Fn *F, const IrInstr *in, int line)
{
    PrimKind p = VT_PRIM(argvt(F, in, 0));
    gcc_jit_type *t = l->t_prim[p], *u = l->t_uprim[p];
    gcc_jit_rvalue *a = arg(F, in, 0), *b = cast(l, arg(F, in, 1), t);
    if (in->imm == OP_POW) {
        assign(F, dest(F, in), cast(l, RTCALL(l, F, spc_rt_pow, cast(l, a, l->t_double),
                                              cast(l, b, l->t_double)), vt_type(l, destvt(F, in))));
        return;
    }
    if (p == P_DOUBLE) {
        lower_double_binop(l, F, in, a, b, line);
        return;
    }
    enum gcc_jit_binary_op op;
    switch (in->imm) {
    case OP_ADD: op = GCC_JIT_BINARY_OP_PLUS; break;
    case OP_SUB: op = GCC_JIT_BINARY_OP_MINUS; break;
    case OP_MUL: op = GCC_JIT_BINARY_OP_MULT; break;
    case OP_BITAND: op = GCC_JIT_BINARY_OP_BITWISE_AND; break;
    case OP_BITOR: op = GCC_JIT_BINARY_OP_BITWISE_OR; break;
    case OP_BITXOR: op = GCC_JIT_BINARY_OP_BITWISE_XOR; break;
    case OP_LSHIFT: case OP_RSHIFT: lower_shift(l, F, in, p, a, b); return;
    default: lower_int_div(l, F, in, p, a, b, line); return;
    }
    /* wrapping arithmetic: compute in the unsigned type of the same width */
    assign(F, dest(F, in), cast(l, cast(l, binop(l, F, op, u, a, b), t), vt_type(l, destvt(F, in))));
}

static void lower_prim_unop(L *l, Fn *F, const IrInstr *in)
{
    ValType vt = argvt(F, in, 0);
    PrimKind p = VT_PRIM(vt);
    gcc_jit_type *t = l->t_prim[p];
    gcc_jit_rvalue *a = arg(F, in, 0), *r;
    switch (in->imm) {
    case UOP_NEG:
        r = p == P_DOUBLE
            ? gcc_jit_context_new_unary_op(l->ctx, F->loc, GCC_JIT_UNARY_OP_MINUS, t, a)
            : cast(l, gcc_jit_context_new_unary_op(l->ctx, F->loc, GCC_JIT_UNARY_OP_MINUS,
                                                   l->t_uprim[p], cast(l, a, l->t_uprim[p])), t);
        break;
    case UOP_INVERT:
        r = gcc_jit_context_new_unary_op(l->ctx, F->loc, GCC_JIT_UNARY_OP_BITWISE_NEGATE, t, a);
        break;
    case UOP_NOT:
        r = cast(l, cmp(l, F, GCC_JIT_COMPARISON_EQ, a, p == P_DOUBLE
                        ? gcc_jit_context_zero(l->ctx, t) : int_const(l, t, 0)), l->t_char);
        break;
    default: r = a; break;
    }
    assign(F, dest(F, in), cast(l, r, vt_type(l, destvt(F, in))));
}

static void lower_prim_compare(L *l, Fn *F, const IrInstr *in)
{
    static const enum gcc_jit_comparison ops[] = {
        [CMP_LT] = GCC_JIT_COMPARISON_LT, [CMP_LE] = GCC_JIT_COMPARISON_LE,
        [CMP_EQ] = GCC_JIT_COMPARISON_EQ, [CMP_NE] = GCC_JIT_COMPARISON_NE,
        [CMP_GT] = GCC_JIT_COMPARISON_GT, [CMP_GE] = GCC_JIT_COMPARISON_GE,
        [CMP_IS] = GCC_JIT_COMPARISON_EQ, [CMP_ISNOT] = GCC_JIT_COMPARISON_NE,
        [CMP_IN] = GCC_JIT_COMPARISON_EQ, [CMP_NOTIN] = GCC_JIT_COMPARISON_NE,
    };
    gcc_jit_type *t = vt_type(l, argvt(F, in, 0));
    gcc_jit_rvalue *c = cmp(l, F, ops[in->imm], arg(F, in, 0), cast(l, arg(F, in, 1), t));
    assign(F, dest(F, in), cast(l, c, l->t_char));
}

static void lower_prim_const(L *l, Fn *F, const IrInstr *in)
{
    ValType vt = destvt(F, in);
    gcc_jit_rvalue *r = vt == VT_OF_PRIM(P_DOUBLE)
        ? gcc_jit_context_new_rvalue_from_double(l->ctx, l->t_double, in->fimm)
        : int_const(l, vt_type(l, vt), in->imm);
    assign(F, dest(F, in), r);
}

/* ---- static classes: memory at fixed offsets, vtables (runtime/py_layout.h) ---- */

/* *(t *)((char *)base + offset) */
static gcc_jit_lvalue *mem_at(L *l, Fn *F, gcc_jit_rvalue *base, int offset, gcc_jit_type *t)
{
    gcc_jit_lvalue *byte = gcc_jit_context_new_array_access(l->ctx, F->loc, cast(l, base, l->t_charp),
                                                            i32(l, offset));
    gcc_jit_rvalue *addr = gcc_jit_lvalue_get_address(byte, F->loc);
    return gcc_jit_rvalue_dereference(cast(l, addr, gcc_jit_type_get_pointer(t)), F->loc);
}

static gcc_jit_lvalue *class_slot(L *l, int index)
{
    return gcc_jit_context_new_array_access(l->ctx, NULL, gcc_jit_lvalue_as_rvalue(l->classes),
                                            i32(l, index));
}

static IrField *field_of(L *l, const IrInstr *in)
{
    IrClass *c = VEC_AT(l->m->classes, IrClass, (int)in->imm);
    return VEC_AT(c->fields, IrField, (int)in->imm2);
}

static void lower_load_field(L *l, Fn *F, const IrInstr *in, int line)
{
    IrField *f = field_of(l, in);
    gcc_jit_lvalue *slot = mem_at(l, F, arg(F, in, 0), f->offset, vt_type(l, f->vt));
    if (f->vt != VT_OBJ) {
        assign(F, dest(F, in), cast(l, gcc_jit_lvalue_as_rvalue(slot), vt_type(l, destvt(F, in))));
        return;
    }
    assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(slot));
    raise_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, rv(F, in->dest), null_obj(l)),
             RTCALL(l, F, spc_rt_raise_unset_field, arg(F, in, 0), str(l, f->name)), line);
    F->sure_bool[in->dest] = f->unowned;
    if (!F->borrow[in->dest]) emit_incref(l, F, rv(F, in->dest));
}

/* Objects: the field takes its own reference; the old value is released last.  A bool
 * field (unowned) just takes the pointer, after making sure it is True or False. */
static void lower_store_field(L *l, Fn *F, const IrInstr *in, int line)
{
    IrField *f = field_of(l, in);
    gcc_jit_lvalue *slot = mem_at(l, F, arg(F, in, 0), f->offset, vt_type(l, f->vt));
    gcc_jit_rvalue *v = arg(F, in, 1);
    if (f->unowned && !F->sure_bool[in->args[1]])
        raise_if(l, F, both(l, F, cmp(l, F, GCC_JIT_COMPARISON_NE, v, addr_of(l->py_true)),
                                  cmp(l, F, GCC_JIT_COMPARISON_NE, v, addr_of(l->py_false))),
                 RTCALL(l, F, spc_rt_raise_not_bool_field, v, str(l, f->name)), line);
    if (f->vt != VT_OBJ || f->unowned) {
        assign(F, slot, cast(l, arg(F, in, 1), vt_type(l, f->vt)));
        return;
    }
    gcc_jit_lvalue *old = scratch(l, F, &F->s_old, l->t_obj, "s_old");
    emit_incref(l, F, arg(F, in, 1));
    assign(F, old, gcc_jit_lvalue_as_rvalue(slot));
    assign(F, slot, arg(F, in, 1));
    emit_decref(l, F, gcc_jit_lvalue_as_rvalue(old), true);
}

/* The byte of a bool_ret callee: as an object (True/False take a reference, code 3 is
 * the stashed object), or, fused with its only truth test (analyze_func), as the test's
 * outcome in aux with no object at all. */
static void bool_ret_result(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *call, int line)
{
    gcc_jit_lvalue *code = gcc_jit_function_new_local(F->fn, NULL, l->t_char,
        arena_printf(l->m->arena, "rc%d", in->dest));
    assign(F, code, call);
    gcc_jit_rvalue *c = gcc_jit_lvalue_as_rvalue(code);
    gcc_jit_block *other = new_block(F), *done = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_LT, c, int_const(l, l->t_char, 2)), done, other);
    F->cur = other;
    error_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, c, int_const(l, l->t_char, 2)), line);
    if (in->dest >= 0 && F->fused[in->dest]) {
        assign(F, code, RTCALL0(l, F, spc_rt_ret_take_truth));
        error_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, c, int_const(l, l->t_char, 2)), line);
        jump(F, done);
        F->cur = done;
        F->aux[in->dest] = code;
        return;
    }
    gcc_jit_lvalue *t = in->dest >= 0 ? dest(F, in) : scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
    assign(F, t, RTCALL0(l, F, spc_rt_ret_take));
    gcc_jit_block *join = new_block(F);
    jump(F, join);
    F->cur = done;
    select_into(l, F, t, cmp(l, F, GCC_JIT_COMPARISON_NE, c, int_const(l, l->t_char, 0)),
                addr_of(l->py_true), addr_of(l->py_false));
    emit_incref(l, F, gcc_jit_lvalue_as_rvalue(t));
    jump(F, join);
    F->cur = join;
    if (in->dest < 0) emit_decref(l, F, gcc_jit_lvalue_as_rvalue(t), false);
}

/* Result handling shared by INVOKE_FUNCTION and INVOKE_METHOD (errors per ir.h). */
static void invoke_result(L *l, Fn *F, const IrInstr *in, IrFunc *callee, gcc_jit_rvalue *call,
                          int line)
{
    /* The Python-facing entry and its native function are one frame for tracebacks. */
    if (F->f->kind == IRF_PY_ENTRY) line = 0;
    if (callee->bool_ret) {
        bool_ret_result(l, F, in, call, line);
        return;
    }
    if (callee->ret == VT_OBJ) {
        obj_result(l, F, in, call, line);
        return;
    }
    gcc_jit_lvalue *t;
    if (in->dest >= 0) {
        t = dest(F, in);
    } else {
        t = gcc_jit_function_new_local(F->fn, NULL, vt_type(l, callee->ret), "s_ret");
    }
    assign(F, t, cast(l, call, gcc_jit_rvalue_get_type(gcc_jit_lvalue_as_rvalue(t))));
    check_prim(l, F, gcc_jit_lvalue_as_rvalue(t), callee->ret, line);
}

static gcc_jit_rvalue **invoke_args(L *l, Fn *F, const IrInstr *in, IrFunc *callee)
{
    gcc_jit_rvalue **args = ARENA_ARRAY(l->m->arena, gcc_jit_rvalue *, in->nargs + 1);
    for (int i = 0; i < in->nargs; i++)
        args[i] = cast(l, arg(F, in, i), vt_type(l, VEC_AT(callee->values, IrValue, i)->vt));
    return args;
}

static void lower_invoke(L *l, Fn *F, const IrInstr *in, int line)
{
    IrFunc *callee = VEC_AT(l->m->funcs, IrFunc, in->func);
    gcc_jit_rvalue *call = gcc_jit_context_new_call(l->ctx, F->loc, l->fns[in->func], in->nargs,
                                                    invoke_args(l, F, in, callee));
    invoke_result(l, F, in, callee, call, line);
}

/* ((SpcVtable *)Py_TYPE(recv)->tp_cache)->slots[imm](args...) with func's signature */
static void lower_invoke_method(L *l, Fn *F, const IrInstr *in, int line)
{
    IrFunc *callee = VEC_AT(l->m->funcs, IrFunc, in->func);
    gcc_jit_type **pt = ARENA_ARRAY(l->m->arena, gcc_jit_type *, callee->nparams + 1);
    for (int i = 0; i < callee->nparams; i++)
        pt[i] = vt_type(l, VEC_AT(callee->values, IrValue, i)->vt);
    gcc_jit_type *fnptr = gcc_jit_context_new_function_ptr_type(l->ctx, NULL,
        vt_type(l, c_ret(callee)), callee->nparams, pt, 0);
    gcc_jit_rvalue *type = gcc_jit_lvalue_as_rvalue(mem_at(l, F, arg(F, in, 0), SPC_OFF_TYPE, l->t_voidp));
    gcc_jit_rvalue *vt = gcc_jit_lvalue_as_rvalue(mem_at(l, F, type, SPC_OFF_TP_CACHE, l->t_voidp));
    gcc_jit_rvalue *fp = gcc_jit_lvalue_as_rvalue(
        mem_at(l, F, vt, SPC_OFF_VTABLE_SLOTS + 8 * (int)in->imm, fnptr));
    gcc_jit_rvalue *call = gcc_jit_context_new_call_through_ptr(l->ctx, F->loc, fp, in->nargs,
                                                                invoke_args(l, F, in, callee));
    invoke_result(l, F, in, callee, call, line);
}

/* MAKE_CLASS's layout spec (format: runtime/rt_class.c). */
static const char *class_spec(L *l, const IrClass *c)
{
    Arena *a = l->m->arena;
    const char *s = arena_printf(a, "%s %s %d %d %d %d %d %d %d %d\n", c->name,
                                 c->qualname ? c->qualname : c->name, c->basicsize, c->is_final,
                                 c->base >= 0, c->fields.len, c->nslots, c->nfinal, c->weaklist_offset,
                                 c->dict_offset);
    for (int i = 0; i < c->fields.len; i++) {
        IrField *f = VEC_AT(c->fields, IrField, i);
        s = arena_printf(a, "%sF %s %d %d %d %d %s\n", s, f->name,
                         f->vt != VT_OBJ ? (int)VT_PRIM(f->vt) : f->unowned ? SPC_FIELD_BOOL : SPC_FIELD_OBJ,
                         f->offset, f->inherited,
                         f->has_default, f->vt == VT_OBJ ? type_desc(l, f->type) : "*");
    }
    for (int i = 0; i < c->nslots; i++) s = arena_printf(a, "%sS %s\n", s, c->slot_names[i]);
    for (int i = 0; i < c->nfinal; i++) s = arena_printf(a, "%sX %s\n", s, c->final_names[i]);
    return s;
}

/* void *name[n] = { &fn0, &fn1, ... }  (as a local; NULL when n == 0; a -1 entry is NULL) */
static gcc_jit_rvalue *fn_table(L *l, Fn *F, const int *funcs, int n, const char *name)
{
    if (n == 0) return gcc_jit_context_null(l->ctx, l->t_voidp);
    gcc_jit_lvalue *arr = gcc_jit_function_new_local(F->fn, NULL,
        gcc_jit_context_new_array_type(l->ctx, NULL, l->t_voidp, n), name);
    for (int i = 0; i < n; i++)
        assign(F, gcc_jit_context_new_array_access(l->ctx, F->loc, gcc_jit_lvalue_as_rvalue(arr), i32(l, i)),
               funcs[i] < 0 ? gcc_jit_context_null(l->ctx, l->t_voidp)
                            : cast(l, gcc_jit_function_get_address(l->fns[funcs[i]], F->loc), l->t_voidp));
    return cast(l, gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(
        l->ctx, F->loc, gcc_jit_lvalue_as_rvalue(arr), i32(l, 0)), F->loc), l->t_voidp);
}

static void lower_make_class(L *l, Fn *F, const IrInstr *in, int line)
{
    IrClass *c = VEC_AT(l->m->classes, IrClass, (int)in->imm);
    gcc_jit_rvalue *ops = in->nargs ? fill_args(l, F, in, 0, 0) : gcc_jit_context_null(l->ctx, l->t_objp);
    gcc_jit_rvalue *impls = fn_table(l, F, c->slot_impl, c->nslots,
                                     arena_printf(l->m->arena, "impls%d", c->index));
    gcc_jit_rvalue *thunks = fn_table(l, F, c->slot_thunk, c->nslots,
                                      arena_printf(l->m->arena, "thunks%d", c->index));
    obj_result(l, F, in, RTCALL(l, F, spc_rt_make_class,
        gcc_jit_lvalue_get_address(class_slot(l, c->index), F->loc), str(l, class_spec(l, c)),
        ops, i32(l, in->nargs), impls, thunks), line);
}

/* ---- checked containers and fast sequence access ---- */

enum { SIZE_VAR, SIZE_DICT, SIZE_SET, SIZE_STR, SIZE_CALL };
static int size_kind(int seq)
{
    switch (seq) {
    case SEQ_LIST: case SEQ_TUPLE: case SEQ_CHECKED_LIST: case SEQ_ARRAY_INT64: return SIZE_VAR;
    case SEQ_DICT: case SEQ_CHECKED_DICT: return SIZE_DICT;
    case SEQ_SET: return SIZE_SET;
    case SEQ_STR: return SIZE_STR;
    default: return SIZE_CALL;
    }
}

/* The builtin class of a receiver kind whose static type admits subclasses (list,
 * tuple, dict, set, str: CinderX's FAST_LEN_INEXACT / SEQ_LIST_INEXACT): the inline
 * paths hold for that exact class only, a subclass may override __len__/__getitem__. */
static gcc_jit_lvalue *inexact_base(L *l, int seq)
{
    switch (seq) {
    case SEQ_LIST: return l->list_type;
    case SEQ_TUPLE: return l->tuple_type;
    case SEQ_DICT: return l->dict_type;
    case SEQ_SET: return l->set_type;
    case SEQ_STR: return l->str_type;
    default: return NULL;
    }
}

static gcc_jit_rvalue *is_type(L *l, Fn *F, gcc_jit_rvalue *o, gcc_jit_lvalue *type);

/* For an inexact receiver kind: if (type(o) is exact) continue here, else go to a new
 * block returned in *slow (NULL when the kind is exact: no test). */
static void guard_exact(L *l, Fn *F, gcc_jit_rvalue *o, int seq, gcc_jit_block **slow)
{
    gcc_jit_lvalue *t = inexact_base(l, seq);
    *slow = NULL;
    if (!t) return;
    gcc_jit_block *fast = new_block(F);
    *slow = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, is_type(l, F, o, t), fast, *slow);
    F->cur = fast;
}

static void fast_len_call(L *l, Fn *F, const IrInstr *in, int line)
{
    assign(F, dest(F, in), cast(l, RTCALL(l, F, spc_rt_len, arg(F, in, 0)), vt_type(l, destvt(F, in))));
    check_prim(l, F, rv(F, in->dest), destvt(F, in), line);
}

static void lower_fast_len(L *l, Fn *F, const IrInstr *in, int line)
{
    static const int offs[] = { [SIZE_VAR] = SPC_OFF_VAR_SIZE, [SIZE_DICT] = SPC_OFF_DICT_USED,
                                [SIZE_SET] = SPC_OFF_SET_USED, [SIZE_STR] = SPC_OFF_STR_LENGTH };
    int k = size_kind((int)in->imm);
    if (k == SIZE_CALL) {
        fast_len_call(l, F, in, line);
        return;
    }
    gcc_jit_block *slow, *join = new_block(F);
    guard_exact(l, F, arg(F, in, 0), (int)in->imm, &slow);
    assign(F, dest(F, in), cast(l, gcc_jit_lvalue_as_rvalue(mem_at(l, F, arg(F, in, 0), offs[k], l->t_i64)),
                                vt_type(l, destvt(F, in))));
    jump(F, join);
    if (slow) {
        F->cur = slow;
        fast_len_call(l, F, in, line);
        jump(F, join);
    }
    F->cur = join;
}

static bool seq_inline(int seq, bool store)
{
    return seq == SEQ_LIST || seq == SEQ_CHECKED_LIST || seq == SEQ_ARRAY_INT64 ||
           (!store && seq == SEQ_TUPLE);
}

/* s_idx = i < 0 ? i + len : i; IndexError unless 0 <= s_idx < len. Returns s_idx. */
static gcc_jit_rvalue *checked_index(L *l, Fn *F, const IrInstr *in, bool store, int line)
{
    gcc_jit_lvalue *idx = scratch(l, F, &F->s_idx, l->t_i64, "s_idx");
    gcc_jit_rvalue *len = gcc_jit_lvalue_as_rvalue(mem_at(l, F, arg(F, in, 0), SPC_OFF_VAR_SIZE, l->t_i64));
    assign(F, idx, cast(l, arg(F, in, 1), l->t_i64));
    gcc_jit_block *neg = new_block(F), *join = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_LT, gcc_jit_lvalue_as_rvalue(idx), int_const(l, l->t_i64, 0)), neg, join);
    gcc_jit_block_add_assignment_op(neg, F->loc, idx, GCC_JIT_BINARY_OP_PLUS, len);
    gcc_jit_block_end_with_jump(neg, F->loc, join);
    F->cur = join;
    raise_if(l, F, cmp(l, F, GCC_JIT_COMPARISON_GE, cast(l, gcc_jit_lvalue_as_rvalue(idx), l->t_u64),
                       cast(l, len, l->t_u64)),
             RTCALL(l, F, spc_rt_raise_index_error, i32(l, (int)in->imm), i32(l, store)), line);
    return gcc_jit_lvalue_as_rvalue(idx);
}

/* &items[0] of a list (ob_item), a tuple (inline) or an Array[int64] (inline). */
static gcc_jit_rvalue *items_of(L *l, Fn *F, const IrInstr *in, gcc_jit_type *elem)
{
    int seq = (int)in->imm;
    if (seq == SEQ_LIST || seq == SEQ_CHECKED_LIST)
        return gcc_jit_lvalue_as_rvalue(mem_at(l, F, arg(F, in, 0), SPC_OFF_LIST_ITEMS,
                                               gcc_jit_type_get_pointer(elem)));
    int off = seq == SEQ_TUPLE ? SPC_OFF_TUPLE_ITEMS : SPC_OFF_ARRAY_ITEMS;
    return gcc_jit_lvalue_get_address(mem_at(l, F, arg(F, in, 0), off, elem), F->loc);
}

static void lower_sequence_get(L *l, Fn *F, const IrInstr *in, int line)
{
    int seq = (int)in->imm;
    if (!seq_inline(seq, false)) {
        obj_result(l, F, in, RTCALL(l, F, spc_rt_sequence_get, arg(F, in, 0),
                                    cast(l, arg(F, in, 1), l->t_i64), i32(l, seq)), line);
        return;
    }
    gcc_jit_block *slow, *join = new_block(F);
    guard_exact(l, F, arg(F, in, 0), seq, &slow);
    gcc_jit_rvalue *i = checked_index(l, F, in, false, line);
    gcc_jit_type *elem = seq == SEQ_ARRAY_INT64 ? l->t_i64 : l->t_obj;
    gcc_jit_lvalue *item = gcc_jit_context_new_array_access(l->ctx, F->loc, items_of(l, F, in, elem), i);
    assign(F, dest(F, in), cast(l, gcc_jit_lvalue_as_rvalue(item), vt_type(l, destvt(F, in))));
    if (destvt(F, in) == VT_OBJ) emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    if (slow) {   /* a subclass: its __getitem__ (runtime/rt_types.c) */
        F->cur = slow;
        obj_result(l, F, in, RTCALL(l, F, spc_rt_sequence_get, arg(F, in, 0),
                                    cast(l, arg(F, in, 1), l->t_i64), i32(l, seq)), line);
        jump(F, join);
    }
    F->cur = join;
}

/* item = v for a container slot that holds a reference: the new value in, then the
 * old one released (maybe_null: an unset slot may hold NULL). */
static void replace_item(L *l, Fn *F, gcc_jit_lvalue *item, gcc_jit_rvalue *v, bool maybe_null)
{
    gcc_jit_lvalue *old = scratch(l, F, &F->s_old, l->t_obj, "s_old");
    emit_incref(l, F, v);
    assign(F, old, gcc_jit_lvalue_as_rvalue(item));
    assign(F, item, v);
    emit_decref(l, F, gcc_jit_lvalue_as_rvalue(old), maybe_null);
}

static void lower_sequence_set(L *l, Fn *F, const IrInstr *in, int line)
{
    int seq = (int)in->imm;
    if (!seq_inline(seq, true)) {
        check_neg(l, F, RTCALL(l, F, spc_rt_sequence_set, arg(F, in, 0), cast(l, arg(F, in, 1), l->t_i64),
                               arg(F, in, 2), i32(l, seq)), line);
        return;
    }
    gcc_jit_block *slow, *join = new_block(F);
    guard_exact(l, F, arg(F, in, 0), seq, &slow);
    gcc_jit_rvalue *i = checked_index(l, F, in, true, line);
    gcc_jit_type *elem = seq == SEQ_ARRAY_INT64 ? l->t_i64 : l->t_obj;
    gcc_jit_lvalue *item = gcc_jit_context_new_array_access(l->ctx, F->loc, items_of(l, F, in, elem), i);
    if (seq == SEQ_ARRAY_INT64) {
        assign(F, item, cast(l, arg(F, in, 2), l->t_i64));
    } else {
        replace_item(l, F, item, arg(F, in, 2), true);
    }
    jump(F, join);
    if (slow) {   /* a subclass: its __setitem__ (runtime/rt_types.c) */
        F->cur = slow;
        check_neg(l, F, RTCALL(l, F, spc_rt_sequence_set, arg(F, in, 0), cast(l, arg(F, in, 1), l->t_i64),
                               arg(F, in, 2), i32(l, seq)), line);
        jump(F, join);
    }
    F->cur = join;
}

static gcc_jit_rvalue *both(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b);

/* LIST_APPEND with room left (ob_size < allocated) on an exact list or a CheckedList
 * whose element is proved: store inline, as PyList_Append does; else the runtime. */
static void lower_list_append(L *l, Fn *F, const IrInstr *in, int line)
{
    int seq = (int)in->imm;
    gcc_jit_rvalue *o = arg(F, in, 0), *v = arg(F, in, 1);
    gcc_jit_rvalue *call = RTCALL(l, F, spc_rt_list_append, o, v, i32(l, seq));
    if (seq != SEQ_LIST && seq != SEQ_CHECKED_LIST) {
        check_neg(l, F, call, line);
        return;
    }
    gcc_jit_lvalue *size = mem_at(l, F, o, SPC_OFF_VAR_SIZE, l->t_i64);
    gcc_jit_rvalue *room = cmp(l, F, GCC_JIT_COMPARISON_LT, gcc_jit_lvalue_as_rvalue(size),
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_LIST_ALLOCATED, l->t_i64)));
    if (seq == SEQ_LIST)
        room = both(l, F, cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, o),
                              cast(l, gcc_jit_lvalue_get_address(l->list_type, NULL), l->t_voidp)), room);
    gcc_jit_block *fast = new_block(F), *slow = new_block(F), *join = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, room, fast, slow);
    F->cur = fast;
    gcc_jit_rvalue *items = gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_LIST_ITEMS, l->t_objp));
    emit_incref(l, F, v);
    assign(F, gcc_jit_context_new_array_access(l->ctx, F->loc, items, gcc_jit_lvalue_as_rvalue(size)), v);
    gcc_jit_block_add_assignment_op(F->cur, F->loc, size, GCC_JIT_BINARY_OP_PLUS, int_const(l, l->t_i64, 1));
    jump(F, join);
    F->cur = slow;
    check_neg(l, F, call, line);
    jump(F, join);
    F->cur = join;
}

static void lower_build_checked(L *l, Fn *F, const IrInstr *in, int line)
{
    const char *d = type_desc(l, in->type);
    gcc_jit_rvalue *items = in->nargs ? fill_args(l, F, in, 0, 0) : gcc_jit_context_null(l->ctx, l->t_objp);
    if (in->op == IR_BUILD_CHECKED_LIST)
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_checked_list, type_slot_addr(l, F, d), str(l, d),
                                    items, int_const(l, l->t_i64, in->nargs)), line);
    else
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_checked_map, type_slot_addr(l, F, d), str(l, d),
                                    items, int_const(l, l->t_i64, in->nargs / 2)), line);
}

static void lower_build_class(L *l, Fn *F, const IrInstr *in, int line)
{
    IrConst *name = VEC_AT(l->m->consts, IrConst, in->cidx);
    const char *s = name->s ? name->s : "";
    if (in->op == IR_PREPARE_CLASS)
        obj_result(l, F, in, RTCALL(l, F, spc_rt_prepare_class, arg(F, in, 0),
                                    in->nargs > 1 ? arg(F, in, 1) : null_obj(l), str(l, s)), line);
    else
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_class, arg(F, in, 0), arg(F, in, 1), str(l, s)), line);
}

/* ---- inline fast paths of dynamic ops ---- */

static gcc_jit_rvalue *addr_of(gcc_jit_lvalue *g) { return gcc_jit_lvalue_get_address(g, NULL); }
static gcc_jit_rvalue *type_of(L *l, Fn *F, gcc_jit_rvalue *o)
{
    return gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_TYPE, l->t_voidp));
}
static gcc_jit_rvalue *both(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b)
{
    return gcc_jit_context_new_binary_op(l->ctx, F->loc, GCC_JIT_BINARY_OP_LOGICAL_AND, l->t_bool, a, b);
}
static gcc_jit_rvalue *either(L *l, Fn *F, gcc_jit_rvalue *a, gcc_jit_rvalue *b)
{
    return gcc_jit_context_new_binary_op(l->ctx, F->loc, GCC_JIT_BINARY_OP_LOGICAL_OR, l->t_bool, a, b);
}

/* if (cond) { dest = fast; INCREF(dest) } else { dest = slow call; NULL: error } */
static void obj_fast_or_call(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *cond,
                             gcc_jit_rvalue *fast, gcc_jit_rvalue *call, int line)
{
    gcc_jit_block *hit = new_block(F), *miss = new_block(F), *join = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cond, hit, miss);
    F->cur = hit;
    assign(F, dest(F, in), fast);
    emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    F->cur = miss;
    obj_result(l, F, in, call, line);
    jump(F, join);
    F->cur = join;
}

/* LOAD_GLOBAL: the name's cache while the module and builtins dicts keep the versions
 * it was filled at (runtime/spc_rt.h SpcGlobalCache), else the runtime lookup. */
static void lower_load_global(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_lvalue *c = gcc_jit_context_new_array_access(l->ctx, F->loc,
        gcc_jit_lvalue_as_rvalue(l->gcache), i32(l, l->gcache_of[in->cidx]));
    gcc_jit_rvalue *gv = gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(l->g_globals),
                                                         SPC_OFF_DICT_VERSION, l->t_u64));
    gcc_jit_rvalue *bv = gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(l->g_builtins),
                                                         SPC_OFF_DICT_VERSION, l->t_u64));
    gcc_jit_rvalue *ok = both(l, F,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(c, F->loc, l->gc_gver)), gv),
        cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(c, F->loc, l->gc_bver)), bv));
    obj_fast_or_call(l, F, in, ok,
                     gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(c, F->loc, l->gc_value)),
                     RTCALL(l, F, spc_rt_load_global_cached, const_rv(l, in->cidx),
                            cast(l, gcc_jit_lvalue_get_address(c, F->loc), l->t_voidp)), line);
}

/* The site cache's entry for o's type (runtime/rt_attrcache.c; every way compared
 * inline, so polymorphic sites hit too) when its version tag is current: continues in a
 * block where the returned local points at the entry; otherwise jumps to slow. *tp_out:
 * a local holding the type. */
static gcc_jit_lvalue *cache_entry(L *l, Fn *F, gcc_jit_rvalue *o, gcc_jit_rvalue *cache,
                                   gcc_jit_block *slow, gcc_jit_lvalue **tp_out)
{
    int id = l->acache_used;
    gcc_jit_lvalue *tp = gcc_jit_function_new_local(F->fn, NULL, l->t_voidp, arena_printf(l->m->arena, "atp%d", id));
    gcc_jit_lvalue *ent = gcc_jit_function_new_local(F->fn, NULL, l->t_charp, arena_printf(l->m->arena, "aent%d", id));
    assign(F, tp, type_of(l, F, o));
    gcc_jit_block *found = new_block(F);
    for (int i = 0; i < SPC_ATTR_NWAYS; i++) {
        gcc_jit_rvalue *e = gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(l->ctx, F->loc,
            cast(l, cache, l->t_charp), i32(l, i * SPC_ATTR_ENTRY_SIZE)), F->loc);
        gcc_jit_block *hit = new_block(F), *next = i + 1 < SPC_ATTR_NWAYS ? new_block(F) : slow;
        gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ,
            gcc_jit_lvalue_as_rvalue(mem_at(l, F, e, 0, l->t_voidp)), gcc_jit_lvalue_as_rvalue(tp)), hit, next);
        F->cur = hit;
        assign(F, ent, e);
        jump(F, found);
        F->cur = next;
    }
    F->cur = found;
    gcc_jit_rvalue *e = gcc_jit_lvalue_as_rvalue(ent);
    gcc_jit_block *current = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ,
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, e, SPC_OFF_ATTR_VERSION, l->t_prim[P_UINT32])),
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(tp), SPC_OFF_TP_VERSION, l->t_prim[P_UINT32]))),
        current, slow);
    F->cur = current;
    *tp_out = tp;
    return ent;
}

/* Continues in a new block when the entry's kind is k, else in `no`. */
static void if_kind(L *l, Fn *F, gcc_jit_lvalue *ent, int k, gcc_jit_block *no)
{
    gcc_jit_block *yes = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ,
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(ent), SPC_OFF_ATTR_KIND, l->t_prim[P_INT32])),
        gcc_jit_context_new_rvalue_from_int(l->ctx, l->t_prim[P_INT32], k)), yes, no);
    F->cur = yes;
}

/* Continues in a new block when cond holds, else in `no`. */
static void if_true(Fn *F, gcc_jit_rvalue *cond, gcc_jit_block *no)
{
    gcc_jit_block *yes = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cond, yes, no);
    F->cur = yes;
}

/* An instance value (kind K_VALUE): continues where the returned lvalue is the value's
 * slot in the object's values array; jumps to no when it has none. */
static gcc_jit_lvalue *values_slot(L *l, Fn *F, gcc_jit_rvalue *o, gcc_jit_lvalue *ent, gcc_jit_block *no)
{
    gcc_jit_lvalue *vals = gcc_jit_function_new_local(F->fn, NULL, l->t_objp,
        arena_printf(l->m->arena, "avals%d", l->acache_used));
    assign(F, vals, gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_OBJ_VALUES, l->t_objp)));
    if_true(F, cmp(l, F, GCC_JIT_COMPARISON_NE, gcc_jit_lvalue_as_rvalue(vals), gcc_jit_context_null(l->ctx, l->t_objp)), no);
    return gcc_jit_context_new_array_access(l->ctx, F->loc, gcc_jit_lvalue_as_rvalue(vals),
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(ent), SPC_OFF_ATTR_INDEX, l->t_i64)));
}

/* LOAD_ATTR from the site cache inline: an instance value (K_VALUE) or an object field at
 * a fixed offset (K_FIELD) that is present is the result; else the runtime. */
static void load_value_inline(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *cache, int line)
{
    gcc_jit_rvalue *o = arg(F, in, 0);
    gcc_jit_block *hit = new_block(F), *slow = new_block(F), *join = new_block(F);
    gcc_jit_block *field = new_block(F), *got = new_block(F);
    gcc_jit_lvalue *tp;
    gcc_jit_lvalue *ent = cache_entry(l, F, o, cache, slow, &tp);
    if_kind(l, F, ent, SPC_ATTR_K_VALUE, field);
    assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(values_slot(l, F, o, ent, slow)));
    jump(F, got);
    F->cur = field;
    if_kind(l, F, ent, SPC_ATTR_K_FIELD, slow);
    gcc_jit_lvalue *at = gcc_jit_context_new_array_access(l->ctx, F->loc, cast(l, o, l->t_charp),
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(ent), SPC_OFF_ATTR_INDEX, l->t_i64)));
    assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
        cast(l, gcc_jit_lvalue_get_address(at, F->loc), l->t_objp), F->loc)));
    jump(F, got);
    F->cur = got;
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_NE, rv(F, in->dest), null_obj(l)), hit, slow);
    F->cur = hit;
    emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    F->cur = slow;
    obj_result(l, F, in, RTCALL(l, F, spc_rt_load_attr_cached, o, const_rv(l, in->cidx), cache), line);
    jump(F, join);
    F->cur = join;
}

/* STORE_ATTR of an instance value that is present: replaced in place (the insertion
 * order is unchanged, as spc_rt_store_attr_cached does); else the runtime. */
static void store_value_inline(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *cache, int line)
{
    gcc_jit_rvalue *o = arg(F, in, 0), *v = arg(F, in, 1);
    gcc_jit_block *hit = new_block(F), *slow = new_block(F), *join = new_block(F);
    gcc_jit_lvalue *old = gcc_jit_function_new_local(F->fn, NULL, l->t_obj,
        arena_printf(l->m->arena, "aold%d", l->acache_used));
    gcc_jit_lvalue *tp;
    gcc_jit_lvalue *ent = cache_entry(l, F, o, cache, slow, &tp);
    if_kind(l, F, ent, SPC_ATTR_K_VALUE, slow);
    gcc_jit_lvalue *slot = values_slot(l, F, o, ent, slow);
    assign(F, old, gcc_jit_lvalue_as_rvalue(slot));
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_NE, gcc_jit_lvalue_as_rvalue(old), null_obj(l)), hit, slow);
    F->cur = hit;
    emit_incref(l, F, v);
    assign(F, slot, v);
    emit_decref(l, F, gcc_jit_lvalue_as_rvalue(old), false);
    jump(F, join);
    F->cur = slow;
    check_neg(l, F, RTCALL(l, F, spc_rt_store_attr_cached, o, const_rv(l, in->cidx), v, cache), line);
    jump(F, join);
    F->cur = join;
}

/* LOAD_METHOD from the site cache inline (spc_rt_load_method_cached's hit): the method
 * found on the type, with the object as self, when instances have no dict
 * (K_METHOD_NO_DICT) or the object's values still use the shared keys seen at fill time,
 * none of them the name (K_METHOD_VALUES); else the runtime. */
static void load_method_inline(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *cache, gcc_jit_lvalue *self, int line)
{
    gcc_jit_rvalue *o = arg(F, in, 0);
    gcc_jit_block *hit = new_block(F), *slow = new_block(F), *join = new_block(F), *values = new_block(F);
    gcc_jit_lvalue *tp;
    gcc_jit_lvalue *ent = cache_entry(l, F, o, cache, slow, &tp);
    gcc_jit_rvalue *e = gcc_jit_lvalue_as_rvalue(ent);
    if_kind(l, F, ent, SPC_ATTR_K_METHOD_NO_DICT, values);
    jump(F, hit);
    F->cur = values;
    if_kind(l, F, ent, SPC_ATTR_K_METHOD_VALUES, slow);
    gcc_jit_rvalue *nullp = gcc_jit_context_null(l->ctx, l->t_voidp);
    if_true(F, cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_OBJ_DICT, l->t_voidp)), nullp), slow);
    if_true(F, cmp(l, F, GCC_JIT_COMPARISON_NE, gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_OBJ_VALUES, l->t_voidp)), nullp), slow);
    gcc_jit_rvalue *keys = gcc_jit_lvalue_as_rvalue(mem_at(l, F, e, SPC_OFF_ATTR_KEYS, l->t_voidp));
    if_true(F, cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(mem_at(l, F, gcc_jit_lvalue_as_rvalue(tp),
        SPC_OFF_HT_CACHED_KEYS, l->t_voidp)), keys), slow);
    /* the keys are the type's (alive) before they are read */
    if_true(F, cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(mem_at(l, F, keys, SPC_OFF_KEYS_NENTRIES, l->t_i64)),
        gcc_jit_lvalue_as_rvalue(mem_at(l, F, e, SPC_OFF_ATTR_NENTRIES, l->t_i64))), slow);
    jump(F, hit);
    F->cur = hit;
    assign(F, self, o);
    emit_incref(l, F, o);
    assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(mem_at(l, F, e, SPC_OFF_ATTR_DESCR, l->t_obj)));
    emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    F->cur = slow;
    obj_result(l, F, in, RTCALL(l, F, spc_rt_load_method_cached, o, const_rv(l, in->cidx),
                                gcc_jit_lvalue_get_address(self, F->loc), cache), line);
    jump(F, join);
    F->cur = join;
}

/* LOAD_ATTR only called (analyze_func): CPython's LOAD_METHOD; aux holds the self. */
static void lower_load_attr(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_rvalue *cache = next_attr_cache(l);
    if (!F->meth[in->dest] && cache) {
        load_value_inline(l, F, in, cache, line);
        return;
    }
    if (!F->meth[in->dest]) {
        obj_result(l, F, in, RTCALL(l, F, spc_rt_load_attr, arg(F, in, 0), const_rv(l, in->cidx)), line);
        return;
    }
    gcc_jit_lvalue *self = F->aux[in->dest] = gcc_jit_function_new_local(F->fn, NULL, l->t_obj,
        arena_printf(l->m->arena, "mself%d", in->dest));
    gcc_jit_rvalue *self_addr = gcc_jit_lvalue_get_address(self, F->loc);
    if (cache) {
        load_method_inline(l, F, in, cache, self, line);
        return;
    }
    obj_result(l, F, in, RTCALL(l, F, spc_rt_load_method, arg(F, in, 0), const_rv(l, in->cidx), self_addr), line);
}

/* A method that is a compiled function (this module's SpcFunction_Type) is entered
 * directly: its py entry with (function, args, nargs, kwnames), as its vectorcall would
 * (the self, if any, in callargs[0] before the arguments). */
static void call_entry_direct(L *l, Fn *F, const IrInstr *in, gcc_jit_lvalue *t, gcc_jit_block *slow)
{
    gcc_jit_rvalue *m = arg(F, in, 0), *self = gcc_jit_lvalue_as_rvalue(F->aux[in->args[0]]);
    gcc_jit_block *isfn = new_block(F), *bound = new_block(F), *plain = new_block(F), *join = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, m),
        cast(l, addr_of(l->func_type), l->t_voidp)), isfn, slow);
    F->cur = isfn;
    gcc_jit_rvalue *entry = gcc_jit_lvalue_as_rvalue(mem_at(l, F, m, SPC_OFF_FUNC_ENTRY, l->t_entry));
    gcc_jit_rvalue *arr = gcc_jit_lvalue_as_rvalue(F->callargs);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_NE, self, null_obj(l)),
                                       bound, plain);
    for (int withself = 1; withself >= 0; withself--) {
        F->cur = withself ? bound : plain;
        if (withself) assign(F, gcc_jit_context_new_array_access(l->ctx, F->loc, arr, i32(l, 0)), self);
        gcc_jit_rvalue *cargs[4] = { m, gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(
                                         l->ctx, F->loc, arr, i32(l, withself ? 0 : 1)), F->loc),
                                     int_const(l, l->t_i64, in->imm + withself), const_rv(l, in->cidx) };
        assign(F, t, gcc_jit_context_new_call_through_ptr(l->ctx, F->loc, entry, 4, cargs));
        jump(F, join);
    }
    F->cur = join;
}

/* CALL of a method site: the self (if any) goes in front of the arguments, then is
 * released whatever the outcome. */
static void lower_call_method(L *l, Fn *F, const IrInstr *in, int line)
{
    int m = in->args[0];
    gcc_jit_lvalue *t = in->dest >= 0 ? dest(F, in) : scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
    gcc_jit_rvalue *self = gcc_jit_lvalue_as_rvalue(F->aux[m]);
    gcc_jit_rvalue *args = fill_args(l, F, in, 1, 1);
    gcc_jit_rvalue *nargsf = int_const(l, l->t_i64, in->imm | PY_VECTORCALL_OFFSET_BIT);
    gcc_jit_block *slow = new_block(F), *join = new_block(F);
    if (in->cidx < 0) {   /* a bound compiled function: its native, self first (fast_call) */
        gcc_jit_rvalue **a = ARENA_ARRAY(l->m->arena, gcc_jit_rvalue *, in->nargs);
        a[0] = self;
        for (int i = 1; i < in->nargs; i++) a[i] = arg(F, in, i);
        gcc_jit_block *fslow;
        gcc_jit_block *fjoin = fast_call(l, F, arg(F, in, 0), cmp(l, F, GCC_JIT_COMPARISON_NE, self, null_obj(l)),
                                         a, in->nargs, t, &fslow);
        gcc_jit_block_end_with_jump(fjoin, F->loc, join);
    }
    call_entry_direct(l, F, in, t, slow);
    jump(F, join);
    F->cur = slow;
    assign(F, t, RTCALL(l, F, spc_rt_call_method, arg(F, in, 0), self, args, nargsf,
                        const_rv(l, in->cidx)));
    jump(F, join);
    F->cur = join;
    emit_decref(l, F, self, true);
    F->held_self[m] = 0;
    check_null(l, F, gcc_jit_lvalue_as_rvalue(t), line);
    if (in->dest < 0) emit_decref(l, F, gcc_jit_lvalue_as_rvalue(t), false);
}

/* `is` / `is not`: a pointer comparison; only tested (analyze_func): a cbool in aux. */
static void lower_identity(L *l, Fn *F, const IrInstr *in)
{
    gcc_jit_rvalue *c = cmp(l, F, in->imm == CMP_IS ? GCC_JIT_COMPARISON_EQ : GCC_JIT_COMPARISON_NE,
                            arg(F, in, 0), arg(F, in, 1));
    if (F->fused[in->dest]) {
        F->aux[in->dest] = gcc_jit_function_new_local(F->fn, NULL, l->t_char,
            arena_printf(l->m->arena, "isc%d", in->dest));
        assign(F, F->aux[in->dest], cast(l, c, l->t_char));
        return;
    }
    select_into(l, F, dest(F, in), c, addr_of(l->py_true), addr_of(l->py_false));
    emit_incref(l, F, rv(F, in->dest));
}

/* A comparison only tested (analyze_func): its truth as an int from the runtime, kept
 * in aux as a cbool, without a bool object. */
static void lower_compare_tested(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_lvalue *t = scratch(l, F, &F->s_int, l->t_int, "s_int");
    assign(F, t, RTCALL(l, F, spc_rt_compare_bool, arg(F, in, 0), arg(F, in, 1), i32(l, (int)in->imm)));
    check_neg(l, F, gcc_jit_lvalue_as_rvalue(t), line);
    F->aux[in->dest] = gcc_jit_function_new_local(F->fn, NULL, l->t_char,
        arena_printf(l->m->arena, "cmpc%d", in->dest));
    assign(F, F->aux[in->dest], cast(l, gcc_jit_lvalue_as_rvalue(t), l->t_char));
}

/* Ends the current block: True goes to `truthy`, False and None to `falsy`, any other
 * object to `slow` (which asks the runtime). */
static void branch_on_known_truth(L *l, Fn *F, gcc_jit_rvalue *v, gcc_jit_block *truthy,
                                  gcc_jit_block *falsy, gcc_jit_block *slow)
{
    gcc_jit_block *other = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_true)), truthy, other);
    gcc_jit_block_end_with_conditional(other, F->loc, either(l, F,
        cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_false)),
        cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_none))), falsy, slow);
}

/* bool(a): True, False and None inline, anything else through PyObject_IsTrue. */
static void lower_is_true(L *l, Fn *F, const IrInstr *in, int line)
{
    int a = in->args[0];
    if (F->fused[a]) {
        assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(F->aux[a]));
        return;
    }
    gcc_jit_rvalue *v = arg(F, in, 0);
    if (F->sure_bool[a]) {
        assign(F, dest(F, in), cast(l, cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_true)), l->t_char));
        return;
    }
    gcc_jit_block *yes = new_block(F), *no = new_block(F), *slow = new_block(F), *join = new_block(F);
    /* The checker's bool is True or False, except where an int subclass's comparison
     * operator returned something else: that rare case takes the slow path. */
    if (in->type == TY.bool_) {
        gcc_jit_block *other = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc,
            cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_true)), yes, other);
        gcc_jit_block_end_with_conditional(other, F->loc,
            cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_false)), no, slow);
    } else {
        branch_on_known_truth(l, F, v, yes, no, slow);
    }
    gcc_jit_block_add_assignment(yes, F->loc, dest(F, in), int_const(l, l->t_char, 1));
    gcc_jit_block_end_with_jump(yes, F->loc, join);
    gcc_jit_block_add_assignment(no, F->loc, dest(F, in), int_const(l, l->t_char, 0));
    gcc_jit_block_end_with_jump(no, F->loc, join);
    F->cur = slow;
    gcc_jit_lvalue *t = scratch(l, F, &F->s_int, l->t_int, "s_int");
    /* a value borrowed from a field is held while a __bool__ might run (and reassign it) */
    assign(F, t, call_holding(l, F, in, RTCALL(l, F, spc_rt_is_true, v), l->t_int));
    check_neg(l, F, gcc_jit_lvalue_as_rvalue(t), line);
    assign(F, dest(F, in), cast(l, gcc_jit_lvalue_as_rvalue(t), l->t_char));
    jump(F, join);
    F->cur = join;
}

/* `not` of True, False or None inline (the bools are immortal in effect: still counted);
 * anything else through the runtime's truth test. */
static void lower_not(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_rvalue *v = arg(F, in, 0);
    if (F->sure_bool[in->args[0]]) {
        select_into(l, F, dest(F, in), cmp(l, F, GCC_JIT_COMPARISON_EQ, v, addr_of(l->py_true)),
                    addr_of(l->py_false), addr_of(l->py_true));
        emit_incref(l, F, rv(F, in->dest));
        F->sure_bool[in->dest] = true;
        return;
    }
    gcc_jit_block *yes = new_block(F), *no = new_block(F), *slow = new_block(F), *join = new_block(F);
    branch_on_known_truth(l, F, v, no, yes, slow);   /* `not`: true goes to the False result */
    F->cur = yes;
    assign(F, dest(F, in), addr_of(l->py_true));
    jump(F, join);
    F->cur = no;
    assign(F, dest(F, in), addr_of(l->py_false));
    jump(F, join);
    F->cur = join;
    emit_incref(l, F, rv(F, in->dest));
    gcc_jit_block *done = new_block(F);
    jump(F, done);
    F->cur = slow;
    obj_result(l, F, in, RTCALL(l, F, spc_rt_unary_op, v, i32(l, UOP_NOT)), line);
    jump(F, done);
    F->cur = done;
}

/* ---- typed fast paths: IrInstr.type is the checker's hint (ir_ops.def) ----
 * BINARY_OP / COMPARE_OP typed `int`: operands the checker proved int (or one int, the
 * other untyped). CPython 3.11 keeps an int with |ob_size| <= 1 in one 30-bit digit
 * (value = ob_size * ob_digit[0]); when both operands are exact ints of that kind the
 * operation is done in C, where + - * // % & | ^ cannot overflow int64, and the
 * result is taken from CPython's small-int cache or made by PyLong_FromLongLong.
 * BINARY_SUBSCR / STORE_SUBSCR typed `list` / `tuple`: the receiver's static type, the
 * index proved int: an exact list (tuple) and an in-range exact small index read or
 * write the item array. Anything else (big ints, subclasses, out of range: the
 * exception) takes the generic runtime path, so semantics are CPython's. */

static gcc_jit_rvalue *is_type(L *l, Fn *F, gcc_jit_rvalue *o, gcc_jit_lvalue *type)
{
    return cmp(l, F, GCC_JIT_COMPARISON_EQ, type_of(l, F, o), cast(l, addr_of(type), l->t_voidp));
}

/* True or False: a known bool (sure_bool). */
static bool const_is_bool(L *l, int cidx)
{
    IrConstKind k = VEC_AT(l->m->consts, IrConst, cidx)->kind;
    return k == C_TRUE || k == C_FALSE;
}

/* Is LOAD_CONST `in` an int written in decimal below 2**30 (one digit)? *v := it. */
static bool small_int_const(L *l, const IrInstr *in, int64_t *v)
{
    const IrConst *c = VEC_AT(l->m->consts, IrConst, in->cidx);
    if (c->kind != C_INT || !c->s || !*c->s || strlen(c->s) > 9) return false;
    for (const char *p = c->s; *p; p++)
        if (*p < '0' || *p > '9') return false;
    *v = strtoll(c->s, NULL, 10);
    return true;
}

/* |x| < 2**30, one 30-bit digit (so products of two such fit int64): one unsigned compare. */
static gcc_jit_rvalue *fits_digit(L *l, Fn *F, gcc_jit_rvalue *x)
{
    int64_t lim = ((int64_t)1 << 30) - 1;
    return cmp(l, F, GCC_JIT_COMPARISON_LE, cast(l, binop(l, F, GCC_JIT_BINARY_OP_PLUS, l->t_i64, x, int_const(l, l->t_i64, lim)),
               l->t_u64), int_const(l, l->t_u64, 2 * lim));
}

/* Such a constant's value is known here. */
static void note_small_const(L *l, Fn *F, const IrInstr *in)
{
    F->has_cint[in->dest] = small_int_const(l, in, &F->cint[in->dest]);
}

/* Continues in a new block with v := the value of operand k if it is an exact int of
 * at most one digit; otherwise the current block goes to `no`. */
static void int_value_or(L *l, Fn *F, const IrInstr *in, int k, gcc_jit_lvalue *v, gcc_jit_block *no)
{
    if (F->has_cint[in->args[k]]) {
        assign(F, v, int_const(l, l->t_i64, F->cint[in->args[k]]));
        return;
    }
    gcc_jit_block *got = NULL;
    if (F->tagged[in->args[k]]) {   /* a tagged word: |v| < 2**30 by construction */
        gcc_jit_block *raw = new_block(F), *obj = new_block(F);
        got = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, is_tagged(l, F, in->args[k]), raw, obj);
        F->cur = raw;
        assign(F, v, untag(l, F, in->args[k]));
        jump(F, got);
        F->cur = obj;
    } else if (F->unboxed[in->args[k]]) {   /* not boxed (NULL): its int64, when below 2**30 */
        gcc_jit_block *raw = new_block(F), *boxed = new_block(F);
        got = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ, arg(F, in, k), null_obj(l)),
                                           raw, boxed);
        F->cur = raw;
        assign(F, v, gcc_jit_lvalue_as_rvalue(F->aux[in->args[k]]));
        gcc_jit_block_end_with_conditional(F->cur, F->loc, fits_digit(l, F, gcc_jit_lvalue_as_rvalue(v)), got, no);
        F->cur = boxed;
    }
    gcc_jit_rvalue *o = arg(F, in, k);
    gcc_jit_block *isint = new_block(F), *yes = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, is_type(l, F, o, l->long_type), isint, no);
    F->cur = isint;
    gcc_jit_rvalue *size = gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_VAR_SIZE, l->t_i64));
    gcc_jit_rvalue *plus1 = binop(l, F, GCC_JIT_BINARY_OP_PLUS, l->t_i64, size, int_const(l, l->t_i64, 1));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_LE,
        cast(l, plus1, l->t_u64), int_const(l, l->t_u64, 2)), yes, no);
    F->cur = yes;
    gcc_jit_rvalue *digit = gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_LONG_DIGIT0,
        gcc_jit_context_get_type(l->ctx, GCC_JIT_TYPE_UINT32_T)));
    assign(F, v, binop(l, F, GCC_JIT_BINARY_OP_MULT, l->t_i64, size, cast(l, digit, l->t_i64)));
    if (got) {
        jump(F, got);
        F->cur = got;
    }
}

/* The generic path needs objects: an unboxed operand still NULL, or a tagged one, is
 * boxed now. */
static void box_unboxed_args(L *l, Fn *F, const IrInstr *in, int line)
{
    for (int k = 0; k < in->nargs && k < 2; k++) {
        int a = in->args[k];
        box_tagged(l, F, a, line);
        if (!F->unboxed[a]) continue;
        gcc_jit_block *box = new_block(F), *done = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ, rv(F, a), null_obj(l)),
                                           box, done);
        F->cur = box;
        assign(F, F->vals[a], RTCALL(l, F, spc_rt_box_i64, gcc_jit_lvalue_as_rvalue(F->aux[a])));
        check_null(l, F, rv(F, a), line);
        jump(F, done);
        F->cur = done;
    }
}

static gcc_jit_lvalue *int_local(L *l, Fn *F, const char *what)
{
    return gcc_jit_function_new_local(F->fn, NULL, l->t_i64, arena_printf(l->m->arena, "%s%d", what, l->nfast++));
}

/* d := int(r), new reference: the cached small int, else PyLong_FromLongLong. */
static void reuse_int_or(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *r, gcc_jit_block *join);

/* d := int(r), new reference: the cached small int, else (reuse: a BINARY_OP with
 * F->inplace) its operand a rewritten in place when possible, else PyLong_FromLongLong. */
static void int_box_reusing(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *r, int line, const IrInstr *reuse)
{
    gcc_jit_block *cached = new_block(F), *made = new_block(F), *join = new_block(F);
    gcc_jit_rvalue *off = binop(l, F, GCC_JIT_BINARY_OP_MINUS, l->t_i64, r, int_const(l, l->t_i64, SPC_SMALL_INT_MIN));
    gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_LE, cast(l, off, l->t_u64),
        int_const(l, l->t_u64, SPC_SMALL_INT_MAX - SPC_SMALL_INT_MIN)), cached, made);
    F->cur = cached;
    gcc_jit_rvalue *at = binop(l, F, GCC_JIT_BINARY_OP_PLUS, l->t_i64, int_const(l, l->t_i64, SPC_OFF_RUNTIME_SMALL_INTS),
                               binop(l, F, GCC_JIT_BINARY_OP_MULT, l->t_i64, off, int_const(l, l->t_i64, SPC_SIZEOF_LONG)));
    assign(F, d, cast(l, gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(l->ctx, F->loc,
        addr_of(l->py_runtime), at), F->loc), l->t_obj));
    emit_incref(l, F, gcc_jit_lvalue_as_rvalue(d));
    jump(F, join);
    F->cur = made;
    if (reuse) reuse_int_or(l, F, reuse, r, join);
    assign(F, d, RTCALL(l, F, spc_rt_box_i64, r));
    check_null(l, F, gcc_jit_lvalue_as_rvalue(d), line);
    jump(F, join);
    F->cur = join;
}

static void int_box(L *l, Fn *F, gcc_jit_lvalue *d, gcc_jit_rvalue *r, int line)
{
    int_box_reusing(l, F, d, r, line, NULL);
}

/* For a BINARY_OP with F->inplace whose result r (outside the small-int cache) is being
 * boxed: when the place operand a was loaded from and (unless borrowed) its temp hold
 * its only references, the place still holds it, and r fits one digit, r is written
 * into a, which becomes the result (then to `join`); else the current block goes on.
 * Nothing else can see the old int, so this is just the new value of the place. */
static void reuse_int_or(L *l, Fn *F, const IrInstr *in, gcc_jit_rvalue *r, gcc_jit_block *join)
{
    const IrInstr *load = F->inplace[in->dest];
    gcc_jit_type *t = l->t_i64, *u32 = gcc_jit_context_get_type(l->ctx, GCC_JIT_TYPE_UINT32_T);
    gcc_jit_rvalue *o = arg(F, in, 0);
    gcc_jit_rvalue *place = load->op == IR_LOAD_VAR ? arg(F, load, 0)
        : gcc_jit_lvalue_as_rvalue(mem_at(l, F, arg(F, load, 0), field_of(l, load)->offset, l->t_obj));
    gcc_jit_rvalue *fits = fits_digit(l, F, r);
    gcc_jit_rvalue *refs = cmp(l, F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_REFCNT, t)),
                               int_const(l, t, F->borrow[in->args[0]] ? 1 : 2));
    /* a zero int may have no digit allocated: only ints with one or more digits are reused */
    gcc_jit_rvalue *has_digit = cmp(l, F, GCC_JIT_COMPARISON_NE,
                                    gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_VAR_SIZE, t)), int_const(l, t, 0));
    gcc_jit_rvalue *ok = both(l, F, both(l, F, fits, has_digit),
                              both(l, F, refs, cmp(l, F, GCC_JIT_COMPARISON_EQ, place, o)));
    gcc_jit_block *reuse = new_block(F), *other = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, ok, reuse, other);
    F->cur = reuse;
    gcc_jit_rvalue *sign = binop(l, F, GCC_JIT_BINARY_OP_MINUS, t, int_const(l, t, 1), binop(l, F, GCC_JIT_BINARY_OP_MULT, t,
        int_const(l, t, 2), cast(l, cmp(l, F, GCC_JIT_COMPARISON_LT, r, int_const(l, t, 0)), t)));
    assign(F, mem_at(l, F, o, SPC_OFF_VAR_SIZE, t), sign);
    assign(F, mem_at(l, F, o, SPC_OFF_LONG_DIGIT0, u32), cast(l, binop(l, F, GCC_JIT_BINARY_OP_MULT, t, r, sign), u32));
    assign(F, dest(F, in), o);
    emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    F->cur = other;
}

/* Tagged value d := r tagged when |r| < 2**30, else boxed (a new reference). */
static void tag_or_box(L *l, Fn *F, int d, gcc_jit_rvalue *r, int line)
{
    gcc_jit_type *t = l->t_i64;
    gcc_jit_lvalue *rl = int_local(l, F, "it");   /* r is used on both paths */
    assign(F, rl, r);
    gcc_jit_rvalue *x = gcc_jit_lvalue_as_rvalue(rl);
    gcc_jit_block *tag = new_block(F), *box = new_block(F), *done = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, fits_digit(l, F, x), tag, box);
    F->cur = tag;
    assign(F, F->word[d], binop(l, F, GCC_JIT_BINARY_OP_PLUS, t, binop(l, F, GCC_JIT_BINARY_OP_MULT, t, x, int_const(l, t, 2)),
                                int_const(l, t, 1)));
    jump(F, done);
    F->cur = box;
    int_box(l, F, F->vals[d], x, line);
    jump(F, done);
    F->cur = done;
}

static bool int_fast_binop(int64_t op)
{
    return op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_FLOORDIV || op == OP_MOD ||
           op == OP_BITAND || op == OP_BITOR || op == OP_BITXOR;
}

/* x op y with Python's rounding (// floors, % takes the divisor's sign); the caller
 * has excluded y == 0 for // and %. Operands are below 2**30 in magnitude. */
static gcc_jit_rvalue *int_arith(L *l, Fn *F, int64_t op, gcc_jit_rvalue *x, gcc_jit_rvalue *y)
{
    gcc_jit_type *t = l->t_i64;
    gcc_jit_rvalue *zero = int_const(l, t, 0);
    switch (op) {
    case OP_ADD: return binop(l, F, GCC_JIT_BINARY_OP_PLUS, t, x, y);
    case OP_SUB: return binop(l, F, GCC_JIT_BINARY_OP_MINUS, t, x, y);
    case OP_MUL: return binop(l, F, GCC_JIT_BINARY_OP_MULT, t, x, y);
    case OP_BITAND: return binop(l, F, GCC_JIT_BINARY_OP_BITWISE_AND, t, x, y);
    case OP_BITOR: return binop(l, F, GCC_JIT_BINARY_OP_BITWISE_OR, t, x, y);
    case OP_BITXOR: return binop(l, F, GCC_JIT_BINARY_OP_BITWISE_XOR, t, x, y);
    case OP_FLOORDIV: {   /* q - (x % y != 0 && (x ^ y) < 0) */
        gcc_jit_rvalue *inexact = both(l, F, cmp(l, F, GCC_JIT_COMPARISON_NE, binop(l, F, GCC_JIT_BINARY_OP_MODULO, t, x, y), zero),
            cmp(l, F, GCC_JIT_COMPARISON_LT, binop(l, F, GCC_JIT_BINARY_OP_BITWISE_XOR, t, x, y), zero));
        return binop(l, F, GCC_JIT_BINARY_OP_MINUS, t, binop(l, F, GCC_JIT_BINARY_OP_DIVIDE, t, x, y), cast(l, inexact, t));
    }
    default: {            /* OP_MOD: m + y * (m != 0 && (m ^ y) < 0) */
        gcc_jit_rvalue *m = binop(l, F, GCC_JIT_BINARY_OP_MODULO, t, x, y);
        gcc_jit_rvalue *fix = both(l, F, cmp(l, F, GCC_JIT_COMPARISON_NE, m, zero),
            cmp(l, F, GCC_JIT_COMPARISON_LT, binop(l, F, GCC_JIT_BINARY_OP_BITWISE_XOR, t, m, y), zero));
        return binop(l, F, GCC_JIT_BINARY_OP_PLUS, t, m, binop(l, F, GCC_JIT_BINARY_OP_MULT, t, y, cast(l, fix, t)));
    }
    }
}

static bool int_hinted(const IrInstr *in) { return in->type && in->type == TY.int_; }

static bool is_int_neg(const IrInstr *in)
{
    return in->op == IR_UNARY_OP && in->imm == UOP_NEG && int_hinted(in);
}

/* Typed int BINARY_OP, or unary minus (is_int_neg: -x is 0 - x, below 2**30 too). */
static void lower_int_binop(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_block *slow = new_block(F), *join = new_block(F);
    gcc_jit_lvalue *x = int_local(l, F, "ix"), *y = int_local(l, F, "iy");
    bool neg = is_int_neg(in);
    int_value_or(l, F, in, 0, x, slow);
    if (neg) {
        assign(F, y, gcc_jit_lvalue_as_rvalue(x));
        assign(F, x, int_const(l, l->t_i64, 0));
    } else {
        int_value_or(l, F, in, 1, y, slow);
    }
    if (in->imm == OP_FLOORDIV || in->imm == OP_MOD) {   /* ZeroDivisionError: the generic path */
        gcc_jit_block *nz = new_block(F);
        gcc_jit_block_end_with_conditional(F->cur, F->loc, cmp(l, F, GCC_JIT_COMPARISON_EQ,
            gcc_jit_lvalue_as_rvalue(y), int_const(l, l->t_i64, 0)), slow, nz);
        F->cur = nz;
    }
    gcc_jit_rvalue *r = int_arith(l, F, neg ? OP_SUB : in->imm, gcc_jit_lvalue_as_rvalue(x), gcc_jit_lvalue_as_rvalue(y));
    if (F->unboxed[in->dest]) {
        assign(F, dest(F, in), null_obj(l));
        assign(F, F->aux[in->dest] = int_local(l, F, "iu"), r);
    } else if (F->tagstore[in->dest]) {
        tag_or_box(l, F, in->dest, r, line);
    } else if (F->inplace[in->dest]) {
        gcc_jit_lvalue *rl = int_local(l, F, "ir");   /* r is used on several paths */
        assign(F, rl, r);
        int_box_reusing(l, F, dest(F, in), gcc_jit_lvalue_as_rvalue(rl), line, in);
    } else {
        int_box(l, F, dest(F, in), r, line);
    }
    jump(F, join);
    F->cur = slow;
    box_unboxed_args(l, F, in, line);
    obj_result(l, F, in, call_holding(l, F, in, neg ? RTCALL(l, F, spc_rt_unary_op, arg(F, in, 0), i32(l, UOP_NEG))
        : RTCALL(l, F, spc_rt_binary_op, arg(F, in, 0), arg(F, in, 1), i32(l, (int)in->imm), i32(l, in->imm2 != 0)),
        l->t_obj), line);
    jump(F, join);
    F->cur = join;
}

static bool is_int_cmp(const IrInstr *in)
{
    return in->op == IR_COMPARE_OP && int_hinted(in) && in->imm >= CMP_LT && in->imm <= CMP_GE;
}

/* Lowered by lower_int_binop / lower_int_compare (whose operands may be unboxed). */
static bool is_int_fast(const IrInstr *in)
{
    return in->dest >= 0 && ((in->op == IR_BINARY_OP && int_hinted(in) && int_fast_binop(in->imm)) || is_int_cmp(in) ||
                             is_int_neg(in));
}

/* Typed int comparison; fused with its IS_TRUE (analyze_func) it makes no bool object:
 * the cbool goes to aux, the generic path's result is tested and released here. */
static void lower_int_compare(L *l, Fn *F, const IrInstr *in, int line)
{
    static const enum gcc_jit_comparison ops[] = {
        [CMP_LT] = GCC_JIT_COMPARISON_LT, [CMP_LE] = GCC_JIT_COMPARISON_LE, [CMP_EQ] = GCC_JIT_COMPARISON_EQ,
        [CMP_NE] = GCC_JIT_COMPARISON_NE, [CMP_GT] = GCC_JIT_COMPARISON_GT, [CMP_GE] = GCC_JIT_COMPARISON_GE };
    bool fused = F->fused[in->dest];
    if (fused)
        F->aux[in->dest] = gcc_jit_function_new_local(F->fn, NULL, l->t_char,
            arena_printf(l->m->arena, "icmp%d", in->dest));
    gcc_jit_block *slow = new_block(F), *join = new_block(F);
    gcc_jit_lvalue *x = int_local(l, F, "ix"), *y = int_local(l, F, "iy");
    int_value_or(l, F, in, 0, x, slow);
    int_value_or(l, F, in, 1, y, slow);
    gcc_jit_rvalue *c = cmp(l, F, ops[in->imm], gcc_jit_lvalue_as_rvalue(x), gcc_jit_lvalue_as_rvalue(y));
    if (fused) {
        assign(F, F->aux[in->dest], cast(l, c, l->t_char));
    } else {
        select_into(l, F, dest(F, in), c, addr_of(l->py_true), addr_of(l->py_false));
        emit_incref(l, F, rv(F, in->dest));
    }
    jump(F, join);
    F->cur = slow;
    box_unboxed_args(l, F, in, line);
    gcc_jit_rvalue *call = call_holding(l, F, in, RTCALL(l, F, spc_rt_compare_op, arg(F, in, 0), arg(F, in, 1),
                                                        i32(l, (int)in->imm)), l->t_obj);
    if (fused) {
        gcc_jit_lvalue *r = scratch(l, F, &F->s_obj, l->t_obj, "s_obj");
        gcc_jit_lvalue *t = scratch(l, F, &F->s_int, l->t_int, "s_int");
        assign(F, r, call);
        check_null(l, F, gcc_jit_lvalue_as_rvalue(r), line);
        assign(F, t, RTCALL(l, F, spc_rt_is_true, gcc_jit_lvalue_as_rvalue(r)));
        emit_decref(l, F, gcc_jit_lvalue_as_rvalue(r), false);
        check_neg(l, F, gcc_jit_lvalue_as_rvalue(t), line);
        assign(F, F->aux[in->dest], cast(l, gcc_jit_lvalue_as_rvalue(t), l->t_char));
    } else {
        obj_result(l, F, in, call, line);
    }
    jump(F, join);
    F->cur = join;
}

/* Continues in a new block with i := the index into an exact list (tuple) `o` when `k`
 * is an exact small int within its bounds (negative counts from the end); otherwise the
 * current block goes to `no`. Returns the item's lvalue. */
static gcc_jit_lvalue *item_or(L *l, Fn *F, const IrInstr *in, bool tuple, gcc_jit_block *no)
{
    gcc_jit_rvalue *o = arg(F, in, 0);
    gcc_jit_block *isseq = new_block(F), *inrange = new_block(F);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, is_type(l, F, o, tuple ? l->tuple_type : l->list_type),
                                       isseq, no);
    F->cur = isseq;
    gcc_jit_lvalue *i = int_local(l, F, "ii");
    int_value_or(l, F, in, 1, i, no);
    gcc_jit_rvalue *n = gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_VAR_SIZE, l->t_i64));
    gcc_jit_rvalue *below = cmp(l, F, GCC_JIT_COMPARISON_LT, cast(l, gcc_jit_lvalue_as_rvalue(i), l->t_u64),
                                cast(l, n, l->t_u64));
    gcc_jit_block *other = new_block(F);   /* negative (or too large: i + n is then too) */
    gcc_jit_block_end_with_conditional(F->cur, F->loc, below, inrange, other);
    F->cur = other;
    gcc_jit_block_add_assignment_op(F->cur, F->loc, i, GCC_JIT_BINARY_OP_PLUS, n);
    gcc_jit_block_end_with_conditional(F->cur, F->loc, below, inrange, no);
    F->cur = inrange;
    gcc_jit_rvalue *items = tuple
        ? gcc_jit_lvalue_get_address(mem_at(l, F, o, SPC_OFF_TUPLE_ITEMS, l->t_obj), F->loc)
        : gcc_jit_lvalue_as_rvalue(mem_at(l, F, o, SPC_OFF_LIST_ITEMS, l->t_objp));
    return gcc_jit_context_new_array_access(l->ctx, F->loc, items, gcc_jit_lvalue_as_rvalue(i));
}

static bool seq_hinted(const IrInstr *in)
{
    return in->type && (in->type == TY.list || (in->type == TY.tuple && in->op == IR_BINARY_SUBSCR));
}

static void lower_typed_getitem(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_block *slow = new_block(F), *join = new_block(F);
    gcc_jit_lvalue *item = item_or(l, F, in, in->type == TY.tuple, slow);
    assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(item));
    emit_incref(l, F, rv(F, in->dest));
    jump(F, join);
    F->cur = slow;
    box_tagged(l, F, in->args[1], line);
    obj_result(l, F, in, RTCALL(l, F, spc_rt_getitem, arg(F, in, 0), arg(F, in, 1)), line);
    jump(F, join);
    F->cur = join;
}

static void lower_typed_setitem(L *l, Fn *F, const IrInstr *in, int line)
{
    gcc_jit_block *slow = new_block(F), *join = new_block(F);
    gcc_jit_lvalue *item = item_or(l, F, in, false, slow);
    replace_item(l, F, item, arg(F, in, 2), false);
    jump(F, join);
    F->cur = slow;
    box_tagged(l, F, in->args[1], line);
    check_neg(l, F, RTCALL(l, F, spc_rt_setitem, arg(F, in, 0), arg(F, in, 1), arg(F, in, 2)), line);
    jump(F, join);
    F->cur = join;
}

/* ---- the dispatcher ---- */

/* ---- generators: frame layout, MAKE_GEN, suspension ---- */

/* Byte offset of each variable of an IRF_GEN function in its frame (-1 for temps):
 * 8-byte slots, obj variables first (the runtime's GC visits slots [0, nobj)). */
static int *gen_layout(L *l, const IrFunc *f, int *nobj, int *nslots)
{
    int *off = ARENA_ARRAY(l->m->arena, int, f->values.len + 1), k = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < f->values.len; i++) {
            const IrValue *v = VEC_AT(f->values, IrValue, i);
            if (pass == 0) off[i] = -1;
            if (v->is_var && (v->vt == VT_OBJ) == (pass == 0)) off[i] = 8 * k++;
            if (pass == 0) *nobj = k;
        }
    *nslots = k;
    return off;
}

static void lower_make_gen(L *l, Fn *F, const IrInstr *in, int line)
{
    IrFunc *gf = VEC_AT(l->m->funcs, IrFunc, in->func);
    int nobj, nslots, *off = gen_layout(l, gf, &nobj, &nslots);
    gcc_jit_rvalue *body = cast(l, gcc_jit_function_get_address(l->fns[in->func], F->loc), l->t_voidp);
    obj_result(l, F, in, RTCALL(l, F, spc_rt_gen_new, body, i32(l, nobj), i32(l, nslots),
                                const_rv(l, in->cidx), const_rv(l, in->cidx2), i32(l, (int)in->imm)), line);
    gcc_jit_lvalue *frame = gcc_jit_function_new_local(F->fn, NULL, l->t_voidp, "genframe");
    assign(F, frame, RTCALL(l, F, spc_rt_gen_frame, rv(F, in->dest)));
    for (int i = 0; i < in->nargs; i++) {
        IrValue *p = VEC_AT(gf->values, IrValue, i);
        if (p->vt == VT_OBJ) emit_incref(l, F, arg(F, in, i));   /* the frame owns its values */
        assign(F, mem_at(l, F, gcc_jit_lvalue_as_rvalue(frame), off[i], vt_type(l, p->vt)),
               cast(l, arg(F, in, i), vt_type(l, p->vt)));
    }
}

/* YIELD / YIELD_FROM: record where to resume and return to the runtime (rt_gen.c). */
static void lower_suspend(L *l, Fn *F, const IrInstr *in)
{
    gcc_jit_rvalue *r = in->op == IR_YIELD
        ? RTCALL(l, F, spc_rt_gen_suspend, F->gen, arg(F, in, 0), i32(l, in->target))
        : RTCALL(l, F, spc_rt_gen_delegate, F->gen, arg(F, in, 0), i32(l, in->target));
    gcc_jit_block_end_with_return(F->cur, F->loc, r);
}

/* The entry of a generator body: block 0 on the first run, else the block after the
 * yield it is suspended at (the state the runtime keeps). */
static void gen_dispatch(L *l, Fn *F)
{
    IrFunc *f = F->f;
    int n = 0;
    gcc_jit_case **cases = ARENA_ARRAY(l->m->arena, gcc_jit_case *, f->blocks.len + 1);
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        IrInstr *last = blk->instrs.len ? VEC_AT(blk->instrs, IrInstr, blk->instrs.len - 1) : NULL;
        if (!last || (last->op != IR_YIELD && last->op != IR_YIELD_FROM)) continue;
        gcc_jit_rvalue *k = i32(l, last->target);
        cases[n++] = gcc_jit_context_new_case(l->ctx, k, k, F->blocks[last->target]);
    }
    if (n == 0) { jump(F, F->blocks[0]); return; }
    gcc_jit_block_end_with_switch(F->cur, NULL, RTCALL(l, F, spc_rt_gen_state, F->gen), F->blocks[0], n, cases);
}

static void lower_op(L *l, Fn *F, const IrInstr *in, int line)
{
    int n = in->nargs;
    switch (in->op) {
    case IR_JUMP: jump(F, F->blocks[in->target]); break;
    case IR_BRANCH:
        gcc_jit_block_end_with_conditional(F->cur, F->loc,
            cmp(l, F, GCC_JIT_COMPARISON_NE, arg(F, in, 0), int_const(l, l->t_char, 0)),
            F->blocks[in->target], F->blocks[in->target2]);
        break;
    case IR_RETURN: lower_return(l, F, in); break;
    case IR_FOR_ITER: lower_for_iter(l, F, in, line); break;
    case IR_MAKE_GEN: lower_make_gen(l, F, in, line); break;
    case IR_YIELD: case IR_YIELD_FROM: lower_suspend(l, F, in); break;
    case IR_GEN_RESUME: obj_result(l, F, in, RTCALL(l, F, spc_rt_gen_resume, F->gen), line); break;
    case IR_LOAD_VAR: lower_load_var(l, F, in, line); break;
    case IR_STORE_VAR: lower_store_var(l, F, in); break;
    case IR_DELETE_VAR: lower_delete_var(l, F, in, line); break;
    case IR_MATCH_SEQUENCE:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_match_sequence, arg(F, in, 0), int_const(l, l->t_i64, in->imm),
                                    int_const(l, l->t_i64, in->imm2)), line);
        break;
    case IR_MATCH_MAPPING:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_match_mapping, arg(F, in, 0), arg(F, in, 1), i32(l, (int)in->imm)), line);
        break;
    case IR_MATCH_CLASS:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_match_class, arg(F, in, 0), arg(F, in, 1),
                                    int_const(l, l->t_i64, in->imm), in->nargs > 2 ? arg(F, in, 2) : null_obj(l)), line);
        break;
    case IR_MAKE_CELL:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_make_cell, in->nargs ? arg(F, in, 0) : null_obj(l)), line);
        break;
    case IR_LOAD_DEREF:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_load_deref, arg(F, in, 0), const_rv(l, in->cidx),
                                    i32(l, (int)in->imm)), line);
        break;
    case IR_STORE_DEREF: add_eval(F, RTCALL(l, F, spc_rt_store_deref, arg(F, in, 0), arg(F, in, 1))); break;
    case IR_DELETE_DEREF:
        check_neg(l, F, RTCALL(l, F, spc_rt_delete_deref, arg(F, in, 0), const_rv(l, in->cidx),
                               i32(l, (int)in->imm)), line);
        break;
    case IR_LOAD_CLOSURE:
        assign(F, dest(F, in), RTCALL(l, F, spc_rt_func_closure, gcc_jit_param_as_rvalue(F->params[0])));
        break;
    case IR_SET_CLOSURE: add_eval(F, RTCALL(l, F, spc_rt_set_closure, arg(F, in, 0), arg(F, in, 1))); break;
    case IR_LOAD_CONST:
        note_small_const(l, F, in);
        if (F->tagged[in->dest])   /* a small int stored into a tagged variable */
            assign(F, F->word[in->dest], int_const(l, l->t_i64, 2 * F->cint[in->dest] + 1));
        else
            assign(F, dest(F, in), const_rv(l, in->cidx));
        F->sure_bool[in->dest] = const_is_bool(l, in->cidx);
        break;
    case IR_LOAD_MODULE_DICT: assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(l->g_globals)); break;
    case IR_PRIMITIVE_LOAD_CONST: lower_prim_const(l, F, in); break;
    case IR_LOAD_GLOBAL: lower_load_global(l, F, in, line); break;
    case IR_STORE_GLOBAL:
        check_neg(l, F, RTCALL(l, F, spc_rt_store_global, const_rv(l, in->cidx), arg(F, in, 0)), line);
        break;
    case IR_DELETE_GLOBAL:
        check_neg(l, F, RTCALL(l, F, spc_rt_delete_global, const_rv(l, in->cidx)), line);
        break;
    case IR_LOAD_ATTR: lower_load_attr(l, F, in, line); break;
    case IR_STORE_ATTR: {
        gcc_jit_rvalue *cache = next_attr_cache(l);
        if (cache) store_value_inline(l, F, in, cache, line);
        else check_neg(l, F, RTCALL(l, F, spc_rt_store_attr, arg(F, in, 0), const_rv(l, in->cidx), arg(F, in, 1)), line);
        break;
    }
    case IR_CLASS_READY: check_neg(l, F, RTCALL(l, F, spc_rt_class_ready, arg(F, in, 0)), line); break;
    case IR_DELETE_ATTR:
        check_neg(l, F, RTCALL(l, F, spc_rt_delete_attr, arg(F, in, 0), const_rv(l, in->cidx)), line);
        break;
    case IR_BINARY_SUBSCR:
        if (seq_hinted(in) && in->dest >= 0) {
            lower_typed_getitem(l, F, in, line);
            break;
        }
        obj_result(l, F, in, RTCALL(l, F, spc_rt_getitem, arg(F, in, 0), arg(F, in, 1)), line);
        break;
    case IR_STORE_SUBSCR:
        if (seq_hinted(in)) {
            lower_typed_setitem(l, F, in, line);
            break;
        }
        check_neg(l, F, RTCALL(l, F, spc_rt_setitem, arg(F, in, 0), arg(F, in, 1), arg(F, in, 2)), line);
        break;
    case IR_DELETE_SUBSCR:
        check_neg(l, F, RTCALL(l, F, spc_rt_delitem, arg(F, in, 0), arg(F, in, 1)), line);
        break;
    case IR_BUILD_SLICE:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_slice, n > 0 ? arg(F, in, 0) : null_obj(l),
                                    n > 1 ? arg(F, in, 1) : null_obj(l),
                                    n > 2 ? arg(F, in, 2) : null_obj(l)), line);
        break;
    case IR_BINARY_OP: {
        if (int_hinted(in) && int_fast_binop(in->imm) && in->dest >= 0) {
            lower_int_binop(l, F, in, line);
            break;
        }
        /* flags (rt_ops.c): in-place, and which operands hold a reference of ours that
         * dies here (the runtime may write the result into one nothing else refers to) */
        int flags = in->imm2 != 0;
        for (int k = 0; k < 2; k++)
            if (in->dest >= 0 && (F->dies[in->dest] >> k & 1) && is_obj_temp(F, in->args[k]) && F->held[in->args[k]] > 0)
                flags |= 2 << k;
        obj_result(l, F, in, RTCALL(l, F, spc_rt_binary_op, arg(F, in, 0), arg(F, in, 1),
                                    i32(l, (int)in->imm), i32(l, flags)), line);
        break;
    }
    case IR_UNARY_OP:
        if (in->imm == UOP_NOT && in->dest >= 0) {
            lower_not(l, F, in, line);
            break;
        }
        if (is_int_fast(in)) {
            lower_int_binop(l, F, in, line);
            break;
        }
        obj_result(l, F, in, RTCALL(l, F, spc_rt_unary_op, arg(F, in, 0), i32(l, (int)in->imm)), line);
        break;
    case IR_COMPARE_OP:
        if (is_identity_cmp(in)) {
            lower_identity(l, F, in);
            break;
        }
        if (is_int_cmp(in) && in->dest >= 0) {
            lower_int_compare(l, F, in, line);
            break;
        }
        if (F->fused[in->dest]) {
            lower_compare_tested(l, F, in, line);
            break;
        }
        obj_result(l, F, in, RTCALL(l, F, spc_rt_compare_op, arg(F, in, 0), arg(F, in, 1),
                                    i32(l, (int)in->imm)), line);
        break;
    case IR_IS_TRUE: lower_is_true(l, F, in, line); break;
    case IR_BUILD_TUPLE:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_tuple, fill_args(l, F, in, 0, 0),
                                    int_const(l, l->t_i64, n)), line);
        break;
    case IR_BUILD_LIST:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_list, fill_args(l, F, in, 0, 0),
                                    int_const(l, l->t_i64, n)), line);
        break;
    case IR_BUILD_SET:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_set, fill_args(l, F, in, 0, 0),
                                    int_const(l, l->t_i64, n)), line);
        break;
    case IR_BUILD_MAP:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_build_map, fill_args(l, F, in, 0, 0),
                                    int_const(l, l->t_i64, n / 2)), line);
        break;
    case IR_UNPACK_SEQUENCE:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_unpack_sequence, arg(F, in, 0),
                                    int_const(l, l->t_i64, in->imm)), line);
        break;
    case IR_CALL_EX:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_call_ex, arg(F, in, 0), arg(F, in, 1),
                                    in->nargs > 2 ? arg(F, in, 2) : null_obj(l)), line);
        break;
    case IR_DISPLAY_EXTEND:
        check_neg(l, F, RTCALL(l, F, spc_rt_display_extend, arg(F, in, 0), arg(F, in, 1)), line);
        break;
    case IR_ARGS_EXTEND:
        check_neg(l, F, RTCALL(l, F, spc_rt_args_extend, arg(F, in, 0), arg(F, in, 1), arg(F, in, 2)), line);
        break;
    case IR_KWARGS_MERGE:
        check_neg(l, F, RTCALL(l, F, spc_rt_kwargs_merge, arg(F, in, 0), arg(F, in, 1), arg(F, in, 2)), line);
        break;
    case IR_UNPACK_EX:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_unpack_ex, arg(F, in, 0), int_const(l, l->t_i64, in->imm),
                                    int_const(l, l->t_i64, in->imm2)), line);
        break;
    case IR_TUPLE_ITEM:   /* borrowed: ob_item[imm] of the tuple UNPACK_SEQUENCE made */
        assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(mem_at(l, F, arg(F, in, 0),
            SPC_OFF_TUPLE_ITEMS + 8 * (int)in->imm, l->t_obj)));
        break;
    case IR_GET_ITER:
        if (F->range_call[in->args[0]]) {   /* already the iterator (spc_rt_range_iter) */
            assign(F, dest(F, in), arg(F, in, 0));
            emit_incref(l, F, rv(F, in->dest));
            break;
        }
        obj_result(l, F, in, RTCALL(l, F, spc_rt_get_iter, arg(F, in, 0)), line);
        break;
    case IR_GET_AWAITABLE:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_get_awaitable, arg(F, in, 0), i32(l, (int)in->imm)), line);
        break;
    case IR_LOCALS_ADD:
        check_neg(l, F, RTCALL(l, F, spc_rt_locals_add, arg(F, in, 0), const_rv(l, in->cidx), arg(F, in, 1),
                               i32(l, (int)in->imm)), line);
        break;
    case IR_EXC_GROUP_MATCH:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_exc_group_match, arg(F, in, 0), arg(F, in, 1)), line);
        break;
    case IR_EXC_GROUP_RERAISE:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_exc_group_reraise, arg(F, in, 0), arg(F, in, 1)), line);
        break;
    case IR_GET_AITER: obj_result(l, F, in, RTCALL(l, F, spc_rt_get_aiter, arg(F, in, 0)), line); break;
    case IR_GET_ANEXT: obj_result(l, F, in, RTCALL(l, F, spc_rt_get_anext, arg(F, in, 0)), line); break;
    case IR_LOAD_SPECIAL:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_load_special, arg(F, in, 0), const_rv(l, in->cidx),
                                    i32(l, (int)in->imm)), line);
        break;
    case IR_CALL: lower_call(l, F, in, line); break;
    case IR_CALL_NOARGS: lower_call_noargs(l, F, in, line); break;
    case IR_INVOKE_FUNCTION: lower_invoke(l, F, in, line); break;
    case IR_MAKE_FUNCTION: lower_make_function(l, F, in, line); break;
    case IR_LOAD_DEFAULT:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_load_default,
                                    gcc_jit_lvalue_as_rvalue(fnobj_slot(l, in->func)),
                                    i32(l, (int)in->imm),
                                    str(l, VEC_AT(l->m->funcs, IrFunc, in->func)->py_name)), line);
        break;
    case IR_BIND_ARGS: lower_bind_args(l, F, in, line); break;
    case IR_ARG:
        assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(
            l->ctx, F->loc, gcc_jit_lvalue_as_rvalue(F->bound), i32(l, (int)in->imm))));
        break;
    case IR_CHECK_ARGS: lower_check_args(l, F, in, line); break;
    case IR_CAST: lower_cast(l, F, in, line); break;
    case IR_MAKE_CLASS: lower_make_class(l, F, in, line); break;
    case IR_LOAD_CLASS: assign(F, dest(F, in), gcc_jit_lvalue_as_rvalue(class_slot(l, (int)in->imm))); break;
    case IR_TP_ALLOC:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_tp_alloc,
                                    gcc_jit_lvalue_as_rvalue(class_slot(l, (int)in->imm))), line);
        break;
    case IR_LOAD_FIELD: lower_load_field(l, F, in, line); break;
    case IR_STORE_FIELD: lower_store_field(l, F, in, line); break;
    case IR_INVOKE_METHOD: lower_invoke_method(l, F, in, line); break;
    case IR_CHECK_RETURN: lower_check_return(l, F, in, line); break;
    case IR_PREPARE_CLASS: case IR_BUILD_CLASS: lower_build_class(l, F, in, line); break;
    case IR_LOAD_NAME:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_load_name, arg(F, in, 0), const_rv(l, in->cidx)), line);
        break;
    case IR_FAST_LEN: lower_fast_len(l, F, in, line); break;
    case IR_SEQUENCE_GET: lower_sequence_get(l, F, in, line); break;
    case IR_SEQUENCE_SET: lower_sequence_set(l, F, in, line); break;
    case IR_BUILD_CHECKED_LIST: case IR_BUILD_CHECKED_MAP: lower_build_checked(l, F, in, line); break;
    case IR_LIST_APPEND: lower_list_append(l, F, in, line); break;
    case IR_LIST_INSERT:
        check_neg(l, F, RTCALL(l, F, spc_rt_list_insert, arg(F, in, 0), cast(l, arg(F, in, 1), l->t_i64),
                               arg(F, in, 2), i32(l, (int)in->imm)), line);
        break;
    case IR_LIST_POP:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_list_pop, arg(F, in, 0),
                                    n > 1 ? cast(l, arg(F, in, 1), l->t_i64) : int_const(l, l->t_i64, -1),
                                    i32(l, n > 1), i32(l, (int)in->imm)), line);
        break;
    case IR_LIST_REMOVE:
        check_neg(l, F, RTCALL(l, F, spc_rt_list_remove, arg(F, in, 0), arg(F, in, 1), i32(l, (int)in->imm)), line);
        break;
    case IR_PRIMITIVE_BOX: lower_box(l, F, in, line); break;
    case IR_PRIMITIVE_UNBOX: lower_unbox(l, F, in, line); break;
    case IR_CONVERT_PRIMITIVE: lower_convert(l, F, in); break;
    case IR_PRIMITIVE_BINARY_OP: lower_prim_binop(l, F, in, line); break;
    case IR_PRIMITIVE_UNARY_OP: lower_prim_unop(l, F, in); break;
    case IR_PRIMITIVE_COMPARE_OP: lower_prim_compare(l, F, in); break;
    case IR_RAISE:
        /* a bare `raise` adds no traceback entry (CPython's do_raise skips PyTraceBack_Here) */
        raise_and_exit(l, F, n == 0 ? RTCALL0(l, F, spc_rt_reraise)
                       : RTCALL(l, F, spc_rt_raise, arg(F, in, 0),
                                n > 1 ? arg(F, in, 1) : null_obj(l)), n == 0 ? 0 : line);
        break;
    case IR_RAISE_ASSERT:
        raise_and_exit(l, F, RTCALL(l, F, spc_rt_raise_assert, n ? arg(F, in, 0) : null_obj(l)), line);
        break;
    case IR_CATCH: assign(F, dest(F, in), RTCALL0(l, F, spc_rt_catch)); break;
    case IR_SET_EXC_INFO: assign(F, dest(F, in), RTCALL(l, F, spc_rt_set_exc_info, arg(F, in, 0))); break;
    case IR_EXC_MATCH: {
        gcc_jit_lvalue *t = scratch(l, F, &F->s_int, l->t_int, "s_int");
        assign(F, t, RTCALL(l, F, spc_rt_exc_match, arg(F, in, 0), arg(F, in, 1)));
        check_neg(l, F, gcc_jit_lvalue_as_rvalue(t), line);
        assign(F, dest(F, in), cast(l, gcc_jit_lvalue_as_rvalue(t), l->t_char));
        break;
    }
    case IR_RERAISE:   /* the exception keeps its traceback: no new entry */
        raise_and_exit(l, F, RTCALL(l, F, spc_rt_reraise_exc, arg(F, in, 0)), 0);
        break;
    case IR_IMPORT_NAME:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_import_name, const_rv(l, in->cidx),
                                    const_rv(l, in->cidx2), i32(l, (int)in->imm)), line);
        break;
    case IR_IMPORT_FROM:
        obj_result(l, F, in, RTCALL(l, F, spc_rt_import_from, arg(F, in, 0),
                                    const_rv(l, in->cidx)), line);
        break;
    case IR_IMPORT_STAR: check_neg(l, F, RTCALL(l, F, spc_rt_import_star, arg(F, in, 0)), line); break;
    case IR_INCREF: incref_value(l, F, in->args[0]); break;
    case IR_DECREF: {
        int v = in->args[0];
        if (F->borrow[v]) break;   /* a borrowed temp (analyze_func) */
        decref_value(l, F, v, val(F, v)->is_var || F->unboxed[v]);
        if (val(F, v)->is_var) assign(F, F->vals[v], null_obj(l));
        break;
    }
    case IR__COUNT: break;
    }
}

/* Static reference tracking of temps after `in` (see the file header). */
static void track_refs(Fn *F, const IrInstr *in)
{
    const IrOpInfo *info = &ir_op_info[in->op];
    if (info->flags & F_STEALS)
        for (int i = 0; i < in->nargs; i++)
            if (is_obj_temp(F, in->args[i]) && F->held[in->args[i]] > 0) F->held[in->args[i]]--;
    if (in->op == IR_INCREF && is_obj_temp(F, in->args[0])) F->held[in->args[0]]++;
    if (in->op == IR_DECREF && is_obj_temp(F, in->args[0]) && F->held[in->args[0]] > 0)
        F->held[in->args[0]]--;
    if (in->dest >= 0 && is_obj_temp(F, in->dest))
        F->held[in->dest] = dest_owned(F, in) && !F->borrow[in->dest];
    if (in->op == IR_LOAD_ATTR && F->meth[in->dest]) F->held_self[in->dest] = 1;
    if (in->op == IR_CALL && F->meth[in->args[0]]) F->held_self[in->args[0]] = 0;
}

/* ---- per-function analyses: references that need not be counted, fused ops ---- */

static IrInstr *instr_at(IrBlock *b, int i) { return VEC_AT(b->instrs, IrInstr, i); }

/* Does `in` write variable v (releasing its old value)? */
static bool writes_var(const IrInstr *in, int v)
{
    switch (in->op) {
    case IR_STORE_VAR: case IR_DELETE_VAR: case IR_DECREF: return in->nargs > 0 && in->args[0] == v;
    case IR_FOR_ITER: return in->nargs > 1 && in->args[1] == v;
    default: return false;
    }
}

static bool uses_value(const IrInstr *in, int id)
{
    for (int k = 0; k < in->nargs; k++)
        if (in->args[k] == id) return true;
    return false;
}

/* A LOAD_VAR temp may borrow the variable's reference when the block releases the temp
 * (DECREF) before anything writes the variable and never steals or INCREFs it: a
 * variable is a C local that nothing else can change. */
static bool load_can_borrow(IrBlock *b, int at, int t, int v)
{
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        if (in->op == IR_DECREF && in->args[0] == t) return true;
        if (writes_var(in, v) || (in->op == IR_INCREF && in->args[0] == t)) return false;
        if ((ir_op_info[in->op].flags & F_STEALS) && uses_value(in, t)) return false;
    }
    return false;
}

static bool used_after(IrBlock *b, int at, int t);

/* A LOAD_FIELD temp may borrow the field's reference when the block releases it before
 * anything could store to the field or release the object holding it: in between only
 * loads, releases of borrowed temps, pointer comparisons and truth tests that run no
 * code (of a `bool`, whose slow path holds a reference: lower_is_true; of a tested
 * comparison's outcome). */
static bool field_can_borrow(Fn *F, IrBlock *b, int at, int t)
{
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        switch (in->op) {
        case IR_DECREF:
            if (in->args[0] == t) return true;
            if (!F->borrow[in->args[0]]) return false;
            break;
        case IR_LOAD_VAR: case IR_LOAD_CONST: break;
        case IR_COMPARE_OP: case IR_BINARY_OP:   /* typed int ops: only their slow path runs code */
            if (!is_identity_cmp(in) && !(is_int_fast(in) && uses_value(in, t) && !used_after(b, j, t)))
                return false;
            break;
        case IR_IS_TRUE:   /* t's own test must be its last use: the slow path may free it */
            if (!F->fused[in->args[0]] && (in->type != TY.bool_ || in->args[0] != t || used_after(b, j, t)))
                return false;
            break;
        default: return false;
        }
    }
    return false;
}

/* Is temp t used after instruction `at` of its block, other than by DECREF? */
static bool used_after(IrBlock *b, int at, int t)
{
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        if (in->op != IR_DECREF && uses_value(in, t)) return true;
    }
    return false;
}

/* The index of the one instruction after `at` that uses temp t, as operand `pos` of an
 * `op`, when every other use is a DECREF; else -1. */
static int sole_use(IrBlock *b, int at, int t, IrOp op, int pos)
{
    int user = -1;
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        for (int k = 0; k < in->nargs; k++) {
            if (in->args[k] != t || in->op == IR_DECREF) continue;
            if (in->op != op || k != pos || user >= 0) return -1;
            user = j;
        }
    }
    return user;
}

/* Is temp t (not a variable) used after `at` only by DECREFs and, once, as one operand of
 * a typed int op that is lowered with the fast int paths (is_int_fast)? */
static bool int_sole_consumer(IrBlock *b, int at, int t)
{
    int user = -1;
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        if (in->op == IR_DECREF || !uses_value(in, t)) continue;
        if (user >= 0 || !is_int_fast(in) || (in->nargs > 1 && in->args[0] == in->args[1])) return false;
        user = j;
    }
    return user >= 0;
}

/* The index of the instruction of block b defining temp t, else -1. */
static int def_index(IrBlock *b, int t)
{
    for (int j = 0; j < b->instrs.len; j++)
        if (instr_at(b, j)->dest == t) return j;
    return -1;
}

/* `x.f op= y`, `x.f = x.f op y`, `v op= y` on typed ints: the BINARY_OP at `at` whose
 * operand a, loaded from a field or variable and used by nothing else, has a result
 * whose one use is the store back to that same place. The LOAD_FIELD / LOAD_VAR, else
 * NULL. When at run time only that place and this temp refer to the old int, the
 * result may be written into it (lower_int_binop), as CPython does for `s += t` on str. */
static const IrInstr *inplace_source(IrBlock *b, int at, const IrInstr *in)
{
    int a = in->args[0];
    if (in->args[1] == a) return NULL;
    int d = def_index(b, a);   /* temps are defined once, before their uses */
    if (d < 0 || sole_use(b, d, a, IR_BINARY_OP, 0) != at) return NULL;
    const IrInstr *load = instr_at(b, d);
    IrOp store = load->op == IR_LOAD_FIELD ? IR_STORE_FIELD : IR_STORE_VAR;
    if (load->op != IR_LOAD_FIELD && load->op != IR_LOAD_VAR) return NULL;
    int s = sole_use(b, at, in->dest, store, 1);
    if (s < 0) return NULL;
    const IrInstr *st = instr_at(b, s);
    if (st->args[0] != load->args[0]) return NULL;
    if (store == IR_STORE_FIELD && (st->imm != load->imm || st->imm2 != load->imm2)) return NULL;
    for (int j = d + 1; j < s; j++)   /* the receiver / variable is the same object throughout */
        if (writes_var(instr_at(b, j), load->args[0])) return NULL;
    return load;
}

static bool is_identity_cmp(const IrInstr *in)
{
    return in->op == IR_COMPARE_OP && (in->imm == CMP_IS || in->imm == CMP_ISNOT);
}

/* ---- recursion guards ----
 * Only a cycle of compiled calls recurses without a Python frame (or the generator
 * resume, rt_gen.c) counting it. Every way into this module's natives from elsewhere is
 * a Python entry (guarded), a CALL that calls a native directly (its caller is guarded),
 * or a vtable slot that may be reached from another module's code or a Python override
 * (guarded: thunks, and the methods of classes deriving from another module's class).
 * What remains are INVOKE_FUNCTION / INVOKE_METHOD edges between unguarded natives: a
 * native on a cycle of those is guarded as well (Tarjan's strongly connected components). */
typedef struct Guards {
    L *l;
    PtrVec *succ;                     /* per function: successors, (void *)(intptr_t) indices */
    int *index, *low, *stack;
    bool *on;
    int n, next, depth;
} Guards;

static bool has_op(const IrFunc *f, IrOp op)
{
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++)
            if (VEC_AT(blk->instrs, IrInstr, i)->op == op) return true;
    }
    return false;
}

static void add_succ(Guards *g, int from, int to)
{
    if (to >= 0 && !g->l->guard[to] && VEC_AT(g->l->m->funcs, IrFunc, to)->kind == IRF_NATIVE)
        vec_push(g->l->m->arena, &g->succ[from], (void *)(intptr_t)to);
}

static void guard_scc(Guards *g, int v)
{
    g->index[v] = g->low[v] = ++g->next;
    g->stack[g->depth++] = v;
    g->on[v] = true;
    for (int k = 0; k < g->succ[v].len; k++) {
        int w = (int)(intptr_t)g->succ[v].items[k];
        if (!g->index[w]) guard_scc(g, w);
        if (g->on[w] && g->low[w] < g->low[v]) g->low[v] = g->low[w];
        if (w == v) g->l->guard[v] = true;   /* calls itself */
    }
    if (g->low[v] != g->index[v]) return;
    int top = g->depth, w;
    do { w = g->stack[--g->depth]; g->on[w] = false; } while (w != v);
    if (top - g->depth > 1)
        for (int k = g->depth; k < top; k++) g->l->guard[g->stack[k]] = true;
}

static bool has_extern_ancestor(const IrModule *m, const IrClass *c)
{
    for (; c; c = c->base >= 0 ? VEC_AT(m->classes, IrClass, c->base) : NULL)
        if (c->is_extern) return true;
    return false;
}

static void plan_guards(L *l)
{
    IrModule *m = l->m;
    int n = m->funcs.len;
    l->guard = ARENA_ARRAY(m->arena, bool, n + 1);
    for (int i = 0; i < n; i++) {
        IrFunc *f = VEC_AT(m->funcs, IrFunc, i);
        l->guard[i] = f->kind == IRF_PY_ENTRY ||
                      (f->kind == IRF_NATIVE && (has_op(f, IR_CALL) || has_op(f, IR_CALL_NOARGS)));
    }
    for (int c = 0; c < m->classes.len; c++) {
        IrClass *k = VEC_AT(m->classes, IrClass, c);
        bool ext = has_extern_ancestor(m, k);
        for (int s = 0; s < k->nslots; s++) {
            if (k->slot_thunk && k->slot_thunk[s] >= 0) l->guard[k->slot_thunk[s]] = true;
            if (ext && k->slot_impl && k->slot_impl[s] >= 0) l->guard[k->slot_impl[s]] = true;
        }
    }
    Guards g = { .l = l, .n = n };
    g.succ = ARENA_ARRAY(m->arena, PtrVec, n + 1);   /* (the arena zeroes) */
    for (int i = 0; i < n; i++) {
        IrFunc *f = VEC_AT(m->funcs, IrFunc, i);
        if (f->kind != IRF_NATIVE || l->guard[i]) continue;
        for (int b = 0; b < f->blocks.len; b++) {
            IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
            for (int j = 0; j < blk->instrs.len; j++) {
                IrInstr *in = VEC_AT(blk->instrs, IrInstr, j);
                if (in->op == IR_INVOKE_FUNCTION || in->op == IR_INVOKE_METHOD) add_succ(&g, i, in->func);
                if (in->op != IR_INVOKE_METHOD) continue;
                for (int c = 0; c < m->classes.len; c++) {   /* any class's implementation of the slot */
                    IrClass *k = VEC_AT(m->classes, IrClass, c);
                    if (in->imm < k->nslots && k->slot_impl) add_succ(&g, i, k->slot_impl[in->imm]);
                }
            }
        }
    }
    g.index = ARENA_ARRAY(m->arena, int, n + 1);
    g.low = ARENA_ARRAY(m->arena, int, n + 1);
    g.stack = ARENA_ARRAY(m->arena, int, n + 1);
    g.on = ARENA_ARRAY(m->arena, bool, n + 1);
    for (int i = 0; i < n; i++)
        if (!g.index[i] && g.succ[i].len) guard_scc(&g, i);
}

/* A bool as a byte, never an object: the result of a bool_ret callee only tested, a
 * boxed cbool only tested or returned by a bool_ret native (aux holds the byte). */
static bool bool_byte_fuses(L *l, Fn *F, IrBlock *blk, int i, const IrInstr *in)
{
    bool tested = sole_use(blk, i, in->dest, IR_IS_TRUE, 0) >= 0;
    if (in->op == IR_INVOKE_FUNCTION || in->op == IR_INVOKE_METHOD)
        return tested && VEC_AT(l->m->funcs, IrFunc, in->func)->bool_ret;
    if (in->op != IR_PRIMITIVE_BOX || argvt(F, in, 0) != VT_OF_PRIM(P_CBOOL)) return false;
    return tested || (F->f->bool_ret && sole_use(blk, i, in->dest, IR_RETURN, 0) >= 0);
}

/* ---- tagged int variables (see "tagged ints" above) ---- */

/* A boxed integer primitive that an int64 holds exactly (not uint64, cbool, double). */
static bool boxes_int64(Fn *F, const IrInstr *in)
{
    if (in->op != IR_PRIMITIVE_BOX || !VT_IS_PRIM(argvt(F, in, 0))) return false;
    PrimKind p = VT_PRIM(argvt(F, in, 0));
    return p != P_DOUBLE && p != P_CBOOL && (prim_signed_tab[p] || prim_bits_tab[p] < 64);
}

/* STORE_VAR at `at` whose value is a typed int BINARY_OP / unary minus result, or a boxed
 * integer primitive (`n = len(xs)`), stored nowhere else. */
static bool stores_int_result(Fn *F, IrBlock *b, int at)
{
    IrInstr *st = instr_at(b, at);
    int d = def_index(b, st->args[1]);
    if (d < 0) return false;
    IrInstr *op = instr_at(b, d);
    bool int_op = (op->op == IR_BINARY_OP || op->op == IR_UNARY_OP) && is_int_fast(op);
    return (int_op || boxes_int64(F, op)) && sole_use(b, d, op->dest, IR_STORE_VAR, 1) == at;
}

/* May operand k of `in` be a tagged word (lowered by a path that understands tags)? */
static bool takes_tagged(Fn *F, const IrInstr *in, int k)
{
    switch (in->op) {
    case IR_INCREF: case IR_DECREF: return true;
    case IR_STORE_VAR: return k == 1 && F->tagged[in->args[0]];
    case IR_BINARY_OP: case IR_COMPARE_OP: case IR_UNARY_OP: return is_int_fast(in) && k < 2;
    case IR_BINARY_SUBSCR: return k == 1 && seq_hinted(in) && in->dest >= 0;
    case IR_STORE_SUBSCR: return k == 1 && seq_hinted(in);
    default: return false;
    }
}

/* Is constant temp t (defined at `at`) only stored into tagged variables (and counted)? */
static bool const_only_stored_tagged(Fn *F, IrBlock *b, int at, int t)
{
    bool stored = false;
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        for (int k = 0; k < in->nargs; k++) {
            if (in->args[k] != t || in->op == IR_INCREF || in->op == IR_DECREF) continue;
            if (in->op != IR_STORE_VAR || k != 1 || !F->tagged[in->args[0]]) return false;
            stored = true;
        }
    }
    return stored;
}

/* Is every use of temp t, loaded from variable v at `at`, one that takes a tagged word?
 * A store into another variable is not: `y = x` shares x's object in CPython, so x is
 * boxed once and both hold the box (two tagged copies would box to two objects). */
static bool all_take_tagged(Fn *F, IrBlock *b, int at, int t, int v)
{
    for (int j = at + 1; j < b->instrs.len; j++) {
        IrInstr *in = instr_at(b, j);
        for (int k = 0; k < in->nargs; k++)
            if (in->args[k] == t && (!takes_tagged(F, in, k) || (in->op == IR_STORE_VAR && in->args[0] != v)))
                return false;
    }
    return true;
}

/* The instruction of block b defining temp t, when it is an `op`; else NULL. */
static IrInstr *def_of(IrBlock *b, int t, IrOp op)
{
    int d = def_index(b, t);
    return d >= 0 && instr_at(b, d)->op == op ? instr_at(b, d) : NULL;
}

/* Is `in` a LOAD_GLOBAL of `name`? */
static bool loads_global(L *l, const IrInstr *in, const char *name)
{
    if (!in || in->op != IR_LOAD_GLOBAL) return false;
    const IrConst *c = VEC_AT(l->m->consts, IrConst, in->cidx);
    return c->kind == C_STR && c->s && strcmp(c->s, name) == 0;
}

/* Calls isinstance(o, cls) of the global name, positional: lower_isinstance. */
static void find_isinstance_calls(L *l, Fn *F)
{
    for (int b = 0; b < F->f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(F->f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = instr_at(blk, i);
            if (in->op == IR_CALL && in->dest >= 0 && in->nargs == 3 && in->cidx < 0 && !in->imm2 &&
                loads_global(l, def_of(blk, in->args[0], IR_LOAD_GLOBAL), "isinstance"))
                F->isinstance_call[in->dest] = true;
        }
    }
}

/* Variables stored from GET_ITER of a call of the global `range`: `for ... in range(...)`
 * (the iterator is then usually an SpcRangeIter, lowered inline: range_iter_step). */
static void find_range_loops(L *l, Fn *F)
{
    for (int b = 0; b < F->f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(F->f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = instr_at(blk, i), *it, *call;
            if (in->op != IR_STORE_VAR || !(it = def_of(blk, in->args[1], IR_GET_ITER)) ||
                !(call = def_of(blk, it->args[0], IR_CALL)) ||
                !loads_global(l, def_of(blk, call->args[0], IR_LOAD_GLOBAL), "range"))
                continue;
            F->range_iter[in->args[0]] = true;
            int at = def_index(blk, call->dest);   /* positional arguments only, iterated once */
            if (call->cidx < 0 && !call->imm2 && call->nargs >= 2 && call->nargs <= 4 &&
                sole_use(blk, at, call->dest, IR_GET_ITER, 0) >= 0)
                F->range_call[call->dest] = true;
        }
    }
}

/* Obj variables of a native function or generator assigned typed int results, or the
 * target of a range loop (and used only by LOAD_VAR / STORE_VAR / DELETE_VAR / DECREF
 * and FOR_ITER's store: no cell, no locals()) hold tagged words; so do those results,
 * constants of the small-int cache stored there (a larger constant is one object in
 * CPython wherever the function uses it: stored as is), and loads whose every use takes
 * a tagged word. A generator's slots are visited and cleared by rt_gen.c, which skips
 * tagged words. */
static void analyze_tags(L *l, Fn *F)
{
    IrFunc *f = F->f;
    find_range_loops(l, F);
    find_isinstance_calls(l, F);
    if (f->kind != IRF_NATIVE && f->kind != IRF_GEN) return;
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = instr_at(blk, i);
            if (in->op == IR_STORE_VAR && val(F, in->args[0])->vt == VT_OBJ && stores_int_result(F, blk, i))
                F->tagged[in->args[0]] = true;
            if (in->op == IR_FOR_ITER && F->range_iter[in->args[0]])
                F->tagged[in->args[1]] = true;
        }
    }
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = instr_at(blk, i);
            bool var_op = in->op == IR_LOAD_VAR || in->op == IR_STORE_VAR || in->op == IR_DELETE_VAR ||
                          in->op == IR_DECREF;
            for (int k = 0; k < in->nargs; k++)   /* FOR_ITER stores its target through store_obj_var */
                if (val(F, in->args[k])->is_var && !(var_op && k == 0) && !(in->op == IR_FOR_ITER && k == 1))
                    F->tagged[in->args[k]] = false;
        }
    }
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = instr_at(blk, i);
            if (in->op == IR_STORE_VAR && F->tagged[in->args[0]] && stores_int_result(F, blk, i))
                F->tagged[in->args[1]] = F->tagstore[in->args[1]] = true;
            if (in->dest < 0 || val(F, in->dest)->vt != VT_OBJ) continue;
            int64_t c;
            if (in->op == IR_LOAD_VAR && F->tagged[in->args[0]] && all_take_tagged(F, blk, i, in->dest, in->args[0])) {
                F->tagged[in->dest] = true;
                F->tag_var[in->dest] = in->args[0];
            } else if (in->op == IR_LOAD_CONST && small_int_const(l, in, &c) && c <= SPC_SMALL_INT_MAX &&
                       const_only_stored_tagged(F, blk, i, in->dest)) {   /* larger: the shared constant */
                F->tagged[in->dest] = true;
            }
        }
    }
}

/* Native obj parameters the function never writes are borrowed from the caller (who
 * keeps its arguments alive for the call, as in CPython's vectorcall): no reference is
 * taken at entry nor released at exit. */
static void analyze_func(L *l, Fn *F)
{
    IrFunc *f = F->f;
    if (f->kind == IRF_NATIVE)
        for (int i = 0; i < f->nparams; i++) F->borrow[i] = val(F, i)->vt == VT_OBJ;
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = instr_at(blk, i);
            for (int p = 0; f->kind == IRF_NATIVE && p < f->nparams; p++)
                if (writes_var(in, p)) F->borrow[p] = false;
            if (in->dest < 0 || val(F, in->dest)->vt != VT_OBJ) continue;
            if (in->op == IR_LOAD_VAR && load_can_borrow(blk, i, in->dest, in->args[0]))
                F->borrow[in->dest] = true;
            else if (in->op == IR_LOAD_FIELD && field_can_borrow(F, blk, i, in->dest))
                F->borrow[in->dest] = F->fborrow[in->dest] = true;
            else if (in->op == IR_LOAD_ATTR && sole_use(blk, i, in->dest, IR_CALL, 0) >= 0)
                F->meth[in->dest] = true;
            else if ((is_identity_cmp(in) || in->op == IR_COMPARE_OP) && sole_use(blk, i, in->dest, IR_IS_TRUE, 0) >= 0)
                F->fused[in->dest] = F->borrow[in->dest] = true;
            else if (bool_byte_fuses(l, F, blk, i, in))
                F->fused[in->dest] = F->borrow[in->dest] = true;
            else if ((in->op == IR_BINARY_OP || is_int_neg(in)) && is_int_fast(in) && f->kind != IRF_GEN &&   /* a yield keeps no int64 */
                     int_sole_consumer(blk, i, in->dest))
                F->unboxed[in->dest] = true;
            else if (in->op == IR_BINARY_OP && is_int_fast(in) && f->kind != IRF_GEN && !F->tagstore[in->dest])
                F->inplace[in->dest] = inplace_source(blk, i, in);
            else if (in->op == IR_BINARY_OP && in->args[0] != in->args[1])
                for (int k = 0; k < 2; k++)
                    if (!val(F, in->args[k])->is_var && !used_after(blk, i, in->args[k]))
                        F->dies[in->dest] |= (unsigned char)(1 << k);
        }
    }
}

/* ---- functions ---- */

/* C identifiers: the index keeps them unique, the sanitised name readable. */
static const char *c_ident(L *l, const char *prefix, int index, const char *name)
{
    char *s = arena_printf(l->m->arena, "%s%d_%s", prefix, index, name ? name : "t");
    for (char *p = s; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9'))) *p = '_';
    return s;
}

static const char *local_name(L *l, const IrValue *v) { return c_ident(l, "v", v->id, v->name); }

static void declare_func(L *l, IrFunc *f)
{
    gcc_jit_param *ps[64], **params = ps;
    int n = 0;
    gcc_jit_type *ret = l->t_obj;
    if (f->kind == IRF_NATIVE) {
        ret = vt_type(l, c_ret(f));
        if (f->nparams > 64) params = ARENA_ARRAY(l->m->arena, gcc_jit_param *, f->nparams);
        for (; n < f->nparams; n++)
            params[n] = gcc_jit_context_new_param(l->ctx, NULL,
                vt_type(l, VEC_AT(f->values, IrValue, n)->vt), arena_printf(l->m->arena, "p%d", n));
    } else if (f->kind == IRF_GEN) {
        params[n++] = gcc_jit_context_new_param(l->ctx, NULL, l->t_obj, "gen");
    } else if (f->kind == IRF_PY_ENTRY) {
        static const char *names[4] = { "self", "args", "nargs", "kwnames" };
        gcc_jit_type *types[4] = { l->t_obj, l->t_objp, l->t_i64, l->t_obj };
        for (; n < 4; n++) params[n] = gcc_jit_context_new_param(l->ctx, NULL, types[n], names[n]);
    }
    l->fns[f->index] = gcc_jit_context_new_function(l->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, ret,
        c_ident(l, "spcf", f->index, f->name), n, params, 0);
}

static int max_array_args(const IrFunc *f)
{
    int max = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = VEC_AT(blk->instrs, IrInstr, i);
            bool uses = in->op == IR_CALL || (in->op >= IR_BUILD_TUPLE && in->op <= IR_BUILD_MAP) ||
                        in->op == IR_MAKE_CLASS || in->op == IR_BUILD_CHECKED_LIST ||
                        in->op == IR_BUILD_CHECKED_MAP;
            if (uses && in->nargs + 1 > max)
                max = in->nargs + 1;
        }
    }
    return max;
}

/* Locals, the entry block (NULL/0 initialisation, parameters), the cleanup. */
static void setup_func(L *l, Fn *F)
{
    IrFunc *f = F->f;
    int nv = f->values.len;
    F->vals = ARENA_ARRAY(l->m->arena, gcc_jit_lvalue *, nv + 1);
    F->held = ARENA_ARRAY(l->m->arena, int, nv + 1);
    F->held_self = ARENA_ARRAY(l->m->arena, int, nv + 1);
    F->borrow = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->meth = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->fborrow = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    memset(F->fborrow, 0, sizeof(bool) * (size_t)(nv + 1));
    F->fused = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->sure_bool = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->unboxed = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->dies = ARENA_ARRAY(l->m->arena, unsigned char, nv + 1);
    F->inplace = ARENA_ARRAY(l->m->arena, const IrInstr *, nv + 1);
    memset(F->inplace, 0, sizeof(IrInstr *) * (size_t)(nv + 1));
    F->aux = ARENA_ARRAY(l->m->arena, gcc_jit_lvalue *, nv + 1);
    F->cint = ARENA_ARRAY(l->m->arena, int64_t, nv + 1);
    F->has_cint = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    memset(F->has_cint, 0, sizeof(bool) * (size_t)(nv + 1));
    memset(F->borrow, 0, sizeof(bool) * (size_t)(nv + 1));
    memset(F->meth, 0, sizeof(bool) * (size_t)(nv + 1));
    memset(F->fused, 0, sizeof(bool) * (size_t)(nv + 1));
    memset(F->unboxed, 0, sizeof(bool) * (size_t)(nv + 1));
    memset(F->dies, 0, (size_t)(nv + 1));
    memset(F->held_self, 0, sizeof(int) * (size_t)(nv + 1));
    F->tagged = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->tagstore = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    F->tag_var = ARENA_ARRAY(l->m->arena, int, nv + 1);
    F->word = ARENA_ARRAY(l->m->arena, gcc_jit_lvalue *, nv + 1);
    memset(F->tagged, 0, sizeof(bool) * (size_t)(nv + 1));
    memset(F->tagstore, 0, sizeof(bool) * (size_t)(nv + 1));
    for (int i = 0; i <= nv; i++) F->tag_var[i] = -1;
    F->range_iter = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    memset(F->range_iter, 0, sizeof(bool) * (size_t)(nv + 1));
    F->range_call = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    memset(F->range_call, 0, sizeof(bool) * (size_t)(nv + 1));
    F->isinstance_call = ARENA_ARRAY(l->m->arena, bool, nv + 1);
    memset(F->isinstance_call, 0, sizeof(bool) * (size_t)(nv + 1));
    analyze_tags(l, F);
    analyze_func(l, F);
    F->cur = gcc_jit_function_new_block(F->fn, "entry");
    F->guarded = l->guard[f->index];
    if (F->guarded) enter_call(l, F);   /* before anything is owned: a RecursionError just returns */
    int nobj, nslots, *off = NULL;
    if (f->kind == IRF_GEN) {   /* variables are frame slots, filled by MAKE_GEN / earlier runs */
        F->gen = gcc_jit_param_as_rvalue(gcc_jit_function_get_param(F->fn, 0));
        F->frame = gcc_jit_function_new_local(F->fn, NULL, l->t_voidp, "frame");
        assign(F, F->frame, RTCALL(l, F, spc_rt_gen_frame, F->gen));
        off = gen_layout(l, f, &nobj, &nslots);
    }
    for (int i = 0; i < nv; i++) {
        IrValue *v = val(F, i);
        if (off && off[i] >= 0) {
            if (F->tagged[i]) {   /* both views through the union type: they alias (TBAA) */
                gcc_jit_lvalue *u = mem_at(l, F, gcc_jit_lvalue_as_rvalue(F->frame), off[i], l->t_word);
                F->vals[i] = gcc_jit_lvalue_access_field(u, NULL, l->f_word_p);
                F->word[i] = gcc_jit_lvalue_access_field(u, NULL, l->f_word_i);
                continue;
            }
            F->vals[i] = mem_at(l, F, gcc_jit_lvalue_as_rvalue(F->frame), off[i], vt_type(l, v->vt));
            continue;
        }
        if (F->tagged[i]) {   /* a union: the obj view and the int64 view of one word */
            gcc_jit_lvalue *u = gcc_jit_function_new_local(F->fn, NULL, l->t_word, local_name(l, v));
            F->vals[i] = gcc_jit_lvalue_access_field(u, NULL, l->f_word_p);
            F->word[i] = gcc_jit_lvalue_access_field(u, NULL, l->f_word_i);
        } else {
            F->vals[i] = gcc_jit_function_new_local(F->fn, NULL, vt_type(l, v->vt), local_name(l, v));
        }
        if (f->kind == IRF_NATIVE && i < f->nparams) {
            assign(F, F->vals[i], gcc_jit_param_as_rvalue(gcc_jit_function_get_param(F->fn, i)));
            /* variables own their value, except borrowed parameters (analyze_func) */
            if (v->vt == VT_OBJ && !F->borrow[i]) emit_incref(l, F, rv(F, i));
        } else if (v->vt == VT_OBJ) {
            assign(F, F->vals[i], null_obj(l));
        } else if (v->is_var) {
            assign(F, F->vals[i], v->vt == VT_OF_PRIM(P_DOUBLE)
                   ? gcc_jit_context_zero(l->ctx, l->t_double) : int_const(l, vt_type(l, v->vt), 0));
        }
    }
    if (f->kind == IRF_PY_ENTRY) {
        for (int i = 0; i < 4; i++) F->params[i] = gcc_jit_function_get_param(F->fn, i);
        if (f->n_args > 0)
            F->bound = gcc_jit_function_new_local(F->fn, NULL,
                gcc_jit_context_new_array_type(l->ctx, NULL, l->t_obj, f->n_args), "bound");
    }
    int na = max_array_args(f);
    if (na > 0)
        F->callargs = gcc_jit_function_new_local(F->fn, NULL,
            gcc_jit_context_new_array_type(l->ctx, NULL, l->t_obj, na), "callargs");
    F->blocks = ARENA_ARRAY(l->m->arena, gcc_jit_block *, f->blocks.len + 1);
    for (int b = 0; b < f->blocks.len; b++) F->blocks[b] = new_block(F);
    F->cleanup = gcc_jit_function_new_block(F->fn, "error");
    if (f->kind == IRF_GEN) gen_dispatch(l, F);
    else if (f->blocks.len) jump(F, F->blocks[0]);
}

/* error: release every obj variable; return the sentinel of the return type */
static void finish_cleanup(L *l, Fn *F)
{
    F->cur = F->cleanup;
    F->loc = NULL;
    if (F->f->kind == IRF_GEN) {   /* the generator is finished: clear its frame */
        release_vars(l, F, -1);
        add_eval(F, RTCALL(l, F, spc_rt_gen_finish, F->gen));
    }
    for (int i = 0; F->f->kind != IRF_GEN && i < F->f->values.len; i++)
        if (val(F, i)->is_var && val(F, i)->vt == VT_OBJ && !F->borrow[i])
            add_eval(F, RTCALL(l, F, spc_rt_xdecref, rv(F, i)));
    if (F->guarded) leave_call(l, F);
    gcc_jit_block_end_with_return(F->cur, NULL, sentinel(l, c_ret(F->f)));
}

static void lower_func(L *l, IrFunc *f)
{
    Fn F = { .f = f, .fn = l->fns[f->index], .handler = -1 };
    setup_func(l, &F);
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        F.cur = F.blocks[b];
        F.handler = blk->handler;
        memset(F.held, 0, sizeof(int) * (size_t)f->values.len);
        memset(F.held_self, 0, sizeof(int) * (size_t)f->values.len);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = VEC_AT(blk->instrs, IrInstr, i);
            F.loc = l->opt->debug_info && in->line > 0
                ? gcc_jit_context_new_location(l->ctx, l->abspath, in->line, 0) : NULL;
            lower_op(l, &F, in, loc_id(l, in));
            track_refs(&F, in);
        }
    }
    finish_cleanup(l, &F);
}

/* ---- module: constants, globals, exec, PyInit ---- */

typedef struct Buf { unsigned char *p; size_t len, cap; Arena *a; } Buf;

static void buf_put(Buf *b, const void *data, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n) cap *= 2;
        unsigned char *p = arena_alloc(b->a, cap);
        if (b->len) memcpy(p, b->p, b->len);
        b->p = p;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->len, data, n);
    b->len += n;
}

static void buf_u32(Buf *b, uint32_t v)
{
    unsigned char x[4] = { v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255 };
    buf_put(b, x, 4);
}

static void buf_str(Buf *b, const char *s, size_t n)
{
    buf_u32(b, (uint32_t)n);
    buf_put(b, s, n);
}

/* The constant blob runtime/rt_module.c decodes (format documented there). */
static Buf const_blob(L *l)
{
    Buf b = { .a = l->m->arena };
    for (int i = 0; i < l->m->consts.len; i++) {
        IrConst *c = VEC_AT(l->m->consts, IrConst, i);
        unsigned char kind = (unsigned char)c->kind;
        buf_put(&b, &kind, 1);
        switch (c->kind) {
        case C_INT: case C_BUILTIN: buf_str(&b, c->s, strlen(c->s)); break;
        case C_STR: case C_BYTES: buf_str(&b, c->s ? c->s : "", c->len ? c->len : (c->s ? strlen(c->s) : 0)); break;
        case C_FLOAT: case C_IMAG: buf_put(&b, &c->f, 8); break;
        case C_TUPLE_OF_STR:
            buf_u32(&b, (uint32_t)c->nstrs);
            for (int k = 0; k < c->nstrs; k++) buf_str(&b, c->strs[k], strlen(c->strs[k]));
            break;
        default: break;
        }
    }
    return b;
}

static gcc_jit_lvalue *obj_array_global(L *l, const char *name, int n)
{
    return gcc_jit_context_new_global(l->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL,
        gcc_jit_context_new_array_type(l->ctx, NULL, l->t_obj, n > 0 ? n : 1), name);
}

/* static int spcf__exec(PyObject *module):
 *     if (spc_rt_module_exec(module, spc_consts, n, spc_constblob, len) < 0) return -1;
 *     spc_rt_set_classes(spc_classes, nclasses);
 *     r = <module body>(); if (!r) return -1; Py_DECREF(r); return 0;
 * PyObject *PyInit_<name>(void) { return spc_rt_module_init("<name>", spcf__exec); } */
static void emit_module_glue(L *l)
{
    gcc_jit_context *c = l->ctx;
    Buf blob = const_blob(l);
    gcc_jit_type *uchar = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UNSIGNED_CHAR);
    size_t bl = blob.len ? blob.len : 1;
    gcc_jit_lvalue *g = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_INTERNAL,
        gcc_jit_context_new_array_type(c, NULL, uchar, (int)bl), "spc_constblob");
    unsigned char zero = 0;
    gcc_jit_global_set_initializer(g, blob.len ? (const void *)blob.p : &zero, bl);

    gcc_jit_param *pm = gcc_jit_context_new_param(c, NULL, l->t_obj, "module");
    gcc_jit_function *ex = gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_INTERNAL,
                                                        l->t_int, "spcf__exec", 1, &pm, 0);
    Fn F = { .fn = ex, .handler = -1 };
    F.cur = gcc_jit_function_new_block(ex, "entry");     /* the first block is the entry */
    gcc_jit_block *fail = gcc_jit_function_new_block(ex, "fail");
    gcc_jit_block_end_with_return(fail, NULL, i32(l, -1));
    gcc_jit_rvalue *consts0 = gcc_jit_lvalue_get_address(const_slot(l, 0), NULL);
    gcc_jit_rvalue *blob0 = gcc_jit_context_new_cast(c, NULL, gcc_jit_lvalue_get_address(
        gcc_jit_context_new_array_access(c, NULL, gcc_jit_lvalue_as_rvalue(g), i32(l, 0)), NULL),
        l->t_voidp);
    branch_to(&F, cmp(l, &F, GCC_JIT_COMPARISON_LT, RTCALL(l, &F, spc_rt_module_exec,
        gcc_jit_param_as_rvalue(pm), consts0, i32(l, l->m->consts.len), blob0, i32(l, (int)blob.len)),
        i32(l, 0)), fail);
    add_eval(&F, RTCALL(l, &F, spc_rt_set_classes,
                        gcc_jit_lvalue_get_address(class_slot(l, 0), NULL), i32(l, l->m->classes.len)));
    gcc_jit_lvalue *r = gcc_jit_function_new_local(ex, NULL, l->t_obj, "r");
    assign(&F, r, gcc_jit_context_new_call(c, NULL, l->fns[l->m->body_func], 0, NULL));
    branch_to(&F, cmp(l, &F, GCC_JIT_COMPARISON_EQ, gcc_jit_lvalue_as_rvalue(r), null_obj(l)), fail);
    add_eval(&F, RTCALL(l, &F, spc_rt_xdecref, gcc_jit_lvalue_as_rvalue(r)));
    gcc_jit_block_end_with_return(F.cur, NULL, i32(l, 0));

    gcc_jit_function *init = gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_EXPORTED,
        l->t_obj, arena_printf(l->m->arena, "PyInit_%s", l->m->name), 0, NULL, 0);
    gcc_jit_block *b = gcc_jit_function_new_block(init, "entry");
    gcc_jit_rvalue *exec_addr = gcc_jit_context_new_cast(c, NULL,
        gcc_jit_function_get_address(ex, NULL), l->t_voidp);
    gcc_jit_rvalue *args[2] = { str(l, l->m->name), exec_addr };
    gcc_jit_block_end_with_return(b, NULL, gcc_jit_context_new_call(c, NULL,
        l->rt[RTF_spc_rt_module_init], 2, args));
}

/* ---- driver ---- */

static const char *absolute_path(Arena *a, const char *path)
{
    char buf[PATH_MAX];
    if (realpath(path, buf)) return arena_strdup(a, buf);
    if (path[0] == '/' || !getcwd(buf, sizeof buf)) return path;
    return arena_printf(a, "%s/%s", buf, path);
}

static void dump_jit(L *l)
{
    char tmpl[] = "/tmp/spc-jit-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) return;
    close(fd);
    gcc_jit_context_dump_to_file(l->ctx, tmpl, 0);
    FILE *in = fopen(tmpl, "r");
    if (in) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, l->opt->dump_jit);
        fclose(in);
    }
    unlink(tmpl);
}

static void configure(L *l)
{
    gcc_jit_context *c = l->ctx;
    int o = l->opt->opt_level < 0 ? 0 : l->opt->opt_level > 3 ? 3 : l->opt->opt_level;
    gcc_jit_context_set_int_option(c, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL, o);
    gcc_jit_context_set_bool_option(c, GCC_JIT_BOOL_OPTION_DEBUGINFO, l->opt->debug_info);
    gcc_jit_context_set_bool_allow_unreachable_blocks(c, 1);
    gcc_jit_context_set_bool_print_errors_to_stderr(c, 0);
    gcc_jit_context_add_command_line_option(c, "-fPIC");
    if (l->opt->runtime_archive) gcc_jit_context_add_driver_option(c, l->opt->runtime_archive);
    gcc_jit_context_add_driver_option(c, "-lm");
}

int lower_module(IrModule *m, const LowerOptions *opt, Diags *d)
{
    L l = { .m = m, .opt = opt, .d = d };
    l.ctx = gcc_jit_context_acquire();
    if (!l.ctx) {
        diag_report(d, m->path, D_INTERNAL, (Span){ 0, 0, 0, 0 }, "cannot create a libgccjit context");
        return -1;
    }
    l.abspath = absolute_path(m->arena, m->path);
    configure(&l);
    init_types(&l);
    declare_runtime(&l);
    declare_data(&l);
    collect_type_slots(&l);
    l.consts = obj_array_global(&l, "spc_consts", m->consts.len);
    l.fnobjs = obj_array_global(&l, "spc_fnobjs", m->funcs.len);
    l.types = obj_array_global(&l, "spc_types", l.ntypes);
    l.classes = obj_array_global(&l, "spc_classes", m->classes.len);
    l.fns = ARENA_ARRAY(m->arena, gcc_jit_function *, m->funcs.len + 1);
    for (int i = 0; i < m->funcs.len; i++) declare_func(&l, VEC_AT(m->funcs, IrFunc, i));
    plan_guards(&l);
    for (int i = 0; i < m->funcs.len; i++) lower_func(&l, VEC_AT(m->funcs, IrFunc, i));
    emit_module_glue(&l);
    if (opt->dump_jit) dump_jit(&l);
    if (!gcc_jit_context_get_first_error(l.ctx))
        gcc_jit_context_compile_to_file(l.ctx, GCC_JIT_OUTPUT_KIND_DYNAMIC_LIBRARY, opt->output_path);
    const char *err = gcc_jit_context_get_first_error(l.ctx);
    if (err)
        diag_report(d, m->path, D_INTERNAL, (Span){ 0, 0, 0, 0 },
                    arena_printf(m->arena, "libgccjit: %s", err));
    gcc_jit_context_release(l.ctx);
    return err ? -1 : 0;
}
