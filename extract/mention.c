/* mention.c - entity mentions in one article.
 *
 * Pass 1 learns names the lexicon lacks: an office, rank or honorific
 * followed by capitalised words ("Culture Minister Dr. Ahmed Fakkak
 * Al-Badrani") is a person; "Full Name (ACRONYM)" defines both forms; a
 * capitalised run ending in a head word ("... Front", "... District",
 * "... Valley") is typed by it.  A new person's surname is then an alias
 * within the article.  Pass 2 matches lexicon and learnt names (longest
 * first), collapses state actors into their state (SCHEMA.md: "Afghan
 * authorities", "officials in Islamabad", a capital used as an actor) and
 * resolves pronouns and descriptions ("he", "the militant group", "the
 * prime minister") to the last compatible entity.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../schema.h"
#include "../xalloc.h"
#include "extract_private.h"

/* ---- word lists, and sets of their words' hashes ---- */

/* Lists of words that rules compare tokens with, each with a set in
 * x->word_sets: a bit of 64 for each of its words, from the key's hash
 * (the tokenizer's, kg_key_hash).  A token whose bit is not in a list's
 * set is no word of it, and most words are told so by that one test
 * (in_set) before any key is read.  The sets are made from these lists
 * (make_sets), so that a word added to a list is in its set. */

/* the words find_mentions_in's descriptions and pairs open with (is_opener
 * compares them in a switch of its own: change both) */
static const struct kg_lit opener_words[] = {KG_LIT("the"),     KG_LIT("this"),    KG_LIT("both"),
                                             KG_LIT("federal"), KG_LIT("central"), KG_LIT("provincial")};
/* words of kin after a name: "Mehsud elders", "Bugti tribesmen" */
static const struct kg_lit kin_words[] = {KG_LIT("tribe"),  KG_LIT("tribes"), KG_LIT("tribesmen"),
                                          KG_LIT("tribal"), KG_LIT("elders"), KG_LIT("clan"),
                                          KG_LIT("family"), KG_LIT("families"), KG_LIT("brothers")};
/* a state's land: "Afghan soil", "Pakistani territory" */
static const struct kg_lit soil_words[] = {KG_LIT("soil"),   KG_LIT("territory"), KG_LIT("territories"),
                                           KG_LIT("cities"), KG_LIT("towns"),     KG_LIT("villages"),
                                           KG_LIT("airspace")};
/* "the militant group", "the banned outfit", "the paramilitary group",
 * "the armed movement" (not "the rebels", "the insurgents": in a war of
 * several groups the last one named is often not the one meant) */
static const struct kg_lit group_adjs[] = {KG_LIT("militant"),    KG_LIT("terrorist"),  KG_LIT("banned"),
                                           KG_LIT("outlawed"),    KG_LIT("separatist"), KG_LIT("proscribed"),
                                           KG_LIT("paramilitary"), KG_LIT("armed"),     KG_LIT("rebel"),
                                           KG_LIT("insurgent"),   KG_LIT("jihadist"),   KG_LIT("extremist")};
static const struct kg_lit group_nouns[] = {KG_LIT("group"),        KG_LIT("outfit"),  KG_LIT("organisation"),
                                            KG_LIT("organization"), KG_LIT("militia"), KG_LIT("cartel"),
                                            KG_LIT("movement"),     KG_LIT("faction")};
/* adverbs that open a sentence: "Meanwhile Zhang Wei, China's envoy," */
static const struct kg_lit opening_adverbs[] = {KG_LIT("meanwhile"), KG_LIT("earlier"),   KG_LIT("later"),
                                                KG_LIT("separately"), KG_LIT("however"), KG_LIT("also"),
                                                KG_LIT("both"),      KG_LIT("yesterday"), KG_LIT("today"),
                                                KG_LIT("then"),      KG_LIT("now")};
static const struct kg_lit the_word[] = {KG_LIT("the")};
/* the words after "the" that make a pair: "the neighbours", "the two" */
static const struct kg_lit pair_words[] = {KG_LIT("neighbours"), KG_LIT("neighbors"), KG_LIT("two")};

enum { SET_OPENER, SET_KIN, SET_SOIL, SET_GROUP_ADJ, SET_GROUP_NOUN, SET_ADVERB, SET_THE, SET_PAIR, KG_NSETS };
_Static_assert(KG_NSETS <= sizeof(((struct kg_extractor *)0)->word_sets) / sizeof(unsigned long long),
               "word_sets has room for every set");

#define KG_LIST(l) {l, sizeof l / sizeof *l}
static const struct {
    const struct kg_lit *w;
    size_t n;
} set_lists[KG_NSETS] = {[SET_OPENER] = KG_LIST(opener_words),    [SET_KIN] = KG_LIST(kin_words),
                         [SET_SOIL] = KG_LIST(soil_words),        [SET_GROUP_ADJ] = KG_LIST(group_adjs),
                         [SET_GROUP_NOUN] = KG_LIST(group_nouns), [SET_ADVERB] = KG_LIST(opening_adverbs),
                         [SET_THE] = KG_LIST(the_word),           [SET_PAIR] = KG_LIST(pair_words)};

/* Make x->word_sets, once per extractor (kg_find_mentions, before any
 * rule asks: a set of 0 would tell every word no). */
static void make_sets(struct kg_extractor *x)
{
    for (int set = 0; set < KG_NSETS; set++)
        for (size_t k = 0; k < set_lists[set].n; k++)
            x->word_sets[set] |= 1ull << (kg_key_hash(set_lists[set].w[k].w, set_lists[set].w[k].n) & 63);
}

/* May token i be a word of list `set`?  (No: it is none of them.) */
static inline __attribute__((always_inline)) int in_set(const struct kg_extractor *x, size_t i, int set)
{
    return i < x->tok.n && (x->word_sets[set] >> (x->tok.v[i].hash & 63) & 1);
}

/* Is token i a word of list `set`? */
static inline __attribute__((always_inline)) int in_list(const struct kg_extractor *x, size_t i, int set)
{
    return in_set(x, i, set) && tis_any(x, i, set_lists[set].w, set_lists[set].n);
}

/* ---- phrase matching over tokens ---- */

typedef int (*phrase_fn)(const struct kg_phrase *p, int ntok, void *ctx);

/* (the lexicon's phrase.any is the tokany of a phrase) */
_Static_assert(KG_PH_CUE == KG_ANY_CUE && KG_PH_ENT == KG_ANY_ENT, "phrase.any is not tokany");

/* The longest entity alias (len tokens, entity ent) and demonym (dlen,
 * demonym) starting at a token. */
struct kg_entmatch {
    int len, ent;
    int dlen, demonym;
    int reach; /* in x->entm: how many tokens from its token the answer
                  reads (it holds for any end at least that far) */
};
_Static_assert(_Alignof(struct kg_entmatch) <= _Alignof(const struct kg_phrase *), "entm after tokph");

/* The phrases of two or more tokens starting at token i, shortest first:
 * each is a prefix of the next (the lexicon interns every prefix).  The
 * caller has seen that token i's phrase is a prefix, that a token follows
 * it, and that kg_lexicon_may_pair lets the two go together.  (Not
 * inlined: kg_index_phrases calls it for one token in ten, in a loop of
 * its own that keeps its registers.) */
static __attribute__((noinline)) void index_longer(struct kg_extractor *x, size_t i)
{
    /* each phrase is looked up as the one before and a word: no key is
     * joined (nor one longer than 511 bytes looked up) */
    const struct kg_phrase *p = x->tokph[i];
    const struct kg_token *v = x->tok.v;
    unsigned long long state = v[i].hash;
    unsigned any = 0;
    /* (a prefix has a longer phrase: maxtok is 2 or more) */
    for (size_t j = i + 1;; j++) {
        size_t kl = v[j].klen;
        if (p->klen + 1 + kl > 511)
            break;
        state = kg_phrase_step(state, v[j].hash);
        p = kg_lexicon_find_next(&x->lx, p, tk(x, j), kl, kg_phrase_hash(state));
        if (!p)
            break;
        if (x->phl_n == x->phl_alloc) {
            x->phl_alloc = x->phl_alloc ? x->phl_alloc * 2 : 256;
            x->phl = xrealloc(x->phl, x->phl_alloc * sizeof(*x->phl));
        }
        x->phl[x->phl_n++] = p;
        any |= p->any;
        if (!p->prefix || j + 1 >= x->tok.n || (int)(j + 1 - i) >= x->lx.maxtok ||
            !kg_lexicon_may_pair(&x->lx, v[j].hash, v[j + 1].hash))
            break;
    }
    x->tokany[i] |= any;
}

/* (the lengths of name_word's stop words, 0 to 10: name_stops below) */
#define KG_NSTOP_LENS 11
/* The Bloom filter of the words of each length in name_stops, made once
 * for all extractors from the list (make_stop_filters, by pthread_once as
 * kg_index_phrases starts) */
static struct kg_bloom stop_filters[KG_NSTOP_LENS];
static pthread_once_t stop_filters_once = PTHREAD_ONCE_INIT;
static void make_stop_filters(void);
static int name_word(const struct kg_extractor *x, size_t i);

/* How many tokens ahead kg_index_phrases fetches a token's slot: about as
 * far as a miss in the table takes to come from memory */
#define KG_PROBE_AHEAD 8
/* How many of the tokens that may start a longer phrase kg_index_phrases
 * looks ahead to fetch the slot of one's two-word phrase */
#define KG_LONGER_AHEAD 4

/* The arrays kg_index_phrases fills and reads, and its list, in
 * one place for probe_tokens (whose two copies the compiler keeps in
 * registers: they are inlined, and no pointer to it escapes). */
struct probe {
    const struct kg_token *v;
    const char *keys;
    const unsigned *tags;
    const struct kg_phrase *tab;
    size_t mask;
    const struct kg_phrase **tokph;
    unsigned *cls, *tokany;
    int *tok_ment;
    size_t *phoff;
    size_t m; /* the length of the list */
};

/* kg_head_mask(n) for n <= 8, from a table (kg_head_mask's arithmetic
 * took nine instructions, at every token).  For n > 8 (n & 15 may then
 * be anything) any mask serves probe_tokens: a key that long goes to
 * probe_slot whether its head matched or not. */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define KG_HM(n) (~(~0ull >> (8 * (n))))
#else
#define KG_HM(n) (~(~0ull << (8 * (n))))
#endif
static const unsigned long long head_masks[16] = {0,        KG_HM(1), KG_HM(2), KG_HM(3), KG_HM(4), KG_HM(5),
                                                  KG_HM(6), KG_HM(7), ~0ull,    ~0ull,    ~0ull,    ~0ull,
                                                  ~0ull,    ~0ull,    ~0ull,    ~0ull};
#undef KG_HM

/* A phrase slot of all 0, an empty one: probe_tokens reads it for a
 * token whose probe stops at an empty slot, not that slot, which may be
 * a cache line past the home slot it fetched ahead. */
static const struct kg_phrase no_phrase;

/* The slot of token i's phrase, found from home as kg_lexicon_slot does,
 * or the empty slot that ends its probe (its fields are all 0):
 * probe_tokens's way for the few tokens whose group of tags does not
 * decide, and for a key longer than eight bytes.  q is the slot
 * probe_tokens picked: when its key is the token's (the same length and
 * head, and the bytes after the first eight), the answer with no second
 * probe.  (Not inlined, and from the token, not from the values
 * probe_tokens has made: the loop need not keep those, its tag, key and
 * length, past its fast path, in registers or on the stack.) */
static __attribute__((noinline)) const struct kg_phrase *probe_slot(const struct probe *pr, size_t i,
                                                                    const struct kg_phrase *q)
{
    const struct kg_token *t = &pr->v[i];
    const char *key = pr->keys + t->key;
    size_t len = t->klen, mask = pr->mask, k = t->hash & mask;
    unsigned tag = t->hash | 1u, g;
    if (q->klen == len && kg_same_key(q, key, len))
        return q;
    for (; (g = pr->tags[k]) != 0; k = (k + 1) & mask)
        if (g == tag && pr->tab[k].klen == len && kg_same_key(&pr->tab[k], key, len))
            break;
    return &pr->tab[k];
}

/* kg_index_phrases's loop over tokens [i, end): each token's one-token
 * phrase looked up, and the list of prefixes made.  With ahead_too (a constant:
 * two copies are inlined), the slot of the token KG_PROBE_AHEAD on is
 * fetched too: the caller runs that copy only where that token is there,
 * and so no token tests whether it is. */
static inline __attribute__((always_inline)) void probe_tokens(struct probe *pr, size_t i, size_t end, int ahead_too)
{
    const struct kg_token *v = pr->v;
    const char *keys = pr->keys;
    const unsigned *tags = pr->tags;
    const struct kg_phrase *tab = pr->tab;
    const struct kg_phrase **tokph = pr->tokph;
    unsigned *cls = pr->cls, *tokany = pr->tokany;
    int *tok_ment = pr->tok_ment;
    size_t *phoff = pr->phoff, mask = pr->mask, m = pr->m;
    /* (q below: the token's slot, pick[0], or no_phrase, picked by
     * index, with no branch, which GCC made of a select) */
    const struct kg_phrase *pick[2] = {NULL, &no_phrase};
    for (; i < end; i++) {
        /* kg_lexicon_find, inline, from kg_word_hash's two halves, both
         * the token's hash: its low bits pick the slot (of fewer than 2^32,
         * far more than memory holds), all 32 make the tag */
        /* (the phrase slots take 2 MB, past the 1 MB of L2, and a
         * token's probe, read cold, waits on its tag and then its phrase:
         * the home slot of the token KG_PROBE_AHEAD on is fetched now,
         * tag and phrase, as three tokens in five have one; 2-4% less
         * time in all, though cachegrind, which models no prefetch, counts
         * 10 instructions a token more.  The slot after home too: of the
         * phrases found, one in four is past its home, and five in six of
         * those in the next slot; a probe that stops at an empty slot
         * reads no slot, no_phrase below) */
        if (ahead_too) {
            size_t ahead = v[i + KG_PROBE_AHEAD].hash & mask;
            __builtin_prefetch(&tags[ahead]);
            __builtin_prefetch(&tab[ahead]);
            __builtin_prefetch(&tab[ahead] + 1);
        }
        /* (the tags from the home slot on decide for nearly every token,
         * read with no branch on each: that a token is found or not, three
         * in five, is no pattern the branch predictor learns, and the
         * compares of a probe loop went wrong at one token in two.  at:
         * the first slot of the group with the token's tag or empty (else,
         * with neither in the group, the home slot); q: that slot, or
         * no_phrase when it is empty.  q's key is the token's when it has
         * the token's length and head, for a key of up to eight bytes; and
         * when q is no_phrase (klen 0: every phrase has a byte or more),
         * the token has none.  Either way q is
         * the answer; any other way probe_slot's.  (The test is made with
         * no branch but the one, seldom taken: whether q is found or empty
         * is no pattern the predictor learns.  (len + 7) >> 4 is not 0 for
         * len > 8) */
        unsigned hv = v[i].hash, tag = hv | 1u;
        size_t len = v[i].klen, k = hv & mask;
        unsigned long long head;
        memcpy(&head, keys + v[i].key, 8); /* (kg_same_key: token.c leaves room) */
        unsigned empty, at = (unsigned)__builtin_ctz(kg_tag_stops(tags, k, tag, &empty) | 1u << KG_TAG_GROUP);
        pick[0] = &tab[(k + (at & (KG_TAG_GROUP - 1))) & mask];
        const struct kg_phrase *q = pick[empty >> at & 1];
        size_t qlen = q->klen;
        unsigned long long other = ((head ^ q->head) & head_masks[len & 15]) | (qlen ^ len) | ((len + 7) >> 4);
        if (__builtin_expect((other & (0 - (unsigned long long)(qlen != 0))) != 0, 0))
            q = probe_slot(pr, i, q);
        /* (q is the token's phrase, or an empty slot, whose fields are
         * all 0: read with no branch, no mask) */
        tokph[i] = q->klen ? q : NULL;
        cls[i] = q->classes & ~KG_WMARKS;
        tokany[i] = q->any;
        /* (a token whose phrase is a prefix: the loop after this one
         * asks whether its next word may go on with it) */
        phoff[i] = m;
        tok_ment[m] = (int)i;
        m += q->prefix;
    }
    pr->m = m;
}

/* Bit j set for each of the c tokens from t (c <= 16) that name_word
 * does not tell no at once, by its flags: a capitalised word, or one with
 * a hyphen.  (One word in five.  They were a list made in
 * probe_tokens's loop, with no branch, at eleven instructions a token:
 * here SSE2 tells sixteen at once from their flags.) */
static inline unsigned name_candidates(const struct kg_token *t, size_t c)
{
    _Static_assert(KG_TOK_WORD == 1 && KG_TOK_CAP == 1 << 1 && KG_TOK_HYPHEN == 1 << 8, "name_word's flag shifts");
#ifdef __SSE2__
    if (c == 16) {
        /* (each token's klen | flags << 16, 32 bits, four tokens to a
         * register; then the flags of eight to one, sixteen bits each) */
        __m128i f[4];
        for (int g = 0; g < 4; g++) {
            __m128i t0, t1, t2, t3; /* (klen, flags and hash) */
            t0 = _mm_loadl_epi64((const __m128i *)(const void *)&t[4 * g].klen);
            t1 = _mm_loadl_epi64((const __m128i *)(const void *)&t[4 * g + 1].klen);
            t2 = _mm_loadl_epi64((const __m128i *)(const void *)&t[4 * g + 2].klen);
            t3 = _mm_loadl_epi64((const __m128i *)(const void *)&t[4 * g + 3].klen);
            f[g] = _mm_srli_epi32(_mm_unpacklo_epi64(_mm_unpacklo_epi32(t0, t1), _mm_unpacklo_epi32(t2, t3)), 16);
        }
        __m128i f0 = _mm_packs_epi32(f[0], f[1]), f1 = _mm_packs_epi32(f[2], f[3]), zero = _mm_setzero_si128();
        __m128i word = _mm_set1_epi16(KG_TOK_WORD), caph = _mm_set1_epi16(KG_TOK_CAP | KG_TOK_HYPHEN);
        __m128i no0 = _mm_or_si128(_mm_cmpeq_epi16(_mm_and_si128(f0, word), zero),
                                   _mm_cmpeq_epi16(_mm_and_si128(f0, caph), zero));
        __m128i no1 = _mm_or_si128(_mm_cmpeq_epi16(_mm_and_si128(f1, word), zero),
                                   _mm_cmpeq_epi16(_mm_and_si128(f1, caph), zero));
        return (unsigned)_mm_movemask_epi8(_mm_packs_epi16(no0, no1)) ^ 0xffffu;
    }
#endif
    unsigned bits = 0;
    for (size_t j = 0; j < c; j++)
        bits |= (unsigned)(t[j].flags & KG_TOK_WORD & (t[j].flags >> 1 | t[j].flags >> 8)) << j;
    return bits;
}

