/* html.c - one self-contained page: the graph drawn by Graphviz (SVG,
 * inline), nodes and edges that show their evidence when clicked, a search
 * box, and a table of edges.  No network, no CDN: the data travels in the
 * page as JSON and the script is ours. */
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kgbuf.h"
#include "../schema.h"

static const char head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>kgraph</title>\n<style>\n"
    "body{font:14px/1.4 sans-serif;margin:0;display:flex;flex-direction:column;height:100vh}\n"
    "header{padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ccc;display:flex;gap:12px;align-items:center}\n"
    "#kg-search{width:260px;padding:3px 6px}\n"
    "main{flex:1;display:flex;min-height:0}\n"
    "#kg-svg{flex:3;overflow:auto;border-right:1px solid #ccc}\n"
    "#kg-side{flex:2;overflow:auto;padding:8px}\n"
    "#kg-evidence li{margin:4px 0}\n"
    ".kg-doc{color:#666;font-size:12px}\n"
    "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:2px 4px;text-align:left}\n"
    "tr.kg-row{cursor:pointer}tr.kg-row:hover{background:#eef}\n"
    "#kg-svg svg{max-width:100%;height:auto}\n"
    "g.node,g.edge{cursor:pointer}.kg-hit polygon,.kg-hit ellipse,.kg-hit path{stroke:#d00;stroke-width:3}\n"
    ".kg-dim{opacity:.25}\n"
    "</style>\n</head>\n<body>\n<header><strong>kgraph</strong>"
    "<input id=\"kg-search\" type=\"search\" placeholder=\"search entities and relations\">"
    "<span id=\"kg-count\"></span></header>\n<main>\n<div id=\"kg-svg\">\n";

static const char middle[] =
    "</div>\n<div id=\"kg-side\">\n<h3 id=\"kg-title\">Click a node or an edge</h3>\n"
    "<ul id=\"kg-evidence\"></ul>\n<h3>Edges</h3>\n<table id=\"kg-table\"><thead><tr>"
    "<th>source</th><th>relation</th><th>target</th><th>weight</th><th>modality</th></tr></thead>"
    "<tbody></tbody></table>\n</div>\n</main>\n<script type=\"application/json\" id=\"kg-data\">";

static const char script[] =
    "</script>\n<script>\n"
    "(function(){\n"
    "var D=JSON.parse(document.getElementById('kg-data').textContent);\n"
    "var label={};D.nodes.forEach(function(n){label[n.id]=n.label;});\n"
    "var ev=document.getElementById('kg-evidence'),title=document.getElementById('kg-title');\n"
    "function txt(t){return document.createTextNode(t);}\n"
    "function show(head,edges){title.textContent=head;ev.textContent='';\n"
    " edges.forEach(function(e){e.evidence.forEach(function(v){var li=document.createElement('li');\n"
    "  li.appendChild(txt(label[e.source]+' '+e.relation+' '+label[e.target]+' ('+v.modality+'): '+v.sentence+' '));\n"
    "  var s=document.createElement('span');s.className='kg-doc';s.appendChild(txt(v.doc+(v.date?' '+v.date:'')));\n"
    "  li.appendChild(s);ev.appendChild(li);});});\n"
    " if(!edges.length){var li=document.createElement('li');li.appendChild(txt('no relations'));ev.appendChild(li);}}\n"
    "function ofNode(id){return D.edges.filter(function(e){return e.source===id||e.target===id;});}\n"
    "function gtitle(g){var t=g.querySelector('title');return t?t.textContent:'';}\n"
    "function gtext(g){var t=g.querySelector('text');return t?t.textContent:'';}\n"
    "var svg=document.querySelector('#kg-svg svg');\n"
    "if(svg){svg.querySelectorAll('g.node').forEach(function(g){var id=gtitle(g);\n"
    "  g.addEventListener('click',function(){show(label[id]||id,ofNode(id));});});\n"
    " svg.querySelectorAll('g.edge').forEach(function(g){var t=gtitle(g),i=t.indexOf('->'),r=gtext(g);\n"
    "  if(i<0)return;var a=t.slice(0,i),b=t.slice(i+2);\n"
    "  g.addEventListener('click',function(){show(label[a]+' '+r+' '+label[b],D.edges.filter(function(e){\n"
    "   return e.source===a&&e.target===b&&(!r||e.relation===r);}));});});}\n"
    "var tb=document.querySelector('#kg-table tbody');\n"
    "D.edges.forEach(function(e){var tr=document.createElement('tr');tr.className='kg-row';\n"
    " [label[e.source],e.relation,label[e.target],String(e.weight),e.modality].forEach(function(c){\n"
    "  var td=document.createElement('td');td.appendChild(txt(c));tr.appendChild(td);});\n"
    " tr.addEventListener('click',function(){show(label[e.source]+' '+e.relation+' '+label[e.target],[e]);});\n"
    " e.row=tr;tb.appendChild(tr);});\n"
    "var count=document.getElementById('kg-count');\n"
    "count.textContent=D.nodes.length+' entities, '+D.edges.length+' edges';\n"
    "document.getElementById('kg-search').addEventListener('input',function(){var q=this.value.toLowerCase();\n"
    " D.edges.forEach(function(e){var hay=(label[e.source]+' '+e.relation+' '+label[e.target]).toLowerCase();\n"
    "  e.row.style.display=!q||hay.indexOf(q)>=0?'':'none';});\n"
    " if(svg)svg.querySelectorAll('g.node').forEach(function(g){var id=gtitle(g),l=(label[id]||id).toLowerCase();\n"
    "  g.classList.toggle('kg-hit',!!q&&l.indexOf(q)>=0);g.classList.toggle('kg-dim',!!q&&l.indexOf(q)<0);});});\n"
    /* a self-test for headless browsers: page.html#kg-test clicks the
     * first edge of the drawing, or the first row */
    "if(location.hash==='#kg-test'){var g=svg&&svg.querySelector('g.edge');\n"
    " (g||tb.querySelector('tr')).dispatchEvent(new MouseEvent('click',{bubbles:true}));}\n"
    "})();\n</script>\n</body>\n</html>\n";

