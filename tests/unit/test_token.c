/* Unit tests for extract/token.c: the tokenizer and phrase folding. */
#include <stdlib.h>

#include "check.h"
#include "extract/token.h"

struct want {
    const char *key;
    size_t start, end;
};

/* Check t against want[0..n), printing the first mismatch in full. */
static void expect(const struct kg_tokens *t, const struct want *w, size_t n, const char *what)
{
    CHECK(t->n == n);
    if (t->n != n)
        fprintf(stderr, "  %s: %zu tokens, want %zu\n", what, t->n, n);
    for (size_t i = 0; i < t->n && i < n; i++) {
        CHECK_STREQ(kg_tok_key(t, i), w[i].key);
        CHECK(t->v[i].start == w[i].start && t->v[i].end == w[i].end);
        CHECK(t->v[i].klen == strlen(w[i].key));
        if (strcmp(kg_tok_key(t, i), w[i].key) || t->v[i].start != w[i].start || t->v[i].end != w[i].end)
            fprintf(stderr, "  %s: token %zu is \"%s\" [%zu,%zu), want \"%s\" [%zu,%zu)\n", what, i, kg_tok_key(t, i),
                    (size_t)t->v[i].start, (size_t)t->v[i].end, w[i].key, w[i].start, w[i].end);
    }
}

static void test_sentence(void)
{
    /* byte offsets:          0         1         2
     *                        0123456789012345678901234 */
    const char *s = "Pakistan's PM didn't meet "          /* 0..25 */
                    "\xe2\x80\x9c" "Anwaar-ul-Haq" "\xe2\x80\x9d" /* 26..44: curly double quotes */
                    " in Kabul \xe2\x80\x94 "             /* 45..58: em dash */
                    "Jaish\xe2\x80\x91" "e\xe2\x80\x91" "Mohammed\xe2\x80\x99s" /* 59..82: U+2011, U+2019 */
                    " chief don\xe2\x80\x99t, O'Brien.";  /* 83..106 */
    CHECK(strlen(s) == 107);
    struct kg_tokens t = KG_TOKENS_INIT;
    kg_tokenize(&t, s, strlen(s));
    static const struct want w[] = {
        {"pakistan", 0, 8},
        {"'s", 8, 10},
        {"pm", 11, 13},
        {"did", 14, 17},
        {"n't", 17, 20},
        {"meet", 21, 25},
        {"\"", 26, 29},
        {"anwaar-ul-haq", 29, 42},
        {"\"", 42, 45},
        {"in", 46, 48},
        {"kabul", 49, 54},
        {"-", 55, 58},
        {"jaish-e-mohammed", 59, 79},
        {"'s", 79, 83},
        {"chief", 84, 89},
        {"do", 90, 92},
        {"n't", 92, 97},
        {",", 97, 98},
        {"o'brien", 99, 106},
        {".", 106, 107},
    };
    expect(&t, w, sizeof w / sizeof *w, "sentence");
    CHECK(t.bad_bytes == 0);

    /* spans point into the text: an ASCII token's span, lower-cased, is its key */
    for (size_t i = 0; i < t.n; i++) {
        int ascii = 1;
        for (size_t b = t.v[i].start; b < t.v[i].end; b++)
            if ((unsigned char)s[b] >= 0x80)
                ascii = 0;
        if (!ascii)
            continue;
        char low[64];
        size_t n = t.v[i].end - t.v[i].start;
        CHECK(n < sizeof low);
        for (size_t b = 0; b < n && b < sizeof low; b++)
            low[b] = (char)(s[t.v[i].start + b] >= 'A' && s[t.v[i].start + b] <= 'Z' ? s[t.v[i].start + b] + 32
                                                                                      : s[t.v[i].start + b]);
        low[n < sizeof low ? n : sizeof low - 1] = '\0';
        CHECK_STREQ(low, kg_tok_key(&t, i));
    }
    /* tokens are in order and do not overlap */
    for (size_t i = 1; i < t.n; i++)
        CHECK(t.v[i].start >= t.v[i - 1].end);

    /* flags */
    if (t.n == sizeof w / sizeof *w) {
        CHECK(t.v[0].flags & KG_TOK_WORD);
        CHECK(t.v[0].flags & KG_TOK_CAP);
        CHECK(t.v[0].flags & KG_TOK_NL); /* the first token starts a line and a paragraph */
        CHECK(t.v[0].flags & KG_TOK_PARA);
        CHECK(!(t.v[0].flags & KG_TOK_ALLCAPS));
        CHECK(!(t.v[1].flags & KG_TOK_SPACE)); /* 's is glued to Pakistan */
        CHECK(!(t.v[1].flags & KG_TOK_PUNCT));
        CHECK(t.v[2].flags & KG_TOK_ALLCAPS); /* PM */
        CHECK(t.v[2].flags & KG_TOK_SPACE);
        CHECK(!(t.v[2].flags & KG_TOK_NL));
        CHECK(!(t.v[3].flags & KG_TOK_CAP));
        CHECK(t.v[4].flags & KG_TOK_WORD); /* n't is a word */
        CHECK(t.v[6].flags & KG_TOK_PUNCT);
        CHECK(!(t.v[7].flags & KG_TOK_SPACE)); /* right after the opening quote */
        CHECK(t.v[7].flags & KG_TOK_CAP);
        CHECK(t.v[11].flags & KG_TOK_PUNCT); /* the em dash */
        CHECK(t.v[12].flags & KG_TOK_CAP);
        CHECK(t.v[17].flags & KG_TOK_PUNCT);
        CHECK(t.v[18].flags & KG_TOK_CAP);
        CHECK(!(t.v[18].flags & KG_TOK_PUNCT));
    }
    kg_tokens_release(&t);
    CHECK(t.v == NULL && t.n == 0);
}

