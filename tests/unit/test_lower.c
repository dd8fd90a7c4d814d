/* test_lower.c — the back end end to end: hand-built IR modules are lowered to .so
 * files in a temp dir and imported by python3 (tests run from the repo root; the
 * runtime archive is $SPC_RUNTIME_ARCHIVE or build/libspcrt.a).
 * Checks: a typed fib (CHECK_ARGS, unbox/box, INVOKE_FUNCTION), CPython's argument
 * binding messages, boundary TypeError/OverflowError, a dynamic loop (FOR_ITER,
 * BINARY_OP, CALL of print), tracebacks naming the .py file and function, that
 * lowering is deterministic and fast, and a hand-built static class (MAKE_CLASS,
 * TP_ALLOC, LOAD/STORE_FIELD, INVOKE_METHOD, override thunks with CHECK_RETURN, typed
 * descriptors, Python subclasses, cycle GC through object fields). */
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

/* ---- a static class, built by hand (module "lowercls") ----
 *   class C:                      fields x: int64 @16, name: str @24, link (dynamic) @32
 *       def get(self) -> int64:   return self.x            (vtable slot 0, + override thunk)
 *   def make(x: int64) -> C:      c = C(); c.x = x; c.name = "c"; return c   (TP_ALLOC)
 *   def call_get(o: C) -> int64:  return o.get()           (INVOKE_METHOD, CHECK_ARGS C) */

static IrFunc *native_fn(IrModule *m, const char *name, int np, const ValType *pvt,
                         const char **pnames, ValType ret)
{
    IrFunc *f = ir_func_new(m, name, IRF_NATIVE);
    f->py_name = f->qualname = name;
    f->ret = ret;
    f->nparams = np;
    f->py_entry = -1;
    f->first_line = 20;
    for (int i = 0; i < np; i++) ir_value_new(f, pvt[i], true, pnames[i])->is_param = true;
    return f;
}

/* Python-facing entry of `nat` (obj / int64 params and result): bind, check, unbox,
 * invoke, box.  checks[i] != NULL: CHECK_ARGS param i against that class. */
static IrFunc *entry_fn(IrModule *m, IrFunc *nat, const char **pnames, Type **checks)
{
    IrFunc *ent = ir_func_new(m, arena_printf(m->arena, "%s__py", nat->name), IRF_PY_ENTRY);
    int np = nat->nparams;
    ent->py_name = nat->py_name;
    ent->qualname = nat->qualname;
    ent->native = nat->index;
    nat->py_entry = ent->index;
    ent->n_args = ent->n_positional = np;
    ent->arg_names = pnames;
    ent->first_line = 20;
    B e = { m, ent, ir_block_new(ent), 0 };
    op(&e, IR_BIND_ARGS, -1, 0)->func = ent->index;
    int a[8], u[8], nchecks = 0;
    IrCheck *ck = ARENA_ARRAY(m->arena, IrCheck, np + 1);
    for (int i = 0; i < np; i++) {
        a[i] = tmp(&e, VT_OBJ);
        op(&e, IR_ARG, a[i], 0)->imm = i;
        if (checks && checks[i]) ck[nchecks++] = (IrCheck){ i, checks[i], -1 };
        if (VEC_AT(nat->values, IrValue, i)->vt == I64 && !(checks && checks[i]))
            ck[nchecks++] = (IrCheck){ i, TY.prim[P_INT64], ir_const_builtin(m, "int") };
    }
    if (nchecks) {
        IrInstr *in = ir_emit(m, e.b, IR_CHECK_ARGS, -1, np, a);
        in->func = ent->index;
        in->checks = ck;
        in->nchecks = nchecks;
    }
    for (int i = 0; i < np; i++) {
        u[i] = a[i];
        if (VEC_AT(nat->values, IrValue, i)->vt == I64) {
            u[i] = tmp(&e, I64);
            op(&e, IR_PRIMITIVE_UNBOX, u[i], 1, a[i]);
        }
    }
    int r = tmp(&e, nat->ret);
    ir_emit(m, e.b, IR_INVOKE_FUNCTION, r, np, u)->func = nat->index;
    if (nat->ret == I64) {
        int bx = tmp(&e, VT_OBJ);
        op(&e, IR_PRIMITIVE_BOX, bx, 1, r);
        r = bx;
    }
    op(&e, IR_RETURN, -1, 1, r);
    return ent;
}

static IrField *field(IrModule *m, const char *name, ValType vt, int offset, Type *type)
{
    IrField *f = ARENA_NEW(m->arena, IrField);
    *f = (IrField){ .name = name, .vt = vt, .offset = offset, .type = type };
    return f;
}

