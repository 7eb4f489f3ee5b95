/* lexicon.h - what the extractor knows, loaded from CSV data files.
 *
 * A lexicon directory holds (all optional except entities.csv):
 *   entities.csv  label,type,aliases,demonyms,country,capital
 *   roles.csv     person,title,of,from,to        (offices with date ranges)
 *   cues.csv      relation,cue,frame             (relation cue words)
 *   words.csv     class,word                     (English word classes)
 *   offices.csv   title,same_as                  (titles of one office class)
 * Every surface form is folded (token.h) and put in one phrase table, so a
 * single longest-match pass over a document's tokens finds entity aliases,
 * demonyms, cue words and word classes together.  Bad rows are reported as
 * "kgraph: FILE:LINE: what" and skipped.
 */
#ifndef KG_LEXICON_H
#define KG_LEXICON_H

#include <stddef.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum kg_wclass {
    KG_W_ABBREV, KG_W_FURNITURE, KG_W_TEASER, KG_W_DATEWORD, KG_W_MONTH, KG_W_ORGAN, KG_W_PEOPLE,
    KG_W_LOCPREP, KG_W_REPORT, KG_W_ALLEGED, KG_W_PLANNED, KG_W_NEGATION, KG_W_REQUEST, KG_W_CLAUSE,
    KG_W_RELPRO, KG_W_PRONOUN, KG_W_HONORIFIC, KG_W_RANK, KG_W_OFFICE, KG_W_ORGHEAD, KG_W_GPEHEAD,
    KG_W_LOCHEAD, KG_W_LIGHT, KG_W_GIVEN, KG_W_PORTFOLIO, KG_W_NOTCUE, KG_W_PERSONNOUN, KG_NWCLASSES
};
#define KG_WBIT(c) (1u << (c))
/* (the bits above the classes are the extractor's KG_ANY_* flags) */
_Static_assert(KG_NWCLASSES <= 29, "word classes overlap the KG_ANY_* bits");
/* Classes that only mark a word for one rule (a portfolio word, a compound
 * that is no cue): they do not make it a word the lexicon knows. */
#define KG_WMARKS (KG_WBIT(KG_W_PORTFOLIO) | KG_WBIT(KG_W_NOTCUE) | KG_WBIT(KG_W_PERSONNOUN))
/* Classes of words.csv kept out of the class bits (whose room the
 * extractor's per-token flags share: kg_phrase.marks): a name particle
 * ("bin", "von"), a word of an administrative unit ("district"). */
enum { KG_MARK_PARTICLE = 1, KG_MARK_UNIT = 2 };
/* kg_phrase.any besides the classes: a cue, an entity's alias or demonym
 * (the extractor's KG_ANY_CUE and KG_ANY_ENT) */
#define KG_PH_CUE (1u << 30)
#define KG_PH_ENT (1u << 31)

enum kg_frame { KG_FRAME_VERB, KG_FRAME_NOUN, KG_FRAME_PAIR, KG_FRAME_BROKER, KG_FRAME_ADJ };

struct kg_lexent {
    char *label;   /* canonical label */
    char *id;      /* slug of the label */
    int type;      /* enum kg_etype */
    int country;   /* entity index of its country, -1 */
    int capital;   /* 1: a national capital (an actor name for its country) */
    int state;     /* an ORG that is a body of its country's state (ISI, a police
                      force): its officials serve the country too */
    int role;      /* a person's first row in roles, -1 (then kg_role.next) */
    long line;     /* its row in entities.csv, for lexicon check's messages */
};

struct kg_role {
    int person;    /* entity index */
    int of;        /* entity index of the state or body */
    char *title;   /* folded title ("prime minister") */
    size_t tlen;   /* its length */
    char from[11]; /* YYYY-MM-DD or "" */
    char to[11];   /* YYYY-MM-DD or "" */
    long line;     /* roles.csv line */
    int next;      /* the same person's next role, in file order; -1 */
    const char *office; /* kg_lexicon_office_class of the title */
};

/* An ending of some roles' titles (their last len bytes): those roles are
 * kg_lexicon.ending_roles[off, off + n), in file order. */
struct kg_ending {
    const char *key; /* the ending, in the first of those titles */
    size_t len;
    size_t off, n;
};

/* A furniture or teaser pattern, read as kg_lexicon_furniture reads it. */
struct kg_pattern {
    const char *s; /* the folded text, without the '*' that makes it a prefix or suffix */
    size_t len;
    int kind;      /* 0: the whole line, 1: a prefix, 2: a suffix */
};

struct kg_cue {
    int relation;  /* enum kg_rel */
    int frame;     /* enum kg_frame */
    char *prep;    /* verb:P object preposition (folded), or NULL */
    int ntok;      /* tokens in the cue */
    int next;      /* next cue with the same phrase, -1 */
};