/* JSON string inside <script>: "</" must not close the element. */
static void jstr(struct kg_buf *b, const char *s)
{
    struct kg_buf t = KG_BUF_INIT;
    kg_buf_add_json_str(&t, s, strlen(s));
    for (size_t i = 0; i < t.len; i++) {
        if (t.buf[i] == '<')
            kg_buf_adds(b, "\\u003c");
        else
            kg_buf_addc(b, t.buf[i]);
    }
    kg_buf_release(&t);
}

static void data_json(const struct kg_graph *g, struct kg_buf *b)
{
    kg_buf_adds(b, "{\"nodes\":[");
    for (size_t i = 0; i < g->nents; i++) {
        const struct kg_entity *e = &g->ents[i];
        kg_buf_adds(b, i ? ",{\"id\":" : "{\"id\":");
        jstr(b, e->id);
        kg_buf_adds(b, ",\"label\":");
        jstr(b, e->label);
        kg_buf_addf(b, ",\"type\":\"%s\"}", kg_etype_names[e->type]);
    }
    kg_buf_adds(b, "],\"edges\":[");
    for (size_t i = 0; i < g->nedges; i++) {
        const struct kg_edge *e = &g->edges[i];
        kg_buf_adds(b, i ? ",{\"source\":" : "{\"source\":");
        jstr(b, g->ents[e->source].id);
        kg_buf_adds(b, ",\"target\":");
        jstr(b, g->ents[e->target].id);
        kg_buf_addf(b, ",\"relation\":\"%s\",\"weight\":%ld,\"modality\":\"%s\",\"evidence\":[",
                    kg_relations[e->relation].name, e->weight, kg_modality_names[e->modality]);
        for (long k = 0; k < e->instances; k++) {
            const struct kg_evidence *v = &g->ev[e->ev_first + (size_t)k];
            kg_buf_adds(b, k ? ",{\"doc\":" : "{\"doc\":");
            jstr(b, v->doc);
            kg_buf_adds(b, ",\"date\":");
            jstr(b, v->date);
            kg_buf_addf(b, ",\"modality\":\"%s\",\"sentence\":", kg_modality_names[v->modality]);
            jstr(b, v->sentence);
            kg_buf_addc(b, '}');
        }
        kg_buf_adds(b, "]}");
    }
    kg_buf_adds(b, "]}");
}

int kg_export_html(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    /* the drawing, as SVG in memory, without its XML prolog */
    char *svg = NULL;
    size_t nsvg = 0;
    FILE *mem = open_memstream(&svg, &nsvg);
    if (!mem)
        return -1;
    int drawn = kg_export_svg(g, mem, o) == 0;
    if (fclose(mem) != 0)
        drawn = 0;
    /* without a drawing the page still has the table and the evidence */
    const char *start = svg ? strstr(svg, "<svg") : NULL;
    int rc = 0;
    struct kg_buf b = KG_BUF_INIT;
    kg_buf_adds(&b, head);
    if (drawn && start)
        kg_buf_add(&b, start, nsvg - (size_t)(start - svg));
    else
        kg_buf_adds(&b, "<p>(no drawing)</p>");
    kg_buf_adds(&b, middle);
    data_json(g, &b);
    kg_buf_adds(&b, script);
    free(svg);
    if (fwrite(b.buf, 1, b.len, fp) != b.len)
        rc = -1;
    kg_buf_release(&b);
    return rc;
}
