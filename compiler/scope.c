/* scope.c — which variables nested functions share (CPython's symtable, for spc).
 * Stage: between parse and check (check_module runs it first).
 * Input: the parsed Module. Output, on every FunctionDef (lambdas included):
 *   cellvars      names bound here that a nested function uses: they live in cells;
 *   freevars      names this function (or a function nested in it) takes from an
 *                 enclosing function's cells, in closure-tuple order;
 *   cells_written cellvars some nested function rebinds through `nonlocal` (the checker
 *                 must not narrow them: a call may change them);
 * and on every FunctionDef and ClassDef its __qualname__ (CPython's compiler_set_qualname).
 * Comprehensions and class bodies are compiled inline into their enclosing function, so
 * they read its variables directly and only count as scopes for the names they bind.
 * A lambda that captures a comprehension's own variable needs a cell per comprehension
 * run, which spc does not make yet: that is reported as unsupported. */
#include "spc.h"
#include <string.h>

/* A set of names: the list in insertion order, plus (once it outgrows a few entries) an
 * open-addressing index, so a module or function with n names is scanned in O(n), not
 * O(n^2) (a 1M-line module binds 100k functions at module level). */
typedef struct NameSet {
    PtrVec v;               /* const char*, insertion order */
    const char **slots;     /* NULL until v.len > SET_LINEAR; then at most half full */
    unsigned cap;
} NameSet;

enum { SET_LINEAR = 8 };

typedef enum ScopeKind { SC_MODULE, SC_FUNC, SC_CLASS, SC_COMP } ScopeKind;

typedef struct Scope {
    struct Scope *parent;
    ScopeKind kind;
    Stmt *def;              /* SC_FUNC: its FunctionDef; SC_CLASS: its ClassDef */
    Expr *comp;             /* SC_COMP: the comprehension */
    NameSet bound;          /* names bound here */
    NameSet globals;        /* `global` names */
    PtrVec nonlocals;       /* const char*: `nonlocal` names */
    PtrVec nonlocal_stmts;  /* Stmt*: where each nonlocal was declared (parallel) */
    NameSet used;           /* names read, written or deleted here */
    PtrVec kids;            /* Scope* */
    const char *qualname;   /* SC_FUNC, SC_CLASS, SC_COMP: the prefix of nested qualnames */
} Scope;

typedef struct ScopeCx {
    Arena *a;
    Diags *d;
    const char *path;
    PtrVec all;             /* Scope*, parents before kids */
} ScopeCx;

static bool has(const PtrVec *v, const char *s) {
    for (int i = 0; i < v->len; i++)
        if (name_eq(v->items[i], s)) return true;
    return false;
}

static void add(Arena *a, PtrVec *v, const char *s) {
    if (!has(v, s)) vec_push(a, v, (void *)s);
}

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static bool set_has(const NameSet *set, const char *s) {
    if (!set->slots) return has(&set->v, s);
    for (unsigned i = name_hash(s) & (set->cap - 1); set->slots[i]; i = (i + 1) & (set->cap - 1))
        if (name_eq(set->slots[i], s)) return true;
    return false;
}

static void set_index(const char **slots, unsigned cap, const char *s) {
    unsigned i = name_hash(s) & (cap - 1);
    while (slots[i]) i = (i + 1) & (cap - 1);
    slots[i] = s;
}

static void set_add(Arena *a, NameSet *set, const char *s) {
    if (set_has(set, s)) return;
    vec_push(a, &set->v, (void *)s);
    if (set->v.len <= SET_LINEAR) return;
    if ((unsigned)set->v.len * 2 > set->cap) {
        set->cap = set->cap ? set->cap * 2 : 64;
        set->slots = ARENA_ARRAY(a, const char *, set->cap);
        for (int i = 0; i < set->v.len; i++) set_index(set->slots, set->cap, set->v.items[i]);
    } else set_index(set->slots, set->cap, s);
}

static Scope *scope_new(ScopeCx *x, Scope *parent, ScopeKind kind) {
    Scope *s = ARENA_NEW(x->a, Scope);
    s->parent = parent;
    s->kind = kind;
    if (parent) vec_push(x->a, &parent->kids, s);
    vec_push(x->a, &x->all, s);
    return s;
}

static void bind(ScopeCx *x, Scope *s, const char *name) {
    set_add(x->a, &s->bound, name);
    set_add(x->a, &s->used, name);
}

/* ---- collecting: what each scope binds and uses */

static void scan_expr(ScopeCx *x, Scope *s, Expr *e);
static void scan_stmts(ScopeCx *x, Scope *s, PtrVec *body);

static void scan_exprs(ScopeCx *x, Scope *s, PtrVec *v) {
    for (int i = 0; i < v->len; i++) scan_expr(x, s, VEC_AT(*v, Expr, i));
}

