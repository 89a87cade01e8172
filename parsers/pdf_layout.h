// From a PDF's lines to Paragraphs with signals, by geometry and fonts:
//  * running headers and footers: lines in a page's top or bottom band whose
//    text (digits aside) recurs in that band on half the pages, and page
//    numbers there;
//  * paragraphs: a line continues the one above when it has the same font,
//    sits right below it, starts where the paragraph's text starts, and the
//    line above was full (its first word would not have fitted there);
//    end-of-line hyphenation is undone;
//  * heading levels: the ranks of the fonts of short paragraphs set larger
//    than the body text, in bold, or in another family (bigger first; at one
//    size, in order of first appearance);
//  * list levels: the ranks of the x positions where items' markers stand.
#pragma once

#include <vector>

#include "parsers/pdf_page.h"
#include "parsers/readers.h"

namespace perr {

// Numbers the lines (PdfLine::number) across pages, in reading order.
void number_lines(std::vector<PdfPage>& pages);

// Removes running headers, footers and page numbers; returns how many lines.
int remove_pdf_furniture(std::vector<PdfPage>& pages);

ParagraphDocument pdf_paragraphs(const std::vector<PdfPage>& pages);

} // namespace perr
