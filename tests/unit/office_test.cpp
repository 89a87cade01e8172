#include <doctest/doctest.h>

#include <string>

#include "parsers/office_paragraph.h"
#include "parsers/office_reader.h"

using namespace perr;

namespace {

const std::string kW =
    R"X(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")X";

std::string docx_body(const std::string& paragraphs) {
    return "<w:document " + kW + "><w:body>" + paragraphs + "</w:body></w:document>";
}

std::string wp(const std::string& text, const std::string& ppr = "", const std::string& rpr = "") {
    return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:rPr>" + rpr + "</w:rPr><w:t>" + text +
           "</w:t></w:r></w:p>";
}

std::string num(int ilvl, int id = 1) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
           std::to_string(id) + "\"/></w:numPr>";
}

ParagraphDocument ok(OfficeRead r) {
    if (!r) FAIL(r.error().message);
    return std::move(r).value();
}

} // namespace

TEST_CASE("perr::format_list_number") {
    CHECK(format_list_number(3, "decimal") == "3");
    CHECK(format_list_number(2, "lowerLetter") == "b");
    CHECK(format_list_number(28, "upperLetter") == "BB");
    CHECK(format_list_number(14, "upperRoman") == "XIV");
    CHECK(format_list_number(4, "i") == "iv");
}

TEST_CASE("docx: Heading N styles, Title and outline levels give heading levels") {
    std::string styles = "<w:styles " + kW + R"X(>
      <w:style w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
      <w:style w:styleId="MonTitre"><w:name w:val="Mon titre"/><w:basedOn w:val="Titre1"/></w:style>
      <w:style w:styleId="T"><w:name w:val="Title"/></w:style>
      <w:style w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
      </w:styles>)X";
    auto doc =
        ok(read_docx_xml(docx_body(wp("Le protocole", "<w:pStyle w:val=\"T\"/>") +
                                   wp("Axe 1 : Emploi", "<w:pStyle w:val=\"Titre1\"/>") +
                                   wp("Axe 2", "<w:pStyle w:val=\"MonTitre\"/>") +
                                   wp("Objectif", "<w:pStyle w:val=\"Plan\"/>") + wp("Texte")),
                         styles, ""));
    REQUIRE(doc.paragraphs.size() == 5);
    CHECK(doc.paragraphs[0].heading_level == 1);
    CHECK(doc.paragraphs[1].heading_level == 1);
    CHECK(doc.paragraphs[2].heading_level == 1); // through basedOn
    CHECK(doc.paragraphs[3].heading_level == 3);
    CHECK(doc.paragraphs[4].heading_level == 0);
    CHECK(doc.paragraphs[4].number == 5);
}

TEST_CASE("docx: w:numPr levels and numbering.xml formats rebuild \"1.2.3\"") {
    std::string numbering = "<w:numbering " + kW + R"X(>
      <w:abstractNum w:abstractNumId="7">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="8">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
        <w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
      </w:numbering>)X";
    auto doc = ok(read_docx_xml(
        docx_body(wp("Emploi", num(0)) + wp("Formation", num(1)) + wp("Apprentissage", num(2)) +
                  wp("Insertion", num(1)) + wp("Habitat", num(0)) + wp("Logement", num(1)) +
                  wp("Puce", num(0, 2)) + wp("Lettre", num(1, 2)) + wp("Lettre deux", num(1, 2)) +
                  wp("Hors liste", "<w:numPr><w:numId w:val=\"0\"/></w:numPr>")),
        "", numbering));
    REQUIRE(doc.paragraphs.size() == 10);
    const char* expected[] = {"1", "1.1", "1.1.1", "1.2", "2", "2.1"};
    for (int i = 0; i < 6; ++i)
        CHECK(doc.paragraphs[static_cast<std::size_t>(i)].numbering().text == expected[i]);
    CHECK(doc.paragraphs[2].list_level == 3);
    CHECK(doc.paragraphs[2].text == "Apprentissage");
    CHECK_FALSE(doc.paragraphs[6].marker.empty()); // Symbol font's private-use bullet
    CHECK(doc.paragraphs[6].list_level == 1);
    CHECK(doc.paragraphs[7].numbering().text == "a");
    CHECK(doc.paragraphs[8].numbering().text == "b");
    CHECK(doc.paragraphs[9].list_level == 0);
}

TEST_CASE("docx: bold runs and styles, tables cell by cell, deletions left out") {
    std::string styles = "<w:styles " + kW + R"X(>
      <w:style w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
      </w:styles>)X";
    std::string table = "<w:tbl><w:tr><w:tc>" + wp("Cellule un") + "</w:tc><w:tc>" +
                        wp("Cellule deux") + "</w:tc></w:tr></w:tbl>";
    auto doc =
        ok(read_docx_xml(docx_body(wp("Objectifs :", "", "<w:b/>") +
                                   wp("Label", "", "<w:rStyle w:val=\"Strong\"/>") +
                                   wp("Pas gras", "", "<w:b w:val=\"0\"/>") + table +
                                   "<w:p><w:r><w:t>Gardé</w:t></w:r><w:del><w:r><w:delText>effacé</"
                                   "w:delText></w:r></w:del></w:p>"),
                         styles, ""));
    REQUIRE(doc.paragraphs.size() == 6);
    CHECK(doc.paragraphs[0].emphasis == Emphasis::bold);
    CHECK(static_cast<bool>(doc.paragraphs[0].colon));
    CHECK(doc.paragraphs[1].emphasis == Emphasis::bold);
    CHECK(doc.paragraphs[2].emphasis == Emphasis::plain);
    CHECK(doc.paragraphs[4].text == "Cellule deux");
    CHECK(doc.paragraphs[5].text == "Gardé");
}

