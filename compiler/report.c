/* report.c — the output stage of `spc check` (and of every command's diagnostics).
 * Input: Diags per file (diag.h) plus the file's source text.
 * Output: text (GCC/mypy style with source line and caret underline, optional ANSI
 * colour, summary line), a JSON array, or a SARIF 2.1.0 log; see report.h.
 * Everything is streamed: one file's diagnostics are written as soon as it is checked. */
#include "report.h"
#include "spc.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---------------------------------------------------------------- choices */

bool report_parse_format(const char *s, ReportFormat *out) {
    static const struct { const char *name; ReportFormat f; } names[] = {
        {"text", REPORT_TEXT}, {"json", REPORT_JSON}, {"sarif", REPORT_SARIF},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) {
            *out = names[i].f;
            return true;
        }
    return false;
}

int report_color_choice(const char *s, FILE *out) {
    if (strcmp(s, "always") == 0) return 1;
    if (strcmp(s, "never") == 0) return 0;
    if (strcmp(s, "auto") != 0) return -1;
    const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
    if (no_color && *no_color) return 0;
    if (term && strcmp(term, "dumb") == 0) return 0;
    return isatty(fileno(out)) ? 1 : 0;
}

/* ---------------------------------------------------------------- order */

typedef struct Ord { const Diag *owner; int owner_seq; Diag *g; int seq; } Ord;

