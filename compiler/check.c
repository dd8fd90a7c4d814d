/* check.c — declares and type-checks a module (stage 2 of spc.h).
 *
 * Input: the Module built by parse.c.  Output: the "checker" fields of ast.h —
 * Module.funcs/body_func/globals, a Symbol on every Name, a Type on every Expr
 * (literals take the primitive type of their context), call resolution on every Call
 * — plus diagnostics (STATIC_PYTHON.md §1.1-§1.4, §4).  irgen.c trusts these facts.
 *
 * Two phases:
 *   declare: module-level bindings -> Symbols; one FuncDecl per top-level def; per
 *            function, its locals (parameters first) and their annotations.
 *   check:   statements in source order with bidirectional expression checking
 *            (check_expr(e, expected)); a flow environment narrows local object types
 *            (is None, isinstance, truthiness, assignments) and is joined at merges.
 * An unannotated local takes the primitive type of its first assignment; when that is
 * only known after an earlier read (loops), the function is checked a second time. */
#include "spc.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- state */

/* Narrowing facts at one program point: local -> narrower type.  Immutable; every
 * change copies (functions are small).  `dead` marks unreachable points.  A fact is
 * `unchecked` when only the checker knows it: a union member left after excluding the
 * others (unions are never checked at run time), so reads of the local CAST to it. */
typedef struct Env {
    int n;
    bool dead;
    Symbol **syms;
    Type **types;
    bool *unchecked;
} Env;

static Env env_empty = {0};
static Env env_dead_ = {.dead = true};

typedef struct LocalInfo {
    bool annotated;       /* storage type fixed by an annotation */
    bool decided;         /* storage type known (annotation or first assignment) */
    bool read_undecided;  /* read before its first assignment was checked */
    Stmt *ann_stmt;       /* the first annotation */
    bool stored_before_ann;  /* assigned by a statement written before ann_stmt */
} LocalInfo;

typedef struct FuncState {
    FuncDecl *fd;
    PtrVec global_names;  /* const char*: names declared `global` */
    LocalInfo *info;      /* per local (index) */
    int ninfo;
    bool recheck;         /* a local was read before its type was decided as a primitive */
    struct FuncState *outer;  /* the enclosing function of a nested def (NULL: module) */
} FuncState;

typedef struct GlobalInfo {
    Symbol *sym;
    int binds;            /* module-level bindings + assignments through `global` */
    Stmt *def;            /* the top-level def binding it, if any */
    Stmt *final_decl;     /* the AnnAssign declaring it Final */
    bool annotated;
    Type *alias;          /* `ArrayI64 = Array[int64]`: a module-level type alias */
    const char *modref;   /* `import a.b` / `from a import b` bound a module: its dotted name */
    const char *from_module, *from_name;   /* `from m import n` of a plain module: m and n */
} GlobalInfo;

/* A name an import binds to a static module of the program, or to one of its members. */
typedef struct ImportRef {
    const char *bind;     /* the name bound in this module */
    Module *mod;          /* the imported module (NULL: not found / not loaded) */
    const char *member;   /* `from M import member`; NULL when the binding is M itself */
    const char *dotted;   /* the module's dotted name */
} ImportRef;

typedef struct Loop {
    struct Loop *outer;
    Env *continues;       /* join of the environments at `continue` */
    Env *breaks;          /* join of the environments at `break` */
} Loop;

typedef struct Checker {
    Module *m;
    Arena *a;
    Diags *d;
    const char *path;
    FuncState *fs;        /* NULL in the module body */
    FuncState **fstates;  /* per FuncDecl index */
    int fstates_cap;
    Env *env;
    Loop *loop;
    PtrVec ginfo;         /* GlobalInfo*, parallel to m->globals */
    GlobalInfo **gindex;  /* hash index over ginfo (global_info) */
    unsigned gindex_cap;
    PtrVec builtins;      /* Symbol* (SYM_BUILTIN), created on demand */
    PtrVec reported;      /* nodes whose "unsupported" was reported */
    PtrVec bad_ann;       /* Stmt*: annotated assignments that redefine a local */
    PtrVec attr_keys;     /* AttrKey*: narrowable `local.field` paths */
    PtrVec comp_syms;     /* Symbol*: variables of the comprehensions being checked */
    PtrVec comp_cells;    /* const char*: of the comprehension being bound, those kept in cells */
    const char *comp_what;/* the comprehension being checked ("list comprehension"), where
                             yield is a SyntaxError; NULL elsewhere */
    PtrVec class_syms;    /* Symbol*: names bound so far by the class body being checked */
    FuncState *class_scope_fs;  /* the scope that class body runs in (NULL: module) */
    Expr *rhs;            /* the value an assignment statement stores (names it in messages) */
    PtrVec imports;       /* ImportRef*: what top-level imports bind (whole-program view) */
    ClassDecl *class_body;      /* the class whose body is being checked (not its methods) */
    int *line_start;      /* byte offset of each line (1-based index) */
    int nlines;
    int string_ann;       /* > 0 while resolving an annotation written as a string */
    bool lazy_annotations;/* `from __future__ import annotations`: every annotation is one */
} Checker;

/* Python 3.11 builtins (dir(builtins) without the underscore names). */
static const char *const builtin_names[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
    "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
    "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
    "EnvironmentError", "Exception", "ExceptionGroup", "False", "FileExistsError",
    "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
    "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError",
    "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
    "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning",
    "PermissionError", "ProcessLookupError", "RecursionError", "ReferenceError",
    "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
    "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "abs", "aiter", "all",
    "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
    "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict",
    "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format",
    "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
    "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
    "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
    "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
    "__build_class__", "__import__", "__debug__",
};

static const char *const module_dunders[] = {
    "__name__", "__file__", "__doc__", "__spec__", "__loader__", "__package__", "__builtins__",
};

/* Names `from __static__ import` accepts, and those of the reference table spc
 * does not implement yet (reported as unsupported rather than unknown). */
static const char *const static_names[] = {
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "double",
    "cbool", "box", "unbox", "cast", "inline", "size_t", "ssize_t", "char",
    "CheckedList", "CheckedDict", "Array", "clen", "crange", "pydict", "PyDict", "allow_weakrefs",
    "dynamic_return", "prod_assert", "ContextDecorator", "ExcContextDecorator", "Enum", "IntEnum",
    "StringEnum", "ClassDecorator", "TClass", "mixin", "set_type_static", "_donotcompile",
};
static const char *const static_names_later[] = {
    "native", "rand", "RAND_MAX",
};

/* Builtin functions/constructors whose result class is certain. */
typedef struct BuiltinResult { const char *name; Type **type; } BuiltinResult;
static const BuiltinResult builtin_results[] = {
    {"str", &TY.str}, {"repr", &TY.str}, {"ascii", &TY.str}, {"chr", &TY.str},
    {"hex", &TY.str}, {"oct", &TY.str}, {"bin", &TY.str}, {"format", &TY.str},
    {"int", &TY.int_}, {"len", &TY.int_}, {"ord", &TY.int_}, {"hash", &TY.int_},
    {"id", &TY.int_}, {"bool", &TY.bool_}, {"isinstance", &TY.bool_},
    {"issubclass", &TY.bool_}, {"callable", &TY.bool_}, {"hasattr", &TY.bool_},
    {"float", &TY.float_}, {"list", &TY.list}, {"dict", &TY.dict}, {"tuple", &TY.tuple},
    {"set", &TY.set}, {"bytes", &TY.bytes}, {"print", &TY.none}, {"object", &TY.object},
};

/* Optional[T], or None itself: using it as an object fails whenever it is None. */
static bool maybe_none(const Type *t) { return t->kind == TY_OPTIONAL || t == TY.none; }

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* The type of an erroneous expression: behaves as dynamic but flows anywhere
 * silently, so one mistake gives one message.  Never survives a clean check. */
static Type *ty_err;

/* A bare `Optional` annotation: the reference's unbound generic Optional[T].  Dynamic
 * to everything but the checks below (nothing but itself and dynamic values flow into
 * it, it flows only into itself, object and dynamic, and has no attributes), so the
 * code generated for it is that of a dynamic value. */
static Type *ty_unbound_optional;

static bool assignable(const Type *dst, const Type *src) {
    if (src == ty_err) return true;
    if (dst == ty_unbound_optional) return src == dst || src == TY.dynamic;
    if (src == ty_unbound_optional) return dst == src || dst == TY.dynamic || dst == TY.object;
    return type_assignable(dst, src);
}

static bool in_list(const char *const *list, size_t n, const char *name) {
    for (size_t i = 0; i < n; i++)
        if (name_eq(list[i], name)) return true;
    return false;
}

static bool vec_has_str(PtrVec *v, const char *s) {
    for (int i = 0; i < v->len; i++)
        if (name_eq((const char *)v->items[i], s)) return true;
    return false;
}

static bool vec_has_ptr(const PtrVec *v, const void *p) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == p) return true;
    return false;
}

#define REPORT(c, id, span, ...) diag_report((c)->d, (c)->path, (id), (span), __VA_ARGS__)
#define REPORT0(c, id, span) diag_report((c)->d, (c)->path, (id), (span))

/* Reports an unsupported construct once per node. */
static void report_unsupported(Checker *c, const void *node, Span span, const char *what) {
    for (int i = 0; i < c->reported.len; i++)
        if (c->reported.items[i] == node) return;
    vec_push(c->a, &c->reported, (void *)node);
    REPORT(c, D_UNSUPPORTED, span, what);
}

/* ---------------------------------------------------------------- source text */

static void index_lines(Checker *c) {
    const char *s = c->m->source;
    size_t len = s ? c->m->source_len : 0;
    int n = 2;
    for (size_t i = 0; i < len; i++) n += s[i] == '\n';
    c->line_start = ARENA_ARRAY(c->a, int, n + 1);
    c->nlines = 1;
    c->line_start[1] = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n') c->line_start[++c->nlines] = (int)i + 1;
}

static int span_offset(Checker *c, int line, int col) {
    if (line < 1 || line > c->nlines) return -1;
    return c->line_start[line] + col - 1;
}

/* The source text of a node (for reveal_type and messages). */
static const char *expr_text(Checker *c, const Expr *e) {
    int b = span_offset(c, e->span.line, e->span.col);
    int t = span_offset(c, e->span.end_line, e->span.end_col);
    if (b < 0 || t < b || (size_t)t > c->m->source_len) return e->id ? e->id : "?";
    return arena_strndup(c->a, c->m->source + b, (size_t)(t - b));
}

/* The reference's name for the type of the value `e` (of static type t) in messages:
 * int and bool constants are literals (Literal[1]), other expressions the name of their
 * static type (str constants, displays and new instances too, as the current reference
 * prints them in errors); reveal_type shows a new instance's exact class (Exact[mod.C]). */
static const char *value_name_as(Checker *c, const Expr *e, const Type *t, bool reveal);

static const char *value_name(Checker *c, const Expr *e, const Type *t) {
    return value_name_as(c, e, t, false);
}

static const char *value_name_as(Checker *c, const Expr *e, const Type *t, bool reveal) {
    if (!e || !t || t->kind != TY_CLASS) return t ? t->name : "dynamic";
    bool neg = e->kind == E_UNARYOP && e->op == UOP_NEG && e->left && e->left->kind == E_INT;
    const Expr *lit = neg ? e->left : e;
    if (lit->kind == E_INT && t == TY.int_) {
        const char *text = lit->text ? lit->text : arena_printf(c->a, "%lld", (long long)lit->ival);
        return arena_printf(c->a, "Literal[%s%s]", neg ? "-" : "", text);
    }
    if ((e->kind == E_TRUE || e->kind == E_FALSE) && t == TY.bool_)
        return e->kind == E_TRUE ? "Literal[True]" : "Literal[False]";
    if (e->kind == E_IFEXP && e->body->type == t && e->orelse->type == t) {   /* both alike */
        const char *a = value_name_as(c, e->body, t, reveal), *b = value_name_as(c, e->orelse, t, reveal);
        return strcmp(a, b) == 0 ? a : t->name;
    }
    bool exact = reveal && e->kind == E_CALL && e->call_kind == CALL_CONSTRUCT;
    return exact ? arena_printf(c->a, "Exact[%s]", t->name) : t->name;
}

/* The name of a stored value's type: the statement's value expression when that is it. */
static const char *stored_name(Checker *c, const Type *vt) {
    return c->rhs && c->rhs->type == vt ? value_name(c, c->rhs, vt) : vt->name;
}

/* ---------------------------------------------------------------- walking */

typedef void (*ExprFn)(Checker *c, Expr *e, void *ctx);

/* Pre-order visit of e and all its subexpressions. */
static void walk_expr(Checker *c, Expr *e, ExprFn fn, void *ctx) {
    if (!e) return;
    fn(c, e, ctx);
    /* (a Slice's lower/upper/step are test/body/orelse, ast.h) */
    Expr *kids[] = {e->left, e->right, e->test, e->body, e->orelse, e->func};
    for (size_t i = 0; i < ARRAY_LEN(kids); i++)
        if (kids[i]) walk_expr(c, kids[i], fn, ctx);   /* most are absent: no call for them */
    for (int i = 0; i < e->elts.len; i++) walk_expr(c, VEC_AT(e->elts, Expr, i), fn, ctx);
    for (int i = 0; expr_has_values(e) && i < e->values.len; i++) walk_expr(c, VEC_AT(e->values, Expr, i), fn, ctx);
    for (int i = 0; expr_has_keywords(e) && i < e->keywords.len; i++)
        walk_expr(c, VEC_AT(e->keywords, Keyword, i)->value, fn, ctx);
    for (int i = 0; expr_has_comps(e) && i < e->comps.len; i++) {
        Comprehension *q = VEC_AT(e->comps, Comprehension, i);
        walk_expr(c, q->target, fn, ctx);
        walk_expr(c, q->iter, fn, ctx);
        for (int j = 0; j < q->ifs.len; j++) walk_expr(c, VEC_AT(q->ifs, Expr, j), fn, ctx);
    }
}

/* The capture targets (Names) of a case pattern, in source order; of `|` only the
 * first alternative when `first_alt` (the names the pattern binds, each once). */
static void pattern_names(Checker *c, Expr *p, PtrVec *out, bool first_alt) {
    if (!p) return;
    if (p->kind < E_MATCH_VALUE || p->kind > E_MATCH_OR) return;
    if (p->right && p->right->kind == E_NAME) vec_push(c->a, out, p->right);
    if (p->kind == E_MATCH_AS) pattern_names(c, p->left, out, first_alt);
    int n = p->kind == E_MATCH_MAPPING ? 0 : p->kind == E_MATCH_OR && first_alt && p->elts.len ? 1 : p->elts.len;
    for (int i = 0; i < n; i++) pattern_names(c, VEC_AT(p->elts, Expr, i), out, first_alt);
    for (int i = 0; expr_has_values(p) && i < p->values.len; i++) pattern_names(c, VEC_AT(p->values, Expr, i), out, first_alt);
    for (int i = 0; expr_has_keywords(p) && i < p->keywords.len; i++) pattern_names(c, VEC_AT(p->keywords, Keyword, i)->value, out, first_alt);
}

/* Every capture target of a pattern (all alternatives). */
static void pattern_targets(Checker *c, Expr *p, PtrVec *out) { pattern_names(c, p, out, false); }

/* Every capture target of a match statement's cases. */
static PtrVec match_targets(Checker *c, Stmt *s) {
    PtrVec out = {0};
    for (int i = 0; i < s->cases.len; i++) pattern_targets(c, VEC_AT(s->cases, MatchCase, i)->pattern, &out);
    return out;
}

/* ---------------------------------------------------------------- environments */

static Type *env_get(const Env *env, const Symbol *s) {
    for (int i = 0; i < env->n; i++)
        if (env->syms[i] == s) return env->types[i];
    return NULL;
}

static bool env_unchecked(const Env *env, const Symbol *s) {
    for (int i = 0; i < env->n; i++)
        if (env->syms[i] == s) return env->unchecked[i];
    return false;
}

/* A copy of env with s narrowed to t (t NULL: forget s). */
static bool never_narrowed(const Symbol *s);

static Env *env_with_fact(Checker *c, Env *env, Symbol *s, Type *t, bool unchecked) {
    if (env->dead) return env;
    if (t && never_narrowed(s)) return env;
    if (t && unchecked && s->kind != SYM_LOCAL) return env;   /* field paths: no CAST on reads */
    if (env_get(env, s) == t && env_unchecked(env, s) == unchecked) return env;
    Env *r = ARENA_NEW(c->a, Env);
    r->syms = ARENA_ARRAY(c->a, Symbol *, env->n + 1);
    r->types = ARENA_ARRAY(c->a, Type *, env->n + 1);
    r->unchecked = ARENA_ARRAY(c->a, bool, env->n + 1);
    for (int i = 0; i < env->n; i++) {
        if (env->syms[i] == s) continue;
        r->syms[r->n] = env->syms[i];
        r->unchecked[r->n] = env->unchecked[i];
        r->types[r->n++] = env->types[i];
    }
    if (t) {
        r->syms[r->n] = s;
        r->unchecked[r->n] = unchecked;
        r->types[r->n++] = t;
    }
    return r;
}

static Env *env_with(Checker *c, Env *env, Symbol *s, Type *t) {
    return env_with_fact(c, env, s, t, false);
}

/* s narrowed to t by a test on its current type `cur`: unchecked when cur is a union
 * (or itself unchecked) and t is what remains after excluding members. */
static Env *env_narrowed(Checker *c, Env *env, Symbol *s, Type *cur, Type *t) {
    return env_with_fact(c, env, s, t, cur->kind == TY_UNION || env_unchecked(c->env, s));
}

/* Facts holding on both paths; an unreachable path contributes nothing. */
/* Where one path knows a value is an `a` and the other a `b`: the type covering both
 * (None and str: Optional[str]; a class and its subclass: the class), or NULL (forget). */
static Type *env_join_type(Type *a, Type *b) {
    if (!a || !b || a == b) return a == b ? a : NULL;
    if ((a->refines || b->refines) && type_widen(a) == type_widen(b)) return type_widen(a);
    if (a->refines == TY.none) a = TY.none;   /* Exact[None] joins as None */
    if (b->refines == TY.none) b = TY.none;
    if (type_is_prim(a) || type_is_prim(b) || a->kind == TY_DYNAMIC || b->kind == TY_DYNAMIC) return NULL;
    if (a == TY.none || b == TY.none) {
        Type *o = a == TY.none ? b : a;
        return o->kind == TY_CLASS || o->kind == TY_OPTIONAL ? type_optional(o) : NULL;
    }
    if (type_assignable(b, a) && !type_needs_cast(b, a)) return b;
    if (type_assignable(a, b) && !type_needs_cast(a, b)) return a;
    return NULL;
}

static Env *env_join(Checker *c, Env *x, Env *y) {
    if (!x || x->dead) return y ? y : &env_dead_;
    if (!y || y->dead) return x;
    Env *r = ARENA_NEW(c->a, Env);
    r->syms = ARENA_ARRAY(c->a, Symbol *, x->n + 1);
    r->types = ARENA_ARRAY(c->a, Type *, x->n + 1);
    r->unchecked = ARENA_ARRAY(c->a, bool, x->n + 1);
    for (int i = 0; i < x->n; i++) {
        Type *t = env_join_type(x->types[i], env_get(y, x->syms[i]));
        if (!t) continue;
        r->syms[r->n] = x->syms[i];
        r->unchecked[r->n] = x->unchecked[i] || env_unchecked(y, x->syms[i]);
        r->types[r->n++] = t;
    }
    return r;
}

/* ---------------------------------------------------------------- symbols */

static Symbol *sym_new(Checker *c, const char *name, SymKind kind, Span span) {
    Symbol *s = ARENA_NEW(c->a, Symbol);
    s->name = name;
    s->kind = kind;
    s->type = TY.dynamic;
    s->span = span;
    return s;
}

/* Globals are looked up by name at every use: an open-addressing index over c->ginfo
 * (FNV-1a, linear probing, kept at most half full) makes that O(1), so checking time
 * grows linearly with the module. */
static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static void gindex_put(GlobalInfo **slots, unsigned cap, GlobalInfo *g) {
    unsigned i = name_hash(g->sym->name) & (cap - 1);
    while (slots[i]) i = (i + 1) & (cap - 1);
    slots[i] = g;
}

static void gindex_grow(Checker *c) {
    unsigned cap = c->gindex_cap ? c->gindex_cap * 2 : 256;
    GlobalInfo **slots = ARENA_ARRAY(c->a, GlobalInfo *, cap);
    for (int i = 0; i < c->ginfo.len; i++) gindex_put(slots, cap, VEC_AT(c->ginfo, GlobalInfo, i));
    c->gindex = slots;
    c->gindex_cap = cap;
}

static GlobalInfo *global_info(Checker *c, const char *name) {
    if (!c->gindex_cap) return NULL;
    for (unsigned i = name_hash(name) & (c->gindex_cap - 1); c->gindex[i]; i = (i + 1) & (c->gindex_cap - 1))
        if (name_eq(c->gindex[i]->sym->name, name)) return c->gindex[i];
    return NULL;
}

static GlobalInfo *global_add(Checker *c, const char *name, SymKind kind, Span span) {
    GlobalInfo *g = global_info(c, name);
    if (g) return g;
    g = ARENA_NEW(c->a, GlobalInfo);
    g->sym = sym_new(c, name, kind, span);
    vec_push(c->a, &c->ginfo, g);
    vec_push(c->a, &c->m->globals, g->sym);
    if ((unsigned)c->ginfo.len * 2 > c->gindex_cap) gindex_grow(c);
    else gindex_put(c->gindex, c->gindex_cap, g);
    return g;
}

static Symbol *local_find(FuncState *fs, const char *name) {
    for (int i = 0; i < fs->fd->locals.len; i++) {
        Symbol *s = VEC_AT(fs->fd->locals, Symbol, i);
        if (!s->hidden && name_eq(s->name, name)) return s;
    }
    return NULL;
}

static Symbol *local_add(Checker *c, FuncState *fs, const char *name, Span span) {
    Symbol *s = sym_new(c, name, SYM_LOCAL, span);
    s->index = fs->fd->locals.len;
    vec_push(c->a, &fs->fd->locals, s);
    return s;
}

static Symbol *builtin_sym(Checker *c, const char *name) {
    for (int i = 0; i < c->builtins.len; i++) {
        Symbol *s = VEC_AT(c->builtins, Symbol, i);
        if (name_eq(s->name, name)) return s;
    }
    if (!in_list(builtin_names, ARRAY_LEN(builtin_names), name)) return NULL;
    Symbol *s = sym_new(c, name, SYM_BUILTIN, (Span){0});
    vec_push(c->a, &c->builtins, s);
    return s;
}

/* Name resolution without diagnostics: locals, module globals, module dunders,
 * builtins.  NULL when undefined. */
static Symbol *lookup(Checker *c, const char *name) {
    for (int i = c->comp_syms.len - 1; i >= 0; i--) {   /* innermost comprehension first */
        Symbol *s = VEC_AT(c->comp_syms, Symbol, i);
        if (name_eq(s->name, name)) return s;
    }
    if (c->fs && !vec_has_str(&c->fs->global_names, name)) {
        Symbol *s = local_find(c->fs, name);
        if (s) return s;
    }
    for (int i = c->class_syms.len - 1; c->fs == c->class_scope_fs && i >= 0; i--) {
        Symbol *s = VEC_AT(c->class_syms, Symbol, i);
        if (name_eq(s->name, name)) return s;
    }
    GlobalInfo *g = global_info(c, name);
    if (g) return g->sym;
    if (in_list(module_dunders, ARRAY_LEN(module_dunders), name))
        return global_add(c, name, SYM_GLOBAL, (Span){0})->sym;
    return builtin_sym(c, name);
}

/* __static__'s spellings of the exact builtin dict (§ pydict, PyDict). */
static bool is_pydict_name(const char *orig) {
    return strcmp(orig, "pydict") == 0 || strcmp(orig, "PyDict") == 0;
}

/* The orig name of a SYM_STATIC symbol with the aliases resolved. */
static const char *static_orig(const Symbol *s) {
    if (strcmp(s->orig, "ssize_t") == 0) return "int64";
    if (strcmp(s->orig, "size_t") == 0) return "uint64";
    if (strcmp(s->orig, "char") == 0) return "int8";   /* __static__.char is int8 */
    return s->orig;
}

/* Marks annotation expressions: never evaluated by the IR, but every node gets a
 * type (and every Name a symbol when it resolves). */
static void mark_ann_node(Checker *c, Expr *e, void *ctx) {
    if (!e->type) e->type = e->kind == E_STR ? TY.str : TY.dynamic;
    if (e->kind == E_NAME && !e->sym) e->sym = lookup(c, e->id);
}

static void mark_annotation(Checker *c, Expr *e) { walk_expr(c, e, mark_ann_node, NULL); }

/* ---------------------------------------------------------------- annotations */

enum { ANN_ALLOW_FINAL = 1, ANN_CLASS_ATTR = 2 };   /* resolve_ann flags */

static Type *resolve_ann(Checker *c, Expr *e, int flags, bool *is_final);
static Symbol *module_attr_symbol(Checker *c, Expr *e);
static ClassDecl *sym_class(const Symbol *s);

static void set_span(Checker *c, Expr *e, void *ctx) { e->span = *(Span *)ctx; }

/* "int" / "Optional[str]": parsed as an expression; errors point at the string. */
static Type *resolve_string_ann(Checker *c, Expr *e, int flags, bool *is_final) {
    Diags tmp = {.arena = c->a};
    char *src = arena_printf(c->a, "%.*s\n", (int)e->str_len, e->str);
    Module *sub = parse_module(c->a, c->path, "<annotation>", src, strlen(src), &tmp);
    if (tmp.errors || sub->body.len != 1 || VEC_AT(sub->body, Stmt, 0)->kind != S_EXPR) {
        REPORT(c, D_UNKNOWN_TYPE, e->span, arena_strndup(c->a, e->str, e->str_len));
        return TY.dynamic;
    }
    Expr *inner = VEC_AT(sub->body, Stmt, 0)->value;
    walk_expr(c, inner, set_span, &e->span);
    c->string_ann++;
    Type *t = resolve_ann(c, inner, flags, is_final);
    c->string_ann--;
    return t;
}

/* An annotation naming an undefined name: an error where Python evaluates it (NameError
 * when the def or class statement runs), dynamic where it stays a string, as the
 * reference resolves such forward references. */
static void report_unknown_name(Checker *c, Span span, const char *name) {
    if (c->string_ann || c->lazy_annotations) return;
    REPORT(c, D_UNKNOWN_TYPE, span, name);
}

/* typing names used bare as annotations. */
static Type *typing_type(Checker *c, const char *orig, Expr *e, int flags, bool *is_final) {
    static const struct { const char *name; Type **type; } map[] = {
        {"List", &TY.list}, {"Dict", &TY.dict}, {"Tuple", &TY.tuple}, {"Set", &TY.set},
        {"Type", &TY.type}, {"Text", &TY.str},
    };
    if (strcmp(orig, "ClassVar") == 0) {
        REPORT(c, D_CLASSVAR_PLACEMENT, e->span, "ClassVar");
        return TY.dynamic;
    }
    if (strcmp(orig, "Final") == 0) {
        if (!(flags & ANN_ALLOW_FINAL) || !is_final) {
            REPORT0(c, D_FINAL_PLACEMENT, e->span);
            return TY.dynamic;
        }
        *is_final = true;
        return NULL;   /* inferred from the value */
    }
    for (size_t i = 0; i < ARRAY_LEN(map); i++)
        if (strcmp(map[i].name, orig) == 0) return *map[i].type;
    return strcmp(orig, "Optional") == 0 ? ty_unbound_optional : TY.dynamic;
}

/* __static__ names that are plain run-time classes or type variables: usable as
 * annotations, dynamic to the checker. */
static bool is_static_runtime_type(const char *orig) {
    static const char *const names[] = {
        "TClass", "ClassDecorator", "Enum", "IntEnum", "StringEnum", "ContextDecorator",
        "ExcContextDecorator",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(orig, names[i]) == 0) return true;
    return false;
}

static Type *resolve_name_ann(Checker *c, Expr *e, const char *name, int flags, bool *is_final) {
    Symbol *s = lookup(c, name);
    if (!s) {
        report_unknown_name(c, e->span, name);
        return TY.dynamic;
    }
    switch (s->kind) {
    case SYM_STATIC: {
        Type *p = type_prim_by_name(static_orig(s));
        if (p) return p;
        if (is_pydict_name(s->orig)) return TY.dict;
        if (is_static_runtime_type(static_orig(s))) return TY.dynamic;
        REPORT(c, D_UNKNOWN_TYPE, e->span, name);
        return TY.dynamic;
    }
    case SYM_TYPING:
        return typing_type(c, s->orig, e, flags, is_final);
    case SYM_CLASS:
        return s->cls->type;
    case SYM_GLOBAL: {
        GlobalInfo *g = global_info(c, name);
        return g && g->alias ? g->alias : TY.dynamic;
    }
    case SYM_BUILTIN: {
        if (strcmp(name, "float") == 0) return TY.dynamic;   /* §1.2.2 */
        Type *t = type_builtin_by_name(name);
        return t ? t : TY.dynamic;
    }
    default:
        return TY.dynamic;   /* imported classes, aliases: not known statically yet */
    }
}

/* The name a subscripted annotation's base refers to: "Optional", "list", ...
 * typing.X and builtin names are both returned bare. */
static const char *ann_base_name(Checker *c, Expr *base) {
    if (base->kind == E_NAME) {
        Symbol *s = lookup(c, base->id);
        if (s && (s->kind == SYM_TYPING || s->kind == SYM_STATIC)) return s->orig;
        if (s && s->kind == SYM_BUILTIN) return s->name;
        return NULL;
    }
    if (base->kind == E_ATTRIBUTE && base->left && base->left->kind == E_NAME &&
        strcmp(base->left->id, "typing") == 0)
        return base->id;
    return NULL;
}

/* Builds Union[...] / Optional[t], or reports a union containing a primitive. */
static Type *make_union(Checker *c, Span span, Type **ts, int n) {
    bool prim = false;
    int nnone = 0;
    Type *other = NULL;
    for (int i = 0; i < n; i++) {
        prim |= type_is_prim(ts[i]);
        if (ts[i] == TY.none) nnone++;
        else other = ts[i];
    }
    if (prim) {
        const char *name;
        if (n == 2 && nnone == 1) {
            name = arena_printf(c->a, "Optional[%s]", other->name);
        } else {
            name = "Union[";
            for (int i = 0; i < n; i++)
                name = arena_printf(c->a, "%s%s%s", name, i ? ", " : "", ts[i]->name);
            name = arena_printf(c->a, "%s]", name);
        }
        REPORT(c, D_PRIM_UNION, span, name);
        return TY.dynamic;
    }
    for (int i = 0; i < n; i++)
        if (ts[i]->kind == TY_VOID) return TY.dynamic;
    return type_union(ts, n);
}

/* ---------------------------------------------------------------- generic containers */

/* CheckedList[T], CheckedDict[K, V], Array[int64]: instances of the __static__
 * generics, interned here (origin = the generic class, args = the type arguments). */
static Type *g_origin[3];
static PtrVec g_instances;
enum { G_CHKLIST, G_CHKDICT, G_ARRAY };
static const char *const g_names[3] = {"chklist", "chkdict", "Array"};
static const char *const g_static_names[3] = {"CheckedList", "CheckedDict", "Array"};

static Type *generic_origin(int which) {
    if (!g_origin[which]) {
        Type *t = type_class("__static__", g_names[which], TY.object);
        t->name = g_names[which];
        g_origin[which] = t;
    }
    return g_origin[which];
}

static Type *generic_instance(Checker *c, int which, Type **args, int n) {
    Type *o = generic_origin(which);
    for (int i = 0; i < g_instances.len; i++) {
        Type *t = VEC_AT(g_instances, Type, i);
        if (t->origin != o) continue;
        bool same = true;
        for (int j = 0; j < n; j++) same &= t->args[j] == args[j];
        if (same) return t;
    }
    const char *name = arena_printf(c->a, "%s[", g_names[which]);
    for (int j = 0; j < n; j++) name = arena_printf(c->a, "%s%s%s", name, j ? ", " : "", args[j]->name);
    Type *t = type_class("__static__", arena_printf(c->a, "%s]", name), TY.object);
    t->name = t->qualname;
    t->origin = o;
    t->args = ARENA_ARRAY(c->a, Type *, n);
    for (int j = 0; j < n; j++) t->args[j] = args[j];
    t->nargs = n;
    vec_push(c->a, &g_instances, t);
    return t;
}

/* Which generic a type is an instance of (-1 when none). */
static int generic_kind(const Type *t) {
    if (!t || t->kind != TY_CLASS || !t->origin) return -1;
    for (int i = 0; i < 3; i++)
        if (t->origin == g_origin[i]) return i;
    return -1;
}

static int generic_by_static_name(const char *orig) {
    for (int i = 0; i < 3; i++)
        if (orig && strcmp(orig, g_static_names[i]) == 0) return i;
    return -1;
}

/* CheckedList[T] etc. from resolved type arguments (errors for bad arguments). */
static Type *make_generic(Checker *c, int which, Expr *e, Type **ts, int n) {
    int want = which == G_CHKDICT ? 2 : 1;
    if (n != want) {
        REPORT(c, D_GENERIC_ARGC, e->span,
               arena_printf(c->a, "%s[%s]", g_names[which], want == 2 ? "K, V" : "T"), want, n);
        return TY.dynamic;
    }
    for (int i = 0; i < n; i++) {
        if (which == G_ARRAY) {
            if (ts[i] != TY.prim[P_INT64]) {
                REPORT(c, D_ARRAY_ELEM, e->span, ts[i]->name);
                return TY.dynamic;
            }
        } else if (type_is_prim(ts[i])) {
            REPORT(c, D_GENERIC_PRIM, e->span, ts[i]->name, g_names[which]);
            return TY.dynamic;
        } else if (ts[i]->kind == TY_UNION) {   /* the __static__ runtime refuses them too */
            report_unsupported(c, e, e->span, "a union as a type argument of a checked container");
            return TY.dynamic;
        }
    }
    return generic_instance(c, which, ts, n);
}

/* A generic type written as an expression (annotation, alias, constructor). */
static Type *generic_from_subscript(Checker *c, Expr *e);
static Type *resolve_plain_ann(Checker *c, Expr *e);

static Type *literal_class(const Expr *e);

/* Literal[v, ...]: values, not types; the class they share (Literal[False] is a bool),
 * Optional of it with a None among them, else dynamic. */
static Type *literal_ann(Checker *c, Expr **args, int nargs) {
    Type *t = NULL;
    bool none = false;
    for (int i = 0; i < nargs; i++) {
        mark_annotation(c, args[i]);
        Type *k = literal_class(args[i]);
        if (k == TY.none) none = true;
        else if (t && t != k) t = TY.dynamic;
        else t = k;
    }
    if (!t) return none ? TY.none : TY.dynamic;
    if (t == TY.float_) t = TY.dynamic;   /* not a valid Literal; float means dynamic anyway */
    return none ? type_optional(t) : t;
}

