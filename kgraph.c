/* kgraph.c - main(): the command table, global flags, dispatch, exit codes. */
#include "kgraph.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "graph/kggraph.h"

struct command {
    const char *name;               /* kgraph NAME */
    int (*fn)(int argc, char **argv);
    const char *help;               /* one line for `kgraph help` */
};

static const struct command commands[] = {
    {"extract", cmd_extract, "read news text, print entity and relation records (JSON Lines)"},
    {"merge", cmd_merge, "merge extract or merged streams into one canonical merged stream"},
    {"export", cmd_export, "write a graph from streams: dot, graphml, csv, jsonl, json, gexf, svg, png, pdf, html"},
    {"build", cmd_build, "extract, merge and export in one go into a directory (default out/)"},
    {"lexicon", cmd_lexicon, "check a lexicon directory: malformed rows, duplicate and colliding aliases"},
    {"stats", cmd_stats, "summarise a graph from streams: counts, dates, communities, top PageRank"},
    {"eval", cmd_eval, "score extraction against NAME.gold.tsv files (precision, recall, F1)"},
    {NULL, NULL, NULL},
};

static void usage(FILE *fp)
{
    fputs("usage: kgraph COMMAND [OPTIONS] [INPUT...]\n"
          "       kgraph --version | --help | help COMMAND\n\ncommands:\n",
          fp);
    for (const struct command *c = commands; c->name; c++)
        fprintf(fp, "  %-8s %s\n", c->name, c->help);
    fputs("\nINPUT is a file, a directory (its *.txt files, recursively, sorted) or -\n"
          "for standard input (the default).  `kgraph COMMAND --help` for options.\n"
          "exit status: 0 ok, 1 some input or output failed (the rest was processed),\n"
          "2 usage error.\n",
          fp);
}

/* A write error on stdout (full disk, closed pipe) must not pass silently. */
static int finish_stdout(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno == EPIPE)
            return rc ? rc : KG_EXIT_DATA;
        /* a command that failed has said why already */
        if (rc == KG_EXIT_OK)
            kg_error("error writing standard output: %s", strerror(errno));
        return KG_EXIT_DATA;
    }
    return rc;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "C");
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        usage(stderr);
        return KG_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
        usage(stdout);
        return finish_stdout(KG_EXIT_OK);
    }
    if (!strcmp(name, "--version") || !strcmp(name, "version")) {
        printf("kgraph %s\n", KG_VERSION);
        return finish_stdout(KG_EXIT_OK);
    }
    if (!strcmp(name, "help")) {
        if (argc < 3) {
            usage(stdout);
            return finish_stdout(KG_EXIT_OK);
        }
        name = argv[2];
        for (const struct command *c = commands; c->name; c++)
            if (!strcmp(c->name, name)) {
                char *hargv[] = {argv[2], "--help", NULL};
                return finish_stdout(c->fn(2, hargv));
            }
        kg_error("unknown command '%s'; see 'kgraph --help'", name);
        return KG_EXIT_USAGE;
    }
    for (const struct command *c = commands; c->name; c++) {
        if (!strcmp(c->name, name)) {
            kg_graph_setup();
            /* (getopt names argv[0] in its messages: "kgraph: unrecognized
             * option", as every message of ours begins) */
            static char prog[] = "kgraph";
            argv[1] = prog;
            return finish_stdout(c->fn(argc - 1, argv + 1));
        }
    }
    kg_error("unknown command '%s'; see 'kgraph --help'", name);
    return KG_EXIT_USAGE;
}
