#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/Dataset.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace churnlab {

// The cells of the first rows as text, for the import preview and for checking the parser
// against the corpus: unquoted, trimmed, missing tokens as "".
struct CsvCells
{
    CsvDialect dialect;
    QStringList columns;
    QList<QStringList> rows;
    QList<ColumnType> types; // inferred from these rows only
    QStringList notes; // what was skipped above the header ("sep=", title lines)
    QMap<QString, qint64> missingFound; // missing tokens met in these rows, with their counts
    qint64 headerLine = 1; // the header's physical line
    QString sheet; // workbooks: the sheet shown
};

// Reads a CSV file into a typed, column-major Dataset (workbooks and other sources are chosen
// by DataReader; XlsxReader hands a sheet's text to this reader to be typed by the same rules).
// Dialect and types come from
// CsvSniffer and TypeInference unless the options override them; the file is memory-mapped
// and parsed in parallel chunks in one pass: types are guessed from the first rows of every
// chunk, every value is checked against the guess as it is converted, and the rare column a
// value does not fit is inferred from all its values and read again. Every malformed input
// becomes an Error that names its physical line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvReader)

public:
    explicit CsvReader(CsvOptions options = {});

    // Long work: reports progress, returns Error::Kind::Cancelled when asked to stop.
    [[nodiscard]] Result<CsvReadResult> read(const QString &path,
                                             Progress &progress = Progress::none()) const;
    [[nodiscard]] Result<CsvReadResult> readBytes(const QByteArray &bytes,
                                                  Progress &progress = Progress::none()) const;

    [[nodiscard]] Result<CsvCells> readCells(const QString &path, qint64 maxRows) const;
    [[nodiscard]] Result<CsvCells> readCellsFromBytes(const QByteArray &bytes,
                                                      qint64 maxRows) const;

private:
    // mapped: data is a read-only file mapping, whose pages may be handed back once read.
    Result<CsvReadResult> parse(const char *data, qsizetype size, Progress &progress,
                                bool mapped = false) const;
    Result<CsvCells> parseCells(const char *data, qsizetype size, qint64 maxRows) const;

    CsvOptions m_options;
};

// Header names as the corpus rules make them: empty → column_N, duplicates → name_2, name_3.
QStringList uniqueColumnNames(const QStringList &raw);

} // namespace churnlab
