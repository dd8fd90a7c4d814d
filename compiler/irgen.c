/* irgen.c — checked AST -> IR of static opcodes (stage 3 of spc.h).
 *
 * Input: a Module the checker accepted (types on every Expr, symbols on names, calls
 * resolved). Output: an IrModule with, per source function, a typed native function
 * and a Python-facing entry (BIND_ARGS, CHECK_ARGS, unbox, INVOKE_FUNCTION, box), plus
 * the module body. No reference counting here: ir_refcount adds it later from the op
 * table's ownership flags.
 *
 * The one structural rule this file must keep (ir.h): a temporary is used only in the
 * block that defines it. Expressions that branch (and/or, conditional expressions,
 * chained comparisons) therefore go through hidden variables, and operands evaluated
 * before such an expression are spilled to variables first (gen_operands). */
#include "spc.h"
#include <stdlib.h>
#include <string.h>

/* What must run when control leaves a try/except/with region early (return, break,
 * continue): a finally body, restoring the handled exception, or a context manager's
 * __exit__(None, None, None). */
typedef enum UnwindKind { UW_FINALLY, UW_EXCEPT, UW_WITH } UnwindKind;

typedef struct Unwind {
    UnwindKind kind;
    PtrVec *finalbody;         /* UW_FINALLY */
    int var;                   /* UW_EXCEPT: previous handled exception; UW_WITH: __exit__ */
    int outer_handler;         /* the handler in force outside the region */
    struct Unwind *outer;
    bool is_async;             /* UW_WITH of `async with`: __aexit__'s result is awaited */
    struct Loop *loop;         /* UW_FINALLY: the loop around the try statement, which a
                                  break/continue in the finally body leaves */
    int exc_var;               /* UW_EXCEPT: the exception being handled (dropped on exit) */
    Expr *target;              /* UW_EXCEPT: the `as` name of the clause running (unbound) */
} Unwind;

typedef struct Loop {
    int break_bb, continue_bb;
    struct Loop *outer;
    Unwind *unwind;            /* the unwind stack when the loop started */
    int iter_var;              /* a for loop's iterator (-1: none), dropped by an early exit */
} Loop;

typedef struct Gen {
    Module *mod;
    IrModule *ir;
    Arena *a;
    Diags *d;
    IrFunc *fn;
    FuncDecl *decl;            /* NULL in the module body */
    IrBlock *bb;               /* current block */
    int *var_of_local;         /* FuncDecl.locals index -> value id */
    int *native_of;            /* FuncDecl.index -> native IrFunc index */
    int *entry_of;             /* FuncDecl.index -> py-entry IrFunc index */
    int *gen_of;               /* FuncDecl.index -> IRF_GEN body of a generator, else -1 */
    int *adapter_of;           /* FuncDecl.index -> vtable adapter of a staticmethod, else -1 */
    int *class_of;             /* ClassDecl.index -> IrClass index (-1: not static) */
    ClassDecl *class_body;     /* the class whose body is being generated */
    PtrVec scope_names;        /* names the class body has bound so far */
    int scope_var;             /* var holding the class (static) or namespace dict (dynamic) */
    int class_cell_var;        /* var holding the __class__ cell of the class being built, or -1 */
    bool scope_is_dict;
    const char *class_qualname;/* __qualname__ of the class whose body is being generated */
    Loop *loop;
    Unwind *unwind;            /* innermost first */
    int handler;               /* handler block of blocks created now (-1: error exit) */
    int line;
    Span pos;               /* the source node being generated (its line is `line`): the
                               position tracebacks show for errors, as CPython's co_positions */
    int hidden;                /* counter for hidden variable names */
    PtrVec iter_vars;          /* (intptr_t) the hidden iterator variables of the loops made
                                  so far in this function, in order */
    int release_from;          /* enter_handlers releases iter_vars[release_from..] (-1: none) */
    bool failed;
} Gen;

/* ---- emission helpers ---- */

/* Every block belongs to the try region it was created in. */
static IrBlock *new_block(Gen *g) {
    IrBlock *b = ir_block_new(g->fn);
    b->handler = g->handler;
    return b;
}

static bool block_terminated(const IrBlock *b) {
    if (b->instrs.len == 0) return false;
    IrInstr *last = VEC_AT(b->instrs, IrInstr, b->instrs.len - 1);
    return (ir_op_info[last->op].flags & F_TERM) != 0;
}

static IrInstr *emit(Gen *g, IrOp op, int dest, int nargs, const int *args) {
    if (block_terminated(g->bb)) g->bb = new_block(g);   /* unreachable code */
    IrInstr *in = ir_emit(g->ir, g->bb, op, dest, nargs, args);
    in->line = g->line;
    if (g->pos.line == g->line && g->line > 0) {   /* CPython's convention: 0-based, end exclusive */
        in->col = g->pos.col - 1;
        in->end_line = g->pos.end_line;
        in->end_col = g->pos.end_col - 1;
    }
    return in;
}

static int new_temp(Gen *g, ValType vt) { return ir_value_new(g->fn, vt, false, NULL)->id; }

static int new_hidden_var(Gen *g, ValType vt, const char *what) {
    return ir_value_new(g->fn, vt, true, arena_printf(g->a, ".%s%d", what, g->hidden++))->id;
}

static ValType vt_of(Gen *g, int v) { return VEC_AT(g->fn->values, IrValue, v)->vt; }

/* dest = op(args...) with a fresh temp of type vt. */
static int emit_value(Gen *g, IrOp op, ValType vt, int nargs, const int *args) {
    int dest = new_temp(g, vt);
    emit(g, op, dest, nargs, args);
    return dest;
}

static IrInstr *emit_value_in(Gen *g, IrOp op, ValType vt, int nargs, const int *args, int *dest) {
    *dest = new_temp(g, vt);
    return emit(g, op, *dest, nargs, args);
}

/* Makes `b` current, falling through from the current block when it is open. */
static void start_block(Gen *g, IrBlock *b) {
    if (!block_terminated(g->bb)) emit(g, IR_JUMP, -1, 0, NULL)->target = b->id;
    g->bb = b;
}

static void jump(Gen *g, IrBlock *b) {
    if (!block_terminated(g->bb)) emit(g, IR_JUMP, -1, 0, NULL)->target = b->id;
}

static void branch(Gen *g, int cond, int t, int f) {
    IrInstr *in = emit(g, IR_BRANCH, -1, 1, &cond);
    in->target = t;
    in->target2 = f;
}

static void store_var(Gen *g, int var, int value) {
    int args[2] = {var, value};
    emit(g, IR_STORE_VAR, -1, 2, args);
}

static int load_var(Gen *g, int var, bool check_unbound) {
    int dest;
    IrInstr *in = emit_value_in(g, IR_LOAD_VAR, vt_of(g, var), 1, &var, &dest);
    in->imm = check_unbound && vt_of(g, var) == VT_OBJ;
    return dest;
}

/* The last read of a hidden object variable: its value moves to the result and the
 * variable lets go of it, so an object lives as long as in CPython (a construction's
 * `new` or an iterator would otherwise stay referenced until the function returns:
 * weakrefs, __del__ and generator cleanup would come late). */
static int take_var(Gen *g, int var) {
    int v = load_var(g, var, false);
    if (vt_of(g, var) == VT_OBJ) emit(g, IR_DELETE_VAR, -1, 1, &var)->imm = 1;
    return v;
}

static int load_const(Gen *g, IrConstKind kind) {
    IrConst c = {.kind = kind};
    int dest;
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &dest)->cidx = ir_const(g->ir, &c);
    return dest;
}

static int load_const_of(Gen *g, const IrConst *c) {
    int dest;
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &dest)->cidx = ir_const(g->ir, c);
    return dest;
}

static int prim_const(Gen *g, ValType vt, int64_t i, double f) {
    int dest;
    IrInstr *in = emit_value_in(g, IR_PRIMITIVE_LOAD_CONST, vt, 0, NULL, &dest);
    in->imm = i;
    in->fimm = f;
    return dest;
}

static void unsupported(Gen *g, Span span, const char *what) {
    diag_report(g->d, g->mod->path, D_UNSUPPORTED, span, what);
    g->failed = true;
}

/* ---- conversions between static types (the checker made them legal) ---- */

static Type *boxed_class(const Type *t) { return type_is_prim(t) ? prim_boxed(t) : (Type *)t; }

/* Value `v` of static type `src` as a value of type `dst`: widening CONVERT_PRIMITIVE,
 * BOX/UNBOX, or a run-time CAST when the static type does not already prove it. */
static int coerce(Gen *g, int v, const Type *src, const Type *dst) {
    ValType from = vt_of(g, v), to = vt_of_type(dst);
    if (to == VT_VOID) return v;
    if (VT_IS_PRIM(to)) {
        if (from == to) return v;
        if (VT_IS_PRIM(from)) return emit_value(g, IR_CONVERT_PRIMITIVE, to, 1, &v);
        return emit_value(g, IR_PRIMITIVE_UNBOX, to, 1, &v);
    }
    if (VT_IS_PRIM(from)) return emit_value(g, IR_PRIMITIVE_BOX, VT_OBJ, 1, &v);
    if (src && dst && type_needs_cast(dst, src)) {
        int dest;
        emit_value_in(g, IR_CAST, VT_OBJ, 1, &v, &dest)->type = (Type *)dst;
        return dest;
    }
    return v;
}

/* ---- container types (checker: Type.origin names the generic) ---- */

static const char *generic_name(const Type *t) {
    if (t && t->kind == TY_CLASS && t->origin) return t->origin->qualname;
    return NULL;
}

static bool is_generic(const Type *t, const char *qualname) {
    const char *n = generic_name(t);
    return n && strcmp(n, qualname) == 0;
}

static SeqKind seq_kind(const Type *t) {
    if (!t || t->kind != TY_CLASS) return SEQ_OTHER;
    if (is_generic(t, "chklist")) return SEQ_CHECKED_LIST;
    if (is_generic(t, "chkdict")) return SEQ_CHECKED_DICT;
    if (is_generic(t, "Array")) return SEQ_ARRAY_INT64;
    if (t == TY.list) return SEQ_LIST;
    if (t == TY.tuple) return SEQ_TUPLE;
    if (t == TY.dict) return SEQ_DICT;
    if (t == TY.set) return SEQ_SET;
    if (t == TY.str) return SEQ_STR;
    return SEQ_OTHER;
}

/* ---- expressions ---- */

static int gen_expr(Gen *g, Expr *e);
static int make_function(Gen *g, Stmt *s, int cls_var);
static int load_attr(Gen *g, int obj, const char *name);
static void gen_store(Gen *g, Expr *target, int v, const Type *vtype);
static void gen_block(Gen *g, PtrVec *body);
static void gen_delete_target(Gen *g, Expr *t);
static int call_builtin(Gen *g, const char *name, int nargs, const int *vals);
static int truth(Gen *g, int v, const Type *t);
static void gen_branch(Gen *g, Expr *e, int t, int f);

static int gen_literal(Gen *g, const Expr *e, const Type *as);
/* An int literal wanted as an int64 (a fast index) is a primitive constant, not a boxed
 * one unboxed at run time. */
static int gen_expr_to(Gen *g, Expr *e, const Type *dst) {
    if (e->kind == E_INT && !e->big && dst == TY.prim[P_INT64]) return gen_literal(g, e, dst);
    return coerce(g, gen_expr(g, e), e->type, dst);
}

/* Does evaluating `e` create blocks (so temps made before it must be spilled)? */
static bool has_control_flow(const Expr *e) {
    if (!e) return false;
    switch (e->kind) {
    case E_BOOLOP: case E_IFEXP: case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_JOINEDSTR:
    case E_LAMBDA: case E_YIELD: case E_YIELDFROM: case E_AWAIT:
        return true;
    case E_COMPARE: if (e->elts.len > 2) return true; break;
    default: break;
    }
    /* (a Slice's lower/upper/step are test/body/orelse, ast.h) */
    if (has_control_flow(e->left) || has_control_flow(e->right) || has_control_flow(e->func) ||
        has_control_flow(e->test) || has_control_flow(e->body) || has_control_flow(e->orelse))
        return true;
    for (int i = 0; i < e->elts.len; i++) if (has_control_flow(VEC_AT(e->elts, Expr, i))) return true;
    for (int i = 0; expr_has_values(e) && i < e->values.len; i++) if (has_control_flow(VEC_AT(e->values, Expr, i))) return true;
    for (int i = 0; expr_has_keywords(e) && i < e->keywords.len; i++)
        if (has_control_flow(VEC_AT(e->keywords, Keyword, i)->value)) return true;
    return false;
}

/* Evaluates es[0..n) left to right into out[], each coerced to dsts[i] (NULL: as is).
 * Values computed before the last operand that branches are parked in hidden variables
 * and reloaded afterwards, keeping every temp inside one block. */
static void gen_operands(Gen *g, Expr **es, int n, Type **dsts, int *out) {
    int last_cf = -1;
    for (int i = 0; i < n; i++) if (es[i] && has_control_flow(es[i])) last_cf = i;
    int *parked = ARENA_ARRAY(g->a, int, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        int v = dsts && dsts[i] ? gen_expr_to(g, es[i], dsts[i]) : gen_expr(g, es[i]);
        if (i < last_cf) {
            parked[i] = new_hidden_var(g, vt_of(g, v), "p");
            store_var(g, parked[i], v);
        } else {
            out[i] = v;
        }
    }
    for (int i = 0; i < last_cf; i++) out[i] = load_var(g, parked[i], false);
}

/* The bits of an integer literal for a primitive context: literals beyond int64 (up to
 * 2**64-1, for uint64 and for -2**63) come from the text, as C's strtoull reads it. */
static int64_t literal_bits(const Expr *e) {
    if (!e->big || !e->text) return e->ival;
    char digits[128];
    size_t n = 0;
    for (const char *t = e->text; *t && n + 1 < sizeof digits; t++)
        if (*t != '_') digits[n++] = *t;
    digits[n] = 0;
    int base = 10;
    const char *start = digits;
    if (n > 2 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) { base = 8; start += 2; }
    else if (n > 2 && digits[0] == '0' && (digits[1] == 'b' || digits[1] == 'B')) { base = 2; start += 2; }
    else if (n > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) { base = 16; start += 2; }
    return (int64_t)strtoull(start, NULL, base);
}

static int gen_literal(Gen *g, const Expr *e, const Type *as) {
    ValType vt = vt_of_type(as);
    switch (e->kind) {
    case E_INT:
        if (VT_IS_PRIM(vt)) return prim_const(g, vt, literal_bits(e), (double)(uint64_t)literal_bits(e));
        return load_const_of(g, &(IrConst){.kind = C_INT, .s = e->text});
    case E_FLOAT:
        if (VT_IS_PRIM(vt)) return prim_const(g, vt, (int64_t)e->fval, e->fval);
        return load_const_of(g, &(IrConst){.kind = C_FLOAT, .f = e->fval});
    case E_IMAG: return load_const_of(g, &(IrConst){.kind = C_IMAG, .f = e->fval});
    case E_TRUE: case E_FALSE:
        if (VT_IS_PRIM(vt)) return prim_const(g, vt, e->kind == E_TRUE, e->kind == E_TRUE);
        return load_const(g, e->kind == E_TRUE ? C_TRUE : C_FALSE);
    case E_NONE: return load_const(g, C_NONE);
    case E_ELLIPSIS: return load_const(g, C_ELLIPSIS);
    case E_STR: return load_const_of(g, &(IrConst){.kind = C_STR, .s = e->str, .len = e->str_len});
    case E_BYTES: return load_const_of(g, &(IrConst){.kind = C_BYTES, .s = e->str, .len = e->str_len});
    case E_UNARYOP:   /* a Final constant like -1 */
        if (e->op == UOP_NEG && e->left && (e->left->kind == E_INT || e->left->kind == E_FLOAT)) {
            if (VT_IS_PRIM(vt)) {
                int64_t bits = e->left->kind == E_INT ? literal_bits(e->left) : 0;
                return prim_const(g, vt, (int64_t)(0 - (uint64_t)bits),
                                  e->left->kind == E_INT ? -(double)bits : -e->left->fval);
            }
            int v = gen_literal(g, e->left, e->left->type);
            int dest;
            emit_value_in(g, IR_UNARY_OP, VT_OBJ, 1, &v, &dest)->imm = UOP_NEG;
            return dest;
        }
        break;
    default: break;
    }
    return gen_expr(g, (Expr *)e);
}

static int local_var(Gen *g, const Symbol *s) { return g->var_of_local[s->index]; }

/* A variable nested functions share lives in a cell; its IR variable holds the cell. */
static bool in_cell(const Symbol *s) { return s->is_cell || s->is_free; }

static IrInstr *emit_deref(Gen *g, IrOp op, const Symbol *s, int nargs, int *args, int *dest) {
    IrInstr *in = dest ? emit_value_in(g, op, VT_OBJ, nargs, args, dest) : emit(g, op, -1, nargs, args);
    in->cidx = ir_const_str(g->ir, s->name);
    in->imm = s->is_free;
    return in;
}

/* The value of local s (unbound checks where it may be unset). */
static int load_local(Gen *g, const Symbol *s) {
    int var = local_var(g, s);
    if (!in_cell(s)) return load_var(g, var, !VEC_AT(g->fn->values, IrValue, var)->is_param);
    int dest;
    emit_deref(g, IR_LOAD_DEREF, s, 1, &var, &dest);
    return dest;
}

static void store_local(Gen *g, const Symbol *s, int v) {
    int args[2] = {local_var(g, s), v};
    if (in_cell(s)) emit(g, IR_STORE_DEREF, -1, 2, args);
    else emit(g, IR_STORE_VAR, -1, 2, args);
}

static int class_scope_lookup(Gen *g, const char *name);

static int gen_name(Gen *g, Expr *e) {
    Symbol *s = e->sym;
    if (g->class_body) {   /* CPython's LOAD_NAME: the class namespace first */
        int v = class_scope_lookup(g, e->id);
        if (v >= 0) return v;
    }
    if (s && s->final_value) return gen_literal(g, s->final_value, e->type);
    if (s && s->kind == SYM_LOCAL && g->decl) return load_local(g, s);
    int dest;
    if (g->class_body && g->scope_is_dict && g->scope_var >= 0) {   /* the namespace may hold it */
        int ns = load_var(g, g->scope_var, false);
        emit_value_in(g, IR_LOAD_NAME, VT_OBJ, 1, &ns, &dest)->cidx = ir_const_str(g->ir, e->id);
        return dest;
    }
    emit_value_in(g, IR_LOAD_GLOBAL, VT_OBJ, 0, NULL, &dest)->cidx = ir_const_str(g->ir, e->id);
    return dest;
}

static bool is_prim_expr(const Expr *e) { return e && type_is_prim(e->type); }

/* The common primitive type two operands are computed in (§1.2.3). */
static Type *operand_prim_type(const Expr *l, const Expr *r) {
    if (type_is_prim(l->type) && type_is_prim(r->type)) {
        if (l->type == r->type) return l->type;
        Type *t = prim_arith_result(l->type, r->type);
        if (t) return t;
    }
    return type_is_prim(l->type) ? l->type : r->type;
}

/* IrInstr.type hint of a dynamic operator: `int` when the checker proved both operands
 * int, or one int and the other untyped (`count[i] > 0`); the back end then inlines the
 * exact small-int path before the generic one (lower.c "typed fast paths"). */
static Type *int_hint(const Type *a, const Type *b) {
    bool ia = a == TY.int_, ib = b == TY.int_;
    bool da = !a || a->kind == TY_DYNAMIC, db = !b || b->kind == TY_DYNAMIC;
    return (ia && (ib || db)) || (da && ib) ? TY.int_ : NULL;
}

/* The hint of a[i] / a[i] = v outside fast_index: the receiver's type when it is a
 * list (or, read only, a tuple) and the index is proved int. */
static Type *subscr_hint(const Expr *e, bool store) {
    SeqKind k = seq_kind(e->left->type);
    bool seq = k == SEQ_LIST || (k == SEQ_TUPLE && !store);
    return seq && e->right->kind != E_SLICE && e->right->type == TY.int_ ? e->left->type : NULL;
}

static int gen_binop(Gen *g, Expr *e) {
    Expr *ops[2] = {e->left, e->right};
    int v[2];
    if (is_prim_expr(e->left) || is_prim_expr(e->right)) {
        Type *opt = operand_prim_type(e->left, e->right);
        Type *dsts[2] = {opt, opt};
        gen_operands(g, ops, 2, dsts, v);
        int dest;
        emit_value_in(g, IR_PRIMITIVE_BINARY_OP, vt_of_type(e->op == OP_POW ? TY.prim[P_DOUBLE] : opt), 2, v,
                      &dest)->imm = e->op;
        return coerce(g, dest, e->op == OP_POW ? TY.prim[P_DOUBLE] : opt, e->type);
    }
    Type *dsts[2] = {TY.object, TY.object};
    gen_operands(g, ops, 2, dsts, v);
    int dest;
    IrInstr *in = emit_value_in(g, IR_BINARY_OP, VT_OBJ, 2, v, &dest);
    in->imm = e->op;
    in->type = int_hint(e->left->type, e->right->type);
    return dest;
}

static int gen_unary(Gen *g, Expr *e) {
    int v = gen_expr(g, e->left);
    int dest;
    if (is_prim_expr(e->left)) {
        ValType vt = e->op == UOP_NOT ? VT_OF_PRIM(P_CBOOL) : vt_of(g, v);
        emit_value_in(g, IR_PRIMITIVE_UNARY_OP, vt, 1, &v, &dest)->imm = e->op;
        return coerce(g, dest, e->op == UOP_NOT ? TY.prim[P_CBOOL] : e->left->type, e->type);
    }
    IrInstr *in = emit_value_in(g, IR_UNARY_OP, VT_OBJ, 1, &v, &dest);
    in->imm = e->op;
    if (e->op == UOP_NEG && e->left->type == TY.int_) in->type = TY.int_;   /* fast path hint */
    return dest;
}

/* One comparison of two already-evaluated operands. */
static int compare_values(Gen *g, int l, int r, int op, bool prim) {
    int args[2] = {l, r}, dest;
    if (prim) emit_value_in(g, IR_PRIMITIVE_COMPARE_OP, VT_OF_PRIM(P_CBOOL), 2, args, &dest)->imm = op;
    else emit_value_in(g, IR_COMPARE_OP, VT_OBJ, 2, args, &dest)->imm = op;
    return dest;
}

/* compare_values of two expressions' values, with the int hint when not primitive. */
static int compare_exprs(Gen *g, int l, int r, int op, bool prim, const Expr *le, const Expr *re) {
    int dest = compare_values(g, l, r, op, prim);
    if (!prim && op >= CMP_LT && op <= CMP_GE) {
        IrBlock *b = g->bb;
        VEC_AT(b->instrs, IrInstr, b->instrs.len - 1)->type = int_hint(le->type, re->type);
    }
    return dest;
}

static bool pair_is_prim(const Expr *l, const Expr *r) { return is_prim_expr(l) || is_prim_expr(r); }

/* Primitive comparisons are the ordering/equality ones; `in`/`is` box a primitive. */
static bool prim_compare(const Expr *l, const Expr *r, int op) {
    return pair_is_prim(l, r) && op != CMP_IN && op != CMP_NOTIN && op != CMP_IS && op != CMP_ISNOT;
}

/* Truthiness of a value as a cbool. */
static int truth(Gen *g, int v, const Type *t) {
    ValType vt = vt_of(g, v);
    if (vt == VT_OF_PRIM(P_CBOOL)) return v;
    if (VT_IS_PRIM(vt)) {
        int zero = prim_const(g, vt, 0, 0.0);
        return compare_values(g, v, zero, CMP_NE, true);
    }
    int dest;
    /* the `bool` hint: a value the checker proved a bool is True or False (bool has no
     * subclasses; typed fields, arguments and returns are checked where they enter) */
    emit_value_in(g, IR_IS_TRUE, VT_OF_PRIM(P_CBOOL), 1, &v, &dest)->type = t == TY.bool_ ? TY.bool_ : NULL;
    return dest;
}

