/* The fast paths of kgbuf.c (runs scanned eight bytes at a time, one grow
 * per piece) give the same bytes as the plain byte-at-a-time definitions
 * written out here, on random text mixing ASCII, UTF-8, invalid bytes and
 * control characters, at every length around the word and piece sizes. */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "kgbuf.h"

/* the definitions, one byte at a time */
static void ref_json(struct kg_buf *b, const unsigned char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    kg_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            kg_buf_addc(b, '\\');
            kg_buf_addc(b, c);
        } else if (c == '\n') {
            kg_buf_add(b, "\\n", 2);
        } else if (c == '\t') {
            kg_buf_add(b, "\\t", 2);
        } else if (c == '\r') {
            kg_buf_add(b, "\\r", 2);
        } else if (c < 0x20) {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            kg_buf_add(b, e, 6);
        } else {
            kg_buf_addc(b, c);
        }
    }
    kg_buf_addc(b, '"');
}

static void ref_clean(struct kg_buf *b, const unsigned char *p, size_t n)
{
    const unsigned char *end = p + n;
    while (p < end) {
        size_t k = kg_utf8_len(p, (size_t)(end - p));
        if (!k) {
            kg_buf_add(b, "\xEF\xBF\xBD", 3);
            p++;
            continue;
        }
        if (k == 1 && ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F))
            kg_buf_addc(b, ' ');
        else
            kg_buf_add(b, p, k);
        p += k;
    }
}

static unsigned long long rng = 88172645463325252ULL;
static unsigned rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

/* random text: mostly ASCII words, with some of everything else */
static void fill(unsigned char *s, size_t n, int mix)
{
    static const char *const bits[] = {"\xc3\xa9", "\xe2\x80\x99", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xc0\xaf",
                                       "\xff", "\xe2\x80", "\t", "\n", "\r", "\"", "\\", "\x7f", "\x01", "\0"};
    size_t i = 0;
    while (i < n) {
        if (mix && rnd() % 23 == 0) {
            const char *t = bits[rnd() % (sizeof bits / sizeof *bits)];
            size_t k = *t ? strlen(t) : 1;
            for (size_t j = 0; j < k && i < n; j++)
                s[i++] = (unsigned char)t[j];
        } else {
            s[i++] = (unsigned char)(rnd() % 9 == 0 ? ' ' : 'a' + rnd() % 26);
        }
    }
}

static void same(const unsigned char *s, size_t n)
{
    struct kg_buf a = KG_BUF_INIT, b = KG_BUF_INIT, c = KG_BUF_INIT;
    kg_buf_adds(&a, "x");
    kg_buf_adds(&b, "x");
    kg_buf_add_json_str(&a, (const char *)s, n);
    ref_json(&b, s, n);
    CHECK(a.len == b.len && !memcmp(a.buf, b.buf, a.len) && a.buf[a.len] == '\0');
    kg_buf_reset(&a);
    kg_buf_reset(&b);
    kg_buf_add_clean(&a, (const char *)s, n);
    ref_clean(&b, s, n);
    CHECK(a.len == b.len && !memcmp(a.buf, b.buf, a.len) && a.buf[a.len] == '\0');
    /* json_line is clean, then tab and newline to space, then json */
    for (size_t i = 0; i < b.len; i++)
        if (b.buf[i] == '\t' || b.buf[i] == '\n')
            b.buf[i] = ' ';
    ref_json(&c, (const unsigned char *)b.buf, b.len);
    kg_buf_reset(&a);
    kg_buf_add_json_line(&a, (const char *)s, n);
    CHECK(a.len == c.len && !memcmp(a.buf, c.buf, a.len) && a.buf[a.len] == '\0');
    kg_buf_release(&a);
    kg_buf_release(&b);
    kg_buf_release(&c);
    /* the same bytes as a list of NUL-ended strings (an entity's aliases):
     * kg_json_put_list gives each string's kg_json_put, joined by commas,
     * within exactly KG_JSON_ROOM(n) bytes (ASan sees a byte past them) */
    char *got = malloc(KG_JSON_ROOM(n) + !n), *want = malloc(KG_JSON_ROOM(n) + n + 1), *w = want;
    for (size_t i = 0; i < n;) {
        size_t k = strnlen((const char *)s + i, n - i);
        if (w > want)
            *w++ = ',';
        w = kg_json_put(w, (const char *)s + i, k);
        i += k + 1;
    }
    char *e = kg_json_put_list(got, (const char *)s, n);
    CHECK((size_t)(e - got) == (size_t)(w - want) && !memcmp(got, want, (size_t)(w - want)));
    free(got);
    free(want);
}

int main(void)
{
    enum { MAX = 20000 };
    unsigned char *s = malloc(MAX);
    for (size_t n = 0; n < 70; n++)
        for (int r = 0; r < 40; r++) {
            fill(s, n, r & 1);
            same(s, n);
        }
    for (int r = 0; r < 200; r++) {
        size_t n = rnd() % MAX;
        fill(s, n, r % 3);
        same(s, n);
    }
    /* every byte value alone and in a run */
    for (int c = 0; c < 256; c++) {
        memset(s, c, 40);
        same(s, 1);
        same(s, 40);
    }
    char t[24];
    *kg_fmt_u64(t, 0) = '\0';
    CHECK_STREQ(t, "0");
    *kg_fmt_u64(t, 18446744073709551615ULL) = '\0';
    CHECK_STREQ(t, "18446744073709551615");
    *kg_fmt_u64(t, 1000) = '\0';
    CHECK_STREQ(t, "1000");
    /* every length of number, and around 2^32 where it turns to 32 bits */
    for (int r = 0; r < 20000; r++) {
        unsigned long long v = (unsigned long long)rnd() << 32 | rnd();
        v >>= rnd() % 64;
        if (r % 4 == 0)
            v = 4294967296ULL - 3 + rnd() % 6;
        char u[24];
        snprintf(u, sizeof u, "%llu", v);
        *kg_fmt_u64(t, v) = '\0';
        CHECK_STREQ(t, u);
    }
    free(s);
    return check_result("test_kgbuf_fast");
}