static bool is_classvar_ann(Checker *c, Expr *ann, Expr **inner);
static bool is_imported_name(Checker *c, Expr *e, const char *module, const char *name);

static Type *resolve_subscript_ann(Checker *c, Expr *e, int flags, bool *is_final) {
    const char *base = ann_base_name(c, e->left);
    Expr *arg = e->right;
    int nargs = arg && arg->kind == E_TUPLE ? arg->elts.len : 1;
    Expr **args = arg && arg->kind == E_TUPLE ? (Expr **)arg->elts.items : &arg;
    if (!base) {
        if (e->left->kind == E_NAME && !lookup(c, e->left->id))
            report_unknown_name(c, e->left->span, e->left->id);
        if (!(flags & ANN_CLASS_ATTR) && is_imported_name(c, e->left, "dataclasses", "InitVar"))
            REPORT(c, D_CLASSVAR_PLACEMENT, e->span, "InitVar");
        return TY.dynamic;
    }
    if (strcmp(base, "Final") == 0) {
        if (!(flags & ANN_ALLOW_FINAL) || !is_final) {
            REPORT0(c, D_FINAL_PLACEMENT, e->span);
            return TY.dynamic;
        }
        *is_final = true;
        if (nargs != 1) {
            REPORT(c, D_GENERIC_ARGC, e->span, "Final[T]", 1, nargs);
            return TY.dynamic;
        }
        Expr *inner;
        if (is_classvar_ann(c, args[0], &inner)) {   /* PEP 591: a class Final is a ClassVar */
            REPORT0(c, D_FINAL_CLASSVAR, args[0]->span);
            return inner ? resolve_ann(c, inner, 0, NULL) : TY.dynamic;
        }
        return resolve_ann(c, args[0], 0, NULL);
    }
    if (strcmp(base, "ClassVar") == 0) {   /* class bodies handle theirs before resolving */
        REPORT(c, D_CLASSVAR_PLACEMENT, e->span, "ClassVar");
        for (int i = 0; i < nargs; i++) resolve_ann(c, args[i], 0, NULL);
        return TY.dynamic;
    }
    if (strcmp(base, "Annotated") == 0) {
        if (nargs < 2) REPORT0(c, D_ANNOTATED_ARGS, e->span);
        return resolve_ann(c, args[0], flags, is_final);
    }
    if (e->left->kind == E_NAME && generic_by_static_name(base) >= 0 &&
        lookup(c, e->left->id)->kind == SYM_STATIC) {
        Type **ts = ARENA_ARRAY(c->a, Type *, nargs + 1);
        for (int i = 0; i < nargs; i++) ts[i] = resolve_plain_ann(c, args[i]);
        return make_generic(c, generic_by_static_name(base), e, ts, nargs);
    }
    if (strcmp(base, "Optional") == 0 || strcmp(base, "Union") == 0) {
        bool opt = base[0] == 'O';
        int n = opt ? 2 : nargs;
        Type **ts = ARENA_ARRAY(c->a, Type *, n);
        for (int i = 0; i < (opt ? 1 : nargs); i++) ts[i] = resolve_ann(c, args[i], 0, NULL);
        if (opt) ts[1] = TY.none;
        return make_union(c, e->span, ts, n);
    }
    if (strcmp(base, "Literal") == 0) return literal_ann(c, args, nargs);
    for (int i = 0; i < nargs; i++) {   /* for errors; Callable[[A, B], R] and X[...] forms */
        Expr *a = args[i];
        if (a->kind == E_ELLIPSIS) { mark_annotation(c, a); continue; }
        if (a->kind == E_LIST) {
            for (int j = 0; j < a->elts.len; j++) resolve_ann(c, VEC_AT(a->elts, Expr, j), 0, NULL);
            mark_annotation(c, a);
            continue;
        }
        resolve_ann(c, a, 0, NULL);
    }
    if (!strcmp(base, "List") || !strcmp(base, "list")) return TY.list;
    if (!strcmp(base, "Dict") || !strcmp(base, "dict") || is_pydict_name(base)) return TY.dict;
    if (!strcmp(base, "Tuple") || !strcmp(base, "tuple")) return TY.tuple;
    if (!strcmp(base, "Set") || !strcmp(base, "set")) return TY.set;
    if (!strcmp(base, "Type") || !strcmp(base, "type")) return TY.type;
    return TY.dynamic;
}

/* An annotation expression -> Type.  NULL only for a bare `Final` (type inferred).
 * float means dynamic (§1.2.2); unions with primitives are errors (§1.2.1). */
static Type *resolve_ann(Checker *c, Expr *e, int flags, bool *is_final) {
    if (!e) return TY.dynamic;
    mark_annotation(c, e);
    switch (e->kind) {
    case E_NONE:
        return TY.none;
    case E_STR:
        return resolve_string_ann(c, e, flags, is_final);
    case E_NAME:
        return resolve_name_ann(c, e, e->id, flags, is_final);
    case E_ATTRIBUTE:
        if (e->left->kind == E_NAME && strcmp(e->left->id, "typing") == 0)
            return typing_type(c, e->id, e, flags, is_final);
        if (e->left->kind == E_NAME && strcmp(e->left->id, "__static__") == 0) {
            Type *p = type_prim_by_name(e->id);
            return p ? p : TY.dynamic;
        }
        {
            Symbol *ms = module_attr_symbol(c, e);
            return ms && sym_class(ms) ? sym_class(ms)->type : TY.dynamic;
        }
    case E_SUBSCRIPT:
        return resolve_subscript_ann(c, e, flags, is_final);
    case E_BINOP:
        if (e->op == OP_BITOR) {
            Type *ts[2] = {resolve_ann(c, e->left, 0, NULL), resolve_ann(c, e->right, 0, NULL)};
            return make_union(c, e->span, ts, 2);
        }
        break;
    case E_UNSUPPORTED:
        report_unsupported(c, e, e->span, e->what);
        return TY.dynamic;
    case E_INT: case E_FLOAT: case E_TRUE: case E_FALSE: case E_BYTES: case E_ELLIPSIS:
        return TY.dynamic;   /* `x: 42`: a value, no type: the reference leaves it dynamic */
    default:
        break;
    }
    REPORT(c, D_UNKNOWN_TYPE, e->span, expr_text(c, e));
    return TY.dynamic;
}

/* A parameter/return/local annotation (no Final allowed). */
static Type *resolve_plain_ann(Checker *c, Expr *e) {
    Type *t = resolve_ann(c, e, 0, NULL);
    return t ? t : TY.dynamic;
}

/* ---------------------------------------------------------------- imported modules */

static const char *import_binding(Checker *c, const Alias *al);

/* Declarations of other modules (the whole-program view) type-check uses of them, but
 * run time reaches them as ordinary Python objects: calls and attributes stay dynamic. */
static bool is_local_func(Checker *c, const FuncDecl *f) {
    return f->index >= 0 && f->index < c->m->funcs.len && c->m->funcs.items[f->index] == f;
}

static bool is_local_class(Checker *c, const ClassDecl *k) {
    return k->index >= 0 && k->index < c->m->classes.len && c->m->classes.items[k->index] == k;
}

static Module *loaded_module(Checker *c, const char *dotted) {
    Program *p = c->m->program;
    for (int i = 0; p && dotted && i < p->units.len; i++) {
        Module *m = VEC_AT(p->units, ProgramUnit, i)->mod;
        if (m->name && strcmp(m->name, dotted) == 0) return m;
    }
    return NULL;
}

/* A module-level name of a static module (NULL: none, or the module is not static). */
static Symbol *module_member(Module *m, const char *name) {
    if (!m || !m->is_static || !name) return NULL;
    for (int i = 0; i < m->globals.len; i++)
        if (strcmp(VEC_AT(m->globals, Symbol, i)->name, name) == 0) return VEC_AT(m->globals, Symbol, i);
    return NULL;
}

static void add_import(Checker *c, const char *bind, Module *mod, const char *member, const char *dotted) {
    ImportRef *r = ARENA_NEW(c->a, ImportRef);
    r->bind = bind;
    r->mod = mod;
    r->member = member;
    r->dotted = dotted;
    vec_push(c->a, &c->imports, r);
}

static bool is_builtin_module(const char *mod) {
    static const char *const skip[] = {"__static__", "__future__", "typing", "typing_extensions"};
    return mod && in_list(skip, ARRAY_LEN(skip), mod);
}

/* `from M import x`: x is M's member, or the submodule M.x. */
static void load_import_from(Checker *c, Stmt *s) {
    Program *p = c->m->program;
    if (s->import_star || (s->level == 0 && is_builtin_module(s->module))) return;
    Module *im = s->module || s->level ? program_import(p, c->m, s->module, s->level) : NULL;
    for (int i = 0; i < s->names.len; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        const char *bind = al->asname ? al->asname : al->name;
        if (im && im->is_static && module_member(im, al->name)) {
            add_import(c, bind, im, al->name, im->name);
            continue;
        }
        const char *sub = s->module ? arena_printf(c->a, "%s.%s", s->module, al->name) : al->name;
        Module *sm = program_import(p, c->m, sub, s->level);
        if (sm) add_import(c, bind, sm, NULL, sm->name);
        else if (im) add_import(c, bind, im, al->name, im->name);
    }
}

/* `import a.b.c [as x]`: loads a, a.b and a.b.c; binds x (a.b.c) or a. */
static void load_import(Checker *c, Stmt *s) {
    for (int i = 0; i < s->names.len; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        if (is_builtin_module(al->name)) continue;
        Module *last = NULL;
        for (const char *dot = al->name; dot; dot = strchr(dot + 1, '.')) {
            const char *prefix = *dot == '.' ? arena_strndup(c->a, al->name, (size_t)(dot - al->name)) : al->name;
            last = program_import(c->m->program, c->m, prefix, 0);
            if (*dot != '.') break;
        }
        if (strchr(al->name, '.')) last = program_import(c->m->program, c->m, al->name, 0);
        if (al->asname) add_import(c, al->asname, last, NULL, al->name);
        else {
            const char *top = import_binding(c, al);
            add_import(c, top, loaded_module(c, top), NULL, top);
        }
    }
}

/* Parses and checks (once per program) the modules the top-level imports name, before
 * this module's declarations refer to theirs. */
static void load_imports(Checker *c) {
    if (!c->m->program || !c->m->is_static) return;   /* plain modules are not typed */
    for (int i = 0; i < c->m->body.len; i++) {
        Stmt *s = VEC_AT(c->m->body, Stmt, i);
        if (s->kind == S_IMPORTFROM) load_import_from(c, s);
        else if (s->kind == S_IMPORT) load_import(c, s);
    }
}

/* The static class / function a module-level symbol names: its own, or one it imported. */
static ClassDecl *sym_class(const Symbol *s) {
    return (s->kind == SYM_CLASS || s->kind == SYM_GLOBAL) && s->cls && s->cls->is_static ? s->cls : NULL;
}

static FuncDecl *sym_func(const Symbol *s) {
    return (s->kind == SYM_FUNCTION || s->kind == SYM_GLOBAL) && s->func && !s->func->decorated ? s->func : NULL;
}

/* Gives an imported name the declaration it has in its static module: a class (usable
 * as a type), a function (calls are checked), a typed or Final global. */
static void bind_foreign(GlobalInfo *g, Symbol *ms) {
    if (sym_class(ms)) {
        g->sym->cls = sym_class(ms);
        g->alias = g->sym->cls->type;
    } else if (sym_func(ms)) {
        g->sym->func = sym_func(ms);
    } else if (ms->kind == SYM_GLOBAL && !type_is_prim(ms->type)) {
        g->sym->type = ms->type;
        g->sym->is_final = ms->is_final;
    }
}

static void resolve_imports(Checker *c) {
    for (int i = 0; i < c->imports.len; i++) {
        ImportRef *r = VEC_AT(c->imports, ImportRef, i);
        GlobalInfo *g = global_info(c, r->bind);
        if (!g || g->binds != 1 || g->annotated || g->sym->kind != SYM_GLOBAL) continue;
        Symbol *ms = r->member ? module_member(r->mod, r->member) : NULL;
        if (ms) bind_foreign(g, ms);
        else if (!r->member) g->modref = r->dotted;
    }
}

/* The dotted name of the module an expression names: `m` bound by an import, `pkg.m`. */
static const char *module_dotted(Checker *c, Expr *e) {
    if (e->kind == E_ATTRIBUTE) {
        const char *l = module_dotted(c, e->left);
        return l ? arena_printf(c->a, "%s.%s", l, e->id) : NULL;
    }
    if (e->kind != E_NAME) return NULL;
    GlobalInfo *g = global_info(c, e->id);
    return g && g->modref && lookup(c, e->id) == g->sym ? g->modref : NULL;
}

/* `mod.name` where mod is an imported static module: that module's symbol for name. */
static Symbol *module_attr_symbol(Checker *c, Expr *e) {
    if (e->kind != E_ATTRIBUTE || !c->imports.len) return NULL;
    const char *d = module_dotted(c, e->left);
    return d ? module_member(loaded_module(c, d), e->id) : NULL;
}

static Type *module_attr_type(Checker *c, Expr *e) {
    Symbol *ms = module_attr_symbol(c, e);
    return ms && ms->kind == SYM_GLOBAL && !ms->cls && !ms->func && !type_is_prim(ms->type) ? ms->type : TY.dynamic;
}

/* ---------------------------------------------------------------- declare: module */

static bool is_literal_const(const Expr *e) {
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: case E_TRUE: case E_FALSE: case E_NONE:
        return true;
    case E_UNARYOP:
        return (e->op == UOP_NEG || e->op == UOP_POS) && e->left &&
               (e->left->kind == E_INT || e->left->kind == E_FLOAT);
    default:
        return false;
    }
}

/* The boxed class of a literal (the type a Final literal keeps, §1.1). */
static Type *literal_class(const Expr *e) {
    switch (e->kind) {
    case E_INT: return TY.int_;
    case E_FLOAT: return TY.float_;
    case E_IMAG: return TY.complex;
    case E_STR: return TY.str;
    case E_BYTES: return TY.bytes;
    case E_TRUE: case E_FALSE: return TY.bool_;
    case E_NONE: return TY.none;
    case E_UNARYOP: return literal_class(e->left);
    default: return TY.dynamic;
    }
}

static void bind_global_target(Checker *c, Expr *t) {
    if (!t) return;
    switch (t->kind) {
    case E_NAME: global_add(c, t->id, SYM_GLOBAL, t->span)->binds++; break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->elts.len; i++) bind_global_target(c, VEC_AT(t->elts, Expr, i));
        break;
    case E_STARRED: bind_global_target(c, t->left); break;
    default: break;
    }
}

/* The name an `import a.b.c [as x]` binds: x, or a. */
static const char *import_binding(Checker *c, const Alias *al) {
    if (al->asname) return al->asname;
    const char *dot = strchr(al->name, '.');
    return dot ? arena_strndup(c->a, al->name, (size_t)(dot - al->name)) : al->name;
}

static void declare_import_from(Checker *c, Stmt *s) {
    const char *mod = s->level == 0 ? s->module : NULL;
    bool is_static = mod && strcmp(mod, "__static__") == 0;
    bool is_typing = mod && (strcmp(mod, "typing") == 0 || strcmp(mod, "typing_extensions") == 0);
    if (s->import_star) {
        if (is_static) REPORT0(c, D_STATIC_IMPORT_STAR, s->span);
        else if (c->m->is_static) report_unsupported(c, s, s->span, "import * in a static module");
        return;   /* plain Python: the names are looked up at run time */
    }
    for (int i = 0; i < s->names.len; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        const char *bind = al->asname ? al->asname : al->name;
        SymKind kind = is_static ? SYM_STATIC : is_typing ? SYM_TYPING : SYM_GLOBAL;
        if (is_static && !in_list(static_names, ARRAY_LEN(static_names), al->name)) {
            if (in_list(static_names_later, ARRAY_LEN(static_names_later), al->name))
                report_unsupported(c, al, al->span,
                                   arena_printf(c->a, "from __static__ import %s", al->name));
            else
                REPORT(c, D_STATIC_IMPORT, al->span, al->name);
            kind = SYM_GLOBAL;
        }
        GlobalInfo *g = global_add(c, bind, kind, al->span);
        g->binds++;
        if (mod && kind == SYM_GLOBAL) {
            g->from_module = mod;
            g->from_name = al->name;
        }
        if (kind == SYM_STATIC || kind == SYM_TYPING) {
            g->sym->kind = kind;
            g->sym->orig = al->name;
        }
    }
}

/* Module-level bindings (not inside function bodies).  `top`: directly in m->body. */
static void declare_module_stmts(Checker *c, PtrVec *body, bool top);

static void bind_walrus_global(Checker *c, Expr *e, void *ctx) {
    (void)ctx;
    if (e->kind == E_NAMEDEXPR && e->left->kind == E_NAME) global_add(c, e->left->id, SYM_GLOBAL, e->left->span)->binds++;
}

static void declare_module_stmt(Checker *c, Stmt *s, bool top) {
    Expr *exprs[] = {s->value, s->test, s->iter, s->msg};
    for (size_t i = 0; i < ARRAY_LEN(exprs); i++) walk_expr(c, exprs[i], bind_walrus_global, NULL);
    switch (s->kind) {
    case S_ASSIGN:
    case S_DELETE:
        for (int i = 0; i < s->targets.len; i++) bind_global_target(c, VEC_AT(s->targets, Expr, i));
        break;
    case S_ANNASSIGN:
        if (s->target->kind == E_NAME) {
            GlobalInfo *g = global_add(c, s->target->id, SYM_GLOBAL, s->target->span);
            if (s->value) g->binds++;
        }
        break;
    case S_AUGASSIGN:
    case S_FOR:
        bind_global_target(c, s->target);
        break;
    case S_FUNCDEF: {
        GlobalInfo *g = global_add(c, s->name, SYM_GLOBAL, s->span);
        g->binds++;
        if (top && !g->def) g->def = s;
        else if (top) g->binds++;
        break;
    }
    case S_CLASSDEF:
        global_add(c, s->name, SYM_GLOBAL, s->span)->binds++;
        break;
    case S_IMPORT:
        for (int i = 0; i < s->names.len; i++) {
            Alias *al = VEC_AT(s->names, Alias, i);
            global_add(c, import_binding(c, al), SYM_GLOBAL, al->span)->binds++;
        }
        break;
    case S_IMPORTFROM:
        declare_import_from(c, s);
        break;
    default:
        break;
    }
    if (s->kind == S_TRY) {
        for (int i = 0; i < s->handlers.len; i++) {
            ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
            if (h->target) bind_global_target(c, h->target);
            declare_module_stmts(c, &h->body, false);
        }
        declare_module_stmts(c, &s->finalbody, false);
    }
    for (int i = 0; s->kind == S_WITH && i < s->items.len; i++) {
        WithItem *w = VEC_AT(s->items, WithItem, i);
        if (w->target) bind_global_target(c, w->target);
    }
    if (s->kind == S_MATCH) {
        PtrVec ts = match_targets(c, s);
        for (int i = 0; i < ts.len; i++) bind_global_target(c, VEC_AT(ts, Expr, i));
        for (int i = 0; i < s->cases.len; i++) declare_module_stmts(c, &VEC_AT(s->cases, MatchCase, i)->body, false);
    }
    if (s->kind == S_IF || s->kind == S_WHILE || s->kind == S_FOR || s->kind == S_TRY || s->kind == S_WITH) {
        declare_module_stmts(c, &s->body, false);
        declare_module_stmts(c, &s->orelse, false);
    }
}

static void declare_module_stmts(Checker *c, PtrVec *body, bool top) {
    for (int i = 0; i < body->len; i++) declare_module_stmt(c, VEC_AT(*body, Stmt, i), top);
}

/* Module-level annotations: declared types, Final constants, no primitives (§1.1). */
static void declare_global_annotation(Checker *c, Stmt *s) {
    GlobalInfo *g = global_info(c, s->target->id);
    bool is_final = false;
    Type *t = resolve_ann(c, s->annotation, ANN_ALLOW_FINAL, &is_final);
    if (!t) t = s->value ? literal_class(s->value) : TY.dynamic;
    if (type_is_prim(t)) {
        REPORT0(c, D_PRIM_GLOBAL, s->annotation->span);
        t = TY.dynamic;
    }
    if (g->annotated) {
        if (g->sym->type != t) {
            REPORT(c, D_REDEFINE_LOCAL, s->span, g->sym->name);
            vec_push(c->a, &c->bad_ann, s);   /* its value is not checked against either */
        }
        if (is_final || g->sym->is_final) REPORT0(c, D_FINAL_ASSIGN, s->span);
        return;
    }
    g->annotated = true;
    g->sym->type = t;
    if (!is_final) return;
    g->sym->is_final = true;
    g->final_decl = s;
    if (!s->value) REPORT0(c, D_FINAL_NO_VALUE, s->span);
    else if (is_literal_const(s->value)) g->sym->final_value = s->value;
}

static Type *generic_from_subscript(Checker *c, Expr *e) {
    if (e->kind == E_NAME) {
        GlobalInfo *g = global_info(c, e->id);
        return g && g->sym->kind == SYM_GLOBAL ? g->alias : NULL;
    }
    if (e->kind != E_SUBSCRIPT || e->left->kind != E_NAME) return NULL;
    GlobalInfo *g = global_info(c, e->left->id);
    if (!g || g->sym->kind != SYM_STATIC || generic_by_static_name(g->sym->orig) < 0) return NULL;
    Type *t = resolve_plain_ann(c, e);
    return t->kind == TY_DYNAMIC ? NULL : t;
}

/* `ArrayI64 = Array[int64]` bound once at module level: usable as a type. */
static void declare_aliases(Checker *c) {
    for (int i = 0; i < c->m->body.len; i++) {
        Stmt *s = VEC_AT(c->m->body, Stmt, i);
        if (s->kind != S_ASSIGN || s->targets.len != 1 || VEC_AT(s->targets, Expr, 0)->kind != E_NAME ||
            s->value->kind != E_SUBSCRIPT)
            continue;
        GlobalInfo *g = global_info(c, VEC_AT(s->targets, Expr, 0)->id);
        if (!g || g->binds != 1 || g->annotated || g->sym->kind != SYM_GLOBAL) continue;
        g->alias = generic_from_subscript(c, s->value);
    }
}

static void declare_global_annotations(Checker *c, PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        if (s->kind == S_ANNASSIGN && s->target->kind == E_NAME) declare_global_annotation(c, s);
        if (s->kind == S_IF || s->kind == S_WHILE || s->kind == S_FOR || s->kind == S_TRY || s->kind == S_WITH) {
            declare_global_annotations(c, &s->body);
            declare_global_annotations(c, &s->orelse);
            declare_global_annotations(c, &s->finalbody);
            for (int j = 0; j < s->handlers.len; j++)
                declare_global_annotations(c, &VEC_AT(s->handlers, ExceptHandler, j)->body);
        }
        for (int j = 0; s->kind == S_MATCH && j < s->cases.len; j++)
            declare_global_annotations(c, &VEC_AT(s->cases, MatchCase, j)->body);
    }
}

/* ---------------------------------------------------------------- declare: functions */

/* What a function body binds, gathered in source order. */
typedef struct PreScan {
    PtrVec assigned;      /* const char*: names bound in the body */
    PtrVec seen;          /* const char*: names mentioned so far */
    PtrVec annassigns;    /* Stmt*: annotated assignments to plain names */
} PreScan;

static void prescan_bind(Checker *c, PreScan *p, const char *name);

static void prescan_seen(Checker *c, Expr *e, void *ctx) {
    PreScan *p = ctx;
    if (e->kind == E_NAME && !vec_has_str(&p->seen, e->id)) vec_push(c->a, &p->seen, (void *)e->id);
    if (e->kind == E_NAMEDEXPR && e->left->kind == E_NAME) prescan_bind(c, p, e->left->id);   /* := binds */
}

static void prescan_bind(Checker *c, PreScan *p, const char *name) {
    if (!vec_has_str(&p->assigned, name)) vec_push(c->a, &p->assigned, (void *)name);
    if (!vec_has_str(&p->seen, name)) vec_push(c->a, &p->seen, (void *)name);
}

static void prescan_target(Checker *c, PreScan *p, Expr *t) {
    if (!t) return;
    switch (t->kind) {
    case E_NAME: prescan_bind(c, p, t->id); break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->elts.len; i++) prescan_target(c, p, VEC_AT(t->elts, Expr, i));
        break;
    case E_STARRED: prescan_target(c, p, t->left); break;
    default: walk_expr(c, t, prescan_seen, p); break;
    }
}

static void prescan_stmts(Checker *c, FuncState *fs, PreScan *p, PtrVec *body);

static void prescan_stmt(Checker *c, FuncState *fs, PreScan *p, Stmt *s) {
    Expr *exprs[] = {s->value, s->test, s->msg, s->iter, s->annotation};
    for (size_t i = 0; i < ARRAY_LEN(exprs); i++) walk_expr(c, exprs[i], prescan_seen, p);
    switch (s->kind) {
    case S_ASSIGN: case S_DELETE:
        for (int i = 0; i < s->targets.len; i++) prescan_target(c, p, VEC_AT(s->targets, Expr, i));
        break;
    case S_ANNASSIGN:
        prescan_target(c, p, s->target);
        if (s->target->kind == E_NAME) vec_push(c->a, &p->annassigns, s);
        break;
    case S_AUGASSIGN: case S_FOR:
        prescan_target(c, p, s->target);
        break;
    case S_FUNCDEF: case S_CLASSDEF:
        prescan_bind(c, p, s->name);
        break;
    case S_IMPORT:
        for (int i = 0; i < s->names.len; i++)
            prescan_bind(c, p, import_binding(c, VEC_AT(s->names, Alias, i)));
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < s->names.len; i++) {
            Alias *al = VEC_AT(s->names, Alias, i);
            prescan_bind(c, p, al->asname ? al->asname : al->name);
        }
        break;
    case S_GLOBAL:
        for (int i = 0; i < s->names.len; i++) {
            const char *n = s->names.items[i];
            if (vec_has_str(&p->seen, n)) REPORT(c, D_GLOBAL_AFTER_USE, s->span, n);
            if (!vec_has_str(&fs->global_names, n)) vec_push(c->a, &fs->global_names, (void *)n);
        }
        break;
    default:
        break;
    }
    for (int i = 0; s->kind == S_WITH && i < s->items.len; i++) {
        WithItem *w = VEC_AT(s->items, WithItem, i);
        walk_expr(c, w->context, prescan_seen, p);
        if (w->target) prescan_target(c, p, w->target);
    }
    for (int i = 0; s->kind == S_TRY && i < s->handlers.len; i++) {
        ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
        walk_expr(c, h->type, prescan_seen, p);
        if (h->target) prescan_target(c, p, h->target);
        prescan_stmts(c, fs, p, &h->body);
    }
    if (s->kind == S_MATCH) {
        PtrVec ts = match_targets(c, s);
        for (int i = 0; i < ts.len; i++) prescan_target(c, p, VEC_AT(ts, Expr, i));
        for (int i = 0; i < s->cases.len; i++) {
            MatchCase *mc = VEC_AT(s->cases, MatchCase, i);
            walk_expr(c, mc->guard, prescan_seen, p);
            prescan_stmts(c, fs, p, &mc->body);
        }
    }
    if (s->kind != S_FUNCDEF && s->kind != S_CLASSDEF) {
        prescan_stmts(c, fs, p, &s->body);
        prescan_stmts(c, fs, p, &s->orelse);
        prescan_stmts(c, fs, p, &s->finalbody);
    }
}

static void prescan_stmts(Checker *c, FuncState *fs, PreScan *p, PtrVec *body) {
    for (int i = 0; i < body->len; i++) prescan_stmt(c, fs, p, VEC_AT(*body, Stmt, i));
}

/* A function's parameters in CPython's co_varnames order: positional (positional-only
 * first), keyword-only, *args, **kwargs. Native functions, argument binding and the
 * locals all use this order; def->params keeps the source order. */
static PtrVec co_order_params(Checker *c, const PtrVec *src) {
    static const ParamKind order[] = {PARAM_POSONLY, PARAM_POS, PARAM_KWONLY, PARAM_VARARGS, PARAM_KWARGS};
    PtrVec out = {0};
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        for (int i = 0; i < src->len; i++)
            if (VEC_AT(*src, Param, i)->kind == order[k]) vec_push(c->a, &out, src->items[i]);
    return out;
}

/* Is the annotation expression a primitive value (int64(1), a primitive local of the
 * enclosing function)?  Annotations are evaluated as objects, so that is an error. */
static bool ann_is_prim_value(Checker *c, Expr *e) {
    if (e->kind == E_CALL && e->func->kind == E_NAME) {
        GlobalInfo *g = global_info(c, e->func->id);
        return g && g->sym->kind == SYM_STATIC && type_prim_by_name(static_orig(g->sym));
    }
    if (e->kind != E_NAME || !c->fs || !c->fs->outer) return false;
    Symbol *s = local_find(c->fs->outer, e->id);
    return s && type_is_prim(s->type);
}

/* An annotation of a parameter, return or local: its type, or dynamic after reporting
 * a primitive value used as one. */
static Type *resolve_value_ann(Checker *c, Expr *e, DiagId prim_error) {
    if (!ann_is_prim_value(c, e)) return resolve_plain_ann(c, e);
    REPORT0(c, prim_error, e->span);
    mark_annotation(c, e);
    return TY.dynamic;
}

/* Parameters become the first locals, with their declared types. *args is a tuple
 * and **kwargs a dict, whatever their annotation says about the items (as CinderX). */
static void declare_params(Checker *c, FuncState *fs) {
    FuncDecl *fd = fs->fd;
    for (int i = 0; i < fd->params.len; i++) {
        Param *pa = VEC_AT(fd->params, Param, i);
        if (pa->kind == PARAM_POSONLY || pa->kind == PARAM_POS) fd->npositional++;
        if (pa->kind == PARAM_POSONLY) fd->nposonly++;
        pa->type = pa->annotation ? resolve_value_ann(c, pa->annotation, D_ANNOTATION_PRIM) : TY.dynamic;
        if (pa->kind == PARAM_VARARGS || pa->kind == PARAM_KWARGS) {
            if (pa->kind == PARAM_VARARGS) fd->has_varargs = true;
            else fd->has_kwargs = true;
            pa->type = pa->kind == PARAM_VARARGS ? TY.tuple : TY.dict;
        }
        Symbol *dup = local_find(fs, pa->name);
        if (dup) {
            REPORT(c, D_DUP_ARGUMENT, pa->span, pa->name);
            pa->sym = dup;
            continue;
        }
        pa->sym = local_add(c, fs, pa->name, pa->span);
        /* a union argument is not checked when the function is called (the reference's
         * type descriptor of a union is dynamic), so in the body it is dynamic */
        pa->sym->type = pa->type->kind == TY_UNION ? TY.dynamic : pa->type;
    }
}

/* A local's annotation; `Final[T]` / bare `Final` (NULL) set *fin: a function-local
 * constant, assigned only by its declaration (CinderX accepts them in any scope). */
static Type *local_annotation(Checker *c, Stmt *s, bool *fin) {
    if (ann_is_prim_value(c, s->annotation)) return resolve_value_ann(c, s->annotation, D_LOCAL_ANN_PRIM);
    Type *t = resolve_ann(c, s->annotation, ANN_ALLOW_FINAL, fin);
    return t || *fin ? t : TY.dynamic;
}

/* Annotated locals: fixed storage types; a second, different annotation is an error. */
static void declare_local_annotations(Checker *c, FuncState *fs, PreScan *p) {
    for (int i = 0; i < p->annassigns.len; i++) {
        Stmt *s = VEC_AT(p->annassigns, Stmt, i);
        bool fin = false;
        Type *t = local_annotation(c, s, &fin);
        Symbol *sym = local_find(fs, s->target->id);
        if (!sym || vec_has_str(&fs->global_names, s->target->id)) continue;
        LocalInfo *li = &fs->info[sym->index];
        bool is_param = sym->index < fs->fd->params.len;
        if (li->annotated || li->ann_stmt ||
            (is_param && VEC_AT(fs->fd->params, Param, sym->index)->annotation)) {
            if (fin || sym->is_final) REPORT0(c, D_FINAL_ASSIGN, s->span);
            else if (sym->type != t) REPORT(c, D_REDEFINE_LOCAL, s->span, sym->name);
            if (fin || sym->is_final || sym->type != t) vec_push(c->a, &c->bad_ann, s);
            continue;
        }
        li->ann_stmt = s;
        sym->is_final = fin;
        if (fin && !s->value) REPORT0(c, D_FINAL_NO_VALUE, s->span);
        if (!t) continue;   /* bare `Final`: the value decides the type */
        li->annotated = li->decided = true;
        sym->type = t;
    }
}

static bool is_static_name(Checker *c, Expr *e, const char *orig) {
    if (!e || e->kind != E_NAME) return false;
    GlobalInfo *g = global_info(c, e->id);
    return g && g->sym->kind == SYM_STATIC && strcmp(g->sym->orig, orig) == 0;
}

static void method_decorators(Checker *c, FuncDecl *fd);

/* The innermost variable named n of the comprehensions being checked, or NULL. */
static Symbol *comp_symbol(Checker *c, const char *n) {
    for (int i = c->comp_syms.len - 1; i >= 0; i--)
        if (strcmp(VEC_AT(c->comp_syms, Symbol, i)->name, n) == 0) return VEC_AT(c->comp_syms, Symbol, i);
    return NULL;
}

/* The names a nested function takes from enclosing functions (scope.c) become locals
 * that live in closure cells. Their type is the enclosing variable's declared type;
 * one whose type is not decided yet stays dynamic for good, since the nested function
 * may read or rebind it at any time. */
static void declare_free_vars(Checker *c, FuncState *fs, FuncState *enclosing) {
    Stmt *def = fs->fd->def;
    for (int i = 0; i < def->freevars.len; i++) {
        const char *n = def->freevars.items[i];
        Symbol *s = local_add(c, fs, n, def->span);
        s->is_free = true;
        s->free_index = i;
        s->outer = comp_symbol(c, n);   /* a variable of an enclosing comprehension? */
        if (!s->outer && enclosing) s->outer = local_find(enclosing, n);
        if (s->outer && s->outer->hidden) {
            s->type = s->outer->type;   /* a comprehension variable: dynamic */
        } else if (s->outer && enclosing && s->outer->index < enclosing->ninfo) {
            LocalInfo *li = &enclosing->info[s->outer->index];
            li->decided = true;
            s->type = s->outer->type;
        }
        vec_push(c->a, &fs->fd->freevars, s);
    }
}

static void mark_cell_vars(FuncState *fs) {
    Stmt *def = fs->fd->def;
    for (int i = 0; i < def->cellvars.len; i++) {
        Symbol *s = local_find(fs, def->cellvars.items[i]);
        if (!s) continue;
        s->is_cell = true;
        s->cell_written = vec_has_str(&def->cells_written, s->name);
    }
}

/* A cell some nested function rebinds may change at any call: no narrowing. */
static bool never_narrowed(const Symbol *s) {
    while (s->is_free && s->outer) s = s->outer;
    return s->cell_written;
}