/* A slot of the phrase table, 64 bytes, and the table aligned to 64: a
 * lookup reads one cache line of it, which kg_index_phrases fetches ahead,
 * and a key of up to eight bytes (nearly every word the table knows) is
 * compared there, by its head, without a load of the key itself, a miss
 * of its own in a table past the cache (the fields are narrow for that:
 * change them only with the _Static_assert below). */
struct kg_phrase {
    char *key;          /* folded phrase, tokens joined by one space */
    unsigned long long head; /* its first eight bytes as memcpy reads them,
                                those past the key 0 (kg_same_key) */
    const char *parent; /* the key of the phrase of all its tokens but the
                           last (interned too), NULL for one token: two
                           keys are the same phrase only as one pointer */
    unsigned klen;      /* its length */
    unsigned hash_lo;   /* the low half of its hash (the table regrows by it) */
    int ntok;           /* tokens in it */
    int ent;            /* entity whose alias it is, -1 */
    int demonym;        /* entity whose demonym it is, -1 */
    int cue;            /* first cue, -1 */
    unsigned classes;   /* KG_WBIT(kg_wclass) set */
    unsigned any;       /* classes | KG_PH_CUE (cue >= 0) | KG_PH_ENT (ent or
                           demonym >= 0), made once loading is done */
    int line;           /* entities.csv line of the alias, 0 */
    unsigned char caps; /* alias is an acronym: the text must be upper case too */
    unsigned char prefix; /* a longer phrase starts with this one */
    unsigned char marks;  /* KG_MARK_* */
};
_Static_assert(sizeof(struct kg_phrase) <= 64, "a phrase slot is one cache line");

struct kg_office {
    char *title;   /* folded title ("premier") */
    char *same;    /* folded office it counts as ("prime minister") */
    long line;     /* offices.csv line */
};

struct kg_lexicon {
    struct kg_lexent *ents;     /* entities, in file order */
    size_t nents, ents_alloc;
    int *byid;                  /* entities by id: open addressing, ent + 1 (0 empty) */
    size_t byid_size;
    struct kg_role *roles;      /* roles, in file order */
    size_t nroles, roles_alloc;
    struct kg_office *offices;  /* office classes, in file order */
    size_t noffices, offices_alloc;
    struct kg_cue *cues;        /* cues */
    size_t ncues, cues_alloc;
    struct kg_phrase *tab;      /* open-addressing phrase table (aligned to 64) */
    char *tabmem;               /* the block it is in, to free */
    char **keyblocks;           /* the memory of the phrase keys and the
                                   entities' labels and ids, in blocks (one
                                   malloc per block, not per string) */
    size_t nkeyblocks, keyblocks_alloc;
    char *keyfree;              /* the free bytes at the end of the last block */
    size_t keyfree_len;         /* how many */
    unsigned *tags;             /* per slot: high hash bits | 1, 0 empty (a miss
                                   reads only these), and after the last
                                   slot's the first KG_TAG_GROUP - 1 again
                                   (kg_tag_stops reads on past the end) */
    size_t tabsize, tabused;    /* slots, used slots */
    char **furniture;           /* folded furniture line patterns ('*' suffix = prefix) */
    size_t nfurniture, furniture_alloc;
    char **teasers;             /* folded teaser patterns */
    size_t nteasers, teasers_alloc;
    size_t pattern_max;         /* the longest furniture or teaser pattern */
    struct kg_pattern *pats[2]; /* furniture [0] and teaser [1] patterns, by first
                                   byte: those starting with byte c (exact or
                                   prefix) are pats[t][pat_first[t][c],
                                   pat_first[t][c + 1]), the suffixes (and
                                   "*") bucket 256, after them */
    size_t pat_first[2][258];
    size_t npats[2];            /* how many of each */
    struct kg_ending *endings;  /* every ending of every role title (open
                                   addressing, key NULL empty) */
    size_t endings_size;        /* its slots */
    int *ending_roles;          /* the roles of each ending, one list after another */
    int maxtok;                 /* longest phrase in tokens */
    /* the pairs of words one after the other in some phrase, by bit
     * kg_pair_bit of their kg_key_hash: a clear bit says no phrase has the
     * two words together, without a lookup */
#define KG_PAIR_BITS 65536
    unsigned long long pairs[KG_PAIR_BITS / 64];
    long bad_rows;              /* rows reported and skipped */
    int check;                  /* also report what is legal but suspect */
    long warnings;              /* suspect rows reported (check mode) */
    char *dir;                  /* directory it came from */
};

/* Load from `dir`; 0 or -1 (nothing usable, reported). */
int kg_lexicon_load(struct kg_lexicon *lx, const char *dir);
/* Load and also report suspect rows (`kgraph lexicon check`): an alias
 * given twice, an alias or demonym naming two entities, an alias that is
 * also a cue or an English word class, overlapping holders of one office,
 * a role that ends before it starts, a country that is not a GPE. */
