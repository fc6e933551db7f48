#pragma once

#include "core/data/DataInput.h"
#include "core/data/csv/CsvReader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Reads a file or a database's rows (DataReader) on a worker thread and reports back on the UI
// thread: progress, then exactly one of loaded / failed / cancelled. A new load supersedes the
// running one, whose result is dropped (each load has a generation number), so a fast second open
// never shows stale data.
class LoadController final : public QObject
{
    Q_OBJECT

public:
    using Outcome = std::shared_ptr<churnlab::Result<churnlab::CsvReadResult>>;

    explicit LoadController(QObject *parent = nullptr);
    ~LoadController() override;

    // path in the signals is the input's display(): the file, or the database and query
    // without the password. Cancel reaches a database server's query.
    void load(const churnlab::DataInput &input, const churnlab::CsvOptions &options);
    // The input of the last load asked for.
    const churnlab::DataInput &input() const { return m_input; }
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The options of the last load asked for (a project records them with its data).
    const churnlab::CsvOptions &options() const { return m_options; }
    // The workbook sheet the last successful load read; empty for a text file.
    QString sheet() const { return m_sheet; }

signals:
    void progressChanged(int permille, const QString &message);
    void loaded(std::shared_ptr<const churnlab::Dataset> dataset,
                const churnlab::CsvDialect &dialect, const QStringList &warnings,
                const QString &path, double seconds);
    void failed(const churnlab::Error &error, const QString &path);
    void cancelled(const QString &path);

private:
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    churnlab::DataInput m_input;
    QString m_sheet;
    churnlab::CsvOptions m_options;
    QElapsedTimer m_timer;
    quint64 m_generation = 0;
};