void kg_index_phrases(struct kg_extractor *x)
{
    if (x->tok.n + 1 > x->cls_alloc) {
        free(x->cls);
        free(x->tok_ment);
        free(x->tokph);
        free(x->phoff);
        free(x->tokany);
        x->cls_alloc = x->tok.n + 1;
        x->cls = xcalloc(x->cls_alloc, sizeof(*x->cls));
        x->tok_ment = xcalloc(x->cls_alloc, sizeof(*x->tok_ment));
        /* (one block: the entity matches need no free of their own) */
        x->tokph = xcalloc(x->cls_alloc, sizeof(*x->tokph) + sizeof(*x->entm));
        x->entm = (struct kg_entmatch *)(x->tokph + x->cls_alloc);
        x->phoff = xcalloc(x->cls_alloc, sizeof(*x->phoff));
        x->tokany = xcalloc(x->cls_alloc, sizeof(*x->tokany));
    }
    x->phl_n = 0;
    /* (every token's entm is made stale by its tokany alone, set below
     * without KG_ANY_ENTM; no token's entm is written: the store of each
     * token's put a 64 KB window's entm through the cache, ahead of the
     * tokens and tables the stage then reads.  Its first bytes hold
     * before and start_at below, two lists of at most n + 1 size_t) */
    /* (the arrays and the table in locals: stores through x's pointers
     * would otherwise make the compiler load them all again per token) */
    const struct kg_lexicon *lx = &x->lx;
    const struct kg_token *v = x->tok.v;
    const char *keys = x->tok.keys.buf;
    const struct kg_phrase **tokph = x->tokph;
    unsigned *cls = x->cls, *tokany = x->tokany;
    int *tok_ment = x->tok_ment;
    size_t *phoff = x->phoff;
    /* (an empty lexicon has no table: one empty slot, tag and phrase,
     * stands for it, so that the loop and its prefetch need no test of
     * that; kg_tag_stops reads a group of tags from it) */
    static const unsigned no_tags[KG_TAG_GROUP] = {0};
    static const struct kg_phrase no_tab[1];
    const unsigned *tags = lx->tabsize ? lx->tags : no_tags;
    const struct kg_phrase *tab = lx->tabsize ? lx->tab : no_tab;
    size_t n = x->tok.n, mask = lx->tabsize ? lx->tabsize - 1 : 0;
    /* (the loop over the tokens leaves a list, made with no branch, for
     * loops of their own after it: the tokens whose phrase is a prefix in
     * tok_ment[0, m).  Meanwhile phoff[i] holds how many of them come
     * before token i) */
    struct probe pr = {v, keys, tags, tab, mask, tokph, cls, tokany, tok_ment, phoff, 0};
    size_t split = n > KG_PROBE_AHEAD ? n - KG_PROBE_AHEAD : 0;
    probe_tokens(&pr, 0, split, 1);
    probe_tokens(&pr, split, n, 0);
    size_t m = pr.m;
    phoff[n] = m;
    pthread_once(&stop_filters_once, make_stop_filters);
    /* the name words, of the words name_word does not tell no at once
     * (name_candidates), sixteen tokens at a time, in masks of 64 (the
     * loop over a mask's bits ends at a count the predictor cannot know:
     * once in 64 tokens, not in 16) */
    for (size_t b = 0; b < n; b += 64) {
        unsigned long long c = 0;
        for (size_t s = 0; s < 64 && b + s < n; s += 16)
            c |= (unsigned long long)name_candidates(v + b + s, n - b - s < 16 ? n - b - s : 16) << s;
        for (; c; c &= c - 1)
            if (name_word(x, b + (size_t)__builtin_ctzll(c)))
                tokany[b + (size_t)__builtin_ctzll(c)] |= KG_ANY_NAME;
    }
    /* the prefixes whose next word kg_lexicon_may_pair lets go on with
     * them, tok_ment[0, m) again (in place), and before[k], how many of
     * them come before the kth prefix.  (Asked here, of the third of the
     * tokens whose phrase is a prefix, not in the loop over every token,
     * where the next token's hash and the filter's word took a load
     * each, and a test for the last token, at every token) */
    _Static_assert(sizeof(struct kg_entmatch) >= 2 * sizeof(size_t), "before and start_at fit in entm");
    size_t c = m, *before = (size_t *)(void *)x->entm;
    m = 0;
    for (size_t k = 0; k < c; k++) {
        size_t a = (size_t)tok_ment[k];
        before[k] = m;
        tok_ment[m] = (int)a;
        m += (a + 1 < n) & kg_lexicon_may_pair(lx, v[a].hash, v[a + (a + 1 < n)].hash);
    }
    before[c] = m;
    /* the longer phrases, token by token, in order (phl too).  (In a
     * loop of their own, the slot of a token's two-word phrase, a miss in
     * the table, is fetched a few such tokens before its lookup.)  The
     * first of each token's in phl, start_at[k] for the kth token, then
     * makes phoff, with no branch: phoff[i] is start_at[before[j]] for the
     * first prefix j from token i on.  (The fill of phoff as each token
     * came went wrong at the end of each run, at one token in ten) */
    size_t *start_at = before + c + 1, phl_n = 0;
    for (size_t k = 0; k < m; k++) {
        if (k + KG_LONGER_AHEAD < m) {
            size_t a = (size_t)tok_ment[k + KG_LONGER_AHEAD];
            size_t slot = kg_phrase_hash(kg_phrase_step(v[a].hash, v[a + 1].hash)) & mask;
            __builtin_prefetch(&tags[slot]);
            __builtin_prefetch(&tab[slot]);
        }
        start_at[k] = phl_n;
        index_longer(x, (size_t)tok_ment[k]);
        phl_n = x->phl_n;
    }
    if (c) {
        start_at[m] = phl_n;
        for (size_t k = 0; k <= c; k++)
            before[k] = start_at[before[k]];
        for (size_t i = 0; i <= n; i++)
            phoff[i] = before[phoff[i]];
    }
    /* (all -1 bytes are -1 ints: set in one go) */
    memset(tok_ment, 0xff, n * sizeof(*tok_ment));
}

/* Call fn for every lexicon phrase starting at token i, shortest first.
 * (Always inlined: each caller's fn is then a direct call, inlined too.) */
static inline __attribute__((always_inline)) void each_phrase(const struct kg_extractor *x, size_t i, size_t end,
                                                              phrase_fn fn, void *ctx)
{
    const struct kg_phrase *p = i < end ? x->tokph[i] : NULL;
    if (!p || fn(p, 1, ctx) || !p->prefix)
        return;
    size_t n = x->phoff[i + 1] - x->phoff[i];
    if (n > end - i - 1)
        n = end - i - 1;
    for (size_t k = 0; k < n; k++)
        if (fn(x->phl[x->phoff[i] + k], (int)k + 2, ctx))
            break;
}

struct class_ctx {
    unsigned mask;
    int best;
};

static int class_cb(const struct kg_phrase *p, int ntok, void *ctx)
{
    struct class_ctx *c = ctx;
    if (p->classes & c->mask)
        c->best = ntok;
    return 0;
}

/* kg_match_class at a token some phrase of which has a class of mask.
 * (Not inlined: the quick no in kg_match_class then needs no registers
 * saved, and most calls end there.) */
static __attribute__((noinline)) int match_class_at(const struct kg_extractor *x, size_t i, size_t end,
                                                    unsigned mask)
{
    struct class_ctx c = {mask, 0};
    each_phrase(x, i, end, class_cb, &c);
    return c.best;
}

int kg_match_class(const struct kg_extractor *x, size_t i, size_t end, unsigned mask)
{
    return i < end && (x->tokany[i] & mask) ? match_class_at(x, i, end, mask) : 0;
}

struct cue_ctx {
    int len, cue;
};

static int cue_cb(const struct kg_phrase *p, int ntok, void *ctx)
{
    struct cue_ctx *c = ctx;
    if (p->cue >= 0) {
        c->len = ntok;
        c->cue = p->cue;
    }
    return 0;
}

/* kg_match_cue at a token some phrase of which is a cue (not inlined, as
 * match_class_at). */
static __attribute__((noinline)) int match_cue_at(const struct kg_extractor *x, size_t i, size_t end, int *cue)
{
    struct cue_ctx c = {0, -1};
    each_phrase(x, i, end, cue_cb, &c);
    *cue = c.cue;
    return c.len;
}

int kg_match_cue(const struct kg_extractor *x, size_t i, size_t end, int *cue)
{
    if (i < end && (x->tokany[i] & KG_ANY_CUE))
        return match_cue_at(x, i, end, cue);
    *cue = -1;
    return 0;
}

static int hyphen_owner(const struct kg_extractor *x, size_t v);

/* Is token t a name word no list knows ("Paulo", "Reif"): capitalised, not
 * an acronym, in no phrase of the lexicon but a given name or a person's
 * name? */
static inline int unknown_name_word(const struct kg_extractor *x, size_t t)
{
    const struct kg_token *v = &x->tok.v[t];
    /* (a hyphenated name, "Ocasio-Cortez", not a modifier: "Pakistan-based") */
    if (!(v->flags & KG_TOK_WORD) || !(v->flags & KG_TOK_CAP) || (v->flags & (KG_TOK_ALLCAPS | KG_TOK_DIGIT)) ||
        v->klen < 2 || ((v->flags & KG_TOK_HYPHEN) && hyphen_owner(x, t)))
        return 0;
    const struct kg_phrase *p = x->tokph[t];
    /* (or a person's name: "Johnson" of "Chad Johnson") */
    return !p || ((p->ent < 0 || x->lx.ents[p->ent].type == KG_PERSON) && p->demonym < 0 && p->cue < 0 &&
                  !(p->classes & ~KG_WBIT(KG_W_GIVEN)));
}

/* Does token t start a sentence or a heading? */
static int sentence_start(const struct kg_extractor *x, size_t t)
{
    if (t == 0 || (x->tok.v[t].flags & (KG_TOK_NL | KG_TOK_PARA)))
        return 1;
    const char *k = tk(x, t - 1);
    return x->tok.v[t - 1].klen == 1 && strchr(".!?:;\"(-'", k[0]);
}

static int in_person_name_at(const struct kg_extractor *x, size_t i, int ent);

/* Is the one-word name of a state, city or organisation at token i part of
 * a person's name ("Paulo Lima", "Lukas Wagner", "Tarek Fatah"; "Chad
 * Johnson" but not in a headline in capitals, "Pakistan Mourns
 * Victims")?  (The quick no inline: it is only with a capitalised word
 * beside it, which unknown_name_word asks of both rules in
 * in_person_name_at: a rule there without one must drop this test.) */
static inline int in_person_name(const struct kg_extractor *x, size_t i, int ent)
{
    return ((i > 0 && (x->tok.v[i - 1].flags & KG_TOK_CAP)) ||
            (i + 1 < x->tok.n && (x->tok.v[i + 1].flags & KG_TOK_CAP))) &&
           in_person_name_at(x, i, ent);
}

static int in_person_name_at(const struct kg_extractor *x, size_t i, int ent)
{
    int type = x->lx.ents[ent].type;
    if (type != KG_GPE && type != KG_ORG)
        return 0;
    /* a name before it, not the first word of a sentence (unless a given
     * name: "Roger Wagner met ...") */
    /* (on the same line: a line before may belong to another article) */
    if (i > 0 && !(x->tok.v[i].flags & (KG_TOK_NL | KG_TOK_PARA)) && unknown_name_word(x, i - 1) &&
        (!sentence_start(x, i - 1) || (x->tokph[i - 1] && (x->tokph[i - 1]->classes & KG_WBIT(KG_W_GIVEN)))))
        return 1;
    /* a name after it, in a sentence not set in capitals */
    if (i + 1 < x->tok.n && unknown_name_word(x, i + 1) && !(x->tok.v[i + 1].flags & (KG_TOK_NL | KG_TOK_PARA)) &&
        !(i + 2 < x->tok.n && (x->tok.v[i + 2].flags & KG_TOK_CAP) && (x->tok.v[i + 2].flags & KG_TOK_WORD))) {
        /* (a heading: most of its words capitalised) */
        size_t from = i, caps = 0, words = 0;
        while (from > 0 && !sentence_start(x, from))
            from--;
        for (size_t u = from; u < x->tok.n && u < from + 12; u++) {
            if (u > from && sentence_start(x, u))
                break;
            if (x->tok.v[u].flags & KG_TOK_WORD) {
                words++;
                caps += (x->tok.v[u].flags & KG_TOK_CAP) != 0;
            }
        }
        return caps * 3 <= words * 2;
    }
    return 0;
}

/* The longest entity alias and demonym starting at token i and ending by
 * `end` whose words are capitalised (one at least; all but acronyms' when
 * the alias is an acronym), in *c.  Every phrase at i is looked at,
 * shortest first, the capitals of its words counted as it grows.
 * (Always inlined: its one common caller, match_entity_at, then makes no
 * call for it.)  The answer is kept per token in x->entm for the whole
 * text, every article of it (match_entity_at writes it, through a const
 * extractor): this, in_person_name and unknown_name_word may read only the
 * tokens and the lexicon, nothing an article learns (x->dal, dents,
 * tok_ment) and not the sentences. */
static inline __attribute__((always_inline)) void entity_phrases(const struct kg_extractor *x, size_t i, size_t end,
                                                                 struct kg_entmatch *c)
{
    c->len = c->dlen = 0;
    c->ent = c->demonym = -1;
    const struct kg_phrase *p = i < end ? x->tokph[i] : NULL;
    if (!p)
        return;
    size_t more = x->phoff[i + 1] - x->phoff[i];
    if (more > end - i - 1)
        more = end - i - 1;
    /* (phl is NULL until some token has a longer phrase: no offset to it then) */
    const struct kg_phrase *const *longer = more ? x->phl + x->phoff[i] : NULL;
    int cap = 0, lower = 0; /* a capitalised word, a lower-case one so far */
    for (size_t k = 0;; k++) {
        const struct kg_token *v = &x->tok.v[i + k];
        if (v->flags & KG_TOK_CAP)
            cap = 1;
        /* ("al-Qaeda", "al-Shabaab": a capital after the hyphen) */
        else if ((v->flags & KG_TOK_HYPHEN) && !cap)
            for (size_t b = v->start + 1; b < v->end && !cap; b++)
                cap = x->text[b - 1] == '-' && x->text[b] >= 'A' && x->text[b] <= 'Z';
        if ((v->flags & KG_TOK_WORD) && !(v->flags & (KG_TOK_ALLCAPS | KG_TOK_DIGIT)) && v->klen > 1)
            lower = 1;
        /* (an acronym's alias only in capitals) */
        if (cap && !(p->caps && lower)) {
            if (p->ent >= 0 && !(k == 0 && !p->caps && in_person_name(x, i, p->ent))) {
                c->len = (int)k + 1;
                c->ent = p->ent;
            }
            if (p->demonym >= 0) {
                c->dlen = (int)k + 1;
                c->demonym = p->demonym;
            }
        }
        if (k == more)
            break;
        p = longer[k];
    }
}

/* match_entity at a token that may start an entity's alias or demonym,
 * not looked up yet for `end`. */
static void match_entity_at(const struct kg_extractor *x, size_t i, size_t end, struct kg_entmatch *c)
{
    /* (the answer depends on `end` only when a phrase at i, or at i + 1
     * for the rule below, reaches past it; otherwise it is kept for the
     * token) */
    size_t reach = 1 + (x->phoff[i + 1] - x->phoff[i]);
    if (i + 1 < x->tok.n && reach < 2 + (x->phoff[i + 2] - x->phoff[i + 1]))
        reach = 2 + (x->phoff[i + 2] - x->phoff[i + 1]);
    entity_phrases(x, i, end, c);
    /* ("the Gulf Cooperation Council": an alias with its article gives
     * way to a longer name after it, "the Gulf") */
    if (c->len && tis(x, i, "the") && i + 1 < end && (x->tokany[i + 1] & KG_ANY_ENT)) {
        struct kg_entmatch n;
        entity_phrases(x, i + 1, end, &n);
        if (n.len && i + 1 + (size_t)n.len > i + (size_t)c->len)
            c->len = 0, c->ent = -1;
    }
    if (end >= i + reach) {
        c->reach = (int)reach;
        x->entm[i] = *c;
        x->tokany[i] |= KG_ANY_ENTM;
    }
}

/* (inline: most tokens start no alias, and the test of that, and the
 * answer kept for the token, are cheaper than a call.  Whether a token's
 * answer is kept is told by its tokany, read for the first test, not by
 * its entm: the first ask of each token read a line of entm that no pass
 * had touched since the window's last, a miss per token; real40, nearly
 * half of learn_names' samples waited on it) */
static inline void match_entity(const struct kg_extractor *x, size_t i, size_t end, struct kg_entmatch *c)
{
    if (i < x->tok.n && (x->tokany[i] & KG_ANY_ENT)) {
        const struct kg_entmatch *m = &x->entm[i];
        if ((x->tokany[i] & KG_ANY_ENTM) && end >= i + (size_t)m->reach)
            *c = *m;
        else
            match_entity_at(x, i, end, c);
    } else {
        c->len = c->dlen = 0;
        c->ent = c->demonym = -1;
    }
}

/* A word that may follow the head of a noun phrase: a preposition, "and",
 * or a participle used as one ("close to", "based in", "known for"). */
static int after_head(const struct kg_extractor *x, size_t t)
{
    static const struct kg_lit p[] = {KG_LIT("of"), KG_LIT("for"), KG_LIT("at"), KG_LIT("in"), KG_LIT("to"),
                                      KG_LIT("from"), KG_LIT("with"), KG_LIT("on"), KG_LIT("and"), KG_LIT("close"),
                                      KG_LIT("based"), KG_LIT("known"), KG_LIT("turned"), KG_LIT("by")};
    return tis_any(x, t, p, sizeof p / sizeof *p);
}

static int hyphen_owner(const struct kg_extractor *x, size_t v)
{
    int adj;
    if (kg_hyphen_modifier(x, v, &adj) >= 0)
        return 1;
    /* ("a Russian-born billionaire", "an Iranian-American scholar") */
    const char *k = tk(x, v), *h = strchr(k, '-');
    const struct kg_phrase *p = h && h > k ? kg_lexicon_get(&x->lx, k, (size_t)(h - k)) : NULL;
    return p && (p->demonym >= 0 || p->ent >= 0);
}

size_t kg_apposed_title(const struct kg_extractor *x, size_t e, size_t end, unsigned heads)
{
    size_t v = e;
    /* ("Muse Bihi Abdi, then the leader of Somaliland,") */
    if (v + 1 < end && (tis(x, v, "then") || tis(x, v, "now") || tis(x, v, "currently") || tis(x, v, "formerly")) &&
        (tis(x, v + 1, "a") || tis(x, v + 1, "an") || tis(x, v + 1, "the")))
        v++;
    if (v < end && (tis(x, v, "a") || tis(x, v, "an") || tis(x, v, "the")))
        v++;
    /* the owner: a name, a state's demonym or an acronym ("China's", "the
     * Indian Army's", "the deputy US") */
    int owner = 0;
    for (int k = 0; k < 6 && v < end; k++) {
        if (!owner && x->tok_ment[v] >= 0) {
            const struct kg_mention *mm = &x->ments[x->tok_ment[v]];
            v = mm->t1 > v ? mm->t1 : v + 1;
            owner = 1;
        } else if (!owner && (x->tokany[v] & KG_ANY_ENT)) {
            struct kg_entmatch c;
            match_entity(x, v, end, &c);
            int n = c.len > c.dlen ? c.len : c.dlen;
            if (!n)
                break;
            v += (size_t)n;
            owner = 1;
        } else if (!owner && (x->tok.v[v].flags & KG_TOK_ALLCAPS) && x->tok.v[v].klen >= 2) {
            v++;
            owner = 1;
        } else if (!owner && (x->tok.v[v].flags & KG_TOK_HYPHEN) && hyphen_owner(x, v)) {
            v++; /* ("a Kabul-based researcher") */
            owner = 1;
        } else if (owner == 1 && tis(x, v, "(") && v + 2 < end && tis(x, v + 2, ")")) {
            v += 3; /* "a Pakistan Peoples Party (PPP) leader" */
        } else if (tis(x, v, "'s")) {
            v++;
            owner = 2;
        } else if (!owner && v + 1 < end && (x->tok.v[v].flags & KG_TOK_WORD) && tis(x, v + 1, "'s")) {
            v += 2; /* ("the fund's mission chief", "the group's spokesman") */
            owner = 2;
        } else {
            size_t ol = (size_t)kg_match_class(x, v, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) | heads);
            const struct kg_token *t = &x->tok.v[v];
            /* an office in lower case, or capitalised after its owner or
             * article (not a headline's "Taliban Envoy Arrive"); a rank only
             * capitalised ("a major site", "a general holiday") */
            /* (a person noun heads only at the phrase's end: not "a
             * militant group", "a French fighter jet") */
            size_t nx = v + ol;
            int ends = nx >= end || !(x->tok.v[nx].flags & KG_TOK_WORD) || after_head(x, nx) ||
                       tcls(x, nx, KG_W_CLAUSE) || tcls(x, nx, KG_W_RELPRO) || kg_tok_ing(x, nx) || kg_tok_ed(x, nx);
            if (ol && !kg_match_class(x, v, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) && !ends)
                ol = 0;
            if (ol && ((t->flags & KG_TOK_CAP) ? (owner == 2 || (v > e && (tis(x, v - 1, "the") || tis(x, v - 1, "a")))) &&
                                                     !(v + ol < end && (x->tok.v[v + ol].flags & KG_TOK_CAP))
                                               : kg_match_class(x, v, end, KG_WBIT(KG_W_OFFICE) | heads) == (int)ol))
                return v;
            /* adjectives before the office: "permanent", "senior", "top" */
            /* (or nouns of an organ: "mission chief", "embassy spokesman";
             * or of a portfolio: "public security minister") */
            /* (a participle too when a title follows: "the jailed leader
             * of 400 Mawozo", "the slain commander") */
            if (kg_tok_ed(x, v) && !(t->flags & KG_TOK_CAP) && v + 1 < end &&
                kg_match_class(x, v + 1, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) | heads)) {
                v++;
                continue;
            }
            if (!(t->flags & KG_TOK_WORD) || (t->flags & KG_TOK_CAP) ||
                (x->cls[v] & ~(KG_WBIT(KG_W_ORGAN) | KG_WBIT(KG_W_PERSONNOUN) | KG_WBIT(KG_W_PORTFOLIO) |
                               KG_WBIT(KG_W_ORGHEAD))) ||
                (x->tokany[v] & ~(KG_WMARKS | KG_WBIT(KG_W_ORGAN) | KG_WBIT(KG_W_PORTFOLIO) | KG_WBIT(KG_W_ORGHEAD))) ||
                kg_tok_ing(x, v) || kg_tok_ed(x, v))
                break;
            v++;
        }
    }
    return 0;
}