/* One FuncDecl per def: module-level functions (k NULL) and methods of classes. */
/* type() makes these classmethods without a decorator. */
bool is_implicit_classmethod(const Stmt *def) {
    return strcmp(def->name, "__init_subclass__") == 0 || strcmp(def->name, "__class_getitem__") == 0;
}

static FuncDecl *declare_function(Checker *c, Stmt *def, ClassDecl *k) {
    FuncDecl *fd = ARENA_NEW(c->a, FuncDecl);
    const char *mod = c->m->name ? c->m->name : "<module>";
    fd->name = def->name;
    fd->qualname = arena_join(c->a, k ? k->qualname : mod, ".", def->name);
    fd->def = def;
    fd->index = c->m->funcs.len;
    fd->params = co_order_params(c, &def->params);
    fd->is_static = c->m->is_static;
    fd->cls = k;
    fd->method_kind = k ? MK_METHOD : MK_FUNCTION;
    fd->vtable_slot = -1;
    vec_push(c->a, &c->m->funcs, fd);
    def->func = fd;
    FuncState *fs = ARENA_NEW(c->a, FuncState);
    fs->fd = fd;
    fs->outer = c->fs;
    if (fd->index >= c->fstates_cap) {   /* lambdas and nested defs are declared while checking */
        int cap = c->fstates_cap * 2 + 8;
        FuncState **more = ARENA_ARRAY(c->a, FuncState *, cap);
        memcpy(more, c->fstates, sizeof *more * (size_t)c->fstates_cap);
        c->fstates = more;
        c->fstates_cap = cap;
    }
    c->fstates[fd->index] = fs;
    FuncState *enclosing = c->fs;
    c->fs = fs;
    if (k && is_implicit_classmethod(def)) fd->method_kind = MK_CLASSMETHOD;
    if (k && strcmp(def->name, "__new__") == 0) fd->method_kind = MK_STATICMETHOD;   /* type() does it */
    method_decorators(c, fd);
    declare_params(c, fs);
    if (k && k->is_static && fd->method_kind != MK_STATICMETHOD && fd->params.len > 0 && fd->npositional == 0)
        report_unsupported(c, def, def->span, "method of a static class whose first parameter is not positional");
    if (k && fd->params.len > 0 && fd->npositional > 0) {
        /* self is the class instance; cls of a classmethod is the class object */
        Param *p0 = VEC_AT(fd->params, Param, 0);
        bool inst = fd->method_kind == MK_METHOD || fd->method_kind == MK_PROPERTY_GET ||
                    fd->method_kind == MK_PROPERTY_SET;
        if (!p0->annotation && inst && k->is_static && p0->sym) p0->type = p0->sym->type = k->type;
    }
    if (!def->returns) fd->ret = TY.dynamic;
    else fd->ret = def->returns->kind == E_NONE ? TY.none : resolve_value_ann(c, def->returns, D_RETURN_ANN_PRIM);
    if (def->returns) mark_annotation(c, def->returns);
    if (fd->dynamic_return) fd->ret = TY.dynamic;   /* the annotation stays in __annotations__ */
    fd->is_generator = def->yield_known ? def->yields : ast_body_has(&def->body, E_YIELD, E_YIELDFROM);
    if (!strcmp(def->name, "<genexpr>") && !def->is_async)   /* await in a genexp: an async one */
        def->is_async = ast_body_has(&def->body, E_AWAIT, E_AWAIT);
    fd->is_coroutine = def->is_async;
    if (fd->is_coroutine && !fd->is_generator) {
        fd->coro_ret = fd->ret;   /* the value `await f()` gives; calls give a coroutine */
        if (type_is_prim(fd->ret)) report_unsupported(c, def, def->returns->span, "primitive result of an async function");
    }
    if (fd->is_generator || fd->is_coroutine) fd->ret = TY.dynamic;   /* calls give a generator
                                                     (coroutine); `return v` sets StopIteration.value */
    PreScan p = {0};
    prescan_stmts(c, fs, &p, &def->body);
    for (int i = 0; i < p.assigned.len; i++) {
        const char *n = p.assigned.items[i];
        if (vec_has_str(&fs->global_names, n)) global_add(c, n, SYM_GLOBAL, def->span)->binds++;
        else if (!local_find(fs, n) && !vec_has_str(&def->freevars, n)) local_add(c, fs, n, def->span);
    }
    declare_free_vars(c, fs, enclosing);
    fs->ninfo = fd->locals.len;
    fs->info = ARENA_ARRAY(c->a, LocalInfo, fs->ninfo + 1);
    for (int i = 0; i < fd->params.len && i < fs->ninfo; i++) fs->info[i].decided = true;
    for (int i = 0; i < fd->freevars.len; i++) fs->info[VEC_AT(fd->freevars, Symbol, i)->index].decided = true;
    mark_cell_vars(fs);
    declare_local_annotations(c, fs, &p);
    c->fs = enclosing;
    return fd;
}

/* Globals bound only by their single top-level def become SYM_FUNCTION (called
 * directly). Not in a plain Python module: there a call looks the global up at run time,
 * as CPython does, so rebinding or patching the module attribute is seen and wrong
 * arguments are a TypeError when the call runs. */
static void classify_functions(Checker *c) {
    if (!c->m->is_static) return;
    for (int i = 0; i < c->ginfo.len; i++) {
        GlobalInfo *g = VEC_AT(c->ginfo, GlobalInfo, i);
        if (g->def && g->binds == 1 && !g->annotated && g->sym->kind == SYM_GLOBAL &&
            !(g->def->func && g->def->func->decorated)) {
            g->sym->kind = SYM_FUNCTION;
            g->sym->func = g->def->func;
        }
    }
}

/* ---------------------------------------------------------------- declare: classes */

static bool is_typing_name(Checker *c, Expr *e, const char *orig) {
    if (!e) return false;
    if (e->kind == E_NAME) {
        GlobalInfo *g = global_info(c, e->id);
        return g && g->sym->kind == SYM_TYPING && strcmp(g->sym->orig, orig) == 0;
    }
    return e->kind == E_ATTRIBUTE && e->left->kind == E_NAME &&
           (strcmp(e->left->id, "typing") == 0 || strcmp(e->left->id, "typing_extensions") == 0) &&
           strcmp(e->id, orig) == 0;
}

/* A typing.Protocol (dynamic, as in CinderX): its methods are signatures whose bodies
 * are placeholders, so a missing return is not an error there. */
static bool is_protocol_class(Checker *c, const ClassDecl *k) {
    for (int i = 0; k && i < k->def->bases.len; i++) {
        Expr *b = VEC_AT(k->def->bases, Expr, i);
        if (is_typing_name(c, b->kind == E_SUBSCRIPT ? b->left : b, "Protocol")) return true;
    }
    return false;
}

/* @typing.overload: a signature only; the undecorated definition is the function. */
static bool is_overload_stub(Checker *c, const Stmt *def) {
    for (int i = 0; i < def->decorators.len; i++)
        if (is_typing_name(c, VEC_AT(def->decorators, Expr, i), "overload")) return true;
    return false;
}

static bool is_builtin_name(Checker *c, Expr *e, const char *name) {
    if (!e || e->kind != E_NAME || strcmp(e->id, name) != 0) return false;
    Symbol *s = lookup(c, name);
    return s && s->kind == SYM_BUILTIN;
}

/* Member lookup through the static class chain. */
static FieldDecl *class_field(ClassDecl *k, const char *name) {
    for (int i = k ? k->fields.len - 1 : -1; i >= 0; i--) {
        FieldDecl *f = VEC_AT(k->fields, FieldDecl, i);
        if (strcmp(f->name, name) == 0) return f;
    }
    return NULL;
}

/* The method `name` (getter for properties; the setter when `setter`), here or inherited. */
static FuncDecl *class_method_kind(ClassDecl *k, const char *name, bool setter) {
    for (; k; k = k->base) {
        for (int i = 0; i < k->methods.len; i++) {
            FuncDecl *f = VEC_AT(k->methods, FuncDecl, i);
            if (strcmp(f->name, name) == 0 && (f->method_kind == MK_PROPERTY_SET) == setter) return f;
        }
    }
    return NULL;
}

static FuncDecl *class_method(ClassDecl *k, const char *name) { return class_method_kind(k, name, false); }

static Symbol *class_var(ClassDecl *k, const char *name) {
    for (; k; k = k->base) {
        for (int i = 0; i < k->class_vars.len; i++) {
            Symbol *s = VEC_AT(k->class_vars, Symbol, i);
            if (strcmp(s->name, name) == 0) return s;
        }
    }
    return NULL;
}

static ClassDecl *static_class_of(const Type *t) {
    return t && t->kind == TY_CLASS && t->cls && t->cls->is_static ? t->cls : NULL;
}

/* A Name expression naming a static class of this module. */
static ClassDecl *class_named(Checker *c, Expr *e) {
    if (!e || e->kind != E_NAME) return NULL;
    Symbol *s = lookup(c, e->id);
    return s && s->kind == SYM_CLASS && s->cls && s->cls->is_static ? s->cls : NULL;
}

/* Phase 1: one ClassDecl per module-level class; static ones get their type and a
 * SYM_CLASS symbol before any annotation is resolved (forward references work). */
static void declare_class(Checker *c, Stmt *s) {
    Module *m = c->m;
    ClassDecl *k = ARENA_NEW(c->a, ClassDecl);
    k->name = s->name;
    k->qualname = arena_printf(c->a, "%s.%s", m->name ? m->name : "<module>", s->name);
    k->def = s;
    k->index = m->classes.len;
    vec_push(c->a, &m->classes, k);
    s->cls = k;
    GlobalInfo *g = global_info(c, s->name);
    bool ok = m->is_static && g && g->binds == 1 && !g->annotated && g->sym->kind == SYM_GLOBAL;
    if (s->bases.len > 1 || s->class_keywords.len) ok = false;
    if (s->bases.len == 1) {
        Expr *b = VEC_AT(s->bases, Expr, 0);
        ClassDecl *bk = class_named(c, b);
        Symbol *bs = b->kind == E_NAME ? lookup(c, b->id) : NULL;
        if (!bk && bs && bs->kind == SYM_GLOBAL && sym_class(bs))
            bk = sym_class(bs);   /* a static class of another module (docs/DESIGN.md) */
        if (bs && bs->kind == SYM_STATIC && type_prim_by_name(static_orig(bs)))
            REPORT(c, D_PRIM_SUBCLASS, b->span, static_orig(bs), k->qualname);
        if (bk) k->base = bk;
        else if (!is_builtin_name(c, b, "object")) ok = false;
    }
    for (int i = 0; i < s->decorators.len; i++) {
        Expr *dec = VEC_AT(s->decorators, Expr, i);
        if (is_typing_name(c, dec, "final")) k->is_final = true;
        else if (is_static_name(c, dec, "allow_weakrefs")) k->allow_weakrefs = true;
        else ok = false;
        if (is_builtin_name(c, dec, "property")) REPORT0(c, D_PROPERTY_CLASS, dec->span);
    }
    k->is_static = ok;
    if (k->base && k->base->is_final)
        REPORT(c, D_FINAL_SUBCLASS, s->span, k->qualname, k->base->qualname);
    if (!ok) {
        k->type = TY.dynamic;
        k->base = NULL;
        return;
    }
    k->type = type_class(m->name ? m->name : "<module>", s->name, k->base ? k->base->type : TY.object);
    k->type->cls = k;
    k->type->is_final = k->is_final;
    g->sym->kind = SYM_CLASS;
    g->sym->cls = k;
}

/* ClassVar[T] or bare ClassVar: *inner gets the T expression (NULL when bare). */
static bool is_classvar_ann(Checker *c, Expr *ann, Expr **inner) {
    *inner = NULL;
    if (!ann) return false;
    if (ann->kind == E_SUBSCRIPT && is_typing_name(c, ann->left, "ClassVar")) {
        *inner = ann->right;
        return true;
    }
    return is_typing_name(c, ann, "ClassVar");
}

static Symbol *add_class_var(Checker *c, ClassDecl *k, const char *name, Type *t, Span span) {
    Symbol *old = NULL;
    for (int i = 0; i < k->class_vars.len; i++)
        if (strcmp(VEC_AT(k->class_vars, Symbol, i)->name, name) == 0) old = VEC_AT(k->class_vars, Symbol, i);
    if (old) return old;
    Symbol *s = sym_new(c, name, SYM_GLOBAL, span);
    s->type = t;
    vec_push(c->a, &k->class_vars, s);
    return s;
}

/* The new default a static class gives an inherited field in its body (NULL: none). */
static FieldDefault *class_redefault(ClassDecl *k, const FieldDecl *f) {
    for (int i = 0; i < k->redefaults.len; i++)
        if (VEC_AT(k->redefaults, FieldDefault, i)->field == f) return VEC_AT(k->redefaults, FieldDefault, i);
    return NULL;
}

static void add_redefault(Checker *c, ClassDecl *k, FieldDecl *f, Expr *value) {
    FieldDefault *d = class_redefault(k, f);
    if (!d) {
        d = ARENA_NEW(c->a, FieldDefault);
        d->field = f;
        vec_push(c->a, &k->redefaults, d);
    }
    d->value = value;   /* the last assignment in the body wins, as in CPython */
}

/* Declares (or re-declares) a field; `annotated` false for plain `self.x = v`. */
static void add_field(Checker *c, ClassDecl *k, const char *name, Type *t, bool annotated,
                      bool is_final, Expr *def, Span span) {
    FieldDecl *old = class_field(k, name);
    if (old) {
        if (!annotated) return;
        if (old->owner != k) {
            if (old->type != t && old->type->kind != TY_DYNAMIC)
                REPORT(c, D_INHERITED_ATTR, span, old->type->name);
            else if (def && k->is_static)
                add_redefault(c, k, old, def);
        } else if (old->type != t) {
            REPORT(c, D_REDECLARE_MEMBER, span, name, k->qualname);
        }
        return;
    }
    FieldDecl *f = ARENA_NEW(c->a, FieldDecl);
    f->name = name;
    f->type = t;
    f->owner = k;
    f->index = k->fields.len;
    f->is_final = is_final;
    f->default_ = def;
    f->span = span;
    vec_push(c->a, &k->fields, f);
}

/* `self.x` where self is the first parameter's name. */
static bool is_self_attr(const Expr *t, const char *self) {
    return t && t->kind == E_ATTRIBUTE && t->left && t->left->kind == E_NAME && strcmp(t->left->id, self) == 0;
}

/* A ClassVar (or Final class constant) k or a base declares: `self.x = v` in __init__
 * does not make it a field; the store is checked (and rejected) as an instance store. */
static bool is_declared_classvar(ClassDecl *k, const char *name) {
    Symbol *cv = class_var(k, name);
    return cv && cv->orig && !class_field(k, name);
}

/* Fields from `self.x[: T] = v` anywhere in __init__: annotated ones first (pass 0),
 * then plain stores that name no declared field (dynamic fields). */
static void scan_init_fields(Checker *c, ClassDecl *k, PtrVec *body, const char *self, int pass,
                             PtrVec *assigned) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        if (s->kind == S_ANNASSIGN && is_self_attr(s->target, self)) {
            if (pass == 0 && !is_declared_classvar(k, s->target->id)) {
                bool is_final = false;
                Type *t = resolve_ann(c, s->annotation, ANN_ALLOW_FINAL, &is_final);
                if (!t) t = s->value ? literal_class(s->value) : TY.dynamic;
                add_field(c, k, s->target->id, t, true, is_final, NULL, s->target->span);
            }
            if (s->value) vec_push(c->a, assigned, (void *)s->target->id);
        }
        for (int j = 0; s->kind == S_ASSIGN && j < s->targets.len; j++) {
            Expr *t = VEC_AT(s->targets, Expr, j);
            if (!is_self_attr(t, self)) continue;
            if (pass == 1 && !is_declared_classvar(k, t->id))
                add_field(c, k, t->id, TY.dynamic, false, false, NULL, t->span);
            vec_push(c->a, assigned, (void *)t->id);
        }
        if (s->kind != S_FUNCDEF && s->kind != S_CLASSDEF) {
            scan_init_fields(c, k, &s->body, self, pass, assigned);
            scan_init_fields(c, k, &s->orelse, self, pass, assigned);
            scan_init_fields(c, k, &s->finalbody, self, pass, assigned);
            for (int j = 0; j < s->handlers.len; j++)
                scan_init_fields(c, k, &VEC_AT(s->handlers, ExceptHandler, j)->body, self, pass, assigned);
        }
    }
}

/* A declared ClassVar of k itself (own) or of a base (!own). */
static Symbol *declared_classvar(ClassDecl *k, const char *name, bool own) {
    Symbol *s = NULL;
    if (!own) s = class_var(k->base, name);
    for (int i = 0; own && i < k->class_vars.len; i++)
        if (strcmp(VEC_AT(k->class_vars, Symbol, i)->name, name) == 0) s = VEC_AT(k->class_vars, Symbol, i);
    return s && s->orig && strcmp(s->orig, "ClassVar") == 0 && !s->is_final ? s : NULL;
}

/* A member declared twice with a type must agree with its first declaration: the same
 * class may not re-declare it (a ClassVar as a field or vice versa, or with another
 * type), and a subclass keeps an inherited declared ClassVar's kind and type. */
static void check_member_redeclare(Checker *c, ClassDecl *k, const char *name, Type *t,
                                   bool is_classvar, Span span) {
    Symbol *own = declared_classvar(k, name, true);
    FieldDecl *f = class_field(k, name);
    if (is_classvar ? (f && f->owner == k) || (own && own->type != t) : own != NULL) {
        REPORT(c, D_REDECLARE_MEMBER, span, name, k->qualname);
        return;
    }
    Symbol *inh = declared_classvar(k, name, false);
    if (inh && (!is_classvar || inh->type != t))
        REPORT(c, D_INHERITED_ATTR, span, arena_printf(c->a, "ClassVar[%s]", inh->type->name));
    else if (is_classvar && f && f->owner != k)
        REPORT(c, D_INHERITED_ATTR, span, f->type->name);
}

/* Class-body annotations and assignments: fields, ClassVars, plain class attributes. */
/* A method a base class of k declares (nearest first), or NULL. */
static FuncDecl *inherited_method(ClassDecl *k, const char *name) {
    for (ClassDecl *b = k->base; b; b = b->base)
        for (int i = 0; i < b->methods.len; i++) {
            FuncDecl *m = VEC_AT(b->methods, FuncDecl, i);
            if (strcmp(m->name, name) == 0) return m;
        }
    return NULL;
}

/* A name some other class-body statement binds (nested class, import, assignment under
 * if/for/try/with): a class attribute of dynamic type, as CPython stores it. */
static void declare_class_body_name(Checker *c, ClassDecl *k, const char *name, Span span) {
    FuncDecl *m = inherited_method(k, name);
    if (m && m->is_final) REPORT(c, D_FINAL_ATTR, span, k->qualname, name);
    if (!class_field(k, name)) add_class_var(c, k, name, TY.dynamic, span);
}

static void declare_class_body_target(Checker *c, ClassDecl *k, Expr *t) {
    if (!t) return;
    if (t->kind == E_NAME) declare_class_body_name(c, k, t->id, t->span);
    else if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int i = 0; i < t->elts.len; i++) declare_class_body_target(c, k, VEC_AT(t->elts, Expr, i));
    else if (t->kind == E_STARRED) declare_class_body_target(c, k, t->left);
}

static void declare_class_body_stmts(Checker *c, ClassDecl *k, PtrVec *body);

static void declare_class_body_other(Checker *c, ClassDecl *k, Stmt *s) {
    switch (s->kind) {
    case S_CLASSDEF: declare_class_body_name(c, k, s->name, s->span); return;
    case S_IMPORT: case S_IMPORTFROM:
        for (int i = 0; i < s->names.len; i++) {
            Alias *al = VEC_AT(s->names, Alias, i);
            declare_class_body_name(c, k, s->kind == S_IMPORT ? import_binding(c, al) : al->asname ? al->asname : al->name, al->span);
        }
        return;
    case S_ASSIGN:
        for (int i = 0; i < s->targets.len; i++) declare_class_body_target(c, k, VEC_AT(s->targets, Expr, i));
        return;
    case S_ANNASSIGN: case S_AUGASSIGN: case S_FOR:
        declare_class_body_target(c, k, s->target);
        break;
    case S_WITH:
        for (int i = 0; i < s->items.len; i++) declare_class_body_target(c, k, VEC_AT(s->items, WithItem, i)->target);
        break;
    case S_TRY:
        for (int i = 0; i < s->handlers.len; i++) {
            ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
            declare_class_body_target(c, k, h->target);
            declare_class_body_stmts(c, k, &h->body);
        }
        declare_class_body_stmts(c, k, &s->finalbody);
        break;
    default:
        break;
    }
    declare_class_body_stmts(c, k, &s->body);
    declare_class_body_stmts(c, k, &s->orelse);
}

static void declare_class_body_stmts(Checker *c, ClassDecl *k, PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        if (s->kind == S_FUNCDEF) declare_class_body_name(c, k, s->name, s->span);
        else declare_class_body_other(c, k, s);
    }
}

/* `__dict__: Any` / `__weakref__: Any` in a static class body name CPython's instance
 * slots, as in `__slots__` (the reference lists its fields there): instances get a
 * __dict__ / a weakref list, and the name is no field. */
static bool declares_instance_slot(ClassDecl *k, const char *name) {
    if (strcmp(name, "__dict__") == 0) k->has_dict = true;
    else if (strcmp(name, "__weakref__") == 0) k->allow_weakrefs = true;
    else return false;
    return true;
}

/* A class-body store to a name a Final class constant holds: this body's own constant
 * cannot be rebound, nor can a subclass replace a base's. */
static void check_final_class_store(Checker *c, ClassDecl *k, const char *name, Span span) {
    Symbol *cv = class_var(k, name);
    if (!cv || !cv->is_final) return;
    if (vec_has_ptr(&k->class_vars, cv)) REPORT0(c, D_FINAL_ASSIGN, span);
    else REPORT(c, D_FINAL_ATTR, span, k->qualname, name);
}

static void declare_class_body_attrs(Checker *c, ClassDecl *k) {
    for (int i = 0; i < k->def->body.len; i++) {
        Stmt *s = VEC_AT(k->def->body, Stmt, i);
        if (s->kind != S_ANNASSIGN && s->kind != S_ASSIGN && s->kind != S_FUNCDEF && s->kind != S_EXPR &&
            s->kind != S_PASS && k->is_static) {
            declare_class_body_other(c, k, s);
            continue;
        }
        if (s->kind == S_ANNASSIGN && s->target->kind == E_NAME) {
            Expr *inner;
            if (is_classvar_ann(c, s->annotation, &inner)) {
                mark_annotation(c, s->annotation);
                Type *t = inner ? resolve_plain_ann(c, inner) : TY.dynamic;
                check_member_redeclare(c, k, s->target->id, t, true, s->span);
                add_class_var(c, k, s->target->id, t, s->span)->orig = "ClassVar";
                continue;
            }
            bool is_final = false;
            Type *t = resolve_ann(c, s->annotation, ANN_ALLOW_FINAL | ANN_CLASS_ATTR, &is_final);
            if (!t) t = s->value ? literal_class(s->value) : TY.dynamic;
            if (is_final && s->value) {   /* a Final class constant */
                check_final_class_store(c, k, s->target->id, s->span);
                Symbol *cv = add_class_var(c, k, s->target->id, t, s->span);
                cv->is_final = true;
                cv->orig = "ClassVar";
                continue;
            }
            if (k->is_static && !s->value && declares_instance_slot(k, s->target->id)) continue;
            check_member_redeclare(c, k, s->target->id, t, false, s->span);
            if (k->is_static) add_field(c, k, s->target->id, t, true, is_final, s->value, s->target->span);
            else add_class_var(c, k, s->target->id, t, s->span);
        } else if (s->kind == S_ASSIGN) {
            for (int j = 0; j < s->targets.len; j++) {
                Expr *t = VEC_AT(s->targets, Expr, j);
                if (t->kind != E_NAME) continue;
                FieldDecl *f = k->is_static ? class_field(k, t->id) : NULL;
                if (f && f->owner != k && s->targets.len == 1) {   /* a new default for the field */
                    add_redefault(c, k, f, s->value);
                    continue;
                }
                FuncDecl *m = inherited_method(k, t->id);
                if (m && m->is_final) REPORT(c, D_FINAL_ATTR, t->span, k->qualname, t->id);
                check_final_class_store(c, k, t->id, t->span);
                add_class_var(c, k, t->id, TY.dynamic, t->span);
            }
        }
    }
}

/* Staticmethods are virtual too: called through an instance (`a.k()`, `self.k()`), the
 * override of the instance's class runs, as in CPython; the reference compiles such a
 * call as INVOKE_METHOD (the receiver picks the slot and is not passed on). */
static bool is_virtual_kind(const FuncDecl *f) {
    if (f->method_kind != MK_METHOD && f->method_kind != MK_PROPERTY_GET && f->method_kind != MK_PROPERTY_SET &&
        f->method_kind != MK_STATICMETHOD)
        return false;
    if (f->params.len == 0 && f->method_kind != MK_STATICMETHOD)
        return false;   /* `def f():` in a class: no receiver to dispatch on */
    return strcmp(f->name, "__init__") != 0 && strcmp(f->name, "__new__") != 0 &&
           strcmp(f->name, "__init_subclass__") != 0;
}

static bool override_type_ok(const Type *sup, const Type *sub) {
    if (sup == sub || sup->kind == TY_DYNAMIC || sub->kind == TY_DYNAMIC) return true;
    if (type_is_prim(sup) || type_is_prim(sub)) return false;
    return type_assignable(sup, sub) && !type_needs_cast(sup, sub);
}

/* Callable.validate_compat_signature: `f` (in a subclass) overriding `base`. */
static const char *ann_literal_name(Checker *c, Expr *ann);

static void check_override_signature(Checker *c, FuncDecl *f, FuncDecl *base) {
    Span sp = f->def->span;
    if (!override_type_ok(base->ret, f->ret)) {
        REPORT(c, D_OVERRIDE_RETURN, sp, f->qualname, base->qualname, f->ret->name, base->ret->name);
        return;
    }
    const char *blit = base->def ? ann_literal_name(c, base->def->returns) : NULL;
    const char *flit = ann_literal_name(c, f->def->returns);
    if (blit && f->ret->kind != TY_DYNAMIC && (!flit || strcmp(flit, blit) != 0)) {   /* bool is no Literal[False] */
        REPORT(c, D_OVERRIDE_RETURN, sp, f->qualname, base->qualname, flit ? flit : f->ret->name, blit);
        return;
    }
    /* The reference also lets an override add parameters with defaults when the base takes
     * **kwargs; spc does not: its vtable calls the override with the base's native
     * signature, so both must have the same parameters. */
    int nf = f->params.len - f->has_varargs - f->has_kwargs;   /* *args, **kwargs come last */
    if (nf != base->params.len - base->has_varargs - base->has_kwargs) {   /* keyword-only drift is reported per parameter */
        REPORT(c, D_OVERRIDE_ARGC, sp, f->qualname, base->qualname);
        return;
    }
    if (f->has_varargs != base->has_varargs || f->has_kwargs != base->has_kwargs) {
        REPORT(c, D_OVERRIDE_STAR, sp, f->qualname, base->qualname,
               f->has_varargs != base->has_varargs ? "*args" : "**kwargs");
        return;
    }
    bool skip_self = f->method_kind != MK_STATICMETHOD;
    for (int i = skip_self ? 1 : 0; i < nf; i++) {
        Param *p = VEC_AT(f->params, Param, i), *q = VEC_AT(base->params, Param, i);
        if (q->kind != PARAM_POSONLY && p->kind != PARAM_POSONLY && strcmp(p->name, q->name) != 0) {
            if (q->kind == PARAM_KWONLY)
                REPORT(c, D_OVERRIDE_KWNAME, sp, f->qualname, base->qualname, q->name, p->name);
            else
                REPORT(c, D_OVERRIDE_NAME, sp, f->qualname, base->qualname, i + 1, q->name, p->name);
            return;
        }
        if (p->kind == PARAM_POSONLY && q->kind != PARAM_POSONLY) {   /* callers may pass it by name */
            REPORT(c, D_OVERRIDE_POSONLY, sp, f->qualname, base->qualname, p->name);
            return;
        }
        if ((p->kind == PARAM_KWONLY) != (q->kind == PARAM_KWONLY)) {
            REPORT(c, D_OVERRIDE_KWONLY, sp, f->qualname, base->qualname, q->name);
            return;
        }
        if (!override_type_ok(p->type, q->type)) {
            REPORT(c, D_OVERRIDE_PARAM, sp, f->qualname, base->qualname, p->name, p->type->name, q->type->name);
            return;
        }
    }
}

/* Override rules for one method of a static class with a static base. */
/* The type a property gets or sets. */
static Type *property_type(const FuncDecl *f) {
    if (f->method_kind == MK_PROPERTY_GET) return f->ret;
    return f->params.len > 1 ? VEC_AT(f->params, Param, 1)->type : TY.dynamic;
}

/* A property of a subclass replacing an inherited field with a class-body default (the
 * reference's typed descriptor with a default, a class attribute): allowed when it keeps
 * the field's type; the field is then read and written through the attribute everywhere
 * (the instance may be the subclass's).  A plain slot cannot be replaced. */
static void property_over_field(Checker *c, FuncDecl *f, FieldDecl *fld) {
    if (!fld->default_ || fld->is_final) REPORT0(c, D_PROPERTY_OVERRIDE, f->def->span);
    else if (property_type(f) != fld->type) REPORT(c, D_INHERITED_ATTR, f->def->span, fld->type->name);
    else fld->overridden = true;
}

/* A field of k replacing an inherited property m (and its setter): likewise. */
static void field_over_property(Checker *c, ClassDecl *k, FieldDecl *f, FuncDecl *m) {
    if (m->method_kind != MK_PROPERTY_GET) {
        REPORT(c, D_HIDE_MEMBER, f->span, f->name);
        return;
    }
    if (f->type != m->ret) {
        REPORT(c, D_INHERITED_ATTR, f->span, m->ret->name);
        return;
    }
    m->field_overridden = true;
    FuncDecl *setter = class_method_kind(k, f->name, true);
    if (setter) setter->field_overridden = true;
}

static void check_method_override(Checker *c, ClassDecl *k, FuncDecl *f) {
    if (!k->base) return;
    FieldDecl *fld = class_field(k->base, f->name);
    if (fld) {
        if (f->method_kind == MK_PROPERTY_GET || f->method_kind == MK_PROPERTY_SET)
            property_over_field(c, f, fld);
        else
            REPORT(c, D_HIDE_MEMBER, f->def->span, f->name);
        return;
    }
    FuncDecl *b = class_method_kind(k->base, f->name, f->method_kind == MK_PROPERTY_SET);
    if (!b) return;
    if (b->is_final) {
        REPORT(c, D_FINAL_ATTR, f->def->span, k->qualname, f->name);
        return;
    }
    if (b->method_kind != f->method_kind) {
        REPORT(c, D_HIDE_MEMBER, f->def->span, f->name);
        return;
    }
    if (strcmp(f->name, "__init__") != 0) check_override_signature(c, f, b);
}

/* Virtual slots: the base's numbering, overrides replace, new methods append. */
static void build_vtable(Checker *c, ClassDecl *k) {
    if (k->base) {
        for (int i = 0; i < k->base->vtable.len; i++) vec_push(c->a, &k->vtable, k->base->vtable.items[i]);
    }
    for (int i = 0; i < k->methods.len; i++) {
        FuncDecl *f = VEC_AT(k->methods, FuncDecl, i);
        if (k->is_final) f->is_final = true;
        check_method_override(c, k, f);
        if (!is_virtual_kind(f)) continue;
        int slot = -1;
        for (int j = 0; j < k->vtable.len; j++) {
            FuncDecl *v = VEC_AT(k->vtable, FuncDecl, j);
            if (strcmp(v->name, f->name) == 0 && v->method_kind == f->method_kind && v->cls != k) slot = j;
        }
        if (slot >= 0) {
            f->overrides = VEC_AT(k->vtable, FuncDecl, slot);
            k->vtable.items[slot] = f;
        } else {
            slot = k->vtable.len;
            vec_push(c->a, &k->vtable, f);
        }
        f->vtable_slot = slot;
    }
}

/* Phase 2 for one class: fields (inherited first), methods, vtable, checks. */
/* A field and a method of one class body share a name: the reference reports the later
 * of the two, naming the class as `Type[mod.C]`. */
static void report_member_conflict(Checker *c, ClassDecl *k, FieldDecl *f, FuncDecl *m) {
    const char *where = arena_printf(c->a, "Type[%s]", k->qualname);
    Span fs = f->span, ms = m->def->span;
    if (ms.line < fs.line || (ms.line == fs.line && ms.col < fs.col))
        REPORT(c, D_SLOT_CONFLICT, fs, f->name, where);
    else
        REPORT(c, D_MEMBER_CONFLICT, ms, f->name, where);
}

/* A def with a run-time decorator (`@functools.cached_property`) replacing an inherited
 * field: like a property, only over a field with a class-body default, which is then
 * read and written through the attribute (the decorator's result may be a descriptor). */
static void decorated_over_field(Checker *c, ClassDecl *k, FuncDecl *f) {
    FieldDecl *fld = k->is_static && k->base ? class_field(k->base, f->name) : NULL;
    if (!fld) return;
    if (!fld->default_ || fld->is_final) REPORT0(c, D_PROPERTY_OVERRIDE, f->def->span);
    else fld->overridden = true;
}

static void declare_class_members(Checker *c, ClassDecl *k) {
    if (k->base) {
        for (int i = 0; i < k->base->fields.len; i++) vec_push(c->a, &k->fields, k->base->fields.items[i]);
    }
    declare_class_body_attrs(c, k);
    for (int i = 0; i < k->def->body.len; i++) {
        Stmt *s = VEC_AT(k->def->body, Stmt, i);
        if (s->kind != S_FUNCDEF) continue;
        FuncDecl *f = declare_function(c, s, k);
        if (f->decorated) {   /* a class attribute holding the decorator's result: dynamic */
            vec_push(c->a, &k->decorated, f);
            decorated_over_field(c, k, f);
            continue;
        }
        vec_push(c->a, &k->methods, f);
        if (strcmp(f->name, "__init__") == 0) k->init = f;
    }
    if (!k->init && k->base) k->init = k->base->init;
    if (!k->is_static) return;
    PtrVec assigned = {0};
    FuncDecl *init = NULL;
    for (int i = 0; i < k->methods.len; i++)
        if (strcmp(VEC_AT(k->methods, FuncDecl, i)->name, "__init__") == 0) init = VEC_AT(k->methods, FuncDecl, i);
    if (init && init->params.len > 0) {
        const char *self = VEC_AT(init->params, Param, 0)->name;
        scan_init_fields(c, k, &init->def->body, self, 0, &assigned);
        scan_init_fields(c, k, &init->def->body, self, 1, &assigned);
    }
    for (int i = 0; i < k->fields.len; i++) {
        FieldDecl *f = VEC_AT(k->fields, FieldDecl, i);
        if (f->owner != k) continue;
        if (f->is_final && !f->default_ && !vec_has_str(&assigned, f->name))
            REPORT(c, D_FINAL_ATTR_INIT, f->span, k->qualname, f->name);
        FuncDecl *m = class_method(k, f->name);
        if (m && m->cls == k) report_member_conflict(c, k, f, m);
        else if (m) field_over_property(c, k, f, m);
    }
    build_vtable(c, k);
}