static int gen_compare(Gen *g, Expr *e) {
    int n = e->elts.len;
    Expr *first = VEC_AT(e->elts, Expr, 0), *second = VEC_AT(e->elts, Expr, 1);
    if (n == 2) {
        bool prim = prim_compare(first, second, e->cmp_ops[0]);
        Type *opt = prim ? operand_prim_type(first, second) : TY.object;
        Expr *ops[2] = {first, second};
        Type *dsts[2] = {opt, opt};
        int v[2];
        gen_operands(g, ops, 2, dsts, v);
        int r = compare_exprs(g, v[0], v[1], e->cmp_ops[0], prim, first, second);
        return coerce(g, r, prim ? TY.prim[P_CBOOL] : TY.bool_, e->type);
    }
    /* a < b < c: each middle operand is evaluated once and kept in a variable. */
    ValType rvt = vt_of_type(e->type);
    int result = new_hidden_var(g, rvt, "cmp");
    IrBlock *done = new_block(g);
    int left = gen_expr(g, first);
    int left_var = new_hidden_var(g, vt_of(g, left), "l");
    store_var(g, left_var, left);
    for (int i = 1; i < n; i++) {
        Expr *le = VEC_AT(e->elts, Expr, i - 1), *re = VEC_AT(e->elts, Expr, i);
        bool prim = prim_compare(le, re, e->cmp_ops[i - 1]);
        Type *opt = prim ? operand_prim_type(le, re) : TY.object;
        int r = gen_expr_to(g, re, opt);
        int l = coerce(g, load_var(g, left_var, false), le->type, opt);
        int c = compare_exprs(g, l, r, e->cmp_ops[i - 1], prim, le, re);
        c = coerce(g, c, prim ? TY.prim[P_CBOOL] : TY.bool_, e->type);
        if (i == n - 1) {
            store_var(g, result, c);
            break;
        }
        left_var = new_hidden_var(g, vt_of(g, r), "l");
        store_var(g, left_var, r);
        int t = truth(g, c, e->type);
        store_var(g, result, c);
        IrBlock *next = new_block(g);
        branch(g, t, next->id, done->id);
        g->bb = next;
    }
    start_block(g, done);
    return load_var(g, result, false);
}

/* `a and b` / `a or b` of bools, `not` included: the deciding operand is True or
 * False, so the value is the outcome of the branches, boxed once (no bool object per
 * operand, no references held across the blocks). */
static int gen_bool_of_bools(Gen *g, Expr *e) {
    ValType cb = VT_OF_PRIM(P_CBOOL);
    int result = new_hidden_var(g, cb, "b");
    IrBlock *yes = new_block(g), *no = new_block(g), *done = new_block(g);
    gen_branch(g, e, yes->id, no->id);
    g->bb = yes;
    store_var(g, result, prim_const(g, cb, 1, 0.0));
    jump(g, done);
    g->bb = no;
    store_var(g, result, prim_const(g, cb, 0, 0.0));
    start_block(g, done);
    return coerce(g, load_var(g, result, false), TY.prim[P_CBOOL], TY.bool_);
}

/* a and b / a or b as a value: the deciding operand is the result. */
static int gen_boolop(Gen *g, Expr *e) {
    if (e->type == TY.bool_ && e->left->type == TY.bool_ && e->right->type == TY.bool_)
        return gen_bool_of_bools(g, e);
    int result = new_hidden_var(g, vt_of_type(e->type), "bool");
    IrBlock *rhs = new_block(g), *done = new_block(g);
    /* `a or b` with a: Optional[T] yields a only when it is truthy, so not None: it is
     * tested as it is, not first cast to the result type (None would fail the cast) */
    Type *lt = e->type, *at = e->left->type;
    if (e->op == BOOL_OR && at && at->kind == TY_OPTIONAL && e->type->kind != TY_OPTIONAL &&
        !type_is_prim(e->type))
        lt = at;
    int l = gen_expr_to(g, e->left, lt);
    int c = truth(g, l, lt);
    store_var(g, result, l);
    if (e->op == BOOL_AND) branch(g, c, rhs->id, done->id);
    else branch(g, c, done->id, rhs->id);
    g->bb = rhs;
    store_var(g, result, gen_expr_to(g, e->right, e->type));
    start_block(g, done);
    return load_var(g, result, false);
}

static int gen_ifexp(Gen *g, Expr *e) {
    int result = new_hidden_var(g, vt_of_type(e->type), "if");
    IrBlock *yes = new_block(g), *no = new_block(g), *done = new_block(g);
    gen_branch(g, e->test, yes->id, no->id);
    g->bb = yes;
    store_var(g, result, gen_expr_to(g, e->body, e->type));
    jump(g, done);
    g->bb = no;
    store_var(g, result, gen_expr_to(g, e->orelse, e->type));
    start_block(g, done);
    return load_var(g, result, false);
}

/* [a, *b, c] / (a, *b) / {a, *b}: CPython's order: a list (set) of the items so far,
 * extended by each starred iterable (DISPLAY_EXTEND), appended each plain item; a tuple
 * is tuple() of that list. */
static int gen_build_unpacking(Gen *g, Expr *e, IrOp op) {
    bool set = op == IR_BUILD_SET;
    int var = new_hidden_var(g, VT_OBJ, "display");
    store_var(g, var, emit_value(g, set ? IR_BUILD_SET : IR_BUILD_LIST, VT_OBJ, 0, NULL));
    for (int i = 0; i < e->elts.len; i++) {
        Expr *x = VEC_AT(e->elts, Expr, i);
        int v = gen_expr_to(g, x->kind == E_STARRED ? x->left : x, TY.object);
        if (x->kind != E_STARRED && set) v = emit_value(g, IR_BUILD_TUPLE, VT_OBJ, 1, &v);
        int args[2] = {load_var(g, var, false), v};
        emit(g, x->kind == E_STARRED || set ? IR_DISPLAY_EXTEND : IR_LIST_APPEND, -1, 2, args);
    }
    int r = load_var(g, var, false);
    if (op != IR_BUILD_TUPLE) return r;
    int fn;
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &fn)->cidx = ir_const_builtin(g->ir, "tuple");
    int args[2] = {fn, r}, dest;
    IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, args, &dest);
    call->imm = 1;
    call->cidx = -1;
    return dest;
}

/* [a, *b] as a CheckedList[T]: an empty one, then its own append / extend in order, so
 * the items of each starred iterable are checked against T at run time. */
static int gen_checked_list_unpacking(Gen *g, Expr *e) {
    int var = new_hidden_var(g, VT_OBJ, "display"), empty;
    emit_value_in(g, IR_BUILD_CHECKED_LIST, VT_OBJ, 0, NULL, &empty)->type = e->type;
    store_var(g, var, empty);
    for (int i = 0; i < e->elts.len; i++) {
        Expr *x = VEC_AT(e->elts, Expr, i);
        bool star = x->kind == E_STARRED;
        int v = star ? gen_expr_to(g, x->left, TY.object)
                     : coerce(g, gen_expr_to(g, x, e->type->args[0]), e->type->args[0], TY.object);
        int vvar = new_hidden_var(g, VT_OBJ, "item");   /* evaluated before the method is looked up */
        store_var(g, vvar, v);
        int args[2] = {load_attr(g, load_var(g, var, false), star ? "extend" : "append"), load_var(g, vvar, false)}, r;
        IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, args, &r);
        call->imm = 1;
        call->cidx = -1;
    }
    return load_var(g, var, false);
}

static int gen_build(Gen *g, Expr *e, IrOp op) {
    int n = e->elts.len;
    for (int i = 0; i < n; i++)
        if (VEC_AT(e->elts, Expr, i)->kind == E_STARRED) {
            if (op == IR_BUILD_LIST || op == IR_BUILD_TUPLE || op == IR_BUILD_SET) return gen_build_unpacking(g, e, op);
            if (op == IR_BUILD_CHECKED_LIST) return gen_checked_list_unpacking(g, e);
            unsupported(g, VEC_AT(e->elts, Expr, i)->span, "starred expression in a checked display");
            return load_const(g, C_NONE);
        }
    Type **dsts = ARENA_ARRAY(g->a, Type *, n + 1);
    for (int i = 0; i < n; i++) dsts[i] = TY.object;
    int *v = ARENA_ARRAY(g->a, int, n + 1);
    if (op == IR_BUILD_CHECKED_LIST)   /* elements flow into the element type */
        for (int i = 0; i < n; i++) dsts[i] = e->type->args[0];
    gen_operands(g, (Expr **)e->elts.items, n, dsts, v);
    for (int i = 0; op == IR_BUILD_CHECKED_LIST && i < n; i++) v[i] = coerce(g, v[i], e->type->args[0], TY.object);
    int dest;
    emit_value_in(g, op, VT_OBJ, n, v, &dest)->type = e->type;
    return dest;
}

/* {a: 1, **d, b: 2}: the pairs so far, then d merged in, in order (dict.update). */
static int gen_dict_with_unpack(Gen *g, Expr *e) {
    int var = new_hidden_var(g, VT_OBJ, "dict"), empty;
    bool checked = is_generic(e->type, "chkdict") && e->type->nargs == 2;   /* its stores check */
    emit_value_in(g, checked ? IR_BUILD_CHECKED_MAP : IR_BUILD_MAP, VT_OBJ, 0, NULL, &empty)->type = e->type;
    store_var(g, var, empty);
    for (int i = 0; i < e->elts.len; i++) {
        Expr *k = VEC_AT(e->elts, Expr, i), *v = VEC_AT(e->values, Expr, i);
        if (k) {
            int kv = gen_expr_to(g, k, TY.object);
            int kvar = new_hidden_var(g, VT_OBJ, "k");
            store_var(g, kvar, kv);
            int vv = gen_expr_to(g, v, TY.object);
            int args[3] = {load_var(g, var, false), load_var(g, kvar, false), vv};
            emit(g, IR_STORE_SUBSCR, -1, 3, args);
        } else {
            int src = gen_expr_to(g, v, TY.object);
            int upd = load_attr(g, load_var(g, var, false), "update"), r;
            int args[2] = {upd, src};
            IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, args, &r);
            call->imm = 1;
            call->cidx = -1;
        }
    }
    return load_var(g, var, false);
}

static int gen_dict(Gen *g, Expr *e) {
    int n = e->elts.len;
    for (int i = 0; i < n; i++)
        if (!VEC_AT(e->elts, Expr, i)) return gen_dict_with_unpack(g, e);
    Expr **es = ARENA_ARRAY(g->a, Expr *, 2 * n + 1);
    Type **dsts = ARENA_ARRAY(g->a, Type *, 2 * n + 1);
    for (int i = 0; i < n; i++) {
        es[2 * i] = VEC_AT(e->elts, Expr, i);
        es[2 * i + 1] = VEC_AT(e->values, Expr, i);
        if (!es[2 * i]) {
            unsupported(g, e->span, "** in a dict display");
            return load_const(g, C_NONE);
        }
        dsts[2 * i] = dsts[2 * i + 1] = TY.object;
    }
    bool checked = is_generic(e->type, "chkdict") && e->type->nargs == 2;
    for (int i = 0; checked && i < n; i++) { dsts[2 * i] = e->type->args[0]; dsts[2 * i + 1] = e->type->args[1]; }
    int *v = ARENA_ARRAY(g->a, int, 2 * n + 1);
    gen_operands(g, es, 2 * n, dsts, v);
    for (int i = 0; checked && i < 2 * n; i++) v[i] = coerce(g, v[i], dsts[i], TY.object);
    int dest;
    emit_value_in(g, checked ? IR_BUILD_CHECKED_MAP : IR_BUILD_MAP, VT_OBJ, 2 * n, v, &dest)->type = e->type;
    return dest;
}

/* One `for ... in ... if ...` level of a comprehension; the innermost level adds the
 * element. `it` is the iterator of this level (the first one was made in the
 * enclosing scope, as CPython does). */
static void async_for_step(Gen *g, int it_var, int item_var, IrBlock *body, IrBlock *end);
static int get_iter(Gen *g, int x, bool is_async);

/* A loop's iterator variable; a handler of a try around the loop releases it (CPython's
 * unwinding pops the iterator, so a generator left by an exception is closed then). */
static int loop_iter_var(Gen *g) {
    int v = new_hidden_var(g, VT_OBJ, "it");
    vec_push(g->a, &g->iter_vars, (void *)(intptr_t)v);
    return v;
}

static void release_iter_vars(Gen *g, int from) {   /* innermost loop first, as unwinding */
    for (int i = g->iter_vars.len - 1; from >= 0 && i >= from; i--)
        store_var(g, (int)(intptr_t)g->iter_vars.items[i], load_const(g, C_NONE));
}

static void gen_comp_level(Gen *g, Expr *e, int level, int it, int result_var, int adder_var) {
    Comprehension *q = VEC_AT(e->comps, Comprehension, level);
    int it_var = loop_iter_var(g), item_var = new_hidden_var(g, VT_OBJ, "item");
    store_var(g, it_var, it);
    IrBlock *head = new_block(g), *body = new_block(g), *done = new_block(g);
    start_block(g, head);
    if (q->is_async) {
        async_for_step(g, it_var, item_var, body, done);
    } else {
        int args[2] = {load_var(g, it_var, false), item_var};
        IrInstr *in = emit(g, IR_FOR_ITER, -1, 2, args);
        in->target = body->id;
        in->target2 = done->id;
    }
    g->bb = body;
    gen_store(g, q->target, load_var(g, item_var, false), TY.dynamic);
    for (int i = 0; i < q->ifs.len; i++) {
        IrBlock *pass = new_block(g);
        gen_branch(g, VEC_AT(q->ifs, Expr, i), pass->id, head->id);
        g->bb = pass;
    }
    if (level + 1 < e->comps.len) {
        Comprehension *next = VEC_AT(e->comps, Comprehension, level + 1);
        int inner = gen_expr_to(g, next->iter, TY.object);
        gen_comp_level(g, e, level + 1, get_iter(g, inner, next->is_async), result_var, adder_var);
    } else if (e->kind == E_DICTCOMP) {
        Expr *kv[2] = {e->left, e->right};
        Type *dsts[2] = {TY.object, TY.object};
        if (is_generic(e->type, "chkdict") && e->type->nargs == 2) { dsts[0] = e->type->args[0]; dsts[1] = e->type->args[1]; }
        int v[2];
        gen_operands(g, kv, 2, dsts, v);
        int sargs[3] = {load_var(g, result_var, false), coerce(g, v[0], dsts[0], TY.object),
                        coerce(g, v[1], dsts[1], TY.object)};
        emit(g, IR_STORE_SUBSCR, -1, 3, sargs);
    } else {
        Type *want = is_generic(e->type, "chklist") && e->type->nargs == 1 ? e->type->args[0] : TY.object;
        int v = coerce(g, gen_expr_to(g, e->body, want), want, TY.object);
        int cargs[2] = {load_var(g, adder_var, false), v};
        IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, cargs, &v);
        call->imm = 1;
        call->cidx = -1;
    }
    jump(g, head);
    g->bb = done;
    store_var(g, it_var, load_const(g, C_NONE));   /* the iterator dies with the loop */
}

/* List/set/dict comprehensions, built eagerly into a hidden variable. Elements are
 * added through the container's own append/add (CheckedList checks them). */
/* Comprehension variables that functions made inside it use get a new cell per run of
 * the comprehension (CPython's comprehension scope). */
static void fresh_comp_cells(Gen *g, Expr *e) {
    PtrVec targets = {0};
    for (int i = 0; i < e->comps.len; i++) vec_push(g->a, &targets, VEC_AT(e->comps, Comprehension, i)->target);
    while (targets.len) {
        Expr *t = targets.items[--targets.len];
        if (t->kind == E_TUPLE || t->kind == E_LIST)
            for (int i = 0; i < t->elts.len; i++) vec_push(g->a, &targets, VEC_AT(t->elts, Expr, i));
        if (t->kind == E_NAME && t->sym && t->sym->is_cell)
            store_var(g, local_var(g, t->sym), emit_value(g, IR_MAKE_CELL, VT_OBJ, 0, NULL));
    }
}

static int gen_comprehension(Gen *g, Expr *e) {
    Comprehension *q0 = VEC_AT(e->comps, Comprehension, 0);
    int first = gen_expr_to(g, q0->iter, TY.object);
    int it = get_iter(g, first, q0->is_async);
    int result_var = new_hidden_var(g, VT_OBJ, "comp"), adder_var = -1;
    int empty;
    if (e->kind == E_DICTCOMP) {
        IrOp op = is_generic(e->type, "chkdict") ? IR_BUILD_CHECKED_MAP : IR_BUILD_MAP;
        emit_value_in(g, op, VT_OBJ, 0, NULL, &empty)->type = e->type;
    } else {
        IrOp op = e->kind == E_SETCOMP ? IR_BUILD_SET : is_generic(e->type, "chklist") ? IR_BUILD_CHECKED_LIST : IR_BUILD_LIST;
        emit_value_in(g, op, VT_OBJ, 0, NULL, &empty)->type = e->type;
    }
    store_var(g, result_var, empty);
    fresh_comp_cells(g, e);
    if (e->kind != E_DICTCOMP) {
        adder_var = new_hidden_var(g, VT_OBJ, "add");
        store_var(g, adder_var, load_attr(g, load_var(g, result_var, false), e->kind == E_SETCOMP ? "add" : "append"));
    }
    ClassDecl *class_body = g->class_body;   /* past its first iterable a comprehension is a */
    g->class_body = NULL;              /* function's scope: class names are not visible */
    gen_comp_level(g, e, 0, it, result_var, adder_var);
    g->class_body = class_body;
    return load_var(g, result_var, false);
}

/* yield x: suspend with x; the resume block starts with the value sent in (or the
 * exception thrown in). Only variables live across the suspension (gen_operands parks
 * pending operands, as for any expression that branches). */
static int gen_yield(Gen *g, Expr *e) {
    int v = e->left ? gen_expr_to(g, e->left, TY.object) : load_const(g, C_NONE);
    IrBlock *resume = new_block(g);
    emit(g, e->kind == E_YIELD ? IR_YIELD : IR_YIELD_FROM, -1, 1, &v)->target = resume->id;
    g->bb = resume;
    return emit_value(g, IR_GEN_RESUME, VT_OBJ, 0, NULL);
}

/* yield from x: the runtime drives iter(x) (send/throw/close included) while the
 * generator stays suspended; the result is the iterator's return value. */
static int gen_yield_from(Gen *g, Expr *e) {
    int x = gen_expr_to(g, e->left, TY.object);
    int it = emit_value(g, IR_GET_ITER, VT_OBJ, 1, &x);
    IrBlock *resume = new_block(g);
    emit(g, IR_YIELD_FROM, -1, 1, &it)->target = resume->id;
    g->bb = resume;
    return emit_value(g, IR_GEN_RESUME, VT_OBJ, 0, NULL);
}

/* Suspends until awaitable `v` is done (GET_AWAITABLE, then a `yield from` of its
 * iterator); the result is its value. `where`: GET_AWAITABLE's imm. */
static int await_value(Gen *g, int v, int where) {
    int aw;
    emit_value_in(g, IR_GET_AWAITABLE, VT_OBJ, 1, &v, &aw)->imm = where;
    IrBlock *resume = new_block(g);
    emit(g, IR_YIELD_FROM, -1, 1, &aw)->target = resume->id;
    g->bb = resume;
    return emit_value(g, IR_GEN_RESUME, VT_OBJ, 0, NULL);
}

/* await x: the value of a static coroutine's result type is CAST on arrival (a
 * Python override or another module may hand back anything). */
static int gen_await(Gen *g, Expr *e) {
    int r = await_value(g, gen_expr_to(g, e->left, TY.object), 0);
    return coerce(g, r, TY.dynamic, e->type);
}

/* The iterator of a `for` clause: iter(x), or x.__aiter__() for `async for`. */
static int get_iter(Gen *g, int x, bool is_async) {
    return emit_value(g, is_async ? IR_GET_AITER : IR_GET_ITER, VT_OBJ, 1, &x);
}

/* One step of `async for`: await it.__anext__() into item_var and go to `body`, or to
 * `end` when it raises StopAsyncIteration (CPython's END_ASYNC_FOR). */
static void async_for_step(Gen *g, int it_var, int item_var, IrBlock *body, IrBlock *end) {
    int outer = g->handler, a = load_var(g, it_var, false);
    int aw = emit_value(g, IR_GET_ANEXT, VT_OBJ, 1, &a);
    IrBlock *stop = new_block(g);
    g->handler = stop->id;
    IrBlock *resume = new_block(g);
    g->handler = outer;
    emit(g, IR_YIELD_FROM, -1, 1, &aw)->target = resume->id;
    g->bb = resume;
    store_var(g, item_var, emit_value(g, IR_GEN_RESUME, VT_OBJ, 0, NULL));
    jump(g, body);
    g->bb = stop;
    int exc_var = new_hidden_var(g, VT_OBJ, "exc");
    store_var(g, exc_var, emit_value(g, IR_CATCH, VT_OBJ, 0, NULL));
    int cls;
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &cls)->cidx = ir_const_builtin(g->ir, "StopAsyncIteration");
    int args[2] = {load_var(g, exc_var, false), cls};
    IrBlock *done = new_block(g), *reraise = new_block(g);
    branch(g, emit_value(g, IR_EXC_MATCH, VT_OF_PRIM(P_CBOOL), 2, args), done->id, reraise->id);
    g->bb = reraise;
    emit(g, IR_RERAISE, -1, 1, (int[]){load_var(g, exc_var, false)});
    g->bb = done;
    store_var(g, exc_var, load_const(g, C_NONE));
    jump(g, end);
}

/* (elt for ...): iter() of the first iterable here, then a call of the generator
 * function the parser made (which only makes the generator object). */
static int closure_tuple(Gen *g, FuncDecl *inner);

static int gen_genexp(Gen *g, Expr *e) {
    if (!e->def || !e->def->func) {
        unsupported(g, e->span, "generator expression");
        return load_const(g, C_NONE);
    }
    FuncDecl *fd = e->def->func;
    int first = gen_expr_to(g, e->left, TY.object), r;
    Stmt *loop = e->def->body.len ? VEC_AT(e->def->body, Stmt, 0) : NULL;
    int args[2] = {get_iter(g, first, loop && loop->is_async), 0};
    if (fd->freevars.len) args[1] = closure_tuple(g, fd);
    emit_value_in(g, IR_INVOKE_FUNCTION, VT_OBJ, fd->freevars.len ? 2 : 1, args, &r)->func = g->native_of[fd->index];
    return r;
}

/* Calls a builtin by its constant (not a global lookup, so user names cannot shadow
 * the operation CPython's FORMAT_VALUE performs). */
static int call_builtin(Gen *g, const char *name, int nargs, const int *vals) {
    int args[3];
    int fn;
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &fn)->cidx = ir_const_builtin(g->ir, name);
    args[0] = fn;
    for (int i = 0; i < nargs; i++) args[i + 1] = vals[i];
    int dest;
    IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, nargs + 1, args, &dest);
    call->imm = nargs;
    call->cidx = -1;
    return dest;
}

/* {value!conv:spec}: conversion, then format(value, spec). */
static int gen_formatted(Gen *g, Expr *e) {
    int v = gen_expr_to(g, e->left, TY.object);
    if (e->op) v = call_builtin(g, e->op == 'r' ? "repr" : e->op == 'a' ? "ascii" : "str", 1, &v);
    if (!e->right) return call_builtin(g, "format", 1, &v);
    int var = new_hidden_var(g, VT_OBJ, "fv");   /* the spec may branch */
    store_var(g, var, v);
    int spec = gen_expr(g, e->right);
    int args[2] = {load_var(g, var, false), spec};
    return call_builtin(g, "format", 2, args);
}