/* A learnt name's bit in x->dal_first, from the hash of its first word,
 * which a token must share to start it. */
static inline unsigned long long dal_bit(unsigned h0)
{
    return 1ull << (h0 & 63);
}

/* Are tokens [a, a + n) and [b, b + n) the same words (the same keys)?
 * (Keys hold no space, so this is the same as comparing the keys joined
 * by spaces, as the lexicon keys a phrase.  The bytes compared inline, no
 * call: match_docalias_at then saves no registers for one.) */
static inline int same_words(const struct kg_extractor *x, size_t a, size_t b, size_t n)
{
    const struct kg_token *v = x->tok.v;
    for (size_t t = 0; t < n; t++)
        if (v[a + t].hash != v[b + t].hash || v[a + t].klen != v[b + t].klen ||
            !kg_same_bytes(tk(x, a + t), tk(x, b + t), v[a + t].klen))
            return 0;
    return 1;
}

/* The first name learnt in this article whose first word's hash is h0 or
 * more: x->dal is kept in the order of those hashes, so a token is
 * compared only with the names whose first word hashes as it does
 * (nearly always names that start with it). */
static size_t dal_from(const struct kg_extractor *x, unsigned h0)
{
    /* (the answer is in [lo, lo + n]; each step halves n with a select,
     * not a branch: the steps taken depend on ndal alone, which the
     * predictor learns, not on the hashes) */
    const struct kg_docalias *d = x->dal;
    size_t lo = 0, n = x->ndal;
    if (!n)
        return 0;
    while (n > 1) {
        size_t half = n / 2;
        lo = d[lo + half].h0 < h0 ? lo + half : lo;
        n -= half;
    }
    return lo + (d[lo].h0 < h0);
}

/* Longest name learnt in this article starting at token i: its length, *de.
 * (No two names of one length can both match: their keys differ.) */
static int match_docalias_at(const struct kg_extractor *x, size_t i, size_t end, int *de)
{
    int best = 0;
    unsigned h0 = x->tok.v[i].hash;
    for (size_t a = dal_from(x, h0); a < x->ndal && x->dal[a].h0 == h0; a++) {
        const struct kg_docalias *d = &x->dal[a];
        if (d->ntok <= best || i + (size_t)d->ntok > end || d->de < 0)
            continue;
        if (same_words(x, d->t0, i, (size_t)d->ntok)) {
            best = d->ntok;
            *de = d->de;
        }
    }
    return best;
}

/* The same, with the quick noes inline: cheaper than a call. */
static inline int match_docalias(const struct kg_extractor *x, size_t i, size_t end, int *de)
{
    /* only a capitalised word starts a learnt name */
    if (!x->ndal || !(x->tok.v[i].flags & KG_TOK_CAP) || !(x->dal_first & dal_bit(x->tok.v[i].hash)))
        return 0;
    return match_docalias_at(x, i, end, de);
}

/* ---- document entities ---- */

/* A name found in the text as the label of d, with its id. */
static void set_label(struct kg_dent *d, const char *label)
{
    char id[256];
    kg_slug(label, id, sizeof id);
    size_t ll = strlen(label) + 1, il = strlen(id) + 1;
    free(d->mem);
    d->mem = xmalloc(ll + il);
    memcpy(d->mem, label, ll);
    memcpy(d->mem + ll, id, il);
    d->label = d->mem;
    d->id = d->mem + ll;
}

static int new_dent(struct kg_extractor *x, const char *label, int type, int lex)
{
    KG_GROW(x->dents, x->ndents + 1, x->dents_alloc);
    struct kg_dent *d = &x->dents[x->ndents];
    /* slots are reused from article to article with their alias buffers */
    struct kg_buf aliases = KG_BUF_INIT;
    if (x->ndents < x->dents_ready)
        aliases = d->aliases;
    else
        x->dents_ready = x->ndents + 1;
    memset(d, 0, sizeof(*d));
    d->aliases = aliases;
    kg_buf_reset(&d->aliases);
    if (lex >= 0) {
        d->label = x->lx.ents[lex].label;
        d->id = x->lx.ents[lex].id;
    } else {
        set_label(d, label);
    }
    d->type = type;
    d->lex = lex;
    d->last_off = d->off_state = -1;
    return (int)x->ndents++;
}

/* (inline here: nearly every lexicon mention asks, and most find it) */
static inline int dent_for_lex(struct kg_extractor *x, int lex)
{
    if (x->lex_dent[lex] < 0)
        x->lex_dent[lex] = new_dent(x, x->lx.ents[lex].label, x->lx.ents[lex].type, lex);
    return x->lex_dent[lex];
}

int kg_dent_for_lex(struct kg_extractor *x, int lex)
{
    return dent_for_lex(x, lex);
}

static int dent_by_label(struct kg_extractor *x, const char *label, int type)
{
    for (size_t i = 0; i < x->ndents; i++)
        if (x->dents[i].label[0] == label[0] && !strcmp(x->dents[i].label, label))
            return (int)i;
    return new_dent(x, label, type, -1);
}

/* The folded keys of tokens [t0, t1) joined by one space, as the lexicon
 * keys phrases ("foreign minister"), in b (replacing its contents). */
static void join_keys(const struct kg_extractor *x, size_t t0, size_t t1, struct kg_buf *b)
{
    kg_buf_reset(b);
    for (size_t i = t0; i < t1; i++) {
        if (i > t0)
            kg_buf_addc(b, ' ');
        kg_buf_add(b, tk(x, i), x->tok.v[i].klen); /* (its length known: no strlen) */
    }
}

/* Learn tokens [t0, t1) as a name of document entity de in this article.
 * (The name is kept as those tokens: no key is made.) */
static void add_docalias(struct kg_extractor *x, size_t t0, size_t t1, int de)
{
    unsigned h0 = x->tok.v[t0].hash;
    size_t a = dal_from(x, h0);
    for (; a < x->ndal && x->dal[a].h0 == h0; a++)
        /* (a key of another length in tokens is another key) */
        if (x->dal[a].ntok == (int)(t1 - t0) && same_words(x, x->dal[a].t0, t0, t1 - t0)) {
            /* a name two persons named here share names neither */
            if (x->dal[a].de != de && t1 - t0 == 1)
                x->dal[a].de = -1;
            return;
        }
    /* (after the names whose first word hashes as its does) */
    KG_GROW(x->dal, x->ndal + 1, x->dal_alloc);
    memmove(&x->dal[a + 1], &x->dal[a], (x->ndal - a) * sizeof(*x->dal));
    x->dal[a].t0 = t0;
    x->dal[a].h0 = h0;
    x->dal[a].ntok = (int)(t1 - t0);
    x->dal[a].de = de;
    x->dal_first |= dal_bit(h0);
    x->ndal++;
}

static inline __attribute__((always_inline)) const char *plain_surface(const struct kg_extractor *x, size_t t0,
                                                                           size_t t1);

/* The original text of tokens [t0, t1) with runs of white space made one.
 * (plain_surface returns the text itself where this would copy it
 * unchanged: printable ASCII with single spaces; such a text is copied in
 * one go.  Change both together, and kg_buf_add_clean's way with
 * printable ASCII.) */
static void surface(const struct kg_extractor *x, size_t t0, size_t t1, struct kg_buf *out)
{
    kg_buf_reset(out);
    const char *plain = plain_surface(x, t0, t1);
    if (plain) {
        kg_buf_add(out, plain, x->tok.v[t1 - 1].end - x->tok.v[t0].start);
        return;
    }
    for (size_t i = t0; i < t1; i++) {
        const struct kg_token *t = &x->tok.v[i];
        if (i > t0 && (t->flags & KG_TOK_SPACE))
            kg_buf_addc(out, ' ');
        kg_buf_add_clean(out, x->text + t->start, t->end - t->start);
    }
}

/* ---- pass 1: names the lexicon lacks ---- */

/* The words name_word tells no, capitalised or not: a preposition that
 * opens a sentence ("Near Croix-des-Bouquets, the jailed leader", "Like
 * Germine Joly, ..."), a day of the week.  By length, so that each
 * capitalised word is compared only with the words of its own length (the
 * empty places have length 0: no word's). */
static const struct kg_lit name_stops[KG_NSTOP_LENS][13] = {
    [1] = {KG_LIT("a")},
    [2] = {KG_LIT("an"), KG_LIT("on"), KG_LIT("in"), KG_LIT("at"), KG_LIT("of"), KG_LIT("by")},
    [3] = {KG_LIT("the"), KG_LIT("for"), KG_LIT("and"), KG_LIT("but")},
    [4] = {KG_LIT("this"), KG_LIT("that"), KG_LIT("near"), KG_LIT("like"), KG_LIT("amid"), KG_LIT("upon"),
           KG_LIT("with"), KG_LIT("from"), KG_LIT("into")},
    [5] = {KG_LIT("these"), KG_LIT("those"), KG_LIT("among"), KG_LIT("since"), KG_LIT("until"),
           KG_LIT("after")},
    [6] = {KG_LIT("unlike"), KG_LIT("inside"), KG_LIT("across"), KG_LIT("beyond"), KG_LIT("within"),
           KG_LIT("behind"), KG_LIT("beside"), KG_LIT("before"), KG_LIT("during"), KG_LIT("toward"),
           KG_LIT("monday"), KG_LIT("friday"), KG_LIT("sunday")},
    [7] = {KG_LIT("outside"), KG_LIT("despite"), KG_LIT("without"), KG_LIT("besides"), KG_LIT("against"),
           KG_LIT("through"), KG_LIT("towards"), KG_LIT("tuesday")},
    [8] = {KG_LIT("thursday"), KG_LIT("saturday")},
    [9] = {KG_LIT("following"), KG_LIT("wednesday")},
    [10] = {KG_LIT("throughout")}};

static void make_stop_filters(void)
{
    for (size_t len = 0; len < KG_NSTOP_LENS; len++)
        for (size_t j = 0; j < sizeof *name_stops / sizeof **name_stops && name_stops[len][j].n; j++)
            kg_bloom_add(&stop_filters[len], kg_key_hash(name_stops[len][j].w, name_stops[len][j].n));
}

/* "Adel al-Jubeir", "Abdel Fattah el-Sisi": is token i an Arabic article
 * joined by a hyphen to a capitalised name?  The length of the article in
 * its key ("al": 2), else 0. */
static size_t arabic_article(const struct kg_extractor *x, size_t i)
{
    static const struct kg_lit art[] = {KG_LIT("al"), KG_LIT("el"), KG_LIT("ad"), KG_LIT("an"), KG_LIT("ar"),
                                        KG_LIT("as"), KG_LIT("ash"), KG_LIT("at"), KG_LIT("az")};
    const struct kg_token *t = &x->tok.v[i];
    const char *k = tk(x, i), *h = (t->flags & KG_TOK_HYPHEN) ? strchr(k, '-') : NULL;
    if (!h || h == k || h - k > 3)
        return 0;
    size_t n = (size_t)(h - k);
    int ok = 0;
    for (size_t a = 0; a < sizeof art / sizeof *art && !ok; a++)
        ok = art[a].n == n && !memcmp(art[a].w, k, n);
    /* (the hyphen in the text may be U+2010 or U+2011, three bytes) */
    size_t hl = x->text[t->start + n] == '-' ? 1 : 3;
    if (!ok || t->start + n + hl >= t->end)
        return 0;
    unsigned char c = (unsigned char)x->text[t->start + n + hl];
    return c >= 'A' && c <= 'Z' ? n : 0;
}

/* (kg_index_phrases asks this once every token's cls and tokph are
 * filled: it may read them, and any token's tok.v, but never tokany, which
 * is not yet whole) */
static int name_word(const struct kg_extractor *x, size_t i)
{
    const struct kg_token *t = &x->tok.v[i];
    /* (most words: in lower case with no hyphen, or no word.
     * KG_TOK_WORD (bit 0) and KG_TOK_CAP or KG_TOK_HYPHEN shifted onto
     * bit 0, the test name_candidates makes of every token, with no
     * branch, to ask only of the words that pass it) */
    _Static_assert(KG_TOK_WORD == 1 && KG_TOK_CAP == 1 << 1 && KG_TOK_HYPHEN == 1 << 8, "name_word's flag shifts");
    if (!(t->flags & KG_TOK_WORD & (t->flags >> 1 | t->flags >> 8)))
        return 0;
    if (!(t->flags & KG_TOK_CAP))
        return arabic_article(x, i) > 0;
    if (x->cls[i] & (KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_HONORIFIC) | KG_WBIT(KG_W_RANK) |
                     KG_WBIT(KG_W_MONTH) | KG_WBIT(KG_W_PRONOUN) | KG_WBIT(KG_W_CLAUSE) |
                     KG_WBIT(KG_W_REPORT)))
        return 0;
    /* (nor a word of name_stops: first the filter of its length, which
     * tells nearly every other word no with one branch, mostly not taken;
     * the compares of tis_any, where many a word's length and first byte
     * are a stop word's, went wrong at two capitalised words in three) */
    if (t->klen < KG_NSTOP_LENS && kg_bloom_may(&stop_filters[t->klen], t->hash) &&
        tis_any(x, i, name_stops[t->klen], sizeof *name_stops / sizeof **name_stops))
        return 0;
    /* "Tehran-based", "Saudi-led": a modifier before a name, not its word */
    if (t->flags & KG_TOK_HYPHEN) {
        static const char *const mod[] = {"based", "backed", "led", "run", "owned", "sponsored", "funded",
                                          "allied", "aligned", "linked", "affiliated"};
        const char *k = tk(x, i), *h = strrchr(k, '-');
        for (size_t m = 0; h && m < sizeof mod / sizeof *mod; m++)
            if (!strcmp(h + 1, mod[m]))
                return 0;
    }
    return 1;
}

static inline int is_name_word(const struct kg_extractor *x, size_t i)
{
    return (x->tokany[i] & KG_ANY_NAME) != 0;
}

/* A lower-case particle inside a name ("Anwaar ul Haq", "Osama bin
 * Laden", "Ahmed ould Abdallah"): a word of class particle in words.csv,
 * not capitalised. */
static int is_particle(const struct kg_extractor *x, size_t i)
{
    return i < x->tok.n && !(x->tok.v[i].flags & KG_TOK_CAP) && x->tokph[i] &&
           (x->tokph[i]->marks & KG_MARK_PARTICLE);
}

/* A run of name words starting at i (particles allowed inside), at most 5.
 * (name_run_once skips it when the second word can go on no run: a new
 * way for a run to go on past its first word must be added there too) */
static size_t name_run(const struct kg_extractor *x, size_t i, size_t end)
{
    size_t j = i, particles = 0; /* (particles do not count: "Juan Carlos de la Torre Medina") */
    while (j < end && j - i - particles < 5) {
        if (is_name_word(x, j)) {
            /* a known entity starts here; a known person's surname still
             * ends the run ("Abdul Karim Khan").  (Not asked of the first
             * word, whatever it is: it is not looked up there) */
            if (j > i) {
                struct kg_entmatch c;
                match_entity(x, j, end, &c);
                if (c.len) {
                    if (x->lx.ents[c.ent].type == KG_PERSON && c.len == 1)
                        j++;
                    break;
                }
            }
            j++;
        } else if (j > i && j + 1 < end && is_name_word(x, j + 1) && is_particle(x, j)) {
            j++;
            particles++;
        } else if (j > i && j + 2 < end && is_name_word(x, j + 2) && is_particle(x, j) && is_particle(x, j + 1)) {
            j += 2; /* ("Juan Ramon de la Fuente", "Ursula von der Leyen") */
            particles += 2;
        } else if (j > i && j + 1 < end && (x->tok.v[j].flags & KG_TOK_CAP) && tcls(x, j, KG_W_HONORIFIC) &&
                   is_name_word(x, j + 1)) {
            j++; /* ("Hassan Sheikh Mohamud") */
        } else {
            break;
        }
    }
    return j - i;
}

static int head_type(const struct kg_extractor *x, size_t last)
{
    if (tcls(x, last, KG_W_ORGHEAD))
        return KG_ORG;
    if (tcls(x, last, KG_W_GPEHEAD))
        return KG_GPE;
    if (tcls(x, last, KG_W_LOCHEAD))
        return KG_LOC;
    return -1;
}

/* Is tokens [t0,t1) a state-organ phrase ("Foreign Office")? */
static int is_organ(const struct kg_extractor *x, size_t t0, size_t t1)
{
    return kg_match_class(x, t0, t1, KG_WBIT(KG_W_ORGAN)) == (int)(t1 - t0);
}

/* May the words [t0, t1) before a known person's surname be their other
 * names?  Yes when one of them is a word of their label ("Qamar Bajwa"
 * for Qamar Javed Bajwa) or none is longer than an initial; not "Nadia
 * Qureshi" for Shah Mahmood Qureshi. */
static int same_person(const struct kg_extractor *x, size_t t0, size_t t1, const char *label)
{
    int words = 0;
    for (size_t u = t0; u < t1; u++) {
        size_t n = x->tok.v[u].klen;
        if (!(x->tok.v[u].flags & KG_TOK_WORD) || n < 2)
            continue;
        words++;
        const char *k = tk(x, u);
        for (const char *l = label; *l; l++) {
            if (l != label && l[-1] != ' ' && l[-1] != '-')
                continue;
            size_t q = 0;
            while (q < n && l[q] && (l[q] | 0x20) == k[q])
                q++;
            if (q == n && (!l[q] || l[q] == ' ' || l[q] == '-'))
                return 1;
        }
    }
    return !words;
}

/* Learn tokens [t0, t1) as a person named in the article (s: scratch
 * space for its text, learn_names' own). */
static void learn_person(struct kg_extractor *x, size_t t0, size_t t1, struct kg_buf *s)
{
    /* linked to a lexicon person when its surname is one of their aliases */
    struct kg_entmatch c;
    int de;
    match_entity(x, t1 - 1, t1, &c);
    if (c.len == 1 && x->lx.ents[c.ent].type == KG_PERSON && same_person(x, t0, t1 - 1, x->lx.ents[c.ent].label)) {
        de = dent_for_lex(x, c.ent);
    } else if (t1 - t0 >= 3 && match_docalias(x, t1 - 2, t1, &de) == 2 && de >= 0 && x->dents[de].type == KG_PERSON &&
               x->dents[de].lex < 0 && !strchr(strchr(x->dents[de].label, ' ') + 1, ' ')) {
        /* "Caro Quintero" in the headline, "Rafael Caro Quintero" after
         * it: the person named first by a double surname, now in full */
        surface(x, t0, t1, s);
        set_label(&x->dents[de], s->buf);
    } else {
        surface(x, t0, t1, s);
        de = dent_by_label(x, s->buf, KG_PERSON);
        /* (a known person's surname too: "Nadia Qureshi ... Qureshi said"
         * is she, in this article) */
        if (x->tok.v[t1 - 1].klen >= 4 && (!c.len || (c.len == 1 && x->lx.ents[c.ent].type == KG_PERSON)))
            add_docalias(x, t1 - 1, t1, de);
        /* (and a double surname: "Omar Garcia Harfuch ... Garcia Harfuch") */
        if (t1 - t0 >= 3 && (x->tok.v[t1 - 2].flags & KG_TOK_CAP) && !c.len)
            add_docalias(x, t1 - 2, t1, de);
    }
    add_docalias(x, t0, t1, de);
}

/* The tokens this stage's rules may start at, for an article: a bit per
 * token from its first (bit t & 63 of word t >> 6, t counted from t0), in
 * a mask for each loop that passes over the rest: the tokens that may
 * start a name (learn_names), a mention (find_mentions_in), and the
 * capitalised words of four bytes or more (common_words).  Made in one
 * pass with no branch per token (with SSE2, sixteen tokens a step), and
 * read with ctz: a loop that tests token after token stops where the
 * predictor cannot know, once per token it finds, and each such loop read
 * all the article's tokens again.  (The tokens' flags, hashes and tokany,
 * all a mask is made of, stay as they are through the stage.) */
#define KG_STARTS_OWN 64 /* words of each mask held in the struct: 4096 tokens */
#define KG_OPENERS (sizeof opener_words / sizeof *opener_words)
/* (each mask has a word of 0 after its last: next_start reads the word
 * of its end, which may be the article's end) */
struct start_masks {
    size_t t0, t1;                /* the article's tokens */
    unsigned long long *name;     /* next_name_start's */
    unsigned long long *ment;     /* next_mention_start's */
    unsigned long long *cap4;     /* common_words' */
    unsigned long long *heap;     /* the three, when the article has more tokens */
    unsigned long long own[3 * (KG_STARTS_OWN + 1)];
};

/* The tokany bits of a word that may start a name: a name word, an alias
 * or demonym, a title or person noun to open a name with.  (A capitalised
 * word with none of them, "The", "He", "January", starts none: no name
 * word, it makes no run, and no rule of learn_names takes it without one;
 * such words were one in seven of those learn_names looked at.) */
