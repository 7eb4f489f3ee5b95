/* cmd_eval.c - kgraph eval: extract the gold documents and score them. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../inputs.h"
#include "../kgraph.h"
#include "eval.h"
#include "extract.h"

static const char usage_text[] =
    "usage: kgraph eval [--lexicon DIR] [--stream FILE] [-v] GOLD_DIR\n"
    "\n"
    "Extract every NAME.txt in GOLD_DIR that has a NAME.gold.tsv beside it and\n"
    "score the result: precision, recall and F1 per document, entity type and\n"
    "relation type, micro-averaged, plus modality accuracy.  The last line is\n"
    "  entity_p=P entity_r=R entity_f1=F relation_p=P relation_r=R relation_f1=F\n"
    "Scoring follows SCHEMA.md and agrees with ../shared/tools/score.py.\n"
    "\n"
    "  -l, --lexicon DIR  lexicon directory (see kgraph extract --help)\n"
    "  -s, --stream FILE  score this extract stream instead of extracting\n"
    "  -v, --verbose      list every false positive and false negative\n"
    "      --norm TEXT    print TEXT as the scorer normalises it, and exit\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit status: 0 ok, 1 a gold or text file could not be read, a line of the\n"
    "stream was not JSON or a lexicon row was bad (the rest was scored), 2 usage\n";

int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {{"lexicon", required_argument, NULL, 'l'},
                                         {"stream", required_argument, NULL, 's'},
                                         {"verbose", no_argument, NULL, 'v'},
                                         {"norm", required_argument, NULL, 'N'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *lexdir = NULL, *stream = NULL;
    int verbose = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:s:vh", opts, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (kg_lexicon_opt("eval", optarg))
                return KG_EXIT_USAGE;
            lexdir = optarg;
            break;
        case 's': stream = optarg; break;
        case 'v': verbose = 1; break;
        case 'N': {
            struct kg_buf b = KG_BUF_INIT;
            kg_eval_norm(optarg, &b);
            printf("%s\n", b.buf);
            kg_buf_release(&b);
            return KG_EXIT_OK;
        }
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph eval --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        kg_error("eval needs one GOLD_DIR; try 'kgraph eval --help'");
        return KG_EXIT_USAGE;
    }
    const char *dir = argv[optind];
    int rc = KG_EXIT_OK;
    struct kg_buf out = KG_BUF_INIT;
    if (stream) {
        char *data;
        size_t len;
        if (kg_read_file(stream, &data, &len))
            return KG_EXIT_DATA;
        kg_buf_add(&out, data, len);
        free(data);
    } else {
        struct kg_extractor *x;
        if (kg_extractor_new(&x, lexdir))
            return KG_EXIT_DATA;
        /* (bad lexicon rows are reported and skipped; the scores are
         * still given, and the status says so, as extract's does) */
        if (kg_extractor_bad_rows(x))
            rc = KG_EXIT_DATA;
        /* every NAME.txt that has a NAME.gold.tsv beside it, in name order */
        char **names = NULL;
        size_t n = 0;
        if (kg_eval_gold_names(dir, &names, &n)) {
            /* (reported; scoring would say it again) */
            kg_extractor_free(x);
            kg_buf_release(&out);
            return KG_EXIT_DATA;
        }
        for (size_t i = 0; i < n; i++) {
            struct kg_buf path = KG_BUF_INIT;
            kg_buf_addf(&path, "%s%s%s.txt", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
            if (kg_extract_file(x, path.buf, &out, NULL, NULL))
                rc = KG_EXIT_DATA;
            kg_buf_release(&path);
            free(names[i]);
        }
        free(names);
        kg_extractor_free(x);
    }
    if (kg_eval_score(dir, out.buf, out.len, stream, verbose, stdout))
        rc = KG_EXIT_DATA;
    kg_buf_release(&out);
    return rc;
}
