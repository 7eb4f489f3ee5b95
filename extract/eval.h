/* eval.h - score an extract stream against NAME.gold.tsv files.
 *
 * The scoring is that of ../shared/tools/score.py (SCHEMA.md "Gold
 * files"), so that `kgraph eval` and the reference scorer print the same
 * figures for the same stream: labels match after normalisation (curly
 * quotes and dashes to ASCII, case folded, everything but letters, digits,
 * marks and white space dropped, one leading "the " dropped); an entity is
 * right when it maps to a gold entity of the same type, a relation when both
 * ends map and the relation is the same (either direction for symmetric
 * ones); duplicates count once; figures are micro-averaged.
 * kg_eval_norm approximates Unicode NFKC + casefold without tables: ASCII,
 * Latin-1 and Latin Extended-A letters are folded, Unicode spaces and
 * punctuation ranges handled; other scripts pass through unchanged.
 */
#ifndef KG_EVAL_H
#define KG_EVAL_H

#include <stdio.h>

#include "../kgbuf.h"

/* Normalise a label the way score.py's norm() does (see above). */
void kg_eval_norm(const char *s, struct kg_buf *out);

/* Score `stream` (JSON Lines, len bytes; read from the file sysname, or
 * NULL when extracted here) against the gold files in dir and print the
 * report to fp, last line "entity_p=... relation_f1=...".  Returns 0, or
 * -1 when a gold file could not be read or a line of the stream was not
 * JSON (the rest still scored). */
int kg_eval_score(const char *dir, const char *stream, size_t len, const char *sysname, int verbose, FILE *fp);

/* The NAMEs of dir's NAME.gold.tsv files, sorted; the caller frees them. */
int kg_eval_gold_names(const char *dir, char ***names, size_t *n);

#endif
