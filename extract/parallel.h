/* parallel.h - extraction over worker threads.
 *
 * `jobs` threads, each with its own extractor xs[k] (they share only the
 * lexicon, which nothing writes once it is loaded), share out the windows
 * of the files (window.h): several files, or one big one, keep them all
 * busy.  The calling thread is one of them (jobs - 1 are
 * started).  `emit` gets the records in input order, byte-identical to one
 * thread, with the same warnings and errors in the same order; it is called
 * by one thread at a time, not always the calling one (when it says stop,
 * its errno is the caller's on return).  Memory is bounded: at most
 * 4 x jobs windows are extracted ahead of the writer.
 * `emit` returning non-zero stops the run.  Returns the number of files
 * that could not be read (each reported); adds what was written to
 * *counts (when not NULL).
 */
#ifndef KG_PARALLEL_H
#define KG_PARALLEL_H

#include <stddef.h>

#include "../kgbuf.h"
#include "extract.h"

/* emit gets file i's records a window at a time, `done` set on its last
 * call for the file (with what is left, maybe nothing; also after a file
 * that failed).  It may empty `out`. */
long kg_extract_parallel_stream(struct kg_extractor **xs, int jobs, char *const *paths, size_t n,
                                int (*emit)(size_t i, struct kg_buf *out, int done, void *arg), void *arg,
                                struct kg_extract_counts *counts);
/* `jobs` extractors on the same lexicon, loaded once (by xs[0], to be freed
 * last: kg_extractors_free); NULL when it cannot be loaded (reported).
 * *bad_rows: some rows were reported. */
struct kg_extractor **kg_extractors_new(int jobs, const char *lexdir, int *bad_rows);
void kg_extractors_free(struct kg_extractor **xs, int jobs);

/* Threads beyond the number of windows would only load the lexicon: the
 * jobs worth starting for these inputs (a window per started megabyte;
 * standard input and other files that do not say their size count as many). */
int kg_useful_jobs(char *const *paths, size_t n, int jobs);

#define KG_MAX_JOBS 256

/* -j N for command `cmd`: 0, or -1 (reported) when N is not 1..KG_MAX_JOBS. */
int kg_parse_jobs(const char *cmd, const char *arg, int *jobs);

#endif
