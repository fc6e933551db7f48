// The cell path of CsvReader: the first rows as text, for the import preview and the corpus
// tests. Sequential and simple; it shares the scanner, sniffer and errors with the typed path.
#include "core/data/csv/CellRules.h"
#include "core/data/csv/CsvPreamble.h"
#include "core/data/csv/CsvReader.h"

#include "core/data/TypeInference.h"
#include "core/data/ValueParser.h"
#include "core/data/csv/CsvScanner.h"
#include "core/data/csv/CsvShared.h"
#include "core/data/csv/CsvSniffer.h"
#include "core/data/csv/TextDecoder.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace churnlab {

QStringList headerNames(const std::vector<CsvField> &fields, bool header, char quote)
{
    QStringList raw;
    std::string scratch;
    for (const CsvField &f : fields)
        raw.append(header ? QString::fromUtf8(f.unescaped(scratch, quote)).trimmed() : QString());
    return uniqueColumnNames(raw);
}

QStringList uniqueColumnNames(const QStringList &raw)
{
    // Linear in the number of names however often one repeats: each repeated name remembers
    // the next suffix to try, so a header of 100,000 copies of "a" does not retry "a_2",
    // "a_3", … for every copy (a denial of service through a header).
    QStringList names;
    names.reserve(raw.size());
    QSet<QString> used;
    used.reserve(raw.size());
    QHash<QString, int> nextSuffix;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString name = raw[i].isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : raw[i];
        if (used.contains(name)) {
            int &n = nextSuffix[name];
            if (n < 2)
                n = 2;
            QString candidate = QStringLiteral("%1_%2").arg(name).arg(n);
            while (used.contains(candidate))
                candidate = QStringLiteral("%1_%2").arg(name).arg(++n);
            ++n;
            name = std::move(candidate);
        }
        used.insert(name);
        names.append(std::move(name));
    }
    return names;
}

Result<CsvCells> CsvReader::readCells(const QString &path, qint64 maxRows) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io,
                      CsvReader::tr("Cannot open %1: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return Error {Error::Kind::Empty, CsvReader::tr("The file is empty.")};
    if (uchar *mapped = file.map(0, file.size()))
        return parseCells(reinterpret_cast<const char *>(mapped), file.size(), maxRows);
    const QByteArray bytes = file.readAll();
    return parseCells(bytes.constData(), bytes.size(), maxRows);
}

Result<CsvCells> CsvReader::readCellsFromBytes(const QByteArray &bytes, qint64 maxRows) const
{
    return parseCells(bytes.constData(), bytes.size(), maxRows);
}

Result<CsvCells> CsvReader::parseCells(const char *data, qsizetype size, qint64 maxRows) const
{
    auto decoded = TextDecoder::decode(data, size, m_options.encoding);
    if (!decoded)
        return decoded.error();
    const DecodedText &text = decoded.value();
    CsvCells cells;
    const char *const end = text.data + text.size;
    CsvPreamble pre = CsvPreamble::find(text.data, end, m_options);
    cells.dialect = pre.sniffTable(end, m_options);
    cells.dialect.encoding = text.encoding;
    cells.dialect.encodingGuessed = text.guessed;
    cells.notes = pre.notes;
    cells.headerLine = pre.lines + 1;
    const CsvDialect &d = cells.dialect;

    CsvScanner scanner(pre.start, end, d.delimiter, d.quote);
    std::vector<CsvField> fields;
    auto status = scanner.next(fields);
    if (status == CsvScanner::Status::UnterminatedQuote)
        return unterminatedError(scanner.errorLine() + pre.lines);
    cells.columns = headerNames(fields, d.header, d.quote);
    for (int i = 0; i < m_options.skipRows; ++i)
        if (scanner.next(fields) != CsvScanner::Status::Record)
            break;
    const qsizetype columnCount = cells.columns.size();
    std::vector<TypeInference> inference(static_cast<size_t>(columnCount));
    std::vector<QSet<QString>> distinct(static_cast<size_t>(columnCount));
    std::vector<qint64> bytes(static_cast<size_t>(columnCount), 0);
    std::string scratch;
    const CellRules rules {d.decimalComma, MissingTokens(m_options.naValues, m_options.defaultNa),
                           m_options.thousands};
    bool pending = !d.header; // without a header the first record is data
    while (maxRows < 0 || cells.rows.size() < maxRows) {
        if (!pending) {
            status = scanner.next(fields);
            if (status == CsvScanner::Status::End)
                break;
            if (status == CsvScanner::Status::UnterminatedQuote)
                return unterminatedError(scanner.errorLine() + pre.lines);
        }
        pending = false;
        if (qsizetype(fields.size()) != columnCount)
            return raggedError(scanner.recordLine() + pre.lines, qsizetype(fields.size()),
                               columnCount);
        QStringList row;
        row.reserve(columnCount);
        for (qsizetype j = 0; j < columnCount; ++j) {
            const auto raw = fields[size_t(j)].unescaped(scratch, d.quote);
            if (rules.missing.matches(raw)) {
                inference[size_t(j)].addMissing();
                row.append(QString());
                if (!ValueParser::isBlank(raw))
                    ++cells.missingFound[QString::fromUtf8(raw.data(), qsizetype(raw.size()))
                                             .trimmed()];
                continue;
            }
            const auto v = rules.clean(raw);
            inference[size_t(j)].add(v, d.decimalComma);
            bytes[size_t(j)] += qint64(v.size());
            row.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
            distinct[size_t(j)].insert(row.back());
        }
        cells.rows.append(std::move(row));
    }
    for (qsizetype j = 0; j < columnCount; ++j) {
        const TypeInference &ti = inference[size_t(j)];
        ColumnType t = m_options.typeOverrides.value(cells.columns[j], ti.resolve());
        if (!m_options.typeOverrides.contains(cells.columns[j]) && t == ColumnType::Categorical)
            t = TypeInference::textOrCategorical(
                distinct[size_t(j)].size(), ti.presentCount(),
                ti.presentCount() ? double(bytes[size_t(j)]) / double(ti.presentCount()) : 0);
        cells.types.append(t);
    }
    return cells;
}

} // namespace churnlab
