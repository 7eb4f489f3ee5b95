#include "kgbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

char kg_buf_empty[1];

void kg_buf_init(struct kg_buf *b)
{
    b->len = b->alloc = 0;
    b->buf = kg_buf_empty;
}

void kg_buf_release(struct kg_buf *b)
{
    if (b->alloc)
        free(b->buf);
    kg_buf_init(b);
}

void kg_buf_grow_slow(struct kg_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->alloc)
        return;
    size_t n = b->alloc ? b->alloc : 64;
    while (n < need)
        n *= 2;
    if (b->alloc) {
        b->buf = xrealloc(b->buf, n);
    } else {
        b->buf = xmalloc(n);
        b->buf[0] = '\0';
    }
    b->alloc = n;
}

void kg_buf_adds(struct kg_buf *b, const char *s)
{
    kg_buf_add(b, s, strlen(s));
}

void kg_buf_vaddf(struct kg_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    kg_buf_grow(b, 64);
    int n = vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, cp);
    va_end(cp);
    if (n < 0)
        return;
    if ((size_t)n >= b->alloc - b->len) {
        kg_buf_grow(b, (size_t)n);
        vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, ap);
    }
    b->len += (size_t)n;
}

void kg_buf_addf(struct kg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kg_buf_vaddf(b, fmt, ap);
    va_end(ap);
}

/* Eight bytes at a time: does w hold a byte below n (n <= 128), a byte
 * equal to c, a byte with the high bit set?  Exact for "any byte"; which
 * byte is left to the byte loop. */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
static inline uint64_t any_below(uint64_t w, unsigned n)
{
    return (w - ONES * n) & ~w & HIGHS;
}
static inline uint64_t any_eq(uint64_t w, unsigned char c)
{
    return any_below(w ^ (ONES * c), 1);
}
static inline uint64_t load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* Bytes that kg_buf_add_json_str escapes.  json_word_special tests the
 * same bytes eight at a time, as line_word_special does for
 * kg_buf_add_json_line's byte loop: keep each in step with its byte test. */
static int json_special(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

/* The bytes below 0x20 and '"' in one test: b ^ 2 keeps a byte below
 * 0x20 below it, makes '"' (0x22) 0x20 and any other byte from 0x20 up
 * 0x21 or more, so (b ^ 2) - 0x21 borrows, setting the high bit, just
 * for those; for the other bytes below 0x80 it sets neither the high bit
 * nor a borrow from the next byte (one subtraction and one xor fewer than
 * testing b - 0x20 and b ^ '"' apart). */
#define LOW_OR_QUOTE(w) (((w) ^ (ONES * 2)) - ONES * 0x21)

/* Does the word hold a byte kg_buf_add_json_str escapes (below 0x20, "
 * or \)?  Per byte b below 0x80: LOW_OR_QUOTE (below 0x20 and ") and
 * (b ^ '\\') - 1 (\) have the high bit set, and for any other byte
 * neither does and nothing borrows from the next byte.  A byte of 0x80
 * and up borrows from nothing either, and ~w drops its own high bits: a
 * borrow comes only from a byte that counts, so "any" is exact (fewer
 * operations than any_below and any_eq). */
static inline uint64_t json_word_special(uint64_t w)
{
    return (LOW_OR_QUOTE(w) | ((w ^ (ONES * '\\')) - ONES)) & ~w & HIGHS;
}

/* How many bytes from s need no JSON escape. */
static size_t json_plain_run(const unsigned char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w = load8(s + i);
        if (json_word_special(w))
            break;
    }
    /* (the last few bytes of a plain string: its last eight at once) */
    if (i < n && n >= 8 && i + 8 > n) {
        uint64_t w = load8(s + n - 8);
        if (!json_word_special(w))
            return n;
    }
    while (i < n && !json_special(s[i]))
        i++;
    return i;
}