static void test_words(void)
{
    struct kg_tokens t = KG_TOKENS_INIT;
    /* an ASCII hyphen and a possessive on an ASCII quote; a plural possessive
     * keeps its apostrophe apart; O'Brien and Qur'an stay whole */
    const char *s = "Tehreek-e-Taliban's leaders' Qur'an isn't DON'T can't";
    kg_tokenize(&t, s, strlen(s));
    static const struct want w[] = {
        {"tehreek-e-taliban", 0, 17}, {"'s", 17, 19}, {"leaders", 20, 27}, {"'", 27, 28}, {"qur'an", 29, 35},
        {"is", 36, 38},               {"n't", 38, 41}, {"do", 42, 44},     {"n't", 44, 47}, {"ca", 48, 50},
        {"n't", 50, 53},
    };
    expect(&t, w, sizeof w / sizeof *w, "words");

    /* dashes: en/em dash and minus split words, hyphen and U+2010/U+2011 join them */
    s = "Pakistan\xe2\x80\x93" "Afghanistan well- -so a\xe2\x80\x90" "b";
    kg_tokenize(&t, s, strlen(s));
    static const struct want d[] = {
        {"pakistan", 0, 8}, {"-", 8, 11}, {"afghanistan", 11, 22}, {"well", 23, 27}, {"-", 27, 28},
        {"-", 29, 30},      {"so", 30, 32}, {"a-b", 33, 38},
    };
    expect(&t, d, sizeof d / sizeof *d, "dashes");

    /* abbreviations with dots; numbers; ALLCAPS needs two letters */
    s = "the U.S. and D.I. Khan on 2024-05-01, TTP A 3";
    kg_tokenize(&t, s, strlen(s));
    static const struct want a[] = {
        {"the", 0, 3},   {"u.s", 4, 7},   {".", 7, 8},    {"and", 9, 12},   {"d.i", 13, 16}, {".", 16, 17},
        {"khan", 18, 22}, {"on", 23, 25},  {"2024-05-01", 26, 36}, {",", 36, 37}, {"ttp", 38, 41}, {"a", 42, 43},
        {"3", 44, 45},
    };
    expect(&t, a, sizeof a / sizeof *a, "abbrev");
    if (t.n == sizeof a / sizeof *a) {
        CHECK(t.v[1].flags & KG_TOK_ALLCAPS);
        CHECK(t.v[8].flags & KG_TOK_DIGIT);
        CHECK(!(t.v[8].flags & KG_TOK_CAP));
        CHECK(t.v[10].flags & KG_TOK_ALLCAPS);
        CHECK(t.v[10].flags & KG_TOK_CAP);
        CHECK(t.v[11].flags & KG_TOK_CAP);
        CHECK(!(t.v[11].flags & KG_TOK_ALLCAPS)); /* one letter */
    }

    /* non-ASCII letters: kept as bytes, the token counts as capitalised */
    s = "Z\xc3\xbcrich \xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 caf\xc3\xa9";
    kg_tokenize(&t, s, strlen(s));
    static const struct want u[] = {
        {"z\xc3\xbcrich", 0, 7},
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86", 8, 22},
        {"caf\xc3\xa9", 23, 28},
    };
    expect(&t, u, sizeof u / sizeof *u, "utf8");
    if (t.n == 3) {
        CHECK(t.v[1].flags & KG_TOK_CAP);
        CHECK(!(t.v[2].flags & KG_TOK_CAP));
    }
    kg_tokens_release(&t);
}

