/* test_ir.c — unit tests of ir.c: op table, builders, constants, the verifier (one test
 * per class of problem), the refcount pass (one test per ownership rule) and the
 * `spc dis` printer (exact text). Functions are built by hand with the builders. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ir.h"

#define VT_I64 VT_OF_PRIM(P_INT64)
#define VT_CBOOL VT_OF_PRIM(P_CBOOL)
#define VT_DBL VT_OF_PRIM(P_DOUBLE)

/* ---- helpers ---- */

static Arena arena;

static int setup(void **state) { (void)state; arena = (Arena){ 0 }; return 0; }
static int teardown(void **state) { (void)state; arena_free(&arena); return 0; }

static IrModule *module(void) { return ir_module_new(&arena, "t", "t.py"); }

static IrFunc *body(IrModule *m, const char *name) {
    IrFunc *f = ir_func_new(m, name, IRF_MODULE_BODY);
    m->body_func = f->index;
    return f;
}

static int tmp(IrFunc *f, ValType vt) { return ir_value_new(f, vt, false, NULL)->id; }
static int var(IrFunc *f, ValType vt, const char *n) { return ir_value_new(f, vt, true, n)->id; }

static IrInstr *e0(IrModule *m, IrBlock *b, IrOp op, int dest) { return ir_emit(m, b, op, dest, 0, NULL); }
static IrInstr *e1(IrModule *m, IrBlock *b, IrOp op, int dest, int a) {
    return ir_emit(m, b, op, dest, 1, (int[]){ a });
}
static IrInstr *e2(IrModule *m, IrBlock *b, IrOp op, int dest, int a, int c) {
    return ir_emit(m, b, op, dest, 2, (int[]){ a, c });
}

static IrInstr *load_global(IrModule *m, IrFunc *f, IrBlock *b, const char *name) {
    IrInstr *in = e0(m, b, IR_LOAD_GLOBAL, tmp(f, VT_OBJ));
    in->cidx = ir_const_str(m, name);
    return in;
}

static int none_const(IrModule *m) { return ir_const(m, &(IrConst){ .kind = C_NONE }); }

static IrInstr *load_none(IrModule *m, IrFunc *f, IrBlock *b) {
    IrInstr *in = e0(m, b, IR_LOAD_CONST, tmp(f, VT_OBJ));
    in->cidx = none_const(m);
    return in;
}

static void return_none(IrModule *m, IrFunc *f, IrBlock *b) {
    e1(m, b, IR_RETURN, -1, load_none(m, f, b)->dest);
}

static IrInstr *call0(IrModule *m, IrFunc *f, IrBlock *b, int callee) {
    IrInstr *in = e1(m, b, IR_CALL, tmp(f, VT_OBJ), callee);
    in->imm = 0;
    return in;
}

/* Runs `fn` with output captured in a malloc'ed string. */
static char *capture_print(const IrModule *m) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ir_print(out, m);
    fclose(out);
    return buf;
}

static char *capture_verify(const IrModule *m, int *count) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    *count = ir_verify(m, out);
    fclose(out);
    return buf;
}

static void assert_verifies(const IrModule *m) {
    int n;
    char *text = capture_verify(m, &n);
    if (n) fprintf(stderr, "%s", text);
    assert_int_equal(n, 0);
    assert_string_equal(text, "");
    free(text);
}

/* Expects exactly `count` problems, the first containing `needle`. */
static void assert_problem(const IrModule *m, int count, const char *needle) {
    int n;
    char *text = capture_verify(m, &n);
    if (n != count || !strstr(text, needle)) fprintf(stderr, "verify said:\n%s", text);
    assert_int_equal(n, count);
    assert_non_null(strstr(text, needle));
    assert_non_null(strstr(text, "ir verify: f: block "));
    free(text);
}

static void assert_dis(const IrModule *m, const char *expected) {
    char *text = capture_print(m);
    if (strcmp(text, expected) != 0) fprintf(stderr, "got:\n%s\nexpected:\n%s", text, expected);
    assert_string_equal(text, expected);
    free(text);
}

/* ---- op table, value types, constants, builders ---- */

static void test_op_table(void **state) {
    (void)state;
    assert_string_equal(ir_op_info[IR_RETURN].name, "RETURN");
    assert_int_equal(ir_op_info[IR_RETURN].flags, F_TERM | F_STEALS);
    assert_int_equal(ir_op_info[IR_TUPLE_ITEM].flags, F_BORROW0);
    assert_int_equal(ir_op_info[IR_LOAD_GLOBAL].error, X_NULL);
    assert_string_equal(ir_op_info[IR_DECREF].name, "DECREF");
    assert_string_equal(vt_name(VT_OBJ), "obj");
    assert_string_equal(vt_name(VT_I64), "int64");
    assert_string_equal(vt_name(VT_DBL), "double");
    assert_string_equal(vt_name(VT_CBOOL), "cbool");
    assert_string_equal(vt_name(VT_VOID), "void");
    Type prim = { .kind = TY_PRIM, .name = "uint16", .prim = P_UINT16 };
    Type cls = { .kind = TY_CLASS, .name = "str" };
    Type vd = { .kind = TY_VOID, .name = "void" };
    assert_int_equal(vt_of_type(&prim), VT_OF_PRIM(P_UINT16));
    assert_int_equal(vt_of_type(&cls), VT_OBJ);
    assert_int_equal(vt_of_type(&vd), VT_VOID);
    assert_int_equal(ir_error_sentinel_int(VT_I64), -1);
    assert_int_equal(ir_error_sentinel_int(VT_OF_PRIM(P_INT8)), -1);
    assert_int_equal(ir_error_sentinel_int(VT_OF_PRIM(P_UINT8)), 255);
    assert_int_equal(ir_error_sentinel_int(VT_OF_PRIM(P_UINT32)), 4294967295LL);
    assert_true((uint64_t)ir_error_sentinel_int(VT_OF_PRIM(P_UINT64)) == UINT64_MAX);
    assert_int_equal(ir_error_sentinel_int(VT_CBOOL), 2);
    assert_int_equal(ir_error_sentinel_int(VT_DBL), -1);
}

