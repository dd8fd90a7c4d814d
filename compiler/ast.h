/* ast.h — the abstract syntax tree, plus the facts the checker attaches to it.
 *
 * Produced by parse.c (tree-sitter CST -> AST; every node carries its Span),
 * annotated by check.c (types, symbols, call resolution), read by irgen.c.
 * Nodes live in the module's arena. Field use per kind is listed beside each field;
 * unused fields stay zero, except Expr fields that share storage with another kind's
 * (the anonymous unions). Lists are PtrVec of node pointers. */
#ifndef SPC_AST_H
#define SPC_AST_H
#include "arena.h"
#include "diag.h"
#include "types.h"
#include <stdbool.h>
#include <stdint.h>

typedef enum StmtKind {
#define STMT(k, n) k,
#define EXPR(k, n)
#include "ast.def"
#undef STMT
#undef EXPR
    S__COUNT
} StmtKind;

typedef enum ExprKind {
#define STMT(k, n)
#define EXPR(k, n) k,
#include "ast.def"
#undef STMT
#undef EXPR
    E__COUNT
} ExprKind;

typedef enum BinOp {
#define BINOP(id, text, verb) id,
#define CMPOP(id, text)
#define UNOP(id, text)
#include "ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
    OP__COUNT
} BinOp;

typedef enum CmpOp {
#define BINOP(id, text, verb)
#define CMPOP(id, text) id,
#define UNOP(id, text)
#include "ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
    CMP__COUNT
} CmpOp;

typedef enum UnaryOp {
#define BINOP(id, text, verb)
#define CMPOP(id, text)
#define UNOP(id, text) id,
#include "ops.def"
#undef BINOP
#undef CMPOP
#undef UNOP
    UOP__COUNT
} UnaryOp;

typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;

const char *stmt_kind_name(StmtKind k);
const char *expr_kind_name(ExprKind k);
const char *binop_text(BinOp op);
const char *binop_verb(BinOp op);
const char *cmpop_text(CmpOp op);
const char *unop_text(UnaryOp op);

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef enum MethodKind {
    MK_FUNCTION,        /* a module-level function */
    MK_METHOD,          /* instance method (virtual unless final / __init__) */
    MK_STATICMETHOD,
    MK_CLASSMETHOD,
    MK_PROPERTY_GET,    /* @property getter: called through the vtable like a method */
    MK_PROPERTY_SET,    /* @x.setter */
} MethodKind;
typedef struct Symbol Symbol;
typedef struct FuncDecl FuncDecl;
struct ClassDecl;
struct FieldDecl;

typedef enum ParamKind { PARAM_POSONLY, PARAM_POS, PARAM_VARARGS, PARAM_KWONLY, PARAM_KWARGS } ParamKind;

typedef struct Param {
    const char *name;
    Span span;
    ParamKind kind;
    Expr *annotation;   /* NULL when unannotated */
    Expr *default_;     /* NULL when none */
    /* checker */
    Type *type;         /* declared type (TY.dynamic when unannotated) */
    Symbol *sym;        /* the local that holds it */
} Param;

typedef struct Keyword {   /* name=value in a call; name NULL for **value */
    const char *name;
    Expr *value;
    Span span;
} Keyword;

/* One `for target in iter if cond...` clause of a comprehension. The first iter is
 * evaluated in the enclosing scope; targets are local to the comprehension. */
typedef struct Comprehension {
    Expr *target;
    Expr *iter;
    PtrVec ifs;            /* Expr* */
    Span span;
    bool is_async;         /* async for */
    PtrVec cellvars;       /* scope.c, first clause only: targets a function made inside
                              the comprehension uses (one fresh cell per run) */
} Comprehension;

typedef struct ExceptHandler {   /* except [type [as target]]: body */
    Expr *type;            /* NULL for a bare except */
    Expr *target;          /* Name bound to the exception, or NULL */
    PtrVec body;           /* Stmt* */
    Span span;
} ExceptHandler;

typedef struct MatchCase {  /* case pattern [if guard]: body */
    Expr *pattern;
    Expr *guard;           /* NULL when absent */
    PtrVec body;           /* Stmt* */
    Span span;
} MatchCase;

typedef struct WithItem {  /* context [as target] */
    Expr *context;
    Expr *target;          /* NULL when absent */
} WithItem;

typedef struct Alias {     /* import a.b as c / from m import x as y */
    const char *name;      /* dotted name as written */
    const char *asname;    /* NULL when absent */
    Span span;
} Alias;