static int ord_cmp(const void *pa, const void *pb) {
    const Ord *a = pa, *b = pb;
    const Diag *x = a->owner, *y = b->owner;
    int c = strcmp(x->path ? x->path : "", y->path ? y->path : "");
    if (c) return c;
    if (x->span.line != y->span.line) return x->span.line < y->span.line ? -1 : 1;
    if (x->span.col != y->span.col) return x->span.col < y->span.col ? -1 : 1;
    if (a->owner_seq != b->owner_seq) return a->owner_seq < b->owner_seq ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

/* A note belongs to the error reported just before it (diag_note follows diag_report);
 * a note with no error before it stands alone and sorts by its own position. */
Diag **report_order(Diags *d) {
    int n = d->items.len;
    Diag **out = ARENA_ARRAY(d->arena, Diag *, n > 0 ? n : 1);
    if (n <= 0) return out;
    Ord *ord = malloc(sizeof(Ord) * (size_t)n);
    if (!ord) {   /* out of memory: insertion order is still a valid answer */
        for (int i = 0; i < n; i++) out[i] = VEC_AT(d->items, Diag, i);
        return out;
    }
    int last_error = -1;
    for (int i = 0; i < n; i++) {
        Diag *g = VEC_AT(d->items, Diag, i);
        if (g->severity == SEV_ERROR) last_error = i;
        int owner = g->severity == SEV_ERROR || last_error < 0 ? i : last_error;
        ord[i] = (Ord){VEC_AT(d->items, Diag, owner), owner, g, i};
    }
    qsort(ord, (size_t)n, sizeof(Ord), ord_cmp);
    for (int i = 0; i < n; i++) out[i] = ord[i].g;
    free(ord);
    return out;
}

/* ---------------------------------------------------------------- source lines */

/* Start offsets of the lines of one source text, built on the first diagnostic that
 * needs a line (so a clean file costs nothing). */
typedef struct Lines {
    const char *src;
    size_t len;
    size_t *start;     /* start[i] = offset of line i+1; start[count] = len + 1 */
    int count;
} Lines;

static void lines_build(Lines *l) {
    int cap = 1;
    for (size_t i = 0; i < l->len; i++) cap += l->src[i] == '\n';
    l->start = malloc(sizeof(size_t) * (size_t)(cap + 1));
    if (!l->start) return;
    int n = 0;
    l->start[n++] = 0;
    for (size_t i = 0; i < l->len; i++)
        if (l->src[i] == '\n') l->start[n++] = i + 1;
    l->count = n;
    l->start[n] = l->len + 1;
}

/* Line `line` (1-based) without its newline (and '\r'); NULL when out of range. */
static const char *lines_get(Lines *l, int line, int *len) {
    if (!l->src || line < 1) return NULL;
    if (!l->start) lines_build(l);
    if (!l->start || line > l->count) return NULL;
    size_t b = l->start[line - 1], e = l->start[line] - 1;   /* e: the '\n' or len */
    if (e > b && l->src[e - 1] == '\r') e--;
    if (b > l->len) return NULL;
    *len = (int)(e - b);
    return l->src + b;
}

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Byte column -> 1-based Unicode code point column on the same line. */
static int char_column(Lines *l, int line, int col) {
    int len;
    const char *t = lines_get(l, line, &len);
    if (!t || col < 1) return col;
    int chars = 1;
    for (int i = 0; i < col - 1; i++) chars += i >= len || !is_cont((unsigned char)t[i]);
    return chars;
}

/* ---------------------------------------------------------------- text */

enum { C_RESET, C_BOLD, C_ERROR, C_NOTE, C_SUCCESS };
static const char *const ANSI[] = {"\033[0m", "\033[1m", "\033[1;31m", "\033[1;36m", "\033[1;32m"};

static void color_on(const Reporter *r, int c) { if (r->color) fputs(ANSI[c], r->out); }
static void color_off(const Reporter *r) { if (r->color) fputs(ANSI[C_RESET], r->out); }

/* Writes n bytes of user text (a message or a source line): control characters become
 * '?' so a file cannot drive the terminal; tabs are kept (they keep carets aligned). */
static void put_clean(FILE *out, const char *s, int n) {
    for (int i = 0; i < n && s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        fputc((c < 0x20 && c != '\t') || c == 0x7f ? '?' : c, out);
    }
}

/* "    source line\n    ^~~~~\n": the caret spans col..end_col (exclusive); a span that
 * continues on later lines is underlined to the end of its first line. Padding copies
 * tabs and counts one column per UTF-8 character. */
static void print_caret(const Reporter *r, Lines *l, const Diag *g) {
    int len;
    const char *text = lines_get(l, g->span.line, &len);
    if (!text) return;
    fputs("    ", r->out);
    put_clean(r->out, text, len);
    fputs("\n    ", r->out);
    Span s = g->span;
    int col = s.col < 1 ? 1 : s.col;
    for (int i = 0; i < col - 1 && i < len; i++)
        if (!is_cont((unsigned char)text[i])) fputc(text[i] == '\t' ? '\t' : ' ', r->out);
    color_on(r, g->severity == SEV_ERROR ? C_ERROR : C_NOTE);
    fputc('^', r->out);
    int end = s.end_line > s.line ? len + 1 : s.end_col;
    for (int i = col; i < end - 1 && i < len; i++)
        if (!is_cont((unsigned char)text[i])) fputc('~', r->out);
    color_off(r);
    fputc('\n', r->out);
}

static void text_diag(Reporter *r, Lines *l, const Diag *g, const char *path) {
    bool err = g->severity == SEV_ERROR;
    color_on(r, C_BOLD);
    fprintf(r->out, "%s:%d:%d:", g->path ? g->path : "<unknown>", g->span.line, g->span.col);
    color_off(r);
    fputc(' ', r->out);
    color_on(r, err ? C_ERROR : C_NOTE);
    fputs(err ? "error:" : "note:", r->out);
    color_off(r);
    fputc(' ', r->out);
    put_clean(r->out, g->message, (int)strlen(g->message));
    if (err) fprintf(r->out, "  [%s]", diag_code(g->id));
    fputc('\n', r->out);
    if (g->path && path && strcmp(g->path, path) == 0) print_caret(r, l, g);
}

/* ---------------------------------------------------------------- JSON */

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when it is not valid
 * (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated). */
static int utf8_len(const unsigned char *s) {
    unsigned c = s[0];
    int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
          : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    for (int i = 1; i < n; i++)
        if (!is_cont(s[i])) return 0;      /* stops at the terminating NUL too */
    unsigned c1 = s[1];
    if (n == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))) return 0;
    if (n == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))) return 0;
    return n;
}

void report_json_string(FILE *out, const char *s) {
    fputc('"', out);
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        unsigned char c = *p;
        int n = utf8_len(p);
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\u%04x", c);
        else if (n == 0) fputs("\\ufffd", out);
        else fwrite(p, 1, (size_t)n, out);
        p += n ? n : 1;
    }
    fputc('"', out);
}

static void json_diag(Reporter *r, const Diag *g) {
    FILE *o = r->out;
    fputs(r->emitted++ ? ",\n" : "\n", o);
    fputs("{\"file\": ", o);
    report_json_string(o, g->path ? g->path : "<unknown>");
    fprintf(o, ", \"line\": %d, \"column\": %d, \"end_line\": %d, \"end_column\": %d, \"severity\": \"%s\", \"code\": ",
            g->span.line, g->span.col, g->span.end_line, g->span.end_col,
            g->severity == SEV_ERROR ? "error" : "note");
    if (g->severity == SEV_ERROR) report_json_string(o, diag_code(g->id));
    else fputs("null", o);
    fputs(", \"message\": ", o);
    report_json_string(o, g->message);
    fputc('}', o);
}

