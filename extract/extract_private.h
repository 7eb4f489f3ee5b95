/* extract_private.h - the per-document state shared by the extract/ files.
 *
 * segment.c fills lines, articles and sentences; mention.c finds entity
 * mentions (lexicon, unknown names, state-actor collapse, coreference);
 * relation.c turns cue words and mentions into relation instances;
 * extract.c drives them and writes the stream.  Everything here is scratch
 * space reused from one document to the next.
 */
#ifndef KG_EXTRACT_PRIVATE_H
#define KG_EXTRACT_PRIVATE_H

#include <stddef.h>
#include <string.h>

#include "../kgbuf.h"
#include "../schema.h"
#include "extract.h"
#include "lexicon.h"
#include "token.h"

struct kg_sent {
    size_t t0, t1;  /* token range [t0, t1) */
    int dateline;   /* the "ISLAMABAD:" of a first paragraph */
    int headline;   /* a line without sentence punctuation (headline, bullet) */
};

struct kg_article {
    size_t s0, s1;  /* sentence range [s0, s1) */
    size_t tstart;  /* first token of its first line (its headline) */
    char date[11];  /* YYYY-MM-DD or "" */
};

enum {
    KG_M_POSS = 1 << 0,     /* followed by 's: a possessor */
    KG_M_DATELINE = 1 << 1, /* in a dateline: no relation */
    KG_M_TITLEOF = 1 << 2,  /* a state or body qualifying an office title */
    KG_M_PRONOUN = 1 << 3,  /* a pronoun or description resolved by coreference */
    KG_M_PLACE = 1 << 4,    /* a capital used as a place */
    KG_M_COLLAPSED = 1 << 5,/* a state organ or capital standing for its state */
    KG_M_PAIR = 1 << 6,     /* second of two mentions sharing one span ("both sides") */
    KG_M_ADJ = 1 << 7,      /* a demonym before an event noun ("Pakistani airstrikes") */
    KG_M_QUAL = 1 << 8,     /* named inside a hyphenated modifier ("Indian-sponsored",
                               "Pakistan-based"): no participant of the clause */
};

struct kg_mention {
    size_t t0, t1;  /* token range */
    int de;         /* document entity index */
    unsigned flags; /* KG_M_* */
    size_t sent;    /* sentence index */
};

struct kg_dent {
    const char *label;   /* label written to the stream */
    const char *id;      /* stream id */
    char *mem;           /* label and id of a name found in the text (the
                            lexicon's are used as they are), NULL */
    int type;            /* enum kg_etype */
    int lex;             /* lexicon entity, -1 for names found in the text */
    long mentions;       /* mentions in this article */
    struct kg_buf aliases; /* surface forms, NUL-separated */
    size_t naliases;     /* how many */
    int last_off;        /* the article's last official_of relation from it
                            (an index in x->rels), -1: none */
    int off_state;       /* the state of the last of those whose target is a
                            state (person_state), -1: none */
    int tail_sought;     /* the name after "al-" was looked for (surname_alias) */
};

struct kg_docalias {
    int ntok;       /* tokens */
    int de;         /* document entity */
    size_t t0;      /* the name: tokens [t0, t0 + ntok) of the document */
    unsigned h0;    /* the hash of its first token's key (the order of x->dal) */
};

struct kg_relinst {
    int src, dst;   /* document entities */
    int relation;   /* enum kg_rel */
    int modality;   /* enum kg_modality */
    int prev_off;   /* for an official_of relation, the one before it from
                       the same entity (an index in x->rels), -1: none.
                       (The rules ask what office a person holds, and what
                       the article's mediators and attacks were, article
                       long: a scan of every relation for it took time in
                       the square of the article's length) */
    int prev_rel;   /* the one before it of the same kind, -1: none */
    size_t sent;    /* sentence index */
    size_t ev0, ev1; /* the evidence, tokens [ev0, ev1): the sentence, or the
                        window of words of one read in parts (relation.c) */
};