static void test_builders(void **state) {
    (void)state;
    IrModule *m = module();
    assert_int_equal(m->body_func, -1);
    IrFunc *f0 = ir_func_new(m, "a", IRF_NATIVE), *f1 = ir_func_new(m, "b", IRF_PY_ENTRY);
    assert_int_equal(f0->index, 0);
    assert_int_equal(f1->index, 1);
    assert_int_equal(m->funcs.len, 2);
    assert_int_equal(f0->py_entry, -1);
    assert_int_equal(f0->native, -1);
    IrBlock *b0 = ir_block_new(f0), *b1 = ir_block_new(f0);
    assert_int_equal(b0->id, 0);
    assert_int_equal(b1->id, 1);
    IrValue *v0 = ir_value_new(f0, VT_I64, true, "n"), *v1 = ir_value_new(f0, VT_OBJ, false, NULL);
    assert_int_equal(v0->id, 0);
    assert_int_equal(v1->id, 1);
    assert_true(v0->is_var);
    int args[2] = { 0, 0 };
    IrInstr *in = ir_emit(m, b0, IR_PRIMITIVE_BINARY_OP, -1, 2, args);
    args[0] = 7;   /* the instruction keeps its own copy */
    assert_int_equal(in->args[0], 0);
    assert_int_equal(in->cidx, -1);
    assert_int_equal(in->cidx2, -1);
    assert_int_equal(in->func, -1);
    assert_int_equal(in->target, -1);
    assert_int_equal(in->target2, -1);
    assert_ptr_equal(VEC_AT(b0->instrs, IrInstr, 0), in);
}

static void test_const_dedup(void **state) {
    (void)state;
    IrModule *m = module();
    char buf[8] = "name";
    int a = ir_const_str(m, buf);
    strcpy(buf, "zzzz");   /* the module copied the text */
    assert_int_equal(ir_const_str(m, "name"), a);
    assert_int_not_equal(ir_const_builtin(m, "name"), a);
    assert_int_equal(ir_const_builtin(m, "name"), ir_const_builtin(m, "name"));
    int none = none_const(m);
    assert_int_equal(none_const(m), none);
    assert_int_not_equal(ir_const(m, &(IrConst){ .kind = C_TRUE }), none);
    int z = ir_const(m, &(IrConst){ .kind = C_FLOAT, .f = 0.0 });
    assert_int_not_equal(ir_const(m, &(IrConst){ .kind = C_FLOAT, .f = -0.0 }), z);
    assert_int_equal(ir_const(m, &(IrConst){ .kind = C_FLOAT, .f = 0.0 }), z);
    int i1 = ir_const(m, &(IrConst){ .kind = C_INT, .s = "10" });
    assert_int_equal(ir_const(m, &(IrConst){ .kind = C_INT, .s = "10" }), i1);
    assert_int_not_equal(ir_const(m, &(IrConst){ .kind = C_INT, .s = "0xa" }), i1);
    int b1 = ir_const(m, &(IrConst){ .kind = C_BYTES, .s = "a\0b", .len = 3 });
    assert_int_not_equal(ir_const(m, &(IrConst){ .kind = C_BYTES, .s = "a\0c", .len = 3 }), b1);
    assert_int_equal(ir_const(m, &(IrConst){ .kind = C_BYTES, .s = "a\0b", .len = 3 }), b1);
    assert_int_not_equal(ir_const(m, &(IrConst){ .kind = C_STR, .s = "a\0b", .len = 3 }), b1);
    const char *kw1[] = { "x", "y" }, *kw2[] = { "x", "y" }, *kw3[] = { "x" };
    int t = ir_const(m, &(IrConst){ .kind = C_TUPLE_OF_STR, .strs = kw1, .nstrs = 2 });
    assert_int_equal(ir_const(m, &(IrConst){ .kind = C_TUPLE_OF_STR, .strs = kw2, .nstrs = 2 }), t);
    assert_int_not_equal(ir_const(m, &(IrConst){ .kind = C_TUPLE_OF_STR, .strs = kw3, .nstrs = 1 }), t);
}

/* ---- verifier ---- */