/* ---------------------------------------------------------------- SARIF */

static int rule_of[D__COUNT];     /* DiagId -> index of its code in the rules array */
static DiagId rule_first[D__COUNT];
static int rule_count;

static void rules_index(void) {
    rule_count = 0;
    for (int id = 0; id < D__COUNT; id++) {
        int k = 0;
        while (k < rule_count && strcmp(diag_code(rule_first[k]), diag_code((DiagId)id)) != 0) k++;
        if (k == rule_count) rule_first[rule_count++] = (DiagId)id;
        rule_of[id] = k;
    }
}

static bool uri_plain(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           strchr("-._~/", c) != NULL;
}

/* A path as a URI reference: percent-encoded; relative paths stay relative (resolved
 * against %SRCROOT%, the working directory), absolute ones become file:// URIs. */
static void put_uri(FILE *o, const char *path) {
    const unsigned char *p = (const unsigned char *)path;
    while (p[0] == '.' && p[1] == '/') p += 2;
    fputc('"', o);
    if (*p == '/') fputs("file://", o);
    for (; *p; p++) {
        if (uri_plain(*p)) fputc(*p, o);
        else fprintf(o, "%%%02X", *p);
    }
    fputc('"', o);
}

/* A location object; related locations (notes) carry an id and their message. */
static void sarif_location(Reporter *r, Lines *l, const Diag *g, const char *path, int id,
                           const char *message) {
    FILE *o = r->out;
    const char *p = g->path ? g->path : "<unknown>";
    fputc('{', o);
    if (message) {
        fprintf(o, "\"id\": %d, \"message\": {\"text\": ", id);
        report_json_string(o, message);
        fputs("}, ", o);
    }
    fputs("\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", o);
    put_uri(o, p);
    if (p[0] != '/') fputs(", \"uriBaseId\": \"%SRCROOT%\"", o);
    fputc('}', o);
    Span s = g->span;
    if (s.line >= 1) {
        Lines none = {0};
        Lines *src = g->path && path && strcmp(g->path, path) == 0 ? l : &none;
        int col = s.col >= 1 ? char_column(src, s.line, s.col) : 1;
        fprintf(o, ", \"region\": {\"startLine\": %d, \"startColumn\": %d", s.line, col);
        if (s.end_line > s.line || (s.end_line == s.line && s.end_col > s.col)) {
            fprintf(o, ", \"endLine\": %d, \"endColumn\": %d", s.end_line,
                    char_column(src, s.end_line, s.end_col));
        }
        fputc('}', o);
    }
    fputs("}}", o);
}

static void sarif_result(Reporter *r, Lines *l, Diag **gs, int n, const char *path) {
    FILE *o = r->out;
    const Diag *g = gs[0];
    fputs(r->emitted++ ? ",\n        " : "\n        ", o);
    fputc('{', o);
    if (g->severity == SEV_ERROR)
        fprintf(o, "\"ruleId\": \"%s\", \"ruleIndex\": %d, ", diag_code(g->id), rule_of[g->id]);
    fprintf(o, "\"level\": \"%s\", \"message\": {\"text\": ", g->severity == SEV_ERROR ? "error" : "note");
    report_json_string(o, g->message);
    fputs("}, \"locations\": [", o);
    sarif_location(r, l, g, path, 0, NULL);
    fputc(']', o);
    if (n > 1) {
        fputs(", \"relatedLocations\": [", o);
        for (int i = 1; i < n; i++) {
            fputs(i > 1 ? ", " : "", o);
            sarif_location(r, l, gs[i], path, i, gs[i]->message);
        }
        fputc(']', o);
    }
    fputc('}', o);
}

/* A template as prose: the printf holes shown as "…", "%%" as "%". Appends to buf. */
static void template_text(char *buf, size_t size, const char *fmt) {
    size_t n = strlen(buf);
    for (const char *p = fmt; *p && n + 4 < size; p++) {
        if (p[0] == '%' && p[1] && p[1] != '%') {
            memcpy(buf + n, "\xe2\x80\xa6", 3);
            n += 3;
            p++;
        } else {
            if (p[0] == '%' && p[1]) p++;
            buf[n++] = *p;
        }
    }
    buf[n] = 0;
}