/* f"...": the parts joined with "".join((...)). */
static int gen_joinedstr(Gen *g, Expr *e) {
    int n = e->elts.len;
    if (n == 0) return load_const_of(g, &(IrConst){.kind = C_STR, .s = "", .len = 0});
    if (n == 1 && VEC_AT(e->elts, Expr, 0)->kind == E_FORMATTED) return gen_formatted(g, VEC_AT(e->elts, Expr, 0));
    int *parts = ARENA_ARRAY(g->a, int, n + 1);
    int *parked = ARENA_ARRAY(g->a, int, n + 1);
    for (int i = 0; i < n; i++) {
        Expr *part = VEC_AT(e->elts, Expr, i);
        int v = part->kind == E_FORMATTED ? gen_formatted(g, part) : gen_expr(g, part);
        parked[i] = new_hidden_var(g, VT_OBJ, "part");
        store_var(g, parked[i], v);
    }
    for (int i = 0; i < n; i++) parts[i] = load_var(g, parked[i], false);
    int tuple = emit_value(g, IR_BUILD_TUPLE, VT_OBJ, n, parts);
    int join = load_attr(g, load_const_of(g, &(IrConst){.kind = C_STR, .s = "", .len = 0}), "join");
    int args[2] = {join, tuple}, dest;
    IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, args, &dest);
    call->imm = 1;
    call->cidx = -1;
    return dest;
}

static int gen_slice_part(Gen *g, Expr *part) {
    return part ? gen_expr_to(g, part, TY.object) : load_const(g, C_NONE);
}

static int gen_index(Gen *g, Expr *index) {
    if (index->kind != E_SLICE) return gen_expr_to(g, index, TY.object);
    int v[3];
    Expr *parts[3] = {index->lower, index->upper, index->step};
    int last_cf = -1;
    for (int i = 0; i < 3; i++) if (has_control_flow(parts[i])) last_cf = i;
    if (last_cf > 0) {   /* rare: park earlier parts */
        int parked[3];
        for (int i = 0; i < 3; i++) {
            v[i] = gen_slice_part(g, parts[i]);
            if (i < last_cf) { parked[i] = new_hidden_var(g, VT_OBJ, "p"); store_var(g, parked[i], v[i]); }
        }
        for (int i = 0; i < last_cf; i++) v[i] = load_var(g, parked[i], false);
    } else {
        for (int i = 0; i < 3; i++) v[i] = gen_slice_part(g, parts[i]);
    }
    return emit_value(g, IR_BUILD_SLICE, VT_OBJ, 3, v);
}

/* ---- sequences: fast paths for known receiver types ---- */

/* a[i] with a primitive index on a list, tuple, CheckedList or Array: SEQUENCE_GET. */
static bool fast_index(const Expr *e) {
    SeqKind k = seq_kind(e->left->type);
    bool int_index = type_is_int_prim(e->right->type) || (e->right->kind == E_INT && !e->right->big);
    return e->right->kind != E_SLICE && int_index &&
           (k == SEQ_LIST || k == SEQ_TUPLE || k == SEQ_CHECKED_LIST || k == SEQ_ARRAY_INT64);
}

static int gen_index_value(Gen *g, Expr *index, bool fast) {
    return fast ? gen_expr_to(g, index, TY.prim[P_INT64]) : gen_index(g, index);
}

static int gen_subscript(Gen *g, Expr *e) {
    if (fast_index(e)) {
        Expr *ops[2] = {e->left, e->right};
        Type *dsts[2] = {NULL, TY.prim[P_INT64]};
        int v[2], dest;
        gen_operands(g, ops, 2, dsts, v);
        ValType vt = seq_kind(e->left->type) == SEQ_ARRAY_INT64 ? VT_OF_PRIM(P_INT64) : VT_OBJ;
        emit_value_in(g, IR_SEQUENCE_GET, vt, 2, v, &dest)->imm = seq_kind(e->left->type);
        return coerce(g, dest, vt == VT_OBJ ? TY.dynamic : TY.prim[P_INT64], e->type);
    }
    int obj = gen_expr_to(g, e->left, TY.object), dest;
    if (has_control_flow(e->right)) {
        int var = new_hidden_var(g, VT_OBJ, "p");
        store_var(g, var, obj);
        int key = gen_index(g, e->right);
        int args[2] = {load_var(g, var, false), key};
        emit_value_in(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args, &dest)->type = subscr_hint(e, false);
        return dest;
    }
    int args[2] = {obj, gen_index(g, e->right)};
    emit_value_in(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args, &dest)->type = subscr_hint(e, false);
    return dest;
}

static int class_index(Gen *g, const ClassDecl *c);
static int invoke(Gen *g, FuncDecl *callee, int *args, bool virtual_call);

/* LOAD_FIELD of a static class field (imm = owning class, imm2 = field index). */
static int load_field(Gen *g, int obj, const FieldDecl *f) {
    int dest;
    IrInstr *in = emit_value_in(g, IR_LOAD_FIELD, vt_of_type(f->type) == VT_VOID ? VT_OBJ : vt_of_type(f->type),
                                1, &obj, &dest);
    in->imm = class_index(g, f->owner);
    in->imm2 = f->index;
    return dest;
}

static void store_field(Gen *g, int obj, int value, const FieldDecl *f) {
    int args[2] = {obj, value};
    IrInstr *in = emit(g, IR_STORE_FIELD, -1, 2, args);
    in->imm = class_index(g, f->owner);
    in->imm2 = f->index;
}

static bool is_virtual(const FuncDecl *fd, bool want) { return want && fd->vtable_slot >= 0; }

static int gen_attribute(Gen *g, Expr *e) {
    if (e->attr_kind == ATTR_FIELD && e->field) {
        int obj = gen_expr(g, e->left);
        return load_field(g, obj, e->field);
    }
    if (e->attr_kind == ATTR_PROPERTY && e->callee) {
        int obj = gen_expr(g, e->left);
        return invoke(g, e->callee, &obj, is_virtual(e->callee, e->virtual_call));
    }
    int obj = gen_expr_to(g, e->left, TY.object);
    int dest;
    emit_value_in(g, IR_LOAD_ATTR, VT_OBJ, 1, &obj, &dest)->cidx = ir_const_str(g->ir, e->id);
    return type_is_prim(e->type) ? coerce(g, dest, TY.dynamic, e->type) : dest;   /* another module's field */
}

/* ---- calls ---- */

static bool is_packed(const FuncDecl *f, int i) {
    ParamKind k = VEC_AT(f->params, Param, i)->kind;
    return k == PARAM_VARARGS || k == PARAM_KWARGS;
}

/* The parameter a written argument was bound to: its own, or the *args / **kwargs
 * parameter whose pack (check.c pack_node) collects it. */
static int param_index_of(const Expr *call, const Expr *arg) {
    const FuncDecl *f = call->callee;
    for (int i = 0; i < f->params.len; i++) {
        const Expr *b = call->bound[i];
        if (b == arg) return i;
        if (!b || !is_packed(f, i)) continue;
        const PtrVec *items = b->kind == E_TUPLE ? &b->elts : &b->values;
        for (int j = 0; j < items->len; j++)
            if (items->items[j] == arg) return i;
    }
    return -1;
}

/* The value of param i's default at a static call site: read from the function object
 * (evaluated once when the def ran, as in CPython), never inlined, because the program
 * may replace __defaults__ / __kwdefaults__. */
static int gen_default(Gen *g, FuncDecl *callee, int i) {
    Param *p = VEC_AT(callee->params, Param, i);
    int dest;
    IrInstr *in = emit_value_in(g, IR_LOAD_DEFAULT, VT_OBJ, 0, NULL, &dest);
    in->func = g->entry_of[callee->index];
    in->imm = i;
    return coerce(g, dest, TY.dynamic, p->type);
}

static bool is_source_arg(const Expr *call, const Expr *x) {
    for (int i = 0; i < call->elts.len; i++)
        if (VEC_AT(call->elts, Expr, i) == x) return true;
    for (int i = 0; i < call->keywords.len; i++)
        if (VEC_AT(call->keywords, Keyword, i)->value == x) return true;
    return false;
}

/* The *args tuple (BUILD_TUPLE) or **kwargs dict (BUILD_MAP keyed by the keyword
 * names) of parameter p, from the already evaluated arguments bound to it. */
static int gen_pack(Gen *g, Expr *e, FuncDecl *callee, int p, Expr **es, int *pidx, int *vals, int n) {
    bool kw = VEC_AT(callee->params, Param, p)->kind == PARAM_KWARGS;
    int *items = ARENA_ARRAY(g->a, int, 2 * n + 1), k = 0;
    for (int i = 0; i < n; i++) {
        if (pidx[i] != p) continue;
        if (kw) {
            const char *name = NULL;
            for (int j = 0; j < e->keywords.len && !name; j++)
                if (VEC_AT(e->keywords, Keyword, j)->value == es[i]) name = VEC_AT(e->keywords, Keyword, j)->name;
            items[k++] = load_const_of(g, &(IrConst){.kind = C_STR, .s = name, .len = strlen(name)});
        }
        items[k++] = vals[i];
    }
    return emit_value(g, kw ? IR_BUILD_MAP : IR_BUILD_TUPLE, VT_OBJ, k, items);
}

/* Evaluates the arguments of a resolved call (CALL_STATIC, CALL_METHOD, CALL_CONSTRUCT)
 * in source order -- the receiver first when bound[0] is one, or `recv` (a staticmethod's
 * receiver, its value stored in *recv_value) -- and returns them in parameter order,
 * defaults filled in. `self_value` >= 0 is the value for param 0 (CALL_CONSTRUCT's new
 * object); SELF_LATER leaves param 0 to the caller. Returns NULL after reporting an
 * internal error. */
enum { SELF_LATER = -2 };
static int *gen_bound_args_recv(Gen *g, Expr *e, FuncDecl *callee, int self_value, Expr *recv, int *recv_value) {
    int np = callee->params.len;
    int nsrc = e->elts.len + e->keywords.len;
    int nargs = nsrc + np + 1;
    Expr **es = ARENA_ARRAY(g->a, Expr *, nargs + 1);
    Type **dsts = ARENA_ARRAY(g->a, Type *, nargs + 1);
    int *pidx = ARENA_ARRAY(g->a, int, nargs + 1);
    int n = 0;
    if (recv) {   /* pidx -1: no parameter */
        es[n] = recv;
        pidx[n] = -1;
        dsts[n++] = TY.object;
    }
    /* Bound expressions that are not among the written arguments come first: the
     * receiver of obj.m(...), the class of C.cm(...), the self of super().m(...). */
    for (int p = 0; p < np; p++) {
        Expr *b = e->bound[p];
        if (!b || is_source_arg(e, b) || is_packed(callee, p)) continue;
        es[n] = b;
        pidx[n] = p;
        dsts[n++] = VEC_AT(callee->params, Param, p)->type;
    }
    for (int i = 0; i < nsrc; i++) {
        Expr *arg = i < e->elts.len ? VEC_AT(e->elts, Expr, i) : VEC_AT(e->keywords, Keyword, i - e->elts.len)->value;
        int p = param_index_of(e, arg);
        if (p < 0) {
            diag_report(g->d, g->mod->path, D_INTERNAL, arg->span, "call argument not bound to a parameter");
            g->failed = true;
            return NULL;
        }
        es[n] = arg;
        pidx[n] = p;
        dsts[n++] = is_packed(callee, p) ? TY.object : VEC_AT(callee->params, Param, p)->type;
    }
    int *vals = ARENA_ARRAY(g->a, int, nargs + 1);
    gen_operands(g, es, n, dsts, vals);
    int *args = ARENA_ARRAY(g->a, int, np + 1);
    for (int i = 0; i < np; i++) args[i] = -1;
    if (self_value >= 0 && np > 0) args[0] = self_value;
    for (int i = 0; i < n; i++)
        if (pidx[i] < 0) *recv_value = vals[i];
        else if (!is_packed(callee, pidx[i])) args[pidx[i]] = vals[i];
    for (int p = 0; p < np; p++)
        if (is_packed(callee, p)) args[p] = gen_pack(g, e, callee, p, es, pidx, vals, n);
    for (int i = self_value == SELF_LATER; i < np; i++)
        if (args[i] < 0) args[i] = gen_default(g, callee, i);
    return args;
}

static int *gen_bound_args(Gen *g, Expr *e, FuncDecl *callee, int self_value) {
    return gen_bound_args_recv(g, e, callee, self_value, NULL, NULL);
}

/* A direct (INVOKE_FUNCTION) or virtual (INVOKE_METHOD) call of a resolved callee. */
static int invoke(Gen *g, FuncDecl *callee, int *args, bool virtual_call) {
    int dest;
    IrInstr *in = emit_value_in(g, virtual_call ? IR_INVOKE_METHOD : IR_INVOKE_FUNCTION,
                                vt_of_type(callee->ret) == VT_VOID ? VT_OBJ : vt_of_type(callee->ret),
                                callee->params.len, args, &dest);
    in->func = g->native_of[callee->index];
    if (virtual_call) in->imm = callee->vtable_slot;
    return dest;
}

/* INVOKE_FUNCTION: arguments evaluated in source order, passed in parameter order. */
static int gen_static_call(Gen *g, Expr *e) {
    int *args = gen_bound_args(g, e, e->callee, -1);
    return args ? invoke(g, e->callee, args, false) : load_const(g, C_NONE);
}

static int static_slot_adapter(Gen *g, FuncDecl *fd);

/* recv.k(args) of a staticmethod k: the receiver is evaluated first (CPython looks k up
 * on it); virtually, INVOKE_METHOD of the slot's adapter with the receiver prepended (the
 * receiver's class picks the implementation, which drops it); else k directly. */
static int gen_static_method_call(Gen *g, Expr *e) {
    FuncDecl *k = e->callee;
    int np = k->params.len, recv = -1;
    int *args = gen_bound_args_recv(g, e, k, -1, e->func->left, &recv);
    if (!args) return load_const(g, C_NONE);
    if (!(e->virtual_call && k->vtable_slot >= 0)) return invoke(g, k, args, false);
    int *all = ARENA_ARRAY(g->a, int, np + 2), dest;
    all[0] = recv;
    for (int i = 0; i < np; i++) all[i + 1] = args[i];
    IrInstr *in = emit_value_in(g, IR_INVOKE_METHOD, vt_of_type(k->ret) == VT_VOID ? VT_OBJ : vt_of_type(k->ret),
                                np + 1, all, &dest);
    in->func = static_slot_adapter(g, k);
    in->imm = k->vtable_slot;
    return dest;
}

static int gen_method_call(Gen *g, Expr *e) {
    if (e->callee->method_kind == MK_STATICMETHOD) return gen_static_method_call(g, e);
    int *args = gen_bound_args(g, e, e->callee, -1);
    bool virtual_call = e->virtual_call && e->callee->vtable_slot >= 0;
    return args ? invoke(g, e->callee, args, virtual_call) : load_const(g, C_NONE);
}

static int declare_extern_class(Gen *g, const ClassDecl *cd);

/* The IrClass of a static class: this module's own, or the extern one (made on first
 * use) of another module's static class that a class here derives from. */
static int class_index(Gen *g, const ClassDecl *c) {
    if (c->index < g->mod->classes.len && g->mod->classes.items[c->index] == c) return g->class_of[c->index];
    for (int i = 0; i < g->ir->classes.len; i++)
        if (VEC_AT(g->ir->classes, IrClass, i)->decl == c) return i;
    return declare_extern_class(g, c);
}

/* C(args): TP_ALLOC, the arguments, then the native __init__. (CPython evaluates the
 * arguments first; allocation has no visible effect, so the order cannot be observed.) */
static int gen_construct(Gen *g, Expr *e) {
    int cls = class_index(g, e->cls);
    FuncDecl *init = e->callee;
    if (!init) {
        int obj;
        emit_value_in(g, IR_TP_ALLOC, VT_OBJ, 0, NULL, &obj)->imm = cls;
        return obj;
    }
    /* Park the object in a variable: argument evaluation may branch. */
    int obj_var = new_hidden_var(g, VT_OBJ, "new");
    int tmp;
    emit_value_in(g, IR_TP_ALLOC, VT_OBJ, 0, NULL, &tmp)->imm = cls;
    store_var(g, obj_var, tmp);
    int *args = gen_bound_args(g, e, init, SELF_LATER);
    if (!args) return load_const(g, C_NONE);
    args[0] = load_var(g, obj_var, false);
    invoke(g, init, args, false);
    return take_var(g, obj_var);
}

/* The `__class__` free variable of a method of a class built in a function. */
static Symbol *class_cell_sym(Gen *g) {
    for (int i = 0; g->decl && i < g->decl->freevars.len; i++) {
        Symbol *s = VEC_AT(g->decl->freevars, Symbol, i);
        if (strcmp(s->name, "__class__") == 0) return s;
    }
    return NULL;
}

/* The class of the current method, or of the method a function using super() is nested
 * in (scope.c: super_class); NULL when none. */
static ClassDecl *owner_class(Gen *g) {
    if (!g->decl) return NULL;
    if (g->decl->cls) return g->decl->cls;
    Stmt *k = g->decl->def ? g->decl->def->super_class : NULL;
    return k ? k->cls : NULL;
}

/* What the current function's __class__ cell holds (owner_class, or the cell itself). */
static int method_class(Gen *g) {
    int cls;
    ClassDecl *k = owner_class(g);
    if (class_cell_sym(g)) {
        cls = load_local(g, class_cell_sym(g));
    } else if (class_index(g, k) >= 0) {
        emit_value_in(g, IR_LOAD_CLASS, VT_OBJ, 0, NULL, &cls)->imm = class_index(g, k);
    } else {
        emit_value_in(g, IR_LOAD_GLOBAL, VT_OBJ, 0, NULL, &cls)->cidx = ir_const_str(g->ir, k->name);
    }
    return cls;
}

/* f() where f may be the builtin super under another name (x = super; x()), or super()
 * outside a method. CPython's super() reads the calling frame, which compiled code does
 * not have, so the call carries what that frame would hold (CALL_NOARGS): a __class__
 * cell exists in methods that name super or __class__. */
static int gen_call_noargs(Gen *g, Expr *e) {
    FuncDecl *fd = g->decl;
    int v[3] = {gen_expr(g, e->func)}, n = 1, dest;
    int ctx = !fd || fd->is_module_body || g->class_body || fd->npositional == 0 ? 0
              : fd->def && fd->def->super_cell && (owner_class(g) || class_cell_sym(g)) ? 2 : 1;
    if (ctx == 2) {
        v[n++] = method_class(g);
        v[n++] = load_local(g, VEC_AT(fd->locals, Symbol, 0));
    }
    emit_value_in(g, IR_CALL_NOARGS, VT_OBJ, n, v, &dest)->imm = ctx;
    return dest;
}

/* super() without arguments in a method: super(<the class>, <first parameter>), which
 * is what CPython's __class__ cell provides. */
static int gen_zero_arg_super(Gen *g, Expr *e) {
    FuncDecl *fd = g->decl;
    if (fd->npositional == 0) {
        unsupported(g, e->span, "super() in a method without a positional first parameter");
        return load_const(g, C_NONE);
    }
    int fn;
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &fn)->cidx = ir_const_builtin(g->ir, "super");
    int args[3] = {fn, method_class(g), load_local(g, VEC_AT(fd->locals, Symbol, 0))}, dest;
    IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 3, args, &dest);
    call->imm = 2;
    call->cidx = -1;
    (void)e;
    return dest;
}

/* f(a, *b, k=c, **d): the positional arguments gathered in a list, the keywords in a
 * dict, in source order, then one CALL_EX. */
static int gen_call_ex(Gen *g, Expr *e) {
    int fvar = new_hidden_var(g, VT_OBJ, "f"), avar = new_hidden_var(g, VT_OBJ, "args"), kvar = -1;
    store_var(g, fvar, gen_expr_to(g, e->func, TY.object));
    store_var(g, avar, emit_value(g, IR_BUILD_LIST, VT_OBJ, 0, NULL));
    for (int i = 0; i < e->elts.len; i++) {
        Expr *a = VEC_AT(e->elts, Expr, i);
        if (a->kind == E_STARRED) {
            int v = gen_expr_to(g, a->left, TY.object);
            int args[3] = {load_var(g, avar, false), v, load_var(g, fvar, false)};
            emit(g, IR_ARGS_EXTEND, -1, 3, args);
        } else {
            int v = gen_expr_to(g, a, TY.object);
            int one = emit_value(g, IR_BUILD_LIST, VT_OBJ, 1, &v);
            int args[3] = {load_var(g, avar, false), one, load_var(g, fvar, false)};
            emit(g, IR_ARGS_EXTEND, -1, 3, args);
        }
    }
    if (e->keywords.len) {
        kvar = new_hidden_var(g, VT_OBJ, "kw");
        store_var(g, kvar, emit_value(g, IR_BUILD_MAP, VT_OBJ, 0, NULL));
        for (int i = 0; i < e->keywords.len; i++) {
            Keyword *k = VEC_AT(e->keywords, Keyword, i);
            int v = gen_expr_to(g, k->value, TY.object);
            if (k->name) {   /* a one-item mapping merged like **, so duplicates are caught */
                int kv[2] = {load_const_of(g, &(IrConst){.kind = C_STR, .s = k->name, .len = strlen(k->name)}), v};
                v = emit_value(g, IR_BUILD_MAP, VT_OBJ, 2, kv);
            }
            int args[3] = {load_var(g, kvar, false), v, load_var(g, fvar, false)};
            emit(g, IR_KWARGS_MERGE, -1, 3, args);
        }
    }
    int args[3] = {load_var(g, fvar, false), load_var(g, avar, false), kvar >= 0 ? load_var(g, kvar, false) : 0};
    return emit_value(g, IR_CALL_EX, VT_OBJ, kvar >= 0 ? 3 : 2, args);
}

/* globals(), and vars()/locals() outside functions, read the namespace the code runs in
 * (a compiled module has no frame for the builtins to find it in). -1: not one of them. */
static int gen_function_locals(Gen *g);

static int gen_namespace_call(Gen *g, Expr *e) {
    Expr *f = e->func;
    if (f->kind != E_NAME || !f->sym || f->sym->kind != SYM_BUILTIN) return -1;
    bool is_globals = strcmp(f->id, "globals") == 0;
    if (!is_globals && strcmp(f->id, "vars") != 0 && strcmp(f->id, "locals") != 0) return -1;
    if (!is_globals && g->class_body && g->scope_is_dict) return load_var(g, g->scope_var, false);
    if (!is_globals && !g->class_body && g->decl && !g->decl->is_module_body) return gen_function_locals(g);
    if (!is_globals && g->class_body) return -1;
    return emit_value(g, IR_LOAD_MODULE_DICT, VT_OBJ, 0, NULL);
}

/* exec/eval/compile called here: the builtins take the future flags and, for exec and
 * eval, the default namespaces from the calling Python frame, which is not this code's
 * (compiled code runs without a frame of its own). Such calls carry the module's flags
 * (imm2 = 1 + flags; lowered to spc_rt_call_compiling) and get this code's namespaces. */
static bool is_compiling_builtin(const Expr *f) {
    return f->kind == E_NAME && f->sym && f->sym->kind == SYM_BUILTIN &&
           (strcmp(f->id, "exec") == 0 || strcmp(f->id, "eval") == 0 || strcmp(f->id, "compile") == 0);
}

enum { CO_FUTURE_ANNOTATIONS_FLAG = 0x1000000 };   /* CPython's CO_FUTURE_ANNOTATIONS */

static bool future_annotations(const Module *m);

/* The namespaces exec(src)/eval(src) default to: globals() and locals() of this code. */
static int default_namespace(Gen *g, bool want_locals) {
    if (!want_locals) return emit_value(g, IR_LOAD_MODULE_DICT, VT_OBJ, 0, NULL);
    if (g->class_body && g->scope_is_dict) return load_var(g, g->scope_var, false);
    if (g->decl && !g->decl->is_module_body && !g->class_body) return gen_function_locals(g);
    return emit_value(g, IR_LOAD_MODULE_DICT, VT_OBJ, 0, NULL);
}