#define NAME_START_ANY                                                                                                   \
    (KG_ANY_NAME | KG_ANY_ENT | KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) | KG_WBIT(KG_W_HONORIFIC) |                    \
     KG_WBIT(KG_W_PERSONNOUN))
/* The tokany bits and flags of a word that may start a mention: an alias
 * or demonym, a pronoun, a capitalised (a learnt name's) or hyphenated
 * word; or an opener, by its hash. */
#define MENT_START_ANY (KG_ANY_ENT | KG_WBIT(KG_W_PRONOUN))
#define MENT_START_FLAGS (KG_TOK_CAP | KG_TOK_HYPHEN)

/* The bits of a token's hash that tell an opener: a word with the same
 * low 15 bits goes no further than find_mentions_in's first test.  (15:
 * SSE2 compares sixteen-bit lanes, and packs them from 32 bits keeping
 * numbers below 2^15 as they are.) */
#define OPENER_HASH 0x7fffu

/* Token t's bit of each mask, name | ment << 1 | cap4 << 2 (a: its tokany;
 * oh: the OPENER_HASH bits of opener_words' hashes).  (find_starts tells
 * sixteen tokens the same with SSE2: change both.) */
static inline unsigned start_bits(const struct kg_token *t, unsigned a, const unsigned *oh)
{
    unsigned f = t->flags, opener = 0;
    for (size_t o = 0; o < KG_OPENERS; o++)
        opener |= (t->hash & OPENER_HASH) == oh[o];
    unsigned name = (a & NAME_START_ANY) != 0;
    unsigned ment = (((f & MENT_START_FLAGS) | (a & MENT_START_ANY)) != 0) | opener;
    unsigned cap4 = ((f & KG_TOK_CAP) != 0) & (t->klen >= 4);
    return name | ment << 1 | cap4 << 2;
}

#ifdef __SSE2__
/* (included here, by the code that uses it) */
#include <emmintrin.h>

/* Where start_lanes reads a token: its last 16 bytes, in 32-bit lanes
 * end, key offset, klen | flags << 16, hash (nothing past the token). */
#define KG_TOK_LANES (sizeof(struct kg_token) - 16)
_Static_assert(sizeof(struct kg_token) >= 16 &&
                   __builtin_offsetof(struct kg_token, klen) == KG_TOK_LANES + 8 &&
                   __builtin_offsetof(struct kg_token, flags) == KG_TOK_LANES + 10 &&
                   __builtin_offsetof(struct kg_token, hash) == KG_TOK_LANES + 12,
               "start_lanes reads klen, flags and hash as the last three lanes of a token");

/* Four tokens, a 32-bit lane each: all ones in noname when the token
 * starts no name (by its tokany alone, NAME_START_ANY), in noment when it starts no mention but by its hash, in
 * cap4 when it is a capitalised word of four bytes or more; hash, its
 * OPENER_HASH bits. */
struct start_lanes {
    __m128i noname, noment, cap4, hash;
};

/* The lanes of the four tokens from t (tokany from a). */
static inline __attribute__((always_inline)) struct start_lanes start_lanes(const struct kg_token *t, const unsigned *a)
{
    __m128i t0, t1, t2, t3, av;
    memcpy(&t0, (const char *)&t[0] + KG_TOK_LANES, 16);
    memcpy(&t1, (const char *)&t[1] + KG_TOK_LANES, 16);
    memcpy(&t2, (const char *)&t[2] + KG_TOK_LANES, 16);
    memcpy(&t3, (const char *)&t[3] + KG_TOK_LANES, 16);
    memcpy(&av, a, 16);
    __m128i lo = _mm_unpackhi_epi32(t0, t1), hi = _mm_unpackhi_epi32(t2, t3);
    __m128i kf = _mm_unpacklo_epi64(lo, hi); /* klen | flags << 16 of each */
    __m128i zero = _mm_setzero_si128();
    __m128i cap = _mm_and_si128(kf, _mm_set1_epi32(KG_TOK_CAP << 16));
    struct start_lanes l;
    l.noname = _mm_cmpeq_epi32(_mm_and_si128(av, _mm_set1_epi32((int)NAME_START_ANY)), zero);
    l.noment = _mm_cmpeq_epi32(_mm_or_si128(_mm_and_si128(kf, _mm_set1_epi32(MENT_START_FLAGS << 16)),
                                            _mm_and_si128(av, _mm_set1_epi32((int)MENT_START_ANY))),
                               zero);
    /* (klen >= 4: klen, below 65536, compared as a signed number) */
    l.cap4 = _mm_andnot_si128(_mm_cmpeq_epi32(cap, zero),
                              _mm_cmpgt_epi32(_mm_and_si128(kf, _mm_set1_epi32(0xffff)), _mm_set1_epi32(3)));
    l.hash = _mm_and_si128(_mm_unpackhi_epi64(lo, hi), _mm_set1_epi32(OPENER_HASH));
    return l;
}

/* Sixteen tokens' lanes, four at a time, packed to a byte each (-1 and 0
 * stay as they are). */
static inline __m128i lanes16(__m128i l0, __m128i l1, __m128i l2, __m128i l3)
{
    return _mm_packs_epi16(_mm_packs_epi32(l0, l1), _mm_packs_epi32(l2, l3));
}

/* A byte for each of the sixteen tokens of l[0] to l[3], all ones when
 * its hash may be an opener's (oh: the OPENER_HASH bits of each opener,
 * in every sixteen-bit lane): eight tokens to a compare. */
static inline __m128i openers16(const struct start_lanes *l, const __m128i *oh)
{
    __m128i h0 = _mm_packs_epi32(l[0].hash, l[1].hash), h1 = _mm_packs_epi32(l[2].hash, l[3].hash);
    __m128i o0 = _mm_cmpeq_epi16(h0, oh[0]), o1 = _mm_cmpeq_epi16(h1, oh[0]);
#pragma GCC unroll 8
    for (size_t o = 1; o < KG_OPENERS; o++) {
        o0 = _mm_or_si128(o0, _mm_cmpeq_epi16(h0, oh[o]));
        o1 = _mm_or_si128(o1, _mm_cmpeq_epi16(h1, oh[o]));
    }
    return _mm_packs_epi16(o0, o1);
}
#endif

static void find_starts(const struct kg_extractor *x, struct start_masks *sm, size_t t0, size_t t1)
{
    size_t nw = (t1 - t0 + 63) >> 6;
    sm->t0 = t0;
    sm->t1 = t1;
    sm->heap = NULL;
    unsigned long long *m = sm->own;
    if (nw > KG_STARTS_OWN)
        m = sm->heap = xmalloc(3 * (nw + 1) * sizeof *m);
    sm->name = m;
    sm->ment = m + nw + 1;
    sm->cap4 = m + 2 * (nw + 1);
    sm->name[nw] = sm->ment[nw] = sm->cap4[nw] = 0;
    const struct kg_token *v = x->tok.v;
    const unsigned *any = x->tokany;
    unsigned oh[KG_OPENERS];
    for (size_t o = 0; o < KG_OPENERS; o++)
        oh[o] = kg_key_hash(opener_words[o].w, opener_words[o].n) & OPENER_HASH;
#ifdef __SSE2__
    __m128i ohv[KG_OPENERS];
    for (size_t o = 0; o < KG_OPENERS; o++)
        ohv[o] = _mm_set1_epi16((short)oh[o]);
#endif
    for (size_t w = 0; w < nw; w++) {
        size_t b = t0 + (w << 6), n = t1 - b < 64 ? t1 - b : 64, k = 0;
        unsigned long long name = 0, ment = 0, cap4 = 0;
#ifdef __SSE2__
        for (; k + 16 <= n; k += 16) {
            const struct kg_token *t = v + b + k;
            const unsigned *a = any + b + k;
            struct start_lanes l[4] = {start_lanes(t, a), start_lanes(t + 4, a + 4), start_lanes(t + 8, a + 8),
                                       start_lanes(t + 12, a + 12)};
            __m128i noname = lanes16(l[0].noname, l[1].noname, l[2].noname, l[3].noname);
            __m128i noment = _mm_andnot_si128(openers16(l, ohv), lanes16(l[0].noment, l[1].noment, l[2].noment, l[3].noment));
            __m128i cap4s = lanes16(l[0].cap4, l[1].cap4, l[2].cap4, l[3].cap4);
            name |= (unsigned long long)((unsigned)_mm_movemask_epi8(noname) ^ 0xffff) << k;
            ment |= (unsigned long long)((unsigned)_mm_movemask_epi8(noment) ^ 0xffff) << k;
            cap4 |= (unsigned long long)(unsigned)_mm_movemask_epi8(cap4s) << k;
        }
#endif
        for (; k < n; k++) {
            unsigned long long bits = start_bits(v + b + k, any[b + k], oh);
            name |= (bits & 1) << k;
            ment |= (bits >> 1 & 1) << k;
            cap4 |= (bits >> 2) << k;
        }
        sm->name[w] = name;
        sm->ment[w] = ment;
        sm->cap4[w] = cap4;
    }
}

/* The first token in [i, end) whose bit is set in mask m of sm, else end
 * (i at the article's first token or after it, end at its end or before). */
static inline size_t next_start(const struct start_masks *sm, const unsigned long long *m, size_t i, size_t end)
{
    /* (an i past end, which no caller passes, read as end: the word of
     * end is there, and a bit found at or past end gives end) */
    i = i < end ? i : end;
    size_t r = i - sm->t0, w = r >> 6;
    unsigned long long b = m[w] >> (r & 63);
    size_t at = i;
    while (!b) {
        if (++w >= (end - sm->t0 + 63) >> 6)
            return end;
        b = m[w];
        at = sm->t0 + (w << 6);
    }
    at += (size_t)__builtin_ctzll(b);
    return at < end ? at : end;
}

/* Words of an article used of others than a person: capitalised words
 * after "the" ("the West") or before a word of kin ("Mehsud elders",
 * "Bugti tribesmen"); at most KG_COMMON of them. */
#define KG_COMMON 512
struct common_words {
    size_t at[KG_COMMON];
    size_t n;                 /* (size_t)-1: not looked for yet */
    const struct start_masks *sm; /* the article's tokens and their masks */
};

static void common_words(const struct kg_extractor *x, struct common_words *cw)
{
    const struct start_masks *sm = cw->sm;
    const struct kg_token *v = x->tok.v;
    size_t t0 = sm->t0, nt = x->tok.n, nw = (sm->t1 - t0 + 63) >> 6;
    unsigned long long the = x->word_sets[SET_THE], kin = x->word_sets[SET_KIN];
    cw->n = 0;
    /* (most words are not capitalised words of four bytes or more: their
     * bits in sm->cap4 are clear.  Those that are are first told by the
     * sets alone, in_set's tests of the words beside them, gathered in a
     * mask with no branch on their outcome: a word whose neighbours'
     * hashes are in neither set is none, and nearly all are none; only
     * the rest are then compared, as before, in the order of the text) */
    for (size_t w = 0; w < nw; w++) {
        size_t b = t0 + (w << 6);
        unsigned long long may = 0;
        for (unsigned long long m = sm->cap4[w]; m; m &= m - 1) {
            size_t k = (size_t)__builtin_ctzll(m), u = b + k;
            unsigned long long after_the = u > t0 ? the >> (v[u - 1].hash & 63) : 0;
            unsigned long long before_kin = u + 1 < nt ? kin >> (v[u + 1].hash & 63) : 0;
            may |= ((after_the | before_kin) & 1) << k;
        }
        for (; may; may &= may - 1) {
            size_t u = b + (size_t)__builtin_ctzll(may);
            if ((u > t0 && in_set(x, u - 1, SET_THE) && tis(x, u - 1, "the")) || in_list(x, u + 1, SET_KIN)) {
                cw->at[cw->n++] = u;
                if (cw->n == KG_COMMON)
                    return;
            }
        }
    }
}

/* "Noor Wali Mehsud ... Mehsud said": token t, the last word of a known
 * person's name, as an alias of theirs in this article, unless the article
 * uses the word of others too; a surname two persons named here share
 * names neither (add_docalias). */
static void surname_alias(struct kg_extractor *x, size_t t, int de, struct common_words *cw, size_t end)
{
    struct kg_entmatch c;
    /* "Abdel Fattah al-Burhan ... Burhan said", "el-Sisi ... Sisi": the
     * name after an Arabic article joined to it, where the rest of the
     * article [t + 1, end) writes it alone, capitalised (looked for once
     * an article: a scan of the rest of it) */
    size_t an = arabic_article(x, t) + 1; /* (the name's offset in the key) */
    const char *key = tk(x, t) + an;
    size_t kl = x->tok.v[t].klen - an;
    if (an > 1 && kl >= 4 && !memchr(key, '-', kl) && !x->dents[de].tail_sought++) {
        /* (alone, and never a word of another's name in the rest of the
         * article: "Saif al-Adel ... Adel al-Jubeir ... Adel said" names
         * no one; nor a word the article uses of others) */
        size_t alone = 0;
        int shared = 0;
        for (size_t u = t + 1; u < end && !shared; u++) {
            if (x->tok.v[u].klen != kl || !(x->tok.v[u].flags & KG_TOK_CAP) || memcmp(tk(x, u), key, kl))
                continue;
            if ((u + 1 < end && (x->tok.v[u + 1].flags & KG_TOK_CAP) && (x->tok.v[u + 1].flags & KG_TOK_WORD)) ||
                ((x->tok.v[u - 1].flags & KG_TOK_CAP) && (x->tok.v[u - 1].flags & KG_TOK_WORD)))
                shared = 1;
            else if (!alone)
                alone = u;
        }
        if (alone && !shared) {
            match_entity(x, alone, alone + 1, &c);
            if (cw->n == (size_t)-1)
                common_words(x, cw);
            int other = c.len || c.dlen;
            for (size_t k = 0; k < cw->n && !other; k++)
                other = same_words(x, cw->at[k], alone, 1);
            if (!other)
                add_docalias(x, alone, alone + 1, de);
        }
    }
    match_entity(x, t, t + 1, &c);
    if (c.len || c.dlen || x->tok.v[t].klen < 4 || !(x->tok.v[t].flags & KG_TOK_CAP) ||
        (x->tok.v[t].flags & KG_TOK_ALLCAPS))
        return;
    if (cw->n == (size_t)-1)
        common_words(x, cw);
    for (size_t k = 0; k < cw->n; k++) {
        size_t u = cw->at[k];
        if (u != t && same_words(x, u, t, 1))
            return;
    }
    add_docalias(x, t, t + 1, de);
}

/* Learn tokens [i, e) as a place named in the article, unless the name in
 * [i, j) starts with a name or demonym the lexicon knows; 1 when learnt. */
static int learn_place(struct kg_extractor *x, size_t i, size_t j, size_t e, struct kg_buf *s)
{
    struct kg_entmatch dc;
    match_entity(x, i, j, &dc);
    if (dc.len || dc.dlen)
        return 0;
    surface(x, i, e, s);
    add_docalias(x, i, e, dent_by_label(x, s->buf, KG_GPE));
    return 1;
}

/* name_run(x, i, end), asked by several rules at one token of
 * learn_names: made once (*memo (size_t)-1 until then).  A run shorter
 * than two may be told as 0: every rule that asks takes only runs of two
 * or more (a rule that would take a run of one must call name_run). */
static inline __attribute__((always_inline)) size_t name_run_once(const struct kg_extractor *x, size_t i, size_t end,
                                                                  size_t *memo)
{
    /* (a run of two needs a name word first and a second word that may
     * go on with it: a name word, a capitalised title or a particle, which
     * is of at most three bytes; name_run's own tests, so change both.
     * Most capitalised words have none after them.  Always inlined: its
     * memo then stays in a register) */
    if (*memo == (size_t)-1)
        *memo = is_name_word(x, i) && i + 1 < end &&
                        ((x->tokany[i + 1] & KG_ANY_NAME) || (x->tok.v[i + 1].flags & KG_TOK_CAP) ||
                         x->tok.v[i + 1].klen <= 3)
                    ? name_run(x, i, end)
                    : 0;
    return *memo;
}

/* The first token in [i, end) that may start a name, else end.  (Most
 * words start nothing: a lower-case word that is no name word, no alias
 * or demonym, and no title or person noun to open a name with; passed
 * over by their bits in sm->name, NAME_START_ANY.) */
static inline size_t next_name_start(const struct start_masks *sm, size_t i, size_t end)
{
    return next_start(sm, sm->name, i, end);
}

/* The most words learn_names reads of one name (with its "of", "for the",
 * "and"), and the most titles before one ("Deputy Prime Minister and
 * Foreign Minister"): the longest real ones are ten words and three
 * titles.  Without a bound each word of a long run of capitalised words or
 * of titles ("Mr Mr Mr ...") read the run to its end, and a sentence took
 * time in the square of its length. */
#define KG_NAME_WORDS_MAX 16
#define KG_TITLES_MAX 8

