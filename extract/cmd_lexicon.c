/* cmd_lexicon.c - kgraph lexicon check: report what is wrong or suspect in
 * a lexicon directory before it is used. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kgraph.h"
#include "extract.h"
#include "lexicon.h"

static const char usage_text[] =
    "usage: kgraph lexicon check [--lexicon DIR]\n"
    "\n"
    "Load a lexicon directory (entities.csv, roles.csv, cues.csv, words.csv,\n"
    "offices.csv) and report, as FILE:LINE: what, every malformed row (wrong\n"
    "column count, unknown type, relation, frame or word class, bad date,\n"
    "unknown person or country, an office title given twice, a NUL or bytes\n"
    "that are not UTF-8, a quote never closed: at the line its row began on,\n"
    "fields separated by semicolons), a file that is there but cannot be\n"
    "read, and everything suspect: an alias given twice, an alias or demonym\n"
    "that names two entities, an alias that is also a relation cue or an\n"
    "English word class, two holders of one office at the same time, a\n"
    "country that is not a GPE, a first row that is no header or a header in\n"
    "another order, no cues.csv or words.csv.\n"
    "Prints a summary line on standard output.\n"
    "\n"
    "  -l, --lexicon DIR  lexicon directory (default: as kgraph extract)\n"
    "  -h, --help         show this help\n"
    "\n"
    "exit status: 0 clean, 1 problems reported, 2 usage\n";

int cmd_lexicon(int argc, char **argv)
{
    static const struct option opts[] = {
        {"lexicon", required_argument, NULL, 'l'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    const char *lexdir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:h", opts, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (kg_lexicon_opt("lexicon", optarg))
                return KG_EXIT_USAGE;
            lexdir = optarg;
            break;
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph lexicon --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    if (optind >= argc || strcmp(argv[optind], "check") || optind + 1 != argc) {
        fputs("kgraph: lexicon: expected 'check'\ntry 'kgraph lexicon --help'\n", stderr);
        return KG_EXIT_USAGE;
    }
    char *dir = kg_lexicon_dir(lexdir);
    struct kg_lexicon lx;
    int rc = kg_lexicon_load_checked(&lx, dir);
    if (rc) {
        kg_lexicon_release(&lx);
        free(dir);
        return KG_EXIT_DATA;
    }
    size_t aliases = 0, cues = 0, words = 0;
    for (size_t i = 0; i < lx.tabsize; i++) {
        if (!lx.tab[i].key)
            continue;
        aliases += lx.tab[i].ent >= 0;
        cues += lx.tab[i].cue >= 0;
        words += lx.tab[i].classes != 0 || lx.tab[i].marks != 0;
    }
    printf("%s: %zu entities, %zu aliases, %zu roles, %zu cue phrases, %zu words; %ld errors, %ld warnings\n", dir,
           lx.nents, aliases, lx.nroles, cues, words, lx.bad_rows, lx.warnings);
    rc = lx.bad_rows || lx.warnings ? KG_EXIT_DATA : KG_EXIT_OK;
    kg_lexicon_release(&lx);
    free(dir);
    return rc;
}