static int gen_dynamic_call(Gen *g, Expr *e) {
    int npos = e->elts.len, nkw = e->keywords.len;
    for (int i = 0; i < npos; i++)
        if (VEC_AT(e->elts, Expr, i)->kind == E_STARRED) return gen_call_ex(g, e);
    for (int i = 0; i < nkw; i++)
        if (!VEC_AT(e->keywords, Keyword, i)->name) return gen_call_ex(g, e);
    int ns = npos == 0 && nkw == 0 ? gen_namespace_call(g, e) : -1;
    if (ns >= 0) return ns;
    if (npos == 0 && nkw == 0 && e->func->kind == E_NAME && e->func->sym && e->func->sym->kind == SYM_BUILTIN &&
        strcmp(e->func->id, "super") == 0 && g->decl && (owner_class(g) || class_cell_sym(g)) && g->decl->params.len > 0)
        return gen_zero_arg_super(g, e);
    if (npos == 0 && nkw == 0 && e->func->kind == E_NAME &&
        !(e->func->sym && e->func->sym->kind == SYM_BUILTIN && strcmp(e->func->id, "super") != 0))
        return gen_call_noargs(g, e);
    for (int i = 0; i < npos; i++)
        if (VEC_AT(e->elts, Expr, i)->kind == E_STARRED) {
            unsupported(g, VEC_AT(e->elts, Expr, i)->span, "*args in a call");
            return load_const(g, C_NONE);
        }
    const char **names = ARENA_ARRAY(g->a, const char *, nkw + 1);
    Expr **es = ARENA_ARRAY(g->a, Expr *, npos + nkw + 2);
    Type **dsts = ARENA_ARRAY(g->a, Type *, npos + nkw + 2);
    es[0] = e->func;
    for (int i = 0; i < npos; i++) es[1 + i] = VEC_AT(e->elts, Expr, i);
    for (int i = 0; i < nkw; i++) {
        Keyword *k = VEC_AT(e->keywords, Keyword, i);
        if (!k->name) {
            unsupported(g, k->span, "**kwargs in a call");
            return load_const(g, C_NONE);
        }
        names[i] = k->name;
        es[1 + npos + i] = k->value;
    }
    for (int i = 0; i < npos + nkw + 1; i++) dsts[i] = TY.object;
    int *v = ARENA_ARRAY(g->a, int, npos + nkw + 4);
    gen_operands(g, es, npos + nkw + 1, dsts, v);
    bool compiling = is_compiling_builtin(e->func);
    if (compiling && nkw == 0 && npos == 1 && strcmp(e->func->id, "compile") != 0) {
        v[2] = default_namespace(g, false);   /* exec(src) / eval(src): this code's globals, locals */
        v[3] = default_namespace(g, true);
        npos = 3;
    }
    int dest;
    IrInstr *in = emit_value_in(g, IR_CALL, VT_OBJ, npos + nkw + 1, v, &dest);
    in->imm = npos;
    in->cidx = nkw ? ir_const(g->ir, &(IrConst){.kind = C_TUPLE_OF_STR, .strs = names, .nstrs = nkw}) : -1;
    if (compiling) in->imm2 = 1 + (future_annotations(g->mod) ? CO_FUTURE_ANNOTATIONS_FLAG : 0);
    return dest;
}

/* locals() in a function: a new dict of the variables bound now, in CPython's frame
 * order (PyFrame_FastToLocals: parameters and plain locals, then cells, then free
 * variables); primitives boxed. */
static int gen_function_locals(Gen *g) {
    int d = emit_value(g, IR_BUILD_MAP, VT_OBJ, 0, NULL);
    FuncDecl *fd = g->decl;
    for (int pass = 0; pass < 3; pass++)
        for (int i = 0; i < fd->locals.len; i++) {
            Symbol *s = VEC_AT(fd->locals, Symbol, i);
            int which = s->is_free ? 2 : s->is_cell && i >= fd->params.len ? 1 : 0;
            if (s->hidden || which != pass || s->name[0] == '.') continue;
            int args[2] = {d, local_var(g, s)};
            if (VT_IS_PRIM(vt_of(g, args[1]))) {
                int k = load_const_of(g, &(IrConst){.kind = C_STR, .s = s->name, .len = strlen(s->name)});
                int v = load_var(g, args[1], false), sargs[3] = {d, k, emit_value(g, IR_PRIMITIVE_BOX, VT_OBJ, 1, &v)};
                emit(g, IR_STORE_SUBSCR, -1, 3, sargs);
                continue;
            }
            IrInstr *in = emit(g, IR_LOCALS_ADD, -1, 2, args);
            in->cidx = ir_const_str(g->ir, s->name);
            in->imm = in_cell(s);
        }
    return d;
}

/* Is `e` a name imported from __static__ as `name`? */
static bool is_static_name(const Expr *e, const char *name) {
    return e && e->kind == E_NAME && e->sym && e->sym->kind == SYM_STATIC && e->sym->orig &&
           strcmp(e->sym->orig, name) == 0;
}

/* clen(x): FAST_LEN, an int64. */
static int gen_clen(Gen *g, Expr *e) {
    Expr *arg = VEC_AT(e->elts, Expr, 0);
    int v = gen_expr_to(g, arg, TY.object), dest;
    emit_value_in(g, IR_FAST_LEN, VT_OF_PRIM(P_INT64), 1, &v, &dest)->imm = seq_kind(arg->type);
    return coerce(g, dest, TY.prim[P_INT64], e->type);
}

/* list / CheckedList methods with an IR op: positional argument counts, which argument
 * is an int64 index (-1: none), whether one is an element (checked against T). */
static const struct ListMethod {
    const char *name;
    IrOp op;
    int min, max, index;
    bool elem;
} list_methods[] = {
    {"append", IR_LIST_APPEND, 1, 1, -1, true},
    {"insert", IR_LIST_INSERT, 2, 2, 0, true},
    {"pop", IR_LIST_POP, 0, 1, 0, false},
    {"remove", IR_LIST_REMOVE, 1, 1, -1, false},
};

/* An index passed as an int64 keeps CPython's errors only when it is an int primitive
 * or an int literal (a boxed int could overflow with a different message). */
static bool int64_index(const Expr *a, int64_t *lit) {
    const Expr *n = a->kind == E_UNARYOP && a->op == UOP_NEG ? a->left : a;
    if (n->kind == E_INT && !n->big && n->ival >= 0) {
        *lit = n == a ? n->ival : -n->ival;
        return true;
    }
    return type_is_int_prim(a->type);
}

/* x.append(v), x.insert(i, v), x.pop([i]), x.remove(v) on a list or CheckedList: the
 * LIST_* ops; -1 when the call is not one of them. */
static int gen_list_method(Gen *g, Expr *e) {
    Expr *f = e->func;
    SeqKind k = f->kind == E_ATTRIBUTE && !e->keywords.len ? seq_kind(f->left->type) : SEQ_OTHER;
    if (k != SEQ_LIST && k != SEQ_CHECKED_LIST) return -1;
    SeqKind kind = k;
    const struct ListMethod *m = NULL;
    for (size_t i = 0; i < sizeof list_methods / sizeof list_methods[0]; i++)
        if (strcmp(list_methods[i].name, f->id) == 0) m = &list_methods[i];
    int n = e->elts.len, args[3];
    int64_t lit[3] = {0, 0, 0};
    if (!m || n < m->min || n > m->max || has_control_flow(f->left)) return -1;
    for (int i = 0; i < n; i++) {   /* operands that branch (x if c else y, yield) take the general path,
                                       which parks the receiver across the blocks */
        Expr *a = VEC_AT(e->elts, Expr, i);
        if (a->kind == E_STARRED || has_control_flow(a) || (i == m->index && !int64_index(a, &lit[i]))) return -1;
    }
    args[0] = gen_expr(g, f->left);
    for (int i = 0; i < n; i++) {
        Expr *a = VEC_AT(e->elts, Expr, i);
        if (i == m->index)
            args[1 + i] = type_is_int_prim(a->type) ? gen_expr_to(g, a, TY.prim[P_INT64])
                                                    : prim_const(g, VT_OF_PRIM(P_INT64), lit[i], 0);
        else if (m->elem && k == SEQ_CHECKED_LIST && type_needs_cast(f->left->type->args[0], a->type))
            args[1 + i] = gen_expr(g, a), kind = SEQ_OTHER;   /* the method checks it, with its message */
        else
            args[1 + i] = gen_expr_to(g, a, TY.object);
    }
    if (m->op == IR_LIST_POP) {
        int dest;
        emit_value_in(g, IR_LIST_POP, VT_OBJ, 1 + n, args, &dest)->imm = kind;
        return dest;
    }
    emit(g, m->op, -1, 1 + n, args)->imm = kind;
    return load_const(g, C_NONE);
}

/* len(x) in a static module, x of a known container type: builtins are not shadowable
 * there (STATIC_PYTHON.md §1.1), so it is FAST_LEN (inexact receivers: PyObject_Size),
 * boxed, as CinderX compiles it. */
static bool fast_builtin_len(Gen *g, const Expr *e) {
    const Expr *f = e->func, *a = e->elts.len == 1 ? VEC_AT(e->elts, Expr, 0) : NULL;
    return g->mod->is_static && f && f->kind == E_NAME && f->sym && f->sym->kind == SYM_BUILTIN &&
           strcmp(f->id, "len") == 0 && a && a->kind != E_STARRED && e->keywords.len == 0 &&
           seq_kind(a->type) != SEQ_OTHER;
}

static int gen_call(Gen *g, Expr *e) {
    Expr *arg0 = e->elts.len > 0 ? VEC_AT(e->elts, Expr, 0) : NULL;
    if (is_static_name(e->func, "clen") && e->elts.len == 1 && e->keywords.len == 0) return gen_clen(g, e);
    if (fast_builtin_len(g, e)) return gen_clen(g, e);
    switch (e->call_kind) {
    case CALL_STATIC: return gen_static_call(g, e);
    case CALL_BOX: return gen_expr_to(g, arg0, boxed_class(arg0->type));
    case CALL_UNBOX: {
        int v = gen_expr_to(g, arg0, TY.object);
        return emit_value(g, IR_PRIMITIVE_UNBOX, vt_of_type(e->type), 1, &v);
    }
    case CALL_CAST: {
        Expr *value = VEC_AT(e->elts, Expr, 1);
        int v = gen_expr(g, value);
        int dest;
        emit_value_in(g, IR_CAST, VT_OBJ, 1, &v, &dest)->type = e->cast_to;
        return dest;
    }
    case CALL_PRIM_CONVERT: {
        int v = gen_expr(g, arg0);
        ValType to = vt_of_type(e->type);
        if (vt_of(g, v) == to) return v;
        if (VT_IS_PRIM(vt_of(g, v))) return emit_value(g, IR_CONVERT_PRIMITIVE, to, 1, &v);
        return emit_value(g, IR_PRIMITIVE_UNBOX, to, 1, &v);
    }
    case CALL_REVEAL_TYPE: return arg0 ? gen_expr(g, arg0) : load_const(g, C_NONE);
    case CALL_METHOD: return gen_method_call(g, e);
    case CALL_CONSTRUCT: return gen_construct(g, e);
    case CALL_DYNAMIC: {
        int v = gen_list_method(g, e);
        if (v >= 0) return v;
        break;
    }
    }
    /* a static function of another module returns its primitive boxed (checker: whole-program view) */
    int v = gen_dynamic_call(g, e);
    return type_is_prim(e->type) ? coerce(g, v, TY.dynamic, e->type) : v;
}

/* Is e's value read from a union-typed place (a local narrowed by excluding union
 * members, a union field), or computed by an operation on a union?  Unions are stored
 * and passed unchecked (types.h), so such a value is only known to be of the type the
 * checker gives it (a member, a narrowing) after a run-time CAST. */
static bool from_union(const Expr *e) {
    switch (e->kind) {
    case E_NAME: return e->cast_to != NULL;   /* the checker's unchecked narrowing */
    case E_ATTRIBUTE:
        return (e->field && e->field->type->kind == TY_UNION) || e->left->type->kind == TY_UNION;
    case E_SUBSCRIPT: case E_UNARYOP: return e->left && e->left->type->kind == TY_UNION;
    case E_CALL:
        return e->call_kind == CALL_DYNAMIC && e->func->kind == E_ATTRIBUTE &&
               e->func->left->type->kind == TY_UNION;
    default: return false;
    }
}

static int gen_expr(Gen *g, Expr *e) {
    int saved_line = g->line;
    Span saved_pos = g->pos;
    if (e->span.line) g->line = e->span.line, g->pos = e->span;
    int v;
    switch (e->kind) {
    case E_NAME: v = gen_name(g, e); break;
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: case E_TRUE: case E_FALSE: case E_NONE: case E_ELLIPSIS:
        v = gen_literal(g, e, e->type);
        break;
    case E_BINOP: v = gen_binop(g, e); break;
    case E_UNARYOP: v = gen_unary(g, e); break;
    case E_BOOLOP: v = gen_boolop(g, e); break;
    case E_COMPARE: v = gen_compare(g, e); break;
    case E_CALL: v = gen_call(g, e); break;
    case E_ATTRIBUTE: v = gen_attribute(g, e); break;
    case E_SUBSCRIPT: v = gen_subscript(g, e); break;
    case E_IFEXP: v = gen_ifexp(g, e); break;
    case E_TUPLE: v = gen_build(g, e, IR_BUILD_TUPLE); break;
    case E_LIST: v = gen_build(g, e, is_generic(e->type, "chklist") ? IR_BUILD_CHECKED_LIST : IR_BUILD_LIST); break;
    case E_SET: v = gen_build(g, e, IR_BUILD_SET); break;
    case E_DICT: v = gen_dict(g, e); break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: v = gen_comprehension(g, e); break;
    case E_JOINEDSTR: v = gen_joinedstr(g, e); break;
    case E_NAMEDEXPR:
        v = gen_expr(g, e->right);
        gen_store(g, e->left, v, e->right->type);
        break;
    case E_LAMBDA:
        if (e->def && e->def->func) v = make_function(g, e->def, -1);
        else { unsupported(g, e->span, "lambda"); v = load_const(g, C_NONE); }
        break;
    case E_FORMATTED: v = gen_formatted(g, e); break;
    case E_YIELD: v = gen_yield(g, e); break;
    case E_YIELDFROM: v = gen_yield_from(g, e); break;
    case E_AWAIT: v = gen_await(g, e); break;
    case E_GENEXP: v = gen_genexp(g, e); break;
    case E_SLICE: unsupported(g, e->span, "slice outside a subscript"); v = load_const(g, C_NONE); break;
    case E_STARRED: unsupported(g, e->span, "starred expression"); v = load_const(g, C_NONE); break;
    default:
        unsupported(g, e->span, e->what ? e->what : expr_kind_name(e->kind));
        v = load_const(g, C_NONE);
        break;
    }
    if (from_union(e)) v = coerce(g, v, TY.dynamic, e->type);
    g->line = saved_line;
    g->pos = saved_pos;
    return v;
}

/* Conditional jump on the truth of `e`, short-circuiting and/or/not without values. */
static void gen_branch(Gen *g, Expr *e, int t, int f) {
    if (e->kind == E_BOOLOP) {
        IrBlock *mid = new_block(g);
        if (e->op == BOOL_AND) gen_branch(g, e->left, mid->id, f);
        else gen_branch(g, e->left, t, mid->id);
        g->bb = mid;
        gen_branch(g, e->right, t, f);
        return;
    }
    if (e->kind == E_UNARYOP && e->op == UOP_NOT) {
        gen_branch(g, e->left, f, t);
        return;
    }
    int v = gen_expr(g, e);
    branch(g, truth(g, v, e->type), t, f);
}

/* ---- stores ---- */

static Symbol *find_local(Gen *g, const char *name) {
    if (!g->decl) return NULL;
    for (int i = 0; i < g->decl->locals.len; i++) {
        Symbol *s = VEC_AT(g->decl->locals, Symbol, i);
        if (!s->hidden && strcmp(s->name, name) == 0) return s;
    }
    return NULL;
}

static void store_global(Gen *g, const char *name, int v) {
    emit(g, IR_STORE_GLOBAL, -1, 1, &v)->cidx = ir_const_str(g->ir, name);
}

static void class_scope_store(Gen *g, const char *name, int value);

/* Is a store to `s` (the symbol of a Name target) a binding of the class body being run?
 * Comprehension variables stay hidden locals. */
static bool in_class_scope(Gen *g, const Symbol *s) {
    return g->class_body && g->scope_var >= 0 && !(s && s->hidden);
}

/* Binds `name` (an import or a def) in the current scope. */
static void store_name(Gen *g, const char *name, int v) {
    if (in_class_scope(g, NULL)) {
        class_scope_store(g, name, v);
        return;
    }
    Symbol *s = find_local(g, name);
    if (s && s->kind == SYM_LOCAL) store_local(g, s, coerce(g, v, TY.dynamic, s->type));
    else store_global(g, name, v);
}

static void gen_store(Gen *g, Expr *target, int v, const Type *vtype);

static void gen_store_unpack(Gen *g, Expr *target, int v) {
    int n = target->elts.len, star = -1;
    for (int i = 0; i < n; i++)
        if (VEC_AT(target->elts, Expr, i)->kind == E_STARRED) {
            if (star >= 0) { unsupported(g, target->span, "several starred targets"); return; }
            star = i;
        }
    int tuple;
    if (star < 0) {
        emit_value_in(g, IR_UNPACK_SEQUENCE, VT_OBJ, 1, &v, &tuple)->imm = n;
    } else {
        IrInstr *in = emit_value_in(g, IR_UNPACK_EX, VT_OBJ, 1, &v, &tuple);
        in->imm = star;
        in->imm2 = n - star - 1;
    }
    bool any_cf = false;
    for (int i = 0; i < n; i++) any_cf |= has_control_flow(VEC_AT(target->elts, Expr, i));
    int var = -1;
    if (any_cf) { var = new_hidden_var(g, VT_OBJ, "u"); store_var(g, var, tuple); }
    for (int i = 0; i < n; i++) {
        int t = any_cf ? load_var(g, var, false) : tuple;
        int item;
        emit_value_in(g, IR_TUPLE_ITEM, VT_OBJ, 1, &t, &item)->imm = i;
        Expr *elt = VEC_AT(target->elts, Expr, i);
        gen_store(g, elt->kind == E_STARRED ? elt->left : elt, item, i == star ? TY.list : TY.dynamic);
    }
}

/* Stores value v (static type vtype) into an assignment target. */
static void gen_store(Gen *g, Expr *target, int v, const Type *vtype) {
    int saved_line = g->line;
    Span saved_pos = g->pos;
    if (target->span.line) g->line = target->span.line, g->pos = target->span;
    switch (target->kind) {
    case E_NAME: {
        Symbol *s = target->sym;
        if (in_class_scope(g, s)) class_scope_store(g, target->id, coerce(g, v, vtype, TY.object));
        else if (s && s->kind == SYM_LOCAL && g->decl) store_local(g, s, coerce(g, v, vtype, s->type));
        else store_global(g, target->id, coerce(g, v, vtype, s && s->type ? s->type : TY.dynamic));
        break;
    }
    case E_ATTRIBUTE:
        if (target->attr_kind == ATTR_FIELD || (target->attr_kind == ATTR_PROPERTY && target->setter)) {
            const Type *want = target->attr_kind == ATTR_FIELD ? target->field->type
                                                               : VEC_AT(target->setter->params, Param, 1)->type;
            v = coerce(g, v, vtype, want);
            int var = -1;
            if (has_control_flow(target->left)) { var = new_hidden_var(g, vt_of(g, v), "v"); store_var(g, var, v); }
            int obj = gen_expr(g, target->left);
            if (var >= 0) v = load_var(g, var, false);
            if (target->attr_kind == ATTR_FIELD) {
                store_field(g, obj, v, target->field);
            } else {
                int args[2] = {obj, v};
                invoke(g, target->setter, args, is_virtual(target->setter, target->virtual_call));
            }
            break;
        }
        /* fall through */
    case E_SUBSCRIPT: {
        bool array = target->kind == E_SUBSCRIPT && fast_index(target) &&
                     seq_kind(target->left->type) == SEQ_ARRAY_INT64;
        v = coerce(g, v, vtype, array ? TY.prim[P_INT64] : TY.object);
        bool cf = has_control_flow(target->left) || has_control_flow(target->right);
        int var = -1;
        if (cf) { var = new_hidden_var(g, vt_of(g, v), "v"); store_var(g, var, v); }
        int obj = gen_expr_to(g, target->left, TY.object);
        if (target->kind == E_ATTRIBUTE) {
            int args[2] = {obj, cf ? load_var(g, var, false) : v};
            emit(g, IR_STORE_ATTR, -1, 2, args)->cidx = ir_const_str(g->ir, target->id);
        } else if (fast_index(target)) {
            int key = gen_index_value(g, target->right, true);
            int args[3] = {obj, key, cf ? load_var(g, var, false) : v};
            emit(g, IR_SEQUENCE_SET, -1, 3, args)->imm = seq_kind(target->left->type);
        } else {
            int key = gen_index(g, target->right);
            int args[3] = {obj, key, cf ? load_var(g, var, false) : v};
            emit(g, IR_STORE_SUBSCR, -1, 3, args)->type = subscr_hint(target, true);
        }
        break;
    }
    case E_TUPLE: case E_LIST: gen_store_unpack(g, target, coerce(g, v, vtype, TY.object)); break;
    default: unsupported(g, target->span, "assignment target"); break;
    }
    g->line = saved_line;
    g->pos = saved_pos;
}

/* ---- statements ---- */

static void gen_block(Gen *g, PtrVec *body);

static void gen_assign(Gen *g, Stmt *s) {
    Expr *first = VEC_AT(s->targets, Expr, 0);
    /* A single name target with a declared type: evaluate straight into that type
     * (so literals and widening happen once, at the source). */
    const Type *want = s->targets.len == 1 && first->kind == E_NAME && first->sym ? first->sym->type : NULL;
    int v = want && type_is_prim(want) ? gen_expr_to(g, s->value, want) : gen_expr(g, s->value);
    const Type *vt = want && type_is_prim(want) ? want : s->value->type;
    for (int i = 0; i < s->targets.len; i++) gen_store(g, VEC_AT(s->targets, Expr, i), v, vt);
}

static void gen_annassign(Gen *g, Stmt *s) {
    if (!s->value) return;
    const Type *want = s->target->kind == E_NAME && s->target->sym ? s->target->sym->type : s->target->type;
    int v = want ? gen_expr_to(g, s->value, want) : gen_expr(g, s->value);
    gen_store(g, s->target, v, want ? want : s->value->type);
}

/* target op= value: prim targets use PRIMITIVE_BINARY_OP, others the in-place protocol. */
/* The right-hand side of `target op= value`. When it branches (`x += yield`), the
 * current value and the target's parts computed before it (`live`) are parked in
 * hidden variables and reloaded after it. */
static int aug_value(Gen *g, Stmt *s, int *cur, const Type *want, int **live, int nlive) {
    if (!has_control_flow(s->value)) return gen_expr_to(g, s->value, want);
    int parked[3], cur_var = new_hidden_var(g, vt_of(g, *cur), "p");
    store_var(g, cur_var, *cur);
    for (int i = 0; i < nlive; i++) {
        parked[i] = new_hidden_var(g, vt_of(g, *live[i]), "p");
        store_var(g, parked[i], *live[i]);
    }
    int r = gen_expr_to(g, s->value, want);
    *cur = load_var(g, cur_var, false);
    for (int i = 0; i < nlive; i++) *live[i] = load_var(g, parked[i], false);
    return r;
}

static int augment(Gen *g, Stmt *s, int cur, const Type *cur_type, int **live, int nlive) {
    if (type_is_prim(cur_type)) {
        int r = aug_value(g, s, &cur, cur_type, live, nlive);
        int args[2] = {cur, r}, dest;
        ValType vt = s->op == OP_POW ? VT_OF_PRIM(P_DOUBLE) : vt_of(g, cur);
        emit_value_in(g, IR_PRIMITIVE_BINARY_OP, vt, 2, args, &dest)->imm = s->op;
        return coerce(g, dest, s->op == OP_POW ? TY.prim[P_DOUBLE] : cur_type, cur_type);
    }
    int r = aug_value(g, s, &cur, TY.object, live, nlive);
    int args[2] = {cur, r}, dest;
    IrInstr *in = emit_value_in(g, IR_BINARY_OP, VT_OBJ, 2, args, &dest);
    in->imm = s->op;
    in->imm2 = 1;
    in->type = int_hint(cur_type, s->value->type);
    return dest;
}

/* A value kept in a hidden variable, so it survives the blocks a branching expression
 * evaluated after it creates (temps never cross blocks). */
static int park(Gen *g, int v) {
    int var = new_hidden_var(g, vt_of(g, v), "aug");
    store_var(g, var, v);
    return var;
}