static void test_lines_and_bytes(void)
{
    struct kg_tokens t = KG_TOKENS_INIT;
    const char *s = "a\nb\r\n\r\nc  d\t\xc2\xa0" "e";
    kg_tokenize(&t, s, strlen(s));
    static const struct want w[] = {{"a", 0, 1}, {"b", 2, 3}, {"c", 7, 8}, {"d", 10, 11}, {"e", 14, 15}};
    expect(&t, w, sizeof w / sizeof *w, "lines");
    if (t.n == 5) {
        CHECK((t.v[0].flags & (KG_TOK_NL | KG_TOK_PARA)) == (KG_TOK_NL | KG_TOK_PARA));
        CHECK(t.v[1].flags & KG_TOK_NL);
        CHECK(!(t.v[1].flags & KG_TOK_PARA));
        CHECK(t.v[2].flags & KG_TOK_NL);
        CHECK(t.v[2].flags & KG_TOK_PARA); /* blank line, CRLF or not */
        CHECK(t.v[3].flags & KG_TOK_SPACE);
        CHECK(!(t.v[3].flags & (KG_TOK_NL | KG_TOK_PARA)));
        CHECK(t.v[4].flags & KG_TOK_SPACE); /* no-break space is space */
    }

    /* invalid UTF-8: each bad byte counted and treated as a separator */
    s = "ab\xff" "cd \xc0\xaf x\xed\xa0\x80y \xf4\x90\x80\x80 z\xc3";
    kg_tokenize(&t, s, strlen(s));
    static const struct want b[] = {{"ab", 0, 2}, {"cd", 3, 5}, {"x", 9, 10}, {"y", 13, 14}, {"z", 20, 21}};
    expect(&t, b, sizeof b / sizeof *b, "bad bytes");
    CHECK(t.bad_bytes == 1 + 2 + 3 + 4 + 1);
    CHECK(t.first_bad == 2);
    s = "a word\n\xe2\x80 then";
    kg_tokenize(&t, s, strlen(s));
    CHECK(t.bad_bytes == 2 && t.first_bad == 7);
    if (t.n == 5)
        CHECK(t.v[1].flags & KG_TOK_SPACE);

    /* tokenizing again replaces everything, bad_bytes included */
    s = "only";
    kg_tokenize(&t, s, strlen(s));
    CHECK(t.n == 1 && t.bad_bytes == 0);
    CHECK_STREQ(kg_tok_key(&t, 0), "only");
    kg_tokenize(&t, "", 0);
    CHECK(t.n == 0);
    kg_tokenize(&t, " \n\t ", 4);
    CHECK(t.n == 0);

    /* only `len` bytes are read: an exact-size copy without a NUL */
    const char *src = "Kabul's";
    char *copy = malloc(7);
    memcpy(copy, src, 7);
    kg_tokenize(&t, copy, 7);
    static const struct want k[] = {{"kabul", 0, 5}, {"'s", 5, 7}};
    expect(&t, k, 2, "exact");
    kg_tokenize(&t, copy, 6); /* "Kabul'" */
    static const struct want k2[] = {{"kabul", 0, 5}, {"'", 5, 6}};
    expect(&t, k2, 2, "cut");
    free(copy);
    kg_tokens_release(&t);
    kg_tokens_release(&t); /* twice is harmless */
}

/* The lists the segmenter uses: lines (the tokens but the first with
 * KG_TOK_NL) and stops (the tokens . ! ?); and the keys, one run of bytes. */
static void test_lines_and_stops(void)
{
    struct kg_tokens t = KG_TOKENS_INIT;
    /* a break before the first token and after the last note nothing; a
     * line that starts with "n't" (no KG_TOK_NL) is no line start */
    const char *s = "\n\nHe went. Did he?\n\nYes!\nn't so.\nU.S. No\n";
    kg_tokenize(&t, s, strlen(s));
    size_t nl = 0, ns = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (i > 0 && (t.v[i].flags & KG_TOK_NL)) {
            CHECK(nl < t.nlines && t.lines[nl] == i);
            nl++;
        }
        const char *k = kg_tok_key(&t, i);
        if (t.v[i].klen == 1 && (k[0] == '.' || k[0] == '!' || k[0] == '?')) {
            CHECK(ns < t.nstops && t.stops[ns] == i);
            ns++;
        }
        /* each key follows the one before and its NUL */
        if (i > 0)
            CHECK(t.v[i].key == t.v[i - 1].key + t.v[i - 1].klen + 1);
    }
    CHECK(nl == t.nlines && nl == 2); /* "Yes!" and "U.S. No" */
    CHECK(ns == t.nstops && ns == 5);
    kg_tokenize(&t, " \n\n ", 4);
    CHECK(t.n == 0 && t.nlines == 0 && t.nstops == 0);
    kg_tokens_release(&t);
}