/* Is e `module.name`, or a name bound by `from module import name`? */
static bool is_imported_name(Checker *c, Expr *e, const char *module, const char *name) {
    if (e->kind == E_NAME) {
        GlobalInfo *g = global_info(c, e->id);
        return g && g->binds == 1 && g->from_module && strcmp(g->from_module, module) == 0 &&
               strcmp(g->from_name, name) == 0;
    }
    return e->kind == E_ATTRIBUTE && e->left->kind == E_NAME && strcmp(e->left->id, module) == 0 &&
           strcmp(e->id, name) == 0;
}

/* Decorators of a def: kinds of methods, @final, @inline; others unsupported. */
static void method_decorators(Checker *c, FuncDecl *fd) {
    Stmt *def = fd->def;
    for (int i = 0; i < def->decorators.len; i++) {
        Expr *dec = VEC_AT(def->decorators, Expr, i);
        if (is_static_name(c, dec, "inline")) fd->is_inline = true;
        else if (is_static_name(c, dec, "dynamic_return")) fd->dynamic_return = true;
        else if (fd->cls && is_typing_name(c, dec, "final")) fd->is_final = true;
        else if (fd->cls && is_builtin_name(c, dec, "staticmethod")) fd->method_kind = MK_STATICMETHOD;
        else if (fd->cls && is_builtin_name(c, dec, "classmethod")) fd->method_kind = MK_CLASSMETHOD;
        else if (fd->cls && is_builtin_name(c, dec, "property")) fd->method_kind = MK_PROPERTY_GET;
        else if (fd->cls && dec->kind == E_ATTRIBUTE && strcmp(dec->id, "setter") == 0 &&
                 dec->left->kind == E_NAME)
            fd->method_kind = MK_PROPERTY_SET;
        else fd->decorated = true;   /* applied at run time; uses of the name go through its result */
        if (fd->cls && is_imported_name(c, dec, "functools", "cached_property")) fd->cls->has_dict = true;
    }
}

/* Is `dec` one of the decorators method_decorators understood (not evaluated by
 * the checker as an expression)? */
static bool is_known_decorator(Checker *c, FuncDecl *fd, Expr *dec) {
    if (is_static_name(c, dec, "inline") || is_static_name(c, dec, "dynamic_return")) return true;
    if (!fd->cls) return false;
    return is_typing_name(c, dec, "final") || is_builtin_name(c, dec, "staticmethod") ||
           is_builtin_name(c, dec, "classmethod") || is_builtin_name(c, dec, "property") ||
           (dec->kind == E_ATTRIBUTE && strcmp(dec->id, "setter") == 0 && dec->left->kind == E_NAME);
}

/* ---------------------------------------------------------------- dataclasses */

/* A class decorated with dataclasses.dataclass stays a class built at run time, but the
 * checker models what dataclasses._process_class will do with it (PEP 557), to reject
 * what the reference rejects: bad decorator and field() arguments, field order and
 * overrides, frozen inheritance, and constructor calls that do not fit the generated
 * __init__.  Calls stay ordinary Python calls. */

typedef enum DcKind { DC_FIELD, DC_CLASSVAR, DC_INITVAR } DcKind;

typedef struct DcField {
    const char *name;
    DcKind kind;
    Type *type;
    bool has_default;       /* a value, field(default=...) or field(default_factory=...) */
    bool default_is_attr;   /* the default stays a class attribute (not a factory): a
                               subclass re-annotating the name without a value inherits it */
    bool init, kw_only;
    Expr *default_;         /* the expression the default comes from (for Param.default_) */
} DcField;

typedef struct Dataclass {
    bool init, eq, order, frozen, unsafe_hash, kw_only;
    PtrVec fields;          /* DcField*: inherited ones first, in dataclasses' order */
    FuncDecl *init_fn;      /* the generated __init__ as a signature; NULL: not checked */
} Dataclass;

static const char *const dc_kind_names[] = {"field", "ClassVar", "InitVar"};

static bool bool_const(const Expr *e, bool *v) {
    if (e->kind != E_TRUE && e->kind != E_FALSE) return false;
    *v = e->kind == E_TRUE;
    return true;
}

static Expr *dataclass_decorator(Checker *c, Stmt *s) {
    for (int i = 0; i < s->decorators.len; i++) {
        Expr *dec = VEC_AT(s->decorators, Expr, i);
        if (is_imported_name(c, dec->kind == E_CALL ? dec->func : dec, "dataclasses", "dataclass")) return dec;
    }
    return NULL;
}

/* A module-level class bound once, by name (static or not). */
static ClassDecl *module_class_named(Checker *c, Expr *e) {
    if (!e || e->kind != E_NAME) return NULL;
    GlobalInfo *g = global_info(c, e->id);
    if (!g || g->binds != 1) return NULL;
    for (int i = 0; i < c->m->classes.len; i++) {
        ClassDecl *k = VEC_AT(c->m->classes, ClassDecl, i);
        if (strcmp(k->name, e->id) == 0) return k;
    }
    return NULL;
}

/* The dataclass whose __dataclass_fields__ a base expression provides: the class itself,
 * or the one a plain subclass inherits them from. */
static Dataclass *base_dataclass(Checker *c, Expr *b) {
    for (ClassDecl *k = module_class_named(c, b); k; ) {
        if (k->dc) return k->dc;
        if (k->def->bases.len != 1) return NULL;
        k = module_class_named(c, VEC_AT(k->def->bases, Expr, 0));
    }
    return NULL;
}

static void dataclass_flags(Checker *c, ClassDecl *k, Expr *dec, Dataclass *dc) {
    static const char *const known[] = {"init", "repr", "eq", "order", "unsafe_hash", "frozen",
                                        "match_args", "kw_only", "slots", "weakref_slot"};
    dc->init = dc->eq = true;
    if (dec->kind != E_CALL) return;
    if (dec->elts.len) REPORT0(c, D_DC_POSITIONAL, dec->span);
    for (int i = 0; i < dec->keywords.len; i++) {
        Keyword *kw = VEC_AT(dec->keywords, Keyword, i);
        bool v;
        if (!kw->name) continue;
        if (!in_list(known, ARRAY_LEN(known), kw->name)) REPORT(c, D_DC_UNKNOWN_ARG, dec->span, kw->name);
        else if (!bool_const(kw->value, &v)) REPORT0(c, D_DC_BOOL_ARG, dec->span);
        else if (strcmp(kw->name, "init") == 0) dc->init = v;
        else if (strcmp(kw->name, "eq") == 0) dc->eq = v;
        else if (strcmp(kw->name, "order") == 0) dc->order = v;
        else if (strcmp(kw->name, "frozen") == 0) dc->frozen = v;
        else if (strcmp(kw->name, "unsafe_hash") == 0) dc->unsafe_hash = v;
        else if (strcmp(kw->name, "kw_only") == 0) dc->kw_only = v;
        else if (strcmp(kw->name, "slots") == 0 && !v) REPORT(c, D_DC_SLOTS, dec->span, k->name);
    }
    if (dc->order && !dc->eq) REPORT0(c, D_DC_ORDER_EQ, dec->span);
}

static bool body_defines(ClassDecl *k, const char *name) {
    for (int i = 0; i < k->def->body.len; i++) {
        Stmt *s = VEC_AT(k->def->body, Stmt, i);
        if (s->kind == S_FUNCDEF && strcmp(s->name, name) == 0) return true;
    }
    return false;
}

/* Methods the decorator would have to generate but may not replace. */
static void dataclass_dunders(Checker *c, ClassDecl *k, Expr *dec, Dataclass *dc) {
    static const char *const order_ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};
    static const char *const frozen_ops[] = {"__setattr__", "__delattr__"};
    for (size_t i = 0; dc->order && i < ARRAY_LEN(order_ops); i++)
        if (body_defines(k, order_ops[i])) REPORT(c, D_DC_OVERWRITE_ORDER, dec->span, order_ops[i], k->name);
    for (size_t i = 0; dc->frozen && i < ARRAY_LEN(frozen_ops); i++)
        if (body_defines(k, frozen_ops[i])) REPORT(c, D_DC_OVERWRITE, dec->span, frozen_ops[i], k->name);
    if (dc->unsafe_hash && body_defines(k, "__hash__")) REPORT(c, D_DC_OVERWRITE, dec->span, "__hash__", k->name);
}

static bool is_dataclass_field_call(Checker *c, Expr *v) {
    return v && v->kind == E_CALL && is_imported_name(c, v->func, "dataclasses", "field");
}

/* dataclasses.field(...): its arguments, as field() and _process_class check them. */
static void dataclass_field_call(Checker *c, ClassDecl *k, Expr *call, DcField *f, bool *factory) {
    static const char *const flags[] = {"init", "repr", "compare", "kw_only"};
    Span at = k->def->span;
    bool dflt = false, v;
    if (call->elts.len) REPORT0(c, D_DC_FIELD_POSITIONAL, at);
    for (int i = 0; i < call->keywords.len; i++) {
        Keyword *kw = VEC_AT(call->keywords, Keyword, i);
        if (!kw->name || strcmp(kw->name, "metadata") == 0) continue;
        if (strcmp(kw->name, "default") == 0) {
            dflt = true;
            f->default_ = kw->value;
        } else if (strcmp(kw->name, "default_factory") == 0) {
            *factory = true;
            f->default_ = kw->value;
        } else if (strcmp(kw->name, "hash") == 0) {
            if (kw->value->kind != E_NONE && !bool_const(kw->value, &v)) REPORT0(c, D_DC_FIELD_HASH, at);
        } else if (!in_list(flags, ARRAY_LEN(flags), kw->name)) {
            REPORT(c, D_DC_FIELD_UNKNOWN, at, kw->name);
        } else if (!bool_const(kw->value, &v)) {
            REPORT(c, D_DC_FIELD_BOOL, at, kw->name);
        } else if (strcmp(kw->name, "init") == 0) {
            f->init = v;
        } else if (strcmp(kw->name, "kw_only") == 0) {
            f->kw_only = v;
        }
    }
    if (dflt && *factory) REPORT0(c, D_DC_FIELD_BOTH, at);
    f->has_default = dflt || *factory;
    f->default_is_attr = dflt;
}

/* list / dict / set displays and calls: the defaults dataclasses refuses to share. */
static const char *mutable_default(Checker *c, Expr *v) {
    if (v->kind == E_LIST) return "list";
    if (v->kind == E_DICT) return "dict";
    if (v->kind == E_SET) return "set";
    if (v->kind == E_CALL && v->func->kind == E_NAME && !v->elts.len && !v->keywords.len)
        for (int i = 0; i < 3; i++) {
            const char *n = (const char *[]){"list", "dict", "set"}[i];
            if (is_builtin_name(c, v->func, n)) return n;
        }
    return NULL;
}

/* A literal default checked against the field's type (other values are checked when the
 * class body runs, like any class attribute). */
static void dataclass_default_type(Checker *c, DcField *f, Expr *v) {
    if (!v || !is_literal_const(v) || v->kind == E_NONE) return;
    Type *vt = literal_class(v);
    if (!assignable(f->type, vt)) REPORT(c, D_ASSIGN_MISMATCH, v->span, value_name(c, v, vt), f->type->name);
}

/* One annotated class-body name as a dataclass field (NULL: not one). */
static DcField *dataclass_field(Checker *c, ClassDecl *k, Dataclass *dc, Stmt *s) {
    DcField *f = ARENA_NEW(c->a, DcField);
    f->name = s->target->id;
    f->init = true;
    f->kw_only = dc->kw_only;
    Expr *inner = NULL, *ann = s->annotation;
    if (is_classvar_ann(c, ann, &inner)) {
        f->kind = DC_CLASSVAR;
    } else if (ann->kind == E_SUBSCRIPT && is_imported_name(c, ann->left, "dataclasses", "InitVar")) {
        f->kind = DC_INITVAR;
        inner = ann->right;
    } else {
        inner = ann;
    }
    f->type = inner ? resolve_ann(c, inner, ANN_CLASS_ATTR, NULL) : TY.dynamic;
    if (!f->type) f->type = TY.dynamic;
    bool factory = false;
    if (is_dataclass_field_call(c, s->value)) {
        dataclass_field_call(c, k, s->value, f, &factory);
    } else if (s->value) {
        f->has_default = f->default_is_attr = true;
        f->default_ = s->value;
        const char *mut = mutable_default(c, s->value);
        if (mut && f->kind == DC_FIELD) REPORT(c, D_DC_MUTABLE, s->span, mut, f->name);
    }
    if (factory && f->kind != DC_FIELD) REPORT(c, D_DC_FACTORY, s->span, f->name);
    if (f->kind == DC_INITVAR && !f->init) REPORT0(c, D_DC_INITVAR_INIT, s->span);
    if (f->default_is_attr) dataclass_default_type(c, f, f->default_);
    return f;
}

/* Adds f (a base's or this class's) to the fields collected so far: a name seen before
 * keeps its place and must keep its kind and type. */
static void dataclass_merge(Checker *c, ClassDecl *k, PtrVec *fields, DcField *f, bool own, bool has_value) {
    for (int i = 0; i < fields->len; i++) {
        DcField *old = VEC_AT(*fields, DcField, i);
        if (strcmp(old->name, f->name) != 0) continue;
        Span at = k->def->span;
        if (old->kind != f->kind && old->kind == DC_FIELD)
            REPORT(c, D_DC_PSEUDO_NEW, at, f->name, dc_kind_names[f->kind]);
        else if (old->kind != f->kind)
            REPORT(c, D_DC_PSEUDO_KEEP, at, f->name, dc_kind_names[old->kind]);
        else if (old->type != f->type && old->type->kind != TY_DYNAMIC && f->type->kind != TY_DYNAMIC)
            REPORT(c, D_DC_FIELD_TYPE, at, f->name, k->qualname, old->type->name, f->type->name);
        if (own && !has_value && old->default_is_attr) {   /* getattr(cls, name) finds the base's */
            f->has_default = f->default_is_attr = true;
            f->default_ = old->default_;
        }
        fields->items[i] = f;
        return;
    }
    vec_push(c->a, fields, f);
}

/* Bases' fields (the last base first, as the MRO walk meets them) and frozen-ness. */
static void dataclass_bases(Checker *c, ClassDecl *k, Dataclass *dc) {
    bool any_base = false, any_frozen = false;
    for (int i = k->def->bases.len - 1; i >= 0; i--) {
        Dataclass *b = base_dataclass(c, VEC_AT(k->def->bases, Expr, i));
        if (!b) continue;
        any_base = true;
        any_frozen |= b->frozen;
        for (int j = 0; j < b->fields.len; j++)
            dataclass_merge(c, k, &dc->fields, VEC_AT(b->fields, DcField, j), false, true);
    }
    if (any_base && any_frozen && !dc->frozen) REPORT0(c, D_DC_FROZEN_BASE, k->def->span);
    if (any_base && !any_frozen && dc->frozen) REPORT0(c, D_DC_NONFROZEN_BASE, k->def->span);
}

static bool dc_init_param(const DcField *f) { return f->kind != DC_CLASSVAR && f->init; }

/* The generated __init__(self, <fields>) as a signature the checker binds calls to;
 * NULL when calls are not checked (keyword-only or primitive fields, an own __init__). */
static FuncDecl *dataclass_init_fn(Checker *c, ClassDecl *k, Dataclass *dc) {
    if (!dc->init || body_defines(k, "__init__") || body_defines(k, "__new__")) return NULL;
    FuncDecl *fd = ARENA_NEW(c->a, FuncDecl);
    fd->name = "__init__";
    fd->qualname = arena_join(c->a, k->qualname, ".", "__init__");
    fd->index = -1;
    fd->ret = TY.dynamic;
    fd->vtable_slot = -1;
    Param *self = ARENA_NEW(c->a, Param);
    self->name = "self";
    self->kind = PARAM_POS;
    self->type = TY.dynamic;
    vec_push(c->a, &fd->params, self);
    for (int i = 0; i < dc->fields.len; i++) {
        DcField *f = VEC_AT(dc->fields, DcField, i);
        if (!dc_init_param(f)) continue;
        if (f->kw_only || type_is_prim(f->type)) return NULL;
        Param *p = ARENA_NEW(c->a, Param);
        p->name = f->name;
        p->kind = PARAM_POS;
        p->type = f->type;
        p->default_ = f->has_default ? f->default_ : NULL;
        vec_push(c->a, &fd->params, p);
    }
    fd->npositional = fd->params.len;
    return fd;
}

/* dataclasses' "non-default argument follows default argument" for the generated __init__. */
static void dataclass_field_order(Checker *c, ClassDecl *k, Dataclass *dc) {
    bool seen_default = false;
    for (int i = 0; dc->init && i < dc->fields.len; i++) {
        DcField *f = VEC_AT(dc->fields, DcField, i);
        if (!dc_init_param(f) || f->kw_only) continue;
        if (f->has_default) seen_default = true;
        else if (seen_default) {
            REPORT(c, D_DC_NONDEFAULT, k->def->span, f->name);
            return;
        }
    }
}

static void declare_dataclass(Checker *c, ClassDecl *k) {
    Expr *dec = dataclass_decorator(c, k->def);
    if (!dec) return;
    Dataclass *dc = ARENA_NEW(c->a, Dataclass);
    dataclass_flags(c, k, dec, dc);
    dataclass_dunders(c, k, dec, dc);
    dataclass_bases(c, k, dc);
    for (int i = 0; i < k->def->body.len; i++) {
        Stmt *s = VEC_AT(k->def->body, Stmt, i);
        if (s->kind != S_ANNASSIGN || s->target->kind != E_NAME) continue;
        dataclass_merge(c, k, &dc->fields, dataclass_field(c, k, dc, s), true, s->value != NULL);
    }
    dataclass_field_order(c, k, dc);
    dc->init_fn = dataclass_init_fn(c, k, dc);
    k->dc = dc;
}

/* The generated __init__ a call of the class named by f runs (a plain subclass without
 * its own __init__ or __new__ inherits it), NULL when not known. */
static FuncDecl *dataclass_init(Checker *c, Expr *f) {
    for (ClassDecl *k = module_class_named(c, f); k; ) {
        if (k->dc) return k->dc->init_fn;
        if (k->def->bases.len != 1 || body_defines(k, "__init__") || body_defines(k, "__new__")) return NULL;
        k = module_class_named(c, VEC_AT(k->def->bases, Expr, 0));
    }
    return NULL;
}

/* ---------------------------------------------------------------- static enums */

/* Classes deriving from __static__'s Enum, IntEnum or StringEnum are built at run time
 * by their metaclass; the checker enforces the reference's rules for them: a single
 * base, no subclasses, member values of the right kind, members never rebound. */

static const char *const enum_kind_names[] = {NULL, "Enum", "IntEnum", "StringEnum"};

static int enum_base_kind(Checker *c, Expr *b) {
    for (int i = 1; i < 4; i++)
        if (is_static_name(c, b, enum_kind_names[i])) return i;
    return 0;
}

static void declare_enum(Checker *c, ClassDecl *k) {
    PtrVec *bases = &k->def->bases;
    for (int i = 0; i < bases->len; i++) {
        Expr *b = VEC_AT(*bases, Expr, i);
        int kind = enum_base_kind(c, b);
        ClassDecl *bk = kind ? NULL : module_class_named(c, b);
        if (bk && bk->enum_kind) REPORT(c, D_ENUM_SUBCLASS, k->def->span, enum_kind_names[bk->enum_kind]);
        if (!kind) continue;
        k->enum_kind = kind;
        if (bases->len > 1) {
            const char *names = expr_text(c, VEC_AT(*bases, Expr, 0));
            for (int j = 1; j < bases->len; j++)
                names = arena_printf(c->a, "%s, %s", names, expr_text(c, VEC_AT(*bases, Expr, j)));
            REPORT(c, D_ENUM_BASES, k->def->span, enum_kind_names[kind], names);
        }
    }
}

/* The value a class-body statement gives a member (public names only), else NULL. */
static Expr *enum_member_value(const Stmt *s, const char **name) {
    Expr *t = s->kind == S_ASSIGN && s->targets.len == 1 ? VEC_AT(s->targets, Expr, 0)
              : s->kind == S_ANNASSIGN ? s->target : NULL;
    if (!t || t->kind != E_NAME || !s->value || t->id[0] == '_') return NULL;
    if (s->value->kind == E_LAMBDA) return NULL;
    *name = t->id;
    return s->value;
}

/* After the body was checked: IntEnum members are ints, StringEnum members strs. */
static void check_enum_values(Checker *c, ClassDecl *k) {
    if (k->enum_kind < 2) return;
    Type *want = k->enum_kind == 2 ? TY.int_ : TY.str;
    for (int i = 0; i < k->def->body.len; i++) {
        Stmt *s = VEC_AT(k->def->body, Stmt, i);
        const char *name;
        Expr *v = enum_member_value(s, &name);
        if (v && v->type && !assignable(want, v->type))
            REPORT(c, D_ENUM_VALUE, s->span, enum_kind_names[k->enum_kind], want->name,
                   value_name(c, v, v->type));
    }
}

/* `E.M = v` / `del E.M` of a member of a static enum of this module. */
static void check_enum_store(Checker *c, Expr *t) {
    if (t->kind != E_ATTRIBUTE || t->left->kind != E_NAME) return;
    Symbol *s = lookup(c, t->left->id);
    ClassDecl *k = s && s->kind == SYM_GLOBAL ? module_class_named(c, t->left) : NULL;
    if (!k || !k->enum_kind) return;
    for (int i = 0; i < k->def->body.len; i++) {
        const char *name;
        if (enum_member_value(VEC_AT(k->def->body, Stmt, i), &name) && strcmp(name, t->id) == 0) {
            REPORT0(c, D_ENUM_MODIFY, t->span);
            return;
        }
    }
}

static void declare_classes(Checker *c) {
    Module *m = c->m;
    for (int i = 0; i < m->body.len; i++) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (s->kind == S_CLASSDEF) declare_class(c, s);
    }
}

static bool is_docstring_or_future(const Stmt *s) {
    if (s->kind == S_EXPR && s->value && s->value->kind == E_STR) return true;
    return s->kind == S_IMPORTFROM && s->module && strcmp(s->module, "__future__") == 0;
}

static void detect_static(Module *m) {
    for (int i = 0; i < m->body.len; i++) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (is_docstring_or_future(s)) continue;
        if (s->kind == S_IMPORT && s->names.len >= 1 &&
            strcmp(VEC_AT(s->names, Alias, 0)->name, "__static__") == 0)
            m->is_static = true;
        return;
    }
}

/* What a top-level statement binds a module name as (0: not a declaration). */
enum { MB_ANN = 1, MB_DEF, MB_CLASS };
static int module_binding_kind(const Stmt *s, const char **name) {
    if (s->kind == S_FUNCDEF) { *name = s->name; return MB_DEF; }
    if (s->kind == S_CLASSDEF) { *name = s->name; return MB_CLASS; }
    if (s->kind == S_ANNASSIGN && s->target->kind == E_NAME) { *name = s->target->id; return MB_ANN; }
    return 0;
}

typedef struct { const char *name; int index, kind; } ModuleBinding;

static int by_name_then_index(const void *x, const void *y) {
    const ModuleBinding *a = x, *b = y;
    int r = strcmp(a->name, b->name);
    return r ? r : a->index - b->index;
}

/* A module member is declared once: a class and a def, a typed declaration and a
 * def/class, or two defs (other than @overload stubs) of the same name conflict. Each binding is
 * compared with the nearest earlier binding of its name of another kind; sorting the
 * bindings by name keeps this O(n log n) on modules with many thousands of members. */
static void check_module_conflicts(Checker *c) {
    PtrVec *body = &c->m->body;
    ModuleBinding *b = ARENA_ARRAY(c->a, ModuleBinding, body->len + 1);
    int *conflict_with = ARENA_ARRAY(c->a, int, body->len + 1);   /* kind, 0: none */
    int n = 0;
    for (int i = 0; i < body->len; i++) {
        const char *name = NULL;
        int kind = module_binding_kind(VEC_AT(*body, Stmt, i), &name);
        if (kind) b[n++] = (ModuleBinding){name, i, kind};
    }
    qsort(b, n, sizeof *b, by_name_then_index);
    for (int g = 0; g < n;) {
        int last[4] = {-1, -1, -1, -1};   /* the latest index of each kind in this name */
        bool def_seen = false;            /* a def of this name other than an @overload stub */
        int e = g;
        for (; e < n && strcmp(b[e].name, b[g].name) == 0; e++) {
            int nearest = -1, prev = 0;
            for (int k = MB_ANN; k <= MB_CLASS; k++)
                if (k != b[e].kind && last[k] > nearest) nearest = last[k], prev = k;
            if (b[e].kind == MB_DEF && !is_overload_stub(c, VEC_AT(*body, Stmt, b[e].index))) {
                if (def_seen && !prev) prev = MB_DEF;   /* the reference's FunctionGroup: two bodies */
                def_seen = true;
            }
            conflict_with[b[e].index] = prev;
            last[b[e].kind] = b[e].index;
        }
        g = e;
    }
    for (int i = 0; i < body->len; i++) {
        int prev = conflict_with[i];
        if (!prev) continue;
        Stmt *s = VEC_AT(*body, Stmt, i);
        const char *name = NULL;
        int kind = module_binding_kind(s, &name);
        if (prev == MB_ANN || kind == MB_ANN) REPORT(c, D_REDEFINE_LOCAL, s->span, name);
        else if (prev == MB_DEF && kind == MB_DEF) REPORT(c, D_FUNC_CONFLICT, s->span, c->m->body_func->qualname, name);
        else REPORT(c, D_MEMBER_CONFLICT, s->span, name, c->m->body_func->qualname);
    }
}

/* `from __future__ import annotations` (PEP 563): annotations stay strings at run time. */
static bool has_lazy_annotations(Module *m) {
    for (int i = 0; i < m->body.len; i++) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (!is_docstring_or_future(s)) return false;
        for (int j = 0; s->kind == S_IMPORTFROM && j < s->names.len; j++)
            if (strcmp(VEC_AT(s->names, Alias, j)->name, "annotations") == 0) return true;
    }
    return false;
}

static void declare_module(Checker *c) {
    Module *m = c->m;
    c->lazy_annotations = has_lazy_annotations(m);
    FuncDecl *body = ARENA_NEW(c->a, FuncDecl);
    body->name = "<module>";
    body->qualname = m->name ? m->name : "<module>";
    body->index = -1;
    body->ret = TY.dynamic;
    body->is_module_body = true;
    body->is_static = m->is_static;
    m->body_func = body;
    declare_module_stmts(c, &m->body, true);
    resolve_imports(c);
    declare_classes(c);
    declare_aliases(c);
    declare_global_annotations(c, &m->body);
    if (m->is_static) check_module_conflicts(c);
    int ndefs = m->body.len + 1;
    for (int i = 0; i < m->classes.len; i++) ndefs += VEC_AT(m->classes, ClassDecl, i)->def->body.len;
    c->fstates = ARENA_ARRAY(c->a, FuncState *, ndefs);
    c->fstates_cap = ndefs;
    for (int i = 0; i < m->body.len; i++) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        c->fs = NULL;
        if (s->kind == S_FUNCDEF) declare_function(c, s, NULL);
        else if (s->kind == S_CLASSDEF && s->cls) declare_class_members(c, s->cls);
        if (s->kind == S_CLASSDEF && s->cls && !s->cls->is_static && m->is_static) {
            declare_dataclass(c, s->cls);
            declare_enum(c, s->cls);
        }
    }
    classify_functions(c);
}

/* ---------------------------------------------------------------- expressions */

static Type *check_expr(Checker *c, Expr *e, Type *expected);
static void check_cond(Checker *c, Expr *e, Env **t_env, Env **f_env);

/* Where a primitive value is not allowed, and how that is reported. */
typedef enum ObjUse { USE_CALL_ARG, USE_CONTAINER, USE_ASSIGN_DYNAMIC, USE_STARRED } ObjUse;

/* Reports a primitive where an object is needed; returns false when it was one. */
static bool require_object(Checker *c, Expr *e, Type *t, ObjUse use) {
    if (!type_is_prim(t)) return true;
    switch (use) {
    case USE_CALL_ARG: REPORT0(c, D_PRIM_CALL_ARG, e->span); break;
    case USE_STARRED: REPORT0(c, D_PRIM_STARRED, e->span); break;
    case USE_CONTAINER: REPORT(c, D_PRIM_IN_CONTAINER, e->span, t->name); break;
    case USE_ASSIGN_DYNAMIC: REPORT(c, D_ASSIGN_MISMATCH, e->span, t->name, "dynamic"); break;
    }
    return false;
}

static Type *check_object_expr(Checker *c, Expr *e, ObjUse use) {
    Type *t = check_expr(c, e, NULL);
    if (!require_object(c, e, t, use)) e->type = TY.dynamic;
    return e->type;
}

/* Literal numbers (and arithmetic on them) take the primitive type of their context. */
static bool is_literalish(const Expr *e) {
    if (!e) return false;
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_TRUE: case E_FALSE: return true;
    case E_UNARYOP: return e->op != UOP_NOT && is_literalish(e->left);
    case E_BINOP: return is_literalish(e->left) && is_literalish(e->right);
    default: return false;
    }
}

/* Value of an int literal (negated when `neg`); false when beyond 64 bits. */
static bool int_literal_value(const Expr *e, bool neg, int64_t *v, bool *ubig) {
    *ubig = false;
    if (!e->big) {
        *v = neg ? -e->ival : e->ival;
        return true;
    }
    char buf[128];
    size_t n = 0;
    for (const char *p = e->text; p && *p && n + 1 < sizeof buf; p++)
        if (*p != '_') buf[n++] = *p;
    buf[n] = 0;
    int base = 10;
    const char *digits = buf;
    if (n > 2 && buf[0] == '0' && strchr("xXoObB", buf[1])) {
        base = (buf[1] == 'x' || buf[1] == 'X') ? 16 : (buf[1] == 'o' || buf[1] == 'O') ? 8 : 2;
        digits = buf + 2;
    }
    char *end;
    errno = 0;
    unsigned long long u = strtoull(digits, &end, base);
    if (*end || errno == ERANGE) return false;
    if (neg) {
        if (u > (1ULL << 63)) return false;
        *v = (int64_t)(0 - u);
        return true;
    }
    *v = (int64_t)u;
    *ubig = u > (unsigned long long)INT64_MAX;
    return true;
}

static Type *literal_int_type(Checker *c, Expr *lit, bool neg, Type *expected, Span span) {
    if (!type_is_prim(expected) || expected->prim == P_CBOOL) return TY.int_;
    if (expected->prim == P_DOUBLE) return expected;
    int64_t v;
    bool ubig;
    if (!int_literal_value(lit, neg, &v, &ubig) || !prim_fits(expected->prim, v, ubig)) {
        const char *text = lit->text ? lit->text : arena_printf(c->a, "%lld", (long long)lit->ival);
        REPORT(c, D_LITERAL_RANGE, span, neg ? arena_printf(c->a, "-%s", text) : text, expected->name);
    }
    return expected;
}

/* §1.2: primitives live unboxed in C locals, never in closure cells. Reported once per
 * variable, at the first use in a nested function (else where it is declared). */
static void report_primitive_cell(Checker *c, Symbol *s, Span span) {
    while (s->is_free && s->outer) s = s->outer;
    if (s->prim_cell_reported) return;
    s->prim_cell_reported = true;
    REPORT0(c, D_PRIM_GLOBAL, span);
}

/* A primitive local declared only inside a block (`if x: y: int64 = 42`) is not defined
 * after it unless every path assigned it (the reference: "Name `y` is not defined.");
 * one declared in the function's own body reads as 0 before any store.  Flow facts
 * about a primitive local mean "assigned here". */
static void prim_assigned(Checker *c, Symbol *s) {
    if (c->fs && s->kind == SYM_LOCAL && type_is_prim(s->type)) c->env = env_with(c, c->env, s, s->type);
}

static bool declared_in_block(Checker *c, Symbol *s) {
    if (!c->fs || s->index < c->fs->fd->params.len || s->index >= c->fs->ninfo) return false;
    Stmt *ann = c->fs->info[s->index].ann_stmt;
    if (!ann || !c->fs->fd->def) return false;
    PtrVec *body = &c->fs->fd->def->body;
    for (int i = 0; i < body->len; i++)
        if (body->items[i] == ann) return false;
    return true;
}

static Type *check_name(Checker *c, Expr *e) {
    Symbol *s = lookup(c, e->id);
    e->sym = s;
    e->cast_to = NULL;
    if (!s && !c->m->is_static) return TY.dynamic;   /* plain Python: NameError when it runs */
    if (!s) {
        REPORT(c, D_NAME_UNDEFINED, e->span, e->id);
        return ty_err;
    }
    if (s->kind == SYM_LOCAL) {
        if (s->is_free && type_is_prim(s->type)) {
            report_primitive_cell(c, s, e->span);
            return ty_err;
        }
        if (type_is_prim(s->type) && !s->hidden && !c->env->dead && !env_get(c->env, s) &&
            declared_in_block(c, s)) {
            REPORT(c, D_NAME_UNDEFINED, e->span, e->id);
            return ty_err;
        }
        if (type_is_prim(s->type) || s->hidden) return s->type;
        Type *t = env_get(c->env, s);
        t = type_widen(t);
        if (t && env_unchecked(c->env, s)) e->cast_to = t;   /* irgen: CAST when read */
        if (t) return t;
        LocalInfo *li = &c->fs->info[s->index];
        if (!li->decided) li->read_undecided = true;
        return s->type;
    }
    if (s->kind == SYM_GLOBAL) return s->final_value ? literal_class(s->final_value) : s->type;
    return TY.dynamic;
}

/* ---- operators (§1.2.3) */

static bool same_signedness(const Type *a, const Type *b) {
    return prim_is_signed(a->prim) == prim_is_signed(b->prim);
}

/* An operand as messages name it: a literal as Literal[1], a local holding a constant
 * by its flow type (`y = 1; x + y`: Literal[1]), else its type. */
static const char *operand_name(Checker *c, Expr *e, Type *t) {
    if (!e) return t->name;
    Type *ft = e->kind == E_NAME && e->sym && e->sym->kind == SYM_LOCAL ? env_get(c->env, e->sym) : NULL;
    if (ft && ft->refines && ft->refines == t && ft->refines != TY.none) return ft->name;
    return value_name(c, e, t);
}