struct kg_extractor {
    size_t base;                     /* file offset of text[0] */
    size_t artno;                    /* articles written for this file */
    size_t max_article, max_sentence;/* limits in bytes (kg_extractor_set_limits) */
    unsigned said;                   /* what kg_extract_text said once (KG_SAID_*) */
    struct kg_extract_counts counts; /* what kg_extract_file and _text wrote */
    struct kg_lexicon lx;            /* read only once loaded */
    int lx_borrowed;                 /* lx is another extractor's (kg_extractor_new_sharing):
                                        not released with this one */
    const char *text;                /* current document */
    size_t len;
    struct kg_tokens tok;
    unsigned *cls;                   /* per token: word classes of the one-token phrase */
    const struct kg_phrase **tokph;  /* per token: its one-token phrase, NULL */
    struct kg_entmatch *entm;        /* per token: the entity alias and demonym it
                                        starts, once asked (KG_ANY_ENTM in its
                                        tokany; mention.c; allocated in tokph's
                                        block and freed with it) */
    unsigned *tokany;                /* per token: KG_ANY_* and the word classes of
                                        any phrase starting there (a quick no) */
    size_t *phoff;                   /* per token + 1: its longer phrases are
                                        phl[phoff[i], phoff[i + 1]), 2, 3, ... tokens */
    size_t cls_alloc;
    const struct kg_phrase **phl;    /* phrases of two or more tokens, by start token */
    size_t phl_n, phl_alloc;
    struct kg_sent *sents;
    size_t nsents, sents_alloc;
    struct kg_article *arts;
    size_t narts, arts_alloc;
    struct kg_mention *ments;        /* mentions of the current article, by position */
    size_t nments, ments_alloc;
    int *tok_ment;                   /* per token: mention index or -1 */
    size_t tok_ment_alloc;
    struct kg_dent *dents;           /* entities of the current article */
    size_t ndents, dents_alloc;
    size_t dents_ready;              /* slots whose aliases buffer is kept for reuse */
    int *lex_dent;                   /* lexicon entity -> dent, -1 */
    struct kg_docalias *dal;         /* names learnt in this article */
    size_t ndal, dal_alloc;
    unsigned long long dal_first;    /* learnt names by their first word's hash (dal_bit) */
    struct kg_relinst *rels;
    size_t nrels, rels_alloc;
    int last_rel[KG_NRELS]; /* the article's last relation of each kind (an
                               index in rels; -1: none), the first of a
                               list through kg_relinst.prev_rel */
    const char *date;                /* current article date */
    struct kg_buf tmp;
    struct kg_lexjson *lexjson;      /* extract.c: per lexicon entity, its
                                        escaped id and label once written */
    struct kg_buf lexjson_buf;       /* their bytes */
    unsigned long long word_sets[8]; /* mention.c: sets of the words of some
                                        lists, a bit of each word's hash
                                        (make_sets); 0 until the first article */
};

/* tokany bits above the word classes (KG_ANY_NAME is the token's own:
 * a capitalised word that can be part of a name) */
#define KG_ANY_NAME (1u << 29)
/* (mention.c's, set by match_entity_at on a token with KG_ANY_ENT: its
 * answer is kept in x->entm.  Cleared with the rest by kg_index_phrases,
 * which sets each token's tokany for a window; no rule sees it, as the
 * token has KG_ANY_ENT too) */
#define KG_ANY_ENTM (1u << 28)
_Static_assert(KG_NWCLASSES <= 28, "word classes overlap KG_ANY_ENTM");
#define KG_ANY_CUE (1u << 30)
#define KG_ANY_ENT (1u << 31)

/* extract.c */
/* An extractor reading the lexicon of `from` (which must outlive it)
 * instead of loading its own: threads share one, read only. */
struct kg_extractor *kg_extractor_new_sharing(const struct kg_extractor *from);
/* segment.c */
void kg_segment(struct kg_extractor *x);
/* mention.c */
/* Look up every token's phrases once per window (tokph, cls, phoff/phl). */
void kg_index_phrases(struct kg_extractor *x);
void kg_find_mentions(struct kg_extractor *x, const struct kg_article *a);
int kg_dent_for_lex(struct kg_extractor *x, int lex);
/* relation.c */
void kg_find_relations(struct kg_extractor *x, const struct kg_article *a);

