// libxml2's parser: its SAX2 push parser reads the XML parts of workbooks.
//
// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's ucnv.h, whose types
// clash with the copy of ICU inside Foundation when one Swift module imports both. Nothing here
// uses libxml2's ICU converter (it only adds members at the end of xmlCharEncodingHandler, which
// is reached through pointers alone), so its declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
