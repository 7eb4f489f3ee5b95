/* parallel.h - extraction over worker threads.
 *
 * `jobs` threads, each with its own extractor xs[k] (they share nothing),
 * take the files in turn; `emit` is called on the calling thread with each
 * file's records in input order, so the output is byte-identical to one
 * thread.  A worker never runs more than 4 x jobs files ahead of the
 * writer.  `emit` returning non-zero stops the run.  Returns the number of
 * files that could not be read (each reported).
 */
#ifndef KG_PARALLEL_H
#define KG_PARALLEL_H

#include <stddef.h>

#include "../kgbuf.h"
#include "extract.h"

long kg_extract_parallel(struct kg_extractor **xs, int jobs, char *const *paths, size_t n,
                         int (*emit)(size_t i, struct kg_buf *out, void *arg), void *arg);

/* `jobs` extractors on the same lexicon (its messages said once); NULL when
 * it cannot be loaded (reported).  *bad_rows: some rows were reported. */
struct kg_extractor **kg_extractors_new(int jobs, const char *lexdir, int *bad_rows);
void kg_extractors_free(struct kg_extractor **xs, int jobs);

#define KG_MAX_JOBS 256

/* -j N for command `cmd`: 0, or -1 (reported) when N is not 1..KG_MAX_JOBS. */
int kg_parse_jobs(const char *cmd, const char *arg, int *jobs);

#endif
