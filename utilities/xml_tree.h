// A thin libxml2 wrapper for the XML inside office files (word/document.xml,
// content.xml): parsed with no network, no external entities and no DTD
// loading, errors counted instead of printed. Elements and attributes are
// matched by local name: the readers know which vocabulary they walk.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace perr {

struct XmlDocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// nullptr when `xml` is not well-formed.
XmlDoc parse_xml(std::string_view xml);

bool is_element(const xmlNode* n, std::string_view local_name);
// The value of the attribute named `local_name` (any namespace); "" when absent.
std::string attribute(const xmlNode* n, std::string_view local_name);
bool has_attribute(const xmlNode* n, std::string_view local_name);
// The first element child named `local_name`; nullptr when none.
const xmlNode* child(const xmlNode* n, std::string_view local_name);

} // namespace perr