int kg_lexicon_load_checked(struct kg_lexicon *lx, const char *dir);
void kg_lexicon_release(struct kg_lexicon *lx);
/* Look up a folded phrase; NULL when absent. */
const struct kg_phrase *kg_lexicon_get(const struct kg_lexicon *lx, const char *key, size_t len);
/* The table hash of a one-token key: the token's hash (kg_key_hash,
 * token.h) in both halves, so the extractor looks each token up with the
 * hash the tokenizer made, not mixed again (its low bits pick the slot,
 * all 32 make the tag).  A longer phrase's is kg_phrase_hash of its
 * tokens' hashes stepped together. */
static inline unsigned long long kg_word_hash(unsigned h)
{
    return (unsigned long long)h << 32 | h;
}
/* Are the n bytes at a and b the same?  Inline, in loads that overlap
 * and read nothing past the n bytes: nearly every key compared is a match
 * of a few bytes, for which a call to memcmp cost more than the compare. */
static inline int kg_same_bytes(const char *a, const char *b, size_t n)
{
    unsigned long long u, v;
    if (n >= 8) {
        for (; n > 8; a += 8, b += 8, n -= 8) {
            memcpy(&u, a, 8);
            memcpy(&v, b, 8);
            if (u != v)
                return 0;
        }
        memcpy(&u, a + n - 8, 8); /* (the last 8 bytes, overlapping) */
        memcpy(&v, b + n - 8, 8);
        return u == v;
    }
    if (n >= 4) {
        unsigned a0, a1, b0, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b1, b + n - 4, 4);
        return !((a0 ^ b0) | (a1 ^ b1));
    }
    if (n >= 2) {
        unsigned short a0, a1, b0, b1;
        memcpy(&a0, a, 2);
        memcpy(&b0, b, 2);
        memcpy(&a1, a + n - 2, 2);
        memcpy(&b1, b + n - 2, 2);
        return !((a0 ^ b0) | (a1 ^ b1));
    }
    return !n || a[0] == b[0];
}
/* The mask of the first n bytes of eight loaded by memcpy (all for n >= 8),
 * made with no branch on n: one in six words is of eight bytes or more,
 * and GCC made the n < 8 ? n : 8 of this a branch that went wrong at one
 * token in five.  (Two shifts: one of 64 is undefined.) */
static inline unsigned long long kg_head_mask(size_t n)
{
    unsigned s = 4 * (unsigned)(8 + ((n - 8) & (0 - (size_t)(n < 8))));
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return ~(~0ull >> s >> s);
#else
    return ~(~0ull << s << s);
#endif
}
/* Is key[0, len) the key of phrase q, whose klen is len?  Its head first,
 * from the slot, then, for a key of more than eight bytes, the rest from
 * q->key.  Reads eight bytes at key however short it is: the tokenizer's
 * keys have room past them (token.c, more_room); other keys do not. */
static inline int kg_same_key(const struct kg_phrase *q, const char *key, size_t len)
{
    unsigned long long u;
    memcpy(&u, key, 8);
    if ((u ^ q->head) & kg_head_mask(len))
        return 0;
    return len <= 8 || kg_same_bytes(q->key + 8, key + 8, len - 8);
}
/* How many tags kg_tag_stops compares at once. */
#define KG_TAG_GROUP 4
/* The tags of slots k, k + 1, ... (KG_TAG_GROUP of them, past the end of
 * the table as from its start): bit j of the result is set when the tag
 * of slot k + j is `tag` or the slot is empty, a slot where a probe for
 * the key stops, and bit j of *empty when it is empty.  The extractor's
 * probe of a token (kg_index_phrases) decides from these alone, with no
 * branch on each slot, where the key can be. */
static inline unsigned kg_tag_stops(const unsigned *tags, size_t k, unsigned tag, unsigned *empty)
{
#ifdef __SSE2__
    __m128i g = _mm_loadu_si128((const __m128i *)(const void *)(tags + k));
    __m128i none = _mm_cmpeq_epi32(g, _mm_setzero_si128());
    *empty = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(none));
    return (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_or_si128(none, _mm_cmpeq_epi32(g, _mm_set1_epi32((int)tag)))));
#else
    unsigned s = 0, e = 0;
    for (int j = 0; j < KG_TAG_GROUP; j++) {
        s |= (unsigned)(tags[k + j] == tag || tags[k + j] == 0) << j;
        e |= (unsigned)(tags[k + j] == 0) << j;
    }
    *empty = e;
    return s;
#endif
}
/* The first eight bytes of key[0, len) as memcpy reads them, those past
 * the key 0 (kg_phrase.head), read from the key's own bytes alone. */
