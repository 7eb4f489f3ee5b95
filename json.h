/* json.h - a small JSON reader for one line of a kgraph stream.
 *
 * kg_json_parse turns one JSON text into a tree of struct kg_json that owns
 * all its strings; kg_json_release frees it.  Strings are decoded (escapes,
 * \uXXXX with surrogate pairs) into UTF-8 and may contain NUL bytes, so their
 * length is kept.  Nesting is limited to KG_JSON_MAX_DEPTH so hostile input
 * cannot drive the recursion.
 */
#ifndef KG_JSON_H
#define KG_JSON_H

#include <stddef.h>

#define KG_JSON_MAX_DEPTH 32

enum kg_json_type { KG_JSON_NULL, KG_JSON_BOOL, KG_JSON_NUM, KG_JSON_STR, KG_JSON_ARR, KG_JSON_OBJ };

struct kg_json {
    enum kg_json_type type; /* what this value is */
    double num;             /* KG_JSON_NUM value, or 0/1 for KG_JSON_BOOL */
    char *str;              /* KG_JSON_STR bytes, NUL-terminated */
    size_t len;             /* KG_JSON_STR length in bytes */
    struct kg_json *items;  /* KG_JSON_ARR / KG_JSON_OBJ members */
    char **keys;            /* KG_JSON_OBJ member names (parallel to items) */
    size_t n;               /* number of members */
};

/* Parse `n` bytes; 0 on success, -1 with a static message in *err. */
int kg_json_parse(const char *s, size_t n, struct kg_json *out, const char **err);
void kg_json_release(struct kg_json *v);
/* Member `key` of an object, or NULL. */
const struct kg_json *kg_json_get(const struct kg_json *obj, const char *key);
/* Member `key` as a string, or NULL when missing or not a string. */
const char *kg_json_get_str(const struct kg_json *obj, const char *key);
/* Member `key` as a number; `def` when missing or not a number. */
double kg_json_get_num(const struct kg_json *obj, const char *key, double def);

/* Shared with graph/linejson.c: the four hex digits of a \u escape (0, or
 * -1 when one is not a hex digit), and a code point written as UTF-8 at d
 * (up to 4 bytes; returns the byte after it). */
int kg_json_hex4(const char *s, unsigned *out);
char *kg_json_put_utf8(char *d, unsigned cp);
/* The JSON number at s (not past end): 0 and *out, 1 when it is no number,
 * 2 when it is too long to read; *stop is where it ends. */
int kg_json_number(const char *s, const char *end, const char **stop, double *out);

#endif