static void learn_names(struct kg_extractor *x, const struct kg_article *a, const struct start_masks *sm)
{
    struct kg_buf s = KG_BUF_INIT;
    struct common_words cwords, *cw = &cwords; /* (found when a surname first asks) */
    cw->n = (size_t)-1;
    cw->sm = sm;
    const size_t art_end = a->s1 > a->s0 ? x->sents[a->s1 - 1].t1 : 0;
    for (size_t si = a->s0; si < a->s1; si++) {
        /* (the sentence's bounds in locals: stores through x would
         * otherwise make the compiler load them again for each rule) */
        const size_t first = x->sents[si].t0, end = x->sents[si].t1;
        for (size_t i = first; (i = next_name_start(sm, i, end)) < end; i++) {
            struct kg_entmatch c;
            match_entity(x, i, end, &c);
            size_t run_here = (size_t)-1; /* name_run(x, i, end), once asked */
            /* Full Name (ACRONYM) */
            size_t run = 0, j = i;
            const size_t most = end - i > KG_NAME_WORDS_MAX ? i + KG_NAME_WORDS_MAX : end; /* (j's bound) */
            while (j < most && (is_name_word(x, j) || (j > i && j + 1 < end && is_name_word(x, j + 1) &&
                                                      (tis(x, j, "of") || tis(x, j, "for") ||
                                                       /* (not after a typed name: "Rockside
                                                        * Enterprise and Akhtar Limited") */
                                                       (tis(x, j, "and") && !tcls(x, j - 1, KG_W_ORGHEAD)) ||
                                                       is_particle(x, j)))))
                j++;
            /* ("Strategic Framework for the Defence of the People of Azawad
             * (CSP-DPA)": "of the", "for the" inside a name its acronym
             * closes) */
            for (size_t k = j; k + 3 < most && j >= i + 2 && (tis(x, k, "of") || tis(x, k, "for")) && tis(x, k + 1, "the") &&
                               is_name_word(x, k + 2);) {
                size_t e = k + 2;
                while (e < most && (is_name_word(x, e) || ((tis(x, e, "of") || tis(x, e, "for")) && e + 1 < end &&
                                                          is_name_word(x, e + 1))))
                    e++;
                /* (no known name after it: not "Fitna al-Khawarij for the
                 * Tehreek-e-Taliban Pakistan (TTP)") */
                int known = 0;
                for (size_t u = k + 2; u < e && !known; u++) {
                    struct kg_entmatch kc;
                    match_entity(x, u, e, &kc);
                    known = kc.len > 0;
                }
                if (!known && e + 2 < end && tis(x, e, "(") && (x->tok.v[e + 1].flags & KG_TOK_ALLCAPS) &&
                    tis(x, e + 2, ")"))
                    j = e;
                else if (e < end && (tis(x, e, "of") || tis(x, e, "for")) && e + 1 < end && tis(x, e + 1, "the")) {
                    k = e;
                    continue;
                }
                break;
            }
            run = j - i;
            int acronym = run >= 2 && j + 2 < end && tis(x, j, "(") && (x->tok.v[j + 1].flags & KG_TOK_ALLCAPS) &&
                          tis(x, j + 2, ")");
            /* (not known names joined by "and", the tail of a longer
             * name: "Observer Group in India and Pakistan (UNMOGIP)"; only
             * asked of a name an acronym follows) */
            int known_only = acronym && run >= 3;
            for (size_t u = i; u < j && known_only;) {
                struct kg_entmatch kc;
                match_entity(x, u, j, &kc);
                if (kc.len)
                    u += (size_t)kc.len;
                else if (tis(x, u, "and") && u > i)
                    u++;
                else
                    known_only = 0;
            }
            if (acronym && !known_only) {
                int de;
                if (c.len == (int)run) {
                    de = dent_for_lex(x, c.ent);
                } else {
                    int ty = head_type(x, j - 1);
                    surface(x, i, j, &s);
                    de = dent_by_label(x, s.buf, ty < 0 ? KG_ORG : ty);
                    add_docalias(x, i, j, de);
                }
                struct kg_entmatch ac;
                match_entity(x, j + 1, j + 2, &ac);
                if (!ac.len)
                    add_docalias(x, j + 1, j + 2, de);
                i = j + 2;
                continue;
            }
            /* "Georgetown University", "Kabul University", "the Congo
             * River": a place's name opening an organisation's or a
             * feature's, typed by its head (not a state's organ, "Islamabad
             * Police") */
            if (c.len == 1 && !c.dlen && run >= 2 && run <= 4 &&
                (x->lx.ents[c.ent].type == KG_GPE || x->lx.ents[c.ent].type == KG_LOC)) {
                int ty = head_type(x, j - 1);
                struct kg_entmatch rc;
                match_entity(x, i + 1, j, &rc);
                if (((ty == KG_ORG && !tcls(x, j - 1, KG_W_ORGAN)) || ty == KG_LOC) && !rc.len && !rc.dlen &&
                    !is_organ(x, i + 1, j) && !tis(x, j - 1, "and")) {
                    surface(x, i, j, &s);
                    add_docalias(x, i, j, dent_by_label(x, s.buf, ty));
                    i = j - 1;
                    continue;
                }
            }
            if (c.len) {
                /* a person the lexicon knows by full name: the surname alone
                 * names them in the rest of the article */
                if (c.len >= 2 && x->lx.ents[c.ent].type == KG_PERSON)
                    surname_alias(x, i + (size_t)c.len - 1, dent_for_lex(x, c.ent), cw, art_end);
                i += (size_t)c.len - 1;
                continue;
            }
            /* office / rank / honorific + name */
            int tl = kg_match_class(x, i, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) |
                                                   KG_WBIT(KG_W_HONORIFIC));
            /* (a trade after a state's name or demonym too: "Pakistani
             * tycoon Malik Riaz", "Somali billionaire Abdirashid Duale") */
            /* (not a company: "Nigerian billionaire Dangote Group", "Pakistani
             * tycoon Bahria Town chairman X") */
            if (!tl && !(x->tok.v[i].flags & KG_TOK_CAP) && i > first && (x->tokany[i - 1] & KG_ANY_ENT) &&
                (x->tok.v[i - 1].flags & KG_TOK_CAP) && i + 1 < end && !(x->tok.v[i + 1].flags & KG_TOK_ALLCAPS)) {
                int pl = kg_match_class(x, i, end, KG_WBIT(KG_W_PERSONNOUN));
                size_t pn = pl ? name_run(x, i + (size_t)pl, end) : 0, pe = i + (size_t)pl + pn;
                if (pn >= 2 && head_type(x, pe - 1) < 0 &&
                    !(pe < end && kg_match_class(x, pe, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK))))
                    tl = pl;
            }
            /* a lower-case office only in an apposition ("his counterpart,
             * John Doe"), or after its state or organ ("Iran's foreign
             * ministry spokesman Esmaeil Baghaei", "US envoy John Doe") */
            if (tl && !(x->tok.v[i].flags & KG_TOK_CAP) &&
                !(tis(x, i + (size_t)tl, ",") && i + (size_t)tl + 1 < end &&
                  name_run(x, i + (size_t)tl + 1, end) >= 2) &&
                !(i > first &&
                  (tis(x, i - 1, "'s") || (x->tokany[i - 1] & KG_ANY_ENT) ||
                   kg_match_class(x, i - 1, i, KG_WBIT(KG_W_ORGAN)) ||
                   (i > first + 1 && kg_match_class(x, i - 2, i, KG_WBIT(KG_W_ORGAN)) == 2)) &&
                  name_run(x, i + (size_t)tl, end) >= 2))
                tl = 0;
            if (tl) {
                size_t k = i + (size_t)tl;
                for (int titles = 1; titles < KG_TITLES_MAX; titles++) {
                    while (k < end && (tis(x, k, ".") || tis(x, k, ",")))
                        k++;
                    int more = kg_match_class(x, k, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) |
                                                             KG_WBIT(KG_W_HONORIFIC));
                    if (!more || !(x->tok.v[k].flags & KG_TOK_CAP))
                        break;
                    k += (size_t)more;
                }
                size_t n = k < end ? name_run(x, k, end) : 0;
                if (n >= 2) {
                    struct kg_entmatch nc;
                    match_entity(x, k, k + n, &nc);
                    /* "Crown Prince Mohammed bin Salman al-Saud": a known
                     * person and a trailing dynasty name */
                    if (nc.len >= 2 && nc.len < (int)n && x->lx.ents[nc.ent].type == KG_PERSON) {
                        size_t m2 = n;
                        while (m2 > (size_t)nc.len && !(x->tok.v[k + m2 - 1].flags & KG_TOK_CAP))
                            m2--;
                        if (m2 == (size_t)nc.len)
                            n = m2;
                    }
                    if (nc.len != (int)n && !is_organ(x, k, k + n) && head_type(x, k + n - 1) < 0)
                        learn_person(x, k, k + n, &s);
                    /* "Prime Minister Shehbaz Sharif": a known person */
                    else if (nc.len == (int)n && n >= 2 && x->lx.ents[nc.ent].type == KG_PERSON)
                        surname_alias(x, k + n - 1, dent_for_lex(x, nc.ent), cw, art_end);
                    i = k + n - 1;
                }
                continue;
            }
            /* "Abdirahman Mohamed Abdullahi was sworn in as president",
             * "John Doe was elected ...": who takes an office is a person */
            if ((x->tok.v[i].flags & KG_TOK_CAP) && !(i > first && is_name_word(x, i - 1))) {
                size_t n = name_run_once(x, i, end, &run_here);
                size_t v = i + n;
                if (n >= 2 && n <= 4 && v + 1 < end &&
                    (tis(x, v, "was") || tis(x, v, "is") || tis(x, v, "has") || tis(x, v, "had"))) {
                    if (tis(x, v + 1, "been") && v + 2 < end)
                        v++;
                    struct kg_entmatch nc;
                    /* (and an office after it: not "Mogadishu Stadium was
                     * elected as the venue", "was appointed to monitor") */
                    int office = 0;
                    for (size_t w = v + 2; w < end && w < v + 7 && !office; w++)
                        office = kg_match_class(x, w, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) > 0;
                    if (office && (tis(x, v + 1, "sworn") || tis(x, v + 1, "elected") || tis(x, v + 1, "re-elected") ||
                                   tis(x, v + 1, "appointed") || tis(x, v + 1, "nominated") ||
                                   tis(x, v + 1, "inaugurated"))) {
                        match_entity(x, i, i + n, &nc);
                        if (!nc.len && !nc.dlen && !is_organ(x, i, i + n) && head_type(x, i + n - 1) < 0 &&
                            !(x->tok.v[i].flags & KG_TOK_ALLCAPS)) {
                            learn_person(x, i, i + n, &s);
                            i += n - 1;
                            continue;
                        }
                    }
                }
            }
            /* "the foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov":
             * a name joined by "and" to a person's name */
            if ((x->tok.v[i].flags & KG_TOK_CAP) && i > first + 2 && tis(x, i - 1, "and") &&
                is_name_word(x, i - 2)) {
                size_t b = i - 2;
                while (b > first && b + 4 > i - 1 && is_name_word(x, b - 1))
                    b--;
                struct kg_entmatch pc;
                int pde = -1;
                match_entity(x, b, i - 1, &pc);
                int known = (pc.len == (int)(i - 1 - b) && x->lx.ents[pc.ent].type == KG_PERSON) ||
                            (match_docalias(x, b, i - 1, &pde) == (int)(i - 1 - b) && x->dents[pde].type == KG_PERSON);
                size_t n = known ? name_run_once(x, i, end, &run_here) : 0;
                struct kg_entmatch nc;
                /* (not a title's portfolio: "Netanyahu and Strategic
                 * Affairs Minister Ron Dermer") */
                if (n && i + n < end && kg_match_class(x, i + n, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)))
                    n = 0;
                if (n >= 2 && n <= 3 && (i + n >= end || !is_name_word(x, i + n))) {
                    match_entity(x, i, i + n, &nc);
                    if (!nc.len && !nc.dlen && !is_organ(x, i, i + n) && head_type(x, i + n - 1) < 0) {
                        learn_person(x, i, i + n, &s);
                        i += n - 1;
                        continue;
                    }
                }
            }
            /* "a gang led by Luckson Elan", "the group founded by John
             * Doe": who leads is a person */
            if ((x->tok.v[i].flags & KG_TOK_CAP) && i > first + 1 && tis(x, i - 1, "by") &&
                (tis(x, i - 2, "led") || tis(x, i - 2, "headed") || tis(x, i - 2, "commanded") ||
                 tis(x, i - 2, "founded"))) {
                size_t n = name_run_once(x, i, end, &run_here);
                struct kg_entmatch nc;
                /* (the name ends its phrase: not "led by Red Crescent
                 * workers") */
                int ends = i + n >= end || !(x->tok.v[i + n].flags & KG_TOK_WORD) || tis(x, i + n, "and") ||
                           tis(x, i + n, "who") || tis(x, i + n, "in") || tis(x, i + n, "of") ||
                           tis(x, i + n, "since") || tis(x, i + n, "for") || tis(x, i + n, "from");
                if (n >= 2 && n <= 3 && ends) {
                    match_entity(x, i, i + n, &nc);
                    if (!nc.len && !nc.dlen && !is_organ(x, i, i + n) && head_type(x, i + n - 1) < 0) {
                        learn_person(x, i, i + n, &s);
                        i += n - 1;
                        continue;
                    }
                }
            }
            /* a capitalised run that starts with a given name: a person
             * ("freed Jane Roe and ...") */
            if ((x->cls[i] & KG_WBIT(KG_W_GIVEN)) && (x->tok.v[i].flags & KG_TOK_CAP) &&
                !(i > first && is_name_word(x, i - 1))) {
                size_t n = name_run_once(x, i, end, &run_here);
                /* (five words with particles: "Juan Ramon de la Fuente") */
                int particles = 0;
                for (size_t u = i + 1; u + 1 < i + n; u++)
                    particles += is_particle(x, u);
                if (n >= 2 && n <= 4 + (size_t)particles) {
                    struct kg_entmatch nc;
                    match_entity(x, i, i + n, &nc);
                    if (!nc.len && !nc.dlen && !is_organ(x, i, i + n) && head_type(x, i + n - 1) < 0) {
                        learn_person(x, i, i + n, &s);
                        i += n - 1;
                        continue;
                    }
                }
            }
            /* a capitalised run of two or three words apposed to an office:
             * "Fu Cong, China's permanent representative," */
            /* (an opening adverb is no word of the name: "Meanwhile Zhang
             * Wei, China's envoy,") */
            if ((x->tok.v[i].flags & KG_TOK_CAP) &&
                !(i > first && is_name_word(x, i - 1) &&
                  !(i - 1 == first && in_list(x, i - 1, SET_ADVERB))) &&
                !(x->cls[i] & KG_WBIT(KG_W_OFFICE)) && !in_list(x, i, SET_ADVERB)) {
                size_t n = name_run_once(x, i, end, &run_here);
                /* (or a relative clause on a person: "Shazia Lehri, who
                 * lectures at") */
                if (n >= 2 && n <= 3 && i + n + 1 < end && tis(x, i + n, ",")) {
                    /* (not a description: "an Indiana Republican, who") */
                    int office = kg_apposed_title(x, i + n + 1, end, KG_WBIT(KG_W_PERSONNOUN)) > 0 ||
                                 (tis(x, i + n + 1, "who") &&
                                  !(i > first && (tis(x, i - 1, "a") || tis(x, i - 1, "an") || tis(x, i - 1, "the"))));
                    struct kg_entmatch nc;
                    match_entity(x, i, i + n, &nc);
                    if (office && !nc.len && !nc.dlen && !is_organ(x, i, i + n) && head_type(x, i + n - 1) < 0) {
                        learn_person(x, i, i + n, &s);
                        i += n - 1;
                        continue;
                    }
                }
            }
            /* "the town of Deoband", "the village of Nakyal": a place */
            if (run >= 1 && run <= 3 && i > first + 1 && tis(x, i - 1, "of") && !c.dlen &&
                (x->tok.v[i].flags & KG_TOK_CAP) && !tis(x, i, "many") && !tis(x, i, "all") && !tis(x, i, "some") &&
                (tis(x, i - 2, "town") || tis(x, i - 2, "city") || tis(x, i - 2, "village") ||
                 tis(x, i - 2, "towns") || tis(x, i - 2, "port"))) {
                if (learn_place(x, i, j, j, &s)) {
                    i = j - 1;
                    continue;
                }
            }
            /* "the Dangam district", "Sperah district": an unknown name and
             * a lower-case word of an administrative unit (class unit:
             * district, province, tehsil; not any gpehead word: "the
             * Infantry division", "the Holy city") */
            /* (not a word that only describes it: "Every district",
             * "the Tribal district of Bajaur", "the Home district") */
            static const struct kg_lit describes[] = {
                KG_LIT("every"),  KG_LIT("each"),    KG_LIT("another"),  KG_LIT("one"),     KG_LIT("any"),
                KG_LIT("some"),   KG_LIT("no"),      KG_LIT("other"),    KG_LIT("this"),    KG_LIT("that"),
                KG_LIT("home"),   KG_LIT("tribal"),  KG_LIT("federal"),  KG_LIT("provincial"), KG_LIT("border"),
                KG_LIT("rural"),  KG_LIT("urban"),   KG_LIT("northern"), KG_LIT("southern"), KG_LIT("eastern"),
                KG_LIT("western"), KG_LIT("central"), KG_LIT("remote"),  KG_LIT("same"),    KG_LIT("new"),
                KG_LIT("neighbouring"), KG_LIT("neighboring"), KG_LIT("frontier"), KG_LIT("capital"), KG_LIT("many"),
                KG_LIT("which"),  KG_LIT("whose"),   KG_LIT("what"),     KG_LIT("his"),     KG_LIT("their"),
                KG_LIT("its"),    KG_LIT("our"),     KG_LIT("her"),      KG_LIT("restive"), KG_LIT("troubled"),
                /* (a sector of the economy: "the Energy sector") */
                KG_LIT("energy"), KG_LIT("power"),   KG_LIT("banking"),  KG_LIT("private"), KG_LIT("public"),
                KG_LIT("health"), KG_LIT("security"), KG_LIT("farm"),    KG_LIT("textile"), KG_LIT("financial"),
                KG_LIT("services"), KG_LIT("education"), KG_LIT("industrial"), KG_LIT("agricultural"),
                KG_LIT("manufacturing"), KG_LIT("defence"), KG_LIT("defense"), KG_LIT("oil"), KG_LIT("gas")};
            int described = 0;
            if (run >= 1 && run <= 3 && j < end && !c.dlen && (x->tok.v[i].flags & KG_TOK_CAP) &&
                !(x->cls[i] & KG_WBIT(KG_W_OFFICE)) && !(x->tok.v[j].flags & KG_TOK_CAP) &&
                ((x->tokph[j] && (x->tokph[j]->marks & KG_MARK_UNIT)) ||
                 /* (a sector of a front line, "the Nakyal sector"; not
                  * "Energy sector reforms", nor "the IT sector") */
                 (tis(x, j, "sector") && i > first && !(x->tok.v[i].flags & KG_TOK_ALLCAPS))) &&
                !(i > first && is_name_word(x, i - 1))) {
                described = 1; /* (a candidate: 2 when a word only describes) */
                for (size_t u = i; u < j && described == 1; u++)
                    if (tis_any(x, u, describes, sizeof describes / sizeof *describes))
                        described = 2;
            }
            if (described == 1 && learn_place(x, i, j, j + 1, &s)) {
                i = j;
                continue;
            }
            /* a capitalised run typed by its head word */
            if (run >= 2 && !(x->cls[i] & KG_WBIT(KG_W_OFFICE))) {
                int ty = head_type(x, j - 1);
                /* ("University of Balochistan", "Centre for Strategic
                 * Stability": an organisation's head before its "of" or
                 * "for") */
                if (ty < 0)
                    for (size_t u = i + 1; u + 1 < j; u++)
                        if (tis(x, u, "of") || tis(x, u, "for")) {
                            /* (not a state's organ: "Pakistan's Ministry
                             * of Industries") */
                            if (head_type(x, u - 1) == KG_ORG && !tcls(x, u - 1, KG_W_ORGAN) &&
                                !tis(x, u - 1, "ministry") && !tis(x, u - 1, "department") &&
                                !tis(x, u - 1, "office") && !tis(x, u - 1, "directorate") &&
                                !(i > first && tis(x, i - 1, "'s")))
                                ty = KG_ORG;
                            break;
                        }
                struct kg_entmatch dc;
                match_entity(x, i, j, &dc);
                /* (a demonym may open it when two words follow: "Saudi
                 * Press Agency", not "Afghan Army" or "Afghan Border
                 * Police", a state's organ) */
                struct kg_entmatch rc;
                if (dc.dlen)
                    match_entity(x, i + (size_t)dc.dlen, j, &rc);
                /* (nor one whose rest the lexicon knows: "The Iranian
                 * Revolutionary Guard Corps", "Pakistani Frontier Corps") */
                int dem_ok = (size_t)dc.dlen + 2 <= run && !tcls(x, j - 1, KG_W_ORGAN) && !(dc.dlen && rc.len);
                for (size_t u = i; dc.dlen && u < j; u++)
                    if (tis(x, u, "and"))
                        dem_ok = 0; /* ("Pakistani and Afghan Taliban") */
                /* (nor a word before a known name's "of", typed by that
                 * name's own head: "Fighters of Islamic State Sahel
                 * Province" is the group, not a new province) */
                int tail_known = 0;
                for (size_t u = i + 1; u + 1 < j && ty >= 0; u++)
                    if (tis(x, u, "of") || tis(x, u, "for")) {
                        struct kg_entmatch tc;
                        match_entity(x, u + 1, j, &tc);
                        tail_known = tc.len == (int)(j - u - 1) && head_type(x, u - 1) < 0;
                        break;
                    }
                if (ty >= 0 && !tail_known && (!dc.dlen || dem_ok) && !is_organ(x, i, j) && !is_organ(x, i + 1, j) &&
                    !tis(x, j - 1, "and")) {
                    surface(x, i, j, &s);
                    add_docalias(x, i, j, dent_by_label(x, s.buf, ty));
                    i = j - 1;
                }
            }
        }
    }
    kg_buf_release(&s);
}

/* ---- pass 2: mentions ---- */

/* "Its ambassador, Fu Cong, ...": the organisation or state, named in this
 * or the previous sentence, that the known person after the title serves
 * (roles.csv); -1. */
static int owner_by_role(struct kg_extractor *x, size_t i, size_t end, size_t si)
{
    size_t v = i + 1;
    while (v < end && v < i + 6 && !tis(x, v, ","))
        v++;
    if (v + 1 >= end || !tis(x, v, ","))
        return -1;
    struct kg_entmatch ec;
    match_entity(x, v + 1, end, &ec);
    if (!ec.len || x->lx.ents[ec.ent].type != KG_PERSON)
        return -1;
    /* (a post first, then the person's country: Noor Wali Mehsud leads
     * the TTP and is Pakistani) */
    for (int pass = 0; pass < 2; pass++)
        for (size_t m = x->nments; m-- > 0;) {
            const struct kg_mention *mm = &x->ments[m];
            if (mm->sent + 1 < si)
                break;
            int lex = x->dents[mm->de].lex;
            if (lex < 0 || (mm->flags & (KG_M_DATELINE | KG_M_PLACE)))
                continue;
            if (pass && x->lx.ents[ec.ent].country == lex)
                return mm->de;
            for (int r = pass ? -1 : x->lx.ents[ec.ent].role; r >= 0; r = x->lx.roles[r].next)
                if (x->lx.roles[r].of == lex)
                    return mm->de;
        }
    return -1;
}

/* A preposition or time word that may follow a place ("the Afghan capital
 * on Monday", "... for talks"). */
static int is_prepword(const struct kg_extractor *x, size_t t)
{
    static const struct kg_lit p[] = {KG_LIT("on"),   KG_LIT("for"),  KG_LIT("to"),   KG_LIT("from"), KG_LIT("last"),
                                      KG_LIT("this"), KG_LIT("next"), KG_LIT("with"), KG_LIT("by"),   KG_LIT("of"),
                                      KG_LIT("earlier"), KG_LIT("later"), KG_LIT("at"), KG_LIT("in"), KG_LIT("after"),
                                      KG_LIT("before"), KG_LIT("during"), KG_LIT("since"), KG_LIT("yesterday"),
                                      KG_LIT("today"), KG_LIT("where"), KG_LIT("was"), KG_LIT("is"), KG_LIT("had")};
    return tis_any(x, t, p, sizeof p / sizeof *p);
}

