/* html.h - the HTML view (-f html): one self-contained page. */
#ifndef KG_HTML_H
#define KG_HTML_H

#include "export.h"

int kg_export_html(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);

#endif
