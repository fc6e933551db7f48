#include "ui/dialogs/OpenDatabaseDialog.h"

#include "ui/session/DatabaseKeyring.h"
#include "ui/widgets/TypedPreviewTable.h"

#include "core/data/db/DatabaseReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

namespace {

struct DriverChoice
{
    DatabaseUrl::Driver driver;
    const char *scheme;
    int port;
};
const DriverChoice kDrivers[] = {{DatabaseUrl::Driver::PostgreSql, "postgresql", 5432},
                                 {DatabaseUrl::Driver::MySql, "mysql", 3306},
                                 {DatabaseUrl::Driver::Sqlite, "sqlite", 0},
                                 {DatabaseUrl::Driver::Odbc, "odbc", 0}};

// A row whose field is a layout: its label's mnemonic goes to the row's main widget.
void addRowWithBuddy(QFormLayout *form, const QString &text, QLayout *row, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, row);
}

} // namespace

struct OpenDatabaseDialog::Outcome
{
    std::optional<Result<QList<DatabaseCatalog::Table>>> tables;
    std::optional<Result<CsvReadResult>> rows;
};

OpenDatabaseDialog::OpenDatabaseDialog(const DatabaseQuery &prefill, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));
    setObjectName(QStringLiteral("openDatabaseDialog"));
    resize(980, 680);
    buildForm();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this]() {
        setBusy(false);
        if (m_watcher.future().resultCount() == 0)
            return;
        const auto out = m_watcher.result();
        if (out->tables) {
            if (out->tables->ok())
                showTables(out->tables->value());
            else
                showError(out->tables->error().describe());
        } else if (out->rows) {
            if (out->rows->ok())
                showPreview(out->rows->value().dataset);
            else
                showError(out->rows->error().describe());
        }
    });
    if (prefill.validate().ok()) {
        setUrl(prefill.url.display());
        m_password->setText(prefill.url.password);
        setRowLimit(std::max<qint64>(prefill.limit, 0), prefill.sample);
        if (!prefill.table.isEmpty()) {
            m_browserTable = prefill.table;
            m_browserSql = DatabaseQuery {prefill.url, prefill.table, {}, -1}.selectSql();
            setSql(m_browserSql);
        } else {
            setSql(prefill.query);
        }
        if (prefill.url.password.isEmpty())
            readKeyring();
    }
}

OpenDatabaseDialog::~OpenDatabaseDialog()
{
    m_watcher.waitForFinished();
}

void OpenDatabaseDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_driver = new QComboBox(this);
    m_driver->addItem(tr("PostgreSQL"));
    m_driver->addItem(tr("MariaDB / MySQL"));
    m_driver->addItem(tr("SQLite file"));
    m_driver->addItem(tr("ODBC data source"));
    m_driver->setToolTip(tr("PostgreSQL is read through COPY, the fastest route; the others "
                            "through Qt's SQL drivers"));
    form->addRow(tr("&Driver:"), m_driver);

    auto *server = new QHBoxLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setToolTip(tr("0 uses the driver's default port"));
    server->addWidget(m_host, 1);
    server->addWidget(new QLabel(tr("Port:"), this));
    server->addWidget(m_port);
    addRowWithBuddy(form, tr("&Host:"), server, m_host);

    auto *dbRow = new QHBoxLayout;
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_browse = new QPushButton(tr("Browse…"), this);
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(m_browse);
    addRowWithBuddy(form, tr("Data&base:"), dbRow, m_database);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a SQLite file"), m_database->text(),
            tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!file.isEmpty())
            m_database->setText(file);
    });

    auto *credentials = new QHBoxLayout;
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setToolTip(tr("Empty: CHURNLAB_DB_PASSWORD, or the driver's own store (PGPASSWORD, "
                              "~/.pgpass)"));
    m_remember = new QCheckBox(tr("&Remember in the keyring"), this);
    m_remember->setToolTip(tr("Keep the password in the desktop's keyring for this connection; "
                              "it is never saved in a project or a setting"));
    credentials->addWidget(m_user, 1);
    credentials->addWidget(new QLabel(tr("Password:"), this));
    credentials->addWidget(m_password, 1);
    credentials->addWidget(m_remember);
    addRowWithBuddy(form, tr("&User:"), credentials, m_user);

    m_tls = new QComboBox(this);
    for (const char *mode : {"prefer", "require", "verify-full", "disable"})
        m_tls->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_tls->setToolTip(tr("PostgreSQL's sslmode: require encrypts, verify-full also checks the "
                         "server's certificate and name"));
    form->addRow(tr("&TLS:"), m_tls);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setToolTip(tr("The connection as a URL, without the password; paste one and press "
                         "Enter to fill the fields"));
    auto *urlRow = new QHBoxLayout;
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setToolTip(tr("List the database's tables and views with their row counts"));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_connect);
    addRowWithBuddy(form, tr("UR&L:"), urlRow, m_url);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tables = new QTreeWidget(split);
    m_tables->setObjectName(QStringLiteral("tables"));
    m_tables->setHeaderLabels({tr("Table"), tr("Rows")});
    m_tables->setRootIsDecorated(false);
    m_tables->header()->setStretchLastSection(false);
    m_tables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->setToolTip(tr("Choose a table to read it whole; row counts are the server's "
                            "estimate (≈)"));
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_sql = new QPlainTextEdit(right);
    m_sql->setObjectName(QStringLiteral("sql"));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(tr("SELECT … FROM … (one statement)"));
    m_sql->setMaximumHeight(140);
    rightLayout->addWidget(m_sql);
    auto *previewRow = new QHBoxLayout;
    m_limit = new QSpinBox(right);
    m_limit->setRange(0, INT_MAX);
    m_limit->setSpecialValueText(tr("every row"));
    m_limit->setSingleStep(10000);
    m_limit->setToolTip(tr("Read at most this many rows (a huge result's sample)"));
    m_previewButton = new QPushButton(tr("&Preview"), right);
    m_previewButton->setToolTip(tr("Read the first %1 rows (Ctrl+Return)").arg(previewRows));
    m_sample = new QCheckBox(tr("&Random sample"), right);
    m_sample->setToolTip(tr("Draw the limited rows at random (the server orders by random() "
                            "first) rather than taking the first ones"));
    previewRow->addWidget(new QLabel(tr("Row limit:"), right));
    previewRow->addWidget(m_limit);
    previewRow->addWidget(m_sample);
    previewRow->addStretch(1);
    previewRow->addWidget(m_previewButton);
    rightLayout->addLayout(previewRow);
    m_preview = new TypedPreviewTable(right);
    m_preview->setToolTip(tr("The first %1 rows; the first row sets each column's type, as the "
                             "server's types suggest")
                              .arg(previewRows));
    rightLayout->addWidget(m_preview, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 680});
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Load"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (auto q = query(); !q) {
            showError(q.error().describe());
            return;
        }
        writeKeyring();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &OpenDatabaseDialog::driverChanged);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            if (!m_updatingUrl)
                m_url->setText(urlText());
        });
    connect(m_port, &QSpinBox::valueChanged, this, [this]() { m_url->setText(urlText()); });
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this]() { m_url->setText(urlText()); });
    connect(m_url, &QLineEdit::returnPressed, this, [this]() { setUrl(m_url->text()); });
    connect(m_connect, &QPushButton::clicked, this, &OpenDatabaseDialog::listTables);
    connect(m_previewButton, &QPushButton::clicked, this, &OpenDatabaseDialog::preview);
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(run, &QShortcut::activated, this, &OpenDatabaseDialog::preview);
    connect(m_tables, &QTreeWidget::itemSelectionChanged, this, [this]() {
        const auto items = m_tables->selectedItems();
        if (items.isEmpty())
            return;
        selectTable(items.first()->data(0, Qt::UserRole).toString());
    });
    connect(m_tables, &QTreeWidget::itemDoubleClicked, this, &OpenDatabaseDialog::preview);
    driverChanged();
}