/* x op= v of object targets where v or the target's parts branch (f-strings, `and`,
 * conditional expressions): the object, key and current value are parked. */
static void gen_augassign_parked(Gen *g, Stmt *s) {
    Expr *t = s->target;
    int objv = -1, keyv = -1, cur;
    if (t->kind == E_NAME) {
        cur = gen_expr_to(g, t, TY.object);
    } else if (t->kind == E_ATTRIBUTE) {
        objv = park(g, gen_expr_to(g, t->left, TY.object));
        cur = load_attr(g, load_var(g, objv, false), t->id);
    } else {
        objv = park(g, gen_expr_to(g, t->left, TY.object));
        keyv = park(g, gen_index(g, t->right));
        int args[2] = {load_var(g, objv, false), load_var(g, keyv, false)};
        cur = emit_value(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args);
    }
    int curv = park(g, cur);
    int r = gen_expr_to(g, s->value, TY.object);
    int args[2] = {load_var(g, curv, false), r}, res;
    IrInstr *in = emit_value_in(g, IR_BINARY_OP, VT_OBJ, 2, args, &res);
    in->imm = s->op;
    in->imm2 = 1;
    if (t->kind == E_NAME) {
        gen_store(g, t, res, TY.dynamic);
    } else if (t->kind == E_ATTRIBUTE) {
        int sargs[2] = {load_var(g, objv, false), res};
        emit(g, IR_STORE_ATTR, -1, 2, sargs)->cidx = ir_const_str(g->ir, t->id);
    } else {
        int sargs[3] = {load_var(g, objv, false), load_var(g, keyv, false), res};
        emit(g, IR_STORE_SUBSCR, -1, 3, sargs);
    }
}

static void gen_augassign(Gen *g, Stmt *s) {
    Expr *t = s->target;
    if (has_control_flow(t->left) || has_control_flow(t->right)) {   /* the value may branch: augment() parks */
        bool plain = (t->kind == E_NAME && !type_is_prim(t->type)) ||
                     (t->kind == E_ATTRIBUTE && t->attr_kind != ATTR_FIELD && t->attr_kind != ATTR_PROPERTY) ||
                     (t->kind == E_SUBSCRIPT && !fast_index(t));
        if (plain) gen_augassign_parked(g, s);
        else unsupported(g, s->span, "branching expression in an augmented assignment");
        return;
    }
    if (t->kind == E_NAME) {
        int cur = gen_name(g, t);
        int r = augment(g, s, cur, t->type, NULL, 0);
        gen_store(g, t, r, t->type);
    } else if (t->kind == E_ATTRIBUTE && t->attr_kind == ATTR_FIELD && t->field) {
        int obj = gen_expr(g, t->left);
        int cur = load_field(g, obj, t->field), *live[1] = {&obj};
        int r = augment(g, s, cur, t->field->type, live, 1);
        store_field(g, obj, r, t->field);
    } else if (t->kind == E_ATTRIBUTE && t->attr_kind == ATTR_PROPERTY && t->callee && t->setter) {
        int obj = gen_expr(g, t->left);
        int cur = invoke(g, t->callee, &obj, is_virtual(t->callee, t->virtual_call)), *live[1] = {&obj};
        int r = augment(g, s, cur, t->callee->ret, live, 1);
        int args[2] = {obj, r};
        invoke(g, t->setter, args, is_virtual(t->setter, t->virtual_call));
    } else if (t->kind == E_ATTRIBUTE) {
        int obj = gen_expr_to(g, t->left, TY.object), cur;
        emit_value_in(g, IR_LOAD_ATTR, VT_OBJ, 1, &obj, &cur)->cidx = ir_const_str(g->ir, t->id);
        int *live[1] = {&obj};
        int r = augment(g, s, cur, TY.dynamic, live, 1);
        int args[2] = {obj, r};
        emit(g, IR_STORE_ATTR, -1, 2, args)->cidx = ir_const_str(g->ir, t->id);
    } else if (t->kind == E_SUBSCRIPT && fast_index(t)) {
        SeqKind k = seq_kind(t->left->type);
        int obj = gen_expr(g, t->left);
        int key = gen_expr_to(g, t->right, TY.prim[P_INT64]);
        int gargs[2] = {obj, key}, cur;
        Type *elem = k == SEQ_ARRAY_INT64 ? TY.prim[P_INT64] : TY.dynamic;
        emit_value_in(g, IR_SEQUENCE_GET, vt_of_type(elem), 2, gargs, &cur)->imm = k;
        int *live[2] = {&obj, &key};
        int r = augment(g, s, cur, elem, live, 2);
        int sargs[3] = {obj, key, r};
        emit(g, IR_SEQUENCE_SET, -1, 3, sargs)->imm = k;
    } else if (t->kind == E_SUBSCRIPT) {
        int obj = gen_expr_to(g, t->left, TY.object);
        int key = gen_index(g, t->right);
        int args[2] = {obj, key}, cur;
        emit_value_in(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args, &cur)->type = subscr_hint(t, true);
        int *live[2] = {&obj, &key};
        int r = augment(g, s, cur, TY.dynamic, live, 2);
        int sargs[3] = {obj, key, r};
        emit(g, IR_STORE_SUBSCR, -1, 3, sargs)->type = subscr_hint(t, true);
    } else {
        unsupported(g, t->span, "augmented assignment target");
    }
}

static void gen_if(Gen *g, Stmt *s) {
    IrBlock *then = new_block(g), *els = new_block(g), *done = new_block(g);
    gen_branch(g, s->test, then->id, els->id);
    g->bb = then;
    gen_block(g, &s->body);
    jump(g, done);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
}

static void gen_loop_body(Gen *g, PtrVec *body, int break_bb, int continue_bb, int iter_var) {
    Loop loop = {break_bb, continue_bb, g->loop, g->unwind, iter_var};
    g->loop = &loop;
    gen_block(g, body);
    g->loop = loop.outer;
}

static void gen_while(Gen *g, Stmt *s) {
    IrBlock *head = new_block(g), *body = new_block(g), *els = new_block(g),
            *done = new_block(g);
    start_block(g, head);
    gen_branch(g, s->test, body->id, els->id);
    g->bb = body;
    gen_loop_body(g, &s->body, done->id, head->id, -1);
    jump(g, head);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
}

/* for i in crange([start,] stop): a counted loop on int64 (STATIC_PYTHON.md §1.3). The
 * counter is hidden so assignments to i in the body do not change the iteration. */
static void gen_crange_for(Gen *g, Stmt *s) {
    Expr *call = s->iter;
    Type *i64 = TY.prim[P_INT64];
    ValType vt = VT_OF_PRIM(P_INT64);
    int counter = new_hidden_var(g, vt, "i"), stop = new_hidden_var(g, vt, "stop");
    if (call->elts.len == 1) {
        store_var(g, counter, prim_const(g, vt, 0, 0));
        store_var(g, stop, gen_expr_to(g, VEC_AT(call->elts, Expr, 0), i64));
    } else {
        store_var(g, counter, gen_expr_to(g, VEC_AT(call->elts, Expr, 0), i64));
        store_var(g, stop, gen_expr_to(g, VEC_AT(call->elts, Expr, 1), i64));
    }
    IrBlock *head = new_block(g), *body = new_block(g), *els = new_block(g),
            *done = new_block(g);
    start_block(g, head);
    int c = load_var(g, counter, false);
    branch(g, compare_values(g, c, load_var(g, stop, false), CMP_LT, true), body->id, els->id);
    g->bb = body;
    int cur = load_var(g, counter, false);
    int one = prim_const(g, vt, 1, 0), args[2] = {cur, 0}, next;
    args[1] = one;
    emit_value_in(g, IR_PRIMITIVE_BINARY_OP, vt, 2, args, &next)->imm = OP_ADD;
    store_var(g, counter, next);
    gen_store(g, s->target, cur, i64);
    gen_loop_body(g, &s->body, done->id, head->id, -1);
    jump(g, head);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
}

/* async for t in x: body / else: x.__aiter__(), then await __anext__() per item. */
static void gen_async_for(Gen *g, Stmt *s) {
    int it_var = loop_iter_var(g), item_var = new_hidden_var(g, VT_OBJ, "item");
    store_var(g, it_var, get_iter(g, gen_expr_to(g, s->iter, TY.object), true));
    IrBlock *head = new_block(g), *body = new_block(g), *els = new_block(g), *done = new_block(g);
    start_block(g, head);
    async_for_step(g, it_var, item_var, body, els);
    g->bb = body;
    gen_store(g, s->target, load_var(g, item_var, false), TY.dynamic);
    gen_loop_body(g, &s->body, done->id, head->id, it_var);
    jump(g, head);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
    store_var(g, it_var, load_const(g, C_NONE));   /* the iterator dies with the loop */
}

static void gen_for(Gen *g, Stmt *s) {
    if (s->is_async) {
        gen_async_for(g, s);
        return;
    }
    if (s->iter->kind == E_CALL && is_static_name(s->iter->func, "crange") && s->iter->elts.len >= 1 &&
        s->iter->elts.len <= 2) {
        gen_crange_for(g, s);
        return;
    }
    int it = gen_expr_to(g, s->iter, TY.object);
    it = emit_value(g, IR_GET_ITER, VT_OBJ, 1, &it);
    const Type *it_type = s->iter->type;   /* CheckedList[T] yields T's: no CAST needed */
    const Type *elem = is_generic(it_type, "chklist") && it_type->nargs == 1 ? it_type->args[0] : TY.dynamic;
    if (is_generic(it_type, "Array") && it_type->nargs == 1)   /* boxed items, unboxed into the target */
        elem = prim_boxed(it_type->args[0]);
    /* A plain object local as the target receives the items directly (no copy). */
    Expr *t = s->target;
    bool direct = t->kind == E_NAME && t->sym && t->sym->kind == SYM_LOCAL && g->decl && !in_cell(t->sym) &&
                  vt_of_type(t->sym->type) == VT_OBJ && !type_needs_cast(t->sym->type, elem);
    int it_var = loop_iter_var(g);
    int item_var = direct ? local_var(g, t->sym) : new_hidden_var(g, VT_OBJ, "item");
    store_var(g, it_var, it);
    IrBlock *head = new_block(g), *body = new_block(g), *els = new_block(g),
            *done = new_block(g);
    start_block(g, head);
    int args[2] = {load_var(g, it_var, false), item_var};
    IrInstr *in = emit(g, IR_FOR_ITER, -1, 2, args);
    in->target = body->id;
    in->target2 = els->id;
    g->bb = body;
    if (!direct) gen_store(g, s->target, load_var(g, item_var, false), elem);
    gen_loop_body(g, &s->body, done->id, head->id, it_var);
    jump(g, head);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
    store_var(g, it_var, load_const(g, C_NONE));   /* the iterator dies with the loop */
}

/* ---- exceptions: try/except/finally, with ---- */

static int set_exc_info(Gen *g, int exc) { return emit_value(g, IR_SET_EXC_INFO, VT_OBJ, 1, &exc); }

/* Starts a fresh block in the given try region (blocks carry their handler). */
static void enter_region(Gen *g, int handler) {
    g->handler = handler;
    start_block(g, new_block(g));
}

/* A handler that undoes SET_EXC_INFO before passing an exception on:
 * CATCH, restore the previous handled exception, RERAISE. */
static IrBlock *restore_and_reraise_block(Gen *g, int prev_var, int handler) {
    int saved = g->handler;
    IrBlock *saved_bb = g->bb;
    g->handler = handler;
    IrBlock *b = new_block(g);
    g->bb = b;
    int e = emit_value(g, IR_CATCH, VT_OBJ, 0, NULL);
    set_exc_info(g, load_var(g, prev_var, false));
    emit(g, IR_RERAISE, -1, 1, &e);
    g->handler = saved;
    g->bb = saved_bb;
    return b;
}

/* First instructions of a handler: take the exception, make it the handled one.
 * Returns the variables holding it and the previously handled exception. */
static void catch_into(Gen *g, int *exc_var, int *prev_var) {
    *exc_var = new_hidden_var(g, VT_OBJ, "exc");
    *prev_var = new_hidden_var(g, VT_OBJ, "prev");
    store_var(g, *exc_var, emit_value(g, IR_CATCH, VT_OBJ, 0, NULL));
    store_var(g, *prev_var, set_exc_info(g, load_var(g, *exc_var, false)));
}

/* __exit__(args) (awaited for `async with`); returns its result. */
static int call_exit(Gen *g, int exit_var, int nargs, const int *args, bool is_async) {
    int cargs[4] = {load_var(g, exit_var, false)};
    for (int i = 0; i < nargs; i++) cargs[i + 1] = args[i];
    int r;
    IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, nargs + 1, cargs, &r);
    call->imm = nargs;
    call->cidx = -1;
    return is_async ? await_value(g, r, 2) : r;
}

/* Drops the iterators of the loops from *l outwards that started inside region u,
 * stopping at loop `stop` (CPython pops them as it unwinds to a finally body). */
static void release_loops(Gen *g, Loop **l, Loop *stop, Unwind *u) {
    for (; *l && *l != stop && (*l)->unwind == u; *l = (*l)->outer)
        if ((*l)->iter_var >= 0) store_var(g, (*l)->iter_var, load_const(g, C_NONE));
}

/* Runs what the regions between here and `until` need when leaving them early, innermost
 * first: the iterators of the loops left (up to loop `stop`; NULL: all) and the regions'
 * finally bodies, handled exceptions and __exit__s. */
static void emit_unwind(Gen *g, Unwind *until, Loop *stop) {
    Unwind *saved_unwind = g->unwind;
    int saved_handler = g->handler;
    Loop *l = g->loop;
    for (Unwind *u = g->unwind; u && u != until; u = u->outer) {
        release_loops(g, &l, stop, u);
        g->unwind = u->outer;
        enter_region(g, u->outer_handler);
        if (u->kind == UW_EXCEPT) {   /* as the end of a handler: unbind, drop, restore */
            if (u->target) {
                gen_store(g, u->target, load_const(g, C_NONE), TY.dynamic);
                gen_delete_target(g, u->target);
            }
            store_var(g, u->exc_var, load_const(g, C_NONE));
            set_exc_info(g, load_var(g, u->var, false));
        } else if (u->kind == UW_WITH) {
            int none = load_const(g, C_NONE), args[3] = {none, none, none};
            call_exit(g, u->var, 3, args, u->is_async);
        } else {   /* generated where the try statement is, not where the exit is */
            Loop *saved_loop = g->loop;
            g->loop = u->loop;
            gen_block(g, u->finalbody);
            g->loop = saved_loop;
        }
    }
    release_loops(g, &l, stop, until);
    g->unwind = saved_unwind;
    g->handler = saved_handler;
}

/* The start of a try statement's handler block (except and except* alike): catch the
 * exception as the handled one, a cleanup that restores the previous one and re-raises,
 * and the unwind entry `ex` (owned by the caller) for exits through the handlers. */
static IrBlock *enter_handlers(Gen *g, IrBlock *hblock, int outer, Unwind *ex, int *exc_var, int *prev_var) {
    g->handler = outer;
    g->bb = hblock;
    catch_into(g, exc_var, prev_var);
    release_iter_vars(g, g->release_from);   /* loops the exception left (gen_try) */
    g->release_from = -1;
    IrBlock *cleanup = restore_and_reraise_block(g, *prev_var, outer);
    *ex = (Unwind){UW_EXCEPT, NULL, *prev_var, outer, g->unwind, false, NULL, *exc_var, NULL};
    g->unwind = ex;
    enter_region(g, cleanup->id);
    return cleanup;
}

static void gen_handlers(Gen *g, Stmt *s, IrBlock *hblock, int outer, IrBlock *done) {
    int exc_var, prev_var;
    Unwind ex;
    IrBlock *cleanup = enter_handlers(g, hblock, outer, &ex, &exc_var, &prev_var);
    for (int i = 0; i < s->handlers.len; i++) {
        ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
        IrBlock *clause = new_block(g), *next = new_block(g);
        if (h->type) {
            int args[2] = {load_var(g, exc_var, false), gen_expr_to(g, h->type, TY.object)};
            branch(g, emit_value(g, IR_EXC_MATCH, VT_OF_PRIM(P_CBOOL), 2, args), clause->id, next->id);
        } else {
            jump(g, clause);
        }
        g->bb = clause;
        if (h->target) gen_store(g, h->target, load_var(g, exc_var, false), TY.dynamic);
        ex.target = h->target;   /* an early exit from the body unbinds it too */
        gen_block(g, &h->body);
        ex.target = NULL;
        if (h->target && !block_terminated(g->bb)) {   /* `except E as e` unbinds e afterwards */
            gen_store(g, h->target, load_const(g, C_NONE), TY.dynamic);
            gen_delete_target(g, h->target);
        }
        if (!block_terminated(g->bb)) {
            enter_region(g, outer);
            set_exc_info(g, load_var(g, prev_var, false));
            store_var(g, exc_var, load_const(g, C_NONE));   /* don't keep the exception alive */
            jump(g, done);
        }
        g->handler = cleanup->id;
        g->bb = next;
    }
    enter_region(g, outer);   /* no clause matched */
    set_exc_info(g, load_var(g, prev_var, false));
    emit(g, IR_RERAISE, -1, 1, (int[]){load_var(g, exc_var, false)});
    g->unwind = ex.outer;
}

/* except* T [as e] clauses (PEP 654, CPython 3.11's compiler_try_star_except): each
 * clause takes the part of what is still unhandled that matches T (EXC_GROUP_MATCH:
 * match and rest) and runs as its handled exception; what the clauses raise is
 * collected, and EXC_GROUP_RERAISE merges it with the unmatched rest into the one
 * exception to re-raise (None: all handled). */
static void gen_handlers_star(Gen *g, Stmt *s, IrBlock *hblock, int outer, IrBlock *done) {
    int exc_var, prev_var;
    Unwind ex;
    IrBlock *cleanup = enter_handlers(g, hblock, outer, &ex, &exc_var, &prev_var);
    int rest_var = new_hidden_var(g, VT_OBJ, "rest"), raised_var = new_hidden_var(g, VT_OBJ, "raised");
    int match_var = new_hidden_var(g, VT_OBJ, "match");
    store_var(g, rest_var, load_var(g, exc_var, false));
    store_var(g, raised_var, emit_value(g, IR_BUILD_LIST, VT_OBJ, 0, NULL));
    for (int i = 0; i < s->handlers.len; i++) {
        ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
        IrBlock *clause = new_block(g), *next = new_block(g), *failed = new_block(g);
        int args[2] = {load_var(g, rest_var, false), gen_expr_to(g, h->type, TY.object)};
        int pair = emit_value(g, IR_EXC_GROUP_MATCH, VT_OBJ, 2, args), part;
        for (int k = 0; k < 2; k++) {
            emit_value_in(g, IR_TUPLE_ITEM, VT_OBJ, 1, &pair, &part)->imm = k;
            store_var(g, k ? rest_var : match_var, part);
        }
        branch(g, truth(g, load_var(g, match_var, false), TY.dynamic), clause->id, next->id);
        g->bb = clause;
        enter_region(g, failed->id);
        set_exc_info(g, load_var(g, match_var, false));
        if (h->target) gen_store(g, h->target, load_var(g, match_var, false), TY.dynamic);
        gen_block(g, &h->body);
        if (!block_terminated(g->bb)) {
            if (h->target) { gen_store(g, h->target, load_const(g, C_NONE), TY.dynamic); gen_delete_target(g, h->target); }
            jump(g, next);
        }
        g->handler = cleanup->id;
        g->bb = failed;   /* the clause raised: collect it and go on */
        int caught = emit_value(g, IR_CATCH, VT_OBJ, 0, NULL);
        int app[2] = {load_var(g, raised_var, false), caught};
        emit(g, IR_LIST_APPEND, -1, 2, app)->imm = SEQ_LIST;
        if (h->target) { gen_store(g, h->target, load_const(g, C_NONE), TY.dynamic); gen_delete_target(g, h->target); }
        jump(g, next);
        g->bb = next;
    }
    int app[2] = {load_var(g, raised_var, false), load_var(g, rest_var, false)};
    emit(g, IR_LIST_APPEND, -1, 2, app)->imm = SEQ_LIST;
    int rargs[2] = {load_var(g, exc_var, false), load_var(g, raised_var, false)};
    store_var(g, exc_var, emit_value(g, IR_EXC_GROUP_RERAISE, VT_OBJ, 2, rargs));
    enter_region(g, outer);
    set_exc_info(g, load_var(g, prev_var, false));
    IrBlock *reraise = new_block(g), *handled = new_block(g);
    branch(g, truth(g, load_var(g, exc_var, false), TY.dynamic), reraise->id, handled->id);
    g->bb = reraise;
    emit(g, IR_RERAISE, -1, 1, (int[]){load_var(g, exc_var, false)});
    g->bb = handled;
    int vars[4] = {exc_var, rest_var, raised_var, match_var};
    for (int k = 0; k < 4; k++) store_var(g, vars[k], load_const(g, C_NONE));   /* don't keep them alive */
    jump(g, done);
    g->unwind = ex.outer;
}

/* try/except/else/finally (CPython 3.11 semantics): the finally body is emitted twice,
 * once on the normal path and once on the exceptional path (exception handled while it
 * runs, then re-raised); early exits run it through the unwind stack. */
static void gen_try(Gen *g, Stmt *s) {
    int outer = g->handler;
    IrBlock *fexc = NULL;
    Unwind fin = {UW_FINALLY, &s->finalbody, -1, outer, g->unwind, false, g->loop, -1, NULL};
    if (s->finalbody.len) {
        fexc = new_block(g);
        g->unwind = &fin;
        g->handler = fexc->id;
    }
    int inner = g->handler;
    IrBlock *hblock = s->handlers.len ? new_block(g) : NULL;
    int first_iter = g->iter_vars.len;
    enter_region(g, hblock ? hblock->id : inner);
    gen_block(g, &s->body);
    int saved_release = g->release_from;
    g->release_from = first_iter;
    enter_region(g, inner);
    gen_block(g, &s->orelse);
    g->handler = outer;
    IrBlock *normal = new_block(g), *after = new_block(g);
    jump(g, normal);
    g->release_from = first_iter;   /* gen_block(orelse) may have nested a try */
    if (hblock && s->except_star) gen_handlers_star(g, s, hblock, inner, normal);
    else if (hblock) gen_handlers(g, s, hblock, inner, normal);
    g->release_from = saved_release;
    g->unwind = fin.outer;
    g->handler = outer;
    g->bb = normal;
    gen_block(g, &s->finalbody);
    jump(g, after);
    if (fexc) {
        g->bb = fexc;
        int exc_var, prev_var;
        catch_into(g, &exc_var, &prev_var);
        release_iter_vars(g, first_iter);
        /* a return/break/continue in the finally body drops the exception: it must
         * restore the previously handled one on its way out, as a handler's exit does */
        Unwind ex = {UW_EXCEPT, NULL, prev_var, outer, g->unwind, false, NULL, exc_var, NULL};
        g->unwind = &ex;
        enter_region(g, restore_and_reraise_block(g, prev_var, outer)->id);
        gen_block(g, &s->finalbody);
        g->unwind = ex.outer;
        if (!block_terminated(g->bb)) {
            enter_region(g, outer);
            set_exc_info(g, load_var(g, prev_var, false));
            emit(g, IR_RERAISE, -1, 1, (int[]){load_var(g, exc_var, false)});
        }
    }
    g->handler = outer;
    g->bb = after;
}

/* with a as b, c: body — each item is a nested region whose exit calls
 * __exit__(type, value, traceback) and swallows the exception when it returns true. */
