/* linejson.h - kg_json_parse for stream lines, without a malloc per value.
 *
 * Reading a stream of millions of lines, kg_json_parse's allocations (one
 * per string, member name and growing member array, then a free each) were
 * most of the time `merge` spent.  kg_linejson_parse accepts exactly the
 * JSON texts kg_json_parse accepts and builds the same struct kg_json tree
 * (same members in the same order, strings decoded the same way, numbers
 * the same doubles), but every byte of the tree lives in the scratch `s`,
 * which the next parse on `s` reuses: the tree is valid until then, and is
 * never given to kg_json_release.  kg_linejson_parse_inplace keeps the
 * strings and nested values of a whole block of lines until
 * kg_linejson_reset.
 *
 * It returns -1 on any text it does not accept, without a message: the
 * caller parses that line again with kg_json_parse, which says what is
 * wrong (tests/unit/test_linejson.c compares the two).
 */
#ifndef KG_LINEJSON_H
#define KG_LINEJSON_H

#include <stddef.h>

#include "../json.h"
#include "arena.h"

struct kg_linejson_stack {
    struct kg_json *items; /* members of the container open at this depth */
    char **keys;
    size_t n, alloc;
};

struct kg_linejson {
    struct kg_arena arena;                                   /* the tree's bytes */
    struct kg_linejson_stack stack[KG_JSON_MAX_DEPTH + 1];   /* one per depth */
    char **nuls;                                             /* quotes made NULs */
    size_t nnuls, nuls_alloc;
};

#define KG_LINEJSON_INIT {KG_ARENA_INIT, {{NULL, NULL, 0, 0}}, NULL, 0, 0}

/* Parse n bytes into *out; 0, or -1 when kg_json_parse would fail. */
int kg_linejson_parse(struct kg_linejson *s, const char *text, size_t n, struct kg_json *out);
/* The same for a block of lines parsed ahead of their use: a string
 * without escapes is left where it is in `text`, its closing quote
 * overwritten with a NUL, and every string and every value below the top
 * level stays valid until kg_linejson_reset (the top-level value itself,
 * an object's members, only until the next parse).  On -1 the quotes are
 * put back, so that kg_json_parse sees the line as it was. */
int kg_linejson_parse_inplace(struct kg_linejson *s, char *text, size_t n, struct kg_json *out);
void kg_linejson_reset(struct kg_linejson *s);
void kg_linejson_release(struct kg_linejson *s);

#endif
