/* report.h — writing diagnostics for people and for tools (the driver's output stage).
 * Input: the Diags collected for each checked file (diag.h) and that file's source text.
 * Output, on one stream, in one of three formats:
 *   text   path:line:col: error: message  [code]   + the source line and a caret
 *          underline spanning the offending expression; notes follow their error;
 *          ANSI colour on request; a mypy-style summary line at the end.
 *   json   one JSON array document; one object per diagnostic (notes included).
 *   sarif  a SARIF 2.1.0 log (rules from diag.def, one result per error, notes as
 *          relatedLocations) as code-scanning services accept it.
 * Every format is streamed file by file, so memory does not grow with the output.
 * The codes, severities and messages are diag.def's: nothing here invents wording. */
#ifndef SPC_REPORT_H
#define SPC_REPORT_H
#include "diag.h"
#include <stdbool.h>
#include <stdio.h>

typedef enum ReportFormat { REPORT_TEXT, REPORT_JSON, REPORT_SARIF } ReportFormat;

typedef struct Reporter {
    FILE *out;             /* diagnostics (and the text summary) */
    FILE *summary;         /* where the summary line goes for json/sarif (NULL: none) */
    ReportFormat format;
    bool color;            /* ANSI colour in text output */
    /* counters, maintained by report_file */
    int files_checked;
    int files_with_errors;
    int errors;
    int emitted;           /* JSON objects / SARIF results written (for separators) */
    bool failed;           /* an internal or usage error happened (SARIF executionSuccessful) */
} Reporter;

/* Parses "text" / "json" / "sarif"; false when unknown. */
bool report_parse_format(const char *s, ReportFormat *out);
/* --color=auto|always|never: whether to colour `out` ("auto": a terminal, no NO_COLOR,
 * TERM not "dumb"). Returns -1 for an unknown word. */
int report_color_choice(const char *s, FILE *out);

/* Writes what precedes the first diagnostic (JSON "[", the SARIF header and rules). */
void report_begin(Reporter *r);
/* Writes the diagnostics of one file, sorted by position (notes stay after their error),
 * and counts the file as checked. `source` may be NULL (no source lines shown). */
void report_file(Reporter *r, Diags *d, const char *path, const char *source);
/* Closes the document and writes the summary line. */
void report_end(Reporter *r);

/* "Found 3 errors in 2 files (checked 40 source files)" /
 * "Success: no issues found in 40 source files" (mypy's wording), into buf. */
void report_summary(char *buf, size_t size, int errors, int files_with_errors, int files_checked);

/* Writes `s` as a JSON string literal (quotes included): escapes quotes, backslashes and
 * control characters, and replaces invalid UTF-8 by U+FFFD so the document always parses. */
void report_json_string(FILE *out, const char *s);

/* Diagnostics of `d` in output order: errors sorted by file, line, column (stable), each
 * followed by the notes reported right after it. Returns an arena array of d->items.len
 * pointers (d->items itself is left as it is). */
Diag **report_order(Diags *d);

#endif
