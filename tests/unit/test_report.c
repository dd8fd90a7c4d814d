/* test_report.c — unit tests of report.c: JSON string escaping, the order of errors and
 * their notes, the text format (caret spans, colour only on request), the SARIF shape,
 * and mypy's summary wording. Output is captured with open_memstream. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "report.h"

static Arena arena;
static int setup(void **state) { (void)state; arena = (Arena){0}; return 0; }
static int teardown(void **state) { (void)state; arena_free(&arena); return 0; }

/* Captures what `fn` writes to a FILE*. */
typedef struct Capture { char *buf; size_t len; FILE *f; } Capture;
static void cap_open(Capture *c) { c->f = open_memstream(&c->buf, &c->len); }
static char *cap_close(Capture *c) {
    fclose(c->f);
    char *s = arena_strdup(&arena, c->buf);
    free(c->buf);
    return s;
}

static char *json_of(const char *s) {
    Capture c;
    cap_open(&c);
    report_json_string(c.f, s);
    return cap_close(&c);
}

static void test_json_escaping(void **state) {
    (void)state;
    assert_string_equal(json_of("plain"), "\"plain\"");
    assert_string_equal(json_of("a\"b\\c"), "\"a\\\"b\\\\c\"");
    assert_string_equal(json_of("l1\nl2\tx\r"), "\"l1\\nl2\\tx\\r\"");
    assert_string_equal(json_of("\x01\x1f\x7f"), "\"\\u0001\\u001f\\u007f\"");
    assert_string_equal(json_of("caf\xc3\xa9 \xe2\x80\xa6 \xf0\x9f\x98\x80"), "\"caf\xc3\xa9 \xe2\x80\xa6 \xf0\x9f\x98\x80\"");
    /* invalid UTF-8: stray continuation, truncated sequence, overlong, surrogate, > U+10FFFF */
    assert_string_equal(json_of("\x80"), "\"\\ufffd\"");
    assert_string_equal(json_of("a\xc3"), "\"a\\ufffd\"");
    assert_string_equal(json_of("\xc0\xaf"), "\"\\ufffd\\ufffd\"");
    assert_string_equal(json_of("\xed\xa0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");
    assert_string_equal(json_of("\xf4\x90\x80\x80"), "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    assert_string_equal(json_of(NULL), "\"\"");
}

static void test_summary_wording(void **state) {
    (void)state;
    char b[128];
    report_summary(b, sizeof b, 0, 0, 1);
    assert_string_equal(b, "Success: no issues found in 1 source file");
    report_summary(b, sizeof b, 0, 0, 40);
    assert_string_equal(b, "Success: no issues found in 40 source files");
    report_summary(b, sizeof b, 1, 1, 1);
    assert_string_equal(b, "Found 1 error in 1 file (checked 1 source file)");
    report_summary(b, sizeof b, 3, 2, 40);
    assert_string_equal(b, "Found 3 errors in 2 files (checked 40 source files)");
}

static void test_choices(void **state) {
    (void)state;
    ReportFormat f;
    assert_true(report_parse_format("sarif", &f) && f == REPORT_SARIF);
    assert_true(report_parse_format("json", &f) && f == REPORT_JSON);
    assert_false(report_parse_format("xml", &f));
    FILE *notty = tmpfile();
    assert_int_equal(report_color_choice("auto", notty), 0);    /* not a terminal: no colour */
    assert_int_equal(report_color_choice("always", notty), 1);
    assert_int_equal(report_color_choice("never", notty), 0);
    assert_int_equal(report_color_choice("maybe", notty), -1);
    fclose(notty);
}

#define SRC "x: int = 1\ny = f(a,\n      b)\n"

static Diags sample(void) {
    Diags d = {.arena = &arena};
    diag_note(&d, "t.py", (Span){1, 1, 1, 2}, "a note before any error stands alone");
    diag_report(&d, "t.py", D_NAME_UNDEFINED, (Span){2, 5, 3, 8}, "f");
    diag_note(&d, "t.py", (Span){1, 1, 1, 2}, "defined here");
    diag_report(&d, "t.py", D_ASSIGN_MISMATCH, (Span){1, 10, 1, 11}, "int64", "int");
    return d;
}

static void test_order_keeps_notes_after_errors(void **state) {
    (void)state;
    Diags d = sample();
    Diag **o = report_order(&d);
    assert_string_equal(o[0]->message, "a note before any error stands alone");
    assert_int_equal(o[1]->id, D_ASSIGN_MISMATCH);       /* line 1 col 10 */
    assert_int_equal(o[2]->id, D_NAME_UNDEFINED);        /* line 2 */
    assert_string_equal(o[3]->message, "defined here");  /* its note follows, despite line 1 */
}

static void test_text_format(void **state) {
    (void)state;
    Diags d = sample();
    Capture c;
    cap_open(&c);
    Reporter r = {.out = c.f, .format = REPORT_TEXT};
    report_begin(&r);
    report_file(&r, &d, "t.py", SRC);
    report_end(&r);
    char *out = cap_close(&c);
    assert_non_null(strstr(out, "t.py:1:10: error: type mismatch: int64 cannot be assigned to int  [assignment]\n"
                                "    x: int = 1\n"
                                "             ^\n"));
    /* a span continuing on the next line is underlined to the end of its first line */
    assert_non_null(strstr(out, "t.py:2:5: error: Name `f` is not defined.  [name-defined]\n"
                                "    y = f(a,\n"
                                "        ^~~~\n"
                                "t.py:1:1: note: defined here\n"));
    assert_null(strstr(out, "\033["));
    assert_non_null(strstr(out, "Found 2 errors in 1 file (checked 1 source file)\n"));
    assert_int_equal(r.errors, 2);
    assert_int_equal(r.files_with_errors, 1);
}

static void test_color_when_asked(void **state) {
    (void)state;
    Diags d = sample();
    Capture c;
    cap_open(&c);
    Reporter r = {.out = c.f, .format = REPORT_TEXT, .color = true};
    report_file(&r, &d, "t.py", SRC);
    char *out = cap_close(&c);
    assert_non_null(strstr(out, "\033[1mt.py:1:10:\033[0m \033[1;31merror:\033[0m"));
    assert_non_null(strstr(out, "\033[1;36mnote:\033[0m"));
}

static void test_sarif_shape(void **state) {
    (void)state;
    Diags d = sample();
    Capture c;
    cap_open(&c);
    Reporter r = {.out = c.f, .format = REPORT_SARIF};
    report_begin(&r);
    report_file(&r, &d, "t.py", SRC);
    report_end(&r);
    char *out = cap_close(&c);
    assert_non_null(strstr(out, "\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\""));
    assert_non_null(strstr(out, "\"version\": \"2.1.0\""));
    assert_non_null(strstr(out, "\"name\": \"spc\""));
    assert_non_null(strstr(out, "{\"id\": \"name-defined\", \"name\": \"name-defined\", \"shortDescription\": "
                                "{\"text\": \"Name `\xe2\x80\xa6` is not defined.\"}"));
    /* three results: the lone note, and two errors; the second error carries its note */
    assert_non_null(strstr(out, "{\"level\": \"note\", \"message\": {\"text\": \"a note before"));
    assert_non_null(strstr(out, "\"ruleId\": \"name-defined\", \"ruleIndex\": 2, \"level\": \"error\""));
    assert_non_null(strstr(out, "\"relatedLocations\": [{\"id\": 1, \"message\": {\"text\": \"defined here\"}"));
    assert_non_null(strstr(out, "\"artifactLocation\": {\"uri\": \"t.py\", \"uriBaseId\": \"%SRCROOT%\"}"));
    assert_non_null(strstr(out, "\"region\": {\"startLine\": 2, \"startColumn\": 5, \"endLine\": 3, \"endColumn\": 8}"));
    assert_non_null(strstr(out, "\"executionSuccessful\": true"));
    assert_int_equal(r.emitted, 3);
}

static void test_json_document(void **state) {
    (void)state;
    Diags d = sample();
    Capture c;
    cap_open(&c);
    Reporter r = {.out = c.f, .format = REPORT_JSON};
    report_begin(&r);
    report_file(&r, &d, "t.py", SRC);
    report_end(&r);
    char *out = cap_close(&c);
    assert_int_equal(out[0], '[');
    assert_non_null(strstr(out, "{\"file\": \"t.py\", \"line\": 2, \"column\": 5, \"end_line\": 3, \"end_column\": 8, "
                                "\"severity\": \"error\", \"code\": \"name-defined\", \"message\": \"Name `f` is not defined.\"}"));
    assert_non_null(strstr(out, "\"severity\": \"note\", \"code\": null, \"message\": \"defined here\"}"));
    assert_string_equal(out + strlen(out) - 3, "}\n]\n" + 1);
    Capture e;
    cap_open(&e);
    Reporter empty = {.out = e.f, .format = REPORT_JSON};
    report_begin(&empty);
    report_end(&empty);
    assert_string_equal(cap_close(&e), "[]\n");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_json_escaping, setup, teardown),
        cmocka_unit_test_setup_teardown(test_summary_wording, setup, teardown),
        cmocka_unit_test_setup_teardown(test_choices, setup, teardown),
        cmocka_unit_test_setup_teardown(test_order_keeps_notes_after_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_text_format, setup, teardown),
        cmocka_unit_test_setup_teardown(test_color_when_asked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sarif_shape, setup, teardown),
        cmocka_unit_test_setup_teardown(test_json_document, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
