/* ast.c — AST support: kind and operator names (from the ast.def / ops.def tables),
 * node allocation, the search of a def's body for yield/await (ast_body_has), and the
 * `--dump=ast` printer.
 *
 * Input: nodes built by parse.c (and tests). Output: names for messages and a stable,
 * indented text dump of a whole Module (one node per line, children indented two
 * spaces under a `field:` label; spans as line:col-end_line:end_col). */
#include "ast.h"
#include <inttypes.h>
#include <string.h>

static const char *const stmt_names[S__COUNT] = {
#define STMT(k, n) [k] = n,
#define EXPR(k, n)
#include "ast.def"
#undef STMT
#undef EXPR
};

static const char *const expr_names[E__COUNT] = {
#define STMT(k, n)
#define EXPR(k, n) [k] = n,
#include "ast.def"
#undef STMT
#undef EXPR
};

typedef struct OpInfo { const char *text, *verb; } OpInfo;

static const OpInfo binops[OP__COUNT] = {
#define BINOP(id, text, verb) [id] = {text, verb},
#define CMPOP(id, text)
#define UNOP(id, text)
#include "ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
};

static const char *const cmpops[CMP__COUNT] = {
#define BINOP(id, text, verb)
#define CMPOP(id, text) [id] = text,
#define UNOP(id, text)
#include "ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
};

static const char *const unops[UOP__COUNT] = {
#define BINOP(id, text, verb)
#define CMPOP(id, text)
#define UNOP(id, text) [id] = text,
#include "ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
};

/* Out-of-range values come from corrupt nodes; answer "?" rather than crash. */
const char *stmt_kind_name(StmtKind k) { return (unsigned)k < S__COUNT ? stmt_names[k] : "?"; }
const char *expr_kind_name(ExprKind k) { return (unsigned)k < E__COUNT ? expr_names[k] : "?"; }
const char *binop_text(BinOp op) { return (unsigned)op < OP__COUNT ? binops[op].text : "?"; }
const char *binop_verb(BinOp op) { return (unsigned)op < OP__COUNT ? binops[op].verb : "?"; }
const char *cmpop_text(CmpOp op) { return (unsigned)op < CMP__COUNT ? cmpops[op] : "?"; }
const char *unop_text(UnaryOp op) { return (unsigned)op < UOP__COUNT ? unops[op] : "?"; }

/* Is there a node of kind k1 or k2 in e (the nodes the checker's walk_expr visits)?
 * Every function body is searched for yields: no callback, and it stops at the first. */
static bool expr_has(const Expr *e, ExprKind k1, ExprKind k2) {
    if (e->kind == k1 || e->kind == k2) return true;
    /* (a Slice's lower/upper/step are test/body/orelse, ast.h) */
    const Expr *kids[] = {e->left, e->right, e->test, e->body, e->orelse, e->func};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (kids[i] && expr_has(kids[i], k1, k2)) return true;
    for (int i = 0; i < e->elts.len; i++) {
        const Expr *x = VEC_AT(e->elts, Expr, i);
        if (x && expr_has(x, k1, k2)) return true;
    }
    for (int i = 0; expr_has_values(e) && i < e->values.len; i++) {
        const Expr *x = VEC_AT(e->values, Expr, i);
        if (x && expr_has(x, k1, k2)) return true;
    }
    for (int i = 0; expr_has_keywords(e) && i < e->keywords.len; i++) {
        const Expr *x = VEC_AT(e->keywords, Keyword, i)->value;
        if (x && expr_has(x, k1, k2)) return true;
    }
    for (int i = 0; expr_has_comps(e) && i < e->comps.len; i++) {
        Comprehension *q = VEC_AT(e->comps, Comprehension, i);
        if ((q->target && expr_has(q->target, k1, k2)) || (q->iter && expr_has(q->iter, k1, k2))) return true;
        for (int j = 0; j < q->ifs.len; j++)
            if (VEC_AT(q->ifs, Expr, j) && expr_has(VEC_AT(q->ifs, Expr, j), k1, k2)) return true;
    }
    return false;
}