static void sarif_begin(Reporter *r) {
    FILE *o = r->out;
    rules_index();
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
    fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
          "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
          "      \"tool\": {\"driver\": {\"name\": \"spc\", \"version\": \"" SPC_VERSION "\",\n"
          "        \"informationUri\": \"https://github.com/facebookincubator/cinderx\",\n"
          "        \"rules\": [", o);
    for (int k = 0; k < rule_count; k++) {
        const char *code = diag_code(rule_first[k]);
        fprintf(o, "%s\n          {\"id\": \"%s\", \"name\": \"%s\", \"shortDescription\": {\"text\": ",
                k ? "," : "", code, code);
        char text[2048] = "";
        template_text(text, sizeof text, diag_template(rule_first[k]));
        report_json_string(o, text);
        fputs("}, \"fullDescription\": {\"text\": ", o);
        text[0] = 0;
        for (int id = 0; id < D__COUNT; id++) {   /* every template sharing the code */
            if (rule_of[id] != k) continue;
            if (text[0]) template_text(text, sizeof text, " | ");
            template_text(text, sizeof text, diag_template((DiagId)id));
        }
        report_json_string(o, text);
        fputs("}, \"defaultConfiguration\": {\"level\": \"error\"}}", o);
    }
    fputs("\n        ]}},\n      \"columnKind\": \"unicodeCodePoints\",\n"
          "      \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": ", o);
    size_t n = strlen(cwd);
    char *dir = malloc(n + 2);
    if (dir) {
        memcpy(dir, cwd, n);
        strcpy(dir + n, n && cwd[n - 1] == '/' ? "" : "/");
        put_uri(o, dir);
        free(dir);
    } else {
        fputs("\"file:///\"", o);
    }
    fputs("}},\n      \"results\": [", o);
}

static void sarif_end(Reporter *r) {
    fprintf(r->out, "%s],\n      \"invocations\": [{\"executionSuccessful\": %s}]\n    }\n  ]\n}\n",
            r->emitted ? "\n      " : "", r->failed ? "false" : "true");
}

/* ---------------------------------------------------------------- driver */

void report_begin(Reporter *r) {
    if (r->format == REPORT_JSON) fputc('[', r->out);
    else if (r->format == REPORT_SARIF) sarif_begin(r);
}

void report_file(Reporter *r, Diags *d, const char *path, const char *source) {
    Lines l = {.src = source, .len = source ? strlen(source) : 0};
    Diag **gs = report_order(d);
    int n = d->items.len, errors = 0;
    for (int i = 0; i < n; i++) {
        errors += gs[i]->severity == SEV_ERROR;
        if (r->format == REPORT_TEXT) {
            text_diag(r, &l, gs[i], path);
        } else if (r->format == REPORT_JSON) {
            json_diag(r, gs[i]);
        } else {
            int k = 1;   /* an error and the notes that follow it form one result */
            if (gs[i]->severity == SEV_ERROR)
                while (i + k < n && gs[i + k]->severity != SEV_ERROR) k++;
            sarif_result(r, &l, gs + i, k, path);
            i += k - 1;
        }
    }
    free(l.start);
    r->files_checked++;
    r->errors += errors;
    r->files_with_errors += errors > 0;
}

static const char *plural(int n, const char *one, const char *many) { return n == 1 ? one : many; }

void report_summary(char *buf, size_t size, int errors, int files_with_errors, int files_checked) {
    if (errors)
        snprintf(buf, size, "Found %d %s in %d %s (checked %d source %s)", errors,
                 plural(errors, "error", "errors"), files_with_errors,
                 plural(files_with_errors, "file", "files"), files_checked,
                 plural(files_checked, "file", "files"));
    else
        snprintf(buf, size, "Success: no issues found in %d source %s", files_checked,
                 plural(files_checked, "file", "files"));
}

void report_end(Reporter *r) {
    if (r->format == REPORT_JSON) fputs(r->emitted ? "\n]\n" : "]\n", r->out);
    else if (r->format == REPORT_SARIF) sarif_end(r);
    char line[256];
    report_summary(line, sizeof line, r->errors, r->files_with_errors, r->files_checked);
    FILE *o = r->format == REPORT_TEXT ? r->out : r->summary;
    if (!o) return;
    bool color = r->color && o == r->out;
    if (color) fputs(ANSI[r->errors ? C_ERROR : C_SUCCESS], o);
    fputs(line, o);
    if (color) fputs(ANSI[C_RESET], o);
    fputc('\n', o);
}

/* diag.h's printer for the other commands: text, no colour, no summary. */
void diag_print_text(Diags *d, FILE *out, const char *path, const char *source) {
    Reporter r = {.out = out, .format = REPORT_TEXT};
    report_file(&r, d, path, source);
}
