/* text.h - escaping shared by the writers: valid UTF-8 without control
 * characters, then the format's own escapes. */
#ifndef KG_EXPORT_TEXT_H
#define KG_EXPORT_TEXT_H

#include "../kgbuf.h"

/* Append `s` made valid UTF-8 (bad bytes -> U+FFFD) with control characters
 * other than tab and newline replaced by a space. */
void kg_text_clean(struct kg_buf *b, const char *s);
/* Append `s` cleaned and escaped for XML text and attribute values. */
void kg_text_xml(struct kg_buf *b, const char *s);

#endif