/* Write the escape of the special byte c at p; returns the end. */
static char *json_escape(char *p, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\n': *p++ = 'n'; break;
    case '\t': *p++ = 't'; break;
    case '\r': *p++ = 'r'; break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = hex[c >> 4];
        *p++ = hex[c & 15];
    }
    return p;
}

/* The byte c of a JSON string literal at p, escaped if it must be. */
static inline char *json_byte(char *p, unsigned char c)
{
    if (json_special(c))
        return json_escape(p, c);
    *p = (char)c;
    return p + 1;
}

char *kg_json_put(char *p, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    *p++ = '"';
    /* a word at a time, stored as it is checked (no scan, then memcpy);
     * a word with a special byte goes byte by byte */
    while (i + 8 <= n) {
        uint64_t w = load8(s + i);
        if (!json_word_special(w)) {
            memcpy(p, &w, 8);
            p += 8;
            i += 8;
            continue;
        }
        for (size_t e = i + 8; i < e; i++)
            p = json_byte(p, s[i]);
    }
    /* a short string (an alias, a first name): four bytes from each end
     * checked and stored at once when none needs an escape */
    if (n >= 4 && n < 8) {
        uint32_t a, z;
        memcpy(&a, s, 4);
        memcpy(&z, s + n - 4, 4);
        if (!json_word_special(a | (uint64_t)z << 32)) {
            memcpy(p, &a, 4);
            memcpy(p + n - 4, &z, 4);
            p += n;
            *p++ = '"';
            return p;
        }
    }
    /* the last few bytes: if the string's last eight need no escape, they
     * were (or are) copied as they are, so storing those eight again ends
     * the literal; else byte by byte */
    if (i < n && n >= 8 && !json_word_special(load8(s + n - 8))) {
        memcpy(p + (n - i) - 8, s + n - 8, 8);
        p += n - i;
        i = n;
    }
    for (; i < n; i++)
        p = json_byte(p, s[i]);
    *p++ = '"';
    return p;
}

/* Long strings are written in pieces of this many input bytes, each after
 * one grow for its worst case (so memory stays near the output's size). */
#define PIECE 8192

void kg_buf_add_json_str(struct kg_buf *b, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n <= PIECE) {
        /* one grow: every byte \u00XX, both quotes and the NUL */
        kg_buf_grow(b, KG_JSON_ROOM(n));
        char *p = kg_json_put(b->buf + b->len, str, n);
        *p = '\0';
        b->len = (size_t)(p - b->buf);
        return;
    }
    size_t i = 0;
    kg_buf_grow(b, 6 * PIECE + 2);
    char *p = b->buf + b->len;
    *p++ = '"';
    for (;;) {
        size_t lim = n - i > PIECE ? i + PIECE : n;
        while (i < lim) {
            size_t run = json_plain_run(s + i, lim - i);
            memcpy(p, s + i, run);
            p += run;
            i += run;
            if (i < lim)
                p = json_escape(p, s[i++]);
        }
        if (i >= n)
            break;
        /* the next piece, then the closing quote */
        b->len = (size_t)(p - b->buf);
        kg_buf_grow(b, 6 * (n - i < PIECE ? n - i : PIECE) + 2);
        p = b->buf + b->len;
    }
    *p++ = '"';
    *p = '\0';
    b->len = (size_t)(p - b->buf);
}

/* The UTF-8 sequence at s[*i] copied to p, or U+FFFD for a byte that
 * starts none (then one byte is used); returns where p is now. */
static char *copy_utf8(char *p, const unsigned char *s, size_t n, size_t *i)
{
    size_t k = kg_utf8_len(s + *i, n - *i);
    if (!k) {
        memcpy(p, "\xEF\xBF\xBD", 3);
        (*i)++;
        return p + 3;
    }
    memcpy(p, s + *i, k);
    *i += k;
    return p + k;
}

