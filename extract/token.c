#include "token.h"

#include <stdlib.h>
#include <string.h>

#include "../xalloc.h"

/* Decode one UTF-8 sequence at s (n bytes left): code point, or -1 when the
 * bytes are not valid UTF-8 (overlong, surrogate, truncated). */
static long utf8_decode(const unsigned char *s, size_t n, size_t *used)
{
    unsigned char c = s[0];
    long cp;
    size_t k;
    if (c < 0x80) {
        *used = 1;
        return c;
    } else if (c >= 0xC2 && c <= 0xDF) {
        k = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        cp = c & 0x07;
    } else {
        *used = 1;
        return -1;
    }
    if (n < k) {
        *used = 1;
        return -1;
    }
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *used = 1;
            return -1;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
        *used = 1;
        return -1;
    }
    *used = k;
    return cp;
}

enum cls { C_SPACE, C_NL, C_WORD, C_APOS, C_HYPHEN, C_DOT, C_PUNCT, C_BAD };

/* Classify a code point; `fold` receives the ASCII it folds to (0 = keep bytes). */
static enum cls classify(long cp, char *fold)
{
    *fold = 0;
    if (cp < 0)
        return C_BAD;
    if (cp == '\n')
        return C_NL;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
        (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
        return C_SPACE;
    if (cp < 0x20 || cp == 0x7F)
        return C_SPACE;
    if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        return C_WORD;
    if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032) {
        *fold = '\'';
        return C_APOS;
    }
    if (cp == '-' || cp == 0x2010 || cp == 0x2011) {
        *fold = '-';
        return C_HYPHEN;
    }
    if (cp == '.') {
        *fold = '.';
        return C_DOT;
    }
    if (cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212) {
        *fold = '-';
        return C_PUNCT;
    }
    if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) {
        *fold = '"';
        return C_PUNCT;
    }
    if (cp < 0x80)
        return C_PUNCT;
    if (cp == 0x2026 || cp == 0x2022 || cp == 0xB7 || (cp >= 0x2016 && cp <= 0x206F) ||
        (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2190 && cp <= 0x2BFF) ||
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
/* classify() of every ASCII code point, for the fast path of at() */
static const unsigned char ascii_cls[128] = {
    S, S, S, S, S, S, S, S, S, S, N, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, P, P, P, A, P, P, P, P, P, H, D, P,
    W, W, W, W, W, W, W, W, W, W, P, P, P, P, P, P,
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, P,
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, S,
};
#undef S
#undef N
#undef W
#undef A
#undef H
#undef D
#undef P

/* The ASCII a class folds to (classify()'s `fold` for ASCII code points). */
static const char cls_fold[C_BAD + 1] = {[C_APOS] = '\'', [C_HYPHEN] = '-', [C_DOT] = '.'};

struct cursor {
    const unsigned char *s;
    size_t len;
};

static inline enum cls at(const struct cursor *c, size_t i, size_t *used, char *fold, long *cpout)
{
    if (i < c->len && c->s[i] < 0x80) {
        unsigned char ch = c->s[i];
        enum cls k = (enum cls)ascii_cls[ch];
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

static void push(struct kg_tokens *t, size_t start, size_t end, const char *key, size_t klen,
                 unsigned flags)
{
    if (t->n == t->alloc)
        KG_GROW(t->v, t->n + 1, t->alloc);
    struct kg_token *k = &t->v[t->n++];
    k->start = start;
    k->end = end;
    k->key = t->keys.len;
    k->klen = (unsigned short)(klen > 65535 ? 65535 : klen);
    k->flags = (unsigned short)flags;
    if (t->keys.len + k->klen + 1 >= t->keys.alloc)
        kg_buf_grow(&t->keys, (size_t)k->klen + 1);
    memcpy(t->keys.buf + t->keys.len, key, k->klen);
    k->hash = kg_key_hash(key, k->klen);
    t->keys.len += k->klen;
    t->keys.buf[t->keys.len++] = '\0';
}

/* A token whose key was folded in place at t->keys.buf[k0, kl). */
static inline __attribute__((always_inline)) void push_key(struct kg_tokens *t, size_t start, size_t end, size_t k0, size_t kl, unsigned flags)
{
    if (t->n == t->alloc)
        KG_GROW(t->v, t->n + 1, t->alloc);
    struct kg_token *k = &t->v[t->n++];
    k->start = start;
    k->end = end;
    k->key = k0;
    k->klen = (unsigned short)(kl - k0 > 65535 ? 65535 : kl - k0);
    k->flags = (unsigned short)flags;
    t->keys.len = k0 + k->klen;
    k->hash = kg_key_hash(t->keys.buf + k0, k->klen);
    t->keys.buf[t->keys.len++] = '\0';
}

void kg_tokenize(struct kg_tokens *t, const char *text, size_t len)
{
    struct cursor c = {(const unsigned char *)text, len};
    t->n = 0;
    kg_buf_reset(&t->keys);
    t->bad_bytes = 0;
    unsigned pending = KG_TOK_NL | KG_TOK_PARA; /* flags for the next token */
    int newlines = 2;
    size_t i = 0;
    while (i < len) {
        /* ASCII white space, the bulk of what is not a word, inline */
        unsigned char ch0 = (unsigned char)text[i];
        if (ch0 < 0x80 && ascii_cls[ch0] == C_SPACE) {
            pending |= KG_TOK_SPACE;
            i++;
            continue;
        }
        size_t used;
        char fold;
        long cp;
        enum cls k = at(&c, i, &used, &fold, &cp);
        if (k == C_BAD) {
            t->bad_bytes++;
            pending |= KG_TOK_SPACE;
            i += used;
            continue;
        }
        if (k == C_SPACE || k == C_NL) {
            if (k == C_NL) {
                newlines++;
                pending |= KG_TOK_NL;
                if (newlines >= 2)
                    pending |= KG_TOK_PARA;
            }
            pending |= KG_TOK_SPACE;
            i += used;
            continue;
        }
        newlines = 0;
        size_t start = i;
        if (k != C_WORD) {
            char f = fold ? fold : (char)text[i];
            if (!fold && used > 1) {
                push(t, start, i + used, text + i, used, pending | KG_TOK_PUNCT);
            } else {
                /* a leading apostrophe-s ("’s") directly after a word is a possessive */
                if (k == C_APOS && t->n && !(pending & KG_TOK_SPACE) && (t->v[t->n - 1].flags & KG_TOK_WORD)) {
                    size_t u2;
                    char f2;
                    long cp2;
                    enum cls k2 = at(&c, i + used, &u2, &f2, &cp2);
                    if (k2 == C_WORD && (cp2 == 's' || cp2 == 'S')) {
                        size_t u3;
                        char f3;
                        enum cls k3 = at(&c, i + used + u2, &u3, &f3, NULL);
                        if (k3 != C_WORD) {
                            push(t, start, i + used + u2, "'s", 2, pending);
                            pending = 0;
                            i += used + u2;
                            continue;
                        }
                    }
                }
                push(t, start, i + used, &f, 1, pending | KG_TOK_PUNCT);
            }
            pending = 0;
            i += used;
            continue;
        }
        /* a word: letters/digits joined by single inner - ' or letter-dot runs */
        /* the key is folded straight into t->keys: it is never longer
         * than the bytes it comes from */
        kg_buf_grow(&t->keys, len - i + 1);
        char *kb = t->keys.buf;
        size_t k0 = t->keys.len, kl = k0;
        unsigned flags = pending | KG_TOK_WORD;
        int letters = 0, uppers = 0, lowers = 0;
        size_t j = i;
        /* the common case: a run of ASCII letters and digits */
        while (j < len) {
            unsigned char ch = (unsigned char)text[j];
            if (ch >= 'a' && ch <= 'z') {
                lowers++;
                letters++;
            } else if (ch >= 'A' && ch <= 'Z') {
                uppers++;
                letters++;
                if (j == i)
                    flags |= KG_TOK_CAP;
                ch = (unsigned char)(ch - 'A' + 'a');
            } else if (ch >= '0' && ch <= '9') {
                if (j == i)
                    flags |= KG_TOK_DIGIT;
            } else {
                break;
            }
            kb[kl++] = (char)ch;
            j++;
        }
        /* the word ends at white space or punctuation other than a joiner */
        unsigned char nx = j < len ? (unsigned char)text[j] : ' ';
        int ended = nx < 0x80 && (ascii_cls[nx] == C_SPACE || ascii_cls[nx] == C_NL || ascii_cls[nx] == C_PUNCT);
        while (!ended) {
            size_t u;
            char f;
            long cpj;
            enum cls kj = at(&c, j, &u, &f, &cpj);
            if (kj == C_WORD) {
                if (cpj < 0x80) {
                    char ch = (char)cpj;
                    if (ch >= 'A' && ch <= 'Z') {
                        uppers++;
                        letters++;
                        if (j == i)
                            flags |= KG_TOK_CAP;
                        ch = (char)(ch - 'A' + 'a');
                    } else if (ch >= 'a' && ch <= 'z') {
                        lowers++;
                        letters++;
                    } else if (j == i) {
                        flags |= KG_TOK_DIGIT;
                    }
                    kb[kl++] = ch;
                } else {
                    if (j == i)
                        flags |= KG_TOK_CAP; /* non-ASCII letters: treat as name-like */
                    letters++;
                    memcpy(kb + kl, text + j, u);
                    kl += u;
                }
                j += u;
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
                    if ((cp2 == 't' || cp2 == 'T') && kl > k0 && kb[kl - 1] == 'n') {
                        size_t u3;
                        char f3;
                        if (at(&c, j + u + u2, &u3, &f3, NULL) != C_WORD) {
                            /* emit the word without its n, then "n't" */
                            size_t wend = j - 1;
                            kl--;
                            if (kl > k0)
                                push_key(t, i, wend, k0, kl, flags);
                            push(t, wend, j + u + u2, "n't", 3, KG_TOK_WORD);
                            pending = 0;
                            i = j + u + u2;
                            goto next;
                        }
                    }
                }
                if (kj == C_DOT) {
                    /* only single letters joined by dots: U.S, D.I */
                    size_t wl = 0;
                    for (size_t q = kl; q > k0 && kb[q - 1] != '.'; q--)
                        wl++;
                    size_t u3;
                    char f3;
                    if (wl != 1 || at(&c, j + u + u2, &u3, &f3, NULL) == C_WORD)
                        break;
                }
                if (f == '-' && kl - k0 < 65535)
                    flags |= KG_TOK_HYPHEN;
                kb[kl++] = f;
                j += u;
                continue;
            }
            break;
        }
        if (letters >= 2 && uppers == letters)
            flags |= KG_TOK_ALLCAPS;
        (void)lowers;
        push_key(t, i, j, k0, kl, flags);
        pending = 0;
        i = j;
    next:;
    }
}

void kg_tokens_release(struct kg_tokens *t)
{
    free(t->v);
    kg_buf_release(&t->keys);
    memset(t, 0, sizeof(*t));
}

size_t kg_fold_phrase(const char *s, struct kg_buf *out)
{
    /* the keys are folded straight into out, one after the other, each
     * with its NUL: the NULs between them become the spaces */
    struct kg_tokens t = KG_TOKENS_INIT;
    t.keys = *out;
    kg_tokenize(&t, s, strlen(s));
    for (size_t i = 0; i + 1 < t.n; i++)
        t.keys.buf[t.v[i].key + t.v[i].klen] = ' ';
    if (t.n)
        kg_buf_setlen(&t.keys, t.keys.len - 1);
    *out = t.keys;
    free(t.v);
    return t.n;
}