/* A correct module: a native function and a body calling it. */
static IrModule *good_module(void) {
    IrModule *m = module();
    IrFunc *nat = ir_func_new(m, "g", IRF_NATIVE);
    nat->ret = VT_I64;
    nat->nparams = 1;
    int n = var(nat, VT_I64, "n");
    IrBlock *nb = ir_block_new(nat);
    e1(m, nb, IR_RETURN, -1, n);
    IrFunc *f = body(m, "f");
    int x = var(f, VT_OBJ, "x");
    IrBlock *b0 = ir_block_new(f), *b1 = ir_block_new(f), *b2 = ir_block_new(f);
    IrInstr *k = e0(m, b0, IR_PRIMITIVE_LOAD_CONST, tmp(f, VT_I64));
    k->imm = 3;
    IrInstr *inv = e1(m, b0, IR_INVOKE_FUNCTION, tmp(f, VT_I64), k->dest);
    inv->func = nat->index;
    IrInstr *cmp = e2(m, b0, IR_PRIMITIVE_COMPARE_OP, tmp(f, VT_CBOOL), inv->dest, k->dest);
    cmp->imm = CMP_LT;
    IrInstr *br = e1(m, b0, IR_BRANCH, -1, cmp->dest);
    br->target = 1;
    br->target2 = 2;
    IrInstr *g = load_global(m, f, b1, "y");
    e2(m, b1, IR_STORE_VAR, -1, x, g->dest);
    e0(m, b1, IR_JUMP, -1)->target = 2;
    return_none(m, f, b2);
    return m;
}

static IrFunc *func_named(IrModule *m, const char *name) {
    for (int i = 0; i < m->funcs.len; i++)
        if (strcmp(VEC_AT(m->funcs, IrFunc, i)->name, name) == 0) return VEC_AT(m->funcs, IrFunc, i);
    return NULL;
}

static IrBlock *block(IrModule *m, int id) { return VEC_AT(func_named(m, "f")->blocks, IrBlock, id); }
static IrInstr *instr(IrModule *m, int b, int i) { return VEC_AT(block(m, b)->instrs, IrInstr, i); }

static void test_verify_good(void **state) {
    (void)state;
    IrModule *m = good_module();
    assert_verifies(m);
    ir_refcount(m);
    assert_verifies(m);
}

static void test_verify_empty_block(void **state) {
    (void)state;
    IrModule *m = good_module();
    ir_block_new(func_named(m, "f"));
    assert_problem(m, 1, "block 3: (no instruction): empty block");
}

static void test_verify_missing_terminator(void **state) {
    (void)state;
    IrModule *m = good_module();
    block(m, 2)->instrs.len--;   /* drop the RETURN */
    assert_problem(m, 1, "LOAD_CONST None: block does not end with a terminator");
}

static void test_verify_early_terminator(void **state) {
    (void)state;
    IrModule *m = good_module();
    IrBlock *b = block(m, 1);
    void *jump = b->instrs.items[2];
    b->instrs.items[2] = b->instrs.items[1];
    b->instrs.items[1] = jump;       /* JUMP before STORE_VAR */
    assert_problem(m, 2, "JUMP -> bb2: terminator before the end of the block");
}

static void test_verify_bad_target(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 0, 3)->target2 = 9;
    assert_problem(m, 1, "BRANCH %3 -> bb1, bb9: bad branch target 9");
}

static void test_verify_temp_defined_twice(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 2, 0)->dest = instr(m, 1, 0)->dest;   /* LOAD_CONST None into LOAD_GLOBAL's temp */
    int n;
    char *text = capture_verify(m, &n);
    assert_true(n >= 1);
    assert_non_null(strstr(text, "temp %4 defined twice"));
    free(text);
}

static void test_verify_use_before_def(void **state) {
    (void)state;
    IrModule *m = good_module();
    IrBlock *b0 = block(m, 0);
    void *t = b0->instrs.items[0];   /* INVOKE before the constant it reads */
    b0->instrs.items[0] = b0->instrs.items[1];
    b0->instrs.items[1] = t;
    assert_problem(m, 1, "INVOKE_FUNCTION g %1: temp %1 used before its definition in this block");
}

static void test_verify_temp_from_other_block(void **state) {
    (void)state;
    IrModule *m = good_module();
    /* block 2 returns the LOAD_GLOBAL temp of block 1 */
    instr(m, 2, 1)->args[0] = instr(m, 1, 0)->dest;
    assert_problem(m, 1, "RETURN %4: temp %4 used before its definition in this block");
}

static void test_verify_dest_presence(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 1, 0)->dest = -1;   /* LOAD_GLOBAL without a dest */
    int n;
    char *text = capture_verify(m, &n);
    assert_non_null(strstr(text, "LOAD_GLOBAL 'y': op has a result but no dest"));
    free(text);
    m = good_module();
    instr(m, 1, 1)->dest = tmp(func_named(m, "f"), VT_OBJ);   /* STORE_VAR with a dest */
    assert_problem(m, 1, "op has no result but a dest");
}

static void test_verify_dest_is_var(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 1, 0)->dest = 0;   /* LOAD_GLOBAL straight into $x */
    int n;
    char *text = capture_verify(m, &n);
    assert_non_null(strstr(text, "dest is a variable"));
    free(text);
}

static void test_verify_dest_type(void **state) {
    (void)state;
    IrModule *m = good_module();
    VEC_AT(func_named(m, "f")->values, IrValue, instr(m, 1, 0)->dest)->vt = VT_I64;
    int n;
    char *text = capture_verify(m, &n);
    assert_non_null(strstr(text, "dest type int64 does not fit the op's result"));
    free(text);
}

static void test_verify_branch_not_cbool(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 0, 3)->args[0] = instr(m, 0, 1)->dest;   /* BRANCH on the int64 */
    assert_problem(m, 1, "BRANCH %2 -> bb1, bb2: operand 0 must be a cbool");
}

