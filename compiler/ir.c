/* ir.c — the IR's builders and its passes (ir.h, opcodes in ir_ops.def).
 *
 * Stage: between irgen.c (producer) and lower.c (consumer).
 *   builders     ir_module_new .. ir_const_builtin: used by irgen.c to build an IrModule.
 *   ir_verify    structural checks, run between passes (in test builds and `spc dis`).
 *   ir_refcount  the one late pass that inserts INCREF/DECREF from ownership.
 *   ir_print     `spc dis`: stable text, the golden form of tests/ir.
 *
 * Reference-count model (ARCHITECTURE.md "Reference counts ... inserted by one late pass
 * from ownership"; mypyc does the same from per-op metadata):
 *   - Only obj values take part. Variables own their value: the back end releases the old
 *     value on STORE_VAR / FOR_ITER and every obj variable when the function exits. The
 *     pass never touches variables.
 *   - An obj temp is OWNED when its defining op returns a new reference (R_OBJ without
 *     F_BORROWED / F_BORROW0, and the R_ANY ops LOAD_VAR and INVOKE_FUNCTION), else
 *     BORROWED (LOAD_CONST: alive for the whole call; F_BORROW0 results: alive while
 *     their operand 0 is). ARG and LOAD_DEFAULT are owned: __defaults__ may be replaced
 *     while the call runs.
 *   - Ops borrow their operands, except F_STEALS ops, which take over every obj operand
 *     (STORE_VAR's value, RETURN's value). A stolen variable operand keeps its own
 *     reference: the pass puts INCREF $var before the steal (the only INCREF/DECREF of a
 *     variable it emits). STORE_VAR releases the old value after storing the new one, so
 *     `STORE_VAR $a, $a` is safe.
 *   - Temps never leave their block, so the pass is per block: an owned temp is released
 *     (DECREF) right after its last use, where the last use of a temp that F_BORROW0
 *     results borrow from is extended to cover the last use of those results. If that
 *     last use steals it, ownership moves and nothing is inserted. A steal of a borrowed
 *     temp, or of an owned temp still needed later, is preceded by INCREF.
 *   - Terminators: RETURN steals; RAISE / RAISE_ASSERT (X_ALWAYS) borrow and go to the
 *     error exit, which releases the temp. Nothing can follow a terminator, so a FOR_ITER
 *     iterator that is an owned temp loaded by LOAD_VAR (variable unchanged since) is
 *     replaced by the variable itself and the temp released after the load; any other
 *     owned temp borrowed by a non-raising terminator is an internal error (abort).
 *     Irgen should give FOR_ITER the iterator variable itself as operand 0.
 *   - Calls borrow their operands (INVOKE_FUNCTION included). A native function's obj
 *     parameter variables own their value like any variable, so the back end increfs
 *     them on entry (or equivalently skips releasing an unassigned parameter).
 * Invariant the back end relies on: its error exit XDECREFs every obj variable and every
 * owned obj temp not yet released, so it keeps each obj temp NULL until defined and sets
 * it back to NULL when the temp is DECREF'ed or stolen (by STORE_VAR or RETURN). A failing
 * op therefore never leaks the temps that were still to be released after it. */
#include "ir.h"
#include <assert.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

const IrOpInfo ir_op_info[IR__COUNT] = {
#define IROP(name, result, error, flags) { #name, result, error, flags },
#include "ir_ops.def"
#undef IROP
};

/* ---------------------------------------------------------------- value types */

static const char *const prim_names[P__COUNT] = {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) name,
#include "prim.def"
#undef PRIM
};

ValType vt_of_type(const Type *t) {
    if (t && t->kind == TY_PRIM) return VT_OF_PRIM(t->prim);
    if (t && t->kind == TY_VOID) return VT_VOID;
    return VT_OBJ;
}

const char *vt_name(ValType vt) {
    if (vt == VT_OBJ) return "obj";
    if (VT_IS_PRIM(vt)) return prim_names[VT_PRIM(vt)];
    if (vt == VT_VOID) return "void";
    return "?";
}

/* ir.h: ints -1, unsigned max, double -1 (as the int -1: the back end makes it -1.0),
 * cbool 2, obj 0 (NULL). Void natives have no sentinel; -1 keeps the table total. */
int64_t ir_error_sentinel_int(ValType vt) {
    static const int64_t by_prim[P__COUNT] = {
        [P_INT8] = -1, [P_INT16] = -1, [P_INT32] = -1, [P_INT64] = -1,
        [P_UINT8] = UINT8_MAX, [P_UINT16] = UINT16_MAX, [P_UINT32] = UINT32_MAX,
        [P_UINT64] = (int64_t)-1 /* all ones == UINT64_MAX */,
        [P_DOUBLE] = -1, [P_CBOOL] = 2,
    };
    if (vt == VT_OBJ) return 0;
    if (VT_IS_PRIM(vt)) return by_prim[VT_PRIM(vt)];
    return -1;
}

/* ---------------------------------------------------------------- builders */

IrModule *ir_module_new(Arena *a, const char *name, const char *path) {
    IrModule *m = ARENA_NEW(a, IrModule);
    m->name = name;
    m->path = path;
    m->body_func = -1;
    m->arena = a;
    return m;
}

/* IrFunc has no arena field, yet ir_block_new / ir_value_new take only the function:
 * ir_func_new allocates the function inside a record that also holds the module's
 * arena, and func_arena recovers it. Hence every IrFunc must come from ir_func_new. */
typedef struct FuncRecord { Arena *arena; IrFunc func; } FuncRecord;

static Arena *func_arena(const IrFunc *f) {
    const FuncRecord *r = (const FuncRecord *)(const void *)((const char *)f - offsetof(FuncRecord, func));
    return r->arena;
}

IrFunc *ir_func_new(IrModule *m, const char *name, IrFuncKind kind) {
    FuncRecord *r = ARENA_NEW(m->arena, FuncRecord);
    r->arena = m->arena;
    IrFunc *f = &r->func;
    f->index = m->funcs.len;
    f->name = name;
    f->py_name = name;
    f->qualname = name;
    f->kind = kind;
    f->ret = VT_OBJ;
    f->native = -1;
    f->py_entry = -1;
    vec_push(m->arena, &m->funcs, f);
    return f;
}

IrBlock *ir_block_new(IrFunc *f) {
    Arena *a = func_arena(f);
    IrBlock *b = ARENA_NEW(a, IrBlock);
    b->id = f->blocks.len;
    b->handler = -1;
    vec_push(a, &f->blocks, b);
    return b;
}

IrValue *ir_value_new(IrFunc *f, ValType vt, bool is_var, const char *name) {
    Arena *a = func_arena(f);
    IrValue *v = ARENA_NEW(a, IrValue);
    v->id = f->values.len;
    v->vt = vt;
    v->is_var = is_var;
    v->name = name;
    vec_push(a, &f->values, v);
    return v;
}

IrInstr *ir_emit(IrModule *m, IrBlock *b, IrOp op, int dest, int nargs, const int *args) {
    IrInstr *in = ARENA_NEW(m->arena, IrInstr);
    in->op = op;
    in->dest = dest;
    in->nargs = nargs;
    in->args = ARENA_ARRAY(m->arena, int, nargs > 0 ? nargs : 1);
    if (nargs > 0) memcpy(in->args, args, sizeof(int) * (size_t)nargs);
    in->cidx = in->cidx2 = in->func = -1;
    in->target = in->target2 = -1;
    in->col = -1;
    vec_push(m->arena, &b->instrs, in);
    return in;
}

static bool same_bytes(const char *a, size_t alen, const char *b, size_t blen) {
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

static bool const_equal(const IrConst *a, const IrConst *b) {
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case C_NONE: case C_TRUE: case C_FALSE: case C_ELLIPSIS:
        return true;
    case C_FLOAT: case C_IMAG:   /* bitwise: 0.0 and -0.0 differ, a NaN equals itself */
        return memcmp(&a->f, &b->f, sizeof a->f) == 0;
    case C_INT: case C_STR: case C_BYTES: case C_BUILTIN:
        return same_bytes(a->s, a->len, b->s, b->len);
    case C_TUPLE_OF_STR:
        if (a->nstrs != b->nstrs) return false;
        for (int i = 0; i < a->nstrs; i++)
            if (strcmp(a->strs[i], b->strs[i]) != 0) return false;
        return true;
    }
    return false;
}