static Type *prim_binop(Checker *c, int op, Type *lt, Type *rt, Span span, Expr *l, Expr *r) {
    const char *verb = binop_verb((BinOp)op);
    const char *ln = operand_name(c, l, lt), *rn = operand_name(c, r, rt);
    if (lt->prim == P_CBOOL || rt->prim == P_CBOOL) {
        REPORT(c, D_CBOOL_OPERAND, span, verb);
        return ty_err;
    }
    bool ld = lt->prim == P_DOUBLE, rd = rt->prim == P_DOUBLE;
    if (ld || rd) {
        /* % and // type-check in the reference but have no working implementation there;
         * spc gives them CPython's float semantics (spc_rt_double_mod/floordiv). */
        bool ok = ld && rd && (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_TRUEDIV ||
                               op == OP_POW || op == OP_MOD || op == OP_FLOORDIV);
        if (ok) return lt;
        REPORT(c, D_BINOP, span, verb, ln, rn);
        return ty_err;
    }
    if (op == OP_MATMUL || (op == OP_POW && !same_signedness(lt, rt))) {
        REPORT(c, D_BINOP, span, verb, ln, rn);
        return ty_err;
    }
    Type *res = prim_arith_result(lt, rt);
    if (!res) {
        REPORT(c, D_BINOP, span, verb, ln, rn);
        return ty_err;
    }
    return op == OP_POW ? TY.prim[P_DOUBLE] : res;
}

static bool is_intish(const Type *t) { return t == TY.int_ || t == TY.bool_; }

/* Results of builtin operators we are sure of; everything else is dynamic. */
static Type *object_binop(int op, Type *lt, Type *rt) {
    bool bitwise = op == OP_BITAND || op == OP_BITOR || op == OP_BITXOR;
    if (is_intish(lt) && is_intish(rt)) {
        if (op == OP_TRUEDIV) return TY.float_;
        if (op == OP_POW || op == OP_MATMUL) return TY.dynamic;
        if (bitwise && lt == TY.bool_ && rt == TY.bool_) return TY.bool_;
        return TY.int_;
    }
    if (lt == TY.str && ((op == OP_ADD && rt == TY.str) || (op == OP_MUL && is_intish(rt))))
        return TY.str;
    if (lt == TY.str && op == OP_MOD) return TY.str;
    if ((lt == TY.float_ || is_intish(lt)) && (rt == TY.float_ || is_intish(rt)) &&
        (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_TRUEDIV))
        return TY.float_;
    if (op == OP_ADD && lt == rt && (lt == TY.list || lt == TY.tuple)) return lt;
    return TY.dynamic;
}

/* a OP b where a is a static class instance defining the operator's dunder: the
 * method's declared result (the operation itself stays an ordinary Python one). */
static Type *dunder_binop_result(int op, Type *lt, Type *rt) {
    static const char *const names[] = {
        [OP_ADD] = "__add__", [OP_SUB] = "__sub__", [OP_MUL] = "__mul__",
        [OP_TRUEDIV] = "__truediv__", [OP_FLOORDIV] = "__floordiv__", [OP_MOD] = "__mod__",
        [OP_POW] = "__pow__", [OP_LSHIFT] = "__lshift__", [OP_RSHIFT] = "__rshift__",
        [OP_BITOR] = "__or__", [OP_BITXOR] = "__xor__", [OP_BITAND] = "__and__",
        [OP_MATMUL] = "__matmul__",
    };
    ClassDecl *k = static_class_of(lt);
    if (!k || op < 0 || (size_t)op >= ARRAY_LEN(names) || !names[op] || type_is_prim(rt)) return NULL;
    FuncDecl *m = class_method(k, names[op]);
    if (!m || m->method_kind != MK_METHOD || m->params.len != 2 || type_is_prim(m->ret)) return NULL;
    Type *pt = VEC_AT(m->params, Param, 1)->type;
    if (!type_assignable(pt, rt) || type_needs_cast(pt, rt)) return NULL;
    return m->ret;
}

static Type *binop_result(Checker *c, int op, Type *lt, Type *rt, Span span, Expr *l, Expr *r) {
    if (lt == ty_err || rt == ty_err) return ty_err;
    Type *dr = dunder_binop_result(op, lt, rt);
    if (dr) return dr;
    bool lp = type_is_prim(lt), rp = type_is_prim(rt);
    if (lp && rp) return prim_binop(c, op, lt, rt, span, l, r);
    if (lp || rp) {
        REPORT(c, D_BINOP, span, binop_verb((BinOp)op), operand_name(c, l, lt), operand_name(c, r, rt));
        return ty_err;
    }
    return object_binop(op, lt, rt);
}

/* When one side is a primitive and the other a literal, the literal takes its type. */
static void coerce_literal_pair(Checker *c, Expr *l, Type **lt, Expr *r, Type **rt) {
    if (type_is_prim(*lt) && !type_is_prim(*rt) && is_literalish(r)) *rt = check_expr(c, r, *lt);
    if (type_is_prim(*rt) && !type_is_prim(*lt) && is_literalish(l)) *lt = check_expr(c, l, *rt);
}

/* The type a literal operand takes next to a primitive `other`: `other`, except that a
 * negative literal beside an unsigned int is an int64 (CinderX: `u32 / -2` is signed
 * arithmetic, not a range error). */
static Type *literal_operand_type(Type *other, const Expr *lit) {
    if (!type_is_int_prim(other) || prim_is_signed(other->prim)) return other;
    if (lit->kind != E_UNARYOP || lit->op != UOP_NEG || lit->left->kind != E_INT) return other;
    return TY.prim[P_INT64];
}

static Type *isinstance_class(Checker *c, Expr *ce);

/* C | x with C a class: a union of classes, so x must be a class too (or None); the
 * reference's Class.bind_binop reports anything else. */
static bool type_union_operand(Checker *c, Expr *e) {
    Type *l = isinstance_class(c, e->left);
    if (!l || l->kind != TY_CLASS || e->right->kind == E_NONE || isinstance_class(c, e->right)) return true;
    Type *rt = e->right->type;
    if (rt->kind == TY_DYNAMIC || rt == ty_err || type_is_prim(rt)) return true;
    REPORT(c, D_UNION_OPERAND, e->span, l->name, value_name(c, e->right, rt));
    return false;
}

static Type *check_binop(Checker *c, Expr *e, Type *expected) {
    bool both = is_literalish(e->left) && is_literalish(e->right);
    Type *ctx = both && type_is_prim(expected) ? expected : NULL;
    Type *lt = check_expr(c, e->left, ctx);
    Type *rt = check_expr(c, e->right, ctx);
    if (type_is_prim(lt) && !type_is_prim(rt) && is_literalish(e->right))
        rt = check_expr(c, e->right, literal_operand_type(lt, e->right));
    if (type_is_prim(rt) && !type_is_prim(lt) && is_literalish(e->left))
        lt = check_expr(c, e->left, literal_operand_type(rt, e->left));
    if (e->op == OP_POW && type_is_int_prim(lt) && type_is_int_prim(rt) && lt != rt &&
        (is_literalish(e->left) || is_literalish(e->right)))
        return TY.prim[P_DOUBLE];   /* `u32 ** -2`: both sides convert to double */
    if (e->op == OP_BITOR && !type_union_operand(c, e)) return ty_err;
    return binop_result(c, e->op, lt, rt, e->span, e->left, e->right);
}

/* -x, +x, ~x on a number keep its class (the reference's NumInstance); else dynamic. */
static Type *object_unary(int op, Type *t) {
    if (is_intish(t)) return TY.int_;
    if ((t == TY.float_ || t == TY.complex) && op != UOP_INVERT) return t;
    return TY.dynamic;
}

static Type *union_of_results(Checker *c, Type **rs, int n);

static bool truth_may_run_code(const Type *t);
static Env *env_forget_attrs(Checker *c, Env *env, Symbol *base, FieldDecl *field);

static Type *check_unary(Checker *c, Expr *e, Type *expected) {
    Type *ctx = type_is_prim(expected) && is_literalish(e->left) ? expected : NULL;
    Type *t;
    if (e->op == UOP_NEG && e->left->kind == E_INT && ctx) {
        t = e->left->type = literal_int_type(c, e->left, true, ctx, e->span);
    } else {
        t = check_expr(c, e->left, e->op == UOP_NOT ? NULL : ctx);
    }
    if (t == ty_err) return ty_err;
    if (type_is_prim(t)) {
        if (e->op == UOP_NOT) {
            if (t->prim == P_DOUBLE) REPORT0(c, D_CANNOT_INVERT, e->span);
            return TY.prim[P_CBOOL];
        }
        if (t->prim == P_CBOOL) {
            REPORT(c, D_CBOOL_OPERAND, e->span, e->op == UOP_INVERT ? "invert" : "unary operator");
            return ty_err;
        }
        if (e->op == UOP_INVERT && t->prim == P_DOUBLE) {
            REPORT0(c, D_CANNOT_INVERT, e->span);
            return ty_err;
        }
        return t;
    }
    if (e->op == UOP_NOT) {   /* its __bool__ / __len__ may change any field */
        if (truth_may_run_code(t)) c->env = env_forget_attrs(c, c->env, NULL, NULL);
        return TY.bool_;
    }
    if (maybe_none(t)) {
        REPORT(c, D_OPTIONAL_UNARY, e->span, t->name, unop_text((UnaryOp)e->op));
        return ty_err;
    }
    if (t->kind != TY_UNION) return object_unary(e->op, t);
    Type **rs = ARENA_ARRAY(c->a, Type *, t->nargs);
    for (int i = 0; i < t->nargs; i++) rs[i] = object_unary(e->op, t->args[i]);
    return union_of_results(c, rs, t->nargs);
}

/* The type of a value that is either `a` or `b` (conditional expression, and/or). */
static Type *join_types(Checker *c, Type *a, Type *b, Span span) {
    if (a == b) return a;
    if (a == ty_err || b == ty_err) return ty_err;
    if (type_is_prim(a) || type_is_prim(b)) {
        const char *u = a == TY.none || b == TY.none
            ? arena_printf(c->a, "Optional[%s]", (a == TY.none ? b : a)->name)
            : arena_printf(c->a, "Union[%s, %s]", a->name, b->name);
        REPORT(c, D_PRIM_UNION, span, u);
        return ty_err;
    }
    if (a->kind == TY_DYNAMIC || b->kind == TY_DYNAMIC) return TY.dynamic;
    if (a->kind == TY_VOID || b->kind == TY_VOID) return TY.dynamic;
    /* the reference's TypeBinder.widen: the wider of the two, else their union */
    if (type_is_subtype(b, a)) return b;
    if (type_is_subtype(a, b)) return a;
    Type *ts[2] = {a, b};
    return type_union(ts, 2);
}

/* An `a or b` chain written without parentheses is one BoolOp to the reference: its
 * left part's type is the chain's join, not the value of one operand. */
static bool is_bool_chain(const Expr *left, int op) {
    return left->kind == E_BOOLOP && left->op == op && !left->parenthesized;
}

/* `or` yields a value of its left part only when that is truthy, so not None: an
 * Optional operand counts as its inner type (each operand of an unparenthesized chain
 * `a or b or c`, which the reference checks as one BoolOp). */
static Type *or_operand_type(Type *t) { return t->kind == TY_OPTIONAL ? t->inner : t; }

static Type *or_left_type(Checker *c, Expr *left) {
    if (!is_bool_chain(left, BOOL_OR)) return or_operand_type(left->type);
    return join_types(c, or_left_type(c, left->left), or_operand_type(left->right->type), left->span);
}

static Type *check_boolop(Checker *c, Expr *e, Type *expected) {
    Env *saved = c->env, *t_env, *f_env;
    Type *ctx = type_is_prim(expected) ? expected : NULL;
    Type *lt;
    if (ctx && is_literalish(e->left)) {
        lt = check_expr(c, e->left, ctx);
        t_env = f_env = saved;
    } else {
        check_cond(c, e->left, &t_env, &f_env);
        lt = e->left->type;
    }
    c->env = e->op == BOOL_AND ? t_env : f_env;
    Type *rt = check_expr(c, e->right, is_literalish(e->right) ? ctx : NULL);
    coerce_literal_pair(c, e->left, &lt, e->right, &rt);
    c->env = saved;
    if (e->op == BOOL_OR) lt = or_left_type(c, e->left);
    return join_types(c, lt, rt, e->span);
}

static Type *check_ifexp(Checker *c, Expr *e, Type *expected) {
    Env *saved = c->env, *t_env, *f_env;
    check_cond(c, e->test, &t_env, &f_env);
    c->env = t_env;
    Type *bt = check_expr(c, e->body, expected);
    c->env = f_env;
    Type *ot = check_expr(c, e->orelse, expected);
    coerce_literal_pair(c, e->body, &bt, e->orelse, &ot);
    c->env = saved;
    return join_types(c, bt, ot, e->span);
}

static bool prims_comparable(const Type *a, const Type *b) {
    if (a == b) return true;
    return type_is_int_prim(a) && type_is_int_prim(b) && prim_arith_result(a, b);
}

/* Classes whose comparisons certainly return bool. */
static bool is_plain_value(const Type *t) {
    if (t->kind == TY_OPTIONAL) t = t->inner;
    return t == TY.int_ || t == TY.bool_ || t == TY.str || t == TY.float_ || t == TY.bytes ||
           t == TY.none;
}

static Type *check_compare(Checker *c, Expr *e) {
    int n = e->elts.len;
    Type **ts = ARENA_ARRAY(c->a, Type *, n);
    for (int i = 0; i < n; i++) ts[i] = check_expr(c, VEC_AT(e->elts, Expr, i), NULL);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i + 1 < n; i++)
            coerce_literal_pair(c, VEC_AT(e->elts, Expr, i), &ts[i], VEC_AT(e->elts, Expr, i + 1),
                                &ts[i + 1]);
    int nprim = 0, nbool = 0;
    for (int i = 0; i + 1 < n; i++) {
        Type *a = ts[i], *b = ts[i + 1];
        int op = e->cmp_ops[i];
        bool membership = op == CMP_IN || op == CMP_NOTIN;
        bool ordering = op == CMP_LT || op == CMP_LE || op == CMP_GT || op == CMP_GE;
        if (ordering && (a->kind == TY_OPTIONAL || b->kind == TY_OPTIONAL)) {
            REPORT(c, D_OPTIONAL_COMPARE, e->span, cmpop_text((CmpOp)op),
                   value_name(c, VEC_AT(e->elts, Expr, i), a), value_name(c, VEC_AT(e->elts, Expr, i + 1), b));
        } else if (membership && !type_is_prim(b)) {
            nbool++;   /* a primitive left operand is boxed */
        } else if (type_is_prim(a) || type_is_prim(b)) {
            if (!type_is_prim(a) || !type_is_prim(b) || !prims_comparable(a, b))
                REPORT(c, D_COMPARE, e->span, value_name(c, VEC_AT(e->elts, Expr, i), a),
                       value_name(c, VEC_AT(e->elts, Expr, i + 1), b));
            nprim++;
        } else if (op == CMP_IS || op == CMP_ISNOT || (is_plain_value(a) && is_plain_value(b))) {
            nbool++;
        }
    }
    if (nprim == n - 1) return TY.prim[P_CBOOL];
    if (nbool == n - 1) return TY.bool_;
    return TY.dynamic;
}

/* ---- attributes of static class instances (fields, properties) */

/* A narrowable attribute path `x.f` (x a local, f a field) is keyed in the flow
 * environment by a pseudo symbol; any call, loop head or store to x or to f forgets it. */
typedef struct AttrKey { Symbol *base; FieldDecl *field; Symbol *key; } AttrKey;

static Symbol *attr_key(Checker *c, Expr *e) {
    if (!c->fs || e->kind != E_ATTRIBUTE || !e->field || type_is_prim(e->field->type))
        return NULL;
    Expr *l = e->left;
    if (l->kind != E_NAME || !l->sym || l->sym->kind != SYM_LOCAL) return NULL;
    for (int i = 0; i < c->attr_keys.len; i++) {
        AttrKey *k = VEC_AT(c->attr_keys, AttrKey, i);
        if (k->base == l->sym && k->field == e->field) return k->key;
    }
    AttrKey *k = ARENA_NEW(c->a, AttrKey);
    k->base = l->sym;
    k->field = e->field;
    k->key = sym_new(c, arena_printf(c->a, "%s.%s", l->sym->name, e->id), SYM_GLOBAL, e->span);
    vec_push(c->a, &c->attr_keys, k);
    return k->key;
}

/* env without the attribute facts about `base` (NULL: any) and `field` (NULL: any). */
static Env *env_forget_attrs(Checker *c, Env *env, Symbol *base, FieldDecl *field) {
    for (int i = 0; i < c->attr_keys.len; i++) {
        AttrKey *k = VEC_AT(c->attr_keys, AttrKey, i);
        if ((!base || k->base == base) && (!field || k->field == field) && env_get(env, k->key))
            env = env_with(c, env, k->key, NULL);
    }
    return env;
}

/* e.id on a value of static type lt (already checked): fields, properties, class
 * variables; everything else is an ordinary (dynamic) attribute. */
static Type *module_attr_type(Checker *c, Expr *e);

static bool is_dunder(const char *name) {
    size_t n = strlen(name);
    return n > 4 && !strncmp(name, "__", 2) && !strcmp(name + n - 2, "__");
}

static Type *resolve_attribute(Checker *c, Expr *e, Type *lt);

/* The union of what an operation gives on each member of a union (the reference's
 * UnionInstance._generic_bind); dynamic when one member's result is unknown. */
static Type *union_of_results(Checker *c, Type **rs, int n) {
    for (int i = 0; i < n; i++) {
        if (rs[i] == ty_err) return ty_err;
        if (type_is_prim(rs[i]) || rs[i]->kind == TY_VOID) return TY.dynamic;
    }
    return type_union(rs, n);
}

/* e.id on a union: resolved on each member (declared types: a narrowed field of one
 * member says nothing about the others); at run time an ordinary attribute load. */
static Type *union_attribute(Checker *c, Expr *e, Type *lt) {
    if (type_has_none(lt)) {
        REPORT(c, D_OPTIONAL_ATTR, e->span, lt->name, e->id);
        return ty_err;
    }
    Type **rs = ARENA_ARRAY(c->a, Type *, lt->nargs);
    for (int i = 0; i < lt->nargs; i++) {
        rs[i] = resolve_attribute(c, e, lt->args[i]);
        if (e->field) rs[i] = e->field->type;
    }
    e->attr_kind = ATTR_DYNAMIC;
    e->field = NULL;
    e->callee = NULL;
    return union_of_results(c, rs, lt->nargs);
}

static Type *resolve_attribute(Checker *c, Expr *e, Type *lt) {
    if (lt->kind == TY_UNION) return union_attribute(c, e, lt);
    if (lt == ty_unbound_optional) {
        REPORT0(c, D_UNBOUND_UNION_ATTR, e->span);
        e->attr_kind = ATTR_DYNAMIC;
        e->field = NULL;
        return ty_err;
    }
    e->attr_kind = ATTR_DYNAMIC;
    e->field = NULL;
    if (type_is_prim(lt)) {
        report_unsupported(c, e, e->span, "attribute of a primitive value");
        return TY.dynamic;
    }
    if (lt->kind == TY_OPTIONAL || (lt == TY.none && !is_dunder(e->id))) {
        REPORT(c, D_OPTIONAL_ATTR, e->span, lt->name, e->id);
        return ty_err;
    }
    ClassDecl *k = static_class_of(lt);
    if (!k) {
        ClassDecl *ck = class_named(c, e->left);
        Symbol *cv = ck ? class_var(ck, e->id) : NULL;
        return cv ? cv->type : module_attr_type(c, e);
    }
    bool local = is_local_class(c, k);
    FieldDecl *f = class_field(k, e->id);
    if (f) {
        e->attr_kind = local && !f->overridden ? ATTR_FIELD : ATTR_DYNAMIC;
        e->field = f;
        Symbol *key = attr_key(c, e);
        Type *n = key ? type_widen(env_get(c->env, key)) : NULL;
        return n ? n : f->type;
    }
    FuncDecl *m = class_method(k, e->id);
    if (m && m->method_kind == MK_PROPERTY_GET) {
        local = local && is_local_func(c, m) && !m->field_overridden;   /* another module's, or a field's now */
        e->attr_kind = local ? ATTR_PROPERTY : ATTR_DYNAMIC;
        e->callee = local ? m : NULL;
        e->virtual_call = local && !(m->is_final || k->is_final);
        return m->ret;
    }
    Symbol *cv = class_var(k, e->id);
    return cv ? cv->type : TY.dynamic;
}

static Type *check_attribute(Checker *c, Expr *e) {
    Type *t = check_expr(c, e->left, NULL);
    return resolve_attribute(c, e, t);
}

/* The static type of a simple target expression without checking it (literal
 * contexts of assignments): locals, globals, fields of static instances. */
static Type *peek_type(Checker *c, Expr *e) {
    if (e->kind == E_NAME) {
        Symbol *s = lookup(c, e->id);
        if (!s) return NULL;
        if (s->kind == SYM_LOCAL) {
            Type *t = type_widen(env_get(c->env, s));
            if (t) return t;
            return s->hidden || c->fs->info[s->index].decided ? s->type : NULL;
        }
        return s->kind == SYM_GLOBAL ? s->type : NULL;
    }
    if (e->kind == E_ATTRIBUTE) {
        ClassDecl *k = static_class_of(peek_type(c, e->left));
        FieldDecl *f = k ? class_field(k, e->id) : NULL;
        if (f) return f->type;
        FuncDecl *set = k ? class_method_kind(k, e->id, true) : NULL;
        return set && set->params.len > 1 ? VEC_AT(set->params, Param, 1)->type : NULL;
    }
    return NULL;
}

static void check_slice_part(Checker *c, Expr *p) {
    if (!p) return;
    Type *t = check_expr(c, p, NULL);
    if (type_is_prim(t)) REPORT(c, D_PRIM_OPERAND, p->span, "slice index");
}

/* Subscript (load or store target): element types of builtin containers are
 * ignored (§1.4), so the result is dynamic.  An int primitive may index a list or
 * tuple (SEQUENCE_GET); other primitives are call arguments of __getitem__. */
static Type *check_subscript(Checker *c, Expr *e) {
    Type *gt = generic_from_subscript(c, e);
    if (gt) {   /* CheckedList[int] as a value: the generic class object */
        mark_annotation(c, e);
        return TY.dynamic;
    }
    Type *lt = check_expr(c, e->left, NULL);
    if (type_is_prim(lt)) report_unsupported(c, e, e->span, "subscript of a primitive value");
    if (maybe_none(lt)) {
        REPORT(c, D_OPTIONAL_SUBSCRIPT, e->left->span, lt->name);
        if (e->right) check_expr(c, e->right, NULL);
        return ty_err;
    }
    int g = generic_kind(lt);
    Expr *ix = e->right;
    if (ix && ix->kind == E_SLICE) {
        if (g == G_ARRAY) REPORT0(c, D_ARRAY_SLICE, e->span);
        check_slice_part(c, ix->lower);
        check_slice_part(c, ix->upper);
        check_slice_part(c, ix->step);
        ix->type = TY.dynamic;
        return g == G_CHKLIST ? lt : TY.dynamic;
    }
    if (!ix) return TY.dynamic;
    if (g == G_CHKDICT) {
        Type *kt = lt->args[0];
        Type *it = check_expr(c, ix, kt);
        if (!assignable(kt, it)) REPORT(c, D_ASSIGN_MISMATCH, ix->span, value_name(c, ix, it), kt->name);
        return lt->args[1];
    }
    Type *it = check_expr(c, ix, NULL);
    bool seq = lt == TY.list || lt == TY.tuple || g == G_CHKLIST || g == G_ARRAY;
    if (type_is_prim(it) && !(seq && type_is_int_prim(it))) REPORT0(c, D_PRIM_CALL_ARG, ix->span);
    else if ((g == G_CHKLIST || g == G_ARRAY) && !type_is_prim(it) && !assignable(TY.int_, it))
        REPORT(c, D_ASSIGN_MISMATCH, ix->span, value_name(c, ix, it), "int");   /* an index is an int */
    if (g == G_CHKLIST || g == G_ARRAY) return lt->args[0];
    if (lt->kind == TY_UNION) {   /* each member's element type */
        Type **rs = ARENA_ARRAY(c->a, Type *, lt->nargs);
        for (int i = 0; i < lt->nargs; i++) {
            int gi = generic_kind(lt->args[i]);
            rs[i] = gi == G_CHKDICT ? lt->args[i]->args[1] : gi >= 0 ? lt->args[i]->args[0] : TY.dynamic;
        }
        return union_of_results(c, rs, lt->nargs);
    }
    return TY.dynamic;
}

/* The element type stored by `t[i] = v` for checked containers/arrays, else NULL. */
static Type *subscript_elem_store(Expr *t) {
    Type *lt = t->left ? t->left->type : NULL;
    if (!lt || lt->kind != TY_CLASS || !lt->origin || !t->right || t->right->kind == E_SLICE) return NULL;
    return lt->args[lt->nargs - 1];
}

/* A display or comprehension built as `expected` (a CheckedList / CheckedDict): with an
 * item of the wrong type (bad[0] key or element, bad[1] value) it is reported as the
 * container of those types, e.g. chkdict[int, int] cannot be assigned to chkdict[int, str]. */
static Type *checked_result(Checker *c, Expr *e, Type *expected, Type **bad) {
    if (!bad[0] && !bad[1]) return expected;
    const char *name = generic_kind(expected) == G_CHKDICT
        ? arena_printf(c->a, "chkdict[%s, %s]", (bad[0] ? bad[0] : expected->args[0])->name,
                       (bad[1] ? bad[1] : expected->args[1])->name)
        : arena_printf(c->a, "chklist[%s]", bad[0]->name);
    REPORT(c, D_ASSIGN_MISMATCH, e->span, name, expected->name);
    return ty_err;
}

/* [..] / {..} where a CheckedList / CheckedDict is expected: built as that type;
 * an element of the wrong type makes the display a chklist[<that type>]. */
static Type *check_checked_display(Checker *c, Expr *e, Type *expected) {
    int g = generic_kind(expected);
    Type *bad[2] = {NULL, NULL};
    for (int i = 0; i < e->elts.len; i++) {
        Expr *x = VEC_AT(e->elts, Expr, i);
        Type *want = expected->args[0];
        if (!x) {   /* {**m}: the checked dict's update() checks m's items when it runs */
            Type *t = check_object_expr(c, VEC_AT(e->values, Expr, i), USE_CONTAINER);
            if (generic_kind(t) == G_CHKDICT && t != expected && !bad[0]) {
                bad[0] = t->args[0];
                bad[1] = t->args[1];
            }
            continue;
        }
        Type *t = check_expr(c, x, want);
        if (!assignable(want, t) && !bad[0]) bad[0] = t;
    }
    for (int i = 0; g == G_CHKDICT && i < e->values.len; i++) {
        Type *want = expected->args[1];
        if (!VEC_AT(e->elts, Expr, i)) continue;
        Type *t = check_expr(c, VEC_AT(e->values, Expr, i), want);
        if (!assignable(want, t) && !bad[1]) bad[1] = t;
    }
    return checked_result(c, e, expected, bad);
}

/* The element type a checked display infers from its items (the reference's join): the
 * wider of two related classes, else object. */
static Type *join_item(Checker *c, Type *acc, Expr *x) {
    Type *t = type_widen(check_object_expr(c, x, USE_CONTAINER));
    if (type_is_prim(t) || t->kind == TY_DYNAMIC) t = TY.object;
    if (!acc || acc == t || assignable(acc, t)) return acc ? acc : t;
    return assignable(t, acc) ? t : TY.object;
}

/* Under checked_dicts / checked_lists a display without an expected checked type is
 * built as CheckedDict[K, V] / CheckedList[T] of its items' types (checked here, once);
 * NULL: not such a display (left unchecked). */
static Type *check_flagged_display(Checker *c, Expr *e, Type *expected) {
    bool want = e->kind == E_DICT ? c->m->checked_dicts : e->kind == E_LIST && c->m->checked_lists;
    if (!want || generic_kind(expected) >= 0) return NULL;   /* an expected checked type wins */
    for (int i = 0; i < e->elts.len; i++) {
        Expr *x = VEC_AT(e->elts, Expr, i);
        if (!x || x->kind == E_STARRED) return NULL;   /* ** / * items: a plain display */
    }
    Type *args[2] = {NULL, NULL};
    for (int i = 0; i < e->elts.len; i++) {
        args[0] = join_item(c, args[0], VEC_AT(e->elts, Expr, i));
        if (e->kind == E_DICT) args[1] = join_item(c, args[1], VEC_AT(e->values, Expr, i));
    }
    if (!args[0]) args[0] = args[1] = TY.object;
    return e->kind == E_DICT ? generic_instance(c, G_CHKDICT, args, 2) : generic_instance(c, G_CHKLIST, args, 1);
}

static Type *check_display(Checker *c, Expr *e, Type *expected) {
    Type *flagged = check_flagged_display(c, e, expected);
    if (flagged) return flagged;
    int g = generic_kind(expected);
    if ((g == G_CHKLIST && e->kind == E_LIST) ||
        (g == G_CHKDICT && e->kind == E_DICT))
        return check_checked_display(c, e, expected);
    for (int i = 0; i < e->elts.len; i++) {
        Expr *x = VEC_AT(e->elts, Expr, i);
        if (!x) continue;
        check_object_expr(c, x, USE_CONTAINER);
    }
    for (int i = 0; i < e->values.len; i++)
        check_object_expr(c, VEC_AT(e->values, Expr, i), USE_CONTAINER);
    switch (e->kind) {
    case E_TUPLE: return TY.tuple;
    case E_LIST: return TY.list;
    case E_SET: return TY.set;
    default: return TY.dict;
    }
}

/* ---- calls */

static bool is_simple_call(const Expr *e) {
    for (int i = 0; i < e->elts.len; i++)
        if (VEC_AT(e->elts, Expr, i)->kind == E_STARRED) return false;
    for (int i = 0; i < e->keywords.len; i++)
        if (!VEC_AT(e->keywords, Keyword, i)->name) return false;
    return true;
}

/* Arguments of an ordinary Python call: all objects. */
static void check_dynamic_args(Checker *c, Expr *e) {
    for (int i = 0; i < e->elts.len; i++) {
        Expr *a = VEC_AT(e->elts, Expr, i);
        if (a->kind == E_STARRED) {
            check_object_expr(c, a->left, USE_STARRED);
            a->type = TY.dynamic;
        } else {
            check_object_expr(c, a, USE_CALL_ARG);
        }
    }
    for (int i = 0; i < e->keywords.len; i++) {
        Keyword *k = VEC_AT(e->keywords, Keyword, i);
        check_object_expr(c, k->value, k->name ? USE_CALL_ARG : USE_STARRED);
    }
}

/* The parameter a keyword argument names: not positional-only ones, nor *args or **kwargs. */
static int param_index(FuncDecl *f, const char *name) {
    for (int j = 0; j < f->params.len; j++) {
        Param *p = VEC_AT(f->params, Param, j);
        if ((p->kind == PARAM_POS || p->kind == PARAM_KWONLY) && strcmp(p->name, name) == 0) return j;
    }
    return -1;
}

static bool is_packed_param(const Param *p) { return p->kind == PARAM_VARARGS || p->kind == PARAM_KWARGS; }

static void check_bound_arg(Checker *c, Param *p, Expr *arg, bool by_keyword) {
    Type *t = check_expr(c, arg, p->type);
    if (!assignable(p->type, t))
        REPORT(c, D_ARG_MISMATCH, arg->span, value_name(c, arg, t), by_keyword ? "keyword" : "positional",
               p->name, p->type->name);
}

/* The *args tuple or the **kwargs dict of a resolved call: a synthetic display whose items
 * (elts, or values) are the written arguments it collects; irgen packs them after
 * evaluating every argument in source order. */
static Expr *pack_node(Checker *c, FuncDecl *f, ParamKind kind, Expr *call, Expr **bound) {
    for (int j = 0; j < f->params.len; j++) {
        if (VEC_AT(f->params, Param, j)->kind != kind) continue;
        bound[j] = expr_new(c->a, kind == PARAM_VARARGS ? E_TUPLE : E_DICT, call->span);
        bound[j]->type = kind == PARAM_VARARGS ? TY.tuple : TY.dict;
        return bound[j];
    }
    return NULL;
}

/* Binds the arguments of e to f's parameters at compile time (§1.4).  The first
 * `skip` parameters are already supplied (`first`: the receiver, the class, or NULL
 * for the object CALL_CONSTRUCT allocates); the rest come from e's arguments. Extra
 * positional arguments go to *args, unknown keywords to **kwargs. */
static Type *bind_call_args(Checker *c, Expr *e, FuncDecl *f, CallKind kind, int skip, Expr *first);

/* A call whose arguments were bound at compile time but which runs as an ordinary
 * Python call. */
static void keep_dynamic_call(Expr *e) {
    e->call_kind = CALL_DYNAMIC;
    e->callee = NULL;
    e->bound = NULL;
    e->cls = NULL;
    e->virtual_call = false;
}

/* A callee of another module is checked the same way but called as a Python object. */
static Type *bind_call(Checker *c, Expr *e, FuncDecl *f, CallKind kind, int skip, Expr *first) {
    Type *r = bind_call_args(c, e, f, kind, skip, first);
    if (!is_local_func(c, f)) keep_dynamic_call(e);
    return r;
}

static Type *bind_call_args(Checker *c, Expr *e, FuncDecl *f, CallKind kind, int skip, Expr *first) {
    int np = f->params.len, given = e->elts.len + e->keywords.len + skip;
    e->call_kind = kind;
    e->callee = f;
    e->bound = ARENA_ARRAY(c->a, Expr *, np + 1);
    bool *by_kw = ARENA_ARRAY(c->a, bool, np + 1);
    Expr *va = pack_node(c, f, PARAM_VARARGS, e, e->bound), *kw = pack_node(c, f, PARAM_KWARGS, e, e->bound);
    if (skip > f->npositional || (!va && e->elts.len + skip > f->npositional)) {
        /* the reference's counts (all parameters, all arguments) unless keyword-only
         * parameters would make them read "Expected 1, got 1": then the positional ones */
        int want = np - f->has_varargs - f->has_kwargs;
        bool kwonly = want > f->npositional;
        REPORT(c, D_ARG_COUNT, e->span, f->qualname, kwonly ? f->npositional : want,
               kwonly ? e->elts.len + skip : given);
        check_dynamic_args(c, e);
        return f->ret;
    }
    for (int i = 0; i < skip; i++) e->bound[i] = first;
    for (int i = 0; i < e->elts.len; i++) {
        Expr *a = VEC_AT(e->elts, Expr, i);
        if (skip + i < f->npositional) e->bound[skip + i] = a;
        else vec_push(c->a, &va->elts, a);
    }
    bool ok = true;
    for (int i = 0; i < e->keywords.len; i++) {
        Keyword *k = VEC_AT(e->keywords, Keyword, i);
        int j = param_index(f, k->name);
        if (j < 0 && kw) {
            vec_push(c->a, &kw->values, k->value);
            continue;
        }
        if (j < skip || e->bound[j]) {
            if (j < 0) REPORT(c, D_ARG_UNKNOWN, k->span, k->name, f->qualname);
            else REPORT(c, D_ARG_DUPLICATE, k->span, f->qualname, k->name);
            check_expr(c, k->value, NULL);
            ok = false;
            continue;
        }
        e->bound[j] = k->value;
        by_kw[j] = true;
    }
    for (int j = skip; j < np; j++) {
        Param *p = VEC_AT(f->params, Param, j);
        if (is_packed_param(p)) continue;
        if (e->bound[j]) check_bound_arg(c, p, e->bound[j], by_kw[j]);
        else if (!p->default_ && ok) REPORT(c, D_ARG_MISSING, e->span, f->qualname, p->name);
    }
    for (int i = 0; va && i < va->elts.len; i++) check_object_expr(c, VEC_AT(va->elts, Expr, i), USE_CALL_ARG);
    for (int i = 0; kw && i < kw->values.len; i++) check_object_expr(c, VEC_AT(kw->values, Expr, i), USE_CALL_ARG);
    return f->ret;
}