static void scan_target(ScopeCx *x, Scope *s, Expr *t) {
    if (!t) return;
    switch (t->kind) {
    case E_NAME: bind(x, s, t->id); break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->elts.len; i++) scan_target(x, s, VEC_AT(t->elts, Expr, i));
        break;
    case E_STARRED: scan_target(x, s, t->left); break;
    default: scan_expr(x, s, t); break;
    }
}

/* A def or lambda: defaults and decorators belong to the enclosing scope. */
static void scan_function(ScopeCx *x, Scope *s, Stmt *def) {
    for (int i = 0; i < def->params.len; i++) scan_expr(x, s, VEC_AT(def->params, Param, i)->default_);
    scan_exprs(x, s, &def->decorators);
    Scope *f = scope_new(x, s, SC_FUNC);
    f->def = def;
    for (int i = 0; i < def->params.len; i++) bind(x, f, VEC_AT(def->params, Param, i)->name);
    scan_stmts(x, f, &def->body);
    /* Is it a generator (CPython's symtable knows too)? Here the parser threads find out
     * for a chunk's defs, while the chunk is in their cache, not the checker. */
    def->yields = ast_body_has(&def->body, E_YIELD, E_YIELDFROM);
    def->yield_known = true;
}

/* The first iterable runs in the enclosing scope; the rest in the comprehension's. */
static void scan_comprehension(ScopeCx *x, Scope *s, Expr *e) {
    Scope *c = scope_new(x, s, SC_COMP);
    c->comp = e;
    for (int i = 0; i < e->comps.len; i++) {
        Comprehension *q = VEC_AT(e->comps, Comprehension, i);
        scan_expr(x, i == 0 ? s : c, q->iter);
        scan_target(x, c, q->target);
        scan_exprs(x, c, &q->ifs);
    }
    scan_expr(x, c, e->body);
    scan_expr(x, c, e->left);
    scan_expr(x, c, e->right);
}

/* `x := v` binds x in the nearest function (or module), even inside a comprehension. */
static Scope *walrus_scope(Scope *s) {
    while (s->kind == SC_COMP && s->parent) s = s->parent;
    return s;
}

static void scan_expr(ScopeCx *x, Scope *s, Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_NAME: set_add(x->a, &s->used, e->id); return;
    case E_LAMBDA: scan_function(x, s, e->def); return;
    case E_GENEXP:   /* the first iterable here; the rest is the generator's own function */
        scan_expr(x, s, e->left);
        if (e->def) scan_function(x, s, e->def);
        return;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: scan_comprehension(x, s, e); return;
    case E_NAMEDEXPR:
        if (e->left && e->left->kind == E_NAME) bind(x, walrus_scope(s), e->left->id);
        scan_expr(x, s, e->right);
        return;
    default: break;
    }
    /* (a Slice's lower/upper/step are test/body/orelse, ast.h) */
    Expr *kids[] = {e->left, e->right, e->test, e->body, e->orelse, e->func};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) scan_expr(x, s, kids[i]);
    scan_exprs(x, s, &e->elts);
    if (expr_has_values(e)) scan_exprs(x, s, &e->values);
    for (int i = 0; expr_has_keywords(e) && i < e->keywords.len; i++) scan_expr(x, s, VEC_AT(e->keywords, Keyword, i)->value);
}

/* A case pattern: captures bind; values and class names are read. */
static void scan_pattern(ScopeCx *x, Scope *s, Expr *p) {
    if (!p) return;
    switch (p->kind) {
    case E_MATCH_AS: case E_MATCH_STAR:
        if (p->id) bind(x, s, p->id);
        scan_pattern(x, s, p->left);
        return;
    case E_MATCH_VALUE: case E_MATCH_SINGLETON: scan_expr(x, s, p->left); return;
    case E_MATCH_MAPPING:
        scan_exprs(x, s, &p->elts);
        for (int i = 0; i < p->values.len; i++) scan_pattern(x, s, VEC_AT(p->values, Expr, i));
        if (p->id) bind(x, s, p->id);
        return;
    case E_MATCH_CLASS:
        scan_expr(x, s, p->func);
        for (int i = 0; i < p->keywords.len; i++) scan_pattern(x, s, VEC_AT(p->keywords, Keyword, i)->value);
        for (int i = 0; i < p->elts.len; i++) scan_pattern(x, s, VEC_AT(p->elts, Expr, i));
        return;
    case E_MATCH_SEQUENCE: case E_MATCH_OR:
        for (int i = 0; i < p->elts.len; i++) scan_pattern(x, s, VEC_AT(p->elts, Expr, i));
        return;
    default: scan_expr(x, s, p); return;
    }
}

