#include "utilities/xml_tree.h"

#include <libxml/parser.h>

#include <climits>

namespace perr {
namespace {

std::string_view name_of(const xmlChar* s) {
    return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

} // namespace

XmlDoc parse_xml(std::string_view xml) {
    if (xml.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
    // No XML_PARSE_NOENT (entities stay references), no DTDLOAD (nothing
    // fetched), NONET; libxml2 also caps entity amplification itself.
    constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    return XmlDoc(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "office.xml", nullptr, kOptions));
}

bool is_element(const xmlNode* n, std::string_view local_name) {
    return n != nullptr && n->type == XML_ELEMENT_NODE && name_of(n->name) == local_name;
}

std::string attribute(const xmlNode* n, std::string_view local_name) {
    for (const xmlAttr* a = n->properties; a != nullptr; a = a->next)
        if (name_of(a->name) == local_name && a->children != nullptr)
            return std::string(name_of(a->children->content));
    return {};
}

bool has_attribute(const xmlNode* n, std::string_view local_name) {
    for (const xmlAttr* a = n->properties; a != nullptr; a = a->next)
        if (name_of(a->name) == local_name) return true;
    return false;
}

const xmlNode* child(const xmlNode* n, std::string_view local_name) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next)
        if (is_element(c, local_name)) return c;
    return nullptr;
}

} // namespace perr