static void test_verify_store_var_needs_var(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 1, 1)->args[0] = instr(m, 1, 0)->dest;   /* STORE_VAR %4 := %4 */
    assert_problem(m, 1, "STORE_VAR %4, %4: operand 0 must be a variable");
}

static void test_verify_for_iter_target_var(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int it = var(f, VT_OBJ, "it");
    IrBlock *b0 = ir_block_new(f), *b1 = ir_block_new(f);
    IrInstr *g = load_global(m, f, b0, "x");
    IrInstr *fi = e2(m, b0, IR_FOR_ITER, -1, it, g->dest);   /* target is a temp */
    fi->target = 0;
    fi->target2 = 1;
    return_none(m, f, b1);
    assert_problem(m, 1, "FOR_ITER $it, %1 -> bb0, bb1: operand 1 must be an obj variable");
}

static void test_verify_primitive_operands(void **state) {
    (void)state;
    IrModule *m = good_module();
    IrFunc *f = func_named(m, "f");
    IrBlock *b = block(m, 1);
    /* PRIMITIVE_BINARY_OP on an obj, inserted before the JUMP */
    IrInstr *bad = e2(m, b, IR_PRIMITIVE_BINARY_OP, tmp(f, VT_I64), instr(m, 1, 0)->dest,
                      instr(m, 1, 0)->dest);
    bad->imm = OP_ADD;
    b->instrs.items[3] = b->instrs.items[2];
    b->instrs.items[2] = bad;
    assert_problem(m, 2, "PRIMITIVE_BINARY_OP + %4, %4: operand 0 must be a primitive");
}

static void test_verify_obj_operands(void **state) {
    (void)state;
    IrModule *m = good_module();
    IrFunc *f = func_named(m, "f");
    IrBlock *b0 = block(m, 0);
    IrInstr *bad = e1(m, b0, IR_LOAD_ATTR, tmp(f, VT_OBJ), instr(m, 0, 0)->dest);
    bad->cidx = ir_const_str(m, "real");
    b0->instrs.items[4] = b0->instrs.items[3];
    b0->instrs.items[3] = bad;
    /* the attribute result is never used: fine for the verifier */
    assert_problem(m, 1, "LOAD_ATTR 'real' %1: operand 0 must be an obj");
}

static void test_verify_invoke(void **state) {
    (void)state;
    IrModule *m = good_module();
    instr(m, 0, 1)->func = 7;
    assert_problem(m, 1, "INVOKE_FUNCTION <func ?7> %1: bad function index 7");
    m = good_module();
    instr(m, 0, 1)->nargs = 0;
    assert_problem(m, 1, "0 operands for 1 parameters");
    m = good_module();
    VEC_AT(func_named(m, "f")->values, IrValue, instr(m, 0, 1)->dest)->vt = VT_DBL;
    int n;
    char *text = capture_verify(m, &n);
    assert_non_null(strstr(text, "dest is double, callee returns int64"));
    free(text);
}

static void test_verify_return_type(void **state) {
    (void)state;
    IrModule *m = good_module();
    IrFunc *g = func_named(m, "g");
    g->ret = VT_OBJ;
    int n;
    char *text = capture_verify(m, &n);
    assert_non_null(strstr(text, "ir verify: g: block 0: RETURN $n: returns int64 from a function returning obj"));
    free(text);
}

static void test_verify_use_after_decref(void **state) {
    (void)state;
    IrModule *m = good_module();
    IrBlock *b = block(m, 1);
    IrInstr *dec = e1(m, b, IR_DECREF, -1, instr(m, 1, 0)->dest);
    b->instrs.items[3] = b->instrs.items[2];   /* LOAD_GLOBAL, DECREF, STORE_VAR, JUMP */
    b->instrs.items[2] = b->instrs.items[1];
    b->instrs.items[1] = dec;
    assert_problem(m, 1, "STORE_VAR $x, %4: temp %4 used after its DECREF");
    e1(m, b, IR_DECREF, -1, instr(m, 1, 0)->dest);   /* after the JUMP: two problems more */
    int n;
    char *text = capture_verify(m, &n);
    assert_int_equal(n, 5);   /* JUMP not last, DECREF last, used after DECREF, twice */
    assert_non_null(strstr(text, "DECREF %4: released twice"));
    free(text);
}

/* ---- refcount pass ---- */

static const char *const HDR = "module t (t.py)\n";

/* print('hi'): the callable and the call's unused result are released after the call. */
static void test_rc_decref_after_last_use(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    IrBlock *b = ir_block_new(f);
    IrInstr *p = load_global(m, f, b, "print");
    IrInstr *s = e0(m, b, IR_LOAD_CONST, tmp(f, VT_OBJ));
    s->cidx = ir_const_str(m, "hi");
    IrInstr *c = e2(m, b, IR_CALL, tmp(f, VT_OBJ), p->dest, s->dest);
    c->imm = 1;
    return_none(m, f, b);
    ir_refcount(m);
    assert_verifies(m);
    char expected[1024];
    snprintf(expected, sizeof expected, "%s%s", HDR,
             "const 0: str 'print'\n"
             "const 1: str 'hi'\n"
             "const 2: none None\n"
             "\n"
             "func f  module_body\n"
             "  bb0:\n"
             "    %0: obj = LOAD_GLOBAL 'print'\n"
             "    %1: obj = LOAD_CONST 'hi'\n"
             "    %2: obj = CALL pos=1 %0, %1\n"
             "    DECREF %0\n"
             "    DECREF %2\n"
             "    %3: obj = LOAD_CONST None\n"
             "    INCREF %3\n"
             "    RETURN %3\n");
    assert_dis(m, expected);
}