static const char *import_name(ScopeCx *x, const Alias *al) {
    if (al->asname) return al->asname;
    const char *dot = strchr(al->name, '.');
    return dot ? arena_strndup(x->a, al->name, (size_t)(dot - al->name)) : al->name;
}

static void scan_stmt(ScopeCx *x, Scope *s, Stmt *st) {
    switch (st->kind) {
    case S_FUNCDEF:
        scan_function(x, s, st);
        bind(x, s, st->name);
        return;
    case S_CLASSDEF: {
        scan_exprs(x, s, &st->bases);
        for (int i = 0; i < st->class_keywords.len; i++) scan_expr(x, s, VEC_AT(st->class_keywords, Keyword, i)->value);
        scan_exprs(x, s, &st->decorators);
        Scope *k = scope_new(x, s, SC_CLASS);
        k->def = st;
        scan_stmts(x, k, &st->body);
        bind(x, s, st->name);
        return;
    }
    case S_GLOBAL:
        for (int i = 0; i < st->names.len; i++) set_add(x->a, &s->globals, st->names.items[i]);
        return;
    case S_NONLOCAL:
        for (int i = 0; i < st->names.len; i++) {
            if (has(&s->nonlocals, st->names.items[i])) continue;
            vec_push(x->a, &s->nonlocals, st->names.items[i]);
            vec_push(x->a, &s->nonlocal_stmts, st);
        }
        return;
    case S_IMPORT: case S_IMPORTFROM:
        for (int i = 0; i < st->names.len; i++) bind(x, s, import_name(x, VEC_AT(st->names, Alias, i)));
        return;
    case S_ASSIGN: case S_DELETE:
        scan_expr(x, s, st->value);
        for (int i = 0; i < st->targets.len; i++) scan_target(x, s, VEC_AT(st->targets, Expr, i));
        return;
    case S_ANNASSIGN: case S_AUGASSIGN:   /* annotations of names are never evaluated here */
        scan_expr(x, s, st->value);
        scan_target(x, s, st->target);
        return;
    default: break;
    }
    scan_expr(x, s, st->value);
    scan_expr(x, s, st->test);
    scan_expr(x, s, st->msg);
    scan_expr(x, s, st->iter);
    scan_target(x, s, st->target);
    for (int i = 0; i < st->items.len; i++) {
        WithItem *w = VEC_AT(st->items, WithItem, i);
        scan_expr(x, s, w->context);
        scan_target(x, s, w->target);
    }
    scan_stmts(x, s, &st->body);
    for (int i = 0; i < st->handlers.len; i++) {
        ExceptHandler *h = VEC_AT(st->handlers, ExceptHandler, i);
        scan_expr(x, s, h->type);
        scan_target(x, s, h->target);
        scan_stmts(x, s, &h->body);
    }
    scan_stmts(x, s, &st->orelse);
    scan_stmts(x, s, &st->finalbody);
    for (int i = 0; i < st->cases.len; i++) {
        MatchCase *mc = VEC_AT(st->cases, MatchCase, i);
        scan_pattern(x, s, mc->pattern);
        scan_expr(x, s, mc->guard);
        scan_stmts(x, s, &mc->body);
    }
}

static void scan_stmts(ScopeCx *x, Scope *s, PtrVec *body) {
    for (int i = 0; i < body->len; i++) scan_stmt(x, s, VEC_AT(*body, Stmt, i));
}

/* ---- resolving: which names cross a function boundary */

/* The function whose IR runs this scope's code (comprehensions and class bodies are
 * inline); NULL for the module. */
static Scope *code_owner(Scope *s) {
    while (s && s->kind != SC_FUNC) s = s->kind == SC_MODULE ? NULL : s->parent;
    return s;
}

static bool binds_here(const Scope *s, const char *n) {
    return set_has(&s->bound, n) && !set_has(&s->globals, n) && !has(&s->nonlocals, n);
}

/* The scope that provides n to a use in s: the nearest enclosing function or
 * comprehension that binds it or itself takes it from further out (nonlocal), skipping
 * class bodies as Python does. NULL: n is a global or builtin. */
static Scope *provider(Scope *s, const char *n) {
    for (Scope *t = s->parent; t && t->kind != SC_MODULE; t = t->parent) {
        if (t->kind == SC_CLASS) continue;
        if (set_has(&t->globals, n)) return NULL;
        if (binds_here(t, n) || has(&t->nonlocals, n)) return t;
    }
    return NULL;
}

/* n is read in `user` and provided by `from`: the functions in between (the user's own
 * included) take it from their closure, and the provider keeps it in a cell. */
