/* test_parse.c — unit tests of the parse stage (parse.c, ast.c): AST shapes and spans,
 * literal decoding, unsupported constructs, syntax error messages and positions,
 * is_static detection, the AST dump, and a no-crash fuzz over truncations/mutations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "spc.h"

typedef struct Parsed { Arena arena; Diags diags; Module *m; } Parsed;

static Parsed *parse(const char *src) {
    Parsed *p = calloc(1, sizeof *p);
    p->diags.arena = &p->arena;
    p->m = parse_module(&p->arena, "t.py", "t", src, strlen(src), &p->diags);
    assert_non_null(p->m);
    return p;
}

static Parsed *parse_n(const char *src, size_t n) {
    Parsed *p = calloc(1, sizeof *p);
    p->diags.arena = &p->arena;
    p->m = parse_module(&p->arena, "t.py", "t", src, n, &p->diags);
    assert_non_null(p->m);
    return p;
}

static void done(Parsed *p) { arena_free(&p->arena); free(p); }

static void print_diags(Parsed *p) {
    for (int i = 0; i < p->diags.items.len; i++) {
        Diag *d = VEC_AT(p->diags.items, Diag, i);
        print_message("  diag %d:%d %s\n", d->span.line, d->span.col, d->message);
    }
}

/* Parses src, which must have no diagnostics. */
static Parsed *parse_ok(const char *src) {
    Parsed *p = parse(src);
    if (p->diags.items.len) print_diags(p);
    assert_int_equal(p->diags.items.len, 0);
    return p;
}

static Stmt *stmt_at(Parsed *p, int i) {
    assert_true(i < p->m->body.len);
    return VEC_AT(p->m->body, Stmt, i);
}

static Expr *elt(Expr *e, int i) {
    assert_true(i < e->elts.len);
    return VEC_AT(e->elts, Expr, i);
}

static void assert_span(Span s, int l, int c, int el, int ec) {
    if (s.line != l || s.col != c || s.end_line != el || s.end_col != ec)
        print_message("span %d:%d-%d:%d, expected %d:%d-%d:%d\n", s.line, s.col, s.end_line, s.end_col, l, c, el, ec);
    assert_true(s.line == l && s.col == c && s.end_line == el && s.end_col == ec);
}

/* The value of `x = <expr>` on the only line. */
static Expr *value_of(Parsed *p) {
    Stmt *s = stmt_at(p, 0);
    assert_true(s->kind == S_ASSIGN || s->kind == S_EXPR);
    return s->value;
}

/* Asserts exactly one diagnostic with `msg` at line:col. */
static void expect_error_n(const char *src, size_t n, const char *msg, int line, int col) {
    Parsed *p = parse_n(src, n);
    bool found = false;
    for (int i = 0; i < p->diags.items.len; i++) {
        Diag *d = VEC_AT(p->diags.items, Diag, i);
        if (strcmp(d->message, msg) == 0 && d->span.line == line && (col == 0 || d->span.col == col)) found = true;
    }
    if (!found) {
        print_message("source: %s\nexpected %d:%d %s\n", src, line, col, msg);
        print_diags(p);
    }
    assert_true(found);
    done(p);
}

static void expect_error(const char *src, const char *msg, int line, int col) {
    expect_error_n(src, strlen(src), msg, line, col);
}

static const char sample[] =
    "import __static__\n"
    "from __static__ import int64, double, cbool, box, unbox, cast, inline\n"
    "from typing import Final, Optional\n"
    "N: Final[int] = 10\n"
    "def fib(n: int64) -> int64:\n"
    "    if n < 2:\n"
    "        return n\n"
    "    return fib(n - 1) + fib(n - 2)\n"
    "def f(a, b: str = \"x\", *, c: Optional[int] = None) -> str | None:\n"
    "    x, y = a, b\n"
    "    x += 1\n"
    "    while x < 10:\n"
    "        x = x * 2 if x else -x\n"
    "    for i in range(3):\n"
    "        if not i: continue\n"
    "        elif i == 2: break\n"
    "    else:\n"
    "        pass\n"
    "    assert x is not None, \"msg\"\n"
    "    raise ValueError(\"bad\") from None\n"
    "if __name__ == \"__main__\":\n"
    "    print(fib(int64(20)), f(1, c=2), [1, 2.5e3, 0x1F], {\"a\": 1}, (1,), {1, 2}, a[1:2], b\"\\x00\")\n";

/* ------------------------------------------------------------------ tests ---- */