/* helpers shared by the files */
static inline const char *tk(const struct kg_extractor *x, size_t i)
{
    return kg_tok_key(&x->tok, i);
}
/* w is a literal: its length and its kg_key_hash fold to constants, so a
 * test is one compare of the token's hash (the tokenizer's), and only a
 * token whose hash matches, i.e. nearly always the word itself, is read
 * further (its length and an inlined memcmp, against a collision).  The
 * hash compare's outcome is the answer itself; the length compare it
 * replaces passed for every word of the same length, whose bytes then
 * differed, a mispredicted branch each time (cg3: tis 0.90M -> 0.71M
 * mispredicts).  (Always inlined: in the long functions of relation.c
 * GCC would otherwise call one copy, which then measures and hashes every
 * literal at run time.) */
static inline __attribute__((always_inline)) int tis(const struct kg_extractor *x, size_t i, const char *w)
{
    size_t n = __builtin_strlen(w);
    return i < x->tok.n && x->tok.v[i].hash == kg_key_hash(w, n) && x->tok.v[i].klen == n &&
           !__builtin_memcmp(tk(x, i), w, n);
}
/* The same for a word w of n bytes that is not a literal. */
static inline int tis_n(const struct kg_extractor *x, size_t i, const char *w, size_t n)
{
    return i < x->tok.n && x->tok.v[i].klen == n && !memcmp(tk(x, i), w, n);
}
/* A word list for tis_any: lengths are kept so that, in a list chosen at
 * run time, most words are rejected by one compare. */
struct kg_lit {
    unsigned char n;
    char w[15];
};
_Static_assert(__builtin_offsetof(struct kg_lit, w) == 1, "tis_any reads n and w[0] together");
#define KG_LIT(s) {sizeof(s) - 1, s}
/* A Bloom filter of key hashes in two 64-bit words, a bit of each from a
 * hash: tis_any_may's, and name_word's of its stop words (mention.c). */
struct kg_bloom {
    unsigned long long a, b;
};
static inline __attribute__((always_inline)) void kg_bloom_add(struct kg_bloom *f, unsigned h)
{
    f->a |= 1ull << (h >> 26);
    f->b |= 1ull << ((h >> 20) & 63);
}
/* (both bits in one test: one branch where it is asked) */
static inline __attribute__((always_inline)) int kg_bloom_may(const struct kg_bloom *f, unsigned h)
{
    return (f->a >> (h >> 26)) & (f->b >> ((h >> 20) & 63)) & 1;
}

/* Might token i be one of the n words of l?  A quick and certain no: two
 * 64-bit Bloom filters of the words' key hashes (inline with a constant
 * list, they fold to two constants at compile time), tested with the
 * token's hash.  A yes may be false: tis_any says.  (Nothing to keep in
 * step: the filters are made from the list itself.) */
static inline __attribute__((always_inline)) int tis_any_may(const struct kg_extractor *x, size_t i,
                                                            const struct kg_lit *l, size_t n)
{
    if (i >= x->tok.n)
        return 0;
    struct kg_bloom f = {0, 0};
#pragma GCC unroll 64
    for (size_t j = 0; j < n; j++)
        kg_bloom_add(&f, kg_key_hash(l[j].w, l[j].n));
    return kg_bloom_may(&f, x->tok.v[i].hash);
}
/* Is token i one of the n words of l?  (Always inlined: with the static
 * lists it is mostly asked with, see below.) */
