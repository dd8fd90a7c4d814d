/* types.h — static types of Static Python (STATIC_PYTHON.md §1.2, §1.4).
 * Types are interned: two equal types are the same pointer, so compare with ==.
 * The checker puts a Type on every expression; the IR generator maps it to a
 * value type (obj or a primitive) and to run-time checks (CAST). */
#ifndef SPC_TYPES_H
#define SPC_TYPES_H
#include "arena.h"
#include <stdbool.h>
#include <stdint.h>

typedef enum PrimKind {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) id,
#include "prim.def"
#undef PRIM
    P__COUNT
} PrimKind;

typedef enum TypeKind {
    TY_DYNAMIC,   /* unannotated, Any, float (§1.2.2): ordinary Python semantics, no checks */
    TY_CLASS,     /* a nominal class: builtins (object, int, str, ...) or a user class */
    TY_OPTIONAL,  /* Optional[T] / T | None, T a class */
    TY_UNION,     /* Union[A, B, ...] of classes (and None), none a subtype of another: typed
                     like the reference, but held and passed unchecked at run time (like
                     dynamic), so a union flowing into a narrower type is CAST */
    TY_PRIM,      /* int8 .. uint64, double, cbool: unboxed C values */
    TY_VOID,      /* "no value" (statements) */
} TypeKind;

typedef struct Type Type;
struct Type {
    TypeKind kind;
    const char *name;          /* display name as the reference prints it: int, int64, Optional[str] */
    /* TY_CLASS */
    const char *module;        /* module that defines it at run time ("builtins" for builtins) */
    const char *qualname;      /* class name in that module */
    Type *base;                /* superclass (NULL only for object) */
    bool is_final;             /* cannot be subclassed (bool, NoneType, @final classes) */
    struct ClassDecl *cls;     /* a class declared in the module being compiled (static
                                  class), else NULL */
    Type *origin;              /* generic instance (CheckedList[int]): the generic class */
    Type **args;               /* ... and its type arguments; TY_UNION: the members */
    int nargs;
    Type *refines;             /* a Literal[...] / Exact[...] view of this class: kept only in
                                  the checker's flow facts (reveal_type prints it); every
                                  expression has the class itself (type_widen) */
    /* TY_OPTIONAL */
    Type *inner;
    /* TY_PRIM */
    PrimKind prim;
};

/* The builtin class types, created by types_init. */
typedef struct BuiltinTypes {
    Type *dynamic, *void_, *object, *int_, *bool_, *str, *float_, *bytes, *none,
         *list, *dict, *tuple, *set, *complex, *type;
    Type *prim[P__COUNT];
} BuiltinTypes;

extern BuiltinTypes TY;            /* valid after types_init() */
void types_init(Arena *a);         /* idempotent per arena lifetime; call once per compilation */

Type *type_optional(Type *inner);  /* Optional[inner]; Optional[Optional[T]] == Optional[T];
                                      Optional[None] == None; Optional[dynamic] == dynamic */
/* Union of n types as the reference simplifies it: nested unions and Optionals flattened,
 * a member another member already accepts dropped, one member left -> that member,
 * T and None -> Optional[T], a dynamic member -> dynamic.  No primitives (callers report). */
Type *type_union(Type *const *ts, int n);
/* The class `of` shown as `name` (Literal[1], Exact[mod.C]): a final subclass of it. */
Type *type_refined(Type *of, const char *name);
/* t with every refined class replaced by the class it refines. */
Type *type_widen(Type *t);
Type *type_class(const char *module, const char *qualname, Type *base); /* user classes */
Type *type_builtin_by_name(const char *name);   /* "int" -> TY.int_, ...; NULL if unknown */
Type *type_prim_by_name(const char *name);      /* "int64" -> TY.prim[P_INT64]; NULL if not */

bool type_is_prim(const Type *t);
bool type_is_int_prim(const Type *t);          /* int8..uint64 */
bool type_is_object(const Type *t);            /* anything held as PyObject* (not prim/void) */
bool type_is_subclass(const Type *sub, const Type *sup);
/* Is every value of static type `sub` a `sup` by the static rules (unions member-wise)? */
bool type_is_subtype(const Type *sup, const Type *sub);
/* Does a value of type t possibly hold None (Optional, None, a union with None)? */
bool type_has_none(const Type *t);
/* t without None (Optional[T] -> T, Union[A, B, None] -> Union[A, B]); t when no None. */
Type *type_without_none(Type *t);
/* Can a value of static type `src` flow into a location of type `dst` without a
 * conversion written by the user?  Implicit CASTs from dynamic are allowed (return
 * true); primitive rules follow §1.2.2 (widening only, no prim<->object). */
bool type_assignable(const Type *dst, const Type *src);
/* True when flowing `src` into `dst` needs a run-time CAST (src is dynamic or a
 * supertype of dst, e.g. object -> int, Optional[int] -> int is NOT allowed; src is a
 * union, which is never checked when it is stored, unless dst is a union too). */
bool type_needs_cast(const Type *dst, const Type *src);

/* Primitive facts from prim.def. */
const char *prim_name(PrimKind p);
int prim_bits(PrimKind p);
bool prim_is_signed(PrimKind p);
bool prim_is_int(PrimKind p);
int prim_typecode(PrimKind p);
bool prim_fits(PrimKind p, int64_t v, bool v_is_unsigned_big);
/* Result of mixing two int primitives in arithmetic (§1.2.3); NULL when not allowed. */
Type *prim_arith_result(const Type *a, const Type *b);
/* The boxed class of a primitive: int for ints, float for double, bool for cbool. */
Type *prim_boxed(const Type *t);

#endif
