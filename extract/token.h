/* token.h - the tokenizer: bytes of one document into tokens with folded keys.
 *
 * Tokens never copy the text: each is a byte span [start, end) of the
 * original document plus a folded key (ASCII lower case; typographic quotes,
 * apostrophes and dashes folded to ASCII; invalid UTF-8 bytes become
 * separators) stored in the tokenizer's key buffer.  The keys follow one
 * another there in token order, each ended by a NUL (keys hold no NUL of
 * their own), so the keys of tokens [a, b) are one run of bytes from a's key
 * to the end of b - 1's.  The same function folds lexicon phrases, so text
 * and lexicon meet on equal terms.
 *   "Pakistan’s"  -> "pakistan" "'s"        "didn't" -> "did" "n't"
 *   "Anwaar-ul-Haq" -> one token            "U.S." -> "u.s" "."
 */
#ifndef KG_TOKEN_H
#define KG_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "../kgbuf.h"

enum {
    KG_TOK_WORD = 1 << 0,    /* letters/digits (possibly with inner - ' .) */
    KG_TOK_CAP = 1 << 1,     /* starts with an upper-case ASCII letter or a non-ASCII letter */
    KG_TOK_ALLCAPS = 1 << 2, /* two or more letters, all upper case (TTP, ISPR) */
    KG_TOK_PUNCT = 1 << 3,   /* one punctuation character */
    KG_TOK_NL = 1 << 4,      /* first token after a line break */
    KG_TOK_PARA = 1 << 5,    /* first token after a blank line */
    KG_TOK_DIGIT = 1 << 6,   /* starts with a digit */
    KG_TOK_SPACE = 1 << 7,   /* whitespace precedes it */
    KG_TOK_HYPHEN = 1 << 8,  /* a word with an inner hyphen in its key (Indian-sponsored) */
};

/* One token, 20 bytes: every pass of the extractor reads the token array
 * (a 64 KB window makes ~11k tokens), so its offsets are 32-bit, which
 * kg_tokenize's limit on the text (KG_TOKENIZE_MAX) keeps them within.
 * (16 bytes, the key offsets in an array of their own, measured no faster:
 * the loops that read the keys had one pointer more to keep.) */
struct kg_token {
    uint32_t start, end; /* byte span in the document */
    uint32_t key;        /* offset of the folded, NUL-terminated key in keys.buf */
    unsigned short klen; /* key length */
    unsigned short flags; /* KG_TOK_* */
    unsigned hash;      /* kg_key_hash of the key: phrase lookups never rehash */
};

struct kg_tokens {
    struct kg_token *v; /* tokens */
    size_t n, alloc;    /* count and capacity */
    struct kg_buf keys; /* folded keys, NUL-separated */
    long bad_bytes;     /* invalid UTF-8 bytes seen */
    size_t first_bad;   /* offset of the first of them (when bad_bytes) */
    /* for the segmenter, which need not then look at every token: */
    size_t *lines, nlines, lines_alloc; /* the tokens but the first with KG_TOK_NL, ascending */
    size_t *stops, nstops, stops_alloc; /* the tokens . ! ? (a key of one byte), ascending */
};

#define KG_TOKENS_INIT {NULL, 0, 0, KG_BUF_INIT, 0, 0, NULL, 0, 0, NULL, 0, 0}

/* The little-endian value of the n < 8 bytes at s, read so that nothing
 * past them is touched: two loads that overlap in the middle. */
static inline __attribute__((always_inline)) unsigned long long kg_key_tail(const unsigned char *s, size_t n)
{
    if (n >= 4) {
        unsigned lo = (unsigned)s[0] | (unsigned)s[1] << 8 | (unsigned)s[2] << 16 | (unsigned)s[3] << 24;
        const unsigned char *e = s + n - 4;
        unsigned hi = (unsigned)e[0] | (unsigned)e[1] << 8 | (unsigned)e[2] << 16 | (unsigned)e[3] << 24;
        return lo | (unsigned long long)hi << (8 * (n - 4));
    }
    if (n >= 2)
        return (unsigned long long)(s[0] | s[1] << 8) | (unsigned long long)(s[n - 2] | s[n - 1] << 8) << (8 * (n - 2));
    return n ? s[0] : 0;
}

