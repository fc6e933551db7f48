#include "core/data/xlsx/XlsxSheetReader.h"

#include "core/data/csv/CsvPreamble.h"
#include "core/data/csv/CsvReader.h"
#include "core/data/csv/CsvWriter.h"
#include "core/data/xlsx/XlsxWorkbook.h"
#include "core/data/xlsx/XlsxXml.h"

#include <QtConcurrent/QtConcurrentRun>

#include <charconv>
#include <cmath>
#include <deque>
#include <map>
#include <set>

namespace churnlab {

namespace {

struct ColumnStats
{
    qint64 present = 0, dates = 0, dateTimes = 0, textFormat = 0, errors = 0;
    void add(const ColumnStats &o, int sign = 1)
    {
        present += sign * o.present;
        dates += sign * o.dates;
        dateTimes += sign * o.dateTimes;
        textFormat += sign * o.textFormat;
        errors += sign * o.errors;
    }
};

// What one worker made of one piece of <sheetData>.
struct Piece
{
    QByteArray text; // rows, unpadded, each ending in '\n'
    struct Line
    {
        qint64 row; // the sheet's row number (1-based)
        qsizetype end; // one past its '\n' in text
        int fields;
    };
    std::vector<Line> lines;
    std::vector<ColumnStats> stats;
    std::vector<ColumnStats> firstRowStats; // the first line's share of stats
    std::map<int, QString> firstRowCells; // the first line's values, by column
    std::set<QString> errorKinds;
    std::optional<Error> error;
};

// "BC12" → column 54 (0-based); -1 when the reference has no letters.
int columnOf(QStringView ref)
{
    int col = 0, letters = 0;
    for (QChar ch : ref) {
        const char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z') {
            col = col * 26 + (c - u'A' + 1);
            ++letters;
        } else {
            break;
        }
        if (col > XlsxSheetReader::kMaxColumns)
            return XlsxSheetReader::kMaxColumns;
    }
    return letters ? col - 1 : -1;
}

void appendTwo(QByteArray &out, int v)
{
    out.append(char('0' + v / 10)).append(char('0' + v % 10));
}

// Milliseconds since the epoch as "yyyy-mm-dd" or "yyyy-mm-dd hh:mm:ss[.fff]".
void appendIso(QByteArray &out, qint64 ms, bool withTime)
{
    const qint64 days = qint64(std::floor(double(ms) / 86400000.0));
    qint64 rest = ms - days * 86400000;
    // Howard Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (m <= 2);
    out.append(QByteArray::number(y)).append('-');
    appendTwo(out, m);
    out.append('-');
    appendTwo(out, d);
    if (!withTime)
        return;
    const int h = int(rest / 3600000), mi = int(rest / 60000 % 60), s = int(rest / 1000 % 60);
    const int milli = int(rest % 1000);
    out.append(' ');
    appendTwo(out, h);
    out.append(':');
    appendTwo(out, mi);
    out.append(':');
    appendTwo(out, s);
    if (milli) {
        out.append('.');
        out.append(char('0' + milli / 100)).append(char('0' + milli / 10 % 10));
        out.append(char('0' + milli % 10));
    }
}

void appendQuoted(QByteArray &out, std::string_view v)
{
    CsvWriter(',').appendField(out, v);
}

// The current element's text appended to into (reading up to its end), without the fresh
// QString per call that readElementText() makes.
void appendText(QXmlStreamReader &r, QString &into)
{
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::Characters)
            into.append(r.text());
        else if (t == QXmlStreamReader::EndElement)
            return;
        else if (t == QXmlStreamReader::StartElement)
            r.skipCurrentElement();
    }
}

// UTF-8 of v appended to out; ASCII (numbers, most codes) byte by byte, without allocating.
void appendUtf8(QByteArray &out, QStringView v)
{
    for (QChar c : v)
        if (c.unicode() >= 0x80) {
            out.append(v.toUtf8());
            return;
        }
    const qsizetype at = out.size();
    out.resize(at + v.size());
    char *dst = out.data() + at;
    for (QChar c : v)
        *dst++ = char(c.unicode());
}

