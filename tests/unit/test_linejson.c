/* Unit tests for graph/linejson.c: the stream reader's malloc-free parser
 * accepts exactly what json.c's kg_json_parse accepts and builds the same
 * tree, on chosen lines and on many random mutations of them. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "graph/linejson.h"
#include "json.h"

/* The same tree: types, numbers to the bit, string bytes, names, order. */
static int same(const struct kg_json *a, const struct kg_json *b)
{
    if (a->type != b->type || a->n != b->n)
        return 0;
    if ((a->type == KG_JSON_NUM || a->type == KG_JSON_BOOL) && memcmp(&a->num, &b->num, sizeof(a->num)))
        return 0;
    if (a->type == KG_JSON_STR && (a->len != b->len || memcmp(a->str, b->str, a->len + 1)))
        return 0;
    for (size_t i = 0; i < a->n; i++) {
        if (a->type == KG_JSON_OBJ && strcmp(a->keys[i], b->keys[i]))
            return 0;
        if (!same(&a->items[i], &b->items[i]))
            return 0;
    }
    return 1;
}

/* The parsers on n bytes (exact-size heap copies, so that ASan sees any
 * read past them): 1 if kg_json_parse, kg_linejson_parse and
 * kg_linejson_parse_inplace agree, and the in-place parse left a line it
 * did not accept as it was. */
static int agree(struct kg_linejson *lj, const char *s, size_t n)
{
    char *copy = malloc(n ? n : 1), *place = malloc(n ? n : 1);
    memcpy(copy, s, n);
    memcpy(place, s, n);
    struct kg_json full, fast, inplace;
    const char *err = NULL;
    int rf = kg_json_parse(copy, n, &full, &err);
    int rl = kg_linejson_parse(lj, copy, n, &fast);
    int ok = rf == rl && (rf || same(&full, &fast));
    struct kg_linejson keep = KG_LINEJSON_INIT;
    int ri = kg_linejson_parse_inplace(&keep, place, n, &inplace);
    ok = ok && ri == rf && (rf ? !memcmp(place, s, n) : same(&full, &inplace));
    if (!ok)
        fprintf(stderr, "  disagree (json.c %d, linejson %d, in place %d) on: %.*s\n", rf, rl, ri, (int)n, s);
    if (!rf)
        kg_json_release(&full);
    kg_linejson_release(&keep);
    free(copy);
    free(place);
    return ok;
}

static const char *const lines[] = {
    "{\"kind\":\"relation\",\"doc\":\"d1.txt\",\"source\":\"e1\",\"relation\":\"meets\",\"target\":\"e2\","
    "\"modality\":\"asserted\",\"sentence\":\"Entity 1 met Entity 2.\",\"start\":0,\"end\":40,\"date\":\"2024-05-01\"}",
    "{\"kind\":\"entity\",\"id\":\"a\",\"types\":{\"ORG\":4,\"LOC\":1},\"aliases\":[\"x\",\"y\",\"\"],\"mentions\":2.5}",
    " \t{\"kind\" : \"entity\", \"n\":42,\"neg\":-0.5,\"t\":true,\"f\":false,\"z\":null,"
    "\"a\":[1, \"two\", [], {}],\"o\":{\"inner\":\"x\"},\"dup\":1,\"dup\":2}\r\n ",
    "{\"s\":\"caf\\u00e9 \\ud83d\\ude00 \\ud800x \\udc00 \\u0000 \\\" \\\\ \\/ \\b\\f\\n\\r\\t end\"}",
    "{\"n\":[0,-0,1e5,1E-5,-1.5e+3,123456789012345,1234567890123456,12345678901234567890,01,1.2.3]}",
    "{\"n\":1e999}", "{\"n\":-}", "{\"n\":-x}", "{\"n\":.5}", "{\"n\":+1}",
    "{\"n\":0000000000000000000000000000000000000000000000000000000000000001}",
    "[1,2]", "[]", "{}", "\"x\"", "3", "true", "null", "tru", "nul", "falsey",
    "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{a:1}", "{\"a\":1", "[1", "\"abc", "\"a\\", "\"a\\u12\"", "\"a\\x\"",
    "\"ctl\x01\"", "{\"a\":\"\\ud83d\\u0041\"}", "{\"a\":\"\\ud83d\\\"\"}", "{\"a\":\"\\ud83d\"}",
    "{\"\\u006bind\":\"entity\"}", "{\"k\\u0000ey\":1}", "{} x", "{}  \t", "", " ", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{\"a\":{\"b\":[1,{\"c\":[2,3]}],\"d\":[{},{}]},\"e\":[\"\\u00e9\",\"\"]}",
    "{\"s\":\"\xc3\xa9\xff\xfe raw bytes\"}",
};

static void test_lines(void)
{
    struct kg_linejson lj = KG_LINEJSON_INIT;
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        CHECK(agree(&lj, lines[i], strlen(lines[i])));
    /* a long string, past the scratch's first block */
    size_t big = 300000;
    char *s = malloc(big + 16);
    memcpy(s, "{\"s\":\"", 6);
    for (size_t i = 6; i < big; i++)
        s[i] = i % 97 == 0 ? '\\' : 'a' + (char)(i % 26);
    for (size_t i = 6; i < big; i++)
        if (s[i] == '\\')
            s[i + 1] = 'n', i++;
    memcpy(s + big, "\"}", 2);
    CHECK(agree(&lj, s, big + 2));
    free(s);
    kg_linejson_release(&lj);
}

/* Mutations of the lines: bytes replaced by characters that matter to
 * JSON, bytes deleted, lines cut short. */
static void test_mutations(void)
{
    static const char alphabet[] = "{}[]\":,\\ -+.0123456789eEtrufalsn\x01\xc3\xa9u";
    struct kg_linejson lj = KG_LINEJSON_INIT;
    uint64_t r = 42;
    char buf[512];
    int bad = 0;
    for (int round = 0; round < 20000 && bad < 10; round++) {
        const char *src = lines[(size_t)round % (sizeof lines / sizeof *lines)];
        size_t n = strlen(src);
        if (n >= sizeof buf)
            n = sizeof buf - 1;
        memcpy(buf, src, n);
        int edits = 1 + round % 3;
        for (int e = 0; e < edits && n; e++) {
            r ^= r << 13, r ^= r >> 7, r ^= r << 17;
            size_t at = (size_t)(r % n);
            switch ((r >> 20) % 3) {
            case 0: buf[at] = alphabet[(r >> 32) % (sizeof alphabet - 1)]; break;
            case 1: memmove(buf + at, buf + at + 1, n - at - 1), n--; break;
            default: n = at; break;
            }
        }
        if (!agree(&lj, buf, n))
            bad++;
    }
    CHECK(bad == 0);
    kg_linejson_release(&lj);
}

int main(void)
{
    test_lines();
    test_mutations();
    return check_result("test_linejson");
}
