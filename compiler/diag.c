/* diag.c — collecting diagnostics (see diag.h). Formatting them for people and tools,
 * diag_print_text included, is report.c's job. */
#include "diag.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct DiagInfo { const char *code, *fmt; } DiagInfo;

static const DiagInfo diag_table[D__COUNT] = {
#define DIAG(id, code, fmt) [id] = {code, fmt},
#include "diag.def"
#undef DIAG
};

const char *diag_code(DiagId id) { return diag_table[id].code; }
const char *diag_template(DiagId id) { return diag_table[id].fmt; }

static Diag *diag_add(Diags *d, const char *path, DiagId id, Severity sev, Span span, char *msg) {
    Diag *g = ARENA_NEW(d->arena, Diag);
    g->id = id;
    g->severity = sev;
    g->path = path;
    g->span = span;
    g->message = msg;
    vec_push(d->arena, &d->items, g);
    if (sev == SEV_ERROR) d->errors++;
    return g;
}

static char *vformat(Arena *a, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    char probe[1];
    int n = vsnprintf(probe, sizeof probe, fmt, ap);
    char *s = arena_alloc(a, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return s;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/* The same error at the same place, reported recently (a construct visited twice, e.g. an
 * annotation resolved while declaring and again while checking): one mistake, one message. */
static Diag *recent_duplicate(Diags *d, const char *path, DiagId id, Span span, const char *msg) {
    for (int i = d->items.len - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
        Diag *x = d->items.items[i];
        if (x->id == id && x->span.line == span.line && x->span.col == span.col &&
            x->span.end_line == span.end_line && x->span.end_col == span.end_col &&
            (x->path == path || (x->path && path && !strcmp(x->path, path))) && !strcmp(x->message, msg))
            return x;
    }
    return NULL;
}

Diag *diag_report(Diags *d, const char *path, DiagId id, Span span, ...) {
    va_list ap;
    va_start(ap, span);
    char *msg = vformat(d->arena, diag_table[id].fmt, ap);
    va_end(ap);
    Diag *dup = recent_duplicate(d, path, id, span, msg);
    return dup ? dup : diag_add(d, path, id, SEV_ERROR, span, msg);
}

void diag_note(Diags *d, const char *path, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(d->arena, fmt, ap);
    va_end(ap);
    diag_add(d, path, D_INTERNAL, SEV_NOTE, span, msg);
}
#pragma GCC diagnostic pop
