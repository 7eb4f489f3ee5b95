/* kgraph.h - the subcommands and the checklists for extending kgraph.
 *
 * Exit codes: KG_EXIT_OK 0, KG_EXIT_DATA 1 (some input or output failed,
 * the rest was processed), KG_EXIT_USAGE 2 (bad command line).
 *
 * Adding a subcommand:
 *   1. write cmd_NAME(int argc, char **argv) in the stage it belongs to
 *      (extract/, graph/, export/), parsing its own options with getopt_long;
 *   2. add its prototype below and a row to commands[] in kgraph.c;
 *   3. give it --help text and a tests/cli/ test; mention it in README.md.
 * Adding an export format:
 *   1. write kg_export_NAME(const struct kg_graph *, FILE *, opts) in export/;
 *   2. add a row to kg_formats[] in export/export.c (its kind: a data file
 *      that build always writes, or a drawing it writes on --render; and
 *      whether it writes the metrics, which are computed only then);
 *   3. add a golden test and a round-trip test in a real consumer.
 * Adding a relation type:
 *   1. add the enum value in schema.h and its row in kg_relations[] (schema.c);
 *   2. add its cue rows to extract/lexicon/cues.csv;
 *   3. add fixture sentences with gold lines that exercise it.
 */
#ifndef KG_KGRAPH_H
#define KG_KGRAPH_H

#define KG_VERSION "0.1.0"

enum { KG_EXIT_OK = 0, KG_EXIT_DATA = 1, KG_EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_stats(int argc, char **argv);

#endif
