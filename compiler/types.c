/* types.c — the static types of Static Python (types.h; STATIC_PYTHON.md §1.2).
 *
 * Stage: shared by the checker (check.c) and the IR generator.
 * Input: nothing but prim.def; output: the interned builtin types in TY, the
 * assignability/cast rules of §1.2.2 and the primitive arithmetic of §1.2.3.
 * Types live in the arena given to types_init; equal types are the same pointer. */
#include "types.h"
#include <string.h>

BuiltinTypes TY;

static Arena *ty_arena;
static PtrVec ty_optionals;     /* interned Optional[T] types */
static PtrVec ty_unions;        /* interned Union[...] types */
static PtrVec ty_refined;       /* interned Literal[...] / Exact[...] views */

typedef struct PrimInfo { const char *name; int bits; bool is_signed, is_int; int code; } PrimInfo;

static const PrimInfo prim_table[P__COUNT] = {
#define PRIM(id, name, ctype, bits, is_signed, is_int, code) [id] = {name, bits, is_signed, is_int, code},
#include "prim.def"
#undef PRIM
};

static Type *type_new(TypeKind kind, const char *name) {
    Type *t = ARENA_NEW(ty_arena, Type);
    t->kind = kind;
    t->name = name;
    return t;
}

static Type *builtin_class(const char *name, Type *base, bool is_final) {
    Type *t = type_new(TY_CLASS, name);
    t->module = "builtins";
    t->qualname = name;
    t->base = base;
    t->is_final = is_final;
    return t;
}

/* Idempotent for one arena: a second call (the driver, then check_module) keeps the
 * pointers already handed out. Clear TY (memset) to force a fresh start on an arena
 * that may reuse a freed one's address (unit tests). */
void types_init(Arena *a) {
    if (ty_arena == a && TY.dynamic) return;
    ty_arena = a;
    ty_optionals = (PtrVec){0};
    ty_unions = (PtrVec){0};
    ty_refined = (PtrVec){0};
    memset(&TY, 0, sizeof TY);
    TY.dynamic = type_new(TY_DYNAMIC, "dynamic");
    TY.void_ = type_new(TY_VOID, "void");
    TY.object = builtin_class("object", NULL, false);
    TY.int_ = builtin_class("int", TY.object, false);
    TY.bool_ = builtin_class("bool", TY.int_, true);
    TY.str = builtin_class("str", TY.object, false);
    TY.float_ = builtin_class("float", TY.object, false);
    TY.bytes = builtin_class("bytes", TY.object, false);
    TY.none = builtin_class("None", TY.object, true);
    TY.none->qualname = "NoneType";
    TY.list = builtin_class("list", TY.object, false);
    TY.dict = builtin_class("dict", TY.object, false);
    TY.tuple = builtin_class("tuple", TY.object, false);
    TY.set = builtin_class("set", TY.object, false);
    TY.complex = builtin_class("complex", TY.object, false);
    TY.type = builtin_class("type", TY.object, false);
    for (int p = 0; p < P__COUNT; p++) {
        TY.prim[p] = type_new(TY_PRIM, prim_table[p].name);
        TY.prim[p]->prim = (PrimKind)p;
    }
}

Type *type_optional(Type *inner) {
    if (!inner || inner->kind == TY_DYNAMIC) return TY.dynamic;
    if (inner->kind == TY_UNION) {
        Type *ts[2] = {inner, TY.none};
        return type_union(ts, 2);
    }
    if (inner->kind == TY_OPTIONAL || inner == TY.none) return inner;
    for (int i = 0; i < ty_optionals.len; i++) {
        Type *t = VEC_AT(ty_optionals, Type, i);
        if (t->inner == inner) return t;
    }
    Type *t = type_new(TY_OPTIONAL, arena_printf(ty_arena, "Optional[%s]", inner->name));
    t->inner = inner;
    vec_push(ty_arena, &ty_optionals, t);
    return t;
}

