/* Unit tests for json.c: the one-line JSON reader. */
#include <stdlib.h>

#include "check.h"
#include "json.h"

/* Parse a string literal (without its NUL), from an exact-size heap copy so
 * that ASan sees any read past the `n` bytes the parser was given. */
static int parse(const char *s, size_t n, struct kg_json *v, const char **err)
{
    char *copy = malloc(n ? n : 1);
    memcpy(copy, s, n);
    int rc = kg_json_parse(copy, n, v, err);
    free(copy);
    return rc;
}

static int parse_s(const char *s, struct kg_json *v, const char **err)
{
    return parse(s, strlen(s), v, err);
}

static void test_object(void)
{
    const char *s = " \t{\"kind\" : \"entity\", \"n\":42,\"neg\":-0.5,\"t\":true,\"f\":false,\"z\":null,"
                    "\"a\":[1, \"two\", [], {}],\"o\":{\"inner\":\"x\"},\"dup\":1,\"dup\":2}\r\n ";
    struct kg_json v;
    const char *err = "untouched";
    CHECK(parse_s(s, &v, &err) == 0);
    CHECK_STREQ(err, "untouched"); /* err is only written on failure */
    CHECK(v.type == KG_JSON_OBJ && v.n == 10);
    CHECK_STREQ(v.keys[0], "kind");
    CHECK_STREQ(v.keys[9], "dup");
    CHECK_STREQ(kg_json_get_str(&v, "kind"), "entity");
    CHECK(kg_json_get(&v, "kind")->len == 6);
    CHECK(kg_json_get_num(&v, "n", 0) == 42);
    CHECK(kg_json_get_num(&v, "neg", 0) == -0.5);
    const struct kg_json *t = kg_json_get(&v, "t"), *f = kg_json_get(&v, "f"), *z = kg_json_get(&v, "z");
    CHECK(t && t->type == KG_JSON_BOOL && t->num == 1);
    CHECK(f && f->type == KG_JSON_BOOL && f->num == 0);
    CHECK(z && z->type == KG_JSON_NULL);
    const struct kg_json *a = kg_json_get(&v, "a");
    CHECK(a && a->type == KG_JSON_ARR && a->n == 4 && a->keys == NULL);
    if (a && a->n == 4) {
        CHECK(a->items[0].type == KG_JSON_NUM && a->items[0].num == 1);
        CHECK(a->items[1].type == KG_JSON_STR && !strcmp(a->items[1].str, "two"));
        CHECK(a->items[2].type == KG_JSON_ARR && a->items[2].n == 0);
        CHECK(a->items[3].type == KG_JSON_OBJ && a->items[3].n == 0);
    }
    const struct kg_json *o = kg_json_get(&v, "o");
    CHECK_STREQ(kg_json_get_str(o, "inner"), "x");
    /* the first of duplicate members wins */
    CHECK(kg_json_get_num(&v, "dup", 0) == 1);
    /* typed getters refuse the wrong type */
    CHECK(kg_json_get_str(&v, "n") == NULL);
    CHECK(kg_json_get_num(&v, "kind", -7) == -7);
    CHECK(kg_json_get_num(&v, "t", -7) == -7); /* a bool is not a number */
    CHECK(kg_json_get(&v, "missing") == NULL);
    CHECK(kg_json_get(&v, "KIND") == NULL); /* names are case-sensitive */
    CHECK(kg_json_get(a, "0") == NULL);     /* not an object */
    CHECK(kg_json_get(NULL, "kind") == NULL);
    kg_json_release(&v);
    CHECK(v.type == KG_JSON_NULL && v.n == 0 && v.items == NULL && v.keys == NULL && v.str == NULL);
    kg_json_release(&v); /* twice is harmless */

    /* scalars at the top level */
    CHECK(parse_s("\"solo\"", &v, &err) == 0 && v.type == KG_JSON_STR && !strcmp(v.str, "solo"));
    kg_json_release(&v);
    CHECK(parse_s(" 7 ", &v, &err) == 0 && v.type == KG_JSON_NUM && v.num == 7);
    kg_json_release(&v);
    CHECK(parse_s("null", &v, &err) == 0 && v.type == KG_JSON_NULL);
    kg_json_release(&v);
}

