/* test_lower.c — the back end end to end: hand-built IR modules are lowered to .so
 * files in a temp dir and imported by python3 (tests run from the repo root; the
 * runtime archive is $SPC_RUNTIME_ARCHIVE or build/libspcrt.a).
 * Checks: a typed fib (CHECK_ARGS, unbox/box, INVOKE_FUNCTION), CPython's argument
 * binding messages, boundary TypeError/OverflowError, a dynamic loop (FOR_ITER,
 * BINARY_OP, CALL of print), tracebacks naming the .py file and function, and that
 * lowering is deterministic and fast. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include "spc.h"

static char tmpdir[256];

static const char *archive(void)
{
    const char *a = getenv("SPC_RUNTIME_ARCHIVE");
    return a ? a : "build/libspcrt.a";
}

/* ---- IR building shorthands ---- */

typedef struct B { IrModule *m; IrFunc *f; IrBlock *b; int line; } B;

static int tmp(B *g, ValType vt) { return ir_value_new(g->f, vt, false, NULL)->id; }
static int var(B *g, ValType vt, const char *name) { return ir_value_new(g->f, vt, true, name)->id; }

static IrInstr *op(B *g, IrOp o, int dest, int n, ...)
{
    int args[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, int);
    va_end(ap);
    IrInstr *in = ir_emit(g->m, g->b, o, dest, n, args);
    in->line = g->line;
    return in;
}

static int prim_const(B *g, ValType vt, int64_t v)
{
    int d = tmp(g, vt);
    op(g, IR_PRIMITIVE_LOAD_CONST, d, 0)->imm = v;
    return d;
}

static int load_const(B *g, IrConstKind kind, const char *s)
{
    IrConst c = { .kind = kind, .s = s, .len = s ? strlen(s) : 0 };
    int d = tmp(g, VT_OBJ);
    op(g, IR_LOAD_CONST, d, 0)->cidx = ir_const(g->m, &c);
    return d;
}

#define I64 VT_OF_PRIM(P_INT64)

/* A typed function `name(n: int64) -> int64` = native + Python-facing entry; the
 * native body is produced by `body`. Returns the entry's index. */
static int typed_func(IrModule *m, const char *name, int def_line,
                      void (*body)(B *g, int native_index))
{
    IrFunc *nat = ir_func_new(m, arena_printf(m->arena, "%s", name), IRF_NATIVE);
    IrFunc *ent = ir_func_new(m, arena_printf(m->arena, "%s__py", name), IRF_PY_ENTRY);
    nat->py_name = ent->py_name = name;
    nat->qualname = ent->qualname = name;
    nat->ret = I64;
    nat->nparams = 1;
    nat->py_entry = ent->index;
    ent->native = nat->index;
    ent->n_args = ent->n_positional = 1;
    ent->arg_names = ARENA_ARRAY(m->arena, const char *, 1);
    ent->arg_names[0] = "n";
    nat->first_line = ent->first_line = def_line;
    B g = { m, nat, NULL, def_line };
    var(&g, I64, "n");
    g.b = ir_block_new(nat);
    body(&g, nat->index);
    /* entry: bind, check, unbox, invoke, box */
    B e = { m, ent, ir_block_new(ent), def_line };
    op(&e, IR_BIND_ARGS, -1, 0)->func = ent->index;
    int a0 = tmp(&e, VT_OBJ);
    op(&e, IR_ARG, a0, 0)->imm = 0;
    IrInstr *ck = op(&e, IR_CHECK_ARGS, -1, 1, a0);
    ck->func = ent->index;
    ck->nchecks = 1;
    ck->checks = ARENA_ARRAY(m->arena, IrCheck, 1);
    ck->checks[0] = (IrCheck){ 0, TY.prim[P_INT64], ir_const_builtin(m, "int") };
    int u = tmp(&e, I64), r = tmp(&e, I64), bx = tmp(&e, VT_OBJ);
    op(&e, IR_PRIMITIVE_UNBOX, u, 1, a0);
    op(&e, IR_INVOKE_FUNCTION, r, 1, u)->func = nat->index;
    op(&e, IR_PRIMITIVE_BOX, bx, 1, r);
    op(&e, IR_RETURN, -1, 1, bx);
    return ent->index;
}