static Type *check_static_call(Checker *c, Expr *e, FuncDecl *f) {
    return bind_call(c, e, f, CALL_STATIC, 0, NULL);
}

/* A class whose own or inherited __new__ is user code: C(args) must run it, so the
 * call stays a dynamic call of the type (CALL_CONSTRUCT would skip __new__). */
static bool defines_new(ClassDecl *k) {
    return class_method(k, "__new__") || inherited_method(k, "__new__");
}

/* C(args) of a static class: allocation + the native __init__ (CALL_CONSTRUCT). */
static Type *check_construct(Checker *c, Expr *e, ClassDecl *k) {
    e->func->type = TY.dynamic;
    e->func->sym = lookup(c, e->func->id);
    e->cls = k;
    if (k->init) {
        bind_call(c, e, k->init, CALL_CONSTRUCT, 1, NULL);
    } else {
        e->call_kind = CALL_CONSTRUCT;
        int given = e->elts.len + e->keywords.len;
        if (given) REPORT(c, D_NO_INIT_ARGS, e->span, k->qualname);
        check_dynamic_args(c, e);
    }
    return k->type;
}

/* C(args) of a static class with a user __new__: a Python call of the type (type.__call__
 * runs __new__, then __init__ when it returned a C), its arguments checked against
 * __new__ after `cls`.  Its value is what __new__ returned, of __new__'s declared type
 * (checked when __new__ returns). */
static Type *check_new_construct(Checker *c, Expr *e, ClassDecl *k) {
    FuncDecl *nw = class_method(k, "__new__");
    check_expr(c, e->func, NULL);
    bind_call_args(c, e, nw, CALL_CONSTRUCT, 1, NULL);
    keep_dynamic_call(e);
    return type_is_prim(nw->ret) ? TY.dynamic : nw->ret;
}

/* object.__new__(C): a new C (C a static class of this module, or object itself). */
static Type *object_new_result(Checker *c, Expr *e) {
    Expr *f = e->func;
    if (f->kind != E_ATTRIBUTE || strcmp(f->id, "__new__") != 0 || !is_builtin_name(c, f->left, "object") ||
        e->elts.len != 1 || e->keywords.len)
        return NULL;
    Expr *a = VEC_AT(e->elts, Expr, 0);
    if (is_builtin_name(c, a, "object")) return TY.object;
    ClassDecl *k = class_named(c, a);
    return k ? k->type : NULL;
}

/* super() / super(C, self) inside a method of a static class with a static base:
 * the class whose members the call resolves against, else NULL. */
static ClassDecl *super_target(Checker *c, Expr *recv) {
    if (!c->fs || !c->fs->fd->cls || recv->kind != E_CALL || !is_builtin_name(c, recv->func, "super"))
        return NULL;
    FuncDecl *fd = c->fs->fd;
    ClassDecl *k = fd->cls;
    if (!k->is_static || !k->base || fd->params.len == 0) return NULL;
    if (recv->keywords.len) return NULL;
    if (recv->elts.len == 2) {
        ClassDecl *named = class_named(c, VEC_AT(recv->elts, Expr, 0));
        Expr *self = VEC_AT(recv->elts, Expr, 1);
        if (named != k || self->kind != E_NAME ||
            strcmp(self->id, VEC_AT(fd->params, Param, 0)->name) != 0)
            return NULL;
    } else if (recv->elts.len != 0) {
        return NULL;
    }
    return k->base;
}

/* A new Name expression for the current method's self (receiver of super() calls). */
static Expr *synth_self(Checker *c, Span span) {
    Param *p0 = VEC_AT(c->fs->fd->params, Param, 0);
    Expr *e = expr_new(c->a, E_NAME, span);
    e->id = p0->name;
    e->sym = p0->sym;
    e->type = c->fs->fd->cls->type;
    return e;
}

/* recv.m(args): method calls resolved statically; NULL when the call stays dynamic
 * (then e->func has been checked and only the arguments remain). */
static Type *check_method_call(Checker *c, Expr *e) {
    Expr *f = e->func, *recv = f->left;
    ClassDecl *sup = super_target(c, recv);
    Type *lt = check_expr(c, recv, NULL);
    f->type = TY.dynamic;
    f->attr_kind = ATTR_DYNAMIC;
    if (sup) {
        FuncDecl *m = class_method(sup, f->id);
        if (m && m->method_kind == MK_METHOD) {
            e->virtual_call = false;
            return bind_call(c, e, m, CALL_METHOD, 1, synth_self(c, recv->span));
        }
    }
    ClassDecl *ck = class_named(c, recv);
    if (ck) {
        FuncDecl *m = class_method(ck, f->id);
        if (m && m->method_kind == MK_METHOD) {
            e->virtual_call = false;
            return bind_call(c, e, m, CALL_METHOD, 0, NULL);
        }
        if (m && m->method_kind == MK_STATICMETHOD) return bind_call(c, e, m, CALL_STATIC, 0, NULL);
        if (m && m->method_kind == MK_CLASSMETHOD) return bind_call(c, e, m, CALL_STATIC, 1, recv);
    }
    ClassDecl *k = static_class_of(lt);
    if (k && !class_field(k, f->id)) {
        FuncDecl *m = class_method(k, f->id);
        if (m && m->method_kind == MK_METHOD) {
            e->virtual_call = !(m->is_final || k->is_final);
            return bind_call(c, e, m, CALL_METHOD, 1, recv);
        }
        if (m && m->method_kind == MK_STATICMETHOD) {   /* the instance's class picks the override */
            e->virtual_call = !(m->is_final || k->is_final);
            return bind_call(c, e, m, CALL_METHOD, 0, NULL);
        }
    }
    f->type = resolve_attribute(c, f, lt);
    return NULL;
}

static Type *check_box(Checker *c, Expr *e) {
    e->call_kind = CALL_BOX;
    if (e->elts.len != 1 || e->keywords.len) {
        REPORT0(c, D_BOX_ARGC, e->span);
        for (int i = 0; i < e->elts.len; i++) check_expr(c, VEC_AT(e->elts, Expr, i), NULL);
        for (int i = 0; i < e->keywords.len; i++) check_expr(c, VEC_AT(e->keywords, Keyword, i)->value, NULL);
        return ty_err;
    }
    Expr *arg = VEC_AT(e->elts, Expr, 0);
    Type *t = check_expr(c, arg, NULL);
    if (t == ty_err) return ty_err;
    if (!type_is_prim(t)) {
        REPORT(c, D_BOX_NON_PRIM, arg->span, t->name);
        return ty_err;
    }
    return prim_boxed(t);
}

static Type *check_unbox(Checker *c, Expr *e, Type *expected) {
    e->call_kind = CALL_UNBOX;
    if (e->elts.len != 1 || e->keywords.len) {
        REPORT0(c, D_UNBOX_ARGC, e->span);
        for (int i = 0; i < e->elts.len; i++) check_expr(c, VEC_AT(e->elts, Expr, i), NULL);
        for (int i = 0; i < e->keywords.len; i++) check_expr(c, VEC_AT(e->keywords, Keyword, i)->value, NULL);
    } else {
        check_object_expr(c, VEC_AT(e->elts, Expr, 0), USE_CALL_ARG);
    }
    return type_is_prim(expected) ? expected : TY.prim[P_INT64];
}

/* cast(T, v): trusted checked cast to a runtime class (§1.3). */
static Type *check_cast(Checker *c, Expr *e) {
    e->call_kind = CALL_CAST;
    if (e->elts.len != 2 || e->keywords.len) {
        REPORT0(c, D_CAST_ARGS, e->span);
        e->call_kind = CALL_DYNAMIC;
        check_dynamic_args(c, e);
        return ty_err;
    }
    Expr *te = VEC_AT(e->elts, Expr, 0), *v = VEC_AT(e->elts, Expr, 1);
    Type *t;
    Symbol *ts = te->kind == E_NAME ? lookup(c, te->id) : NULL;
    if (ts && ts->kind == SYM_LOCAL && type_is_prim(ts->type)) {   /* cast(x, int), x an int64 */
        REPORT0(c, D_PRIM_CALL_ARG, te->span);
        check_expr(c, te, NULL);
        check_object_expr(c, v, USE_CALL_ARG);
        return ty_err;
    }
    if (te->kind == E_NAME && !lookup(c, te->id)) {
        REPORT0(c, D_CAST_UNKNOWN, te->span);
        mark_annotation(c, te);
        t = TY.dynamic;
    } else {
        t = resolve_plain_ann(c, te);
    }
    if (type_is_prim(t)) {
        REPORT0(c, D_CAST_NON_RUNTIME, te->span);
        t = TY.dynamic;
    }
    check_object_expr(c, v, USE_CALL_ARG);
    e->cast_to = t;
    /* a union has no run-time type check of its own: __static__.cast, called as it is,
     * checks the members (as it does in uncompiled code) */
    if (t->kind == TY_UNION) e->call_kind = CALL_DYNAMIC;
    return t;
}

/* int64(x), double(x), cbool(x) (§1.3): conversions between primitives, unboxing of
 * objects; a literal argument simply becomes a constant of the target type. */
static Type *check_prim_convert(Checker *c, Expr *e, Type *target) {
    e->call_kind = CALL_PRIM_CONVERT;
    int argc = e->elts.len + e->keywords.len;
    if (e->elts.len != 1 || e->keywords.len) {
        REPORT(c, D_CONVERT_ARGC, e->span, target->name, argc);
        check_dynamic_args(c, e);
        return target;
    }
    Expr *arg = VEC_AT(e->elts, Expr, 0);
    Type *t = check_expr(c, arg, is_literalish(arg) ? target : NULL);
    if (t == target || t == ty_err) return target;
    bool ok;
    if (t == TY.object) return target;   /* unboxed with a run-time check, as dynamic */
    if (target->prim == P_DOUBLE) {
        ok = t == TY.dynamic || is_intish(t) || t == TY.float_;
        if (!ok) REPORT(c, D_DOUBLE_FROM, arg->span, value_name(c, arg, t));
        return target;
    }
    if (target->prim == P_CBOOL) ok = t->kind == TY_DYNAMIC || t == TY.bool_ || type_is_int_prim(t);
    else ok = t->kind == TY_DYNAMIC || is_intish(t) || type_is_int_prim(t) ||
              (type_is_prim(t) && t->prim == P_CBOOL);
    if (!ok) REPORT(c, D_ASSIGN_MISMATCH, arg->span, value_name(c, arg, t), target->name);
    return target;
}

static Type *check_reveal(Checker *c, Expr *e, Type *expected) {
    e->call_kind = CALL_REVEAL_TYPE;
    e->func->type = TY.dynamic;
    if (e->elts.len != 1 || e->keywords.len) {
        if (e->keywords.len) REPORT0(c, D_REVEAL_KEYWORD, e->span);
        else REPORT0(c, D_REVEAL_ARGC, e->span);
        check_dynamic_args(c, e);
        return TY.dynamic;
    }
    Expr *arg = VEC_AT(e->elts, Expr, 0);
    Type *t = check_expr(c, arg, expected);
    const char *text = expr_text(c, arg), *shown = value_name_as(c, arg, t, true);
    Symbol *s = arg->kind == E_NAME ? arg->sym : NULL;
    Symbol *key = arg->kind == E_ATTRIBUTE && arg->field ? attr_key(c, arg) : NULL;
    Type *flow = s && s->kind == SYM_LOCAL && !s->hidden ? env_get(c->env, s) : key ? env_get(c->env, key) : NULL;
    if (flow && flow != t && type_widen(flow) == t) shown = flow->name;   /* Literal[1], Exact[C] */
    if (s && s->kind == SYM_LOCAL && !s->hidden)   /* the reference adds a local's two types */
        REPORT(c, D_REVEAL_LOCAL, e->span, text, shown, s->name, s->type->name, shown);
    else
        REPORT(c, D_REVEAL_TYPE, e->span, text, shown);
    return t;
}

static Type *check_clen(Checker *c, Expr *e);

static bool is_prod_assert(Checker *c, Expr *f) {
    Symbol *s = f->kind == E_NAME ? lookup(c, f->id) : NULL;
    return s && s->kind == SYM_STATIC && strcmp(static_orig(s), "prod_assert") == 0;
}

/* prod_assert takes the tested value and an optional message, positionally. */
static bool prod_assert_args_ok(Checker *c, Expr *e, bool report) {
    bool starred = false;
    for (int i = 0; i < e->elts.len; i++) starred |= VEC_AT(e->elts, Expr, i)->kind == E_STARRED;
    if (e->keywords.len) {
        if (report) REPORT0(c, D_PROD_ASSERT_KWARG, e->span);
        return false;
    }
    if (e->elts.len < 1 || e->elts.len > 2 || starred) {
        if (report) REPORT0(c, D_PROD_ASSERT_ARGC, e->span);
        return false;
    }
    return true;
}

static void check_prod_assert_msg(Checker *c, Expr *msg) {
    Type *t = check_expr(c, msg, TY.str);
    if (t != ty_err && !assignable(TY.str, t))
        REPORT(c, D_ASSIGN_MISMATCH, msg->span, value_name(c, msg, t), TY.str->name);
}

/* prod_assert(...) as a value (not a statement): a call of the run-time function. */
static Type *check_prod_assert_call(Checker *c, Expr *e) {
    if (!prod_assert_args_ok(c, e, true)) {
        check_dynamic_args(c, e);
        return TY.dynamic;
    }
    check_object_expr(c, VEC_AT(e->elts, Expr, 0), USE_CALL_ARG);
    if (e->elts.len == 2) check_prod_assert_msg(c, VEC_AT(e->elts, Expr, 1));
    return TY.none;
}

static Type *check_static_builtin(Checker *c, Expr *e, Symbol *s, Type *expected) {
    const char *o = static_orig(s);
    Type *p = type_prim_by_name(o);
    if (p) return check_prim_convert(c, e, p);
    if (strcmp(o, "box") == 0) return check_box(c, e);
    if (strcmp(o, "unbox") == 0) return check_unbox(c, e, expected);
    if (strcmp(o, "cast") == 0) return check_cast(c, e);
    if (strcmp(o, "clen") == 0) return check_clen(c, e);
    if (strcmp(o, "prod_assert") == 0) return check_prod_assert_call(c, e);
    if (strcmp(o, "crange") == 0) {
        REPORT0(c, D_CRANGE_FOR, e->span);
        check_dynamic_args(c, e);
        return ty_err;
    }
    check_dynamic_args(c, e);
    return TY.dynamic;
}

/* Types clen() has a fast length for (§1.3). */
static bool has_fast_len(const Type *t) {
    if (t->kind != TY_CLASS) return false;
    if (generic_kind(t) >= 0) return true;
    const Type *ok[] = {TY.list, TY.dict, TY.set, TY.tuple, TY.str};
    for (size_t i = 0; i < ARRAY_LEN(ok); i++)
        if (type_is_subclass(t, ok[i])) return true;
    return false;
}

/* clen(x): len() as an int64; call_kind stays CALL_DYNAMIC, func names clen. */
static Type *check_clen(Checker *c, Expr *e) {
    if (e->elts.len != 1 || e->keywords.len) {
        REPORT(c, D_CONVERT_ARGC, e->span, "clen", e->elts.len + e->keywords.len);
        check_dynamic_args(c, e);
        return TY.prim[P_INT64];
    }
    Expr *arg = VEC_AT(e->elts, Expr, 0);
    Type *t = check_expr(c, arg, NULL);
    if (t != ty_err && !has_fast_len(t)) REPORT(c, D_CLEN_ARG, arg->span, value_name(c, arg, t));
    return TY.prim[P_INT64];
}

/* for x in crange(n) / crange(a, b): int primitive bounds, an int64 loop variable. */
static bool is_crange_call(Checker *c, Expr *e) {
    return e->kind == E_CALL && is_static_name(c, e->func, "crange");
}

static Type *check_crange(Checker *c, Expr *e) {
    e->call_kind = CALL_DYNAMIC;
    e->func->sym = lookup(c, e->func->id);
    e->func->type = TY.dynamic;
    if (e->elts.len < 1 || e->elts.len > 2 || e->keywords.len) {
        REPORT0(c, D_CRANGE_ARGC, e->span);
        for (int i = 0; i < e->elts.len; i++) check_expr(c, VEC_AT(e->elts, Expr, i), NULL);
        for (int i = 0; i < e->keywords.len; i++) check_expr(c, VEC_AT(e->keywords, Keyword, i)->value, NULL);
    }
    for (int i = 0; i < e->elts.len && e->elts.len <= 2; i++) {
        Expr *a = VEC_AT(e->elts, Expr, i);
        Type *t = check_expr(c, a, is_literalish(a) ? TY.prim[P_INT64] : NULL);
        if (!type_is_int_prim(t) && t != ty_err) REPORT(c, D_CRANGE_ARG, a->span, t->name);
    }
    e->type = TY.dynamic;
    return TY.prim[P_INT64];
}

/* The for-loop iterable: its element type for the target (dynamic when unknown). */
static Type *check_for_iter(Checker *c, Stmt *s) {
    if (is_crange_call(c, s->iter)) return check_crange(c, s->iter);
    Type *it = check_expr(c, s->iter, NULL);
    if (type_is_prim(it)) REPORT(c, D_NOT_ITERABLE, s->iter->span, it->name);
    int g = generic_kind(it);
    if (g == G_CHKLIST || g == G_CHKDICT || g == G_ARRAY) return it->args[0];   /* Array: the primitive */
    return TY.dynamic;
}

/* Results of the typed methods of CheckedList / CheckedDict. */
static Type *generic_method_result(Checker *c, Type *t, const char *name) {
    int g = generic_kind(t);
    if (g == G_CHKLIST) {
        if (!strcmp(name, "pop")) return t->args[0];
        if (!strcmp(name, "index") || !strcmp(name, "count")) return TY.int_;
        if (!strcmp(name, "append") || !strcmp(name, "insert") || !strcmp(name, "remove") ||
            !strcmp(name, "clear") || !strcmp(name, "reverse") || !strcmp(name, "sort") || !strcmp(name, "extend"))
            return TY.none;
        if (!strcmp(name, "copy")) return t;
    } else if (g == G_CHKDICT) {
        if (!strcmp(name, "get")) return type_optional(t->args[1]);
        if (!strcmp(name, "setdefault") || !strcmp(name, "pop")) return t->args[1];
        if (!strcmp(name, "copy")) return t;
        if (!strcmp(name, "clear") || !strcmp(name, "update")) return TY.none;
    }
    return TY.dynamic;
}

/* Typed positional parameters of CheckedList / CheckedDict methods: which type
 * argument (0: T or K, 1: V) the argument at `pos` must fit, optionally Optional. */
static const struct { int generic; const char *name; int pos, arg; bool optional; } generic_params[] = {
    {G_CHKLIST, "append", 0, 0, false}, {G_CHKLIST, "insert", 1, 0, false},
    {G_CHKDICT, "get", 0, 0, false}, {G_CHKDICT, "get", 1, 1, true}, {G_CHKDICT, "pop", 0, 0, false},
    {G_CHKDICT, "setdefault", 0, 0, false}, {G_CHKDICT, "setdefault", 1, 1, true},
};

/* The typed arguments of CheckedList / CheckedDict methods must fit.  The reference's
 * typed signatures of these C methods carry no parameter names: the message numbers the
 * argument (1-based, after the receiver). */
static void check_chklist_method_args(Checker *c, Expr *e, Type *t, const char *name) {
    int g = generic_kind(t);
    for (size_t i = 0; i < ARRAY_LEN(generic_params); i++) {
        int at = generic_params[i].pos;
        if (generic_params[i].generic != g || strcmp(generic_params[i].name, name) || at >= e->elts.len)
            continue;
        Expr *a = VEC_AT(e->elts, Expr, at);
        Type *want = t->args[generic_params[i].arg];
        if (generic_params[i].optional) want = type_optional(want);
        if (a->kind != E_STARRED && a->type && !assignable(want, a->type))
            REPORT(c, D_ARG_MISMATCH_AT, a->span, value_name(c, a, a->type), at + 1, want->name);
    }
}

static Type *builtin_result(const char *name) {
    for (size_t i = 0; i < ARRAY_LEN(builtin_results); i++)
        if (strcmp(builtin_results[i].name, name) == 0) return *builtin_results[i].type;
    return TY.dynamic;
}

/* f(args) / C(args) / mod.f(args) where f or C is declared by an imported static module:
 * checked against the declaration, called as an ordinary Python object. */
static Type *check_foreign_call(Checker *c, Expr *e, FuncDecl *fn, ClassDecl *k) {
    check_expr(c, e->func, NULL);
    e->func->type = TY.dynamic;
    Type *r = k ? k->type : fn->ret;
    if (fn) {
        bind_call(c, e, fn, CALL_STATIC, 0, NULL);
    } else if (k->init) {
        bind_call(c, e, k->init, CALL_CONSTRUCT, 1, NULL);
    } else {
        int given = e->elts.len + e->keywords.len;
        if (given) REPORT(c, D_NO_INIT_ARGS, e->span, k->qualname);
        check_dynamic_args(c, e);
    }
    c->env = env_forget_attrs(c, c->env, NULL, NULL);
    return r;
}

/* The imported declaration a callee expression names: a function or a static class. */
static bool foreign_callee(Checker *c, Expr *f, Symbol *s, FuncDecl **fn, ClassDecl **k) {
    *fn = NULL;
    *k = NULL;
    if (s && s->kind == SYM_GLOBAL) {
        *fn = s->func;
        *k = s->cls;
    } else if (!s && f->kind == E_ATTRIBUTE) {
        Symbol *ms = module_attr_symbol(c, f);
        *fn = ms ? sym_func(ms) : NULL;
        *k = ms ? sym_class(ms) : NULL;
    }
    return *fn || *k;
}

/* CheckedList[T]([... for ...]) / CheckedDict[K, V]({... for ...}): one comprehension of
 * the container's kind, built as that type (the reference rejects a wrong item type at
 * compile time; a display argument stays a plain one, checked by the constructor when
 * it runs, as the reference's older releases and the conformance suite expect). */
static bool is_checked_source(const Expr *e, const Type *gt) {
    if (e->elts.len != 1 || e->keywords.len) return false;
    ExprKind k = VEC_AT(e->elts, Expr, 0)->kind;
    int g = generic_kind(gt);
    return (g == G_CHKDICT && k == E_DICTCOMP) || (g == G_CHKLIST && k == E_LISTCOMP);
}

/* bool(x) of a cbool boxes it (CinderX accepts it like box(x)). */
static bool is_cbool_to_bool(Checker *c, Expr *e, Symbol *s) {
    if (!s || s->kind != SYM_BUILTIN || strcmp(s->name, "bool") || e->elts.len != 1 || e->keywords.len)
        return false;
    Type *t = peek_type(c, VEC_AT(e->elts, Expr, 0));
    if (t && type_is_prim(t) && t->prim == P_CBOOL) {
        e->func->sym = s;
        e->func->type = TY.dynamic;
        return true;
    }
    return false;
}

/* x.m(...) on a union: the union of each member's declared result (a dynamic call). */
static Type *union_method_result(Checker *c, Type *u, const char *name) {
    Type **rs = ARENA_ARRAY(c->a, Type *, u->nargs);
    for (int i = 0; i < u->nargs; i++) {
        ClassDecl *k = static_class_of(u->args[i]);
        FuncDecl *m = k && !class_field(k, name) ? class_method(k, name) : NULL;
        if (generic_kind(u->args[i]) >= 0) rs[i] = generic_method_result(c, u->args[i], name);
        else rs[i] = m && m->method_kind == MK_METHOD ? m->ret : TY.dynamic;
    }
    return union_of_results(c, rs, u->nargs);
}

static Type *check_call(Checker *c, Expr *e, Type *expected) {
    e->call_kind = CALL_DYNAMIC;
    Expr *f = e->func;
    Symbol *s = f->kind == E_NAME ? lookup(c, f->id) : NULL;
    FuncDecl *ffn;
    ClassDecl *fk;
    if (is_simple_call(e) && foreign_callee(c, f, s, &ffn, &fk)) return check_foreign_call(c, e, ffn, fk);
    if (f->kind == E_NAME && !s && strcmp(f->id, "reveal_type") == 0) return check_reveal(c, e, expected);
    if (s && (s->kind == SYM_STATIC || (s->kind == SYM_FUNCTION && is_simple_call(e)))) {
        f->sym = s;
        f->type = TY.dynamic;
        if (s->kind != SYM_FUNCTION) return check_static_builtin(c, e, s, expected);
        Type *r = check_static_call(c, e, s->func);
        c->env = env_forget_attrs(c, c->env, NULL, NULL);
        return r;
    }
    if (is_cbool_to_bool(c, e, s)) return check_box(c, e);
    Type *r = NULL;
    if (s && s->kind == SYM_CLASS && s->cls->is_static && is_simple_call(e) && !defines_new(s->cls)) {
        r = check_construct(c, e, s->cls);
    } else if (s && s->kind == SYM_CLASS && s->cls->is_static && is_simple_call(e) &&
               class_method(s->cls, "__new__")) {
        r = check_new_construct(c, e, s->cls);
    } else if (f->kind == E_ATTRIBUTE && is_simple_call(e) && (r = check_method_call(c, e))) {
        /* resolved */
    } else {
        Type *ft = f->kind == E_ATTRIBUTE && is_simple_call(e) ? f->type : check_expr(c, f, NULL);
        if (type_is_prim(ft)) report_unsupported(c, e, e->span, "call of a primitive value");
        if (maybe_none(ft)) {
            REPORT(c, D_OPTIONAL_CALL, f->span, ft->name);
            check_dynamic_args(c, e);
            return ty_err;
        }
        FuncDecl *dinit = s && s->kind == SYM_GLOBAL && is_simple_call(e) ? dataclass_init(c, f) : NULL;
        if (dinit) {   /* a dataclass: checked against its generated __init__, called as usual */
            bind_call(c, e, dinit, CALL_CONSTRUCT, 1, NULL);
            c->env = env_forget_attrs(c, c->env, NULL, NULL);
            return TY.dynamic;
        }
        Type *gt = f->kind == E_SUBSCRIPT || f->kind == E_NAME ? generic_from_subscript(c, f) : NULL;
        if (gt && is_checked_source(e, gt))   /* CheckedDict[K, V]({...}): built as that type */
            check_expr(c, VEC_AT(e->elts, Expr, 0), gt);
        else
            check_dynamic_args(c, e);
        r = s && s->kind == SYM_BUILTIN ? builtin_result(s->name) : TY.dynamic;
        if (gt) r = gt;   /* CheckedList[T](iterable), ArrayI64(n): the checked type */
        if (f->kind == E_ATTRIBUTE && generic_kind(f->left->type) >= 0) {
            r = generic_method_result(c, f->left->type, f->id);
            check_chklist_method_args(c, e, f->left->type, f->id);
        }
        if (f->kind == E_ATTRIBUTE && f->left->type->kind == TY_UNION)
            r = union_method_result(c, f->left->type, f->id);
        if (s && s->kind == SYM_BUILTIN && strcmp(s->name, "isinstance") == 0) return r;
        Type *nt = object_new_result(c, e);
        if (nt) r = nt;
    }
    c->env = env_forget_attrs(c, c->env, NULL, NULL);   /* a call may change any field */
    return r;
}

/* A comprehension's target names are variables of its own scope: hidden locals of the
 * enclosing function (or of the module body) that lookups inside it find first. Kept
 * across re-checks of the same node. */
static void comp_bind_target(Checker *c, Expr *t) {
    switch (t->kind) {
    case E_NAME: {
        Symbol *s = t->sym && t->sym->hidden ? t->sym : NULL;
        if (!s) {
            FuncDecl *fd = c->fs ? c->fs->fd : c->m->body_func;
            s = sym_new(c, t->id, SYM_LOCAL, t->span);
            s->hidden = true;
            s->type = TY.dynamic;
            s->index = fd->locals.len;
            vec_push(c->a, &fd->locals, s);
        }
        vec_push(c->a, &c->comp_syms, s);
        s->is_cell = vec_has_str(&c->comp_cells, t->id);   /* a function made inside uses it */
        t->sym = s;
        t->type = TY.dynamic;
        return;
    }
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->elts.len; i++) comp_bind_target(c, VEC_AT(t->elts, Expr, i));
        t->type = TY.dynamic;
        return;
    default:
        report_unsupported(c, t, t->span, "comprehension target");
        t->type = TY.dynamic;
        return;
    }
}

/* [elt for ...], {elt for ...}, {k: v for ...}: the first iterable belongs to the
 * enclosing scope; elements are objects (a CheckedList/CheckedDict context checks them
 * against the element types and gives the comprehension that type). */
static void check_async_context(Checker *c, Span sp, const char *what);

static Type *check_comprehension(Checker *c, Expr *e, Type *expected) {
    int saved = c->comp_syms.len;
    const char *saved_what = c->comp_what;
    c->comp_what = e->kind == E_LISTCOMP ? "list comprehension" : e->kind == E_SETCOMP ? "set comprehension"
                                                                                    : "dict comprehension";
    int g = generic_kind(expected);
    bool checked = (g == G_CHKLIST && e->kind == E_LISTCOMP) || (g == G_CHKDICT && e->kind == E_DICTCOMP);
    for (int i = 0; i < e->comps.len; i++) {
        Comprehension *q = VEC_AT(e->comps, Comprehension, i);
        if (q->is_async) check_async_context(c, q->span, "async for");
        Type *it = check_expr(c, q->iter, NULL);
        if (type_is_prim(it)) REPORT(c, D_NOT_ITERABLE, q->iter->span, it->name);
        c->comp_cells = VEC_AT(e->comps, Comprehension, 0)->cellvars;
        comp_bind_target(c, q->target);
        c->comp_cells = (PtrVec){0};
        for (int j = 0; j < q->ifs.len; j++) check_expr(c, VEC_AT(q->ifs, Expr, j), NULL);
    }
    Type *result = e->kind == E_LISTCOMP ? TY.list : e->kind == E_SETCOMP ? TY.set : TY.dict;
    if (checked) {
        Expr *parts[2] = {e->kind == E_DICTCOMP ? e->left : e->body, e->right};
        Type *bad[2] = {NULL, NULL};
        for (int i = 0; i < (e->kind == E_DICTCOMP ? 2 : 1); i++) {
            Type *want = expected->args[i], *t = check_expr(c, parts[i], want);
            if (!assignable(want, t)) bad[i] = t;
        }
        result = checked_result(c, e, expected, bad);
    } else if (e->kind == E_DICTCOMP) {
        check_object_expr(c, e->left, USE_CONTAINER);
        check_object_expr(c, e->right, USE_CONTAINER);
    } else {
        check_object_expr(c, e->body, USE_CONTAINER);
    }
    c->comp_syms.len = saved;
    c->comp_what = saved_what;
    return result;
}

/* f-strings: every formatted value must be an object (§1.2.1). */
static Type *check_joinedstr(Checker *c, Expr *e) {
    for (int i = 0; i < e->elts.len; i++) {
        Expr *part = VEC_AT(e->elts, Expr, i);
        if (part->kind != E_FORMATTED) { check_expr(c, part, NULL); continue; }
        Type *t = check_expr(c, part->left, NULL);
        if (type_is_prim(t)) diag_report(c->d, c->path, D_PRIM_FORMAT, part->left->span);
        if (part->right) check_expr(c, part->right, NULL);
        part->type = TY.str;
    }
    return TY.str;
}

static Type *check_lambda(Checker *c, Expr *e);
static Type *check_genexp(Checker *c, Expr *e);
static void assign_target(Checker *c, Expr *t, Type *vt, Span span, Stmt *decl);

/* yield [x] / yield from x: a generator function's suspension point; the value is an
 * object (primitives must be boxed), the result (the value sent in) is dynamic. */
static Type *check_yield(Checker *c, Expr *e) {
    bool synthesized = e->what != NULL;   /* a generator expression's own yield */
    if (!c->fs) REPORT0(c, D_YIELD_OUTSIDE, e->span);
    else if (c->comp_what && !synthesized) REPORT(c, D_YIELD_IN_COMP, e->span, c->comp_what);
    else if (e->kind == E_YIELDFROM && c->fs->fd->is_coroutine) REPORT0(c, D_YIELD_FROM_ASYNC, e->span);
    if (e->left) {
        const char *saved = c->comp_what;
        if (synthesized) c->comp_what = e->what;
        check_object_expr(c, e->left, USE_ASSIGN_DYNAMIC);
        c->comp_what = saved;
    }
    return TY.dynamic;
}

/* Is the code being checked directly in an async def (comprehensions included)? */
static bool in_class_body(const Checker *c);
static bool in_async(Checker *c) { return c->fs && c->fs->fd->is_coroutine && !in_class_body(c); }

/* await, async for / async with (what), async comprehensions: CPython's SyntaxErrors
 * outside async functions. */
static void check_async_context(Checker *c, Span sp, const char *what) {
    if (in_async(c)) return;
    if (c->comp_what && strcmp(c->comp_what, "generator expression") != 0) REPORT0(c, D_ASYNC_COMP_OUTSIDE, sp);
    else if ((!c->fs || in_class_body(c)) && !strcmp(what, "await")) REPORT0(c, D_AWAIT_OUTSIDE, sp);
    else REPORT(c, D_ASYNC_OUTSIDE, sp, what);
}

/* await x: a coroutine of a static async def gives its declared result type (checked
 * with a CAST when it arrives); anything else gives a dynamic value. */
static Type *check_await(Checker *c, Expr *e) {
    check_async_context(c, e->span, "await");
    Type *t = check_expr(c, e->left, NULL);
    if (type_is_prim(t)) REPORT0(c, D_AWAIT_PRIM, e->left->span);
    FuncDecl *f = e->left->kind == E_CALL ? e->left->callee : NULL;
    if (f && f->is_coroutine && !f->is_generator && f->coro_ret && !type_is_prim(f->coro_ret)) return f->coro_ret;
    return TY.dynamic;
}