/* The caller's strings may be temporary: the module keeps its own copies. C_INT and
 * C_BUILTIN are NUL-terminated text (len recomputed); C_STR / C_BYTES use len. */
static IrConst *const_copy(Arena *a, const IrConst *c) {
    IrConst *k = ARENA_NEW(a, IrConst);
    *k = *c;
    if (c->kind == C_INT || c->kind == C_BUILTIN) k->len = c->s ? strlen(c->s) : 0;
    if (c->s) k->s = arena_strndup(a, c->s, k->len);
    if (c->kind == C_TUPLE_OF_STR) {
        k->strs = ARENA_ARRAY(a, const char *, c->nstrs > 0 ? c->nstrs : 1);
        for (int i = 0; i < c->nstrs; i++) k->strs[i] = arena_strdup(a, c->strs[i]);
    }
    return k;
}

int ir_const(IrModule *m, const IrConst *c) {
    IrConst key = *c;
    if (key.kind == C_INT || key.kind == C_BUILTIN) key.len = key.s ? strlen(key.s) : 0;
    if (!key.s) key.len = 0;
    for (int i = 0; i < m->consts.len; i++)
        if (const_equal(VEC_AT(m->consts, IrConst, i), &key)) return i;
    vec_push(m->arena, &m->consts, const_copy(m->arena, &key));
    return m->consts.len - 1;
}

int ir_const_str(IrModule *m, const char *s) {
    IrConst c = { .kind = C_STR, .s = s, .len = strlen(s) };
    return ir_const(m, &c);
}

int ir_const_builtin(IrModule *m, const char *name) {
    IrConst c = { .kind = C_BUILTIN, .s = name, .len = strlen(name) };
    return ir_const(m, &c);
}

/* ---------------------------------------------------------------- printer */

/* Output that tracks the column, so line comments can be aligned without a buffer. */
typedef struct Out { FILE *f; int col; } Out;

static void outf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void outf(Out *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(o->f, fmt, ap);
    va_end(ap);
    if (n > 0) o->col += n;
}

static void out_nl(Out *o) { fputc('\n', o->f); o->col = 0; }

/* Python-like repr body: printable ASCII as is, UTF-8 bytes of a str as is (bytes
 * objects escape them), the rest escaped. */
static void out_quoted(Out *o, const char *s, size_t len, bool is_bytes) {
    outf(o, "%s'", is_bytes ? "b" : "");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'' || c == '\\') outf(o, "\\%c", c);
        else if (c == '\n') outf(o, "\\n");
        else if (c == '\t') outf(o, "\\t");
        else if (c == '\r') outf(o, "\\r");
        else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) outf(o, "\\x%02x", c);
        else outf(o, "%c", c);
    }
    outf(o, "'");
}

static const char *const const_kind_names[] = {
    [C_NONE] = "none", [C_TRUE] = "true", [C_FALSE] = "false", [C_ELLIPSIS] = "ellipsis",
    [C_INT] = "int", [C_FLOAT] = "float", [C_IMAG] = "complex", [C_STR] = "str", [C_BYTES] = "bytes",
    [C_TUPLE_OF_STR] = "tuple", [C_BUILTIN] = "builtin",
};

static void out_const_value(Out *o, const IrConst *c) {
    switch (c->kind) {
    case C_NONE: outf(o, "None"); break;
    case C_TRUE: outf(o, "True"); break;
    case C_FALSE: outf(o, "False"); break;
    case C_ELLIPSIS: outf(o, "Ellipsis"); break;
    case C_INT: outf(o, "%s", c->s ? c->s : "?"); break;
    case C_FLOAT: outf(o, "%.17g", c->f); break;
    case C_IMAG: outf(o, "%.17gj", c->f); break;
    case C_STR: out_quoted(o, c->s ? c->s : "", c->len, false); break;
    case C_BYTES: out_quoted(o, c->s ? c->s : "", c->len, true); break;
    case C_BUILTIN: outf(o, "<builtins.%s>", c->s ? c->s : "?"); break;
    case C_TUPLE_OF_STR:
        outf(o, "(");
        for (int i = 0; i < c->nstrs; i++) {
            if (i) outf(o, ", ");
            out_quoted(o, c->strs[i], strlen(c->strs[i]), false);
        }
        outf(o, c->nstrs == 1 ? ",)" : ")");
        break;
    }
}

/* Everything below tolerates bad indices: the verifier prints broken instructions. */
static void out_const(Out *o, const IrModule *m, int cidx) {
    if (cidx < 0 || cidx >= m->consts.len) outf(o, "<const ?%d>", cidx);
    else out_const_value(o, VEC_AT(m->consts, IrConst, cidx));
}

static const IrFunc *func_at(const IrModule *m, int idx) {
    return idx >= 0 && idx < m->funcs.len ? VEC_AT(m->funcs, IrFunc, idx) : NULL;
}

static void out_func_name(Out *o, const IrModule *m, int idx) {
    const IrFunc *f = func_at(m, idx);
    if (f) outf(o, "%s", f->name);
    else outf(o, "<func ?%d>", idx);
}

static const IrValue *value_at(const IrFunc *f, int id) {
    return id >= 0 && id < f->values.len ? VEC_AT(f->values, IrValue, id) : NULL;
}

static void out_value(Out *o, const IrFunc *f, int id) {
    const IrValue *v = value_at(f, id);
    if (!v) outf(o, "%%?%d", id);
    else if (v->is_var && v->name) outf(o, "$%s", v->name);
    else if (v->is_var) outf(o, "$v%d", id);
    else outf(o, "%%%d", id);
}

static void out_binop(Out *o, int64_t op) {
    if (op >= 0 && op < OP__COUNT) outf(o, " %s", binop_text((BinOp)op));
    else outf(o, " <binop ?%" PRId64 ">", op);
}

static void out_cmpop(Out *o, int64_t op) {
    if (op >= 0 && op < CMP__COUNT) outf(o, " %s", cmpop_text((CmpOp)op));
    else outf(o, " <cmpop ?%" PRId64 ">", op);
}

static void out_unop(Out *o, int64_t op) {
    if (op >= 0 && op < UOP__COUNT) outf(o, " %s", unop_text((UnaryOp)op));
    else outf(o, " <unop ?%" PRId64 ">", op);
}

/* Name of parameter `param` of CHECK_ARGS's function: the entry's argument names,
 * else the native function's parameter variables, else its index. */
static void out_param_name(Out *o, const IrFunc *callee, int param) {
    if (callee && callee->arg_names && param >= 0 && param < callee->n_args)
        outf(o, "%s", callee->arg_names[param]);
    else if (callee && param >= 0 && param < callee->nparams && value_at(callee, param)
             && value_at(callee, param)->name)
        outf(o, "%s", value_at(callee, param)->name);
    else outf(o, "#%d", param);
}

static void out_checks(Out *o, const IrModule *m, const IrInstr *in) {
    const IrFunc *callee = func_at(m, in->func);
    outf(o, " [");
    for (int i = 0; i < in->nchecks; i++) {
        const IrCheck *c = &in->checks[i];
        if (i) outf(o, ", ");
        out_param_name(o, callee, c->param);
        outf(o, ":%s", c->type && c->type->name ? c->type->name : "?");
    }
    outf(o, "]");
}