static void gen_with_items(Gen *g, Stmt *s, int i) {
    if (i == s->items.len) {
        gen_block(g, &s->body);
        return;
    }
    WithItem *w = VEC_AT(s->items, WithItem, i);
    int outer = g->handler;
    int mgr = gen_expr_to(g, w->context, TY.object);
    int exit_var = new_hidden_var(g, VT_OBJ, "exit"), enter;
    /* BEFORE_WITH / BEFORE_ASYNC_WITH: both looked up on the type, the enter method first
     * (imm numbers the method for messages: ir_ops.def) */
    IrInstr *in = emit_value_in(g, IR_LOAD_SPECIAL, VT_OBJ, 1, &mgr, &enter);
    in->cidx = ir_const_str(g->ir, s->is_async ? "__aenter__" : "__enter__");
    in->imm = s->is_async ? 0 : 2;
    int ex;
    in = emit_value_in(g, IR_LOAD_SPECIAL, VT_OBJ, 1, &mgr, &ex);
    in->cidx = ir_const_str(g->ir, s->is_async ? "__aexit__" : "__exit__");
    in->imm = s->is_async ? 1 : 3;
    store_var(g, exit_var, ex);
    int r;
    IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 1, &enter, &r);
    call->imm = 0;
    call->cidx = -1;
    if (s->is_async) r = await_value(g, r, 1);
    IrBlock *hblock = new_block(g), *after = new_block(g);
    Unwind uw = {UW_WITH, NULL, exit_var, outer, g->unwind, s->is_async, NULL, -1, NULL};
    g->unwind = &uw;
    int r_var = -1;
    if (w->target) { r_var = new_hidden_var(g, VT_OBJ, "enter"); store_var(g, r_var, r); }
    enter_region(g, hblock->id);
    int first_iter = g->iter_vars.len;
    if (w->target) gen_store(g, w->target, load_var(g, r_var, false), TY.dynamic);
    gen_with_items(g, s, i + 1);
    g->unwind = uw.outer;
    enter_region(g, outer);
    int none = load_const(g, C_NONE), nargs[3] = {none, none, none};
    call_exit(g, exit_var, 3, nargs, s->is_async);
    jump(g, after);
    /* exceptional exit */
    g->bb = hblock;
    g->handler = outer;
    int exc_var, prev_var;
    catch_into(g, &exc_var, &prev_var);
    release_iter_vars(g, first_iter);   /* the body's loops, before __exit__ (as gen_try) */
    enter_region(g, restore_and_reraise_block(g, prev_var, outer)->id);
    int e = load_var(g, exc_var, false);
    int args[3] = {call_builtin(g, "type", 1, &e), load_var(g, exc_var, false), 0};
    args[2] = load_attr(g, load_var(g, exc_var, false), "__traceback__");
    int res = call_exit(g, exit_var, 3, args, s->is_async);
    IrBlock *swallow = new_block(g), *reraise = new_block(g);
    branch(g, truth(g, res, TY.dynamic), swallow->id, reraise->id);
    g->bb = swallow;
    enter_region(g, outer);
    set_exc_info(g, load_var(g, prev_var, false));
    store_var(g, exc_var, load_const(g, C_NONE));
    jump(g, after);
    g->bb = reraise;
    enter_region(g, outer);
    set_exc_info(g, load_var(g, prev_var, false));
    emit(g, IR_RERAISE, -1, 1, (int[]){load_var(g, exc_var, false)});
    g->handler = outer;
    g->bb = after;
}

static void gen_return(Gen *g, Stmt *s) {
    if (!g->decl || g->decl->is_module_body) {   /* the checker reports 'return' outside function */
        unsupported(g, s->span, "return outside function");
        return;
    }
    const Type *ret = g->decl->ret;
    int v;
    /* `return NotImplemented` from a binary dunder is the protocol's answer, not a value of
     * the declared type: CPython's operators consume it, so no return cast applies. */
    bool not_impl = s->value && s->value->kind == E_NAME && s->value->sym &&
                    s->value->sym->kind == SYM_BUILTIN && strcmp(s->value->id, "NotImplemented") == 0;
    if (s->value && not_impl && !type_is_prim(ret)) v = gen_expr(g, s->value);
    else if (s->value) v = gen_expr_to(g, s->value, ret);
    else if (type_is_prim(ret)) v = prim_const(g, vt_of_type(ret), 0, 0.0);
    else v = load_const(g, C_NONE);
    if (g->unwind || g->loop) {   /* the value is computed first, then the loops' iterators
                                     are dropped and finally bodies and __exit__s run */
        int var = new_hidden_var(g, vt_of(g, v), "ret");
        store_var(g, var, v);
        emit_unwind(g, NULL, NULL);
        v = load_var(g, var, false);
    }
    emit(g, IR_RETURN, -1, 1, &v);
}

static void gen_raise(Gen *g, Stmt *s) {
    int args[2], n = 0;
    if (s->value) args[n++] = gen_expr_to(g, s->value, TY.object);
    if (s->msg) args[n++] = gen_expr_to(g, s->msg, TY.object);
    emit(g, IR_RAISE, -1, n, args);
}

/* Where CPython 3.11 puts an assert's AssertionError: its compiler_jump_if leaves the
 * position of the last comparison it branched on (walking not/and/or/if-else), else the
 * statement's; tracebacks underline that. */
static Span assert_pos(const Expr *e, Span pos) {
    switch (e->kind) {
    case E_COMPARE: return e->span;
    case E_UNARYOP: return e->op == UOP_NOT ? assert_pos(e->left, pos) : pos;
    case E_BOOLOP: return assert_pos(e->right, assert_pos(e->left, pos));
    case E_IFEXP: return assert_pos(e->orelse, assert_pos(e->body, assert_pos(e->test, pos)));
    default: return pos;
    }
}

static void gen_assert(Gen *g, Stmt *s) {
    IrBlock *fail = new_block(g), *ok = new_block(g);
    gen_branch(g, s->test, ok->id, fail->id);
    g->bb = fail;
    int msg = s->msg ? gen_expr_to(g, s->msg, TY.object) : -1;
    g->pos = assert_pos(s->test, s->span);
    g->line = g->pos.line;
    emit(g, IR_RAISE_ASSERT, -1, msg >= 0 ? 1 : 0, &msg);
    g->line = s->span.line, g->pos = s->span;
    g->bb = ok;
}

static void class_scope_delete(Gen *g, const char *name);

static void gen_delete_target(Gen *g, Expr *t) {
    switch (t->kind) {
    case E_NAME:
        if (in_class_scope(g, t->sym)) class_scope_delete(g, t->id);
        else if (t->sym && t->sym->kind == SYM_LOCAL && g->decl) {
            int var = local_var(g, t->sym);
            if (in_cell(t->sym)) emit_deref(g, IR_DELETE_DEREF, t->sym, 1, &var, NULL);
            else emit(g, IR_DELETE_VAR, -1, 1, &var);
        } else {
            emit(g, IR_DELETE_GLOBAL, -1, 0, NULL)->cidx = ir_const_str(g->ir, t->id);
        }
        break;
    case E_ATTRIBUTE: {
        int obj = gen_expr_to(g, t->left, TY.object);
        emit(g, IR_DELETE_ATTR, -1, 1, &obj)->cidx = ir_const_str(g->ir, t->id);
        break;
    }
    case E_SUBSCRIPT: {
        int args[2] = {gen_expr_to(g, t->left, TY.object), 0};
        args[1] = gen_index(g, t->right);
        emit(g, IR_DELETE_SUBSCR, -1, 2, args);
        break;
    }
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->elts.len; i++) gen_delete_target(g, VEC_AT(t->elts, Expr, i));
        break;
    default: unsupported(g, t->span, "del target"); break;
    }
}

/* import a.b.c binds a; import a.b.c as d binds the submodule. */
static void gen_import(Gen *g, Stmt *s) {
    for (int i = 0; i < s->names.len; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        int dest;
        IrInstr *in = emit_value_in(g, IR_IMPORT_NAME, VT_OBJ, 0, NULL, &dest);
        in->cidx = ir_const_str(g->ir, al->name);
        in->cidx2 = ir_const(g->ir, &(IrConst){.kind = C_NONE});
        in->imm = 0;
        if (!al->asname) {
            const char *dot = strchr(al->name, '.');
            store_name(g, dot ? arena_strndup(g->a, al->name, (size_t)(dot - al->name)) : al->name, dest);
            continue;
        }
        for (const char *p = strchr(al->name, '.'); p; p = strchr(p + 1, '.')) {
            const char *end = strchr(p + 1, '.');
            const char *part = end ? arena_strndup(g->a, p + 1, (size_t)(end - p - 1)) : p + 1;
            int next;
            emit_value_in(g, IR_IMPORT_FROM, VT_OBJ, 1, &dest, &next)->cidx = ir_const_str(g->ir, part);
            dest = next;
        }
        store_name(g, al->asname, dest);
    }
}

static void gen_importfrom(Gen *g, Stmt *s) {
    int n = s->import_star ? 1 : s->names.len;
    const char **names = ARENA_ARRAY(g->a, const char *, n + 1);
    for (int i = 0; i < n; i++) names[i] = s->import_star ? "*" : VEC_AT(s->names, Alias, i)->name;
    int mod;
    IrInstr *in = emit_value_in(g, IR_IMPORT_NAME, VT_OBJ, 0, NULL, &mod);
    in->cidx = ir_const_str(g->ir, s->module ? s->module : "");
    in->cidx2 = ir_const(g->ir, &(IrConst){.kind = C_TUPLE_OF_STR, .strs = names, .nstrs = n});
    in->imm = s->level;
    if (s->import_star) {   /* module level only (a SyntaxError elsewhere, reported by the checker) */
        emit(g, IR_IMPORT_STAR, -1, 1, &mod);
        return;
    }
    for (int i = 0; i < n; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        int v;
        emit_value_in(g, IR_IMPORT_FROM, VT_OBJ, 1, &mod, &v)->cidx = ir_const_str(g->ir, al->name);
        store_name(g, al->asname ? al->asname : al->name, v);
    }
}

/* def at module level: decorators, then defaults, evaluated when the def runs (as in
 * CPython); the function object is bound to its name in the module. */
static int gen_scoped_expr(Gen *g, Expr *e, int cls_var);

/* Decorators are evaluated before the function (or class) is made and applied after,
 * innermost first, as in CPython. Each is parked in a hidden variable. */
static int *eval_decorators(Gen *g, Stmt *s, int cls_var) {
    int ndec = s->decorators.len;
    int *decs = ARENA_ARRAY(g->a, int, ndec + 1);
    for (int i = 0; i < ndec; i++) {
        decs[i] = new_hidden_var(g, VT_OBJ, "dec");
        store_var(g, decs[i], gen_scoped_expr(g, VEC_AT(s->decorators, Expr, i), cls_var));
    }
    return decs;
}

static int apply_decorators(Gen *g, Stmt *s, int *decs, int value) {
    for (int i = s->decorators.len - 1; i >= 0; i--) {
        int cargs[2] = {load_var(g, decs[i], false), value};
        IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, cargs, &value);
        call->imm = 1;
        call->cidx = -1;
    }
    return value;
}

/* The new function's closure (see closure_tuple). */
static void set_closure(Gen *g, FuncDecl *inner, int fn) {
    int args[2] = {fn, closure_tuple(g, inner)};
    emit(g, IR_SET_CLOSURE, -1, 2, args);
}

/* The cells of the variables a nested function (or one nested in it) uses from this
 * one, which has each as a cell or free variable of its own, in its closure order. */
static int closure_tuple(Gen *g, FuncDecl *inner) {
    int n = inner->freevars.len;
    int *cells = ARENA_ARRAY(g->a, int, n + 1);
    for (int i = 0; i < n; i++) {
        Symbol *free = VEC_AT(inner->freevars, Symbol, i);
        const char *name = free->name;
        if (strcmp(name, "__class__") == 0 && g->class_cell_var >= 0) {
            cells[i] = load_var(g, g->class_cell_var, false);
            continue;
        }
        Symbol *own = free->outer ? free->outer : find_local(g, name);
        if (!own || !in_cell(own)) {
            diag_report(g->d, g->mod->path, D_INTERNAL, inner->def->span, "closure variable without a cell");
            cells[i] = load_const(g, C_NONE);
            continue;
        }
        cells[i] = load_var(g, local_var(g, own), false);
    }
    return emit_value(g, IR_BUILD_TUPLE, VT_OBJ, n, cells);
}

/* ---- match (PEP 634) ---- */

static void gen_pattern(Gen *g, Expr *p, int subj, IrBlock *fail);

/* Continue when cbool `ok` holds, else go to fail. */
static void expect(Gen *g, int ok, IrBlock *fail) {
    IrBlock *pass = new_block(g);
    branch(g, ok, pass->id, fail->id);
    g->bb = pass;
}

/* The parts a MATCH_* op produced (None: no match) kept in a variable. */
static int expect_parts(Gen *g, int parts, IrBlock *fail) {
    int var = new_hidden_var(g, VT_OBJ, "parts");
    store_var(g, var, parts);
    int isnone = compare_values(g, load_var(g, var, false), load_const(g, C_NONE), CMP_IS, false);
    IrBlock *pass = new_block(g);
    branch(g, truth(g, isnone, TY.bool_), fail->id, pass->id);
    g->bb = pass;
    return var;
}

static bool is_wildcard(const Expr *p) { return p->kind == E_MATCH_AS && !p->left && !p->right; }

/* Sub-pattern i of a MATCH_* result. */
static void gen_part(Gen *g, Expr *sub, int parts, int i, IrBlock *fail) {
    if (is_wildcard(sub)) return;
    int tuple = load_var(g, parts, false), item;
    emit_value_in(g, IR_TUPLE_ITEM, VT_OBJ, 1, &tuple, &item)->imm = i;
    int var = new_hidden_var(g, VT_OBJ, "part");
    store_var(g, var, item);
    gen_pattern(g, sub, var, fail);
}

static void gen_or_pattern(Gen *g, Expr *p, int subj, IrBlock *fail) {
    IrBlock *ok = new_block(g);
    for (int i = 0; i < p->elts.len; i++) {
        bool last = i == p->elts.len - 1;
        IrBlock *next = last ? fail : new_block(g);
        gen_pattern(g, VEC_AT(p->elts, Expr, i), subj, next);
        jump(g, ok);
        if (!last) g->bb = next;
    }
    g->bb = ok;
}

static int str_tuple(Gen *g, PtrVec *keywords) {
    int n = keywords->len, *names = ARENA_ARRAY(g->a, int, n + 1);
    for (int i = 0; i < n; i++) {
        const char *s = VEC_AT(*keywords, Keyword, i)->name;
        names[i] = load_const_of(g, &(IrConst){.kind = C_STR, .s = s, .len = strlen(s)});
    }
    return emit_value(g, IR_BUILD_TUPLE, VT_OBJ, n, names);
}

/* Matches the value in var subj against p: falls through on success (captures bound),
 * jumps to fail otherwise. */
static void gen_pattern(Gen *g, Expr *p, int subj, IrBlock *fail) {
    switch (p->kind) {
    case E_MATCH_AS:
        if (p->left) gen_pattern(g, p->left, subj, fail);
        break;
    case E_MATCH_VALUE: case E_MATCH_SINGLETON: {
        int v = gen_expr_to(g, p->left, TY.object);
        int r = compare_values(g, load_var(g, subj, false), v, p->kind == E_MATCH_VALUE ? CMP_EQ : CMP_IS, false);
        expect(g, truth(g, r, TY.dynamic), fail);
        break;
    }
    case E_MATCH_SEQUENCE: {
        int star = -1;
        for (int i = 0; i < p->elts.len; i++)
            if (VEC_AT(p->elts, Expr, i)->kind == E_MATCH_STAR) star = i;
        int s = load_var(g, subj, false), parts;
        IrInstr *in = emit_value_in(g, IR_MATCH_SEQUENCE, VT_OBJ, 1, &s, &parts);
        in->imm = p->elts.len;
        in->imm2 = star;
        int var = expect_parts(g, parts, fail);
        for (int i = 0; i < p->elts.len; i++) gen_part(g, VEC_AT(p->elts, Expr, i), var, i, fail);
        break;
    }
    case E_MATCH_STAR: break;   /* the list is bound below */
    case E_MATCH_MAPPING: {
        Type **dsts = ARENA_ARRAY(g->a, Type *, p->elts.len + 1);
        int *keys = ARENA_ARRAY(g->a, int, p->elts.len + 1);
        for (int i = 0; i < p->elts.len; i++) dsts[i] = TY.object;
        gen_operands(g, (Expr **)p->elts.items, p->elts.len, dsts, keys);
        int args[2] = {load_var(g, subj, false), emit_value(g, IR_BUILD_TUPLE, VT_OBJ, p->elts.len, keys)}, parts;
        emit_value_in(g, IR_MATCH_MAPPING, VT_OBJ, 2, args, &parts)->imm = p->right != NULL;
        int var = expect_parts(g, parts, fail);
        for (int i = 0; i < p->values.len; i++) gen_part(g, VEC_AT(p->values, Expr, i), var, i, fail);
        if (p->right) {
            int tuple = load_var(g, var, false), rest;
            emit_value_in(g, IR_TUPLE_ITEM, VT_OBJ, 1, &tuple, &rest)->imm = p->values.len;
            gen_store(g, p->right, rest, TY.dynamic);
        }
        return;
    }
    case E_MATCH_CLASS: {
        int cls = gen_expr_to(g, p->func, TY.object);
        int cls_var = new_hidden_var(g, VT_OBJ, "cls");
        store_var(g, cls_var, cls);
        int args[3] = {load_var(g, subj, false), load_var(g, cls_var, false), 0}, n = 2, parts;
        if (p->keywords.len) args[n++] = str_tuple(g, &p->keywords);
        emit_value_in(g, IR_MATCH_CLASS, VT_OBJ, n, args, &parts)->imm = p->elts.len;
        int var = expect_parts(g, parts, fail);
        for (int i = 0; i < p->elts.len; i++) gen_part(g, VEC_AT(p->elts, Expr, i), var, i, fail);
        for (int i = 0; i < p->keywords.len; i++)
            gen_part(g, VEC_AT(p->keywords, Keyword, i)->value, var, p->elts.len + i, fail);
        break;
    }
    case E_MATCH_OR: gen_or_pattern(g, p, subj, fail); break;
    default: unsupported(g, p->span, p->what ? p->what : "pattern"); return;
    }
    if (p->right) gen_store(g, p->right, load_var(g, subj, false), TY.dynamic);
}

static void gen_match(Gen *g, Stmt *s) {
    int subj = new_hidden_var(g, VT_OBJ, "subject");
    store_var(g, subj, gen_expr_to(g, s->value, TY.object));
    IrBlock *done = new_block(g);
    for (int i = 0; i < s->cases.len; i++) {
        MatchCase *mc = VEC_AT(s->cases, MatchCase, i);
        IrBlock *next = new_block(g);
        g->line = mc->span.line, g->pos = mc->span;
        gen_pattern(g, mc->pattern, subj, next);
        if (mc->guard) {
            IrBlock *body = new_block(g);
            gen_branch(g, mc->guard, body->id, next->id);
            g->bb = body;
        }
        gen_block(g, &mc->body);
        jump(g, done);
        g->bb = next;
    }
    jump(g, done);
    g->bb = done;
}
static void store_attr(Gen *g, int obj, const char *name, int value);

/* Runs a def: decorators, defaults, MAKE_FUNCTION, decoration. cls_var >= 0 inside a
 * class body. Returns the value to bind to the name. */
static int make_function(Gen *g, Stmt *s, int cls_var) {
    FuncDecl *fd = s->func;
    int *decs = eval_decorators(g, s, cls_var);
    int npos = 0, nkw = 0;
    for (int i = 0; i < fd->params.len; i++) {
        Param *p = VEC_AT(fd->params, Param, i);
        if (!p->default_) continue;
        if (p->kind == PARAM_KWONLY) nkw++;
        else npos++;
    }
    Expr **es = ARENA_ARRAY(g->a, Expr *, 2 * fd->params.len + 1);
    Type **dsts = ARENA_ARRAY(g->a, Type *, 2 * fd->params.len + 1);
    int n = 0;
    for (int i = 0; i < fd->params.len; i++) {   /* positional defaults, then kw-only pairs */
        Param *p = VEC_AT(fd->params, Param, i);
        if (p->default_ && p->kind != PARAM_KWONLY) { es[n] = p->default_; dsts[n++] = TY.object; }
    }
    int *vals = ARENA_ARRAY(g->a, int, 2 * fd->params.len + 1);
    int kw_start = n;
    for (int i = 0; i < fd->params.len; i++) {
        Param *p = VEC_AT(fd->params, Param, i);
        if (p->default_ && p->kind == PARAM_KWONLY) { es[n] = p->default_; dsts[n++] = TY.object; }
    }
    gen_operands(g, es, n, dsts, vals);
    int args[2], nargs = 0;
    if (npos || nkw) args[nargs++] = npos ? emit_value(g, IR_BUILD_TUPLE, VT_OBJ, npos, vals) : load_const(g, C_NONE);
    if (nkw) {
        int *kv = ARENA_ARRAY(g->a, int, 2 * nkw);
        int k = 0;
        for (int i = 0; i < fd->params.len; i++) {
            Param *p = VEC_AT(fd->params, Param, i);
            if (!p->default_ || p->kind != PARAM_KWONLY) continue;
            kv[2 * k] = load_const_of(g, &(IrConst){.kind = C_STR, .s = p->name, .len = strlen(p->name)});
            kv[2 * k + 1] = vals[kw_start + k];
            k++;
        }
        args[nargs++] = emit_value(g, IR_BUILD_MAP, VT_OBJ, 2 * nkw, kv);
    }
    int fn;
    emit_value_in(g, IR_MAKE_FUNCTION, VT_OBJ, nargs, args, &fn)->func = g->entry_of[fd->index];
    if (fd->freevars.len) set_closure(g, fd, fn);
    Stmt *first = s->kind == S_FUNCDEF && s->body.len ? VEC_AT(s->body, Stmt, 0) : NULL;
    if (first && first->kind == S_EXPR && first->value->kind == E_STR)   /* docstring */
        store_attr(g, fn, "__doc__", gen_expr(g, first->value));
    return apply_decorators(g, s, decs, fn);
}

static void gen_funcdef(Gen *g, Stmt *s) {
    if (!s->func) {
        unsupported(g, s->span, "function definition here");
        return;
    }
    store_name(g, s->name, make_function(g, s, -1));
}

/* ---- static classes ---- */

static void store_attr(Gen *g, int obj, const char *name, int value) {
    int args[2] = {obj, value};
    emit(g, IR_STORE_ATTR, -1, 2, args)->cidx = ir_const_str(g->ir, name);
}

static int load_attr(Gen *g, int obj, const char *name) {
    int dest;
    emit_value_in(g, IR_LOAD_ATTR, VT_OBJ, 1, &obj, &dest)->cidx = ir_const_str(g->ir, name);
    return dest;
}

static bool defines_method(const ClassDecl *cd, const char *name) {
    for (int i = 0; i < cd->methods.len; i++)
        if (strcmp(VEC_AT(cd->methods, FuncDecl, i)->name, name) == 0) return true;
    for (int i = 0; i < cd->class_vars.len; i++)
        if (strcmp(VEC_AT(cd->class_vars, Symbol, i)->name, name) == 0) return true;
    return false;
}

static Expr *redefault_of(const ClassDecl *cd, const FieldDecl *f) {
    for (int i = 0; i < cd->redefaults.len; i++) {
        FieldDefault *d = VEC_AT(cd->redefaults, FieldDefault, i);
        if (d->field == f) return d->value;
    }
    return NULL;
}

/* The class-body default of field f in class cd: its own, or the one cd gives an
 * inherited field (NULL: none set by cd). */
static Expr *field_default_in(const ClassDecl *cd, const FieldDecl *f) {
    return f->owner == cd ? f->default_ : redefault_of(cd, f);
}

/* A field whose class-body value goes to MAKE_CLASS instead of a class attribute. */
static const FieldDecl *own_field(const ClassDecl *cd, const char *name) {
    for (int i = 0; i < cd->fields.len; i++) {
        FieldDecl *f = VEC_AT(cd->fields, FieldDecl, i);
        if (strcmp(f->name, name) == 0 && (f->owner == cd || redefault_of(cd, f))) return f;
    }
    return NULL;
}

static bool scope_defines(Gen *g, const char *name) {
    for (int i = 0; i < g->scope_names.len; i++)
        if (strcmp(VEC_AT(g->scope_names, const char, i), name) == 0) return true;
    return false;
}

/* A name the class body bound earlier: an attribute of the class being built (static
 * classes) or an item of the namespace dict (dynamic classes). -1 when not bound. */