// Parses one piece: every <row> with its cells, into comma-separated lines.
Piece parsePiece(const QByteArray &chunk, const XlsxWorkbook &workbook, const QString &part)
{
    Piece p;
    QByteArray wrapped;
    wrapped.reserve(chunk.size() + 8);
    wrapped.append("<x>").append(chunk).append("</x>");
    QXmlStreamReader r(wrapped);
    XlsxXml::prepare(r);
    const StringPool &strings = workbook.sharedStrings();
    qint64 row = 0;
    int field = 0; // fields written on the current line
    int nextColumn = 0;
    qsizetype lineStart = 0;
    bool first = true;
    // Reused for every cell: a piece has hundreds of thousands.
    QString value, inlineText;
    QByteArray cell, number;
    auto stat = [&](int col) -> ColumnStats & {
        if (size_t(col) >= p.stats.size())
            p.stats.resize(size_t(col) + 1);
        return p.stats[size_t(col)];
    };
    auto fail = [&](const QString &message) {
        if (!p.error)
            p.error = Error {Error::Kind::Malformed, message, row};
    };
    while (!r.atEnd() && !p.error) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            p.error = XlsxXml::dtdRefused(part);
            break;
        }
        const QStringView name = XlsxXml::localName(r);
        if (token == QXmlStreamReader::EndElement && name == QLatin1String("row")) {
            if (field > 0) {
                p.text.append('\n');
                p.lines.push_back({row, p.text.size(), field});
                if (first) {
                    first = false;
                    p.firstRowStats = p.stats;
                }
            } else {
                p.text.truncate(lineStart);
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("row")) {
            const QXmlStreamAttributes attributes = r.attributes();
            const QStringView rn = XlsxXml::attribute(attributes, QLatin1StringView("r"));
            row = rn.isEmpty() ? row + 1 : rn.toLongLong();
            field = 0;
            nextColumn = 0;
            lineStart = p.text.size();
            continue;
        }
        if (name != QLatin1String("c"))
            continue;
        // One copy of the attributes per cell; the views below point into it.
        const QXmlStreamAttributes attributes = r.attributes();
        QStringView ref, typeView, style;
        for (const QXmlStreamAttribute &a : attributes) {
            const QStringView n = a.qualifiedName();
            if (n == QLatin1String("r"))
                ref = a.value();
            else if (n == QLatin1String("t"))
                typeView = a.value();
            else if (n == QLatin1String("s"))
                style = a.value();
        }
        const int col = ref.isEmpty() ? nextColumn : columnOf(ref);
        if (col < 0 || col >= XlsxSheetReader::kMaxColumns) {
            fail(XlsxSheetReader::tr("%1: cell %2 lies beyond Excel's last column.")
                     .arg(part, ref.toString()));
            break;
        }
        nextColumn = col + 1;
        const QStringView type = typeView;
        const XlsxNumberFormat::Kind kind = workbook.format(style.toUInt());
        // The cell's children: its value, an inline string, a formula (its cached value is
        // the <v>).
        value.clear();
        inlineText.clear();
        cell.clear();
        bool hasValue = false, hasInline = false;
        while (r.readNextStartElement()) {
            const QStringView child = XlsxXml::localName(r);
            if (child == QLatin1String("v")) {
                appendText(r, value);
                hasValue = true;
            } else if (child == QLatin1String("is")) {
                hasInline = true;
                int depth = 1;
                while (depth > 0 && !r.atEnd()) {
                    const auto t = r.readNext();
                    if (t == QXmlStreamReader::StartElement) {
                        if (XlsxXml::localName(r) == QLatin1String("t"))
                            appendText(r, inlineText);
                        else if (XlsxXml::localName(r) == QLatin1String("rPh"))
                            r.skipCurrentElement();
                        else
                            ++depth;
                    } else if (t == QXmlStreamReader::EndElement) {
                        --depth;
                    }
                }
            } else {
                r.skipCurrentElement();
            }
        }
        if (!hasValue && !hasInline)
            continue; // formatting only
        if (type == QLatin1String("e")) {
            ++stat(col).errors;
            p.errorKinds.insert(value);
            continue;
        }
        // The cell's text, as the CSV reader will read it.
        ColumnStats &s = stat(col);
        if (type == QLatin1String("s")) {
            bool ok = false;
            const uint index = value.toUInt(&ok);
            if (!ok || index >= strings.size()) {
                fail(XlsxSheetReader::tr("%1: cell %2 refers to shared string %3, but there are "
                                         "%4.")
                         .arg(part, ref.toString(), value)
                         .arg(strings.size()));
                break;
            }
            const std::string_view v = strings.view(index);
            cell.append(v.data(), qsizetype(v.size()));
        } else if (type == QLatin1String("inlineStr") || hasInline) {
            appendUtf8(cell, inlineText);
        } else if (type == QLatin1String("b")) {
            cell.append(value.trimmed() == QLatin1String("1") ? "TRUE" : "FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("d")) {
            appendUtf8(cell, value);
        } else { // a number
            number.clear();
            appendUtf8(number, QStringView(value).trimmed());
            double x = 0;
            const auto [end, ec] =
                std::from_chars(number.constData(), number.constData() + number.size(), x);
            const bool numeric = ec == std::errc() && end == number.constData() + number.size();
            if (numeric
                && (kind == XlsxNumberFormat::Kind::Date
                    || kind == XlsxNumberFormat::Kind::DateTime)) {
                if (const auto ms = XlsxNumberFormat::milliseconds(x, workbook.date1904())) {
                    const bool withTime = kind == XlsxNumberFormat::Kind::DateTime;
                    appendIso(cell,
                              withTime ? *ms
                                       : *XlsxNumberFormat::days(x, workbook.date1904()) * 86400000,
                              withTime);
                    ++(withTime ? s.dateTimes : s.dates);
                } else {
                    cell.append(number);
                }
            } else if (numeric) {
                // Excel stores 20.15 as 20.149999999999999: write the shortest text that reads
                // back as the same double.
                char shortest[32];
                const auto written = std::to_chars(shortest, shortest + sizeof shortest, x);
                cell.append(shortest, qsizetype(written.ptr - shortest));
            } else {
                cell.append(number);
            }
        }
        if (kind == XlsxNumberFormat::Kind::Text)
            ++s.textFormat;
        ++s.present;
        // Field k of a line is preceded by k commas: fill the gap up to this column.
        for (int commas = field == 0 ? 0 : field - 1; commas < col; ++commas)
            p.text.append(',');
        appendQuoted(p.text, std::string_view(cell.constData(), size_t(cell.size())));
        if (first)
            p.firstRowCells[col] = QString::fromUtf8(cell);
        field = col + 1;
    }
    if (!p.error && r.hasError())
        p.error = XlsxXml::error(r, part);
    return p;
}

} // namespace