static IrModule *build_class_module(Arena *a)
{
    types_init(a);
    IrModule *m = ir_module_new(a, "lowercls", "tests/unit/lower_cls.py");
    IrFunc *body = ir_func_new(m, "__module__", IRF_MODULE_BODY);
    body->py_name = body->qualname = "<module>";
    m->body_func = body->index;

    ClassDecl *cd = ARENA_NEW(a, ClassDecl);
    cd->name = "C";
    Type *tc = type_class("lowercls", "C", TY.object);
    tc->cls = cd;
    cd->type = tc;
    IrClass *c = ARENA_NEW(a, IrClass);
    *c = (IrClass){ .index = 0, .name = "C", .qualname = "C", .decl = cd, .base = -1, .basicsize = 40 };
    vec_push(a, &c->fields, field(m, "x", I64, 16, TY.prim[P_INT64]));
    vec_push(a, &c->fields, field(m, "name", VT_OBJ, 24, TY.str));
    vec_push(a, &c->fields, field(m, "link", VT_OBJ, 32, TY.dynamic));
    vec_push(a, &m->classes, c);

    static const ValType obj1[1] = { VT_OBJ }, i64_1[1] = { I64 };
    static const char *self_n[1] = { "self" }, *x_n[1] = { "x" }, *o_n[1] = { "o" };
    /* C.get */
    IrFunc *get = native_fn(m, "get", 1, obj1, self_n, I64);
    get->qualname = "C.get";
    B g = { m, get, ir_block_new(get), 21 };
    int xv = tmp(&g, I64);
    IrInstr *lf = op(&g, IR_LOAD_FIELD, xv, 1, 0);
    lf->imm = 0;
    lf->imm2 = 0;
    op(&g, IR_RETURN, -1, 1, xv);
    IrFunc *get_py = entry_fn(m, get, self_n, NULL);
    /* thunk: r = self.get(); CHECK_RETURN int (naming the override); unbox */
    IrFunc *th = native_fn(m, "get_thunk", 1, obj1, self_n, I64);
    g = (B){ m, th, ir_block_new(th), 0 };
    int meth = tmp(&g, VT_OBJ), r = tmp(&g, VT_OBJ), ok = tmp(&g, VT_OBJ), u = tmp(&g, I64);
    op(&g, IR_LOAD_ATTR, meth, 1, 0)->cidx = ir_const_str(m, "get");
    op(&g, IR_CALL, r, 1, meth)->imm = 0;
    /* (lower.c also accepts the override as operand 1, to name it in the message) */
    IrInstr *cr = op(&g, IR_CHECK_RETURN, ok, 1, r);
    cr->type = TY.int_;
    cr->cidx = ir_const_str(m, "C.get");
    op(&g, IR_PRIMITIVE_UNBOX, u, 1, ok);
    op(&g, IR_RETURN, -1, 1, u);
    c->nslots = 1;
    c->slot_names = ARENA_ARRAY(a, const char *, 1);
    c->slot_names[0] = "get";
    c->slot_impl = ARENA_ARRAY(a, int, 1);
    c->slot_impl[0] = get->index;
    c->slot_thunk = ARENA_ARRAY(a, int, 1);
    c->slot_thunk[0] = th->index;

    /* make(x) */
    IrFunc *mk = native_fn(m, "make", 1, i64_1, x_n, VT_OBJ);
    g = (B){ m, mk, ir_block_new(mk), 30 };
    int obj = tmp(&g, VT_OBJ), lbl = load_const(&g, C_STR, "c");
    op(&g, IR_TP_ALLOC, obj, 0)->imm = 0;
    IrInstr *sf = op(&g, IR_STORE_FIELD, -1, 2, obj, 0);
    sf->imm = 0;
    sf->imm2 = 0;
    sf = op(&g, IR_STORE_FIELD, -1, 2, obj, lbl);
    sf->imm = 0;
    sf->imm2 = 1;
    op(&g, IR_RETURN, -1, 1, obj);
    IrFunc *mk_py = entry_fn(m, mk, x_n, NULL);
    /* call_get(o: C) */
    IrFunc *cg = native_fn(m, "call_get", 1, obj1, o_n, I64);
    g = (B){ m, cg, ir_block_new(cg), 40 };
    int res = tmp(&g, I64);
    IrInstr *im = op(&g, IR_INVOKE_METHOD, res, 1, 0);
    im->imm = 0;
    im->func = get->index;
    op(&g, IR_RETURN, -1, 1, res);
    Type *checks[1] = { tc };
    IrFunc *cg_py = entry_fn(m, cg, o_n, checks);

    /* module body: C = MAKE_CLASS; C.get = ...; make = ...; call_get = ... */
    B b = { m, body, ir_block_new(body), 1 };
    int cls = tmp(&b, VT_OBJ), fget = tmp(&b, VT_OBJ);
    op(&b, IR_MAKE_CLASS, cls, 0)->imm = 0;
    op(&b, IR_MAKE_FUNCTION, fget, 0)->func = get_py->index;
    op(&b, IR_STORE_ATTR, -1, 2, cls, fget)->cidx = ir_const_str(m, "get");
    op(&b, IR_STORE_GLOBAL, -1, 1, cls)->cidx = ir_const_str(m, "C");
    IrFunc *pub[2] = { mk_py, cg_py };
    for (int k = 0; k < 2; k++) {
        int fo = tmp(&b, VT_OBJ);
        op(&b, IR_MAKE_FUNCTION, fo, 0)->func = pub[k]->index;
        op(&b, IR_STORE_GLOBAL, -1, 1, fo)->cidx = ir_const_str(m, pub[k]->py_name);
    }
    op(&b, IR_RETURN, -1, 1, load_const(&b, C_NONE, NULL));
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
    char cmd[8192], pkg[1024];
    /* the built __static__ package (with its C extension) sits beside the archive */
    const char *cwd = getenv("PWD") ? getenv("PWD") : ".", *ar = archive();
    const char *slash = strrchr(ar, '/');
    bool abs = ar[0] == '/';
    if (slash)
        snprintf(pkg, sizeof pkg, "%s%s%.*s/python", abs ? "" : cwd, abs ? "" : "/",
                 (int)(slash - ar), ar);
    else
        snprintf(pkg, sizeof pkg, "%s/python", cwd);
    snprintf(cmd, sizeof cmd, "cd %s && PYTHONPATH=%s:%s:%s/runtime/python python3 -c '%s' 2>&1",
             tmpdir, tmpdir, pkg, cwd, code);
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
    if (rc == 0) {
        IrModule *cm = build_class_module(&a);
        assert_int_equal(ir_verify(cm, stderr), 0);
        ir_refcount(cm);
        assert_int_equal(ir_verify(cm, stderr), 0);
        rc = lower_to(cm, arena_printf(&a, "%s/lowercls.so", tmpdir));
    }
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


/* ---- static classes ---- */

static void test_class_fields_and_methods(void **state)
{
    expect("import lowercls as m\nc = m.make(5)\n"
           "print(c.x, c.name, m.call_get(c), c.get(), type(c).__name__, m.C)",
           "5 c 5 5 C <class 'lowercls.C'>");
    expect("import lowercls as m\nc = m.C()\nprint(c.x)\ntry: c.name\nexcept AttributeError as e: print(e)",
           "0\n'C' object has no attribute 'name'");
    expect("import lowercls as m\ntry: m.C(1)\nexcept TypeError as e: print(e)", "C() takes no arguments");
    expect("import lowercls as m\nprint(hasattr(m.make(1), \"__dict__\"))\n"
           "try: m.make(1).other = 1\nexcept AttributeError as e: print(e)",
           "False\n'C' object has no attribute 'other'");
}

static void test_typed_descriptors(void **state)
{
    expect("import lowercls as m\nc = m.make(1)\n"
           "try: c.name = 1\nexcept TypeError as e: print(type(e).__name__, e)\n"
           "c.link = [1]; c.x = 7; print(c.link, c.x, m.call_get(c))\n"
           "try: c.x = \"s\"\nexcept TypeError as e: print(\"TE\")\n"
           "try: c.x = 2**63\nexcept OverflowError: print(\"OE\", c.x)\n"
           "del c.name\ntry: c.name\nexcept AttributeError as e: print(e)",
           "StaticTypeError expected 'str', got 'int' for attribute 'name'\n[1] 7 7\nTE\nOE 7\n"
           "'C' object has no attribute 'name'");
    expect("import lowercls as m\ntry: m.call_get(1)\nexcept TypeError as e: print(e)",
           "call_get expected 'C' for argument o, got 'int'");
}

static void test_python_subclass(void **state)
{
    expect("import lowercls as m\n"
           "class P(m.C):\n    def get(self): return 40\n"
           "class Q(m.C): pass\n"
           "class Bad(m.C):\n    def get(self): return \"s\"\n"
           "q = Q(); q.x = 3; q.extra = 1\n"
           "print(m.call_get(P()), m.call_get(q), q.extra)\n"
           "try: m.call_get(Bad())\nexcept TypeError as e: print(type(e).__name__, e)",
           "40 3 1\nStaticTypeError unexpected return type from ");
    expect("import lowercls as m\n"
           "class Bad(m.C):\n    def get(self): return \"s\"\n"
           "try: m.call_get(Bad())\nexcept TypeError as e: print(e)",
           ".get, expected int, got str");
}

static void test_class_gc(void **state)
{
    expect("import gc, lowercls as m\n"
           "n = 0\n"
           "class D(m.C):\n    def __del__(self):\n        global n\n        n += 1\n"
           "for i in range(50):\n    a = D(); b = m.make(i); a.link = b; b.link = a\n"
           "del a, b\ngc.collect()\nprint(\"collected\", n)\n"
           "h = m.make(0)\nfor i in range(100000):\n    c = m.make(i); c.link = h; h = c\n"
           "del h, c\nprint(\"deep chain freed\")",
           "collected 50\ndeep chain freed");
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
        cmocka_unit_test(test_class_fields_and_methods),
        cmocka_unit_test(test_typed_descriptors),
        cmocka_unit_test(test_python_subclass),
        cmocka_unit_test(test_class_gc),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
