/* inputs.h - turn command-line INPUT arguments into a sorted list of files.
 *
 * A file is taken as it is; a directory contributes its *.txt files found
 * recursively (symlinked directories are not followed, so loops cannot
 * occur), sorted by path; "-" (or no argument at all) is standard input.
 * Missing or unreadable paths are reported and counted, the rest kept.
 */
#ifndef KG_INPUTS_H
#define KG_INPUTS_H

#include <stddef.h>

struct kg_inputs {
    char **paths;  /* owned paths; "-" means standard input */
    size_t n;      /* number of paths */
    size_t alloc;  /* capacity */
    int errors;    /* paths that could not be used (already reported) */
};

#define KG_INPUTS_INIT {NULL, 0, 0, 0}

/* Expand argv[0..argc-1]; `suffix` (".txt") selects files inside directories
 * (NULL takes every regular file).  Returns 0, or -1 if some path failed. */
int kg_inputs_expand(struct kg_inputs *in, int argc, char **argv, const char *suffix);
void kg_inputs_release(struct kg_inputs *in);

/* Read a whole file ("-" = stdin) into a malloc'd NUL-terminated buffer.
 * Reports "kgraph: PATH: reason" and returns -1 on failure. */
int kg_read_file(const char *path, char **data, size_t *len);

/* Parse a size in bytes: digits, optionally followed by K or M (1024-based).
 * 0 on success, -1 when malformed, zero or too big. */
int kg_parse_size(const char *s, size_t *out);
/* kg_parse_size for an option of command cmd (--max-article and
 * --max-sentence of extract and build): reports a bad size, -1. */
int kg_parse_size_opt(const char *cmd, const char *arg, size_t *out);

#endif