static void test_sample_program(void **state) {
    Parsed *p = parse_ok(sample);
    Module *m = p->m;
    assert_true(m->is_static);
    assert_int_equal(m->body.len, 7);
    assert_int_equal(stmt_at(p, 0)->kind, S_IMPORT);
    Stmt *imp = stmt_at(p, 1);
    assert_int_equal(imp->kind, S_IMPORTFROM);
    assert_string_equal(imp->module, "__static__");
    assert_int_equal(imp->names.len, 7);
    assert_string_equal(VEC_AT(imp->names, Alias, 6)->name, "inline");
    Stmt *ann = stmt_at(p, 3);
    assert_int_equal(ann->kind, S_ANNASSIGN);
    assert_int_equal(ann->annotation->kind, E_SUBSCRIPT);
    assert_string_equal(ann->annotation->left->id, "Final");
    assert_string_equal(ann->annotation->right->id, "int");
    assert_int_equal(ann->value->ival, 10);
    assert_span(ann->span, 4, 1, 4, 19);

    Stmt *fib = stmt_at(p, 4);
    assert_int_equal(fib->kind, S_FUNCDEF);
    assert_string_equal(fib->name, "fib");
    assert_span(fib->span, 5, 1, 8, 35);
    assert_int_equal(fib->params.len, 1);
    Param *n = VEC_AT(fib->params, Param, 0);
    assert_string_equal(n->name, "n");
    assert_string_equal(n->annotation->id, "int64");
    assert_string_equal(fib->returns->id, "int64");
    Stmt *ret = VEC_AT(fib->body, Stmt, 1);
    assert_int_equal(ret->kind, S_RETURN);
    assert_int_equal(ret->value->kind, E_BINOP);
    assert_int_equal(ret->value->op, OP_ADD);
    assert_span(ret->value->span, 8, 12, 8, 35);

    Stmt *f = stmt_at(p, 5);
    assert_int_equal(f->params.len, 3);
    assert_int_equal(VEC_AT(f->params, Param, 1)->kind, PARAM_POS);
    assert_int_equal(VEC_AT(f->params, Param, 1)->default_->kind, E_STR);
    assert_int_equal(VEC_AT(f->params, Param, 2)->kind, PARAM_KWONLY);
    assert_int_equal(VEC_AT(f->params, Param, 2)->default_->kind, E_NONE);
    assert_int_equal(f->returns->kind, E_BINOP);
    assert_int_equal(f->returns->op, OP_BITOR);
    Stmt *tup = VEC_AT(f->body, Stmt, 0);
    assert_int_equal(tup->kind, S_ASSIGN);
    assert_int_equal(VEC_AT(tup->targets, Expr, 0)->kind, E_TUPLE);
    assert_int_equal(tup->value->kind, E_TUPLE);
    Stmt *loop = VEC_AT(f->body, Stmt, 3);
    assert_int_equal(loop->kind, S_FOR);
    assert_int_equal(loop->orelse.len, 1);
    Stmt *iff = VEC_AT(loop->body, Stmt, 0);
    assert_int_equal(iff->kind, S_IF);
    assert_int_equal(iff->orelse.len, 1);
    assert_int_equal(VEC_AT(iff->orelse, Stmt, 0)->kind, S_IF);   /* elif nests */
    Stmt *as = VEC_AT(f->body, Stmt, 4);
    assert_int_equal(as->kind, S_ASSERT);
    assert_int_equal(as->test->cmp_ops[0], CMP_ISNOT);
    assert_int_equal(as->msg->kind, E_STR);
    Stmt *raise = VEC_AT(f->body, Stmt, 5);
    assert_int_equal(raise->kind, S_RAISE);
    assert_int_equal(raise->value->kind, E_CALL);
    assert_int_equal(raise->msg->kind, E_NONE);

    Expr *call = VEC_AT(stmt_at(p, 6)->body, Stmt, 0)->value;
    assert_int_equal(call->kind, E_CALL);
    assert_int_equal(call->elts.len, 8);
    ExprKind kinds[] = {E_CALL, E_CALL, E_LIST, E_DICT, E_TUPLE, E_SET, E_SUBSCRIPT, E_BYTES};
    for (int i = 0; i < 8; i++) assert_int_equal(elt(call, i)->kind, kinds[i]);
    Expr *fcall = elt(call, 1);
    assert_int_equal(fcall->keywords.len, 1);
    assert_string_equal(VEC_AT(fcall->keywords, Keyword, 0)->name, "c");
    assert_int_equal(elt(call, 6)->right->kind, E_SLICE);
    assert_int_equal(elt(call, 7)->str_len, 1);
    assert_int_equal(elt(call, 7)->str[0], 0);
    assert_int_equal(elt(elt(call, 2), 1)->kind, E_FLOAT);
    assert_true(elt(elt(call, 2), 1)->fval == 2500.0);
    assert_int_equal(elt(elt(call, 2), 2)->ival, 31);
    done(p);
}