static Type *check_expr_kind(Checker *c, Expr *e, Type *expected) {
    switch (e->kind) {
    case E_NAME: return check_name(c, e);
    case E_INT: return literal_int_type(c, e, false, expected, e->span);
    case E_FLOAT: return type_is_prim(expected) && expected->prim == P_DOUBLE ? expected : TY.float_;
    case E_IMAG: return TY.complex;
    case E_STR: return TY.str;
    case E_BYTES: return TY.bytes;
    case E_TRUE: case E_FALSE:
        return type_is_prim(expected) && expected->prim == P_CBOOL ? expected : TY.bool_;
    case E_NONE: return TY.none;
    case E_ELLIPSIS: return TY.dynamic;
    case E_BINOP: return check_binop(c, e, expected);
    case E_UNARYOP: return check_unary(c, e, expected);
    case E_BOOLOP: return check_boolop(c, e, expected);
    case E_COMPARE: return check_compare(c, e);
    case E_CALL: return check_call(c, e, expected);
    case E_ATTRIBUTE: return check_attribute(c, e);
    case E_SUBSCRIPT: return check_subscript(c, e);
    case E_SLICE:
        check_slice_part(c, e->lower);
        check_slice_part(c, e->upper);
        check_slice_part(c, e->step);
        return TY.dynamic;
    case E_IFEXP: return check_ifexp(c, e, expected);
    case E_TUPLE: case E_LIST: case E_SET: case E_DICT: return check_display(c, e, expected);
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: return check_comprehension(c, e, expected);
    case E_JOINEDSTR: return check_joinedstr(c, e);
    case E_LAMBDA: return check_lambda(c, e);
    case E_GENEXP: return check_genexp(c, e);
    case E_YIELD: case E_YIELDFROM: return check_yield(c, e);
    case E_AWAIT: return check_await(c, e);
    case E_NAMEDEXPR: {
        Type *t = check_expr(c, e->right, NULL);
        assign_target(c, e->left, t, e->span, NULL);
        return t;
    }
    case E_STARRED:
        check_object_expr(c, e->left, USE_CONTAINER);
        return TY.dynamic;
    case E_UNSUPPORTED:
        report_unsupported(c, e, e->span, e->what ? e->what : "expression");
        return TY.dynamic;
    default:
        return TY.dynamic;
    }
}

/* Bidirectional: `expected` (may be NULL) only gives literals their type; the caller
 * checks assignability.  Sets and returns e->type. */
static Type *check_expr(Checker *c, Expr *e, Type *expected) {
    Type *t = check_expr_kind(c, e, expected);
    e->type = t ? t : TY.dynamic;
    return e->type;
}

/* ---------------------------------------------------------------- narrowing */

/* A local whose object type may be narrowed (globals can change behind our back). */
static Symbol *narrowable(Checker *c, Expr *e) {
    if (e && e->kind == E_ATTRIBUTE) return attr_key(c, e);
    if (!c->fs || !e || e->kind != E_NAME || !e->sym || e->sym->kind != SYM_LOCAL) return NULL;
    return type_is_prim(e->sym->type) ? NULL : e->sym;
}

/* The type a narrowing starts from: a local's flow type (which may be a Literal or
 * Exact view of its expression type), else the expression's. */
static Type *flow_type(Checker *c, Expr *e) {
    Type *t = e->kind == E_NAME && e->sym && e->sym->kind == SYM_LOCAL ? env_get(c->env, e->sym) : NULL;
    return t && type_widen(t) == e->type && t->refines != TY.none ? t : e->type;
}

static bool may_be_none(const Type *t) {
    return type_has_none(t) || t->kind == TY_DYNAMIC || t == TY.object;
}

/* x is None / x is not None (either operand order). */
static void narrow_is_none(Checker *c, Expr *e, Env **te, Env **fe) {
    if (e->elts.len != 2 || (e->cmp_ops[0] != CMP_IS && e->cmp_ops[0] != CMP_ISNOT)) return;
    Expr *a = VEC_AT(e->elts, Expr, 0), *b = VEC_AT(e->elts, Expr, 1);
    if (a->kind == E_NONE) { Expr *t = a; a = b; b = t; }
    Symbol *s = narrowable(c, a);
    if (!s || b->kind != E_NONE) return;
    Type *cur = flow_type(c, a);
    Env *is = may_be_none(cur) ? env_with(c, c->env, s, TY.none) : c->env;
    Env *isnt = cur == TY.none ? env_with(c, c->env, s, TY.dynamic)   /* unreachable */
              : type_has_none(cur) ? env_narrowed(c, c->env, s, cur, type_without_none(cur)) : c->env;
    bool positive = e->cmp_ops[0] == CMP_IS;
    *te = positive ? is : isnt;
    *fe = positive ? isnt : is;
}

/* The class an isinstance() class argument names: builtin or static class; `A | B` and
 * a tuple (A, B) name the union of theirs (NULL when one is unknown). */
static Type *isinstance_class(Checker *c, Expr *ce) {
    if (ce->kind == E_TUPLE || (ce->kind == E_BINOP && ce->op == OP_BITOR)) {
        int n = ce->kind == E_TUPLE ? ce->elts.len : 2;
        if (n == 0) return NULL;
        Type **ts = ARENA_ARRAY(c->a, Type *, n);
        for (int i = 0; i < n; i++) {
            Expr *x = ce->kind == E_TUPLE ? VEC_AT(ce->elts, Expr, i) : i ? ce->right : ce->left;
            if (!(ts[i] = x->kind == E_NONE ? TY.none : isinstance_class(c, x))) return NULL;
        }
        return type_union(ts, n);
    }
    if (ce->kind != E_NAME || !ce->sym) return NULL;
    if (ce->sym->kind == SYM_BUILTIN) return type_builtin_by_name(ce->id);
    if (ce->sym->kind == SYM_CLASS && ce->sym->cls->is_static) return ce->sym->cls->type;
    if (ce->sym->kind == SYM_GLOBAL && ce->sym->cls) return ce->sym->cls->type;   /* imported */
    /* a class the checker does not know (imported from a plain module): x is some
     * instance of it, so dynamic, as in the reference */
    if (ce->sym->kind == SYM_GLOBAL && ce->sym->type->kind == TY_DYNAMIC) return TY.dynamic;
    return NULL;
}

/* isinstance(x, C) / isinstance(x, (C, D)): x is a C in the true branch (a tuple
 * narrows to the nearest common base of its classes). */
static void narrow_isinstance(Checker *c, Expr *e, Env **te, Env **fe) {
    Expr *f = e->func;
    if (f->kind != E_NAME || !f->sym || f->sym->kind != SYM_BUILTIN || strcmp(f->id, "isinstance") ||
        e->elts.len != 2 || e->keywords.len)
        return;
    Expr *x = VEC_AT(e->elts, Expr, 0), *ce = VEC_AT(e->elts, Expr, 1);
    Symbol *s = narrowable(c, x);
    if (!s) return;
    Type *cls = isinstance_class(c, ce);
    Type *cur = flow_type(c, x), *to = NULL;
    if (!cls || cur == ty_err) return;
    Type *base = cur->kind == TY_OPTIONAL ? cur->inner : cur;
    if (cls->kind == TY_CLASS && base->kind == TY_CLASS && type_is_subclass(base, cls)) to = base;
    else if (cls != TY.object) to = cls;   /* the reference: x is an instance of the class */
    if (to && to != TY.object) *te = env_with(c, c->env, s, to);
    /* not an instance: the members of a union (or Optional) the class does not cover */
    if (cur->kind == TY_UNION || cur->kind == TY_OPTIONAL) {
        Type **rest = ARENA_ARRAY(c->a, Type *, cur->nargs + 2);
        int n = 0;
        Type *const *ms = cur->kind == TY_UNION ? cur->args : (Type *const[]){cur->inner, TY.none};
        int nm = cur->kind == TY_UNION ? cur->nargs : 2;
        for (int i = 0; i < nm; i++)
            if (!type_is_subtype(cls, ms[i])) rest[n++] = ms[i];
        if (n > 0 && n < nm) *fe = env_narrowed(c, c->env, s, cur, type_union(rest, n));
    }
}

static void check_not_cond(Checker *c, Expr *e, Env **te, Env **fe) {
    check_cond(c, e->left, fe, te);
    Type *t = e->left->type;
    if (type_is_prim(t) && t->prim == P_DOUBLE) REPORT0(c, D_CANNOT_INVERT, e->span);
    e->type = type_is_prim(t) ? TY.prim[P_CBOOL] : TY.bool_;
}

static void check_boolop_cond(Checker *c, Expr *e, Env **te, Env **fe) {
    Env *env = c->env, *lt, *lf, *rt, *rf;
    check_cond(c, e->left, &lt, &lf);
    c->env = e->op == BOOL_AND ? lt : lf;
    check_cond(c, e->right, &rt, &rf);
    Type *a = e->left->type, *b = e->right->type;
    coerce_literal_pair(c, e->left, &a, e->right, &b);
    c->env = env;
    /* only truth values are used in a condition: cbool and bool operands may mix */
    if (type_is_prim(a) != type_is_prim(b) && a != ty_err && b != ty_err) e->type = TY.bool_;
    else e->type = join_types(c, a, b, e->span);
    if (e->op == BOOL_AND) {
        *te = rt;
        *fe = env_join(c, lf, rf);
    } else {
        *te = env_join(c, lt, rt);
        *fe = rf;
    }
}

/* Can testing a value of type t for truth run user code (a __bool__ / __len__ that
 * may assign fields)?  Not for primitives and builtin values and containers. */
static bool truth_may_run_code(const Type *t) {
    if (t->kind == TY_OPTIONAL) t = t->inner;
    if (t->kind == TY_PRIM || t == ty_err || t->kind == TY_VOID) return false;
    if (t->kind != TY_CLASS || t == TY.object) return true;
    if (t->origin) return false;   /* CheckedList / CheckedDict / Array */
    const Type *safe[] = {TY.bool_, TY.int_, TY.str, TY.bytes, TY.float_, TY.none,
                          TY.list, TY.dict, TY.tuple, TY.set, TY.complex};
    for (size_t i = 0; i < ARRAY_LEN(safe); i++)
        if (t == safe[i]) return false;
    return true;
}

/* Checks a condition; *te / *fe are the environments where it is true / false. */
static void check_cond(Checker *c, Expr *e, Env **te, Env **fe) {
    *te = *fe = c->env;
    switch (e->kind) {
    case E_UNARYOP:
        if (e->op == UOP_NOT) {
            check_not_cond(c, e, te, fe);
            return;
        }
        break;
    case E_BOOLOP:
        check_boolop_cond(c, e, te, fe);
        return;
    case E_TRUE:
        *fe = &env_dead_;
        break;
    case E_FALSE:
        *te = &env_dead_;
        break;
    case E_INT:
        if (!e->big && e->ival == 0) *te = &env_dead_;
        else *fe = &env_dead_;
        break;
    default:
        break;
    }
    check_expr(c, e, NULL);
    if (truth_may_run_code(e->type)) {   /* its __bool__ may change any field */
        c->env = env_forget_attrs(c, c->env, NULL, NULL);
        *te = *fe = c->env;
    }
    if (e->kind == E_COMPARE) narrow_is_none(c, e, te, fe);
    if (e->kind == E_CALL) narrow_isinstance(c, e, te, fe);
    if (e->kind == E_ATTRIBUTE) return;   /* fields narrow on `is None` / isinstance only */
    Symbol *s = narrowable(c, e);
    Type *ft = s ? flow_type(c, e) : e->type;
    if (s && ft != TY.none && type_has_none(ft))
        *te = env_narrowed(c, c->env, s, ft, type_without_none(ft));
    if (s && e->type == TY.none) *te = env_with(c, c->env, s, TY.dynamic);   /* unreachable */
}

/* ---------------------------------------------------------------- statements */

static void check_stmts(Checker *c, PtrVec *body);
static void check_function(Checker *c, FuncDecl *fd);
static bool is_declaration_stub(Checker *c, const FuncDecl *fd);
static void check_def_header(Checker *c, Stmt *s);

static LocalInfo *local_info(Checker *c, Symbol *s) { return &c->fs->info[s->index]; }

/* The first assignment of an unannotated local fixes its storage type (§1.4):
 * a primitive if the value is one, else dynamic. */
static void decide_local(Checker *c, Symbol *s, Type *vt) {
    LocalInfo *li = local_info(c, s);
    if (li->decided) return;
    li->decided = true;
    s->type = type_is_prim(vt) ? vt : TY.dynamic;
    if (type_is_prim(vt) && li->read_undecided) c->fs->recheck = true;
}

/* After storing a value of type vt, the local holds a vt when that needs no check. */
static void narrow_after_store(Checker *c, Symbol *s, Type *vt) {
    if (type_is_prim(s->type)) {
        prim_assigned(c, s);
        return;
    }
    c->env = env_forget_attrs(c, c->env, s, NULL);
    Type *n = NULL;
    if (type_is_object(vt) && vt->kind != TY_DYNAMIC && vt != s->type &&
        type_assignable(s->type, vt) && !type_needs_cast(s->type, vt))
        n = vt;
    /* the reference keeps a constant's Literal type and a new instance's Exact type in
     * the local's flow type (reveal_type shows them); reads see the class itself */
    if (vt->kind == TY_CLASS && c->rhs && c->rhs->type == vt && type_assignable(s->type, vt)) {
        const char *shown = c->rhs->kind == E_NONE ? "Exact[None]" : value_name_as(c, c->rhs, vt, true);
        if (strcmp(shown, vt->name) != 0) n = type_refined(vt, shown);
    }
    c->env = env_with(c, c->env, s, n);
}

/* The type a value assigned to `t` should take (literals), or NULL. */
static Type *target_expected(Checker *c, Expr *t) {
    if (t->kind == E_ATTRIBUTE) return peek_type(c, t);
    if (t->kind == E_SUBSCRIPT && t->right && t->right->kind != E_SLICE) {
        Type *lt = peek_type(c, t->left);
        int g = generic_kind(lt);
        return g >= 0 ? lt->args[lt->nargs - 1] : NULL;
    }
    if (t->kind == E_SUBSCRIPT && t->right) {   /* cl[a:b] = [...]: the display is a CheckedList too */
        Type *lt = peek_type(c, t->left);
        return generic_kind(lt) == G_CHKLIST ? lt : NULL;
    }
    if (t->kind != E_NAME) return NULL;
    Symbol *s = lookup(c, t->id);
    if (!s || (s->kind != SYM_LOCAL && s->kind != SYM_GLOBAL)) return NULL;
    if (s->kind == SYM_LOCAL && !local_info(c, s)->decided) return NULL;
    return s->type;
}

static void store_global(Checker *c, Expr *t, Symbol *s, Type *vt, Span span, Stmt *decl) {
    GlobalInfo *g = global_info(c, s->name);
    if (s->is_final && (!decl || decl != g->final_decl)) REPORT0(c, D_FINAL_ASSIGN, t->span);
    if (type_is_prim(vt)) REPORT0(c, D_PRIM_GLOBAL, span);
    else if (!assignable(s->type, vt)) REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), s->type->name);
}

static Symbol *class_scope_bind(Checker *c, const char *name, Type *t, Span span);
static bool in_class_body(const Checker *c);

/* `x = None` and later `x: str = ...` in one function: the reference declares x by the
 * first store, so the annotation redefines it ("Cannot redefine local variable x").
 * A first store of the annotated type itself is accepted, as a repeated annotation is. */
static bool stored_before_annotation(Checker *c, Symbol *s, Span at, Type *vt) {
    if (!c->fs || s->index >= c->fs->ninfo || s->index < c->fs->fd->params.len) return false;
    if (vt == s->type || vt == ty_err) return false;
    LocalInfo *li = &c->fs->info[s->index];
    Stmt *ann = li->ann_stmt;
    if (!ann || ann->span.line < at.line || (ann->span.line == at.line && ann->span.col <= at.col))
        return false;
    li->stored_before_ann = true;
    return true;
}

static void assign_name(Checker *c, Expr *t, Type *vt, Span span, Stmt *decl) {
    if (in_class_body(c)) {   /* a name a class body binds: an entry of its namespace */
        require_object(c, t, vt, USE_ASSIGN_DYNAMIC);
        t->sym = class_scope_bind(c, t->id, vt, span);
        t->type = TY.dynamic;
        return;
    }
    Symbol *s = lookup(c, t->id);
    t->sym = s;
    t->type = TY.dynamic;
    if (!s) return;
    if (s->kind == SYM_LOCAL) {
        if (s->is_final && decl != local_info(c, s)->ann_stmt) REPORT0(c, D_FINAL_ASSIGN, t->span);
        decide_local(c, s, vt);
        if (stored_before_annotation(c, s, t->span, vt)) {   /* reported at the annotation */
            narrow_after_store(c, s, TY.dynamic);
            t->type = s->type;
            return;
        }
        if (!assignable(s->type, vt))
            REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), s->type->name);
        narrow_after_store(c, s, vt);
    } else if (s->kind == SYM_GLOBAL) {
        store_global(c, t, s, vt, span, decl);
    } else {
        require_object(c, t, vt, USE_ASSIGN_DYNAMIC);
    }
    t->type = s->type;
}

/* Is the store `t` (a field of `f`'s owner) the initialisation in its own __init__? */
static bool in_own_init(Checker *c, Expr *t, FieldDecl *f) {
    if (!c->fs) return false;
    FuncDecl *fd = c->fs->fd;
    return fd->cls == f->owner && strcmp(fd->name, "__init__") == 0 && fd->params.len > 0 &&
           t->left->kind == E_NAME && t->left->sym == VEC_AT(fd->params, Param, 0)->sym;
}

/* Checks the store-side rules of a field/property/class attribute after t is
 * resolved; returns true when the store is fully handled (typed). */
static bool store_member(Checker *c, Expr *t, Type *vt, Span span) {
    ClassDecl *k = static_class_of(t->left->type);
    if (t->field) {
        FieldDecl *f = t->field;
        if (f->is_final && !in_own_init(c, t, f)) REPORT(c, D_FINAL_ATTR, t->span, k->qualname, t->id);
        else if (!assignable(f->type, vt)) REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), f->type->name);
        t->type = f->type;
        c->env = env_forget_attrs(c, c->env, NULL, f);
        Symbol *key = attr_key(c, t);
        if (key && type_is_object(vt) && vt->kind != TY_DYNAMIC && vt != f->type &&
            type_assignable(f->type, vt) && !type_needs_cast(f->type, vt)) {
            bool none = vt == TY.none && c->rhs && c->rhs->kind == E_NONE;
            c->env = env_with(c, c->env, key, none ? type_refined(TY.none, "Exact[None]") : vt);
        }
        return true;
    }
    /* a setter or an attribute the checker does not know may run any code */
    c->env = env_forget_attrs(c, c->env, NULL, NULL);
    FuncDecl *setter = k ? class_method_kind(k, t->id, true) : NULL;
    /* another module's property, or one a subclass field replaces: a dynamic store */
    if (setter && (!is_local_class(c, k) || !is_local_func(c, setter) || setter->field_overridden)) {
        Type *pt = setter->params.len > 1 ? VEC_AT(setter->params, Param, 1)->type : TY.dynamic;
        if (!assignable(pt, vt)) REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), pt->name);
        t->type = pt;
        return true;
    }
    if (setter) {
        t->attr_kind = ATTR_PROPERTY;
        t->setter = setter;
        t->virtual_call = !(setter->is_final || k->is_final);
        Type *pt = setter->params.len > 1 ? VEC_AT(setter->params, Param, 1)->type : TY.dynamic;
        if (!assignable(pt, vt)) REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), pt->name);
        t->type = pt;
        return true;
    }
    if (k) {
        Symbol *cv = class_var(k, t->id);
        if (cv && cv->orig) REPORT(c, D_CLASSVAR_ASSIGN, t->span, t->id, k->qualname);
    }
    ClassDecl *ck = class_named(c, t->left);
    Symbol *cv = ck ? class_var(ck, t->id) : NULL;
    if (cv && cv->is_final) REPORT(c, D_FINAL_ATTR, t->span, ck->qualname, t->id);
    FieldDecl *cf = ck && !cv ? class_field(ck, t->id) : NULL;
    if (cf && !cf->default_ && type_is_object(vt) && vt->kind != TY_DYNAMIC)   /* C.x of a plain slot: a descriptor */
        REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), "types.MemberDescriptorType");
    return false;
}

static bool assign_attribute(Checker *c, Expr *t, Type *vt, Span span) {
    check_enum_store(c, t);
    Type *lt = check_expr(c, t->left, NULL);
    Type *at = resolve_attribute(c, t, lt);
    if (at == ty_err) return true;
    if (t->attr_kind == ATTR_PROPERTY) t->attr_kind = ATTR_DYNAMIC;   /* getter found: recheck as store */
    t->callee = NULL;
    return store_member(c, t, vt, span);
}

static void assign_target(Checker *c, Expr *t, Type *vt, Span span, Stmt *decl) {
    switch (t->kind) {
    case E_NAME:
        assign_name(c, t, vt, span, decl);
        return;
    case E_TUPLE: case E_LIST:
        if (type_is_prim(vt)) REPORT(c, D_NOT_ITERABLE, span, vt->name);
        for (int i = 0; i < t->elts.len; i++)
            assign_target(c, VEC_AT(t->elts, Expr, i), TY.dynamic, span, NULL);
        t->type = TY.dynamic;
        return;
    case E_STARRED:
        assign_target(c, t->left, TY.list, span, NULL);
        t->type = TY.dynamic;
        return;
    case E_ATTRIBUTE:
        if (assign_attribute(c, t, vt, span)) return;
        break;
    case E_SUBSCRIPT: {
        check_subscript(c, t);
        Type *et = subscript_elem_store(t);
        if (!et) break;
        if (!assignable(et, vt)) REPORT(c, D_ASSIGN_MISMATCH, span, stored_name(c, vt), et->name);
        t->type = et;
        return;
    }
    default:
        report_unsupported(c, t, t->span, "assignment target");
        break;
    }
    t->type = TY.dynamic;
    if (type_is_prim(vt)) REPORT(c, D_ASSIGN_MISMATCH, span, vt->name, "dynamic");
}

static void check_assign(Checker *c, Stmt *s) {
    Type *exp = s->targets.len == 1 ? target_expected(c, VEC_AT(s->targets, Expr, 0)) : NULL;
    Type *vt = check_expr(c, s->value, exp);
    c->rhs = s->value;
    for (int i = 0; i < s->targets.len; i++)
        assign_target(c, VEC_AT(s->targets, Expr, i), vt, s->value->span, NULL);
    c->rhs = NULL;
}

/* A single-value Literal[...] annotation of a bool or int: its name (Literal[False],
 * Literal[1]), else NULL.  The declared type is the class (types.h: refined types live
 * only in flow facts), so values stored or returned there are checked against the
 * literal here as well, as the reference types them. */
static const char *ann_literal_name(Checker *c, Expr *ann) {
    if (!ann || ann->kind != E_SUBSCRIPT || !is_typing_name(c, ann->left, "Literal") || !ann->right) return NULL;
    Type *k = literal_class(ann->right);
    if (k != TY.bool_ && k != TY.int_) return NULL;
    const char *n = value_name(c, ann->right, k);
    return strncmp(n, "Literal[", 8) == 0 ? n : NULL;
}

/* A value as a Literal check sees it: a literal, a local holding one (its flow type),
 * else its type's name. */
static const char *literal_shown(Checker *c, Expr *e, Type *t) {
    const char *shown = value_name(c, e, t);
    Symbol *s = e->kind == E_NAME ? e->sym : NULL;
    Type *flow = s && s->kind == SYM_LOCAL && !s->hidden ? env_get(c->env, s) : NULL;
    return flow && flow != t && type_widen(flow) == t ? flow->name : shown;
}

/* Does a value of type vt (checked against lit's class already) fit Literal `lit`? */
static bool fits_literal(Checker *c, const char *lit, Expr *e, Type *vt) {
    return !lit || vt->kind == TY_DYNAMIC || strcmp(literal_shown(c, e, vt), lit) == 0;
}

/* `obj.a: T = v` where obj.a is no field: the reference declares fields from __init__
 * and the class body only, so this is an ordinary attribute store (a static class's
 * instance has no such slot: AttributeError at run time, as in the reference), but v
 * must still be a T, as for a local. */
static void ann_attribute_store(Checker *c, Stmt *s, Type *at) {
    Type *vt = check_expr(c, s->value, at);
    bool ok = vt == ty_err || at == ty_err || type_is_prim(vt) || assignable(at, vt);
    if (!ok) REPORT(c, D_ASSIGN_MISMATCH, s->value->span, value_name(c, s->value, vt), at->name);
    c->rhs = s->value;
    assign_target(c, s->target, ok ? vt : ty_err, s->value->span, s);
    c->rhs = NULL;
}

static void check_annassign(Checker *c, Stmt *s) {
    Expr *t = s->target;
    if (t->kind != E_NAME) {
        bool fin = false;
        Type *at = resolve_ann(c, s->annotation, ANN_ALLOW_FINAL, &fin);
        Type *ft = target_expected(c, t);
        if (s->value && at && ft && at != ft) {   /* re-declaration: reported while declaring */
            check_expr(c, s->value, at);
            assign_target(c, t, ty_err, s->value->span, s);
            return;
        }
        if (s->value && at && !ft) {   /* no field: an ordinary attribute store, of a T */
            ann_attribute_store(c, s, at);
            return;
        }
    }
    if (t->kind == E_NAME && c->fs) {
        Symbol *ls = lookup(c, t->id);
        if (ls && ls->kind == SYM_LOCAL && ls->index < c->fs->ninfo &&
            c->fs->info[ls->index].stored_before_ann && c->fs->info[ls->index].ann_stmt == s)
            REPORT(c, D_REDEFINE_LOCAL, s->span, t->id);
    }
    if (!s->value) {
        if (t->kind == E_NAME) {
            t->sym = lookup(c, t->id);
            t->type = t->sym ? t->sym->type : TY.dynamic;
            if (t->sym) prim_assigned(c, t->sym);   /* declared: reads as 0 */
        } else {
            check_expr(c, t, NULL);
        }
        return;
    }
    for (int i = 0; i < c->bad_ann.len; i++) {
        if (c->bad_ann.items[i] != s) continue;
        check_expr(c, s->value, NULL);   /* already reported: no cascade */
        t->sym = lookup(c, t->id);
        t->type = t->sym ? t->sym->type : TY.dynamic;
        return;
    }
    Type *vt = check_expr(c, s->value, target_expected(c, t));
    const char *lit = ann_literal_name(c, s->annotation);
    if (lit && assignable(literal_class(s->annotation->right), vt) && !fits_literal(c, lit, s->value, vt))
        REPORT(c, D_ASSIGN_MISMATCH, s->value->span, literal_shown(c, s->value, vt), lit);
    c->rhs = s->value;
    assign_target(c, t, vt, s->value->span, s);
    c->rhs = NULL;
}

static void check_augassign(Checker *c, Stmt *s) {
    Expr *t = s->target;
    Type *tt = check_expr(c, t, NULL);
    Type *vt = check_expr(c, s->value, type_is_prim(tt) && is_literalish(s->value) ? tt : NULL);
    Type *rt = binop_result(c, s->op, tt, vt, s->span, t, s->value);
    if (t->kind == E_NAME) {
        assign_name(c, t, rt, s->value->span, NULL);
    } else if (t->kind == E_ATTRIBUTE && tt != ty_err) {
        if (t->attr_kind == ATTR_PROPERTY) t->attr_kind = ATTR_DYNAMIC;
        if (!store_member(c, t, rt, s->value->span) && type_is_prim(rt))
            REPORT(c, D_ASSIGN_MISMATCH, s->value->span, rt->name, "dynamic");
        t->type = tt;
    } else if (t->kind == E_SUBSCRIPT && subscript_elem_store(t)) {
        Type *et = subscript_elem_store(t);
        if (!assignable(et, rt)) REPORT(c, D_ASSIGN_MISMATCH, s->value->span, rt->name, et->name);
    } else if (type_is_prim(rt)) {
        REPORT(c, D_ASSIGN_MISMATCH, s->value->span, rt->name, "dynamic");
    }
}

/* Forgets narrowings of every local a loop assigns (the loop head joins them). */
static void kill_target(Checker *c, Expr *t) {
    if (!t) return;
    if (t->kind == E_NAME) {
        Symbol *s = c->fs ? lookup(c, t->id) : NULL;
        if (s && s->kind == SYM_LOCAL) c->env = env_with(c, c->env, s, NULL);
    } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
        for (int i = 0; i < t->elts.len; i++) kill_target(c, VEC_AT(t->elts, Expr, i));
    } else if (t->kind == E_STARRED) {
        kill_target(c, t->left);
    }
}

static void kill_name(Checker *c, const char *name) {
    Symbol *s = c->fs ? lookup(c, name) : NULL;
    if (s && s->kind == SYM_LOCAL && !type_is_prim(s->type)) c->env = env_with(c, c->env, s, NULL);
}

static void kill_assigned(Checker *c, PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        for (int j = 0; j < s->targets.len; j++) kill_target(c, VEC_AT(s->targets, Expr, j));
        if (s->kind != S_IMPORT && s->kind != S_IMPORTFROM) kill_target(c, s->target);
        if (s->kind == S_FUNCDEF || s->kind == S_CLASSDEF) kill_name(c, s->name);
        for (int j = 0; (s->kind == S_IMPORT || s->kind == S_IMPORTFROM) && j < s->names.len; j++) {
            Alias *al = VEC_AT(s->names, Alias, j);
            kill_name(c, s->kind == S_IMPORT ? import_binding(c, al) : al->asname ? al->asname : al->name);
        }
        kill_assigned(c, &s->body);
        kill_assigned(c, &s->orelse);
        kill_assigned(c, &s->finalbody);
        for (int j = 0; j < s->handlers.len; j++) {
            ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, j);
            if (h->target) kill_target(c, h->target);
            kill_assigned(c, &h->body);
        }
        for (int j = 0; s->kind == S_WITH && j < s->items.len; j++) {
            WithItem *w = VEC_AT(s->items, WithItem, j);
            if (w->target) kill_target(c, w->target);
        }
        if (s->kind == S_MATCH) {
            PtrVec ts = match_targets(c, s);
            for (int j = 0; j < ts.len; j++) kill_target(c, VEC_AT(ts, Expr, j));
            for (int j = 0; j < s->cases.len; j++) kill_assigned(c, &VEC_AT(s->cases, MatchCase, j)->body);
        }
    }
}

static void check_if(Checker *c, Stmt *s) {
    Env *te, *fe;
    check_cond(c, s->test, &te, &fe);
    c->env = te;
    check_stmts(c, &s->body);
    Env *after_body = c->env;
    c->env = fe;
    check_stmts(c, &s->orelse);
    c->env = env_join(c, after_body, c->env);
}

static bool env_same(Env *x, Env *y) {
    if (x->dead || y->dead) return x->dead == y->dead;
    if (x->n != y->n) return false;
    for (int i = 0; i < x->n; i++)
        if (env_get(y, x->syms[i]) != x->types[i] || env_unchecked(y, x->syms[i]) != x->unchecked[i])
            return false;
    return true;
}

typedef struct LoopPass { Env *head, *exit, *breaks; } LoopPass;

/* One pass over a loop: the test (while) or the target store (for), then the body,
 * starting from `head`.  Returns the environment flowing back to the head. */
static Env *loop_pass(Checker *c, Stmt *s, Type *elem, LoopPass *lp_out) {
    Loop lp = {.outer = c->loop, .breaks = &env_dead_, .continues = &env_dead_};
    Env *te = lp_out->head, *fe = lp_out->head;
    c->env = lp_out->head;
    if (s->kind == S_WHILE) check_cond(c, s->test, &te, &fe);
    c->env = te;
    if (s->kind == S_FOR) {
        kill_target(c, s->target);
        assign_target(c, s->target, elem, s->target->span, NULL);
    }
    c->loop = &lp;
    check_stmts(c, &s->body);
    c->loop = lp.outer;
    lp_out->exit = fe;
    lp_out->breaks = lp.breaks;
    return env_forget_attrs(c, env_join(c, c->env, lp.continues), NULL, NULL);
}

/* Where a while loop's test fails: as the test leaves it, except that a field is not
 * narrowed by it (the reference refines fields only inside the loop). */
static Env *loop_exit_env(Checker *c, Env *exit, Env *head) {
    for (int i = 0; i < c->attr_keys.len; i++) {
        Symbol *key = VEC_AT(c->attr_keys, AttrKey, i)->key;
        Type *t = env_get(exit, key);
        if (t && t != env_get(head, key)) exit = env_with(c, exit, key, NULL);
    }
    return exit;
}

/* Loops are checked until the facts at the head are stable: the head holds what is
 * true on entry and after every iteration (diagnostics of earlier passes dropped). */
static void check_loop(Checker *c, Stmt *s, Type *elem) {
    LoopPass lp = {.head = env_forget_attrs(c, c->env, NULL, NULL)};
    Env *entry = lp.head;
    int nd = c->d->items.len, ne = c->d->errors, nr = c->reported.len;
    for (int pass = 0;; pass++) {
        Env *back = loop_pass(c, s, elem, &lp);
        Env *nh = env_join(c, entry, back);
        if (env_same(nh, lp.head)) break;
        c->d->items.len = nd;
        c->d->errors = ne;
        c->reported.len = nr;
        if (pass >= 3) {   /* give up narrowing what the body assigns */
            c->env = entry;
            kill_assigned(c, &s->body);
            if (s->kind == S_FOR) kill_target(c, s->target);
            lp.head = c->env;
            loop_pass(c, s, elem, &lp);
            break;
        }
        lp.head = nh;
    }
    c->env = s->kind == S_FOR ? lp.head : loop_exit_env(c, lp.exit, lp.head);
    check_stmts(c, &s->orelse);
    c->env = env_join(c, c->env, lp.breaks);
}

static void check_while(Checker *c, Stmt *s) { check_loop(c, s, NULL); }

static void check_for(Checker *c, Stmt *s) {
    if (s->is_async) {   /* elements come from awaiting __anext__(): dynamic */
        check_async_context(c, s->span, "async for");
        check_object_expr(c, s->iter, USE_CALL_ARG);
        check_loop(c, s, TY.dynamic);
        return;
    }
    Type *elem = check_for_iter(c, s);
    check_loop(c, s, elem);
}

static void check_return(Checker *c, Stmt *s) {
    if (!c->fs) {
        REPORT0(c, D_RETURN_OUTSIDE, s->span);
        if (s->value) check_expr(c, s->value, NULL);
        c->env = &env_dead_;
        return;
    }
    FuncDecl *fd = c->fs->fd;
    Type *ret = fd->coro_ret ? fd->coro_ret : fd->ret;
    if (s->value && fd->is_coroutine && fd->is_generator) REPORT0(c, D_RETURN_ASYNC_GEN, s->span);
    if (s->value) {
        Type *vt = check_expr(c, s->value, ret);
        const char *lit = fd->def && !fd->coro_ret ? ann_literal_name(c, fd->def->returns) : NULL;
        if (!assignable(ret, vt))
            REPORT(c, D_RETURN_MISMATCH, s->value->span, ret->name, value_name(c, s->value, vt));
        else if (!fits_literal(c, lit, s->value, vt))
            REPORT(c, D_RETURN_MISMATCH, s->value->span, lit, literal_shown(c, s->value, vt));
    } else if (ret->kind != TY_DYNAMIC && ret != TY.none && ret->kind != TY_OPTIONAL) {
        REPORT(c, D_RETURN_MISMATCH, s->span, ret->name, "None");
    }
    c->env = &env_dead_;
}

