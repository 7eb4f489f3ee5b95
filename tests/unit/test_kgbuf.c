/* Unit tests for kg_buf, json, schema and the tokenizer. */
#include <stdlib.h>

#include "check.h"
#include "extract/token.h"
#include "json.h"
#include "kgbuf.h"
#include "schema.h"

static void test_buf(void)
{
    struct kg_buf b = KG_BUF_INIT;
    CHECK(b.buf != NULL && b.len == 0 && b.buf[0] == '\0');
    kg_buf_adds(&b, "abc");
    kg_buf_addf(&b, "-%d-%s", 42, "x");
    CHECK_STREQ(b.buf, "abc-42-x");
    for (int i = 0; i < 1000; i++)
        kg_buf_addc(&b, 'z');
    CHECK(b.len == 1008 && b.buf[b.len] == '\0');
    size_t n;
    char *p = kg_buf_detach(&b, &n);
    CHECK(n == 1008 && b.len == 0 && b.buf[0] == '\0');
    free(p);
    kg_buf_add_json_str(&b, "q\"\\\n\x01\xc3\xa9", 7);
    CHECK_STREQ(b.buf, "\"q\\\"\\\\\\n\\u0001\xc3\xa9\"");
    kg_buf_release(&b);
    kg_buf_release(&b); /* twice is harmless */
    CHECK(b.buf[0] == '\0');
}

static void test_json(void)
{
    const char *s = "{\"kind\":\"entity\",\"n\":-1.5e2,\"a\":[1,\"x\\u00e9\\ud83d\\ude00\"],\"o\":{},\"t\":true}";
    struct kg_json v;
    const char *err = NULL;
    CHECK(kg_json_parse(s, strlen(s), &v, &err) == 0);
    CHECK_STREQ(kg_json_get_str(&v, "kind"), "entity");
    CHECK(kg_json_get_num(&v, "n", 0) == -150);
    const struct kg_json *a = kg_json_get(&v, "a");
    CHECK(a && a->type == KG_JSON_ARR && a->n == 2);
    CHECK(a && a->items[1].type == KG_JSON_STR && !strcmp(a->items[1].str, "x\xc3\xa9\xf0\x9f\x98\x80"));
    CHECK(kg_json_get_num(&v, "missing", 7) == 7);
    kg_json_release(&v);
    const char *bad[] = {"{", "{\"a\":}", "[1,]", "\"abc", "{\"a\":1} x", "nul", "1e999", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK(kg_json_parse(bad[i], strlen(bad[i]), &v, &err) == -1);
        CHECK(err != NULL);
    }
    /* nesting is bounded, not recursion until the stack ends */
    char deep[200];
    memset(deep, '[', sizeof deep);
    CHECK(kg_json_parse(deep, sizeof deep, &v, &err) == -1);
}

static void test_schema(void)
{
    char id[64];
    CHECK_STREQ(kg_slug("Anwaar-ul-Haq Kakar", id, sizeof id), "anwaar-ul-haq-kakar");
    CHECK_STREQ(kg_slug("  U.S. (Army) ", id, sizeof id), "u-s-army");
    /* typographic hyphens and quotes separate as ASCII ones do */
    CHECK_STREQ(kg_slug("Adel al\xe2\x80\x91Jubeir", id, sizeof id), "adel-al-jubeir");
    CHECK_STREQ(kg_slug("Gul Bahadur\xe2\x80\x99s\xc2\xa0" "group", id, sizeof id), "gul-bahadur-s-group");
    CHECK(kg_rel_from_name("official_of") == KG_REL_OFFICIAL_OF);
    CHECK(kg_rel_from_name("attaks") == -1);
    CHECK(kg_relations[KG_REL_MEETS].symmetric && !kg_relations[KG_REL_ACCUSES].symmetric);
    CHECK(kg_modality_from_name("requested") == KG_MOD_REQUESTED);
    CHECK(kg_etype_from_name("LOC") == KG_LOC);
}

static void test_tokens(void)
{
    struct kg_tokens t = KG_TOKENS_INIT;
    const char *s = "Pakistan\xe2\x80\x99s PM didn't meet Anwaar-ul-Haq in the U.S. \xe2\x80\x9cnow\xe2\x80\x9d \xff ok";
    kg_tokenize(&t, s, strlen(s));
    const char *want[] = {"pakistan", "'s", "pm", "did", "n't", "meet", "anwaar-ul-haq", "in", "the", "u.s",
                          ".", "\"", "now", "\"", "ok"};
    CHECK(t.n == sizeof want / sizeof *want);
    for (size_t i = 0; i < t.n && i < sizeof want / sizeof *want; i++)
        CHECK_STREQ(kg_tok_key(&t, i), want[i]);
    CHECK(t.bad_bytes == 1);
    CHECK(t.v[2].flags & KG_TOK_ALLCAPS);
    CHECK(t.v[0].start == 0 && t.v[0].end == 8 && t.v[1].end == 12);
    struct kg_buf b = KG_BUF_INIT;
    CHECK(kg_fold_phrase("Pakistan\xe2\x80\x99s Foreign  Office", &b) == 4);
    CHECK_STREQ(b.buf, "pakistan 's foreign office");
    kg_buf_release(&b);
    kg_tokens_release(&t);
}

int main(void)
{
    test_buf();
    test_json();
    test_schema();
    test_tokens();
    return check_result("test_kgbuf");
}
