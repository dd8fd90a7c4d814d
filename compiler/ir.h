/* ir.h — the typed register IR of static opcodes (opcodes: ir_ops.def).
 *
 * Module -> functions -> basic blocks -> instructions. Every value has a ValType.
 * Values are either variables (is_var: named locals, assigned many times, live across
 * blocks) or temporaries (assigned once, used only inside the block that defines them;
 * merges across blocks go through variables). That invariant keeps reference counting
 * local: the refcount pass (ir_refcount) releases each owned obj temp after its last use
 * in the block, and the back end's error exit releases every obj var and every obj temp
 * still held (temps are NULL until defined and cleared when released). Every exit of a
 * function (RETURN as well as the error exit) releases every obj var, so the IR
 * generator never has to clear locals before returning. Parameters are variables too:
 * callers pass obj arguments borrowed (INVOKE_FUNCTION borrows its operands), so a
 * native function's prologue takes its own reference to each obj parameter.
 *
 * Error signalling of native entries (used by INVOKE_FUNCTION and the back end):
 *   obj return      NULL
 *   int8..int64     -1      \  plus PyErr_Occurred()
 *   uint8..uint64   max     |
 *   double          -1.0    /
 *   cbool           2
 * Producer: irgen.c. Passes: ir.c (verify, refcount, print). Consumer: lower.c. */
#ifndef SPC_IR_H
#define SPC_IR_H
#include "arena.h"
#include "ast.h"
#include "types.h"
#include <stdio.h>

typedef enum IrOp {
#define IROP(name, result, error, flags) IR_##name,
#include "ir_ops.def"
#undef IROP
    IR__COUNT
} IrOp;

enum { R_NONE, R_OBJ, R_PRIM, R_CBOOL, R_ANY };
enum { X_NONE, X_NULL, X_NEG, X_PRIM, X_ALWAYS, X_CUSTOM };
enum { F_TERM = 1, F_STEALS = 2, F_BORROWED = 4, F_BORROW0 = 8, F_VARARGS = 16 };

typedef struct IrOpInfo { const char *name; int result, error, flags; } IrOpInfo;
extern const IrOpInfo ir_op_info[IR__COUNT];

/* Value types: obj, then the primitives in prim.def order, then void. */
typedef enum ValType { VT_OBJ, VT_PRIM0, VT_VOID = VT_PRIM0 + P__COUNT } ValType;
#define VT_OF_PRIM(p) ((ValType)(VT_PRIM0 + (p)))
#define VT_IS_PRIM(vt) ((vt) >= VT_PRIM0 && (vt) < VT_VOID)
#define VT_PRIM(vt) ((PrimKind)((vt) - VT_PRIM0))
ValType vt_of_type(const Type *t);      /* prim -> its VT, void -> VT_VOID, else VT_OBJ */
const char *vt_name(ValType vt);        /* "obj", "int64", "double", "cbool", "void" */

typedef struct IrValue {
    int id;                 /* index in IrFunc.values; printed as %id or $name */
    ValType vt;
    bool is_var;
    const char *name;       /* variables: source name (hidden ones start with '.') */
    bool is_param;          /* variables: parameter of a native function (first nparams vars) */
} IrValue;

/* One typed-parameter check of CHECK_ARGS. */
typedef struct IrCheck {
    int param;              /* parameter index (operand index) */
    Type *type;             /* declared type: a class, Optional[class] or a primitive */
    int type_cidx;          /* const of the class object to check against (boxed class for prims) */
} IrCheck;

typedef struct IrInstr {
    IrOp op;
    int dest;               /* value id, -1 when none */
    int nargs;
    int *args;              /* value ids */
    int64_t imm, imm2;
    double fimm;
    int cidx, cidx2;        /* const indices, -1 when none */
    int func;               /* function index (INVOKE_FUNCTION, MAKE_FUNCTION, LOAD_DEFAULT,
                               BIND_ARGS, CHECK_ARGS), -1 when none */
    Type *type;             /* CAST target */
    IrCheck *checks;        /* CHECK_ARGS */
    int nchecks;
    int target, target2;    /* block ids for JUMP / BRANCH / FOR_ITER / YIELD / YIELD_FROM */
    int line;               /* source line for tracebacks (0: none) */
    int col, end_line, end_col; /* the rest of the source position (CPython's: 0-based byte
                               columns, end exclusive); col < 0: unknown */
} IrInstr;