/* The immediates of an instruction, between its name and its operands. */
static void out_details(Out *o, const IrModule *m, const IrFunc *f, const IrInstr *in) {
    const IrValue *dest = value_at(f, in->dest);
    switch (in->op) {
    case IR_LOAD_VAR:
        if (in->imm) outf(o, " checked");
        break;
    case IR_DELETE_VAR:
        if (in->imm) outf(o, " release");
        break;
    case IR_PRIMITIVE_LOAD_CONST:
        if (dest && dest->vt == VT_OF_PRIM(P_DOUBLE)) outf(o, " %.17g", in->fimm);
        else outf(o, " %" PRId64, in->imm);
        break;
    case IR_LOAD_CONST: case IR_LOAD_GLOBAL: case IR_STORE_GLOBAL: case IR_DELETE_GLOBAL: case IR_BUILD_CLASS:
    case IR_PREPARE_CLASS: case IR_LOAD_NAME:
    case IR_LOAD_ATTR: case IR_STORE_ATTR: case IR_DELETE_ATTR: case IR_IMPORT_FROM: case IR_LOAD_SPECIAL:
    case IR_LOCALS_ADD:
        outf(o, " ");
        out_const(o, m, in->cidx);
        if (in->op == IR_LOCALS_ADD && in->imm) outf(o, " cell");
        break;
    case IR_GET_AWAITABLE:
        if (in->imm) outf(o, " %s", in->imm == 1 ? "aenter" : "aexit");
        break;
    case IR_IMPORT_NAME:
        outf(o, " ");
        out_const(o, m, in->cidx);
        outf(o, " fromlist=");
        if (in->cidx2 < 0) outf(o, "None");
        else out_const(o, m, in->cidx2);
        outf(o, " level=%" PRId64, in->imm);
        break;
    case IR_BINARY_OP:
        out_binop(o, in->imm);
        if (in->imm2) outf(o, "=");
        if (in->type && in->type->name) outf(o, " %s", in->type->name);
        break;
    case IR_PRIMITIVE_BINARY_OP: out_binop(o, in->imm); break;
    case IR_UNARY_OP:
        out_unop(o, in->imm);
        if (in->type && in->type->name) outf(o, " %s", in->type->name);
        break;
    case IR_PRIMITIVE_UNARY_OP: out_unop(o, in->imm); break;
    case IR_COMPARE_OP: case IR_PRIMITIVE_COMPARE_OP:
        out_cmpop(o, in->imm);
        if (in->type && in->type->name) outf(o, " %s", in->type->name);
        break;
    case IR_BINARY_SUBSCR: case IR_STORE_SUBSCR: case IR_IS_TRUE:
        if (in->type && in->type->name) outf(o, " %s", in->type->name);
        break;
    case IR_UNPACK_SEQUENCE: case IR_TUPLE_ITEM: case IR_ARG:
        outf(o, " %" PRId64, in->imm);
        break;
    case IR_UNPACK_EX:
        outf(o, " %" PRId64 " *rest %" PRId64, in->imm, in->imm2);
        break;
    case IR_CALL_NOARGS:
        outf(o, " ctx=%" PRId64, in->imm);
        break;
    case IR_CALL:
        outf(o, " pos=%" PRId64, in->imm);
        if (in->cidx >= 0) { outf(o, " kw="); out_const(o, m, in->cidx); }
        break;
    case IR_INVOKE_FUNCTION: case IR_MAKE_FUNCTION: case IR_BIND_ARGS: case IR_MAKE_GEN:
        outf(o, " ");
        out_func_name(o, m, in->func);
        if (in->op == IR_MAKE_GEN && in->imm) outf(o, " %s", in->imm == 1 ? "coroutine" : "async_generator");
        break;
    case IR_LOAD_DEFAULT:
        outf(o, " ");
        out_func_name(o, m, in->func);
        outf(o, " param=%" PRId64, in->imm);
        break;
    case IR_CHECK_ARGS:
        outf(o, " ");
        out_func_name(o, m, in->func);
        out_checks(o, m, in);
        break;
    case IR_CAST: case IR_BUILD_CHECKED_LIST: case IR_BUILD_CHECKED_MAP:
        outf(o, " %s", in->type && in->type->name ? in->type->name : "?");
        break;
    case IR_CHECK_RETURN:
        outf(o, " %s from ", in->type && in->type->name ? in->type->name : "?");
        out_const(o, m, in->cidx);
        break;
    case IR_MAKE_CLASS: case IR_LOAD_CLASS: case IR_TP_ALLOC:
        if (in->imm >= 0 && in->imm < m->classes.len)
            outf(o, " %s", VEC_AT(m->classes, IrClass, in->imm)->name);
        break;
    case IR_LOAD_FIELD: case IR_STORE_FIELD:
        if (in->imm >= 0 && in->imm < m->classes.len) {
            const IrClass *c = VEC_AT(m->classes, IrClass, in->imm);
            if (in->imm2 >= 0 && in->imm2 < c->fields.len) {
                const IrField *fl = VEC_AT(c->fields, IrField, in->imm2);
                outf(o, " %s.%s@%d", c->name, fl->name, fl->offset);
            }
        }
        break;
    case IR_INVOKE_METHOD:
        outf(o, " slot=%" PRId64 " ", in->imm);
        out_func_name(o, m, in->func);
        break;
    case IR_FAST_LEN: case IR_SEQUENCE_GET: case IR_SEQUENCE_SET: case IR_LIST_APPEND:
    case IR_LIST_INSERT: case IR_LIST_POP: case IR_LIST_REMOVE:
        outf(o, " kind=%" PRId64, in->imm);
        break;
    default:
        break;
    }
}

static void out_instr(Out *o, const IrModule *m, const IrFunc *f, const IrInstr *in) {
    if (in->dest >= 0) {
        out_value(o, f, in->dest);
        const IrValue *d = value_at(f, in->dest);
        outf(o, ": %s = ", d ? vt_name(d->vt) : "?");
    }
    if ((unsigned)in->op >= IR__COUNT) { outf(o, "<op ?%d>", (int)in->op); return; }
    outf(o, "%s", ir_op_info[in->op].name);
    out_details(o, m, f, in);
    for (int k = 0; k < in->nargs; k++) {
        outf(o, k ? ", " : " ");
        out_value(o, f, in->args[k]);
    }
    if (in->op == IR_JUMP || in->op == IR_YIELD || in->op == IR_YIELD_FROM) outf(o, " -> bb%d", in->target);
    if (in->op == IR_BRANCH || in->op == IR_FOR_ITER)
        outf(o, " -> bb%d, bb%d", in->target, in->target2);
}

enum { LINE_COMMENT_COL = 52 };

/* Parameters in source order (arg_names are in co_varnames order). */
static void out_py_signature(Out *o, const IrFunc *f) {
    int np = f->n_positional, nk = f->n_kwonly, n = 0;
    const char *const *names = f->arg_names;
    for (int i = 0; names && i < np; i++) {
        outf(o, "%s%s", n++ ? ", " : "", names[i]);
        if (i + 1 == f->n_posonly) outf(o, ", /");
    }
    if (names && f->has_varargs) outf(o, "%s*%s", n++ ? ", " : "", names[np + nk]);
    else if (nk) outf(o, "%s*", n++ ? ", " : "");
    for (int i = np; names && i < np + nk; i++) outf(o, "%s%s", n++ ? ", " : "", names[i]);
    if (names && f->has_varkw) outf(o, "%s**%s", n ? ", " : "", names[f->n_args - 1]);
}

static void print_func_header(Out *o, const IrModule *m, const IrFunc *f) {
    outf(o, "func %s  ", f->name);
    switch (f->kind) {
    case IRF_NATIVE:
        outf(o, "native(");
        for (int i = 0; i < f->nparams; i++) {
            const IrValue *p = value_at(f, i);
            outf(o, "%s%s: %s", i ? ", " : "", p && p->name ? p->name : "?",
                 p ? vt_name(p->vt) : "?");
        }
        outf(o, ") -> %s", vt_name(f->ret));
        if (f->py_entry >= 0) { outf(o, "   [py_entry "); out_func_name(o, m, f->py_entry); outf(o, "]"); }
        break;
    case IRF_PY_ENTRY:
        outf(o, "py_entry(");
        out_py_signature(o, f);
        outf(o, ") -> ");
        out_func_name(o, m, f->native);
        break;
    case IRF_MODULE_BODY:
        outf(o, "module_body");
        break;
    case IRF_GEN:
        outf(o, "gen(");
        for (int i = 0; i < f->nparams; i++) {
            const IrValue *p = value_at(f, i);
            outf(o, "%s%s: %s", i ? ", " : "", p && p->name ? p->name : "?", p ? vt_name(p->vt) : "?");
        }
        outf(o, ")");
        break;
    }
    if (f->py_name && strcmp(f->py_name, f->name) != 0) outf(o, "   name %s", f->py_name);
    if (f->qualname && strcmp(f->qualname, f->py_name ? f->py_name : f->name) != 0)
        outf(o, "   qualname %s", f->qualname);
    if (f->first_line) outf(o, "   line %d", f->first_line);
    out_nl(o);
}