void OpenDatabaseDialog::driverChanged()
{
    const auto driver = kDrivers[std::max(0, m_driver->currentIndex())].driver;
    const bool server =
        driver == DatabaseUrl::Driver::PostgreSql || driver == DatabaseUrl::Driver::MySql;
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_user)})
        w->setEnabled(server);
    m_password->setEnabled(driver != DatabaseUrl::Driver::Sqlite);
    m_remember->setEnabled(driver != DatabaseUrl::Driver::Sqlite);
    m_tls->setEnabled(driver == DatabaseUrl::Driver::PostgreSql);
    m_browse->setVisible(driver == DatabaseUrl::Driver::Sqlite);
    m_database->setPlaceholderText(driver == DatabaseUrl::Driver::Sqlite ? tr("/path/to/file.db")
                                       : driver == DatabaseUrl::Driver::Odbc
                                       ? tr("a DSN, or Driver={…};Server=…;Database=…")
                                       : tr("the database's name"));
    if (!m_updatingUrl)
        m_url->setText(urlText());
}

QString OpenDatabaseDialog::urlText() const
{
    const DriverChoice &d = kDrivers[std::max(0, m_driver->currentIndex())];
    const QString scheme = QString::fromLatin1(d.scheme);
    // A SQLite file's path or an ODBC data source is the whole of the URL after the scheme.
    if (d.driver == DatabaseUrl::Driver::Sqlite || d.driver == DatabaseUrl::Driver::Odbc)
        return scheme + QStringLiteral("://") + m_database->text().trimmed();
    QUrl u;
    u.setScheme(scheme);
    u.setHost(m_host->text().trimmed());
    if (m_port->value() > 0)
        u.setPort(m_port->value());
    u.setUserName(m_user->text().trimmed());
    u.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (d.driver == DatabaseUrl::Driver::PostgreSql && m_tls->currentIndex() > 0)
        u.setQuery(QStringLiteral("sslmode=") + m_tls->currentData().toString());
    return u.toString();
}

void OpenDatabaseDialog::setUrl(const QString &text)
{
    auto parsed = DatabaseUrl::parse(text);
    if (!parsed) {
        showError(parsed.error().describe());
        return;
    }
    m_updatingUrl = true;
    for (int i = 0; i < int(std::size(kDrivers)); ++i)
        if (kDrivers[i].driver == parsed->driver)
            m_driver->setCurrentIndex(i);
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->database);
    m_user->setText(parsed->user);
    if (!parsed->password.isEmpty())
        m_password->setText(parsed->password);
    const int tls = m_tls->findData(parsed->parameters.value(QStringLiteral("sslmode")));
    m_tls->setCurrentIndex(std::max(0, tls));
    m_updatingUrl = false;
    m_url->setText(urlText());
    m_error->hide();
}

void OpenDatabaseDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void OpenDatabaseDialog::setSql(const QString &sql)
{
    m_sql->setPlainText(sql);
}

QString OpenDatabaseDialog::sql() const
{
    return m_sql->toPlainText();
}

void OpenDatabaseDialog::setRowLimit(qint64 rows, bool sample)
{
    m_limit->setValue(int(std::clamp<qint64>(rows, 0, INT_MAX)));
    m_sample->setChecked(sample);
}

Result<DatabaseUrl> OpenDatabaseDialog::url() const
{
    auto parsed = DatabaseUrl::parse(urlText());
    if (!parsed)
        return parsed.error();
    if (!m_password->text().isEmpty())
        parsed->password = m_password->text();
    return parsed;
}

Result<DatabaseQuery> OpenDatabaseDialog::query() const
{
    auto u = url();
    if (!u)
        return u.error();
    DatabaseQuery q;
    q.url = *u;
    const QString text = sql().trimmed();
    if (!m_browserTable.isEmpty() && text == m_browserSql.trimmed())
        q.table = m_browserTable;
    else
        q.query = text;
    q.limit = m_limit->value() > 0 ? m_limit->value() : -1;
    q.sample = q.limit >= 0 && m_sample->isChecked();
    if (auto valid = q.validate(); !valid)
        return valid.error();
    return q;
}

CsvOptions OpenDatabaseDialog::options() const
{
    CsvOptions o;
    const auto overrides = m_preview->overrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        o.typeOverrides.insert(it.key(), it.value());
    return o;
}