/* x = g(); return x: stolen at the last use, nothing inserted. */
static void test_rc_stolen_at_last_use(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int x = var(f, VT_OBJ, "x");
    IrBlock *b = ir_block_new(f);
    IrInstr *g = load_global(m, f, b, "g");
    IrInstr *c = call0(m, f, b, g->dest);
    e2(m, b, IR_STORE_VAR, -1, x, c->dest);
    IrInstr *l = e1(m, b, IR_LOAD_VAR, tmp(f, VT_OBJ), x);
    e1(m, b, IR_RETURN, -1, l->dest);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: str 'g'\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $x: obj\n"
                  "  bb0:\n"
                  "    %1: obj = LOAD_GLOBAL 'g'\n"
                  "    %2: obj = CALL pos=0 %1\n"
                  "    DECREF %1\n"
                  "    STORE_VAR $x, %2\n"
                  "    %3: obj = LOAD_VAR $x\n"
                  "    RETURN %3\n");
}

/* x = 1 (a borrowed constant stored into a variable): INCREF first. */
static void test_rc_incref_borrowed_store(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int x = var(f, VT_OBJ, "x");
    IrBlock *b = ir_block_new(f);
    IrInstr *k = e0(m, b, IR_LOAD_CONST, tmp(f, VT_OBJ));
    k->cidx = ir_const(m, &(IrConst){ .kind = C_INT, .s = "1" });
    k->line = 1;
    e2(m, b, IR_STORE_VAR, -1, x, k->dest)->line = 1;
    return_none(m, f, b);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: int 1\n"
                  "const 1: none None\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $x: obj\n"
                  "  bb0:\n"
                  "    %1: obj = LOAD_CONST 1                          ; line 1\n"
                  "    INCREF %1\n"
                  "    STORE_VAR $x, %1                                ; line 1\n"
                  "    %2: obj = LOAD_CONST None\n"
                  "    INCREF %2\n"
                  "    RETURN %2\n");
}

/* a, b = g(): the tuple stays alive until the last item is stored; items are increfed. */
static void test_rc_borrow0_unpack(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int a = var(f, VT_OBJ, "a"), bv = var(f, VT_OBJ, "b");
    IrBlock *b = ir_block_new(f);
    IrInstr *g = load_global(m, f, b, "g");
    IrInstr *c = call0(m, f, b, g->dest);
    IrInstr *u = e1(m, b, IR_UNPACK_SEQUENCE, tmp(f, VT_OBJ), c->dest);
    u->imm = 2;
    IrInstr *i0 = e1(m, b, IR_TUPLE_ITEM, tmp(f, VT_OBJ), u->dest);
    IrInstr *i1 = e1(m, b, IR_TUPLE_ITEM, tmp(f, VT_OBJ), u->dest);
    i1->imm = 1;
    e2(m, b, IR_STORE_VAR, -1, a, i0->dest);
    e2(m, b, IR_STORE_VAR, -1, bv, i1->dest);
    return_none(m, f, b);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: str 'g'\n"
                  "const 1: none None\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $a: obj, $b: obj\n"
                  "  bb0:\n"
                  "    %2: obj = LOAD_GLOBAL 'g'\n"
                  "    %3: obj = CALL pos=0 %2\n"
                  "    DECREF %2\n"
                  "    %4: obj = UNPACK_SEQUENCE 2 %3\n"
                  "    DECREF %3\n"
                  "    %5: obj = TUPLE_ITEM 0 %4\n"
                  "    %6: obj = TUPLE_ITEM 1 %4\n"
                  "    INCREF %5\n"
                  "    STORE_VAR $a, %5\n"
                  "    INCREF %6\n"
                  "    STORE_VAR $b, %6\n"
                  "    DECREF %4\n"
                  "    %7: obj = LOAD_CONST None\n"
                  "    INCREF %7\n"
                  "    RETURN %7\n");
}

/* Borrowing through two F_BORROW0 steps keeps the root alive; an owner stolen while a
 * borrower is still in use is increfed; returning a borrowed item releases the root
 * before the RETURN, after the item's INCREF. */
static void test_rc_borrow0_chain_and_return(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int x = var(f, VT_OBJ, "x");
    IrBlock *b = ir_block_new(f);
    IrInstr *g = load_global(m, f, b, "g");          /* %1 */
    IrInstr *c = call0(m, f, b, g->dest);            /* %2 */
    IrInstr *i0 = e1(m, b, IR_TUPLE_ITEM, tmp(f, VT_OBJ), c->dest);    /* %3 */
    IrInstr *i1 = e1(m, b, IR_TUPLE_ITEM, tmp(f, VT_OBJ), i0->dest);   /* %4 */
    e2(m, b, IR_STORE_VAR, -1, x, c->dest);          /* steals %2 while %4 still in use */
    e1(m, b, IR_RETURN, -1, i1->dest);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: str 'g'\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $x: obj\n"
                  "  bb0:\n"
                  "    %1: obj = LOAD_GLOBAL 'g'\n"
                  "    %2: obj = CALL pos=0 %1\n"
                  "    DECREF %1\n"
                  "    %3: obj = TUPLE_ITEM 0 %2\n"
                  "    %4: obj = TUPLE_ITEM 0 %3\n"
                  "    INCREF %2\n"
                  "    STORE_VAR $x, %2\n"
                  "    INCREF %4\n"
                  "    DECREF %2\n"
                  "    RETURN %4\n");
}

