/* diag.h - the one diagnostic format.
 *
 *   kgraph: what went wrong
 *   kgraph: FILE:LINE: what went wrong
 *   kgraph: warning: FILE:LINE: something odd
 *
 * Messages go to stderr, lower case, no final full stop.  Functions that
 * detect an error report it here and return -1; callers only pass -1 up.
 */
#ifndef KG_DIAG_H
#define KG_DIAG_H

#define KG_PRINTF(a, b) __attribute__((format(printf, a, b)))

/* Print "kgraph: MSG" and return -1, so `return kg_error(...)` works. */
int kg_error(const char *fmt, ...) KG_PRINTF(1, 2);
/* Print "kgraph: FILE:LINE: MSG" (LINE 0 omits it) and return -1. */
int kg_error_at(const char *file, long line, const char *fmt, ...) KG_PRINTF(3, 4);
/* Print "kgraph: warning: FILE:LINE: MSG" (file NULL omits the place). */
void kg_warn_at(const char *file, long line, const char *fmt, ...) KG_PRINTF(3, 4);
/* Number of warnings printed so far; with kg_diag_quiet warnings are counted
 * only, and with kg_diag_quiet 2 (the fuzz targets) errors are not printed
 * either (they are still returned). */
extern long kg_diag_warnings;
extern int kg_diag_quiet;

/* "s" after a count other than one ("1 file", "2 files") */
#define KG_PLURAL(n) ((n) == 1 ? "" : "s")

#endif