namespace {

// "A1:C1" ranges of <mergeCells> that begin on row `row`: first column → last column.
std::map<int, int> mergesOnRow(const QByteArray &tail, qint64 row)
{
    std::map<int, int> out;
    if (tail.isEmpty())
        return out;
    // The tail begins with </sheetData>; what follows it is read up to the first problem
    // (the closing </worksheet> has no opening tag here).
    QXmlStreamReader r(QByteArray("<x>") + tail.mid(tail.indexOf('>') + 1));
    XlsxXml::prepare(r);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (XlsxXml::localName(r) != QLatin1String("mergeCell"))
            continue;
        const QString ref = XlsxXml::attribute(r.attributes(), QLatin1StringView("ref")).toString();
        const QStringList ends = ref.split(QLatin1Char(':'));
        if (ends.size() != 2)
            continue;
        auto rowOf = [](const QString &cell) {
            qsizetype i = 0;
            while (i < cell.size() && cell[i].isLetter())
                ++i;
            return cell.mid(i).toLongLong();
        };
        if (rowOf(ends[0]) == row)
            out[columnOf(ends[0])] = columnOf(ends[1]);
    }
    return out;
}

// The fields of a line this reader wrote (its own quoting), by column.
QStringList splitLine(const char *p, const char *end)
{
    QStringList out;
    QByteArray field;
    bool quoted = false;
    for (; p < end; ++p) {
        if (quoted) {
            if (*p == '"' && p + 1 < end && p[1] == '"')
                field.append(*++p);
            else if (*p == '"')
                quoted = false;
            else
                field.append(*p);
        } else if (*p == '"') {
            quoted = true;
        } else if (*p == ',') {
            out << QString::fromUtf8(field);
            field.clear();
        } else {
            field.append(*p);
        }
    }
    out << QString::fromUtf8(field);
    return out;
}