Type *type_class(const char *module, const char *qualname, Type *base) {
    const char *name = strcmp(module, "builtins") == 0
                           ? qualname : arena_printf(ty_arena, "%s.%s", module, qualname);
    Type *t = type_new(TY_CLASS, name);
    t->module = module;
    t->qualname = qualname;
    t->base = base ? base : TY.object;
    return t;
}

/* Appends t's members (flattening unions and Optionals) to out. */
static void union_flatten(const Type *t, PtrVec *out) {
    if (t->kind == TY_UNION) {
        for (int i = 0; i < t->nargs; i++) union_flatten(t->args[i], out);
    } else if (t->kind == TY_OPTIONAL) {
        vec_push(ty_arena, out, t->inner);
        vec_push(ty_arena, out, TY.none);
    } else {
        vec_push(ty_arena, out, (void *)t);
    }
}

static Type *union_intern(Type **ms, int n) {
    for (int i = 0; i < ty_unions.len; i++) {
        Type *u = VEC_AT(ty_unions, Type, i);
        bool same = u->nargs == n;
        for (int j = 0; same && j < n; j++) same = u->args[j] == ms[j];
        if (same) return u;
    }
    const char *name = "Union[";
    for (int j = 0; j < n; j++) name = arena_printf(ty_arena, "%s%s%s", name, j ? ", " : "", ms[j]->name);
    Type *u = type_new(TY_UNION, arena_printf(ty_arena, "%s]", name));
    u->args = ARENA_ARRAY(ty_arena, Type *, n);
    for (int j = 0; j < n; j++) u->args[j] = ms[j];
    u->nargs = n;
    vec_push(ty_arena, &ty_unions, u);
    return u;
}

/* The reference's UnionType._simplify_args: drop member j when another member i accepts
 * it (the first of equal members stays); then make_generic_type's special cases. */
Type *type_union(Type *const *ts, int n) {
    PtrVec all = {0};
    for (int i = 0; i < n; i++) {
        if (ts[i]->kind == TY_DYNAMIC) return TY.dynamic;
        union_flatten(ts[i], &all);
    }
    Type **ms = ARENA_ARRAY(ty_arena, Type *, all.len + 1);
    bool *drop = ARENA_ARRAY(ty_arena, bool, all.len + 1);
    for (int i = 0; i < all.len; i++) {
        if (drop[i]) continue;
        for (int j = 0; j < all.len; j++)
            if (i != j && !drop[j] && type_is_subtype(VEC_AT(all, Type, i), VEC_AT(all, Type, j))) drop[j] = true;
    }
    int m = 0;
    for (int i = 0; i < all.len; i++)
        if (!drop[i]) ms[m++] = VEC_AT(all, Type, i);
    if (m == 1) return ms[0];
    if (m == 2 && (ms[0] == TY.none || ms[1] == TY.none)) return type_optional(ms[ms[0] == TY.none]);
    return union_intern(ms, m);
}

Type *type_refined(Type *of, const char *name) {
    if (of->refines) of = of->refines;
    for (int i = 0; i < ty_refined.len; i++) {
        Type *t = VEC_AT(ty_refined, Type, i);
        if (t->refines == of && strcmp(t->name, name) == 0) return t;
    }
    Type *t = type_new(TY_CLASS, arena_strdup(ty_arena, name));
    t->module = of->module;
    t->qualname = of->qualname;
    t->base = of;
    t->is_final = true;
    t->cls = of->cls;
    t->origin = of->origin;
    t->args = of->args;
    t->nargs = of->nargs;
    t->refines = of;
    vec_push(ty_arena, &ty_refined, t);
    return t;
}

Type *type_widen(Type *t) {
    if (!t) return t;
    if (t->refines) return t->refines;
    if (t->kind == TY_OPTIONAL && t->inner->refines) return type_optional(t->inner->refines);
    if (t->kind != TY_UNION) return t;
    bool any = false;
    for (int i = 0; i < t->nargs; i++) any |= t->args[i]->refines != NULL;
    if (!any) return t;
    Type **ms = ARENA_ARRAY(ty_arena, Type *, t->nargs);
    for (int i = 0; i < t->nargs; i++) ms[i] = type_widen(t->args[i]);
    return type_union(ms, t->nargs);
}

