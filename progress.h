/* progress.h - a progress line on standard error for long runs:
 *
 *   kgraph: 120/1000 files, 35.2/300.0 MB, 12.3 MB/s, ETA 0:21
 *
 * shown only when standard error is a terminal and not --quiet, redrawn at
 * most every half second, ended with a newline.  Silent in pipes and logs.
 */
#ifndef KG_PROGRESS_H
#define KG_PROGRESS_H

#include <stddef.h>

struct kg_progress {
    int on;            /* drawing at all */
    int drawn;         /* something is on the line */
    size_t files, nfiles;
    double bytes, nbytes;
    double t0, last;   /* start, last redraw (seconds) */
};

/* Start for these paths (their sizes are summed; "-" counts as unknown). */
void kg_progress_start(struct kg_progress *p, char *const *paths, size_t n, int quiet);
/* One more file done (its size is taken from stat). */
void kg_progress_file(struct kg_progress *p, const char *path);
/* End the line. */
void kg_progress_end(struct kg_progress *p);

#endif
