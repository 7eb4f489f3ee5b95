/* relation.c - relation instances from cue words and mentions.
 *
 * A shallow reading of each sentence: cue phrases (cues.csv) are found in
 * one pass; each cue's frame says where its arguments are.  The subject is
 * the leftmost mention of the cue's clause that is not inside a
 * prepositional phrase or a modifier of a later mention ("Pakistan's
 * Interior Minister John Doe" -> Doe); coordinated mentions ("Pakistan
 * and Iraq") all count; a clause opened by a relative pronoun takes the
 * mention before it; an infinitive or gerund complement ("urged the
 * Council to sanction", "accused Kabul of sheltering") takes the nearest
 * mention before it (the object of the verb that governs it); a passive with
 * "by" swaps the roles.  Modality comes from the words around the cue.
 * official_of comes from office titles before or after a person's name.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../schema.h"
#include "../xalloc.h"
#include "extract_private.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAXARGS 8

/* tokens of a run-on sentence read at a time */
#define KG_WINDOW 256

/* relation records looked back at for duplicates and antecedents */
#define KG_LOOKBACK 512

/* A word's sketch slot (sketch_slot): the top 32 - SKETCH_SHIFT bits of
 * its key hash, 4096 slots.  The gates' words (window_has) are found by
 * slot, then by the whole hash, and the scans' word filters (sketch_may)
 * are sets of slots, SKETCH_WORDS words of bits.  (With some 25 words a
 * window hits 0.6% of the slots, so the slots of 12 words say a false yes
 * for about 7% of windows, more where a frequent word shares a slot; with
 * 1024 slots it was about 30%.  sketch_words unrolls its fill: more than
 * 64 words would not fold.) */
#define SKETCH_SHIFT 20
#define SKETCH_WORDS (1u << (32 - SKETCH_SHIFT - 6))
_Static_assert(SKETCH_WORDS <= 64, "sketch_words unrolls over the words 64 at most");

/* Answers that depend only on the window's tokens and mentions (which the
 * rules only read), kept per window because the rules ask the same
 * questions again: is_boundary() from every backward scan, clause_start()
 * for each cue and each subject, whether the window has a word of
 * alleges[], the first verb of saying, fronted_comma(), the window's
 * gates (window_has).  Filled on first use; cleared when a window starts
 * (win_cache_reset).  Only what is a function of the window (and a token)
 * may be kept here: nothing of the current cue or of the relations found. */
struct win_cache {
    unsigned char bnd[KG_WINDOW];  /* is_boundary(t0 + i): 0 not yet asked, 1 no, 2 yes */
    unsigned short cs[KG_WINDOW];  /* clause_start(t0 + i) - t0 + 1, 0 not yet asked */
    int alleging;                  /* the window has a word of alleges[]; -1 not yet looked */
    size_t report;                 /* the window's first word of saying (KG_W_REPORT), t1
                                      if none; (size_t)-1 not yet found */
    size_t unsaid;                 /* [t0, unsaid) has no word of saying (report_upto) */
    size_t fronted;                /* fronted_comma(); (size_t)-1 not yet looked */
    int no_intro;                  /* fronted_phrase() found the window opens with no
                                      intro word; 0 not known */
    size_t after_span;             /* first_actor's "after" past a span of time ("Hours
                                      after"), t0 if none; (size_t)-1 not yet looked */
    int sketched;                  /* gates is filled */
    unsigned gates;                /* the gates (window_has) the window's words open */
};

/* (before any rule reads the window [t0, t1)) */
static void win_cache_reset(struct win_cache *wc, size_t t0, size_t t1)
{
    memset(wc->bnd, 0, (t1 - t0) * sizeof *wc->bnd);
    memset(wc->cs, 0, (t1 - t0) * sizeof *wc->cs);
    wc->alleging = -1;
    wc->report = (size_t)-1;
    wc->unsaid = t0;
    wc->fronted = (size_t)-1;
    wc->no_intro = 0;
    wc->after_span = (size_t)-1;
    wc->sketched = 0;
}

struct ctx {
    struct kg_extractor *x;
    size_t si, t0, t1; /* sentence window; fixed while its rules run: wc's
                          answers are indexed from t0 (a ctx with other
                          bounds must not share wc) */
    int home;          /* the article's home state (dent), -1 */
    int places;        /* the current cue's relation takes a place object */
    int denial;        /* the current cue denies */
    struct win_cache *wc; /* (through a pointer: the rules get a const ctx) */
    size_t m0, m1;     /* the mentions starting in the window: [m0, m1), by position */
    size_t at;         /* 1 + a token the next relation rests on, for its
                          evidence window when no rule's window holds it
                          (known_offices); 0: the window t0 */
};

/* The gates (window_has, below): one bit each. */
enum {
    GATE_ALLEGES, GATE_DECLINE, GATE_DENY, GATE_OFF, GATE_WHICH, GATE_COLON, GATE_WARS, GATE_ALLIED,
    GATE_BETWEEN, GATE_AGENTIVE, GATE_BEHEST, GATE_JOINT, GATE_BACKERS, GATE_NOUNS, GATE_HOSTS, GATE_WHERE,
    GATE_AS, GATE_CALLS, GATE_WHAT, GATE_CLAIMED, GATE_SPEND, GATE_SIGNS, GATE_CLAIM, GATE_RELPRO, GATE_OUGHT,
    KG_NGATES
};
_Static_assert(KG_NGATES <= 32, "a window's gates are bits of an unsigned");
static inline int window_has(const struct ctx *c, unsigned gate);
/* subject_in's gate's list: the relative pronouns that open a clause
 * after a comma (words.csv relpro has "that" too, which is not asked) */
static const struct kg_lit relpros[] = {KG_LIT("which"), KG_LIT("who"), KG_LIT("whose"), KG_LIT("whom")};
/* modality's gate's list: what one ought to do */
static const struct kg_lit ought[] = {KG_LIT("should"), KG_LIT("must"), KG_LIT("ought")};

/* Verbs of an attribution that alleges: "..., Pakistan alleges". */
static const struct kg_lit alleges[] = {KG_LIT("alleges"), KG_LIT("alleged"), KG_LIT("claims"),
                                        KG_LIT("claimed"), KG_LIT("charges"), KG_LIT("charged"),
                                        KG_LIT("claim"),   KG_LIT("allege")};
#define KG_NALLEGES (sizeof alleges / sizeof *alleges)

/* kg_match_class with its quick no inline: tokany has the word classes of
 * every phrase starting at a token, and most tokens have none of those
 * asked for (the call would cost more than the answer). */
static inline int match_class(const struct kg_extractor *x, size_t i, size_t end, unsigned mask)
{
    return i < end && (x->tokany[i] & mask) ? kg_match_class(x, i, end, mask) : 0;
}

/* ---- mention helpers ---- */

static int ment_at(const struct kg_extractor *x, size_t t)
{
    return t < x->tok.n ? x->tok_ment[t] : -1;
}

static const struct kg_mention *M(const struct kg_extractor *x, int m)
{
    return &x->ments[m];
}

static int dtype(const struct kg_extractor *x, int m)
{
    return x->dents[x->ments[m].de].type;
}

/* Nouns naming a charge: "a charge the Taliban deny", "accusations that". */
static const struct kg_lit charge_words[] = {
    KG_LIT("accusation"), KG_LIT("accusations"), KG_LIT("allegation"), KG_LIT("allegations"), KG_LIT("charge"),
    KG_LIT("charges"),    KG_LIT("claim"),       KG_LIT("claims"),     KG_LIT("suspicion"),   KG_LIT("suspicions"),
    KG_LIT("assessment"), KG_LIT("assertion"),   KG_LIT("contention"), KG_LIT("finding"),   KG_LIT("findings")};
#define KG_NCHARGE (sizeof charge_words / sizeof *charge_words)

/* Does the comma at token u open an attribution (", Naqvi said", ", the
 * ISPR said", ", Interior Minister Mohsin Naqvi alleged")?  Its verb is one
 * of `verbs`, or any verb of saying when verbs is NULL.  Returns the
 * speaker's mention, -1. */
static int attribution_after(const struct kg_extractor *x, size_t u, const struct kg_lit *verbs, size_t nverbs)
{
    size_t v = u + 1;
    if (tis(x, v, "the"))
        v++;
    /* a title before the name */
    for (int k = 0; k < 4 && v < x->tok.n && ment_at(x, v) < 0 && (x->tok.v[v].flags & KG_TOK_CAP); k++)
        v++;
    int m = ment_at(x, v);
    if (m < 0 || M(x, m)->t0 != v)
        return -1;
    size_t w = M(x, m)->t1;
    /* (past an organ the name does not take in: ", US officials alleged") */
    if (w + 1 < x->tok.n && ment_at(x, w) < 0 && tcls(x, w, KG_W_ORGAN))
        w++;
    /* (a closing "..., officials claim": the noun "claim" is no verb of
     * saying elsewhere) */
    if (!verbs && tis(x, w, "claim") && (w + 1 >= x->tok.n || tis(x, w + 1, ".") || tis(x, w + 1, ",")))
        return m;
    return (verbs ? tis_any(x, w, verbs, nverbs) : tcls(x, w, KG_W_REPORT)) ? m : -1;
}
static inline int attribution_at(const struct kg_extractor *x, size_t u, const struct kg_lit *verbs, size_t nverbs)
{
    /* (called at every token of a scan: the comma test inline, by the
     * key hash, which says no at once to nearly every other token; a
     * length of one first was yes at every punctuation mark and read the
     * key's byte after it) */
    if (!tis(x, u, ","))
        return -1;
    return attribution_after(x, u, verbs, nverbs);
}

/* The first verb of saying in [from, to) that is no word of a name and
 * not "according (to)"; `to` when there is none. */
static size_t saying_in_at(const struct kg_extractor *x, size_t from, size_t u0, size_t to);
static size_t saying_in(const struct kg_extractor *x, size_t from, size_t to)
{
    return saying_in_at(x, from, from, to);
}
/* The same, the scan starting at u0 (from <= u0): no word of saying is in
 * [from, u0). */
static size_t saying_in_at(const struct kg_extractor *x, size_t from, size_t u0, size_t to)
{
    for (size_t u = u0; u < to; u++)
        if (tcls(x, u, KG_W_REPORT) && !tis(x, u, "according") && ment_at(x, u) < 0) {
            /* (not a participle's aside the sentence goes on past: "Israel,
             * saying Hamas violated the truce, resumed strikes") */
            size_t v = u + 1;
            if (u > from && kg_tok_ing(x, u) && tis(x, u - 1, ","))
                while (v < to && !tis(x, v, ","))
                    v++;
            if (v < to && v > u + 1) {
                u = v;
                continue;
            }
            return u;
        }
    return to;
}

/* A word of a portfolio after an office word: "minister of state for
 * foreign affairs", "Minister of State at the Foreign Ministry".  (tokany
 * has the classes of the token's own phrase too: its bit is a quick and
 * certain no for nearly every word, where the test of tokph went as the
 * words known to the lexicon fell.) */
static int portfolio_word(const struct kg_extractor *x, size_t t)
{
    return (x->tokany[t] & KG_WBIT(KG_W_PORTFOLIO)) && x->tokph[t] &&
           (x->tokph[t]->classes & KG_WBIT(KG_W_PORTFOLIO));
}

static const struct kg_lit prep_words[] = {
    KG_LIT("in"),      KG_LIT("to"),     KG_LIT("at"),      KG_LIT("from"),   KG_LIT("near"),    KG_LIT("into"),
    KG_LIT("inside"),  KG_LIT("across"), KG_LIT("around"),  KG_LIT("via"),    KG_LIT("toward"),  KG_LIT("towards"),
    KG_LIT("through"), KG_LIT("within"), KG_LIT("of"),      KG_LIT("with"),   KG_LIT("against"), KG_LIT("by"),
    KG_LIT("on"),      KG_LIT("for"),    KG_LIT("about"),   KG_LIT("over"),   KG_LIT("under"),   KG_LIT("between"),
    KG_LIT("among"),   KG_LIT("during"), KG_LIT("since"),   KG_LIT("than"),   KG_LIT("like"),    KG_LIT("including")};
#define KG_NPREP (sizeof prep_words / sizeof *prep_words)

static int is_prep_word(const struct kg_extractor *x, size_t t)
{
    return tis_any(x, t, prep_words, KG_NPREP);
}

/* Is token t a preposition (prep_words)?  (Asked of most tokens near a
 * cue or an argument: the quick no is inline, the word tests out of line.) */
static inline int is_prep(const struct kg_extractor *x, size_t t)
{
    return tis_any_may(x, t, prep_words, KG_NPREP) && is_prep_word(x, t);
}

/* The mention at token t unless it is a pronoun ("accused its neighbour
 * of": no name), -1. */
static int named_at(const struct ctx *c, size_t t)
{
    int m = ment_at(c->x, t);
    return m >= 0 && !(M(c->x, m)->flags & KG_M_PRONOUN) ? m : -1;
}

static int has_office_before(const struct kg_extractor *x, size_t from, size_t t)
{
    for (size_t u = from; u < t; u++)
        if (tcls(x, u, KG_W_OFFICE) || tcls(x, u, KG_W_RANK))
            return 1;
    return 0;
}

/* Does the comma at t close a list's last but one name ("Pakistan,
 * China, and Russia")? */
static int serial_list(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    int m = t > c->t0 ? ment_at(x, t - 1) : -1;
    if (m < 0)
        return 0;
    size_t b = M(x, m)->t0;
    if (b > c->t0 && tis(x, b - 1, "the")) /* ("the UN, the EU, and the OIC") */
        b--;
    return b > c->t0 + 1 && tis(x, b - 1, ",") && ment_at(x, b - 2) >= 0;
}

/* Does a finite verb start at token t ("mediated", "has", "is", "said")? */
static int finite_after(const struct kg_extractor *x, size_t t)
{
    static const struct kg_lit aux[] = {KG_LIT("has"),  KG_LIT("have"), KG_LIT("had"),   KG_LIT("is"),
                                        KG_LIT("are"),  KG_LIT("was"),  KG_LIT("were"),  KG_LIT("will"),
                                        KG_LIT("would"), KG_LIT("could")};
    if (t >= x->tok.n || !(x->tok.v[t].flags & KG_TOK_WORD) || (x->tok.v[t].flags & KG_TOK_CAP))
        return 0;
    return kg_tok_ed(x, t) || tcls(x, t, KG_W_REPORT) || tis_any(x, t, aux, sizeof aux / sizeof *aux);
}

/* Words a title runs on through in head_of, after its owner: punctuation
 * and the little words of a title ("Iraq's envoy for Iraq", "Pakistan's
 * former special envoy", "China's top diplomat"). */
static const struct kg_lit title_run_words[] = {
    KG_LIT("."),      KG_LIT(","),       KG_LIT("'s"),     KG_LIT("for"),    KG_LIT("to"),
    KG_LIT("of"),     KG_LIT("special"), KG_LIT("acting"), KG_LIT("deputy"), KG_LIT("senior"),
    KG_LIT("former"), KG_LIT("interim"), KG_LIT("caretaker"), KG_LIT("new"), KG_LIT("top")};
#define KG_NTITLE_RUN (sizeof title_run_words / sizeof *title_run_words)

/* A mention that only qualifies a following mention in the same noun
 * phrase: "Iraq's [Interior Minister] Doe", "Iraqi [Foreign Minister]
 * Roe", "his Iraqi counterpart, John Doe".  Returns that mention. */

static int head_of(const struct ctx *c, int m)
{
    const struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    /* a state or body before a titled name qualifies it ("US hostage
     * envoy Jane Roe") even when not marked as a title's owner */
    /* (one branch on the four tests: as branches, the type's went as
     * the mentions fell) */
    int dt = dtype(x, m);
    if (((!(mm->flags & (KG_M_POSS | KG_M_TITLEOF))) & (dt != KG_GPE) & (dt != KG_ORG)) | ((mm->flags & KG_M_QUAL) != 0))
        return -1;
    size_t t = mm->t1 + ((mm->flags & KG_M_POSS) ? 1 : 0);
    /* "Beijing, Shehbaz Sharif met ...": a comma runs on only after a
     * title ("Iraq's Foreign Minister, John Doe") */
    if (!(mm->flags & KG_M_POSS) && t < c->t1 && tis(x, t, ",")) {
        size_t p = mm->t0;
        if (p > c->t0 && tis(x, p - 1, "the"))
            p--;
        if (!(p > c->t0 + 1 && (tis(x, p - 1, "of") || tis(x, p - 1, "for") || tis(x, p - 1, "to")) &&
              (tcls(x, p - 2, KG_W_OFFICE) || tcls(x, p - 2, KG_W_RANK))))
            return -1;
    }
    for (int steps = 0; t < c->t1 && steps < 8; steps++, t++) {
        /* "the BLA, Naqvi said": no title runs into an attribution */
        if (attribution_at(x, t, NULL, 0) >= 0)
            return -1;
        int n = ment_at(x, t);
        if (n >= 0 && n != m) {
            /* "the country's envoy for Iraq Jane Roe": the
             * mention after "for"/"to"/"of" is part of the title when a
             * name follows it */
            if (dtype(x, n) != KG_PERSON && t > 0 &&
                (tis(x, t - 1, "for") || tis(x, t - 1, "to") || tis(x, t - 1, "of"))) {
                size_t e = M(x, n)->t1;
                int k = e < c->t1 ? ment_at(x, e) : -1;
                if (k >= 0 && dtype(x, k) == KG_PERSON) {
                    t = e - 1;
                    continue;
                }
            }
            /* "Pakistan's UN Ambassador Jane Roe": a body that owns the
             * next title word is part of the title */
            if (dtype(x, n) != KG_PERSON && M(x, n)->t1 < c->t1 &&
                match_class(x, M(x, n)->t1, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK))) {
                t = M(x, n)->t1 - 1;
                continue;
            }
            return dtype(x, n) == KG_PERSON || (mm->flags & KG_M_POSS) ? n : -1;
        }
        const struct kg_token *tok = &x->tok.v[t];
        int tl = match_class(x, t, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) | KG_WBIT(KG_W_HONORIFIC));
        if (tl > 1) {
            t += (size_t)tl - 1;
            continue;
        }
        if (tl || (tok->flags & KG_TOK_CAP) ||
            /* (title_run_words: one glance at its Bloom filters, in
             * tis_any, passes by nearly every other word, where fifteen word
             * tests did) */
            tis_any(x, t, title_run_words, KG_NTITLE_RUN) ||
            /* "US hostage envoy Jane Roe", "China's public security
             * minister, Wang Xiaohong": nouns before an office */
            ((tok->flags & KG_TOK_WORD) && t + 1 < c->t1 &&
             (match_class(x, t + 1, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) ||
              (t + 2 < c->t1 && portfolio_word(x, t + 1) && !tis(x, t + 1, "and") && !tis(x, t + 1, "the") &&
               !tis(x, t + 1, "of") && !tis(x, t + 1, "for") &&
               match_class(x, t + 2, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK))))) ||
            /* "Iran's minister for foreign affairs, Abbas Araghchi" */
            (portfolio_word(x, t) && !tis(x, t, "and") && !tis(x, t, "the") && has_office_before(x, mm->t1, t)))
            continue;
        /* "Pakistan's state-owned National Development Complex": up to
         * two hyphenated words the lexicon does not know between an owner
         * and its body (not "Pakistan's proxy Lashkar-e-Taiba") */
        if ((mm->flags & KG_M_POSS) && (tok->flags & KG_TOK_WORD) && (tok->flags & KG_TOK_HYPHEN) &&
            !(tok->flags & KG_TOK_CAP) && !x->tokany[t] && t < mm->t1 + 3)
            continue;
        return -1;
    }
    return -1;
}

/* Is token t a dash that sets off a clause: an en or em dash, or a spaced
 * hyphen ("... its territory — a claim Kabul has rejected")? */
static int is_dash(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    return tis(x, t, "-") && t > c->t0 &&
           (x->text[x->tok.v[t].start] != '-' || x->tok.v[t].start > x->tok.v[t - 1].end);
}

/* is_boundary() for a token that is punctuation, a word of saying or a
 * clause word. */
static int boundary_word(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    if (tis(x, t, ";") || tis(x, t, "\"") || tis(x, t, ":") || tis(x, t, "(") || tis(x, t, ")"))
        return 1;
    if (is_dash(c, t))
        return 1;
    /* a word of a name is no boundary: "United States", "Islamic State" */
    if (ment_at(x, t) >= 0)
        return 0;
    if (tcls(x, t, KG_W_REPORT))
        return !tis(x, t + 1, "to"); /* "said to be based": a modality, not speech */
    if (tcls(x, t, KG_W_CLAUSE)) {
        if (tis(x, t, "and") || tis(x, t, "as")) {
            /* "Pakistan and Iraq": coordination of mentions, not of clauses */
            if (t > c->t0 && ment_at(x, t - 1) >= 0 && ment_at(x, t + 1) >= 0)
                return 0;
            int m = ment_at(x, t + 1) >= 0 ? ment_at(x, t + 1)
                    : t + 2 < c->t1 && tis(x, t + 1, "the") ? ment_at(x, t + 2) : -1;
            /* (but ", and the United States mediated": a clause with its
             * own subject and verb) */
            /* (not the comma that closes a relative clause: "Pakistan,
             * which outlawed the BLA, and China asked") */
            /* (nor a list's serial comma: "Pakistan, China, and Russia
             * urged") */
            if (m >= 0 && tis(x, t, "and") && t > c->t0 + 1 && tis(x, t - 1, ",") && !serial_list(c, t - 1) &&
                !tis(x, t - 2, ")") && finite_after(x, M(x, m)->t1)) {
                size_t v = t - 1;
                while (v > c->t0 && v + 16 > t && !tis(x, v - 1, ",") && !tcls(x, v - 1, KG_W_RELPRO))
                    v--;
                if (!(v > c->t0 + 1 && tcls(x, v - 1, KG_W_RELPRO) && tis(x, v - 2, ",")))
                    return 1;
            }
            if (m >= 0)
                return 0;
            /* "X and former peace envoy Y": a titled name follows */
            for (size_t v = t + 1; v < c->t1 && v < t + 6; v++) {
                int w = ment_at(x, v);
                if (w >= 0) {
                    /* (unless a verb follows it: ", and President Masoud
                     * Pezeshkian is expected in Armenia") */
                    if (dtype(x, w) == KG_PERSON && v > t + 1 &&
                        match_class(x, v - 1, v, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) &&
                        !(tis(x, t - 1, ",") && finite_after(x, M(x, w)->t1)))
                        return 0;
                    break;
                }
                if (!(x->tok.v[v].flags & KG_TOK_WORD))
                    break;
            }
            /* "Deputy Prime Minister and Foreign Minister Roe": coordinated titles */
            if (t + 1 < c->t1 && (x->tok.v[t + 1].flags & KG_TOK_CAP) && t > c->t0 &&
                (x->tok.v[t - 1].flags & KG_TOK_CAP))
                return 0;
        }
        if (tis(x, t, "that") && t + 1 < c->t1 && ment_at(x, t + 1) < 0 &&
            !(x->tok.v[t + 1].flags & KG_TOK_CAP) && !tis(x, t + 1, "the"))
            return 1;
        /* ("has been active since 2007 and was banned": a date, no clause) */
        if ((tis(x, t, "since") || tis(x, t, "until") || tis(x, t, "before") || tis(x, t, "after")) &&
            t + 1 < c->t1 && ((x->tok.v[t + 1].flags & KG_TOK_DIGIT) || tcls(x, t + 1, KG_W_MONTH)))
            return 0;
        return 1;
    }
    return 0;
}

/* Might token t be a boundary (is_boundary): is it punctuation, a word of
 * saying or a clause word?  (Both tests in one, bitwise: as two branches,
 * each went as the text's words fell.) */
static inline int bound_bits(const struct kg_token *v, const unsigned *cls, size_t t)
{
    return ((v[t].flags & KG_TOK_PUNCT) | (cls[t] & (KG_WBIT(KG_W_REPORT) | KG_WBIT(KG_W_CLAUSE)))) != 0;
}
static inline int bound_word(const struct kg_extractor *x, size_t t)
{
    return bound_bits(x->tok.v, x->cls, t);
}

/* is_boundary() of a token that bound_word() lets through: the answer is
 * kept for the window (it depends on nothing but the window's tokens and
 * mentions). */
static inline int boundary_at(const struct ctx *c, size_t t)
{
    size_t i = t - c->t0; /* (a token before the window wraps around) */
    if (i >= c->t1 - c->t0)
        return boundary_word(c, t);
    if (!c->wc->bnd[i])
        c->wc->bnd[i] = (unsigned char)(1 + boundary_word(c, t));
    return c->wc->bnd[i] - 1;
}

/* Does token t end a clause?  (Asked of most tokens by the backward scans:
 * the quick no is inline.) */
static inline int is_boundary(const struct ctx *c, size_t t)
{
    /* only punctuation and words of saying or clause words are boundaries */
    return t < c->x->tok.n && bound_word(c->x, t) && boundary_at(c, t);
}

static size_t clause_start_scan(const struct ctx *c, size_t t)
{
    /* (is_boundary, its quick no from local copies of the arrays: the
     * cache's store in the loop made GCC load them from x again at every
     * token.  No token past the last is a boundary, so the scan starts at
     * most there: t0 < tok.n, the window being tokens.) */
    const struct kg_token *v = c->x->tok.v;
    const unsigned *cls = c->x->cls;
    size_t t0 = c->t0, b = t < c->x->tok.n ? t : c->x->tok.n;
    for (;;) {
        while (b > t0 && !(bound_bits(v, cls, b - 1) && boundary_at(c, b - 1)))
            b--;
        /* a short parenthesis ("Roe (centre, left) met ...") does not
         * end the clause */
        if (b <= c->t0 + 1 || !tis(c->x, b - 1, ")"))
            break;
        size_t o = b - 1;
        while (o > c->t0 && o + 10 > b && !tis(c->x, o, "("))
            o--;
        if (!tis(c->x, o, "(") || o == c->t0)
            break;
        b = o;
    }
    return b;
}

/* The first token of the clause that token t is in; *boundary: the
 * boundary token before it, (size_t)-1 at the window's start.  (Kept per
 * window: asked for a cue by modality() and again by subject_in().) */
static size_t clause_start(const struct ctx *c, size_t t, size_t *boundary)
{
    size_t i = t - c->t0, b;
    if (i >= c->t1 - c->t0) {
        b = clause_start_scan(c, t);
    } else {
        if (!c->wc->cs[i])
            c->wc->cs[i] = (unsigned short)(clause_start_scan(c, t) - c->t0 + 1);
        b = c->t0 + c->wc->cs[i] - 1;
    }
    *boundary = b > c->t0 ? b - 1 : (size_t)-1;
    return b;
}

/* The comma that closes a participle phrase opening the sentence
 * ("Accusing Kabul of sheltering the TTP, Pakistan ...", "Visiting
 * Beijing, Kabul and Tehran, Dar ..."), else 0.  (Asked for every subject:
 * fronted_comma keeps the window's answer.) */
static size_t fronted_comma_scan(const struct ctx *c)
{
    const struct kg_extractor *x = c->x;
    if (ment_at(x, c->t0) >= 0 || !(x->tok.v[c->t0].flags & KG_TOK_CAP) || !kg_tok_ing(x, c->t0) ||
        tis(x, c->t0, "according") || (x->tok.v[c->t0].flags & KG_TOK_ALLCAPS))
        return 0;
    size_t fr = c->t0 + 1;
    while (fr < c->t1 && fr < c->t0 + 14 && !tis(x, fr, ",") && !tis(x, fr, ".") && !tis(x, fr, ";"))
        fr++;
    if (!(fr + 1 < c->t1 && tis(x, fr, ",")))
        return 0;
    /* (past a list in the phrase: "Beijing, Kabul and Tehran,") */
    for (int k = 0; k < 4; k++) {
        size_t u = tis(x, fr + 1, "the") ? fr + 2 : fr + 1;
        int m = ment_at(x, u);
        if (m < 0 || M(x, m)->t0 != u || M(x, m)->t1 >= c->t1 ||
            !(tis(x, M(x, m)->t1, ",") || tis(x, M(x, m)->t1, "and")))
            break;
        size_t v = M(x, m)->t1;
        while (v < c->t1 && v < fr + 14 && !tis(x, v + 1, ",") && !tis(x, v, "."))
            v++;
        if (!(v + 2 < c->t1 && tis(x, v + 1, ",")))
            break;
        fr = v + 1;
    }
    return fr;
}

static size_t fronted_comma(const struct ctx *c)
{
    if (c->wc->fronted == (size_t)-1)
        c->wc->fronted = fronted_comma_scan(c);
    return c->wc->fronted;
}

/* Add mention m and the mentions coordinated with it ("X and Y", "X, Y and Z"). */
static int with_coordinated(const struct ctx *c, int m, int *out, int n)
{
    const struct kg_extractor *x = c->x;
    out[n++] = m;
    if ((M(x, m)->flags & KG_M_PAIR) && m > 0)
        out[n++] = m - 1;
    size_t t = M(x, m)->t1;
    while (n < MAXARGS && t + 1 < c->t1) {
        if (tis(x, t, "'s"))
            break;
        /* "the Baloch Liberation Army (BLA) and ...": past the acronym */
        if (tis(x, t, "(") && t + 2 < c->t1 && tis(x, t + 2, ")") && ment_at(x, t + 1) >= 0 &&
            x->ments[ment_at(x, t + 1)].de == x->ments[out[n - 1]].de) {
            t += 3;
            continue;
        }
        /* ("met Wang Yi first and then Muttaqi") */
        if ((tis(x, t, "first") || tis(x, t, "too")) && t + 2 < c->t1 && tis(x, t + 1, "and"))
            t++;
        if (!(tis(x, t, "and") || tis(x, t, ",") || tis(x, t, "or")))
            break;
        /* (the comma closing a fronted participle's phrase: "Accusing Kabul
         * of sheltering the TTP, Pakistan closed") */
        if (tis(x, t, ",") && t < c->t0 + 60 && fronted_comma(c) == t)
            break;
        size_t u = t + 1;
        /* "X and its suicide wing, the Majeed Brigade": the named unit */
        /* "the BLA and its Majeed Brigade" */
        if (tis(x, t, "and") && (tis(x, u, "its") || tis(x, u, "their")) && ment_at(x, u + 1) >= 0 &&
            M(x, ment_at(x, u + 1))->t0 == u + 1)
            u++;
        else if (tis(x, t, "and") && (tis(x, u, "its") || tis(x, u, "their"))) {
            size_t v = u + 1;
            while (v < c->t1 && v < u + 5 && (x->tok.v[v].flags & KG_TOK_WORD) && !(x->tok.v[v].flags & KG_TOK_CAP) &&
                   ment_at(x, v) < 0)
                v++;
            if (v > u + 1 && v + 1 < c->t1 && tis(x, v, ","))
                u = v + 1;
        }
        if (tis(x, t, "and") && (tis(x, u, "then") || tis(x, u, "later")) && u + 1 < c->t1 && ment_at(x, u + 1) >= 0)
            u++;
        /* "struck targets in Kabul and in Paktika": places with their
         * preposition said again */
        size_t f = M(x, out[0])->t0;
        if (f > c->t0 + 1 && tis(x, f - 1, "the"))
            f--;
        if (tis(x, t, "and") && f > c->t0 && (M(x, out[0])->flags & KG_M_PLACE) && is_prep(x, f - 1) &&
            x->tok.v[u].hash == x->tok.v[f - 1].hash && tis_n(x, u, tk(x, f - 1), x->tok.v[f - 1].klen) &&
            u + 1 < c->t1)
            u++;
        if (tis(x, u, "the"))
            u++;
        /* "..., Pakistan alleges": an attribution, not one more party */
        if (attribution_at(x, t, NULL, 0) >= 0)
            break;
        int k = ment_at(x, u);
        if (k >= 0 && M(x, k)->t0 == u) {
            /* "..., Iraq's Interior Minister John Doe" */
            int h = head_of(c, k);
            if (h >= 0 && dtype(x, h) == KG_PERSON)
                k = h;
            /* "Ishaq Dar, the Pakistani foreign minister,": a title's owner
             * with no name after it is an apposition, not a party */
            /* (nor is "China, Pakistan's closest ally,") */
            else if (M(x, k)->flags & (KG_M_TITLEOF | KG_M_QUAL | KG_M_POSS))
                break;
        } else {
            /* "..., Minister for Trade Jane Roe" */
            k = -1;
            int titled = 0;
            for (size_t v = u; v < c->t1 && v < u + 8; v++) {
                int w = ment_at(x, v);
                if (w >= 0) {
                    if (M(x, w)->t0 == v && dtype(x, w) == KG_PERSON && titled)
                        k = w;
                    break;
                }
                if (match_class(x, v, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) | KG_WBIT(KG_W_HONORIFIC)))
                    titled = 1;
                /* lower-case words only before an office ("former peace envoy") */
                if (!(x->tok.v[v].flags & KG_TOK_CAP) && !tis(x, v, "for") && !tis(x, v, "of") &&
                    !((x->tok.v[v].flags & KG_TOK_WORD) && v + 3 > u && !is_boundary(c, v)))
                    break;
            }
            if (k < 0)
                break;
        }
        out[n++] = k;
        t = M(x, k)->t1;
    }
    return n;
}

/* Can mention m be the source of a relation?  Not a place: a dateline, a
 * capital used as a place, a LOC, or a province, district or city (a GPE
 * inside a state: its government collapses into the state). */
static int actor_ok(const struct ctx *c, int m)
{
    const struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    if (mm->flags & (KG_M_DATELINE | KG_M_PLACE | KG_M_TITLEOF | KG_M_QUAL))
        return 0;
    if (dtype(x, m) == KG_LOC)
        return 0;
    int lex = x->dents[mm->de].lex;
    return !(dtype(x, m) == KG_GPE && lex >= 0 && x->lx.ents[lex].country >= 0);
}

static int first_actor(const struct ctx *c, size_t from, size_t t, int *out);

/* The verb of denial whose clause the "that" at token u opens ("denied
 * that", "rejected claims that", "dismissed the allegation that"), or
 * (size_t)-1. */
static size_t denial_of_that(const struct ctx *c, size_t u)
{
    const struct kg_extractor *x = c->x;
    if (u <= c->t0 + 1 || !tis(x, u, "that"))
        return (size_t)-1;
    size_t v = u - 1;
    if (v > c->t0 + 1 && tis_any(x, v, charge_words, KG_NCHARGE)) {
        v--;
        if (v > c->t0 + 1 && (tis(x, v, "the") || tis(x, v, "any") || tis(x, v, "all")))
            v--;
    }
    int cue, len = ment_at(x, v) < 0 ? kg_match_cue(x, v, c->t1, &cue) : 0;
    return len == 1 && x->lx.cues[cue].relation == KG_REL_DENIES ? v : (size_t)-1;
}

/* Is token b a "that" after the one a verb of saying was addressed to
 * ("told AFP that the rebels were ready for talks", "warned the Taliban
 * that")?  Then what follows is what was said: no relative clause of the
 * one told, who is no actor in it. */
static int told_that(const struct ctx *c, size_t b)
{
    const struct kg_extractor *x = c->x;
    if (b == (size_t)-1 || b <= c->t0 || !tis(x, b, "that"))
        return 0;
    int m = ment_at(x, b - 1);
    if (m < 0)
        return 0;
    size_t v = M(x, m)->t0;
    if (v > c->t0 + 1 && tis(x, v - 1, "the"))
        v--;
    return v > c->t0 && tcls(x, v - 1, KG_W_REPORT);
}

/* What the search for a subject has come through (subject_in's `how`). */
enum { SUBJ_COORD = 1, SUBJ_FINITE = 2, SUBJ_QUOTE = 4, SUBJ_OPENED = 8, SUBJ_COMMA = 16, SUBJ_SPEECH = 32 };

/* The subject(s) of the clause holding token t. */

static int subject_in(const struct ctx *c, size_t t, int *out, int depth, unsigned how)
{
    const struct kg_extractor *x = c->x;
    /* "Accusing Kabul of sheltering the TTP, Pakistan closed the border",
     * "Fighting alongside AQIM, Ansar Dine drove the army out": the
     * participle that opens the sentence has the main clause's subject */
    size_t fr = depth == 0 ? fronted_comma(c) : 0;
    if (fr) {
        if (t < fr) {
            int n = first_actor(c, fr + 1, fr + 2 < c->t1 && fr + 8 > c->t1 ? c->t1 : fr + 8, out);
            if (n && M(x, out[0])->t0 <= fr + 3)
                return n;
        }
    }
    size_t boundary;
    size_t b = clause_start(c, t, &boundary);
    /* ("Israel, saying Hamas violated the truce, resumed strikes", "Naqvi,
     * adding that the attackers were Afghan, accused Kabul": past a
     * participle's aside to the subject before it) */
    if (boundary != (size_t)-1 && depth <= 3) {
        size_t o = boundary;
        if (tis(x, o, "that") && o > c->t0 + 2)
            o--;
        /* (the word class first: asked for most subjects, and the
         * cheapest and rarest of the tests) */
        if (o > c->t0 + 1 && tcls(x, o, KG_W_REPORT) && tis(x, o - 1, ",") && kg_tok_ing(x, o)) {
            int closed = 0;
            for (size_t u = o + 1; u < t && !closed; u++)
                closed = tis(x, u, ",");
            if (closed)
                return subject_in(c, o - 1, out, depth + 1, how);
        }
    }
    /* "Pezeshkian, who, according to the presidency, urged" and "who,
     * officials said, urged": a relative clause past a parenthetical */
    if (depth <= 3 && t > c->t0 + 3 && tis(x, t - 1, ",")) {
        int said = 0;
        for (size_t u = t - 1; u-- > c->t0 + 1 && u + 10 > t;) {
            if (match_class(x, u, t, KG_WBIT(KG_W_REPORT)))
                said = 1;
            if (tis(x, u, ",")) {
                if (said && tcls(x, u - 1, KG_W_RELPRO) && tis(x, u - 2, ","))
                    return subject_in(c, u, out, depth + 1, how);
                break;
            }
        }
    }
    /* "The BLA, which has fought the state for years, is banned": a
     * relative clause closed by a comma before the verb is skipped */
    if (boundary != (size_t)-1 && depth <= 3 && boundary > c->t0 && tcls(x, boundary, KG_W_RELPRO) &&
        tis(x, boundary - 1, ",")) {
        for (size_t u = t; u-- > boundary + 1;)
            if (tis(x, u, ","))
                return subject_in(c, boundary - 1, out, depth + 1, how);
    }
    /* "The TTP, which is distinct from but closely allied with the Afghan
     * Taliban, has killed": a clause word inside a relative clause that
     * the comma right before the verb closes is the clause's, and so is
     * any name in it: the subject is before ", which" */
    /* (gate, see window_has: nothing without a relative pronoun) */
    if (boundary != (size_t)-1 && depth <= 3 && !tcls(x, boundary, KG_W_RELPRO) && window_has(c, GATE_RELPRO)) {
        size_t close = t;
        while (close > c->t0 && t - close < 4 && !tis(x, close - 1, ",") && ment_at(x, close - 1) < 0)
            close--;
        if (close > c->t0 + 3 && tis(x, close - 1, ","))
            for (size_t v = close - 1; v-- > c->t0 + 1 && v + 30 > close;) {
                if (tis(x, v, ",") || is_dash(c, v))
                    break;
                if (tis_any(x, v, relpros, sizeof relpros / sizeof *relpros) && tis(x, v - 1, ",") && v < boundary) {
                    if (v > c->t0 + 2 && ment_at(x, v - 2) >= 0)
                        return subject_in(c, v - 1, out, depth + 1, how);
                    break;
                }
            }
    }
    /* "Fidan, on his first visit to Damascus since the fall of Assad,
     * also met al-Sharaa": a clause word inside an aside that a
     * preposition opens after the subject's comma, and the verb right
     * after the aside's closing comma, belong to the aside: the subject is
     * before it */
    if (boundary != (size_t)-1 && depth <= 3 && t > b + 1 && tcls(x, boundary, KG_W_CLAUSE)) {
        size_t close = t;
        while (close > b && t - close < 3 && !tis(x, close - 1, ","))
            close--;
        if (close > b && tis(x, close - 1, ","))
            for (size_t v = boundary; v-- > c->t0 + 1 && v + 20 > boundary;) {
                if (tis(x, v, ",")) {
                    int k = ment_at(x, v - 1);
                    if (k >= 0 && actor_ok(c, k) && v + 1 < boundary && is_prep(x, v + 1))
                        return subject_in(c, v, out, depth + 1, how);
                    break;
                }
                if (is_boundary(c, v))
                    break;
            }
    }
    int n = first_actor(c, b, t, out);
    if (n)
        return n;
    if (boundary == (size_t)-1 || depth > 3)
        return 0;
    /* "Pakistan - with Iran close behind - accused India": past an aside
     * between dashes, as between commas, to a mention before it */
    if (is_dash(c, boundary))
        for (size_t u = boundary; u-- > c->t0 + 1 && u + 16 > boundary;)
            if (is_dash(c, u)) {
                if (ment_at(x, u - 1) >= 0)
                    return subject_in(c, u, out, depth + 1, how);
                break;
            }
    /* "the TTP, which Pakistan says operates from Afghanistan": a relative
     * clause with a speaker inside */
    if (tcls(x, boundary, KG_W_REPORT) && boundary > c->t0 + 1 && ment_at(x, boundary - 1) >= 0) {
        size_t r = M(x, ment_at(x, boundary - 1))->t0;
        if (r > c->t0 && tcls(x, r - 1, KG_W_RELPRO))
            return subject_in(c, r, out, depth + 1, how);
    }
    /* "The BLA, the ISPR said, attacked Quetta": past a parenthetical
     * attribution */
    /* ("The TTP, he told the meeting, was sending": the verb's own
     * short object before the closing comma) */
    if (tcls(x, boundary, KG_W_REPORT)) {
        size_t q = boundary + 1;
        while (q < t && q < boundary + 4 && !tis(x, q, ",") && (x->tok.v[q].flags & KG_TOK_WORD) &&
               !tcls(x, q, KG_W_CLAUSE))
            q++;
        if (tis(x, q, ",") && q < t)
            for (size_t u = boundary; u-- > c->t0 && u + 8 > boundary;) {
                int m = attribution_at(x, u, NULL, 0);
                if (m >= 0 && M(x, m)->t1 == boundary)
                    return subject_in(c, u, out, depth + 1, how);
            }
    }
    /* a relative clause: the mention just before the pronoun */
    if (tcls(x, boundary, KG_W_RELPRO)) {
        size_t u = boundary;
        /* "the Tehreek-e-Taliban Pakistan (TTP), whose ..." */
        while (u > c->t0 && (tis(x, u - 1, ",") || tis(x, u - 1, ")")))
            u--;
        int m = u > c->t0 ? ment_at(x, u - 1) : -1;
        if (told_that(c, boundary))
            return 0;
        /* ("Glezmann, an airline mechanic from Atlanta who was detained":
         * a place in a phrase is not the one the clause is about) */
        if (m >= 0 && !actor_ok(c, m) && M(x, m)->t0 > c->t0 + 1 && is_prep(x, M(x, m)->t0 - 1))
            for (size_t v = M(x, m)->t0 - 1; v-- > c->t0 + 1 && v + 10 > u;) {
                if (tis(x, v, ",")) {
                    int k = ment_at(x, v - 1);
                    if (k >= 0 && actor_ok(c, k))
                        m = k;
                    break;
                }
                if (ment_at(x, v) >= 0 || is_boundary(c, v))
                    break;
            }
        /* "Jaish al-Adl, a militant group that ...": past an apposition */
        if (m < 0)
            for (size_t v = u; v-- > c->t0 && v + 8 > u;) {
                if (tis(x, v, ",")) {
                    size_t w = v;
                    while (w > c->t0 && tis(x, w - 1, ")")) /* "... (TTP), a group that" */
                        w--;
                    if (w > c->t0 && (tis(x, v + 1, "a") || tis(x, v + 1, "an") || tis(x, v + 1, "the")))
                        m = ment_at(x, w - 1);
                    break;
                }
                /* (a possessive pronoun may sit in it: "the group's
                 * regional affiliate") */
                if ((ment_at(x, v) >= 0 && !(M(x, ment_at(x, v))->flags & KG_M_PRONOUN)) || is_boundary(c, v))
                    break;
            }
        if (m >= 0 && actor_ok(c, m)) {
            /* "Brazil and Cuba, which are close partners of Venezuela": a
             * coordinated subject that opens the sentence, each of it */
            int list[MAXARGS], nl = 1;
            list[0] = m;
            size_t f = M(x, m)->t0;
            while (nl < MAXARGS && f > c->t0 + 1 && (tis(x, f - 1, "and") || tis(x, f - 1, ","))) {
                int k = ment_at(x, f - 2);
                if (k < 0 || !actor_ok(c, k))
                    break;
                list[nl++] = k;
                f = M(x, k)->t0;
            }
            if (nl > 1 && f <= c->t0 + (tis(x, c->t0, "the") ? 1u : 0u)) {
                for (int i = 0; i < nl; i++)
                    out[i] = list[nl - 1 - i];
                return nl;
            }
            out[0] = m;
            return 1;
        }
    }
    /* "described the exchange as a humanitarian step and called on": an
     * "as" before a noun phrase is no clause of its own */
    /* (or a bare noun or adjective: "described the swap as proof, and
     * urged", "described the report as baseless and accused") */
    if ((how & SUBJ_COORD) && tis(x, boundary, "as") && boundary + 1 <= t &&
        (tis(x, boundary + 1, "a") || tis(x, boundary + 1, "an") || tis(x, boundary + 1, "the") ||
         tis(x, boundary + 1, "\"") ||
         (boundary + 2 <= t && (x->tok.v[boundary + 1].flags & KG_TOK_WORD) &&
          !(x->tok.v[boundary + 1].flags & KG_TOK_CAP) && ment_at(x, boundary + 1) < 0 &&
          !kg_tok_ing(x, boundary + 1) && !kg_tok_ed(x, boundary + 1) && !tcls(x, boundary + 1, KG_W_PRONOUN) &&
          !tcls(x, boundary + 1, KG_W_CLAUSE) && (tis(x, boundary + 2, ",") || tis(x, boundary + 2, "and")))))
        return subject_in(c, boundary, out, depth + 1, how);
    /* coordinated verb phrases share the subject: "rejected ... and urged" */
    if (tis(x, boundary, "and") || tis(x, boundary, "but") || tis(x, boundary, ",")) {
        /* (not into what a participle reports: "accused Kabul, saying
         * the fighters still operated from Afghan soil") */
        if (boundary + 2 < t && kg_tok_ing(x, boundary + 1) && tcls(x, boundary + 1, KG_W_REPORT))
            return 0;
        if (!(how & SUBJ_COORD)) {
            /* the coordinated verb: a finite one, not "and launching" */
            size_t v = boundary + 1;
            how |= SUBJ_COORD;
            if ((x->tok.v[v].flags & KG_TOK_WORD) && !kg_tok_ing(x, v))
                how |= SUBJ_FINITE;
            if (boundary > c->t0 && tis(x, boundary - 1, ",") && !tis(x, boundary, ","))
                how |= SUBJ_COMMA; /* ", and accused" */
        }
        return subject_in(c, boundary, out, depth + 1, how);
    }
    /* a quotation closed right before "and", then the verb of saying that
     * introduced it: "ISPR said the men had been sent \"by their masters\"
     * and accused India" (the one who said is the one who accused) */
    if ((how & SUBJ_FINITE) && !(how & SUBJ_QUOTE) && tis(x, boundary, "\"") && boundary + 1 == t)
        return subject_in(c, boundary, out, depth + 1, how | SUBJ_QUOTE);
    if ((how & SUBJ_QUOTE) && !(how & SUBJ_OPENED) && tis(x, boundary, "\""))
        return subject_in(c, boundary, out, depth + 1, how | SUBJ_OPENED);
    /* ... or a reported clause set off by ", and": "a spokesman said 46
     * people had been killed, and accused Pakistan" */
    /* (without the comma only for an act of speech whose reported
     * clause names no actor: "Muttaqi said the talks went well and
     * accused Pakistan") */
    /* (SUBJ_SPEECH is read only here and below, the last ways tried,
     * where the search would otherwise end with no one: frame_verb asks
     * one search with it for what a search without it, then one with
     * it, would give.  A rule that reads it sooner must change that.) */
    if (((how & SUBJ_QUOTE) || (how & (SUBJ_FINITE | SUBJ_COMMA)) == (SUBJ_FINITE | SUBJ_COMMA) ||
         (how & (SUBJ_FINITE | SUBJ_SPEECH)) == (SUBJ_FINITE | SUBJ_SPEECH)) &&
        tcls(x, boundary, KG_W_REPORT))
        return subject_in(c, boundary, out, depth + 1, how);
    /* (and "Muttaqi denied that any group operates from Afghan soil and
     * accused Pakistan": a clause of what is denied) */
    /* ("rejected claims that ...": past the charge) */
    if ((how & (SUBJ_FINITE | SUBJ_SPEECH)) == (SUBJ_FINITE | SUBJ_SPEECH)) {
        size_t v = denial_of_that(c, boundary);
        if (v != (size_t)-1)
            return subject_in(c, v, out, depth + 1, how);
    }
    return 0;
}

static int subject(const struct ctx *c, size_t t, int *out, int depth)
{
    return subject_in(c, t, out, depth, 0);
}

/* first_actor's words that open a fronted phrase: "After Kabul,
 * Muttaqi visited Delhi", "Unlike India, Pakistan met" */
static const struct kg_lit adv[] = {KG_LIT("after"),  KG_LIT("before"),  KG_LIT("besides"), KG_LIT("unlike"),
                                    KG_LIT("beyond"), KG_LIT("except"),  KG_LIT("despite"), KG_LIT("during"),
                                    KG_LIT("following"), KG_LIT("amid")};
/* (after a measure of time: "Hours after Burhan spoke,", "A day after
 * Dar arrived,", "Shortly before the vote,") */
static const struct kg_lit time_spans[] = {
    KG_LIT("hours"), KG_LIT("days"),   KG_LIT("weeks"),    KG_LIT("months"), KG_LIT("years"),
    KG_LIT("minutes"), KG_LIT("moments"), KG_LIT("hour"),  KG_LIT("day"),    KG_LIT("week"),
    KG_LIT("month"), KG_LIT("year"),   KG_LIT("shortly"),  KG_LIT("soon"),   KG_LIT("just"),
    KG_LIT("only"),  KG_LIT("even"),   KG_LIT("long"),     KG_LIT("immediately")};

/* The word of adv[] past a span of time that opens the window ("Hours
 * after", "A day after", the span first or second), else t0: looked for
 * once per window and kept in win_cache (most subject searches ask; the
 * caller reads the cache first). */
static __attribute__((noinline)) size_t after_span(const struct ctx *c)
{
    const struct kg_extractor *x = c->x;
    size_t v = c->t0;
    c->wc->after_span = c->t0;
    if (c->t0 + 2 < c->t1 && !tis_any(x, v, adv, sizeof adv / sizeof *adv)) {
        if (!tis_any(x, v, time_spans, sizeof time_spans / sizeof *time_spans) && ment_at(x, v) < 0 &&
            !(x->tok.v[v + 1].flags & KG_TOK_CAP))
            v++;
        if (v + 2 < c->t1 && tis_any(x, v, time_spans, sizeof time_spans / sizeof *time_spans) &&
            tis_any(x, v + 1, adv, sizeof adv / sizeof *adv))
            c->wc->after_span = v + 1;
    }
    return c->wc->after_span;
}

/* The first actor in [from, t) that no preposition governs (the head of
 * a titled phrase), with what is coordinated with it. */
static int first_actor(const struct ctx *c, size_t from, size_t t, int *out)
{
    const struct kg_extractor *x = c->x;
    /* "After Kabul, Muttaqi visited Delhi", "Unlike India, Pakistan met",
     * "After his meeting with Xi, Sharif flew to Moscow": what a fronted
     * phrase names is no subject of the clause after its comma (but
     * "after US envoys visit Kabul" has no comma) */
    size_t fr = 0; /* the fronted phrase's comma */
    /* (the clause may start after the word: "after" is a clause word) */
    /* (and a fronted participle, whose phrase may hold a clause word:
     * "Speaking after Dar, Muttaqi denied", "Asked whether Pakistan would
     * retaliate, Asif said") */
    int part = from < c->t0 + 12 && ment_at(x, c->t0) < 0 && !(x->tok.v[c->t0].flags & KG_TOK_ALLCAPS) &&
               (kg_tok_ing(x, c->t0) || tis(x, c->t0, "asked"));
    /* (asked in most searches for a subject: tis_any's glance at its Bloom
     * filters is a certain no for nearly every word) */
    size_t a0 = c->t0;
    if (!part && from <= c->t0 + 3) {
        size_t sp = c->wc->after_span;
        if (sp == (size_t)-1)
            sp = after_span(c);
        if (sp + 1 < t)
            a0 = sp;
    }
    if (part || ((from == c->t0 || from == c->t0 + 1 || from == a0 || from == a0 + 1) &&
                 tis_any(x, a0, adv, sizeof adv / sizeof *adv)))
        for (size_t u = a0 + 1; u < t && u < a0 + 12; u++) {
            if (tis(x, u, ",")) {
                fr = u;
                break;
            }
            if (!part && is_boundary(c, u))
                break;
        }
    /* (past a list in the participle's phrase: "Visiting Beijing, Kabul and
     * Tehran, Dar met") */
    size_t fc = part && fr ? fronted_comma(c) : 0;
    if (fc > fr)
        fr = fc;
    /* (within the window, from one of its mentions to the next, [m0, m1)
     * in token order, not word by word: fewer steps, and the test for a
     * mention at each word went as the text fell.  Reaching outside the
     * window, where its mentions are not listed, word by word.) */
    size_t mi = c->m0;
    int listed = from >= c->t0 && t <= c->t1;
    for (size_t u = from; u < t; u++) {
        if (listed) {
            while (mi < c->m1 && x->ments[mi].t0 < u)
                mi++;
            if (mi >= c->m1 || x->ments[mi].t0 >= t)
                break;
            u = x->ments[mi].t0;
        }
        int m = ment_at(x, u);
        if (m < 0 || M(x, m)->t0 != u || u < fr)
            continue;
        if ((u > c->t0 && is_prep(x, u - 1)) || (u > c->t0 + 1 && tis(x, u - 1, "the") && is_prep(x, u - 2))) {
            /* "a spokesman for the Taliban government", "officials of the
             * TTP": a state organ's word governs it, and it acts */
            size_t q = is_prep(x, u - 1) ? u - 1 : u - 2;
            /* nor do fighters "affiliated with", "linked to", "loyal to" a
             * group: they tie it to the act (SCHEMA: unnamed groups) */
            static const struct kg_lit tie[] = {KG_LIT("affiliated"), KG_LIT("linked"), KG_LIT("belonging"),
                                                KG_LIT("belong"), KG_LIT("loyal"), KG_LIT("allied"),
                                                KG_LIT("tied")};
            int tied = q > c->t0 && (tis(x, q, "with") || tis(x, q, "to")) &&
                       tis_any(x, q - 1, tie, sizeof tie / sizeof *tie);
            /* (and a group's members: "fighters of the TTP", "separatists
             * of the CSP-DPA ambushed") */
            static const struct kg_lit members[] = {
                KG_LIT("fighters"), KG_LIT("militants"), KG_LIT("separatists"), KG_LIT("rebels"),
                KG_LIT("members"),  KG_LIT("gunmen"),    KG_LIT("insurgents"),  KG_LIT("commanders"),
                KG_LIT("operatives"), KG_LIT("cadres"),  KG_LIT("militiamen"),  KG_LIT("leaders"),
                KG_LIT("units"),    KG_LIT("elements")};
            if (!tied && !(q > c->t0 && (tis(x, q, "for") || tis(x, q, "of") || tis(x, q, "from")) &&
                           ((tcls(x, q - 1, KG_W_ORGAN) && !tis(x, q, "from")) ||
                            ((tis(x, q, "of") || tis(x, q, "from")) &&
                             tis_any(x, q - 1, members, sizeof members / sizeof *members))) &&
                           ment_at(x, q - 1) < 0))
                continue;
        }
        int h = head_of(c, m);
        if (h >= 0 && M(x, h)->t0 < t)
            m = h;
        if (!actor_ok(c, m))
            continue;
        return with_coordinated(c, m, out, 0);
    }
    return 0;
}

/* The subject of the sentence's main clause. */
static int main_subject(const struct ctx *c, size_t t, int rel, int *out)
{
    /* "X said Afghan units had retaliated, killing 19 soldiers": the
     * reported clause's subject, not the speaker (but "X said ...,
     * accusing / urging Y" is the speaker's act) */
    const struct kg_extractor *x = c->x;
    for (size_t u = t; rel == KG_REL_ATTACKS && u-- > c->t0 + 1;)
        if (tcls(x, u, KG_W_REPORT) && !tis(x, u + 1, "to") && ment_at(x, u) < 0 && saying_in(x, u, t) == u) {
            size_t from = u + 1 < t && tis(x, u + 1, "that") ? u + 2 : u + 1;
            return first_actor(c, from, t, out);
        }
    return first_actor(c, c->t0, t, out);
}

/* The object(s) after token t (skipping to `prep` first when given). */
/* Is the mention at token u the group whose people the object at t
 * names ("members of the TTP", "the top leaders of JNIM": at most two
 * lower-case words before the noun)? */
static int members_of(const struct ctx *c, size_t t, size_t u)
{
    const struct kg_extractor *x = c->x;
    static const struct kg_lit people[] = {
        KG_LIT("members"),   KG_LIT("member"),   KG_LIT("leaders"), KG_LIT("leader"),   KG_LIT("leadership"),
        KG_LIT("fighters"),  KG_LIT("commanders"), KG_LIT("militants"), KG_LIT("operatives"), KG_LIT("elements"),
        KG_LIT("cadres"),    KG_LIT("remnants"), KG_LIT("affiliates"), KG_LIT("figures"), KG_LIT("loyalists")};
    size_t of = u > t + 1 && tis(x, u - 1, "the") ? u - 2 : u - 1;
    if (of <= t || of > t + 3 || !tis(x, of, "of") || !tis_any(x, of - 1, people, sizeof people / sizeof *people))
        return 0;
    /* (not past a preposition: "demanded action against members of the
     * TTP" does not address the TTP) */
    for (size_t v = t; v + 1 < of; v++)
        if (!(x->tok.v[v].flags & KG_TOK_WORD) || (x->tok.v[v].flags & KG_TOK_CAP) || ment_at(x, v) >= 0 ||
            is_prep(x, v))
            return 0;
    return 1;
}

/* Is token by a "by" after a word of holding ("positions held by", "camps
 * run by")? */
static int holder_before(const struct kg_extractor *x, size_t by)
{
    static const struct kg_lit held[] = {KG_LIT("held"),     KG_LIT("controlled"), KG_LIT("occupied"),
                                         KG_LIT("manned"),   KG_LIT("used"),       KG_LIT("run"),
                                         KG_LIT("operated"), KG_LIT("owned")};
    return by > 0 && tis(x, by, "by") && tis_any(x, by - 1, held, sizeof held / sizeof *held);
}

static int object_(const struct ctx *c, size_t t, const char *prep, int *out, int places, int direct)
{
    const struct kg_extractor *x = c->x;
    size_t u = t;
    if (prep) {
        /* the preposition may sit past coordinated titles ("Deputy Prime
         * Minister and Foreign Minister Roe to Baghdad"): stop only at a
         * clause that is not a coordination */
        size_t pl = strlen(prep);
        while (u < c->t1 && u < t + 20 && !tis_n(x, u, prep, pl) &&
               (!is_boundary(c, u) || tis(x, u, "and") || tis(x, u, ",")))
            u++;
        if (u >= c->t1 || !tis_n(x, u, prep, pl))
            return 0;
    }
    /* (the comma that closes a participle's aside ends it: "Pakistan,
     * saying the TTP had killed 16 soldiers, launched strikes on") */
    /* (looked for at the first comma: most objects come before one) */
    int aside = -1; /* 1 when t is in an aside; -1 not yet looked */
    for (int steps = 0; u < c->t1 && steps < 16; u++, steps++) {
        /* (most words are no comma, no boundary (see is_boundary) and no
         * name: every test below passes them by, so they are passed at
         * once.  A test added below that can stop at another word must
         * come before this.) */
        if (!bound_word(x, u) && x->tok_ment[u] < 0)
            continue;
        if (aside < 0 && tis(x, u, ",")) {
            aside = 0;
            for (size_t v = t; v > c->t0 + 1 && v + 24 > t; v--) {
                if (tis(x, v - 1, ","))
                    break;
                if (tcls(x, v - 1, KG_W_REPORT) && kg_tok_ing(x, v - 1) && tis(x, v - 2, ",")) {
                    aside = 1;
                    break;
                }
            }
        }
        if (aside > 0 && tis(x, u, ","))
            return 0;
        /* (", Naqvi said" ends it too) */
        /* (and so does a participle clause: "attacked the train, blaming
         * India") */
        if (u > t && !prep && tis(x, u, ",") && u + 1 < c->t1 && kg_tok_ing(x, u + 1) &&
            !(x->tok.v[u + 1].flags & KG_TOK_CAP) && ment_at(x, u + 1) < 0)
            return 0;
        /* (and so does a clause's "and" right after the cue: "denied any
         * role in the attack and accused India") */
        /* (and so does a clause after an unnamed object: "condemned the
         * attack, and the US embassy said") */
        /* (not an object a comma sets off: "blamed the militants, and the
         * Taliban government, for the attack") */
        if (u > t + 1 && tis(x, u, ",") && ment_at(x, u - 1) < 0 && (x->tok.v[u - 1].flags & KG_TOK_WORD) &&
            (tis(x, u + 1, "and") || tis(x, u + 1, "but") || tis(x, u + 1, "while"))) {
            size_t v = u + 2;
            while (v < c->t1 && v < u + 12 && !tis(x, v, ","))
                v++;
            if (!(v + 1 < c->t1 && tis(x, v, ",") &&
                  (tis(x, v + 1, "of") || tis(x, v + 1, "for") || tis(x, v + 1, "to") || tis(x, v + 1, "on"))))
                return 0;
        }
        if (((u > t || (!prep && (tis(x, u, "and") || tis(x, u, ",") || tis(x, u, ";")))) && is_boundary(c, u)) ||
            attribution_at(x, u, NULL, 0) >= 0)
            return 0;
        int m = ment_at(x, u);
        if (m < 0 || M(x, m)->t0 != u)
            continue;
        int h = head_of(c, m);
        if (h >= 0)
            m = h;
        if (M(x, m)->flags & (KG_M_DATELINE | KG_M_TITLEOF | KG_M_QUAL))
            continue;
        /* ("killed his predecessor": a kin or trade of a possessive
         * pronoun's, not its owner) */
        if ((M(x, m)->flags & KG_M_PRONOUN) && M(x, m)->t1 < c->t1 && x->tokph[M(x, m)->t1] &&
            (x->tokph[M(x, m)->t1]->classes & KG_WBIT(KG_W_PERSONNOUN)) &&
            (tis(x, u, "his") || tis(x, u, "her") || tis(x, u, "their") || tis(x, u, "its")))
            return 0;
        /* a place adjunct ("with journalists in Islamabad") is no object,
         * except of a relation that takes a place */
        /* (a state right after the cue's own preposition is its object:
         * "supplied weapons to Pakistan") */
        if ((M(x, m)->flags & KG_M_PLACE) && !places &&
            !(prep && u > t && (u == t + 1 || (u == t + 2 && tis(x, t + 1, "the"))) && tis_n(x, t, prep, strlen(prep)) &&
              kg_is_state(x, &x->dents[x->ments[m].de])))
            continue;
        /* a verb's object is direct: "demanded action against the TTP" does
         * not address the TTP (relations that take places excepted) */
        /* (a preposition that ends the cue itself, "held talks with", is
         * the verb's own) */
        /* (nor is what such a phrase's possessive owns: "trained in
         * Afghanistan's Kunar province") */
        /* (the author of a charge is: "dismissed a claim by Netanyahu") */
        size_t by = u > t && tis(x, u - 1, "by") ? u - 1 : u > t + 1 && tis(x, u - 1, "the") && tis(x, u - 2, "by") ? u - 2 : 0;
        /* (and of what a denial rejects: "rejected the statement by the
         * Indian foreign ministry") */
        static const struct kg_lit said[] = {KG_LIT("statement"), KG_LIT("statements"), KG_LIT("remarks"),
                                             KG_LIT("comments"), KG_LIT("version"), KG_LIT("account"),
                                             KG_LIT("narrative"), KG_LIT("report")};
        /* (and the holder of what was struck: "struck positions held by
         * the SDF near Kobani") */
        int author = by > t && (tis_any(x, by - 1, charge_words, KG_NCHARGE) ||
                                (c->denial && tis_any(x, by - 1, said, sizeof said / sizeof *said)) ||
                                (places && holder_before(x, by)));
        /* (and a group's people stand for it: "sheltering members of the
         * TTP", "harbouring the top leaders of JNIM") */
        if (direct && !places && !author && members_of(c, t, u))
            author = 1;
        if (direct && !places && u > t && !author &&
            ((is_prep(x, u - 1) && u - 1 >= t) ||
             (u > t + 1 && (tis(x, u - 1, "the") || tis(x, u - 1, "a") || tis(x, u - 1, "an")) &&
              is_prep(x, u - 2) && u - 2 >= t))) {
            if (M(x, m)->t1 > u)
                u = M(x, m)->t1 - 1; /* (m may be the head after it) */
            if ((M(x, m)->flags & KG_M_POSS) && ment_at(x, M(x, m)->t1 + 1) >= 0)
                u = M(x, ment_at(x, M(x, m)->t1 + 1))->t1 - 1;
            continue;
        }
        /* "fighting, following mediation by the US": an agent is no object */
        if (by && !author)
            continue;
        /* "struck a power station north of Khartoum": a place the object
         * is told by is not it */
        static const struct kg_lit compass[] = {
            KG_LIT("north"),     KG_LIT("south"),     KG_LIT("east"),      KG_LIT("west"),
            KG_LIT("northeast"), KG_LIT("northwest"), KG_LIT("southeast"), KG_LIT("southwest"),
            KG_LIT("north-east"), KG_LIT("north-west"), KG_LIT("south-east"), KG_LIT("south-west")};
        if (u > t + 1 && tis(x, u - 1, "of") && tis_any(x, u - 2, compass, sizeof compass / sizeof *compass) &&
            ment_at(x, u - 2) < 0)
            continue;
        int n = with_coordinated(c, m, out, 0);
        /* "the Barmal district of Paktika province": the larger place too */
        size_t e = M(x, out[n - 1])->t1;
        int of = e + 1 < c->t1 && tis(x, e, "of") ? ment_at(x, e + 1) : -1;
        if (places && n < MAXARGS && of >= 0 && M(x, of)->t0 == e + 1 && dtype(x, out[n - 1]) != KG_ORG &&
            dtype(x, out[n - 1]) != KG_PERSON && (dtype(x, of) == KG_GPE || dtype(x, of) == KG_LOC))
            out[n++] = of;
        return n;
    }
    return 0;
}

static int object(const struct ctx *c, size_t t, const char *prep, int *out)
{
    return object_(c, t, prep, out, c->places, 0);
}

/* ---- relation records ---- */

static int person_state(struct kg_extractor *x, int de);

static int type_ok(int rel, int st, int dt)
{
    switch (rel) {
    case KG_REL_VISITS:
        return st != KG_LOC && (dt == KG_GPE || dt == KG_LOC);
    case KG_REL_BASED_IN:
        return (st == KG_ORG || st == KG_PERSON) && (dt == KG_GPE || dt == KG_LOC);
    case KG_REL_OFFICIAL_OF:
        return st == KG_PERSON && (dt == KG_ORG || dt == KG_GPE);
    case KG_REL_ATTACKS:
        return st != KG_LOC;
    default:
        return st != KG_LOC && dt != KG_LOC;
    }
}

/* (a city or province is no party to talks, a meeting, a pact or a
 * mediation: "met Museveni in Nairobi to discuss Goma", "Egypt, a close
 * ally of Burhan, pressed for a truce for El Fasher") */
static int party_ok(const struct kg_extractor *x, int rel, int dde)
{
    const struct kg_dent *d = &x->dents[dde];
    return !((rel == KG_REL_NEGOTIATES || rel == KG_REL_MEETS || rel == KG_REL_COOPERATES ||
              rel == KG_REL_MEDIATES) &&
             d->type == KG_GPE && d->lex >= 0 && x->lx.ents[d->lex].country >= 0);
}

static void emit(struct ctx *c, int sde, int dde, int rel, int mod)
{
    struct kg_extractor *x = c->x;
    if (sde < 0 || dde < 0 || sde == dde)
        return;
    if (!type_ok(rel, x->dents[sde].type, x->dents[dde].type) || !party_ok(x, rel, dde) || !party_ok(x, rel, sde))
        return;
    /* talks between two persons are a meeting (SCHEMA: meets vs negotiates) */
    if (rel == KG_REL_NEGOTIATES && x->dents[sde].type == KG_PERSON && x->dents[dde].type == KG_PERSON)
        rel = KG_REL_MEETS;
    /* a person does not meet or negotiate with the state they serve
     * ("Khawaja Asif met Pakistan's delegation") */
    if ((rel == KG_REL_MEETS || rel == KG_REL_NEGOTIATES) &&
        ((x->dents[sde].type == KG_PERSON && kg_is_state(x, &x->dents[dde]) && person_state(x, sde) == dde) ||
         (x->dents[dde].type == KG_PERSON && kg_is_state(x, &x->dents[sde]) && person_state(x, dde) == sde)))
        return;
    /* nor is it based in its own ("Indian troops deployed in Kashmir") */
    if (rel == KG_REL_BASED_IN && kg_is_state(x, &x->dents[sde]) && x->dents[dde].lex >= 0 &&
        x->lx.ents[x->dents[dde].lex].country == x->dents[sde].lex)
        return;
    /* a state does not visit its own cities and provinces ("Pakistani
     * troops accompanied engineers to Dasu", "welcomed Dar when visiting
     * Kabul") */
    if (rel == KG_REL_VISITS && kg_is_state(x, &x->dents[sde]) && x->dents[dde].lex >= 0 &&
        x->lx.ents[x->dents[dde].lex].country == x->dents[sde].lex)
        return;
    /* a state acting inside its own provinces does not attack them */
    if (rel == KG_REL_ATTACKS && x->dents[dde].type == KG_GPE && x->dents[dde].lex >= 0 && x->dents[sde].lex >= 0 &&
        x->lx.ents[x->dents[dde].lex].country == x->dents[sde].lex)
        return;
    for (size_t i = x->nrels, k = 0; i-- > 0 && x->rels[i].sent == c->si && k < KG_LOOKBACK; k++) {
        struct kg_relinst *r = &x->rels[i];
        if (r->relation == rel && ((r->src == sde && r->dst == dde) ||
                                   (kg_relations[rel].symmetric && r->src == dde && r->dst == sde))) {
            if (mod < r->modality)
                r->modality = mod;
            return;
        }
    }
    KG_GROW(x->rels, x->nrels + 1, x->rels_alloc);
    struct kg_relinst *r = &x->rels[x->nrels++];
    r->src = sde;
    r->dst = dde;
    r->relation = rel;
    r->modality = mod;
    r->sent = c->si;
    /* the evidence: the sentence, or, of one longer than --max-sentence
     * (read in parts: kg_find_relations), the window of words the relation
     * was found in, which holds both its names; a page without stops
     * quoted whole in every record was megabytes a line */
    const struct kg_sent *st = &x->sents[c->si];
    r->ev0 = st->t0;
    r->ev1 = st->t1;
    if (st->t1 - st->t0 > KG_WINDOW && x->tok.v[st->t1 - 1].end - x->tok.v[st->t0].start > x->max_sentence) {
        size_t at = c->at ? c->at - 1 : c->t0;
        if (at >= st->t0 && at < st->t1) {
            r->ev0 = st->t0 + (at - st->t0) / KG_WINDOW * KG_WINDOW;
            r->ev1 = st->t1 - r->ev0 > KG_WINDOW ? r->ev0 + KG_WINDOW : st->t1;
        }
    }
    r->prev_off = -1;
    r->prev_rel = x->last_rel[rel];
    x->last_rel[rel] = (int)(x->nrels - 1);
    if (rel == KG_REL_OFFICIAL_OF) {
        r->prev_off = x->dents[sde].last_off;
        x->dents[sde].last_off = (int)(x->nrels - 1);
        if (kg_is_state(x, &x->dents[dde]))
            x->dents[sde].off_state = dde;
    }
}

static void emit_all(struct ctx *c, const int *s, int ns, const int *d, int nd, int rel, int mod)
{
    /* "Qatar and Turkey urged both parties to talk": a pair named by a
     * pronoun that is the subjects themselves is another pair, one the
     * article did not name */
    int own = nd >= 2 && ns >= 2;
    for (int j = 0; j < nd && own; j++) {
        int in = 0;
        for (int i = 0; i < ns; i++)
            in |= c->x->ments[s[i]].de == c->x->ments[d[j]].de;
        own = in && (c->x->ments[d[j]].flags & KG_M_PRONOUN);
    }
    if (own)
        return;
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nd; j++)
            emit(c, c->x->ments[s[i]].de, c->x->ments[d[j]].de, rel, mod);
}

/* ---- modality ---- */

/* (words of a name do not count: the "States" of "United States") */
static inline int has_class_in(const struct ctx *c, size_t from, size_t to, int cls)
{
    /* (tokany has the classes of every phrase starting at a token: most
     * tokens are ruled out without a call) */
    for (size_t u = from; u < to; u++)
        if ((c->x->tokany[u] & KG_WBIT(cls)) && ment_at(c->x, u) < 0 && match_class(c->x, u, to, KG_WBIT(cls)))
            return 1;
    return 0;
}

/* (inline: asked of most tokens near a cue, and mostly a quick no) */
static inline int is_be(const struct kg_extractor *x, size_t t)
{
    static const struct kg_lit be[] = {KG_LIT("is"), KG_LIT("are"), KG_LIT("was"), KG_LIT("were"),
                                       KG_LIT("been"), KG_LIT("being"), KG_LIT("be")};
    /* (asked of most tokens: tis_any's Bloom filters say no to nearly all
     * others at one branch) */
    return tis_any(x, t, be, sizeof be / sizeof be[0]);
}

/* What befalls one harmed: "was killed", "had been abducted". */
static const struct kg_lit harmed[] = {
    KG_LIT("killed"), KG_LIT("wounded"), KG_LIT("injured"), KG_LIT("hurt"),   KG_LIT("shot"),
    KG_LIT("caught"), KG_LIT("trapped"), KG_LIT("maimed"),  KG_LIT("slain"),  KG_LIT("martyred"),
    KG_LIT("hit"),    KG_LIT("abducted"), KG_LIT("kidnapped"), KG_LIT("taken")};

/* Does a passive of harm follow token t ("was killed", "had been
 * wounded")? */
static int harmed_at(const struct kg_extractor *x, size_t t, size_t end)
{
    if (t < end && (tis(x, t, "had") || tis(x, t, "has") || tis(x, t, "have")))
        t++;
    if (t + 1 >= end || !is_be(x, t))
        return 0;
    if (!tis(x, t, "been") && tis(x, t + 1, "been"))
        t++;
    return t + 1 < end && tis_any(x, t + 1, harmed, sizeof harmed / sizeof *harmed);
}

/* ---- the window's words ---- */

/* Has the window a token whose key has the hash of a word of a gate's
 * list (window_has, gate_lists)?  A quick and certain no for the
 * passes after the cues (and the scans of modality) that each look for
 * words of their own: one bit of the window's gates (by the tokenizer's
 * kg_key_hash, found by window_relations' first scan or at the first
 * asking), instead of a scan per pass.  A yes may be false: the pass
 * scans then as it would anyway.
 *
 * A gate is only right while its pass finds nothing without one of the
 * gate's words in the window: each gate says which words it needs, mostly
 * the pass's own lists; where a gate has a list of its own (joint_action's,
 * and the one-word gates) its comment says what that list must hold.  A
 * rule added to a gated pass that needs none of them must widen the gate
 * (or go before it). */
static inline unsigned sketch_slot(unsigned h)
{
    return h >> SKETCH_SHIFT;
}
/* Add the sketch bits of the n words of l to want[SKETCH_WORDS].  (Inline with the
 * list constant: the hashes fold at compile time.) */
static inline __attribute__((always_inline)) void sketch_words(unsigned long long *want, const struct kg_lit *l,
                                                               size_t n)
{
#pragma GCC unroll 64
    for (size_t j = 0; j < n; j++) {
        unsigned b = sketch_slot(kg_key_hash(l[j].w, l[j].n));
        want[b >> 6] |= 1ull << (b & 63);
    }
}
/* Can token t be one of the words whose bits sketch_words put in want?  A
 * certain no for most tokens, in fewer steps than a length and a first
 * letter: a scan for a few words tests this before its word lists.  (It
 * stays right while want has the bits of every word the scan then looks
 * for at that token.) */
static inline int sketch_may(const struct kg_extractor *x, size_t t, const unsigned long long *want)
{
    unsigned b = sketch_slot(x->tok.v[t].hash);
    return (want[b >> 6] >> (b & 63)) & 1;
}
/* The gates, one bit each: window_has(c, g) asks whether the window has a
 * word of gate g's list (gate_lists, by kg_find_relations).  A key hash's
 * gates (gate_of_hash) are the bits of each gate with a word of that
 * hash: a window's gates are the OR of its tokens', looked up at the
 * tokens window_relations' first scan finds at a gate word's sketch slot.
 * (The same answer, but for the false yeses, as a Bloom filter of the
 * window's words tested with each list's bits, which it replaced: that
 * cleared 64 words per window, set a bit per token in memory and ANDed up
 * to a list's length of words per gate asked.) */
/* The gates' words by key hash: gate_h[e] is a hash of a gate's word and
 * gate_tab[e] the gates of the words with that hash; gate_idx[b] is the
 * first such entry e (from 1) of the hashes in sketch slot b, 0 if none,
 * and gate_next[e] the next of the same slot, 0 at the last.  (A window's
 * first scan lists its tokens at a slot with an entry, a byte's test, and
 * looks their hashes up there: the whole hash, as the slot alone opened
 * the gates of some passes in up to 20 times as many windows as had a
 * word of theirs, at a frequent word that shares a gate word's slot, and
 * those passes then scanned their windows for nothing.  A table of the
 * gates by slot, 16 KB, missed the cache at most lookups, as the frames
 * between two windows had evicted it.) */
#define KG_GATE_WORDS 256 /* (distinct hashes, the first entry unused) */
static unsigned gate_tab[KG_GATE_WORDS], gate_h[KG_GATE_WORDS];
static unsigned char gate_idx[1u << (32 - SKETCH_SHIFT)], gate_next[KG_GATE_WORDS];
/* The scans' word filters (sketch_may) of the passes that read a few
 * words of their own, filled once with the gates (gate_init): as arrays
 * on the stack each was 64 words cleared at every asking. */
static unsigned long long sketch_affil[SKETCH_WORDS], sketch_joint[SKETCH_WORDS], sketch_support[SKETCH_WORDS],
    sketch_hosts[SKETCH_WORDS];
/* The gates of the words whose key hash is h (one of the slot's entries,
 * if any, has it). */
static inline unsigned gate_of_hash(unsigned h)
{
    unsigned g = 0;
    for (unsigned e = gate_idx[sketch_slot(h)]; e; e = gate_next[e])
        g |= gate_h[e] == h ? gate_tab[e] : 0;
    return g;
}
/* (out of line and cold: window_relations has mostly found the gates
 * already, and inline this loop made each gate a loop's worth of code and
 * registers in every pass that asks one) */
static __attribute__((noinline, cold)) void gates_fill(const struct ctx *c)
{
    struct win_cache *wc = c->wc;
    const struct kg_extractor *x = c->x;
    unsigned g = 0;
    for (size_t u = c->t0; u < c->t1; u++)
        g |= gate_of_hash(x->tok.v[u].hash);
    wc->gates = g;
    wc->sketched = 1;
}
/* window_has(c, gate) for the passes after the cues (kg_find_relations),
 * which run after window_relations: its first scan has filled the gates
 * (wc->sketched), so they are read with no test of that. */
static inline int pass_gate(const struct ctx *c, unsigned gate)
{
    return (c->wc->gates >> gate) & 1;
}
static inline int window_has(const struct ctx *c, unsigned gate)
{
    if (!c->wc->sketched)
        gates_fill(c);
    return pass_gate(c, gate);
}

/* Has the window a word of alleges[]?  (Looked for at the first asking:
 * most windows never get that far in modality().) */
static int alleging(const struct ctx *c)
{
    if (c->wc->alleging < 0) {
        const struct kg_extractor *x = c->x;
        int a = 0;
        if (window_has(c, GATE_ALLEGES))
            for (size_t u = c->t0; u < c->t1 && !a; u++)
                a = tis_any(x, u, alleges, KG_NALLEGES);
        c->wc->alleging = a;
    }
    return c->wc->alleging;
}

/* The window's first word of saying (KG_W_REPORT) if it is before `to`
 * (or t1 if the window has none), else a token at or past `to`: looked
 * for once per window, but only as far as asked (most cues ask about the
 * words before them, and most windows have no such word: the words past
 * the last cue are not read).  [t0, wc->unsaid) is known to have none. */
static size_t report_upto(const struct ctx *c, size_t to)
{
    /* (cls read directly: the window's tokens are all below tok.n, which
     * tcls would test at each) */
    const unsigned *cls = c->x->cls;
    size_t u = c->wc->unsaid, end = to < c->t1 ? to : c->t1;
#ifdef __SSE2__
    /* (eight words at a step: most windows have no word of saying, and
     * a word at a time was some 1M instructions of cg3) */
    const __m128i bit = _mm_set1_epi32((int)KG_WBIT(KG_W_REPORT));
    while (u + 8 <= end) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(cls + u));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(cls + u + 4));
        __m128i hit = _mm_cmpeq_epi32(_mm_and_si128(_mm_or_si128(a, b), bit), bit);
        if (_mm_movemask_epi8(hit))
            break;
        u += 8;
    }
#endif
    while (u < end && !(cls[u] & KG_WBIT(KG_W_REPORT)))
        u++;
    c->wc->unsaid = u;
    if (u < end || u == c->t1)
        c->wc->report = u;
    return u;
}

/* saying_in(x, c->t0, to): from the window's first word of saying on (the
 * words before it are no verbs of saying).  (Inline: asked for most cues,
 * and mostly a quick "none before the cue".) */
static inline size_t saying_before(const struct ctx *c, size_t to)
{
    size_t r = c->wc->report != (size_t)-1 ? c->wc->report : report_upto(c, to);
    return r >= to ? to : saying_in_at(c->x, c->t0, r, to);
}

/* modality's words: each list is a gate's too (window_has, gate_lists), so
 * it stands out here where gate_lists can name it */
/* ("declined to act") */
static const struct kg_lit decline[] = {KG_LIT("declined"), KG_LIT("declines"), KG_LIT("refuses"),
                                        KG_LIT("refusing"), KG_LIT("rejected"), KG_LIT("ruled")};
/* ("denied carrying out the bombings") */
static const struct kg_lit deny[] = {KG_LIT("denied"), KG_LIT("denies"), KG_LIT("deny"), KG_LIT("denying")};
/* ("was cancelled", "was postponed") */
static const struct kg_lit off[] = {KG_LIT("cancelled"), KG_LIT("canceled"), KG_LIT("postponed"),
                                    KG_LIT("scrapped"), KG_LIT("shelved"), KG_LIT("called"),
                                    KG_LIT("put")};

/* Is there a modal "may" in [from, to), the verb of a hedge ("Pakistan
 * may strike"), not the month ("on 9 May struck", "in May attacked"):
 * lower case, or opening the sentence? */
static int may_before(const struct ctx *c, size_t from, size_t to)
{
    const struct kg_extractor *x = c->x;
    for (size_t u = from; u < to; u++)
        if (tis(x, u, "may") && (!(x->tok.v[u].flags & KG_TOK_CAP) || u == c->t0) &&
            (!tis(x, u + 1, "have") || tis(x, u + 2, "to")))
            return 1;
    return 0;
}

static int modality(const struct ctx *c, size_t cue, int rel, int requested)
{
    const struct kg_extractor *x = c->x;
    size_t boundary;
    size_t b = clause_start(c, cue, &boundary);
    /* ("would not act as an intermediary", "declined to serve as"): the
     * verb before "as" is the clause's */
    static const struct kg_lit asverbs[] = {KG_LIT("act"),   KG_LIT("acts"),   KG_LIT("acted"),  KG_LIT("acting"),
                                            KG_LIT("serve"), KG_LIT("serves"), KG_LIT("served"), KG_LIT("serving")};
    size_t as = boundary;
    if (as != (size_t)-1 && as > c->t0 && as + 4 >= cue && tis(x, as, "as") &&
        tis_any(x, as - 1, asverbs, sizeof asverbs / sizeof *asverbs)) {
        b = clause_start(c, as - 1, &boundary);
        cue = as - 1; /* (the negation and planning windows count from the verb) */
    }
    /* (the classes of the phrases starting in the six words before the
     * cue and at it, the reach of the negation and planning tests below:
     * most cues have neither, and those tests are asked only when there
     * is one.  A test added below that looks further back must widen
     * this.) */
    unsigned classes = 0;
    size_t lo = cue > c->t0 + 6 ? cue - 6 : c->t0;
    for (size_t u = lo; u <= cue; u++)
        classes |= x->tokany[u];
    size_t near = cue > c->t0 + 4 ? cue - 4 : c->t0;
    if (near < b)
        near = b;
    if ((classes & KG_WBIT(KG_W_NEGATION)) && has_class_in(c, near, cue, KG_W_NEGATION))
        return KG_MOD_NEGATED;
    /* ("declined to act", "has never acted") */
    /* (each of the three scans below finds nothing without a word of its
     * list in the window: the window's gates are asked first) */
    if (window_has(c, GATE_DECLINE))
        for (size_t u = cue; u > b && u + 4 > cue; u--)
            if ((tis(x, u, "to") || tis(x, u, "out")) && tis_any(x, u - 1, decline, sizeof decline / sizeof *decline))
                return KG_MOD_NEGATED;
    /* "denied carrying out the bombings", "denies any role in the attack" */
    /* (and "denied that it backs the BLA": what is denied) */
    if (rel != KG_REL_DENIES && window_has(c, GATE_DENY))
        for (size_t u = cue; u > c->t0 && u + 5 > cue; u--) {
            if (tis(x, u - 1, ",") || tis(x, u - 1, ";") || tis(x, u - 1, "and") || tis(x, u - 1, "but"))
                break;
            if (tis_any(x, u - 1, deny, sizeof deny / sizeof *deny))
                return KG_MOD_NEGATED;
        }
    /* "a meeting with Araghchi in Islamabad was cancelled": called off;
     * "was postponed": still planned */
    if (window_has(c, GATE_OFF))
        for (size_t u = cue + 1; u + 1 < c->t1 && u < cue + 9; u++) {
            if (tis(x, u, ",") || tis(x, u, ";") || tcls(x, u, KG_W_CLAUSE) || tcls(x, u, KG_W_REPORT))
                break;
            /* ("called off"; "put back", "put off": postponed; not "pushed
             * back", which an attack may be) */
            int later = tis(x, u + 1, "put") && u + 2 < c->t1 && (tis(x, u + 2, "back") || tis(x, u + 2, "off"));
            if (is_be(x, u) && tis_any(x, u + 1, off, sizeof off / sizeof *off) &&
                (!tis(x, u + 1, "called") || (u + 2 < c->t1 && tis(x, u + 2, "off"))) &&
                (later || !tis(x, u + 1, "put")))
                return tis(x, u + 1, "postponed") || later ? KG_MOD_PLANNED : KG_MOD_NEGATED; /* (put off: still to come) */
        }
    if (requested && rel != KG_REL_APPEALS)
        return KG_MOD_REQUESTED;
    /* "Islamabad should ask Doha to press Kabul", "Kabul must stop": what
     * one ought to do is asked of them (not "should have", a judgement of
     * what was not done) */
    for (size_t u = cue; window_has(c, GATE_OUGHT) && u > b && u + 4 > cue; u--) {
        size_t v = u - 1;
        if (tis_any(x, v, ought, sizeof ought / sizeof *ought) && (!tis(x, v, "ought") || tis(x, v + 1, "to")) &&
            !tis(x, v + 1, "have") && !tis(x, v + 2, "have"))
            return KG_MOD_REQUESTED;
        if (tis(x, v, ",") || ment_at(x, v) >= 0)
            break;
    }
    /* (planning words count within the cue's own clause: not "Pakistan,
     * which is willing to talk, struck") */
    /* (past "as": "offered to act as a go-between") */
    size_t pfrom = cue > c->t0 + 6 ? cue - 6 : c->t0;
    /* (both tests below need a planning phrase starting in [pfrom, cue]
     * (classes, above), and the scan for the clause's start only moves
     * pfrom towards the cue) */
    int may = may_before(c, pfrom, cue);
    if ((classes & KG_WBIT(KG_W_PLANNED)) || may) {
        for (size_t u = cue; u > pfrom; u--)
            if (tis(x, u - 1, ",") || (is_boundary(c, u - 1) && !(tis(x, u - 1, "as") && u + 3 >= cue))) {
                pfrom = u;
                break;
            }
        /* (a hedge on a past act is a claim: "may have struck", "could
         * have sent"; not "may have to strike") */
        for (size_t u = pfrom; u + 1 < cue; u++)
            if ((tis(x, u, "may") || tis(x, u, "might") || tis(x, u, "could")) && tis(x, u + 1, "have") &&
                !tis(x, u + 2, "to"))
                return KG_MOD_ALLEGED;
        /* (the cue's own first word too: "is due in Tianjin", "is expected in
         * Tehran") */
        if (has_class_in(c, pfrom, cue + 1, KG_W_PLANNED) || (may && may_before(c, pfrom, cue)) ||
            (ment_at(x, cue) < 0 && match_class(x, cue, c->t1, KG_WBIT(KG_W_PLANNED)) >= 2))
            return KG_MOD_PLANNED;
    }
    /* (has_class_in(c, b, cue, KG_W_ALLEGED), its scan ending at lo when
     * classes says that [lo, cue) has no such phrase: most clauses start
     * within the six words) */
    for (size_t u = b, e = (classes & KG_WBIT(KG_W_ALLEGED)) ? cue : lo > b ? lo : b; u < e; u++)
        if ((x->tokany[u] & KG_WBIT(KG_W_ALLEGED)) && ment_at(x, u) < 0 &&
            match_class(x, u, cue, KG_WBIT(KG_W_ALLEGED)))
            return KG_MOD_ALLEGED;
    /* the content of a charge: "accusations that it shelters the LeT"
     * (not its denial: "..., a charge Kabul denies") */
    if (rel != KG_REL_DENIES && boundary != (size_t)-1 && boundary > c->t0 && tis(x, boundary, "that") &&
        tis_any(x, boundary - 1, charge_words, KG_NCHARGE))
        return KG_MOD_ALLEGED;
    /* an attribution that alleges, closing its clause: "..., Pakistan alleges" */
    /* (asked once, not at every word) */
    if (alleging(c))
        for (size_t u = cue + 1; u < c->t1; u++) {
            /* (most words are neither a comma nor a boundary: test that first) */
            if (!bound_word(x, u))
                continue;
            if (tis(x, u, ",")) {
                if (attribution_at(x, u, alleges, KG_NALLEGES) >= 0)
                    return KG_MOD_ALLEGED;
            } else if (is_boundary(c, u)) {
                break;
            }
        }
    /* reported speech: a verb of saying before the cue in this sentence */
    if (saying_before(c, cue) < cue)
        return KG_MOD_ALLEGED;
    return KG_MOD_ASSERTED;
}

static int dent_country(struct kg_extractor *x, int de);
static int role_of(struct kg_extractor *x, int de);
static int side_of(struct kg_extractor *x, int de);
static int person_state(struct kg_extractor *x, int de);

/* ---- frames ---- */

/* ", armed" / "and financed": a participle coordinated with the cue's
 * ("are armed and financed by India", "was trained, armed and funded by") */
static int coordinated_participle(const struct kg_extractor *x, size_t t, size_t end)
{
    if (!(tis(x, t, ",") || tis(x, t, "and")) || t + 1 >= end)
        return 0;
    if (tis(x, t, ",") && tis(x, t + 1, "and"))
        t++;
    if (t + 1 >= end)
        return 0;
    return (x->tok.v[t + 1].flags & KG_TOK_WORD) && !(x->tok.v[t + 1].flags & KG_TOK_CAP) && kg_tok_ed(x, t + 1);
}

/* The mention after "by" right after the cue (a passive agent). */
static int by_agent(const struct ctx *c, size_t after, int *out)
{
    const struct kg_extractor *x = c->x;
    size_t u = after;
    /* (past an adverb: "is funded mainly by Washington") */
    if (u + 1 < c->t1 && x->tok.v[u].klen > 4 && !memcmp(tk(x, u) + x->tok.v[u].klen - 2, "ly", 2) &&
        tis(x, u + 1, "by"))
        u++;
    if (u < c->t1 && !tis(x, u, "by"))
        return 0;
    /* (an agent acts: "by the Pakistani envoy to Kabul" names no actor) */
    int n = object(c, u + 1, NULL, out);
    if (!n || !actor_ok(c, out[0]))
        return 0;
    /* (and is the phrase after "by", not one past the comma that closes
     * an unnamed agent: "whose nationals have been targeted by the
     * separatists, urged Pakistan"; but "by Pakistan's foreign minister,
     * Ishaq Dar") */
    for (size_t v = u + 1; v < M(x, out[0])->t0; v++) {
        if (ment_at(x, v) >= 0)
            break;
        if (tis(x, v, ",") || tis(x, v, ";"))
            return 0;
    }
    return n;
}

/* The verb whose subject the "to" at token p has: the end of a phrase of
 * plans ("is expected to", "plans to", "vowed to"), or a verb right
 * before it with no object between ("is moving to", "agreed to"); or
 * (size_t)-1. */
static size_t control_verb(const struct ctx *c, size_t p)
{
    const struct kg_extractor *x = c->x;
    static const struct kg_lit control[] = {
        KG_LIT("agreed"),  KG_LIT("agrees"),  KG_LIT("decided"),  KG_LIT("decides"), KG_LIT("refused"),
        KG_LIT("refuses"), KG_LIT("tried"),   KG_LIT("tries"),    KG_LIT("sought"),  KG_LIT("attempted"),
        KG_LIT("moved"),   KG_LIT("moves"),   KG_LIT("failed"),   KG_LIT("fails"),   KG_LIT("declined"),
        KG_LIT("declines"), KG_LIT("began"),  KG_LIT("begins"),   KG_LIT("continued"), KG_LIT("continues"),
        KG_LIT("wanted"),  KG_LIT("wants"),   KG_LIT("aims"),     KG_LIT("aimed"),   KG_LIT("needs"),
        KG_LIT("needed")};
    for (size_t u = p; u-- > c->t0 && u + 3 > p;) {
        if (u + (size_t)match_class(x, u, p + 1, KG_WBIT(KG_W_PLANNED)) == p + 1)
            return u;
        if (u + 1 == p && ment_at(x, u) < 0 && !(x->tok.v[u].flags & KG_TOK_CAP) &&
            ((kg_tok_ing(x, u) && !tcls(x, u, KG_W_REQUEST)) || tis_any(x, u, control, sizeof control / sizeof *control)))
            return u;
    }
    return (size_t)-1;
}

/* The nearest mention before token t (for controlled complements).  The
 * "to" of a verb with no object has that verb's subject: "Rubio, who met
 * Petro in March, is expected to visit Bogota", "has listed the ELN and
 * is moving to designate the gang". */
static int nearest_before(const struct ctx *c, size_t t, int *out)
{
    size_t v = tis(c->x, t, "to") ? control_verb(c, t) : (size_t)-1;
    int n = v != (size_t)-1 ? subject(c, v, out, 0) : 0;
    if (n)
        return n;
    for (size_t u = t; u-- > c->t0;) {
        int m = ment_at(c->x, u);
        if (m >= 0 && actor_ok(c, m)) {
            out[0] = m;
            return 1;
        }
        if (tis(c->x, u, ";"))
            break;
    }
    return 0;
}

/* The person a group is "led by" or "headed by" at token t ("a
 * delegation led by Sadiq Khan"); -1. */
static int led_by(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    if (t + 2 >= c->t1 || !(tis(x, t, "led") || tis(x, t, "headed")) || !tis(x, t + 1, "by"))
        return -1;
    int l = ment_at(x, t + 2);
    while (l >= 0 && M(x, l)->t1 < c->t1 && dtype(x, l) != KG_PERSON && (M(x, l)->flags & KG_M_ADJ))
        l = ment_at(x, M(x, l)->t1);
    return l >= 0 && dtype(x, l) == KG_PERSON ? l : -1;
}

/* Verbs whose object does the sender's work ("sent fighters to kill"). */
static const struct kg_lit senders[] = {
    KG_LIT("send"),     KG_LIT("sends"),     KG_LIT("sent"),     KG_LIT("sending"),   KG_LIT("dispatch"),
    KG_LIT("dispatched"), KG_LIT("dispatching"), KG_LIT("deploy"), KG_LIT("deployed"), KG_LIT("deploying"),
    KG_LIT("infiltrate"), KG_LIT("infiltrated"), KG_LIT("infiltrating"), KG_LIT("push"), KG_LIT("pushed"),
    KG_LIT("pushing"),  KG_LIT("use"),       KG_LIT("used"),     KG_LIT("uses"),      KG_LIT("using")};

/* A cue introduced by "to" or by "of"/"for" (+ -ing): its subject is the
 * object of the governing verb.  Returns the position of that word, or 0. */
static size_t control_word(const struct ctx *c, size_t cue)
{
    const struct kg_extractor *x = c->x;
    /* "accused X of backing the BLA and sheltering the TTP": a gerund
     * coordinated with one that "of" / "to" / "for" governs */
    /* (and "accused Iran of prolonging the war by arming Moscow": a
     * gerund under "by" that one under "of" leads) */
    if (cue > c->t0 + 2 && kg_tok_ing(x, cue) &&
        (tis(x, cue - 1, "and") || tis(x, cue - 1, "or") || tis(x, cue - 1, "by")))
        for (size_t q = cue - 1; q-- > c->t0 && q + 10 > cue;) {
            if ((tis(x, q, "of") || tis(x, q, "for") || tis(x, q, "to")) && q + 1 < cue - 1 && kg_tok_ing(x, q + 1))
                return q;
            if (tis(x, q, ",") || (is_boundary(c, q) && !tis(x, q, "and")) ||
                (tis(x, cue - 1, "by") && tis(x, q, "and")))
                break;
        }
    for (size_t u = cue, k = 0; u > c->t0 && k < 3; u--, k++) {
        size_t p = u - 1;
        if (tis(x, p, "to") || tis(x, p, "of") || tis(x, p, "for"))
            return p;
        /* "to initiate talks", "to impose sanctions" */
        if (p > c->t0 && tis(x, p - 1, "to") && tcls(x, p, KG_W_LIGHT))
            return p - 1;
        int gerund = kg_tok_ing(x, p) && !(x->tok.v[p].flags & KG_TOK_CAP);
        if (!(tis(x, p, "not") || tis(x, p, "help") || tis(x, p, "also") || tis(x, p, "actively") ||
              tis(x, p, "continue") || gerund))
            break;
    }
    /* "of carrying out targeted killings", "of staging a suicide attack":
     * a gerund and its particle before the noun and its modifiers */
    /* (the loop below answers only with a p - 1 that is "of" or "for", p
     * in [cue - 5, cue - 1] and above t0: without such a word in
     * [max(t0, cue - 6), cue - 2] it can only say 0, and it is not run.
     * Most cues have none (cg3: 15K of 21K calls); the loop's tests of
     * each word before the cue (is_boundary, is_prep) cost more than these
     * compares of the key hashes, which tis would make first; they stop
     * at the first such word.) */
    size_t q = cue > c->t0 + 6 ? cue - 6 : c->t0;
    for (const struct kg_token *tv = x->tok.v; q + 1 < cue; q++)
        if (tv[q].hash == kg_key_hash("of", 2) || tv[q].hash == kg_key_hash("for", 3))
            break;
    if (q + 1 >= cue)
        return 0;
    for (size_t u = cue, k = 0; u > c->t0 + 1 && k < 5; u--, k++) {
        size_t p = u - 1;
        if (kg_tok_ing(x, p) && !(x->tok.v[p].flags & KG_TOK_CAP) && (tis(x, p - 1, "of") || tis(x, p - 1, "for")))
            return p - 1;
        /* ("of serving as a front for") */
        if (tis(x, p, "as") && p > c->t0 + 1 && kg_tok_ing(x, p - 1))
            continue;
        if (!(x->tok.v[p].flags & KG_TOK_WORD) || (x->tok.v[p].flags & KG_TOK_CAP) || ment_at(x, p) >= 0 ||
            is_boundary(c, p) || (is_prep(x, p) && !tis(x, p, "out")))
            return 0;
    }
    return 0;
}

static int request_before(const struct ctx *c, size_t p)
{
    for (size_t u = c->t0; u < p; u++)
        if (match_class(c->x, u, p, KG_WBIT(KG_W_REQUEST)))
            return 1;
    return 0;
}

/* The requester of a request verb before position p: its subject. */
static size_t speaker_verb(const struct ctx *c, size_t t);

static int requester(const struct ctx *c, size_t p, int *out)
{
    const struct kg_extractor *x = c->x;
    for (size_t u = p; u-- > c->t0;)
        if (match_class(x, u, p, KG_WBIT(KG_W_REQUEST))) {
            int n = subject(c, u, out, 0);
            /* ("Jaiswal said India confirmed that JeM operates freely and
             * urged members to list Awan": a request joined to the verb
             * that reported a clause is the speaker's, as in frame_verb) */
            size_t v = n && u > c->t0 + 1 && (tis(x, u - 1, "and") || tis(x, u - 1, "but")) ? speaker_verb(c, u)
                                                                                            : (size_t)-1;
            int r[MAXARGS], nr;
            if (v != (size_t)-1 && v < M(x, out[0])->t0 && dtype(x, out[0]) != KG_PERSON &&
                (nr = subject(c, v, r, 0)) && M(x, r[0])->t1 <= v) {
                memcpy(out, r, sizeof(int) * (size_t)nr);
                n = nr;
            }
            return n;
        }
    return 0;
}

/* Is there an accusation cue before position p ("accused Kabul of ...")? */
static int accusation_before(const struct ctx *c, size_t p)
{
    for (size_t u = c->t0; u < p; u++) {
        int cue;
        /* (kg_match_cue's own quick no, inline: it is asked of every word) */
        if ((c->x->tokany[u] & KG_ANY_CUE) && kg_match_cue(c->x, u, p, &cue) &&
            c->x->lx.cues[cue].relation == KG_REL_ACCUSES)
            return 1;
    }
    return 0;
}

static void frame_noun(struct ctx *c, size_t cue, int len, const struct kg_cue *cu);
static void host_talks(struct ctx *c, int m, size_t cue, int mod);
static void talks_visit(struct ctx *c, const int *a, int na, const int *b, int nb, int place, int rel, int mod);
static int between_pair(const struct ctx *c, size_t after, int *out);
static int between_parties(const struct ctx *c, size_t u, int *out, int *side1);

/* A denial without a named object ("Kabul denied these claims"): it answers
 * the latest accusation in the article. */
static int latest_accuser(const struct ctx *c, const int *subj, int ns)
{
    const struct kg_extractor *x = c->x;
    /* first the latest who accused one of the deniers ("Pakistan accused
     * Kabul ...  Iran blamed Israel ...  Kabul rejected the accusation") */
    for (size_t r = x->nrels, k = 0; r-- > 0 && k < KG_LOOKBACK; k++) {
        const struct kg_relinst *rr = &x->rels[r];
        if (rr->relation != KG_REL_ACCUSES || rr->modality == KG_MOD_NEGATED)
            continue;
        for (int i = 0; i < ns; i++)
            if (x->ments[subj[i]].de == rr->dst)
                return rr->src;
    }
    for (size_t r = x->nrels, k = 0; r-- > 0 && k < KG_LOOKBACK; k++) {
        const struct kg_relinst *rr = &x->rels[r];
        if (rr->relation != KG_REL_ACCUSES || rr->modality == KG_MOD_NEGATED)
            continue;
        /* (not blame within one state: "the chief minister blamed the
         * federal government") */
        int ss = side_of(c->x, rr->src);
        if (ss >= 0 && ss == side_of(c->x, rr->dst))
            continue;
        int skip = 0;
        for (int i = 0; i < ns; i++)
            if (x->ments[subj[i]].de == rr->src)
                skip = 1;
        if (!skip)
            return rr->src;
    }
    return -1;
}

/* "..., a charge the Taliban deny": a denial in a relative clause without
 * its pronoun on the accusation; its subject is the name before the verb. */
static int denier_of_charge(const struct ctx *c, size_t cue, const struct kg_cue *cu, int *out)
{
    const struct kg_extractor *x = c->x;
    static const struct kg_lit aux[] = {KG_LIT("has"), KG_LIT("have"), KG_LIT("had"), KG_LIT("always"),
                                        KG_LIT("long"), KG_LIT("repeatedly"), KG_LIT("consistently"),
                                        KG_LIT("strongly"), KG_LIT("flatly"), KG_LIT("also")};
    if (cu->relation != KG_REL_DENIES)
        return 0;
    size_t v = cue;
    while (v > c->t0 && v + 3 > cue && tis_any(x, v - 1, aux, sizeof aux / sizeof *aux))
        v--;
    int m = v > c->t0 ? ment_at(x, v - 1) : -1;
    if (m < 0 || !actor_ok(c, m))
        return 0;
    size_t b = M(x, m)->t0;
    if (b > c->t0 && tis(x, b - 1, "the"))
        b--;
    if (b <= c->t0 || !tis_any(x, b - 1, charge_words, KG_NCHARGE))
        return 0;
    out[0] = m;
    return 1;
}

/* "was behind": behind an attack ("the bombing", "it") it is the attack;
 * behind a group ("the BLA") it is backing; anything else ("behind India
 * in the table") is no relation.  Returns the relation, -1. */
static int behind_reading(const struct ctx *c, size_t after)
{
    const struct kg_extractor *x = c->x;
    size_t u = after + (tis(x, after, "the") ? 1 : 0);
    int m = ment_at(x, u);
    if (m >= 0)
        return M(x, m)->t0 == u && dtype(x, m) == KG_ORG ? KG_REL_SUPPORTS : -1;
    for (u = after; u < c->t1 && u < after + 4; u++) {
        int cue;
        if (tis(x, u, "it") || tis(x, u, "this") || tis(x, u, "these") || tis(x, u, "them") ||
            (kg_match_cue(x, u, c->t1, &cue) && x->lx.cues[cue].relation == KG_REL_ATTACKS))
            return KG_REL_ATTACKS;
        if (ment_at(x, u) >= 0 || is_boundary(c, u))
            break;
    }
    return -1;
}

/* The relative pronouns relative_antecedent answers at: its gate's list
 * (window_has, gate_lists). */
static const struct kg_lit which[] = {KG_LIT("which"), KG_LIT("whom")};

/* The antecedent of a relative clause whose subject is mention m ("the
 * BLA, which Pakistan banned ... and the US designated"), -1; an object
 * only with after_object (a ban's: "designated the BLA, which Pakistan
 * outlawed in 2006,"). */
static int relative_antecedent(const struct ctx *c, int m, int after_object)
{
    const struct kg_extractor *x = c->x;
    size_t u = M(x, m)->t0;
    /* "the TTP, a group Islamabad accuses of attacking troops": a clause
     * with no pronoun on an apposition to a name */
    static const struct kg_lit groups[] = {KG_LIT("group"),   KG_LIT("organisation"), KG_LIT("organization"),
                                           KG_LIT("outfit"),  KG_LIT("movement"),     KG_LIT("network"),
                                           KG_LIT("militia"), KG_LIT("faction"),      KG_LIT("man"),
                                           KG_LIT("figure"),  KG_LIT("commander"),    KG_LIT("company")};
    if (u > c->t0 + 3 && tis_any(x, u - 1, groups, sizeof groups / sizeof *groups) &&
        (tis(x, u - 2, "a") || tis(x, u - 2, "an")) && tis(x, u - 3, ",")) {
        size_t w = u - 3;
        if (w > c->t0 + 3 && tis(x, w - 1, ")") && tis(x, w - 3, "("))
            w -= 3;
        int a = w > c->t0 ? ment_at(x, w - 1) : -1;
        if (a >= 0 && actor_ok(c, a) && a != m)
            return a;
    }
    /* (asked for most subjects, and most windows have no relative pronoun:
     * the scan below answers only at a "which" or "whom" of the window,
     * so the window's gates say first that there is none.  A rule
     * added to the scan that answers at another word must add that word
     * to which[].) */
    if (u <= c->t1 && !window_has(c, GATE_WHICH))
        return -1;
    for (size_t v = u; v > c->t0 + 2 && v + 16 > u; v--) {
        if (tcls(x, v - 1, KG_W_RELPRO) && (tis(x, v - 1, "which") || tis(x, v - 1, "whom"))) {
            /* (only a sentence's subject: after an object, "which" may
             * stand for the whole charge, "arming the Houthis, which
             * Tehran denies") */
            int a = tis(x, v - 2, ",") ? ment_at(x, v - 3) : -1;
            /* (past an apposition: "ISKP, the group's regional affiliate,
             * which is based in Afghanistan") */
            if (a < 0 && tis(x, v - 2, ",")) {
                size_t w = v - 3;
                while (w > c->t0 + 1 && w + 8 > v && !tis(x, w, ",") && !is_boundary(c, w))
                    w--;
                if (tis(x, w, ",") && (tis(x, w + 1, "the") || tis(x, w + 1, "a") || tis(x, w + 1, "an")))
                    a = ment_at(x, w - 1);
            }
            if (a < 0 || !actor_ok(c, a))
                return -1;
            size_t s0 = M(x, a)->t0;
            return after_object || s0 == c->t0 || (s0 == c->t0 + 1 && tis(x, c->t0, "the")) ? a : -1;
        }
        if (v < u && (tis(x, v - 1, ",") || tis(x, v - 1, ";") || tis(x, v - 1, "\"") || tcls(x, v - 1, KG_W_REPORT)))
            return -1;
    }
    return -1;
}

/* Can document entity d wage war or make a truce: a state or an
 * organisation, not a place or a person? */
static int belligerent(const struct kg_extractor *x, const struct kg_dent *d)
{
    return kg_is_state(x, d) || d->type == KG_ORG;
}

/* Emit attacks both ways between a "between" pair of states or groups
 * at token b, after the attack cue at cue; 1 when it did. */
static int warring_pair(struct ctx *c, size_t cue, size_t b)
{
    struct kg_extractor *x = c->x;
    int pr[MAXARGS];
    /* (not "to avoid fighting between") */
    static const struct kg_lit unreal[] = {KG_LIT("avoid"), KG_LIT("prevent"), KG_LIT("avoiding"),
                                           KG_LIT("preventing"), KG_LIT("avert"), KG_LIT("averting")};
    for (size_t u = cue; u > c->t0 && u + 3 > cue; u--)
        if (tis_any(x, u - 1, unreal, sizeof unreal / sizeof *unreal))
            return 0;
    int np = between_pair(c, b, pr);
    if (np != 2)
        return 0;
    /* (two groups' "fighting ... over the budget" is a dispute) */
    if (x->dents[x->ments[pr[0]].de].type == KG_ORG && x->dents[x->ments[pr[1]].de].type == KG_ORG &&
        tis(x, M(x, pr[1])->t1, "over"))
        return 0;
    for (int i = 0; i < 2; i++) {
        const struct kg_dent *d = &x->dents[x->ments[pr[i]].de];
        if (!belligerent(x, d) || (M(x, pr[i])->flags & KG_M_PLACE))
            return 0;
    }
    int mod = modality(c, cue, KG_REL_ATTACKS, 0);
    for (int i = 0; i < 2; i++)
        emit(c, x->ments[pr[i]].de, x->ments[pr[1 - i]].de, KG_REL_ATTACKS, mod);
    return 1;
}

/* The verb that reports or denies a clause before token t in this sentence
 * ("said", "told reporters", "denied that", "rejected claims that"), or
 * (size_t)-1. */
static size_t speaker_verb(const struct ctx *c, size_t t)
{
    size_t say = saying_before(c, t);
    if (say < t)
        return say;
    /* (denial_of_that answers only at a "that": asked here first, of
     * every word; were it to answer at another word, this must change) */
    /* (and a verb that states a clause as fact, no verb of saying for
     * modality: "Hezbollah confirmed that Tabatabai had been killed") */
    static const struct kg_lit states[] = {KG_LIT("confirmed"), KG_LIT("confirms"),     KG_LIT("announced"),
                                           KG_LIT("announces"), KG_LIT("acknowledged"), KG_LIT("acknowledges"),
                                           KG_LIT("admitted"),  KG_LIT("admits"),       KG_LIT("revealed")};
    for (size_t u = c->t0 + 1; u < t; u++) {
        size_t v = tis(c->x, u, "that") ? denial_of_that(c, u) : (size_t)-1;
        if (v == (size_t)-1 && tis(c->x, u, "that") && tis_any(c->x, u - 1, states, sizeof states / sizeof *states))
            v = u - 1;
        if (v != (size_t)-1)
            return v;
    }
    return (size_t)-1;
}

/* frame_verb's gates' lists (window_has, gate_lists): a colon, for the
 * list after one that names the object */
static const struct kg_lit colon[] = {KG_LIT(":")};
/* (or a war: "fought a four-day conflict with missiles", not "fought
 * a losing battle against smuggling") */
static const struct kg_lit wars[] = {KG_LIT("war"), KG_LIT("wars"), KG_LIT("conflict"), KG_LIT("conflicts"),
                                     KG_LIT("battle"), KG_LIT("battles"), KG_LIT("skirmishes"), KG_LIT("clashes")};
/* (nor side by side: "fought in the same coalition", "fought together
 * against") */
static const struct kg_lit allied[] = {KG_LIT("same"), KG_LIT("together"), KG_LIT("alongside"), KG_LIT("side"),
                                       KG_LIT("coalition"), KG_LIT("against"), KG_LIT("jointly")};

static void frame_verb(struct ctx *c, size_t cue, int len, const struct kg_cue *cu)
{
    struct kg_extractor *x = c->x;
    int s[MAXARGS], d[MAXARGS], ns = 0, nd = 0;
    size_t after = cue + (size_t)len;
    int requested = 0;
    /* (what the rules below ask of the cue's own words, for most cues:
     * asked once) */
    int ing = kg_tok_ing(x, cue);
    int be1 = cue > c->t0 && is_be(x, cue - 1);             /* "is", "was", ... right before the cue */
    int be = be1 || (cue > c->t0 + 1 && is_be(x, cue - 2)); /* or one word before it */
    /* "days of fighting between the two countries' forces": a gerund
     * after "days of" is a noun with no subject; only a "between" pair
     * acts (not "accused the BLF of attacking") */
    static const struct kg_lit spans[] = {KG_LIT("hours"), KG_LIT("days"),  KG_LIT("weeks"),
                                          KG_LIT("months"), KG_LIT("years"), KG_LIT("decades"),
                                          KG_LIT("nights"), KG_LIT("round"), KG_LIT("rounds")};
    if (len == 1 && cue > c->t0 + 1 && tis(x, cue - 1, "of") && tis_any(x, cue - 2, spans, sizeof spans / sizeof *spans) &&
        ing && cu->relation == KG_REL_ATTACKS && after < c->t1 && tis(x, after, "between")) {
        int pr[MAXARGS];
        int np = between_pair(c, after, pr);
        int mod = modality(c, cue, cu->relation, 0);
        for (int i = 0; np == 2 && i < 2; i++)
            emit(c, x->ments[pr[i]].de, x->ments[pr[1 - i]].de, cu->relation, mod);
        return;
    }
    /* "strikes between India and Pakistan", "the fighting between the
     * Taliban and ISKP": two warring parties, each the other's attacker
     * (states or groups: not "posts between Bannu and Lakki") */
    if (cu->relation == KG_REL_ATTACKS && after < c->t1 && tis(x, after, "between") && warring_pair(c, cue, after))
        return;
    /* "India and Pakistan ..., each accusing the other of": the
     * coordinated subject, each of the others */
    if (cue > c->t0 + 1 && tis(x, cue - 1, "each") && tis(x, cue - 2, ",") && after + 1 < c->t1 &&
        tis(x, after, "the") && tis(x, after + 1, "other") && !kg_relations[cu->relation].symmetric) {
        ns = subject(c, cue - 2, s, 0);
        int mod = modality(c, cue, cu->relation, 0);
        for (int i = 0; ns >= 2 && i < ns; i++)
            for (int j = 0; j < ns; j++)
                if (i != j)
                    emit(c, x->ments[s[i]].de, x->ments[s[j]].de, cu->relation, mod);
        return;
    }
    int behind = cu->relation == KG_REL_ATTACKS && tis(x, after - 1, "behind");
    struct kg_cue as_support;
    if (behind) {
        int rel = behind_reading(c, after);
        if (rel < 0)
            return;
        if (rel != cu->relation) {
            as_support = *cu;
            as_support.relation = rel;
            cu = &as_support;
        }
    }
    /* passive: "was attacked by X", "were brokered by X", "was received
     * at the ministry by X" */
    size_t by = after;
    if (be)
        while (by < c->t1 && by < after + 8 && !tis(x, by, "by") &&
               ((!is_boundary(c, by) && !tis(x, by, ",")) || coordinated_participle(x, by, c->t1) ||
                /* ("has been led since 2018 by") */
                ((tis(x, by, "since") || tis(x, by, "until")) && by + 1 < c->t1 &&
                 ((x->tok.v[by + 1].flags & KG_TOK_DIGIT) || tcls(x, by + 1, KG_W_MONTH)))))
            by++;
    int agent = by < c->t1 && tis(x, by, "by");
    /* "by" + a non-name ("by air", "by a gunman") is no agent; "by a US
     * drone strike" is */
    if (agent && ment_at(x, by + 1) < 0 && !tis(x, by + 1, "the") &&
        !(by + 1 < c->t1 && (x->tok.v[by + 1].flags & KG_TOK_CAP)) &&
        !((tis(x, by + 1, "a") || tis(x, by + 1, "an")) && ment_at(x, by + 2) >= 0))
        agent = 0;
    if (be && agent) {
        ns = by_agent(c, by, s);
        nd = subject(c, cue, d, 0);
        /* "the pact was signed by X and Y": a symmetric relation among
         * the agents when the subject is no entity */
        if (!nd && ns >= 2 && kg_relations[cu->relation].symmetric) {
            int mod = modality(c, cue, cu->relation, 0);
            for (int i = 0; i < ns; i++)
                for (int j = i + 1; j < ns; j++)
                    emit(c, x->ments[s[i]].de, x->ments[s[j]].de, cu->relation, mod);
            return;
        }
        int mod = modality(c, cue, cu->relation, 0);
        emit_all(c, s, ns, d, nd, cu->relation, mod);
        /* ("was received by X in Abu Dhabi": a visit) */
        talks_visit(c, d, nd, s, ns, -1, cu->relation, mod);
        return;
    }
    /* a reduced relative: "the TTP, led by Noor Wali Mehsud,", "the BLA,
     * banned by Pakistan in 2006," */
    if (cue > c->t0 + 1 && tis(x, cue - 1, ",") && tis(x, after, "by") &&
        (kg_tok_ed(x, cue) || tis(x, cue, "led"))) {
        int m = ment_at(x, cue - 2);
        /* (the head of a noun phrase: not "the operation against the TTP,
         * backed by China") */
        size_t h0 = m >= 0 ? M(x, m)->t0 : 0;
        if (m >= 0 && h0 > c->t0 && tis(x, h0 - 1, "the"))
            h0--;
        if (m >= 0 && h0 > c->t0 && (is_prep(x, h0 - 1) || tis(x, h0 - 1, "'s")))
            m = -1;
        if (m >= 0 && actor_ok(c, m)) {
            int h = head_of(c, m);
            d[0] = h >= 0 ? h : m;
            ns = by_agent(c, after, s);
            emit_all(c, s, ns, d, 1, cu->relation, modality(c, cue, cu->relation, 0));
            return;
        }
    }
    /* "Qasem Soleimani, the Quds Force commander killed by a US drone
     * strike,": a reduced relative on an apposition's noun */
    if (cu->relation == KG_REL_ATTACKS && kg_tok_ed(x, cue) && tis(x, after, "by") && cue > c->t0 + 3 &&
        ment_at(x, cue - 1) < 0 && (x->tok.v[cue - 1].flags & KG_TOK_WORD) && !be1) {
        size_t q = cue - 1;
        while (q > c->t0 + 1 && q + 6 > cue && !tis(x, q, ",") && !is_boundary(c, q))
            q--;
        int m = tis(x, q, ",") ? ment_at(x, q - 1) : -1;
        if (m >= 0 && dtype(x, m) == KG_PERSON && !(M(x, m)->flags & KG_M_PRONOUN)) {
            ns = by_agent(c, after, s);
            emit_all(c, s, ns, &m, 1, cu->relation, modality(c, cue, cu->relation, 0));
            return;
        }
    }
    /* "the BLA is banned in Pakistan": the state a ban holds in bans */
    if (cu->relation == KG_REL_SANCTIONS && be1 && tis(x, after, "in")) {
        int m = ment_at(x, after + 1);
        if (m >= 0 && dtype(x, m) == KG_GPE && dent_country(x, x->ments[m].de) < 0) {
            nd = subject(c, cue, d, 0);
            s[0] = m;
            emit_all(c, s, 1, d, nd, cu->relation, modality(c, cue, cu->relation, 0));
            return;
        }
    }
    /* "a hospital located in Gilgit": a reduced relative on a noun that
     * names no one */
    if (cu->relation == KG_REL_BASED_IN && x->tok.v[cue].klen >= 5 &&
        (!memcmp(tk(x, cue), "locat", 5) || !memcmp(tk(x, cue), "situa", 5)) && cue > c->t0 &&
        ment_at(x, cue - 1) < 0 && !be1 && !tis(x, cue - 1, ",") && !tis(x, cue - 1, "also") &&
        !tis(x, cue - 1, "them") && !tis(x, cue - 1, "all") && !tis(x, cue - 1, "both") &&
        !tis(x, cue - 1, "been"))
        return;
    /* "Dar is expected in Kabul": a person or state right before "is"
     * (not "More TTP attacks are expected in", "Dar expected at least") */
    /* (or an apposition's comma: "Momeni, Iran's interior minister, is
     * expected in Quetta") */
    /* (past "not", "also": "Dar is not expected in Kabul"; and an
     * apposition's own: "Muttaqi, expected in Islamabad on Sunday,") */
    if (cu->relation == KG_REL_VISITS && tis(x, cue, "expected")) {
        size_t v = cue;
        while (v > c->t0 + 1 && (tis(x, v - 1, "not") || tis(x, v - 1, "also") || tis(x, v - 1, "now")))
            v--;
        if (!(v > c->t0 + 1 && ((is_be(x, v - 1) && (ment_at(x, v - 2) >= 0 || tis(x, v - 2, ","))) ||
                                (tis(x, v - 1, ",") && ment_at(x, v - 2) >= 0))))
            return;
    }
    /* a passive without its agent ("four soldiers were killed") names no source */
    /* (a visit's "is expected in Tehran" is no passive) */
    if (be1 && x->tok.v[cue].klen > 2 && cu->relation != KG_REL_BASED_IN &&
        !(cu->relation == KG_REL_VISITS && tis(x, cue, "expected")) &&
        (!strcmp(tk(x, cue) + x->tok.v[cue].klen - 2, "ed") || tis(x, cue, "struck") ||
         tis(x, cue, "fought") || tis(x, cue, "met") || tis(x, cue, "held")))
        return;
    /* "deny the TTP a safe haven", "denied Indian pilots access": a refusal
     * to the one named, not a denial of what they said */
    size_t dobj = cue + (size_t)len;
    if (cu->relation == KG_REL_DENIES && dobj < c->t1 && tis(x, dobj, "the"))
        dobj++;
    if (cu->relation == KG_REL_DENIES && dobj < c->t1 && ment_at(x, dobj) >= 0) {
        size_t e = M(x, ment_at(x, dobj))->t1;
        static const struct kg_lit given[] = {KG_LIT("a"),      KG_LIT("an"),    KG_LIT("any"),
                                              KG_LIT("the"),    KG_LIT("access"), KG_LIT("entry"),
                                              KG_LIT("sanctuary"), KG_LIT("shelter"), KG_LIT("visas")};
        if (e < c->t1 && tis_any(x, e, given, sizeof given / sizeof *given))
            return;
    }
    /* "a border dispute with Venezuela", "disputes over water": the noun */
    if (cu->relation == KG_REL_DENIES && (tis(x, cue, "dispute") || tis(x, cue, "disputes")) &&
        (tis(x, cue + 1, "with") || tis(x, cue + 1, "over") || tis(x, cue + 1, "between")))
        return;
    /* "approved sanctions against Russia, targeting its banks", "measures
     * targeting Iran": what sanctions target is not attacked */
    if (cu->relation == KG_REL_ATTACKS && cue > c->t0 &&
        (tis(x, cue, "targeting") || tis(x, cue, "targeted") || tis(x, cue, "targets") || tis(x, cue, "target"))) {
        static const struct kg_lit curbs[] = {KG_LIT("sanctions"), KG_LIT("measures"), KG_LIT("restrictions"),
                                              KG_LIT("tariffs"),   KG_LIT("curbs"),    KG_LIT("package"),
                                              KG_LIT("embargo"),   KG_LIT("ban"),      KG_LIT("bans"),
                                              KG_LIT("penalties"), KG_LIT("duties"),   KG_LIT("controls")};
        for (size_t u = cue; u-- > c->t0 && u + 16 > cue;)
            if (tis_any(x, u, curbs, sizeof curbs / sizeof *curbs))
                return;
    }
    /* "the country worst hit", "the province hardest hit by the floods": a
     * participle graded as an adjective, no act of the noun before it */
    if (cu->relation == KG_REL_ATTACKS && cue > c->t0 &&
        (tis(x, cue - 1, "worst") || tis(x, cue - 1, "hardest") || tis(x, cue - 1, "worse") ||
         tis(x, cue - 1, "harder")))
        return;
    /* the object of another cue verb is a noun: "Iran condemned strikes by
     * Pakistan", "Kabul denounced attacks on" */
    if (cue > c->t0 && (x->tokany[cue - 1] & KG_ANY_CUE) && !(x->tok.v[cue - 1].flags & KG_TOK_CAP) &&
        x->tok.v[cue - 1].klen > 4 && !memcmp(tk(x, cue - 1) + x->tok.v[cue - 1].klen - 2, "ed", 2) &&
        ment_at(x, cue - 1) < 0 && x->tok.v[cue].klen > 2 && tk(x, cue)[x->tok.v[cue].klen - 1] == 's') {
        frame_noun(c, cue, len, cu);
        return;
    }
    /* a verb cue used as a noun: "the April 19 visit of ...", "a meeting" */
    int compound = 0; /* words passed that only "a"/"an" can make a noun's */
    size_t ckl = x->tok.v[cue].klen;
    int past = ckl > 2 && !memcmp(tk(x, cue) + ckl - 2, "ed", 2);
    /* (not "a charge Islamabad denies": a denial of the charge) */
    /* (denier_of_charge's first test inline: asked of every cue) */
    int charge_denial = cu->relation == KG_REL_DENIES ? denier_of_charge(c, cue, cu, s) : 0;
    /* ("..., a claim analysts dismissed": a denier we do not know; not
     * one inside the claim) */
    /* ("Who stopped it is itself contested": a passive names no denier) */
    if (cu->relation == KG_REL_DENIES && !charge_denial && cue > c->t0 + 1 && past &&
        (be1 || (be && ment_at(x, cue - 1) < 0 && !(x->tok.v[cue - 1].flags & KG_TOK_CAP))) &&
        !(cue + 1 < c->t1 && tis(x, cue + 1, "by")))
        return;
    if (cu->relation == KG_REL_DENIES && !charge_denial)
        for (size_t v = cue; v > c->t0 + 1 && v + 4 > cue; v--) {
            if (ment_at(x, v - 1) >= 0)
                break; /* ("a claim that New Delhi denies": known) */
            if (tis_any(x, v - 1, charge_words, KG_NCHARGE) &&
                (tis(x, v - 2, "a") || tis(x, v - 2, "an") || tis(x, v - 2, "the") || tis(x, v - 2, ",")))
                return;
        }
    for (size_t u = cue, k = 0; u > c->t0 && k < 3 && !charge_denial; u--, k++) {
        size_t q = u - 1;
        if (tis(x, q, "the") || tis(x, q, "a") || tis(x, q, "an") || tis(x, q, "his") || tis(x, q, "her") ||
            tis(x, q, "its") || tis(x, q, "their") || tis(x, q, "'s") || tis(x, q, "any") || tis(x, q, "every")) {
            if (!compound || tis(x, q, "a") || tis(x, q, "an"))
                frame_noun(c, cue, len, cu);
            else
                break;
            return;
        }
        /* a name before the cue is its subject ("The TTP agreed"), not a
         * modifier of a noun; but "a US drone strike", "a suicide attack"
         * are nouns: a/an cannot start a clause's subject */
        if (!(x->tok.v[q].flags & (KG_TOK_DIGIT | KG_TOK_CAP)) || ment_at(x, q) >= 0) {
            if (past || !(x->tok.v[q].flags & KG_TOK_WORD) ||
                (ment_at(x, q) < 0 && (x->cls[q] || is_prep(x, q))))
                break;
            compound = 1;
        }
    }
    /* a reduced relative clause on an unnamed noun ("militants operating
     * from its territory"): its subject is that noun, unless a name
     * qualifies it ("TTP militants operating from ...") */
    if (cue > c->t0 + 1 && ing) {
        size_t q = cue - 1;
        if (ment_at(x, q) < 0 && (x->tok.v[q].flags & KG_TOK_WORD) && !(x->tok.v[q].flags & KG_TOK_CAP) &&
            !is_be(x, q) && !tcls(x, q, KG_W_LIGHT) && !tcls(x, q, KG_W_NEGATION) && !is_prep(x, q) &&
            !tis(x, q, "and") && !tis(x, q, "also") && !tis(x, q, "been") && !tcls(x, q, KG_W_CLAUSE)) {
            int m = ment_at(x, q - 1);
            if (m < 0 || !actor_ok(c, m))
                return;
            ns = with_coordinated(c, m, s, 0);
            nd = object(c, after, cu->prep, d);
            emit_all(c, s, ns, d, nd, cu->relation, modality(c, cue, cu->relation, 0));
            return;
        }
    }
    /* "the TTP, a group Islamabad accuses of ...": the name before the cue
     * in a clause on an apposition acts on the apposition's name, unless
     * the cue has an object of its own */
    {
        size_t v = cue;
        while (v > c->t0 + 1 && (tis(x, v - 1, "has") || tis(x, v - 1, "have") || tis(x, v - 1, "had") ||
                                 tis(x, v - 1, "long") || tis(x, v - 1, "repeatedly") || tis(x, v - 1, "also")))
            v--;
        int cm = v > c->t0 ? ment_at(x, v - 1) : -1;
        /* (a denial's object is a claim: "a group India denies
         * supporting") */
        /* (the "a"/"an" first: the antecedent is the dearer question,
         * and most names before a cue have neither) */
        int apposed = cm >= 0 && M(x, cm)->t0 > c->t0 + 2 &&
                      (tis(x, M(x, cm)->t0 - 2, "a") || tis(x, M(x, cm)->t0 - 2, "an"));
        int ante = apposed && actor_ok(c, cm) && !(M(x, cm)->flags & KG_M_POSS) && cu->relation != KG_REL_DENIES
                       ? relative_antecedent(c, cm, 1)
                       : -1;
        if (ante >= 0) {
            size_t a = after < c->t1 && tis(x, after, "the") ? after + 1 : after;
            if (a < c->t1 && ment_at(x, a) >= 0)
                return;
            s[0] = cm, d[0] = ante;
            /* (the apposition is the narrator's, whoever speaks) */
            int mod = modality(c, cue, cu->relation, 0);
            emit_all(c, s, 1, d, 1, cu->relation, mod == KG_MOD_ALLEGED ? KG_MOD_ASSERTED : mod);
            return;
        }
    }
    size_t p = control_word(c, cue);
    int governed = 0;
    /* "met Dar before flying to Kabul": a participle under a temporal
     * word shares its clause's subject */
    static const struct kg_lit temporal[] = {KG_LIT("before"), KG_LIT("after"), KG_LIT("while"),
                                             KG_LIT("upon"), KG_LIT("since"), KG_LIT("when")};
    if (!p && cue > c->t0 + 1 && ing && tis_any(x, cue - 1, temporal, sizeof temporal / sizeof *temporal) &&
        ment_at(x, cue) < 0) {
        /* (after a comma, the main clause's: "Dar said Pakistan would
         * respond, before flying to Brussels") */
        if (cue > c->t0 + 2 && tis(x, cue - 2, ","))
            ns = main_subject(c, cue, cu->relation, s);
        else
            ns = subject(c, cue - 1, s, 0);
        /* (the clause's own subject, at its start: not the object of
         * "Police arrested the TTP commander after raiding") */
        size_t bnd, b0 = clause_start(c, cue - 1, &bnd);
        /* (no verb before it in its clause) */
        if (ns && !(cue > c->t0 + 2 && tis(x, cue - 2, ",")) && M(x, s[0])->t0 >= b0)
            for (size_t h = b0; h < M(x, s[0])->t0 && ns; h++)
                if (ment_at(x, h) < 0 && !(x->tok.v[h].flags & KG_TOK_CAP) &&
                    (kg_tok_ed(x, h) || (x->tokany[h] & KG_ANY_CUE) || is_be(x, h)))
                    ns = 0;
        if (!ns)
            return;
    } else if (!p && cue > c->t0 + 1 && tis(x, cue - 1, ",") && ing) {
        /* ", asking Kabul to ...": a participle after a comma belongs to
         * the main clause, whatever relative clause came between */
        ns = main_subject(c, cue, cu->relation, s);
        if (!ns)
            return;
    } else if (p) {
        /* "does not allow anyone to use its soil to attack Pakistan": who
         * uses the soil acts, not its state; "allowing the TTP to use
         * Afghan soil to attack": the TTP */
        int soil = p > c->t0 && tis(x, p, "to") ? ment_at(x, p - 1) : -1;
        if (soil < 0 && p > c->t0 + 1 && tis(x, p, "to") &&
            (tis(x, p - 1, "soil") || tis(x, p - 1, "territory") || tis(x, p - 1, "land")))
            soil = ment_at(x, p - 2); /* ("its soil": the mention is "its") */
        if (soil >= 0 && (M(x, soil)->flags & KG_M_PLACE)) {
            static const struct kg_lit use[] = {KG_LIT("use"), KG_LIT("uses"), KG_LIT("used"), KG_LIT("using")};
            size_t v = M(x, soil)->t0;
            if (v > c->t0 && (tis(x, v - 1, "its") || tis(x, v - 1, "their") || tis(x, v - 1, "the")))
                v--;
            if (v > c->t0 + 1 && tis_any(x, v - 1, use, sizeof use / sizeof *use)) {
                size_t w = v - 1;
                size_t ctl = w > c->t0 + 1 && tis(x, w - 1, "to") ? w - 2 : w - 1;
                int cm = ment_at(x, ctl);
                if (cm < 0 || !actor_ok(c, cm))
                    return;
                ns = with_coordinated(c, cm, s, 0);
            }
        }
        /* "each accusing the other of sponsoring terrorism": a reciprocal
         * names no one */
        if (!ns && p > c->t0 && tis(x, p - 1, "other"))
            return;
        /* "accused agents of carrying out killings": an unnamed object
         * controls, and no one we know acts */
        int named = 0; /* a name between the verb and "of" ("India's spy agency") */
        for (size_t v = p; v > c->t0 && v + 4 > p && !named && !(x->tokany[v - 1] & KG_ANY_CUE); v--)
            named = named_at(c, v - 1) >= 0;
        if (!ns && p > c->t0 + 3 && !tis(x, p, "to") && ment_at(x, p - 1) < 0 && !named &&
            !(x->tokany[p - 1] & KG_ANY_CUE) && !tis(x, p - 1, "and") && !tis(x, p - 1, "or") &&
            (x->tok.v[p - 1].flags & KG_TOK_WORD) && !(x->tok.v[p - 1].flags & KG_TOK_CAP) && !is_be(x, p - 1) &&
            accusation_before(c, p))
            return;
        /* ("urged the federal government to pursue dialogue": the unnamed
         * one asked acts, not the one who asks) */
        static const struct kg_lit askers[] = {KG_LIT("urged"), KG_LIT("urges"), KG_LIT("urging"), KG_LIT("asked"),
                                               KG_LIT("asks"),  KG_LIT("asking"), KG_LIT("pressed"), KG_LIT("called"),
                                               KG_LIT("told"),  KG_LIT("advised"), KG_LIT("wants"), KG_LIT("wanted")};
        /* (a sanction asked for is the asker's too: seeds README 8) */
        if (!ns && tis(x, p, "to") && p > c->t0 + 2 && ment_at(x, p - 1) < 0 && !named &&
            cu->relation != KG_REL_SANCTIONS &&
            (x->tok.v[p - 1].flags & KG_TOK_WORD) && !(x->tok.v[p - 1].flags & KG_TOK_CAP) &&
            !tcls(x, p - 1, KG_W_PRONOUN))
            for (size_t v = p - 1; v > c->t0 && v + 5 > p; v--) {
                if (ment_at(x, v - 1) >= 0 || !(x->tok.v[v - 1].flags & KG_TOK_WORD))
                    break;
                if (tis_any(x, v - 1, askers, sizeof askers / sizeof *askers) ||
                    (tis(x, v - 1, "on") && v > c->t0 + 1 && tis(x, v - 2, "called")))
                    return;
            }
        /* "sent fighters to kill soldiers": who sends the unnamed agents
         * acts through them */
        /* (and "used his address to the General Assembly to accuse": the
         * user; but a named agent acts itself: "used the TTP to attack") */
        if (!ns && tis(x, p, "to"))
            for (size_t v = p - 1; v > c->t0 && v + 12 >= p; v--) {
                /* (the agents and where they come from: "sending fighters
                 * from hideouts in Afghanistan to kill") */
                if (!(x->tok.v[v].flags & KG_TOK_WORD) || tcls(x, v, KG_W_CLAUSE) || tcls(x, v, KG_W_REPORT))
                    break;
                int m = ment_at(x, v);
                int poss = tis(x, v, "his") || tis(x, v, "her") || tis(x, v, "its") || tis(x, v, "their");
                if (m >= 0 && M(x, m)->t0 == v && M(x, m)->t0 > c->t0 + 1 && !(M(x, m)->flags & KG_M_PLACE) &&
                    !poss && !is_prep(x, v - 1) && !(tis(x, v - 1, "the") && is_prep(x, v - 2)))
                    break;
                if ((x->tok.v[v].flags & KG_TOK_CAP) || (m >= 0 && !poss))
                    continue;
                /* ("were sent by India to attack": the agent acts) */
                if (tis(x, v, "by") && tis_any(x, v - 1, senders, sizeof senders / sizeof *senders)) {
                    ns = by_agent(c, v, s);
                    break;
                }
                if (tis_any(x, v - 1, senders, sizeof senders / sizeof *senders)) {
                    /* ("accused India of sending agents to attack": the
                     * sender is controlled in turn) */
                    size_t p2 = control_word(c, v - 1);
                    ns = p2 ? nearest_before(c, p2, s) : subject(c, v - 1, s, 0);
                    if (!ns)
                        return;
                    break;
                }
            }
        /* ("cites the fight against ISKP as a reason for working with
         * Kabul": a noun's "for" leaves the gerund to the clause's
         * subject) */
        /* (not an object: "praised the group for working with") */
        static const struct kg_lit reasons[] = {
            KG_LIT("reason"),   KG_LIT("reasons"),  KG_LIT("basis"),    KG_LIT("plan"),     KG_LIT("plans"),
            KG_LIT("case"),     KG_LIT("need"),     KG_LIT("hope"),     KG_LIT("hopes"),    KG_LIT("strategy"),
            KG_LIT("framework"), KG_LIT("mechanism"), KG_LIT("roadmap"), KG_LIT("proposal"), KG_LIT("motive"),
            KG_LIT("rationale"), KG_LIT("justification"), KG_LIT("argument"), KG_LIT("incentive"), KG_LIT("pretext")};
        if (!ns && tis(x, p, "for") && p > c->t0 + 1 && ment_at(x, p - 1) < 0 &&
            tis_any(x, p - 1, reasons, sizeof reasons / sizeof *reasons) && !(ns = subject(c, p - 1, s, 0)))
            ns = main_subject(c, p, cu->relation, s);
        /* ("praised the group for working with China": an object we
         * cannot name controls; no one we know acts) */
        if (!ns && tis(x, p, "for") && p > c->t0 + 2 && ment_at(x, p - 1) < 0 &&
            (x->tok.v[p - 1].flags & KG_TOK_WORD) && !(x->tok.v[p - 1].flags & KG_TOK_CAP) &&
            (tis(x, p - 2, "the") || tis(x, p - 2, "its") || tis(x, p - 2, "their")) && ment_at(x, p - 2) < 0 &&
            kg_tok_ed(x, p - 3))
            return;
        if (!ns)
            ns = nearest_before(c, p, s);
        /* "the TTP, which Pakistan accuses of attacks": the verb's object
         * is the relative's antecedent */
        if (ns == 1) {
            int ante = relative_antecedent(c, s[0], 0);
            if (ante >= 0 && !tis(x, p, "to") && accusation_before(c, p))
                s[0] = ante;
            /* "Pakistan, which China urged to protect ...": what the gap
             * is asked to do is not read */
            else if (ante >= 0 && tis(x, p, "to"))
                return;
        }
        /* (a "to" that a verb of plans or a verb before it with no object
         * governs is no request's: not "Rubio, who has urged Petro to do
         * more, is expected to visit"; asked only past a request word) */
        requested = request_before(c, p) && !(tis(x, p, "to") && control_verb(c, p) != (size_t)-1);
        governed = !tis(x, p, "to") && accusation_before(c, p);
        if (!ns)
            ns = subject(c, cue, s, 0);
    } else if (!(ns = charge_denial)) {
        /* "X has accused Kabul of ..., and Kabul denies it", "but Kabul
         * denied": a new clause's subject right before its verb */
        int speech = cu->relation == KG_REL_ACCUSES || cu->relation == KG_REL_DENIES || cu->relation == KG_REL_APPEALS;
        int adj = cue > c->t0 + 2 ? ment_at(x, cue - 1) : -1;
        size_t a0 = adj >= 0 ? M(x, adj)->t0 : 0;
        if (adj >= 0 && M(x, adj)->t1 == cue && a0 > c->t0 + 1 && actor_ok(c, adj) &&
            !(M(x, adj)->flags & (KG_M_POSS | KG_M_PAIR)) &&
            /* (not the last of a list: "Pakistan, China, and Russia urged") */
            ((tis(x, a0 - 1, "and") && tis(x, a0 - 2, ",") && a0 > c->t0 + 2 && ment_at(x, a0 - 3) < 0) ||
             tis(x, a0 - 1, "but") || tis(x, a0 - 1, "while") ||
             tis(x, a0 - 1, "whereas"))) {
            s[0] = adj;
            ns = 1;
        } else {
            /* (an act of speech may also take the speaker of a clause
             * before it: SUBJ_SPEECH only opens the last ways of the
             * search, those tried where it would otherwise find no one,
             * so one search gives what a search without it and then one
             * with it gave) */
            ns = subject_in(c, cue, s, 0, speech ? SUBJ_SPEECH : 0);
        }
        /* "Erdogan said the PKK must disarm and accused Sweden", "Dar
         * denied that Pakistan had struck and accused India": an act of
         * speech joined to the verb that reported a clause is the
         * speaker's, not the reported clause's subject's */
        /* (but "told reporters that Guterres was following the reports
         * and urged both countries": a person the clause names after
         * "that" may be the one who urged) */
        size_t v = speech && ns && (tis(x, cue - 1, "and") || tis(x, cue - 1, "but")) ? speaker_verb(c, cue) : (size_t)-1;
        int r[MAXARGS];
        /* ("Mali insisted the aircraft never left its territory, accused
         * Algiers of sheltering the rebels, and recalled": one of a
         * speaker's acts in a row) */
        if (speech && !ns && cue > c->t0 + 2 && tis(x, cue - 1, ",") && kg_tok_ed(x, cue)) {
            size_t say = speaker_verb(c, cue);
            if (say != (size_t)-1 && subject(c, say, r, 0) && M(x, r[0])->t1 <= say) {
                s[0] = r[0];
                ns = 1;
            }
        }
        int that = 0;
        for (size_t u = v + 1; v != (size_t)-1 && u < M(x, s[0])->t0 && u < v + 5 && !that; u++)
            that = tis(x, u, "that");
        /* (unless the clause befell that person: "confirmed that Tabatabai
         * had been killed and accused Israel") */
        /* (when the speaker is unnamed, no one: "The ministry announced
         * that Khan was wounded and blamed the TTP") */
        int befell = that && dtype(x, s[0]) == KG_PERSON && harmed_at(x, M(x, s[0])->t1, cue);
        if (befell)
            that = 0;
        if (v != (size_t)-1 && v < M(x, s[0])->t0 && !(that && dtype(x, s[0]) == KG_PERSON) && subject(c, v, r, 0) &&
            x->ments[r[0]].de != x->ments[s[0]].de && M(x, r[0])->t1 <= v) {
            s[0] = r[0];
            ns = 1;
        } else if (befell) {
            ns = 0;
        }
    }
    /* "A delegation led by Ishaq Dar visited Kabul": an unnamed group's
     * leader goes */
    if (!ns && (cu->relation == KG_REL_VISITS || cu->relation == KG_REL_MEETS || cu->relation == KG_REL_NEGOTIATES)) {
        static const struct kg_lit groups[] = {KG_LIT("delegation"), KG_LIT("team"), KG_LIT("mission"),
                                               KG_LIT("jirga"), KG_LIT("group"), KG_LIT("party")};
        size_t bnd, b = clause_start(c, cue, &bnd);
        for (size_t u = b; u + 3 < cue && u < b + 5; u++)
            if (tis_any(x, u, groups, sizeof groups / sizeof *groups) && (tis(x, u + 1, "led") || tis(x, u + 1, "headed")) &&
                tis(x, u + 2, "by")) {
                int l = ment_at(x, u + 3);
                if (l >= 0 && dtype(x, l) == KG_PERSON && M(x, l)->t1 <= cue)
                    ns = with_coordinated(c, l, s, 0);
                break;
            }
    }
    /* With no subject, the gate before modality() below lets through
     * only talks or a meeting, a request, a denial, a cue "behind" an
     * act, or a "between" pair after the cue, whatever the object; no
     * rule between here and there emits without a subject.  So a cue
     * with no subject and none of those ends here, before its object is
     * looked for.  (Keep this in step with that gate: change both.  A
     * rule added between here and the gate that emits with no subject
     * must let such cues through here too.) */
    if (!ns && !requested && !behind && cu->relation != KG_REL_MEETS && cu->relation != KG_REL_NEGOTIATES &&
        cu->relation != KG_REL_DENIES) {
        int pr[MAXARGS];
        if (between_pair(c, after, pr) < 2)
            return;
    }
    /* "The BLA, which Pakistan banned in 2006 and the United States
     * designated a terrorist group": a relative clause's verb with no
     * object of its own takes the antecedent */
    /* (a denial's object is a claim) */
    if (ns && cu->relation != KG_REL_DENIES) {
        size_t a = after < c->t1 && (tis(x, after, "the") || tis(x, after, "its") || tis(x, after, "a")) ? after + 1
                                                                                                           : after;
        int has_obj = a < c->t1 && ment_at(x, a) >= 0;
        /* (a preposition of the cue's own with its object: "which
         * Pakistan negotiated with the US") */
        if (cu->prep && after < c->t1 && !strncmp(tk(x, after), cu->prep, x->tok.v[after].klen) &&
            (cu->prep[x->tok.v[after].klen] == '\0' || cu->prep[x->tok.v[after].klen] == '?')) {
            size_t b = after + 1 < c->t1 && tis(x, after + 1, "the") ? after + 2 : after + 1;
            has_obj = b < c->t1 && ment_at(x, b) >= 0;
        }
        /* (the cue is the clause's verb, right after its subject or
         * auxiliaries: not "which India blamed for the Pahalgam attack") */
        int verb = !has_obj;
        for (size_t v = M(x, s[ns - 1])->t1; verb && v < cue; v++)
            if (!(is_be(x, v) || tis(x, v, "has") || tis(x, v, "have") || tis(x, v, "had") || tis(x, v, "also") ||
                  tis(x, v, "will") || tis(x, v, "would") || tis(x, v, "repeatedly") || tis(x, v, "long") ||
                  tis(x, v, "later") || tis(x, v, "formally") || tis(x, v, "officially")))
                verb = 0;
        /* (the antecedent is asked last, only of a verb with no object:
         * it is the dearest of these questions, and asked for most cues) */
        int ante = verb ? relative_antecedent(c, s[0], cu->relation == KG_REL_SANCTIONS) : -1;
        /* (a capital one visits is a place) */
        if (ante >= 0 && cu->relation == KG_REL_VISITS && (M(x, ante)->flags & KG_M_COLLAPSED))
            ante = -1;
        if (ante >= 0) {
            d[0] = ante;
            emit_all(c, s, ns, d, 1, cu->relation, modality(c, cue, cu->relation, requested));
            return;
        }
    }
    int optional = cu->prep && cu->prep[strlen(cu->prep) - 1] == '?';
    /* "blamed Kabul for ...": with an optional preposition a direct
     * object right after the verb comes first */
    if (optional) {
        size_t u = after;
        if (u < c->t1 && (tis(x, u, "the") || tis(x, u, "its") || tis(x, u, "their")))
            u++;
        int m = ment_at(x, u);
        if (m >= 0 && M(x, m)->t0 == u && !(M(x, m)->flags & KG_M_PLACE))
            nd = object_(c, after, NULL, d, c->places, 1);
    }
    if (cu->prep && !nd) {
        char prep[32]; /* (without the '?' of an optional one) */
        size_t pn = strlen(cu->prep) - (size_t)optional;
        if (pn > sizeof prep - 1)
            pn = sizeof prep - 1;
        memcpy(prep, cu->prep, pn); /* (a copy: snprintf cost some 1,000 instructions a cue) */
        prep[pn] = '\0';
        nd = object(c, after, prep, d);
    }
    if (!nd && (!cu->prep || optional))
        nd = object_(c, after, NULL, d, c->places, 1);
    /* "designated eight groups as terrorist organisations: the Sinaloa
     * Cartel, the CJNG and ...": a list after a colon names the object */
    /* (the cue a verb: not "expelled three aid groups: ...", nor a list
     * of clauses, "two claims: that ...") */
    /* (the scan finds nothing in a window without a colon: the window's
     * gates are asked first) */
    if (!nd && window_has(c, GATE_COLON)) {
        int noun_use = cue > c->t0 && (tis(x, cue - 1, "a") || tis(x, cue - 1, "an") || tis(x, cue - 1, "the") ||
                                       tis(x, cue - 1, "two") || tis(x, cue - 1, "three") || tis(x, cue - 1, "four") ||
                                       tis(x, cue - 1, "several") || tis(x, cue - 1, "many") || tis(x, cue - 1, "some") ||
                                       (x->tok.v[cue - 1].flags & KG_TOK_DIGIT));
        for (size_t u = after; !noun_use && u + 1 < c->t1 && u < after + 12 && ment_at(x, u) < 0; u++) {
            if (tis(x, u, ":") && (tis(x, u + 1, "that") || tis(x, u + 1, "to") || tcls(x, u + 1, KG_W_CLAUSE)))
                break;
            if (tis(x, u, ":")) {
                nd = object_(c, u + 1, NULL, d, c->places, 1);
                break;
            }
            if (!(x->tok.v[u].flags & KG_TOK_WORD) || (tcls(x, u, KG_W_CLAUSE) && !tis(x, u, "as")))
                break;
        }
    }
    /* "visited the Chinese embassy in Islamabad": a state's organ is no
     * place one visits; where it stands is */
    if (nd && cu->relation == KG_REL_VISITS && (M(x, d[0])->flags & KG_M_COLLAPSED) &&
        !(M(x, d[0])->flags & KG_M_PLACE) && tcls(x, M(x, d[0])->t1 - 1, KG_W_ORGAN))
        nd = tis(x, M(x, d[0])->t1, "in") || tis(x, M(x, d[0])->t1, "at")
                 ? object_(c, M(x, d[0])->t1, NULL, d, c->places, 0)
                 : 0;
    /* "reached a ceasefire with India", "toured the region with Wang Yi":
     * whom one goes with is no destination */
    /* (not a "with" set off by commas: "visited, along with Munir,
     * Riyadh") */
    if (nd && cu->relation == KG_REL_VISITS && !cu->prep)
        for (size_t v = after; v < M(x, d[0])->t0; v++)
            if (tis(x, v, "with") && !tis(x, v - 1, ",") && !tis(x, v - 1, "along")) {
                nd = 0;
                break;
            }
    /* "Dar's remarks led Kabul to recall its envoy": a cause, not a
     * leader */
    if (nd && cu->relation == KG_REL_OFFICIAL_OF &&
        (tis(x, M(x, d[nd - 1])->t1, "to") || (ns && (M(x, s[0])->flags & KG_M_POSS))))
        nd = 0;
    /* "heads the Haqqani network": the body headed is the verb's object,
     * right after it ("who leads the cricket board, criticised India") */
    if (nd && cu->relation == KG_REL_OFFICIAL_OF &&
        M(x, d[0])->t0 > after + (tis(x, after, "the") ? 1 : 0))
        nd = 0;
    /* "urged the world to help Afghanistan": the one appealed to comes
     * before "to"; what comes after is what they are asked to do */
    if (nd && cu->relation == KG_REL_APPEALS && !cu->prep)
        for (size_t u = after; u < M(x, d[0])->t0; u++)
            if (tis(x, u, "to"))
                nd = 0;
    /* "Russia recognised the Taliban government": relations with a state
     * (not "recognised the TTP as a threat", "recognises Pakistan's
     * role") */
    /* (nor "does not recognise the Taliban government": no relation is
     * no act) */
    if (cu->relation == KG_REL_COOPERATES && x->tok.v[cue].klen >= 7 && !memcmp(tk(x, cue), "recogni", 7) &&
        (!nd || !kg_is_state(x, &x->dents[x->ments[d[0]].de]) || (M(x, d[0])->flags & KG_M_POSS) ||
         modality(c, cue, cu->relation, 0) == KG_MOD_NEGATED))
        return;
    /* "listed Tren de Aragua as a terrorist organisation": a listing
     * names what the list is (not "listed the demands") */
    if (cu->relation == KG_REL_SANCTIONS && x->tok.v[cue].klen >= 4 && !memcmp(tk(x, cue), "list", 4)) {
        int terror = 0;
        size_t e = nd ? M(x, d[nd - 1])->t1 : after;
        for (size_t u = e; nd && u < c->t1 && u < e + 6 && !terror; u++)
            terror = x->tok.v[u].klen >= 6 && (!memcmp(tk(x, u), "terror", 6) || !memcmp(tk(x, u), "sancti", 6));
        /* (or one asked to list: "asked the Council's sanctions committee
         * to list the BLA") */
        int asked = cue > c->t0 + 1 && tis(x, cue - 1, "to") && request_before(c, cue - 1);
        if (!(terror && tis(x, e, "as")) && !(asked && nd))
            return;
    }
    /* "Wang Yi hosted Ishaq Dar": a meeting with a person received (not
     * "hosted the summit", "hosted Pakistan and Afghanistan", a
     * mediator's) */
    /* (a person's hosting: a state that "hosted TTP leaders" shelters
     * them) */
    if (cu->relation == KG_REL_MEETS && x->tok.v[cue].klen >= 4 && !memcmp(tk(x, cue), "host", 4) &&
        !(nd && dtype(x, d[0]) == KG_PERSON && ns && dtype(x, s[0]) == KG_PERSON))
        return;
    /* "Iran summoned Pakistan's ambassador to protest the attack",
     * "summoned the Indian envoy over the killing": a protest lodged with a
     * state is an accusation; a summons alone is contact */
    if (cu->relation == KG_REL_ACCUSES && x->tok.v[cue].klen >= 6 && !memcmp(tk(x, cue), "summon", 6)) {
        int protest = 0;
        for (size_t u = after; u < c->t1 && u < after + 10 && !protest; u++)
            protest = (x->tok.v[u].klen >= 7 && !memcmp(tk(x, u), "protest", 7)) || tis(x, u, "over");
        /* (by a state: not "the Lahore High Court summoned") */
        if (!protest || !nd || !kg_is_state(x, &x->dents[x->ments[d[0]].de]) || !ns ||
            side_of(x, x->ments[s[0]].de) < 0 || (dtype(x, s[0]) == KG_ORG && !(M(x, s[0])->flags & KG_M_COLLAPSED)))
            return;
    }
    /* (a protest is lodged with a state: "with the United Nations over
     * India's actions" names where it went) */
    if (cu->relation == KG_REL_ACCUSES && len > 2 && tis(x, cue + (size_t)len - 1, "with") && nd &&
        !kg_is_state(x, &x->dents[x->ments[d[0]].de]))
        return;
    /* ("indicted Masood Azhar", "captured Wad Madani": the one right
     * after the verb, not "indicted Lafarge for financing the Islamic
     * State", "captured the attention of Washington") */
    if (nd && len == 1 &&
        ((cu->relation == KG_REL_ACCUSES && x->tok.v[cue].klen >= 6 && !memcmp(tk(x, cue), "indict", 6)) ||
         (cu->relation == KG_REL_ATTACKS && x->tok.v[cue].klen >= 6 &&
          (!memcmp(tk(x, cue), "captur", 6) || !memcmp(tk(x, cue), "recapt", 6) || !memcmp(tk(x, cue), "overr", 5)))) &&
        M(x, d[0])->t0 > after + (tis(x, after, "the") ? 1u : 0u)) {
        /* (but the holder of what was taken: "overran a base held by the
         * TTP") */
        size_t b = M(x, d[0])->t0;
        if (b > after + 1 && tis(x, b - 1, "the"))
            b--;
        if (!(cu->relation == KG_REL_ATTACKS && b > after + 1 && holder_before(x, b - 1)))
            return;
    }
    /* ("routed ISKP fighters in Nangarhar", not "routed its exports
     * through Afghanistan" nor "routed India in the final") */
    if (cu->relation == KG_REL_ATTACKS && x->tok.v[cue].klen >= 4 && !memcmp(tk(x, cue), "rout", 4)) {
        static const struct kg_lit route[] = {
            KG_LIT("through"), KG_LIT("via"),     KG_LIT("around"),  KG_LIT("to"),     KG_LIT("into"),
            KG_LIT("final"),   KG_LIT("match"),   KG_LIT("qualifier"), KG_LIT("cup"),  KG_LIT("trophy"),
            KG_LIT("game"),    KG_LIT("series"),  KG_LIT("polls"),   KG_LIT("election"), KG_LIT("runs"),
            KG_LIT("wickets"), KG_LIT("goals"),   KG_LIT("semi-final"), KG_LIT("tournament"), KG_LIT("vote")};
        for (size_t u = after; u < c->t1 && u < after + 10; u++)
            if (tis_any(x, u, route, sizeof route / sizeof *route) || (x->tok.v[u].flags & KG_TOK_DIGIT))
                return;
    }
    /* ("operates in Kurram", not "operates in collusion with India";
     * "operates from Afghanistan's border provinces" as it is) */
    if (cu->relation == KG_REL_BASED_IN && nd && len >= 2 && x->tok.v[cue].klen >= 7 && !memcmp(tk(x, cue), "operat", 6) &&
        tis(x, cue + (size_t)len - 1, "in") &&
        (M(x, d[0])->t0 > after + 1 || (M(x, d[0])->flags & KG_M_POSS)))
        return;
    if (cu->relation == KG_REL_BASED_IN && tis(x, cue, "control") && cue > c->t0 && tis(x, cue - 1, "to"))
        return;
    /* ("controls large areas of Somalia", not "to regain control of
     * Bagram": the noun) */
    if (cu->relation == KG_REL_BASED_IN && tis(x, cue, "control") && (tis(x, after, "of") || tis(x, after, "over")))
        return;
    /* "drove to Panjgur", not "drove to victory over India in Dubai": the
     * place right after the verb; and who stops somewhere is a person or
     * a state, not "Pakistan's exports stopped in Torkham" */
    /* (and "reached Kabul", not "was reached by telephone in Bahawalpur") */
    if (cu->relation == KG_REL_VISITS && x->tok.v[cue].klen >= 4 &&
        (!memcmp(tk(x, cue), "drov", 4) || !memcmp(tk(x, cue), "driv", 4) || !memcmp(tk(x, cue), "reach", 4)) &&
        nd && M(x, d[0])->t0 > after + (tis(x, after, "the") ? 1u : 0u))
        return;
    if (cu->relation == KG_REL_VISITS && x->tok.v[cue].klen >= 4 && !memcmp(tk(x, cue), "stop", 4) && ns &&
        (M(x, s[0])->flags & KG_M_POSS))
        return;
    /* "allowed the TTP to operate": letting a group act supports it; not
     * "allowed Afghan trucks to cross", "let Pakistan's team travel" */
    static const struct kg_lit lets[] = {KG_LIT("allow"),  KG_LIT("allows"),    KG_LIT("allowed"),
                                         KG_LIT("allowing"), KG_LIT("lets"),    KG_LIT("letting"),
                                         KG_LIT("permit"), KG_LIT("permits"),   KG_LIT("permitted"),
                                         KG_LIT("permitting")};
    if (cu->relation == KG_REL_SUPPORTS && tis_any(x, cue, lets, sizeof lets / sizeof *lets)) {
        if (!nd || M(x, d[0])->t0 > after + (tis(x, after, "the") ? 1u : 0u) || dtype(x, d[0]) != KG_ORG ||
            (x->dents[x->ments[d[0]].de].lex >= 0 && x->lx.ents[x->dents[x->ments[d[0]].de].lex].state) ||
            (M(x, d[0])->flags & (KG_M_ADJ | KG_M_COLLAPSED)))
            return;
    }
    /* "warned the Taliban to respect the treaty" appeals; "warned India
     * of consequences", "warned that" do not */
    /* (and "told the Taliban to respect", "ordered Pakistan to review",
     * "directed the KP government to provide": an order; not "told
     * reporters", "ordered an inquiry") */
    static const struct kg_lit orders[] = {
        KG_LIT("tell"),     KG_LIT("tells"),     KG_LIT("told"),      KG_LIT("telling"),  KG_LIT("direct"),
        KG_LIT("directs"),  KG_LIT("directed"),  KG_LIT("directing"), KG_LIT("order"),    KG_LIT("orders"),
        KG_LIT("ordered"),  KG_LIT("ordering"),  KG_LIT("instruct"),  KG_LIT("instructs"), KG_LIT("instructed"),
        KG_LIT("instructing"), KG_LIT("called"), KG_LIT("calls"),     KG_LIT("calling"),  KG_LIT("call"),
        KG_LIT("want"),     KG_LIT("wants"),     KG_LIT("wanted"),    KG_LIT("expect"),   KG_LIT("expects"),
        KG_LIT("expected"), KG_LIT("lobbied"),   KG_LIT("lobby"),     KG_LIT("lobbies"),  KG_LIT("lobbying")};
    if (cu->relation == KG_REL_APPEALS &&
        ((x->tok.v[cue].klen >= 4 && !memcmp(tk(x, cue), "warn", 4)) || tis_any(x, cue, orders, sizeof orders / sizeof *orders))) {
        /* (past a quotation mark: 'called on India and Pakistan "to
         * exercise restraint"') */
        size_t e = nd ? M(x, d[nd - 1])->t1 : after;
        if (e < c->t1 && tis(x, e, "\""))
            e++;
        /* (past a span: "lobbied the United States for months to") */
        if (e + 2 < c->t1 && tis(x, e, "for") &&
            (tis(x, e + 1, "months") || tis(x, e + 1, "years") || tis(x, e + 1, "weeks") || tis(x, e + 1, "days")))
            e += 2;
        /* (past a relative clause: "called on Pakistan and Afghanistan,
         * whose border has been shut for weeks, to reopen") */
        if (e + 1 < c->t1 && tis(x, e, ",") &&
            (tis(x, e + 1, "whose") || tis(x, e + 1, "who") || tis(x, e + 1, "which")))
            for (size_t u = e + 2; u < c->t1 && u < e + 24; u++)
                if (tis(x, u, ",")) {
                    e = u + 1;
                    break;
                }
        /* (an act asked of the one named: not a passive, "called for the
         * TTP to be banned", nor a place, "for Gaza to be rebuilt") */
        if (!(nd && e + 1 < c->t1 && tis(x, e, "to") && ment_at(x, e + 1) < 0 && (x->tok.v[e + 1].flags & KG_TOK_WORD)) ||
            (tis(x, e + 1, "be") && e + 2 < c->t1 && x->tok.v[e + 2].klen > 3 &&
             (!memcmp(tk(x, e + 2) + x->tok.v[e + 2].klen - 2, "ed", 2) ||
              !memcmp(tk(x, e + 2) + x->tok.v[e + 2].klen - 2, "en", 2))) ||
            (M(x, d[0])->flags & KG_M_PLACE) ||
            (dtype(x, d[0]) == KG_GPE && !kg_is_state(x, &x->dents[x->ments[d[0]].de])))
            return;
    }
    /* ("look at its own failures instead of blaming its neighbours": an
     * act set aside) */
    if (ing && cue > c->t0 + 2 &&
        ((tis(x, cue - 1, "of") && tis(x, cue - 2, "instead")) || (tis(x, cue - 1, "than") && tis(x, cue - 2, "rather"))))
        return;
    /* ("Camarena, whose kidnapping in Guadalajara", "Imran Khan's
     * killing": a person's is the victim's, not an act of theirs) */
    if (cu->relation == KG_REL_ATTACKS && len == 1 && cue > c->t0 && (tis(x, cue - 1, "'s") || tis(x, cue - 1, "whose")) &&
        (tis(x, cue, "killing") || tis(x, cue, "kidnapping") || tis(x, cue, "abduction") || tis(x, cue, "murder") ||
         tis(x, cue, "assassination")) &&
        ns && dtype(x, s[0]) == KG_PERSON)
        return;
    /* Without an object, what follows emits only for a "between" pair
     * ("a plan agreed between X and Y"), two subjects or more (each the
     * other, a war, a symmetric relation), a denial's accuser or who says
     * one is "behind" it; with an object but no subject, only for talks
     * or a meeting (talks_visit) or a request (its requester).  Other cues
     * with no object and one subject or none, or with an object and no
     * subject, end here, before their modality is weighed (modality() is
     * the dearest question asked of a cue).  A rule added below that emits
     * in either case must be let through here (and, with no subject, by
     * the early end before the object is looked for: change both). */
    int pr[MAXARGS], np = nd ? 0 : between_pair(c, after, pr);
    if (!nd && ns <= 1 && np < 2 && !behind && cu->relation != KG_REL_DENIES)
        return;
    if (nd && !ns && !requested && cu->relation != KG_REL_MEETS && cu->relation != KG_REL_NEGOTIATES)
        return;
    int mod = modality(c, cue, cu->relation, requested);
    if (governed && mod == KG_MOD_ASSERTED)
        mod = KG_MOD_ALLEGED;
    /* "Muttaqi said the talks went well and accused Pakistan" (or "but
     * accused"): the speaker's own second act is stated, not reported */
    if (mod == KG_MOD_ALLEGED && ns && (tis(x, cue - 1, "and") || tis(x, cue - 1, "but") || tis(x, cue - 1, ",")) &&
        (cu->relation == KG_REL_ACCUSES || cu->relation == KG_REL_DENIES || cu->relation == KG_REL_APPEALS)) {
        size_t say = saying_before(c, cue);
        int r[MAXARGS];
        if (say < cue && !has_class_in(c, say, cue, KG_W_ALLEGED) && subject(c, say, r, 0) &&
            x->ments[r[0]].de == x->ments[s[0]].de)
            mod = KG_MOD_ASSERTED;
    }
    /* "a plan agreed between X and Y": a reduced relative on a noun (np:
     * the pair, found above) */
    if (!nd) {
        for (int i = 0; i < np; i++)
            for (int j = i + 1; j < np; j++)
                emit(c, x->ments[pr[i]].de, x->ments[pr[j]].de, cu->relation, mod);
        if (np >= 2)
            return;
    }
    /* "Pakistan and Afghanistan blamed each other": each the other */
    if (ns >= 2 && !kg_relations[cu->relation].symmetric && after + 1 < c->t1 &&
        ((tis(x, after, "each") && tis(x, after + 1, "other")) || (tis(x, after, "one") && tis(x, after + 1, "another")))) {
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < ns; j++)
                if (i != j)
                    emit(c, x->ments[s[i]].de, x->ments[s[j]].de, cu->relation, mod);
        return;
    }
    /* "Pakistan and Afghanistan fought in October": each fought the other */
    static const struct kg_lit fought[] = {KG_LIT("fought"), KG_LIT("fight"), KG_LIT("fights"), KG_LIT("battled")};
    /* (bare, or with a time or place: not "fought terrorism together",
     * "fought back", "fought to keep the talks alive", "fought over") */
    static const struct kg_lit adjunct[] = {KG_LIT("in"), KG_LIT("last"), KG_LIT("since"), KG_LIT("during"),
                                            KG_LIT("again"), KG_LIT(","), KG_LIT("."), KG_LIT("on"),
                                            KG_LIT("along"), KG_LIT("across")};
    static const struct kg_lit spans2[] = {KG_LIT("days"), KG_LIT("weeks"), KG_LIT("months"), KG_LIT("years"),
                                           KG_LIT("hours"), KG_LIT("decades"), KG_LIT("day"), KG_LIT("week"),
                                           KG_LIT("month"), KG_LIT("year"), KG_LIT("decade")};
    /* (or a war, wars[]; nor side by side, allied[]) */
    /* (both rules below are about "fought" with two subjects or more:
     * what they ask of the words after it is asked only then) */
    int fight = ns >= 2 && cu->relation == KG_REL_ATTACKS && !p && len == 1 &&
                tis_any(x, cue, fought, sizeof fought / sizeof *fought);
    /* (neither scan finds anything without a word of its list in the
     * window: see window_has) */
    int ally = 0;
    if (fight && window_has(c, GATE_ALLIED))
        for (size_t u = after; !ally && u < c->t1 && u < after + 5; u++)
            ally = tis_any(x, u, allied, sizeof allied / sizeof *allied);
    int war = 0;
    if (fight && window_has(c, GATE_WARS))
        for (size_t u = after + 1; !war && u < c->t1 && u < after + 5 && (tis(x, after, "a") || tis(x, after, "an")); u++)
            if (tis_any(x, u, wars, sizeof wars / sizeof *wars))
                war = !tis(x, u + 1, "against") && !tis(x, u + 1, "over") && !tis(x, u + 1, "for") &&
                      !tis(x, u - 1, "losing") && !tis(x, u - 1, "legal") && !tis(x, u - 1, "political");
    /* ("India and Pakistan fought three wars over Kashmir": states at war
     * with each other, whatever it was over) */
    if (fight && !ally && !war) {
        size_t u = after;
        if (u < c->t1 && (tis(x, u, "two") || tis(x, u, "three") || tis(x, u, "four") || tis(x, u, "several") ||
                          tis(x, u, "many") || tis(x, u, "multiple") || (x->tok.v[u].flags & KG_TOK_DIGIT)))
            u++;
        int states = (tis(x, u, "wars") || tis(x, u, "war")) && tis(x, u + 1, "over");
        for (int i = 0; i < ns && states; i++)
            states = kg_is_state(x, &x->dents[x->ments[s[i]].de]);
        for (int i = 0; states && i < ns; i++)
            for (int j = 0; j < ns; j++)
                if (i != j)
                    emit(c, x->ments[s[i]].de, x->ments[s[j]].de, cu->relation, mod);
    }
    if (!nd && fight && !ally &&
        (after >= c->t1 || war || tis_any(x, after, adjunct, sizeof adjunct / sizeof *adjunct) ||
         (tis(x, after, "for") && (tis_any(x, after + 1, spans2, sizeof spans2 / sizeof *spans2) ||
                                   (((x->tok.v[after + 1].flags & KG_TOK_DIGIT) || tis(x, after + 1, "a") ||
                                     tis(x, after + 1, "two") || tis(x, after + 1, "three") ||
                                     tis(x, after + 1, "four") || tis(x, after + 1, "several")) &&
                                    tis_any(x, after + 2, spans2, sizeof spans2 / sizeof *spans2)))))) {
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < ns; j++)
                if (i != j && dtype(x, s[i]) != KG_PERSON && dtype(x, s[j]) != KG_PERSON)
                    emit(c, x->ments[s[i]].de, x->ments[s[j]].de, cu->relation, mod);
        return;
    }
    /* "Pakistan and Iraq agreed to ...", "both sides met": a symmetric
     * relation among coordinated subjects */
    if (!nd && ns >= 2 && kg_relations[cu->relation].symmetric && !p) {
        for (int i = 0; i < ns; i++)
            for (int j = i + 1; j < ns; j++)
                emit(c, x->ments[s[i]].de, x->ments[s[j]].de, cu->relation, mod);
        /* ("Modi and Xi met in Kazan": each visits a place abroad) */
        /* (or "met on the sidelines of the COP28 summit in Dubai": past
         * the meeting's own phrase, to its clause's end) */
        int pl = -1;
        for (size_t u = after; u + 1 < c->t1 && u < after + 12 && pl < 0; u++) {
            if (tis(x, u, ",") || tis(x, u, ";") || tcls(x, u, KG_W_CLAUSE) || tcls(x, u, KG_W_REPORT) ||
                (ment_at(x, u) >= 0 && !(M(x, ment_at(x, u))->flags & (KG_M_PLACE | KG_M_ADJ)) && u > after))
                break;
            if (tis(x, u, "in") || tis(x, u, "at"))
                pl = ment_at(x, u + 1);
        }
        if (pl >= 0 && (M(x, pl)->flags & KG_M_PLACE))
            talks_visit(c, s, 1, s + 1, ns - 1, pl, cu->relation, mod);
        return;
    }
    /* "denied that the TTP operates from Afghanistan": what is denied is a
     * claim, made by the latest accuser */
    /* ("denies sheltering the TTP", "denies giving it shelter": the
     * object of a denied act is no accuser) */
    if (cu->relation == KG_REL_DENIES && (tis(x, after, "that") || tis(x, after, "it") || tis(x, after, "this") ||
                                          (after < c->t1 && kg_tok_ing(x, after) && ment_at(x, after) < 0 &&
                                           !(x->tok.v[after].flags & KG_TOK_CAP))))
        nd = 0;
    if (!nd && cu->relation == KG_REL_DENIES && ns) {
        /* (", a finding Kabul disputed": the one who said it in this
         * sentence first, "Pakistani investigators later said ...") */
        int acc = -1;
        /* (but a blame of the denier in this sentence first: "Washington
         * blamed Iran for a strike the Houthis had claimed, an accusation
         * Iran rejected") */
        for (size_t r = x->nrels; charge_denial && acc < 0 && r-- > 0 && x->rels[r].sent == c->si;)
            if (x->rels[r].relation == KG_REL_ACCUSES && x->rels[r].modality != KG_MOD_NEGATED &&
                x->rels[r].dst == x->ments[s[0]].de)
                acc = x->rels[r].src;
        if (charge_denial && acc < 0) {
            size_t say = saying_before(c, cue);
            int r[MAXARGS];
            if (say < cue && subject(c, say, r, 0) && x->ments[r[0]].de != x->ments[s[0]].de)
                acc = x->ments[r[0]].de;
        }
        if (acc < 0)
            acc = latest_accuser(c, s, ns);
        /* (and those who made the same charge with it: "India and the
         * United States have accused the ISI ..., a charge Islamabad
         * denies") */
        int accs[MAXARGS], na = 0;
        if (acc >= 0) {
            accs[na++] = acc;
            for (size_t r = x->nrels; r-- > 0 && x->rels[r].sent == c->si && na < MAXARGS;) {
                const struct kg_relinst *rr = &x->rels[r];
                if (rr->relation != KG_REL_ACCUSES || rr->src == acc)
                    continue;
                for (size_t q = x->nrels; q-- > 0 && x->rels[q].sent == c->si;)
                    if (x->rels[q].relation == KG_REL_ACCUSES && x->rels[q].src == acc && x->rels[q].dst == rr->dst) {
                        accs[na++] = rr->src;
                        break;
                    }
            }
        } else if (charge_denial || !(cue > c->t0 && ment_at(x, cue - 1) >= 0 && M(x, ment_at(x, cue - 1))->t0 > c->t0 + 1 &&
                                      (x->tok.v[M(x, ment_at(x, cue - 1))->t0 - 1].flags & KG_TOK_WORD) &&
                                      !(x->tok.v[M(x, ment_at(x, cue - 1))->t0 - 1].flags & KG_TOK_CAP) &&
                                      !tcls(x, M(x, ment_at(x, cue - 1))->t0 - 1, KG_W_CLAUSE))) {
            /* ("X told lawmakers that the network was an arm of the ISI, a
             * charge Pakistan rejected": who said it; not "a demand
             * Islamabad rejected", whose noun names no claim) */
            size_t say = saying_before(c, cue);
            int r[MAXARGS];
            if (say < cue && subject(c, say, r, 0) && x->ments[r[0]].de != x->ments[s[0]].de)
                accs[na++] = x->ments[r[0]].de;
        }
        /* (", a charge Kabul denies" is the narrator's aside, whoever
         * made the charge) */
        if (charge_denial && mod == KG_MOD_ALLEGED)
            mod = KG_MOD_ASSERTED;
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < na; j++)
                emit(c, x->ments[s[i]].de, accs[j], cu->relation, mod);
        return;
    }
    /* "a Pakistani delegation led by Sadiq Khan arrived in Kabul", "an
     * IMF staff mission led by Nathan Porter is expected in": its leader
     * goes too */
    if (cu->relation == KG_REL_VISITS || cu->relation == KG_REL_MEETS || cu->relation == KG_REL_NEGOTIATES)
        for (int i = 0, n0 = ns; i < n0 && ns < MAXARGS; i++) {
            size_t e = M(x, s[i])->t1;
            for (int k = 0; k < 3 && e < c->t1 && !tis(x, e, "led") && !tis(x, e, "headed") &&
                            (((x->tok.v[e].flags & KG_TOK_WORD) && !(x->tok.v[e].flags & KG_TOK_CAP) && ment_at(x, e) < 0) ||
                             (k == 0 && tis(x, e, ",")));
                 k++)
                e++;
            int l = led_by(c, e);
            if (l >= 0 && (M(x, s[i])->flags & KG_M_COLLAPSED || dtype(x, s[i]) == KG_ORG))
                s[ns++] = l;
        }
    emit_all(c, s, ns, d, nd, cu->relation, mod);
    /* ("flew to Kabul with Zalmay Khalilzad": who goes along goes too) */
    if (cu->relation == KG_REL_VISITS && nd && ns) {
        size_t w = M(x, d[nd - 1])->t1;
        int k = w + 1 < c->t1 && tis(x, w, "with") ? named_at(c, w + 1) : -1;
        /* (not "with Wang Yi's blessing") */
        int comp[MAXARGS], nc = k >= 0 && M(x, k)->t0 == w + 1 && dtype(x, k) == KG_PERSON && !(M(x, k)->flags & KG_M_POSS) &&
                                        !tis(x, M(x, k)->t1, "'s") ? with_coordinated(c, k, comp, 0) : 0;
        for (int i = 0; i < nc; i++)
            if (dtype(x, comp[i]) == KG_PERSON)
                for (int j = 0; j < nd; j++)
                    emit(c, x->ments[comp[i]].de, x->ments[d[j]].de, KG_REL_VISITS, mod);
    }
    /* ("met Araghchi in Tehran": a visit) */
    talks_visit(c, s, ns, d, nd, -1, cu->relation, mod);
    /* "Naqvi said India was behind the attack", "India was behind it,
     * Naqvi said": who says so blames them (not "no evidence that ...") */
    if (behind && mod != KG_MOD_NEGATED && !has_class_in(c, c->t0, cue, KG_W_NEGATION)) {
        int r[MAXARGS], nr = 0;
        size_t say = saying_before(c, cue);
        if (say < cue)
            nr = subject(c, say, r, 0);
        for (size_t u = after; !nr && u < c->t1; u++) {
            int m = attribution_at(x, u, NULL, 0);
            if (m >= 0 && actor_ok(c, m))
                nr = with_coordinated(c, m, r, 0);
        }
        emit_all(c, r, nr, s, ns, KG_REL_ACCUSES, KG_MOD_ASSERTED);
    }
    if (requested) {
        /* "Pakistan urged the Council to sanction the BLA": Pakistan seeks it too */
        int r[MAXARGS];
        int nr = requester(c, p, r);
        emit_all(c, r, nr, d, nd, cu->relation, KG_MOD_REQUESTED);
    }
}

/* The first mention of a side in [t, t + 8) that may stand for a party:
 * a state's people or envoys too ("Pakistani officials", "the envoys of
 * China"); not a place or a dateline; -1. */
static int side_mention(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    for (size_t v = t; v < c->t1 && v < t + 8; v++) {
        int m = ment_at(x, v);
        if (m >= 0 && M(x, m)->t0 == v) {
            /* (a state after "of" may be read as a place: "the envoys of
             * China") */
            if ((M(x, m)->flags & KG_M_DATELINE) || dtype(x, m) == KG_LOC ||
                ((M(x, m)->flags & KG_M_PLACE) && !kg_is_state(x, &x->dents[x->ments[m].de])))
                return -1;
            int h = head_of(c, m);
            return h >= 0 ? h : m;
        }
        if (tis(x, v, ";") || tis(x, v, ",") || tis(x, v, "and") || is_boundary(c, v))
            return -1;
    }
    return -1;
}

/* The parties after "between" at token u ("between India and Pakistan"):
 * a coordinated pair, or two sides joined by "and", each a mention and
 * what is coordinated with it ("between a Taliban delegation and the
 * envoys of China, Iran and Pakistan"); *side1 (when not NULL) is the
 * number of parties on the first side, 0 when they are one list. */
static int between_parties(const struct ctx *c, size_t u, int *out, int *side1)
{
    const struct kg_extractor *x = c->x;
    if (side1)
        *side1 = 0;
    int n = object(c, u + 1, NULL, out);
    if (n >= 2)
        return n;
    int m1 = n ? out[0] : side_mention(c, u + 1);
    if (m1 < 0)
        return 0;
    if (!n)
        n = with_coordinated(c, m1, out, 0);
    if (n >= 2)
        return n;
    for (size_t v = M(x, m1)->t1; v < c->t1 && v < M(x, m1)->t1 + 12; v++) {
        int w = ment_at(x, v);
        if (w >= 0 && M(x, w)->t0 == v && M(x, w)->t1 > v + 1) { /* (past a name) */
            v = M(x, w)->t1 - 1;
            continue;
        }
        if (tis(x, v, "and")) {
            int m2 = side_mention(c, v + 1), k;
            if (m2 >= 0 && x->ments[m2].de != x->ments[m1].de && (k = with_coordinated(c, m2, out + 1, 0))) {
                n = 1 + k;
                if (side1 && k > 1)
                    *side1 = 1;
            }
            break;
        }
        if (tis(x, v, ";") || tis(x, v, ".") || tis(x, v, ",") || is_boundary(c, v))
            break;
    }
    return n;
}

/* between_sides' gate's list (window_has, gate_lists) */
static const struct kg_lit between[] = {KG_LIT("between")};

static int between_sides(const struct ctx *c, size_t after, int *out, int *side1)
{
    const struct kg_extractor *x = c->x;
    /* (asked for most cues with no object, in windows that mostly have
     * no "between": the window's gates are asked first) */
    if (after < c->t1 && window_has(c, GATE_BETWEEN))
        for (size_t u = after; u < c->t1 && u < after + 3; u++)
            if (tis(x, u, "between"))
                return between_parties(c, u, out, side1);
    if (side1)
        *side1 = 0;
    return 0;
}

static int between_pair(const struct ctx *c, size_t after, int *out)
{
    return between_sides(c, after, out, NULL);
}

/* claim_before's verbs, a gate's list too (window_has, gate_lists) */
static const struct kg_lit claiming[] = {KG_LIT("claimed"), KG_LIT("claims"), KG_LIT("claim"), KG_LIT("claiming")};

/* "claimed (responsibility for) the bombing", "claims credit for
 * Tuesday's attack": the token of the verb of claiming before a noun cue, 0.
 * (It finds none in a window with no word of claiming[]: its gate.) */
static size_t claim_before(const struct ctx *c, size_t cue, int len)
{
    const struct kg_extractor *x = c->x;
    static const struct kg_lit det[] = {KG_LIT("the"),  KG_LIT("a"),     KG_LIT("an"),  KG_LIT("this"),
                                        KG_LIT("that"), KG_LIT("these"), KG_LIT("its"), KG_LIT("their")};
    size_t q = 0;
    for (size_t u = cue, k = 0; u > c->t0 + 1 && k < 6 && !q; u--, k++) {
        if (tis_any(x, u - 1, claiming, sizeof claiming / sizeof *claiming))
            q = u - 1;
        else if (ment_at(x, u - 1) >= 0 || ((x->tok.v[u - 1].flags & KG_TOK_PUNCT) && !tis(x, u - 1, "'s")) ||
                 is_be(x, u - 1))
            return 0;
    }
    if (!q || tis_any(x, q - 1, det, sizeof det / sizeof *det)) /* "the claims of ..." is a noun */
        return 0;
    /* "claimed responsibility for" / "credit for", or "claimed the ..." */
    size_t v = q + 1;
    if ((tis(x, v, "responsibility") || tis(x, v, "credit")) && tis(x, v + 1, "for"))
        v += 2;
    if (v < cue && v == q + 1 && !tis_any(x, v, det, sizeof det / sizeof *det) &&
        !((x->tok.v[v].flags & KG_TOK_CAP) && tis(x, v + 1, "'s"))) /* "claimed Tuesday's attack" */
        return 0;
    /* "claimed the attacks were launched by ...": a reported clause */
    for (size_t u = cue + (size_t)len; u < c->t1 && u < cue + (size_t)len + 8 && !is_boundary(c, u); u++)
        if (is_be(x, u))
            return 0;
    return q;
}

static void frame_noun(struct ctx *c, size_t cue, int len, const struct kg_cue *cu)
{
    struct kg_extractor *x = c->x;
    int s[MAXARGS], d[MAXARGS], ns = 0, nd = 0, governed = 0, by_later = 0;
    size_t after = cue + (size_t)len;
    /* "the 1267 sanctions committee", "the sanctions panel": a body's
     * name, no act */
    if (cu->relation == KG_REL_SANCTIONS && after < c->t1 &&
        (tis(x, after, "committee") || tis(x, after, "panel") || tis(x, after, "monitoring")))
        return;
    /* "air strikes between India and Pakistan" (frame_verb) */
    if (cu->relation == KG_REL_ATTACKS && after < c->t1 && tis(x, after, "between") && warring_pair(c, cue, after))
        return;
    /* "arrived in New Delhi for a six-day visit to India", "arrived in
     * Kabul on the first leg of a tour of Afghanistan and Pakistan": the
     * clause's subject makes the visit its adjunct names */
    if (cu->relation == KG_REL_VISITS && cue > c->t0 + 2) {
        size_t q = cue;
        while (q > c->t0 + 1 && q + 8 > cue && ment_at(x, q - 1) < 0 && (x->tok.v[q - 1].flags & KG_TOK_WORD) &&
               !(x->tok.v[q - 1].flags & KG_TOK_CAP) && !tis(x, q - 1, "for") && !tis(x, q - 1, "on") &&
               !tcls(x, q - 1, KG_W_CLAUSE) && !tcls(x, q - 1, KG_W_REPORT) && !tis(x, q - 1, "his") &&
               !tis(x, q - 1, "her") && !tis(x, q - 1, "their") && !kg_tok_ed(x, q - 1))
            q--;
        /* (not "on the eve of a visit", nor one made "by" another) */
        int other = 0;
        for (size_t u = q; u < cue && !other; u++)
            other = tis(x, u, "eve") || tis(x, u, "ahead") || tis(x, u, "before") || tis(x, u, "after");
        for (size_t u = after; u < c->t1 && u < after + 8 && !other && !tis(x, u, ","); u++)
            other = tis(x, u, "by");
        if (!other && q > c->t0 + 1 && (tis(x, q - 1, "for") || tis(x, q - 1, "on")) && q + 1 < cue &&
            (tis(x, q, "a") || tis(x, q, "an") || tis(x, q, "the"))) {
            int v[MAXARGS], nv = subject(c, q - 1, v, 0);
            /* (the places right after it: not ", the most senior trip by a
             * Pakistani official") */
            int o[MAXARGS], no = after < c->t1 && (x->tok.v[after].flags & KG_TOK_WORD) ? object_(c, after, NULL, o, 1, 0) : 0;
            if (no && M(x, o[0])->t0 > after + 2)
                no = 0;
            if (nv && no && dtype(x, v[0]) == KG_PERSON)
                for (int i = 0; i < no; i++)
                    if (M(x, o[i])->flags & KG_M_PLACE || dtype(x, o[i]) == KG_GPE)
                        emit(c, x->ments[v[0]].de, x->ments[o[i]].de, KG_REL_VISITS, modality(c, cue, KG_REL_VISITS, 0));
            if (nv)
                return;
        }
    }
    /* "placed the BLA on its list of banned organisations", "added Makki
     * to the sanctions list": the clause's subject lists what comes
     * before "on"/"to" */
    if (cu->relation == KG_REL_SANCTIONS) {
        size_t q = cue;
        /* (past one modifier: "its terrorism blacklist") */
        if (q > c->t0 + 1 && ment_at(x, q - 1) < 0 && (x->tok.v[q - 1].flags & KG_TOK_WORD) &&
            !(x->tok.v[q - 1].flags & KG_TOK_CAP) && !x->cls[q - 1] &&
            (tis(x, q - 2, "its") || tis(x, q - 2, "the") || tis(x, q - 2, "their")))
            q--;
        if (q > c->t0 && (tis(x, q - 1, "its") || tis(x, q - 1, "the") || tis(x, q - 1, "a") ||
                          tis(x, q - 1, "their") || tis(x, q - 1, "his")))
            q--;
        int m = q > c->t0 + 1 && (tis(x, q - 1, "on") || tis(x, q - 1, "to")) ? ment_at(x, q - 2) : -1;
        /* (past an apposition: "added Iyad Ag Ghaly, the leader of JNIM,
         * to its sanctions list") */
        /* (and "added the BLA and its suicide wing, the Majeed Brigade, to
         * its list": the group, and the unit the apposition names) */
        int unit = -1;
        if (m < 0 && q > c->t0 + 3 && (tis(x, q - 1, "on") || tis(x, q - 1, "to")) && tis(x, q - 2, ","))
            for (size_t v = q - 3; v > c->t0 + 1 && v + 12 > q; v--)
                if (tis(x, v, ",")) {
                    if (tis(x, v + 1, "the") || tis(x, v + 1, "a") || tis(x, v + 1, "an"))
                        m = ment_at(x, v - 1);
                    size_t w = v + 1 + (tis(x, v + 1, "the") ? 1u : 0u);
                    int k = ment_at(x, w);
                    if (m < 0 && k >= 0 && M(x, k)->t0 == w && M(x, k)->t1 == q - 2)
                        for (size_t u = v; u-- > c->t0 + 1 && u + 6 > v;)
                            if (tis(x, u, "and") && (tis(x, u + 1, "its") || tis(x, u + 1, "their"))) {
                                m = ment_at(x, u - 1);
                                unit = m >= 0 ? k : -1;
                                break;
                            }
                    break;
                }
        if (m >= 0) {
            size_t o = M(x, m)->t0;
            d[0] = m;
            nd = 1;
            if (unit >= 0)
                d[nd++] = unit;
            /* "added the TTP and the BLA to ...": the ones coordinated with it */
            /* (and "the BLA and its Majeed Brigade") */
            for (;;) {
                if (o > c->t0 && (tis(x, o - 1, "the") || tis(x, o - 1, "its") || tis(x, o - 1, "their")))
                    o--;
                int k = o > c->t0 + 1 && (tis(x, o - 1, "and") || tis(x, o - 1, ",")) ? ment_at(x, o - 2) : -1;
                if (k < 0 || nd == MAXARGS)
                    break;
                d[nd++] = k;
                o = M(x, k)->t0;
            }
            /* the verb before them, a verb of listing ("added" is no verb
             * of saying here); its subject as a verb cue's ("urged the UN
             * to add the BLA ...": the UN, requested) */
            static const struct kg_lit lists[] = {
                KG_LIT("add"),     KG_LIT("adds"),    KG_LIT("added"),    KG_LIT("adding"),  KG_LIT("put"),
                KG_LIT("puts"),    KG_LIT("putting"), KG_LIT("place"),    KG_LIT("places"),  KG_LIT("placed"),
                KG_LIT("placing"), KG_LIT("include"), KG_LIT("included"), KG_LIT("includes"), KG_LIT("list"),
                KG_LIT("listed")};
            size_t v = o - 1;
            if (o <= c->t0 || !tis_any(x, v, lists, sizeof lists / sizeof *lists))
                return;
            size_t p = control_word(c, v);
            int requested = 0;
            if (p) {
                ns = nearest_before(c, p, s);
                requested = request_before(c, p);
            }
            if (!ns)
                ns = subject(c, v, s, 0);
            emit_all(c, s, ns, d, nd, cu->relation, modality(c, v, cu->relation, requested));
            if (requested) {
                int r[MAXARGS], nr = requester(c, p, r);
                emit_all(c, r, nr, d, nd, cu->relation, KG_MOD_REQUESTED);
            }
            return;
        }
    }
    /* a group that claims an attack alleges that it made it */
    size_t claim = cu->relation == KG_REL_ATTACKS && window_has(c, GATE_CLAIM) ? claim_before(c, cue, len) : 0;
    if (claim) {
        ns = subject(c, claim, s, 0);
        if (!ns)
            return;
        nd = object(c, after, NULL, d);
        int mod = modality(c, cue, cu->relation, 0);
        emit_all(c, s, ns, d, nd, cu->relation, mod == KG_MOD_ASSERTED ? KG_MOD_ALLEGED : mod);
        return;
    }
    /* (a noun it only describes: "drone strike footage was broadcast") */
    if (cu->relation == KG_REL_ATTACKS && after < c->t1 &&
        (tis(x, after, "footage") || tis(x, after, "video") || tis(x, after, "videos") || tis(x, after, "images") ||
         tis(x, after, "pictures") || tis(x, after, "photos") || tis(x, after, "survivors") || tis(x, after, "victims") ||
         tis(x, after, "toll") || tis(x, after, "drills") || tis(x, after, "simulation")))
        return;
    /* "Soleimani was killed in a US drone strike near Baghdad's airport",
     * "the commander killed by a US drone strike in Baghdad": the
     * strike's maker attacked the one killed; where is no target (seeds
     * README 9) */
    if (cu->relation == KG_REL_ATTACKS && cue > c->t0 + 3) {
        static const struct kg_lit died[] = {KG_LIT("killed"), KG_LIT("died"), KG_LIT("wounded"), KG_LIT("injured"),
                                             KG_LIT("assassinated"), KG_LIT("slain"), KG_LIT("martyred")};
        size_t v = cue;
        int a = -1;
        if (ment_at(x, v - 1) >= 0 && dtype(x, ment_at(x, v - 1)) != KG_PERSON &&
            !(M(x, ment_at(x, v - 1))->flags & (KG_M_PLACE | KG_M_POSS | KG_M_PRONOUN))) {
            a = ment_at(x, v - 1);
            v = M(x, a)->t0;
        }
        if (v > c->t0 + 2 && (tis(x, v - 1, "a") || tis(x, v - 1, "an") || tis(x, v - 1, "the")))
            v--;
        if (v > c->t0 + 2 && (tis(x, v - 1, "in") || tis(x, v - 1, "by")) &&
            tis_any(x, v - 2, died, sizeof died / sizeof *died)) {
            int vi[MAXARGS], nv = subject(c, v - 2, vi, 0);
            if (a >= 0)
                for (int i = 0; i < nv; i++)
                    if (dtype(x, vi[i]) == KG_PERSON && x->ments[vi[i]].de != x->ments[a].de)
                        emit(c, x->ments[a].de, x->ments[vi[i]].de, KG_REL_ATTACKS, modality(c, cue, KG_REL_ATTACKS, 0));
            return;
        }
    }
    /* possessor right before: "Pakistan's accusations", "the TTP's attacks" */
    /* (not a person's "killing", "assassination": the victim's) */
    static const struct kg_lit slain[] = {KG_LIT("killing"), KG_LIT("assassination"), KG_LIT("murder"),
                                          KG_LIT("death"), KG_LIT("abduction"), KG_LIT("kidnapping")};
    int victim = tis_any(x, cue, slain, sizeof slain / sizeof *slain);
    for (size_t u = cue, k = 0; u > c->t0 && k < 4; u--, k++) {
        int m = ment_at(x, u - 1);
        if (m >= 0 && victim && dtype(x, m) == KG_PERSON)
            return;
        if (m >= 0) {
            /* a possessor, or a name compounded with the noun: "TTP attacks
             * on", "Pakistani airstrikes on" */
            if ((M(x, m)->flags & KG_M_POSS) ||
                (k == 0 && actor_ok(c, m) && !(M(x, m)->flags & KG_M_PRONOUN) && dtype(x, m) != KG_PERSON))
                ns = with_coordinated(c, m, s, 0);
            break;
        }
        if (x->tok.v[u - 1].flags & KG_TOK_PUNCT && !tis(x, u - 1, "'s"))
            break;
    }
    /* "China, Pakistan's closest ally, and Turkey": an apposition's noun
     * joins its possessor to the state or body it stands beside, not to
     * the next; "Turkey is Pakistan's closest ally": a predicate's, to the
     * subject.  Otherwise the noun reads on ("In Kabul, Pakistan's former
     * ally, the Taliban"). */
    if (ns == 1 && kg_relations[cu->relation].symmetric && (M(x, s[0])->flags & KG_M_POSS)) {
        size_t u = M(x, s[0])->t0;
        int h[MAXARGS], nh = 0;
        if (u > c->t0 + 1 && tis(x, u - 1, ",") &&
            (after >= c->t1 || tis(x, after, ",") || tis(x, after, "."))) {
            /* (and what is coordinated before it: "Saudi Arabia and
             * Qatar, Pakistan's allies") */
            int m = ment_at(x, u - 2);
            while (m >= 0 && nh < MAXARGS && actor_ok(c, m) && dtype(x, m) != KG_PERSON) {
                h[nh++] = m;
                size_t p = M(x, m)->t0;
                if (p > c->t0 && tis(x, p - 1, "the"))
                    p--;
                if (p < c->t0 + 2 || !(tis(x, p - 1, "and") || tis(x, p - 1, ",")))
                    break;
                m = ment_at(x, p - 2);
            }
        } else if (u > c->t0 && is_be(x, u - 1)) {
            /* the subject right before the verb, or before a relative
             * clause's closing comma ("Iran, whose ..., is") */
            size_t v = u - 1;
            while (v > c->t0 && v + 3 > u && (tis(x, v - 1, "has") || tis(x, v - 1, "have") ||
                                              tis(x, v - 1, "long") || tis(x, v - 1, "always") ||
                                              tis(x, v - 1, "also") || tis(x, v - 1, "still")))
                v--;
            int k = subject(c, u - 1, h, 0);
            /* (not a name inside a relative clause: "Those who attacked
             * India are Pakistan's allies") */
            for (size_t w = c->t0; k && w < M(x, h[0])->t0; w++)
                if (tcls(x, w, KG_W_RELPRO))
                    k = 0;
            if (k && (ment_at(x, v - 1) == h[k - 1] || tis(x, v - 1, ",")))
                for (int i = 0; i < k; i++)
                    if (dtype(x, h[i]) != KG_PERSON)
                        h[nh++] = h[i];
        }
        int k = 0;
        for (int i = 0; i < nh; i++)
            if (x->ments[h[i]].de != x->ments[s[0]].de)
                h[k++] = h[i];
        if (k) {
            emit_all(c, s, ns, h, k, cu->relation, modality(c, cue, cu->relation, 0));
            return;
        }
    }
    /* "China and Pakistan are allies", "Pakistan and the TTP were
     * partners in terror": coordinated subjects of a symmetric noun */
    if (!ns && kg_relations[cu->relation].symmetric && !tis(x, after, "of") && cue > c->t0 + 1) {
        size_t v = cue;
        while (v > c->t0 + 1 && v + 4 > cue && !is_be(x, v - 1) && (x->tok.v[v - 1].flags & KG_TOK_WORD) &&
               !(x->tok.v[v - 1].flags & KG_TOK_CAP) && ment_at(x, v - 1) < 0)
            v--;
        int sp[MAXARGS], nsp = v > c->t0 + 1 && is_be(x, v - 1) ? subject(c, v - 1, sp, 0) : 0;
        if (nsp >= 2) {
            int mod = modality(c, cue, cu->relation, 0);
            for (int i = 0; i < nsp; i++)
                for (int j = i + 1; j < nsp; j++)
                    emit(c, x->ments[sp[i]].de, x->ments[sp[j]].de, cu->relation, mod);
            return;
        }
    }
    if (tis(x, after, "of") && !ns && kg_relations[cu->relation].symmetric) {
        /* "X is a close ally of Y": the clause's subject and the "of" party */
        ns = subject(c, cue, s, 0);
        nd = object_(c, after + 1, NULL, d, 1, 0); /* "of" marks places too */
    } else if (tis(x, after, "of")) {
        /* "the visit of Foreign Minister Qureshi to Kabul" */
        if (!ns)
            ns = object(c, after + 1, NULL, s);
        nd = object(c, after + 1, "to", d);
        if (!nd)
            nd = object(c, after + 1, "against", d);
    } else {
        /* "any attack from Afghanistan (on Pakistani troops)": where an
         * attack comes from is not its target */
        size_t ofrom = after;
        if (cu->relation == KG_REL_ATTACKS && tis(x, after, "from")) {
            int m = ment_at(x, after + 1) >= 0 ? ment_at(x, after + 1) : ment_at(x, after + 2);
            ofrom = m >= 0 && M(x, m)->t0 <= after + 2 ? M(x, m)->t1 : c->t1;
        }
        /* (object() finds only a mention starting at ofrom or after it in
         * the window: with none, the window's last mention (c->m1 - 1,
         * by position) starts before ofrom, and it is not asked) */
        nd = c->m1 > c->m0 && x->ments[c->m1 - 1].t0 >= ofrom ? object(c, ofrom, NULL, d) : 0;
        /* (nothing is emitted without an object (see the end): no subject
         * to look for) */
        if (!nd)
            return;
        if (!ns)
            ns = by_agent(c, after, s);
        /* "killed by a drone strike in Kunar": the noun is a passive's
         * agent, and the clause's subject is what it struck */
        int agentive = 0;
        for (size_t u = cue, k = 0; u > c->t0 && k < 4; u--, k++) {
            if (tis(x, u - 1, "by")) {
                agentive = 1;
                break;
            }
            if (!(x->tok.v[u - 1].flags & KG_TOK_WORD) || (ment_at(x, u - 1) < 0 && x->cls[u - 1] &&
                                                            !tis(x, u - 1, "a") && !tis(x, u - 1, "an") &&
                                                            !tis(x, u - 1, "the")))
                break;
        }
        if (!ns && !agentive) {
            size_t p = control_word(c, cue);
            if (p) {
                ns = nearest_before(c, p, s);
                if (ns && !tis(x, p, "to") && accusation_before(c, p))
                    governed = 1;
            }
            /* (without a control word, a subject is kept below only with a
             * light verb starting in [cue - 6, cue) (the light-verb test's
             * reach): without one in the words' tokany, the search's answer
             * would be dropped, and it is not asked) */
            unsigned light_any = 0;
            for (size_t u = cue > 6 ? cue - 6 : 0; !p && u < cue; u++)
                light_any |= x->tokany[u];
            if (!ns && (p || (light_any & KG_WBIT(KG_W_LIGHT))))
                ns = subject(c, p ? p : cue, s, 0);
            /* "X, a cleric, was killed in an attack": one harm befell is
             * no actor of the noun after it (not "was banned in 2002 but
             * continued attacks") */
            /* (not one inside a relative clause: "the TTP, which was
             * founded in 2007, launched attacks") */
            for (size_t u = ns ? M(x, s[ns - 1])->t1 : cue; u + 2 < cue; u++) {
                if (tcls(x, u, KG_W_RELPRO)) {
                    while (u + 3 < cue && !tis(x, u + 1, ","))
                        u++;
                    continue;
                }
                if (is_be(x, u) && tis_any(x, u + 1, harmed, sizeof harmed / sizeof *harmed) &&
                    (tis(x, u + 2, "in") || tis(x, u + 2, "during"))) {
                    ns = 0;
                    break;
                }
            }
            /* "the TTP has launched attacks": a light verb joins subject and noun */
            if (ns && !p) {
                int light = 0;
                size_t from = M(x, s[ns - 1])->t1;
                if (from + 6 < cue)
                    from = cue - 6;
                for (size_t u = from; u < cue; u++) {
                    if (tis(x, u, ","))
                        light = 0;
                    else if (match_class(x, u, cue, KG_WBIT(KG_W_LIGHT)))
                        light = 1;
                }
                if (!light)
                    ns = 0;
            }
        }
        /* "a visit to Kabul by Dar", "an attack on the convoy by the BLA":
         * the agent after the object */
        size_t by = nd ? M(x, d[nd - 1])->t1 : c->t1;
        if (by + 1 < c->t1 && tis(x, by, "by")) {
            int a[MAXARGS], na = by_agent(c, by, a);
            /* (the agent is named right after "by": not "by private jet
             * drew criticism from Imran Khan", "by Dar's deputy") */
            /* (past a title: "by Chinese President Xi Jinping", "by
             * Pakistan's foreign minister, Ishaq Dar") */
            for (size_t v = by + 1; na && v < M(x, a[0])->t0; v++) {
                int k = ment_at(x, v);
                if (!(tis(x, v, "the") || tis(x, v, "'s") || tis(x, v, ",") || tcls(x, v, KG_W_OFFICE) ||
                      tcls(x, v, KG_W_RANK) || tcls(x, v, KG_W_HONORIFIC) || portfolio_word(x, v) ||
                      (k >= 0 && (M(x, k)->flags & (KG_M_TITLEOF | KG_M_QUAL | KG_M_ADJ | KG_M_POSS)))))
                    na = 0;
            }
            if (na && (M(x, a[0])->flags & KG_M_POSS))
                na = 0;
            /* (a list needs its "and": not "by Wang Yi, Afghanistan signed") */
            int listed = 0;
            for (size_t u = na > 1 ? M(x, a[0])->t1 : 0; na > 1 && u < M(x, a[na - 1])->t0 && !listed; u++)
                listed = tis(x, u, "and") || tis(x, u, "or");
            if (na > 1 && !listed)
                na = 1;
            if (na) {
                ns = na;
                memcpy(s, a, sizeof(int) * (size_t)na);
                /* ("... by Wang Yi is planned for August", "would be a
                 * mistake": not yet) */
                size_t v = M(x, a[na - 1])->t1;
                static const struct kg_lit later[] = {KG_LIT("planned"), KG_LIT("expected"), KG_LIT("scheduled"),
                                                      KG_LIT("due"), KG_LIT("set"), KG_LIT("proposed")};
                if (v + 1 < c->t1 && ((is_be(x, v) && tis_any(x, v + 1, later, sizeof later / sizeof *later)) ||
                                      tis(x, v, "would") || tis(x, v, "will") || tis(x, v, "could") ||
                                      tis(x, v, "may") || tis(x, v, "might")))
                    by_later = 1;
            }
        }
        /* "the demand for tackling the TTP": what a gerund governs is the
         * theme, not the target */
        if (nd)
            for (size_t u = after + 1; u < M(x, d[0])->t0; u++)
                if (kg_tok_ing(x, u) &&
                    !(x->tok.v[u].flags & KG_TOK_CAP) && ment_at(x, u) < 0 &&
                    (tis(x, u - 1, "for") || tis(x, u - 1, "of"))) /* not "in neighbouring X" */
                    nd = 0;
    }
    /* "demands to act against the TTP": the one asked comes before "to" */
    if (nd && cu->relation == KG_REL_APPEALS)
        for (size_t u = after; u < M(x, d[0])->t0; u++)
            if (tis(x, u, "to"))
                nd = 0;
    /* (the two below emit nothing without an object, nor, but for talks or
     * a meeting, without a subject: then there is no modality to weigh) */
    if (!nd || (!ns && cu->relation != KG_REL_MEETS && cu->relation != KG_REL_NEGOTIATES))
        return;
    int mod = modality(c, cue, cu->relation, 0);
    if (governed && mod == KG_MOD_ASSERTED)
        mod = KG_MOD_ALLEGED;
    if (by_later && mod == KG_MOD_ASSERTED)
        mod = KG_MOD_PLANNED;
    emit_all(c, s, ns, d, nd, cu->relation, mod);
    talks_visit(c, s, ns, d, nd, -1, cu->relation, mod);
}

/* Is place pde abroad for person de?  Only for a person whose roles on
 * the article's date (roles.csv) all serve states (or their provinces,
 * parties and agencies) other than the place's, and who is no resident
 * envoy: a chief minister in her province, the UN's head in New York or an
 * ambassador in Kabul is at home. */
static int abroad(struct kg_extractor *x, int de, int pde)
{
    int lex = x->dents[de].lex, plex = x->dents[pde].lex, any = 0;
    if (plex < 0)
        return 0;
    int pstate = x->lx.ents[plex].country >= 0 ? x->lx.ents[plex].country : plex;
    /* a person the lexicon does not know: the state of a post the article
     * gives them ("Cambodian Prime Minister Hun Manet ... in Putrajaya") */
    if (lex < 0) {
        int st = person_state(x, de);
        return st >= 0 && x->dents[st].lex != pstate;
    }
    static const char *const resident[] = {"ambassador",   "high commissioner",        "head of mission",
                                           "d'affaires",   "consul general",           "consul-general",
                                           "permanent representative", "deputy chief of mission"};
    for (int r = x->lx.ents[lex].role; r >= 0; r = x->lx.roles[r].next) {
        const struct kg_role *ro = &x->lx.roles[r];
        if (!kg_role_current(x, ro))
            continue;
        int of = ro->of, state = x->lx.ents[of].type == KG_GPE && x->lx.ents[of].country < 0 ? of
                                                                                              : x->lx.ents[of].country;
        /* (a post in a group of no state says nothing of home:
         * "Chief, Haqqani network"; but the head or envoy of an
         * international body is away from home anywhere: "Ajay Banga, the
         * World Bank's president, met Modi in New Delhi") */
        if (state < 0) {
            static const char *const intl[] = {"secretary-general", "secretary general", "director-general",
                                               "director general", "president", "high representative",
                                               "high commissioner", "special envoy", "special representative",
                                               "managing director", "special rapporteur"};
            /* (in a national capital: not at a seat of such bodies, "met
             * Sharif in New York", "in Geneva") */
            for (size_t k = 0; k < sizeof intl / sizeof *intl; k++)
                if (!strcmp(ro->title, intl[k]) && x->lx.ents[of].type == KG_ORG && x->lx.ents[plex].capital == 1)
                    any = 1;
            continue;
        }
        if (state == pstate || of == plex)
            return 0;
        for (size_t k = 0; k < sizeof resident / sizeof *resident; k++)
            if (strstr(ro->title, resident[k]))
                return 0;
        any = 1;
    }
    return any;
}

/* A person who holds talks or meets in a place abroad visits it (seeds
 * rule 12: meetings in Brussels are a visit to Brussels), on either side:
 * the place is an adjunct before the other party (place) or "in X" after
 * it; a person's home is the state of their role on the article's date. */
/* A visit of the person mention m to place pde, when it is abroad for
 * them. */
static void visit_if_abroad(struct ctx *c, int m, int pde, int mod)
{
    struct kg_extractor *x = c->x;
    if (dtype(x, m) == KG_PERSON && abroad(x, x->ments[m].de, pde))
        emit(c, x->ments[m].de, pde, KG_REL_VISITS, mod);
}

static void talks_visit_at(struct ctx *c, const int *a, int na, const int *b, int nb, int place, int mod);
static void talks_visit(struct ctx *c, const int *a, int na, const int *b, int nb, int place, int rel, int mod)
{
    /* (frame_verb and frame_noun end a cue with an object but no subject
     * before calling this unless rel is one of the two below: widen their
     * gates with this list) */
    /* (a meeting that happened or is planned, not one denied or asked for;
     * and not by telephone or video) */
    /* (this test apart, small enough to be inlined: asked for most cues) */
    if (!nb || (rel != KG_REL_MEETS && rel != KG_REL_NEGOTIATES) ||
        (mod != KG_MOD_ASSERTED && mod != KG_MOD_PLANNED))
        return;
    talks_visit_at(c, a, na, b, nb, place, mod);
}
static void talks_visit_at(struct ctx *c, const int *a, int na, const int *b, int nb, int place, int mod)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit remote[] = {KG_LIT("phone"),  KG_LIT("telephone"), KG_LIT("telephoned"),
                                           KG_LIT("video"),  KG_LIT("virtual"),   KG_LIT("virtually"),
                                           KG_LIT("online"), KG_LIT("videolink")};
    if (place < 0) {
        size_t e = M(x, b[nb - 1])->t1;
        int m = e + 1 < c->t1 && (tis(x, e, "in") || tis(x, e, "at")) ? ment_at(x, e + 1) : -1;
        if (m >= 0 && (M(x, m)->flags & KG_M_PLACE))
            place = m;
    }
    if (place < 0)
        return;
    /* (from the first party to the place and a little past it) */
    size_t from = M(x, na ? a[0] : b[0])->t0, to = M(x, place)->t1 + 4;
    for (size_t u = from; u < c->t1 && u < to; u++)
        if (tis_any(x, u, remote, sizeof remote / sizeof *remote))
            return;
    /* (both sides attend: "Dar met Araghchi in Islamabad" is Araghchi's visit) */
    for (int i = 0; i < na + nb; i++)
        visit_if_abroad(c, i < na ? a[i] : b[i - na], x->ments[place].de, mod);
}

/* Does the "with" at w open an absolute phrase ("with Qatar and Turkey
 * mediating", "with Qatari officials again mediating", "with Turkish
 * mediation"), not name the other party? */
static int absolute_with(const struct ctx *c, size_t w)
{
    const struct kg_extractor *x = c->x;
    if (!(w + 1 < c->t1 && tis(x, w, "with")))
        return 0;
    size_t v = w + 1;
    while (v < c->t1 && v < w + 8 && (ment_at(x, v) >= 0 || tis(x, v, "and") || tis(x, v, ",") || tis(x, v, "the")))
        v++;
    /* (past an adverb: "again", "jointly") */
    static const struct kg_lit adverbs[] = {KG_LIT("again"), KG_LIT("also"), KG_LIT("still"), KG_LIT("now"),
                                            KG_LIT("once")};
    size_t kl = v < c->t1 ? x->tok.v[v].klen : 0;
    if (v > w + 1 && v + 1 < c->t1 && ment_at(x, v) < 0 &&
        (tis_any(x, v, adverbs, sizeof adverbs / sizeof *adverbs) || (kl > 4 && !memcmp(tk(x, v) + kl - 2, "ly", 2))))
        v++;
    static const struct kg_lit preps[] = {KG_LIT("following"), KG_LIT("including"), KG_LIT("regarding"),
                                          KG_LIT("concerning"), KG_LIT("according"), KG_LIT("during")};
    return v > w + 1 && v < c->t1 &&
           ((kg_tok_ing(x, v) && !tis_any(x, v, preps, sizeof preps / sizeof *preps)) ||
            (ment_at(x, w + 1) >= 0 && (M(x, ment_at(x, w + 1))->flags & KG_M_ADJ) &&
             kg_match_cue(x, v, c->t1, &(int){0})));
}

/* Is the noun at t the object of a mediation cue right before it
 * ("brokered a truce", "mediated the ceasefire", "helped broker talks")? */
static int broker_before(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    for (size_t u = t, k = 0; u > c->t0 && k < 3; u--, k++) {
        size_t q = u - 1;
        int cue;
        if ((x->tokany[q] & KG_ANY_CUE) && kg_match_cue(x, q, t, &cue) && x->lx.cues[cue].frame == KG_FRAME_BROKER)
            return 1;
        if (!(x->tok.v[q].flags & KG_TOK_WORD) || ment_at(x, q) >= 0)
            return 0;
    }
    return 0;
}

static void frame_pair(struct ctx *c, size_t cue, int len, const struct kg_cue *cu)
{
    struct kg_extractor *x = c->x;
    int a[MAXARGS], b[MAXARGS], na = 0, nb = 0;
    size_t after = cue + (size_t)len;
    /* "Indian and Pakistani diplomats clashed at the UN": words, not arms */
    static const struct kg_lit talkers[] = {KG_LIT("diplomats"), KG_LIT("envoys"),   KG_LIT("delegates"),
                                            KG_LIT("delegations"), KG_LIT("ministers"), KG_LIT("spokesmen"),
                                            KG_LIT("lawmakers"), KG_LIT("leaders")};
    if (cu->relation == KG_REL_ATTACKS && cue > c->t0 && tis_any(x, cue - 1, talkers, sizeof talkers / sizeof *talkers))
        return;
    /* "Petro has clashed repeatedly with the Trump administration": a
     * person clashes in words */
    if (cu->relation == KG_REL_ATTACKS && (tis(x, cue, "clashed") || tis(x, cue, "clash") || tis(x, cue, "clashes"))) {
        int n = subject(c, cue, a, 0);
        for (int i = 0; i < n; i++)
            if (dtype(x, a[i]) == KG_PERSON)
                return;
    }
    /* "Dar clashed with Jaishankar at the SCO": persons clash in words */
    if (cu->relation == KG_REL_ATTACKS && cue > c->t0 && ment_at(x, cue - 1) >= 0 && dtype(x, ment_at(x, cue - 1)) == KG_PERSON &&
        tis(x, after, "with") && ment_at(x, after + 1) >= 0 && dtype(x, ment_at(x, after + 1)) == KG_PERSON)
        return;
    /* ("Relations between Islamabad and Kabul have been strained", "ties
     * ... in deep freeze": bad relations are no cooperation) */
    if (cu->relation == KG_REL_COOPERATES && (tis(x, cue, "relations") || tis(x, cue, "ties"))) {
        static const struct kg_lit bad[] = {
            KG_LIT("strained"), KG_LIT("icy"),      KG_LIT("poisonous"), KG_LIT("poison"),   KG_LIT("tense"),
            KG_LIT("frosty"),   KG_LIT("soured"),   KG_LIT("sour"),      KG_LIT("worsened"), KG_LIT("deteriorated"),
            KG_LIT("freeze"),   KG_LIT("frozen"),   KG_LIT("hostile"),   KG_LIT("rocky"),    KG_LIT("troubled"),
            KG_LIT("fraught"),  KG_LIT("harder"),   KG_LIT("broken"),    KG_LIT("severed"),  KG_LIT("cut"),
            KG_LIT("downgraded"), KG_LIT("worst"),  KG_LIT("low"),       KG_LIT("lowest"),   KG_LIT("damaged"),
            KG_LIT("strain"),   KG_LIT("tension"),  KG_LIT("tensions"),  KG_LIT("crisis"),
            KG_LIT("collapsed"), KG_LIT("ruptured"), KG_LIT("nosedived"), KG_LIT("plunged"), KG_LIT("plummeted"),
            KG_LIT("deteriorating"), KG_LIT("worsening")};
        /* (unless the sentence says they improved, or "despite" the
         * tension, or a deal: "have deepened despite tension", "once
         * icy, have improved", "strained, yet both sides signed") */
        static const struct kg_lit good[] = {
            KG_LIT("improved"), KG_LIT("improve"),  KG_LIT("improving"), KG_LIT("deepened"), KG_LIT("deepen"),
            KG_LIT("normalised"), KG_LIT("normalized"), KG_LIT("stronger"), KG_LIT("grown"), KG_LIT("better"),
            KG_LIT("warmer"),   KG_LIT("warmed"),   KG_LIT("restored"),  KG_LIT("despite"),  KG_LIT("never"),
            KG_LIT("once"),     KG_LIT("deal"),     KG_LIT("agreement"), KG_LIT("signed"),   KG_LIT("agreed"),
            KG_LIT("enjoyed"),  KG_LIT("strong"),   KG_LIT("thawed"),    KG_LIT("eased")};
        int bad_seen = 0;
        for (size_t u = cue > c->t0 + 6 ? cue - 6 : c->t0; u < c->t1 && u < after + 14 && !bad_seen; u++)
            bad_seen = tis_any(x, u, bad, sizeof bad / sizeof *bad);
        for (size_t u = c->t0; u < c->t1 && bad_seen; u++)
            if (tis_any(x, u, good, sizeof good / sizeof *good))
                bad_seen = 0;
        if (bad_seen)
            return;
    }
    /* (modality() is weighed only on a path that emits: -1 until then) */
    int mod = -1;
    int side1;
    na = between_sides(c, after, a, &side1);
    if (na >= 2) {
        mod = modality(c, cue, cu->relation, 0);
        for (int i = 0; i < na; i++)
            for (int j = 0; j < na; j++)
                if (i != j && (!kg_relations[cu->relation].symmetric || i < j) &&
                    (!side1 || (i < side1) != (j < side1)))
                    emit(c, x->ments[a[i]].de, x->ments[a[j]].de, cu->relation, mod);
        return;
    }
    /* "Qatar and Turkey brokered a truce": the subject mediates (the
     * broker cue's own frame); it is no party */
    if (broker_before(c, cue))
        return;
    size_t w = after;
    while (w < c->t1 && w < after + 3 && !tis(x, w, "with"))
        w++;
    /* past adjuncts of place and time: "held talks in Tehran on Thursday
     * with" */
    int place = -1;
    if (!(w < c->t1 && tis(x, w, "with"))) {
        for (w = after; w + 1 < c->t1 && w < after + 9 && !tis(x, w, "with");) {
            int m = ment_at(x, w + 1);
            if ((tis(x, w, "in") || tis(x, w, "at")) && m >= 0 && (M(x, m)->flags & KG_M_PLACE)) {
                place = m;
                w = M(x, m)->t1;
            } else if (tis(x, w, "on") && (tcls(x, w + 1, KG_W_DATEWORD) || tcls(x, w + 1, KG_W_MONTH) ||
                                            (x->tok.v[w + 1].flags & KG_TOK_DIGIT) || kg_day_name(x, w + 1))) {
                w += 2;
                if (w < c->t1 && tcls(x, w, KG_W_MONTH)) /* "on 3 May" */
                    w++;
            } else {
                break;
            }
        }
        /* (the party is named right after "with", or after a title: not
         * "with a focus on"; "with Secretary of State Marco Rubio") */
        size_t q = w + 1;
        while (q < c->t1 && q < w + 6 && ment_at(x, q) < 0 &&
               (tcls(x, q, KG_W_OFFICE) || tcls(x, q, KG_W_RANK) || (q > w + 1 && tis(x, q, "of")) ||
                ((x->tok.v[q].flags & KG_TOK_CAP) && portfolio_word(x, q))))
            q++;
        int m = w + 1 < c->t1 && tis(x, w, "with") ? ment_at(x, q) : -1;
        if (m < 0 || (M(x, m)->flags & KG_M_ADJ))
            w = c->t1;
    }
    /* "with Qatar and Turkey mediating", "with Turkish mediation": an
     * absolute phrase, not the other party */
    if (absolute_with(c, w))
        w = c->t1;
    if (w < c->t1 && tis(x, w, "with")) {
        mod = modality(c, cue, cu->relation, 0);
        size_t p = control_word(c, cue);
        /* "China urged Pakistan to pursue dialogue with Kabul": the one
         * asked talks (not "urged the government to", whom we cannot
         * name); "Pakistan wants to hold talks with": its subject */
        if (p && tis(x, p, "to") && request_before(c, p)) {
            if (p > c->t0 + 1 && ment_at(x, p - 1) < 0 && (x->tok.v[p - 1].flags & KG_TOK_WORD) &&
                !(x->tok.v[p - 1].flags & KG_TOK_CAP) && !tcls(x, p - 1, KG_W_PRONOUN) && !tcls(x, p - 1, KG_W_REQUEST))
                return;
            na = nearest_before(c, p, a);
            if (mod == KG_MOD_ASSERTED)
                mod = KG_MOD_REQUESTED;
        } else {
            na = subject(c, p ? p : cue, a, 0);
        }
        /* (not back into the clause of saying: "told AFP that the rebels
         * were ready for talks with") */
        size_t bound;
        if (!na && p && (clause_start(c, p, &bound), !told_that(c, bound)))
            na = nearest_before(c, p, a);
        nb = object(c, w + 1, NULL, b);
        /* "China, Afghanistan and Pakistan held talks, with Wang, Muttaqi
         * and Dar": states that talk among themselves, with persons
         * present for them, are the parties */
        int persons = nb > 0, states = na >= 2;
        for (int i = 0; i < na; i++)
            states &= kg_is_state(x, &x->dents[x->ments[a[i]].de]);
        for (int i = 0; i < nb && persons; i++) {
            /* (each serving one of them: not "held talks with Wang Yi") */
            int pde = x->ments[b[i]].de, home = dtype(x, b[i]) == KG_PERSON ? role_of(x, pde) : -1, own = 0;
            if (home < 0 && dtype(x, b[i]) == KG_PERSON)
                home = dent_country(x, pde);
            for (int j = 0; j < na && home >= 0; j++)
                own |= x->ments[a[j]].de == home || dent_country(x, home) == x->ments[a[j]].de;
            persons &= own;
        }
        if (!(persons && states)) {
            emit_all(c, a, na, b, nb, cu->relation, mod);
            talks_visit(c, a, na, b, nb, place, cu->relation, mod);
            return;
        }
    }
    /* "Pakistan and Iraq held talks" */
    /* (not talks they travel abroad "for": "allowed X, Y and Z to travel
     * abroad for diplomatic meetings" names no meeting among them) */
    for (size_t u = cue, k = 0; u > c->t0 + 1 && k < 5; u--, k++) {
        if (tis(x, u - 1, "for") && tis(x, u - 2, "abroad"))
            return;
        if (ment_at(x, u - 1) >= 0 || !(x->tok.v[u - 1].flags & KG_TOK_WORD) || (x->tok.v[u - 1].flags & KG_TOK_CAP))
            break;
    }
    na = subject(c, cue, a, 0);
    /* (gate: below, only host_talks (one negotiating subject) and the pair
     * loop (two subjects or more) emit; a rule added below for other cases
     * must be let through here, and weigh mod itself while it is -1) */
    if (na < 2 && !(na == 1 && cu->relation == KG_REL_NEGOTIATES))
        return;
    /* "Qatar and Egypt urged Israel and Hamas to extend their ceasefire",
     * "urged both parties to return to talks": the talks are those of the
     * ones asked (two at least, not the askers), not the askers' */
    if (na >= 2) {
        size_t from = c->t0;
        for (int i = 0; i < na; i++)
            if (M(x, a[i])->t1 > from)
                from = M(x, a[i])->t1;
        for (size_t u = from; u < cue; u++) {
            int ac, alen;
            /* (the appeal of the clause the talks are in: not one in an
             * aside before them, "Iran and Russia, which urged Israel to
             * halt strikes, held talks") */
            if (tis(x, u, ",") || tis(x, u, ";"))
                break;
            if (!(x->tokany[u] & KG_ANY_CUE) || !(alen = kg_match_cue(x, u, cue, &ac)) ||
                x->lx.cues[ac].relation != KG_REL_APPEALS)
                continue;
            /* (an appeal with its object: not "are expected to hold") */
            size_t o = u + (size_t)alen;
            if (o < cue && tis(x, o, "the"))
                o++;
            if (o >= cue || ment_at(x, o) < 0)
                continue;
            nb = 0;
            for (size_t v = u + 1; v < cue && nb < MAXARGS; v++) {
                int m = ment_at(x, v), own = 0;
                if (m < 0 || !actor_ok(c, m))
                    continue;
                for (int i = 0; i < na; i++)
                    own |= x->ments[a[i]].de == x->ments[m].de;
                for (int j = 0; j < nb; j++)
                    own |= x->ments[b[j]].de == x->ments[m].de;
                if (!own)
                    b[nb++] = m;
            }
            for (int i = 0; i < nb; i++)
                for (int j = i + 1; j < nb; j++) {
                    emit(c, x->ments[b[i]].de, x->ments[b[j]].de, cu->relation, KG_MOD_REQUESTED);
                    if (!kg_relations[cu->relation].symmetric)
                        emit(c, x->ments[b[j]].de, x->ments[b[i]].de, cu->relation, KG_MOD_REQUESTED);
                }
            return;
        }
    }
    if (mod < 0)
        mod = modality(c, cue, cu->relation, 0);
    if (na == 1 && cu->relation == KG_REL_NEGOTIATES)
        host_talks(c, a[0], cue, mod);
    if (na >= 2) {
        for (int i = 0; i < na; i++)
            for (int j = i + 1; j < na; j++) {
                /* (two persons wage no war on each other: "both men
                 * deserved credit for ending the conflict") */
                if (cu->relation == KG_REL_ATTACKS && dtype(x, a[i]) == KG_PERSON && dtype(x, a[j]) == KG_PERSON)
                    continue;
                emit(c, x->ments[a[i]].de, x->ments[a[j]].de, cu->relation, mod);
                if (!kg_relations[cu->relation].symmetric)
                    emit(c, x->ments[a[j]].de, x->ments[a[i]].de, cu->relation, mod);
            }
        /* ("Modi and Xi held talks in Kazan") */
        if (place >= 0)
            talks_visit(c, a, 1, a + 1, na - 1, place, cu->relation, mod);
    }
}

/* "Mansoor arrived in Tehran for three days of talks", "is expected in
 * Tehran after Eid for talks": one who comes to a state's place for talks
 * with no party named negotiates with that state (when the article tells
 * whom the visitor serves, and it is another state). */
static void host_talks(struct ctx *c, int m, size_t cue, int mod)
{
    struct kg_extractor *x = c->x;
    int pre = 0;
    for (size_t u = cue; u > M(x, m)->t1 && u + 5 > cue && !pre; u--)
        pre = tis(x, u - 1, "for");
    if (!pre)
        return;
    int place = -1;
    for (size_t u = M(x, m)->t1; u + 1 < cue; u++) {
        int p = ment_at(x, u + 1);
        if (p >= 0 && M(x, p)->t0 == u + 1 && (M(x, p)->flags & KG_M_PLACE) &&
            (tis(x, u, "in") || tis(x, u, "to") || tis(x, u, "into")))
            place = p;
    }
    if (place < 0)
        return;
    int pde = x->ments[place].de, de = x->ments[m].de;
    /* (a national capital: not a city that hosts others' talks, "in
     * Geneva for talks on Ukraine", "in Istanbul, where Turkey hosts") */
    int plex = x->dents[pde].lex;
    if (!kg_is_state(x, &x->dents[pde]) && (plex < 0 || x->lx.ents[plex].capital != 1))
        return;
    int pst = kg_is_state(x, &x->dents[pde]) ? pde : dent_country(x, pde);
    /* ("did not arrive in Kabul for talks") */
    if (has_class_in(c, M(x, m)->t1, cue, KG_W_NEGATION))
        mod = KG_MOD_NEGATED;
    int home = side_of(x, de);
    /* (or the post the article gives a person: "the Taliban
     * government's acting minister of water") */
    for (int i = x->dents[de].last_off; home < 0 && i >= 0; i = x->rels[i].prev_off)
        home = side_of(x, x->rels[i].dst);
    /* (the trip's own plans: "is expected to travel to China ... for
     * talks", "will lead a jirga to Kabul for talks") */
    if (mod == KG_MOD_ASSERTED || mod == KG_MOD_ALLEGED)
        if (has_class_in(c, M(x, m)->t1, cue, KG_W_PLANNED))
            mod = KG_MOD_PLANNED;
    if (pst >= 0 && home >= 0 && home != pst)
        emit(c, de, pst, KG_REL_NEGOTIATES, mod);
}

/* Can the two ends of attack rr make a truce (states or organisations,
 * not a place attacked)? */
static int parties_of_truce(const struct kg_extractor *x, const struct kg_relinst *rr)
{
    return belligerent(x, &x->dents[rr->src]) && belligerent(x, &x->dents[rr->dst]);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The parties of the talks a mediator brokers: a "between" pair, or the
 * parties of the last negotiation found in this article. */
static void frame_broker(struct ctx *c, size_t cue, int len, const struct kg_cue *cu)
{
    struct kg_extractor *x = c->x;
    int s[MAXARGS], ns = 0;
    size_t after = cue + (size_t)len;
    int mod = modality(c, cue, cu->relation, 0);
    size_t last = cue + (size_t)len - 1;
    /* "talks in Istanbul hosted by Turkey and Qatar", "a session chaired
     * by Kabulov": a participle after the talks names their host */
    if (tis(x, last, "by")) {
        static const struct kg_lit meetings[] = {KG_LIT("talks"), KG_LIT("negotiations"), KG_LIT("dialogue"),
                                                 KG_LIT("session"), KG_LIT("sessions"), KG_LIT("meeting"),
                                                 KG_LIT("meetings"), KG_LIT("round"), KG_LIT("contacts"),
                                                 KG_LIT("conference")};
        int named = 0;
        for (size_t u = cue; u > c->t0 && u + 6 > cue && !named; u--)
            named = tis_any(x, u - 1, meetings, sizeof meetings / sizeof *meetings);
        if (!named || !(ns = object(c, after, NULL, s)) || !actor_ok(c, s[0]))
            return;
        /* ("Talks hosted by Turkey ... are expected next week") */
        for (size_t u = after; u + 1 < c->t1 && u < after + 12 && !tis(x, u, ",") && !tis(x, u, ";"); u++)
            if (mod == KG_MOD_ASSERTED && ((is_be(x, u) && (tis(x, u + 1, "expected") || tis(x, u + 1, "due") ||
                                                            tis(x, u + 1, "scheduled") || tis(x, u + 1, "set"))) ||
                                           tis(x, u, "will")))
                mod = KG_MOD_PLANNED;
    }
    if (!ns)
        ns = by_agent(c, after, s);
    if (!ns) {
        /* ("under the auspices of Oman") */
        for (size_t u = after; u < c->t1 && u < after + 2; u++)
            if (tis(x, u, "by"))
                ns = object(c, u + 1, NULL, s);
            else if (tis(x, u, "of") && tis(x, last, "auspices") && (ns = object_(c, u + 1, NULL, s, 1, 0)) &&
                     ((!actor_ok(c, s[0]) && !kg_is_state(x, &x->dents[x->ments[s[0]].de])) ||
                      M(x, s[0])->t0 > u + 2))
                ns = 0;
    }
    /* the mediator right before the cue: "Turkish mediation", "Qatar's
     * mediation", "with Qatar and Turkey mediating" */
    /* (a noun or participle: a finite "Qatar mediated" has a subject) */
    int finite = kg_tok_ed(x, cue);
    if (!ns && cue > c->t0 && !finite) {
        size_t q = tis(x, cue - 1, "'s") && cue > c->t0 + 1 ? cue - 2 : cue - 1;
        int m = ment_at(x, q);
        while (m >= 0 && M(x, m)->t0 > c->t0 + 1 && tis(x, M(x, m)->t0 - 1, "and") && ment_at(x, M(x, m)->t0 - 2) >= 0)
            m = ment_at(x, M(x, m)->t0 - 2);
        if (m >= 0 && (kg_is_state(x, &x->dents[x->ments[m].de]) || dtype(x, m) == KG_ORG ||
                       dtype(x, m) == KG_PERSON)) {
            ns = with_coordinated(c, m, s, 0);
            /* ("India rejected US mediation": none took place) */
            static const struct kg_lit refuse[] = {KG_LIT("rejected"), KG_LIT("rejects"), KG_LIT("refused"),
                                                   KG_LIT("refuses"), KG_LIT("rebuffed"), KG_LIT("declined")};
            size_t b = M(x, m)->t0;
            if (b > c->t0 && tis(x, b - 1, "any"))
                b--;
            if (b > c->t0 && tis_any(x, b - 1, refuse, sizeof refuse / sizeof *refuse))
                mod = KG_MOD_NEGATED;
        }
    }
    /* ("accused Qatar of passing messages between": the accused) */
    if (!ns) {
        size_t p = control_word(c, cue);
        if (p && (ns = nearest_before(c, p, s)) && !tis(x, p, "to") && accusation_before(c, p) &&
            mod == KG_MOD_ASSERTED)
            mod = KG_MOD_ALLEGED;
    }
    if (!ns)
        ns = subject(c, cue, s, 0);
    /* ("Qatar acted as an intermediary", "served as a go-between": the
     * subject of the verb before "as") */
    for (size_t u = cue; !ns && u > c->t0 + 1 && u + 4 > cue; u--)
        if (tis(x, u - 1, "as")) {
            ns = subject(c, u - 1, s, 0);
            break;
        }
    if (!ns)
        return;
    /* a cue that names the talks ("hosted a new round of talks"): a host
     * that holds them "with" another is a party, not a mediator; and the
     * parties "between" whom they are held negotiate */
    int talks = (tis(x, last, "talks") || tis(x, last, "negotiations") || tis(x, last, "dialogue")) &&
                x->tok.v[cue].klen >= 4 && !memcmp(tk(x, cue), "host", 4);
    if (talks && after < c->t1 && tis(x, after, "with") && !absolute_with(c, after)) {
        int d[MAXARGS], nd = object(c, after + 1, NULL, d);
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < nd; j++)
                emit(c, x->ments[s[i]].de, x->ments[d[j]].de, KG_REL_NEGOTIATES, mod);
        return;
    }
    int parties[2 * MAXARGS], np = 0, side1 = 0;
    for (size_t u = c->t0; u < c->t1 && np < 2 * MAXARGS; u++)
        if (tis(x, u, "between")) {
            np = between_parties(c, u, parties, &side1);
            break;
        }
    /* "China brokers Pakistan-Afghanistan deal": a hyphenated pair */
    for (size_t u = after; np < 2 && u < c->t1 && u < after + 3; u++) {
        int pm = ment_at(x, u);
        if (pm > 0 && (M(x, pm)->flags & KG_M_PAIR) && (M(x, pm)->flags & KG_M_QUAL)) {
            parties[0] = pm;
            parties[1] = pm - 1;
            np = 2;
        }
    }
    /* "a go-between for Washington and the Taliban": a pair after "for" */
    if (np < 2 && after + 1 < c->t1 && tis(x, after, "for")) {
        int q[2 * MAXARGS], nq = object(c, after + 1, NULL, q);
        if (nq >= 2 && M(x, q[0])->t0 <= after + 2) {
            np = nq;
            memcpy(parties, q, sizeof q);
        }
    }
    /* (one who chairs mediates only between named parties: not "chaired
     * a meeting on security") */
    if (np < 2 && x->tok.v[cue].klen >= 5 && !memcmp(tk(x, cue), "chair", 5))
        return;
    /* "shuttled between New Delhi and Islamabad" mediates between two
     * states, not "between London and Lahore" */
    if (x->tok.v[cue].klen > 6 && !memcmp(tk(x, cue), "shuttl", 6)) {
        if (np == 1)
            return;
        for (int j = 0; j < np; j++) {
            int de = x->ments[parties[j]].de;
            if (!kg_is_state(x, &x->dents[de]))
                return;
            for (int i = 0; i < ns; i++) {
                int sde = x->ments[s[i]].de;
                int home = dtype(x, s[i]) == KG_PERSON ? role_of(x, sde) : sde;
                if (home == de)
                    return;
            }
        }
    }
    /* (a host that is one of the parties is none: "talks hosted by
     * Pakistan between Pakistan and Afghanistan") */
    for (int i = 0; i < ns; i++) {
        int side = side_of(x, x->ments[s[i]].de);
        for (int j = 0; j < np && side >= 0; j++)
            if (side_of(x, x->ments[parties[j]].de) == side)
                return;
    }
    if (np >= 2) {
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < np; j++)
                emit(c, x->ments[s[i]].de, x->ments[parties[j]].de, KG_REL_MEDIATES, mod);
        /* (two sides: each party of one with each of the other) */
        for (int i = 0; talks && (np == 2 || side1) && i < (side1 ? side1 : np); i++)
            for (int j = side1 ? side1 : i + 1; j < np; j++)
                emit(c, x->ments[parties[i]].de, x->ments[parties[j]].de, KG_REL_NEGOTIATES, mod);
        return;
    }
    /* the last negotiation in this sentence or an earlier one, or an
     * agreement in this one ("restored ties in a deal brokered by China") */
    /* (the fighting before it only when the cue brokers a truce: "fought
     * for days before Qatar brokered a truce", not "struck Iran while
     * Qatar brokered an investment deal") */
    static const struct kg_lit truces[] = {KG_LIT("ceasefire"), KG_LIT("truce"), KG_LIT("ceasefires"),
                                           KG_LIT("truces"), KG_LIT("armistice"), KG_LIT("cease-fire")};
    int truce = 0;
    for (size_t u = after; u < c->t1 && u < after + 4 && !truce && !tis(x, u, ","); u++)
        truce = tis_any(x, u, truces, sizeof truces / sizeof *truces) && !tis(x, u + 1, "with") &&
                !tis(x, u + 1, "between");
    /* (from an earlier sentence, the latest talks: "shuttle diplomacy by
     * Pakistan" after Iran-Saudi talks under Omani auspices) */
    /* (not a truce that "has held since 2022": a state of things, not
     * talks to mediate) */
    size_t pick = (size_t)-1;
    for (size_t r = x->nrels, k = 0; r-- > 0 && k < KG_LOOKBACK && pick == (size_t)-1; k++) {
        const struct kg_relinst *rr = &x->rels[r];
        if (rr->relation != KG_REL_NEGOTIATES)
            continue;
        if (rr->sent == c->si)
            break; /* (talks in this sentence come first) */
        int since = 0;
        for (size_t u = x->sents[rr->sent].t0; u + 1 < x->sents[rr->sent].t1 && !since; u++)
            since = tis(x, u, "since") && (x->tok.v[u + 1].flags & KG_TOK_DIGIT);
        if (!since)
            pick = r;
    }
    /* (but talks this mediator already mediated come before later ones:
     * "Malaysia, which hosted the Thai-Cambodian talks, ... thanked
     * Malaysia for its mediation") */
    /* (the parties each of them mediated for before, among the article's
     * last KG_LOOKBACK mediations, sorted: asked below of each of the last
     * talks.  Or one who serves it: "Anwar hosted the talks ... Malaysia
     * will again be the host") */
    int med[MAXARGS][KG_LOOKBACK], nmed[MAXARGS] = {0};
    for (int i = 0; i < ns && pick != (size_t)-1; i++) {
        int k = 0;
        for (int q = x->last_rel[KG_REL_MEDIATES]; q >= 0 && k < KG_LOOKBACK; q = x->rels[q].prev_rel, k++)
            if (x->rels[q].src == x->ments[s[i]].de ||
                (x->dents[x->rels[q].src].type == KG_PERSON && person_state(x, x->rels[q].src) == x->ments[s[i]].de))
                med[i][nmed[i]++] = x->rels[q].dst;
        if (nmed[i] > 1)
            qsort(med[i], (size_t)nmed[i], sizeof(int), cmp_int);
    }
    for (size_t r = x->nrels, k = 0; r-- > 0 && k < KG_LOOKBACK && pick != (size_t)-1; k++) {
        const struct kg_relinst *rr = &x->rels[r];
        if (rr->relation != KG_REL_NEGOTIATES || rr->sent == c->si)
            continue;
        int both = 0;
        for (int i = 0; i < ns && !both; i++)
            both = nmed[i] && bsearch(&rr->src, med[i], (size_t)nmed[i], sizeof(int), cmp_int) &&
                   bsearch(&rr->dst, med[i], (size_t)nmed[i], sizeof(int), cmp_int);
        if (both) {
            pick = r;
            break;
        }
    }
    for (size_t r = x->nrels, k = 0; r-- > 0 && k < KG_LOOKBACK; k++) {
        const struct kg_relinst *rr = &x->rels[r];
        /* (or the fighting a truce in this sentence ends: "they fought for
         * days before Qatar brokered a truce") */
        int fighting = rr->relation == KG_REL_ATTACKS && rr->sent == c->si && truce && parties_of_truce(x, rr);
        if (rr->relation != KG_REL_NEGOTIATES && !(rr->relation == KG_REL_COOPERATES && rr->sent == c->si) &&
            !fighting)
            continue;
        if (rr->sent != c->si && pick != (size_t)-1 && r != pick)
            continue;
        int a = rr->src, b = rr->dst;
        /* (not talks between the mediators: "Qatar and Turkey brokered") */
        int own_a = 0, own_b = 0;
        for (int i = 0; i < ns; i++) {
            own_a |= x->ments[s[i]].de == a;
            own_b |= x->ments[s[i]].de == b;
        }
        if ((own_a && own_b) || (fighting && (own_a || own_b)))
            continue;
        /* (a mediator stands for no party: "Pakistan and China agreed
         * after a meeting hosted by Wang Yi"; and talks only planned are
         * mediated as planned) */
        int m2 = rr->modality == KG_MOD_PLANNED && mod == KG_MOD_ASSERTED ? KG_MOD_PLANNED : mod;
        for (int i = 0; i < ns; i++) {
            int sde = x->ments[s[i]].de;
            int home = dtype(x, s[i]) == KG_PERSON ? role_of(x, sde) : -1;
            if (home >= 0 && (home == a || home == b))
                return;
            /* (nor one who hosts its own talks) */
            if (dtype(x, s[i]) != KG_PERSON && tis(x, last, "by") && side_of(x, sde) >= 0 &&
                (side_of(x, sde) == side_of(x, a) || side_of(x, sde) == side_of(x, b)))
                return;
        }
        /* (a person at the talks stands for their state: "talks with
         * Afghan officials hosted by Qatar" that Asif travels to) */
        int ra = x->dents[a].type == KG_PERSON ? role_of(x, a) : -1, rb = x->dents[b].type == KG_PERSON ? role_of(x, b) : -1;
        if (ra >= 0 && kg_is_state(x, &x->dents[ra]))
            a = ra;
        if (rb >= 0 && kg_is_state(x, &x->dents[rb]))
            b = rb;
        for (int i = 0; i < ns; i++) {
            emit(c, x->ments[s[i]].de, a, KG_REL_MEDIATES, m2);
            emit(c, x->ments[s[i]].de, b, KG_REL_MEDIATES, m2);
        }
        return;
    }
    (void)cu;
}

/* "the proscribed TTP" (the home state bans it); "Indian-sponsored
 * militants" (India backs the group the article is about: alleged). */
/* An agency of a state (lexicon flag): not the group a state sponsors. */
static int state_body(const struct kg_extractor *x, int de)
{
    return x->dents[de].lex >= 0 && x->lx.ents[x->dents[de].lex].state;
}

static void frame_adj(struct ctx *c, size_t cue, int len, const struct kg_cue *cu, int src_de)
{
    struct kg_extractor *x = c->x;
    size_t after = cue + (size_t)len;
    int target = -1;
    for (size_t u = after; u < c->t1 && u < after + 3; u++) {
        int m = ment_at(x, u);
        if (m >= 0) {
            /* (past a demonym: "the Iran-backed Lebanese Hezbollah") */
            if (M(x, m)->flags & KG_M_ADJ) {
                u = M(x, m)->t1 - 1;
                continue;
            }
            if (dtype(x, m) == KG_ORG)
                target = x->ments[m].de;
            break;
        }
    }
    /* "Hezbollah, the Iran-backed Lebanese group", "The M23, a
     * Rwanda-backed rebel group,": the group the apposition describes */
    if (target < 0 && src_de >= 0) {
        size_t v = cue;
        if (v > c->t0 && (tis(x, v - 1, "a") || tis(x, v - 1, "an") || tis(x, v - 1, "the")))
            v--;
        if (v > c->t0 + 1 && tis(x, v - 1, ",")) {
            int m = ment_at(x, v - 2);
            if (m >= 0 && dtype(x, m) == KG_ORG && !state_body(x, x->ments[m].de))
                target = x->ments[m].de;
        }
    }
    if (src_de >= 0) {
        if (target < 0) {
            /* the group being discussed: the last organisation that attacked
             * or was attacked in this article, else the last one named */
            for (int r = x->last_rel[KG_REL_ATTACKS]; r >= 0 && target < 0; r = x->rels[r].prev_rel) {
                const struct kg_relinst *rr = &x->rels[r];
                if (x->dents[rr->src].type == KG_ORG && !state_body(x, rr->src))
                    target = rr->src;
                else if (x->dents[rr->dst].type == KG_ORG && !state_body(x, rr->dst))
                    target = rr->dst;
            }
            for (size_t m = x->nments; m-- > 0 && target < 0;)
                if (x->ments[m].t0 < cue && dtype(x, (int)m) == KG_ORG && !state_body(x, x->ments[m].de)) {
                    target = x->ments[m].de;
                    break;
                }
        }
        emit(c, src_de, target, cu->relation, KG_MOD_ALLEGED);
    } else if (target >= 0) {
        /* a group is banned by the state it belongs to, else by the article's */
        int st = dent_country(x, target);
        emit(c, st >= 0 ? st : c->home, target, cu->relation, KG_MOD_ASSERTED);
    }
}

/* "the Pakistan-based Jaish-e-Mohammed", "Lashkar-e-Taiba, a Pakistan-based
 * group": the group named right after it (past plain adjectives), or
 * before ", a", is based there. */
static void based_adj(struct ctx *c, size_t t, int lex)
{
    struct kg_extractor *x = c->x;
    int g = -1;
    for (size_t u = t + 1; u < c->t1 && u < t + 4 && g < 0; u++) {
        int m = ment_at(x, u);
        if (m >= 0 && (dtype(x, m) == KG_ORG || dtype(x, m) == KG_PERSON))
            g = m;
        else if (m >= 0 || !(x->tok.v[u].flags & KG_TOK_WORD) || (x->tok.v[u].flags & KG_TOK_CAP) ||
                 (x->tokany[u] & ~KG_WMARKS))
            break; /* (a name, punctuation, or a word the lexicon knows: "diplomats") */
    }
    size_t v = t;
    if (g < 0 && v > c->t0 && (tis(x, v - 1, "a") || tis(x, v - 1, "an") || tis(x, v - 1, "the")))
        v--;
    if (g < 0 && v > c->t0 + 1 && tis(x, v - 1, ",")) {
        /* (past an acronym: "the Financial Action Task Force (FATF), the
         * Paris-based watchdog") */
        size_t w = v - 1;
        if (w > c->t0 + 3 && tis(x, w - 1, ")") && tis(x, w - 3, "("))
            w -= 3;
        int m = ment_at(x, w - 1);
        /* (an apposition is the narrator's description, whoever speaks) */
        if (m >= 0 && (dtype(x, m) == KG_ORG || dtype(x, m) == KG_PERSON)) {
            emit(c, x->ments[m].de, kg_dent_for_lex(x, lex), KG_REL_BASED_IN, KG_MOD_ASSERTED);
            return;
        }
    }
    if (g >= 0)
        emit(c, x->ments[g].de, kg_dent_for_lex(x, lex), KG_REL_BASED_IN,
             modality(c, t, KG_REL_BASED_IN, 0));
}

/* "Indian-sponsored militants", "Pakistan-based groups" */
static void hyphen_adj(struct ctx *c, size_t t)
{
    struct kg_extractor *x = c->x;
    int ac, lex = kg_hyphen_modifier(x, t, &ac);
    /* (not what was: "a formerly al-Qaeda-aligned faction") */
    if (lex < 0 || (t > c->t0 && (tis(x, t - 1, "formerly") || tis(x, t - 1, "once") || tis(x, t - 1, "previously"))))
        return;
    if (ac < 0)
        based_adj(c, t, lex);
    else
        frame_adj(c, t, 1, &x->lx.cues[ac], kg_dent_for_lex(x, lex));
}

/* ---- official_of ---- */

static int dent_country(struct kg_extractor *x, int de)
{
    int lex = x->dents[de].lex;
    if (lex < 0 || x->lx.ents[lex].country < 0)
        return -1;
    return kg_dent_for_lex(x, x->lx.ents[lex].country);
}

static int role_of(struct kg_extractor *x, int de)
{
    int lex = x->dents[de].lex;
    if (lex < 0)
        return -1;
    for (int r = x->lx.ents[lex].role; r >= 0; r = x->lx.roles[r].next)
        if (kg_role_current(x, &x->lx.roles[r]))
            return kg_dent_for_lex(x, x->lx.roles[r].of);
    return -1;
}

/* Does tokens [t0,t1) hold an envoy's title? */
static int envoy_title(const struct ctx *c, size_t t0, size_t t1)
{
    for (size_t u = t0; u < t1; u++)
        if (tis(c->x, u, "ambassador") || tis(c->x, u, "envoy") || tis(c->x, u, "representative") ||
            tis(c->x, u, "commissioner") || tis(c->x, u, "ambassadors"))
            return 1;
    return 0;
}

/* Is mention m a state named by one of its organs, an alias that ends in
 * an organ word ("Foreign Office", "Chinese foreign ministry")? */
static int organ_alias(const struct kg_extractor *x, int m)
{
    const struct kg_mention *mm = &x->ments[m];
    for (size_t u = mm->t0 + 1; u < mm->t1; u++)
        if (match_class(x, u, mm->t1, KG_WBIT(KG_W_ORGAN)) == (int)(mm->t1 - u))
            return 1;
    return mm->t1 - mm->t0 > 1 && match_class(x, mm->t0, mm->t1, KG_WBIT(KG_W_ORGAN)) == (int)(mm->t1 - mm->t0);
}

/* official_of the state or body a title [t0,t1) names (or, naming none,
 * the person's role or country); 1 when it gave one. */
static int title_orgs(struct ctx *c, int person, size_t t0, size_t t1)
{
    struct kg_extractor *x = c->x;
    int found = 0;
    for (size_t u = t0; u < t1; u++) {
        int m = ment_at(x, u);
        if (m < 0 || m == person || M(x, m)->t0 != u)
            continue;
        if (u > t0 && (tis(x, u - 1, "to") || tis(x, u - 1, "in")))
            continue;
        int ty = dtype(x, m);
        /* "UN Ambassador", "envoy to the UN": a body an envoy is posted to
         * is not the one they serve */
        if (ty == KG_ORG && !state_body(x, x->ments[m].de) && envoy_title(c, t0, t1))
            continue;
        /* (a state is the title's own when it owns it, "Iran's envoy", or
         * after an office's "of" / "for": "a spokesman for the Pakistani
         * government", not "special envoy for Afghanistan" or "Prince
         * Faisal of Saudi Arabia and Hossein Amir-Abdollahian") */
        size_t w = u > t0 && tis(x, u - 1, "the") ? u - 1 : u;
        /* ("the deputy chief of the Pakistan-based LeT": a modifier) */
        const struct kg_token *last = &x->tok.v[M(x, m)->t1 - 1];
        size_t after = M(x, m)->t1;
        /* (no '-' after the mention: the text may end right there, and
         * text[len] is not ours to read) */
        int of_state = w > t0 + 1 && !(last->flags & KG_TOK_HYPHEN) &&
                       (last->end >= x->len || x->text[last->end] != '-') &&
                       (tcls(x, w - 2, KG_W_OFFICE) || tcls(x, w - 2, KG_W_RANK)) &&
                       (tis(x, w - 1, "of") || (tis(x, w - 1, "for") && !envoy_title(c, t0, t1))) &&
                       /* (the state ends the title: not "the head of the
                        * Pakistan desk at", "an adviser for Iran affairs") */
                       (after >= t1 || tis(x, after, ",") || tis(x, after, ".") || tis(x, after, "and"));
        /* (and the office opens it: not "a critic of the president of Iran") */
        for (size_t q = w - 2; of_state && q > t0; q--) {
            size_t p = q - 1;
            if (tcls(x, p, KG_W_OFFICE) || tcls(x, p, KG_W_RANK) || portfolio_word(x, p) || tis(x, p, "senior") ||
                tis(x, p, "deputy") || tis(x, p, "acting") || tis(x, p, "federal") || tis(x, p, "provincial") ||
                tis(x, p, "chief"))
                continue;
            of_state = p == t0 && (tis(x, p, "a") || tis(x, p, "an") || tis(x, p, "the"));
            break;
        }
        /* ("the deputy US envoy": a state before the office word) */
        /* (an acronym only: "the Afghanistan envoy" is a US envoy for it) */
        /* (or a province or city's name: "California Governor Gavin
         * Newsom", "Tigray leader X", but not an envoy's) */
        /* (not a group's officer there: "Hamas Gaza Chief Yahya Sinwar") */
        int sub = ty == KG_GPE && x->dents[x->ments[m].de].lex >= 0 &&
                  x->lx.ents[x->dents[x->ments[m].de].lex].country >= 0 && !envoy_title(c, t0, t1) &&
                  (x->tok.v[after].flags & KG_TOK_CAP) &&
                  !(M(x, m)->t0 > c->t0 && ment_at(x, M(x, m)->t0 - 1) >= 0 &&
                    dtype(x, ment_at(x, M(x, m)->t0 - 1)) == KG_ORG);
        int before_office = after < t1 && (tcls(x, after, KG_W_OFFICE) || tcls(x, after, KG_W_RANK)) &&
                            ((last->flags & KG_TOK_ALLCAPS) || sub);
        /* (an organ alias heads the title: not "Britain's Foreign Office
         * spokesperson", nor another's in "X's spokesman and Y's spokesman
         * Z") */
        int organ = organ_alias(x, m) && !(M(x, m)->t0 > c->t0 && (tis(x, M(x, m)->t0 - 1, "'s") ||
                                                                   ment_at(x, M(x, m)->t0 - 1) >= 0));
        for (size_t v = M(x, m)->t1; organ && v < t1; v++)
            organ = ment_at(x, v) < 0 && !tis(x, v, "and") && !tis(x, v, ",");
        if (ty == KG_ORG || (ty == KG_GPE && (of_state || before_office || organ ||
                                              (M(x, m)->flags & (KG_M_POSS | KG_M_TITLEOF | KG_M_COLLAPSED))))) {
            int pde = x->ments[person].de;
            emit(c, pde, x->ments[m].de, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
            /* the head of a state body serves the state; the leader of
             * an armed group or party does not */
            int lex = x->dents[x->ments[m].de].lex;
            if (ty == KG_ORG && lex >= 0 && x->lx.ents[lex].state)
                emit(c, pde, dent_country(x, x->ments[m].de), KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
            found = 1;
        }
    }
    if (!found) {
        int pde = x->ments[person].de;
        int of = role_of(x, pde);
        /* (a name the article taught, with a title that names no state or
         * body, serves none we know: "Treasury Secretary Jane Roe" in an
         * article about Iran, "the group's operations chief, John Doe") */
        if (of < 0)
            of = dent_country(x, pde);
        emit(c, pde, of, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
        /* (a role in a state body serves the state too, as above) */
        if (of >= 0 && x->dents[of].type == KG_ORG && state_body(x, of))
            emit(c, pde, dent_country(x, of), KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
        found = of >= 0;
    }
    return found;
}

/* The first token of a title a person is predicated to hold: "X became
 * chief minister of Y", "he served as Iran's envoy to", "X was appointed
 * army chief"; 0 when the words after the person are no such predicate. */
static size_t predicate_title(const struct ctx *c, size_t t)
{
    const struct kg_extractor *x = c->x;
    static const struct kg_lit verbs[] = {KG_LIT("became"), KG_LIT("becomes"), KG_LIT("is"), KG_LIT("was"),
                                          KG_LIT("remains"), KG_LIT("remained"), KG_LIT("serves"),
                                          KG_LIT("served")};
    static const struct kg_lit made[] = {KG_LIT("named"), KG_LIT("appointed"), KG_LIT("elected")};
    if (t + 1 < c->t1 && (tis(x, t, "has") || tis(x, t, "had")) && tis(x, t + 1, "been"))
        t++;
    else if (!tis_any(x, t, verbs, sizeof verbs / sizeof *verbs))
        return 0;
    t++;
    if (t < c->t1 && (tis(x, t, "now") || tis(x, t, "also")))
        t++;
    /* (not "is not", "was never", "is no longer", "is likely the next") */
    if (t < c->t1 && (tcls(x, t, KG_W_NEGATION) || tis(x, t, "likely") || tis(x, t, "probably") ||
                      tis(x, t, "expected")))
        return 0;
    if (t < c->t1 && tis_any(x, t, made, sizeof made / sizeof *made))
        t++;
    if (t < c->t1 && tis(x, t, "as"))
        t++;
    /* the office word within three tokens: "the new chief minister" */
    for (size_t u = t; u < c->t1 && u < t + 4; u++) {
        if (tis(x, u, "former") || tis(x, u, "ex") || (ment_at(x, u) >= 0 && dtype(x, ment_at(x, u)) == KG_PERSON))
            return 0;
        if (tis(x, u, "counterpart") || tis(x, u, "next") || tis(x, u, "future"))
            return 0;
        if (tcls(x, u, KG_W_OFFICE) || tcls(x, u, KG_W_RANK))
            return t;
        /* (no verb or preposition before it: "was accompanied by DG ISI") */
        if ((!(x->tok.v[u].flags & KG_TOK_WORD) && !tis(x, u, "'s")) || is_prep(x, u) || kg_tok_ing(x, u) ||
            kg_tok_ed(x, u))
            return 0;
    }
    return 0;
}

/* (affiliation's lists: its scan's filter, sketch_affil, has their sketch
 * bits) */
static const struct kg_lit staff[] = {
    KG_LIT("analyst"),   KG_LIT("scientist"), KG_LIT("scholar"),    KG_LIT("researcher"), KG_LIT("professor"),
    KG_LIT("lecturer"),  KG_LIT("journalist"), KG_LIT("reporter"),  KG_LIT("correspondent"), KG_LIT("editor"),
    KG_LIT("columnist"), KG_LIT("commentator"), KG_LIT("expert"),   KG_LIT("fellow"),     KG_LIT("economist"),
    KG_LIT("historian"), KG_LIT("specialist"), KG_LIT("director"),  KG_LIT("head"),       KG_LIT("member"),
    KG_LIT("hydrologist"), KG_LIT("sociologist"), KG_LIT("academic"), KG_LIT("strategist"), KG_LIT("consultant"),
    KG_LIT("demographer"), KG_LIT("epidemiologist"), KG_LIT("anthropologist")};
static const struct kg_lit works[] = {KG_LIT("lectures"), KG_LIT("teaches"), KG_LIT("studies"), KG_LIT("works"),
                                      KG_LIT("researches"), KG_LIT("taught"), KG_LIT("speaks")};

/* "X, a senior research fellow at the Islamabad Policy Research
 * Institute,", "X, an economist with the ...", "X, who lectures at the
 * University of Balochistan,", "X, who speaks for the State Department,":
 * a person's post in a body named after the name.  Scholars and staff
 * serve bodies (an ORG); a spokesman states too. */
static void affiliation(struct ctx *c, int m)
{
    struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    /* (an event at a body is no post in it: "a journalist at the Dawn
     * event", "the head of the delegation at the UN meeting") */
    static const struct kg_lit events[] = {KG_LIT("event"),   KG_LIT("meeting"),  KG_LIT("summit"),
                                           KG_LIT("conference"), KG_LIT("session"), KG_LIT("talks"),
                                           KG_LIT("forum"),   KG_LIT("dialogue"), KG_LIT("hearing")};
    size_t e = mm->t1;
    if (e + 2 >= c->t1 || !tis(x, e, ",") || (mm->flags & KG_M_POSS))
        return;
    size_t v = e + 1;
    int who = tis(x, v, "who");
    if (!who && !tis(x, v, "a") && !tis(x, v, "an") && !tis(x, v, "the"))
        return;
    int head = 0, speaks = 0, placed = 0;
    /* (a word of staff[] or works[] is looked for at most tokens: the
     * others are turned away by their sketch bits, sketch_affil) */
    const unsigned long long *want = sketch_affil;
    for (v++; v + 1 < c->t1 && v < e + 10; v++) {
        if (tis(x, v, ",") || tis(x, v, ".") || tis(x, v, ";") || tcls(x, v, KG_W_REPORT) || tcls(x, v, KG_W_CLAUSE))
            return;
        /* (a student "studies at"; a scholar "studies Turkish policy at") */
        if (sketch_may(x, v, want) &&
            (who ? (v == e + 2 && tis_any(x, v, works, sizeof works / sizeof *works) &&
                    !(tis(x, v, "studies") && tis(x, v + 1, "at")))
                 : tis_any(x, v, staff, sizeof staff / sizeof *staff))) {
            head = 1;
            speaks = tis(x, v, "speaks");
            /* (where an analyst or reporter works, not what an expert
             * knows: "a specialist in China") */
            placed = tis(x, v, "analyst") || tis(x, v, "journalist") || tis(x, v, "correspondent") ||
                     tis(x, v, "reporter") || tis(x, v, "researcher") || tis(x, v, "commentator");
            continue;
        }
        /* ("the head of the delegation at": another body's post) */
        if (head && tis(x, v, "of"))
            return;
        /* ("who works with the IMF": together with it, not in it) */
        int at = tis(x, v, "at") || (tis(x, v, "with") && !who) || (who && tis(x, v, "for"));
        /* ("X, a political analyst in Lahore,": where the person works) */
        if (head && !who && tis(x, v, "in") && placed) {
            int k = ment_at(x, v + 1);
            if (k >= 0 && M(x, k)->t0 == v + 1 && (M(x, k)->flags & KG_M_PLACE) &&
                (v + 1 + (M(x, k)->t1 - M(x, k)->t0) >= c->t1 || tis(x, M(x, k)->t1, ",") || tis(x, M(x, k)->t1, ".")))
                emit(c, mm->de, x->ments[k].de, KG_REL_BASED_IN, KG_MOD_ASSERTED);
            return;
        }
        if (!head || !at)
            continue;
        size_t a = v + 1 < c->t1 && tis(x, v + 1, "the") ? v + 2 : v + 1;
        int k = a < c->t1 ? ment_at(x, a) : -1;
        /* (a possessive only of the body it owns: "speaks for India's
         * Ministry of External Affairs", not "for Pakistan's youth") */
        if (k < 0 || M(x, k)->t0 != a || (M(x, k)->flags & (KG_M_ADJ | KG_M_PRONOUN | KG_M_PLACE)) ||
            ((M(x, k)->flags & KG_M_POSS) && !(M(x, k)->t1 + 1 < c->t1 && (x->tok.v[M(x, k)->t1 + 1].flags & KG_TOK_CAP))))
            return;
        size_t ke = M(x, k)->t1;
        if (ke < c->t1 && tis_any(x, ke, events, sizeof events / sizeof *events))
            return;
        const struct kg_dent *d = &x->dents[x->ments[k].de];
        if (d->type == KG_ORG || (speaks && kg_is_state(x, d)))
            emit(c, mm->de, x->ments[k].de, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
        return;
    }
}

/* "the Centre for Strategic Stability in Islamabad", "the International
 * Crimes Tribunal in Dhaka": an institution named with its seat. */
static void institution_seat_org(struct ctx *c, int m)
{
    struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    static const struct kg_lit seats[] = {
        KG_LIT("institute"), KG_LIT("university"), KG_LIT("centre"),      KG_LIT("center"),  KG_LIT("tribunal"),
        KG_LIT("court"),     KG_LIT("plant"),      KG_LIT("company"),     KG_LIT("corporation"), KG_LIT("foundation"),
        KG_LIT("academy"),   KG_LIT("college"),    KG_LIT("school"),      KG_LIT("hospital"), KG_LIT("studies"),
        KG_LIT("institution"), KG_LIT("bank"),     KG_LIT("limited"),     KG_LIT("enterprise"), KG_LIT("holding")};
    if (dtype(x, m) != KG_ORG || (mm->flags & (KG_M_PRONOUN | KG_M_COLLAPSED | KG_M_ADJ | KG_M_POSS)) ||
        mm->t1 + 1 >= c->t1 || !tis(x, mm->t1, "in"))
        return;
    /* (not a team "from the Aga Khan University in Gaza", "alumni of") */
    size_t b = mm->t0 > c->t0 && tis(x, mm->t0 - 1, "the") ? mm->t0 - 1 : mm->t0;
    if (b > c->t0 && (tis(x, b - 1, "from") || tis(x, b - 1, "of")))
        return;
    /* (a word of its name says what it is: "Centre for Strategic
     * Stability", "Bank of China") */
    int ok = 0;
    for (const char *w = x->dents[mm->de].label; *w && !ok;) {
        size_t ln = strcspn(w, " ");
        for (size_t k = 0; k < sizeof seats / sizeof *seats && !ok; k++) {
            ok = ln == seats[k].n;
            for (size_t q = 0; ok && q < ln; q++)
                ok = (w[q] | 0x20) == seats[k].w[q];
        }
        w += ln;
        while (*w == ' ')
            w++;
    }
    /* (a city or province: "the ICC in Afghanistan" works there) */
    int p = ment_at(x, mm->t1 + 1);
    if (ok && p >= 0 && M(x, p)->t0 == mm->t1 + 1 && (dtype(x, p) == KG_GPE || dtype(x, p) == KG_LOC) &&
        !kg_is_state(x, &x->dents[x->ments[p].de]))
        emit(c, mm->de, x->ments[p].de, KG_REL_BASED_IN, KG_MOD_ASSERTED);
}

/* (Asked of every mention in a window: all but organisations followed by
 * "in" are turned away here, inline, before a call; institution_seat_org
 * asks the same again, and a change to what it needs there must change
 * this test too.  The word first: it is seldom "in", where the type went
 * as the mentions fell.) */
static inline void institution_seat(struct ctx *c, int m)
{
    const struct kg_mention *mm = M(c->x, m);
    if (mm->t1 + 1 < c->t1 && tis(c->x, mm->t1, "in") && dtype(c->x, m) == KG_ORG)
        institution_seat_org(c, m);
}

/* The state person de serves: the lexicon's, else the latest the
 * article gave them; -1. */
static int person_state(struct kg_extractor *x, int de)
{
    int lex = x->dents[de].lex;
    if (lex >= 0)
        return x->lx.ents[lex].country >= 0 ? kg_dent_for_lex(x, x->lx.ents[lex].country) : -1;
    /* (the state of the last official_of relation from it to a state) */
    return x->dents[de].off_state;
}

/* "Amos Hochstein, a senior adviser to Biden,": an aide serves the state
 * the one they aid serves. */
static void aide_of(struct ctx *c, int m)
{
    struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    static const struct kg_lit aides[] = {KG_LIT("adviser"), KG_LIT("advisor"), KG_LIT("aide"), KG_LIT("confidant"),
                                          KG_LIT("spokesman"), KG_LIT("spokeswoman"), KG_LIT("spokesperson")};
    static const struct kg_lit adj[] = {KG_LIT("senior"), KG_LIT("top"), KG_LIT("close"), KG_LIT("chief"),
                                        KG_LIT("special"), KG_LIT("longtime"), KG_LIT("long-time"), KG_LIT("key"),
                                        KG_LIT("trusted"), KG_LIT("security"), KG_LIT("foreign-policy")};
    size_t u = mm->t1;
    /* (one the lexicon knows serves its own state) */
    if (u + 4 >= c->t1 || !tis(x, u, ",") || !(tis(x, u + 1, "a") || tis(x, u + 1, "an") || tis(x, u + 1, "the")) ||
        (x->dents[mm->de].lex >= 0 && x->lx.ents[x->dents[mm->de].lex].country >= 0))
        return;
    u += 2;
    while (u < c->t1 && tis_any(x, u, adj, sizeof adj / sizeof *adj))
        u++;
    if (u + 2 >= c->t1 || !tis_any(x, u, aides, sizeof aides / sizeof *aides) || !tis(x, u + 1, "to"))
        return;
    int p = named_at(c, u + 2);
    /* (not "an adviser to Xi Jinping's rival") */
    if (p < 0 || M(x, p)->t0 != u + 2 || dtype(x, p) != KG_PERSON || x->ments[p].de == mm->de ||
        (M(x, p)->flags & KG_M_POSS) || tis(x, M(x, p)->t1, "'s"))
        return;
    /* (a state the principal serves now: not the country of Imran Khan,
     * out of office, nor of the TTP's chief) */
    int pde = x->ments[p].de, st = x->dents[pde].lex >= 0 ? role_of(x, pde) : person_state(x, pde);
    if (st >= 0 && kg_is_state(x, &x->dents[st]))
        emit(c, mm->de, st, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
}

/* "President Mohamed Muizzu said", "Foreign Minister Moosa Zameer": a
 * government's title naming no state, before a person the lexicon does
 * not know.  The state is the one the sentence names as owner (a
 * possessive, a demonym, "Israel, where") before the person, or in the
 * person's own reported clause when it is the sentence's one state.
 * Titles of a province ("Chief Minister"), a party or a body name theirs,
 * and are left to title_orgs. */
static void bare_title(struct ctx *c, int m, size_t u)
{
    struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    static const struct kg_lit heads[] = {KG_LIT("president"), KG_LIT("minister"), KG_LIT("premier"),
                                          KG_LIT("pm")};
    static const struct kg_lit mods[] = {KG_LIT("deputy"), KG_LIT("acting"), KG_LIT("vice"), KG_LIT("prime"),
                                         KG_LIT("caretaker"), KG_LIT("interim"), KG_LIT("senior")};
    if (x->dents[mm->de].lex >= 0 || u >= mm->t0 || !tis_any(x, mm->t0 - 1, heads, sizeof heads / sizeof *heads))
        return;
    /* (the whole title capitalised and of title words: not "Club
     * President X", "the chief minister") */
    for (size_t v = u; v < mm->t0; v++)
        if (!(x->tok.v[v].flags & KG_TOK_CAP) || ment_at(x, v) >= 0 || tis(x, v, "chief") ||
            !(tcls(x, v, KG_W_OFFICE) || portfolio_word(x, v) || tis_any(x, v, mods, sizeof mods / sizeof *mods)))
            return;
    /* (after a name or an organ: "Hamas Deputy Minister") */
    if (u > c->t0 && (ment_at(x, u - 1) >= 0 || (x->tok.v[u - 1].flags & KG_TOK_CAP && u - 1 > c->t0)))
        return;
    /* (a state that owns something in the sentence, "Mexico's own", "the
     * Cambodian delegation", or the place "where" it happens; not one a
     * verb or preposition takes, "accusing Kabul", "travels to Beijing",
     * nor the head of another's title, "Somali President X") */
    /* (not "President Maria Lopez of the Andean Mining Company") */
    if (mm->t1 + 1 < c->t1 && tis(x, mm->t1, "of"))
        return;
    int st = -1, afters = 0;
    for (size_t t = c->t0; t < c->t1 && st != -2; t++) {
        int k = ment_at(x, t);
        if (k < 0 || M(x, k)->t0 != t || k == m || !kg_is_state(x, &x->dents[x->ments[k].de]))
            continue;
        /* (an owner after the person is what they speak of: "Petro
         * accused Ecuador's government") */
        int later = t >= mm->t1;
        size_t e = M(x, k)->t1;
        int owns = (M(x, k)->flags & (KG_M_ADJ | KG_M_POSS)) || (tis(x, e, ",") && tis(x, e + 1, "where"));
        size_t f = e < c->t1 && tis(x, e, "'s") ? e + 1 : e;
        int titled = 0;
        for (size_t g = f; g < c->t1 && g < f + 3 && !titled && (x->tok.v[g].flags & KG_TOK_WORD); g++)
            titled = match_class(x, g, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) ||
                     (named_at(c, g) >= 0 && dtype(x, named_at(c, g)) == KG_PERSON);
        /* (but "President Bola Tinubu said Nigeria's forces would": the
         * one state a speaker's own clause names as owner) */
        if (later && x->ments[k].de == st)
            continue;
        if (later && !(owns && !titled && tcls(x, mm->t1, KG_W_REPORT) && st < 0))
            afters++;
        else if (owns && !titled && !(M(x, k)->flags & KG_M_PRONOUN))
            st = st < 0 || st == x->ments[k].de ? x->ments[k].de : -2;
    }
    if (st >= 0 && afters)
        st = -2; /* (and none other after it: "said India's troops must leave the Maldives") */
    /* (nor a visitor's: "BEIJING: Prime Minister Anwar Ibrahim arrived") */
    for (size_t t = c->t0; st == -1 && t < c->t1; t++) {
        int cue;
        if (kg_match_cue(x, t, c->t1, &cue) && x->lx.cues[cue].relation == KG_REL_VISITS)
            st = -2;
    }
    /* (not the dateline's state: "BEIRUT - ... National Security Minister
     * Itamar Ben-Gvir, who cast the only vote against" is Israel's; a wire
     * story's city is where the reporter is) */
    if (st >= 0)
        emit(c, mm->de, st, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
}

static void official_of_person(struct ctx *c, int m)
{
    struct kg_extractor *x = c->x;
    const struct kg_mention *mm = M(x, m);
    if (dtype(x, m) != KG_PERSON)
        return;
    /* a predicate: "X became chief minister of Khyber Pakhtunkhwa" */
    /* (the person is the clause's subject: not "the killer of X was", "X's
     * aide was", "he was" (a pronoun may be wrong)) */
    size_t pt = mm->t1 < c->t1 && !(mm->flags & (KG_M_PRONOUN | KG_M_POSS)) &&
                        (mm->t0 == c->t0 || !(tis(x, mm->t0 - 1, "of") || tis(x, mm->t0 - 1, "from") ||
                                              tis(x, mm->t0 - 1, "by") || tis(x, mm->t0 - 1, "'s")))
                    ? predicate_title(c, mm->t1)
                    : 0;
    if (pt) {
        size_t v = pt;
        while (v < c->t1 && v < pt + 8 && !tis(x, v, ",") && !tis(x, v, ".") && !tis(x, v, ";") &&
               !tcls(x, v, KG_W_REPORT) && !tcls(x, v, KG_W_CLAUSE))
            v++;
        /* (a title before the name may still name the body: "PTI leader
         * Omar Ayub Khan was finance minister") */
        if (title_orgs(c, m, pt, v))
            return;
    }
    if (mm->flags & KG_M_PRONOUN)
        return;
    /* (both need a comma right after the name, and most names have none:
     * asked here, the calls are saved) */
    if (tis(x, mm->t1, ",")) {
        affiliation(c, m);
        aide_of(c, m);
    }
    /* "China's Wang Yi": a state's possessive right before a person the
     * lexicon knows as its own */
    /* (one roles.csv has serving it: not "Pakistan's Masood Azhar") */
    if (mm->t0 > c->t0 + 1 && tis(x, mm->t0 - 1, "'s") && x->dents[mm->de].lex >= 0) {
        int o = ment_at(x, mm->t0 - 2), served = 0;
        int olex = o >= 0 ? x->dents[x->ments[o].de].lex : -1;
        for (int r = olex >= 0 ? x->lx.ents[x->dents[mm->de].lex].role : -1; r >= 0 && !served; r = x->lx.roles[r].next)
            served = x->lx.roles[r].of == olex;
        if (served && kg_is_state(x, &x->dents[x->ments[o].de]))
            emit(c, mm->de, x->ments[o].de, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
    }
    /* a title before the name */
    size_t u = mm->t0;
    int office = 0, commas = 0;
    /* a title is apposed across a comma only to a name its own comma or
     * the sentence's end closes: "Iran's foreign minister, Abbas Araghchi,
     * said", not "After meeting Iran's foreign minister, Dar said" */
    int closed = mm->t1 >= c->t1 || tis(x, mm->t1, ",") || tis(x, mm->t1, ".") || tis(x, mm->t1, ";") ||
                 tis(x, mm->t1, ")") || tis(x, mm->t1, "of"); /* ("..., Prince Faisal of Saudi Arabia and") */
    while (u > c->t0 && mm->t0 - u < 12) {
        size_t p = u - 1;
        int k = ment_at(x, p);
        /* (another person's pronoun ends it: "Prince Faisal and his
         * Iranian counterpart, Abbas Araghchi") */
        /* (so does another person: "Chinese Foreign Minister Wang Yi and
         * Afghan Foreign Minister Amir Khan Muttaqi") */
        if (k >= 0 && k != m && dtype(x, k) == KG_PERSON && x->ments[k].de != mm->de)
            break;
        if (k >= 0 && k != m) {
            u = M(x, k)->t0;
            continue;
        }
        /* (or the first word of one: "high commissioner") */
        if (tcls(x, p, KG_W_OFFICE) || tcls(x, p, KG_W_RANK) ||
            match_class(x, p, mm->t0, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) >= 2) {
            office = 1;
            u = p;
            continue;
        }
        /* an office word right before the comma, or with a portfolio after
         * it ("Saudi Arabia's minister of state for foreign affairs, Adel
         * al-Jubeir") */
        if (tis(x, p, ",") && !commas && office == 0 && p > c->t0 && closed) {
            size_t q = p - 1;
            while (q > c->t0 && q + 7 > p && ment_at(x, q) < 0 && portfolio_word(x, q) &&
                   !tcls(x, q, KG_W_OFFICE) && !tcls(x, q, KG_W_RANK))
                q--;
            if ((tcls(x, q, KG_W_OFFICE) || tcls(x, q, KG_W_RANK)) &&
                (q + 1 == p || tis(x, q + 1, "of") || tis(x, q + 1, "for") || tis(x, q + 1, "at"))) {
                commas++;
                u = q + 1;
                continue;
            }
        }
        /* (", and" ends it: "Ajit Doval, India's national security
         * adviser, and Wang Yi, China's foreign minister") */
        if (tis(x, p, "and") && p > c->t0 && tis(x, p - 1, ","))
            break;
        const struct kg_token *t = &x->tok.v[p];
        /* (a list: its Bloom filters turn most other words away at once,
         * where a tis() per word was a compare each) */
        static const struct kg_lit run[] = {
            KG_LIT("."),        KG_LIT("'s"),      KG_LIT("of"),      KG_LIT("for"),     KG_LIT("and"),
            KG_LIT("to"),       KG_LIT("special"), KG_LIT("acting"),  KG_LIT("deputy"),  KG_LIT("senior"),
            KG_LIT("interim"),  KG_LIT("caretaker"), KG_LIT("foreign"), KG_LIT("interior"), KG_LIT("defence"),
            KG_LIT("defense"),  KG_LIT("federal"), KG_LIT("chief"),   KG_LIT("army"),    KG_LIT("former"),
            KG_LIT("then"),     KG_LIT("current"), KG_LIT("outgoing"), KG_LIT("incoming")};
        if ((t->flags & KG_TOK_CAP) || tis_any(x, p, run, sizeof run / sizeof *run) ||
            /* ("Iran's foreign ministry spokesman Esmaeil Baghaei") */
            (portfolio_word(x, p) && !tis(x, p, "the") && !tis(x, p, "at"))) {
            u = p;
            continue;
        }
        break;
    }
    /* do not let the title run start with a word that is not part of it */
    while (u < mm->t0 && !tcls(x, u, KG_W_OFFICE) && !tcls(x, u, KG_W_RANK) && ment_at(x, u) < 0 &&
           (tis(x, u, "and") || tis(x, u, "of") || tis(x, u, "for") || tis(x, u, "to") || tis(x, u, ".")))
        u++;
    if (office && !(mm->flags & KG_M_TITLEOF)) {
        if (u > c->t0 && tis(x, u - 1, "former"))
            return;
        /* (a rank that names no state, "Lieutenant General Rahul R Singh,
         * the Indian Army's deputy chief,": the apposition may) */
        if (title_orgs(c, m, u, mm->t0))
            return;
        bare_title(c, m, u);
    }
    /* an apposition after the name: "John Doe, Iraq's envoy," (after a
     * title, only one that is itself a title: not "Brigadier Ali Raza, the
     * son of Pakistan's former ambassador") */
    /* (nor one headed by a kin or trade: "Jane Roe, the wife of Pakistan's
     * president,") */
    size_t head = tis(x, mm->t1, ",") ? kg_apposed_title(x, mm->t1 + 1, c->t1, KG_WBIT(KG_W_PERSONNOUN)) : 0;
    if (head && !match_class(x, head, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK))) {
        /* ("a veteran politician and prime minister of Pakistan": an
         * office coordinated after it is a title) */
        int later = 0;
        for (size_t v = head + 1; v + 1 < c->t1 && !tis(x, v, ",") && !tis(x, v, ".") && !later; v++)
            later = tis(x, v, "and") && (match_class(x, v + 1, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) ||
                                         kg_apposed_title(x, v + 1, c->t1, 0));
        if (!later)
            return;
    }
    /* (", who is Iran's envoy," but not ", who met his Chinese
     * counterpart": a relative clause with a verb of its own) */
    if (tis(x, mm->t1, ",") && !(office && !kg_apposed_title(x, mm->t1 + 1, c->t1, 0)) &&
        !(tis(x, mm->t1 + 1, "who") && !is_be(x, mm->t1 + 2) && !tis(x, mm->t1 + 2, "has") && !tis(x, mm->t1 + 2, "as") &&
          !tis(x, mm->t1 + 2, "had") && !tis(x, mm->t1 + 2, "became") && !tis(x, mm->t1 + 2, "serves") &&
          !tis(x, mm->t1 + 2, "served"))) {
        size_t e = mm->t1 + 1;
        /* ("X, then the leader of Somaliland,") */
        if (e + 1 < c->t1 && (tis(x, e, "then") || tis(x, e, "now") || tis(x, e, "currently") || tis(x, e, "formerly")) &&
            (tis(x, e + 1, "a") || tis(x, e + 1, "an") || tis(x, e + 1, "the")))
            e++;
        int seen_office = 0;
        size_t v = e;
        for (size_t steps = 0; v < c->t1 && steps < 7; v++, steps++) {
            /* (a name is one step, and so is its acronym: "a Pakistan
             * Peoples Party (PPP) leader") */
            int k = ment_at(x, v);
            if (k >= 0 && M(x, k)->t1 > v + 1)
                v = M(x, k)->t1 - 1;
            if (tis(x, v, "(") && v + 2 < c->t1 && tis(x, v + 2, ")") && ment_at(x, v + 1) >= 0)
                v += 2;
            if (tcls(x, v, KG_W_OFFICE) || tcls(x, v, KG_W_RANK))
                seen_office = 1;
            /* (nor past a clause word, "who became secretary-general after
             * an Israeli air strike", or a passive participle, "the TTP
             * founder killed by a CIA drone") */
            if (tis(x, v, ",") || tis(x, v, ".") || tcls(x, v, KG_W_REPORT) || (v > e + 1 && tcls(x, v, KG_W_CLAUSE) && !tis(x, v, "and")) ||
                (kg_tok_ed(x, v) && tis(x, v + 1, "by")))
                break;
        }
        if (seen_office)
            title_orgs(c, m, e, v);
    }
}

/* The posts of the person mentioned at m.  (Asked of every mention in a
 * window: the others are turned away here, inline, before a call.) */
static inline void official_of(struct ctx *c, int m)
{
    if (dtype(c->x, m) == KG_PERSON)
        official_of_person(c, m);
}

/* ---- driver ---- */

static int home_state(struct kg_extractor *x, const struct kg_article *a)
{
    /* the state of the dateline city, else the most mentioned state */
    for (size_t m = 0; m < x->nments; m++)
        if (x->ments[m].flags & KG_M_DATELINE) {
            int c = dent_country(x, x->ments[m].de);
            if (c >= 0)
                return c;
        }
    int best = -1;
    long most = 0;
    for (size_t d = 0; d < x->ndents; d++) {
        const struct kg_dent *dd = &x->dents[d];
        if (kg_is_state(x, dd) && dd->mentions > most) {
            most = dd->mentions;
            best = (int)d;
        }
    }
    (void)a;
    return best;
}

/* "In a phone call with Ishaq Dar, Wang Yi said ...", "During his visit
 * to Beijing, Sharif met ...": a meeting, talks or a visit in a phrase
 * fronted before the main clause has that clause's subject (a pronoun in
 * the phrase looks ahead to it).  Only these: "After attacks on Quetta,
 * Pakistan ..." does not make Pakistan the attacker.  And only a phrase
 * that states the event: not "After rejecting talks with", "In the
 * absence of talks", "Before any visit to".  1 when done. */
static int fronted_phrase(struct ctx *c, size_t cue, int len, const struct kg_cue *cu);
/* (inline: asked for every cue, and mostly a quick no: a relation of
 * neither kind, or a window that opens with no intro word, which the
 * window's first asking finds; wc->no_intro must stay a fact of the
 * window's opening words alone) */
static inline int fronted(struct ctx *c, size_t cue, int len, const struct kg_cue *cu)
{
    int rel = cu->relation;
    if (!(kg_relations[rel].symmetric || rel == KG_REL_VISITS) || cue <= c->t0 ||
        (cue > c->t0 + 2 && c->wc->no_intro))
        return 0;
    return fronted_phrase(c, cue, len, cu);
}
static int fronted_phrase(struct ctx *c, size_t cue, int len, const struct kg_cue *cu)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit intro[] = {KG_LIT("in"),     KG_LIT("during"), KG_LIT("at"),
                                          KG_LIT("after"),  KG_LIT("following"), KG_LIT("ahead"),
                                          KG_LIT("before"), KG_LIT("speaking"), KG_LIT("on"),
                                          KG_LIT("upon")};
    /* "A day after", "Hours after": a time before the intro word */
    static const struct kg_lit span[] = {KG_LIT("a"),     KG_LIT("an"),     KG_LIT("one"),    KG_LIT("two"),
                                         KG_LIT("three"), KG_LIT("day"),    KG_LIT("days"),   KG_LIT("hours"),
                                         KG_LIT("hour"),  KG_LIT("weeks"),  KG_LIT("week"),   KG_LIT("months"),
                                         KG_LIT("minutes"), KG_LIT("moments"), KG_LIT("shortly"), KG_LIT("soon"),
                                         KG_LIT("just")};
    static const struct kg_lit dets[] = {KG_LIT("a"), KG_LIT("an"), KG_LIT("the"), KG_LIT("his"), KG_LIT("her"),
                                         KG_LIT("their"), KG_LIT("its")};
    /* words that make the event not a fact, or not this one */
    static const struct kg_lit unreal[] = {KG_LIT("any"),      KG_LIT("no"),       KG_LIT("future"),
                                           KG_LIT("possible"), KG_LIT("proposed"), KG_LIT("potential"),
                                           KG_LIT("planned"),  KG_LIT("upcoming"), KG_LIT("next"),
                                           KG_LIT("cancelled"), KG_LIT("canceled"), KG_LIT("postponed"),
                                           KG_LIT("failed"),   KG_LIT("stalled"),  KG_LIT("aborted"),
                                           KG_LIT("after"),    KG_LIT("before"),   KG_LIT("since")};
    /* "After holding talks with": verbs that make the event happen */
    static const struct kg_lit light[] = {KG_LIT("holding"), KG_LIT("concluding"), KG_LIT("completing"),
                                          KG_LIT("wrapping"), KG_LIT("ending")};
    /* (fronted() has turned away the other relations and a cue at t0) */
    int rel = cu->relation, sym = kg_relations[rel].symmetric;
    size_t i0 = c->t0;
    while (i0 < c->t0 + 2 && i0 < cue && tis_any(x, i0, span, sizeof span / sizeof *span))
        i0++;
    /* (i0 depends on the cue only for a cue among the window's first three
     * tokens: for the cues after them these two noes are the window's) */
    if ((i0 > c->t0 && !tis(x, i0, "after") && !tis(x, i0, "before")) ||
        !tis_any(x, i0, intro, sizeof intro / sizeof *intro)) {
        if (cue > c->t0 + 2)
            c->wc->no_intro = 1;
        return 0;
    }
    size_t u = i0 + 1;
    if (tis(x, i0, "ahead") && !tis(x, u++, "of"))
        return 0;
    if (tis(x, i0, "speaking") && !tis(x, u, "after") && !tis(x, u, "at") && !tis(x, u, "during") &&
        !tis(x, u, "following"))
        return 0;
    if (tis(x, i0, "speaking"))
        u++;
    /* "After rejecting talks with X, Y ...": the event is not a fact, and
     * no other reading of the phrase is either */
    if (tis_any(x, u, light, sizeof light / sizeof *light))
        u++;
    else if (cue > u && kg_tok_ing(x, u) && !(x->tok.v[u].flags & KG_TOK_CAP) && cue <= u + 3)
        return 1;
    /* the phrase's own words: the cue, or a determiner and at most two
     * more ("a phone call", "his first official visit") */
    if (cue != u) {
        if (!tis_any(x, u, dets, sizeof dets / sizeof *dets) || cue > u + 3)
            return 0;
        for (size_t v = u + 1; v < cue; v++)
            if (ment_at(x, v) >= 0 || !(x->tok.v[v].flags & KG_TOK_WORD) || (x->tok.v[v].flags & KG_TOK_CAP) ||
                kg_tok_ing(x, v) || is_prep(x, v) || tis_any(x, v, unreal, sizeof unreal / sizeof *unreal))
                return 0;
    } else if (tis(x, i0, "on")) {
        return 0; /* "On talks with the TTP, Naqvi said": about them */
    }
    int possessed = tis(x, u, "his") || tis(x, u, "her");
    size_t after = cue + (size_t)len;
    if (after < c->t1 && sym && tis(x, after, "with"))
        after++;
    else if (sym && !tis(x, after - 1, "with"))
        return 0;
    int d[MAXARGS], nd = object_(c, after, NULL, d, rel == KG_REL_VISITS, 0);
    if (!nd || M(x, d[0])->t0 > after + 1)
        return 0;
    /* (the noun's own agent, "During a visit to Kabul by Wang Yi,", is
     * frame_noun's) */
    size_t e = M(x, d[nd - 1])->t1;
    if (e + 1 < c->t1 && tis(x, e, "by") && ment_at(x, e + 1) >= 0)
        return 0;
    /* "with Iran, Turkey and China," is a list; "with Dar, Wang Yi" ends
     * at the comma */
    int listed = 0;
    while (listed < nd - 1 && !tis(x, M(x, d[listed + 1])->t0 - 1, "and") &&
           !tis(x, M(x, d[listed + 1])->t0 - 1, "or"))
        listed++;
    int cut = listed >= nd - 1 && nd > 1;
    nd = listed < nd - 1 ? listed + 2 : 1;
    /* the phrase ends at a comma after its object and a place or a day;
     * an agent there ("a visit to Kabul by Wang Yi") is the visitor, and
     * the verb frames read it */
    size_t q = M(x, d[nd - 1])->t1;
    int later = 0;
    if (q < c->t1 && !tis(x, q, ",") && !is_prep(x, q) && !tis(x, q, "last") && !tis(x, q, "this") &&
        !tis(x, q, "earlier") && !tis(x, q, "next"))
        return 0;
    for (size_t k = 0; q < c->t1 && !tis(x, q, ","); q++, k++) {
        if (k > 5 || (x->tokany[q] & KG_ANY_CUE) || is_boundary(c, q) || tis(x, q, "by"))
            return 0;
        later |= tis(x, q, "next");
    }
    if (q >= c->t1)
        return 0;
    /* the main clause's subject, past its titles ("Foreign Minister Wang
     * Yi"); not an apposition to the object ("with Wang Yi, China's top
     * diplomat,") */
    int s[MAXARGS], ns = 0;
    for (u = q + 1; u < c->t1 && u < q + 8; u++) {
        int m = ment_at(x, u);
        if (m >= 0 && M(x, m)->t0 == u) {
            if (M(x, m)->flags & KG_M_POSS)
                return 0;
            int h = head_of(c, m);
            if (h >= 0)
                m = h;
            if (actor_ok(c, m) && !(M(x, m)->flags & KG_M_PRONOUN)) {
                ns = with_coordinated(c, m, s, 0);
                break;
            }
            u = M(x, m)->t1 - 1;
            continue;
        }
        int tl = match_class(x, u, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK) | KG_WBIT(KG_W_HONORIFIC));
        if (tl) {
            u += (size_t)tl - 1;
            continue;
        }
        if (!tis(x, u, "the") && !((x->tok.v[u].flags & KG_TOK_WORD) && !(x->tok.v[u].flags & KG_TOK_CAP) &&
                                   match_class(x, u + 1, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK))))
            break;
    }
    /* From here the phrase is a fronted one: when its subject is not
     * clear, no other frame reads it better, except that "his visit" may
     * be a person's named before ("During his visit, the Taliban ..."). */
    /* (but not a name we do not know: "During her visit, Hina Rabbani
     * Khar met Dar") */
    int unknown = q + 1 < c->t1 && (x->tok.v[q + 1].flags & KG_TOK_CAP) && ment_at(x, q + 1) < 0 &&
                  !tis(x, q + 1, "the");
    int fallback = possessed && !unknown ? 0 : 1;
    if (!ns)
        return fallback;
    /* the subject is followed by its verb: not by a comma or more names
     * ("with Dar, Naqvi and Munir, Muttaqi"), nor by a passive ("the TTP
     * was not discussed") */
    size_t v = M(x, s[ns - 1])->t1;
    if (v >= c->t1 || tis(x, v, ",") || is_be(x, v) || tis(x, v, "'s") || tis(x, v, "and") || tis(x, v, "or"))
        return 1;
    /* "with Dar, Naqvi and army chief Munir, Muttaqi": where the object's
     * list ends is not clear */
    if (cut && ns > 1)
        return 1;
    later |= tis(x, v, "will");
    for (int i = 0; i < ns; i++) {
        int st = dtype(x, s[i]);
        /* "During his visit to Kabul, the Taliban promised": "his" is a
         * person's; a person's meeting is a person's */
        if (possessed && st != KG_PERSON)
            return 0;
        if (sym && dtype(x, d[0]) == KG_PERSON && st != KG_PERSON)
            return 1;
        /* no one visits their own country: "During a visit to Tehran,
         * Iran's foreign minister hosted Dar"; nor talks with it ("In the
         * talks with Iran, Araghchi said") */
        if (rel == KG_REL_VISITS || st == KG_PERSON) {
            int sde = x->ments[s[i]].de;
            int home = st == KG_PERSON ? role_of(x, sde) : sde;
            if (home < 0 && st == KG_PERSON && x->dents[sde].lex >= 0) /* (a learnt name's is a guess) */
                home = dent_country(x, sde);
            for (int j = 0; j < nd; j++) {
                int dde = x->ments[d[j]].de, dc = dent_country(x, dde);
                if (home >= 0 && (home == dde || (rel == KG_REL_VISITS && home == dc)))
                    return possessed ? 0 : 1;
            }
        }
    }
    int mod = tis(x, i0, "ahead") || later ? KG_MOD_PLANNED : modality(c, cue, rel, 0);
    emit_all(c, s, ns, d, nd, rel, mod);
    return 1;
}

static int compound_noun(const struct kg_extractor *x, size_t t, size_t t0, size_t end)
{
    /* a phrase of no cue that starts at the cue word ("press office") or
     * just before it ("took charge") */
    return match_class(x, t, end, KG_WBIT(KG_W_NOTCUE)) >= 2 ||
           (t > t0 && match_class(x, t - 1, end, KG_WBIT(KG_W_NOTCUE)) >= 2);
}

/* Relations in one window of a sentence. */
static void window_relations(struct ctx *c, const struct kg_sent *s)
{
    struct kg_extractor *x = c->x;
    /* Only a hyphenated word or the start of a cue phrase does anything
     * below: both passes read just those tokens, listed once.  (The same
     * scan finds the window's gates, which most windows come to ask: see
     * window_has; s is the window, c->t0 to c->t1.) */
    size_t at[KG_WINDOW], nat = 0;
    struct win_cache *wc = c->wc;
    unsigned hit[KG_WINDOW]; /* (the key hashes of the tokens at a gate's slot) */
    size_t nhit = 0;
    /* (unrolled: the loop's own steps were a quarter of its instructions) */
#pragma GCC unroll 4
    for (size_t t = s->t0; t < s->t1; t++) {
        unsigned h = x->tok.v[t].hash;
        hit[nhit] = h;
        nhit += gate_idx[sketch_slot(h)] != 0;
        if ((x->tokany[t] & KG_ANY_CUE) || (x->tok.v[t].flags & KG_TOK_HYPHEN)) {
            /* (its phrase, the cue lookup's first read: see below) */
            __builtin_prefetch(x->tokph[t]);
            at[nat++] = t;
        }
    }
    unsigned gates = 0;
    for (size_t k = 0; k < nhit; k++)
        gates |= gate_of_hash(hit[k]);
    wc->gates = gates;
    wc->sketched = 1;
    /* Each listed token's cue (kg_match_cue), looked up here for all of
     * them at once, with a prefetch of its cue record: the lookups read
     * phrase slots and cue records the cache has mostly lost since
     * kg_index_phrases, and one at a time between the frames below (each
     * some thousand instructions) every miss was waited for alone; here
     * the misses of successive lookups overlap.  (kg_match_cue reads only
     * the window's tokens and phrases, which no rule writes: the answer is
     * the one the loop below would get at its turn.  A token the loop
     * steps over, inside a cue phrase, costs a lookup it does not use.) */
    int at_len[KG_WINDOW], at_cue[KG_WINDOW];
    for (size_t k = 0; k < nat; k++) {
        at_len[k] = kg_match_cue(x, at[k], s->t1, &at_cue[k]);
        if (at_len[k]) {
            __builtin_prefetch(&x->lx.cues[at_cue[k]]);
            /* (and the word before's phrase, which the demonym test reads next) */
            if (at[k] > s->t0)
                __builtin_prefetch(x->tokph[at[k] - 1]);
        }
    }
    /* two passes: mediation cues last, so the talks they broker in the
     * same sentence are known */
    /* (The second pass acts only on a broker's reading, and a cue's reading
     * is one of its chain's (x->lx.cues[].next): it reads again just the
     * cues the first pass found with a broker's reading in their chain,
     * brk[].  That is the same as reading them all while both passes step
     * over the same tokens, i.e. while everything before the frame test
     * below is read alike in both passes; the one step that differs, the
     * first pass's demonym adjective, sets `all` (read them all).  A rule
     * added before the frame test that differs by pass must set `all` too.) */
    size_t brk[KG_WINDOW], nbrk = 0; /* (indices into at[]) */
    int all = 0;
    for (int pass = 0; pass < 2; pass++) {
    /* (chosen once per pass: a choice in the loop's test and body cost
     * more.  No list: every listed token, at[ai] itself) */
    const size_t *list = pass && !all ? brk : NULL;
    size_t nlist = pass && !all ? nbrk : nat;
    for (size_t ai = 0, next = s->t0; ai < nlist; ai++) {
        size_t ak = list ? list[ai] : ai;
        size_t t = at[ak];
        if (t < next) /* (inside a cue phrase read already) */
            continue;
        next = t + 1;
        if (!pass && (x->tok.v[t].flags & KG_TOK_HYPHEN))
            hyphen_adj(c, t);
        int len = at_len[ak], cue = at_cue[ak];
        if (!len)
            continue;
        if (!pass)
            for (int k = cue; k >= 0; k = x->lx.cues[k].next)
                if (x->lx.cues[k].frame == KG_FRAME_BROKER) {
                    brk[nbrk++] = ak;
                    break;
                }
        /* (the word before first: its one-token phrase, looked up once per
         * window, is seldom a demonym; the cue's adjective reading after) */
        const struct kg_phrase *q = !pass && t > s->t0 ? x->tokph[t - 1] : NULL;
        if (q && q->demonym >= 0 && kg_adj_cue(x, cue) >= 0) {
            all = 1;
            frame_adj(c, t, len, &x->lx.cues[kg_adj_cue(x, cue)], kg_dent_for_lex(x, q->demonym));
            continue;
        }
        /* a cue inside a name ("Security Council") is not a cue */
        if (ment_at(x, t) >= 0)
            continue;
        /* nor one that a noun after it makes a compound of: "the
         * military's press office", "shell firms", "charge d'affaires" */
        if (len == 1 && compound_noun(x, t, s->t0, s->t1))
            continue;
        /* "hit back", "fought back": a particle, not backing */
        static const struct kg_lit verbs[] = {
            KG_LIT("hit"),    KG_LIT("hits"),   KG_LIT("hitting"), KG_LIT("struck"),  KG_LIT("strike"),
            KG_LIT("strikes"), KG_LIT("striking"), KG_LIT("fought"), KG_LIT("fight"), KG_LIT("fights"),
            KG_LIT("fighting"), KG_LIT("pushed"), KG_LIT("push"),    KG_LIT("pushing"), KG_LIT("came"),
            KG_LIT("come"),   KG_LIT("coming"), KG_LIT("went"),    KG_LIT("go"),      KG_LIT("going"),
            KG_LIT("called"), KG_LIT("brought"), KG_LIT("held"),   KG_LIT("hold"),    KG_LIT("pulled"),
            KG_LIT("pull"),   KG_LIT("scaled"), KG_LIT("rolled"),  KG_LIT("fired"),   KG_LIT("fire"),
            KG_LIT("firing"), KG_LIT("shot"),   KG_LIT("stepped"), KG_LIT("step"),    KG_LIT("fell"),
            KG_LIT("fall")};
        if (len == 1 && tis(x, t, "back") && t > s->t0 && tis_any(x, t - 1, verbs, sizeof verbs / sizeof *verbs))
            continue;
        const struct kg_cue *cu = &x->lx.cues[cue];
        /* "the proscribed TTP", "such as banned TTP": an adjective before a
         * group, not after its subject or an auxiliary */
        int next_org = ment_at(x, t + (size_t)len) >= 0 && dtype(x, ment_at(x, t + (size_t)len)) == KG_ORG;
        if (t > s->t0 && (tis(x, t - 1, "the") || tis(x, t - 1, "a") || tis(x, t - 1, "an") ||
                          (next_org && ment_at(x, t - 1) < 0 && !is_be(x, t - 1) &&
                           !tcls(x, t - 1, KG_W_LIGHT) && !(x->tok.v[t - 1].flags & KG_TOK_CAP))))
            for (int k = cue; k >= 0; k = x->lx.cues[k].next)
                if (x->lx.cues[k].frame == KG_FRAME_ADJ)
                    cu = &x->lx.cues[k];
        /* with several readings, "call on X to" is an appeal, otherwise a meeting */
        if (cu->next >= 0 && x->lx.cues[cu->next].relation != cu->relation) {
            int to = 0;
            /* (not another clause's: "called on X, who urged Y to"; but
             * past a relative clause to its close, "called on X, whose
             * border is shut, to reopen it") */
            for (size_t u = t + (size_t)len; u < s->t1 && u < t + (size_t)len + 16 && !to; u++) {
                if (tis(x, u, "who") || tis(x, u, "whose") || tis(x, u, "which") || tis(x, u, "while") ||
                    tis(x, u, "where")) {
                    for (size_t w = u + 1; tis(x, u - 1, ",") && w + 1 < s->t1 && w < u + 24 && !to; w++)
                        to = tis(x, w, ",") && tis(x, w + 1, "to");
                    break;
                }
                if (tis(x, u, "to") && !tis(x, u - 1, "according"))
                    to = 1;
            }
            const struct kg_cue *alt = &x->lx.cues[cu->next];
            if ((cu->relation == KG_REL_APPEALS) != (to != 0))
                cu = alt;
        }
        if ((cu->frame == KG_FRAME_BROKER) != (pass == 1)) {
            next = t + (size_t)len;
            continue;
        }
        c->places = (cu->relation == KG_REL_VISITS) | (cu->relation == KG_REL_BASED_IN) |
                    (cu->relation == KG_REL_ATTACKS);
        c->denial = cu->relation == KG_REL_DENIES;
        /* "a war of words", "fought a war of words": words, not arms */
        int words = 0;
        /* "Israeli troops came under attack from Hezbollah": the one after
         * "from" attacks the subject */
        if (cu->relation == KG_REL_ATTACKS && t > s->t0 + 1 && tis(x, t - 1, "under") &&
            t + (size_t)len + 1 < s->t1 && (tis(x, t + (size_t)len, "from") || tis(x, t + (size_t)len, "by"))) {
            int a[MAXARGS], na = object(c, t + (size_t)len + 1, NULL, a), v[MAXARGS], nv = subject(c, t - 1, v, 0);
            /* ("came under fire from India over the deal": criticism) */
            int over = 0;
            for (size_t u = na ? M(x, a[na - 1])->t1 : t; u < s->t1 && u < t + (size_t)len + 10 && !over; u++)
                over = tis(x, u, "over");
            emit_all(c, a, na, v, nv, over ? KG_REL_ACCUSES : KG_REL_ATTACKS, modality(c, t, KG_REL_ATTACKS, 0));
            words = 1;
        }
        for (size_t u = t; cu->relation == KG_REL_ATTACKS && u < t + (size_t)len + 2 && u + 2 < s->t1; u++)
            if (tis(x, u, "war") && tis(x, u + 1, "of") && tis(x, u + 2, "words"))
                words = 1;
        /* "the India-Pakistan fighting", "Pakistan-Afghanistan talks": a
         * hyphenated pair right before the noun acts both ways */
        /* (not a topic, "studies China-Pakistan relations", nor a
         * metaphor, "the Pakistan-Afghanistan storm") */
        int pm = t > s->t0 ? ment_at(x, t - 1) : -1;
        if (!words && pm > 0 && (M(x, pm)->flags & KG_M_PAIR) && (M(x, pm)->flags & KG_M_QUAL) &&
            ((cu->relation == KG_REL_ATTACKS && (cu->frame == KG_FRAME_PAIR || tis(x, t, "fighting"))) ||
             cu->relation == KG_REL_NEGOTIATES || cu->relation == KG_REL_MEETS ||
             (cu->relation == KG_REL_COOPERATES && !tis(x, t, "relations") && !tis(x, t, "ties")))) {
            words = 1;
            /* (nor a subject of study or of fear: "an expert on the
             * India-Pakistan conflict", "the risk of an India-Pakistan
             * war", "to avoid a Pakistan-Afghanistan war") */
            static const struct kg_lit topic[] = {
                KG_LIT("on"),      KG_LIT("about"),    KG_LIT("examines"), KG_LIT("examined"), KG_LIT("risk"),
                KG_LIT("fears"),   KG_LIT("fear"),     KG_LIT("threat"),   KG_LIT("prospect"), KG_LIT("prospects"),
                KG_LIT("idea"),    KG_LIT("avoid"),    KG_LIT("avoiding"), KG_LIT("prevent"),  KG_LIT("preventing"),
                KG_LIT("avert"),   KG_LIT("averting"), KG_LIT("possibility"), KG_LIT("danger"), KG_LIT("spectre"),
                KG_LIT("specter"), KG_LIT("history"),  KG_LIT("study"),    KG_LIT("book"),     KG_LIT("histories")};
            int studied = 0;
            for (size_t u = M(x, pm)->t0; u > s->t0 && u + 4 > M(x, pm)->t0 && !studied; u--)
                studied = tis_any(x, u - 1, topic, sizeof topic / sizeof *topic);
            /* (and what did not happen: "The Pakistan-Afghanistan talks did
             * not take place", "are unlikely") */
            int mod = modality(c, t, cu->relation, 0);
            for (size_t u = t + (size_t)len; u < s->t1 && u < t + (size_t)len + 6 && mod != KG_MOD_NEGATED; u++) {
                if (tis(x, u, ",") || tis(x, u, ";"))
                    break;
                if (tcls(x, u, KG_W_NEGATION) || tis(x, u, "unlikely"))
                    mod = KG_MOD_NEGATED;
            }
            if (!studied && mod != KG_MOD_NEGATED) {
                emit(c, x->ments[pm].de, x->ments[pm - 1].de, cu->relation, mod); /* (in the text's order) */
                emit(c, x->ments[pm - 1].de, x->ments[pm].de, cu->relation, mod);
            }
        }
        if (words || fronted(c, t, len, cu)) {
            next = t + (size_t)len;
            continue;
        }
        switch (cu->frame) {
        case KG_FRAME_VERB: frame_verb(c, t, len, cu); break;
        case KG_FRAME_NOUN: frame_noun(c, t, len, cu); break;
        case KG_FRAME_PAIR: frame_pair(c, t, len, cu); break;
        case KG_FRAME_BROKER: frame_broker(c, t, len, cu); break;
        case KG_FRAME_ADJ: frame_adj(c, t, len, cu, -1); break;
        }
        next = t + (size_t)len;
    }
    }
}

/* The state a document entity stands for or serves: itself for a state,
 * its country for an organ or agency, the state of a person's post; -1. */
static int side_of(struct kg_extractor *x, int de)
{
    const struct kg_dent *d = &x->dents[de];
    if (kg_is_state(x, d))
        return de;
    if (d->type == KG_PERSON) {
        int r = role_of(x, de);
        return r >= 0 ? side_of(x, r) : dent_country(x, de);
    }
    /* (a province or city: its state) */
    if (d->type == KG_GPE)
        return dent_country(x, de);
    /* (a state's own body, not a group based there: the ISPR, not the TTP) */
    return d->type == KG_ORG && d->lex >= 0 && x->lx.ents[d->lex].state ? dent_country(x, de) : -1;
}

/* reported_agent's words, its gate's lists (window_has, gate_lists): the
 * verbs of an agent ("sent by") */
static const struct kg_lit agentive[] = {
    KG_LIT("sent"),        KG_LIT("planned"),      KG_LIT("ordered"),    KG_LIT("organised"),
    KG_LIT("organized"),   KG_LIT("masterminded"), KG_LIT("orchestrated"), KG_LIT("directed"),
    KG_LIT("funded"),      KG_LIT("financed"),     KG_LIT("trained"),    KG_LIT("dispatched"),
    KG_LIT("sponsored"),   KG_LIT("plotted"),      KG_LIT("out")};
/* "on behalf of", "at the behest of", "on the orders of", "on the
 * instructions of", "at the direction of", "in the pay of" */
static const struct kg_lit behest[] = {KG_LIT("behalf"), KG_LIT("behest"), KG_LIT("orders"),
                                       KG_LIT("instructions"), KG_LIT("direction"), KG_LIT("pay")};

/* "Police said the bomber had been sent by the TTP", "Awan said the men
 * had acted on behalf of the TTP": who says an attack was someone's work
 * blames them (accuses), whatever the attack's own relation. */
static inline __attribute__((always_inline)) void reported_agent(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    /* (gate, see window_has: this pass finds nothing without a word of
     * agentive[] or behest[]) */
    if (!pass_gate(c, GATE_AGENTIVE) &&
        !pass_gate(c, GATE_BEHEST))
        return;
    /* (nor without a verb of saying: known once per window, asked first) */
    size_t say = saying_before(c, c->t1);
    if (say >= c->t1)
        return;
    /* (a quick look for an agent phrase first: most sentences have none) */
    int any = 0;
    for (size_t u = c->t0 + 1; u < c->t1 && !any; u++)
        any = (tis(x, u, "by") && tis_any(x, u - 1, agentive, sizeof agentive / sizeof *agentive)) ||
              (tis(x, u, "of") && tis_any(x, u - 1, behest, sizeof behest / sizeof *behest));
    if (!any)
        return;
    int s[MAXARGS], ns = 0;
    size_t from = say + 1, to = c->t1;
    /* "The bomber was sent by the TTP, police said": the clause before */
    for (size_t u = c->t0 + 1; u < say && !ns; u++) {
        int m = attribution_at(x, u, NULL, 0);
        if (m >= 0 && M(x, m)->t1 == say && actor_ok(c, m)) {
            ns = with_coordinated(c, m, s, 0);
            from = c->t0, to = u;
        }
    }
    if (!ns)
        ns = subject(c, say, s, 0);
    /* ("Awan, the CTD superintendent who led the inquiry, told") */
    if (!ns)
        ns = first_actor(c, c->t0, say, s);
    if (!ns || has_class_in(c, c->t0, to, KG_W_NEGATION))
        return;
    for (size_t u = from + 1; u + 1 < to; u++) {
        size_t a = 0;
        if (tis(x, u, "by") && tis_any(x, u - 1, agentive, sizeof agentive / sizeof *agentive) &&
            (!tis(x, u - 1, "out") || tis(x, u - 2, "carried")) &&
            (is_be(x, u - 2) || tis(x, u - 2, "been") || (u > from + 2 && (is_be(x, u - 3) || tis(x, u - 3, "been")))))
            a = u + 1;
        else if (tis(x, u, "of") && tis_any(x, u - 1, behest, sizeof behest / sizeof *behest) && u > from + 1 &&
                 (tis(x, u - 2, "on") || tis(x, u - 2, "at") || tis(x, u - 2, "the")))
            a = u + 1;
        if (!a)
            continue;
        /* (the work is harm: "the talks had been organised by Qatar" is
         * no charge) */
        static const struct kg_lit doers[] = {
            KG_LIT("bomber"),    KG_LIT("bombers"),   KG_LIT("attacker"), KG_LIT("attackers"), KG_LIT("gunman"),
            KG_LIT("gunmen"),    KG_LIT("assailant"), KG_LIT("assailants"), KG_LIT("militants"), KG_LIT("men"),
            KG_LIT("killers"),   KG_LIT("hitmen"),    KG_LIT("plot"),     KG_LIT("cell"),      KG_LIT("fighters")};
        /* (the harm is the clause's subject, before any preposition: not
         * "the rescue of the men was organised by", "aid for the wounded
         * was funded by") */
        int harm = 0;
        size_t v0 = from < u && tis(x, from, "that") ? from + 1 : from;
        for (size_t v = v0; v < u && !harm && !is_prep(x, v) && !is_be(x, v) && !tis(x, v, "had") &&
                            !tis(x, v, "has") && !tis(x, v, "have");
             v++) {
            int cue;
            harm = tis_any(x, v, doers, sizeof doers / sizeof *doers) ||
                   (kg_match_cue(x, v, to, &cue) && x->lx.cues[cue].relation == KG_REL_ATTACKS);
        }
        if (!harm)
            continue;
        if (a < to && tis(x, a, "the"))
            a++;
        int m = a < to ? ment_at(x, a) : -1;
        if (m < 0 || M(x, m)->t0 != a || !actor_ok(c, m) || (M(x, m)->flags & (KG_M_ADJ | KG_M_PRONOUN)))
            continue;
        int h = head_of(c, m);
        if (h >= 0)
            m = h;
        /* (one's own side's work is no charge: "Israel said the strike was
         * ordered by Netanyahu", "the ISPR said ... by the Frontier Corps") */
        int ade = x->ments[m].de, aside = side_of(x, ade);
        for (int i = 0; i < ns; i++) {
            int sde = x->ments[s[i]].de;
            if (aside < 0 || side_of(x, sde) != aside)
                emit(c, sde, ade, KG_REL_ACCUSES, KG_MOD_ASSERTED);
        }
    }
}

/* "The Thai army says Cambodian troops opened fire", "Russia said
 * Ukraine struck the plant": who reports another side's attack blames it
 * (not its own side's, nor fighting between two sides). */
static inline __attribute__((always_inline)) void reported_attack(struct ctx *c, size_t r0)
{
    struct kg_extractor *x = c->x;
    size_t say = (size_t)-1;
    int s[MAXARGS], ns = 0;
    for (size_t r = r0; r < x->nrels; r++) {
        const struct kg_relinst *rr = &x->rels[r];
        if (rr->relation != KG_REL_ATTACKS || (rr->modality != KG_MOD_ALLEGED && rr->modality != KG_MOD_ASSERTED))
            continue;
        int mutual = 0;
        for (size_t q = r0; q < x->nrels && !mutual; q++)
            mutual = x->rels[q].relation == KG_REL_ATTACKS && x->rels[q].src == rr->dst && x->rels[q].dst == rr->src;
        if (mutual)
            continue;
        /* (one the sentence already blames in another's words: "a group
         * Islamabad accuses of attacking") */
        int blamed = 0;
        for (size_t q = r0; q < x->nrels && !blamed; q++)
            blamed = x->rels[q].relation == KG_REL_ACCUSES && x->rels[q].dst == rr->src;
        if (blamed)
            continue;
        if (say == (size_t)-1) {
            /* (the speaker: the subject of a plain verb of saying, or of a
             * closing attribution, "..., the army said") */
            static const struct kg_lit says[] = {KG_LIT("said"),  KG_LIT("says"),  KG_LIT("say"),   KG_LIT("told"),
                                                 KG_LIT("tells"), KG_LIT("claimed"), KG_LIT("claims"),
                                                 KG_LIT("alleged"), KG_LIT("alleges"), KG_LIT("insisted")};
            say = saying_before(c, c->t1);
            if (say >= c->t1 || !tis_any(x, say, says, sizeof says / sizeof *says))
                return;
            for (size_t u = c->t0 + 1; u < c->t1 && !ns; u++) {
                int m = attribution_at(x, u, NULL, 0);
                if (m >= 0 && actor_ok(c, m))
                    ns = with_coordinated(c, m, s, 0);
            }
            if (!ns) {
                ns = subject(c, say, s, 0);
                /* (the attack in what is said, after the verb: not "the
                 * TTP, whose fighters have stepped up attacks, ... while
                 * China said") */
                for (size_t u = c->t0; u < say && ns; u++) {
                    int cue;
                    if ((x->tokany[u] & KG_ANY_CUE) && ment_at(x, u) < 0 && kg_match_cue(x, u, say, &cue) &&
                        x->lx.cues[cue].relation == KG_REL_ATTACKS)
                        ns = 0;
                }
            }
            if (!ns || M(x, s[0])->t1 > say || has_class_in(c, c->t0, c->t1, KG_W_NEGATION))
                return;
        }
        /* (an attack on the speaker's side: not "the United States said
         * Israel struck Iran", a report of a friend's or of a stranger's
         * war) */
        /* (rr's ends copied: emit may move x->rels) */
        int src = rr->src, dst = rr->dst;
        int aside = side_of(x, src), tside = side_of(x, dst);
        for (int i = 0; i < ns; i++) {
            int sde = x->ments[s[i]].de, sside = side_of(x, sde);
            if (sde != src && sside >= 0 && sside != aside && (tside == sside || dst == sde))
                emit(c, sde, src, KG_REL_ACCUSES, KG_MOD_ASSERTED);
        }
    }
}

/* joint_action's gate's list (window_has, gate_lists): see there */
static const struct kg_lit joint[] = {KG_LIT("jointly"), KG_LIT("together"), KG_LIT("coordinated")};

/* "Pakistan and China jointly asked the Council", "the United States and
 * Britain imposed coordinated sanctions": coordinated subjects that act
 * together cooperate. */
static inline __attribute__((always_inline)) void joint_action(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    /* (the joint act is work: not "together account for", "jointly won",
     * "came together", "jointly accused each other") */
    static const struct kg_lit acts[] = {
        KG_LIT("work"),    KG_LIT("works"),    KG_LIT("worked"),   KG_LIT("working"),  KG_LIT("asked"),
        KG_LIT("urged"),   KG_LIT("called"),   KG_LIT("proposed"), KG_LIT("submitted"), KG_LIT("signed"),
        KG_LIT("launched"), KG_LIT("conducted"), KG_LIT("operate"), KG_LIT("operated"), KG_LIT("patrol"),
        KG_LIT("patrolled"), KG_LIT("built"),  KG_LIT("developed"), KG_LIT("issued"),  KG_LIT("imposed"),
        KG_LIT("hosted"),  KG_LIT("organised"), KG_LIT("organized"), KG_LIT("fought"), KG_LIT("trained"),
        KG_LIT("developing"), KG_LIT("build"), KG_LIT("fight"),    KG_LIT("sought"),   KG_LIT("requested"),
        KG_LIT("pushed"),  KG_LIT("pressed"),  KG_LIT("drafted"),  KG_LIT("run"),      KG_LIT("ran")};
    /* (gate, see window_has: joint[] must hold every word the loop below
     * starts a match at, by its tis() calls; a fourth word goes in both
     * places) */
    if (!pass_gate(c, GATE_JOINT))
        return;
    /* (most words are none of the three: their sketch bits turn them
     * away, see sketch_may; sketch_joint) */
    const unsigned long long *want = sketch_joint;
    for (size_t u = c->t0 + 2; u + 1 < c->t1; u++) {
        if (!sketch_may(x, u, want))
            continue;
        size_t verb = 0;
        /* ("jointly" with any act but winning, owning, blaming or
         * counting) */
        static const struct kg_lit idle[] = {KG_LIT("won"),     KG_LIT("win"),    KG_LIT("wins"),   KG_LIT("owned"),
                                             KG_LIT("own"),     KG_LIT("owns"),   KG_LIT("accused"), KG_LIT("accuse"),
                                             KG_LIT("blamed"),  KG_LIT("account"), KG_LIT("accounted"), KG_LIT("lost"),
                                             KG_LIT("ranked"),  KG_LIT("shared"), KG_LIT("hold"),   KG_LIT("held")};
        int ok = 0;
        if (tis(x, u, "jointly")) {
            verb = u + 1;
            ok = (x->tok.v[verb].flags & KG_TOK_WORD) && !tis_any(x, verb, idle, sizeof idle / sizeof *idle);
        } else if (tis(x, u, "together") && !tis(x, u + 1, "with")) {
            verb = tis_any(x, u + 1, acts, sizeof acts / sizeof *acts) ? u + 1 : u - 1;
            ok = tis_any(x, verb, acts, sizeof acts / sizeof *acts);
        } else if (tis(x, u, "coordinated") && (x->tok.v[u + 1].flags & KG_TOK_WORD) && ment_at(x, u + 1) < 0 &&
                   !is_prep(x, u + 1) && kg_tok_ed(x, u - 1)) {
            verb = u - 1;
            ok = tis_any(x, verb, acts, sizeof acts / sizeof *acts);
        }
        if (!ok)
            continue;
        int s[MAXARGS];
        int ns = subject(c, u, s, 0);
        if (ns < 2 || has_class_in(c, c->t0, u + 1, KG_W_NEGATION))
            continue;
        /* ("should work together, China said": asked of them) */
        int mod = modality(c, u, KG_REL_COOPERATES, 0);
        for (size_t v = M(x, s[ns - 1])->t1; v < verb; v++)
            if (tis(x, v, "should") || tis(x, v, "must"))
                mod = KG_MOD_REQUESTED;
        for (int i = 0; i < ns; i++)
            for (int j = i + 1; j < ns; j++)
                emit(c, x->ments[s[i]].de, x->ments[s[j]].de, KG_REL_COOPERATES, mod);
    }
}

static const struct kg_lit backers[] = {KG_LIT("backer"), KG_LIT("backers"), KG_LIT("patron"), KG_LIT("patrons"),
                                        KG_LIT("sponsor"), KG_LIT("sponsors"), KG_LIT("benefactor")};

/* "Iran, Hezbollah's main backer, welcomed", "Iran is Hezbollah's chief
 * patron": the apposed name or the subject supports the possessor of the
 * backer noun at n. */
static void backer_of(struct ctx *c, size_t n)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit adj[] = {KG_LIT("main"), KG_LIT("chief"), KG_LIT("key"), KG_LIT("biggest"),
                                        KG_LIT("principal"), KG_LIT("foremost"), KG_LIT("staunchest"),
                                        KG_LIT("closest"), KG_LIT("longtime"), KG_LIT("long-time"),
                                        KG_LIT("major"), KG_LIT("top"), KG_LIT("leading"), KG_LIT("primary")};
    size_t v = n;
    while (v > c->t0 + 1 && v + 2 > n && tis_any(x, v - 1, adj, sizeof adj / sizeof *adj))
        v--;
    if (v < c->t0 + 2 || !tis(x, v - 1, "'s"))
        return;
    int t = ment_at(x, v - 2);
    if (t < 0 || !(M(x, t)->flags & KG_M_POSS) || !actor_ok(c, t))
        return;
    size_t u = M(x, t)->t0;
    int src[MAXARGS], ns = 0;
    if (u > c->t0 + 1 && tis(x, u - 1, ",") && n + 1 < c->t1 && (tis(x, n + 1, ",") || tis(x, n + 1, "."))) {
        int m = ment_at(x, u - 2);
        if (m >= 0 && actor_ok(c, m))
            src[ns++] = m;
    } else if (u > c->t0 && is_be(x, u - 1))
        ns = subject(c, u - 1, src, 0);
    for (int i = 0; i < ns; i++)
        if (x->ments[src[i]].de != x->ments[t].de && dtype(x, src[i]) != KG_PERSON)
            emit(c, x->ments[src[i]].de, x->ments[t].de, KG_REL_SUPPORTS, modality(c, n, KG_REL_SUPPORTS, 0));
}

/* support_phrases' nouns of support, a gate's list too (window_has,
 * gate_lists) */
static const struct kg_lit nouns[] = {KG_LIT("shelter"),   KG_LIT("sanctuary"), KG_LIT("sanctuaries"),
                                      KG_LIT("haven"),     KG_LIT("havens"),    KG_LIT("refuge"),
                                      KG_LIT("protection"), KG_LIT("support"),  KG_LIT("backing"),
                                      KG_LIT("cover"),     KG_LIT("help"),      KG_LIT("assistance"),
                                      KG_LIT("behalf")};

/* Support named by a phrase, not a verb of support: "giving the TTP
 * shelter" (the giver supports), "with Indian backing", "under Taliban
 * protection" (the one named backs the actor before), "on behalf of the
 * BLA" (the actor backs the one named). */
static inline __attribute__((always_inline)) void support_phrases(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit give[] = {KG_LIT("give"),     KG_LIT("gives"),     KG_LIT("gave"),     KG_LIT("given"),
                                         KG_LIT("giving"),   KG_LIT("grant"),     KG_LIT("grants"),   KG_LIT("granted"),
                                         KG_LIT("granting"), KG_LIT("offer"),     KG_LIT("offers"),   KG_LIT("offered"),
                                         KG_LIT("offering"), KG_LIT("provide"),   KG_LIT("provides"), KG_LIT("provided"),
                                         KG_LIT("providing"), KG_LIT("extend"),   KG_LIT("extends"),  KG_LIT("extended"),
                                         KG_LIT("extending"), KG_LIT("afford"),   KG_LIT("afforded"), KG_LIT("affording")};
    static const struct kg_cue support = {KG_REL_SUPPORTS, KG_FRAME_VERB, NULL, 1, -1};
    /* (gate, see window_has: this pass finds nothing without a word of
     * backers[] or nouns[]) */
    if (!pass_gate(c, GATE_BACKERS) &&
        !pass_gate(c, GATE_NOUNS))
        return;
    /* (the loop reads only a word of backers[] or nouns[]: the rest are
     * turned away by their sketch bits, sketch_support) */
    const unsigned long long *want = sketch_support;
    for (size_t n = c->t0 + 2; n < c->t1; n++) {
        if (!sketch_may(x, n, want) || ment_at(x, n) >= 0)
            continue;
        if (tis_any(x, n, backers, sizeof backers / sizeof *backers)) {
            backer_of(c, n);
            continue;
        }
        if (!tis_any(x, n, nouns, sizeof nouns / sizeof *nouns))
            continue;
        int protect = tis(x, n, "protection"), behalf = tis(x, n, "behalf");
        int with = !protect && !behalf && !tis(x, n, "cover") && !tis(x, n, "shelter") && !tis(x, n, "refuge");
        /* "giving the TTP shelter", "offered the group a safe haven" */
        if (!behalf) {
            size_t v = n;
            while (v > c->t0 && v + 3 > n && ment_at(x, v - 1) < 0 && (x->tok.v[v - 1].flags & KG_TOK_WORD) &&
                   !(x->tok.v[v - 1].flags & KG_TOK_CAP) && !tis_any(x, v - 1, give, sizeof give / sizeof *give))
                v--;
            int m = v > c->t0 ? ment_at(x, v - 1) : -1;
            if (m >= 0 && M(x, m)->t1 == v && !(M(x, m)->flags & (KG_M_PLACE | KG_M_ADJ | KG_M_QUAL))) {
                size_t g = M(x, m)->t0;
                if (g > c->t0 && (tis(x, g - 1, "the") || tis(x, g - 1, "its") || tis(x, g - 1, "their")))
                    g--;
                if (g > c->t0 && tis_any(x, g - 1, give, sizeof give / sizeof *give)) {
                    c->places = 0;
                    frame_verb(c, g - 1, 1, &support);
                    continue;
                }
            }
        }
        /* the one who backs: "with Indian backing", "under Taliban
         * protection", "with the backing of China", "under China's
         * protection"; who acts for: "on behalf of the BLA", "on the
         * TTP's behalf" */
        int by = -1;
        size_t at = n; /* the "with", "under" or "on" */
        size_t of = n + 2 < c->t1 && tis(x, n + 1, "of") ? (tis(x, n + 2, "the") ? n + 3 : n + 2) : 0;
        if (ment_at(x, n - 1) >= 0 && M(x, ment_at(x, n - 1))->t1 == n) {
            by = ment_at(x, n - 1);
            at = M(x, by)->t0 - 1;
        } else if (tis(x, n - 1, "'s") && ment_at(x, n - 2) >= 0) {
            by = ment_at(x, n - 2);
            at = M(x, by)->t0 - 1;
        } else if (tis(x, n - 1, "the") && of && of < c->t1) {
            by = ment_at(x, of);
            at = n - 2;
        } else if (behalf && tis(x, n - 1, "on") && of && of < c->t1) {
            by = ment_at(x, of);
            at = n - 1;
        }
        if (by >= 0 && at > c->t0 && at < n && tis(x, at, "the"))
            at--;
        if (by < 0 || at <= c->t0 || at >= n || !actor_ok(c, by) ||
            !(behalf ? tis(x, at, "on") : protect ? tis(x, at, "under") : with && tis(x, at, "with")))
            continue;
        int a[MAXARGS], na;
        if (behalf) {
            /* (not a speaker for the one named: "said on behalf of the
             * government", "signed on behalf of Pakistan") */
            static const struct kg_lit speak[] = {KG_LIT("spoke"),   KG_LIT("speak"),   KG_LIT("speaks"),
                                                  KG_LIT("speaking"), KG_LIT("signed"), KG_LIT("sign"),
                                                  KG_LIT("accepted"), KG_LIT("acted"),  KG_LIT("act"),
                                                  KG_LIT("acting"),  KG_LIT("acts"),   KG_LIT("statement"),
                                                  KG_LIT("wrote"),   KG_LIT("delivered"), KG_LIT("read")};
            /* (nor the one accused of an act: "an airline it accused of
             * flying fighters on the Quds Force's behalf") */
            static const struct kg_lit accused[] = {KG_LIT("accused"), KG_LIT("accuses"), KG_LIT("accuse"),
                                                    KG_LIT("accusing")};
            int spoken = saying_before(c, at) < at;
            for (size_t u = c->t0; u < at && !spoken; u++)
                spoken = tis_any(x, u, accused, sizeof accused / sizeof *accused);
            for (size_t u = at; u > c->t0 && u + 4 > at && !spoken; u--)
                spoken = tis_any(x, u - 1, speak, sizeof speak / sizeof *speak);
            if (spoken || !(na = subject(c, at, a, 0)))
                continue;
            int mod = modality(c, at, KG_REL_SUPPORTS, 0);
            for (int i = 0; i < na; i++) {
                int sde = x->ments[a[i]].de, bde = x->ments[by].de;
                if (dtype(x, a[i]) == KG_PERSON && (role_of(x, sde) == bde || dent_country(x, sde) == bde))
                    continue;
                emit(c, sde, bde, KG_REL_SUPPORTS, mod);
            }
        } else {
            /* the actor before it (not a possessor: "into Afghanistan's
             * Khost province, where they remained under the protection
             * of") */
            int m = -1;
            for (size_t u = at; u-- > c->t0 && m < 0;) {
                int k = ment_at(x, u);
                if (tis(x, u, ";"))
                    break;
                if (k >= 0 && actor_ok(c, k) && !(M(x, k)->flags & (KG_M_POSS | KG_M_ADJ)))
                    m = k;
            }
            if (m >= 0 && x->ments[m].de != x->ments[by].de)
                emit(c, x->ments[by].de, x->ments[m].de, KG_REL_SUPPORTS, modality(c, at, KG_REL_SUPPORTS, 0));
        }
    }
}

/* host_of_meeting's verbs, a gate's list too (window_has, gate_lists) */
static const struct kg_lit meeting_hosts[] = {
    KG_LIT("host"),     KG_LIT("hosts"),     KG_LIT("hosted"),   KG_LIT("hosting"),
    KG_LIT("arrange"),  KG_LIT("arranges"),  KG_LIT("arranged"), KG_LIT("arranging"),
    KG_LIT("organise"), KG_LIT("organised"), KG_LIT("organize"), KG_LIT("organized")};

/* "Qatar hosted the overnight session ... between Pakistan and
 * Afghanistan", "Iraq helped arrange the first meeting between Saudi and
 * Iranian officials": a host or arranger of a meeting, however it is
 * worded, mediates between the parties the sentence names after it. */
static inline __attribute__((always_inline)) void host_of_meeting(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit meetings[] = {KG_LIT("talks"),    KG_LIT("session"),  KG_LIT("sessions"),
                                             KG_LIT("meeting"),  KG_LIT("meetings"), KG_LIT("round"),
                                             KG_LIT("negotiations")};
    /* (gate, see window_has: this pass finds nothing without a word of
     * meeting_hosts[]) */
    if (!pass_gate(c, GATE_HOSTS))
        return;
    /* (the loop reads only a word of meeting_hosts[]: the rest are turned
     * away by their sketch bits, sketch_hosts) */
    const unsigned long long *want = sketch_hosts;
    for (size_t t = c->t0 + 1; t + 2 < c->t1; t++) {
        if (!sketch_may(x, t, want) || !tis_any(x, t, meeting_hosts, sizeof meeting_hosts / sizeof *meeting_hosts))
            continue;
        /* (a cue of mediation of its own, "hosted talks", is the broker's) */
        if (x->tokany[t] & KG_ANY_CUE) {
            int cue, len = kg_match_cue(x, t, c->t1, &cue);
            if (len > 1 || (len && x->lx.cues[cue].relation == KG_REL_MEDIATES))
                continue;
        }
        /* the meeting noun, past an article and a few words ("the
         * overnight session", "a two-day round", "the first face-to-face
         * meeting") */
        size_t n = t + 1;
        while (n < c->t1 && n < t + 5 && ment_at(x, n) < 0 && (x->tok.v[n].flags & KG_TOK_WORD) &&
               !(x->tok.v[n].flags & KG_TOK_CAP) && !tis_any(x, n, meetings, sizeof meetings / sizeof *meetings))
            n++;
        if (n >= c->t1 || !tis_any(x, n, meetings, sizeof meetings / sizeof *meetings))
            continue;
        /* the parties: the first "between" after it, within the clause */
        int p[2 * MAXARGS], np = 0, side1 = 0;
        for (size_t u = n + 1; u < c->t1 && u < n + 16 && !np; u++) {
            if (tis(x, u, ";"))
                break;
            if (tis(x, u, "between"))
                np = between_parties(c, u, p, &side1);
        }
        if (np < 2)
            continue;
        int s[MAXARGS], ns = subject(c, t, s, 0);
        if (!ns)
            continue;
        /* (a host that is a party mediates nothing) */
        int party = 0;
        for (int i = 0; i < ns && !party; i++) {
            int side = side_of(x, x->ments[s[i]].de);
            for (int j = 0; j < np && side >= 0; j++)
                party |= side_of(x, x->ments[p[j]].de) == side || x->ments[p[j]].de == x->ments[s[i]].de;
        }
        if (party)
            continue;
        int mod = modality(c, t, KG_REL_MEDIATES, 0);
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < np; j++)
                emit(c, x->ments[s[i]].de, x->ments[p[j]].de, KG_REL_MEDIATES, mod);
        for (int i = 0; i < (side1 ? side1 : np); i++)
            for (int j = side1 ? side1 : i + 1; j < np; j++)
                emit(c, x->ments[p[i]].de, x->ments[p[j]].de,
                     tis(x, n, "meeting") || tis(x, n, "meetings") ? KG_REL_MEETS : KG_REL_NEGOTIATES, mod);
    }
}

/* where_based's gate's list (window_has, gate_lists) */
static const struct kg_lit where[] = {KG_LIT("where")};

/* "in Bahawalpur, where the trust is based": a relative clause of place
 * whose subject is based there. */
static inline __attribute__((always_inline)) void where_based(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    /* (gate, see window_has: this pass finds nothing without "where") */
    if (!pass_gate(c, GATE_WHERE))
        return;
    for (size_t w = c->t0 + 2; w + 3 < c->t1; w++) {
        if (!tis(x, w, "where") || !tis(x, w - 1, ","))
            continue;
        int p = ment_at(x, w - 2);
        if (p < 0 || (M(x, p)->flags & KG_M_DATELINE) || (dtype(x, p) != KG_GPE && dtype(x, p) != KG_LOC))
            continue;
        int m = ment_at(x, w + 1) >= 0 ? ment_at(x, w + 1) : tis(x, w + 1, "the") ? ment_at(x, w + 2) : -1;
        if (m < 0 || !actor_ok(c, m))
            continue;
        size_t v = M(x, m)->t1;
        if (v + 1 < c->t1 && is_be(x, v) && (tis(x, v + 1, "based") || tis(x, v + 1, "headquartered")) &&
            !(v + 2 < c->t1 && (tis(x, v + 2, "in") || tis(x, v + 2, "at") || tis(x, v + 2, "on"))))
            emit(c, x->ments[m].de, x->ments[p].de, KG_REL_BASED_IN, modality(c, v + 1, KG_REL_BASED_IN, 0));
    }
}

/* as_office's gate's list (window_has, gate_lists) */
static const struct kg_lit as_word[] = {KG_LIT("as")};

/* "hosted the talks as chair of ASEAN", "was sworn in as Somaliland's
 * president", "served as the army's spokesman": the office a person acts
 * in or takes. */
static inline __attribute__((always_inline)) void as_office(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    /* (gate, see window_has: this pass finds nothing without "as") */
    if (!pass_gate(c, GATE_AS))
        return;
    for (size_t u = c->t0 + 1; u + 3 < c->t1; u++) {
        if (!tis(x, u, "as"))
            continue;
        size_t v = u + 1;
        int owner = -1;
        if (tis(x, v, "the") || tis(x, v, "a") || tis(x, v, "an"))
            v++;
        int k = ment_at(x, v);
        if (k >= 0 && M(x, k)->t0 == v && (M(x, k)->flags & KG_M_POSS) && tis(x, M(x, k)->t1, "'s")) {
            owner = k;
            v = M(x, k)->t1 + 1;
        }
        /* (up to two words of a portfolio or rank before the office: "as
         * acting foreign minister", "as deputy chief of") */
        for (int n = 0; n < 2 && v < c->t1 && !match_class(x, v, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)) &&
                        (portfolio_word(x, v) || tis(x, v, "acting") || tis(x, v, "deputy") || tis(x, v, "interim") ||
                         tis(x, v, "caretaker") || tis(x, v, "senior"));
             n++)
            v++;
        int ol = match_class(x, v, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK));
        if (!ol)
            continue;
        size_t e = v + (size_t)ol;
        /* (the rest of a title: "acting foreign minister") */
        for (int n = 0; n < 3 && e < c->t1; n++) {
            int more = match_class(x, e, c->t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK));
            if (more)
                e += (size_t)more;
            else if (portfolio_word(x, e) && !tis(x, e, "of") && !tis(x, e, "for") && !tis(x, e, "the") &&
                     !tis(x, e, "and") && !tis(x, e, "at"))
                e++;
            else
                break;
        }
        if (owner < 0 && e + 1 < c->t1 && tis(x, e, "of")) {
            size_t w = tis(x, e + 1, "the") ? e + 2 : e + 1;
            owner = w < c->t1 ? ment_at(x, w) : -1;
            if (owner >= 0 && M(x, owner)->t0 != w)
                owner = -1;
        }
        if (owner < 0 || (dtype(x, owner) != KG_GPE && dtype(x, owner) != KG_ORG) ||
            ((M(x, owner)->flags & KG_M_PLACE) && !kg_is_state(x, &x->dents[x->ments[owner].de])))
            continue;
        /* the person nearest before "as", with no state or body between
         * ("Trump watched as bin Salman was sworn in as", "thanked Anwar
         * for hosting the talks as chair"; not "praised Malaysia's role
         * as chair") */
        int p = -1;
        for (size_t w = u; w-- > c->t0 && p < 0;) {
            int q = ment_at(x, w);
            if (q < 0 || (M(x, q)->flags & KG_M_DATELINE))
                continue;
            if (dtype(x, q) != KG_PERSON)
                break;
            p = q;
        }
        if (p < 0)
            continue;
        emit(c, x->ments[p].de, x->ments[owner].de, KG_REL_OFFICIAL_OF, modality(c, u, KG_REL_OFFICIAL_OF, 0));
    }
}

/* A person the lexicon knows holds a post on the article's date
 * (roles.csv, with a date line): they serve that state or body wherever the article names
 * both, with or without their title ("Vladimir Putin brokered the
 * truce"); the evidence is the person's first mention. */
static void known_offices(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    /* (only on a known date: without one every post ever held is valid) */
    if (!x->date || !x->date[0])
        return;
    /* (on the stack for most articles: an allocation and its free cost
     * more than the loop over a short article's mentions) */
    unsigned char own[1024];
    unsigned char *seen_de = x->ndents <= sizeof own ? memset(own, 0, x->ndents) : xcalloc(x->ndents, 1);
    for (size_t m = 0; m < x->nments; m++) {
        const struct kg_mention *mm = &x->ments[m];
        const struct kg_dent *d = &x->dents[mm->de];
        /* (one branch on the three: as three, the type went as the
         * mentions fell) */
        if ((d->type != KG_PERSON) | (d->lex < 0) | ((mm->flags & KG_M_DATELINE) != 0))
            continue;
        /* (once per person: at the first mention) */
        if (seen_de[mm->de])
            continue;
        seen_de[mm->de] = 1;
        int of = role_of(x, mm->de);
        if (of < 0 || !x->dents[of].mentions)
            continue;
        /* (a post already given: before the namesake test below, since
         * both only turn the person away and a title has mostly given the
         * post already; the three compares anded bitwise: as branches,
         * the first went as the article's relations fell) */
        int seen = 0;
        for (int r = x->dents[mm->de].last_off; r >= 0 && !seen; r = x->rels[r].prev_off)
            seen = x->rels[r].dst == of;
        if (seen)
            continue;
        /* (not a namesake the article says is someone else: "Abdul Kabir, a
         * shopkeeper in Peshawar", "Matthew Miller, a tourist from Ohio") */
        size_t head = mm->t1 + 1 < x->tok.n && tis(x, mm->t1, ",")
                          ? kg_apposed_title(x, mm->t1 + 1, x->sents[mm->sent].t1, KG_WBIT(KG_W_PERSONNOUN))
                          : 0;
        if (head && kg_is_state(x, &x->dents[of]) &&
            !match_class(x, head, x->sents[mm->sent].t1, KG_WBIT(KG_W_OFFICE) | KG_WBIT(KG_W_RANK)))
            continue;
        c->si = mm->sent;
        c->at = mm->t0 + 1;
        emit(c, mm->de, of, KG_REL_OFFICIAL_OF, KG_MOD_ASSERTED);
        c->at = 0;
    }
    if (seen_de != own)
        free(seen_de);
}

/* called_blame's gates' lists (window_has, gate_lists): its verbs of
 * naming, and "what" */
static const struct kg_lit calls[] = {KG_LIT("called"), KG_LIT("termed"), KG_LIT("described"), KG_LIT("branded"),
                                      KG_LIT("calls"), KG_LIT("terms"), KG_LIT("describes"), KG_LIT("brands")};
static const struct kg_lit what[] = {KG_LIT("what")};

/* "condemned what he called unprovoked firing by Afghan forces", "what
 * Baghaei called Israel's aggression against Lebanon": naming another's
 * act with a word of blame accuses them. */
static inline __attribute__((always_inline)) void called_blame(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit blame[] = {
        KG_LIT("aggression"), KG_LIT("attack"),     KG_LIT("attacks"),    KG_LIT("firing"),    KG_LIT("shelling"),
        KG_LIT("strikes"),    KG_LIT("strike"),     KG_LIT("terrorism"),  KG_LIT("occupation"), KG_LIT("provocation"),
        KG_LIT("provocations"), KG_LIT("interference"), KG_LIT("meddling"), KG_LIT("violations"), KG_LIT("crimes"),
        KG_LIT("massacre"),   KG_LIT("genocide"),   KG_LIT("killings"),   KG_LIT("killing"),   KG_LIT("incursion"),
        KG_LIT("incursions"), KG_LIT("intrusion"),  KG_LIT("bombardment"), KG_LIT("atrocities")};
    /* (gate, see window_has: this pass finds nothing without "what" and a
     * word of calls[]) */
    if (!pass_gate(c, GATE_WHAT) || !pass_gate(c, GATE_CALLS))
        return;
    for (size_t u = c->t0 + 2; u + 2 < c->t1; u++) {
        if (!tis_any(x, u, calls, sizeof calls / sizeof *calls))
            continue;
        size_t w = u;
        while (w > c->t0 && w + 6 > u && !tis(x, w - 1, "what"))
            w--;
        if (!(w > c->t0 && tis(x, w - 1, "what")))
            continue;
        int sp = -1;
        for (size_t q = w; q < u && sp < 0; q++)
            if (ment_at(x, q) >= 0 && dtype(x, ment_at(x, q)) != KG_LOC)
                sp = ment_at(x, q);
        if (sp < 0)
            continue;
        size_t v = u + 1 < c->t1 && tis(x, u + 1, "as") ? u + 2 : u + 1;
        for (size_t n = v; n < c->t1 && n < v + 6; n++) {
            if (tis(x, n, ",") || tis(x, n, ".") || tis(x, n, ";"))
                break;
            if (!tis_any(x, n, blame, sizeof blame / sizeof *blame))
                continue;
            int ag = -1;
            /* the agent: a possessor or demonym before it ("Israel's
             * aggression", "Indian aggression"), or "by" after it */
            for (size_t q = n; q > v && q + 3 > n && ag < 0; q--) {
                int m = ment_at(x, q - 1);
                if (m >= 0 && (M(x, m)->flags & (KG_M_POSS | KG_M_ADJ)))
                    ag = m;
                else if (m >= 0 || !(x->tok.v[q - 1].flags & KG_TOK_WORD))
                    break;
            }
            if (ag < 0 && n + 2 < c->t1 && tis(x, n + 1, "by"))
                ag = ment_at(x, tis(x, n + 2, "the") ? n + 3 : n + 2);
            if (ag >= 0 && x->ments[ag].de != x->ments[sp].de && dtype(x, ag) != KG_LOC &&
                !(M(x, ag)->flags & KG_M_PLACE))
                emit(c, x->ments[sp].de, x->ments[ag].de, KG_REL_ACCUSES, modality(c, u, KG_REL_ACCUSES, 0));
            break;
        }
    }
}

/* claimed_by's gate's list (window_has, gate_lists) */
static const struct kg_lit claimed[] = {KG_LIT("claimed")};

/* "A suicide bomber killed 27 guards in Zahedan, an attack claimed by
 * Jaish al-Adl": who claims the attack made it, on whom and where the
 * sentence says it struck (alleged, as any claim of an attack). */
static inline __attribute__((always_inline)) void claimed_by(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit attacks[] = {KG_LIT("attack"),  KG_LIT("attacks"), KG_LIT("bombing"), KG_LIT("assault"),
                                            KG_LIT("ambush"),  KG_LIT("raid"),    KG_LIT("killing"), KG_LIT("killings"),
                                            KG_LIT("blast"),   KG_LIT("bombings")};
    /* (gate, see window_has: this pass finds nothing without "claimed") */
    if (!pass_gate(c, GATE_CLAIMED))
        return;
    for (size_t u = c->t0 + 3; u + 2 < c->t1; u++) {
        if (!tis(x, u, "claimed") || !tis(x, u + 1, "by") ||
            !tis_any(x, u - 1, attacks, sizeof attacks / sizeof *attacks))
            continue;
        /* the claimant: the first group after "by" ("by the Sunni
         * militant group Jaish al-Adl") */
        int g = -1;
        for (size_t v = u + 2; v < c->t1 && v < u + 8 && g < 0; v++) {
            int k = ment_at(x, v);
            if (k >= 0 && dtype(x, k) == KG_ORG && actor_ok(c, k))
                g = k;
            else if (k >= 0 || tis(x, v, ","))
                break;
        }
        if (g < 0)
            continue;
        /* the attack the sentence tells, before the noun: its cue, then
         * the states, groups and places it names */
        size_t a = c->t0;
        while (a < u - 1) {
            int cue, len = (x->tokany[a] & KG_ANY_CUE) && ment_at(x, a) < 0 ? kg_match_cue(x, a, c->t1, &cue) : 0;
            if (len && x->lx.cues[cue].relation == KG_REL_ATTACKS)
                break;
            a++;
        }
        if (a >= u - 1)
            continue;
        /* ("Khalil Haqqani was killed ... in an attack claimed by ISKP":
         * a passive's subject is struck) */
        /* (a headline's too: "Taliban minister Khalil Haqqani killed in
         * Kabul suicide blast claimed by ISKP") */
        if (a > c->t0 && (is_be(x, a - 1) || (a > c->t0 + 1 && is_be(x, a - 2) && ment_at(x, a - 1) < 0) ||
                          (kg_tok_ed(x, a) && ment_at(x, a - 1) >= 0 && (tis(x, a + 1, "in") || tis(x, a + 1, "by"))))) {
            int s[MAXARGS], ns = subject(c, a, s, 0);
            for (int i = 0; i < ns; i++)
                if (x->ments[s[i]].de != x->ments[g].de)
                    emit(c, x->ments[g].de, x->ments[s[i]].de, KG_REL_ATTACKS, KG_MOD_ALLEGED);
            if (ns)
                continue;
        }
        for (size_t v = a + 1; v < u - 1; v++) {
            int k = ment_at(x, v);
            if (k < 0 || M(x, k)->t0 != v || x->ments[k].de == x->ments[g].de ||
                (M(x, k)->flags & (KG_M_DATELINE | KG_M_PRONOUN)))
                continue;
            int h = head_of(c, k);
            if (h >= 0)
                k = h;
            emit(c, x->ments[g].de, x->ments[k].de, KG_REL_ATTACKS, KG_MOD_ALLEGED);
            v = M(x, k)->t1 - 1;
        }
    }
}

/* presence_visits' gates' lists (window_has, gate_lists): its verbs of
 * a stay and of signing */
static const struct kg_lit spend[] = {KG_LIT("spent"), KG_LIT("spends"), KG_LIT("spend")};
static const struct kg_lit signs[] = {KG_LIT("signed"), KG_LIT("sign"), KG_LIT("signs"),
                                      KG_LIT("initialled"), KG_LIT("initialed"), KG_LIT("inked")};

/* A person abroad who "was in Nairobi at the time", "Wang Yi, in Kabul
 * for talks, said", or whom another "hosted in Kabul" or "welcomed to
 * Kabul": a visit there. */
static inline __attribute__((always_inline)) void presence_visits(struct ctx *c)
{
    struct kg_extractor *x = c->x;
    static const struct kg_lit hosts[] = {KG_LIT("hosted"), KG_LIT("hosts"), KG_LIT("welcomed"), KG_LIT("welcomes"),
                                          KG_LIT("received"), KG_LIT("receives"), KG_LIT("hosting"),
                                          KG_LIT("welcoming")};
    /* (each "in" or "to" right before a mention: the mentions are read,
     * fewer than the words; of two sharing a span the one at its token.
     * A rule here that starts elsewhere needs a loop of its own.) */
    for (size_t mi = c->m0; mi < c->m1; mi++) {
        size_t u = x->ments[mi].t0 - 1;
        /* (the word before first: it is seldom "in" or "to") */
        if (x->ments[mi].t0 < c->t0 + 2 || !(tis(x, u, "in") || tis(x, u, "to")) || u + 1 >= c->t1 ||
            ment_at(x, u + 1) != (int)mi)
            continue;
        int pl = ment_at(x, u + 1);
        if (pl < 0 || M(x, pl)->t0 != u + 1 || (M(x, pl)->flags & KG_M_DATELINE) ||
            (dtype(x, pl) != KG_GPE && dtype(x, pl) != KG_LOC))
            continue;
        int p = -1;
        size_t v = u - 1;
        /* "Japarov and Rahmon were both in Samarkand", "Muizzu spent most
         * of the week in China", "Dermer held talks in Washington": each
         * subject is there */
        if (tis(x, u, "in") && v > c->t0 + 1) {
            size_t w = v;
            if (tis(x, w, "both") || tis(x, w, "all") || tis(x, w, "also") || tis(x, w, "already"))
                w--;
            size_t verb = (size_t)-1;
            if (w < v && is_be(x, w))
                verb = w;
            else if (tis(x, v, "talks") && (tis(x, v - 1, "held") || tis(x, v - 1, "hold") || tis(x, v - 1, "holds")))
                verb = v - 1;
            /* (a visit's span: not "spent years in Kabul as a diplomat") */
            static const struct kg_lit spans[] = {KG_LIT("day"),   KG_LIT("days"),    KG_LIT("night"),
                                                  KG_LIT("nights"), KG_LIT("week"),   KG_LIT("weeks"),
                                                  KG_LIT("hours"), KG_LIT("weekend"), KG_LIT("afternoon"),
                                                  KG_LIT("morning"), KG_LIT("evening")};
            /* (gate, see window_has: the loop finds a verb only at a word
             * of spend[]; a verb added to its test must be added there) */
            for (size_t q = v, span = 0; verb == (size_t)-1 && q > c->t0 && q + 5 > v &&
                                         pass_gate(c, GATE_SPEND);
                 q--) {
                span |= tis_any(x, q, spans, sizeof spans / sizeof *spans);
                if (tis(x, q, "spent") || tis(x, q, "spends") || tis(x, q, "spend"))
                    verb = ment_at(x, q + 1) < 0 && span ? q : (size_t)-1;
            }
            /* ("he and Japarov signed a treaty in Bishkek": the signers
             * are there) */
            /* (gate, see window_has: the loop finds a verb only at a word
             * of signs[]) */
            for (size_t q = v; verb == (size_t)-1 && q > c->t0 && q + 8 > v &&
                               pass_gate(c, GATE_SIGNS);
                 q--) {
                if (!(x->tok.v[q].flags & KG_TOK_WORD) || (ment_at(x, q) >= 0 && q != v) || tcls(x, q, KG_W_CLAUSE))
                    break;
                /* (a finite verb right after its named subject: not "the
                 * treaty signed in Bishkek", "the treaty Russia signed") */
                if (tis_any(x, q, signs, sizeof signs / sizeof *signs) && q + 1 < u && !tcls(x, q - 2, KG_W_RELPRO) &&
                    (ment_at(x, q - 1) >= 0 || tis(x, q - 1, "who") || (x->tok.v[q - 1].flags & KG_TOK_CAP) ||
                     tis(x, q - 1, "also") || tis(x, q - 1, "then") || tis(x, q - 1, "later") ||
                     tis(x, q - 1, "jointly") || tis(x, q - 1, "formally") || tis(x, q - 1, "finally") ||
                     (x->tok.v[q - 1].klen > 3 && !memcmp(tk(x, q - 1) + x->tok.v[q - 1].klen - 2, "ly", 2))))
                    verb = q;
            }
            /* (a place, not "in Kabul's good books") */
            if (M(x, pl)->flags & KG_M_POSS)
                verb = (size_t)-1;
            int sub[MAXARGS], n = verb != (size_t)-1 ? subject(c, verb, sub, 0) : 0;
            int pde = x->ments[pl].de, mod = n ? modality(c, verb, KG_REL_VISITS, 0) : 0;
            for (int i = 0; i < n; i++)
                if (!(M(x, sub[i])->flags & KG_M_POSS))
                    visit_if_abroad(c, sub[i], pde, mod);
            if (n)
                continue;
        }
        if (tis(x, u, "in") && is_be(x, v) && v > c->t0) {
            /* "X was in Nairobi", "X, who was in Nairobi" */
            p = ment_at(x, v - 1);
            if (p < 0 && v > c->t0 + 1 && tcls(x, v - 1, KG_W_RELPRO))
                p = ment_at(x, v - 2 > c->t0 && tis(x, v - 2, ",") ? v - 3 : v - 2);
        } else if (tis(x, u, "in") && tis(x, v, ",")) {
            /* "Wang Yi, in Kabul for talks, said" */
            size_t e = M(x, pl)->t1;
            if (e < c->t1 && (tis(x, e, ",") || tis(x, e, "for")))
                p = ment_at(x, v - 1 >= c->t0 ? v - 1 : v);
        } else if (v > c->t0) {
            /* "hosted Wang Yi in Kabul", "welcomed Wang Yi to Kabul" */
            int g = ment_at(x, v);
            if (g >= 0 && M(x, g)->t0 > c->t0 && tis_any(x, M(x, g)->t0 - 1, hosts, sizeof hosts / sizeof *hosts))
                p = g;
            /* ("hosted Kyrgyz President Sadyr Japarov and Uzbek President
             * Shavkat Mirziyoyev in Khujand": each guest named) */
            size_t h = g >= 0 ? M(x, g)->t0 : u;
            while (p < 0 && g >= 0 && h > c->t0 && h + 16 > u &&
                   !tis_any(x, h - 1, hosts, sizeof hosts / sizeof *hosts) &&
                   (ment_at(x, h - 1) >= 0 || tis(x, h - 1, "and") || tis(x, h - 1, ",") ||
                    tcls(x, h - 1, KG_W_OFFICE) || (x->tok.v[h - 1].flags & KG_TOK_CAP)))
                h--;
            if (p < 0 && g >= 0 && h > c->t0 && h < M(x, g)->t0 && tis_any(x, h - 1, hosts, sizeof hosts / sizeof *hosts)) {
                int pde = x->ments[pl].de;
                for (size_t q = h; q < u; q++) {
                    int k = named_at(c, q);
                    if (k >= 0 && M(x, k)->t0 == q && !(M(x, k)->flags & KG_M_POSS))
                        visit_if_abroad(c, k, pde, modality(c, u, KG_REL_VISITS, 0));
                }
                continue;
            }
        }
        if (p < 0 || (M(x, p)->flags & (KG_M_DATELINE | KG_M_POSS)))
            continue;
        visit_if_abroad(c, p, x->ments[pl].de, modality(c, u, KG_REL_VISITS, 0));
    }
}

/* Each gate's list (window_has): gate_idx, gate_h and gate_tab have the
 * key hash of every word, filled once for all extractors (gate_init,
 * pthread_once), as are the passes' filters (sketch_affil and the
 * others). */
static const struct {
    const struct kg_lit *l;
    size_t n;
} gate_lists[KG_NGATES] = {
#define GATE(g, l) [g] = {l, sizeof l / sizeof *l}
    GATE(GATE_ALLEGES, alleges), GATE(GATE_DECLINE, decline), GATE(GATE_DENY, deny),
    GATE(GATE_OFF, off),         GATE(GATE_WHICH, which),     GATE(GATE_COLON, colon),
    GATE(GATE_WARS, wars),       GATE(GATE_ALLIED, allied),   GATE(GATE_BETWEEN, between),
    GATE(GATE_AGENTIVE, agentive), GATE(GATE_BEHEST, behest), GATE(GATE_JOINT, joint),
    GATE(GATE_BACKERS, backers), GATE(GATE_NOUNS, nouns),     GATE(GATE_HOSTS, meeting_hosts),
    GATE(GATE_WHERE, where),     GATE(GATE_AS, as_word),      GATE(GATE_CALLS, calls),
    GATE(GATE_WHAT, what),       GATE(GATE_CLAIMED, claimed), GATE(GATE_SPEND, spend),
    GATE(GATE_SIGNS, signs),     GATE(GATE_CLAIM, claiming),  GATE(GATE_RELPRO, relpros),
    GATE(GATE_OUGHT, ought),
#undef GATE
};
static pthread_once_t gate_once = PTHREAD_ONCE_INIT;
static void gate_init(void)
{
    unsigned n = 1;
    for (unsigned g = 0; g < KG_NGATES; g++)
        for (size_t j = 0; j < gate_lists[g].n; j++) {
            unsigned h = kg_key_hash(gate_lists[g].l[j].w, gate_lists[g].l[j].n), e = gate_idx[sketch_slot(h)];
            while (e && gate_h[e] != h)
                e = gate_next[e];
            if (!e) {
                if (n == KG_GATE_WORDS) {
                    fprintf(stderr, "kgraph: relation.c: more than %u gate words\n", KG_GATE_WORDS - 1);
                    abort();
                }
                e = n++;
                gate_h[e] = h;
                gate_next[e] = gate_idx[sketch_slot(h)];
                gate_idx[sketch_slot(h)] = (unsigned char)e;
            }
            gate_tab[e] |= 1u << g;
        }
    sketch_words(sketch_affil, staff, sizeof staff / sizeof *staff);
    sketch_words(sketch_affil, works, sizeof works / sizeof *works);
    sketch_words(sketch_joint, joint, sizeof joint / sizeof *joint);
    sketch_words(sketch_support, backers, sizeof backers / sizeof *backers);
    sketch_words(sketch_support, nouns, sizeof nouns / sizeof *nouns);
    sketch_words(sketch_hosts, meeting_hosts, sizeof meeting_hosts / sizeof *meeting_hosts);
}

void kg_find_relations(struct kg_extractor *x, const struct kg_article *a)
{
    struct win_cache wc;
    struct ctx c = {x, 0, 0, 0, -1, 0, 0, &wc, 0, 0, 0};
    pthread_once(&gate_once, gate_init);
    x->nrels = 0;
    for (int k = 0; k < KG_NRELS; k++)
        x->last_rel[k] = -1;
    c.home = home_state(x, a);
    size_t mc = 0; /* mentions are in token order: a cursor keeps this linear */
    for (size_t si = a->s0; si < a->s1; si++) {
        const struct kg_sent *sent = &x->sents[si];
        if (sent->dateline)
            continue;
        while (mc < x->nments && x->ments[mc].sent < si)
            mc++;
        /* a run-on "sentence" (a table, a list, a page without stops) is read
         * in windows, so that no scan grows with its length */
        for (size_t w0 = sent->t0; w0 < sent->t1; w0 += KG_WINDOW) {
            struct kg_sent win = *sent;
            win.t0 = w0;
            win.t1 = sent->t1 - w0 > KG_WINDOW ? w0 + KG_WINDOW : sent->t1;
            c.si = si;
            c.t0 = win.t0;
            c.t1 = win.t1;
            win_cache_reset(&wc, c.t0, c.t1); /* (a new window: nothing known of it yet) */
            /* mentions come in token order: the cursor moves on with the
             * windows, so a run-on sentence stays linear */
            /* (official_of and institution_seat run in this loop, before
             * c.m1 is set: c.m1 is still the last window's, so they must
             * not read the window's mention list [m0, m1), as first_actor
             * does for a range inside the window; none of what they call
             * reaches it) */
            int nm = 0;
            c.m0 = mc;
            for (; mc < x->nments && x->ments[mc].sent == si && x->ments[mc].t0 < c.t1; mc++)
                if (x->ments[mc].t0 >= c.t0 && x->ments[mc].t1 <= c.t1) {
                    nm++;
                    official_of(&c, (int)mc);
                    institution_seat(&c, (int)mc);
                }
            c.m1 = mc;
            /* (every relation has an end named in its sentence; the passes
             * after the cues need both there) */
            if (!nm)
                continue;
            size_t r0 = x->nrels;
            window_relations(&c, &win);
            if (nm < 2)
                continue;
            /* (these passes are inlined here, always_inline: each is asked
             * in nearly every window, mostly for its gate's quick no, and as
             * a call it saved and restored registers before the gate) */
            reported_attack(&c, r0);
            reported_agent(&c);
            joint_action(&c);
            support_phrases(&c);
            host_of_meeting(&c);
            where_based(&c);
            as_office(&c);
            claimed_by(&c);
            called_blame(&c);
            presence_visits(&c);
        }
    }
    known_offices(&c);
}