// Title rows above a sheet's table (a report title, a "generated on" row): leading rows with
// fewer cells than the table's usual count, at most ten, followed by the table — the rule
// CsvPreamble applies to CSV files. Returns how many there are.
int titleRows(const std::vector<Piece> &pieces)
{
    std::vector<int> fields;
    for (const Piece &p : pieces)
        for (const Piece::Line &l : p.lines) {
            if (fields.size() >= 50)
                break;
            fields.push_back(l.fields);
        }
    return CsvPreamble::titleLineCount(fields);
}

} // namespace

Result<XlsxSheetReader::Text> XlsxSheetReader::read(const XlsxWorkbook &workbook, int sheet,
                                                    bool header, qint64 maxRows, Progress &progress)
{
    const QString part = workbook.sheets().at(sheet).member;
    const qint64 total = std::max<qint64>(1, workbook.archive().size(part));
    const qint64 wantedLines = maxRows < 0 ? -1 : maxRows + (header ? 1 : 0);
    std::deque<QFuture<Piece>> pending;
    std::vector<Piece> pieces;
    qint64 lines = 0;
    std::optional<Error> failed;
    auto collect = [&](bool all) {
        while (!pending.empty() && (all || pending.front().isFinished() || pending.size() > 8)) {
            Piece piece = pending.front().result();
            pending.pop_front();
            if (piece.error && !failed)
                failed = piece.error;
            lines += qint64(piece.lines.size());
            pieces.push_back(std::move(piece));
        }
    };
    const qsizetype chunkBytes = maxRows < 0 ? qsizetype(4) << 20 : qsizetype(256) << 10;
    XlsxXmlChunker chunker("sheetData", "row", chunkBytes, [&](QByteArray chunk) {
        pending.push_back(QtConcurrent::run(
            [&workbook, part](const QByteArray &c) { return parsePiece(c, workbook, part); },
            std::move(chunk)));
        collect(false);
    });
    qint64 seen = 0;
    bool enough = false;
    auto streamed = workbook.archive().stream(
        part, XlsxWorkbook::kMaxSheetBytes, [&](const char *d, qsizetype n) {
            seen += n;
            progress.report(0.9 * double(seen) / double(total));
            if (progress.isCancelled() || failed)
                return false;
            if (wantedLines >= 0 && lines >= wantedLines) {
                enough = true;
                return false;
            }
            return chunker.feed(d, n);
        });
    if (streamed && !chunker.finish())
        failed = Error {Error::Kind::Malformed, tr("%1 is truncated.").arg(part)};
    collect(true);
    if (!streamed && !enough) {
        if (progress.isCancelled())
            return Error {Error::Kind::Cancelled, tr("Reading was cancelled.")};
        if (!failed)
            failed = streamed.error().kind == Error::Kind::Cancelled
                ? Error {Error::Kind::Malformed, tr("%1 is not a worksheet.").arg(part)}
                : streamed.error();
    }
    if (failed)
        return *failed;
    if (enough && !chunker.sawRegion())
        return Error {Error::Kind::Malformed, tr("%1 is not a worksheet.").arg(part)};

    // The sheet's width, the stats of every column, and the header row.
    int width = 0;
    std::vector<ColumnStats> stats;
    std::set<QString> errorKinds;
    const Piece *headPiece = nullptr;
    for (const Piece &p : pieces) {
        for (const Piece::Line &l : p.lines)
            width = std::max(width, l.fields);
        if (stats.size() < p.stats.size())
            stats.resize(p.stats.size());
        for (size_t c = 0; c < p.stats.size(); ++c)
            stats[c].add(p.stats[c]);
        errorKinds.insert(p.errorKinds.begin(), p.errorKinds.end());
        if (!headPiece && !p.lines.empty())
            headPiece = &p;
    }
    stats.resize(size_t(width));
    Text out;
    QStringList raw;
    for (int c = 0; c < width; ++c)
        raw << QString();
    // The lines above the header (titles) and the header itself, as (piece, line) positions.
    const int titles = header ? titleRows(pieces) : 0;
    std::vector<std::pair<const Piece *, size_t>> leading;
    for (const Piece &p : pieces)
        for (size_t i = 0; i < p.lines.size() && int(leading.size()) <= titles; ++i)
            leading.push_back({&p, i});
    auto lineText = [](const Piece *p, size_t i) {
        const qsizetype start = i == 0 ? 0 : p->lines[i - 1].end;
        return splitLine(p->text.constData() + start, p->text.constData() + p->lines[i].end - 1);
    };
    if (header && headPiece && titles == 0) {
        for (size_t c = 0; c < headPiece->firstRowStats.size() && c < stats.size(); ++c)
            stats[c].add(headPiece->firstRowStats[c], -1);
        for (const auto &[col, text] : headPiece->firstRowCells)
            if (col < width)
                raw[col] = text;
        // A title merged over several columns names each of them.
        for (const auto &[from, to] : mergesOnRow(chunker.tail(), headPiece->lines.front().row))
            for (int c = from + 1; c <= to && c < width; ++c)
                if (raw[c].trimmed().isEmpty() && from >= 0 && from < width)
                    raw[c] = raw[from];
    } else if (header && int(leading.size()) == titles + 1) {
        // The title and header cells were counted as data; they are text, not dates.
        for (const auto &[piece, i] : leading) {
            const QStringList cells = lineText(piece, i);
            for (qsizetype c = 0; c < cells.size() && c < width; ++c)
                if (!cells[c].isEmpty())
                    --stats[size_t(c)].present;
        }
        const QStringList cells = lineText(leading.back().first, leading.back().second);
        for (qsizetype c = 0; c < cells.size() && c < width; ++c)
            raw[c] = cells[c];
    }
    out.columns = uniqueColumnNames(raw);
    for (int c = 0; c < width; ++c) {
        const ColumnStats &s = stats[size_t(c)];
        if (s.present == 0)
            continue;
        if (s.dates == s.present)
            out.types.insert(out.columns[c], ColumnType::Date);
        else if (s.dateTimes == s.present)
            out.types.insert(out.columns[c], ColumnType::DateTime);
        else if (s.textFormat == s.present)
            out.types.insert(out.columns[c], ColumnType::Categorical);
        if (s.errors > 0) {
            out.errorCells += s.errors;
            out.warnings << tr("Column “%1”: %n error cells read as missing.", nullptr,
                               int(s.errors))
                                .arg(out.columns[c]);
        }
    }
    if (!errorKinds.empty()) {
        QStringList kinds(errorKinds.begin(), errorKinds.end());
        out.warnings << tr("Error values found: %1.").arg(kinds.join(QStringLiteral(", ")));
    }

    // One buffer: the header line, then every row padded to the width.
    qsizetype bytes = 0;
    for (const Piece &p : pieces)
        bytes += p.text.size() + qsizetype(p.lines.size()) * 2;
    out.csv.reserve(bytes + qsizetype(width) * 2 + 64);
    // Title lines go first, unpadded: CsvPreamble skips them and says so, as for a CSV file.
    for (int t = 0; t < titles && t < int(leading.size()); ++t) {
        const auto &[piece, i] = leading[size_t(t)];
        const qsizetype start = i == 0 ? 0 : piece->lines[i - 1].end;
        out.csv.append(piece->text.constData() + start, piece->lines[i].end - start);
    }
    if (header) {
        for (int c = 0; c < width; ++c) {
            if (c)
                out.csv.append(',');
            const QByteArray name = out.columns[c].toUtf8();
            appendQuoted(out.csv, std::string_view(name.constData(), size_t(name.size())));
        }
        out.csv.append('\n');
    }
    int skip = header ? titles + 1 : 0; // title lines and the header, written above
    for (Piece &p : pieces) {
        qsizetype start = 0;
        for (const Piece::Line &l : p.lines) {
            if (skip > 0) {
                --skip;
                start = l.end;
                continue;
            }
            if (maxRows >= 0 && out.rows >= maxRows)
                break;
            out.csv.append(p.text.constData() + start, l.end - 1 - start);
            for (int f = l.fields; f < width; ++f)
                out.csv.append(',');
            out.csv.append('\n');
            start = l.end;
            ++out.rows;
        }
        p.text = QByteArray(); // hand the piece's memory back as soon as it is copied
    }
    progress.report(0.95);
    return out;
}

} // namespace churnlab