static void test_strings(void)
{
    struct kg_json v;
    const char *err = NULL;
    /* simple escapes */
    CHECK(parse_s("\"q\\\"b\\\\s\\/f\\bF\\fn\\nr\\rt\\t\"", &v, &err) == 0);
    CHECK(v.type == KG_JSON_STR && v.len == 16);
    CHECK_STREQ(v.str, "q\"b\\s/f\bF\fn\nr\rt\t");
    kg_json_release(&v);

    /* \u escapes: 1, 2 and 3 byte UTF-8, both hex cases */
    CHECK(parse_s("\"\\u0041\\u00e9\\u00C9\\u20AC\\u0800\\u07FF\"", &v, &err) == 0);
    CHECK_STREQ(v.str, "A\xc3\xa9\xc3\x89\xe2\x82\xac\xe0\xa0\x80\xdf\xbf");
    CHECK(v.len == 13);
    kg_json_release(&v);

    /* surrogate pairs: the first and last astral code points and an emoji */
    CHECK(parse_s("\"\\ud800\\udc00|\\uDBFF\\uDFFF|\\ud83d\\ude00\"", &v, &err) == 0);
    CHECK_STREQ(v.str, "\xf0\x90\x80\x80|\xf4\x8f\xbf\xbf|\xf0\x9f\x98\x80");
    kg_json_release(&v);

    /* lone surrogates become U+FFFD and the next character survives */
    CHECK(parse_s("\"a\\ud800b\\udc00c\\ud800\\u0041\\ud83d\"", &v, &err) == 0);
    CHECK_STREQ(v.str, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd" "A\xef\xbf\xbd");
    kg_json_release(&v);
    /* two high surrogates in a row: each is lone */
    CHECK(parse_s("\"\\ud800\\ud800\"", &v, &err) == 0);
    CHECK_STREQ(v.str, "\xef\xbf\xbd\xef\xbf\xbd");
    kg_json_release(&v);

    /* an escaped NUL is kept: len counts it */
    CHECK(parse_s("\"a\\u0000b\"", &v, &err) == 0);
    CHECK(v.len == 3 && v.str[0] == 'a' && v.str[1] == '\0' && v.str[2] == 'b' && v.str[3] == '\0');
    kg_json_release(&v);

    /* raw UTF-8 and DEL are copied as they are */
    CHECK(parse_s("\"Pakistan\xe2\x80\x99s \xd9\xbe\x7f\"", &v, &err) == 0);
    CHECK_STREQ(v.str, "Pakistan\xe2\x80\x99s \xd9\xbe\x7f");
    kg_json_release(&v);

    /* empty string */
    CHECK(parse_s("\"\"", &v, &err) == 0 && v.type == KG_JSON_STR && v.len == 0 && v.str && !v.str[0]);
    kg_json_release(&v);

    /* escaped member names are decoded before lookup */
    CHECK(parse_s("{\"k\\u00e9y\":\"v\",\"a\\\"b\":1}", &v, &err) == 0);
    CHECK_STREQ(kg_json_get_str(&v, "k\xc3\xa9y"), "v");
    CHECK(kg_json_get_num(&v, "a\"b", 0) == 1);
    kg_json_release(&v);
}

static void test_numbers(void)
{
    static const struct {
        const char *s;
        double want;
    } good[] = {
        {"0", 0},         {"-0", 0},         {"42", 42},        {"-17", -17},      {"3.25", 3.25},
        {"-1.5e2", -150}, {"1E+2", 100},     {"2.5e-3", 2.5e-3}, {"1e308", 1e308}, {"123456789012", 123456789012.0},
    };
    struct kg_json v;
    const char *err = NULL;
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        int rc = parse_s(good[i].s, &v, &err);
        CHECK(rc == 0);
        CHECK(v.type == KG_JSON_NUM && v.num == good[i].want);
        if (rc || v.num != good[i].want)
            fprintf(stderr, "  number %s\n", good[i].s);
        kg_json_release(&v);
    }
    /* inside containers the number ends at the delimiter */
    CHECK(parse_s("[1,-2.5,3e1]", &v, &err) == 0 && v.n == 3 && v.items[0].num == 1 && v.items[1].num == -2.5 &&
          v.items[2].num == 30);
    kg_json_release(&v);
    const char *bad[] = {"-", "+1", ".5", "1.2.3", "1e", "--1", "0x10", "1ee5", "1e309", "-1e999",
                         "1-2", "Infinity", "NaN", "- 1", "[1e999]"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err = NULL;
        int rc = parse_s(bad[i], &v, &err);
        CHECK(rc == -1 && err != NULL);
        if (rc != -1)
            fprintf(stderr, "  accepted number %s\n", bad[i]);
        CHECK(v.type == KG_JSON_NULL && v.items == NULL);
    }
}

static void nest(char *buf, int depth, const char *leaf)
{
    size_t n = 0;
    for (int i = 0; i < depth; i++)
        buf[n++] = '[';
    for (const char *p = leaf; *p; p++)
        buf[n++] = *p;
    for (int i = 0; i < depth; i++)
        buf[n++] = ']';
    buf[n] = '\0';
}