static void test_fold(void)
{
    struct kg_buf b = KG_BUF_INIT;
    CHECK(kg_fold_phrase("Pakistan\xe2\x80\x99s Foreign  Office", &b) == 4);
    CHECK_STREQ(b.buf, "pakistan 's foreign office");
    CHECK(kg_fold_phrase("Pakistan's Foreign Office", &b) == 4);
    CHECK_STREQ(b.buf, "pakistan 's foreign office"); /* replaced, not appended */
    CHECK(kg_fold_phrase("  \xe2\x80\x9cTTP\xe2\x80\x9d ", &b) == 3);
    CHECK_STREQ(b.buf, "\" ttp \"");
    CHECK(kg_fold_phrase("Jaish\xe2\x80\x91" "e\xe2\x80\x91Mohammed", &b) == 1);
    CHECK_STREQ(b.buf, "jaish-e-mohammed");
    CHECK(kg_fold_phrase("", &b) == 0);
    CHECK_STREQ(b.buf, "");
    kg_buf_release(&b);
}

/* The two copies of the key hash agree: kg_key_hash and the tokenizer's
 * kg_key_hash_16 (keys under 16 bytes), and the tokenizer's hashes are
 * kg_key_hash's; the phrase table, its pair filter and the rules' Bloom
 * filters and hash compares rely on it. */
static void test_hashes(void)
{
    unsigned long long seed = 12345;
    char key[48];
    int bad16 = 0, badtok = 0;
    for (int round = 0; round < 4000; round++) {
        size_t n = (size_t)(round % 40);
        for (size_t j = 0; j < n; j++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            /* (odd rounds: any byte but NUL; even: a-z, words the
             * tokenizer keeps whole) */
            key[j] = (char)(round & 1 ? 1 + (seed >> 33) % 255 : 'a' + (seed >> 33) % 26);
        }
        key[n] = '\0';
        unsigned want = kg_key_hash(key, n);
        if (n < 16) {
            unsigned long long lo = 0, hi = 0;
            for (size_t j = 0; j < n; j++)
                *(j < 8 ? &lo : &hi) |= (unsigned long long)(unsigned char)key[j] << (8 * (j % 8));
            bad16 += kg_key_hash_16(lo, hi, n) != want;
        }
        if (!(round & 1) && n) {
            struct kg_tokens t = KG_TOKENS_INIT;
            kg_tokenize(&t, key, n);
            badtok += t.n != 1 || t.v[0].klen != n || t.v[0].hash != want;
            kg_tokens_release(&t);
        }
    }
    CHECK(bad16 == 0);
    CHECK(badtok == 0);
}

/* kg_word_char tells the characters words are made of as kg_tokenize
 * does: a word of the tokenizer is one token of letters */
static void test_word_char(void)
{
    static const struct {
        const char *s;
        int word;
        size_t used;
    } w[] = {
        {"a", 1, 1},           {"7", 1, 1},          {"-", 0, 1},          {" ", 0, 1},
        {"\xc3\xa9", 1, 2},    /* é */
        {"\xd0\x96", 1, 2},    /* Ж */
        {"\xe2\x80\x93", 0, 3}, /* en dash */
        {"\xe2\x80\x99", 0, 3}, /* right single quote */
        {"\xc2\xa0", 0, 2},    /* no-break space */
        {"\xe5\x8c\x97", 1, 3}, /* 北 */
        {"\xc3", 0, 1},         /* cut short */
        {"\x80", 0, 1},         /* a continuation byte alone */
    };
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
        size_t used = 0;
        CHECK(kg_word_char(w[i].s, strlen(w[i].s), &used) == w[i].word);
        CHECK(used == w[i].used);
        /* the tokenizer's answer: the character alone makes a word
         * token, or none (a hyphen or an apostrophe inside a word stays in
         * it, "Anwaar-ul-Haq", "O'Brien": kg_word_char says it is no
         * letter) */
        char buf[16];
        snprintf(buf, sizeof buf, " %s ", w[i].s);
        struct kg_tokens t = KG_TOKENS_INIT;
        kg_tokenize(&t, buf, strlen(buf));
        CHECK((t.n == 1 && (t.v[0].flags & KG_TOK_WORD)) == w[i].word);
        kg_tokens_release(&t);
    }
}

int main(void)
{
    test_hashes();
    test_sentence();
    test_words();
    test_lines_and_bytes();
    test_lines_and_stops();
    test_fold();
    test_word_char();
    return check_result("test_token");
}
