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
#include <string.h>

typedef struct Loop {
    int break_bb, continue_bb;
    struct Loop *outer;
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
    Loop *loop;
    int line;
    int hidden;                /* counter for hidden variable names */
    bool failed;
} Gen;

/* ---- emission helpers ---- */

static bool block_terminated(const IrBlock *b) {
    if (b->instrs.len == 0) return false;
    IrInstr *last = VEC_AT(b->instrs, IrInstr, b->instrs.len - 1);
    return (ir_op_info[last->op].flags & F_TERM) != 0;
}

static IrInstr *emit(Gen *g, IrOp op, int dest, int nargs, const int *args) {
    if (block_terminated(g->bb)) g->bb = ir_block_new(g->fn);   /* unreachable code */
    IrInstr *in = ir_emit(g->ir, g->bb, op, dest, nargs, args);
    in->line = g->line;
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

/* ---- expressions ---- */

static int gen_expr(Gen *g, Expr *e);
static void gen_branch(Gen *g, Expr *e, int t, int f);

static int gen_expr_to(Gen *g, Expr *e, const Type *dst) { return coerce(g, gen_expr(g, e), e->type, dst); }

/* Does evaluating `e` create blocks (so temps made before it must be spilled)? */
static bool has_control_flow(const Expr *e) {
    if (!e) return false;
    switch (e->kind) {
    case E_BOOLOP: case E_IFEXP: return true;
    case E_COMPARE: if (e->elts.len > 2) return true; break;
    default: break;
    }
    if (has_control_flow(e->left) || has_control_flow(e->right) || has_control_flow(e->func) ||
        has_control_flow(e->test) || has_control_flow(e->body) || has_control_flow(e->orelse) ||
        has_control_flow(e->lower) || has_control_flow(e->upper) || has_control_flow(e->step))
        return true;
    for (int i = 0; i < e->elts.len; i++) if (has_control_flow(VEC_AT(e->elts, Expr, i))) return true;
    for (int i = 0; i < e->values.len; i++) if (has_control_flow(VEC_AT(e->values, Expr, i))) return true;
    for (int i = 0; i < e->keywords.len; i++)
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

static int gen_literal(Gen *g, const Expr *e, const Type *as) {
    ValType vt = vt_of_type(as);
    switch (e->kind) {
    case E_INT:
        if (VT_IS_PRIM(vt)) return prim_const(g, vt, e->ival, (double)e->ival);
        return load_const_of(g, &(IrConst){.kind = C_INT, .s = e->text});
    case E_FLOAT:
        if (VT_IS_PRIM(vt)) return prim_const(g, vt, (int64_t)e->fval, e->fval);
        return load_const_of(g, &(IrConst){.kind = C_FLOAT, .f = e->fval});
    case E_TRUE: case E_FALSE:
        if (VT_IS_PRIM(vt)) return prim_const(g, vt, e->kind == E_TRUE, e->kind == E_TRUE);
        return load_const(g, e->kind == E_TRUE ? C_TRUE : C_FALSE);
    case E_NONE: return load_const(g, C_NONE);
    case E_ELLIPSIS: return load_const(g, C_ELLIPSIS);
    case E_STR: return load_const_of(g, &(IrConst){.kind = C_STR, .s = e->str, .len = e->str_len});
    case E_BYTES: return load_const_of(g, &(IrConst){.kind = C_BYTES, .s = e->str, .len = e->str_len});
    case E_UNARYOP:   /* a Final constant like -1 */
        if (e->op == UOP_NEG && e->left && (e->left->kind == E_INT || e->left->kind == E_FLOAT)) {
            if (VT_IS_PRIM(vt)) return prim_const(g, vt, -e->left->ival, -e->left->fval);
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

static int gen_name(Gen *g, Expr *e) {
    Symbol *s = e->sym;
    if (s && s->final_value) return gen_literal(g, s->final_value, e->type);
    if (s && s->kind == SYM_LOCAL && g->decl) {
        int var = local_var(g, s);
        return load_var(g, var, !VEC_AT(g->fn->values, IrValue, var)->is_param);
    }
    int dest;
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
    emit_value_in(g, IR_BINARY_OP, VT_OBJ, 2, v, &dest)->imm = e->op;
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
    emit_value_in(g, IR_UNARY_OP, VT_OBJ, 1, &v, &dest)->imm = e->op;
    return dest;
}

/* One comparison of two already-evaluated operands. */
static int compare_values(Gen *g, int l, int r, int op, bool prim) {
    int args[2] = {l, r}, dest;
    if (prim) emit_value_in(g, IR_PRIMITIVE_COMPARE_OP, VT_OF_PRIM(P_CBOOL), 2, args, &dest)->imm = op;
    else emit_value_in(g, IR_COMPARE_OP, VT_OBJ, 2, args, &dest)->imm = op;
    return dest;
}

static bool pair_is_prim(const Expr *l, const Expr *r) { return is_prim_expr(l) || is_prim_expr(r); }

/* Truthiness of a value as a cbool. */
static int truth(Gen *g, int v, const Type *t) {
    ValType vt = vt_of(g, v);
    if (vt == VT_OF_PRIM(P_CBOOL)) return v;
    if (VT_IS_PRIM(vt)) {
        int zero = prim_const(g, vt, 0, 0.0);
        return compare_values(g, v, zero, CMP_NE, true);
    }
    return emit_value(g, IR_IS_TRUE, VT_OF_PRIM(P_CBOOL), 1, &v);
}

static int gen_compare(Gen *g, Expr *e) {
    int n = e->elts.len;
    Expr *first = VEC_AT(e->elts, Expr, 0), *second = VEC_AT(e->elts, Expr, 1);
    if (n == 2) {
        bool prim = pair_is_prim(first, second);
        Type *opt = prim ? operand_prim_type(first, second) : TY.object;
        Expr *ops[2] = {first, second};
        Type *dsts[2] = {opt, opt};
        int v[2];
        gen_operands(g, ops, 2, dsts, v);
        int r = compare_values(g, v[0], v[1], e->cmp_ops[0], prim);
        return coerce(g, r, prim ? TY.prim[P_CBOOL] : TY.bool_, e->type);
    }
    /* a < b < c: each middle operand is evaluated once and kept in a variable. */
    ValType rvt = vt_of_type(e->type);
    int result = new_hidden_var(g, rvt, "cmp");
    IrBlock *done = ir_block_new(g->fn);
    int left = gen_expr(g, first);
    int left_var = new_hidden_var(g, vt_of(g, left), "l");
    store_var(g, left_var, left);
    for (int i = 1; i < n; i++) {
        Expr *le = VEC_AT(e->elts, Expr, i - 1), *re = VEC_AT(e->elts, Expr, i);
        bool prim = pair_is_prim(le, re);
        Type *opt = prim ? operand_prim_type(le, re) : TY.object;
        int r = gen_expr_to(g, re, opt);
        int l = coerce(g, load_var(g, left_var, false), le->type, opt);
        int c = compare_values(g, l, r, e->cmp_ops[i - 1], prim);
        c = coerce(g, c, prim ? TY.prim[P_CBOOL] : TY.bool_, e->type);
        if (i == n - 1) {
            store_var(g, result, c);
            break;
        }
        left_var = new_hidden_var(g, vt_of(g, r), "l");
        store_var(g, left_var, r);
        int t = truth(g, c, e->type);
        store_var(g, result, c);
        IrBlock *next = ir_block_new(g->fn);
        branch(g, t, next->id, done->id);
        g->bb = next;
    }
    start_block(g, done);
    return load_var(g, result, false);
}

/* a and b / a or b as a value: the deciding operand is the result. */
static int gen_boolop(Gen *g, Expr *e) {
    int result = new_hidden_var(g, vt_of_type(e->type), "bool");
    IrBlock *rhs = ir_block_new(g->fn), *done = ir_block_new(g->fn);
    int l = gen_expr_to(g, e->left, e->type);
    int c = truth(g, l, e->type);
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
    IrBlock *yes = ir_block_new(g->fn), *no = ir_block_new(g->fn), *done = ir_block_new(g->fn);
    gen_branch(g, e->test, yes->id, no->id);
    g->bb = yes;
    store_var(g, result, gen_expr_to(g, e->body, e->type));
    jump(g, done);
    g->bb = no;
    store_var(g, result, gen_expr_to(g, e->orelse, e->type));
    start_block(g, done);
    return load_var(g, result, false);
}

static int gen_build(Gen *g, Expr *e, IrOp op) {
    int n = e->elts.len;
    for (int i = 0; i < n; i++)
        if (VEC_AT(e->elts, Expr, i)->kind == E_STARRED) {
            unsupported(g, VEC_AT(e->elts, Expr, i)->span, "starred expression in a display");
            return load_const(g, C_NONE);
        }
    Type **dsts = ARENA_ARRAY(g->a, Type *, n + 1);
    for (int i = 0; i < n; i++) dsts[i] = TY.object;
    int *v = ARENA_ARRAY(g->a, int, n + 1);
    gen_operands(g, (Expr **)e->elts.items, n, dsts, v);
    return emit_value(g, op, VT_OBJ, n, v);
}

static int gen_dict(Gen *g, Expr *e) {
    int n = e->elts.len;
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
    int *v = ARENA_ARRAY(g->a, int, 2 * n + 1);
    gen_operands(g, es, 2 * n, dsts, v);
    return emit_value(g, IR_BUILD_MAP, VT_OBJ, 2 * n, v);
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

static int gen_subscript(Gen *g, Expr *e) {
    int obj = gen_expr_to(g, e->left, TY.object);
    if (has_control_flow(e->right)) {
        int var = new_hidden_var(g, VT_OBJ, "p");
        store_var(g, var, obj);
        int key = gen_index(g, e->right);
        int args[2] = {load_var(g, var, false), key};
        return emit_value(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args);
    }
    int args[2] = {obj, gen_index(g, e->right)};
    return emit_value(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args);
}

static int gen_attribute(Gen *g, Expr *e) {
    int obj = gen_expr_to(g, e->left, TY.object);
    int dest;
    emit_value_in(g, IR_LOAD_ATTR, VT_OBJ, 1, &obj, &dest)->cidx = ir_const_str(g->ir, e->id);
    return dest;
}

/* ---- calls ---- */

static int param_index_of(const Expr *call, const Expr *arg) {
    for (int i = 0; i < call->callee->params.len; i++)
        if (call->bound[i] == arg) return i;
    return -1;
}

static bool is_literal(const Expr *e) {
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_BYTES: case E_TRUE: case E_FALSE: case E_NONE: case E_ELLIPSIS:
        return true;
    case E_UNARYOP: return e->op == UOP_NEG && e->left && (e->left->kind == E_INT || e->left->kind == E_FLOAT);
    default: return false;
    }
}

/* The value of param i's default at a static call site: literals inline, others from
 * the function object (evaluated once when the def ran, as in CPython). */
static int gen_default(Gen *g, FuncDecl *callee, int i) {
    Param *p = VEC_AT(callee->params, Param, i);
    if (is_literal(p->default_)) return gen_literal(g, p->default_, p->type);
    int dest;
    IrInstr *in = emit_value_in(g, IR_LOAD_DEFAULT, VT_OBJ, 0, NULL, &dest);
    in->func = g->entry_of[callee->index];
    in->imm = i;
    return coerce(g, dest, TY.dynamic, p->type);
}

/* INVOKE_FUNCTION: arguments evaluated in source order, passed in parameter order. */
static int gen_static_call(Gen *g, Expr *e) {
    FuncDecl *callee = e->callee;
    int nargs = e->elts.len + e->keywords.len, np = callee->params.len;
    Expr **es = ARENA_ARRAY(g->a, Expr *, nargs + 1);
    Type **dsts = ARENA_ARRAY(g->a, Type *, nargs + 1);
    int *pidx = ARENA_ARRAY(g->a, int, nargs + 1);
    for (int i = 0; i < nargs; i++) {
        es[i] = i < e->elts.len ? VEC_AT(e->elts, Expr, i)
                                : VEC_AT(e->keywords, Keyword, i - e->elts.len)->value;
        pidx[i] = param_index_of(e, es[i]);
        if (pidx[i] < 0) {
            diag_report(g->d, g->mod->path, D_INTERNAL, es[i]->span, "call argument not bound to a parameter");
            g->failed = true;
            return load_const(g, C_NONE);
        }
        dsts[i] = VEC_AT(callee->params, Param, pidx[i])->type;
    }
    int *vals = ARENA_ARRAY(g->a, int, nargs + 1);
    gen_operands(g, es, nargs, dsts, vals);
    int *args = ARENA_ARRAY(g->a, int, np + 1);
    for (int i = 0; i < np; i++) args[i] = -1;
    for (int i = 0; i < nargs; i++) args[pidx[i]] = vals[i];
    for (int i = 0; i < np; i++)
        if (args[i] < 0) args[i] = gen_default(g, callee, i);
    int dest;
    emit_value_in(g, IR_INVOKE_FUNCTION, vt_of_type(callee->ret), np, args, &dest)->func =
        g->native_of[callee->index];
    return dest;
}

static int gen_dynamic_call(Gen *g, Expr *e) {
    int npos = e->elts.len, nkw = e->keywords.len;
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
    int *v = ARENA_ARRAY(g->a, int, npos + nkw + 2);
    gen_operands(g, es, npos + nkw + 1, dsts, v);
    int dest;
    IrInstr *in = emit_value_in(g, IR_CALL, VT_OBJ, npos + nkw + 1, v, &dest);
    in->imm = npos;
    in->cidx = nkw ? ir_const(g->ir, &(IrConst){.kind = C_TUPLE_OF_STR, .strs = names, .nstrs = nkw}) : -1;
    return dest;
}

static int gen_call(Gen *g, Expr *e) {
    Expr *arg0 = e->elts.len > 0 ? VEC_AT(e->elts, Expr, 0) : NULL;
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
    case CALL_DYNAMIC: break;
    }
    return gen_dynamic_call(g, e);
}

static int gen_expr(Gen *g, Expr *e) {
    int saved_line = g->line;
    if (e->span.line) g->line = e->span.line;
    int v;
    switch (e->kind) {
    case E_NAME: v = gen_name(g, e); break;
    case E_INT: case E_FLOAT: case E_STR: case E_BYTES: case E_TRUE: case E_FALSE: case E_NONE: case E_ELLIPSIS:
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
    case E_LIST: v = gen_build(g, e, IR_BUILD_LIST); break;
    case E_SET: v = gen_build(g, e, IR_BUILD_SET); break;
    case E_DICT: v = gen_dict(g, e); break;
    case E_SLICE: unsupported(g, e->span, "slice outside a subscript"); v = load_const(g, C_NONE); break;
    case E_STARRED: unsupported(g, e->span, "starred expression"); v = load_const(g, C_NONE); break;
    default:
        unsupported(g, e->span, e->what ? e->what : expr_kind_name(e->kind));
        v = load_const(g, C_NONE);
        break;
    }
    g->line = saved_line;
    return v;
}

/* Conditional jump on the truth of `e`, short-circuiting and/or/not without values. */
static void gen_branch(Gen *g, Expr *e, int t, int f) {
    if (e->kind == E_BOOLOP) {
        IrBlock *mid = ir_block_new(g->fn);
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
        if (strcmp(s->name, name) == 0) return s;
    }
    return NULL;
}

static void store_global(Gen *g, const char *name, int v) {
    emit(g, IR_STORE_GLOBAL, -1, 1, &v)->cidx = ir_const_str(g->ir, name);
}

/* Binds `name` (an import or a def) in the current scope. */
static void store_name(Gen *g, const char *name, int v) {
    Symbol *s = find_local(g, name);
    if (s && s->kind == SYM_LOCAL) store_var(g, local_var(g, s), coerce(g, v, TY.dynamic, s->type));
    else store_global(g, name, v);
}

static void gen_store(Gen *g, Expr *target, int v, const Type *vtype);

static void gen_store_unpack(Gen *g, Expr *target, int v) {
    int n = target->elts.len;
    for (int i = 0; i < n; i++)
        if (VEC_AT(target->elts, Expr, i)->kind == E_STARRED) {
            unsupported(g, target->span, "starred assignment target");
            return;
        }
    int tuple;
    emit_value_in(g, IR_UNPACK_SEQUENCE, VT_OBJ, 1, &v, &tuple)->imm = n;
    bool any_cf = false;
    for (int i = 0; i < n; i++) any_cf |= has_control_flow(VEC_AT(target->elts, Expr, i));
    int var = -1;
    if (any_cf) { var = new_hidden_var(g, VT_OBJ, "u"); store_var(g, var, tuple); }
    for (int i = 0; i < n; i++) {
        int t = any_cf ? load_var(g, var, false) : tuple;
        int item;
        emit_value_in(g, IR_TUPLE_ITEM, VT_OBJ, 1, &t, &item)->imm = i;
        gen_store(g, VEC_AT(target->elts, Expr, i), item, TY.dynamic);
    }
}

/* Stores value v (static type vtype) into an assignment target. */
static void gen_store(Gen *g, Expr *target, int v, const Type *vtype) {
    int saved_line = g->line;
    if (target->span.line) g->line = target->span.line;
    switch (target->kind) {
    case E_NAME: {
        Symbol *s = target->sym;
        if (s && s->kind == SYM_LOCAL && g->decl) store_var(g, local_var(g, s), coerce(g, v, vtype, s->type));
        else store_global(g, target->id, coerce(g, v, vtype, s && s->type ? s->type : TY.dynamic));
        break;
    }
    case E_ATTRIBUTE: case E_SUBSCRIPT: {
        v = coerce(g, v, vtype, TY.object);
        bool cf = has_control_flow(target->left) || has_control_flow(target->right);
        int var = -1;
        if (cf) { var = new_hidden_var(g, VT_OBJ, "v"); store_var(g, var, v); }
        int obj = gen_expr_to(g, target->left, TY.object);
        if (target->kind == E_ATTRIBUTE) {
            int args[2] = {obj, cf ? load_var(g, var, false) : v};
            emit(g, IR_STORE_ATTR, -1, 2, args)->cidx = ir_const_str(g->ir, target->id);
        } else {
            int key = gen_index(g, target->right);
            int args[3] = {obj, key, cf ? load_var(g, var, false) : v};
            emit(g, IR_STORE_SUBSCR, -1, 3, args);
        }
        break;
    }
    case E_TUPLE: case E_LIST: gen_store_unpack(g, target, coerce(g, v, vtype, TY.object)); break;
    default: unsupported(g, target->span, "assignment target"); break;
    }
    g->line = saved_line;
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
static int augment(Gen *g, Stmt *s, int cur, const Type *cur_type) {
    if (type_is_prim(cur_type) || is_prim_expr(s->value)) {
        int r = gen_expr_to(g, s->value, cur_type);
        int args[2] = {cur, r}, dest;
        ValType vt = s->op == OP_POW ? VT_OF_PRIM(P_DOUBLE) : vt_of(g, cur);
        emit_value_in(g, IR_PRIMITIVE_BINARY_OP, vt, 2, args, &dest)->imm = s->op;
        return coerce(g, dest, s->op == OP_POW ? TY.prim[P_DOUBLE] : cur_type, cur_type);
    }
    int r = gen_expr_to(g, s->value, TY.object);
    int args[2] = {cur, r}, dest;
    IrInstr *in = emit_value_in(g, IR_BINARY_OP, VT_OBJ, 2, args, &dest);
    in->imm = s->op;
    in->imm2 = 1;
    return dest;
}

static void gen_augassign(Gen *g, Stmt *s) {
    Expr *t = s->target;
    if (has_control_flow(s->value) || has_control_flow(t->left) || has_control_flow(t->right)) {
        unsupported(g, s->span, "branching expression in an augmented assignment");
        return;
    }
    if (t->kind == E_NAME) {
        int cur = gen_name(g, t);
        int r = augment(g, s, cur, t->type);
        gen_store(g, t, r, t->type);
    } else if (t->kind == E_ATTRIBUTE) {
        int obj = gen_expr_to(g, t->left, TY.object), cur;
        emit_value_in(g, IR_LOAD_ATTR, VT_OBJ, 1, &obj, &cur)->cidx = ir_const_str(g->ir, t->id);
        int r = augment(g, s, cur, TY.dynamic);
        int args[2] = {obj, r};
        emit(g, IR_STORE_ATTR, -1, 2, args)->cidx = ir_const_str(g->ir, t->id);
    } else if (t->kind == E_SUBSCRIPT) {
        int obj = gen_expr_to(g, t->left, TY.object);
        int key = gen_index(g, t->right);
        int args[2] = {obj, key};
        int cur = emit_value(g, IR_BINARY_SUBSCR, VT_OBJ, 2, args);
        int r = augment(g, s, cur, TY.dynamic);
        int sargs[3] = {obj, key, r};
        emit(g, IR_STORE_SUBSCR, -1, 3, sargs);
    } else {
        unsupported(g, t->span, "augmented assignment target");
    }
}

static void gen_if(Gen *g, Stmt *s) {
    IrBlock *then = ir_block_new(g->fn), *els = ir_block_new(g->fn), *done = ir_block_new(g->fn);
    gen_branch(g, s->test, then->id, els->id);
    g->bb = then;
    gen_block(g, &s->body);
    jump(g, done);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
}

static void gen_loop_body(Gen *g, PtrVec *body, int break_bb, int continue_bb) {
    Loop loop = {break_bb, continue_bb, g->loop};
    g->loop = &loop;
    gen_block(g, body);
    g->loop = loop.outer;
}

static void gen_while(Gen *g, Stmt *s) {
    IrBlock *head = ir_block_new(g->fn), *body = ir_block_new(g->fn), *els = ir_block_new(g->fn),
            *done = ir_block_new(g->fn);
    start_block(g, head);
    gen_branch(g, s->test, body->id, els->id);
    g->bb = body;
    gen_loop_body(g, &s->body, done->id, head->id);
    jump(g, head);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
}

static void gen_for(Gen *g, Stmt *s) {
    int it = gen_expr_to(g, s->iter, TY.object);
    it = emit_value(g, IR_GET_ITER, VT_OBJ, 1, &it);
    int it_var = new_hidden_var(g, VT_OBJ, "it"), item_var = new_hidden_var(g, VT_OBJ, "item");
    store_var(g, it_var, it);
    IrBlock *head = ir_block_new(g->fn), *body = ir_block_new(g->fn), *els = ir_block_new(g->fn),
            *done = ir_block_new(g->fn);
    start_block(g, head);
    int args[2] = {load_var(g, it_var, false), item_var};
    IrInstr *in = emit(g, IR_FOR_ITER, -1, 2, args);
    in->target = body->id;
    in->target2 = els->id;
    g->bb = body;
    gen_store(g, s->target, load_var(g, item_var, false), TY.dynamic);
    gen_loop_body(g, &s->body, done->id, head->id);
    jump(g, head);
    g->bb = els;
    gen_block(g, &s->orelse);
    start_block(g, done);
    store_var(g, it_var, load_const(g, C_NONE));   /* the iterator dies with the loop */
}

static void gen_return(Gen *g, Stmt *s) {
    if (!g->decl) {   /* the checker reports 'return' outside function */
        unsupported(g, s->span, "return outside function");
        return;
    }
    const Type *ret = g->decl->ret;
    int v;
    if (s->value) v = gen_expr_to(g, s->value, ret);
    else if (type_is_prim(ret)) v = prim_const(g, vt_of_type(ret), 0, 0.0);
    else v = load_const(g, C_NONE);
    emit(g, IR_RETURN, -1, 1, &v);
}

static void gen_raise(Gen *g, Stmt *s) {
    int args[2], n = 0;
    if (s->value) args[n++] = gen_expr_to(g, s->value, TY.object);
    if (s->msg) args[n++] = gen_expr_to(g, s->msg, TY.object);
    emit(g, IR_RAISE, -1, n, args);
}

static void gen_assert(Gen *g, Stmt *s) {
    IrBlock *fail = ir_block_new(g->fn), *ok = ir_block_new(g->fn);
    gen_branch(g, s->test, ok->id, fail->id);
    g->bb = fail;
    int msg = s->msg ? gen_expr_to(g, s->msg, TY.object) : -1;
    emit(g, IR_RAISE_ASSERT, -1, msg >= 0 ? 1 : 0, &msg);
    g->bb = ok;
}

static void gen_delete_target(Gen *g, Expr *t) {
    switch (t->kind) {
    case E_NAME:
        if (t->sym && t->sym->kind == SYM_LOCAL && g->decl) {
            int var = local_var(g, t->sym);
            emit(g, IR_DELETE_VAR, -1, 1, &var);
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
    if (s->import_star) {
        unsupported(g, s->span, "from ... import *");
        return;
    }
    int n = s->names.len;
    const char **names = ARENA_ARRAY(g->a, const char *, n + 1);
    for (int i = 0; i < n; i++) names[i] = VEC_AT(s->names, Alias, i)->name;
    int mod;
    IrInstr *in = emit_value_in(g, IR_IMPORT_NAME, VT_OBJ, 0, NULL, &mod);
    in->cidx = ir_const_str(g->ir, s->module ? s->module : "");
    in->cidx2 = ir_const(g->ir, &(IrConst){.kind = C_TUPLE_OF_STR, .strs = names, .nstrs = n});
    in->imm = s->level;
    for (int i = 0; i < n; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        int v;
        emit_value_in(g, IR_IMPORT_FROM, VT_OBJ, 1, &mod, &v)->cidx = ir_const_str(g->ir, al->name);
        store_name(g, al->asname ? al->asname : al->name, v);
    }
}

/* def at module level: decorators, then defaults, evaluated when the def runs (as in
 * CPython); the function object is bound to its name in the module. */
static void gen_funcdef(Gen *g, Stmt *s) {
    FuncDecl *fd = s->func;
    if (!fd) {
        unsupported(g, s->span, "function definition here");
        return;
    }
    int ndec = s->decorators.len;
    int *decs = ARENA_ARRAY(g->a, int, ndec + 1);
    for (int i = 0; i < ndec; i++) {
        decs[i] = new_hidden_var(g, VT_OBJ, "dec");
        store_var(g, decs[i], gen_expr_to(g, VEC_AT(s->decorators, Expr, i), TY.object));
    }
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
    for (int i = ndec - 1; i >= 0; i--) {
        int cargs[2] = {load_var(g, decs[i], false), fn};
        IrInstr *call = emit_value_in(g, IR_CALL, VT_OBJ, 2, cargs, &fn);
        call->imm = 1;
        call->cidx = -1;
    }
    store_name(g, s->name, fn);
}

static void gen_stmt(Gen *g, Stmt *s) {
    g->line = s->span.line;
    switch (s->kind) {
    case S_EXPR: gen_expr(g, s->value); break;
    case S_ASSIGN: gen_assign(g, s); break;
    case S_ANNASSIGN: gen_annassign(g, s); break;
    case S_AUGASSIGN: gen_augassign(g, s); break;
    case S_IF: gen_if(g, s); break;
    case S_WHILE: gen_while(g, s); break;
    case S_FOR: gen_for(g, s); break;
    case S_RETURN: gen_return(g, s); break;
    case S_PASS: case S_GLOBAL: case S_NONLOCAL: break;
    case S_BREAK: case S_CONTINUE:
        if (!g->loop) { unsupported(g, s->span, "break/continue outside loop"); break; }
        emit(g, IR_JUMP, -1, 0, NULL)->target = s->kind == S_BREAK ? g->loop->break_bb : g->loop->continue_bb;
        break;
    case S_ASSERT: gen_assert(g, s); break;
    case S_RAISE: gen_raise(g, s); break;
    case S_DELETE:
        for (int i = 0; i < s->targets.len; i++) gen_delete_target(g, VEC_AT(s->targets, Expr, i));
        break;
    case S_FUNCDEF: gen_funcdef(g, s); break;
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
    g->hidden = 0;
    g->bb = ir_block_new(fn);
    g->line = decl && decl->def ? decl->def->span.line : 1;
}

static void gen_native(Gen *g, FuncDecl *fd) {
    IrFunc *fn = VEC_AT(g->ir->funcs, IrFunc, g->native_of[fd->index]);
    fn->ret = vt_of_type(fd->ret) == VT_VOID ? VT_OBJ : vt_of_type(fd->ret);
    fn->nparams = fd->params.len;
    g->var_of_local = ARENA_ARRAY(g->a, int, fd->locals.len + 1);
    g->fn = fn;
    for (int i = 0; i < fd->locals.len; i++) {
        Symbol *s = VEC_AT(fd->locals, Symbol, i);
        IrValue *v = ir_value_new(fn, vt_of_type(s->type) == VT_VOID ? VT_OBJ : vt_of_type(s->type), true, s->name);
        v->is_param = i < fd->params.len;
        g->var_of_local[i] = v->id;
    }
    begin_function(g, fn, fd);
    gen_block(g, &fd->def->body);
    seal_blocks(g);
}

/* The class object CHECK_ARGS tests a parameter against; -1 when it is unchecked. */
static int check_class_const(Gen *g, const Type *t) {
    if (t->kind == TY_OPTIONAL) t = t->inner;
    if (type_is_prim(t)) t = prim_boxed(t);
    if (t->kind != TY_CLASS || t == TY.object) return -1;
    if (t->module && strcmp(t->module, "builtins") != 0) return -1;   /* user classes: next milestone */
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
        int cidx = check_class_const(g, p->type);
        if (cidx >= 0) checks[nchecks++] = (IrCheck){.param = i, .type = p->type, .type_cidx = cidx};
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
    int r;
    emit_value_in(g, IR_INVOKE_FUNCTION, native->ret, np, args, &r)->func = native->index;
    if (VT_IS_PRIM(native->ret)) r = emit_value(g, IR_PRIMITIVE_BOX, VT_OBJ, 1, &r);
    emit(g, IR_RETURN, -1, 1, &r);
}

static void gen_module_body(Gen *g) {
    IrFunc *fn = ir_func_new(g->ir, "__module__", IRF_MODULE_BODY);
    fn->py_name = "<module>";
    fn->qualname = "<module>";
    fn->ret = VT_OBJ;
    fn->first_line = 1;
    g->ir->body_func = fn->index;
    begin_function(g, fn, NULL);
    Stmt *first = g->mod->body.len ? VEC_AT(g->mod->body, Stmt, 0) : NULL;
    if (first && first->kind == S_EXPR && first->value->kind == E_STR)   /* module docstring */
        store_global(g, "__doc__", gen_expr(g, first->value));
    gen_block(g, &g->mod->body);
    seal_blocks(g);
}

/* Declares the native and Python-facing IrFuncs of every def up front, so calls can
 * refer to functions defined later in the file. */
static void declare_functions(Gen *g) {
    int n = g->mod->funcs.len;
    g->native_of = ARENA_ARRAY(g->a, int, n + 1);
    g->entry_of = ARENA_ARRAY(g->a, int, n + 1);
    for (int i = 0; i < n; i++) {
        FuncDecl *fd = VEC_AT(g->mod->funcs, FuncDecl, i);
        IrFunc *native = ir_func_new(g->ir, arena_printf(g->a, "%s", fd->name), IRF_NATIVE);
        IrFunc *entry = ir_func_new(g->ir, arena_printf(g->a, "%s$py", fd->name), IRF_PY_ENTRY);
        native->decl = entry->decl = fd;
        native->py_name = entry->py_name = fd->name;
        native->qualname = entry->qualname = fd->name;
        native->py_entry = entry->index;
        native->ret = vt_of_type(fd->ret) == VT_VOID ? VT_OBJ : vt_of_type(fd->ret);
        native->nparams = fd->params.len;
        entry->native = native->index;
        entry->ret = VT_OBJ;
        entry->n_args = fd->params.len;
        entry->arg_names = ARENA_ARRAY(g->a, const char *, fd->params.len + 1);
        for (int j = 0; j < fd->params.len; j++) {
            Param *p = VEC_AT(fd->params, Param, j);
            entry->arg_names[j] = p->name;
            if (p->kind == PARAM_KWONLY) entry->n_kwonly++;
            else entry->n_positional++;
        }
        native->first_line = entry->first_line = fd->def ? fd->def->span.line : 1;
        g->native_of[i] = native->index;
        g->entry_of[i] = entry->index;
    }
}

IrModule *irgen_module(Module *m, Arena *a, Diags *d) {
    Gen g = {.mod = m, .a = a, .d = d};
    g.ir = ir_module_new(a, m->name, m->path);
    declare_functions(&g);
    for (int i = 0; i < m->funcs.len; i++) {
        FuncDecl *fd = VEC_AT(m->funcs, FuncDecl, i);
        gen_native(&g, fd);
        gen_py_entry(&g, fd);
    }
    gen_module_body(&g);
    return g.failed ? NULL : g.ir;
}