void OpenDatabaseDialog::listTables()
{
    auto u = url();
    if (!u) {
        showError(u.error().describe());
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(u->display()));
    m_watcher.setFuture(QtConcurrent::run([u = *u]() {
        auto out = std::make_shared<Outcome>();
        out->tables = DatabaseCatalog::tables(u);
        return out;
    }));
}

void OpenDatabaseDialog::preview()
{
    auto q = query();
    if (!q) {
        showError(q.error().describe());
        return;
    }
    q->limit = q->limit < 0 ? previewRows : std::min<qint64>(q->limit, previewRows);
    setBusy(true, tr("Reading the first %1 rows…").arg(previewRows));
    m_watcher.setFuture(QtConcurrent::run([q = *q]() {
        auto out = std::make_shared<Outcome>();
        out->rows = DatabaseReader().read(q);
        return out;
    }));
}

void OpenDatabaseDialog::showTables(const QList<DatabaseCatalog::Table> &tables)
{
    m_tables->clear();
    const QLocale locale;
    for (const DatabaseCatalog::Table &t : tables) {
        auto *item = new QTreeWidgetItem(m_tables);
        item->setText(0, t.view ? tr("%1 (view)").arg(t.qualified()) : t.qualified());
        item->setData(0, Qt::UserRole, t.qualified());
        item->setText(
            1, t.rows < 0 ? QStringLiteral("—") : QStringLiteral("≈ ") + locale.toString(t.rows));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tables->resizeColumnToContents(0);
    m_tables->resizeColumnToContents(1);
    m_status->setText(tr("Tables and views: %1").arg(QLocale().toString(qlonglong(tables.size()))));
    emit tablesListed();
}

QStringList OpenDatabaseDialog::tableNames() const
{
    QStringList names;
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i)
        names << m_tables->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return names;
}

QString OpenDatabaseDialog::tableRowsText(const QString &qualified) const
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i)
        if (m_tables->topLevelItem(i)->data(0, Qt::UserRole).toString() == qualified)
            return m_tables->topLevelItem(i)->text(1);
    return {};
}

void OpenDatabaseDialog::selectTable(const QString &qualified)
{
    auto u = url();
    if (!u)
        return;
    m_browserTable = qualified;
    m_browserSql = DatabaseQuery {*u, qualified, {}, -1}.selectSql();
    setSql(m_browserSql);
}

void OpenDatabaseDialog::showPreview(const Dataset &dataset)
{
    QStringList columns;
    QList<ColumnType> types;
    QList<QStringList> rows;
    for (int c = 0; c < dataset.columnCount(); ++c) {
        columns << dataset.column(c).name();
        types << dataset.column(c).type();
    }
    for (qsizetype r = 0; r < dataset.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < dataset.columnCount(); ++c)
            row << (dataset.column(c).isMissing(r) ? QString() : dataset.column(c).text(r));
        rows << row;
    }
    m_preview->setPreview(columns, types, rows);
    m_status->setText(tr("Rows shown: %1; the types come from the server's column types")
                          .arg(QLocale().toString(qlonglong(dataset.rowCount()))));
    m_error->hide();
    emit previewShown();
}

void OpenDatabaseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_status->clear();
    emit failed(message);
}

QString OpenDatabaseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OpenDatabaseDialog::setBusy(bool busy, const QString &message)
{
    m_connect->setEnabled(!busy);
    m_previewButton->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_error->hide();
        m_status->setText(message);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

bool OpenDatabaseDialog::isBusy() const
{
    return m_watcher.isRunning();
}

void OpenDatabaseDialog::readKeyring()
{
    auto url = DatabaseUrl::parse(urlText());
    if (!url)
        return;
    DatabaseKeyring::read(*url, this, [this](const QString &password) {
        if (!password.isEmpty() && m_password->text().isEmpty()) {
            m_password->setText(password);
            m_remember->setChecked(true);
        }
    });
}

void OpenDatabaseDialog::writeKeyring() const
{
    auto url = DatabaseUrl::parse(urlText());
    if (m_remember->isChecked() && url)
        DatabaseKeyring::write(*url, m_password->text());
}