typedef struct IrBlock {
    int id;
    PtrVec instrs;          /* IrInstr*; the last one has F_TERM */
    int handler;            /* where an exception raised in this block goes: a block that
                               starts with CATCH, or -1 for the function's error exit */
} IrBlock;

typedef enum IrFuncKind {
    IRF_NATIVE,             /* typed native entry: C params per param type, returns ret */
    IRF_PY_ENTRY,           /* PyObject *(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                               PyObject *kwnames): BIND_ARGS, CHECK_ARGS, unbox, INVOKE, box */
    IRF_MODULE_BODY,        /* PyObject *(void): the module's top-level code; returns None */
    IRF_GEN,                /* PyObject *(PyObject *gen): a generator's body, resumed by the
                               runtime (rt_gen.c); its variables live in the generator's
                               frame, the first nparams being the parameters MAKE_GEN copies;
                               YIELD / YIELD_FROM suspend, RETURN and errors finish it */
} IrFuncKind;

typedef struct IrFunc {
    int index;              /* in IrModule.funcs */
    const char *name;       /* C-level symbol stem, unique in the module */
    const char *py_name;    /* Python-visible name (function __name__, traceback name) */
    const char *qualname;   /* __qualname__ */
    IrFuncKind kind;
    FuncDecl *decl;         /* source function (NULL for the module body) */
    ValType ret;            /* IRF_NATIVE return type; obj for the others */
    bool bool_ret;          /* IRF_NATIVE declared `-> bool` (by its vtable slot's root): in
                               the IR it returns obj, in C a char: 0 False, 1 True, 2 error,
                               3 any other object, passed in spc_rt_ret_stash (lower.c) */
    int nparams;            /* IRF_NATIVE, IRF_GEN: values 0..nparams-1 are the parameter vars */
    int native;             /* IRF_PY_ENTRY: index of the native function it calls */
    int py_entry;           /* IRF_NATIVE: index of its Python-facing entry (-1: none) */
    PtrVec values;          /* IrValue* */
    PtrVec blocks;          /* IrBlock*; block 0 is the entry */
    /* IRF_PY_ENTRY: argument spec for BIND_ARGS / MAKE_FUNCTION */
    int n_args;             /* total named params */
    int n_positional;       /* positional (or keyword) params, first in order */
    int n_kwonly;           /* keyword-only params after them */
    int n_posonly;          /* the first n_posonly positional params are positional-only */
    bool has_varargs;       /* then *args (a tuple), */
    bool has_varkw;         /* then **kwargs (a dict): CPython's co_varnames order */
    const char **arg_names;
    /* IRF_PY_ENTRY: annotations as source text, for __annotations__ (evaluated on first
     * use, or kept as strings under `from __future__ import annotations`) */
    int nann;
    const char **ann_names, **ann_texts;
    bool future_ann;
    int first_line;         /* def line (co_firstlineno) */
} IrFunc;

typedef enum IrConstKind {
    C_NONE, C_TRUE, C_FALSE, C_ELLIPSIS,
    C_INT,                  /* text: decimal/hex/octal/binary literal as written (underscores ok) */
    C_FLOAT,                /* f */
    C_IMAG,                 /* f: the imaginary part of a complex (0 + fj) */
    C_STR,                  /* s, len: UTF-8; interned (also used for names) */
    C_BYTES,                /* s, len */
    C_TUPLE_OF_STR,         /* strs/nstrs: e.g. keyword names of a call */
    C_BUILTIN,              /* s: attribute of the builtins module (types for CAST/CHECK_ARGS) */
} IrConstKind;

typedef struct IrConst {
    IrConstKind kind;
    const char *s;
    size_t len;
    double f;
    const char **strs;
    int nstrs;
} IrConst;

/* Receiver kinds of FAST_LEN / SEQUENCE_GET / SEQUENCE_SET. */
typedef enum SeqKind {
    SEQ_LIST, SEQ_TUPLE, SEQ_DICT, SEQ_SET, SEQ_STR, SEQ_CHECKED_LIST, SEQ_CHECKED_DICT,
    SEQ_ARRAY_INT64,        /* Array[int64]: SEQUENCE_GET gives / SEQUENCE_SET takes an int64 */
    SEQ_OTHER,              /* anything else: the generic protocol (len(), a[i]) */
} SeqKind;