bool type_has_none(const Type *t) {
    if (t == TY.none || t->kind == TY_OPTIONAL) return true;
    if (t->kind != TY_UNION) return false;
    for (int i = 0; i < t->nargs; i++)
        if (t->args[i] == TY.none) return true;
    return false;
}

Type *type_without_none(Type *t) {
    if (t->kind == TY_OPTIONAL) return t->inner;
    if (t->kind != TY_UNION || !type_has_none(t)) return t;
    Type **ms = ARENA_ARRAY(ty_arena, Type *, t->nargs);
    int m = 0;
    for (int i = 0; i < t->nargs; i++)
        if (t->args[i] != TY.none) ms[m++] = t->args[i];
    return type_union(ms, m);
}

Type *type_builtin_by_name(const char *name) {
    Type *all[] = {TY.object, TY.int_, TY.bool_, TY.str, TY.float_, TY.bytes, TY.none,
                   TY.list, TY.dict, TY.tuple, TY.set, TY.complex, TY.type};
    if (strcmp(name, "NoneType") == 0) return TY.none;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (name_eq(all[i]->name, name)) return all[i];
    return NULL;
}

Type *type_prim_by_name(const char *name) {
    for (int p = 0; p < P__COUNT; p++)
        if (name_eq(prim_table[p].name, name)) return TY.prim[p];
    return NULL;
}

bool type_is_prim(const Type *t) { return t && t->kind == TY_PRIM; }
bool type_is_int_prim(const Type *t) { return type_is_prim(t) && prim_table[t->prim].is_int; }
bool type_is_object(const Type *t) {
    return t && (t->kind == TY_DYNAMIC || t->kind == TY_CLASS || t->kind == TY_OPTIONAL ||
                 t->kind == TY_UNION);
}

bool type_is_subclass(const Type *sub, const Type *sup) {
    if (!sub || !sup || sub->kind != TY_CLASS || sup->kind != TY_CLASS) return false;
    for (const Type *t = sub; t; t = t->base)
        if (t == sup) return true;
    return false;
}

/* intN -> intM: same signedness and not narrower, or unsigned into a strictly wider
 * signed type (§1.2.2). double and cbool only accept themselves. */
static bool prim_widens(const Type *dst, const Type *src) {
    if (dst == src) return true;
    const PrimInfo *d = &prim_table[dst->prim], *s = &prim_table[src->prim];
    if (!d->is_int || !s->is_int) return false;
    if (d->is_signed == s->is_signed) return d->bits >= s->bits;
    return d->is_signed && d->bits > s->bits;
}

/* Is every value of static type `src` a `dst` by the static rules? */
static bool object_subtype(const Type *dst, const Type *src) {
    if (dst == src || dst == TY.object) return true;
    if (src->kind == TY_DYNAMIC) return false;
    if (dst->kind == TY_DYNAMIC) return true;
    if (src->kind == TY_UNION || src->kind == TY_OPTIONAL) {   /* every member fits */
        if (src->kind == TY_OPTIONAL && dst->kind == TY_OPTIONAL) return type_is_subclass(src->inner, dst->inner);
        if (src->kind == TY_OPTIONAL) return dst->kind == TY_UNION && object_subtype(dst, TY.none) &&
                                             object_subtype(dst, src->inner);
        for (int i = 0; i < src->nargs; i++)
            if (!object_subtype(dst, src->args[i])) return false;
        return true;
    }
    if (dst->kind == TY_UNION) {   /* some member takes it */
        for (int i = 0; i < dst->nargs; i++)
            if (object_subtype(dst->args[i], src)) return true;
        return false;
    }
    if (dst->kind == TY_OPTIONAL) {
        if (src == TY.none) return true;
        if (src->kind == TY_OPTIONAL) return type_is_subclass(src->inner, dst->inner);
        return type_is_subclass(src, dst->inner);
    }
    if (src->kind == TY_OPTIONAL) return false;
    return type_is_subclass(src, dst);
}