static void plumb(ScopeCx *x, Scope *user, Scope *from, const char *n, bool written) {
    Scope *top = code_owner(from);
    Scope *f = code_owner(user);
    if (f == top) return;   /* same native function: a plain variable access */
    if (from->kind == SC_COMP && binds_here(from, n)) {   /* a cell per run of the comprehension */
        add(x->a, &VEC_AT(from->comp->comps, Comprehension, 0)->cellvars, n);
    } else if (binds_here(from, n)) {
        add(x->a, &top->def->cellvars, n);
        if (written) add(x->a, &top->def->cells_written, n);
    }
    for (; f && f != top; f = code_owner(f->parent)) add(x->a, &f->def->freevars, n);
}

/* A function that names super or __class__ inside a class body -- a method, or a
 * function nested in one -- has CPython's `__class__` cell: the class (super_class).
 * A class built inside a function passes it down as a cell, through every function in
 * between (static classes and module-level classes know their class without one). */
static void class_cell(ScopeCx *x, Scope *s) {
    if (s->kind != SC_FUNC) return;
    if (!set_has(&s->used, "super") && !set_has(&s->used, "__class__")) return;
    Scope *k = s->parent;
    while (k && k->kind == SC_FUNC) k = k->parent;
    if (!k || k->kind != SC_CLASS) return;
    s->def->super_cell = true;
    s->def->super_class = k->def;
    if (!code_owner(k)) return;
    for (Scope *f = s; f != k; f = f->parent) add(x->a, &f->def->freevars, "__class__");
    k->def->class_cell = true;
}

static void resolve_scope(ScopeCx *x, Scope *s) {
    class_cell(x, s);
    for (int i = 0; i < s->nonlocals.len; i++) {
        const char *n = s->nonlocals.items[i];
        Stmt *at = VEC_AT(s->nonlocal_stmts, Stmt, i);
        if (s->kind == SC_MODULE) {
            diag_report(x->d, x->path, D_NONLOCAL_MODULE, at->span);
            continue;
        }
        Scope *p = provider(s, n);
        if (!p || p->kind == SC_COMP) {
            diag_report(x->d, x->path, D_NONLOCAL_MISSING, at->span, n);
            continue;
        }
        plumb(x, s, p, n, true);
    }
    if (s->kind == SC_MODULE) return;
    for (int i = 0; i < s->used.v.len; i++) {
        const char *n = s->used.v.items[i];
        if (set_has(&s->bound, n) || set_has(&s->globals, n) || has(&s->nonlocals, n)) continue;
        Scope *p = provider(s, n);
        if (p) plumb(x, s, p, n, false);
    }
}

/* A comprehension or generator expression: a function in CPython, but one whose nested
 * functions' qualnames get no `.<locals>` (compiler_set_qualname). */
static bool is_comprehension(const Scope *s) {
    return s->kind == SC_COMP || (s->kind == SC_FUNC && s->def && strcmp(s->def->name, "<genexpr>") == 0);
}

/* CPython's __qualname__: the parent's qualname, then `.<locals>` after a function
 * (comprehensions are functions there too, but add no `.<locals>`), then the name; a name the parent declares
 * `global` starts afresh. Parents come before kids in x->all. */
static void set_qualname(ScopeCx *x, Scope *s) {
    if (s->kind == SC_MODULE) return;
    const char *name = s->kind != SC_COMP ? s->def->name
                     : s->comp->kind == E_LISTCOMP ? "<listcomp>" : s->comp->kind == E_SETCOMP ? "<setcomp>" : "<dictcomp>";
    Scope *p = s->parent;
    if (p->kind == SC_MODULE || (s->kind != SC_COMP && set_has(&p->globals, name))) s->qualname = name;
    else if (p->kind == SC_CLASS || is_comprehension(p))
        s->qualname = arena_join(x->a, p->qualname, ".", name);
    else s->qualname = arena_join(x->a, p->qualname, ".<locals>.", name);
    if (s->def) s->def->qualname = s->qualname;
}

/* The module scope lends nothing to the scopes under it (provider stops there, and a
 * qualname starts afresh below it), so each top-level statement's scopes depend on that
 * statement alone: a run of them can be analysed on its own (the parser's threads do,
 * chunk by chunk), with the same results. */
void scope_stmts(PtrVec *body, const char *path, Arena *a, Diags *d) {
    ScopeCx x = {.a = a, .d = d, .path = path};
    Scope *top = scope_new(&x, NULL, SC_MODULE);
    scan_stmts(&x, top, body);
    for (int i = 0; i < x.all.len; i++) {
        set_qualname(&x, VEC_AT(x.all, Scope, i));
        resolve_scope(&x, VEC_AT(x.all, Scope, i));
    }
}

void scope_module(Module *m, Arena *a, Diags *d) {
    if (!m->scoped) scope_stmts(&m->body, m->path, a, d);
    m->scoped = true;
}
