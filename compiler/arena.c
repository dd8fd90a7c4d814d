/* arena.c — see arena.h.
 * Chunks come zeroed from the system (calloc: fresh pages for large chunks), so an
 * allocation is a pointer bump; they grow geometrically (a 100k-line module's AST is
 * ~150 MB, allocated in a few dozen chunks) and large ones ask for transparent huge
 * pages, which spares tens of thousands of page faults. */
#include "arena.h"
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct ArenaChunk { ArenaChunk *next; size_t used, size; _Alignas(16) unsigned char data[]; };

enum { CHUNK_MIN = 64 * 1024, CHUNK_MAX = 8 * 1024 * 1024, HUGE_PAGE = 2 * 1024 * 1024 };

static ArenaChunk *chunk_new(Arena *a, size_t size) {
    size_t cap = a->head ? a->head->size * 2 : CHUNK_MIN;
    if (cap > CHUNK_MAX) cap = CHUNK_MAX;
    if (cap < size) cap = size;
    ArenaChunk *c = calloc(1, sizeof *c + cap);
    if (!c) { fputs("spc: out of memory\n", stderr); exit(2); }
#ifdef MADV_HUGEPAGE
    if (cap >= 2 * HUGE_PAGE) {   /* the huge-page-aligned middle of the chunk */
        uintptr_t lo = ((uintptr_t)c->data + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
        uintptr_t hi = ((uintptr_t)c->data + cap) & ~(uintptr_t)(HUGE_PAGE - 1);
        if (hi > lo) madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
    }
#endif
    c->next = a->head;
    c->size = cap;
    a->head = c;
    return c;
}

void *arena_alloc(Arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    ArenaChunk *c = a->head;
    if (!c || c->used + size > c->size) c = chunk_new(a, size);
    void *p = c->data + c->used;   /* zero: chunks are never reused */
    c->used += size;
    return p;
}
char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    char probe[1];
    int n = vsnprintf(probe, sizeof probe, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

char *arena_join(Arena *a, const char *x, const char *sep, const char *y) {
    size_t nx = strlen(x), ns = strlen(sep), ny = strlen(y);
    char *p = arena_alloc(a, nx + ns + ny + 1);   /* zeroed: terminated */
    memcpy(p, x, nx);
    memcpy(p + nx, sep, ns);
    memcpy(p + nx + ns, y, ny);
    return p;
}

void arena_free(Arena *a) {
    for (ArenaChunk *c = a->head, *next; c; c = next) { next = c->next; free(c); }
    a->head = NULL;
}

void arena_adopt(Arena *a, Arena *from) {
    ArenaChunk *tail = from->head;
    if (!tail) return;
    while (tail->next) tail = tail->next;
    if (a->head) {   /* behind a's newest chunk, which keeps serving allocations */
        tail->next = a->head->next;
        a->head->next = from->head;
    } else a->head = from->head;
    from->head = NULL;
}

void arena_reset(Arena *a) {
    ArenaChunk *keep = a->head;
    if (!keep) return;
    for (ArenaChunk *c = keep->next, *next; c; c = next) { next = c->next; free(c); }
    memset(keep->data, 0, keep->used);
    keep->used = 0;
    keep->next = NULL;
}

void vec_push(Arena *a, PtrVec *v, void *item) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 2;
        void **items = ARENA_ARRAY(a, void *, cap);
        if (v->len) memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items; v->cap = cap;
    }
    v->items[v->len++] = item;
}