static int class_scope_lookup(Gen *g, const char *name) {
    if (g->scope_var < 0 || !scope_defines(g, name)) return -1;
    int scope = load_var(g, g->scope_var, false);
    if (!g->scope_is_dict) return load_attr(g, scope, name);
    int dest;   /* deleted since: the globals, as LOAD_NAME falls back */
    emit_value_in(g, IR_LOAD_NAME, VT_OBJ, 1, &scope, &dest)->cidx = ir_const_str(g->ir, name);
    return dest;
}

/* Binds `name` in the class body's scope. */
static void class_scope_store(Gen *g, const char *name, int value) {
    int scope = load_var(g, g->scope_var, false);
    if (g->scope_is_dict) {
        int args[3] = {scope, load_const_of(g, &(IrConst){.kind = C_STR, .s = name, .len = strlen(name)}), value};
        emit(g, IR_STORE_SUBSCR, -1, 3, args);
    } else {
        store_attr(g, scope, name, value);
    }
    if (!scope_defines(g, name)) vec_push(g->a, &g->scope_names, (void *)name);
}

/* del name in a class body. */
static void class_scope_delete(Gen *g, const char *name) {
    int scope = load_var(g, g->scope_var, false);
    if (g->scope_is_dict) {
        int args[2] = {scope, load_const_of(g, &(IrConst){.kind = C_STR, .s = name, .len = strlen(name)})};
        emit(g, IR_DELETE_SUBSCR, -1, 2, args);
    } else {
        emit(g, IR_DELETE_ATTR, -1, 1, &scope)->cidx = ir_const_str(g->ir, name);
    }
}

/* An expression evaluated in a class body (decorators, defaults, attribute values). */
static int gen_scoped_expr(Gen *g, Expr *e, int cls_var) {
    (void)cls_var;
    return gen_expr_to(g, e, TY.object);
}

/* The source text of an annotation (PEP 563 strings). */
static const char *source_text(Gen *g, Span sp) {
    const char *src = g->mod->source;
    if (!src || sp.line <= 0) return "";
    const char *p = src;
    for (int l = 1; l < sp.line && *p; l++) {
        const char *nl = strchr(p, '\n');
        if (!nl) return "";
        p = nl + 1;
    }
    const char *start = p + (sp.col - 1), *end = p;
    for (int l = sp.line; l < sp.end_line && *end; l++) {
        const char *nl = strchr(end, '\n');
        if (!nl) break;
        end = nl + 1;
    }
    end += sp.end_col - 1;
    return end > start ? arena_strndup(g->a, start, (size_t)(end - start)) : "";
}

static bool future_annotations(const Module *m) {
    for (int i = 0; i < m->body.len; i++) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (s->kind != S_IMPORTFROM || !s->module || strcmp(s->module, "__future__") != 0) continue;
        for (int j = 0; j < s->names.len; j++)
            if (strcmp(VEC_AT(s->names, Alias, j)->name, "annotations") == 0) return true;
    }
    return false;
}

/* x: T in a dynamic class body: __annotations__[x] = T (dataclasses and friends read it).
 * The annotation is evaluated as CPython does (a plain name through the class namespace,
 * anything else as an expression: ClassVar[int] is typing's object, not a string);
 * under `from __future__ import annotations` it is kept as its source string. */
static void record_annotation(Gen *g, Stmt *s) {
    Expr *ann = s->annotation;
    int v;
    if (ann->kind == E_NAME && !future_annotations(g->mod)) {
        v = class_scope_lookup(g, ann->id);
        if (v < 0) emit_value_in(g, IR_LOAD_GLOBAL, VT_OBJ, 0, NULL, &v)->cidx = ir_const_str(g->ir, ann->id);
    } else if (!future_annotations(g->mod)) {
        v = gen_expr_to(g, ann, TY.object);
    } else {
        const char *text = source_text(g, ann->span);
        v = load_const_of(g, &(IrConst){.kind = C_STR, .s = text, .len = strlen(text)});
    }
    int gargs[2] = {load_var(g, g->scope_var, false),
                    load_const_of(g, &(IrConst){.kind = C_STR, .s = "__annotations__", .len = 15})};
    int anns = emit_value(g, IR_BINARY_SUBSCR, VT_OBJ, 2, gargs);
    int key = load_const_of(g, &(IrConst){.kind = C_STR, .s = s->target->id, .len = strlen(s->target->id)});
    int args[3] = {anns, key, v};
    emit(g, IR_STORE_SUBSCR, -1, 3, args);
}

static void gen_stmt(Gen *g, Stmt *s);

static void gen_class_body_stmt(Gen *g, ClassDecl *cd, Stmt *s, bool first) {
    g->line = s->span.line, g->pos = s->span;
    switch (s->kind) {
    case S_PASS: break;
    case S_EXPR:
        if (first && s->value->kind == E_STR) class_scope_store(g, "__doc__", gen_expr(g, s->value));
        else gen_expr(g, s->value);
        break;
    case S_FUNCDEF:
        if (!s->func) { unsupported(g, s->span, "method definition here"); break; }
        if (cd->is_static && is_implicit_classmethod(s)) {   /* as type() does */
            int fn = make_function(g, s, g->scope_var);
            class_scope_store(g, s->name, s->func->method_kind == MK_CLASSMETHOD && s->decorators.len == 0
                                              ? call_builtin(g, "classmethod", 1, &fn) : fn);
        } else {
            class_scope_store(g, s->name, make_function(g, s, g->scope_var));
        }
        break;
    case S_ASSIGN: case S_ANNASSIGN: {
        Expr *t = s->kind == S_ASSIGN ? VEC_AT(s->targets, Expr, 0) : s->target;
        if (!cd->is_static && (t->kind != E_NAME || (s->kind == S_ASSIGN && s->targets.len != 1))) {
            gen_stmt(g, s);
            break;
        }
        if (s->kind == S_ASSIGN && s->targets.len != 1) { unsupported(g, s->span, "chained assignment in a class body"); break; }
        if (t->kind != E_NAME) { unsupported(g, s->span, "assignment target in a class body"); break; }
        bool record = s->kind == S_ANNASSIGN && g->scope_is_dict;
        if (!s->value || (cd->is_static && own_field(cd, t->id))) {   /* field defaults go to MAKE_CLASS */
            if (record) record_annotation(g, s);
            break;
        }
        class_scope_store(g, t->id, gen_expr_to(g, s->value, TY.object));
        if (record) record_annotation(g, s);
        break;
    }
    default:
        gen_stmt(g, s);   /* names it binds are stored in the class (in_class_scope) */
        break;
    }
}

/* A class statement's __qualname__: Outer.Name inside a class body. */
static const char *class_qualname(Gen *g, Stmt *s) {
    if (s->qualname) return s->qualname;   /* scope.c */
    return g->class_body && g->class_qualname ? arena_printf(g->a, "%s.%s", g->class_qualname, s->name) : s->name;
}

/* Runs a class body with the given scope (class object or namespace dict). */
static void gen_class_body(Gen *g, ClassDecl *cd, Stmt *s, int scope_var, bool is_dict) {
    ClassDecl *outer = g->class_body;
    PtrVec outer_names = g->scope_names;
    int outer_var = g->scope_var;
    bool outer_dict = g->scope_is_dict;
    g->class_body = cd;
    g->scope_names = (PtrVec){0};
    g->scope_var = scope_var;
    g->scope_is_dict = is_dict;
    const char *outer_qual = g->class_qualname;
    g->class_qualname = class_qualname(g, s);
    for (int i = 0; i < s->body.len; i++) gen_class_body_stmt(g, cd, VEC_AT(s->body, Stmt, i), i == 0);
    g->class_qualname = outer_qual;
    g->class_body = outer;
    g->scope_names = outer_names;
    g->scope_var = outer_var;
    g->scope_is_dict = outer_dict;
    g->line = s->span.line, g->pos = s->span;
}

/* class C(B, metaclass=M, **kw): the keywords in a dict, merged in source order as for
 * a call (duplicates from ** are errors). -1 when there are none. */
static int class_keywords(Gen *g, Stmt *s) {
    if (!s->class_keywords.len) return -1;
    int kvar = new_hidden_var(g, VT_OBJ, "classkw");
    store_var(g, kvar, emit_value(g, IR_BUILD_MAP, VT_OBJ, 0, NULL));
    for (int i = 0; i < s->class_keywords.len; i++) {
        Keyword *k = VEC_AT(s->class_keywords, Keyword, i);
        int v = gen_expr_to(g, k->value, TY.object);
        if (k->name) {
            int kv[2] = {load_const_of(g, &(IrConst){.kind = C_STR, .s = k->name, .len = strlen(k->name)}), v};
            v = emit_value(g, IR_BUILD_MAP, VT_OBJ, 2, kv);
        }
        int who;
        emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &who)->cidx = ir_const_builtin(g->ir, "__build_class__");
        int args[3] = {load_var(g, kvar, false), v, who};
        emit(g, IR_KWARGS_MERGE, -1, 3, args);
    }
    return kvar;
}

/* A class CPython builds at run time (not static), as __build_class__ does:
 * PREPARE_CLASS resolves the bases and the metaclass and calls __prepare__, the body
 * runs in that namespace (stores into it, LOAD_NAME reads), then BUILD_CLASS calls the
 * metaclass (runtime/rt_dynclass.c). */
static void gen_dynamic_classdef(Gen *g, Stmt *s) {
    ClassDecl *cd = s->cls;
    int *decs = eval_decorators(g, s, -1);
    Expr *tuple = expr_new(g->a, E_TUPLE, s->span);   /* the bases as a display: (*b) too */
    tuple->elts = s->bases;
    tuple->type = TY.tuple;
    int bases = gen_build(g, tuple, IR_BUILD_TUPLE);
    int bases_var = new_hidden_var(g, VT_OBJ, "bases");
    store_var(g, bases_var, bases);
    int kw_var = class_keywords(g, s);
    int outer_cell = g->class_cell_var;
    if (s->class_cell) {   /* methods' super(): filled with the class once it exists */
        g->class_cell_var = new_hidden_var(g, VT_OBJ, "classcell");
        store_var(g, g->class_cell_var, emit_value(g, IR_MAKE_CELL, VT_OBJ, 0, NULL));
    }
    int prep_var = new_hidden_var(g, VT_OBJ, "prepared"), prep;
    int pargs[2] = {load_var(g, bases_var, false), kw_var >= 0 ? load_var(g, kw_var, false) : 0};
    emit_value_in(g, IR_PREPARE_CLASS, VT_OBJ, kw_var >= 0 ? 2 : 1, pargs, &prep)->cidx = ir_const_str(g->ir, s->name);
    store_var(g, prep_var, prep);
    int ns_var = new_hidden_var(g, VT_OBJ, "ns");
    int item[2] = {load_var(g, prep_var, false), load_const_of(g, &(IrConst){.kind = C_INT, .s = "2"})};
    store_var(g, ns_var, emit_value(g, IR_BINARY_SUBSCR, VT_OBJ, 2, item));   /* the namespace */
    int saved = g->scope_var;
    bool saved_dict = g->scope_is_dict;
    g->scope_var = ns_var;
    g->scope_is_dict = true;
    PtrVec saved_names = g->scope_names;
    g->scope_names = (PtrVec){0};
    int modname, ns = load_var(g, ns_var, false);   /* __module__ = __name__, a LOAD_NAME */
    emit_value_in(g, IR_LOAD_NAME, VT_OBJ, 1, &ns, &modname)->cidx = ir_const_str(g->ir, "__name__");
    class_scope_store(g, "__module__", modname);
    const char *qual = class_qualname(g, s);
    class_scope_store(g, "__qualname__", load_const_of(g, &(IrConst){.kind = C_STR, .s = qual, .len = strlen(qual)}));
    for (int i = 0; i < s->body.len; i++)   /* SETUP_ANNOTATIONS */
        if (VEC_AT(s->body, Stmt, i)->kind == S_ANNASSIGN) {
            class_scope_store(g, "__annotations__", emit_value(g, IR_BUILD_MAP, VT_OBJ, 0, NULL));
            break;
        }
    g->scope_names = saved_names;
    g->scope_var = saved;
    g->scope_is_dict = saved_dict;
    gen_class_body(g, cd, s, ns_var, true);
    int args[2] = {load_var(g, prep_var, false), load_var(g, bases_var, false)};
    int cls;
    emit_value_in(g, IR_BUILD_CLASS, VT_OBJ, 2, args, &cls)->cidx = ir_const_str(g->ir, s->name);
    if (s->class_cell) {
        int cls_var = new_hidden_var(g, VT_OBJ, "cls");
        store_var(g, cls_var, cls);
        int set[2] = {g->class_cell_var, load_var(g, cls_var, false)};
        emit(g, IR_STORE_DEREF, -1, 2, set);
        cls = load_var(g, cls_var, false);
    }
    g->class_cell_var = outer_cell;
    store_name(g, s->name, apply_decorators(g, s, decs, cls));
}

/* class C(Base): the type is made from the IrClass layout (MAKE_CLASS), then the body's
 * methods and class attributes are set on it in source order. */
static void gen_classdef(Gen *g, Stmt *s) {
    ClassDecl *cd = s->cls;
    if (!cd) {
        unsupported(g, s->span, "class definition here");
        return;
    }
    if (!cd->is_static || class_index(g, cd) < 0) {
        gen_dynamic_classdef(g, s);
        return;
    }
    IrClass *ic = VEC_AT(g->ir->classes, IrClass, class_index(g, cd));
    int *decs = eval_decorators(g, s, -1);
    int nops = 0;
    int *ops = ARENA_ARRAY(g->a, int, cd->fields.len + 2);
    if (cd->base && VEC_AT(g->ir->classes, IrClass, class_index(g, cd->base))->is_extern)
        ops[nops++] = gen_expr(g, VEC_AT(s->bases, Expr, 0));   /* the imported class object */
    else if (cd->base) {
        emit_value_in(g, IR_LOAD_CLASS, VT_OBJ, 0, NULL, &ops[nops])->imm = class_index(g, cd->base);
        nops++;
    }
    for (int i = 0; i < cd->fields.len; i++) {
        FieldDecl *f = VEC_AT(cd->fields, FieldDecl, i);
        Expr *def = field_default_in(cd, f);
        if (!def) continue;
        int v = gen_expr_to(g, def, f->type);
        ops[nops++] = coerce(g, v, f->type, TY.object);
    }
    int cls;
    emit_value_in(g, IR_MAKE_CLASS, VT_OBJ, nops, ops, &cls)->imm = ic->index;
    int cls_var = new_hidden_var(g, VT_OBJ, "cls");
    store_var(g, cls_var, cls);
    gen_class_body(g, cd, s, cls_var, false);
    if (defines_method(cd, "__eq__") && !defines_method(cd, "__hash__"))   /* as type() does */
        store_attr(g, load_var(g, cls_var, false), "__hash__", load_const(g, C_NONE));
    int ready = load_var(g, cls_var, false);
    emit(g, IR_CLASS_READY, -1, 1, &ready);
    store_name(g, s->name, apply_decorators(g, s, decs, load_var(g, cls_var, false)));
}

static void gen_stmt(Gen *g, Stmt *s) {
    g->line = s->span.line, g->pos = s->span;
    switch (s->kind) {
    case S_EXPR: gen_expr(g, s->value); break;
    case S_ASSIGN: gen_assign(g, s); break;
    case S_ANNASSIGN: gen_annassign(g, s); break;
    case S_AUGASSIGN: gen_augassign(g, s); break;
    case S_IF: gen_if(g, s); break;
    case S_TRY: gen_try(g, s); break;
    case S_WITH: gen_with_items(g, s, 0); break;
    case S_MATCH: gen_match(g, s); break;
    case S_WHILE: gen_while(g, s); break;
    case S_FOR: gen_for(g, s); break;
    case S_RETURN: gen_return(g, s); break;
    case S_PASS: case S_GLOBAL: case S_NONLOCAL: break;
    case S_BREAK: case S_CONTINUE:
        if (!g->loop) { unsupported(g, s->span, "break/continue outside loop"); break; }
        emit_unwind(g, g->loop->unwind, g->loop);
        emit(g, IR_JUMP, -1, 0, NULL)->target = s->kind == S_BREAK ? g->loop->break_bb : g->loop->continue_bb;
        break;
    case S_ASSERT: gen_assert(g, s); break;
    case S_RAISE: gen_raise(g, s); break;
    case S_DELETE:
        for (int i = 0; i < s->targets.len; i++) gen_delete_target(g, VEC_AT(s->targets, Expr, i));
        break;
    case S_FUNCDEF: gen_funcdef(g, s); break;
    case S_CLASSDEF: gen_classdef(g, s); break;
    case S_IMPORT: gen_import(g, s); break;
    case S_IMPORTFROM: gen_importfrom(g, s); break;
    default: unsupported(g, s->span, s->what ? s->what : stmt_kind_name(s->kind)); break;
    }
}

static void gen_block(Gen *g, PtrVec *body) {
    for (int i = 0; i < body->len; i++) gen_stmt(g, VEC_AT(*body, Stmt, i));
}

/* Every block must end in a terminator: open ones fall off the end of the function. */
static void seal_blocks(Gen *g) {
    for (int i = 0; i < g->fn->blocks.len; i++) {
        IrBlock *b = VEC_AT(g->fn->blocks, IrBlock, i);
        if (block_terminated(b)) continue;
        g->bb = b;
        int v = VT_IS_PRIM(g->fn->ret) ? prim_const(g, g->fn->ret, 0, 0.0) : load_const(g, C_NONE);
        emit(g, IR_RETURN, -1, 1, &v);
    }
}

/* ---- functions ---- */

static void begin_function(Gen *g, IrFunc *fn, FuncDecl *decl) {
    g->fn = fn;
    g->decl = decl;
    g->loop = NULL;
    g->unwind = NULL;
    g->handler = -1;
    g->hidden = 0;
    g->iter_vars.len = 0;
    g->release_from = -1;
    g->bb = ir_block_new(fn);
    g->line = decl && decl->def ? decl->def->span.line : 1;
    g->pos = (Span){0};
}

/* Function prologue for closures: a cell per shared local (a parameter's holds its
 * value), and the enclosing functions' cells taken out of the closure tuple. The
 * symbol's IR variable is re-pointed at the variable holding its cell. */
static void bind_cells(Gen *g, FuncDecl *fd, int closure) {
    for (int i = 0; i < fd->locals.len; i++) {
        Symbol *s = VEC_AT(fd->locals, Symbol, i);
        if (!in_cell(s)) continue;
        int cell_var = new_hidden_var(g, VT_OBJ, "cell");
        int cell;
        if (s->is_free) {
            int tuple = load_var(g, closure, false);
            emit_value_in(g, IR_TUPLE_ITEM, VT_OBJ, 1, &tuple, &cell)->imm = s->free_index;
        } else if (i < fd->params.len) {
            int v = load_var(g, g->var_of_local[i], false);
            cell = emit_value(g, IR_MAKE_CELL, VT_OBJ, 1, &v);
        } else {
            cell = emit_value(g, IR_MAKE_CELL, VT_OBJ, 0, NULL);
        }
        store_var(g, cell_var, cell);
        g->var_of_local[i] = cell_var;
    }
}

/* The closure tuple: a parameter after the source ones of a function with free variables. */
static int closure_param(IrFunc *fn) {
    int v = ir_value_new(fn, VT_OBJ, true, "$closure")->id;
    VEC_AT(fn->values, IrValue, v)->is_param = true;
    return v;
}

/* The variables of fd's locals (parameters first, then the closure tuple when fd has
 * free variables) in fn; `nvars` of the locals (all, or the parameters only). Returns
 * the closure's variable, or -1. */
static int declare_locals(Gen *g, IrFunc *fn, FuncDecl *fd, int nvars) {
    g->var_of_local = ARENA_ARRAY(g->a, int, fd->locals.len + 1);
    int np = fd->params.len, closure = -1;
    for (int i = 0; i < nvars; i++) {
        if (i == np && fd->freevars.len) closure = closure_param(fn);
        Symbol *s = VEC_AT(fd->locals, Symbol, i);
        IrValue *v = ir_value_new(fn, vt_of_type(s->type) == VT_VOID || in_cell(s) ? VT_OBJ : vt_of_type(s->type),
                                  true, s->name);
        v->is_param = i < np;
        g->var_of_local[i] = v->id;
    }
    if (closure < 0 && fd->freevars.len) closure = closure_param(fn);
    return closure;
}

/* A generator's native function only makes the generator object, its frame holding
 * the arguments (and the closure); the body is the IRF_GEN function (gen_resume_body). */
static void gen_make_generator(Gen *g, IrFunc *fn, FuncDecl *fd) {
    int closure = declare_locals(g, fn, fd, fd->params.len);
    begin_function(g, fn, fd);
    int np = fd->params.len, r;
    int *args = ARENA_ARRAY(g->a, int, np + 2);
    for (int i = 0; i < np; i++) args[i] = g->var_of_local[i];
    if (closure >= 0) args[np++] = closure;
    IrFunc *body = VEC_AT(g->ir->funcs, IrFunc, g->gen_of[fd->index]);
    IrInstr *in = emit_value_in(g, IR_MAKE_GEN, VT_OBJ, np, args, &r);
    in->func = body->index;
    in->imm = fd->is_coroutine ? (fd->is_generator ? 2 : 1) : 0;   /* rt_gen.c's SpcGenKind */
    in->cidx = ir_const_str(g->ir, body->py_name);     /* the generator's __name__ */
    in->cidx2 = ir_const_str(g->ir, body->qualname);   /* and __qualname__ */
    emit(g, IR_RETURN, -1, 1, &r);
}

static void gen_resume_body(Gen *g, FuncDecl *fd) {
    IrFunc *fn = VEC_AT(g->ir->funcs, IrFunc, g->gen_of[fd->index]);
    fn->nparams = fd->params.len + (fd->freevars.len > 0);
    int closure = declare_locals(g, fn, fd, fd->locals.len);
    begin_function(g, fn, fd);
    emit(g, IR_GEN_RESUME, new_temp(g, VT_OBJ), 0, NULL);   /* throw() before the first next() */
    bind_cells(g, fd, closure);   /* block 0 runs once, at the first resume */
    gen_block(g, &fd->def->body);
    seal_blocks(g);
}

static void gen_native(Gen *g, FuncDecl *fd) {
    IrFunc *fn = VEC_AT(g->ir->funcs, IrFunc, g->native_of[fd->index]);
    fn->ret = vt_of_type(fd->ret) == VT_VOID ? VT_OBJ : vt_of_type(fd->ret);
    fn->nparams = fd->params.len + (fd->freevars.len > 0);
    g->fn = fn;
    if (fd->is_generator || fd->is_coroutine) {
        gen_make_generator(g, fn, fd);
        gen_resume_body(g, fd);
        return;
    }
    int closure = declare_locals(g, fn, fd, fd->locals.len);
    begin_function(g, fn, fd);
    bind_cells(g, fd, closure);
    gen_block(g, &fd->def->body);
    seal_blocks(g);
}

/* The class object CHECK_ARGS tests a parameter against; -1 when it is unchecked. */
/* Does CHECK_ARGS test a parameter of this type? Everything but dynamic/object. Its
 * class object comes from a builtins const, or (-1) from the back end's mapping of
 * static classes and generic containers. */
static bool param_is_checked(const Type *t) {
    if (t->kind == TY_OPTIONAL) t = t->inner;
    if (type_is_prim(t)) return true;
    return t->kind == TY_CLASS && t != TY.object;
}

static int check_class_const(Gen *g, const Type *t) {
    if (t->kind == TY_OPTIONAL) t = t->inner;
    if (type_is_prim(t)) t = prim_boxed(t);
    if (t->kind != TY_CLASS || t == TY.object || t->cls || t->origin) return -1;
    if (t->module && strcmp(t->module, "builtins") != 0) return -1;
    return ir_const_builtin(g->ir, t->qualname ? t->qualname : t->name);
}