/* Does the word hold a byte kg_buf_add_json_line does not copy as it is
 * (any but printable ASCII other than " and \)?  Cheaper than any_below
 * and any_eq: as a byte with the high bit set counts anyway, the high bit
 * of each sum below may be taken as it is.  Per byte b: b itself (0x80 and
 * up), b + 1 (0x7F), LOW_OR_QUOTE (below 0x20 and ") and (b ^ '\\') - 1
 * (\) have the high bit set, and for any other byte none does and nothing
 * carries or borrows into the next byte: a carry or borrow comes only
 * from a byte that counts, so "any" is exact. */
static inline uint64_t line_word_special(uint64_t w)
{
    return (w | (w + ONES) | LOW_OR_QUOTE(w) | ((w ^ (ONES * '\\')) - ONES)) & HIGHS;
}

/* Does the word hold a byte outside printable ASCII (0x20 to 0x7E)?  As
 * line_word_special, less its tests of the quote and the backslash. */
static inline uint64_t printable_word_special(uint64_t w)
{
    return (w | (w + ONES) | (w - ONES * 0x20)) & HIGHS;
}

/* load8 as a little-endian number: the byte at p is its lowest, so that
 * the lowest flag of line_word_special is the first special byte. */
static inline uint64_t load8le(const unsigned char *p)
{
    uint64_t w = load8(p);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

/* Where the first special byte of a word is, given its line_word_special
 * (or json_word_special) flags, not 0, on load8le's number.  Exact for
 * the first one: the bytes before it are plain, and a plain byte neither
 * sets its own flag nor carries or borrows into the next (the comments of
 * those two say why); what the bytes after it flag is not looked at. */
static inline size_t first_flagged(uint64_t flags)
{
    return (size_t)__builtin_ctzll(flags) / 8;
}

/* The eight bytes at s stored at p whole; returns how many of them to
 * keep: all eight when flags (their special bytes) is 0, else those
 * before the first special one.  (The store is speculative: the caller
 * has room for eight.) */
static inline size_t put_word(char *p, const unsigned char *s, uint64_t flags)
{
    memcpy(p, s, 8);
    return flags ? first_flagged(flags) : 8;
}

char *kg_json_put_list(char *p, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    if (!n)
        return p;
    *p++ = '"';
    /* as kg_buf_add_json_line goes: a word stored whole and kept up to its
     * first special byte (json_word_special's lowest flag is exact for
     * the first one too: a plain byte, 0x80 and up included, sets no flag
     * that ~w keeps and borrows from nothing); a NUL, special as any byte
     * below 0x20, ends a string.  Room: at most 6 bytes are written a byte
     * (3 for a NUL), so while eight are left there is room to store
     * eight. */
    while (i < n) {
        if (i + 8 <= n) {
            size_t k = put_word(p, s + i, json_word_special(load8le(s + i)));
            p += k;
            i += k;
            if (k == 8)
                continue;
        } else {
            while (i < n && !json_special(s[i]))
                *p++ = (char)s[i++];
            if (i >= n)
                break;
        }
        unsigned char c = s[i++];
        if (c) {
            p = json_escape(p, c);
        } else if (i < n) {
            memcpy(p, "\",\"", 3);
            p += 3;
        }
    }
    *p++ = '"';
    return p;
}

void kg_buf_add_json_line(struct kg_buf *b, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    kg_buf_grow(b, n + 2);
    b->buf[b->len++] = '"';
    while (i < n) {
        size_t lim = n - i > PIECE ? i + PIECE : n;
        /* an invalid byte becomes 3 bytes, " and \ 2, anything else 1; a
         * character may run 3 bytes past lim.  (So while eight bytes of
         * the piece are left, there is room to store eight.) */
        kg_buf_grow(b, 3 * (lim - i) + 4);
        char *p = b->buf + b->len;
        while (i < lim) {
            /* plain words are checked and stored two at a time while
             * they last (half the loop's own instructions; stored from s,
             * not from the words tested, which the compiler loaded as one
             * vector and moved to two registers) */
#ifdef __SSE2__
            /* (with SSE2, sixteen bytes tested in one vector, stored
             * whole, and kept up to the first special one, which the word
             * below then finds at once) */
            while (i + 16 <= lim) {
                __m128i v;
                memcpy(&v, s + i, 16);
                /* below 0x20 and from 0x80 up (below 0x20 as signed
                 * bytes), 0x7F, " and \ */
                __m128i sp = _mm_or_si128(
                    _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
                unsigned m = (unsigned)_mm_movemask_epi8(sp);
                memcpy(p, &v, 16);
                if (m) {
                    size_t k = (size_t)__builtin_ctz(m);
                    p += k;
                    i += k;
                    break;
                }
                p += 16;
                i += 16;
            }
#else
            while (i + 16 <= lim) {
                if (line_word_special(load8(s + i)) | line_word_special(load8(s + i + 8)))
                    break;
                memcpy(p, s + i, 16);
                p += 16;
                i += 16;
            }
#endif
            if (i + 8 <= lim) {
                /* a word stored whole, then the bytes before its first
                 * special one kept */
                size_t k = put_word(p, s + i, line_word_special(load8le(s + i)));
                p += k;
                i += k;
                if (k == 8)
                    continue;
            } else {
                /* the piece's last few bytes: as in kg_json_put, its last
                 * eight stored again when they are all plain (they were
                 * copied as they are) */
                if (lim >= 8 && !line_word_special(load8(s + lim - 8))) {
                    memcpy(p + (lim - i) - 8, s + lim - 8, 8);
                    p += lim - i;
                    i = lim;
                    break;
                }
                while (i < lim && s[i] >= 0x20 && s[i] < 0x7F && s[i] != '"' && s[i] != '\\')
                    *p++ = (char)s[i++];
                if (i >= lim)
                    break;
            }
            unsigned char c = s[i];
            if (c < 0x80) {
                if (c == '"' || c == '\\') {
                    *p++ = '\\';
                    *p++ = (char)c;
                } else {
                    *p++ = ' '; /* control characters, tab and newline included */
                }
                i++;
                continue;
            }
            /* (through a copy: i's address taken would keep it in
             * memory, not in a register, all through the loops above) */
            size_t at = i;
            p = copy_utf8(p, s, n, &at);
            i = at;
        }
        b->len = (size_t)(p - b->buf);
    }
    kg_buf_grow(b, 1);
    b->buf[b->len++] = '"';
    b->buf[b->len] = '\0';
}

char *kg_fmt_u64(char *p, unsigned long long v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    static const unsigned long long pow10[20] = {1ULL,
                                                 10ULL,
                                                 100ULL,
                                                 1000ULL,
                                                 10000ULL,
                                                 100000ULL,
                                                 1000000ULL,
                                                 10000000ULL,
                                                 100000000ULL,
                                                 1000000000ULL,
                                                 10000000000ULL,
                                                 100000000000ULL,
                                                 1000000000000ULL,
                                                 10000000000000ULL,
                                                 100000000000000ULL,
                                                 1000000000000000ULL,
                                                 10000000000000000ULL,
                                                 100000000000000000ULL,
                                                 1000000000000000000ULL,
                                                 10000000000000000000ULL};
    /* count the digits, then write them from the last, two at a time.  A
     * number of `bits` bits has floor(bits * log10(2)) digits (1233 / 4096
     * is log10(2) to within 0.0001), or one more: pow10 says which (the
     * digit loop it replaces cost a tenth of the stream's numbers) */
    unsigned bits = 64 - (unsigned)__builtin_clzll(v | 1);
    size_t n = (bits * 1233) >> 12;
    n += (v | 1) >= pow10[n];
    char *e = p + n;
    /* (a pair is copied as one 2-byte load and store; in 32 bits once the
     * number fits, where a division by 100 is half the instructions) */
    while (v > UINT32_MAX) {
        unsigned r = (unsigned)(v % 100);
        v /= 100;
        e -= 2;
        memcpy(e, pairs + 2 * r, 2);
    }
    uint32_t u = (uint32_t)v;
    /* (four digits a division while there are more than four: an offset
     * in the stream has six to nine) */
    while (u >= 10000) {
        uint32_t r = u % 10000;
        u /= 10000;
        e -= 4;
        memcpy(e, pairs + 2 * (r / 100), 2);
        memcpy(e + 2, pairs + 2 * (r % 100), 2);
    }
    if (u >= 100) {
        uint32_t r = u % 100;
        u /= 100;
        e -= 2;
        memcpy(e, pairs + 2 * r, 2);
    }
    if (u >= 10) {
        memcpy(e - 2, pairs + 2 * u, 2);
    } else {
        e[-1] = (char)('0' + u);
    }
    return p + n;
}

char *kg_buf_detach(struct kg_buf *b, size_t *len)
{
    char *p;
    if (len)
        *len = b->len;
    if (b->alloc) {
        p = b->buf;
    } else {
        p = xmalloc(1);
        p[0] = '\0';
    }
    kg_buf_init(b);
    return p;
}

size_t kg_utf8_len(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    size_t k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (k == 3) {
        unsigned cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            return 0;
    } else if (k == 4) {
        unsigned cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
    }
    return k;
}

void kg_buf_add_clean(struct kg_buf *b, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    if (n >= 4 && n <= 16) {
        /* a word (the extractor cleans token by token), nearly always
         * printable ASCII: its first and last four or eight bytes
         * (overlapping) checked and copied at once.  (A tab or a newline,
         * kept too, is left to the loops below.) */
        uint64_t special;
        uint32_t a, z;
        if (n >= 8) {
            special = printable_word_special(load8(s)) | printable_word_special(load8(s + n - 8));
        } else {
            memcpy(&a, s, 4);
            memcpy(&z, s + n - 4, 4);
            special = printable_word_special(a | (uint64_t)z << 32);
        }
        if (!special) {
            kg_buf_grow(b, n);
            char *p = b->buf + b->len;
            if (n >= 8) {
                memcpy(p, s, 8);
                memcpy(p + n - 8, s + n - 8, 8);
            } else {
                memcpy(p, &a, 4);
                memcpy(p + n - 4, &z, 4);
            }
            b->len += n;
            b->buf[b->len] = '\0';
            return;
        }
    }
    if (n <= 32) {
        /* a word: copied byte by byte while it is plain ASCII */
        kg_buf_grow(b, n);
        char *p = b->buf + b->len;
        while (i < n && ((s[i] >= 0x20 && s[i] < 0x7F) || s[i] == '\t' || s[i] == '\n')) {
            p[i] = (char)s[i];
            i++;
        }
        if (i == n) {
            b->len += n;
            b->buf[b->len] = '\0';
            return;
        }
        i = 0; /* the rest below, from the start */
    }
    do {
        size_t lim = n - i > PIECE ? i + PIECE : n;
        kg_buf_grow(b, 3 * (lim - i) + 3); /* an invalid byte becomes 3 bytes */
        char *p = b->buf + b->len;
        while (i < lim) {
            /* printable ASCII, tabs and newlines go as they are */
            size_t run = i;
            for (; run + 8 <= lim; run += 8) {
                uint64_t w = load8(s + run);
                if ((w & HIGHS) | any_below(w, 0x20) | any_eq(w, 0x7F))
                    break;
            }
            while (run < lim && ((s[run] >= 0x20 && s[run] < 0x7F) || s[run] == '\t' || s[run] == '\n'))
                run++;
            memcpy(p, s + i, run - i);
            p += run - i;
            i = run;
            if (i >= lim)
                break;
            unsigned char c = s[i];
            if (c < 0x80) {
                *p++ = ' ';
                i++;
                continue;
            }
            p = copy_utf8(p, s, n, &i);
        }
        b->len = (size_t)(p - b->buf);
    } while (i < n);
    b->buf[b->len] = '\0';
}
