#include "token.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../xalloc.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Decode one UTF-8 sequence at s (n bytes left): code point, or -1 when the
 * bytes are not valid UTF-8 (overlong, surrogate, truncated; *used is then
 * 1).  Each length tested on its own, the three-byte one (typographic
 * quotes and dashes), most often decoded, with no loop. */
static long utf8_decode(const unsigned char *s, size_t n, size_t *used)
{
    unsigned char c = s[0];
    *used = 1;
    if (c < 0x80)
        return c;
    if (c < 0xC2 || c > 0xF4)
        return -1; /* (a byte that continues a sequence, or starts none) */
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return -1;
        *used = 2;
        return (long)(c & 0x1F) << 6 | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return -1;
        long cp = (long)(c & 0x0F) << 12 | (long)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return -1;
        *used = 3;
        return cp;
    }
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
        return -1;
    long cp = (long)(c & 0x07) << 18 | (long)(s[1] & 0x3F) << 12 | (long)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF)
        return -1;
    *used = 4;
    return cp;
}

enum cls { C_SPACE, C_NL, C_WORD, C_APOS, C_HYPHEN, C_DOT, C_PUNCT, C_BAD, C_MULTI };

/* Classify a code point; `fold` receives the ASCII it folds to (0 = keep bytes). */
static enum cls classify(long cp, char *fold)
{
    *fold = 0;
    if (cp < 0)
        return C_BAD;
    if (cp < 0x80) {
        /* (what byte_cls and cls_fold have for ASCII, which is looked up
         * there, not decoded) */
        if (cp == '\n')
            return C_NL;
        if (cp == ' ' || cp < 0x20 || cp == 0x7F)
            return C_SPACE;
        if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            return C_WORD;
        if (cp == '\'') {
            *fold = '\'';
            return C_APOS;
        }
        if (cp == '-') {
            *fold = '-';
            return C_HYPHEN;
        }
        if (cp == '.') {
            *fold = '.';
            return C_DOT;
        }
        return C_PUNCT;
    }
    if (cp >= 0x2000 && cp <= 0x206F) {
        /* General Punctuation, most of what is decoded: typographic
         * spaces, dashes and quotes first */
        if (cp <= 0x200B || cp == 0x202F || cp == 0x205F)
            return C_SPACE;
        if (cp <= 0x200F)
            return C_WORD; /* (zero-width joiners, marks of direction) */
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x2032) {
            *fold = '\'';
            return C_APOS;
        }
        if (cp <= 0x2015) {
            *fold = '-';
            return cp <= 0x2011 ? C_HYPHEN : C_PUNCT;
        }
        if (cp >= 0x201C && cp <= 0x201E)
            *fold = '"';
        return C_PUNCT;
    }
    if (cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF)
        return C_SPACE;
    if (cp == 0x02BC) {
        *fold = '\'';
        return C_APOS;
    }
    if (cp == 0x2212) {
        *fold = '-';
        return C_PUNCT;
    }
    if (cp == 0xAB || cp == 0xBB) {
        *fold = '"';
        return C_PUNCT;
    }
    if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2190 && cp <= 0x2BFF) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x20A0 && cp <= 0x20CF))
        return C_PUNCT;
    return C_WORD;
}

#define S C_SPACE
#define N C_NL
#define W C_WORD
#define A C_APOS
#define H C_HYPHEN
#define D C_DOT
#define P C_PUNCT
#define M C_MULTI
#define M16 M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M
/* The class of every byte at the start of a token: classify() of the ASCII
 * code points, and C_MULTI for the bytes >= 0x80, which start (or wrongly
 * continue) a UTF-8 sequence and must be decoded. */
static const unsigned char byte_cls[256] = {
    S, S, S, S, S, S, S, S, S, S, N, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, P, P, P, A, P, P, P, P, P, H, D, P,
    W, W, W, W, W, W, W, W, W, W, P, P, P, P, P, P,
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, P,
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, S,
    M16, M16, M16, M16, M16, M16, M16, M16,
};
#undef S
#undef N
#undef W
#undef A
#undef H
#undef D
#undef P
#undef M
#undef M16