static void test_integers(void **state) {
    struct { const char *src; int64_t v; bool big; } cases[] = {
        {"x = 0\n", 0, false},           {"x = 1_000_000\n", 1000000, false},
        {"x = 0x1F\n", 31, false},       {"x = 0o17\n", 15, false},
        {"x = 0b1010\n", 10, false},     {"x = 0XFF_FF\n", 65535, false},
        {"x = 9223372036854775807\n", INT64_MAX, false},
        {"x = 9223372036854775808\n", 0, true},
        {"x = 0xFFFFFFFFFFFFFFFFFF\n", 0, true},
        {"x = 000\n", 0, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Parsed *p = parse_ok(cases[i].src);
        Expr *e = value_of(p);
        assert_int_equal(e->kind, E_INT);
        assert_int_equal(e->big, cases[i].big);
        if (!cases[i].big) assert_true(e->ival == cases[i].v);
        assert_non_null(e->text);
        done(p);
    }
    Parsed *p = parse_ok("x = 123456789012345678901234567890\n");
    assert_string_equal(value_of(p)->text, "123456789012345678901234567890");
    assert_span(value_of(p)->span, 1, 5, 1, 35);
    done(p);
}

static void test_floats_and_complex(void **state) {
    struct { const char *src; double v; } cases[] = {
        {"x = 1.5\n", 1.5}, {"x = 2.5e3\n", 2500.0}, {"x = 1_0.2_5\n", 10.25},
        {"x = .5\n", 0.5},  {"x = 1e-2\n", 0.01},     {"x = 3.\n", 3.0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Parsed *p = parse_ok(cases[i].src);
        assert_int_equal(value_of(p)->kind, E_FLOAT);
        assert_true(value_of(p)->fval == cases[i].v);
        done(p);
    }
    struct { const char *src; double imag; } cplx[] = {
        {"x = 1j\n", 1.0}, {"x = 1.5J\n", 1.5}, {"x = 1e3j\n", 1000.0}, {"x = 1_0j\n", 10.0},
    };
    for (size_t i = 0; i < sizeof cplx / sizeof cplx[0]; i++) {   /* imaginary: fval is the imaginary part */
        Parsed *p = parse_ok(cplx[i].src);
        assert_int_equal(value_of(p)->kind, E_IMAG);
        assert_true(value_of(p)->fval == cplx[i].imag);
        done(p);
    }
}

static void check_str(const char *src, ExprKind kind, const char *want, size_t len) {
    Parsed *p = parse_ok(src);
    Expr *e = value_of(p);
    if (e->kind != kind) print_message("%s: kind %s\n", src, expr_kind_name(e->kind));
    assert_int_equal(e->kind, kind);
    assert_int_equal(e->str_len, len);
    assert_memory_equal(e->str, want, len);
    done(p);
}

static void test_strings(void **state) {
    check_str("x = 'abc'\n", E_STR, "abc", 3);
    check_str("x = \"a\\nb\\t\\\\\"\n", E_STR, "a\nb\t\\", 5);
    check_str("x = 'a' \"b\" '''c'''\n", E_STR, "abc", 3);
    check_str("x = r'a\\nb'\n", E_STR, "a\\nb", 4);
    check_str("x = u'\\u00e9'\n", E_STR, "\xc3\xa9", 2);
    check_str("x = '\\U0001F600'\n", E_STR, "\xf0\x9f\x98\x80", 4);
    check_str("x = '\\x41\\101\\0'\n", E_STR, "AA\0", 3);
    check_str("x = 'a\\\nb'\n", E_STR, "ab", 2);
    check_str("x = '\\q'\n", E_STR, "\\q", 2);
    check_str("x = \"\"\"l1\nl2\"\"\"\n", E_STR, "l1\nl2", 5);
    check_str("x = b'\\x00\\xff'\n", E_BYTES, "\0\xff", 2);
    check_str("x = b'a' b'b'\n", E_BYTES, "ab", 2);
    check_str("x = rb'\\x00'\n", E_BYTES, "\\x00", 4);
    check_str("x = b'\\u1234'\n", E_BYTES, "\\u1234", 6);
    check_str("x = f'plain {{x}}'\n", E_STR, "plain {x}", 9);
    check_str("x = ''\n", E_STR, "", 0);
    check_str("x = 'caf\xc3\xa9'\n", E_STR, "caf\xc3\xa9", 5);
    Parsed *p = parse_ok("x = f'a{b}c'\n");
    assert_int_equal(value_of(p)->kind, E_JOINEDSTR);
    assert_int_equal(value_of(p)->elts.len, 3);
    done(p);
    p = parse_ok("x = 'a' f'{b}'\n");
    assert_int_equal(value_of(p)->kind, E_JOINEDSTR);
    assert_int_equal(VEC_AT(value_of(p)->elts, Expr, 0)->kind, E_STR);
    done(p);
    expect_error("x = 'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 5);
    expect_error("x = ub'a'\n", "invalid string prefix", 1, 5);
    expect_error("x = b'\xc3\xa9'\n", "bytes can only contain ASCII literal characters", 1, 5);
    expect_error("x = '\\x4'\n", "(unicode error) truncated \\xXX escape", 1, 5);
}

static void test_constants(void **state) {
    Parsed *p = parse_ok("True\nFalse\nNone\n...\n");
    ExprKind k[] = {E_TRUE, E_FALSE, E_NONE, E_ELLIPSIS};
    for (int i = 0; i < 4; i++) assert_int_equal(stmt_at(p, i)->value->kind, k[i]);
    done(p);
}

static void test_assignments(void **state) {
    Parsed *p = parse_ok("a = b = 1\nx, [y, *z] = t\nobj.attr = d[k] = 2\nq: int\nr: list[int] = []\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_ASSIGN);
    assert_int_equal(s->targets.len, 2);
    assert_string_equal(VEC_AT(s->targets, Expr, 0)->id, "a");
    assert_string_equal(VEC_AT(s->targets, Expr, 1)->id, "b");
    assert_int_equal(s->value->ival, 1);
    assert_span(s->span, 1, 1, 1, 10);
    s = stmt_at(p, 1);
    Expr *t = VEC_AT(s->targets, Expr, 0);
    assert_int_equal(t->kind, E_TUPLE);
    assert_int_equal(elt(t, 1)->kind, E_LIST);
    assert_int_equal(elt(elt(t, 1), 1)->kind, E_STARRED);
    assert_string_equal(elt(elt(t, 1), 1)->left->id, "z");
    s = stmt_at(p, 2);
    assert_int_equal(VEC_AT(s->targets, Expr, 0)->kind, E_ATTRIBUTE);
    assert_string_equal(VEC_AT(s->targets, Expr, 0)->id, "attr");
    assert_int_equal(VEC_AT(s->targets, Expr, 1)->kind, E_SUBSCRIPT);
    s = stmt_at(p, 3);
    assert_int_equal(s->kind, S_ANNASSIGN);
    assert_null(s->value);
    s = stmt_at(p, 4);
    assert_int_equal(s->annotation->kind, E_SUBSCRIPT);
    assert_int_equal(s->value->kind, E_LIST);
    done(p);
}

static void test_augassign_ops(void **state) {
    struct { const char *op; BinOp id; } ops[] = {
        {"+=", OP_ADD}, {"-=", OP_SUB}, {"*=", OP_MUL}, {"/=", OP_TRUEDIV}, {"//=", OP_FLOORDIV},
        {"%=", OP_MOD}, {"**=", OP_POW}, {"<<=", OP_LSHIFT}, {">>=", OP_RSHIFT}, {"|=", OP_BITOR},
        {"^=", OP_BITXOR}, {"&=", OP_BITAND}, {"@=", OP_MATMUL},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "x.y %s 3\n", ops[i].op);
        Parsed *p = parse_ok(src);
        Stmt *s = stmt_at(p, 0);
        assert_int_equal(s->kind, S_AUGASSIGN);
        assert_int_equal(s->op, ops[i].id);
        assert_int_equal(s->target->kind, E_ATTRIBUTE);
        assert_int_equal(s->value->ival, 3);
        done(p);
        snprintf(src, sizeof src, "x = a %.*s b\n", (int)strlen(ops[i].op) - 1, ops[i].op);
        p = parse_ok(src);
        assert_int_equal(value_of(p)->kind, E_BINOP);
        assert_int_equal(value_of(p)->op, ops[i].id);
        done(p);
    }
}

static void test_control_flow(void **state) {
    Parsed *p = parse_ok("if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    x = 1\n"
                         "while x:\n    break\nelse:\n    continue\n"
                         "for i, j in a, b:\n    pass\n"
                         "del a, b[0]\nglobal g, h\nnonlocal n\nraise\nreturn\nreturn 1, 2\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_IF);
    Stmt *e1 = VEC_AT(s->orelse, Stmt, 0);
    assert_int_equal(e1->kind, S_IF);
    assert_string_equal(e1->test->id, "b");
    assert_span(e1->span, 3, 1, 8, 10);
    Stmt *e2 = VEC_AT(e1->orelse, Stmt, 0);
    assert_string_equal(e2->test->id, "c");
    assert_int_equal(VEC_AT(e2->orelse, Stmt, 0)->kind, S_ASSIGN);
    s = stmt_at(p, 1);
    assert_int_equal(s->kind, S_WHILE);
    assert_int_equal(VEC_AT(s->body, Stmt, 0)->kind, S_BREAK);
    assert_int_equal(VEC_AT(s->orelse, Stmt, 0)->kind, S_CONTINUE);
    s = stmt_at(p, 2);
    assert_int_equal(s->target->kind, E_TUPLE);
    assert_int_equal(s->iter->kind, E_TUPLE);
    s = stmt_at(p, 3);
    assert_int_equal(s->kind, S_DELETE);
    assert_int_equal(s->targets.len, 2);
    s = stmt_at(p, 4);
    assert_int_equal(s->kind, S_GLOBAL);
    assert_int_equal(s->names.len, 2);
    assert_string_equal(VEC_AT(s->names, const char, 1), "h");
    assert_int_equal(stmt_at(p, 5)->kind, S_NONLOCAL);
    assert_null(stmt_at(p, 6)->value);
    assert_null(stmt_at(p, 7)->value);
    assert_int_equal(stmt_at(p, 8)->value->kind, E_TUPLE);
    done(p);
}

static void test_function_params(void **state) {
    Parsed *p = parse_ok("@dec\n@mod.dec(1)\ndef f(a, b: int, /, c=1, d: int = 2, *args: str, e, f=3, **kw: int) -> None:\n"
                         "    '''doc'''\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_FUNCDEF);
    assert_span(s->span, 3, 1, 4, 14);
    assert_int_equal(s->decorators.len, 2);
    assert_int_equal(VEC_AT(s->decorators, Expr, 1)->kind, E_CALL);
    struct { const char *name; ParamKind kind; bool ann, def; } want[] = {
        {"a", PARAM_POSONLY, false, false}, {"b", PARAM_POSONLY, true, false},
        {"c", PARAM_POS, false, true},      {"d", PARAM_POS, true, true},
        {"args", PARAM_VARARGS, true, false}, {"e", PARAM_KWONLY, false, false},
        {"f", PARAM_KWONLY, false, true},   {"kw", PARAM_KWARGS, true, false},
    };
    assert_int_equal(s->params.len, 8);
    for (int i = 0; i < 8; i++) {
        Param *pr = VEC_AT(s->params, Param, i);
        assert_string_equal(pr->name, want[i].name);
        assert_int_equal(pr->kind, want[i].kind);
        assert_int_equal(pr->annotation != NULL, want[i].ann);
        assert_int_equal(pr->default_ != NULL, want[i].def);
    }
    assert_span(VEC_AT(s->params, Param, 3)->span, 3, 26, 3, 36);
    assert_int_equal(s->returns->kind, E_NONE);
    assert_int_equal(VEC_AT(s->body, Stmt, 0)->kind, S_EXPR);   /* docstring */
    done(p);
    p = parse_ok("def g(*, k): pass\n");
    assert_int_equal(VEC_AT(stmt_at(p, 0)->params, Param, 0)->kind, PARAM_KWONLY);
    done(p);
}

static void test_match(void **state) {
    Parsed *p = parse_ok("match v:\n    case [1, *rest] | (2, *rest) if rest:\n        pass\n"
                         "    case Point(0, y=-2) as pt:\n        pass\n    case {\"k\": _, **kw}:\n        pass\n"
                         "    case _:\n        pass\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_MATCH);
    assert_int_equal(s->cases.len, 4);
    MatchCase *c0 = VEC_AT(s->cases, MatchCase, 0);
    assert_int_equal(c0->pattern->kind, E_MATCH_OR);
    assert_non_null(c0->guard);
    Expr *seq = VEC_AT(c0->pattern->elts, Expr, 0);
    assert_int_equal(seq->kind, E_MATCH_SEQUENCE);
    assert_int_equal(VEC_AT(seq->elts, Expr, 1)->kind, E_MATCH_STAR);
    assert_string_equal(VEC_AT(seq->elts, Expr, 1)->id, "rest");
    Expr *as = VEC_AT(s->cases, MatchCase, 1)->pattern;
    assert_int_equal(as->kind, E_MATCH_AS);
    assert_string_equal(as->id, "pt");
    assert_int_equal(as->left->kind, E_MATCH_CLASS);
    assert_int_equal(as->left->elts.len, 1);
    assert_int_equal(as->left->keywords.len, 1);
    Expr *neg = VEC_AT(as->left->keywords, Keyword, 0)->value;
    assert_int_equal(neg->kind, E_MATCH_VALUE);
    assert_int_equal(neg->left->kind, E_UNARYOP);
    Expr *map = VEC_AT(s->cases, MatchCase, 2)->pattern;
    assert_int_equal(map->kind, E_MATCH_MAPPING);
    assert_string_equal(map->id, "kw");
    Expr *wild = VEC_AT(s->cases, MatchCase, 3)->pattern;
    assert_int_equal(wild->kind, E_MATCH_AS);
    assert_null(wild->left);
    assert_null(wild->id);
    done(p);
}

static void test_classes(void **state) {
    Parsed *p = parse_ok("@final\nclass A(B, m.C):\n    x: int = 1\n    def f(self): pass\nclass D(metaclass=M): pass\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_CLASSDEF);
    assert_string_equal(s->name, "A");
    assert_int_equal(s->bases.len, 2);
    assert_int_equal(s->decorators.len, 1);
    assert_int_equal(s->body.len, 2);
    s = stmt_at(p, 1);
    assert_int_equal(s->kind, S_CLASSDEF);
    assert_int_equal(s->bases.len, 0);
    assert_int_equal(s->class_keywords.len, 1);
    assert_string_equal(VEC_AT(s->class_keywords, Keyword, 0)->name, "metaclass");
    done(p);
}

static void test_imports(void **state) {
    Parsed *p = parse_ok("import a.b as c, d\nfrom . import x\nfrom ..m.n import y as z, w\nfrom m import *\n"
                         "from __future__ import annotations\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_IMPORT);
    Alias *al = VEC_AT(s->names, Alias, 0);
    assert_string_equal(al->name, "a.b");
    assert_string_equal(al->asname, "c");
    assert_null(VEC_AT(s->names, Alias, 1)->asname);
    s = stmt_at(p, 1);
    assert_int_equal(s->level, 1);
    assert_null(s->module);
    s = stmt_at(p, 2);
    assert_int_equal(s->level, 2);
    assert_string_equal(s->module, "m.n");
    assert_int_equal(s->names.len, 2);
    assert_string_equal(VEC_AT(s->names, Alias, 0)->asname, "z");
    s = stmt_at(p, 3);
    assert_true(s->import_star);
    assert_int_equal(s->names.len, 0);
    s = stmt_at(p, 4);
    assert_int_equal(s->kind, S_IMPORTFROM);
    assert_string_equal(s->module, "__future__");
    done(p);
}

static void test_expressions(void **state) {
    Parsed *p = parse_ok("a and b and c\na or b and c\na < b not in c is not d\n-x + +y * ~z\nnot a\n"
                         "f(1, *a, k=2, **kw)\na[1, 2]\na[1:2:3]\na[::]\na[1,]\n(a)\nb if c else d\n"
                         "{1: 2, **m}\n[*a, b]\n(1, 2)\n()\n{}\na.b.c\n");
    Expr *e = stmt_at(p, 0)->value;
    assert_int_equal(e->kind, E_BOOLOP);
    assert_int_equal(e->op, BOOL_AND);
    assert_int_equal(e->left->kind, E_BOOLOP);   /* nests left */
    assert_string_equal(e->right->id, "c");
    e = stmt_at(p, 1)->value;
    assert_int_equal(e->op, BOOL_OR);
    assert_int_equal(e->right->op, BOOL_AND);
    e = stmt_at(p, 2)->value;
    assert_int_equal(e->kind, E_COMPARE);
    assert_int_equal(e->elts.len, 4);
    assert_int_equal(e->cmp_ops[0], CMP_LT);
    assert_int_equal(e->cmp_ops[1], CMP_NOTIN);
    assert_int_equal(e->cmp_ops[2], CMP_ISNOT);
    e = stmt_at(p, 3)->value;
    assert_int_equal(e->op, OP_ADD);
    assert_int_equal(e->left->kind, E_UNARYOP);
    assert_int_equal(e->left->op, UOP_NEG);
    assert_int_equal(e->right->left->op, UOP_POS);
    assert_int_equal(e->right->right->op, UOP_INVERT);
    assert_int_equal(stmt_at(p, 4)->value->op, UOP_NOT);
    e = stmt_at(p, 5)->value;
    assert_int_equal(e->elts.len, 2);
    assert_int_equal(elt(e, 1)->kind, E_STARRED);
    assert_int_equal(e->keywords.len, 2);
    assert_string_equal(VEC_AT(e->keywords, Keyword, 0)->name, "k");
    assert_null(VEC_AT(e->keywords, Keyword, 1)->name);
    assert_string_equal(VEC_AT(e->keywords, Keyword, 1)->value->id, "kw");
    e = stmt_at(p, 6)->value;
    assert_int_equal(e->right->kind, E_TUPLE);
    assert_span(e->right->span, 7, 3, 7, 7);
    e = stmt_at(p, 7)->value->right;
    assert_int_equal(e->kind, E_SLICE);
    assert_int_equal(e->lower->ival, 1);
    assert_int_equal(e->upper->ival, 2);
    assert_int_equal(e->step->ival, 3);
    e = stmt_at(p, 8)->value->right;
    assert_int_equal(e->kind, E_SLICE);
    assert_null(e->lower);
    assert_null(e->upper);
    assert_null(e->step);
    e = stmt_at(p, 9)->value->right;
    assert_int_equal(e->kind, E_TUPLE);
    assert_int_equal(e->elts.len, 1);
    e = stmt_at(p, 10)->value;
    assert_int_equal(e->kind, E_NAME);
    assert_true(e->parenthesized);
    assert_span(e->span, 11, 2, 11, 3);
    e = stmt_at(p, 11)->value;
    assert_int_equal(e->kind, E_IFEXP);
    assert_string_equal(e->body->id, "b");
    assert_string_equal(e->test->id, "c");
    assert_string_equal(e->orelse->id, "d");
    e = stmt_at(p, 12)->value;
    assert_int_equal(e->kind, E_DICT);
    assert_int_equal(e->elts.len, 2);
    assert_null(e->elts.items[1]);
    assert_string_equal(VEC_AT(e->values, Expr, 1)->id, "m");
    e = stmt_at(p, 13)->value;
    assert_int_equal(elt(e, 0)->kind, E_STARRED);
    assert_int_equal(stmt_at(p, 14)->value->kind, E_TUPLE);
    assert_int_equal(stmt_at(p, 15)->value->elts.len, 0);
    assert_int_equal(stmt_at(p, 16)->value->kind, E_DICT);
    e = stmt_at(p, 17)->value;
    assert_int_equal(e->kind, E_ATTRIBUTE);
    assert_string_equal(e->id, "c");
    assert_string_equal(e->left->id, "b");
    done(p);
    p = parse_ok("x = 1, 2\n");
    assert_int_equal(value_of(p)->kind, E_TUPLE);
    done(p);
    p = parse_ok("a, b\n");
    assert_int_equal(stmt_at(p, 0)->value->kind, E_TUPLE);
    done(p);
}

static void test_comprehensions(void **state) {
    Parsed *p = parse_ok("x = [a * b for a, b in y if a if b > 1 for c in a]\n");
    Expr *e = value_of(p);
    assert_int_equal(e->kind, E_LISTCOMP);
    assert_int_equal(e->body->kind, E_BINOP);
    assert_int_equal(e->comps.len, 2);
    Comprehension *q = VEC_AT(e->comps, Comprehension, 0);
    assert_int_equal(q->target->kind, E_TUPLE);
    assert_int_equal(q->iter->kind, E_NAME);
    assert_int_equal(q->ifs.len, 2);
    assert_int_equal(VEC_AT(e->comps, Comprehension, 1)->ifs.len, 0);
    done(p);
    p = parse_ok("x = {k: v for k, v in d.items()}\n");
    e = value_of(p);
    assert_int_equal(e->kind, E_DICTCOMP);
    assert_string_equal(e->left->id, "k");
    assert_string_equal(e->right->id, "v");
    done(p);
    p = parse_ok("x = {i for i in y}\n");
    assert_int_equal(value_of(p)->kind, E_SETCOMP);
    done(p);
}

/* yield, yield from, and generator expressions as generator defs over `.0`. */
static void test_generators(void **state) {
    Parsed *p = parse_ok("x = yield\n");
    Expr *e = value_of(p);
    assert_int_equal(e->kind, E_YIELD);
    assert_null(e->left);
    done(p);
    p = parse_ok("x = yield a, b\n");
    e = value_of(p);
    assert_int_equal(e->kind, E_YIELD);
    assert_int_equal(e->left->kind, E_TUPLE);
    done(p);
    p = parse_ok("x = yield from y\n");
    e = value_of(p);
    assert_int_equal(e->kind, E_YIELDFROM);
    assert_string_equal(e->left->id, "y");
    done(p);
    p = parse_ok("x = (a * 2 for a in y if a for b in a)\n");
    e = value_of(p);
    assert_int_equal(e->kind, E_GENEXP);
    assert_string_equal(e->left->id, "y");          /* the first iterable, evaluated outside */
    assert_string_equal(e->def->name, "<genexpr>");
    assert_int_equal(e->def->params.len, 1);
    assert_string_equal(VEC_AT(e->def->params, Param, 0)->name, ".0");
    Stmt *loop = VEC_AT(e->def->body, Stmt, 0);
    assert_int_equal(loop->kind, S_FOR);
    assert_string_equal(loop->iter->id, ".0");
    Stmt *test = VEC_AT(loop->body, Stmt, 0);
    assert_int_equal(test->kind, S_IF);
    Stmt *inner = VEC_AT(test->body, Stmt, 0);
    assert_int_equal(inner->kind, S_FOR);
    Stmt *y = VEC_AT(inner->body, Stmt, 0);
    assert_int_equal(y->kind, S_EXPR);
    assert_int_equal(y->value->kind, E_YIELD);
    assert_int_equal(y->value->left->kind, E_BINOP);
    done(p);
    p = parse_ok("x = f(a for a in y)\n");
    e = value_of(p);
    assert_int_equal(e->kind, E_CALL);
    assert_int_equal(VEC_AT(e->elts, Expr, 0)->kind, E_GENEXP);
    done(p);
}

static void test_fstrings(void **state) {
    Parsed *p = parse_ok("x = f'a{b!r:>{w}}c' 'd'\n");
    Expr *e = value_of(p);
    assert_int_equal(e->kind, E_JOINEDSTR);
    assert_int_equal(e->elts.len, 3);
    assert_int_equal(VEC_AT(e->elts, Expr, 0)->kind, E_STR);
    Expr *fv = VEC_AT(e->elts, Expr, 1);
    assert_int_equal(fv->kind, E_FORMATTED);
    assert_int_equal(fv->op, 'r');
    assert_string_equal(fv->left->id, "b");
    assert_int_equal(fv->right->kind, E_JOINEDSTR);
    Expr *last = VEC_AT(e->elts, Expr, 2);
    assert_int_equal(last->kind, E_STR);
    assert_int_equal(last->str_len, 2);
    assert_memory_equal(last->str, "cd", 2);
    done(p);
    p = parse_ok("x = f'{{}}{y=}'\n");
    e = value_of(p);
    assert_int_equal(e->kind, E_JOINEDSTR);
    assert_int_equal(e->elts.len, 3);
    assert_memory_equal(VEC_AT(e->elts, Expr, 0)->str, "{}", 2);
    assert_memory_equal(VEC_AT(e->elts, Expr, 1)->str, "y=", 2);
    assert_int_equal(VEC_AT(e->elts, Expr, 2)->op, 'r');
    done(p);
}

static void test_try_with(void **state) {
    Parsed *p = parse_ok("try:\n    a()\nexcept (A, B) as e:\n    b()\nexcept C:\n    pass\n"
                         "except:\n    raise\nelse:\n    c()\nfinally:\n    d()\n");
    Stmt *s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_TRY);
    assert_int_equal(s->body.len, 1);
    assert_int_equal(s->handlers.len, 3);
    ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, 0);
    assert_int_equal(h->type->kind, E_TUPLE);
    assert_string_equal(h->target->id, "e");
    assert_null(VEC_AT(s->handlers, ExceptHandler, 2)->type);
    assert_int_equal(s->orelse.len, 1);
    assert_int_equal(s->finalbody.len, 1);
    done(p);
    p = parse_ok("with open(f) as (a, b), lock:\n    pass\n");
    s = stmt_at(p, 0);
    assert_int_equal(s->kind, S_WITH);
    assert_int_equal(s->items.len, 2);
    assert_int_equal(VEC_AT(s->items, WithItem, 0)->context->kind, E_CALL);
    assert_int_equal(VEC_AT(s->items, WithItem, 0)->target->kind, E_TUPLE);
    assert_null(VEC_AT(s->items, WithItem, 1)->target);
    done(p);
}

static void test_unsupported(void **state) {
    struct { const char *src; const char *what; bool stmt; } cases[] = {
        {"def f[T]():\n    pass\n", "type parameter list", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Parsed *p = parse_ok(cases[i].src);
        Stmt *s = stmt_at(p, 0);
        const char *what = cases[i].stmt ? (s->kind == S_UNSUPPORTED ? s->what : NULL)
                                         : (s->value && s->value->kind == E_UNSUPPORTED ? s->value->what : NULL);
        if (!what || strcmp(what, cases[i].what)) print_message("%s -> %s\n", cases[i].src, what ? what : "(none)");
        assert_non_null(what);
        assert_string_equal(what, cases[i].what);
        done(p);
    }
    /* async def, await, async for/with and async comprehensions */
    Parsed *p = parse_ok("async def f(a):\n    x = await g()\n    async for y in a:\n        pass\n"
                         "    async with a:\n        pass\n    return [z async for z in a]\ny = 1\n");
    Stmt *f = stmt_at(p, 0);
    assert_true(f->is_async);
    assert_int_equal(VEC_AT(f->body, Stmt, 0)->value->kind, E_AWAIT);
    assert_int_equal(VEC_AT(f->body, Stmt, 0)->value->left->kind, E_CALL);
    assert_true(VEC_AT(f->body, Stmt, 1)->is_async && VEC_AT(f->body, Stmt, 1)->kind == S_FOR);
    assert_true(VEC_AT(f->body, Stmt, 2)->is_async && VEC_AT(f->body, Stmt, 2)->kind == S_WITH);
    Expr *comp = VEC_AT(f->body, Stmt, 3)->value;
    assert_true(VEC_AT(comp->comps, Comprehension, 0)->is_async);
    assert_int_equal(stmt_at(p, 1)->kind, S_ASSIGN);
    done(p);
}

static void test_syntax_errors(void **state) {
    expect_error("if x\n    pass\n", "expected ':'", 1, 5);
    expect_error("x = (1,\ny = 2\n", "'(' was never closed", 1, 5);
    expect_error("x = [1, 2\n", "'[' was never closed", 1, 5);
    expect_error("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6);
    expect_error("x = )\n", "unmatched ')'", 1, 5);
    expect_error("  x = 1\n", "unexpected indent", 1, 3);
    expect_error("x = 1\n    y = 2\n", "unexpected indent", 2, 5);
    expect_error("if x:\n  a\n y\n", "unindent does not match any outer indentation level", 3, 2);
    expect_error("def f():\nx = 1\n", "expected an indented block after function definition on line 1", 2, 1);
    expect_error("if x:\n", "expected an indented block after 'if' statement on line 1", 1, 0);
    expect_error("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
    expect_error("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    expect_error("del 1\n", "cannot delete literal", 1, 5);
    expect_error("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1);
    expect_error("a, b: int\n", "only single target (not tuple) can be annotated", 1, 1);
    expect_error("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1);
    expect_error("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8);
    expect_error("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
    expect_error("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8);
    expect_error("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12);
    expect_error("def f(*): pass\n", "named arguments must follow bare *", 1, 7);
    expect_error("x = 0777\n", "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers", 1, 5);
    expect_error("print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
    expect_error("x = 1 +\n", "invalid syntax", 1, 0);
    expect_error("def f(:\n    pass\n", "invalid syntax", 1, 7);
    expect_error_n("x = 1\ny = a\0b\n", 13, "source code cannot contain null bytes", 2, 6);
    expect_error("x = 1\ny = '\xff'\n", "Non-UTF-8 code starting with '\\xff' in file t.py, but no encoding declared; "
                                        "see https://peps.python.org/pep-0263/ for details", 2, 6);
    expect_error("if x:\n\tpass\n        pass\n", "inconsistent use of tabs and spaces in indentation", 3, 9);
    /* at most one error per line, and the statements after an error still parse */
    Parsed *p = parse("x = = 1 = = 2\ny = 3\n");
    int line1 = 0;
    for (int i = 0; i < p->diags.items.len; i++) line1 += VEC_AT(p->diags.items, Diag, i)->span.line == 1;
    assert_int_equal(line1, 1);
    bool have_y = false;
    for (int i = 0; i < p->m->body.len; i++) {
        Stmt *s = stmt_at(p, i);
        if (s->kind == S_ASSIGN && VEC_AT(s->targets, Expr, 0)->kind == E_NAME &&
            strcmp(VEC_AT(s->targets, Expr, 0)->id, "y") == 0) have_y = true;
    }
    assert_true(have_y);
    done(p);
}

static void test_is_static(void **state) {
    struct { const char *src; bool want; } cases[] = {
        {"import __static__\n", true},
        {"'''doc'''\nimport __static__\n", true},
        {"'''doc'''\nfrom __future__ import annotations\nimport __static__\nx = 1\n", true},
        {"# comment\n\nimport __static__\n", true},
        {"import os\nimport __static__\n", false},
        {"import __static__ as s\n", false},
        {"import __static__, os\n", false},
        {"from __static__ import int64\n", false},
        {"", false},
        {"x = 1\n", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Parsed *p = parse_ok(cases[i].src);
        if (p->m->is_static != cases[i].want) print_message("is_static(%s)\n", cases[i].src);
        assert_int_equal(p->m->is_static, cases[i].want);
        done(p);
    }
}

static void test_spans_and_bom(void **state) {
    Parsed *p = parse_ok("\xef\xbb\xbfx = 1\n");
    assert_span(stmt_at(p, 0)->span, 1, 4, 1, 9);
    done(p);
    p = parse_ok("s = '''a\nb'''\n");
    assert_span(value_of(p)->span, 1, 5, 2, 5);
    done(p);
    p = parse_ok("x = 'h\xc3\xa9' + y\n");   /* columns count bytes */
    assert_span(value_of(p)->right->span, 1, 13, 1, 14);
    done(p);
    p = parse_ok("x = 1\r\ny = 2\r\n");
    assert_span(stmt_at(p, 1)->span, 2, 1, 2, 6);
    done(p);
}

static void test_ast_dump(void **state) {
    Parsed *p = parse_ok("import __static__\ndef f(a: int = 1) -> None:\n    return a + 2\n");
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ast_dump(out, p->m);
    fclose(out);
    const char *want =
        "Module t static\n"
        "  Import 1:1-1:18\n"
        "    alias __static__ 1:8-1:18\n"
        "  FunctionDef 2:1-3:17 f\n"
        "    param pos a 2:7-2:17\n"
        "      annotation:\n"
        "        Name 2:10-2:13 int\n"
        "      default:\n"
        "        Int 2:16-2:17 1\n"
        "    returns:\n"
        "      None 2:22-2:26\n"
        "    body:\n"
        "      Return 3:5-3:17\n"
        "        value:\n"
        "          BinOp 3:12-3:17 +\n"
        "            Name 3:12-3:13 a\n"
        "            Int 3:16-3:17 2\n";
    if (strcmp(buf, want)) print_message("%s", buf);
    assert_string_equal(buf, want);
    free(buf);
    done(p);
    assert_string_equal(stmt_kind_name(S_FUNCDEF), "FunctionDef");
    assert_string_equal(expr_kind_name(E_COMPARE), "Compare");
    assert_string_equal(binop_text(OP_FLOORDIV), "//");
    assert_string_equal(binop_verb(OP_MOD), "modulus");
    assert_string_equal(cmpop_text(CMP_NOTIN), "not in");
    assert_string_equal(unop_text(UOP_NOT), "not");
}

static void test_depth_limits(void **state) {
    size_t n = 100000;
    char *src = malloc(n * 2 + 16);
    const char *pats[] = {"(", "-", "not ", "[", "a = ", "lambda: "};
    for (size_t k = 0; k < sizeof pats / sizeof pats[0]; k++) {
        size_t pl = strlen(pats[k]), len = 0;
        memcpy(src, "x = ", 4);
        len = 4;
        while (len + pl < n) { memcpy(src + len, pats[k], pl); len += pl; }
        src[len++] = '1';
        src[len++] = '\n';
        src[len] = 0;
        Parsed *p = parse_n(src, len);
        assert_true(p->diags.errors > 0);
        done(p);
    }
    /* 150 nested parentheses are fine; 250 are not */
    for (int depth = 150; depth <= 250; depth += 100) {
        size_t len = 0;
        len += (size_t)sprintf(src, "x = ");
        for (int i = 0; i < depth; i++) src[len++] = '(';
        src[len++] = '1';
        for (int i = 0; i < depth; i++) src[len++] = ')';
        src[len++] = '\n';
        src[len] = 0;
        Parsed *p = parse_n(src, len);
        assert_int_equal(p->diags.errors > 0, depth > 200);
        done(p);
    }
    free(src);
}

/* Random truncations and byte mutations of the sample must never crash or hang. */
static void test_fuzz_no_crash(void **state) {
    static const char *frags[] = {"(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "\"", "'",
                                  "\"\"\"", "\\", "#", "=", "lambda", "if", "else", ",", "*", "**",
                                  "\xff", "f\"{", "0x", "1e", "j", "not", "yield", "async"};
    size_t n = strlen(sample);
    char *buf = malloc(n * 2 + 64);
    unsigned seed = 12345;
    for (size_t cut = 0; cut <= n; cut++) {   /* every truncation */
        Parsed *p = parse_n(sample, cut);
        FILE *devnull = fopen("/dev/null", "w");
        ast_dump(devnull, p->m);
        fclose(devnull);
        done(p);
    }
    for (int it = 0; it < 1500; it++) {
        memcpy(buf, sample, n);
        size_t len = n;
        int muts = 1 + it % 6;
        for (int m = 0; m < muts; m++) {
            seed = seed * 1103515245u + 12345u;
            size_t pos = (seed >> 8) % (len + 1);
            int op = (int)((seed >> 4) % 3);
            if (op == 0 && pos < len) buf[pos] = (char)(seed >> 16);
            else if (op == 1 && pos < len) { memmove(buf + pos, buf + pos + 1, len - pos - 1); len--; }
            else {
                const char *f = frags[(seed >> 12) % (sizeof frags / sizeof frags[0])];
                size_t fl = strlen(f);
                memmove(buf + pos + fl, buf + pos, len - pos);
                memcpy(buf + pos, f, fl);
                len += fl;
            }
        }
        if (it % 3 == 0) len = (seed >> 3) % (len + 1);
        buf[len] = 0;
        Parsed *p = parse_n(buf, len);
        FILE *devnull = fopen("/dev/null", "w");
        ast_dump(devnull, p->m);
        diag_print_text(&p->diags, devnull, "t.py", buf);
        fclose(devnull);
        done(p);
    }
    free(buf);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sample_program),
        cmocka_unit_test(test_integers),
        cmocka_unit_test(test_floats_and_complex),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_constants),
        cmocka_unit_test(test_assignments),
        cmocka_unit_test(test_augassign_ops),
        cmocka_unit_test(test_control_flow),
        cmocka_unit_test(test_function_params),
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_match),
        cmocka_unit_test(test_imports),
        cmocka_unit_test(test_expressions),
        cmocka_unit_test(test_comprehensions),
        cmocka_unit_test(test_generators),
        cmocka_unit_test(test_fstrings),
        cmocka_unit_test(test_try_with),
        cmocka_unit_test(test_unsupported),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_is_static),
        cmocka_unit_test(test_spans_and_bom),
        cmocka_unit_test(test_ast_dump),
        cmocka_unit_test(test_depth_limits),
        cmocka_unit_test(test_fuzz_no_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