/* How the checker resolved a call (E_CALL.call_kind). */
typedef enum CallKind {
    CALL_DYNAMIC = 0,   /* evaluate func and args, ordinary Python call (args are objects) */
    CALL_STATIC,        /* INVOKE_FUNCTION of `callee`; arguments in `bound` (param order) */
    CALL_BOX,           /* box(x): elts[0] primitive -> object (expr->type = boxed class) */
    CALL_UNBOX,         /* unbox(x): object -> expr->type (a primitive), checked */
    CALL_CAST,          /* cast(T, v): v checked against cast_to at run time; elts[1] is v */
    CALL_PRIM_CONVERT,  /* int64(x), double(x), cbool(x): to expr->type; elts[0] may be
                           a primitive (CONVERT_PRIMITIVE) or an object (CAST + UNBOX) */
    CALL_REVEAL_TYPE,   /* reveal_type(x): reported by the checker; evaluates to x */
    CALL_METHOD,        /* receiver.m(args) on a static class instance: `callee` is the
                           method, bound[0] is the receiver expression (func->left), the rest
                           as for CALL_STATIC; `virtual_call` says INVOKE_METHOD (vtable)
                           vs a direct INVOKE_FUNCTION (final method/class, exact receiver,
                           Base.m(self, ...), super().m(...)); a staticmethod `callee` has
                           no receiver parameter: func->left is evaluated first, then bound
                           holds the arguments only, and the receiver goes to the vtable
                           slot's adapter (INVOKE_METHOD) or nowhere (INVOKE_FUNCTION) */
    CALL_CONSTRUCT,     /* C(args) of a static class `cls`: TP_ALLOC then the native
                           __init__ (`callee`, NULL when object's) with bound[0] = NULL
                           (the new object) and the rest bound as for CALL_STATIC */
} CallKind;

/* What an E_ATTRIBUTE resolved to (Expr.attr_kind). */
typedef enum AttrKind {
    ATTR_DYNAMIC = 0,   /* ordinary getattr/setattr */
    ATTR_FIELD,         /* instance field `field` of a static class: LOAD_FIELD/STORE_FIELD */
    ATTR_PROPERTY,      /* @property of a static class: `callee` is the getter (loads) or
                           `setter` the setter (stores), called like CALL_METHOD */
} AttrKind;

/* Fields only exclusive kinds use share storage (anonymous unions): an Expr is allocated
 * per node, hundreds of thousands for a big module, so every word counts. Code reads a
 * shared field only for its own kinds; walkers over all children must not visit both
 * names of one slot (a Slice's lower/upper/step are an IfExp's test/body/orelse). */
struct Expr {
    ExprKind kind;
    Span span;
    int op;                 /* BinOp: BinOp; UnaryOp: UnaryOp; BoolOp: BoolOpKind */
    /* ---- syntax ---- */
    const char *id;         /* Name: identifier; Attribute: attribute name */
    union {                 /* one kind's payload */
        struct {
            union {
                int64_t ival;       /* Int: value when !big */
                double fval;        /* Float */
            };
            const char *text;       /* Int, Float: literal as written (for ints beyond int64
                                       and messages) */
        };
        struct {
            const char *str;   /* Str/Bytes: decoded value (may contain NUL bytes) */
            size_t str_len;
        };
        int *cmp_ops;       /* Compare: CmpOp per adjacent pair (elts.len - 1 of them) */
        const char *what;   /* Unsupported: the construct, e.g. "lambda", "f-string" */
    };
    Expr *left, *right;     /* BinOp/BoolOp operands; UnaryOp/Starred operand in left;
                               Attribute/Subscript object in left; Subscript index in right */
    union {
        struct { Expr *test, *body, *orelse; };   /* IfExp: body if test else orelse;
                                                     ListComp/SetComp: element in body */
        struct { Expr *lower, *upper, *step; };   /* Slice parts (each may be NULL) */
    };
    PtrVec elts;            /* Tuple/List/Set items; Compare operands; Call positional args;
                               Dict keys (NULL key means **value) */
    union {                 /* see expr_has_values/keywords/comps */
        PtrVec values;      /* Dict values; MatchMapping patterns */
        PtrVec keywords;    /* Call, MatchClass: Keyword* */
        PtrVec comps;       /* ListComp/SetComp/DictComp: Comprehension* (element in body,
                               or key/value in left/right) */
    };
    Expr *func;             /* Call: callee expression */
    Stmt *def;              /* Lambda: its FunctionDef (params, body = [return expr]);
                               GeneratorExp: its generator FunctionDef */
    /* ---- checker ---- */
    Type *type;             /* static type of the value this node produces (never NULL after
                               checking; literals in a primitive context get that primitive) */
    Symbol *sym;            /* Name: what the name refers to */
    FuncDecl *callee;       /* Call with CALL_STATIC; Attribute with ATTR_PROPERTY: the getter */
    union {
        struct {            /* Call */
            Expr **bound;           /* CALL_STATIC: one per callee param, NULL = use the default */
            Type *cast_to;          /* CALL_CAST: target type; Name: the type a read CASTs
                                       to (a narrowing only the checker knows) */
            struct ClassDecl *cls;  /* CALL_CONSTRUCT */
        };
        struct {            /* Attribute */
            struct FieldDecl *field;/* ATTR_FIELD */
            FuncDecl *setter;       /* ATTR_PROPERTY stores */
        };
    };
    union {
        CallKind call_kind; /* Call */
        AttrKind attr_kind; /* Attribute */
    };
    bool virtual_call;      /* CALL_METHOD, ATTR_PROPERTY */
    bool big;               /* Int: does not fit in int64 (ival); the value is in text */
    bool parenthesized;
};