/* The ASCII a class folds to (classify()'s `fold` for ASCII code points). */
static const char cls_fold[C_MULTI + 1] = {[C_APOS] = '\'', [C_HYPHEN] = '-', [C_DOT] = '.'};

struct cursor {
    const unsigned char *s;
    size_t len;
};

static inline enum cls at(const struct cursor *c, size_t i, size_t *used, char *fold, long *cpout)
{
    if (i < c->len && c->s[i] < 0x80) {
        unsigned char ch = c->s[i];
        enum cls k = (enum cls)byte_cls[ch];
        *used = 1;
        *fold = cls_fold[k];
        if (cpout)
            *cpout = ch;
        return k;
    }
    if (i >= c->len) {
        *used = 0;
        *fold = 0;
        return C_SPACE;
    }
    long cp = utf8_decode(c->s + i, c->len - i, used);
    if (cpout)
        *cpout = cp;
    return classify(cp, fold);
}

/* Eight bytes of text at once, as one little-endian number ("SWAR", SIMD
 * within a register).  For a byte b < 0x80, b + (0x80 - c) has its top bit
 * set exactly when b >= c, and it never carries into the next byte; so a
 * few additions test all eight bytes against a range.  A byte >= 0x80 ends
 * the run; what it carries into the bytes after it does not matter, as
 * everything past the run's first end is masked off (keep) or unused. */
#define EVERY(b) (0x0101010101010101ull * (unsigned char)(b))
#define HIGH EVERY(0x80)

struct run8 {
    unsigned long long lower; /* the eight bytes with A-Z made a-z */
    unsigned long long keep;  /* 0xFF in the bytes of the run */
    unsigned long long small; /* 0x80 in the run's a-z bytes */
    unsigned n;               /* the run: its first n bytes are ASCII letters or digits */
};

static inline struct run8 scan8(unsigned long long x)
{
    struct run8 r;
    /* A-Z folded onto a-z; no other ASCII byte lands in a-z */
    unsigned long long y = x | EVERY(0x20);
    unsigned long long letter = (y + EVERY(0x80 - 'a')) & ~(y + EVERY(0x80 - 'z' - 1)) & HIGH;
    unsigned long long digit = (x + EVERY(0x80 - '0')) & ~(x + EVERY(0x80 - '9' - 1));
    unsigned long long stop = (~(letter | digit) | x) & HIGH; /* 0x80 in the bytes that end the run */
    r.n = stop ? (unsigned)__builtin_ctzll(stop) >> 3 : 8;
    r.keep = ((stop & -stop) >> 7) - 1; /* (all ones when stop is 0) */
    /* a letter's bit 5 (0x20: set in a-z, clear in A-Z) moved up to bit 7 */
    r.small = letter & x << 2 & r.keep;
    /* 0x20 set in every letter makes A-Z a-z (bytes past the run are
     * changed too, and never used) */
    r.lower = x | letter >> 2;
    return r;
}

/* The eight bytes of text at j (j <= len) as a little-endian number; past
 * the end of the text it reads spaces, and nothing past len is touched. */
static inline unsigned long long load8(const unsigned char *s, size_t j, size_t len)
{
    unsigned long long v;
    if (len - j >= 8) {
        memcpy(&v, s + j, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        v = __builtin_bswap64(v);
#endif
        return v;
    }
    v = EVERY(' ');
    for (size_t q = 0; j + q < len; q++)
        v = (v & ~(0xFFull << 8 * q)) | (unsigned long long)s[j + q] << 8 * q;
    return v;
}

/* Store load8()'s kind of number as eight bytes at p. */
static inline void store8(char *p, unsigned long long v)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    memcpy(p, &v, 8);
}

/* The run of ASCII letters and digits a word starts with, for the main
 * loop's words of sixteen bytes or more (a shorter one takes its length
 * from word_mask, its key from lower16): scan_run reads RUN bytes at s[i]
 * (spaces past the end of the text),
 * stores them at key with A-Z made a-z (bytes past the run too, to be
 * overwritten) and says how many of them are in the run.  With SSE2 (every
 * x86-64) it takes sixteen bytes at once, else scan8's eight: the two must
 * give the same run, key and fields: change both. */
struct run {
    unsigned n;                 /* the run: its first n bytes, n <= RUN */
};

