/* config.h — reading `[tool.spc]` from pyproject.toml (driver stage, before any work).
 * Input: the text of a TOML file. Output: the key/value pairs of one table.
 * A small TOML subset of our own: tables and dotted keys, basic and literal strings
 * (single- and multi-line), booleans, integers, arrays (nested, multi-line, trailing
 * comma), comments. Values of other tables that spc does not understand (floats, dates,
 * inline tables) are skipped, never rejected; inside the wanted table they come back as
 * CFG_OTHER so the driver can say which key has an unsupported value. */
#ifndef SPC_CONFIG_H
#define SPC_CONFIG_H
#include "arena.h"
#include <stdbool.h>

typedef enum ConfigKind { CFG_STRING, CFG_BOOL, CFG_INT, CFG_ARRAY, CFG_OTHER } ConfigKind;

typedef struct ConfigValue {
    ConfigKind kind;
    const char *str;      /* CFG_STRING */
    bool boolean;         /* CFG_BOOL */
    long long integer;    /* CFG_INT */
    PtrVec items;         /* CFG_ARRAY: ConfigValue* */
} ConfigValue;

typedef struct ConfigEntry {
    const char *key;      /* relative to the table, e.g. "error_format" */
    int line;             /* 1-based, for messages */
    ConfigValue *value;
} ConfigEntry;

typedef struct Config {
    const char *path;     /* the file read (NULL: none found) */
    bool has_table;       /* the wanted table appeared */
    PtrVec entries;       /* ConfigEntry*, in file order */
    const char *error;    /* syntax error message, NULL when the file parsed */
    int error_line;
} Config;

/* Parses `text` (NUL-terminated) and keeps the entries of `table` (e.g. "tool.spc").
 * Returns false and sets c->error / c->error_line on a syntax error. */
bool config_parse(Arena *a, const char *text, const char *table, Config *c);

/* Looks for pyproject.toml in `dir` and its parents and returns the path of the first
 * one that has a [tool.spc] table; the search stops at the directory holding .git or
 * .hg (the project root). NULL when there is none. */
const char *config_find(Arena *a, const char *dir);

#endif
