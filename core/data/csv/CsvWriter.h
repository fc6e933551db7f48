#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/Dataset.h"
#include <QCoreApplication>

#include <string>

#include <QIODevice>

namespace churnlab {

// Writes a Dataset as RFC 4180 CSV (UTF-8, LF, header row) that CsvReader reads back to the
// same values. Files are written atomically: a failed or cancelled write leaves no file.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvWriter)

public:
    explicit CsvWriter(char delimiter = ',')
        : m_delimiter(delimiter)
    {
    }

    [[nodiscard]] Result<bool> write(const Dataset &dataset, const QString &path,
                                     Progress &progress = Progress::none()) const;
    [[nodiscard]] Result<bool> write(const Dataset &dataset, QIODevice &device,
                                     Progress &progress = Progress::none()) const;

    QByteArray quoted(const QString &field) const;
    // Appends one field's UTF-8 text, quoted when it holds the delimiter, a quote or a line
    // break (text the workbook readers hand to CsvReader).
    void appendField(QByteArray &out, std::string_view v) const;
    // Appends one cell of a column as CSV text, without a QString for coded and numeric
    // cells (the batch scorer writes millions of these).
    void appendCell(std::string &out, const Column &column, qsizetype row) const;

private:
    char m_delimiter;
};

} // namespace churnlab