/* a = b = g(): one INCREF before the first store, ownership moves at the second. */
static void test_rc_temp_stored_twice(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int a = var(f, VT_OBJ, "a"), bv = var(f, VT_OBJ, "b");
    IrBlock *b = ir_block_new(f);
    IrInstr *g = load_global(m, f, b, "g");
    IrInstr *c = call0(m, f, b, g->dest);
    e2(m, b, IR_STORE_VAR, -1, a, c->dest);
    e2(m, b, IR_STORE_VAR, -1, bv, c->dest);
    return_none(m, f, b);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: str 'g'\n"
                  "const 1: none None\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $a: obj, $b: obj\n"
                  "  bb0:\n"
                  "    %2: obj = LOAD_GLOBAL 'g'\n"
                  "    %3: obj = CALL pos=0 %2\n"
                  "    DECREF %2\n"
                  "    INCREF %3\n"
                  "    STORE_VAR $a, %3\n"
                  "    STORE_VAR $b, %3\n"
                  "    %4: obj = LOAD_CONST None\n"
                  "    INCREF %4\n"
                  "    RETURN %4\n");
}

/* Expression statements: owned results nobody uses are released at once; borrowed
 * and primitive ones are left alone. The same temp twice in one borrowing op is fine. */
static void test_rc_unused_and_duplicates(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    IrBlock *b = ir_block_new(f);
    IrInstr *g = load_global(m, f, b, "x");                         /* %0 unused */
    (void)g;
    IrInstr *k = e0(m, b, IR_LOAD_CONST, tmp(f, VT_OBJ));           /* %1 borrowed, unused */
    k->cidx = ir_const_str(m, "s");
    IrInstr *p = e0(m, b, IR_PRIMITIVE_LOAD_CONST, tmp(f, VT_I64)); /* %2 primitive */
    p->imm = 5;
    IrInstr *y = load_global(m, f, b, "y");                         /* %3 */
    IrInstr *sum = e2(m, b, IR_BINARY_OP, tmp(f, VT_OBJ), y->dest, y->dest);   /* %4 = y + y */
    sum->imm = OP_ADD;
    IrInstr *box = e1(m, b, IR_PRIMITIVE_BOX, tmp(f, VT_OBJ), p->dest);        /* %5 */
    e1(m, b, IR_RETURN, -1, box->dest);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: str 'x'\n"
                  "const 1: str 's'\n"
                  "const 2: str 'y'\n"
                  "\n"
                  "func f  module_body\n"
                  "  bb0:\n"
                  "    %0: obj = LOAD_GLOBAL 'x'\n"
                  "    DECREF %0\n"
                  "    %1: obj = LOAD_CONST 's'\n"
                  "    %2: int64 = PRIMITIVE_LOAD_CONST 5\n"
                  "    %3: obj = LOAD_GLOBAL 'y'\n"
                  "    %4: obj = BINARY_OP + %3, %3\n"
                  "    DECREF %3\n"
                  "    DECREF %4\n"
                  "    %5: obj = PRIMITIVE_BOX %2\n"
                  "    RETURN %5\n");
}

/* Terminators that borrow: RAISE leaves the temp to the error exit; FOR_ITER on a
 * LOAD_VAR temp reads the variable instead and the temp is released at once. */
static void test_rc_terminators(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int it = var(f, VT_OBJ, ".it"), x = var(f, VT_OBJ, "x");
    IrBlock *b0 = ir_block_new(f), *b1 = ir_block_new(f), *b2 = ir_block_new(f);
    IrInstr *e = load_global(m, f, b0, "ValueError");
    IrInstr *l = e1(m, b1, IR_LOAD_VAR, tmp(f, VT_OBJ), it);
    IrInstr *fi = e2(m, b1, IR_FOR_ITER, -1, l->dest, x);
    fi->target = 1;
    fi->target2 = 2;
    e1(m, b0, IR_RAISE, -1, e->dest);
    return_none(m, f, b2);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "const 0: str 'ValueError'\n"
                  "const 1: none None\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $.it: obj, $x: obj\n"
                  "  bb0:\n"
                  "    %2: obj = LOAD_GLOBAL 'ValueError'\n"
                  "    RAISE %2\n"
                  "  bb1:\n"
                  "    %3: obj = LOAD_VAR $.it\n"
                  "    DECREF %3\n"
                  "    FOR_ITER $.it, $x -> bb1, bb2\n"
                  "  bb2:\n"
                  "    %4: obj = LOAD_CONST None\n"
                  "    INCREF %4\n"
                  "    RETURN %4\n");
}

