/* extract.h - the extraction stage: text in, extract-stream records out.
 *
 * A struct kg_extractor holds the compiled lexicon (entities, roles, relation
 * cues, word classes) and per-document scratch space.  It is built once and
 * used for any number of documents, one at a time; memory is proportional to
 * the lexicon plus the largest document, never to the corpus.
 *
 * kg_extract_text appends the JSON Lines records of SCHEMA.md ("entity" and
 * "relation" records, in document order, every relation end preceded by its
 * entity record) for one input file to `out`.  A file holding several
 * articles gives docs "NAME#1", "NAME#2", ... for the second and later ones.
 */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include <stddef.h>

#include "../kgbuf.h"

struct kg_extractor;

/* Load the lexicon from directory `dir` (NULL: $KGRAPH_LEXICON, then
 * extract/lexicon beside the binary, then the installed data directory).
 * Bad rows are reported with file:line and skipped; returns -1 only when
 * nothing usable could be loaded. */
int kg_extractor_new(struct kg_extractor **out, const char *dir);
void kg_extractor_free(struct kg_extractor *x);
/* Limits in bytes (0: the default): an article longer than max_article
 * (16 MB; 1 GB at most, a larger one is cut to that) is read in parts, a
 * sentence longer than max_sentence (64 KB) is reported (relation rules
 * read every sentence in windows of 256 words); each once per file. */
void kg_extractor_set_limits(struct kg_extractor *x, size_t max_article, size_t max_sentence);
/* The lexicon directory kg_extractor_new would use for `dir` (malloc'd). */
char *kg_lexicon_dir(const char *dir);
/* Is arg, given to `cmd --lexicon`, a name at all?  0, or -1 with a
 * message (a usage error: "" would name the root's /entities.csv). */
int kg_lexicon_opt(const char *cmd, const char *arg);
/* Number of lexicon rows that were reported as bad while loading. */
long kg_extractor_bad_rows(const struct kg_extractor *x);

/* Extract `len` bytes of `text` named `doc`; append records to `out`.
 * Invalid UTF-8 and NUL bytes are read as white space and said, once
 * each per call, with the line of the first.  Returns 0. */
int kg_extract_text(struct kg_extractor *x, const char *doc, const char *text, size_t len,
                    struct kg_buf *out);

/* What an extraction wrote: the articles, their sentences as the segmenter
 * cuts them (a headline or a dateline is one), and the entity and relation
 * records.  kg_extract_file and kg_extract_text add to the extractor's
 * own (read them with kg_extractor_counts); parallel.h's threads add to
 * the caller's. */
struct kg_extract_counts {
    unsigned long long articles, sentences, entities, relations;
};
void kg_extractor_counts(const struct kg_extractor *x, struct kg_extract_counts *c);

/* *to += *c */
static inline void kg_extract_counts_add(struct kg_extract_counts *to, const struct kg_extract_counts *c)
{
    to->articles += c->articles;
    to->sentences += c->sentences;
    to->entities += c->entities;
    to->relations += c->relations;
}

/* A stream's doc name as the file it came from: the length of doc without
 * the "#N" that names a file's second article on ("a.txt#2").  (A file
 * whose own name ends in # and digits is taken for an article of another:
 * build --update looks for the whole name first.) */
size_t kg_docname_file(const char *doc);
/* The doc name extract writes for the file at path, appended to name: the
 * path made valid UTF-8, as kg_buf_add_clean makes it (and merge reads it). */
void kg_docname_of_path(const char *path, struct kg_buf *name);

/* Extract the file at `path` ("-": standard input) reading it in windows of
 * about a megabyte that end between articles, so memory does not grow with
 * the file.  Records are appended to `out`; when `flush` is given it is
 * called after each window (it writes and empties `out`; non-zero stops).
 * Returns 0, or -1 when the file could not be opened or read (reported). */
int kg_extract_file(struct kg_extractor *x, const char *path, struct kg_buf *out,
                    int (*flush)(struct kg_buf *out, void *arg), void *arg);

#endif