static inline unsigned long long kg_key_head(const char *key, size_t len)
{
    unsigned long long h = 0;
    if (len >= 8) {
        memcpy(&h, key, 8);
        return h;
    }
    unsigned char b[8] = {0};
    if (len >= 4) {
        memcpy(b, key, 4);
        memcpy(b + len - 4, key + len - 4, 4);
    } else if (len >= 2) {
        memcpy(b, key, 2);
        memcpy(b + len - 2, key + len - 2, 2);
    } else if (len)
        b[0] = (unsigned char)key[0];
    memcpy(&h, b, 8);
    return h;
}
/* The slot of a key in the phrase table: its own, or the empty one where
 * it would go (the table is never full).  (The home slot is fetched as its
 * tag is read, and a slot's head and length compared before its key is
 * read: a lookup of a key the cache does not hold waited on the tag, then
 * the slot, then the key, one after the other.)  kg_index_phrases
 * (mention.c) has a copy of this probe (tag, klen, head there): change
 * both. */
static inline size_t kg_lexicon_slot(const struct kg_lexicon *lx, const char *key, size_t len, unsigned long long h)
{
    size_t mask = lx->tabsize - 1, i = h & mask;
    unsigned tag = (unsigned)(h >> 32) | 1u, t;
    __builtin_prefetch(&lx->tab[i]);
    unsigned long long head = kg_key_head(key, len);
    for (; (t = lx->tags[i]) != 0; i = (i + 1) & mask) {
        const struct kg_phrase *q = &lx->tab[i];
        if (t == tag && q->klen == len && q->head == head && (len <= 8 || kg_same_bytes(q->key + 8, key + 8, len - 8)))
            break;
    }
    return i;
}
/* kg_lexicon_get with the key's hash already made (kg_word_hash,
 * kg_phrase_hash).  Inline: the extractor looks up every token and most of
 * its successors. */
static inline const struct kg_phrase *kg_lexicon_find(const struct kg_lexicon *lx, const char *key, size_t len,
                                                      unsigned long long h)
{
    if (!lx->tabsize)
        return NULL;
    size_t i = kg_lexicon_slot(lx, key, len, h);
    return lx->tags[i] ? &lx->tab[i] : NULL;
}
/* The bit of kg_lexicon.pairs for a word of token hash a (kg_key_hash)
 * and one of hash b after it: the low bits of one and the high bits of the
 * other (two good hashes), so that "a b" and "b a" have bits of their own. */
static inline unsigned kg_pair_bit(unsigned a, unsigned b)
{
    return (a ^ (b >> 16 | b << 16)) & (KG_PAIR_BITS - 1);
}
/* May some phrase have a word of token hash a (kg_key_hash) and then one
 * of hash b?  (Most phrases that a token starts do not go on with the
 * next: "said the", "of the".) */
static inline int kg_lexicon_may_pair(const struct kg_lexicon *lx, unsigned a, unsigned b)
{
    unsigned k = kg_pair_bit(a, b);
    return (lx->pairs[k / 64] >> (k % 64)) & 1;
}
/* The phrase of prev's tokens and one more, word[0, wlen), with the hash
 * of them all already made: kg_lexicon_find of prev's key, a space and
 * word, without joining them. */
static inline const struct kg_phrase *kg_lexicon_find_next(const struct kg_lexicon *lx, const struct kg_phrase *prev,
                                                           const char *word, size_t wlen, unsigned long long h)
{
    size_t mask = lx->tabsize - 1, i = h & mask, len = prev->klen + 1 + wlen;
    unsigned tag = (unsigned)(h >> 32) | 1u;
    for (;; i = (i + 1) & mask) {
        unsigned t = lx->tags[i];
        if (!t)
            return NULL;
        const struct kg_phrase *q = &lx->tab[i];
        if (t == tag && q->klen == len && q->parent == prev->key && kg_same_bytes(q->key + prev->klen + 1, word, wlen))
            return q;
    }
}
/* The roles whose folded title ends with s[0, n) ("minister" ends "prime
 * minister"), in file order: *count of them at the pointer returned. */
const int *kg_lexicon_roles_ending(const struct kg_lexicon *lx, const char *s, size_t n, size_t *count);
/* The office a folded title counts as (offices.csv), else the title. */
const char *kg_lexicon_office_class(const struct kg_lexicon *lx, const char *title);
/* Entity index by exact label, -1. */
int kg_lexicon_find_label(const struct kg_lexicon *lx, const char *label);
/* Which patterns a folded line (len bytes, NUL-terminated) matches:
 * KG_FURNITURE if a furniture one, KG_TEASER if a teaser one (both asked
 * at once: the line's bytes are read once, in one call). */
#define KG_FURNITURE 1
#define KG_TEASER 2
int kg_lexicon_furniture(const struct kg_lexicon *lx, const char *folded, size_t len);

#endif