/* if n < 2: return n; return fib(n - 1) + fib(n - 2) */
static void fib_body(B *g, int self)
{
    IrBlock *b0 = g->b, *b1 = ir_block_new(g->f), *b2 = ir_block_new(g->f);
    g->line = 4;
    int two = prim_const(g, I64, 2), c = tmp(g, VT_OF_PRIM(P_CBOOL));
    op(g, IR_PRIMITIVE_COMPARE_OP, c, 2, 0, two)->imm = CMP_LT;
    IrInstr *br = op(g, IR_BRANCH, -1, 1, c);
    br->target = b1->id;
    br->target2 = b2->id;
    g->b = b1;
    g->line = 5;
    op(g, IR_RETURN, -1, 1, 0);
    g->b = b2;
    g->line = 6;
    (void)b0;
    int one = prim_const(g, I64, 1), n1 = tmp(g, I64), r1 = tmp(g, I64);
    op(g, IR_PRIMITIVE_BINARY_OP, n1, 2, 0, one)->imm = OP_SUB;
    op(g, IR_INVOKE_FUNCTION, r1, 1, n1)->func = self;
    int two2 = prim_const(g, I64, 2), n2 = tmp(g, I64), r2 = tmp(g, I64), s = tmp(g, I64);
    op(g, IR_PRIMITIVE_BINARY_OP, n2, 2, 0, two2)->imm = OP_SUB;
    op(g, IR_INVOKE_FUNCTION, r2, 1, n2)->func = self;
    op(g, IR_PRIMITIVE_BINARY_OP, s, 2, r1, r2)->imm = OP_ADD;
    op(g, IR_RETURN, -1, 1, s);
}

/* return 100 // n   (ZeroDivisionError for n == 0, with a traceback at line 9) */
static void div_body(B *g, int self)
{
    g->line = 9;
    int h = prim_const(g, I64, 100), q = tmp(g, I64);
    op(g, IR_PRIMITIVE_BINARY_OP, q, 2, h, 0)->imm = OP_FLOORDIV;
    op(g, IR_RETURN, -1, 1, q);
}

/* total = 0; for i in range(5): total = total + i; print("total", total) */
static void loop_in_body(B *g)
{
    IrFunc *f = g->f;
    int total = var(g, VT_OBJ, "total"), it = var(g, VT_OBJ, ".it"), i = var(g, VT_OBJ, "i");
    g->line = 12;
    int zero = tmp(g, VT_OBJ);
    IrConst cz = { .kind = C_INT, .s = "0" };
    op(g, IR_LOAD_CONST, zero, 0)->cidx = ir_const(g->m, &cz);
    op(g, IR_STORE_VAR, -1, 2, total, zero);
    g->line = 13;
    int rg = tmp(g, VT_OBJ), five = tmp(g, VT_OBJ), r = tmp(g, VT_OBJ), iter = tmp(g, VT_OBJ);
    op(g, IR_LOAD_GLOBAL, rg, 0)->cidx = ir_const_str(g->m, "range");
    IrConst c5 = { .kind = C_INT, .s = "5" };
    op(g, IR_LOAD_CONST, five, 0)->cidx = ir_const(g->m, &c5);
    op(g, IR_CALL, r, 2, rg, five)->imm = 1;
    op(g, IR_GET_ITER, iter, 1, r);
    op(g, IR_STORE_VAR, -1, 2, it, iter);
    IrBlock *head = ir_block_new(f), *loop = ir_block_new(f), *done = ir_block_new(f);
    op(g, IR_JUMP, -1, 0)->target = head->id;
    g->b = head;
    IrInstr *fi = op(g, IR_FOR_ITER, -1, 2, it, i);
    fi->target = loop->id;
    fi->target2 = done->id;
    g->b = loop;
    g->line = 14;
    int t = tmp(g, VT_OBJ), iv = tmp(g, VT_OBJ), sum = tmp(g, VT_OBJ);
    op(g, IR_LOAD_VAR, t, 1, total);
    op(g, IR_LOAD_VAR, iv, 1, i);
    op(g, IR_BINARY_OP, sum, 2, t, iv)->imm = OP_ADD;
    op(g, IR_STORE_VAR, -1, 2, total, sum);
    op(g, IR_JUMP, -1, 0)->target = head->id;
    g->b = done;
    g->line = 15;
    int pr = tmp(g, VT_OBJ), lbl = load_const(g, C_STR, "total"), tv = tmp(g, VT_OBJ),
        res = tmp(g, VT_OBJ);
    op(g, IR_LOAD_GLOBAL, pr, 0)->cidx = ir_const_str(g->m, "print");
    op(g, IR_LOAD_VAR, tv, 1, total);
    op(g, IR_CALL, res, 3, pr, lbl, tv)->imm = 2;
}

/* def fib(n: int64) -> int64 ...; def div(n: int64) -> int64 ...; a loop printing 10 */
static IrModule *build_module(Arena *a, const char *name)
{
    types_init(a);
    IrModule *m = ir_module_new(a, name, "tests/unit/lower_demo.py");
    IrFunc *body = ir_func_new(m, "__module__", IRF_MODULE_BODY);
    body->py_name = body->qualname = "<module>";
    m->body_func = body->index;
    int fib = typed_func(m, "fib", 3, fib_body);
    int dv = typed_func(m, "div", 8, div_body);
    B g = { m, body, ir_block_new(body), 1 };
    int entries[2] = { fib, dv };
    const char *names[2] = { "fib", "div" };
    for (int k = 0; k < 2; k++) {
        int fo = tmp(&g, VT_OBJ);
        op(&g, IR_MAKE_FUNCTION, fo, 0)->func = entries[k];
        op(&g, IR_STORE_GLOBAL, -1, 1, fo)->cidx = ir_const_str(m, names[k]);
    }
    loop_in_body(&g);
    int none = load_const(&g, C_NONE, NULL);
    op(&g, IR_RETURN, -1, 1, none);
    return m;
}