#ifdef __SSE2__
#define RUN 16
/* The sixteen bytes at s[i], spaces past len. */
static inline __m128i load16(const unsigned char *s, size_t i, size_t len)
{
    __m128i v;
    if (len - i >= 16) {
        memcpy(&v, s + i, 16);
    } else {
        unsigned char b[16];
        memset(b, ' ', sizeof b);
        memcpy(b, s + i, len - i);
        memcpy(&v, b, 16);
    }
    return v;
}

/* The bytes of v that are ASCII letters, and digits, as all-ones bytes.
 * A byte b is in [lo, hi] when b + (0x80 - lo), as a signed byte, is
 * below -0x80 + (hi - lo + 1) (the bytes from lo on moved down to
 * -0x80); a byte >= 0x80 is in neither range. */
static inline __m128i letters16(__m128i v)
{
    return _mm_cmpgt_epi8(_mm_set1_epi8((char)(-0x80 + 26)),
                          _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a'))));
}

static inline __m128i digits16(__m128i v)
{
    return _mm_cmpgt_epi8(_mm_set1_epi8((char)(-0x80 + 10)), _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))));
}

static inline struct run scan_run(const unsigned char *s, size_t i, size_t len, char *key)
{
    __m128i v = load16(s, i, len);
    __m128i letter = letters16(v);
    unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digits16(v)));
    struct run r;
    r.n = (unsigned)__builtin_ctz(~word); /* (~word has bit 16 set) */
    __m128i lower = _mm_or_si128(v, _mm_and_si128(letter, _mm_set1_epi8(0x20)));
    memcpy(key, &lower, 16);
    return r;
}
#else
#define RUN 8
static inline struct run scan_run(const unsigned char *s, size_t i, size_t len, char *key)
{
    struct run8 r8 = scan8(load8(s, i, len));
    store8(key, r8.lower);
    struct run r = {r8.n};
    return r;
}
#endif

/* The ASCII letters and digits among the 64 bytes from s[b] (b < len), as
 * a mask (bit q for s[b + q]; bytes past len are none), bit 63 left clear
 * so that a run of them from bit p < 48 ends within it: the main loop
 * takes a word's length from it in a shift and a count of trailing bits,
 * not from a load of its bytes and a compare, which lay between one
 * token's start and the next (a chain through every token; the bytes and
 * their compare are then only for the key, off that chain). */
static inline unsigned long long word_mask(const unsigned char *s, size_t b, size_t len)
{
    const unsigned char *p = s + b;
    unsigned char pad[64];
    if (len - b < 64) {
        memset(pad, ' ', sizeof pad);
        memcpy(pad, p, len - b);
        p = pad;
    }
    unsigned long long m = 0;
#ifdef __SSE2__
    for (int q = 0; q < 4; q++) {
        __m128i v;
        memcpy(&v, p + 16 * q, 16);
        m |= (unsigned long long)(unsigned)_mm_movemask_epi8(_mm_or_si128(letters16(v), digits16(v))) << (16 * q);
    }
#else
    for (int q = 0; q < 64; q++)
        m |= (unsigned long long)(p[q] < 0x80 && byte_cls[p[q]] == C_WORD) << q;
#endif
    return m & ~(1ull << 63);
}

/* Store the sixteen bytes at s[i] (spaces past len) at key with A-Z made
 * a-z (as scan_run does, without finding the run: word_mask found it). */
static inline void lower16(const unsigned char *s, size_t i, size_t len, char *key)
{
#ifdef __SSE2__
    __m128i v = load16(s, i, len);
    __m128i lower = _mm_or_si128(v, _mm_and_si128(letters16(v), _mm_set1_epi8(0x20)));
    memcpy(key, &lower, 16);
#else
    store8(key, scan8(load8(s, i, len)).lower);
    store8(key + 8, len - i >= 8 ? scan8(load8(s, i + 8, len)).lower : EVERY(' '));
#endif
}

/* The masks of the bytes of a key of n < 16 bytes in its first eight
 * bytes and in the eight after them, as little-endian numbers: cut16[n]. */
