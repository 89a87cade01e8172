// A canonical one-line-per-node dump of the programme, in the gold outline
// notation ("  KIND[ NUMBER]: TITLE", two spaces a level). Prose (texte) is
// left out; sections are kept. Reader tests compare against it, so they do
// not depend on the YAML or JSON writers.
#pragma once

#include <string>
#include <vector>

#include "schema/model.h"

namespace perr {

std::string dump_outline(const std::vector<Node>& nodes);

} // namespace perr