static void test_depth(void)
{
    char buf[256];
    struct kg_json v;
    const char *err = NULL;
    /* KG_JSON_MAX_DEPTH levels are fine */
    nest(buf, KG_JSON_MAX_DEPTH, "1");
    CHECK(parse_s(buf, &v, &err) == 0);
    const struct kg_json *p = &v;
    int levels = 0;
    while (p->type == KG_JSON_ARR && p->n == 1) {
        p = &p->items[0];
        levels++;
    }
    CHECK(levels == KG_JSON_MAX_DEPTH && p->type == KG_JSON_NUM && p->num == 1);
    kg_json_release(&v);
    /* a little deeper is refused with its own message */
    nest(buf, KG_JSON_MAX_DEPTH + 2, "1");
    err = NULL;
    CHECK(parse_s(buf, &v, &err) == -1);
    CHECK(err && strstr(err, "deep"));
    nest(buf, KG_JSON_MAX_DEPTH + 2, "");
    CHECK(parse_s(buf, &v, &err) == -1);
    /* objects count too */
    char obj[1024];
    size_t on = 0;
    for (int i = 0; i < KG_JSON_MAX_DEPTH + 2; i++) {
        memcpy(obj + on, "{\"a\":", 5);
        on += 5;
    }
    obj[on++] = '1';
    for (int i = 0; i < KG_JSON_MAX_DEPTH + 2; i++)
        obj[on++] = '}';
    err = NULL;
    CHECK(parse(obj, on, &v, &err) == -1 && err && strstr(err, "deep"));
    /* hostile depth: bounded, no stack exhaustion, balanced or not */
    size_t big = 100000;
    char *deep = malloc(2 * big);
    memset(deep, '[', big);
    memset(deep + big, ']', big);
    CHECK(parse(deep, big, &v, &err) == -1);
    CHECK(parse(deep, 2 * big, &v, &err) == -1);
    free(deep);
}

static void test_malformed(void)
{
    const char *bad[] = {
        "",          " ",          "{",          "}",          "[",           "]",          ",",
        ":",         "{\"a\":}",   "{\"a\" 1}",  "{\"a\":1,}", "{1:2}",       "{a:1}",      "[1,]",
        "[,1]",      "[1 2]",      "[1,,2]",     "{\"a\":1",   "[\"a\",",     "\"abc",      "\"abc\\",
        "\"\\x\"",   "\"\\u12\"",  "\"\\u12G4\"", "\"\\u\"",   "\"a\x01b\"",  "\"a\nb\"",   "{\"a\x1f\":1}",
        "nul",       "nulll",      "tru",        "True",       "falsey",      "{\"a\":1} x", "[] []",
        "'a'",       "{\"a\":1}}", "[1]]",       "\"\\ud800\\u\"",
    };
    struct kg_json v;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const char *err = NULL;
        int rc = parse_s(bad[i], &v, &err);
        CHECK(rc == -1);
        CHECK(err != NULL && *err);
        if (rc != -1)
            fprintf(stderr, "  accepted bad input #%zu\n", i);
        /* the tree is released and zeroed on failure */
        CHECK(v.type == KG_JSON_NULL && v.n == 0 && v.items == NULL && v.keys == NULL && v.str == NULL);
    }
    /* err may be NULL */
    CHECK(parse_s("[1,", &v, NULL) == -1);

    /* every proper prefix of a valid line is refused, without leaks or over-reads */
    const char *full = "{\"kind\":\"relation\",\"s\":\"a\\\"\\u00e9\\ud83d\\ude00\",\"n\":[1,-2.5e3,true,false,null,"
                       "{\"x\":{}}],\"t\":\"end\"}";
    size_t n = strlen(full);
    CHECK(parse(full, n, &v, NULL) == 0);
    kg_json_release(&v);
    size_t refused = 0;
    for (size_t i = 0; i < n; i++) {
        const char *err = NULL;
        if (parse(full, i, &v, &err) == -1 && err)
            refused++;
        else
            kg_json_release(&v);
    }
    CHECK(refused == n);

    /* bytes the parser was not given are never looked at */
    const char *s = "[1,2]garbage";
    CHECK(kg_json_parse(s, 5, &v, NULL) == 0 && v.n == 2);
    kg_json_release(&v);
    s = "\"\\u00e9\"";
    CHECK(kg_json_parse(s, 6, &v, NULL) == -1); /* "\u00e cut short */
}

int main(void)
{
    test_object();
    test_strings();
    test_numbers();
    test_depth();
    test_malformed();
    return check_result("test_json");
}
