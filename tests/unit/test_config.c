/* test_config.c — unit tests of config.c, the TOML subset read from pyproject.toml:
 * the [tool.spc] entries and their types, tolerance of other tables' TOML, errors with
 * line numbers, and the search through parent directories. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "config.h"

static Arena arena;
static int setup(void **state) { (void)state; arena = (Arena){0}; return 0; }
static int teardown(void **state) { (void)state; arena_free(&arena); return 0; }

static const ConfigEntry *entry(const Config *c, const char *key) {
    for (int i = 0; i < c->entries.len; i++)
        if (strcmp(VEC_AT(c->entries, ConfigEntry, i)->key, key) == 0) return VEC_AT(c->entries, ConfigEntry, i);
    return NULL;
}

static const char PYPROJECT[] =
    "# a typical file\n"
    "[build-system]\n"
    "requires = [\"setuptools>=61\", 'wheel']\n"
    "[project]\n"
    "name = \"demo\"\n"
    "description = \"\"\"multi\n"
    "line \\\"quoted\\\" \"\"\"\n"
    "authors = [{name = \"A\", email = \"a@b\"}]\n"
    "[tool.black]\n"
    "line-length = 1_00\n"
    "ratio = 0.5\n"
    "released = 1979-05-27 07:32:00Z\n"
    "big = inf\n"
    "[tool.spc]\n"
    "error_format = \"sarif\"   # comment\n"
    "color = 'never'\n"
    "opt_level = 3\n"
    "debug_info = true\n"
    "exclude = [\n"
    "    \"gen/*\",  # generated\n"
    "    \"*_pb2.py\",\n"
    "]\n"
    "python = \"/usr/bin/python3\\u00e9\"\n"
    "[tool.spc.sub]\n"
    "x = 1\n"
    "[[tool.other]]\n"
    "tool.spc.dotted = -0x10\n";

static void test_pyproject(void **state) {
    (void)state;
    Config c = {0};
    assert_true(config_parse(&arena, PYPROJECT, "tool.spc", &c));
    assert_null(c.error);
    assert_true(c.has_table);
    const ConfigEntry *e = entry(&c, "error_format");
    assert_non_null(e);
    assert_int_equal(e->value->kind, CFG_STRING);
    assert_string_equal(e->value->str, "sarif");
    assert_int_equal(e->line, 15);
    assert_string_equal(entry(&c, "color")->value->str, "never");
    assert_int_equal(entry(&c, "opt_level")->value->integer, 3);
    assert_true(entry(&c, "debug_info")->value->boolean);
    const ConfigValue *ex = entry(&c, "exclude")->value;
    assert_int_equal(ex->kind, CFG_ARRAY);
    assert_int_equal(ex->items.len, 2);
    assert_string_equal(VEC_AT(ex->items, ConfigValue, 1)->str, "*_pb2.py");
    assert_string_equal(entry(&c, "python")->value->str, "/usr/bin/python3\xc3\xa9");
    assert_non_null(entry(&c, "sub.x"));
    assert_null(entry(&c, "line-length"));
    assert_null(entry(&c, "dotted"));  /* inside [[tool.other]]: tool.other.tool.spc.dotted */
}

static void test_values(void **state) {
    (void)state;
    Config c = {0};
    assert_true(config_parse(&arena,
        "tool.spc.a = 0x1F\ntool.spc.b = -1_000\ntool.spc.c = 'lit\\eral'\ntool.spc.d = 1.5\n"
        "tool.spc.e = [[1, 2], []]\ntool.spc.f = '''x\ny'''\n\"tool\".'spc'.g = false\n",
        "tool.spc", &c));
    assert_int_equal(entry(&c, "a")->value->integer, 31);
    assert_int_equal(entry(&c, "b")->value->integer, -1000);
    assert_string_equal(entry(&c, "c")->value->str, "lit\\eral");
    assert_int_equal(entry(&c, "d")->value->kind, CFG_OTHER);
    assert_int_equal(entry(&c, "e")->value->items.len, 2);
    assert_string_equal(entry(&c, "f")->value->str, "x\ny");
    assert_false(entry(&c, "g")->value->boolean);
}

static void expect_error(const char *text, int line) {
    Config c = {0};
    assert_false(config_parse(&arena, text, "tool.spc", &c));
    assert_non_null(c.error);
    assert_int_equal(c.error_line, line);
}

static void test_errors(void **state) {
    (void)state;
    expect_error("[tool.spc]\nerror_format = \"json\n", 2);
    expect_error("[tool.spc\n", 1);
    expect_error("a = 1\nb = [1, 2\n", 3);
    expect_error("a = 1 2\n", 1);
    expect_error("a = \"\\q\"\n", 1);
    expect_error("= 1\n", 1);
    expect_error("a = nope\n", 1);
    char deep[200];
    memset(deep, '[', 100);
    strcpy(deep + 100, "\n");
    char *text = arena_printf(&arena, "a = %s", deep);
    expect_error(text, 1);
}

static void test_find(void **state) {
    (void)state;
    char tmpl[] = "/tmp/spc-config-XXXXXX";
    char *root = mkdtemp(tmpl);
    assert_non_null(root);
    char *a = arena_printf(&arena, "%s/a", root), *b = arena_printf(&arena, "%s/a/b", root);
    mkdir(a, 0777);
    mkdir(b, 0777);
    char *git = arena_printf(&arena, "%s/.git", root);
    mkdir(git, 0777);
    char *top = arena_printf(&arena, "%s/pyproject.toml", root), *mid = arena_printf(&arena, "%s/pyproject.toml", a);
    FILE *f = fopen(top, "w");
    fputs("[tool.spc]\ncolor = \"never\"\n", f);
    fclose(f);
    f = fopen(mid, "w");
    fputs("[project]\nname = \"no spc table here\"\n", f);
    fclose(f);
    const char *found = config_find(&arena, b);
    assert_non_null(found);
    assert_string_equal(found, top);   /* a/pyproject.toml has no [tool.spc]: keep looking */
    unlink(top);
    assert_null(config_find(&arena, b));   /* stops at the directory holding .git */
    unlink(mid);
    rmdir(git);
    rmdir(b);
    rmdir(a);
    rmdir(root);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_pyproject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_find, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