/* The lexicon's national capital of state entity st; -1. */
static int capital_of(const struct kg_extractor *x, int st)
{
    for (size_t e = 0; e < x->lx.nents; e++)
        if (x->lx.ents[e].capital && x->lx.ents[e].country == st)
            return (int)e;
    return -1;
}

/* Does sentence si open with a name and a verb of rejection ("The TTP
 * rejected the CTD's account")? */
static int rebuttal(const struct kg_extractor *x, size_t si)
{
    static const struct kg_lit rejects[] = {KG_LIT("rejected"), KG_LIT("denied"),   KG_LIT("dismissed"),
                                            KG_LIT("refuted"),  KG_LIT("rebuffed"), KG_LIT("disputed"),
                                            KG_LIT("rejects"),  KG_LIT("denies"),   KG_LIT("dismisses")};
    size_t t = x->sents[si].t0, end = x->sents[si].t1;
    if (t < end && tis(x, t, "the"))
        t++;
    if (t >= end || !(x->tok.v[t].flags & KG_TOK_CAP))
        return 0;
    while (t < end && (x->tok.v[t].flags & KG_TOK_CAP))
        t++;
    return t < end && tis_any(x, t, rejects, sizeof rejects / sizeof *rejects);
}

/* "Afghan soil", "Pakistani territory": the state's land, a place where
 * things happen or groups are based, never an actor. */
static __attribute__((noinline)) int is_soil_at(const struct kg_extractor *x, size_t last)
{
    return tis_any(x, last, set_lists[SET_SOIL].w, set_lists[SET_SOIL].n);
}
/* (in_list, with its quick no by the set inline and its list apart:
 * every lexicon name asks, nearly all are before none of those words) */
static inline __attribute__((always_inline)) int is_soil(const struct kg_extractor *x, size_t last)
{
    return in_set(x, last, SET_SOIL) && is_soil_at(x, last);
}

/* Is mention m (with those coordinated with it) a mediator: "by Qatar",
 * "which Qatar and Turkey mediated"? */
static int mediator_mention(const struct kg_extractor *x, size_t m)
{
    const struct kg_mention *mm = &x->ments[m];
    /* (the first of "by Qatar and Turkey") */
    size_t f = m;
    while (f > 0 && x->ments[f - 1].sent == mm->sent && x->ments[f - 1].t1 + 1 == x->ments[f].t0 &&
           (tis(x, x->ments[f - 1].t1, "and") || tis(x, x->ments[f - 1].t1, ",")))
        f--;
    if (x->ments[f].t0 > 0 && tis(x, x->ments[f].t0 - 1, "by"))
        return 1;
    size_t e = mm->t1;
    for (size_t k = m + 1; k < x->nments && x->ments[k].sent == mm->sent; k++) {
        if (x->ments[k].t0 == e + 1 && (tis(x, e, "and") || tis(x, e, ",")))
            e = x->ments[k].t1;
        else if (x->ments[k].t0 > e + 1)
            break;
    }
    /* (past ", which" and auxiliaries: "Washington and Riyadh, which
     * co-hosted talks between the two sides") */
    if (e + 2 < x->tok.n && tis(x, e, ",") && (tis(x, e + 1, "which") || tis(x, e + 1, "who")))
        e += 2;
    while (e + 1 < x->tok.n && (tis(x, e, "have") || tis(x, e, "has") || tis(x, e, "had") || tis(x, e, "been") ||
                                tis(x, e, "also") || tis(x, e, "jointly")))
        e++;
    int cue;
    for (int len = kg_match_cue(x, e, x->tok.n, &cue); len && cue >= 0; cue = x->lx.cues[cue].next)
        if (x->lx.cues[cue].relation == KG_REL_MEDIATES)
            return 1;
    /* ("co-hosted several rounds of negotiations") */
    static const struct kg_lit host[] = {KG_LIT("hosted"), KG_LIT("co-hosted"), KG_LIT("convened"),
                                         KG_LIT("chaired"), KG_LIT("arranged"), KG_LIT("hosts"),
                                         KG_LIT("co-hosts"), KG_LIT("hosting")};
    static const struct kg_lit talks[] = {KG_LIT("talks"), KG_LIT("negotiations"), KG_LIT("meeting"),
                                          KG_LIT("meetings"), KG_LIT("session"), KG_LIT("sessions")};
    if (tis_any(x, e, host, sizeof host / sizeof *host))
        for (size_t k = e + 1; k < x->tok.n && k < e + 7; k++)
            if (tis_any(x, k, talks, sizeof talks / sizeof *talks))
                return 1;
    return 0;
}

enum { PAIR_NONE, PAIR_STATES, PAIR_SIDES, PAIR_PERSONS };

/* What "both X" / "the two X" refers to, by the noun X. */
static int pair_noun(const struct kg_extractor *x, size_t k)
{
    if (tis(x, k, "sides") || tis(x, k, "parties"))
        return PAIR_SIDES;
    if (tis(x, k, "countries") || tis(x, k, "neighbours") || tis(x, k, "neighbors") ||
        tis(x, k, "governments") || tis(x, k, "nations") || tis(x, k, "states"))
        return PAIR_STATES;
    if (tis(x, k, "men") || tis(x, k, "women") || tis(x, k, "leaders") || tis(x, k, "ministers") ||
        tis(x, k, "officials") || tis(x, k, "envoys") || tis(x, k, "diplomats"))
        return PAIR_PERSONS;
    return PAIR_NONE;
}

/* mentions looked back at for an antecedent */
#define KG_ANTECEDENTS 512

/* Store mention [t0, t1) of entity de (the caller has made room). */
static inline __attribute__((always_inline)) void put_mention(struct kg_extractor *x, size_t t0, size_t t1, int de,
                                                             unsigned flags, size_t sent)
{
    struct kg_mention *m = &x->ments[x->nments];
    m->t0 = t0;
    m->t1 = t1;
    m->de = de;
    m->flags = flags;
    m->sent = sent;
    for (size_t i = t0; i < t1; i++)
        x->tok_ment[i] = (int)x->nments;
    x->nments++;
    /* (kg_find_mentions compares the surface with the entity's label at
     * the sentence's end: a lexicon entity's label lies in the lexicon,
     * most often untouched in this article, a miss that loop waited on;
     * asked now, it comes while the rest of the sentence is looked at) */
    __builtin_prefetch(x->dents[de].label);
}

/* add_mention when x->ments is full: more room, then the mention.  (Apart,
 * not inlined, and called last: add_mention then saves no registers for
 * a call on its common path.) */
static __attribute__((noinline)) void grow_ments(struct kg_extractor *x, size_t t0, size_t t1, int de, unsigned flags,
                                                 size_t sent)
{
    KG_GROW(x->ments, x->nments + 1, x->ments_alloc);
    put_mention(x, t0, t1, de, flags, sent);
}

static void add_mention(struct kg_extractor *x, size_t t0, size_t t1, int de, unsigned flags, size_t sent)
{
    if (x->nments == x->ments_alloc) {
        grow_ments(x, t0, t1, de, flags, sent);
        return;
    }
    put_mention(x, t0, t1, de, flags, sent);
}

/* The last mention before token `before` in this article of a compatible
 * entity: type `type` (or -1 any); a GPE only if it is a state. */
static int last_of_type(struct kg_extractor *x, int type)
{
    for (size_t m = x->nments, k = 0; m-- > 0 && k < KG_ANTECEDENTS; k++) {
        const struct kg_mention *mm = &x->ments[m];
        if (mm->flags & KG_M_DATELINE)
            continue;
        const struct kg_dent *d = &x->dents[mm->de];
        if (d->type == type)
            return mm->de;
    }
    return -1;
}

/* The last organisation named that is no state's body ("the group" after
 * "a CIA drone" is not the CIA); -1. */
static int last_group(struct kg_extractor *x)
{
    for (size_t m = x->nments, k = 0; m-- > 0 && k < KG_ANTECEDENTS; k++) {
        const struct kg_mention *mm = &x->ments[m];
        const struct kg_dent *d = &x->dents[mm->de];
        if (!(mm->flags & KG_M_DATELINE) && d->type == KG_ORG && !(d->lex >= 0 && x->lx.ents[d->lex].state))
            return mm->de;
    }
    return -1;
}

/* He, she: with no person named before it in its sentence, the person the
 * previous sentence opens with (its subject, most often) rather than the
 * last one it names ("X was a brother of Y. He was ..." is X). */
static int person_antecedent(struct kg_extractor *x, size_t si, size_t t, const char *subj)
{
    /* (a coordinated clause's "and he" takes the sentence's subject when
     * that is the same pronoun: "In June he flew to Abu Dhabi, where X
     * received him, and he went on" is one man; not past a verb of saying
     * or a "who": "Trump said he spoke to Putin, who told him he would") */
    if (t > 0 && tis(x, t - 1, "and") && tis_n(x, t, subj, strlen(subj))) {
        size_t first = x->nments;
        for (size_t m = x->nments; m-- > 0 && x->ments[m].sent == si;)
            if (x->dents[x->ments[m].de].type == KG_PERSON)
                first = m;
        const struct kg_mention *fm = first < x->nments ? &x->ments[first] : NULL;
        int ok = fm && (fm->flags & KG_M_PRONOUN) && fm->t1 == fm->t0 + 1 && tis_n(x, fm->t0, subj, strlen(subj));
        for (size_t u = fm ? fm->t1 : t; ok && u < t; u++)
            ok = !tcls(x, u, KG_W_REPORT) && !tis(x, u, "who") && !tis(x, u, "told");
        if (ok)
            return fm->de;
    }
    /* (an object pronoun right after a named person's verb is not that
     * person: "where Hakan Fidan received him" is the sentence's "he") */
    static const struct kg_lit obj[] = {KG_LIT("him"), KG_LIT("her")};
    if (t > 1 && tis_any(x, t, obj, 2) && kg_tok_ed(x, t - 1) && x->tok_ment[t - 2] >= 0) {
        const struct kg_mention *vm = &x->ments[x->tok_ment[t - 2]];
        const struct kg_mention *fm = NULL;
        for (size_t m = x->nments; m-- > 0 && x->ments[m].sent == si;)
            if (x->dents[x->ments[m].de].type == KG_PERSON)
                fm = &x->ments[m];
        if (!(vm->flags & KG_M_PRONOUN) && x->dents[vm->de].type == KG_PERSON && fm && fm != vm &&
            (fm->flags & KG_M_PRONOUN) && fm->t1 == fm->t0 + 1 && tis_n(x, fm->t0, subj, strlen(subj)) && fm->de != vm->de)
            return fm->de;
    }
    size_t first = x->nments;
    for (size_t m = x->nments; m-- > 0;) {
        const struct kg_mention *mm = &x->ments[m];
        if (mm->sent == si && x->dents[mm->de].type == KG_PERSON && !(mm->flags & KG_M_DATELINE))
            return last_of_type(x, KG_PERSON);
        if (mm->sent + 1 < si)
            break;
        if (mm->sent + 1 == si)
            first = m;
    }
    /* (past the title's owner before the name: "SDF commander Mazloum
     * Abdi met al-Sharaa. He urged" is Abdi) */
    while (first + 1 < x->nments && x->ments[first + 1].sent + 1 == si &&
           x->dents[x->ments[first].de].type != KG_PERSON &&
           x->dents[x->ments[first + 1].de].type == KG_PERSON && x->ments[first + 1].t0 <= x->ments[first].t1 + 2)
        first++;
    if (first < x->nments) {
        const struct kg_mention *mm = &x->ments[first];
        if (x->dents[mm->de].type == KG_PERSON && !(mm->flags & (KG_M_DATELINE | KG_M_TITLEOF)))
            return mm->de;
    }
    return last_of_type(x, KG_PERSON);
}

/* Is token n, after "the army" or "the military", one that leaves them
 * a noun phrase of their own: the end, punctuation, a possessive, a verb
 * of saying, an auxiliary or a verb's inflected form? */
static int army_noun(const struct kg_extractor *x, size_t n, size_t end)
{
    static const struct kg_lit aux[] = {KG_LIT("has"),  KG_LIT("have"), KG_LIT("had"),  KG_LIT("is"),
                                        KG_LIT("was"),  KG_LIT("were"), KG_LIT("are"),  KG_LIT("will"),
                                        KG_LIT("would"), KG_LIT("also"), KG_LIT("did"), KG_LIT("does"),
                                        KG_LIT("could"), KG_LIT("may"), KG_LIT("then"), KG_LIT("later")};
    if (n >= end || !(x->tok.v[n].flags & KG_TOK_WORD) || tis(x, n, "'s"))
        return !tis(x, n, "(");
    /* ("accused the army of using civilians": a charge's "of", not "the
     * army of Chad") */
    if (tis(x, n, "of"))
        return n + 1 < end && kg_tok_ing(x, n + 1) && !(x->tok.v[n + 1].flags & KG_TOK_CAP);
    if (x->tok.v[n].flags & KG_TOK_CAP)
        return 0;
    if (tcls(x, n, KG_W_REPORT) || tis_any(x, n, aux, sizeof aux / sizeof *aux))
        return 1;
    /* ("launched", "struck", "denies": a verb; "operation", "chief",
     * "cooperation": not) */
    const struct kg_phrase *p = x->tokph[n];
    if (p && p->cue >= 0 && x->lx.cues[p->cue].frame == KG_FRAME_VERB)
        return 1;
    size_t kl = x->tok.v[n].klen;
    const char *k = tk(x, n);
    return kl > 3 && k[kl - 2] == 'e' && k[kl - 1] == 'd';
}

/* The index of the last mention of document entity de, -1. */
static long last_named(const struct kg_extractor *x, int de)
{
    for (size_t m = x->nments; m-- > 0;)
        if (x->ments[m].de == de && !(x->ments[m].flags & KG_M_PRONOUN))
            return (long)m;
    return -1;
}

/* "the prime minister": the last person introduced with that office in this
 * article, else the holder of that office on the article's date (roles.csv).
 * The office is a title's ending ("minister" matches "foreign minister"), or
 * with same_class an office class (offices.csv); of_lex, when not -1, the
 * state or body it is of; except, a person not to give. */
static int resolve_office(struct kg_extractor *x, const char *office, int of_lex, int same_class, int except)
{
    int found = -1, named = -1;
    /* (by title: only the roles whose title ends so, from the lexicon's
     * index) */
    size_t nr = x->lx.nroles;
    const int *which = same_class ? NULL : kg_lexicon_roles_ending(&x->lx, office, strlen(office), &nr);
    for (size_t k = 0; k < nr; k++) {
        const struct kg_role *ro = &x->lx.roles[which ? which[k] : (int)k];
        if ((of_lex >= 0 && ro->of != of_lex) || ro->person == except)
            continue;
        if (same_class && strcmp(ro->office, office))
            continue;
        int dated = x->date && x->date[0];
        if (!kg_role_current(x, ro))
            continue;
        /* prefer a holder already named in the article, the one named last
         * when two are ("Ishaq Dar met Wang Yi ... the visiting foreign
         * minister"); with no date, only such a one (who held the office
         * when is not known) */
        int de = x->lex_dent[ro->person];
        if (de >= 0 && x->dents[de].mentions > 0) {
            if (named >= 0 && named != de && last_named(x, de) < last_named(x, named))
                continue;
            named = de;
            continue;
        }
        if (!dated)
            continue;
        if (found < 0 && x->lex_dent[ro->of] >= 0 && x->dents[x->lex_dent[ro->of]].mentions > 0)
            found = ro->person;
    }
    if (named >= 0)
        return named;
    return found >= 0 ? dent_for_lex(x, found) : -1;
}

/* "his Pakistani counterpart": the holder, in the state of the demonym
 * (of_lex), of the same state office (the same title, or one of the same
 * class: a premier is a prime minister's counterpart) that the person
 * "his" stands for holds (roles.csv, on the article's date when it has
 * one; with no date, only a holder the article names); -1.  A party or
 * group post has no counterpart. */
static int counterpart(struct kg_extractor *x, size_t i, int of_lex)
{
    if (!i || x->tok_ment[i - 1] < 0 || !(tis(x, i - 1, "his") || tis(x, i - 1, "her")))
        return -1;
    int de = x->ments[x->tok_ment[i - 1]].de, lex = x->dents[de].lex;
    if (lex < 0)
        return -1;
    for (int r = x->lx.ents[lex].role; r >= 0; r = x->lx.roles[r].next) {
        const struct kg_role *ro = &x->lx.roles[r];
        if (ro->of == of_lex || x->lx.ents[ro->of].type != KG_GPE || !kg_role_current(x, ro))
            continue;
        int pde = resolve_office(x, ro->office, of_lex, 1, lex);
        if (pde >= 0)
            return pde;
    }
    return -1;
}

int kg_adj_cue(const struct kg_extractor *x, int cue)
{
    for (int k = cue; k >= 0; k = x->lx.cues[k].next)
        if (x->lx.cues[k].frame == KG_FRAME_ADJ)
            return k;
    return -1;
}

/* The entity (or demonym's state) a hyphenated word's first part
 * [k, k + len) names, a capital as its state when `state`; -1. */
static int hyphen_prefix(const struct kg_extractor *x, const char *k, size_t len, int state)
{
    const struct kg_phrase *q = kg_lexicon_get(&x->lx, k, len);
    int e = q ? (q->demonym >= 0 ? q->demonym : q->ent) : -1;
    if (e >= 0 && state && q->demonym < 0 && x->lx.ents[e].capital == 1 && x->lx.ents[e].country >= 0)
        e = x->lx.ents[e].country;
    return e;
}

int kg_hyphen_modifier(const struct kg_extractor *x, size_t i, int *adj)
{
    const char *k = tk(x, i);
    const char *h = strrchr(k, '-');
    *adj = -1;
    if (!h || h == k)
        return -1;
    if (strcmp(h + 1, "based")) {
        const struct kg_phrase *p = kg_lexicon_get(&x->lx, h + 1, strlen(h + 1));
        if (!p || (*adj = kg_adj_cue(x, p->cue)) < 0)
            return -1;
    }
    /* (a capital for its state: "the Moscow-allied government"; but
     * "Islamabad-based" is the city) */
    return hyphen_prefix(x, k, (size_t)(h - k), *adj >= 0);
}

/* Is the cue at token e a noun ("strikes", "the Iranian strike", "Indian
 * support")?  A verb form after a nationality makes it a person ("an
 * Afghan attacked", "an Iranian sponsored"). */
static int event_noun(const struct kg_extractor *x, size_t e, int cue)
{
    int frame = x->lx.cues[cue].frame;
    if (frame == KG_FRAME_NOUN || frame == KG_FRAME_PAIR)
        return 1;
    static const struct kg_lit past[] = {KG_LIT("struck"), KG_LIT("fought"), KG_LIT("met"), KG_LIT("hit"),
                                         KG_LIT("held"), KG_LIT("shot"), KG_LIT("led"), KG_LIT("sought")};
    size_t kl = x->tok.v[e].klen;
    const char *k = tk(x, e);
    return !(kl > 2 && !memcmp(k + kl - 2, "ed", 2)) && !tis_any(x, e, past, sizeof past / sizeof *past);
}

/* Does a clause begin in [from, to)?  A subordinating word ("after",
 * "while"), ";", or ", and" / ", but" ("and" alone joins names). */
static int clause_between(const struct kg_extractor *x, size_t from, size_t to)
{
    for (size_t u = from; u < to; u++) {
        if (tis(x, u, ";") || (tis(x, u, ",") && (tis(x, u + 1, "and") || tis(x, u + 1, "but"))))
            return 1;
        if (tcls(x, u, KG_W_CLAUSE) && !tis(x, u, "and") && !tis(x, u, "or") && !tis(x, u, "as"))
            return 1;
    }
    return 0;
}

/* Do demonyms coordinated with the one ending before token e lead to an
 * organ ("... and Pakistani troops")? */
static int coordinated_demonyms(const struct kg_extractor *x, size_t e, size_t end)
{
    for (int k = 0; k < 4 && e + 1 < end && (tis(x, e, "and") || tis(x, e, ",")); k++) {
        struct kg_entmatch nc;
        match_entity(x, e + 1, end, &nc);
        if (!nc.dlen)
            return 0;
        /* "... and Pakistani officials", itself an alias of the state */
        if (nc.len > nc.dlen)
            return x->lx.ents[nc.ent].type == KG_GPE;
        e += 1 + (size_t)nc.dlen;
        if (kg_match_class(x, e, end, KG_WBIT(KG_W_ORGAN)))
            return 1;
    }
    return 0;
}

/* Is token i two names of the lexicon joined by one hyphen
 * ("india-pakistan", "us-china")?  Their entities, which must differ and
 * be states or organisations. */
