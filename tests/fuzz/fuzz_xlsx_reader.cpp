// Feeds arbitrary bytes to the workbook reader. Input that starts like a zip is read as a whole
// .xlsx file (archive damage, member limits); any other input becomes one part of an otherwise
// sound workbook — the first byte picks which (the sheet, the shared strings, the styles, the
// workbook) — so that the XML paths, where most of the reader's logic is, get the mutations.
// Crashes and sanitizer reports are findings; errors are expected answers.
#include "core/data/csv/CsvReader.h"
#include "core/data/xlsx/XlsxSheetReader.h"
#include "core/data/xlsx/XlsxWorkbook.h"
#include "core/io/ZipArchive.h"

#include <QByteArray>

using namespace churnlab;

namespace {

const char *const kSheet =
    "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
    "<c r=\"B1\" t=\"inlineStr\"><is><t>when</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1.5</v>"
    "</c><c r=\"B2\" s=\"1\"><v>45000</v></c></row></sheetData><mergeCells><mergeCell "
    "ref=\"A1:B1\"/></mergeCells></worksheet>";
const char *const kStrings = "<?xml version=\"1.0\"?><sst><si><t>x</t></si><si><r><t>a</t></r>"
                             "<r><t>b</t></r></si></sst>";
const char *const kStyles = "<?xml version=\"1.0\"?><styleSheet><numFmts><numFmt numFmtId=\"164\" "
                            "formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs><xf numFmtId=\"0\"/>"
                            "<xf numFmtId=\"164\"/></cellXfs></styleSheet>";
const char *const kBook = "<?xml version=\"1.0\"?><workbook><workbookPr date1904=\"0\"/><sheets>"
                          "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char *const kRels = "<?xml version=\"1.0\"?><Relationships><Relationship Id=\"rId1\" "
                          "Target=\"worksheets/sheet1.xml\"/></Relationships>";

void readAll(const QByteArray &bytes)
{
    auto workbook = XlsxWorkbook::read(bytes, QStringLiteral("fuzz.xlsx"));
    if (!workbook || !workbook->loadSharedStrings())
        return;
    for (int s = 0; s < workbook->sheets().size() && s < 4; ++s) {
        if (!workbook->archive().names().contains(workbook->sheets()[s].member))
            continue;
        for (bool header : {true, false}) {
            auto text = XlsxSheetReader::read(*workbook, s, header);
            if (!text)
                continue;
            CsvOptions options;
            options.delimiter = ',';
            options.header = header;
            options.typeOverrides = text->types;
            (void)CsvReader(options).readBytes(text->csv);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        readAll(bytes);
        return 0;
    }
    QList<ZipArchive::Member> parts {{QStringLiteral("xl/worksheets/sheet1.xml"), kSheet},
                                     {QStringLiteral("xl/sharedStrings.xml"), kStrings},
                                     {QStringLiteral("xl/styles.xml"), kStyles},
                                     {QStringLiteral("xl/workbook.xml"), kBook},
                                     {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels}};
    if (!bytes.isEmpty())
        parts[uchar(bytes[0]) % parts.size()].data = bytes.mid(1);
    auto zip = ZipArchive::write(parts, 0);
    if (zip)
        readAll(*zip);
    return 0;
}