/* One instance field of a static class, as laid out in memory. */
typedef struct IrField {
    const char *name;
    ValType vt;             /* VT_OBJ or a primitive */
    int offset;             /* bytes from the start of the object */
    Type *type;             /* declared type: typed descriptors check stores from Python
                               against it (obj fields); TY.dynamic accepts anything */
    bool inherited;         /* declared by a base class (its descriptor lives there) */
    bool unowned;           /* declared `bool`: holds Py_True/Py_False without a reference
                               (runtime SPC_FIELD_BOOL): stores are plain pointer writes */
    bool has_default;       /* class-body default (x: int = 1): MAKE_CLASS takes its value
                               as an extra operand after the bases, in field order, and
                               every new instance starts with it */
} IrField;

/* A static class: everything MAKE_CLASS needs to build the type at run time. */
typedef struct IrClass {
    int index;
    const char *name;       /* __name__ */
    const char *qualname;   /* __qualname__ */
    ClassDecl *decl;
    int base;               /* index of the static base IrClass, -1: object */
    int basicsize;          /* instance size in bytes (fields included) */
    PtrVec fields;          /* IrField*: all fields, inherited first (offsets ascend) */
    int nslots;             /* vtable */
    const char **slot_names;
    int *slot_impl;         /* IRF_NATIVE function implementing each slot in this class
                               (-1: inherited from another module's class: the runtime
                               takes the base's vtable entry) */
    int *slot_thunk;        /* IRF_NATIVE function with the same signature that calls a
                               Python override (looked up by name) and checks its result;
                               used in the vtables of Python subclasses that override */
    const char **final_names;   /* methods Python subclasses may not override */
    int nfinal;
    bool is_final;          /* the class itself cannot be subclassed */
    int weaklist_offset;    /* instances' weakref list (0: none; @allow_weakrefs here or in a base) */
    int dict_offset;        /* instances' __dict__ (0: none; ClassDecl.has_dict here or in a base) */
    bool is_extern;         /* another module's static class that a class here derives
                               from: its layout only (field offsets, slot names); its
                               type is never made, loaded or allocated by this module */
} IrClass;

typedef struct IrModule {
    const char *name;       /* module name: PyInit_<name> */
    const char *path;       /* source path (tracebacks, __file__ is set by the importer) */
    PtrVec funcs;           /* IrFunc* */
    PtrVec consts;          /* IrConst* (deduplicated) */
    int body_func;          /* index of the IRF_MODULE_BODY function */
    PtrVec classes;         /* IrClass* */
    Arena *arena;
} IrModule;

/* Building (used by irgen.c). */
IrModule *ir_module_new(Arena *a, const char *name, const char *path);
IrFunc *ir_func_new(IrModule *m, const char *name, IrFuncKind kind);
IrBlock *ir_block_new(IrFunc *f);
IrValue *ir_value_new(IrFunc *f, ValType vt, bool is_var, const char *name);
IrInstr *ir_emit(IrModule *m, IrBlock *b, IrOp op, int dest, int nargs, const int *args);
int ir_const(IrModule *m, const IrConst *c);     /* deduplicating */
int ir_const_str(IrModule *m, const char *s);
int ir_const_builtin(IrModule *m, const char *name);

/* Passes (ir.c). */
/* Checks the structural rules (terminators, temps defined once and used in their block
 * after definition, operand types per op). Returns the number of problems, printing
 * each to `err`. */
int ir_verify(const IrModule *m, FILE *err);
/* Inserts INCREF/DECREF from ownership (the op table's F_STEALS / F_BORROWED /
 * F_BORROW0): an owned temp is released after its last use; a stolen operand that is
 * borrowed or still used later is increfed first. Requires: verified IR. */
void ir_refcount(IrModule *m);
/* Definite assignment: clears LOAD_VAR's unbound check (imm) where every path from the
 * entry assigns the variable. Functions with terminators it does not know are left as
 * they are. Requires: verified IR, before ir_refcount. */
void ir_definite_assignment(IrModule *m);
/* `spc dis`: stable text (values numbered, no pointers). */
void ir_print(FILE *out, const IrModule *m);

/* Native-entry error sentinel of a value type (see above). */
int64_t ir_error_sentinel_int(ValType vt);

#endif