/* Which of the vectors that share storage a kind has (walkers over every child ask). */
static inline bool expr_has_values(const Expr *e) { return e->kind == E_DICT || e->kind == E_MATCH_MAPPING; }
static inline bool expr_has_keywords(const Expr *e) { return e->kind == E_CALL || e->kind == E_MATCH_CLASS; }
static inline bool expr_has_comps(const Expr *e) {
    return e->kind == E_LISTCOMP || e->kind == E_SETCOMP || e->kind == E_DICTCOMP;
}

struct Stmt {
    StmtKind kind;
    Span span;
    int op;                 /* AugAssign: BinOp */
    int level;              /* ImportFrom: number of leading dots */
    bool except_star;       /* Try: its handlers are except* clauses (PEP 654) */
    bool import_star;       /* ImportFrom: from m import * */
    bool is_async;          /* async def / async for / async with */
    bool class_cell;        /* ClassDef in a function: a method uses super()/__class__, so the
                               class gets a __class__ cell, filled once the class exists */
    bool super_cell;        /* FunctionDef in a class body (or nested in a method) naming super
                               or __class__: CPython gives it a __class__ cell, so super()
                               through any alias works */
    struct Stmt *super_class; /* with super_cell: the ClassDef that cell holds */
    bool yields;            /* FunctionDef: its body yields (a generator), when yield_known */
    bool yield_known;       /* set by scope.c (ast_body_has), which sees every def first */
    Expr *value;            /* Expr/Assign/AnnAssign/AugAssign/Return value; Raise exception */
    PtrVec targets;         /* Assign: Expr* (a = b = v has two); Delete: Expr* */
    Expr *target;           /* AnnAssign, AugAssign, For */
    Expr *annotation;       /* AnnAssign */
    Expr *test;             /* If/While/Assert */
    Expr *msg;              /* Assert message; Raise `from` cause */
    Expr *iter;             /* For */
    PtrVec body, orelse;    /* Stmt*; If elif chains nest an If in orelse */
    PtrVec handlers;        /* Try: ExceptHandler* */
    PtrVec finalbody;       /* Try: Stmt* of the finally clause */
    PtrVec items;           /* With: WithItem* */
    PtrVec cases;           /* Match: MatchCase* (subject in value) */
    PtrVec names;           /* Global/Nonlocal: const char*; Import/ImportFrom: Alias* */
    const char *module;     /* ImportFrom: module (NULL for `from . import x`) */
    const char *name;       /* FunctionDef/ClassDef */
    PtrVec params;          /* FunctionDef: Param* in source order */
    Expr *returns;          /* FunctionDef: return annotation or NULL */
    PtrVec decorators;      /* FunctionDef/ClassDef: Expr* */
    PtrVec bases;           /* ClassDef: Expr* */
    PtrVec class_keywords;  /* ClassDef: Keyword* (metaclass=M, arguments of __init_subclass__; **kw: name NULL) */
    const char *what;       /* Unsupported */
    /* ---- scope.c (FunctionDef) ---- */
    PtrVec cellvars;        /* const char*: locals nested functions use (kept in cells) */
    PtrVec freevars;        /* const char*: names taken from enclosing functions' cells,
                               in closure-tuple order */
    PtrVec cells_written;   /* const char*: cellvars a nested function rebinds (nonlocal) */
    const char *qualname;   /* FunctionDef/ClassDef: CPython's __qualname__ (f.<locals>.g, C.m) */
    /* ---- checker ---- */
    FuncDecl *func;         /* FunctionDef */
    struct ClassDecl *cls;  /* ClassDef */
};