#define ALL8 0xFFFFFFFFFFFFFFFFull
static const unsigned long long cut16[16][2] = {
    {0, 0}, {0xFF, 0}, {0xFFFF, 0}, {0xFFFFFF, 0}, {0xFFFFFFFF, 0}, {0xFFFFFFFFFFull, 0},
    {0xFFFFFFFFFFFFull, 0}, {0xFFFFFFFFFFFFFFull, 0}, {ALL8, 0}, {ALL8, 0xFF}, {ALL8, 0xFFFF},
    {ALL8, 0xFFFFFF}, {ALL8, 0xFFFFFFFF}, {ALL8, 0xFFFFFFFFFFull}, {ALL8, 0xFFFFFFFFFFFFull},
    {ALL8, 0xFFFFFFFFFFFFFFull},
};
#undef ALL8

/* The eight bytes at p as a little-endian number. */
static inline unsigned long long le8(const char *p)
{
    unsigned long long v;
    memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

/* The tokens and keys being written.  kg_tokenize keeps these pointers
 * into t's arrays in locals: a store of key bytes might alias t's fields,
 * which would then be reread after each.  They go back to t around calls
 * (out_put, out_get). */
struct out {
    struct kg_token *tok, *tok_end; /* the next token, the end of t->v's room */
    char *kb, *kp;                  /* t->keys.buf, the next key byte */
};

static inline void out_get(struct out *o, const struct kg_tokens *t)
{
    o->tok = t->v + t->n;
    o->tok_end = t->v + t->alloc;
    o->kb = t->keys.buf;
    o->kp = o->kb + t->keys.len;
}

static inline void out_put(const struct out *o, struct kg_tokens *t)
{
    t->n = (size_t)(o->tok - t->v);
    t->keys.len = (size_t)(o->kp - o->kb);
}

/* Room for `need` tokens and for their keys.  A key is never longer than
 * the bytes of its token (folding only shortens them), so after n tokens
 * made of bytes before i, keys.len <= i + n.  With keys.alloc kept above
 * len + t->alloc + 32, every token with n < t->alloc has room for its key
 * and NUL, and for the RUN-byte stores of scan_run (at most sixteen),
 * which reach at most RUN bytes past a key that ends by len + n: so room
 * in t->v (the test n == alloc of room(), or room_to's limit) covers both
 * arrays. */
static void more_room(struct kg_tokens *t, size_t len, size_t need)
{
    KG_GROW(t->v, need, t->alloc);
    kg_buf_grow(&t->keys, len + t->alloc + 32 - t->keys.len);
}

static inline void room(struct out *o, struct kg_tokens *t, size_t len)
{
    if (o->tok == o->tok_end) {
        out_put(o, t);
        more_room(t, len, t->n + 1);
        out_get(o, t);
    }
}

static inline size_t key_len(size_t n)
{
    return n > 65535 ? 65535 : n;
}

/* A token whose key, klen bytes (at most 65535), is already at `key` in
 * the key buffer (at o->kp or before); room() was made for it. */
static inline void push_key(struct out *o, size_t start, size_t end, char *key, size_t klen, unsigned flags,
                            unsigned hash)
{
    struct kg_token *k = o->tok++;
    /* (32-bit: kg_tokenize takes at most KG_TOKENIZE_MAX bytes) */
    k->start = (uint32_t)start;
    k->end = (uint32_t)end;
    k->key = (uint32_t)(key - o->kb);
    k->klen = (unsigned short)klen;
    k->flags = (unsigned short)flags;
    k->hash = hash;
    key[klen] = '\0';
    o->kp = key + klen + 1;
}

/* A token with the key key[0, klen) (klen <= end - start); room() was made. */
static inline void push(struct out *o, size_t start, size_t end, const char *key, size_t klen, unsigned flags)
{
    memcpy(o->kp, key, klen);
    push_key(o, start, end, o->kp, klen, flags, kg_key_hash(key, klen));
}

/* The flags of a word that starts with the byte: KG_TOK_CAP for A-Z,
 * KG_TOK_DIGIT for 0-9 (a non-ASCII letter is marked where it is decoded). */
#define C KG_TOK_CAP
#define D KG_TOK_DIGIT
#define Z16 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
static const unsigned char start_flags[256] = {
    Z16, Z16, Z16,
    D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
    0, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    C, C, C, C, C, C, C, C, C, C, C, 0, 0, 0, 0, 0,
    Z16, Z16, Z16, Z16, Z16, Z16, Z16, Z16, Z16, Z16,
};
#undef C
#undef D
#undef Z16

/* Grow the list a (t->lines, t->stops) for one more. */
static void note_grow(size_t **a, size_t n, size_t *alloc)
{
    KG_GROW(*a, n + 1, *alloc);
}

/* Add token i to the list a (inline: a stop comes every few tokens). */
static inline void note(size_t **a, size_t *n, size_t *alloc, size_t i)
{
    if (*n == *alloc)
        note_grow(a, *n, alloc);
    (*a)[(*n)++] = i;
}

/* Which classes end a word that reaches them (the joiners - ' . do not,
 * nor bytes still to decode). */
#define ENDS_WORD ((1u << C_SPACE) | (1u << C_NL) | (1u << C_PUNCT))
/* The ASCII joiners, and the bytes that may start a word after one. */
#define JOINER ((1u << C_APOS) | (1u << C_HYPHEN) | (1u << C_DOT))
#define WORD_BYTE ((1u << C_WORD) | (1u << C_MULTI))

/* Does the key kb[0, n) hold two or more of a-z?  (For ALLCAPS: when a word
 * had no lower-case and no non-ASCII letter, its a-z were all A-Z.) */
static int two_letters(const char *kb, size_t n)
{
    int letters = 0;
    for (size_t q = 0; q < n && letters < 2; q++)
        letters += kb[q] >= 'a' && kb[q] <= 'z';
    return letters >= 2;
}

/* Is the run w[0, n) of ASCII letters and digits ALLCAPS: two or more
 * letters, all of them A-Z? */
static int all_caps(const unsigned char *w, size_t n)
{
    /* (a capitalised word's second byte, most often, is an a-z) */
    if (n < 2 || w[1] >= 'a')
        return 0;
    size_t upper = 0;
    for (size_t q = 0; q < n; q++) {
        if (w[q] >= 'a')
            return 0; /* (an a-z: the run holds only 0-9 A-Z a-z) */
        upper += w[q] >= 'A';
    }
    return upper >= 2;
}

/* The word at s[i] (len bytes in all) when the main loop's run of ASCII
 * letters and digits does not settle where it ends (a joiner with a word
 * after it, a non-ASCII letter): letters/digits joined by single inner
 * - ' or letter-dot runs, flags its flags so far.  Pushes it (room() was
 * made for one token) and returns where the next token may start. */
static size_t word_rest(struct kg_tokens *t, const unsigned char *s, size_t len, size_t i, unsigned flags)
{
    struct cursor c = {s, len};
    struct out o;
    out_get(&o, t);
    struct run8 r = scan8(load8(s, i, len));
    /* the key is folded straight into t->keys (room: more_room) */
    char *kb = o.kp;
    size_t kl = 0, j = i;
    unsigned long long others = 0; /* nonzero once a-z or a non-ASCII letter is seen */
    for (;;) {
        store8(kb + kl, r.lower);
        kl += r.n;
        j += r.n;
        others |= r.small;
        if (r.n == 8) {
            r = scan8(load8(s, j, len));
            continue;
        }
        /* the word ends at white space or punctuation other than a joiner */
        if (j >= len || (ENDS_WORD >> byte_cls[s[j]] & 1))
            break;
        size_t u;
        char f;
        long cpj;
        enum cls kj = at(&c, j, &u, &f, &cpj);
        if (kj == C_WORD) {
            /* (the run took the ASCII ones) */
            if (j == i)
                flags |= KG_TOK_CAP; /* non-ASCII letters: treat as name-like */
            others = 1;
            memcpy(kb + kl, s + j, u);
            kl += u;
            j += u;
            r = scan8(load8(s, j, len));
            continue;
        }
        if (kj == C_HYPHEN || kj == C_APOS || kj == C_DOT) {
            size_t u2;
            char f2;
            long cp2;
            enum cls k2 = at(&c, j + u, &u2, &f2, &cp2);
            if (k2 != C_WORD)
                break;
            if (kj == C_APOS) {
                /* split n't and 's; keep O'Brien, Qur'an */
                if ((cp2 == 's' || cp2 == 'S')) {
                    size_t u3;
                    char f3;
                    if (at(&c, j + u + u2, &u3, &f3, NULL) != C_WORD)
                        break;
                }
                if ((cp2 == 't' || cp2 == 'T') && kl > 0 && kb[kl - 1] == 'n') {
                    size_t u3;
                    char f3;
                    if (at(&c, j + u + u2, &u3, &f3, NULL) != C_WORD) {
                        /* emit the word without its n, then "n't" */
                        size_t wend = j - 1;
                        kl--;
                        if (kl > 0) {
                            size_t n = key_len(kl);
                            push_key(&o, i, wend, kb, n, flags, kg_key_hash(kb, n));
                        } else if (t->nlines && t->lines[t->nlines - 1] == (size_t)(o.tok - t->v)) {
                            /* the word was only its n: "n't" starts the line
                             * but takes no KG_TOK_NL, so it is no line start */
                            t->nlines--;
                        }
                        room(&o, t, len);
                        push(&o, wend, j + u + u2, "n't", 3, KG_TOK_WORD);
                        out_put(&o, t);
                        return j + u + u2;
                    }
                }
            }
            if (kj == C_DOT) {
                /* only single letters joined by dots: U.S, D.I */
                size_t wl = 0;
                for (size_t q = kl; q > 0 && kb[q - 1] != '.'; q--)
                    wl++;
                size_t u3;
                char f3;
                if (wl != 1 || at(&c, j + u + u2, &u3, &f3, NULL) == C_WORD)
                    break;
            }
            if (f == '-' && kl < 65535)
                flags |= KG_TOK_HYPHEN;
            kb[kl++] = f;
            j += u;
            r = scan8(load8(s, j, len));
            continue;
        }
        break;
    }
    /* ALLCAPS: two or more letters, all of them A-Z */
    if (!others && two_letters(kb, kl))
        flags |= KG_TOK_ALLCAPS;
    size_t n = key_len(kl);
    push_key(&o, i, j, kb, n, flags, kg_key_hash(kb, n));
    out_put(&o, t);
    return j;
}

/* The punctuation token at s[i] (k its class, used bytes, fold as
 * classify() has it) other than one ASCII byte: a folded or unfolded UTF-8
 * character, or an apostrophe that may start a possessive ’s; pending
 * the flags for it.  Pushes it (room() was made) and returns where the next
 * token may start. */
static size_t punct_rest(struct kg_tokens *t, const unsigned char *s, size_t len, size_t i, enum cls k, size_t used,
                         char fold, unsigned pending)
{
    struct cursor c = {s, len};
    struct out o;
    out_get(&o, t);
    if (!fold && used > 1) {
        push(&o, i, i + used, (const char *)s + i, used, pending | KG_TOK_PUNCT);
    } else {
        /* a leading apostrophe-s ("’s") directly after a word is a possessive */
        if (k == C_APOS && t->n && !(pending & KG_TOK_SPACE) && (o.tok[-1].flags & KG_TOK_WORD)) {
            size_t u2;
            char f2;
            long cp2;
            enum cls k2 = at(&c, i + used, &u2, &f2, &cp2);
            if (k2 == C_WORD && (cp2 == 's' || cp2 == 'S')) {
                size_t u3;
                char f3;
                enum cls k3 = at(&c, i + used + u2, &u3, &f3, NULL);
                if (k3 != C_WORD) {
                    push(&o, i, i + used + u2, "'s", 2, pending);
                    out_put(&o, t);
                    return i + used + u2;
                }
            }
        }
        char f = fold ? fold : (char)s[i];
        push(&o, i, i + used, &f, 1, pending | KG_TOK_PUNCT);
    }
    out_put(&o, t);
    return i + used;
}

/* The end of the bytes from i whose tokens there is room for (and for
 * their keys: more_room).  Every token takes one byte or more of the text
 * of its own (word_rest's "n't" makes room for itself), so the main loop
 * runs to there without a test for room before each token. */
static size_t room_to(struct kg_tokens *t, size_t len, size_t i)
{
    /* (grow ahead of need, not for one more token at a time; but never
     * when there is room for 64 more: kg_fold_phrase's array of 64 on the
     * stack, room for any phrase it takes, must not be replaced) */
    if (t->alloc - t->n < 64)
        more_room(t, len, t->n + 64);
    size_t room = t->alloc - t->n;
    return room < len - i ? i + room : len;
}

void kg_tokenize(struct kg_tokens *t, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    if (len > KG_TOKENIZE_MAX) {
        /* (the 32-bit offsets of struct kg_token would wrap) */
        fprintf(stderr, "kgraph: %zu bytes of text are too many to tokenize at once (at most %zu)\n", len,
                KG_TOKENIZE_MAX);
        exit(1);
    }
    t->n = 0;
    kg_buf_reset(&t->keys);
    t->bad_bytes = 0;
    t->nlines = t->nstops = 0;
    /* room at once for the tokens of ordinary text (news runs at about one
     * token in five bytes), rather than growing through the powers of two
     * with a copy at each; the old tokens are done with */
    if (t->alloc < len / 4 + 16) {
        free(t->v);
        t->alloc = len / 4 + 16;
        t->v = xreallocarray(NULL, t->alloc, sizeof(*t->v));
    }
    more_room(t, len, 1);
    struct out o;
    /* flags for the next token; a line break while KG_TOK_NL is pending
     * is a second one, a blank line */
    unsigned pending = KG_TOK_NL | KG_TOK_PARA;
    size_t i = 0;
    while (i < len) {
        size_t lim = room_to(t, len, i);
        out_get(&o, t);
        /* the words among the 64 bytes from wb (word_mask), for the words
         * that start 48 or fewer bytes in */
        size_t wb = i;
        unsigned long long wm = word_mask(s, wb, len);
        while (i < lim) {
            enum cls k = (enum cls)byte_cls[s[i]];
            if (k == C_WORD) {
                unsigned flags = pending | KG_TOK_WORD | start_flags[s[i]];
                /* the common case: a word that is one run of ASCII letters and
                 * digits, its key folded straight into t->keys (room: more_room) */
                char *key = o.kp;
                if (i - wb >= 48) {
                    wb = i;
                    wm = word_mask(s, wb, len);
                }
                size_t n = (size_t)__builtin_ctzll(~(wm >> (i - wb)));
                if (n < 16) {
                    lower16(s, i, len, key);
                } else {
                    /* (a long word, or one that may go on past the mask) */
                    struct run r;
                    n = 0;
                    do {
                        r = scan_run(s, i + n, len, key + n);
                        n += r.n;
                    } while (r.n == RUN);
                }
                size_t j = i + n;
                /* (the end of the text ends it as a line break would) */
                enum cls after = j < len ? (enum cls)byte_cls[s[j]] : C_NL;
                /* (white space or punctuation in one test of a mask, not
                 * white space on its own first: that branch went wrong at
                 * each punctuation mark; a joiner - ' . ends it too when
                 * no word follows: "said.", and so does the ' of a
                 * possessive 's: "Pakistan's") */
                if ((ENDS_WORD >> after & 1) ||
                    (JOINER >> after & 1 && (j + 1 >= len || !(WORD_BYTE >> byte_cls[s[j + 1]] & 1))) ||
                    (after == C_APOS && j + 1 < len && (s[j + 1] | 0x20) == 's' &&
                     (j + 2 >= len || !(WORD_BYTE >> byte_cls[s[j + 2]] & 1)))) {
                    /* (a word whose first or second byte is an a-z is no
                     * ALLCAPS: both tested in one branch, nearly never
                     * taken, not the first letter's case on its own, which
                     * went wrong at every third capital; all_caps tests
                     * the rest) */
                    if ((n >= 2) & (s[i] < 'a') & (s[i + (n >= 2)] < 'a') && all_caps(s + i, n))
                        flags |= KG_TOK_ALLCAPS;
                    /* a key shorter than sixteen bytes is hashed from the
                     * sixteen bytes at it (what lower16 stored there, the
                     * bytes past the key cleared by cut16), with no branch
                     * on its length */
                    if (n < 16) {
                        push_key(&o, i, j, key, n, flags,
                                 kg_key_hash_16(le8(key) & cut16[n][0], le8(key + 8) & cut16[n][1], n));
                    } else {
                        n = key_len(n);
                        push_key(&o, i, j, key, n, flags, kg_key_hash(key, n));
                    }
                    /* (an ASCII white space after it, most often, taken now) */
                    pending = 0;
                    i = j;
                    if (after == C_SPACE) {
                        pending = KG_TOK_SPACE;
                        i++;
                    }
                    continue;
                }
                /* (the rest is read again from the start) */
                out_put(&o, t);
                i = word_rest(t, s, len, i, flags);
                out_get(&o, t);
                pending = 0;
                continue;
            }
            /* white space, the bulk of what is not a word */
            if (k == C_SPACE) {
                pending |= KG_TOK_SPACE;
                i++;
                continue;
            }
            size_t used = 1;
            char fold = cls_fold[k];
            if (k == C_MULTI) {
                size_t u;
                char f;
                k = classify(utf8_decode(s + i, len - i, &u), &f);
                used = u;
                fold = f;
                if (k == C_BAD) {
                    if (!t->bad_bytes++)
                        t->first_bad = i;
                    pending |= KG_TOK_SPACE;
                    i += used;
                    continue;
                }
            }
            if (k == C_NL) {
                /* the first break since the last token: the next token starts
                 * a line (noted now, while the count is at hand; one after the
                 * last token is dropped at the end) */
                if (pending & KG_TOK_NL)
                    pending |= KG_TOK_PARA;
                else
                    note(&t->lines, &t->nlines, &t->lines_alloc, (size_t)(o.tok - t->v));
                pending |= KG_TOK_NL | KG_TOK_SPACE;
                i++;
                continue;
            }
            if (k == C_SPACE) {
                pending |= KG_TOK_SPACE;
                i += used;
                continue;
            }
            if (k == C_WORD) {
                /* a word that starts with a non-ASCII letter */
                out_put(&o, t);
                i = word_rest(t, s, len, i, pending | KG_TOK_WORD);
                out_get(&o, t);
                pending = 0;
                continue;
            }
            if (used == 1 && k != C_APOS) {
                /* one ASCII byte: most punctuation */
                char f = fold ? fold : (char)s[i];
                if (f == '.' || f == '!' || f == '?')
                    note(&t->stops, &t->nstops, &t->stops_alloc, (size_t)(o.tok - t->v));
                *o.kp = f;
                push_key(&o, i, i + 1, o.kp, 1, pending | KG_TOK_PUNCT, kg_key_hash(&f, 1));
                pending = 0;
                i++;
                continue;
            }
            out_put(&o, t);
            i = punct_rest(t, s, len, i, k, used, fold, pending);
            out_get(&o, t);
            pending = 0;
        }
        out_put(&o, t);
    }
    if (t->nlines && t->lines[t->nlines - 1] == t->n)
        t->nlines--;
}

int kg_word_char(const char *s, size_t n, size_t *used)
{
    char fold;
    long cp = utf8_decode((const unsigned char *)s, n, used);
    return classify(cp, &fold) == C_WORD;
}

void kg_tokens_release(struct kg_tokens *t)
{
    free(t->v);
    kg_buf_release(&t->keys);
    free(t->lines);
    free(t->stops);
    memset(t, 0, sizeof(*t));
}

size_t kg_fold_phrase(const char *s, struct kg_buf *out)
{
    /* the keys are folded straight into out, one after the other, each
     * with its NUL: the NULs between them become the spaces.  A phrase of
     * at most 64 bytes has at most 64 tokens (each takes a byte or more),
     * so their array on the stack is never grown or replaced (kg_tokenize
     * replaces one with room for fewer than len / 4 + 16, room_to grows
     * one with room for fewer than 64 more). */
    struct kg_token small[64];
    size_t len = strlen(s);
    struct kg_tokens t = KG_TOKENS_INIT;
    if (len <= 64) {
        t.v = small;
        t.alloc = 64;
    }
    t.keys = *out;
    kg_tokenize(&t, s, len);
    for (size_t i = 0; i + 1 < t.n; i++)
        t.keys.buf[t.v[i].key + t.v[i].klen] = ' ';
    if (t.n)
        kg_buf_setlen(&t.keys, t.keys.len - 1);
    *out = t.keys;
    if (t.v != small)
        free(t.v);
    free(t.lines);
    free(t.stops);
    return t.n;
}
