/* window.h - one window of a file: the unit of work of kg_extract_file
 * (one thread) and of the worker threads of parallel.c, which split one
 * file's windows among them and must give the same bytes.
 *
 * A window is the bytes [base, base + want) of the file, cut after a blank
 * line (window_end in extract.c); its last article is left for the next
 * window unless it is the only one, which makes the window read more
 * ("retry") up to the article limit.  Where the next window starts is known
 * only once the window is segmented (kg_window_prepare), before its
 * articles are extracted (kg_window_write): kg_window_next gives it.
 * kg_window_predict guesses it sooner, from the window's tail alone, so
 * that another thread can start on it; a wrong guess is thrown away.
 *
 * The windows of a file, and so the output, depend only on the file's
 * bytes and the limits: every input of a window is in struct kg_window.
 */
#ifndef KG_WINDOW_H
#define KG_WINDOW_H

#include <stddef.h>

#include "../kgbuf.h"
#include "extract.h"

#define KG_NO_OFFSET ((size_t)-1)

struct kg_window {
    /* in */
    size_t base;     /* file offset of the window */
    size_t want;     /* bytes to read first */
    int warned;      /* the long-article warning was given for this file */
    /* out: kg_window_prepare */
    size_t len;      /* bytes read (after any retry) */
    size_t used;     /* bytes consumed: the next window starts at base + used */
    size_t narts;    /* articles to write */
    int eof;         /* the file ends in this window: the last one */
    int art_warn;    /* the long-article warning is due after this window */
    size_t long_at;  /* file offset of the first long sentence, KG_NO_OFFSET */
    /* lines the consumed bytes hold (newlines); and where in the window,
     * in lines from its first, the first long sentence starts and the
     * first byte not UTF-8 and NUL of the consumed bytes are (-1: none) */
    long nl_used, long_line, bad_line, nul_line;
    int failed;      /* reading failed: err is the errno; nothing to write */
    int err;
};

/* Make b (holding bytes [base, base + b->len) of the file) hold bytes
 * [base, base + want), or all that is left (*eof = 1 when that is less).
 * Returns 0, or -1 with *err set when reading failed (or the bytes are no
 * longer to be had). */
typedef int (*kg_fill_fn)(void *src, struct kg_buf *b, size_t base, size_t want, int *eof, int *err);

/* Text from classic Mac OS ends its lines with a lone CR.  A file whose
 * first KG_CR_PROBE bytes (all of it, if shorter) hold a CR and no LF is
 * read with every CR as a newline; any other file as it is (a CR is white
 * space, as in CRLF).  Decided on those bytes alone, so a file is read the
 * same however it is cut into reads; the length does not change, so
 * offsets stay the file's.  Every reader of files calls both. */
#define KG_CR_PROBE 4096
int kg_cr_lines(const char *buf, size_t n);
void kg_cr_to_lf(char *buf, size_t n);

/* The first window of a file. */
void kg_window_first(const struct kg_extractor *x, struct kg_window *w);
/* Read and segment the window (retrying with more bytes as one thread
 * would); leaves x ready for kg_window_write. */
void kg_window_prepare(struct kg_extractor *x, struct kg_window *w, struct kg_buf *b, kg_fill_fn fill, void *src);
/* The window after w (w prepared, not eof, not failed). */
void kg_window_next(const struct kg_extractor *x, const struct kg_window *w, struct kg_window *next);
/* Guess the window after w from the tail of its first read (b, not eof):
 * 1 and *next, or 0 when the tail does not tell.  Uses x (as scratch). */
int kg_window_predict(struct kg_extractor *x, const struct kg_window *w, const struct kg_buf *b,
                      struct kg_window *next);
/* Same inputs? */
int kg_window_same(const struct kg_window *a, const struct kg_window *b);

/* Where a doc name goes: article `art` of the window (0, 1, ...) at byte
 * `off` of the window's records. */
struct kg_splice {
    size_t off;
    size_t art;
};

/* Extract and write the prepared window's articles to `out`.  The first
 * one is article number artno of file `doc`; with `splices` non-NULL the
 * doc names are left out and their places appended there instead (see
 * kg_put_docname).  `stop`, when non-NULL and set, ends early.  Adds what
 * it wrote to *counts.  Returns the number of articles. */
size_t kg_window_write(struct kg_extractor *x, const struct kg_window *w, const char *doc, size_t artno,
                       struct kg_buf *out, struct kg_buf *splices, const int *stop,
                       struct kg_extract_counts *counts);

/* Append the doc name of article artno (0-based) of `doc` as a JSON
 * string; `jdoc` caches doc escaped (kept between calls, empty at first). */
void kg_put_docname(struct kg_buf *out, struct kg_buf *jdoc, const char *doc, size_t artno);

/* What a file's windows said once for the file (the bits of
 * kg_window_warn's *said). */
enum { KG_SAID_SENTENCE = 1, KG_SAID_BAD = 2, KG_SAID_NUL = 4 };

/* The warnings, as one thread gives them, for window w of file doc
 * starting on line `line` (1 for the first): a long sentence, bytes not
 * UTF-8 and a NUL, each the first time a window of the file holds one
 * (*said, 0 at the file's start); and, after a window with art_warn, an
 * article longer than the limit. */
void kg_window_warn(const struct kg_extractor *x, const char *doc, const struct kg_window *w, long line,
                    unsigned *said);
void kg_window_warn_article(const struct kg_extractor *x, const char *doc, long line);

#endif
