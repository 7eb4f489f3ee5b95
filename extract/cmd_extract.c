/* cmd_extract.c - kgraph extract: text in, extract stream (JSON Lines) out. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../diag.h"
#include "../inputs.h"
#include "../kgbuf.h"
#include "../kgraph.h"
#include "../progress.h"
#include "../xalloc.h"
#include "extract.h"
#include "parallel.h"

static const char usage_text[] =
    "usage: kgraph extract [--lexicon DIR] [-j N] [--max-article BYTES] [--max-sentence BYTES]\n"
    "                      [--quiet] [--stats] [INPUT...]\n"
    "\n"
    "Read news text and print one JSON object per line: an \"entity\" record for\n"
    "each entity an article names and a \"relation\" record for each relation it\n"
    "states, with modality and the evidence sentence (see README, SCHEMA).\n"
    "INPUT is a file, a directory (its *.txt files, recursively, sorted) or -\n"
    "for standard input (the default).\n"
    "\n"
    "  -l, --lexicon DIR  lexicon directory (default: $KGRAPH_LEXICON, then the\n"
    "                     shipped extract/lexicon)\n"
    "      --max-article BYTES   read a longer article in parts (default 16M,\n"
    "                     at most 1024M)\n"
    "      --max-sentence BYTES  report a longer sentence (default 64K): it is\n"
    "                     a table or a page without stops; relation rules read\n"
    "                     any sentence in windows of 256 words, so none costs\n"
    "                     more than its length, and a relation in a longer\n"
    "                     one quotes its window.  Both are reported once per\n"
    "                     file, with the line, as are bytes that are not\n"
    "                     UTF-8 and NUL bytes (read as white space).  BYTES\n"
    "                     may end in K or M.\n"
    "  -j, --jobs N       extract with N worker threads (default 1), over the\n"
    "                     files and the 64 KB windows of a big one; the output\n"
    "                     is the same bytes in the same order; give no more\n"
    "                     threads than the machine has idle cores\n"
    "  -q, --quiet        no progress line (it is drawn on standard error only\n"
    "                     when that is a terminal)\n"
    "      --stats        at the end, say on standard error how many files,\n"
    "                     articles, sentences, entity and relation records\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit status: 0 ok, 1 some input failed (the rest was processed), 2 usage\n";

/* Write each window's records as soon as they are made. */
static int to_stdout(struct kg_buf *out, void *arg)
{
    int *closed = arg;
    if (fwrite(out->buf, 1, out->len, stdout) != out->len)
        *closed = 1;
    kg_buf_reset(out);
    return *closed;
}

struct emit_ctx {
    int closed;
    const struct kg_inputs *in;
    struct kg_progress pg;
};

/* -j: the records of file i, a window at a time, in input order. */
static int emit_window(size_t i, struct kg_buf *out, int done, void *arg)
{
    struct emit_ctx *ec = arg;
    to_stdout(out, &ec->closed);
    if (done)
        kg_progress_file(&ec->pg, ec->in->paths[i]);
    return ec->closed;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {{"lexicon", required_argument, NULL, 'l'},
                                         {"max-article", required_argument, NULL, 'A'},
                                         {"max-sentence", required_argument, NULL, 'S'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"stats", no_argument, NULL, 's'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *lexdir = NULL;
    int quiet = 0, jobs = 1, stats = 0;
    size_t max_article = 0, max_sentence = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:qj:h", opts, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (kg_lexicon_opt("extract", optarg))
                return KG_EXIT_USAGE;
            lexdir = optarg;
            break;
        case 'q': quiet = 1; break;
        case 's': stats = 1; break;
        case 'j':
            if (kg_parse_jobs("extract", optarg, &jobs))
                return KG_EXIT_USAGE;
            break;
        case 'A':
        case 'S':
            if (kg_parse_size_opt("extract", optarg, c == 'A' ? &max_article : &max_sentence))
                return KG_EXIT_USAGE;
            break;
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph extract --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    struct kg_inputs in = KG_INPUTS_INIT;
    int rc = KG_EXIT_OK;
    if (kg_inputs_expand(&in, argc - optind, argv + optind, ".txt"))
        rc = KG_EXIT_DATA;
    jobs = kg_useful_jobs(in.paths, in.n, jobs);
    int bad_rows;
    struct kg_extractor **xs = kg_extractors_new(jobs, lexdir, &bad_rows);
    if (!xs) {
        kg_inputs_release(&in);
        return KG_EXIT_DATA;
    }
    if (bad_rows)
        rc = KG_EXIT_DATA;
    for (int k = 0; k < jobs; k++)
        kg_extractor_set_limits(xs[k], max_article, max_sentence);
    struct kg_buf out = KG_BUF_INIT;
    struct emit_ctx ec = {.closed = 0, .in = &in};
    kg_progress_start(&ec.pg, in.paths, in.n, quiet);
    struct kg_extract_counts counts = {0, 0, 0, 0};
    size_t failed = 0;
    if (jobs == 1) {
        for (size_t i = 0; i < in.n && !ec.closed; i++) {
            kg_buf_reset(&out);
            if (kg_extract_file(xs[0], in.paths[i], &out, to_stdout, &ec.closed)) {
                rc = KG_EXIT_DATA;
                failed++;
            }
            kg_progress_file(&ec.pg, in.paths[i]);
        }
        kg_extractor_counts(xs[0], &counts);
    } else {
        long nf = kg_extract_parallel_stream(xs, jobs, in.paths, in.n, emit_window, &ec, &counts);
        if (nf) {
            rc = KG_EXIT_DATA;
            failed = (size_t)nf;
        }
    }
    kg_progress_end(&ec.pg);
    /* (not after a closed output: the counts would be of records not
     * all written) */
    if (stats && !ec.closed) {
        unsigned long long files = in.n - failed;
        fprintf(stderr,
                "kgraph: extract: %llu file%s, %llu article%s, %llu sentence%s, %llu entity record%s, "
                "%llu relation record%s\n",
                files, KG_PLURAL(files), counts.articles, KG_PLURAL(counts.articles), counts.sentences,
                KG_PLURAL(counts.sentences), counts.entities, KG_PLURAL(counts.entities), counts.relations,
                KG_PLURAL(counts.relations));
    }
    kg_buf_release(&out);
    kg_extractors_free(xs, jobs);
    kg_inputs_release(&in);
    return rc;
}