static void print_vars(Out *o, const IrFunc *f) {
    bool any = false;
    for (int i = f->kind == IRF_NATIVE || f->kind == IRF_GEN ? f->nparams : 0; i < f->values.len; i++) {
        const IrValue *v = value_at(f, i);
        if (!v->is_var) continue;
        outf(o, any ? ", " : "  vars ");
        out_value(o, f, i);
        outf(o, ": %s", vt_name(v->vt));
        any = true;
    }
    if (any) out_nl(o);
}

static void print_func(Out *o, const IrModule *m, const IrFunc *f) {
    print_func_header(o, m, f);
    print_vars(o, f);
    for (int b = 0; b < f->blocks.len; b++) {
        const IrBlock *blk = VEC_AT(f->blocks, IrBlock, b);
        outf(o, "  bb%d:", blk->id);
        out_nl(o);
        for (int i = 0; i < blk->instrs.len; i++) {
            const IrInstr *in = VEC_AT(blk->instrs, IrInstr, i);
            outf(o, "    ");
            out_instr(o, m, f, in);
            if (in->line > 0) {
                outf(o, "%*s; line %d", o->col < LINE_COMMENT_COL ? LINE_COMMENT_COL - o->col : 2,
                     "", in->line);
            }
            out_nl(o);
        }
    }
}

/* A static class: layout (field offsets), vtable and final methods. */
static void print_class(Out *o, const IrModule *m, const IrClass *c) {
    outf(o, "class %s size=%d", c->name, c->basicsize);
    if (c->base >= 0) outf(o, " base=%s", VEC_AT(m->classes, IrClass, c->base)->name);
    if (c->is_final) outf(o, " final");
    if (c->is_extern) outf(o, " extern");
    out_nl(o);
    for (int i = 0; i < c->fields.len; i++) {
        const IrField *f = VEC_AT(c->fields, IrField, i);
        outf(o, "  field %s: %s @%d%s%s", f->name, f->type && f->type->name ? f->type->name : vt_name(f->vt),
             f->offset, f->inherited ? " inherited" : "", f->has_default ? " default" : "");
        out_nl(o);
    }
    for (int i = 0; i < c->nslots; i++) {
        outf(o, "  slot %d %s", i, c->slot_names[i]);
        if (c->is_extern) {
            out_nl(o);
            continue;
        }
        outf(o, " -> ");
        if (c->slot_impl[i] < 0) outf(o, "<the base's>");
        else out_func_name(o, m, c->slot_impl[i]);
        outf(o, " thunk ");
        out_func_name(o, m, c->slot_thunk[i]);
        out_nl(o);
    }
    for (int i = 0; i < c->nfinal; i++) {
        outf(o, "  final %s", c->final_names[i]);
        out_nl(o);
    }
}

void ir_print(FILE *out, const IrModule *m) {
    Out o = { out, 0 };
    outf(&o, "module %s (%s)", m->name ? m->name : "?", m->path ? m->path : "?");
    out_nl(&o);
    for (int i = 0; i < m->consts.len; i++) {
        const IrConst *c = VEC_AT(m->consts, IrConst, i);
        outf(&o, "const %d: %s ", i, const_kind_names[c->kind]);
        out_const_value(&o, c);
        out_nl(&o);
    }
    for (int i = 0; i < m->classes.len; i++) print_class(&o, m, VEC_AT(m->classes, IrClass, i));
    for (int i = 0; i < m->funcs.len; i++) {
        out_nl(&o);
        print_func(&o, m, VEC_AT(m->funcs, IrFunc, i));
    }
}

/* ---------------------------------------------------------------- verifier */

/* Operand shapes, one letter per operand:
 *   o obj value   p primitive   b cbool   a any non-void value   t obj temp
 *   v variable    O obj variable
 *   x*  any number (0+) of x, only last;   ?  the operands after it are optional
 * NULL: checked by code (RETURN, INVOKE_FUNCTION). Plus what each op needs: a const
 * (cidx), a function (func), branch targets. */
typedef struct OpShape { const char *operands; bool needs_cidx, needs_func; int ntargets; } OpShape;

static const OpShape op_shape[IR__COUNT] = {
    [IR_JUMP] = { "", 0, 0, 1 },
    [IR_BRANCH] = { "b", 0, 0, 2 },
    [IR_RETURN] = { NULL, 0, 0, 0 },
    [IR_FOR_ITER] = { "oO", 0, 0, 2 },
    [IR_LOAD_VAR] = { "v", 0, 0, 0 },
    [IR_STORE_VAR] = { "va", 0, 0, 0 },
    [IR_DELETE_VAR] = { "v", 0, 0, 0 },
    [IR_MAKE_CELL] = { "?o", 0, 0, 0 },
    [IR_LOAD_DEREF] = { "O", 1, 0, 0 },
    [IR_STORE_DEREF] = { "Oo", 0, 0, 0 },
    [IR_DELETE_DEREF] = { "O", 1, 0, 0 },
    [IR_LOAD_CLOSURE] = { "", 0, 0, 0 },
    [IR_SET_CLOSURE] = { "oo", 0, 0, 0 },
    [IR_MATCH_SEQUENCE] = { "o", 0, 0, 0 },
    [IR_MATCH_MAPPING] = { "oo", 0, 0, 0 },
    [IR_MATCH_CLASS] = { "oo?o", 0, 0, 0 },
    [IR_LOAD_CONST] = { "", 1, 0, 0 },
    [IR_PRIMITIVE_LOAD_CONST] = { "", 0, 0, 0 },
    [IR_LOAD_GLOBAL] = { "", 1, 0, 0 },
    [IR_STORE_GLOBAL] = { "o", 1, 0, 0 },
    [IR_DELETE_GLOBAL] = { "", 1, 0, 0 },
    [IR_LOAD_MODULE_DICT] = { "", 0, 0, 0 },
    [IR_LOAD_ATTR] = { "o", 1, 0, 0 },
    [IR_STORE_ATTR] = { "oo", 1, 0, 0 },
    [IR_DELETE_ATTR] = { "o", 1, 0, 0 },
    [IR_BINARY_SUBSCR] = { "oo", 0, 0, 0 },
    [IR_STORE_SUBSCR] = { "ooo", 0, 0, 0 },
    [IR_DELETE_SUBSCR] = { "oo", 0, 0, 0 },
    [IR_BUILD_SLICE] = { "ooo", 0, 0, 0 },
    [IR_BINARY_OP] = { "oo", 0, 0, 0 },
    [IR_UNARY_OP] = { "o", 0, 0, 0 },
    [IR_COMPARE_OP] = { "oo", 0, 0, 0 },
    [IR_IS_TRUE] = { "o", 0, 0, 0 },
    [IR_BUILD_TUPLE] = { "o*", 0, 0, 0 },
    [IR_BUILD_LIST] = { "o*", 0, 0, 0 },
    [IR_BUILD_SET] = { "o*", 0, 0, 0 },
    [IR_BUILD_MAP] = { "o*", 0, 0, 0 },
    [IR_UNPACK_SEQUENCE] = { "o", 0, 0, 0 },
    [IR_UNPACK_EX] = { "o", 0, 0, 0 },
    [IR_CALL_EX] = { "oo?o", 0, 0, 0 },
    [IR_ARGS_EXTEND] = { "ooo", 0, 0, 0 },
    [IR_DISPLAY_EXTEND] = { "oo", 0, 0, 0 },
    [IR_KWARGS_MERGE] = { "ooo", 0, 0, 0 },
    [IR_TUPLE_ITEM] = { "o", 0, 0, 0 },
    [IR_GET_ITER] = { "o", 0, 0, 0 },
    [IR_CALL] = { "oo*", 0, 0, 0 },
    [IR_CALL_NOARGS] = { "o?oo", 0, 0, 0 },
    [IR_INVOKE_FUNCTION] = { NULL, 0, 1, 0 },
    [IR_MAKE_FUNCTION] = { "?oo", 0, 1, 0 },
    [IR_LOAD_DEFAULT] = { "", 0, 1, 0 },
    [IR_BIND_ARGS] = { "", 0, 1, 0 },
    [IR_ARG] = { "", 0, 0, 0 },
    [IR_CHECK_ARGS] = { "o*", 0, 1, 0 },
    [IR_CAST] = { "o", 0, 0, 0 },
    [IR_PRIMITIVE_BOX] = { "p", 0, 0, 0 },
    [IR_PRIMITIVE_UNBOX] = { "o", 0, 0, 0 },
    [IR_CONVERT_PRIMITIVE] = { "p", 0, 0, 0 },
    [IR_PRIMITIVE_BINARY_OP] = { "pp", 0, 0, 0 },
    [IR_PRIMITIVE_UNARY_OP] = { "p", 0, 0, 0 },
    [IR_PRIMITIVE_COMPARE_OP] = { "pp", 0, 0, 0 },
    [IR_RAISE] = { "?oo", 0, 0, 0 },
    [IR_RAISE_ASSERT] = { "?o", 0, 0, 0 },
    [IR_IMPORT_NAME] = { "", 1, 0, 0 },
    [IR_IMPORT_FROM] = { "o", 1, 0, 0 },
    [IR_IMPORT_STAR] = { "o", 0, 0, 0 },
    [IR_MAKE_CLASS] = { "o*", 0, 0, 0 },
    [IR_CLASS_READY] = { "o", 0, 0, 0 },
    [IR_CATCH] = { "", 0, 0, 0 },
    [IR_SET_EXC_INFO] = { "o", 0, 0, 0 },
    [IR_EXC_MATCH] = { "oo", 0, 0, 0 },
    [IR_RERAISE] = { "o", 0, 0, 0 },
    [IR_PREPARE_CLASS] = { "o?o", 1, 0, 0 },
    [IR_LOAD_NAME] = { "o", 1, 0, 0 },
    [IR_BUILD_CLASS] = { "oo", 1, 0, 0 },
    [IR_LOAD_CLASS] = { "", 0, 0, 0 },
    [IR_TP_ALLOC] = { "", 0, 0, 0 },
    [IR_LOAD_FIELD] = { "o", 0, 0, 0 },
    [IR_STORE_FIELD] = { "oa", 0, 0, 0 },
    [IR_INVOKE_METHOD] = { NULL, 0, 1, 0 },
    [IR_CHECK_RETURN] = { "o?o", 1, 0, 0 },
    [IR_FAST_LEN] = { "o", 0, 0, 0 },
    [IR_SEQUENCE_GET] = { "op", 0, 0, 0 },
    [IR_SEQUENCE_SET] = { "opa", 0, 0, 0 },
    [IR_BUILD_CHECKED_LIST] = { "o*", 0, 0, 0 },
    [IR_BUILD_CHECKED_MAP] = { "o*", 0, 0, 0 },
    [IR_MAKE_GEN] = { NULL, 1, 1, 0 },
    [IR_YIELD] = { "o", 0, 0, 1 },
    [IR_YIELD_FROM] = { "o", 0, 0, 1 },
    [IR_GEN_RESUME] = { "", 0, 0, 0 },
    [IR_GET_AWAITABLE] = { "o", 0, 0, 0 },
    [IR_LOCALS_ADD] = { "oo", 1, 0, 0 },
    [IR_EXC_GROUP_MATCH] = { "oo", 0, 0, 0 },
    [IR_EXC_GROUP_RERAISE] = { "oo", 0, 0, 0 },
    [IR_GET_AITER] = { "o", 0, 0, 0 },
    [IR_GET_ANEXT] = { "o", 0, 0, 0 },
    [IR_LOAD_SPECIAL] = { "o", 1, 0, 0 },
    [IR_LIST_APPEND] = { "oo", 0, 0, 0 },
    [IR_LIST_INSERT] = { "opo", 0, 0, 0 },
    [IR_LIST_POP] = { "o?p", 0, 0, 0 },
    [IR_LIST_REMOVE] = { "oo", 0, 0, 0 },
    [IR_INCREF] = { "o", 0, 0, 0 },
    [IR_DECREF] = { "t", 0, 0, 0 },
};