/* ---- checker results: symbols and declarations ---- */

typedef enum SymKind {
    SYM_LOCAL,      /* function local or parameter: IR variable `index` of its FuncDecl */
    SYM_GLOBAL,     /* module global (module dict); also names the module body assigns */
    SYM_FUNCTION,   /* module-level static function (also a global at run time) */
    SYM_BUILTIN,    /* builtins module name (print, len, ValueError, ...) */
    SYM_STATIC,     /* a name imported from __static__ (box, cast, int64, ...) */
    SYM_TYPING,     /* Final, Optional, ... imported from typing */
    SYM_CLASS,      /* module-level class (also a global at run time); `cls` set */
} SymKind;

struct Symbol {
    const char *name;
    SymKind kind;
    Type *type;          /* declared/storage type: a primitive local is stored unboxed;
                            TY.dynamic when undeclared */
    bool is_final;       /* Final[...] */
    Expr *final_value;   /* Final constant with a literal value: inlined at uses */
    int index;           /* SYM_LOCAL: position in FuncDecl.locals */
    FuncDecl *func;      /* SYM_FUNCTION */
    const char *orig;    /* SYM_STATIC/SYM_TYPING: the imported name ("int64", "Final") */
    struct ClassDecl *cls; /* SYM_CLASS */
    bool hidden;         /* a comprehension's own variable: never found by name lookups
                            of the enclosing scope */
    Span span;           /* where it is declared */
    /* closures (SYM_LOCAL): the variable lives in a cell (scope.c) */
    bool is_cell;        /* a local of this function that nested functions use */
    bool is_free;        /* taken from an enclosing function (closure index free_index) */
    bool cell_written;   /* rebound by a nested function: never narrowed */
    bool prim_cell_reported; /* a primitive in a cell was reported (checker) */
    int free_index;
    Symbol *outer;       /* is_free: the enclosing function's symbol */
};

struct FuncDecl {
    const char *name;        /* bare name (used in CHECK_ARGS messages) */
    const char *qualname;    /* module-qualified for messages: m.f */
    Stmt *def;               /* NULL for the module body */
    int index;               /* position in Module.funcs */
    PtrVec params;           /* Param* (same objects as def->params, co_varnames order) */
    int npositional;         /* POSONLY + POS params (they come first in params, which
                                are in co_varnames order: then KWONLY, VARARGS, KWARGS) */
    int nposonly;            /* POSONLY params (the first ones) */
    bool has_varargs, has_kwargs;
    Type *ret;               /* declared return type (TY.dynamic when unannotated) */
    PtrVec locals;           /* Symbol* (SYM_LOCAL); parameters first, in order */
    bool is_module_body;
    bool is_inline;          /* @inline */
    bool dynamic_return;       /* @dynamic_return: callers and the body see a dynamic result */
    bool is_generator;       /* its body yields: calling it makes a generator object */
    bool is_coroutine;       /* async def: calling it makes a coroutine (an async generator
                                when is_generator too); ret is dynamic, coro_ret the declared
                                type of the value `await` gives */
    Type *coro_ret;
    bool is_static;          /* declared in a static module: typed native entry, CHECK_ARGS */
    /* methods (cls != NULL); `params` includes self/cls first for instance/class methods */
    struct ClassDecl *cls;   /* class whose body defines it */
    MethodKind method_kind;
    int vtable_slot;         /* slot in cls's vtable (virtual methods), -1 otherwise */
    bool is_final;           /* @final method, or any method of a @final class */
    bool decorated;          /* a module function with a run-time decorator (lru_cache, ...):
                                the name is bound to the decorator's result, so calls are
                                dynamic */
    FuncDecl *overrides;     /* the base-class method this one overrides, if any */
    bool field_overridden;   /* a property a subclass replaces with a field of its type:
                                reads go through the attribute, not the vtable */
    PtrVec freevars;         /* Symbol*: its closure's cells, in closure-tuple order */
};