TEST_CASE("docx: not well-formed XML is an error, not a crash") {
    auto r = read_docx_xml("<w:document><w:body><w:p>", "", "");
    REQUIRE(!r.ok());
    CHECK(r.error().kind == ErrorKind::unreadable);
    CHECK(r.error().message == "damaged Word document: word/document.xml is not well-formed XML");
}

namespace {

const std::string kOdfNs =
    R"X(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )X"
    R"X(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )X"
    R"X(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )X"
    R"X(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")X";

std::string odt(const std::string& styles, const std::string& body) {
    return "<office:document-content " + kOdfNs + "><office:automatic-styles>" + styles +
           "</office:automatic-styles><office:body><office:text>" + body +
           "</office:text></office:body></office:document-content>";
}

} // namespace

TEST_CASE("odt: text:h outline levels, nested text:list, bold spans") {
    std::string styles =
        R"X(<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
      <text:list-style style:name="L1">
        <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
        <text:list-level-style-bullet text:level="2" text:bullet-char="◦"/>
      </text:list-style>
      <text:list-style style:name="N1">
        <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
        <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>
      </text:list-style>)X";
    std::string body = R"X(<text:h text:outline-level="2">Axe 1 : Emploi</text:h>
      <text:p><text:span text:style-name="B">Objectifs opérationnels :</text:span></text:p>
      <text:list text:style-name="L1"><text:list-item><text:p>Premier</text:p>
        <text:list><text:list-item><text:p>Action<text:s text:c="2"/>une</text:p></text:list-item></text:list>
      </text:list-item></text:list>
      <text:list text:style-name="N1"><text:list-item><text:p>Un</text:p>
        <text:list><text:list-item><text:p>Un point un</text:p></text:list-item>
        <text:list-item><text:p>Un point deux</text:p></text:list-item></text:list></text:list-item>
        <text:list-item><text:p>Deux</text:p></text:list-item></text:list>)X";
    auto doc = ok(read_odt_xml(odt(styles, body), ""));
    REQUIRE(doc.paragraphs.size() == 8);
    CHECK(doc.paragraphs[0].heading_level == 2);
    CHECK(doc.paragraphs[1].emphasis == Emphasis::bold);
    CHECK(doc.paragraphs[2].list_level == 1);
    CHECK(doc.paragraphs[2].marker == "•");
    CHECK(doc.paragraphs[3].list_level == 2);
    CHECK(doc.paragraphs[3].text == "Action une");
    CHECK(doc.paragraphs[4].numbering().text == "1");
    CHECK(doc.paragraphs[5].numbering().text == "1.1");
    CHECK(doc.paragraphs[6].numbering().text == "1.2");
    CHECK(doc.paragraphs[7].numbering().text == "2");
}

TEST_CASE("office files are recognised by their content") {
    CHECK(detect_office_layout("%PDF-1.7\n...") == Layout::pdf);
    CHECK_FALSE(detect_office_layout("PK but not a zip").has_value());
    CHECK_FALSE(detect_office_layout("Axe 1 : Emploi").has_value());
}

TEST_CASE("docx: mc:AlternateContent is read once (its Fallback repeats its Choice)") {
    std::string mc = R"X(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")X";
    auto doc = ok(read_docx_xml(
        "<w:document " + kW + " " + mc +
            "><w:body><w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Axe un</w:t></w:r></mc:Choice>"
            "<mc:Fallback><w:r><w:t>Axe un</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
            "</w:body></w:document>",
        "", ""));
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].text == "Axe un");
}

TEST_CASE("docx: list labels are read as numbers whatever Word writes between and after them") {
    std::string numbering = "<w:numbering " + kW + R"X(>
      <w:abstractNum w:abstractNumId="3">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="4">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1 -"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1-%2 :"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="4"/></w:num>
      </w:numbering>)X";
    auto doc = ok(read_docx_xml(docx_body(wp("Emploi", num(0)) + wp("Formation", num(1)) +
                                          wp("Apprentissage", num(2)) + wp("Insertion", num(1)) +
                                          wp("Habitat", num(0, 2)) + wp("Logement", num(1, 2))),
                                "", numbering));
    REQUIRE(doc.paragraphs.size() == 6);
    // "I-1" mixes two formats: no decimal path, the list level gives the depth
    const char* expected[] = {"1", "1.1", "1.1.1", "1.2", "I", "1"};
    const char* texts[] = {"Emploi",    "Formation", "Apprentissage",
                           "Insertion", "Habitat",   "Logement"};
    for (std::size_t i = 0; i < 6; ++i) {
        CAPTURE(i);
        CHECK(doc.paragraphs[i].numbering().text == expected[i]);
        CHECK(doc.paragraphs[i].text == texts[i]);
    }
    CHECK(doc.paragraphs[5].list_level == 2);
}

TEST_CASE("docx: a list pattern that names its items keeps its words") {
    std::string numbering = "<w:numbering " + kW + R"X(>
      <w:abstractNum w:abstractNumId="5">
        <w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Axe %1 :"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>
      </w:numbering>)X";
    auto doc =
        ok(read_docx_xml(docx_body(wp("Emploi", num(0)) + wp("Habitat", num(0))), "", numbering));
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[0].raw == "Axe 2 : Emploi");
    CHECK(doc.paragraphs[1].raw == "Axe 3 : Habitat");
}