typedef struct Verifier {
    const IrModule *m;
    const IrFunc *f;
    FILE *err;
    int count;
    int *def_block, *def_pos;   /* per value id: where the temp is defined, -1 if not */
    int *dead_pos;              /* per value id: position of its DECREF in its block, -1 */
} Verifier;

static void problem(Verifier *v, const IrBlock *b, const IrInstr *in, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void problem(Verifier *v, const IrBlock *b, const IrInstr *in, const char *fmt, ...) {
    Out o = { v->err, 0 };
    outf(&o, "ir verify: %s: block %d: ", v->f->name ? v->f->name : "?", b->id);
    if (in) out_instr(&o, v->m, v->f, in);
    else outf(&o, "(no instruction)");
    outf(&o, ": ");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(v->err, fmt, ap);
    va_end(ap);
    out_nl(&o);
    v->count++;
}

static bool operand_fits(const IrValue *val, char want) {
    switch (want) {
    case 'o': return val->vt == VT_OBJ;
    case 'p': return VT_IS_PRIM(val->vt);
    case 'b': return val->vt == VT_OF_PRIM(P_CBOOL);
    case 'a': return val->vt != VT_VOID;
    case 't': return !val->is_var && val->vt == VT_OBJ;
    case 'v': return val->is_var;
    case 'O': return val->is_var && val->vt == VT_OBJ;
    }
    return false;
}

static const char *operand_kind_text(char want) {
    switch (want) {
    case 'o': return "an obj";
    case 'p': return "a primitive";
    case 'b': return "a cbool";
    case 'a': return "a typed value";
    case 't': return "an obj temp";
    case 'v': return "a variable";
    case 'O': return "an obj variable";
    }
    return "?";
}

static void check_operand(Verifier *v, const IrBlock *b, const IrInstr *in, int k, char want) {
    const IrValue *val = value_at(v->f, in->args[k]);
    if (val && !operand_fits(val, want))
        problem(v, b, in, "operand %d must be %s", k, operand_kind_text(want));
}

/* Matches the operands against a shape string (see op_shape). */
static void check_shape(Verifier *v, const IrBlock *b, const IrInstr *in, const char *s) {
    int k = 0, n = in->nargs;
    bool optional = false;
    for (; *s; s++) {
        if (*s == '?') { optional = true; continue; }
        if (s[1] == '*') {
            while (k < n) check_operand(v, b, in, k++, *s);
            s++;
            continue;
        }
        if (k >= n) {
            if (!optional) problem(v, b, in, "too few operands (%d)", n);
            return;
        }
        check_operand(v, b, in, k++, *s);
    }
    if (k < n) problem(v, b, in, "too many operands (%d)", n);
}

static bool valid_block(const IrFunc *f, int id) { return id >= 0 && id < f->blocks.len; }

/* Each operand exists and, if a temp, was defined earlier in this block. */
static void check_uses(Verifier *v, const IrBlock *b, int pos, const IrInstr *in) {
    for (int k = 0; k < in->nargs; k++) {
        int id = in->args[k];
        const IrValue *val = value_at(v->f, id);
        if (!val) { problem(v, b, in, "operand %d: no value %d", k, id); continue; }
        if (val->is_var) continue;
        if (v->def_block[id] != b->id || v->def_pos[id] >= pos)
            problem(v, b, in, "temp %%%d used before its definition in this block", id);
        else if (v->dead_pos[id] != -1 && v->dead_pos[id] < pos)
            problem(v, b, in, "temp %%%d used after its DECREF", id);
    }
}

static void check_dest(Verifier *v, const IrBlock *b, const IrInstr *in) {
    const IrOpInfo *info = &ir_op_info[in->op];
    const IrValue *d = value_at(v->f, in->dest);
    if (in->dest >= 0 && !d) { problem(v, b, in, "no value %d", in->dest); return; }
    if (info->result == R_NONE) {
        if (d) problem(v, b, in, "op has no result but a dest");
        return;
    }
    if (!d) {
        bool void_call = in->op == IR_INVOKE_FUNCTION && func_at(v->m, in->func)
                         && func_at(v->m, in->func)->ret == VT_VOID;
        if (!void_call) problem(v, b, in, "op has a result but no dest");
        return;
    }
    if (d->vt == VT_VOID) problem(v, b, in, "dest has type void");
    if ((info->result == R_OBJ && d->vt != VT_OBJ)
        || (info->result == R_PRIM && !VT_IS_PRIM(d->vt))
        || (info->result == R_CBOOL && d->vt != VT_OF_PRIM(P_CBOOL)))
        problem(v, b, in, "dest type %s does not fit the op's result", vt_name(d->vt));
}

static void check_invoke(Verifier *v, const IrBlock *b, const IrInstr *in) {
    const IrFunc *callee = func_at(v->m, in->func);
    if (!callee) return;   /* reported with the other indices */
    if (callee->kind != IRF_NATIVE) { problem(v, b, in, "callee is not a native function"); return; }
    if (in->nargs != callee->nparams) {
        problem(v, b, in, "%d operands for %d parameters", in->nargs, callee->nparams);
        return;
    }
    for (int k = 0; k < in->nargs; k++) {
        const IrValue *a = value_at(v->f, in->args[k]), *p = value_at(callee, k);
        if (a && p && a->vt != p->vt)
            problem(v, b, in, "operand %d is %s, parameter is %s", k, vt_name(a->vt), vt_name(p->vt));
    }
    const IrValue *d = value_at(v->f, in->dest);
    if (d && d->vt != callee->ret)
        problem(v, b, in, "dest is %s, callee returns %s", vt_name(d->vt), vt_name(callee->ret));
}

static void check_return(Verifier *v, const IrBlock *b, const IrInstr *in) {
    ValType ret = v->f->kind == IRF_NATIVE ? v->f->ret : VT_OBJ;
    int want = ret == VT_VOID ? 0 : 1;
    if (in->nargs != want) { problem(v, b, in, "RETURN needs %d operand(s)", want); return; }
    const IrValue *a = want ? value_at(v->f, in->args[0]) : NULL;
    if (a && a->vt != ret)
        problem(v, b, in, "returns %s from a function returning %s", vt_name(a->vt), vt_name(ret));
}

/* MAKE_GEN's operands fill the generator function's parameter variables. */
static void check_make_gen(Verifier *v, const IrBlock *b, const IrInstr *in) {
    const IrFunc *g = func_at(v->m, in->func);
    if (!g) return;
    if (g->kind != IRF_GEN) { problem(v, b, in, "MAKE_GEN of a function that is not a generator"); return; }
    if (in->nargs != g->nparams) { problem(v, b, in, "%d operands for %d parameters", in->nargs, g->nparams); return; }
    for (int k = 0; k < in->nargs; k++) {
        const IrValue *a = value_at(v->f, in->args[k]), *p = value_at(g, k);
        if (a && p && a->vt != p->vt) problem(v, b, in, "operand %d is %s, parameter is %s", k, vt_name(a->vt), vt_name(p->vt));
    }
}

static bool valid_const(const IrModule *m, int cidx) { return cidx >= 0 && cidx < m->consts.len; }

static void check_indices(Verifier *v, const IrBlock *b, const IrInstr *in) {
    const OpShape *sh = &op_shape[in->op];
    if ((sh->needs_cidx || in->cidx != -1) && !valid_const(v->m, in->cidx))
        problem(v, b, in, "bad const index %d", in->cidx);
    if (in->cidx2 != -1 && !valid_const(v->m, in->cidx2))
        problem(v, b, in, "bad const index %d", in->cidx2);
    if ((sh->needs_func || in->func != -1) && !func_at(v->m, in->func))
        problem(v, b, in, "bad function index %d", in->func);
    if (sh->ntargets >= 1 && !valid_block(v->f, in->target))
        problem(v, b, in, "bad branch target %d", in->target);
    if (sh->ntargets >= 2 && !valid_block(v->f, in->target2))
        problem(v, b, in, "bad branch target %d", in->target2);
}

/* Per-op rules a shape string cannot say. */
static void check_special(Verifier *v, const IrBlock *b, const IrInstr *in) {
    const IrValue *a0 = in->nargs > 0 ? value_at(v->f, in->args[0]) : NULL;
    const IrValue *a1 = in->nargs > 1 ? value_at(v->f, in->args[1]) : NULL;
    const IrValue *d = value_at(v->f, in->dest);
    switch (in->op) {
    case IR_RETURN: check_return(v, b, in); break;
    case IR_MAKE_GEN: check_make_gen(v, b, in); break;
    case IR_INVOKE_FUNCTION: case IR_INVOKE_METHOD: check_invoke(v, b, in); break;
    case IR_STORE_VAR:
        if (a0 && a1 && a0->vt != a1->vt)
            problem(v, b, in, "stores %s into a %s variable", vt_name(a1->vt), vt_name(a0->vt));
        break;
    case IR_LOAD_VAR:
        if (a0 && d && a0->vt != d->vt)
            problem(v, b, in, "loads a %s variable into %s", vt_name(a0->vt), vt_name(d->vt));
        break;
    case IR_BUILD_MAP:
        if (in->nargs % 2) problem(v, b, in, "odd number of operands");
        break;
    case IR_CALL: {
        int nkw = 0;
        if (valid_const(v->m, in->cidx)) {
            const IrConst *c = VEC_AT(v->m->consts, IrConst, in->cidx);
            if (c->kind != C_TUPLE_OF_STR) problem(v, b, in, "keyword names are not a tuple of str");
            else nkw = c->nstrs;
        }
        if (in->imm + nkw + 1 != in->nargs)
            problem(v, b, in, "%" PRId64 " positional + %d keyword args + callable != %d operands",
                    in->imm, nkw, in->nargs);
        break;
    }
    case IR_CHECK_ARGS:
        for (int i = 0; i < in->nchecks; i++) {
            const IrCheck *c = &in->checks[i];
            if (c->param < 0 || c->param >= in->nargs || !c->type)
                problem(v, b, in, "check %d: bad parameter or type", i);
            if (c->type_cidx != -1 && !valid_const(v->m, c->type_cidx))
                problem(v, b, in, "check %d: bad const index %d", i, c->type_cidx);
        }
        break;
    case IR_CAST:
        if (!in->type) problem(v, b, in, "CAST without a type");
        break;
    default:
        break;
    }
    if ((in->op == IR_BIND_ARGS || in->op == IR_ARG || in->op == IR_CHECK_ARGS)
        && v->f->kind != IRF_PY_ENTRY)
        problem(v, b, in, "only valid in a py_entry function");
    if ((in->op == IR_YIELD || in->op == IR_YIELD_FROM || in->op == IR_GEN_RESUME) && v->f->kind != IRF_GEN)
        problem(v, b, in, "only valid in a generator function");
    if ((in->op == IR_MAKE_CLASS || in->op == IR_LOAD_CLASS || in->op == IR_TP_ALLOC) &&
        in->imm >= 0 && in->imm < v->m->classes.len && VEC_AT(v->m->classes, IrClass, in->imm)->is_extern)
        problem(v, b, in, "another module's class has no type object here");
}

static void check_instr(Verifier *v, const IrBlock *b, int pos, const IrInstr *in) {
    if ((unsigned)in->op >= IR__COUNT) { problem(v, b, in, "unknown opcode"); return; }
    bool term = ir_op_info[in->op].flags & F_TERM, last = pos == b->instrs.len - 1;
    if (term && !last) problem(v, b, in, "terminator before the end of the block");
    if (!term && last) problem(v, b, in, "block does not end with a terminator");
    check_uses(v, b, pos, in);
    check_dest(v, b, in);
    check_indices(v, b, in);
    if (op_shape[in->op].operands) check_shape(v, b, in, op_shape[in->op].operands);
    check_special(v, b, in);
}

/* First pass: where each temp is defined (dests must be temps, defined once) and
 * where it is released (once at most). */
static void collect_defs(Verifier *v) {
    for (int i = 0; i < v->f->values.len; i++) v->def_block[i] = v->def_pos[i] = v->dead_pos[i] = -1;
    for (int bi = 0; bi < v->f->blocks.len; bi++) {
        const IrBlock *b = VEC_AT(v->f->blocks, IrBlock, bi);
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = VEC_AT(b->instrs, IrInstr, i);
            if (in->op == IR_DECREF && in->nargs == 1 && value_at(v->f, in->args[0])) {
                if (v->dead_pos[in->args[0]] != -1) problem(v, b, in, "released twice");
                else v->dead_pos[in->args[0]] = i;
            }
            const IrValue *d = value_at(v->f, in->dest);
            if (!d) continue;
            if (d->is_var) problem(v, b, in, "dest is a variable (variables are set by STORE_VAR)");
            else if (v->def_block[d->id] != -1) problem(v, b, in, "temp %%%d defined twice", d->id);
            else { v->def_block[d->id] = b->id; v->def_pos[d->id] = i; }
        }
    }
}

