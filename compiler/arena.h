/* arena.h — bump allocation for everything a compilation builds.
 * One arena per module holds the AST, types, symbols and IR; nothing is freed
 * individually (STYLE.md §2). Memory is returned all at once by arena_free. */
#ifndef SPC_ARENA_H
#define SPC_ARENA_H
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena { ArenaChunk *head; } Arena;

void *arena_alloc(Arena *a, size_t size);          /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* x, sep and y joined (cheaper than arena_printf: one is made per def). */
char *arena_join(Arena *a, const char *x, const char *sep, const char *y);
void arena_free(Arena *a);
/* Moves all of `from`'s memory into `a` (freed with it); `from` is left empty. */
void arena_adopt(Arena *a, Arena *from);
/* Frees everything allocated but keeps (and re-zeroes) the newest chunk for reuse:
 * a scratch arena emptied often then costs no fresh memory each time. */
void arena_reset(Arena *a);

/* String equality for names in hot lookups: the parser interns names (the same pointer
 * often), and most different names differ in the first byte (no strcmp call then). */
static inline bool name_eq(const char *a, const char *b) {
    return a == b || (a[0] == b[0] && strcmp(a, b) == 0);
}

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* A growable array of pointers (kept in the arena; growth copies). */
typedef struct PtrVec { void **items; int len, cap; } PtrVec;
void vec_push(Arena *a, PtrVec *v, void *item);
#define VEC_AT(v, T, i) ((T *)(v).items[i])

#endif
