#include "core/data/xlsx/XlsSheetReader.h"

#include "core/data/csv/CsvReader.h"
#include "core/data/csv/CsvWriter.h"

#include <QFileInfo>

#include <freexl.h>

#include <memory>

namespace churnlab {

namespace {

struct Handle
{
    const void *xls = nullptr;
    ~Handle()
    {
        if (xls)
            freexl_close(xls);
    }
};

Error refused(const QString &path, int code)
{
    const QString name = QFileInfo(path).fileName();
    if (code == FREEXL_BIFF_OBFUSCATED)
        return Error {Error::Kind::Malformed,
                      XlsSheetReader::tr("%1 is password-protected; save it without a password "
                                         "in Excel and open it again.")
                          .arg(name)};
    return Error {Error::Kind::Malformed,
                  XlsSheetReader::tr("%1 is not a readable Excel 97–2003 workbook (FreeXL error "
                                     "%2).")
                      .arg(name)
                      .arg(code)};
}

Result<std::unique_ptr<Handle>> open(const QString &path)
{
    auto h = std::make_unique<Handle>();
    const QByteArray local = QFile::encodeName(path);
    const int rc = freexl_open(local.constData(), &h->xls);
    if (rc != FREEXL_OK) {
        h->xls = nullptr;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.peek(2) == "PK")
            return Error {Error::Kind::Malformed,
                          XlsSheetReader::tr("%1 is an .xlsx workbook saved with an .xls name; "
                                             "give it the .xlsx extension.")
                              .arg(QFileInfo(path).fileName())};
        return refused(path, rc);
    }
    unsigned int password = 0;
    if (freexl_get_info(h->xls, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED)
        return refused(path, FREEXL_BIFF_OBFUSCATED);
    return h;
}

QList<XlsxWorkbook::Sheet> sheetList(const void *xls)
{
    QList<XlsxWorkbook::Sheet> out;
    unsigned int count = 0;
    freexl_get_info(xls, FREEXL_BIFF_SHEET_COUNT, &count);
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        XlsxWorkbook::Sheet s;
        if (freexl_get_worksheet_name(xls, (unsigned short)i, &name) == FREEXL_OK && name)
            s.name = QString::fromUtf8(name);
        out << s;
    }
    return out;
}

void appendField(QByteArray &out, const QByteArray &v)
{
    CsvWriter(',').appendField(out, std::string_view(v.constData(), size_t(v.size())));
}

} // namespace

Result<QList<XlsxWorkbook::Sheet>> XlsSheetReader::sheets(const QString &path)
{
    auto h = open(path);
    if (!h)
        return h.error();
    return sheetList((*h)->xls);
}

Result<XlsxSheetReader::Text> XlsSheetReader::read(const QString &path, const QString &sheet,
                                                   bool header, qint64 maxRows, QString *sheetName)
{
    auto h = open(path);
    if (!h)
        return h.error();
    const void *xls = (*h)->xls;
    const QList<XlsxWorkbook::Sheet> sheets = sheetList(xls);
    auto found = XlsxWorkbook::findSheet(sheets, sheet, QFileInfo(path).fileName());
    if (!found)
        return found.error();
    const int index = *found;
    if (sheetName)
        *sheetName = sheets[index].name;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(xls, (unsigned short)index) != FREEXL_OK
        || freexl_worksheet_dimensions(xls, &rows, &columns) != FREEXL_OK)
        return refused(path, -1);

    // Cells as text, rows without a value dropped; dates and date-times as FreeXL types them.
    struct Stats
    {
        qint64 present = 0, dates = 0, dateTimes = 0;
    };
    std::vector<Stats> stats(columns);
    std::vector<std::vector<QByteArray>> lines;
    int width = 0;
    for (unsigned int r = 0; r < rows; ++r) {
        std::vector<QByteArray> cells(columns);
        int last = -1;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(xls, r, c, &v) != FREEXL_OK)
                continue;
            QByteArray text;
            switch (v.type) {
            case FREEXL_CELL_INT:
                text = QByteArray::number(v.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                text = QByteArray::number(v.value.double_value, 'g', 17);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_TIME:
                text = v.value.text_value;
                break;
            case FREEXL_CELL_DATE:
                text = v.value.text_value;
                ++stats[c].dates;
                break;
            case FREEXL_CELL_DATETIME:
                text = v.value.text_value;
                ++stats[c].dateTimes;
                break;
            default:
                continue;
            }
            if (text.trimmed().isEmpty())
                continue;
            if (!(header && lines.empty()))
                ++stats[c].present;
            else
                stats[c].dates = stats[c].dateTimes = 0; // the header row is not data
            cells[c] = text;
            last = c;
        }
        if (last < 0)
            continue;
        width = std::max(width, last + 1);
        lines.push_back(std::move(cells));
        if (maxRows >= 0 && qint64(lines.size()) > maxRows + (header ? 1 : 0))
            break;
    }
    XlsxSheetReader::Text out;
    QStringList raw;
    for (int c = 0; c < width; ++c)
        raw << (header && !lines.empty() ? QString::fromUtf8(lines.front()[size_t(c)]) : QString());
    out.columns = uniqueColumnNames(raw);
    for (int c = 0; c < width; ++c) {
        const Stats &s = stats[size_t(c)];
        if (s.present > 0 && s.dates == s.present)
            out.types.insert(out.columns[c], ColumnType::Date);
        else if (s.present > 0 && s.dateTimes == s.present)
            out.types.insert(out.columns[c], ColumnType::DateTime);
    }
    if (header) {
        for (int c = 0; c < width; ++c) {
            if (c)
                out.csv.append(',');
            appendField(out.csv, out.columns[c].toUtf8());
        }
        out.csv.append('\n');
    }
    for (size_t l = header ? 1 : 0; l < lines.size(); ++l) {
        for (int c = 0; c < width; ++c) {
            if (c)
                out.csv.append(',');
            appendField(out.csv, lines[l][size_t(c)]);
        }
        out.csv.append('\n');
        ++out.rows;
    }
    return out;
}

} // namespace churnlab