static int hyphen_pair(const struct kg_extractor *x, size_t i, int *a, int *b)
{
    const char *k = tk(x, i);
    const char *h = strchr(k, '-');
    if (!h || h == k || strchr(h + 1, '-') || !h[1])
        return 0;
    const struct kg_phrase *p = kg_lexicon_get(&x->lx, k, (size_t)(h - k));
    const struct kg_phrase *q = kg_lexicon_get(&x->lx, h + 1, strlen(h + 1));
    if (!p || !q || p->ent < 0 || q->ent < 0 || p->caps || q->caps)
        return 0;
    /* (capitals for their states: "Moscow-Kyiv talks") */
    int a0 = x->lx.ents[p->ent].capital == 1 && x->lx.ents[p->ent].country >= 0 ? x->lx.ents[p->ent].country : p->ent;
    int b0 = x->lx.ents[q->ent].capital == 1 && x->lx.ents[q->ent].country >= 0 ? x->lx.ents[q->ent].country : q->ent;
    if (a0 == b0)
        return 0;
    for (int n = 0; n < 2; n++) {
        int t = x->lx.ents[n ? b0 : a0].type;
        if (t != KG_GPE && t != KG_ORG)
            return 0;
    }
    *a = a0;
    *b = b0;
    return 1;
}

/* The first four or eight bytes of a word, for a compare with a key of
 * that length and its NUL (w a literal: it folds to a constant). */
static inline unsigned lit4(const char *w)
{
    unsigned v;
    memcpy(&v, w, 4);
    return v;
}
static inline unsigned long long lit8(const char *w)
{
    unsigned long long v;
    memcpy(&v, w, 8);
    return v;
}

/* Is token i a word that opens a description or pair find_mentions_in
 * resolves: "the", "this", "both", "federal", "central", "provincial"?
 * (By a bit of its hash, then its length, then its key and NUL read as one
 * number: a key of three or four bytes is followed by its NUL, so four
 * bytes may be read, and eight of one of seven.  A rule that starts at
 * another word must add it to opener_words and to the switch.) */
static inline __attribute__((always_inline)) int is_opener(const struct kg_extractor *x, size_t i)
{
    /* (first a quick no from the token's hash, which lies beside its
     * flags: most other words read no key.  The set is opener_words':
     * a word missing there is never an opener; i < x->tok.n, which the
     * callers know, is not tested again) */
    if (!(x->word_sets[SET_OPENER] >> (x->tok.v[i].hash & 63) & 1))
        return 0;
    const char *k = tk(x, i);
    switch (x->tok.v[i].klen) {
    case 3:
        return lit4(k) == lit4("the");
    case 4:
        return lit4(k) == lit4("this") || lit4(k) == lit4("both");
    case 7:
        return lit8(k) == lit8("federal") || lit8(k) == lit8("central");
    case 10:
        return !memcmp(k, "provincial", 10);
    }
    return 0;
}

/* The first token in [i, end) find_mentions_in may start a mention at,
 * else end or a token past it.  (Most words are none of what its rules
 * start at: no alias or demonym, no learnt name (capitalised), no
 * hyphenated word, no pronoun, no opener; passed over by their bits in
 * sm->ment.  An opener is told there by its hash only: another word of
 * that hash goes no further than find_mentions_in's first test, "if
 * (!c.len && ...) continue", which must stay before any rule.) */
static inline size_t next_mention_start(const struct start_masks *sm, size_t i, size_t end)
{
    /* (most often a start later in i's 64-bit word of sm->ment: found
     * without next_start's bounds, which find_mentions_in does not need
     * there: its i is never past end, and a start at end or after it ends
     * its loop as end does) */
    size_t r = i - sm->t0;
    unsigned long long b = sm->ment[r >> 6] >> (r & 63);
    if (b)
        return i + (size_t)__builtin_ctzll(b);
    return next_start(sm, sm->ment, i, end);
}

static void find_mentions_in(struct kg_extractor *x, size_t si, const struct start_masks *sm)
{
    const struct kg_sent *s = &x->sents[si];
    /* (the sentence's bounds in locals: stores through x would otherwise
     * make the compiler load them again for each rule) */
    const size_t first = s->t0, end = s->t1;
    unsigned dl = s->dateline ? KG_M_DATELINE : 0;
    for (size_t i = first; (i = next_mention_start(sm, i, end)) < end; i++) {
        struct kg_entmatch c;
        int dde = -1;
        match_entity(x, i, end, &c);
        int dlen = match_docalias(x, i, end, &dde);
        /* (the article's own name wins a tie: "Nadia Qureshi ... Qureshi
         * said" is not the lexicon's Qureshi) */
        if (dlen > c.len || (dlen && dlen == c.len && x->dents[dde].lex < 0)) {
            add_mention(x, i, i + (size_t)dlen, dde, dl, si);
            i += (size_t)dlen - 1;
            continue;
        }
        if (!c.len && !c.dlen && !(x->tok.v[i].flags & KG_TOK_HYPHEN) && !tcls(x, i, KG_W_PRONOUN) && !is_opener(x, i))
            continue;
        int adj, q;
        /* "a Saudi-led coalition has fought", "the Hamas-led assault on
         * southern Israel": the leader acts through the force or the act
         * it leads */
        if (!c.len && !c.dlen && (x->tok.v[i].flags & KG_TOK_HYPHEN) && i + 1 < end && x->tok.v[i].klen > 4 &&
            !memcmp(tk(x, i) + x->tok.v[i].klen - 4, "-led", 4)) {
            int le = hyphen_prefix(x, tk(x, i), x->tok.v[i].klen - 4, 1);
            static const struct kg_lit forces[] = {KG_LIT("coalition"), KG_LIT("forces"), KG_LIT("force"),
                                                   KG_LIT("troops"), KG_LIT("alliance"), KG_LIT("mission"),
                                                   KG_LIT("bloc")};
            int cue;
            if (le >= 0 && x->lx.ents[le].type != KG_PERSON && tis_any(x, i + 1, forces, sizeof forces / sizeof *forces)) {
                add_mention(x, i, i + 2, dent_for_lex(x, le), dl | KG_M_COLLAPSED, si);
                i++;
                continue;
            }
            if (le >= 0 && x->lx.ents[le].type != KG_PERSON && kg_match_cue(x, i + 1, end, &cue) && event_noun(x, i + 1, cue)) {
                add_mention(x, i, i + 1, dent_for_lex(x, le), dl | KG_M_COLLAPSED | KG_M_ADJ, si);
                continue;
            }
        }
        if (!c.len && !c.dlen && (x->tok.v[i].flags & KG_TOK_HYPHEN) && (q = kg_hyphen_modifier(x, i, &adj)) >= 0) {
            add_mention(x, i, i + 1, dent_for_lex(x, q), dl | KG_M_QUAL, si);
            continue;
        }
        /* "the India-Pakistan fighting", "Pakistan-Afghanistan talks": two
         * names joined by a hyphen are a pair sharing the span */
        int pa, pb;
        if (!c.len && !c.dlen && (x->tok.v[i].flags & KG_TOK_HYPHEN) && hyphen_pair(x, i, &pa, &pb)) {
            /* (a qualifier: the pair modifies a noun, it is no actor) */
            add_mention(x, i, i + 1, dent_for_lex(x, pb), dl | KG_M_QUAL, si);
            add_mention(x, i, i + 1, dent_for_lex(x, pa), dl | KG_M_QUAL | KG_M_PAIR, si);
            continue;
        }
        /* "the federal government", "the provincial government": the
         * state or province of the province or city named last (this or
         * the three sentences before) */
        if (!c.len && !c.dlen && i > first && i + 1 < end && tis(x, i + 1, "government") && tis(x, i - 1, "the") &&
            (tis(x, i, "federal") || tis(x, i, "central") || tis(x, i, "provincial"))) {
            int de = -1;
            for (size_t m = x->nments; m-- > 0 && de < 0;) {
                const struct kg_mention *mm = &x->ments[m];
                if (mm->sent + 3 < si)
                    break;
                int lex = x->dents[mm->de].lex;
                if (lex < 0 || x->lx.ents[lex].type != KG_GPE || x->lx.ents[lex].country < 0)
                    continue;
                if (!tis(x, i, "provincial"))
                    de = dent_for_lex(x, x->lx.ents[lex].country);
                else if (!x->lx.ents[lex].capital) /* (a capital city is no province) */
                    de = mm->de;
            }
            if (de >= 0) {
                add_mention(x, i, i + 2, de, dl | KG_M_COLLAPSED, si);
                i++;
                continue;
            }
        }
        /* "the Afghan capital": the state's capital city, as a place */
        {
            int dn = c.dlen ? c.dlen : c.len == 1 ? 1 : 0;
            int st = c.dlen ? c.demonym : dn ? c.ent : -1;
            /* (not "the Pakistani capital markets"; the state's lexicon
             * entry read last: most names are before no "capital", and the
             * entry is often a miss) */
            size_t nx = i + (size_t)dn + 1;
            if (st >= 0 && i + (size_t)dn < end && tis(x, i + (size_t)dn, "capital") && i > first &&
                tis(x, i - 1, "the") && x->lx.ents[st].type == KG_GPE && x->lx.ents[st].country < 0 &&
                (nx >= end || !(x->tok.v[nx].flags & KG_TOK_WORD) || (x->tok.v[nx].flags & KG_TOK_CAP) ||
                 tcls(x, nx, KG_W_LOCPREP) || tcls(x, nx, KG_W_CLAUSE) || is_prepword(x, nx) ||
                 /* ("arrived in the Kyrgyz capital a day earlier") */
                 tis(x, nx, "a") || tis(x, nx, "an") || tis(x, nx, "the") || tis(x, nx, "last") ||
                 tis(x, nx, "this") || tis(x, nx, "next") || tis(x, nx, "earlier") || tis(x, nx, "later") ||
                 kg_day_name(x, nx))) {
                int cap = capital_of(x, st);
                if (cap >= 0) {
                    add_mention(x, i, i + (size_t)dn + 1, dent_for_lex(x, cap), dl | KG_M_PLACE, si);
                    i += (size_t)dn;
                    continue;
                }
            }
        }
        if (c.len && c.len >= c.dlen) {
            int de = dent_for_lex(x, c.ent);
            const struct kg_lexent *le = &x->lx.ents[c.ent];
            size_t e = i + (size_t)c.len;
            unsigned flags = dl;
            if (le->capital && le->country >= 0 && !dl) {
                /* a capital: a place after a locative preposition or a
                 * visit verb, otherwise its state as an actor */
                int place = i > first && tcls(x, i - 1, KG_W_LOCPREP);
                /* (but "an ally of Manila", "critics of Kabul": the state
                 * another stands to) */
                if (place && i > first + 1 && tis(x, i - 1, "of")) {
                    static const struct kg_lit kin[] = {
                        KG_LIT("ally"),    KG_LIT("allies"),   KG_LIT("partner"),  KG_LIT("partners"),
                        KG_LIT("friend"),  KG_LIT("friends"),  KG_LIT("backer"),   KG_LIT("backers"),
                        KG_LIT("critic"),  KG_LIT("critics"),  KG_LIT("rival"),    KG_LIT("rivals"),
                        KG_LIT("enemy"),   KG_LIT("enemies"),  KG_LIT("foe"),      KG_LIT("foes"),
                        KG_LIT("adversary"), KG_LIT("adversaries"), KG_LIT("supporter"), KG_LIT("supporters"),
                        KG_LIT("patron"),  KG_LIT("proxy"),    KG_LIT("proxies")};
                    if (tis_any(x, i - 2, kin, sizeof kin / sizeof *kin))
                        place = 0;
                }
                /* ("due in Kabul and Islamabad": coordinated with a place) */
                if (!place && i > first + 1 && (tis(x, i - 1, "and") || tis(x, i - 1, "or")) &&
                    x->tok_ment[i - 2] >= 0 && (x->ments[x->tok_ment[i - 2]].flags & KG_M_PLACE))
                    place = 1;
                if (i > first) {
                    const struct kg_phrase *p = x->tokph[i - 1];
                    if (p && p->cue >= 0 && x->lx.cues[p->cue].relation == KG_REL_VISITS)
                        place = 1;
                    /* (and one struck: "drones struck Kyiv", "JNIM attacked
                     * Bamako"; but a verb of war on a state is on the state,
                     * "the TTP has fought Islamabad for years") */
                    else if (p && p->cue >= 0 && x->lx.cues[p->cue].relation == KG_REL_ATTACKS &&
                             x->lx.cues[p->cue].frame == KG_FRAME_VERB && !x->lx.cues[p->cue].prep &&
                             strncmp(p->key, "fight", 5) && strncmp(p->key, "fought", 6))
                        place = 1;
                }
                /* "officials in Islamabad", "the government in Kabul": the
                 * mention spans the organ too */
                size_t organ_start = i;
                if (place && i >= first + 2 && tis(x, i - 1, "in")) {
                    for (size_t b = i - 1; b > first && b + 4 > i; b--)
                        if (kg_match_class(x, b - 1, i - 1, KG_WBIT(KG_W_ORGAN)) == (int)(i - b)) {
                            place = 0;
                            organ_start = b - 1;
                        }
                    /* "Hamas leaders in Doha" are not Qatar's */
                    if (organ_start < i && organ_start > first) {
                        int pm = x->tok_ment[organ_start - 1];
                        if (pm >= 0 && x->dents[x->ments[pm].de].lex != le->country) {
                            place = 1;
                            organ_start = i;
                        }
                    }
                    if (organ_start < i && x->tok_ment[organ_start] < 0) {
                        i = organ_start;
                    }
                }
                /* ("Islamabad's decision" is the state's; "Beirut's southern
                 * suburbs", "Kabul's airport" are the city's) */
                if (tis(x, e, "'s")) {
                    static const struct kg_lit parts[] = {
                        KG_LIT("suburbs"),  KG_LIT("suburb"),   KG_LIT("outskirts"), KG_LIT("airport"),
                        KG_LIT("streets"),  KG_LIT("centre"),   KG_LIT("center"),    KG_LIT("downtown"),
                        KG_LIT("neighbourhoods"), KG_LIT("neighborhoods"), KG_LIT("neighbourhood"),
                        KG_LIT("neighborhood"), KG_LIT("districts"), KG_LIT("port"), KG_LIT("harbour"),
                        KG_LIT("harbor"),   KG_LIT("old"),      KG_LIT("residents"), KG_LIT("skyline")};
                    static const struct kg_lit sides[] = {KG_LIT("southern"), KG_LIT("northern"), KG_LIT("eastern"),
                                                          KG_LIT("western"),  KG_LIT("central"),  KG_LIT("outer")};
                    size_t v = e + 1;
                    if (v + 1 < end && tis_any(x, v, sides, sizeof sides / sizeof *sides))
                        v++;
                    place = v < end && tis_any(x, v, parts, sizeof parts / sizeof *parts);
                }
                if (!place) {
                    de = dent_for_lex(x, le->country);
                    flags |= KG_M_COLLAPSED;
                } else {
                    flags |= KG_M_PLACE;
                }
            }
            /* "Maduro's government", "the Putin regime" aside: a leader's
             * government is their state, as the state's own is */
            if (le->type == KG_PERSON && le->country >= 0 && tis(x, e, "'s") && e + 1 < end &&
                (tis(x, e + 1, "government") || tis(x, e + 1, "administration") || tis(x, e + 1, "regime") ||
                 tis(x, e + 1, "cabinet"))) {
                add_mention(x, i, e + 2, dent_for_lex(x, le->country), dl | KG_M_COLLAPSED, si);
                i = e + 1;
                continue;
            }
            if (tis(x, e, "'s"))
                flags |= KG_M_POSS;
            /* (not an alias naming the state's rulers: "to the Afghan Taliban",
             * "with the Taliban government") */
            else if ((le->type == KG_GPE || le->type == KG_LOC) && !(flags & KG_M_COLLAPSED) && i > first &&
                     !tcls(x, e - 1, KG_W_ORGAN) && !tcls(x, e - 1, KG_W_ORGHEAD) &&
                     (tcls(x, i - 1, KG_W_LOCPREP) || (i > first + 1 && tis(x, i - 1, "the") &&
                                                        tcls(x, i - 2, KG_W_LOCPREP))))
                flags |= KG_M_PLACE;
            /* "in Najaf and Karbala": a place coordinated with a place */
            else if ((le->type == KG_GPE || le->type == KG_LOC) && !(flags & KG_M_COLLAPSED) && i > first + 1 &&
                     (tis(x, i - 1, "and") || tis(x, i - 1, ",") || tis(x, i - 1, "or")) &&
                     x->tok_ment[i - 2] >= 0 && (x->ments[x->tok_ment[i - 2]].flags & KG_M_PLACE))
                flags |= KG_M_PLACE;
            if (is_soil(x, e - 1))
                flags |= KG_M_PLACE;
            /* "a charge EU officials reject": a body's officials are the
             * body */
            if (le->type == KG_ORG && !(flags & KG_M_POSS) && e < end && tis(x, e, "officials"))
                e++;
            add_mention(x, i, e, de, flags, si);
            i = e - 1;
            continue;
        }
        if (c.dlen) {
            /* demonym + organ: the state; demonym + office: the office's state */
            size_t e = i + (size_t)c.dlen;
            int ol = kg_match_class(x, e, end, KG_WBIT(KG_W_ORGAN));
            int pl = kg_match_class(x, e, end, KG_WBIT(KG_W_PEOPLE));
            int tl = kg_match_class(x, e, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK));
            /* "Chinese Foreign Minister", "Iranian interior minister": up to
             * two words naming the portfolio before the office word */
            for (size_t w = e; !tl && !ol && !pl && w < e + 2 && w + 1 < end && (x->tok.v[w].flags & KG_TOK_WORD) &&
                               !(x->tokany[w] & (KG_ANY_ENT | KG_ANY_CUE));
                 w++) {
                int wl = kg_match_class(x, w + 1, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK));
                if (wl)
                    tl = (int)(w + 1 - e) + wl;
            }
            /* "Pakistani posts" are military ones, but not "Indian posts on
             * social media" */
            if (ol == 1 && tis(x, e, "posts") &&
                (tis(x, e + 1, "online") ||
                 (tis(x, e + 1, "on") && (tis(x, e + 2, "social") || tis(x, e + 2, "x") ||
                                          tis(x, e + 2, "twitter") || tis(x, e + 2, "facebook")))))
                ol = 0;
            int de = dent_for_lex(x, c.demonym);
            if (pl >= ol && pl) {
                i = e + (size_t)pl - 1;
            } else if (ol && ol >= tl) {
                add_mention(x, i, e + (size_t)ol, de,
                            dl | KG_M_COLLAPSED | (is_soil(x, e + (size_t)ol - 1) ? KG_M_PLACE : 0), si);
                i = e + (size_t)ol - 1;
            } else if (tl) {
                add_mention(x, i, e, de, dl | KG_M_TITLEOF, si);
                i = e - 1;
                /* "the Pakistani president": the holder of that office */
                size_t te = e + (size_t)tl;
                if (!(te < end && (x->tok.v[te].flags & KG_TOK_CAP))) {
                    int pde;
                    if (tl == 1 && (tis(x, e, "counterpart") || tis(x, e, "counterparts"))) {
                        /* (not "his Iraqi counterpart, John Doe", "..., acting
                         * prime minister John Doe": named) */
                        int named = 0;
                        if (te + 1 < end && tis(x, te, ","))
                            for (size_t v = te + 1; v < end && v < te + 8 && !named; v++) {
                                if (tis(x, v, ",") || tis(x, v, "."))
                                    break;
                                named = !kg_match_class(x, v, end, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) |
                                                                       KG_WBIT(KG_W_HONORIFIC)) &&
                                        name_run(x, v, end) >= 2;
                            }
                        pde = named ? -1 : counterpart(x, e - (size_t)c.dlen, c.demonym);
                    } else {
                        struct kg_buf o = KG_BUF_INIT;
                        join_keys(x, e, te, &o);
                        pde = resolve_office(x, o.buf, c.demonym, 0, -1);
                        kg_buf_release(&o);
                    }
                    if (pde >= 0) {
                        add_mention(x, e, te, pde, dl | KG_M_PRONOUN, si);
                        i = te - 1;
                    }
                }
            } else {
                /* demonym + an event noun: "Pakistani airstrikes", "the
                 * Iranian strike": the state acts */
                int cue;
                if (e < end && kg_match_cue(x, e, end, &cue) && event_noun(x, e, cue))
                    add_mention(x, i, e, de, dl | KG_M_COLLAPSED | KG_M_ADJ, si);
                /* "Afghan and Pakistani troops", "Iranian, Afghan and
                 * Pakistani officials": each demonym is a state */
                else if (coordinated_demonyms(x, e, end))
                    add_mention(x, i, e, de, dl | KG_M_COLLAPSED, si);
                i = e - 1;
            }
            continue;
        }
        /* pronouns and descriptions */
        if (tcls(x, i, KG_W_PRONOUN)) {
            int de = -1;
            if (tis(x, i, "he") || tis(x, i, "she") || tis(x, i, "his") || tis(x, i, "him") ||
                tis(x, i, "her"))
                de = person_antecedent(x, si, i, tis(x, i, "she") || tis(x, i, "her") ? "she" : "he");
            /* "it", "its": the last organisation or state, if named in this
             * or the previous sentence */
            /* "its territory", "its soil": land belongs to a state, and is
             * a place */
            int land = tis(x, i, "its") && i + 1 < end && is_soil(x, i + 1);
            /* "The Afghan Taliban said they had ...": "they" right after a
             * verb of saying is its speaker, when that is a group or a
             * state (an unnamed "they" stays unresolved) */
            if (tis(x, i, "they") && i > first + 1 && tcls(x, i - 1, KG_W_REPORT) && x->tok_ment[i - 2] >= 0) {
                const struct kg_mention *sp = &x->ments[x->tok_ment[i - 2]];
                const struct kg_dent *d = &x->dents[sp->de];
                /* (not a state's press or agency: "The ISPR said they had
                 * attacked ..." speaks of others) */
                if (!(sp->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_ADJ | KG_M_QUAL)) &&
                    ((d->type == KG_ORG && !(d->lex >= 0 && x->lx.ents[d->lex].state)) ||
                     kg_is_state(x, d)))
                    de = sp->de;
            }
            /* "Pakistan said its forces", "The United States condemned
             * China's actions and said that its pact": "it" or "its" right
             * after a verb of saying is its speaker, the mention before the
             * verb or, after "and", the sentence's subject */
            if ((tis(x, i, "it") || tis(x, i, "its")) && i > first + 1) {
                size_t v = tis(x, i - 1, "that") ? i - 1 : i;
                if (v > first + 1 && tcls(x, v - 1, KG_W_REPORT)) {
                    int sp = x->tok_ment[v - 2];
                    if (sp < 0 && tis(x, v - 2, "and") && x->tok_ment[first] >= 0)
                        sp = x->tok_ment[first];
                    else if (sp < 0 && tis(x, v - 2, "and") && first + 1 < end && tis(x, first, "the") &&
                             x->tok_ment[first + 1] >= 0)
                        sp = x->tok_ment[first + 1];
                    if (sp >= 0) {
                        const struct kg_mention *mm = &x->ments[sp];
                        const struct kg_dent *d = &x->dents[mm->de];
                        if (!(mm->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_ADJ | KG_M_QUAL)) &&
                            (d->type == KG_ORG || kg_is_state(x, d)))
                            de = mm->de;
                    }
                }
            }
            /* "The BLA, which Washington designated a terrorist group in
             * 2019, has stepped up its attacks": past a relative clause
             * closed by a comma, "it" and "its" are the opening subject's,
             * not a name inside the clause */
            if ((tis(x, i, "it") || tis(x, i, "its")) && de < 0) {
                size_t s0 = first + (tis(x, first, "the") ? 1 : 0);
                int om = s0 + 3 < i ? x->tok_ment[s0] : -1;
                const struct kg_mention *mm = om >= 0 ? &x->ments[om] : NULL;
                size_t close = 0;
                if (mm && mm->t0 == s0 && mm->t1 + 2 < i && tis(x, mm->t1, ",") && tcls(x, mm->t1 + 1, KG_W_RELPRO))
                    for (size_t v = mm->t1 + 2; v < i; v++)
                        if (tis(x, v, ",")) {
                            close = v;
                            break;
                        }
                int one = close > 0;
                for (size_t v = close + 1; one && v < i; v++)
                    one = !tis(x, v, ",") && !tis(x, v, "and") && !tcls(x, v, KG_W_RELPRO);
                const struct kg_dent *d = one ? &x->dents[mm->de] : NULL;
                if (d && !(mm->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_ADJ | KG_M_QUAL)) &&
                    (d->type == KG_ORG || kg_is_state(x, d)))
                    de = mm->de;
            }
            /* a sentence's opening "It": the first organisation or state
             * the previous sentence names (its topic, "The strongest group
             * is the BLA, which accuses Islamabad ... It has been led ...") */
            /* (only when that sentence's subject names none: "Pakistan
             * accused the BLA ... It denied" keeps the last) */
            if (tis(x, i, "it") && i == first && si > 0) {
                size_t m = x->nments;
                while (m > 0 && x->ments[m - 1].sent + 1 >= si)
                    m--;
                if (m < x->nments && x->ments[m].sent + 1 == si && x->ments[m].t0 <= x->sents[si - 1].t0 + 1)
                    m = x->nments;
                for (; m < x->nments && x->ments[m].sent + 1 == si && de < 0; m++) {
                    const struct kg_mention *mm = &x->ments[m];
                    const struct kg_dent *d = &x->dents[mm->de];
                    if (!(mm->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_ADJ | KG_M_QUAL | KG_M_PRONOUN)) &&
                        (d->type == KG_ORG || kg_is_state(x, d)))
                        de = mm->de;
                }
            }
            /* "Its ambassador, Fu Cong,": a person the lexicon knows
             * names the body "its" is, when one of them was just named */
            if (tis(x, i, "its") && de < 0)
                de = owner_by_role(x, i, end, si);
            if ((tis(x, i, "it") || tis(x, i, "its")) && de < 0) {
                for (size_t m = x->nments; m-- > 0;) {
                    const struct kg_mention *mm = &x->ments[m];
                    if (mm->sent + 1 < si)
                        break;
                    const struct kg_dent *d = &x->dents[mm->de];
                    /* (nor "Indian" in "Indian accusations that it ...") */
                    if (mm->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_ADJ | KG_M_QUAL))
                        continue;
                    /* (nor a possessor inside a clause: "The TTP rejected
                     * the CTD's account. Its spokesman said") */
                    /* (only when that sentence's subject rejects it: the
                     * rebuttal's author speaks next) */
                    if ((mm->flags & KG_M_POSS) && tis(x, i, "its") && mm->t0 > x->sents[mm->sent].t0 + 1 &&
                        mm->sent < si && (i == first || tis(x, i - 1, ",")) && rebuttal(x, mm->sent))
                        continue;
                    if ((d->type == KG_ORG && !land) ||
                        kg_is_state(x, d)) {
                        de = mm->de;
                        break;
                    }
                    if (d->type == KG_PERSON)
                        break;
                }
            }
            if (de >= 0)
                add_mention(x, i, i + 1, de,
                            dl | KG_M_PRONOUN | (land ? KG_M_PLACE : 0) |
                                (tis(x, i, "his") || tis(x, i, "its") || tis(x, i, "her") ? KG_M_POSS : 0),
                            si);
            continue;
        }
        /* "both countries", "the two sides": the last two states named;
         * "the two men", "both leaders": the last two persons */
        /* (and "the neighbours": a definite pair of states) */
        /* (after "the", most words are told no by the set of pair_words) */
        int the_pair = tis(x, i, "the") && i + 1 < end && in_set(x, i + 1, SET_PAIR);
        int neighbours = the_pair && (tis(x, i + 1, "neighbours") || tis(x, i + 1, "neighbors")) &&
                         !tis(x, i + 2, "of") && !tis(x, i + 2, "'s") && !(i > first && tis(x, i - 1, "all"));
        if (neighbours || ((tis(x, i, "both") || (the_pair && tis(x, i + 1, "two"))) && i + 2 < end)) {
            size_t k = i + (tis(x, i, "both") || neighbours ? 1 : 2);
            int kind = pair_noun(x, k);
            /* ("the two neighbours", "both neighbours" too) */
            neighbours = tis(x, k, "neighbours") || tis(x, k, "neighbors");
            int a1 = -1, a2 = -1, together = 0;
            /* a pair named together in the last three sentences first ("X
             * and Y agreed ... mediated by Qatar and Turkey. ... the two
             * governments"), not one in a "by" agent phrase; "the
             * neighbours" are the pair named together anywhere before (an
             * article's two neighbours, not the last two states named) */
            for (size_t m = x->nments; kind == PAIR_STATES && m-- > 1 && a2 < 0;) {
                const struct kg_mention *mq = &x->ments[m], *mp = &x->ments[m - 1];
                if (mq->sent + 3 < si && !neighbours)
                    break;
                if ((mq->sent == si && !clause_between(x, mq->t1, i)) || mq->t0 != mp->t1 + 1 ||
                    !tis(x, mp->t1, "and") || mp->de == mq->de || !kg_is_state(x, &x->dents[mp->de]) ||
                    !kg_is_state(x, &x->dents[mq->de]) || ((mp->flags | mq->flags) & (KG_M_DATELINE | KG_M_PLACE)) ||
                    mediator_mention(x, m - 1))
                    continue;
                a1 = mq->de;
                a2 = mp->de;
                together = 1;
            }
            /* the pair of an earlier sentence first: "Qatar and Turkey
             * mediated talks between the two neighbours" */
            for (int earlier = 1; earlier >= 0 && a2 < 0; earlier--)
            for (size_t m = x->nments, n = 0; kind && m-- > 0 && a2 < 0 && n < KG_ANTECEDENTS; n++) {
                if (n == 0)
                    a1 = -1;
                if (earlier && x->ments[m].sent == si && !clause_between(x, x->ments[m].t1, i))
                    continue;
                const struct kg_dent *d = &x->dents[x->ments[m].de];
                int state = kg_is_state(x, d);
                /* "sides" may be a state and a group; "countries" are states */
                int ok = kind == PAIR_PERSONS ? d->type == KG_PERSON
                                              : (state || (kind == PAIR_SIDES && d->type == KG_ORG)) &&
                                                    !(x->ments[m].flags & (KG_M_DATELINE | KG_M_PLACE)) &&
                                                    !mediator_mention(x, m);
                if (!ok)
                    continue;
                if (a1 < 0)
                    a1 = x->ments[m].de;
                else if (x->ments[m].de != a1)
                    a2 = x->ments[m].de;
            }
            /* (the last two, when both were named in this sentence or the
             * one before: "Pakistan opened talks with the TTP. The two sides
             * met three times"; else the two of the recent ones the article
             * has named most, its subject: an analysis's "both sides" after
             * a paragraph on others is still its two sides; a pair named
             * together, above, stays) */
            int recent = 0;
            for (size_t m = x->nments; a2 >= 0 && m-- > 0;)
                if (x->ments[m].de == a2) {
                    recent = x->ments[m].sent + 1 >= si;
                    break;
                }
            if (a2 >= 0 && kind != PAIR_PERSONS && !recent && !together) {
                int b1 = -1, b2 = -1;
                for (size_t m = x->nments, n = 0; m-- > 0 && n < KG_ANTECEDENTS; n++) {
                    if (x->ments[m].sent == si && !clause_between(x, x->ments[m].t1, i))
                        continue;
                    int de = x->ments[m].de;
                    const struct kg_dent *d = &x->dents[de];
                    /* (the cheap tests first: mediator_mention last) */
                    if (de == b1 || de == b2 || (b2 >= 0 && d->mentions <= x->dents[b2].mentions))
                        continue;
                    int ok = (kg_is_state(x, d) || (kind == PAIR_SIDES && d->type == KG_ORG)) &&
                             !(x->ments[m].flags & (KG_M_DATELINE | KG_M_PLACE)) && !mediator_mention(x, m);
                    if (!ok)
                        continue;
                    if (b1 < 0 || d->mentions > x->dents[b1].mentions) {
                        b2 = b1;
                        b1 = de;
                    } else if (b2 < 0 || d->mentions > x->dents[b2].mentions) {
                        b2 = de;
                    }
                }
                if (b2 >= 0) {
                    a1 = b1;
                    a2 = b2;
                }
            }
            if (a2 >= 0) {
                add_mention(x, i, k + 1, a2, dl | KG_M_PRONOUN, si);
                add_mention(x, i, k + 1, a1, dl | KG_M_PRONOUN | KG_M_PAIR, si);
                i = k;
                continue;
            }
        }
        if ((tis(x, i, "the") || tis(x, i, "this")) && i + 1 < end) {
            size_t k = i + 1;
            if (in_list(x, k, SET_GROUP_ADJ))
                k++;
            /* (a common noun: not "the Cartel del Noreste") */
            if (!(x->tok.v[k].flags & KG_TOK_CAP) && in_list(x, k, SET_GROUP_NOUN)) {
                int de = last_group(x);
                /* ("the cartel": the last one named a cartel) */
                if (de >= 0 && tis(x, k, "cartel") && !strstr(x->dents[de].id, "cartel"))
                    de = -1;
                if (de >= 0) {
                    add_mention(x, i, k + 1, de, dl | KG_M_PRONOUN, si);
                    i = k;
                }
                continue;
            }
            /* "the country": the last state named as an actor (not a
             * place, a dateline or a demonym before a noun) */
            /* (the one a sentence opens with first, its subject most often:
             * "Pakistan accused India ... The country also ..." is
             * Pakistan; "in the country" is a place) */
            /* "the army", "the military": the state whose army or military
             * the article named last ("Sudan's army shelled Omdurman. The
             * RSF accused the army of"); none named, none */
            /* (the noun, before a verb, a possessive or punctuation: not
             * "the army chief", "the army of Chad", "the military
             * operation", "the military cooperation between") */
            if (k == i + 1 && (tis(x, k, "army") || tis(x, k, "military")) && army_noun(x, k + 1, end)) {
                int de = -1;
                for (size_t m = x->nments, n = 0; m-- > 0 && n < 200 && de < 0; n++) {
                    const struct kg_mention *mm = &x->ments[m];
                    if (!kg_is_state(x, &x->dents[mm->de]))
                        continue;
                    if (((mm->flags & KG_M_COLLAPSED) && mm->t1 > mm->t0 &&
                         (tis(x, mm->t1 - 1, "army") || tis(x, mm->t1 - 1, "military"))) ||
                        ((mm->flags & KG_M_POSS) && mm->t1 + 1 < x->tok.n &&
                         (tis(x, mm->t1 + 1, "army") || tis(x, mm->t1 + 1, "military"))))
                        de = mm->de;
                }
                if (de >= 0) {
                    add_mention(x, i, k + 1, de, dl | KG_M_PRONOUN, si);
                    i = k;
                    continue;
                }
            }
            if (k == i + 1 && tis(x, k, "country") && !tis(x, k + 1, "'s") &&
                !(i > first && tcls(x, i - 1, KG_W_LOCPREP))) {
                int last = -1, opener = -1;
                for (size_t m = x->nments, n = 0; m-- > 0 && n < KG_ANTECEDENTS && opener < 0; n++) {
                    const struct kg_mention *mm = &x->ments[m];
                    const struct kg_dent *d = &x->dents[mm->de];
                    if (mm->sent + 1 < si && last >= 0)
                        break;
                    if (mm->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_ADJ | KG_M_QUAL))
                        continue;
                    if (!kg_is_state(x, d))
                        continue;
                    if (last < 0)
                        last = mm->de;
                    size_t f = m; /* the first actor mention of its sentence? */
                    while (f > 0 && x->ments[f - 1].sent == mm->sent &&
                           (x->ments[f - 1].flags & (KG_M_DATELINE | KG_M_TITLEOF | KG_M_QUAL)))
                        f--;
                    if (mm->sent + 1 >= si && (f == 0 || x->ments[f - 1].sent != mm->sent))
                        opener = mm->de;
                }
                int de = opener >= 0 ? opener : last;
                if (de >= 0) {
                    add_mention(x, i, k + 1, de, dl | KG_M_PRONOUN, si);
                    i = k;
                }
                continue;
            }
            /* "the prime minister"; "the foreign minister", with up to two
             * lower-case words before the office word */
            size_t o = i + 1;
            int ol = kg_match_class(x, o, end, KG_WBIT(KG_W_OFFICE));
            while (!ol && o < i + 3 && o + 1 < end &&
                   ((x->tokany[o + 1] | (o + 2 < end ? x->tokany[o + 2] : 0)) & KG_WBIT(KG_W_OFFICE)) &&
                   (x->tok.v[o].flags & KG_TOK_WORD) && !(x->tok.v[o].flags & KG_TOK_CAP) && !x->cls[o])
                ol = kg_match_class(x, ++o, end, KG_WBIT(KG_W_OFFICE));
            size_t oe = o + (size_t)ol;
            if (ol && !(oe < end && (x->tok.v[oe].flags & KG_TOK_CAP))) {
                struct kg_buf ob = KG_BUF_INIT;
                int de = -1;
                /* the longest title a role ends with */
                for (size_t from = i + 1; from <= o && de < 0; from++) {
                    join_keys(x, from, oe, &ob);
                    de = resolve_office(x, ob.buf, -1, 0, -1);
                }
                kg_buf_release(&ob);
                if (de >= 0) {
                    add_mention(x, i, oe, de, dl | KG_M_PRONOUN, si);
                    i = oe - 1;
                }
            }
        }
    }
}