static void check_jump(Checker *c, Stmt *s) {
    if (!c->loop) REPORT(c, D_BREAK_OUTSIDE, s->span, s->kind == S_BREAK ? "break" : "continue");
    else if (s->kind == S_BREAK) c->loop->breaks = env_join(c, c->loop->breaks, c->env);
    else c->loop->continues = env_join(c, c->loop->continues, c->env);
    c->env = &env_dead_;
}

static void check_delete_target(Checker *c, Expr *t) {
    switch (t->kind) {
    case E_NAME: {
        Symbol *s = lookup(c, t->id);
        t->sym = s;
        t->type = s ? s->type : TY.dynamic;
        if (!s) {
            if (c->m->is_static) REPORT(c, D_NAME_UNDEFINED, t->span, t->id);
        } else if (s->kind == SYM_LOCAL) {
            if (s->is_final) REPORT0(c, D_FINAL_ASSIGN, t->span);
            if (type_is_prim(s->type)) REPORT0(c, D_PRIM_DEL, t->span);
            decide_local(c, s, TY.dynamic);
            c->env = env_with(c, c->env, s, NULL);
        } else if (s->is_final) {
            REPORT0(c, D_FINAL_ASSIGN, t->span);
        }
        return;
    }
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->elts.len; i++) check_delete_target(c, VEC_AT(t->elts, Expr, i));
        t->type = TY.dynamic;
        return;
    default:
        check_enum_store(c, t);
        check_expr(c, t, NULL);
        return;
    }
}

/* Names bound by import inside a function are dynamic locals. */
static void bind_import_name(Checker *c, const char *name, Span span) {
    Symbol *s = lookup(c, name);
    if (!s) return;
    if (s->kind == SYM_LOCAL) {
        decide_local(c, s, TY.dynamic);
        if (type_is_prim(s->type)) REPORT(c, D_ASSIGN_MISMATCH, span, "dynamic", s->type->name);
        c->env = env_with(c, c->env, s, NULL);
    } else if (s->is_final) {
        REPORT0(c, D_FINAL_ASSIGN, span);
    }
}

static void check_import(Checker *c, Stmt *s) {
    for (int i = 0; i < s->names.len; i++) {
        Alias *al = VEC_AT(s->names, Alias, i);
        if (s->kind == S_IMPORT) {
            bind_import_name(c, import_binding(c, al), al->span);
            continue;
        }
        if (c->fs && s->module && strcmp(s->module, "__static__") == 0)
            report_unsupported(c, s, s->span, "from __static__ import inside a function");
        if (c->fs) bind_import_name(c, al->asname ? al->asname : al->name, al->span);
    }
    if ((c->fs || in_class_body(c)) && s->kind == S_IMPORTFROM && s->import_star)
        report_unsupported(c, s, s->span, "import * outside module level");
}

static bool is_simple_return_body(const Stmt *def) {
    if (def->body.len != 1) return false;
    const Stmt *s = VEC_AT(def->body, Stmt, 0);
    return s->kind == S_RETURN && s->value;
}

/* ---- lambdas and nested functions ---- */

/* Declares a def nested in a function (or a lambda anywhere) the first time it is met;
 * the variables it shares with enclosing functions were found by scope.c. */
static void declare_nested_def(Checker *c, Stmt *def) {
    if (!def->func) declare_function(c, def, NULL);
}

static void check_def_header(Checker *c, Stmt *s);

static Type *check_lambda(Checker *c, Expr *e) {
    declare_nested_def(c, e->def);
    check_def_header(c, e->def);
    PtrVec saved = c->comp_syms;
    c->comp_syms = (PtrVec){0};
    check_function(c, e->def->func);
    c->comp_syms = saved;
    return TY.dynamic;
}

/* (elt for ...): the first iterable is evaluated here; the rest is the generator
 * function the parser made, which must not capture (closures). Its conditions and
 * inner iterables are the comprehension's, where yield is a SyntaxError. */
static Type *check_genexp(Checker *c, Expr *e) {
    Type *it = check_expr(c, e->left, NULL);
    if (type_is_prim(it)) REPORT(c, D_NOT_ITERABLE, e->left->span, it->name);
    declare_nested_def(c, e->def);
    PtrVec saved = c->comp_syms;
    const char *saved_what = c->comp_what;
    c->comp_syms = (PtrVec){0};
    check_function(c, e->def->func);
    c->comp_syms = saved;
    c->comp_what = saved_what;
    return TY.dynamic;
}

/* A module-level def or a method: defaults and decorators are evaluated in the
 * module scope. */
static void check_funcdef(Checker *c, Stmt *s) {
    if (c->fs || !s->func) {   /* in a function, or under if/try at module level */
        declare_nested_def(c, s);
        check_def_header(c, s);
        check_function(c, s->func);
        assign_target(c, &(Expr){.kind = E_NAME, .id = s->name, .span = s->span}, TY.dynamic, s->span, NULL);
        return;
    }
    check_def_header(c, s);
    check_function(c, s->func);
}

static void check_def_header(Checker *c, Stmt *s) {
    for (int i = 0; i < s->params.len; i++) {
        Param *p = VEC_AT(s->params, Param, i);
        if (!p->default_) continue;
        Type *t = check_expr(c, p->default_, p->type);
        if (!assignable(p->type, t))
            REPORT(c, D_ASSIGN_MISMATCH, p->default_->span, value_name(c, p->default_, t), p->type->name);
    }
    for (int i = 0; i < s->decorators.len; i++) {
        Expr *dec = VEC_AT(s->decorators, Expr, i);
        if (is_known_decorator(c, s->func, dec)) mark_annotation(c, dec);
        else check_expr(c, dec, NULL);
    }
    if (s->func->is_inline && !is_simple_return_body(s)) REPORT0(c, D_INLINE_SIMPLE, s->span);
}

/* One statement of a class body (run once, in the module scope, at class creation). */
/* A name the class body bound: visible to later statements of the same body (CPython's
 * LOAD_NAME looks in the class namespace first), not to its methods. */
static Symbol *class_scope_bind(Checker *c, const char *name, Type *t, Span span) {
    Symbol *s = sym_new(c, name, SYM_GLOBAL, span);
    s->type = t && !type_is_prim(t) ? t : TY.dynamic;
    vec_push(c->a, &c->class_syms, s);
    return s;
}

/* Are we checking a statement of a class body itself (not one of its methods)? */
static bool in_class_body(const Checker *c) { return c->class_body && c->fs == c->class_scope_fs; }

static void check_stmt(Checker *c, Stmt *s);

static void check_class_body_stmt(Checker *c, ClassDecl *k, Stmt *s) {
    switch (s->kind) {
    case S_FUNCDEF:
        check_def_header(c, s);
        check_function(c, s->func);
        class_scope_bind(c, s->name, TY.dynamic, s->span);
        return;
    case S_PASS:
        return;
    case S_EXPR:
        check_expr(c, s->value, NULL);
        return;
    case S_ANNASSIGN: {
        if (s->target->kind != E_NAME) break;
        if (s->value && !k->is_static) check_object_expr(c, s->value, USE_ASSIGN_DYNAMIC);
        if (!k->is_static) {
            s->target->type = TY.dynamic;
            s->target->sym = s->value ? class_scope_bind(c, s->target->id, TY.dynamic, s->target->span) : NULL;
            return;
        }
        FieldDecl *f = k->is_static ? class_field(k, s->target->id) : NULL;
        Symbol *cv = class_var(k, s->target->id);
        Type *t = f ? f->type : cv ? cv->type : TY.dynamic;
        s->target->type = t;
        s->target->sym = f ? NULL : cv;
        if (s->value) {
            Type *vt = check_expr(c, s->value, t);
            if (is_dataclass_field_call(c, s->value) && t->kind != TY_DYNAMIC && t != TY.object)
                REPORT(c, D_ASSIGN_MISMATCH, s->value->span, "dataclasses.Field", t->name);   /* not a dataclass */
            else if (!assignable(t, vt))
                REPORT(c, D_ASSIGN_MISMATCH, s->value->span, value_name(c, s->value, vt), t->name);
            class_scope_bind(c, s->target->id, t, s->target->span);
        }
        return;
    }
    case S_ASSIGN: {
        if (!k->is_static) break;   /* any target: stored through assign_target */
        Expr *t0 = VEC_AT(s->targets, Expr, 0);
        FieldDecl *f = t0->kind == E_NAME ? class_field(k, t0->id) : NULL;
        FieldDefault *rd = f && f->owner != k ? class_redefault(k, f) : NULL;
        if (rd && rd->value == s->value) {   /* an inherited field's new default */
            Type *vt = check_expr(c, s->value, f->type);
            if (!assignable(f->type, vt))
                REPORT(c, D_ASSIGN_MISMATCH, s->value->span, value_name(c, s->value, vt), f->type->name);
            t0->type = f->type;
            return;
        }
        check_object_expr(c, s->value, USE_ASSIGN_DYNAMIC);
        bool ok = true;
        for (int i = 0; i < s->targets.len; i++) {
            Expr *t = VEC_AT(s->targets, Expr, i);
            ok &= t->kind == E_NAME;
            if (t->kind != E_NAME) continue;
            t->sym = class_var(k, t->id);
            t->type = TY.dynamic;
            class_scope_bind(c, t->id, TY.dynamic, t->span);
        }
        if (ok) return;
        break;
    }
    default:
        break;
    }
    /* any other statement runs like module code; the names it binds are class attributes
     * (declare_class_body_other) */
    check_stmt(c, s);
}

static void declare_nested_def(Checker *c, Stmt *def);

static void check_class_keywords(Checker *c, Stmt *s) {
    for (int i = 0; i < s->class_keywords.len; i++)
        check_object_expr(c, VEC_AT(s->class_keywords, Keyword, i)->value, USE_CALL_ARG);
}

/* A class statement inside a function: always built at run time (a dynamic class). Its
 * methods are nested functions, so they may not use the function's variables yet. */
static void check_local_classdef(Checker *c, Stmt *s) {
    if (!s->cls) {   /* declared once; re-checks of the function reuse it */
        ClassDecl *k = ARENA_NEW(c->a, ClassDecl);
        k->name = s->name;
        k->qualname = arena_printf(c->a, "%s.%s", c->m->name ? c->m->name : "<module>", s->name);
        k->def = s;
        k->index = c->m->classes.len;
        k->type = TY.dynamic;
        vec_push(c->a, &c->m->classes, k);
        s->cls = k;
    }
    for (int i = 0; i < s->bases.len; i++) check_object_expr(c, VEC_AT(s->bases, Expr, i), USE_CALL_ARG);
    check_class_keywords(c, s);
    for (int i = 0; i < s->decorators.len; i++) check_expr(c, VEC_AT(s->decorators, Expr, i), NULL);
    Env *saved = c->env;
    int nclass = c->class_syms.len;
    FuncState *saved_scope = c->class_scope_fs;
    ClassDecl *saved_body = c->class_body;
    c->class_scope_fs = c->fs;
    c->class_body = s->cls;
    for (int i = 0; i < s->body.len; i++) {
        Stmt *st = VEC_AT(s->body, Stmt, i);
        if (st->kind != S_FUNCDEF) {
            check_class_body_stmt(c, s->cls, st);
            continue;
        }
        declare_nested_def(c, st);
        check_def_header(c, st);
        PtrVec saved_comp = c->comp_syms;
        c->comp_syms = (PtrVec){0};
        check_function(c, st->func);
        c->comp_syms = saved_comp;
        class_scope_bind(c, st->name, TY.dynamic, st->span);
    }
    c->class_scope_fs = saved_scope;
    c->class_body = saved_body;
    c->class_syms.len = nclass;
    c->env = saved;
    assign_target(c, &(Expr){.kind = E_NAME, .id = s->name, .span = s->span}, TY.dynamic, s->span, NULL);
}

static void check_classdef(Checker *c, Stmt *s) {
    if (c->fs) {
        check_local_classdef(c, s);
        return;
    }
    ClassDecl *k = s->cls;
    if (!k || in_class_body(c)) {   /* under if/try or in a class body: built at run time */
        check_local_classdef(c, s);
        return;
    }
    for (int i = 0; i < s->bases.len; i++) check_object_expr(c, VEC_AT(s->bases, Expr, i), USE_CALL_ARG);
    check_class_keywords(c, s);
    for (int i = 0; i < s->decorators.len; i++) {
        Expr *dec = VEC_AT(s->decorators, Expr, i);
        if (is_typing_name(c, dec, "final")) mark_annotation(c, dec);
        else check_expr(c, dec, NULL);
    }
    Env *saved = c->env;
    int nclass = c->class_syms.len;
    ClassDecl *saved_body = c->class_body;
    c->class_body = k;
    for (int i = 0; i < s->body.len; i++) check_class_body_stmt(c, k, VEC_AT(s->body, Stmt, i));
    check_enum_values(c, k);
    c->class_body = saved_body;
    c->class_syms.len = nclass;
    c->env = saved;
}

/* try: an exception can leave the body at any point, so handlers (and the finally
 * clause on the exceptional path) start without the body's narrowing facts. */
/* CPython's SyntaxError for leaving an except* clause by return, or by break/continue
 * of a loop around the try (nested defs and loops inside the clause are fine). */
static void check_star_jumps(Checker *c, PtrVec *body, bool in_loop) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        if (s->kind == S_RETURN || ((s->kind == S_BREAK || s->kind == S_CONTINUE) && !in_loop))
            REPORT0(c, D_EXCEPT_STAR_JUMP, s->span);
        if (s->kind == S_FUNCDEF || s->kind == S_CLASSDEF) continue;
        bool loop = in_loop || s->kind == S_FOR || s->kind == S_WHILE;
        check_star_jumps(c, &s->body, loop);
        check_star_jumps(c, &s->orelse, in_loop);
        check_star_jumps(c, &s->finalbody, in_loop);
        for (int j = 0; j < s->handlers.len; j++) check_star_jumps(c, &VEC_AT(s->handlers, ExceptHandler, j)->body, in_loop);
        for (int j = 0; j < s->cases.len; j++) check_star_jumps(c, &VEC_AT(s->cases, MatchCase, j)->body, in_loop);
    }
}

static void check_try(Checker *c, Stmt *s) {
    for (int i = 0; s->except_star && i < s->handlers.len; i++)
        check_star_jumps(c, &VEC_AT(s->handlers, ExceptHandler, i)->body, false);
    Env *start = c->env;
    check_stmts(c, &s->body);
    check_stmts(c, &s->orelse);
    Env *after = c->env;
    for (int i = 0; i < s->handlers.len; i++) {
        ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
        c->env = start;   /* facts from before the try hold unless the body may have changed them */
        kill_assigned(c, &s->body);
        if (h->type) check_object_expr(c, h->type, USE_CALL_ARG);
        if (h->target) assign_target(c, h->target, TY.dynamic, h->target->span, NULL);
        check_stmts(c, &h->body);
        after = env_join(c, after, c->env);
    }
    if (s->finalbody.len) {   /* checked once, with the facts no part of the try can change */
        c->env = start;
        kill_assigned(c, &s->body);
        kill_assigned(c, &s->orelse);
        for (int i = 0; i < s->handlers.len; i++) {
            ExceptHandler *h = VEC_AT(s->handlers, ExceptHandler, i);
            if (h->target) kill_target(c, h->target);
            kill_assigned(c, &h->body);
        }
        check_stmts(c, &s->finalbody);
        if (c->env->dead) return;
        c->env = after;
        kill_assigned(c, &s->finalbody);
        return;
    }
    c->env = after;
}

/* The expressions inside a pattern: values compared with ==, classes, mapping keys. */
static void check_pattern(Checker *c, Expr *p) {
    if (!p) return;
    switch (p->kind) {
    case E_MATCH_VALUE: case E_MATCH_SINGLETON: check_object_expr(c, p->left, USE_CALL_ARG); break;
    case E_MATCH_CLASS: check_object_expr(c, p->func, USE_CALL_ARG); break;
    case E_MATCH_MAPPING:
        for (int i = 0; i < p->elts.len; i++) check_object_expr(c, VEC_AT(p->elts, Expr, i), USE_CALL_ARG);
        break;
    case E_MATCH_AS: case E_MATCH_STAR: case E_MATCH_SEQUENCE: case E_MATCH_OR: break;
    default: check_expr(c, p, NULL); return;   /* unsupported pattern: reported there */
    }
    p->type = TY.dynamic;
    check_pattern(c, p->left != NULL && p->kind == E_MATCH_AS ? p->left : NULL);
    for (int i = 0; i < p->elts.len && p->kind != E_MATCH_MAPPING; i++) check_pattern(c, VEC_AT(p->elts, Expr, i));
    for (int i = 0; expr_has_values(p) && i < p->values.len; i++) check_pattern(c, VEC_AT(p->values, Expr, i));
    for (int i = 0; expr_has_keywords(p) && i < p->keywords.len; i++) check_pattern(c, VEC_AT(p->keywords, Keyword, i)->value);
    if (p->right) assign_target(c, p->right, TY.dynamic, p->right->span, NULL);
}

static bool irrefutable(const Expr *p);

/* "name capture 'x'" / "wildcard": what makes later patterns unreachable. */
static const char *catch_all_what(Checker *c, const Expr *p) {
    while (p->kind == E_MATCH_AS && p->left && irrefutable(p->left) && !p->id) p = p->left;
    if (p->kind == E_MATCH_AS && p->id) return arena_printf(c->a, "name capture '%s'", p->id);
    return "wildcard";
}

/* CPython's compile-time checks of a pattern: names bound at most once, the same names
 * on every side of `|`, no catch-all before other alternatives. */
static bool validate_pattern(Checker *c, Expr *p) {
    PtrVec ts = {0};
    pattern_names(c, p, &ts, true);
    for (int i = 0; i < ts.len; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(VEC_AT(ts, Expr, i)->id, VEC_AT(ts, Expr, j)->id) == 0) {
                REPORT(c, D_MATCH_DUP_NAME, VEC_AT(ts, Expr, i)->span, VEC_AT(ts, Expr, i)->id);
                return true;
            }
    PtrVec stack = {0};
    vec_push(c->a, &stack, p);
    while (stack.len) {
        Expr *q = stack.items[--stack.len];
        if (q->kind == E_MATCH_OR) {
            PtrVec first = {0};
            pattern_names(c, VEC_AT(q->elts, Expr, 0), &first, true);
            for (int i = 0; i < q->elts.len; i++) {
                Expr *alt = VEC_AT(q->elts, Expr, i);
                PtrVec names = {0};
                pattern_names(c, alt, &names, true);
                bool same = names.len == first.len;
                for (int k = 0; same && k < names.len; k++) {
                    bool found = false;
                    for (int m = 0; m < first.len; m++)
                        found |= strcmp(VEC_AT(names, Expr, k)->id, VEC_AT(first, Expr, m)->id) == 0;
                    same = found;
                }
                if (!same) {
                    REPORT0(c, D_MATCH_OR_NAMES, q->span);
                    return true;
                }
                if (i < q->elts.len - 1 && irrefutable(alt)) {
                    REPORT(c, D_MATCH_UNREACHABLE, alt->span, catch_all_what(c, alt));
                    return true;
                }
            }
        }
        if (q->kind == E_MATCH_AS && q->left) vec_push(c->a, &stack, q->left);
        for (int i = 0; i < q->elts.len && q->kind != E_MATCH_MAPPING; i++) vec_push(c->a, &stack, VEC_AT(q->elts, Expr, i));
        for (int i = 0; expr_has_values(q) && i < q->values.len; i++) vec_push(c->a, &stack, VEC_AT(q->values, Expr, i));
        for (int i = 0; expr_has_keywords(q) && i < q->keywords.len; i++) vec_push(c->a, &stack, VEC_AT(q->keywords, Keyword, i)->value);
    }
    return false;
}

/* match: each case starts from the facts before the statement, minus what earlier
 * patterns may have bound; the statement ends with the join of the case bodies and of
 * "no case matched". */
static void check_match(Checker *c, Stmt *s) {
    check_object_expr(c, s->value, USE_CALL_ARG);
    Env *start = c->env;
    PtrVec ts = match_targets(c, s);
    for (int i = 0; i < ts.len; i++) kill_target(c, VEC_AT(ts, Expr, i));
    Env *unmatched = c->env, *after = NULL;
    for (int i = 0; i < s->cases.len; i++) {
        MatchCase *mc = VEC_AT(s->cases, MatchCase, i);
        c->env = unmatched;
        if (!validate_pattern(c, mc->pattern) && i < s->cases.len - 1 && !mc->guard && irrefutable(mc->pattern))
            REPORT(c, D_MATCH_UNREACHABLE, mc->pattern->span, catch_all_what(c, mc->pattern));
        check_pattern(c, mc->pattern);
        if (mc->guard) {
            Env *te, *fe;
            check_cond(c, mc->guard, &te, &fe);
            c->env = te;
        }
        check_stmts(c, &mc->body);
        after = env_join(c, after, c->env);
    }
    (void)start;
    c->env = env_join(c, after, unmatched);
}

/* Is the context manager `e` (of static type t) one whose `__exit__` is declared to
 * return None or Literal[False], so it never swallows an exception?  Only when its class
 * is known exactly (a new instance, a final class): a Python subclass may override it. */
static bool exit_never_suppresses(Checker *c, Expr *e, Type *t) {
    ClassDecl *k = static_class_of(t);
    if (!k || !(k->is_final || (e->kind == E_CALL && e->call_kind == CALL_CONSTRUCT))) return false;
    FuncDecl *m = class_method(k, "__exit__");
    if (!m || m->method_kind != MK_METHOD || !m->def) return false;
    if (m->ret == TY.none) return true;
    Expr *r = m->def->returns;   /* Literal[False]: the annotation, since its type is bool */
    return r && r->kind == E_SUBSCRIPT && r->right && r->right->kind == E_FALSE &&
           ann_base_name(c, r->left) && strcmp(ann_base_name(c, r->left), "Literal") == 0;
}

static void check_with(Checker *c, Stmt *s) {
    if (s->is_async) check_async_context(c, s->span, "async with");
    bool may_swallow = s->is_async;
    for (int i = 0; i < s->items.len; i++) {
        WithItem *w = VEC_AT(s->items, WithItem, i);
        may_swallow |= !exit_never_suppresses(c, w->context, check_object_expr(c, w->context, USE_CALL_ARG));
        if (w->target) assign_target(c, w->target, TY.dynamic, w->target->span, NULL);
    }
    Env *start = c->env;
    check_stmts(c, &s->body);
    if (may_swallow) c->env = env_join(c, start, c->env);   /* __exit__ may swallow an exception mid-body */
}

/* `assert test, msg`: the test narrows what follows; a prod_assert's message is a str. */
static void check_assert(Checker *c, Stmt *s, bool str_msg) {
    Env *te, *fe;
    check_cond(c, s->test, &te, &fe);
    c->env = fe;
    if (s->msg && str_msg) check_prod_assert_msg(c, s->msg);
    else if (s->msg) check_object_expr(c, s->msg, USE_CALL_ARG);
    c->env = te;
}

/* The statement `prod_assert(x[, msg])` (from __static__, with valid arguments) is an
 * assert that python -O keeps: the reference narrows after it as after `assert x`, and
 * spc, which keeps asserts anyway, compiles it as one (the statement becomes S_ASSERT). */
static bool as_prod_assert(Checker *c, Stmt *s) {
    Expr *e = s->value;
    if (e->kind != E_CALL || !is_prod_assert(c, e->func) || !prod_assert_args_ok(c, e, false)) return false;
    s->kind = S_ASSERT;
    s->test = VEC_AT(e->elts, Expr, 0);
    s->msg = e->elts.len == 2 ? VEC_AT(e->elts, Expr, 1) : NULL;
    return true;
}

static void check_stmt(Checker *c, Stmt *s) {
    switch (s->kind) {
    case S_EXPR:
        if (as_prod_assert(c, s)) check_assert(c, s, true);
        else check_expr(c, s->value, NULL);
        break;
    case S_ASSIGN: check_assign(c, s); break;
    case S_ANNASSIGN: check_annassign(c, s); break;
    case S_AUGASSIGN: check_augassign(c, s); break;
    case S_IF: check_if(c, s); break;
    case S_TRY: check_try(c, s); break;
    case S_WITH: check_with(c, s); break;
    case S_MATCH: check_match(c, s); break;
    case S_WHILE: check_while(c, s); break;
    case S_FOR: check_for(c, s); break;
    case S_RETURN: check_return(c, s); break;
    case S_PASS: break;
    case S_BREAK: case S_CONTINUE: check_jump(c, s); break;
    case S_ASSERT: check_assert(c, s, false); break;
    case S_RAISE:
        if (s->value) check_object_expr(c, s->value, USE_CALL_ARG);
        if (s->msg) check_object_expr(c, s->msg, USE_CALL_ARG);
        c->env = &env_dead_;
        break;
    case S_GLOBAL: break;   /* resolved while declaring */
    case S_NONLOCAL: break;   /* resolved by scope.c */
    case S_DELETE:
        for (int i = 0; i < s->targets.len; i++) check_delete_target(c, VEC_AT(s->targets, Expr, i));
        break;
    case S_FUNCDEF: check_funcdef(c, s); break;
    case S_CLASSDEF: check_classdef(c, s); break;
    case S_IMPORT: case S_IMPORTFROM: check_import(c, s); break;
    case S_UNSUPPORTED: report_unsupported(c, s, s->span, s->what ? s->what : "statement"); break;
    default: break;
    }
}

static void check_stmts(Checker *c, PtrVec *body) {
    for (int i = 0; i < body->len; i++) check_stmt(c, VEC_AT(*body, Stmt, i));
}

/* ---------------------------------------------------------------- functions */

static bool has_break(PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(*body, Stmt, i);
        if (s->kind == S_BREAK) return true;
        if (s->kind == S_IF && (has_break(&s->body) || has_break(&s->orelse))) return true;
        if ((s->kind == S_WHILE || s->kind == S_FOR) && has_break(&s->orelse)) return true;
        if ((s->kind == S_TRY || s->kind == S_WITH) &&
            (has_break(&s->body) || has_break(&s->orelse) || has_break(&s->finalbody)))
            return true;
        for (int j = 0; s->kind == S_TRY && j < s->handlers.len; j++)
            if (has_break(&VEC_AT(s->handlers, ExceptHandler, j)->body)) return true;
        for (int j = 0; s->kind == S_MATCH && j < s->cases.len; j++)
            if (has_break(&VEC_AT(s->cases, MatchCase, j)->body)) return true;
    }
    return false;
}

static bool stmts_terminate(PtrVec *body);

/* try terminates when its finally does, or when the body (or else) and every handler do. */
static bool try_terminates(Stmt *s) {
    if (stmts_terminate(&s->finalbody)) return true;
    if (!stmts_terminate(&s->body) && !stmts_terminate(&s->orelse)) return false;
    for (int i = 0; i < s->handlers.len; i++)
        if (!stmts_terminate(&VEC_AT(s->handlers, ExceptHandler, i)->body)) return false;
    return true;
}

static bool is_const_true(const Expr *e) {
    return e->kind == E_TRUE || (e->kind == E_INT && (e->big || e->ival != 0));
}

/* Does control never fall off the end of `body`? (return/raise, if/else both
 * terminating, `while True` without break, assert False) */
static bool stmts_terminate(PtrVec *body);

/* `case x:` / `case _:` (maybe under `as`, or one alternative of `|`) always matches. */
static bool irrefutable(const Expr *p) {
    if (p->kind == E_MATCH_AS) return !p->left || irrefutable(p->left);
    if (p->kind != E_MATCH_OR) return false;
    for (int i = 0; i < p->elts.len; i++)
        if (irrefutable(VEC_AT(p->elts, Expr, i))) return true;
    return false;
}

/* Every case ends in return/raise and one of them catches everything. */
static bool match_terminates(Stmt *s) {
    bool total = false;
    for (int i = 0; i < s->cases.len; i++) {
        MatchCase *mc = VEC_AT(s->cases, MatchCase, i);
        if (!stmts_terminate(&mc->body)) return false;
        if (!mc->guard && irrefutable(mc->pattern)) total = true;
    }
    return total;
}

static bool stmt_terminates(Stmt *s) {
    switch (s->kind) {
    case S_RETURN: case S_RAISE: return true;
    case S_IF: return s->orelse.len && stmts_terminate(&s->body) && stmts_terminate(&s->orelse);
    case S_WHILE: return is_const_true(s->test) && !has_break(&s->body);
    case S_ASSERT: return s->test->kind == E_FALSE;
    case S_TRY: return try_terminates(s);
    case S_WITH: return stmts_terminate(&s->body);
    case S_MATCH: return match_terminates(s);
    default: return false;
    }
}

static bool stmts_terminate(PtrVec *body) {
    for (int i = 0; i < body->len; i++)
        if (stmt_terminates(VEC_AT(*body, Stmt, i))) return true;
    return false;
}

/* Checks a function body; checks it again when a local's primitive type was only
 * decided after an earlier read (the first pass gave that read the wrong type). */
static void check_function(Checker *c, FuncDecl *fd) {
    FuncState *fs = c->fstates[fd->index], *saved_fs = c->fs;
    const char *saved_what = c->comp_what;
    c->comp_what = NULL;
    Env *saved_env = c->env;
    Loop *saved_loop = c->loop;
    int nd = c->d->items.len, ne = c->d->errors, nr = c->reported.len;
    c->fs = fs;
    for (int pass = 0; pass < 2; pass++) {
        c->env = &env_empty;
        c->loop = NULL;
        fs->recheck = false;
        for (int i = 0; i < fs->ninfo; i++) fs->info[i].read_undecided = false;
        check_stmts(c, &fd->def->body);
        if (!fs->recheck) break;
        c->d->items.len = nd;
        c->d->errors = ne;
        c->reported.len = nr;
    }
    Type *r = fd->coro_ret ? fd->coro_ret : fd->ret;
    if (r->kind != TY_DYNAMIC && r != TY.none && r->kind != TY_OPTIONAL &&
        !stmts_terminate(&fd->def->body) && !is_declaration_stub(c, fd))
        REPORT(c, D_MISSING_RETURN, fd->def->span, r->name);
    c->fs = saved_fs;
    c->env = saved_env;
    c->loop = saved_loop;
    c->comp_what = saved_what;
}

/* @abstractmethod or @abc.abstractmethod. */
static bool is_abstractmethod(const Expr *e) {
    return (e->kind == E_NAME && strcmp(e->id, "abstractmethod") == 0) ||
           (e->kind == E_ATTRIBUTE && strcmp(e->id, "abstractmethod") == 0);
}

/* A body that only declares a signature: `...` or `pass`, after an optional docstring. */
static bool is_empty_body(const PtrVec *body) {
    int i = 0;
    if (body->len > 1 && VEC_AT(*body, Stmt, 0)->kind == S_EXPR && VEC_AT(*body, Stmt, 0)->value->kind == E_STR) i = 1;
    if (body->len != i + 1) return i == body->len;
    Stmt *s = VEC_AT(*body, Stmt, i);
    return s->kind == S_PASS || (s->kind == S_EXPR && s->value->kind == E_ELLIPSIS);
}

/* An empty-bodied @overload, @abstractmethod or Protocol method declares a signature
 * and is never the code that runs, so it need not return (mypy's empty-body rule). */
static bool is_declaration_stub(Checker *c, const FuncDecl *fd) {
    if (!fd->def || !is_empty_body(&fd->def->body)) return false;
    if (is_overload_stub(c, fd->def) || is_protocol_class(c, fd->cls)) return true;
    for (int i = 0; i < fd->def->decorators.len; i++)
        if (is_abstractmethod(VEC_AT(fd->def->decorators, Expr, i))) return true;
    return false;
}

static void report_primitive_cells(Checker *c) {
    for (int i = 0; i < c->m->funcs.len; i++) {
        FuncDecl *fd = VEC_AT(c->m->funcs, FuncDecl, i);
        for (int j = 0; j < fd->locals.len; j++) {
            Symbol *s = VEC_AT(fd->locals, Symbol, j);
            if (s->is_cell && type_is_prim(s->type)) report_primitive_cell(c, s, s->span);
        }
    }
}

/* `from __static__.compiler_flags import checked_dicts` (checked_lists): the reference
 * then binds the module's `dict` (`list`) to chkdict (chklist), so dict[K, V](...) makes
 * a CheckedDict, and builds dict (list) displays as checked ones. The binding is the
 * import `from __static__ import CheckedDict as dict`, added after the flag's own. */
static void expand_compiler_flags(Module *m, Arena *a) {
    if (m->checked_dicts || m->checked_lists) return;   /* already expanded */
    for (int i = 0; i < m->body.len; i++) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (s->kind != S_IMPORTFROM || s->level != 0 || !s->module ||
            strcmp(s->module, "__static__.compiler_flags") != 0)
            continue;
        for (int j = 0; j < s->names.len; j++) {
            Alias *al = VEC_AT(s->names, Alias, j);
            bool dicts = strcmp(al->name, "checked_dicts") == 0;
            if (!dicts && strcmp(al->name, "checked_lists") != 0) continue;
            if (dicts) m->checked_dicts = true;
            else m->checked_lists = true;
            Stmt *imp = ARENA_NEW(a, Stmt);
            *imp = (Stmt){.kind = S_IMPORTFROM, .span = s->span, .module = "__static__"};
            Alias *x = ARENA_NEW(a, Alias);
            *x = (Alias){.name = dicts ? "CheckedDict" : "CheckedList", .asname = dicts ? "dict" : "list",
                         .span = al->span};
            vec_push(a, &imp->names, x);
            vec_push(a, &m->body, imp);   /* then moved to just after the flag's import */
            for (int k = m->body.len - 1; k > i + 1; k--) m->body.items[k] = m->body.items[k - 1];
            m->body.items[i + 1] = imp;
        }
    }
}

bool check_module(Module *m, Arena *a, Diags *d) {
    static Type *epoch;   /* the modules of one program share the interned types */
    types_init(a);
    if (epoch != TY.dynamic) {
        epoch = TY.dynamic;
        ty_err = ARENA_NEW(a, Type);
        ty_err->kind = TY_DYNAMIC;
        ty_err->name = "dynamic";
        ty_unbound_optional = ARENA_NEW(a, Type);
        ty_unbound_optional->kind = TY_DYNAMIC;
        ty_unbound_optional->name = "Optional[T]";
        memset(g_origin, 0, sizeof g_origin);
        g_instances = (PtrVec){0};
    }
    Checker c = {.m = m, .a = a, .d = d, .path = m->path, .env = &env_empty};
    int errors = d->errors;
    index_lines(&c);
    detect_static(m);
    expand_compiler_flags(m, a);
    scope_module(m, a, d);
    load_imports(&c);
    declare_module(&c);
    check_stmts(&c, &m->body);
    report_primitive_cells(&c);
    return d->errors == errors;
}
