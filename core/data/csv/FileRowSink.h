#pragma once

#include "core/data/RowSink.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace churnlab {

// Rows to a CSV file with a header line, through QSaveFile: the file appears whole or not
// at all.
class FileRowSink final : public RowSink
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::FileRowSink)

public:
    explicit FileRowSink(const QString &path);

    Result<bool> begin(const QStringList &columns, const QList<bool> &numeric) override;
    Result<bool> write(const std::string &lines) override;
    Result<bool> commit() override;
    QString name() const override { return m_file.fileName(); }

private:
    Error failure() const;

    QSaveFile m_file;
};

} // namespace churnlab