static IrModule *prepare(Arena *a, const char *name)
{
    IrModule *m = build_module(a, name);
    assert_int_equal(ir_verify(m, stderr), 0);
    ir_refcount(m);
    assert_int_equal(ir_verify(m, stderr), 0);
    return m;
}

static int lower_to(IrModule *m, const char *so)
{
    Diags d = { .arena = m->arena };
    LowerOptions opt = { .opt_level = 2, .output_path = so, .runtime_archive = archive() };
    int rc = lower_module(m, &opt, &d);
    for (int i = 0; i < d.items.len; i++)
        fprintf(stderr, "%s\n", VEC_AT(d.items, Diag, i)->message);
    return rc;
}

/* Runs python3 -c `code` with the temp dir and the __static__ package on the path;
 * returns stdout+stderr. */
static char *run_python(const char *code)
{
    static char out[65536];
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "cd %s && PYTHONPATH=%s:%s/runtime/python python3 -c '%s' 2>&1",
             tmpdir, tmpdir, getenv("PWD") ? getenv("PWD") : ".", code);
    FILE *p = popen(cmd, "r");
    size_t n = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[n] = 0;
    if (p) pclose(p);
    return out;
}

static int setup(void **state)
{
    strcpy(tmpdir, "/tmp/spc-lower-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    Arena a = { 0 };
    IrModule *m = prepare(&a, "lowerdemo");
    char *so = arena_printf(&a, "%s/lowerdemo.so", tmpdir);
    int rc = lower_to(m, so);
    arena_free(&a);
    return rc;
}

static int teardown(void **state)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void expect(const char *code, const char *want)
{
    char *out = run_python(code);
    if (!strstr(out, want)) fail_msg("python3 -c '%s'\nwanted: %s\ngot:\n%s", code, want, out);
}

static void test_fib(void **state)
{
    expect("import lowerdemo; print(lowerdemo.fib(20), lowerdemo.fib(n=10))", "total 10\n6765 55\n");
}

static void test_function_object(void **state)
{
    expect("import lowerdemo as m; print(m.fib.__name__, m.fib.__qualname__, m.fib.__module__)",
           "fib fib lowerdemo");
}

static void test_arg_check(void **state)
{
    expect("import lowerdemo as m\ntry: m.fib(\"x\")\nexcept TypeError as e: print(e)",
           "fib expected 'int' for argument n, got 'str'");
}

static void test_overflow(void **state)
{
    expect("import lowerdemo as m\ntry: m.fib(2**70)\nexcept OverflowError as e: print(e)",
           "int overflow");
}

static void test_binding_messages(void **state)
{
    expect("import lowerdemo as m\ntry: m.fib()\nexcept TypeError as e: print(e)",
           "fib() missing 1 required positional argument: 'n'");
    expect("import lowerdemo as m\ntry: m.fib(1, 2)\nexcept TypeError as e: print(e)",
           "fib() takes 1 positional argument but 2 were given");
    expect("import lowerdemo as m\ntry: m.fib(z=1)\nexcept TypeError as e: print(e)",
           "fib() got an unexpected keyword argument 'z'");
    expect("import lowerdemo as m\ntry: m.fib(1, n=1)\nexcept TypeError as e: print(e)",
           "fib() got multiple values for argument 'n'");
}

static void test_traceback(void **state)
{
    char *out = run_python("import lowerdemo as m; m.div(0)");
    assert_non_null(strstr(out, "ZeroDivisionError: integer division or modulo by zero"));
    assert_non_null(strstr(out, "tests/unit/lower_demo.py\", line 9, in div"));
}

static void test_deterministic_and_fast(void **state)
{
    Arena a = { 0 };
    char *so1 = arena_printf(&a, "%s/d1.so", tmpdir), *so2 = arena_printf(&a, "%s/d2.so", tmpdir);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(lower_to(prepare(&a, "d"), so1), 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    assert_int_equal(lower_to(prepare(&a, "d"), so2), 0);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "lower + link of a small module at -O2: %.3f s\n", secs);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cmp -s %s %s", so1, so2);
    assert_int_equal(system(cmd), 0);
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fib),
        cmocka_unit_test(test_function_object),
        cmocka_unit_test(test_arg_check),
        cmocka_unit_test(test_overflow),
        cmocka_unit_test(test_binding_messages),
        cmocka_unit_test(test_traceback),
        cmocka_unit_test(test_deterministic_and_fast),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
