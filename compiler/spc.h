/* spc.h — the stages of the compiler, in pipeline order (data flows one way):
 *   parse  : source text -> Module (AST with spans)            parse.c
 *   scope  : which variables nested functions share             scope.c
 *   check  : Module -> types/symbols on the AST, diagnostics    check.c (types.c)
 *   irgen  : checked Module -> IrModule of static opcodes       irgen.c
 *   passes : verify, refcount                                   ir.c
 *   lower  : IrModule -> .so through libgccjit                  lower.c
 * main.c is the driver: it reads as this list. */
#ifndef SPC_H
#define SPC_H
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "ir.h"

#define SPC_VERSION "0.1.0"

/* Parses `source` (len bytes, NUL-terminated) into a Module. Syntax errors (tree-sitter
 * ERROR/MISSING nodes) and constructs the AST has no node for are reported to `d`
 * (the latter become S_UNSUPPORTED/E_UNSUPPORTED nodes, which the checker reports).
 * Never returns NULL. */
Module *parse_module(Arena *a, const char *path, const char *modname,
                     const char *source, size_t len, Diags *d);

/* Finds the variables nested functions share (scope.c): fills the FunctionDefs'
 * cellvars/freevars and reports misplaced `nonlocal`. Run by check_module, unless the
 * parser already did (Module.scoped). */
void scope_module(Module *m, Arena *a, Diags *d);
/* The same for the top-level statements `body` alone (any run of a module's statements
 * gives the results a whole-module run gives them). */
void scope_stmts(PtrVec *body, const char *path, Arena *a, Diags *d);

/* Declares and type-checks the module, annotating the AST (ast.h "checker" fields).
 * Returns true when no error was reported. Unsupported constructs are reported as
 * D_UNSUPPORTED naming the construct. */
bool check_module(Module *m, Arena *a, Diags *d);

/* __init_subclass__ and __class_getitem__: classmethods without a decorator, as type()
 * makes them (shared by the checker and irgen). */
bool is_implicit_classmethod(const Stmt *def);

/* The whole-program view (STATIC_PYTHON.md §3.3): a static module sees the declarations
 * of the static modules it imports, found beside it or in its package (program.c). A
 * Program owns the arena every module of one run lives in (they share types), parses and
 * checks each module once, and keeps its diagnostics for the driver to report once. */
typedef struct ProgramUnit {
    const char *path;        /* as found: dir/name.py or dir/pkg/__init__.py */
    const char *key;         /* realpath: a module's identity */
    const char *source;
    size_t source_len;
    Module *mod;
    Diags diags;
    bool checked;            /* false while being checked (an import cycle sees it so) */
    bool reported;           /* the driver has written its diagnostics */
    bool requested;          /* named by the user (not only imported) */
} ProgramUnit;

typedef struct Program {
    Arena *arena;
    PtrVec units;            /* ProgramUnit*, in load order (imported modules first) */
} Program;

/* The module in `path` (checked as `modname`), loaded once per Program. NULL when the
 * file cannot be read. */
ProgramUnit *program_load(Program *p, const char *path, const char *modname);
/* The module `from` imports as `dotted` (level: leading dots of a relative import),
 * loaded when it is a .py file beside `from` or in its package tree; NULL otherwise. */
Module *program_import(Program *p, const Module *from, const char *dotted, int level);
/* The dotted module name of the file at `path`: its stem prefixed by the packages
 * (directories with __init__.py) that contain it; NULL when not an identifier. */
const char *program_module_name(Arena *a, const char *path);

/* The whole file at `path` in the arena (NUL-terminated), its length in *len; NULL when
 * it cannot be read (errno says why). */
char *read_source_file(Arena *a, const char *path, size_t *len);

/* Builds the IR of a checked module (no errors). Internal problems go to `d` as
 * D_INTERNAL. */
IrModule *irgen_module(Module *m, Arena *a, Diags *d);

typedef struct LowerOptions {
    int opt_level;              /* 0..3 */
    const char *output_path;    /* the .so to write */
    const char *runtime_archive;/* path of libspcrt.a */
    bool debug_info;            /* -g */
    FILE *dump_jit;             /* non-NULL: write libgccjit's reproducer/dump here */
} LowerOptions;

/* Lowers verified, refcounted IR to a shared object. Returns 0 on success; libgccjit
 * errors are reported as D_INTERNAL naming the function. */
int lower_module(IrModule *m, const LowerOptions *opt, Diags *d);

#endif