bool type_assignable(const Type *dst, const Type *src) {
    if (!dst || !src) return false;
    if (dst == src) return true;
    if (dst->kind == TY_VOID || src->kind == TY_VOID) return false;
    if (type_is_prim(dst) || type_is_prim(src)) {
        return type_is_prim(dst) && type_is_prim(src) && prim_widens(dst, src);
    }
    if (src->kind == TY_DYNAMIC || dst->kind == TY_DYNAMIC) return true;
    return object_subtype(dst, src);
}

bool type_is_subtype(const Type *sup, const Type *sub) {
    if (!sup || !sub || !type_is_object(sup) || !type_is_object(sub)) return sup == sub;
    return object_subtype(sup, sub);
}

bool type_needs_cast(const Type *dst, const Type *src) {
    if (!type_is_object(dst) || !type_is_object(src)) return false;
    if (dst->kind == TY_DYNAMIC || dst == TY.object || dst->kind == TY_UNION) return false;
    return src->kind == TY_UNION || !object_subtype(dst, src);
}

const char *prim_name(PrimKind p) { return prim_table[p].name; }
int prim_bits(PrimKind p) { return prim_table[p].bits; }
bool prim_is_signed(PrimKind p) { return prim_table[p].is_signed; }
bool prim_is_int(PrimKind p) { return prim_table[p].is_int; }
int prim_typecode(PrimKind p) { return prim_table[p].code; }

/* `v` is the value, or when v_is_unsigned_big the value is (uint64_t)v > INT64_MAX. */
bool prim_fits(PrimKind p, int64_t v, bool v_is_unsigned_big) {
    const PrimInfo *info = &prim_table[p];
    if (!info->is_int) return p == P_DOUBLE || (p == P_CBOOL && !v_is_unsigned_big && (v == 0 || v == 1));
    if (v_is_unsigned_big) return !info->is_signed && info->bits == 64;
    if (info->is_signed) {
        if (info->bits == 64) return true;
        int64_t lim = (int64_t)1 << (info->bits - 1);
        return v >= -lim && v < lim;
    }
    if (v < 0) return false;
    if (info->bits == 64) return true;
    return v < ((int64_t)1 << info->bits);
}

/* §1.2.3: same signedness -> the wider; mixed -> the smallest signed type holding both
 * (an unsigned N-bit value needs 2N signed bits), if that is at most 64 bits. */
Type *prim_arith_result(const Type *a, const Type *b) {
    if (!type_is_prim(a) || !type_is_prim(b)) return NULL;
    if (a->prim == P_DOUBLE && b->prim == P_DOUBLE) return TY.prim[P_DOUBLE];
    if (!type_is_int_prim(a) || !type_is_int_prim(b)) return NULL;
    const PrimInfo *x = &prim_table[a->prim], *y = &prim_table[b->prim];
    if (x->is_signed == y->is_signed) return (Type *)(x->bits >= y->bits ? a : b);
    const PrimInfo *s = x->is_signed ? x : y, *u = x->is_signed ? y : x;
    int bits = s->bits > 2 * u->bits ? s->bits : 2 * u->bits;
    switch (bits) {
    case 8: return TY.prim[P_INT8];
    case 16: return TY.prim[P_INT16];
    case 32: return TY.prim[P_INT32];
    case 64: return TY.prim[P_INT64];
    default: return NULL;
    }
}

Type *prim_boxed(const Type *t) {
    if (!type_is_prim(t)) return NULL;
    if (t->prim == P_DOUBLE) return TY.float_;
    if (t->prim == P_CBOOL) return TY.bool_;
    return TY.int_;
}