/* b = a; return b: stolen variables keep their own reference, INCREF first. */
static void test_rc_stolen_variable(void **state) {
    (void)state;
    IrModule *m = module();
    IrFunc *f = body(m, "f");
    int a = var(f, VT_OBJ, "a"), bv = var(f, VT_OBJ, "b");
    IrBlock *b = ir_block_new(f);
    e2(m, b, IR_STORE_VAR, -1, bv, a);
    e1(m, b, IR_RETURN, -1, bv);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m, "module t (t.py)\n"
                  "\n"
                  "func f  module_body\n"
                  "  vars $a: obj, $b: obj\n"
                  "  bb0:\n"
                  "    INCREF $a\n"
                  "    STORE_VAR $b, $a\n"
                  "    INCREF $b\n"
                  "    RETURN $b\n");
}

/* ---- printer ---- */

static void test_print_functions(void **state) {
    (void)state;
    IrModule *m = ir_module_new(&arena, "fib", "tests/x.py");
    Type t_int64 = { .kind = TY_PRIM, .name = "int64", .prim = P_INT64 };
    Type t_str = { .kind = TY_CLASS, .name = "str" };
    /* native fib(n: int64) -> int64: return n if n < 2 else fib(n - 1) */
    IrFunc *nat = ir_func_new(m, "fib", IRF_NATIVE);
    IrFunc *py = ir_func_new(m, "fib$py", IRF_PY_ENTRY);
    IrFunc *bod = ir_func_new(m, "<module>", IRF_MODULE_BODY);
    m->body_func = bod->index;
    nat->ret = VT_I64;
    nat->nparams = 1;
    nat->py_entry = py->index;
    nat->first_line = 2;
    int n = var(nat, VT_I64, "n");
    IrBlock *b0 = ir_block_new(nat), *b1 = ir_block_new(nat), *b2 = ir_block_new(nat);
    IrInstr *two = e0(m, b0, IR_PRIMITIVE_LOAD_CONST, tmp(nat, VT_I64));
    two->imm = 2;
    two->line = 3;
    IrInstr *lt = e2(m, b0, IR_PRIMITIVE_COMPARE_OP, tmp(nat, VT_CBOOL), n, two->dest);
    lt->imm = CMP_LT;
    lt->line = 3;
    IrInstr *br = e1(m, b0, IR_BRANCH, -1, lt->dest);
    br->target = 1;
    br->target2 = 2;
    br->line = 3;
    e1(m, b1, IR_RETURN, -1, n)->line = 4;
    IrInstr *one = e0(m, b2, IR_PRIMITIVE_LOAD_CONST, tmp(nat, VT_I64));
    one->imm = 1;
    IrInstr *sub = e2(m, b2, IR_PRIMITIVE_BINARY_OP, tmp(nat, VT_I64), n, one->dest);
    sub->imm = OP_SUB;
    IrInstr *rec = e1(m, b2, IR_INVOKE_FUNCTION, tmp(nat, VT_I64), sub->dest);
    rec->func = nat->index;
    rec->line = 5;
    IrInstr *half = e0(m, b2, IR_PRIMITIVE_LOAD_CONST, tmp(nat, VT_DBL));
    half->fimm = 0.5;
    (void)half;
    e1(m, b2, IR_RETURN, -1, rec->dest)->line = 5;
    /* the Python-facing entry: fib(n, *, s) */
    static const char *names[] = { "n", "s" };
    py->native = nat->index;
    py->n_args = 2;
    py->n_positional = 1;
    py->n_kwonly = 1;
    py->arg_names = names;
    py->first_line = 2;
    IrBlock *pb = ir_block_new(py);
    e0(m, pb, IR_BIND_ARGS, -1)->func = py->index;
    IrInstr *a0 = e0(m, pb, IR_ARG, tmp(py, VT_OBJ));
    IrInstr *a1 = e0(m, pb, IR_ARG, tmp(py, VT_OBJ));
    a1->imm = 1;
    IrInstr *ck = e2(m, pb, IR_CHECK_ARGS, -1, a0->dest, a1->dest);
    ck->func = py->index;
    IrCheck checks[2] = { { 0, &t_int64, ir_const_builtin(m, "int") }, { 1, &t_str, ir_const_builtin(m, "str") } };
    ck->checks = checks;
    ck->nchecks = 2;
    IrInstr *ub = e1(m, pb, IR_PRIMITIVE_UNBOX, tmp(py, VT_I64), a0->dest);
    IrInstr *iv = e1(m, pb, IR_INVOKE_FUNCTION, tmp(py, VT_I64), ub->dest);
    iv->func = nat->index;
    IrInstr *bx = e1(m, pb, IR_PRIMITIVE_BOX, tmp(py, VT_OBJ), iv->dest);
    e1(m, pb, IR_RETURN, -1, bx->dest);
    /* module body: fib = <function>; print(fib(10), sep='') */
    IrBlock *mb = ir_block_new(bod);
    IrInstr *mf = e0(m, mb, IR_MAKE_FUNCTION, tmp(bod, VT_OBJ));
    mf->func = py->index;
    mf->line = 2;
    IrInstr *sg = e1(m, mb, IR_STORE_GLOBAL, -1, mf->dest);
    sg->cidx = ir_const_str(m, "fib");
    sg->line = 2;
    IrInstr *pr = load_global(m, bod, mb, "print");
    IrInstr *ten = e0(m, mb, IR_LOAD_CONST, tmp(bod, VT_OBJ));
    ten->cidx = ir_const(m, &(IrConst){ .kind = C_INT, .s = "10" });
    IrInstr *sep = e0(m, mb, IR_LOAD_CONST, tmp(bod, VT_OBJ));
    sep->cidx = ir_const(m, &(IrConst){ .kind = C_STR, .s = "it's\n", .len = 5 });
    static const char *kw[] = { "sep" };
    IrInstr *cl = ir_emit(m, mb, IR_CALL, tmp(bod, VT_OBJ), 3, (int[]){ pr->dest, ten->dest, sep->dest });
    cl->imm = 1;
    cl->cidx = ir_const(m, &(IrConst){ .kind = C_TUPLE_OF_STR, .strs = kw, .nstrs = 1 });
    cl->line = 7;
    IrInstr *ca = e1(m, mb, IR_CAST, tmp(bod, VT_OBJ), cl->dest);
    ca->type = &t_str;
    IrInstr *ba = e2(m, mb, IR_BINARY_OP, tmp(bod, VT_OBJ), ca->dest, ten->dest);
    ba->imm = OP_MUL;
    ba->imm2 = 1;
    IrInstr *nt = e1(m, mb, IR_UNARY_OP, tmp(bod, VT_OBJ), ba->dest);
    nt->imm = UOP_NOT;
    e1(m, mb, IR_RAISE, -1, nt->dest);
    assert_verifies(m);
    ir_refcount(m);
    assert_verifies(m);
    assert_dis(m,
        "module fib (tests/x.py)\n"
        "const 0: builtin <builtins.int>\n"
        "const 1: builtin <builtins.str>\n"
        "const 2: str 'fib'\n"
        "const 3: str 'print'\n"
        "const 4: int 10\n"
        "const 5: str 'it\\'s\\n'\n"
        "const 6: tuple ('sep',)\n"
        "\n"
        "func fib  native(n: int64) -> int64   [py_entry fib$py]   line 2\n"
        "  bb0:\n"
        "    %1: int64 = PRIMITIVE_LOAD_CONST 2              ; line 3\n"
        "    %2: cbool = PRIMITIVE_COMPARE_OP < $n, %1       ; line 3\n"
        "    BRANCH %2 -> bb1, bb2                           ; line 3\n"
        "  bb1:\n"
        "    RETURN $n                                       ; line 4\n"
        "  bb2:\n"
        "    %3: int64 = PRIMITIVE_LOAD_CONST 1\n"
        "    %4: int64 = PRIMITIVE_BINARY_OP - $n, %3\n"
        "    %5: int64 = INVOKE_FUNCTION fib %4              ; line 5\n"
        "    %6: double = PRIMITIVE_LOAD_CONST 0.5\n"
        "    RETURN %5                                       ; line 5\n"
        "\n"
        "func fib$py  py_entry(n, *, s) -> fib   line 2\n"
        "  bb0:\n"
        "    BIND_ARGS fib$py\n"
        "    %0: obj = ARG 0\n"
        "    %1: obj = ARG 1\n"
        "    CHECK_ARGS fib$py [n:int64, s:str] %0, %1\n"
        "    DECREF %1\n"
        "    %2: int64 = PRIMITIVE_UNBOX %0\n"
        "    DECREF %0\n"
        "    %3: int64 = INVOKE_FUNCTION fib %2\n"
        "    %4: obj = PRIMITIVE_BOX %3\n"
        "    RETURN %4\n"
        "\n"
        "func <module>  module_body\n"
        "  bb0:\n"
        "    %0: obj = MAKE_FUNCTION fib$py                  ; line 2\n"
        "    STORE_GLOBAL 'fib' %0                           ; line 2\n"
        "    DECREF %0\n"
        "    %1: obj = LOAD_GLOBAL 'print'\n"
        "    %2: obj = LOAD_CONST 10\n"
        "    %3: obj = LOAD_CONST 'it\\'s\\n'\n"
        "    %4: obj = CALL pos=1 kw=('sep',) %1, %2, %3     ; line 7\n"
        "    DECREF %1\n"
        "    %5: obj = CAST str %4\n"
        "    DECREF %4\n"
        "    %6: obj = BINARY_OP *= %5, %2\n"
        "    DECREF %5\n"
        "    %7: obj = UNARY_OP not %6\n"
        "    DECREF %6\n"
        "    RAISE %7\n");
}

