// Signature blocks: "role / name" pairs, from table cells (<p>role</p>
// <p>name</p> TAB ...) or from plain lines, in document order.
#pragma once

#include <string_view>
#include <vector>

#include "schema/model.h"

namespace perr {

struct SignatureLine {
    std::string_view raw;
    int number;
};

std::vector<Signatory> read_signatures(const std::vector<SignatureLine>& lines);

// A signer's function ("Le Maire de Drancy", "Le préfet de …").
bool is_signer_role(std::string_view piece);
// A person's name with the surname in capitals ("Aude LAGARDE").
bool is_person_name(std::string_view piece);

} // namespace perr