/* expr_has for a child that may be absent. */
static bool opt_has(const Expr *e, ExprKind k1, ExprKind k2) { return e && expr_has(e, k1, k2); }

bool ast_body_has(const PtrVec *body, ExprKind k1, ExprKind k2) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        Expr *exprs[] = {s->value, s->target, s->test, s->msg, s->iter};
        for (size_t j = 0; j < sizeof exprs / sizeof exprs[0]; j++)
            if (opt_has(exprs[j], k1, k2)) return true;
        for (int j = 0; j < s->targets.len; j++)
            if (opt_has(VEC_AT(s->targets, Expr, j), k1, k2)) return true;
        for (int j = 0; j < s->items.len; j++) {
            WithItem *w = VEC_AT(s->items, WithItem, j);
            if (opt_has(w->context, k1, k2) || opt_has(w->target, k1, k2)) return true;
        }
        for (int j = 0; j < s->handlers.len; j++) {
            ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, j);
            if (opt_has(h->type, k1, k2) || ast_body_has(&h->body, k1, k2)) return true;
        }
        for (int j = 0; j < s->cases.len; j++) {
            MatchCase *mc = VEC_AT(s->cases, MatchCase, j);
            if (opt_has(mc->guard, k1, k2) || ast_body_has(&mc->body, k1, k2)) return true;
        }
        if (s->kind == S_FUNCDEF || s->kind == S_CLASSDEF) continue;
        if (ast_body_has(&s->body, k1, k2) || ast_body_has(&s->orelse, k1, k2) || ast_body_has(&s->finalbody, k1, k2))
            return true;
    }
    return false;
}

Expr *expr_new(Arena *a, ExprKind kind, Span span) {
    Expr *e = ARENA_NEW(a, Expr);
    e->kind = kind;
    e->span = span;
    return e;
}

Stmt *stmt_new(Arena *a, StmtKind kind, Span span) {
    Stmt *s = ARENA_NEW(a, Stmt);
    s->kind = kind;
    s->span = span;
    return s;
}

/* ---------------------------------------------------------------- dump ---- */

static void dump_expr(FILE *out, const Expr *e, int ind);
static void dump_stmts(FILE *out, const PtrVec *v, int ind);

static void indent(FILE *out, int ind) { fprintf(out, "%*s", ind * 2, ""); }

static void dump_span(FILE *out, Span s) {
    fprintf(out, " %d:%d-%d:%d", s.line, s.col, s.end_line, s.end_col);
}

/* Prints bytes as a double-quoted C-style literal (NULs and non-ASCII escaped). */
static void dump_bytes(FILE *out, const char *s, size_t n) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20 || c >= 0x7f) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void dump_labeled_expr(FILE *out, const char *label, const Expr *e, int ind) {
    if (!e) return;
    indent(out, ind);
    fprintf(out, "%s:\n", label);
    dump_expr(out, e, ind + 1);
}

static void dump_expr_list(FILE *out, const char *label, const PtrVec *v, int ind) {
    if (!v->len) return;
    indent(out, ind);
    fprintf(out, "%s:\n", label);
    for (int i = 0; i < v->len; i++) {
        const Expr *e = VEC_AT(*v, Expr, i);
        if (e) dump_expr(out, e, ind + 1);
        else { indent(out, ind + 1); fputs("<none>\n", out); }
    }
}