static inline __attribute__((always_inline)) int tis_any(const struct kg_extractor *x, size_t i,
                                                        const struct kg_lit *l, size_t n)
{
    if (i >= x->tok.n)
        return 0;
    /* A static list: its words' hashes fold to constants, so after
     * tis_any_may's quick no (a branch taken for nearly every word) each
     * word is one compare of the token's hash, which only the word itself
     * passes, as in tis.  The length-and-first-byte compares below pass
     * for many words that a later byte then rejects, each a mispredicted
     * branch (cg3: 0.35M mispredicts in tis_any -> 0.2M).  A list that is
     * no constant where it is asked (one chosen at run time) takes that
     * loop, which hashes nothing. */
    if (__builtin_constant_p(n) && n && __builtin_constant_p(l[n - 1].n) && __builtin_constant_p(l[0].w[0])) {
        if (!tis_any_may(x, i, l, n))
            return 0;
        unsigned h = x->tok.v[i].hash;
#pragma GCC unroll 64
        for (size_t j = 0; j < n; j++)
            if (h == kg_key_hash(l[j].w, l[j].n) && x->tok.v[i].klen == l[j].n &&
                !memcmp(tk(x, i), l[j].w, l[j].n))
                return 1;
        return 0;
    }
    size_t kl = x->tok.v[i].klen;
    const char *k = tk(x, i);
    if (kl > sizeof l->w)
        return 0;
    /* the length and the first byte, side by side as in struct kg_lit:
     * one compare rejects nearly every word */
    const unsigned char head[2] = {(unsigned char)kl, (unsigned char)k[0]};
    unsigned short want, have;
    __builtin_memcpy(&want, head, 2);
    /* (unrolled: the lists are static and their lengths constants, so each
     * word becomes one compare with an immediate, no loop; about 7% of all
     * instructions) */
#pragma GCC unroll 64
    for (size_t j = 0; j < n; j++) {
        __builtin_memcpy(&have, &l[j], 2);
        if (have != want)
            continue;
        size_t q = 1; /* (short words: a loop beats a call to memcmp) */
        while (q < kl && k[q] == l[j].w[q])
            q++;
        if (q >= kl)
            return 1;
    }
    return 0;
}
static inline int tcls(const struct kg_extractor *x, size_t i, int c)
{
    return i < x->tok.n && (x->cls[i] & KG_WBIT(c));
}
/* Does role ro hold on the article's date (any role does when the article
 * has none)? */
static inline int kg_role_current(const struct kg_extractor *x, const struct kg_role *ro)
{
    return !(x->date && x->date[0]) || !((ro->from[0] && __builtin_strcmp(x->date, ro->from) < 0) ||
                                         (ro->to[0] && __builtin_strcmp(x->date, ro->to) > 0));
}

/* Is document entity d a state (a GPE of the lexicon that belongs to no
 * country), not a province, district or city? */
static inline int kg_is_state(const struct kg_extractor *x, const struct kg_dent *d)
{
    return d->type == KG_GPE && d->lex >= 0 && x->lx.ents[d->lex].country < 0;
}
/* Does token i end in "-ing" (a gerund or participle, five letters or more)? */
static inline int kg_tok_ing(const struct kg_extractor *x, size_t i)
{
    size_t kl = i < x->tok.n ? x->tok.v[i].klen : 0;
    return kl > 4 && !memcmp(tk(x, i) + kl - 3, "ing", 3);
}
/* Is token i a day of the week? */
static inline int kg_day_name(const struct kg_extractor *x, size_t i)
{
    static const struct kg_lit days[] = {KG_LIT("monday"),   KG_LIT("tuesday"), KG_LIT("wednesday"),
                                         KG_LIT("thursday"), KG_LIT("friday"),  KG_LIT("saturday"),
                                         KG_LIT("sunday")};
    return tis_any(x, i, days, sizeof days / sizeof *days);
}
/* Does token i end in "-ed" (a past participle, four letters or more)? */
static inline int kg_tok_ed(const struct kg_extractor *x, size_t i)
{
    size_t kl = i < x->tok.n ? x->tok.v[i].klen : 0;
    return kl > 3 && !memcmp(tk(x, i) + kl - 2, "ed", 2);
}
/* Longest phrase starting at token i (not past `end`) having any of the
 * word classes in `mask`; returns its token count, 0 if none. */
int kg_match_class(const struct kg_extractor *x, size_t i, size_t end, unsigned mask);
/* An apposition that is a title ("a senior US envoy", "China's permanent
 * representative", "the Indian Army's deputy chief"), starting at token e:
 * the index of its office word, 0 when it is none ("a major town", "the
 * wife of", "citing a general").  heads: the word classes besides office
 * and rank that may head it (KG_W_PERSONNOUN: "a political analyst"). */
size_t kg_apposed_title(const struct kg_extractor *x, size_t e, size_t end, unsigned heads);
/* Longest cue phrase starting at token i: its token count (0 none), *cue. */
int kg_match_cue(const struct kg_extractor *x, size_t i, size_t end, int *cue);
/* The adjective reading ("sponsored", "banned") among the cues of one
 * phrase, or -1. */
int kg_adj_cue(const struct kg_extractor *x, int cue);
/* A hyphenated modifier ("Indian-sponsored", "Pakistan-based"): the entity
 * its first part names, or -1; *adj: the adjective cue of its last part, or
 * -1 when that part is "based". */
int kg_hyphen_modifier(const struct kg_extractor *x, size_t i, int *adj);

#endif
