/* Unit tests for schema.c: the vocabulary tables and kg_slug. */
#include <stdlib.h>

#include "check.h"
#include "kgbuf.h"
#include "schema.h"

static void test_tables(void)
{
    /* the sizes SCHEMA.md fixes */
    CHECK(KG_NTYPES == 4);
    CHECK(KG_NRELS == 13);
    CHECK(KG_NMODS == 5);

    /* every name round-trips and names are unique */
    for (int i = 0; i < KG_NTYPES; i++) {
        CHECK(kg_etype_names[i] != NULL);
        CHECK(kg_etype_from_name(kg_etype_names[i]) == i);
    }
    for (int i = 0; i < KG_NRELS; i++) {
        CHECK(kg_relations[i].name != NULL);
        CHECK(kg_rel_from_name(kg_relations[i].name) == i);
        for (int j = 0; j < i; j++)
            CHECK(strcmp(kg_relations[i].name, kg_relations[j].name) != 0);
    }
    for (int i = 0; i < KG_NMODS; i++) {
        CHECK(kg_modality_names[i] != NULL);
        CHECK(kg_modality_from_name(kg_modality_names[i]) == i);
    }

    /* the exact names, so a renamed row is noticed */
    CHECK_STREQ(kg_etype_names[KG_PERSON], "PERSON");
    CHECK_STREQ(kg_etype_names[KG_ORG], "ORG");
    CHECK_STREQ(kg_etype_names[KG_GPE], "GPE");
    CHECK_STREQ(kg_etype_names[KG_LOC], "LOC");
    static const char *const rels[KG_NRELS] = {"accuses",   "denies",     "appeals",  "sanctions", "meets",
                                               "visits",    "negotiates", "mediates", "cooperates", "attacks",
                                               "supports",  "based_in",   "official_of"};
    for (int i = 0; i < KG_NRELS; i++)
        CHECK_STREQ(kg_relations[i].name, rels[i]);
    CHECK_STREQ(kg_modality_names[KG_MOD_ASSERTED], "asserted");
    CHECK_STREQ(kg_modality_names[KG_MOD_ALLEGED], "alleged");
    CHECK_STREQ(kg_modality_names[KG_MOD_PLANNED], "planned");
    CHECK_STREQ(kg_modality_names[KG_MOD_REQUESTED], "requested");
    CHECK_STREQ(kg_modality_names[KG_MOD_NEGATED], "negated");

    /* exactly meets, negotiates and cooperates are symmetric */
    int nsym = 0;
    for (int i = 0; i < KG_NRELS; i++) {
        int want = i == KG_REL_MEETS || i == KG_REL_NEGOTIATES || i == KG_REL_COOPERATES;
        CHECK(!!kg_relations[i].symmetric == want);
        if (kg_relations[i].symmetric)
            nsym++;
    }
    CHECK(nsym == 3);
    CHECK(kg_relations[kg_rel_from_name("meets")].symmetric);
    CHECK(kg_relations[kg_rel_from_name("negotiates")].symmetric);
    CHECK(kg_relations[kg_rel_from_name("cooperates")].symmetric);
    CHECK(!kg_relations[kg_rel_from_name("visits")].symmetric);

    /* lookups are exact: case, spaces, prefixes and the empty string fail */
    const char *badrel[] = {"Meets", "MEETS", "meet", "meets ", " meets", "based-in", "basedin", "", "official"};
    for (size_t i = 0; i < sizeof badrel / sizeof *badrel; i++)
        CHECK(kg_rel_from_name(badrel[i]) == -1);
    const char *badtype[] = {"person", "Person", "ORGANIZATION", "GPE ", "", "LOCATION", "PER"};
    for (size_t i = 0; i < sizeof badtype / sizeof *badtype; i++)
        CHECK(kg_etype_from_name(badtype[i]) == -1);
    const char *badmod[] = {"Asserted", "ASSERTED", "negative", "", "plan", "requested!"};
    for (size_t i = 0; i < sizeof badmod / sizeof *badmod; i++)
        CHECK(kg_modality_from_name(badmod[i]) == -1);

    /* modalities are ordered by strength */
    CHECK(KG_MOD_ASSERTED < KG_MOD_ALLEGED && KG_MOD_ALLEGED < KG_MOD_PLANNED &&
          KG_MOD_PLANNED < KG_MOD_REQUESTED && KG_MOD_REQUESTED < KG_MOD_NEGATED);
}