/* The one-line attributes of an expression (after kind and span). */
static void dump_expr_attrs(FILE *out, const Expr *e) {
    switch (e->kind) {
    case E_NAME: case E_ATTRIBUTE: fprintf(out, " %s", e->id ? e->id : "?"); break;
    case E_INT:
        if (e->big) fprintf(out, " big %s", e->text ? e->text : "?");
        else fprintf(out, " %" PRId64, e->ival);
        break;
    case E_FLOAT: fprintf(out, " %.17g", e->fval); break;
    case E_IMAG: fprintf(out, " %.17gj", e->fval); break;
    case E_STR: case E_BYTES: fputc(' ', out); dump_bytes(out, e->str, e->str_len); break;
    case E_BINOP: fprintf(out, " %s", binop_text((BinOp)e->op)); break;
    case E_UNARYOP: fprintf(out, " %s", unop_text((UnaryOp)e->op)); break;
    case E_BOOLOP: fputs(e->op == BOOL_AND ? " and" : " or", out); break;
    case E_COMPARE:
        for (int i = 0; i + 1 < e->elts.len && e->cmp_ops; i++)
            fprintf(out, " %s", cmpop_text((CmpOp)e->cmp_ops[i]));
        break;
    case E_UNSUPPORTED: fprintf(out, " \"%s\"", e->what ? e->what : "?"); break;
    default: break;
    }
    if (e->parenthesized) fputs(" parenthesized", out);
}

static void dump_keywords(FILE *out, const PtrVec *v, int ind) {
    for (int i = 0; i < v->len; i++) {
        const Keyword *k = VEC_AT(*v, Keyword, i);
        indent(out, ind);
        fprintf(out, "keyword %s", k->name ? k->name : "**");
        dump_span(out, k->span);
        fputc('\n', out);
        if (k->value) dump_expr(out, k->value, ind + 1);
    }
}

static void dump_expr(FILE *out, const Expr *e, int ind) {
    indent(out, ind);
    fputs(expr_kind_name(e->kind), out);
    dump_span(out, e->span);
    dump_expr_attrs(out, e);
    fputc('\n', out);
    ind++;
    switch (e->kind) {
    case E_CALL:
        dump_labeled_expr(out, "func", e->func, ind);
        dump_expr_list(out, "args", &e->elts, ind);
        dump_keywords(out, &e->keywords, ind);
        return;
    case E_IFEXP:
        dump_labeled_expr(out, "test", e->test, ind);
        dump_labeled_expr(out, "body", e->body, ind);
        dump_labeled_expr(out, "orelse", e->orelse, ind);
        return;
    case E_SLICE:
        dump_labeled_expr(out, "lower", e->lower, ind);
        dump_labeled_expr(out, "upper", e->upper, ind);
        dump_labeled_expr(out, "step", e->step, ind);
        return;
    case E_DICT:
        dump_expr_list(out, "keys", &e->elts, ind);
        dump_expr_list(out, "values", &e->values, ind);
        return;
    case E_SUBSCRIPT:
        dump_labeled_expr(out, "value", e->left, ind);
        dump_labeled_expr(out, "index", e->right, ind);
        return;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP:
        dump_labeled_expr(out, "elt", e->body, ind);
        dump_labeled_expr(out, "key", e->left, ind);
        dump_labeled_expr(out, "value", e->right, ind);
        for (int i = 0; i < e->comps.len; i++) {
            const Comprehension *c = VEC_AT(e->comps, Comprehension, i);
            dump_labeled_expr(out, "for", c->target, ind);
            dump_labeled_expr(out, "in", c->iter, ind);
            for (int j = 0; j < c->ifs.len; j++) dump_labeled_expr(out, "if", VEC_AT(c->ifs, Expr, j), ind);
        }
        return;
    default:
        if (e->left) dump_expr(out, e->left, ind);
        if (e->right) dump_expr(out, e->right, ind);
        for (int i = 0; i < e->elts.len; i++)
            if (e->elts.items[i]) dump_expr(out, VEC_AT(e->elts, Expr, i), ind);
        return;
    }
}

static const char *const param_kind_names[] = {
    [PARAM_POSONLY] = "posonly", [PARAM_POS] = "pos", [PARAM_VARARGS] = "varargs",
    [PARAM_KWONLY] = "kwonly", [PARAM_KWARGS] = "kwargs",
};

