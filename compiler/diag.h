/* diag.h — collecting and printing diagnostics (the only place messages are printed).
 * Stages report with diag_report(); the driver prints them sorted by position with
 * the source line and a caret underline, GCC/mypy style:
 *     path:line:col: error: message  [code]
 * Lines and columns are 1-based; columns count bytes. */
#ifndef SPC_DIAG_H
#define SPC_DIAG_H
#include "arena.h"
#include <stdio.h>

typedef struct Span { int line, col, end_line, end_col; } Span;

typedef enum DiagId {
#define DIAG(id, code, fmt) id,
#include "diag.def"
#undef DIAG
    D__COUNT
} DiagId;

typedef enum Severity { SEV_ERROR, SEV_NOTE } Severity;

typedef struct Diag {
    DiagId id;
    Severity severity;
    const char *path;      /* file the span refers to */
    Span span;
    char *message;         /* fully formatted */
} Diag;

typedef struct Diags {
    Arena *arena;
    PtrVec items;          /* Diag* */
    int errors;
} Diags;

const char *diag_code(DiagId id);
/* The printf template of `id` as written in diag.def (docs, SARIF rule descriptions). */
const char *diag_template(DiagId id);
/* Formats the template of `id` with the arguments. */
Diag *diag_report(Diags *d, const char *path, DiagId id, Span span, ...);
void diag_note(Diags *d, const char *path, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Sorts by file, line, column (notes stay after their error) and prints each with the
 * source line and caret; no colour, no summary (defined in report.c, see report.h).
 * `source` is the text of `path` (may be NULL: no source line printed). */
void diag_print_text(Diags *d, FILE *out, const char *path, const char *source);

#endif