/* The hash of one token key: eight bytes at a time, then the tail (a
 * little-endian number of its bytes), nothing past the key read.
 * kg_key_hash_16 repeats the n < 16 case from bytes in registers, and the
 * phrase table, its word-pair filter, relation.c's Bloom filters and tis's
 * hash compare rely on the two agreeing: change both together (test_token
 * checks that they agree).  (Always inlined, with kg_key_tail: the rules
 * hash their literals with it, which then fold to constants; in the
 * longest functions GCC would otherwise call it and hash every literal at
 * run time.) */
static inline __attribute__((always_inline)) unsigned kg_key_hash(const char *s, size_t n)
{
    unsigned long long h = 0x9e3779b97f4a7c15ull ^ n, v;
    for (; n >= 8; s += 8, n -= 8) {
        __builtin_memcpy(&v, s, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        v = __builtin_bswap64(v); /* (little-endian, as the tail and kg_key_hash_16 read) */
#endif
        h = (h ^ v) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    v = kg_key_tail((const unsigned char *)s, n);
    h = (h ^ v) * 0xff51afd7ed558ccdull;
    return (unsigned)(h ^ (h >> 32));
}

/* kg_key_hash of a key of n < 16 bytes from the little-endian values of
 * its first eight bytes, lo, and of the eight after them, hi, the bytes
 * past the key cleared in both: the hash of either case (n < 8: one step,
 * on lo; else two, on lo and then hi) made, and one taken by a mask, not
 * a branch on the length (for the tokenizer, one word in six is of eight
 * bytes or more: GCC made n < 8 ? a : b a branch, which went wrong at one
 * word in five). */
static inline unsigned kg_key_hash_16(unsigned long long lo, unsigned long long hi, size_t n)
{
    unsigned long long a = (0x9e3779b97f4a7c15ull ^ n ^ lo) * 0xff51afd7ed558ccdull;
    unsigned long long b = (a ^ (a >> 32) ^ hi) * 0xff51afd7ed558ccdull;
    unsigned long long two = 0 - (unsigned long long)(n >= 8); /* all ones: take b */
    unsigned long long h = a ^ ((a ^ b) & two);
    return (unsigned)(h ^ (h >> 32));
}

/* A phrase's hash is built from its tokens' hashes, so a lookup of "a b c"
 * after "a b" costs one step: kg_phrase_hash(kg_phrase_step(kg_phrase_step(
 * ha, hb), hc)), starting from the first token's hash. */
static inline unsigned long long kg_phrase_step(unsigned long long state, unsigned h)
{
    return state * 0x9e3779b97f4a7c15ull + h;
}

static inline unsigned long long kg_phrase_hash(unsigned long long state)
{
    state ^= state >> 33;
    state *= 0xff51afd7ed558ccdull;
    state ^= state >> 33;
    state *= 0xc4ceb9fe1a85ec53ull;
    state ^= state >> 33;
    return state;
}

/* The longest text kg_tokenize takes, just under 2 GB, so that a token's
 * 32-bit offsets hold its span and its key's place in keys.buf (a key
 * starts at most 2 len bytes in: each token takes a byte of text or more,
 * and its key is no longer than its bytes).  The extractor's windows stay
 * well below it (kg_extractor_set_limits keeps articles to 1 GB). */
#define KG_TOKENIZE_MAX (((size_t)1 << 31) - 64)

/* Tokenize s[0..len) (replacing previous contents; storage is reused);
 * len <= KG_TOKENIZE_MAX, or it exits with a message, as xmalloc does. */
void kg_tokenize(struct kg_tokens *t, const char *s, size_t len);
void kg_tokens_release(struct kg_tokens *t);

static inline const char *kg_tok_key(const struct kg_tokens *t, size_t i)
{
    return t->keys.buf + t->v[i].key;
}

/* Is the character at s (n > 0 bytes left) one that a word is made of,
 * as kg_tokenize tells (an ASCII letter or digit, or a code point it takes
 * as a letter: not a space, dash, quote or other punctuation, not invalid
 * UTF-8)?  *used gets its length in bytes (1 for an invalid byte). */
int kg_word_char(const char *s, size_t n, size_t *used);

/* Fold a phrase into space-separated token keys ("Pakistan’s Foreign Office"
 * -> "pakistan 's foreign office"); returns the number of tokens. */
size_t kg_fold_phrase(const char *s, struct kg_buf *out);

#endif