int main(void) {
    const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
        T(test_op_table),
        T(test_builders),
        T(test_const_dedup),
        T(test_verify_good),
        T(test_verify_empty_block),
        T(test_verify_missing_terminator),
        T(test_verify_early_terminator),
        T(test_verify_bad_target),
        T(test_verify_temp_defined_twice),
        T(test_verify_use_before_def),
        T(test_verify_temp_from_other_block),
        T(test_verify_dest_presence),
        T(test_verify_dest_is_var),
        T(test_verify_dest_type),
        T(test_verify_branch_not_cbool),
        T(test_verify_store_var_needs_var),
        T(test_verify_for_iter_target_var),
        T(test_verify_primitive_operands),
        T(test_verify_obj_operands),
        T(test_verify_invoke),
        T(test_verify_return_type),
        T(test_verify_use_after_decref),
        T(test_rc_decref_after_last_use),
        T(test_rc_stolen_at_last_use),
        T(test_rc_incref_borrowed_store),
        T(test_rc_borrow0_unpack),
        T(test_rc_borrow0_chain_and_return),
        T(test_rc_temp_stored_twice),
        T(test_rc_unused_and_duplicates),
        T(test_rc_terminators),
        T(test_rc_stolen_variable),
        T(test_print_functions),
#undef T
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
