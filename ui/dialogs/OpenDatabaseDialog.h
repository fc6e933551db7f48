#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/db/DatabaseCatalog.h"
#include "core/data/db/DatabaseQuery.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class TypedPreviewTable;

// File ▸ Open Database…: where the database is (driver, host, port, database, user, password,
// TLS; or a URL pasted whole), a table browser with the server's row counts, a SQL editor,
// and a preview of the first 100 rows with the import preview's type choices. Connecting,
// listing and previewing run off the UI thread; the full load is the window's, in the
// background with progress and Cancel. The password can be kept in the desktop's keyring
// (qtkeychain) when the analyst asks; it is never written to a project, a run or a setting.
class OpenDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int previewRows = 100;

    explicit OpenDatabaseDialog(const churnlab::DatabaseQuery &prefill = {},
                                QWidget *parent = nullptr);
    ~OpenDatabaseDialog() override;

    // What to load: the table chosen in the browser (when the SQL is still the one the browser
    // wrote) or the SQL, with the row limit and the password typed here.
    [[nodiscard]] churnlab::Result<churnlab::DatabaseQuery> query() const;
    // The preview's type choices, as import options for the full load.
    churnlab::CsvOptions options() const;

    // The URL the fields make, without the password; setUrl() fills the fields from one.
    QString urlText() const;
    void setUrl(const QString &url);
    void setPassword(const QString &password);
    void setSql(const QString &sql);
    QString sql() const;
    void setRowLimit(qint64 rows, bool sample = false); // 0: every row

    // Lists the tables (tablesListed or failed follows).
    void listTables();
    QStringList tableNames() const;
    QString tableRowsText(const QString &qualified) const;
    void selectTable(const QString &qualified);
    // Reads the first rows (previewShown or failed follows).
    void preview();
    TypedPreviewTable *previewTable() const { return m_preview; }
    QString errorText() const;
    bool isBusy() const;

signals:
    void tablesListed();
    void previewShown();
    void failed(const QString &message);

private:
    struct Outcome;
    void buildForm();
    void driverChanged();
    void showTables(const QList<churnlab::DatabaseCatalog::Table> &tables);
    void showPreview(const churnlab::Dataset &dataset);
    void showError(const QString &message);
    void setBusy(bool busy, const QString &message = {});
    void readKeyring();
    void writeKeyring() const;
    [[nodiscard]] churnlab::Result<churnlab::DatabaseUrl> url() const;

    QComboBox *m_driver = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_connect = nullptr;
    QTreeWidget *m_tables = nullptr;
    QPlainTextEdit *m_sql = nullptr;
    QSpinBox *m_limit = nullptr;
    QCheckBox *m_sample = nullptr;
    QPushButton *m_previewButton = nullptr;
    TypedPreviewTable *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_browserSql; // the SQL the browser wrote for the selected table
    QString m_browserTable;
    bool m_updatingUrl = false;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};