/* Function-level problems (no block to name). */
static void func_problem(Verifier *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void func_problem(Verifier *v, const char *fmt, ...) {
    fprintf(v->err, "ir verify: %s: ", v->f->name ? v->f->name : "?");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(v->err, fmt, ap);
    va_end(ap);
    fputc('\n', v->err);
    v->count++;
}

static void verify_func(Verifier *v, Arena *scratch) {
    const IrFunc *f = v->f;
    v->def_block = ARENA_ARRAY(scratch, int, f->values.len + 1);
    v->def_pos = ARENA_ARRAY(scratch, int, f->values.len + 1);
    v->dead_pos = ARENA_ARRAY(scratch, int, f->values.len + 1);
    if (f->blocks.len == 0) func_problem(v, "no blocks");
    for (int i = 0; i < f->values.len; i++)
        if (VEC_AT(f->values, IrValue, i)->id != i)
            func_problem(v, "value %d has id %d", i, VEC_AT(f->values, IrValue, i)->id);
    for (int i = 0; i < f->nparams && (f->kind == IRF_NATIVE || f->kind == IRF_GEN); i++)
        if (!value_at(f, i) || !value_at(f, i)->is_var)
            func_problem(v, "parameter %d is not a variable", i);
    collect_defs(v);
    for (int bi = 0; bi < f->blocks.len; bi++) {
        const IrBlock *b = VEC_AT(f->blocks, IrBlock, bi);
        if (b->instrs.len == 0) problem(v, b, NULL, "empty block");
        for (int i = 0; i < b->instrs.len; i++) check_instr(v, b, i, VEC_AT(b->instrs, IrInstr, i));
    }
}

int ir_verify(const IrModule *m, FILE *err) {
    Arena scratch = { 0 };
    Verifier v = { .m = m, .err = err };
    for (int i = 0; i < m->funcs.len; i++) {
        v.f = VEC_AT(m->funcs, IrFunc, i);
        verify_func(&v, &scratch);
    }
    arena_free(&scratch);
    return v.count;
}

/* ---------------------------------------------------------------- refcount pass */

typedef struct Rc {
    IrModule *m;
    IrFunc *f;
    IrBlock *b;
    /* per value id (temps only; each temp lives in exactly one block) */
    int *def;        /* position of the defining instruction */
    bool *owned;     /* holds a new reference */
    int *owner;      /* F_BORROW0 result: the owned temp it is borrowed from, else -1 */
    int *last;       /* extended last use: own uses and uses of what it lends */
    /* per position in the block: what goes before / after the instruction */
    PtrVec *pre_inc, *pre_dec, *post;
} Rc;

static bool is_obj_temp(const IrFunc *f, int id) {
    const IrValue *v = value_at(f, id);
    return v && !v->is_var && v->vt == VT_OBJ;
}

static bool result_owned(IrOp op) {
    const IrOpInfo *info = &ir_op_info[op];
    if (info->result == R_ANY) return true;   /* LOAD_VAR, INVOKE_FUNCTION: new refs */
    return info->result == R_OBJ && !(info->flags & (F_BORROWED | F_BORROW0));
}

/* F_STEALS ops take every obj operand but STORE_VAR's destination variable. */
static bool stolen_slot(const IrInstr *in, int k) {
    return (ir_op_info[in->op].flags & F_STEALS) && !(in->op == IR_STORE_VAR && k == 0);
}

static bool steals_operand(const Rc *rc, const IrInstr *in, int k) {
    return stolen_slot(in, k) && is_obj_temp(rc->f, in->args[k]);
}

static bool is_obj_var(const IrFunc *f, int id) {
    const IrValue *v = value_at(f, id);
    return v && v->is_var && v->vt == VT_OBJ;
}

static IrInstr *instr_at(const Rc *rc, int pos) { return VEC_AT(rc->b->instrs, IrInstr, pos); }

static IrInstr *rc_instr(Rc *rc, IrOp op, int v) {
    IrInstr *in = ARENA_NEW(rc->m->arena, IrInstr);
    in->op = op;
    in->dest = -1;
    in->nargs = 1;
    in->args = ARENA_ARRAY(rc->m->arena, int, 1);
    in->args[0] = v;
    in->cidx = in->cidx2 = in->func = in->target = in->target2 = -1;
    return in;
}

/* Definitions, ownership and extended last uses of the block's obj temps. */
static void rc_scan(Rc *rc) {
    for (int i = 0; i < rc->b->instrs.len; i++) {
        IrInstr *in = instr_at(rc, i);
        for (int k = 0; k < in->nargs; k++) {
            int v = in->args[k];
            if (!is_obj_temp(rc->f, v)) continue;
            rc->last[v] = i;
            if (rc->owner[v] >= 0) rc->last[rc->owner[v]] = i;
        }
        assert(in->op != IR_INCREF && in->op != IR_DECREF && "ir_refcount runs once");
        if (!is_obj_temp(rc->f, in->dest)) continue;
        int d = in->dest;
        rc->def[d] = i;
        rc->owned[d] = result_owned(in->op);
        rc->owner[d] = -1;
        rc->last[d] = -1;
        if ((ir_op_info[in->op].flags & F_BORROW0) && in->nargs > 0 && is_obj_temp(rc->f, in->args[0])) {
            int src = in->args[0];
            rc->owner[d] = rc->owned[src] ? src : rc->owner[src];
        }
    }
}

/* INCREF before each steal that cannot take the temp's own reference: the temp is
 * borrowed, or it (or something borrowed from it) is used again afterwards, or the
 * same instruction steals it once more. A variable keeps its own reference, so a
 * stolen variable operand (RETURN $x, STORE_VAR $a, $b) is always increfed. */
static void rc_steals(Rc *rc) {
    for (int i = 0; i < rc->b->instrs.len; i++) {
        IrInstr *in = instr_at(rc, i);
        for (int k = 0; k < in->nargs; k++) {
            int v = in->args[k];
            if (stolen_slot(in, k) && is_obj_var(rc->f, v))
                vec_push(rc->m->arena, &rc->pre_inc[i], rc_instr(rc, IR_INCREF, v));
            if (!steals_operand(rc, in, k)) continue;
            bool again = false;
            for (int k2 = k + 1; k2 < in->nargs; k2++)
                again |= in->args[k2] == v && steals_operand(rc, in, k2);
            if (!rc->owned[v] || rc->last[v] != i || again)
                vec_push(rc->m->arena, &rc->pre_inc[i], rc_instr(rc, IR_INCREF, v));
        }
    }
}

static bool instr_steals(const Rc *rc, const IrInstr *in, int v) {
    for (int k = 0; k < in->nargs; k++)
        if (in->args[k] == v && steals_operand(rc, in, k)) return true;
    return false;
}

/* Does `in` borrow v, or a result borrowed from v, without stealing it? */
static bool instr_borrows(const Rc *rc, const IrInstr *in, int v) {
    for (int k = 0; k < in->nargs; k++) {
        int w = in->args[k];
        if (is_obj_temp(rc->f, w) && (w == v || rc->owner[w] == v) && !steals_operand(rc, in, k))
            return true;
    }
    return false;
}

/* A terminator cannot be followed by the DECREF of a temp it borrows, and a DECREF
 * before it would null the temp (see the header). FOR_ITER's iterator usually comes
 * from LOAD_VAR of a variable that still holds it: the terminator reads the variable
 * instead, and the loaded temp becomes an ordinary (released) one. */
static bool var_unchanged(const IrBlock *b, int var, int from, int to) {
    for (int i = from + 1; i < to; i++) {
        const IrInstr *in = VEC_AT(b->instrs, IrInstr, i);
        if ((in->op == IR_STORE_VAR || in->op == IR_DELETE_VAR) && in->args[0] == var) return false;
    }
    return true;
}

static void rc_forward_vars(Rc *rc) {
    int n = rc->b->instrs.len;
    IrInstr *term = n ? instr_at(rc, n - 1) : NULL;
    if (!term || (ir_op_info[term->op].flags & F_STEALS) || ir_op_info[term->op].error == X_ALWAYS)
        return;
    for (int k = 0; k < term->nargs; k++) {
        if (!is_obj_temp(rc->f, term->args[k])) continue;
        for (int i = 0; i < n - 1; i++) {
            const IrInstr *def = instr_at(rc, i);
            if (def->dest == term->args[k] && def->op == IR_LOAD_VAR
                && var_unchanged(rc->b, def->args[0], i, n - 1))
                term->args[k] = def->args[0];
        }
    }
}

/* Where the owned temp v is released. */
static void rc_release(Rc *rc, int v) {
    int p = rc->last[v];
    Arena *a = rc->m->arena;
    if (p < 0) { vec_push(a, &rc->post[rc->def[v]], rc_instr(rc, IR_DECREF, v)); return; }
    const IrInstr *in = instr_at(rc, p);
    const IrOpInfo *info = &ir_op_info[in->op];
    if (instr_steals(rc, in, v)) return;                    /* ownership moves */
    if (!(info->flags & F_TERM)) { vec_push(a, &rc->post[p], rc_instr(rc, IR_DECREF, v)); return; }
    if (info->error == X_ALWAYS) return;                    /* the error exit releases it */
    if (!instr_borrows(rc, in, v)) {   /* e.g. RETURN of an item borrowed from v */
        vec_push(a, &rc->pre_dec[p], rc_instr(rc, IR_DECREF, v));
        return;
    }
    fprintf(stderr, "spc: internal error: ir_refcount: %s: block %d: terminator %s borrows "
            "owned temp %%%d (give it a variable instead)\n",
            rc->f->name, rc->b->id, info->name, v);
    abort();
}

/* Rebuilds the block's instruction list with the inserted INCREF/DECREFs. */
static void rc_splice(Rc *rc) {
    PtrVec out = { 0 };
    Arena *a = rc->m->arena;
    for (int i = 0; i < rc->b->instrs.len; i++) {
        for (int j = 0; j < rc->pre_inc[i].len; j++) vec_push(a, &out, rc->pre_inc[i].items[j]);
        for (int j = 0; j < rc->pre_dec[i].len; j++) vec_push(a, &out, rc->pre_dec[i].items[j]);
        vec_push(a, &out, rc->b->instrs.items[i]);
        for (int j = 0; j < rc->post[i].len; j++) vec_push(a, &out, rc->post[i].items[j]);
    }
    rc->b->instrs = out;
}

static void rc_block(Rc *rc, Arena *scratch) {
    int n = rc->b->instrs.len;
    rc->pre_inc = ARENA_ARRAY(scratch, PtrVec, n + 1);
    rc->pre_dec = ARENA_ARRAY(scratch, PtrVec, n + 1);
    rc->post = ARENA_ARRAY(scratch, PtrVec, n + 1);
    rc_forward_vars(rc);
    rc_scan(rc);
    rc_steals(rc);
    for (int i = 0; i < n; i++) {
        int d = instr_at(rc, i)->dest;
        if (is_obj_temp(rc->f, d) && rc->owned[d]) rc_release(rc, d);
    }
    rc_splice(rc);
}

/* ---- definite assignment: LOAD_VAR keeps its unbound check only where the variable
 * may be unset (UnboundLocalError), i.e. where some path from the entry reaches the load
 * without a STORE_VAR / FOR_ITER assignment after the last DELETE_VAR. */

static bool da_known_term(IrOp op) {
    return op == IR_JUMP || op == IR_BRANCH || op == IR_RETURN || op == IR_FOR_ITER ||
           op == IR_RAISE || op == IR_RAISE_ASSERT || op == IR_RERAISE || op == IR_YIELD ||
           op == IR_YIELD_FROM;
}

/* in[to] &= state; true when in[to] changed. */
static bool da_meet(bool *in_to, const bool *state, int nv) {
    bool changed = false;
    for (int i = 0; i < nv; i++)
        if (in_to[i] && !state[i]) in_to[i] = false, changed = true;
    return changed;
}

/* Runs the block from in[b]: `state` is the set after its last instruction; `low` the set
 * at every point of the block (what an exception handler may see). With `rewrite`, drops
 * the check of LOAD_VARs of assigned variables. */
static void da_block(const IrBlock *b, const bool *in, bool *state, bool *low, int nv, bool rewrite) {
    memcpy(state, in, (size_t)nv);
    memcpy(low, in, (size_t)nv);
    for (int i = 0; i < b->instrs.len; i++) {
        IrInstr *in_ = VEC_AT(b->instrs, IrInstr, i);
        int v = in_->nargs > 0 ? in_->args[0] : -1;
        if (in_->op == IR_LOAD_VAR && rewrite && in_->imm == 1 && state[v]) in_->imm = 0;
        if (in_->op == IR_STORE_VAR) state[v] = true;
        if (in_->op == IR_DELETE_VAR) state[v] = low[v] = false;
    }
}

static void da_func(IrFunc *f, Arena *scratch) {
    int nb = f->blocks.len, nv = f->values.len;
    if (nb == 0 || nv == 0) return;
    for (int bi = 0; bi < nb; bi++) {
        const IrBlock *b = VEC_AT(f->blocks, IrBlock, bi);
        if (!b->instrs.len || !da_known_term(VEC_AT(b->instrs, IrInstr, b->instrs.len - 1)->op)) return;
    }
    bool *in = ARENA_ARRAY(scratch, bool, (size_t)nb * nv), *state = ARENA_ARRAY(scratch, bool, nv),
         *low = ARENA_ARRAY(scratch, bool, nv), *it = ARENA_ARRAY(scratch, bool, nv);
    memset(in, 1, (size_t)nb * nv);   /* unreached blocks stay "all assigned" (never run) */
    for (int i = 0; i < nv; i++) in[i] = VEC_AT(f->values, IrValue, i)->is_param;
    for (bool changed = true; changed;) {
        changed = false;
        for (int bi = 0; bi < nb; bi++) {
            const IrBlock *b = VEC_AT(f->blocks, IrBlock, bi);
            const IrInstr *t = VEC_AT(b->instrs, IrInstr, b->instrs.len - 1);
            da_block(b, &in[(size_t)bi * nv], state, low, nv, false);
            if (b->handler >= 0) changed |= da_meet(&in[(size_t)b->handler * nv], low, nv);
            if (t->op == IR_FOR_ITER) {   /* the loop variable is assigned on the `next` edge */
                memcpy(it, state, (size_t)nv);
                it[t->args[1]] = true;
                changed |= da_meet(&in[(size_t)t->target * nv], it, nv);
                changed |= da_meet(&in[(size_t)t->target2 * nv], state, nv);
            } else if (t->op == IR_JUMP || t->op == IR_BRANCH || t->op == IR_YIELD || t->op == IR_YIELD_FROM) {
                changed |= da_meet(&in[(size_t)t->target * nv], state, nv);
                if (t->op == IR_BRANCH) changed |= da_meet(&in[(size_t)t->target2 * nv], state, nv);
            }
        }
    }
    for (int bi = 0; bi < nb; bi++)
        da_block(VEC_AT(f->blocks, IrBlock, bi), &in[(size_t)bi * nv], state, low, nv, true);
}

void ir_definite_assignment(IrModule *m) {
    Arena scratch = { 0 };
    for (int fi = 0; fi < m->funcs.len; fi++) da_func(VEC_AT(m->funcs, IrFunc, fi), &scratch);
    arena_free(&scratch);
}

void ir_refcount(IrModule *m) {
    Arena scratch = { 0 };
    for (int fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = VEC_AT(m->funcs, IrFunc, fi);
        int nv = f->values.len + 1;
        Rc rc = { .m = m, .f = f };
        rc.def = ARENA_ARRAY(&scratch, int, nv);
        rc.owned = ARENA_ARRAY(&scratch, bool, nv);
        rc.owner = ARENA_ARRAY(&scratch, int, nv);
        rc.last = ARENA_ARRAY(&scratch, int, nv);
        for (int i = 0; i < nv; i++) rc.def[i] = rc.owner[i] = rc.last[i] = -1;
        for (int bi = 0; bi < f->blocks.len; bi++) {
            rc.b = VEC_AT(f->blocks, IrBlock, bi);
            rc_block(&rc, &scratch);
        }
    }
    arena_free(&scratch);
}