/* The surface() of tokens [t0, t1) as it stands in the text, when it is
 * the text: printable ASCII (which kg_buf_add_clean keeps as it is), one
 * space or nothing between the tokens; else NULL.  (Most names are: no
 * string is made for them.  Always inlined: kg_find_mentions asks it of
 * every named mention, and a call cost more than most of them.) */
static inline __attribute__((always_inline)) const char *plain_surface(const struct kg_extractor *x, size_t t0,
                                                                           size_t t1)
{
    const struct kg_token *v = x->tok.v;
    const unsigned char *s = (const unsigned char *)x->text;
    for (size_t i = t0 + 1; i < t1; i++) {
        size_t gap = v[i].start - v[i - 1].end;
        if ((v[i].flags & KG_TOK_SPACE) ? gap != 1 || s[v[i - 1].end] != ' ' : gap != 0)
            return NULL;
    }
    /* every byte of the span printable ASCII, 0x20 to 0x7e: eight at a
     * time (a byte from 0x80 up sets its high bit in bad itself; of its
     * low seven bits, t, 0x7f sets it in t + 1 and one below 0x20 clears
     * it in t + 0x60: no sum carries into the next byte) */
    const unsigned long long ones = 0x0101010101010101ull, highs = 0x8080808080808080ull, low7 = 0x7f * ones;
    size_t b = v[t0].start, e = v[t1 - 1].end;
    unsigned long long w, t, bad = 0;
    for (; b + 8 <= e; b += 8) {
        memcpy(&w, s + b, 8);
        t = w & low7;
        bad |= w | (t + ones) | ~(t + 0x60 * ones);
    }
    /* the rest, fewer than eight bytes: the last eight of a longer span
     * (read again in part), else the bytes themselves with spaces above
     * them; nothing past the span is read */
    if (b < e) {
        if (e - v[t0].start >= 8)
            memcpy(&w, s + e - 8, 8);
        else
            w = kg_key_tail(s + b, e - b) | (0x20 * ones) << (8 * (e - b));
        t = w & low7;
        bad |= w | (t + ones) | ~(t + 0x60 * ones);
    }
    return bad & highs ? NULL : x->text + v[t0].start;
}

void kg_find_mentions(struct kg_extractor *x, const struct kg_article *a)
{
    /* (the names learnt are token spans: no key to free) */
    x->ndal = 0;
    x->dal_first = 0;
    x->nments = 0;
    if (!x->word_sets[SET_OPENER])
        make_sets(x);
    /* (the article's sentences are in order: its tokens run from its
     * first sentence's first to its last one's end) */
    struct start_masks sm;
    find_starts(x, &sm, a->s1 > a->s0 ? x->sents[a->s0].t0 : 0, a->s1 > a->s0 ? x->sents[a->s1 - 1].t1 : 0);
    learn_names(x, a, &sm);
    struct kg_buf s = KG_BUF_INIT;
    for (size_t si = a->s0; si < a->s1; si++) {
        size_t first = x->nments;
        find_mentions_in(x, si, &sm);
        for (size_t m = first; m < x->nments; m++) {
            struct kg_mention *mm = &x->ments[m];
            struct kg_dent *d = &x->dents[mm->de];
            if (mm->flags & KG_M_PRONOUN)
                continue;
            d->mentions++;
            if (mm->flags & KG_M_QUAL)
                continue; /* "Indian-sponsored" is no name of India's */
            /* keep each surface form once */
            const char *f = plain_surface(x, mm->t0, mm->t1);
            size_t fl;
            if (f) {
                fl = x->tok.v[mm->t1 - 1].end - x->tok.v[mm->t0].start;
            } else {
                surface(x, mm->t0, mm->t1, &s);
                f = s.buf;
                fl = s.len;
            }
            int seen = d->label[0] == f[0] && !strncmp(d->label, f, fl) && !d->label[fl];
            for (size_t off = 0; !seen && off < d->aliases.len; off += strlen(d->aliases.buf + off) + 1)
                if (d->aliases.buf[off] == f[0] && !strncmp(d->aliases.buf + off, f, fl) && !d->aliases.buf[off + fl])
                    seen = 1;
            if (!seen && d->naliases < 32) {
                kg_buf_add(&d->aliases, f, fl);
                kg_buf_addc(&d->aliases, '\0');
                d->naliases++;
            }
        }
    }
    kg_buf_release(&s);
    free(sm.heap);
}