/* Python-facing entry: bind, check, unbox, call the native entry, box the result. */
static void gen_py_entry(Gen *g, FuncDecl *fd) {
    IrFunc *fn = VEC_AT(g->ir->funcs, IrFunc, g->entry_of[fd->index]);
    IrFunc *native = VEC_AT(g->ir->funcs, IrFunc, g->native_of[fd->index]);
    begin_function(g, fn, NULL);
    g->line = 0;   /* boundary errors belong to the caller's frame, as in CPython */
    int np = fd->params.len;
    emit(g, IR_BIND_ARGS, -1, 0, NULL)->func = fn->index;
    int *bound = ARENA_ARRAY(g->a, int, np + 1);
    for (int i = 0; i < np; i++) {
        bound[i] = new_temp(g, VT_OBJ);
        emit(g, IR_ARG, bound[i], 0, NULL)->imm = i;
    }
    IrCheck *checks = ARENA_ARRAY(g->a, IrCheck, np + 1);
    int nchecks = 0;
    for (int i = 0; i < np; i++) {
        Param *p = VEC_AT(fd->params, Param, i);
        if (param_is_checked(p->type) && !is_packed(fd, i))   /* *args, **kwargs: made here */
            checks[nchecks++] = (IrCheck){.param = i, .type = p->type, .type_cidx = check_class_const(g, p->type)};
    }
    if (nchecks) {
        IrInstr *in = emit(g, IR_CHECK_ARGS, -1, np, bound);
        in->func = fn->index;
        in->checks = checks;
        in->nchecks = nchecks;
    }
    int *args = ARENA_ARRAY(g->a, int, np + 1);
    for (int i = 0; i < np; i++) {
        Param *p = VEC_AT(fd->params, Param, i);
        args[i] = type_is_prim(p->type) ? emit_value(g, IR_PRIMITIVE_UNBOX, vt_of_type(p->type), 1, &bound[i])
                                        : bound[i];
    }
    if (fd->freevars.len) args[np] = emit_value(g, IR_LOAD_CLOSURE, VT_OBJ, 0, NULL);
    int r;
    emit_value_in(g, IR_INVOKE_FUNCTION, native->ret, native->nparams, args, &r)->func = native->index;
    if (VT_IS_PRIM(native->ret)) r = emit_value(g, IR_PRIMITIVE_BOX, VT_OBJ, 1, &r);
    emit(g, IR_RETURN, -1, 1, &r);
}

/* __final_constants__ = the names of the module's Final globals with a literal value,
 * which the reference's compiler sets once a static module's body has run (its
 * patching support refuses to patch them). */
static void store_final_constants(Gen *g) {
    const char **names = ARENA_ARRAY(g->a, const char *, g->mod->globals.len + 1);
    int n = 0, v;
    for (int i = 0; i < g->mod->globals.len; i++) {
        Symbol *s = VEC_AT(g->mod->globals, Symbol, i);
        if (s->is_final && s->final_value) names[n++] = s->name;
    }
    emit_value_in(g, IR_LOAD_CONST, VT_OBJ, 0, NULL, &v)->cidx =
        ir_const(g->ir, &(IrConst){.kind = C_TUPLE_OF_STR, .strs = names, .nstrs = n});
    store_global(g, "__final_constants__", v);
}

static void gen_module_body(Gen *g) {
    IrFunc *fn = ir_func_new(g->ir, "__module__", IRF_MODULE_BODY);
    fn->py_name = "<module>";
    fn->qualname = "<module>";
    fn->ret = VT_OBJ;
    fn->first_line = 1;
    g->ir->body_func = fn->index;
    /* The module body's only locals are comprehension variables. */
    FuncDecl *bd = g->mod->body_func;
    g->var_of_local = ARENA_ARRAY(g->a, int, (bd ? bd->locals.len : 0) + 1);
    for (int i = 0; bd && i < bd->locals.len; i++)
        g->var_of_local[i] = ir_value_new(fn, VT_OBJ, true, VEC_AT(bd->locals, Symbol, i)->name)->id;
    begin_function(g, fn, bd);
    Stmt *first = g->mod->body.len ? VEC_AT(g->mod->body, Stmt, 0) : NULL;
    if (first && first->kind == S_EXPR && first->value->kind == E_STR)   /* module docstring */
        store_global(g, "__doc__", gen_expr(g, first->value));
    gen_block(g, &g->mod->body);
    if (g->mod->is_static) store_final_constants(g);
    seal_blocks(g);
}

/* __annotations__ of a def, as source text in CPython's order (compile.c
 * compiler_visit_annotations): positional-or-keyword parameters, positional-only ones,
 * *args, keyword-only ones, **kwargs, then the return annotation. */
static void record_signature_annotations(Gen *g, IrFunc *entry, FuncDecl *fd) {
    static const ParamKind order[] = {PARAM_POS, PARAM_POSONLY, PARAM_VARARGS, PARAM_KWONLY, PARAM_KWARGS};
    Stmt *def = fd->def;
    int n = def->params.len + 1;
    entry->ann_names = ARENA_ARRAY(g->a, const char *, n);
    entry->ann_texts = ARENA_ARRAY(g->a, const char *, n);
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        for (int i = 0; i < def->params.len; i++) {
            Param *p = VEC_AT(def->params, Param, i);
            if (!p->annotation || p->kind != order[k]) continue;
            entry->ann_names[entry->nann] = p->name;
            entry->ann_texts[entry->nann++] = source_text(g, p->annotation->span);
        }
    if (def->returns) {
        entry->ann_names[entry->nann] = "return";
        entry->ann_texts[entry->nann++] = source_text(g, def->returns->span);
    }
    entry->future_ann = future_annotations(g->mod);
}

/* Natives declared `-> bool` return it as a C char (IrFunc.bool_ret), as mypyc does:
 * no True/False reference crosses the call and a caller that only tests the result
 * branches on the byte.  Every implementation of a vtable slot shares its root's
 * convention (an override may be declared otherwise, or be a Python method's thunk);
 * values other than True/False (None falling off the end, an int subclass's comparison
 * result) still pass, out of band, so the convention is exact. */
static bool returns_bool_byte(const FuncDecl *fd) {
    while (fd->overrides) fd = fd->overrides;
    return fd->ret == TY.bool_ && !fd->is_generator && !fd->is_coroutine && !fd->dynamic_return;
}

/* Declares the native and Python-facing IrFuncs of every def up front, so calls can
 * refer to functions defined later in the file. */
static void declare_functions(Gen *g) {
    int n = g->mod->funcs.len;
    g->native_of = ARENA_ARRAY(g->a, int, n + 1);
    g->entry_of = ARENA_ARRAY(g->a, int, n + 1);
    g->gen_of = ARENA_ARRAY(g->a, int, n + 1);
    g->adapter_of = ARENA_ARRAY(g->a, int, n + 1);
    for (int i = 0; i < n; i++) {
        FuncDecl *fd = VEC_AT(g->mod->funcs, FuncDecl, i);
        const char *qual = fd->cls ? arena_printf(g->a, "%s.%s", fd->cls->name, fd->name) : fd->name;
        IrFunc *native = ir_func_new(g->ir, qual, IRF_NATIVE);
        IrFunc *entry = ir_func_new(g->ir, arena_printf(g->a, "%s$py", qual), IRF_PY_ENTRY);
        native->decl = entry->decl = fd;
        native->py_name = entry->py_name = fd->name;
        native->qualname = entry->qualname = fd->def && fd->def->qualname ? fd->def->qualname : qual;
        native->py_entry = entry->index;
        native->ret = vt_of_type(fd->ret) == VT_VOID ? VT_OBJ : vt_of_type(fd->ret);
        native->bool_ret = returns_bool_byte(fd);
        native->nparams = fd->params.len + (fd->freevars.len > 0);
        entry->native = native->index;
        entry->ret = VT_OBJ;
        entry->n_args = fd->params.len;
        entry->arg_names = ARENA_ARRAY(g->a, const char *, fd->params.len + 1);
        for (int j = 0; j < fd->params.len; j++) {
            Param *p = VEC_AT(fd->params, Param, j);
            entry->arg_names[j] = p->name;
            if (p->kind == PARAM_KWONLY) entry->n_kwonly++;
            else if (p->kind == PARAM_VARARGS) entry->has_varargs = true;
            else if (p->kind == PARAM_KWARGS) entry->has_varkw = true;
            else entry->n_positional++;
        }
        entry->n_posonly = fd->nposonly;
        if (fd->def) record_signature_annotations(g, entry, fd);
        native->first_line = entry->first_line = fd->def ? fd->def->span.line : 1;
        g->native_of[i] = native->index;
        g->entry_of[i] = entry->index;
        g->gen_of[i] = -1;
        g->adapter_of[i] = -1;
        if (fd->is_generator || fd->is_coroutine) {
            IrFunc *body = ir_func_new(g->ir, arena_printf(g->a, "%s$gen", qual), IRF_GEN);
            body->decl = fd;
            body->py_name = fd->name;
            body->qualname = native->qualname;
            body->ret = VT_OBJ;
            body->first_line = native->first_line;
            g->gen_of[i] = body->index;
        }
    }
}

/* ---- class layouts and override thunks ---- */

static int prim_size(ValType vt) {
    PrimKind p = VT_PRIM(vt);
    return p == P_CBOOL ? 1 : prim_bits(p) / 8;
}

/* Field offsets: the base's layout is a prefix; own object fields come first, then
 * primitives from the widest down, so every field is naturally aligned. */
static void layout_class(Gen *g, IrClass *ic, ClassDecl *cd) {
    IrClass *base = ic->base >= 0 ? VEC_AT(g->ir->classes, IrClass, ic->base) : NULL;
    int off = base ? base->basicsize : 16;   /* PyObject header */
    for (int i = 0; i < cd->fields.len; i++) {
        FieldDecl *f = VEC_AT(cd->fields, FieldDecl, i);
        IrField *irf = ARENA_NEW(g->a, IrField);
        irf->name = f->name;
        irf->type = f->type->kind == TY_UNION ? TY.dynamic : f->type;   /* stored unchecked */
        irf->vt = vt_of_type(f->type) == VT_VOID ? VT_OBJ : vt_of_type(f->type);
        irf->inherited = f->owner != cd;
        irf->unowned = f->type == TY.bool_;   /* bool is final: only the two singletons */
        irf->has_default = field_default_in(cd, f) != NULL;
        if (irf->inherited && base && i < base->fields.len) irf->offset = VEC_AT(base->fields, IrField, i)->offset;
        vec_push(g->a, &ic->fields, irf);
    }
    static const int order[] = {0, 8, 4, 2, 1};   /* 0: object fields, then primitives by size */
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        for (int i = 0; i < ic->fields.len; i++) {
            IrField *f = VEC_AT(ic->fields, IrField, i);
            if (f->inherited) continue;
            int size = f->vt == VT_OBJ ? 0 : prim_size(f->vt);
            if (size != order[k]) continue;
            f->offset = off;
            off += size ? size : 8;
        }
    }
    off = (off + 7) & ~7;
    if (base && base->weaklist_offset) {
        ic->weaklist_offset = base->weaklist_offset;
    } else if (cd->allow_weakrefs) {   /* after the fields, as CPython places __weakref__ */
        ic->weaklist_offset = off;
        off += 8;
    }
    if (base && base->dict_offset) {
        ic->dict_offset = base->dict_offset;
    } else if (cd->has_dict) {
        ic->dict_offset = off;
        off += 8;
    }
    ic->basicsize = off;
}

/* Every vtable entry takes the receiver first: a staticmethod's entries take it as an
 * extra parameter (its adapter drops it, its thunk looks the override up on it). */
static bool slot_takes_receiver(const FuncDecl *impl) { return impl->method_kind == MK_STATICMETHOD; }

/* A native with impl's signature (the receiver prepended for a staticmethod), for a
 * vtable entry of a class named `owner`. */
static IrFunc *new_slot_func(Gen *g, const char *owner, FuncDecl *impl, const char *suffix) {
    IrFunc *fn = ir_func_new(g->ir, arena_printf(g->a, "%s.%s$%s", owner, impl->name, suffix), IRF_NATIVE);
    fn->decl = impl;
    fn->py_name = impl->name;
    fn->qualname = arena_printf(g->a, "%s.%s", owner, impl->name);
    fn->ret = vt_of_type(impl->ret) == VT_VOID ? VT_OBJ : vt_of_type(impl->ret);
    fn->bool_ret = returns_bool_byte(impl);
    fn->nparams = impl->params.len + slot_takes_receiver(impl);
    fn->first_line = impl->def ? impl->def->span.line : 1;
    return fn;
}

static IrFunc *new_thunk(Gen *g, IrClass *ic, FuncDecl *impl) { return new_slot_func(g, ic->name, impl, "thunk"); }

/* The vtable entry of staticmethod fd (declared on first use; generated by gen_adapter). */
static int static_slot_adapter(Gen *g, FuncDecl *fd) {
    if (g->adapter_of[fd->index] < 0)
        g->adapter_of[fd->index] = new_slot_func(g, fd->cls->name, fd, "slot")->index;
    return g->adapter_of[fd->index];
}

static int local_native(Gen *g, const FuncDecl *fd);

/* A slot's implementation in a class: the method's native, or a staticmethod's adapter
 * (-1: another module's method, the runtime takes the base's entry). */
static int slot_impl_of(Gen *g, FuncDecl *impl) {
    int native = local_native(g, impl);
    return native >= 0 && slot_takes_receiver(impl) ? static_slot_adapter(g, impl) : native;
}

/* The parameter variables of a slot function: the receiver (if it takes one apart from
 * impl's parameters) at vars[0], impl's parameters after it. */
static int *slot_params(Gen *g, IrFunc *fn, FuncDecl *impl) {
    int np = impl->params.len, extra = slot_takes_receiver(impl);
    int *vars = ARENA_ARRAY(g->a, int, np + 2);
    for (int i = 0; i < np + extra; i++) {
        Param *p = i >= extra ? VEC_AT(impl->params, Param, i - extra) : NULL;
        ValType vt = p && vt_of_type(p->type) != VT_VOID ? vt_of_type(p->type) : VT_OBJ;
        IrValue *v = ir_value_new(fn, vt, true, p ? p->name : ".recv");
        v->is_param = true;
        vars[i] = v->id;
    }
    return vars;
}

/* A staticmethod's vtable entry: k(args...) with the receiver dropped. */
static void gen_adapter(Gen *g, FuncDecl *fd) {
    IrFunc *fn = VEC_AT(g->ir->funcs, IrFunc, g->adapter_of[fd->index]);
    int np = fd->params.len;
    int *vars = slot_params(g, fn, fd), *args = ARENA_ARRAY(g->a, int, np + 1);
    begin_function(g, fn, NULL);
    g->line = 0;
    for (int i = 0; i < np; i++) args[i] = load_var(g, vars[i + 1], false);
    int r = invoke(g, fd, args, false);
    emit(g, IR_RETURN, -1, 1, &r);
}

/* Another module's static class as a base here: the same layout computation as in its
 * own module, so inherited field offsets and slot numbers agree with the type that
 * module makes; spc_rt_make_class checks that they do when the subclass is created. */
static int declare_extern_class(Gen *g, const ClassDecl *cd) {
    int base = cd->base ? class_index(g, cd->base) : -1;
    IrClass *ic = ARENA_NEW(g->a, IrClass);
    ic->index = g->ir->classes.len;
    ic->name = cd->name;
    ic->qualname = cd->name;
    ic->decl = (ClassDecl *)cd;
    ic->base = base;
    ic->is_final = cd->is_final;
    ic->is_extern = true;
    vec_push(g->a, &g->ir->classes, ic);
    layout_class(g, ic, (ClassDecl *)cd);
    ic->nslots = cd->vtable.len;
    ic->slot_names = ARENA_ARRAY(g->a, const char *, ic->nslots + 1);
    for (int s = 0; s < ic->nslots; s++) ic->slot_names[s] = VEC_AT(cd->vtable, FuncDecl, s)->name;
    return ic->index;
}

/* The native function of a method of this module (-1: another module's). */
static int local_native(Gen *g, const FuncDecl *fd) {
    bool local = fd->index >= 0 && fd->index < g->mod->funcs.len && g->mod->funcs.items[fd->index] == fd;
    return local ? g->native_of[fd->index] : -1;
}

/* Does a def of impl's name with a run-time decorator (`@functools.cached_property`,
 * `@mydec`) or a class attribute (`m = other`) in cd, or in a static base between cd and
 * impl's class, override the slot impl fills? CPython finds that object on the class, so
 * the slot is the thunk that looks the attribute up, as for a Python subclass's override. */
static bool overridden_at_run_time(const ClassDecl *cd, const FuncDecl *impl) {
    for (const ClassDecl *k = cd; k && k != impl->cls; k = k->base) {
        for (int i = 0; i < k->decorated.len; i++)
            if (strcmp(VEC_AT(k->decorated, FuncDecl, i)->name, impl->name) == 0) return true;
        for (int i = 0; i < k->class_vars.len; i++)
            if (strcmp(VEC_AT(k->class_vars, Symbol, i)->name, impl->name) == 0) return true;
    }
    return false;
}

static void declare_classes(Gen *g) {
    int n = g->mod->classes.len;
    g->class_of = ARENA_ARRAY(g->a, int, n + 1);
    for (int i = 0; i < n; i++) {
        ClassDecl *cd = VEC_AT(g->mod->classes, ClassDecl, i);
        g->class_of[i] = -1;
        if (!cd->is_static) continue;
        int base = cd->base ? class_index(g, cd->base) : -1;   /* may add an extern class */
        IrClass *ic = ARENA_NEW(g->a, IrClass);
        ic->index = g->ir->classes.len;
        ic->name = cd->name;
        ic->qualname = cd->name;
        ic->decl = cd;
        ic->base = base;
        ic->is_final = cd->is_final;
        vec_push(g->a, &g->ir->classes, ic);
        g->class_of[i] = ic->index;
        layout_class(g, ic, cd);
        ic->nslots = cd->vtable.len;
        ic->slot_names = ARENA_ARRAY(g->a, const char *, ic->nslots + 1);
        ic->slot_impl = ARENA_ARRAY(g->a, int, ic->nslots + 1);
        ic->slot_thunk = ARENA_ARRAY(g->a, int, ic->nslots + 1);
        for (int s = 0; s < ic->nslots; s++) {
            FuncDecl *impl = VEC_AT(cd->vtable, FuncDecl, s);
            ic->slot_names[s] = impl->name;
            ic->slot_impl[s] = slot_impl_of(g, impl);
            ic->slot_thunk[s] = new_thunk(g, ic, impl)->index;
            if (overridden_at_run_time(cd, impl)) ic->slot_impl[s] = ic->slot_thunk[s];
        }
        ic->final_names = ARENA_ARRAY(g->a, const char *, cd->methods.len + 1);
        for (int m = 0; m < cd->methods.len; m++) {
            FuncDecl *fd = VEC_AT(cd->methods, FuncDecl, m);
            bool plain = fd->method_kind == MK_METHOD || fd->method_kind == MK_STATICMETHOD ||
                         fd->method_kind == MK_CLASSMETHOD;   /* @final under any of these decorators */
            if (fd->is_final && plain) ic->final_names[ic->nfinal++] = fd->name;
        }
    }
}

/* override(args...) with the slot's parameters passed as the source declares them:
 * positional ones by position, keyword-only ones by name, *args and **kwargs spread
 * (then through CALL_EX). */
static int thunk_call(Gen *g, FuncDecl *impl, int method, const int *vars) {
    int np = impl->params.len, npos = impl->npositional;
    int nkw = np - npos - impl->has_varargs - impl->has_kwargs;
    int first = slot_takes_receiver(impl) ? 0 : 1;   /* `method` is bound to self, a staticmethod's is not */
    int *args = ARENA_ARRAY(g->a, int, 2 * np + 2), n = 0, r;
    args[n++] = method;
    for (int i = first; i < npos + nkw; i++)
        args[n++] = coerce(g, load_var(g, vars[i], false), VEC_AT(impl->params, Param, i)->type, TY.object);
    const char **names = ARENA_ARRAY(g->a, const char *, nkw + 1);
    for (int i = 0; i < nkw; i++) names[i] = VEC_AT(impl->params, Param, npos + i)->name;
    if (!impl->has_varargs && !impl->has_kwargs) {
        IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, n, args, &r);
        call->imm = npos - first;
        call->cidx = nkw ? ir_const(g->ir, &(IrConst){.kind = C_TUPLE_OF_STR, .strs = names, .nstrs = nkw}) : -1;
        return r;
    }
    int list = emit_value(g, IR_BUILD_LIST, VT_OBJ, npos - first, args + 1);
    if (impl->has_varargs) {
        int ext[3] = {list, load_var(g, vars[npos + nkw], false), method};
        emit(g, IR_ARGS_EXTEND, -1, 3, ext);
    }
    int *kv = ARENA_ARRAY(g->a, int, 2 * nkw + 1);
    for (int i = 0; i < nkw; i++) {
        kv[2 * i] = load_const_of(g, &(IrConst){.kind = C_STR, .s = names[i], .len = strlen(names[i])});
        kv[2 * i + 1] = args[npos + i];
    }
    int dict = emit_value(g, IR_BUILD_MAP, VT_OBJ, 2 * nkw, kv);
    if (impl->has_kwargs) {
        int merge[3] = {dict, load_var(g, vars[np - 1], false), method};
        emit(g, IR_KWARGS_MERGE, -1, 3, merge);
    }
    int cargs[3] = {method, list, dict};
    return emit_value(g, IR_CALL_EX, VT_OBJ, 3, cargs);
}

/* The body of an override thunk: call the Python override found on type(self), check
 * its result against the slot's declared return type, convert back to the C ABI. */
static void gen_thunk(Gen *g, IrClass *ic, int slot) {
    IrFunc *fn = VEC_AT(g->ir->funcs, IrFunc, ic->slot_thunk[slot]);
    FuncDecl *impl = fn->decl;
    int *vars = slot_params(g, fn, impl);
    begin_function(g, fn, NULL);
    g->line = 0;
    int self = load_var(g, vars[0], false), r, method = -1;
    if (impl->method_kind == MK_PROPERTY_GET) {
        r = load_attr(g, self, impl->name);
        method = self;   /* errors name the instance's class: "D.foo" */
    } else if (impl->method_kind == MK_PROPERTY_SET) {
        int v = coerce(g, load_var(g, vars[1], false), VEC_AT(impl->params, Param, 1)->type, TY.object);
        store_attr(g, self, impl->name, v);
        r = load_const(g, C_NONE);
    } else {
        method = load_attr(g, self, impl->name);   /* also names the override in errors */
        r = thunk_call(g, impl, method, vars + slot_takes_receiver(impl));
    }
    const Type *ret = impl->ret;
    if (type_is_prim(ret) || param_is_checked(ret)) {
        int checked, cargs[2] = {r, method};
        IrInstr *in = emit_value_in(g, IR_CHECK_RETURN, VT_OBJ, method >= 0 ? 2 : 1, cargs, &checked);
        in->type = (Type *)(type_is_prim(ret) ? prim_boxed(ret) : ret);
        in->cidx = ir_const_str(g->ir, arena_printf(g->a, "%s.%s", ic->name, impl->name));
        r = type_is_prim(ret) ? emit_value(g, IR_PRIMITIVE_UNBOX, vt_of_type(ret), 1, &checked) : checked;
    }
    emit(g, IR_RETURN, -1, 1, &r);
}

IrModule *irgen_module(Module *m, Arena *a, Diags *d) {
    Gen g = {.mod = m, .a = a, .d = d, .class_cell_var = -1};
    g.ir = ir_module_new(a, m->name, m->path);
    declare_functions(&g);
    declare_classes(&g);
    for (int i = 0; i < m->funcs.len; i++) {
        FuncDecl *fd = VEC_AT(m->funcs, FuncDecl, i);
        gen_native(&g, fd);
        gen_py_entry(&g, fd);
    }
    for (int i = 0; i < g.ir->classes.len; i++) {
        IrClass *ic = VEC_AT(g.ir->classes, IrClass, i);
        for (int s = 0; !ic->is_extern && s < ic->nslots; s++) gen_thunk(&g, ic, s);
    }
    for (int i = 0; i < m->funcs.len; i++)
        if (g.adapter_of[i] >= 0) gen_adapter(&g, VEC_AT(m->funcs, FuncDecl, i));
    gen_module_body(&g);
    return g.failed ? NULL : g.ir;
}