static void test_slug(void)
{
    static const struct {
        const char *label, *want;
    } cases[] = {
        /* ASCII */
        {"Pakistan", "pakistan"},
        {"ISPR", "ispr"},
        {"Anwaar-ul-Haq Kakar", "anwaar-ul-haq-kakar"},
        {"11 Corps", "11-corps"},
        {"a1b2", "a1b2"},
        /* punctuation and space runs become one '-', never leading or trailing */
        {"  U.S. (Army) ", "u-s-army"},
        {"Pakistan's Foreign Office", "pakistan-s-foreign-office"},
        {"a--b__c", "a-b-c"},
        {"a \t\n b", "a-b"},
        {"-leading and trailing-", "leading-and-trailing"},
        {"x,y;z:w/v\\u\"t'", "x-y-z-w-v-u-t"},
        {"...!!!", ""},
        {"", ""},
        /* non-ASCII bytes are kept as they are (not case-folded) */
        {"Z\xc3\xbcrich", "z\xc3\xbcrich"},
        {"\xc3\x9cmit", "\xc3\x9cmit"},
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86", "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"},
        {"Caf\xc3\xa9 de Paris", "caf\xc3\xa9-de-paris"},
        /* typographic quotes, hyphens and dashes separate as ASCII ones
         * do, so that "Pakistan's" and "Pakistan\u2019s" are one id */
        {"Pakistan\xe2\x80\x99s", "pakistan-s"},
        {"Kabul \xe2\x80\x93 Delhi", "kabul-delhi"},
        {"al\xe2\x80\x91Jubeir", "al-jubeir"},
        {"a\xc2\xa0" "b", "a-b"},
    };
    char out[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        memset(out, 'X', sizeof out);
        char *r = kg_slug(cases[i].label, out, sizeof out);
        CHECK(r == out);
        CHECK_STREQ(out, cases[i].want);
    }
    /* a slug is its own slug */
    char again[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        kg_slug(cases[i].want, again, sizeof again);
        CHECK_STREQ(again, cases[i].want);
    }

    /* small buffers: always NUL-terminated, a prefix of the full slug, never overrun */
    const char *label = "Tehreek-e-Taliban Pakistan";
    char full[64];
    kg_slug(label, full, sizeof full);
    CHECK_STREQ(full, "tehreek-e-taliban-pakistan");
    for (size_t size = 1; size <= 32; size++) {
        char *buf = malloc(size); /* exact size: ASan catches an overrun */
        kg_slug(label, buf, size);
        size_t len = strlen(buf);
        CHECK(len < size);
        CHECK(!strncmp(buf, full, len));
        CHECK(len == 0 || buf[len - 1] != '-');
        free(buf);
    }
    char one = 'X';
    kg_slug("abc", &one, 1);
    CHECK(one == '\0');
    char zero = 'X';
    CHECK(kg_slug("abc", &zero, 0) == &zero);
    CHECK(zero == 'X'); /* outsize 0: nothing written */
}

/* Is s (NUL-terminated) valid UTF-8? */
static int valid_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n) {
        size_t k = kg_utf8_len(p, n);
        if (!k)
            return 0;
        p += k;
        n -= k;
    }
    return 1;
}

/* schema.c promises "never cut a UTF-8 sequence in half" when truncating. */
static void test_slug_utf8_truncation(void)
{
    static const char *const labels[] = {
        "\xc3\xa9",                                 /* é: 2 bytes */
        "a\xc3\xa9",                                /* aé */
        "\xe6\x97\xa5\xe6\x9c\xac",                 /* 日本 */
        "Z\xc3\xbcrich \xd9\xbe\xd8\xa7\xda\xa9",   /* Zürich پاک */
        "\xf0\x9f\x98\x80 smile \xf0\x9f\x98\x80", /* 4-byte sequences */
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        char full[64];
        kg_slug(labels[i], full, sizeof full);
        CHECK(valid_utf8(full));
        for (size_t size = 1; size <= strlen(full) + 2; size++) {
            char *buf = malloc(size);
            kg_slug(labels[i], buf, size);
            size_t len = strlen(buf);
            CHECK(len < size && !strncmp(buf, full, len));
            /* Regression (schema.c kg_slug, fixed): the trailing-UTF-8 trim drops continuation
             * bytes but leaves the lead byte, and also trims sequences that were
             * complete, so e.g. kg_slug("é", buf, 4) gives "\xc3" and
             * kg_slug("aé", buf, 4) gives "a\xc3": invalid UTF-8 ids. */
            if (!valid_utf8(buf)) {
                bad++;
                if (bad <= 3) {
                    fprintf(stderr, "  kg_slug: label #%zu outsize %zu gives invalid UTF-8:", i, size);
                    for (const unsigned char *p = (const unsigned char *)buf; *p; p++)
                        fprintf(stderr, " %02x", *p);
                    fprintf(stderr, "\n");
                }
            }
            free(buf);
        }
    }
    CHECK(bad == 0); /* truncation keeps whole sequences */
    /* the simplest case: a 2-byte label in a 4-byte buffer fits whole */
    char out[4];
    kg_slug("\xc3\xa9", out, sizeof out);
    CHECK_STREQ(out, "\xc3\xa9"); /* once gave "\xc3" */
}

int main(void)
{
    test_tables();
    test_slug();
    test_slug_utf8_truncation();
    return check_result("test_schema");
}