/* A field (instance slot) of a static class (STATIC_PYTHON.md §1.4): from class-body
 * annotations without ClassVar and from `self.x` assignments in __init__. */
typedef struct FieldDecl {
    const char *name;
    Type *type;              /* declared type (TY.dynamic when unannotated) */
    struct ClassDecl *owner; /* the class that declares it */
    int index;               /* position in owner->fields (inherited fields come first) */
    bool is_final;           /* Final[...] attribute */
    Expr *default_;          /* class-body default value (x: int = 1), NULL when none */
    Span span;
    bool overridden;         /* a subclass replaces it with a property of its type: loads
                                and stores go through the attribute, not the slot */
} FieldDecl;

typedef struct FieldDefault {
    struct FieldDecl *field;
    Expr *value;
} FieldDefault;

/* A class. Static classes (is_static) get a fixed slot layout, vtables and direct
 * calls; others (defined in a function, with a non-static base other than object, with
 * a metaclass or several bases) are built at run time exactly as CPython does and
 * their instances are dynamic. */
typedef struct ClassDecl {
    const char *name;        /* bare name */
    const char *qualname;    /* module.Name, for messages */
    Stmt *def;
    int index;               /* position in Module.classes */
    Type *type;              /* its TY_CLASS type (type->cls == this) */
    struct ClassDecl *base;  /* static base class, NULL when the base is object */
    bool is_static;
    bool is_final;           /* @final class */
    bool allow_weakrefs;     /* @allow_weakrefs: instances have a weakref list */
    bool has_dict;           /* a method is a functools.cached_property: instances have a
                                __dict__ for it to cache in (static instances have none) */
    PtrVec fields;           /* FieldDecl*: ALL instance fields, inherited ones first (same
                                objects as in the base's list), in declaration order */
    PtrVec methods;          /* FuncDecl*: every def in the class body, in source order */
    PtrVec vtable;           /* FuncDecl*: the implementation in this class for each
                                virtual slot (inherited slots first, same numbering) */
    PtrVec decorated;        /* FuncDecl*: defs with a decorator applied at run time (the class
                                attribute is its result, not in `methods`) */
    PtrVec class_vars;       /* Symbol*: ClassVar[...] and plain class attributes */
    PtrVec redefaults;       /* FieldDefault*: inherited fields whose class-body default this
                                class replaces (`x = v` or `x: T = v` under a base's field x):
                                its instances start with v, as CPython's lookup would find it */
    FuncDecl *init;          /* __init__ defined here or inherited, NULL for object's */
    struct Dataclass *dc;    /* @dataclasses.dataclass: the fields and flags the checker
                                models (the class itself is built at run time) */
    int enum_kind;           /* a __static__ Enum / IntEnum / StringEnum class: 1 / 2 / 3
                                (built at run time by __static__.enum's metaclass) */
} ClassDecl;

typedef struct Module {
    const char *name;        /* module name (file stem, or __main__ for spc run) */
    const char *path;        /* source path as given */
    const char *source;      /* whole text */
    size_t source_len;
    bool is_static;          /* first statement is `import __static__` */
    bool checked_dicts;      /* from __static__.compiler_flags import checked_dicts */
    bool checked_lists;      /* ... checked_lists: displays are CheckedDict / CheckedList */
    PtrVec body;             /* Stmt* */
    bool scoped;             /* scope.c has run (the parser's threads run it chunk by chunk) */
    /* checker */
    FuncDecl *body_func;     /* the module body, run at import */
    PtrVec funcs;            /* FuncDecl*: every def (module-level functions and methods of
                                static classes), index order == FuncDecl.index */
    PtrVec classes;          /* ClassDecl*: every class statement at module level */
    PtrVec globals;          /* Symbol*: module-level names */
    struct Program *program; /* the whole-program view imports resolve in (NULL: none) */
} Module;

/* Does a function body have an expression of kind k1 or k2, not counting nested defs,
 * lambdas and classes? (yield, yield from: a generator; await) */
bool ast_body_has(const PtrVec *body, ExprKind k1, ExprKind k2);

/* Allocation helpers used by the parser (and by tests). */
Expr *expr_new(Arena *a, ExprKind kind, Span span);
Stmt *stmt_new(Arena *a, StmtKind kind, Span span);

/* --dump=ast: an S-expression-like indented dump, stable across runs. */
void ast_dump(FILE *out, const Module *m);

#endif