static void dump_params(FILE *out, const PtrVec *v, int ind) {
    for (int i = 0; i < v->len; i++) {
        const Param *p = VEC_AT(*v, Param, i);
        indent(out, ind);
        fprintf(out, "param %s %s", (unsigned)p->kind <= PARAM_KWARGS ? param_kind_names[p->kind] : "?",
                p->name ? p->name : "?");
        dump_span(out, p->span);
        fputc('\n', out);
        dump_labeled_expr(out, "annotation", p->annotation, ind + 1);
        dump_labeled_expr(out, "default", p->default_, ind + 1);
    }
}

static void dump_aliases(FILE *out, const PtrVec *v, int ind) {
    for (int i = 0; i < v->len; i++) {
        const Alias *al = VEC_AT(*v, Alias, i);
        indent(out, ind);
        fprintf(out, "alias %s", al->name ? al->name : "?");
        if (al->asname) fprintf(out, " as %s", al->asname);
        dump_span(out, al->span);
        fputc('\n', out);
    }
}

static void dump_stmt_attrs(FILE *out, const Stmt *s) {
    switch (s->kind) {
    case S_AUGASSIGN: fprintf(out, " %s=", binop_text((BinOp)s->op)); break;
    case S_FUNCDEF: case S_CLASSDEF: fprintf(out, " %s", s->name ? s->name : "?"); break;
    case S_IMPORTFROM:
        fprintf(out, " %.*s%s", s->level, "..........", s->module ? s->module : "");
        if (s->level > 10) fprintf(out, " level=%d", s->level);
        if (s->import_star) fputs(" *", out);
        break;
    case S_GLOBAL: case S_NONLOCAL:
        for (int i = 0; i < s->names.len; i++) fprintf(out, " %s", VEC_AT(s->names, const char, i));
        break;
    case S_UNSUPPORTED: fprintf(out, " \"%s\"", s->what ? s->what : "?"); break;
    default: break;
    }
}

static void dump_stmt(FILE *out, const Stmt *s, int ind) {
    indent(out, ind);
    fputs(stmt_kind_name(s->kind), out);
    dump_span(out, s->span);
    dump_stmt_attrs(out, s);
    fputc('\n', out);
    ind++;
    dump_expr_list(out, "decorators", &s->decorators, ind);
    dump_expr_list(out, "targets", &s->targets, ind);
    dump_labeled_expr(out, "target", s->target, ind);
    dump_labeled_expr(out, "annotation", s->annotation, ind);
    dump_labeled_expr(out, "test", s->test, ind);
    dump_labeled_expr(out, "iter", s->iter, ind);
    dump_labeled_expr(out, "value", s->value, ind);
    dump_labeled_expr(out, s->kind == S_RAISE ? "cause" : "msg", s->msg, ind);
    dump_expr_list(out, "bases", &s->bases, ind);
    if (s->kind == S_IMPORT || s->kind == S_IMPORTFROM) dump_aliases(out, &s->names, ind);
    dump_params(out, &s->params, ind);
    dump_labeled_expr(out, "returns", s->returns, ind);
    if (s->body.len) { indent(out, ind); fputs("body:\n", out); dump_stmts(out, &s->body, ind + 1); }
    if (s->orelse.len) { indent(out, ind); fputs("orelse:\n", out); dump_stmts(out, &s->orelse, ind + 1); }
}

static void dump_stmts(FILE *out, const PtrVec *v, int ind) {
    for (int i = 0; i < v->len; i++) dump_stmt(out, VEC_AT(*v, Stmt, i), ind);
}

void ast_dump(FILE *out, const Module *m) {
    fprintf(out, "Module %s%s\n", m->name ? m->name : "?", m->is_static ? " static" : "");
    dump_stmts(out, &m->body, 1);
}
