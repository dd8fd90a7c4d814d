/* diag.c — collecting, sorting and printing diagnostics (see diag.h). */
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
Diag *diag_report(Diags *d, const char *path, DiagId id, Span span, ...) {
    va_list ap;
    va_start(ap, span);
    char *msg = vformat(d->arena, diag_table[id].fmt, ap);
    va_end(ap);
    return diag_add(d, path, id, SEV_ERROR, span, msg);
}

void diag_note(Diags *d, const char *path, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(d->arena, fmt, ap);
    va_end(ap);
    diag_add(d, path, D_INTERNAL, SEV_NOTE, span, msg);
}
#pragma GCC diagnostic pop

/* Sort key: file, line, column; stable for equal positions (insertion order). */
static int diag_cmp(const void *pa, const void *pb) {
    const Diag *a = *(Diag *const *)pa, *b = *(Diag *const *)pb;
    int c = strcmp(a->path ? a->path : "", b->path ? b->path : "");
    if (c) return c;
    if (a->span.line != b->span.line) return a->span.line - b->span.line;
    if (a->span.col != b->span.col) return a->span.col - b->span.col;
    return (a < b) ? -1 : (a > b);
}

/* Finds line `line` (1-based) in `source`; returns its start and sets *len. */
static const char *source_line(const char *source, int line, int *len) {
    const char *p = source;
    for (int l = 1; l < line && p; l++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (!p) return NULL;
    const char *e = strchr(p, '\n');
    *len = e ? (int)(e - p) : (int)strlen(p);
    return p;
}

static void print_caret(FILE *out, const char *source, Span s) {
    int len;
    const char *text = source_line(source, s.line, &len);
    if (!text) return;
    if (len > 0 && text[len - 1] == '\r') len--;
    fprintf(out, "    %.*s\n    ", len, text);
    for (int i = 1; i < s.col && i <= len; i++) fputc(text[i - 1] == '\t' ? '\t' : ' ', out);
    fputc('^', out);
    int end = (s.end_line == s.line) ? s.end_col : len + 1;
    for (int i = s.col + 1; i < end && i <= len; i++) fputc('~', out);
    fputc('\n', out);
}

void diag_print_text(Diags *d, FILE *out, const char *path, const char *source) {
    if (d->items.len > 1)
        qsort(d->items.items, (size_t)d->items.len, sizeof(void *), diag_cmp);
    for (int i = 0; i < d->items.len; i++) {
        Diag *g = VEC_AT(d->items, Diag, i);
        const char *sev = g->severity == SEV_ERROR ? "error" : "note";
        fprintf(out, "%s:%d:%d: %s: %s", g->path ? g->path : "<unknown>", g->span.line,
                g->span.col, sev, g->message);
        if (g->severity == SEV_ERROR) fprintf(out, "  [%s]", diag_code(g->id));
        fputc('\n', out);
        if (source && g->path && path && strcmp(g->path, path) == 0 && g->span.line > 0)
            print_caret(out, source, g->span);
    }
}
