#include "ui/dialogs/ImportDialog.h"
#include "ui/widgets/TypedPreviewTable.h"

#include "core/data/DataReader.h"
#include "core/data/MissingTokens.h"
#include "core/data/csv/CellRules.h"
#include "core/data/xlsx/XlsxReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace churnlab;

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_workbook = XlsxReader::isWorkbookPath(path);
    m_sheet = new QComboBox(this);
    m_sheet->setToolTip(tr("The workbook's sheets in order; hidden sheets are marked"));
    if (m_workbook) {
        auto sheets = XlsxReader::sheets(path);
        bool chosen = false;
        for (const XlsxWorkbook::Sheet &sheet : sheets ? *sheets : QList<XlsxWorkbook::Sheet>()) {
            m_sheet->addItem(sheet.hidden ? tr("%1 (hidden)").arg(sheet.name) : sheet.name,
                             sheet.name);
            if (!sheet.hidden && !chosen) {
                m_sheet->setCurrentIndex(m_sheet->count() - 1);
                chosen = true;
            }
        }
        form->addRow(tr("&Sheet:"), m_sheet);
    } else {
        m_sheet->hide();
    }
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_delimiter->setToolTip(tr("The character that separates fields"));
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), QString());
    for (auto e : {TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Utf16LE,
                   TextEncoding::Utf16BE})
        m_encoding->addItem(textEncodingName(e), textEncodingName(e));
    m_encoding->setToolTip(tr("How the file's bytes encode text; detection reads byte order marks "
                              "and checks UTF-8, else falls back to Windows-1252"));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_header = new QCheckBox(tr("First row holds column &names"), this);
    form->addRow(QString(), m_header);
    m_decimalComma = new QCheckBox(tr("Numbers use a decimal &comma (1,5 = 1.5)"), this);
    form->addRow(QString(), m_decimalComma);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("Detect"));
    m_headerRow->setToolTip(tr("The line that holds the column names; lines above it (a title, "
                               "a blank line, a “generated on” line) are skipped"));
    form->addRow(tr("&Header on line:"), m_headerRow);
    m_skipRows = new QSpinBox(this);
    m_skipRows->setRange(0, 1000);
    m_skipRows->setSpecialValueText(tr("None"));
    m_skipRows->setToolTip(tr("Rows right below the header to leave out, such as a row that "
                              "describes each column"));
    form->addRow(tr("S&kip rows below the header:"), m_skipRows);
    m_thousands = new QComboBox(this);
    m_thousands->addItem(tr("None"), QString());
    m_thousands->addItem(tr("Comma (1,234.50)"), QStringLiteral(","));
    m_thousands->addItem(tr("Dot (1.234,50)"), QStringLiteral("."));
    m_thousands->addItem(tr("Apostrophe (1'234.50)"), QStringLiteral("'"));
    m_thousands->setToolTip(tr("Off by default: values grouped exactly as numbers are then read "
                               "as numbers"));
    form->addRow(tr("&Thousands separator:"), m_thousands);
    auto *na = new QHBoxLayout;
    m_naValues = new QLineEdit(this);
    m_naValues->setPlaceholderText(tr("more, comma-separated: unknown, -"));
    m_naValues->setToolTip(tr("Texts that also mean “no value”"));
    m_defaultNa = new QCheckBox(tr("and the &defaults"), this);
    m_defaultNa->setChecked(true);
    m_defaultNa->setToolTip(MissingTokens::defaults().join(QStringLiteral("  ")));
    na->addWidget(m_naValues, 1);
    na->addWidget(m_defaultNa);
    auto *naLabel = new QLabel(tr("&Missing values:"), this);
    naLabel->setBuddy(m_naValues);
    form->addRow(naLabel, na);
    layout->addLayout(form);
    m_tokens = new QLabel(this);
    m_tokens->setWordWrap(true);
    layout->addWidget(m_tokens);
    auto *offer = new QHBoxLayout;
    m_offer = new QLabel(this);
    m_offer->setWordWrap(true);
    m_offer->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_offerButton = new QPushButton(tr("S&kip It"), this);
    offer->addWidget(m_offer, 1);
    offer->addWidget(m_offerButton);
    layout->addLayout(offer);
    m_offer->hide();
    m_offerButton->hide();
    connect(m_offerButton, &QPushButton::clicked, this, &ImportDialog::acceptOffer);

    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new TypedPreviewTable(this);
    m_table->setToolTip(
        tr("The first %1 rows; the first row sets each column's type").arg(previewRows));
    layout->addWidget(m_table, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Load"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // A workbook's cells carry their own types and text: no delimiter, encoding or decimal mark.
    for (QWidget *w : {static_cast<QWidget *>(m_delimiter), static_cast<QWidget *>(m_encoding),
                       static_cast<QWidget *>(m_decimalComma)}) {
        w->setVisible(!m_workbook);
        if (auto *label = form->labelForField(w))
            label->setVisible(!m_workbook);
    }
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::refresh);
    connect(m_decimalComma, &QCheckBox::toggled, this, &ImportDialog::refresh);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportDialog::refresh);
    connect(m_skipRows, &QSpinBox::valueChanged, this, &ImportDialog::refresh);
    connect(m_thousands, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_naValues, &QLineEdit::editingFinished, this, &ImportDialog::refresh);
    connect(m_defaultNa, &QCheckBox::toggled, this, &ImportDialog::refresh);
    refresh();
}

CsvOptions ImportDialog::dialectOptions() const
{
    CsvOptions o;
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.delimiter = d.at(0).toLatin1();
    const QString e = m_encoding->currentData().toString();
    if (!e.isEmpty())
        o.encoding = textEncodingFromName(e);
    if (m_workbook)
        o.sheet = m_sheet->currentData().toString();
    o.headerRow = m_headerRow->value();
    o.skipRows = m_skipRows->value();
    const QString t = m_thousands->currentData().toString();
    o.thousands = t.isEmpty() ? 0 : t.at(0).toLatin1();
    o.naValues = m_naValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.defaultNa = m_defaultNa->isChecked();
    return o;
}

CsvOptions ImportDialog::options() const
{
    CsvOptions o = dialectOptions();
    o.header = m_header->isChecked();
    o.decimalComma = m_decimalComma->isChecked();
    const auto overrides = m_table->overrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        o.typeOverrides.insert(it.key(), it.value());
    return o;
}

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int ImportDialog::previewColumnCount() const
{
    return int(m_columns.size());
}

void ImportDialog::setColumnType(int column, ColumnType type)
{
    m_table->setColumnType(column, type);
}

void ImportDialog::setDelimiter(char delimiter)
{
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(QLatin1Char(delimiter))));
}

QStringList ImportDialog::sheetNames() const
{
    QStringList names;
    for (int i = 0; i < m_sheet->count(); ++i)
        names << m_sheet->itemData(i).toString();
    return names;
}

void ImportDialog::setSheet(const QString &name)
{
    m_sheet->setCurrentIndex(m_sheet->findData(name));
}

void ImportDialog::setHeaderRow(int line)
{
    m_headerRow->setValue(line);
}

void ImportDialog::setSkipRows(int rows)
{
    m_skipRows->setValue(rows);
}

void ImportDialog::setThousands(char separator)
{
    m_thousands->setCurrentIndex(std::max(
        0, m_thousands->findData(separator ? QString(QLatin1Char(separator)) : QString())));
}

void ImportDialog::setExtraMissingTokens(const QString &commaSeparated)
{
    m_naValues->setText(commaSeparated);
    refresh();
}

QString ImportDialog::missingTokensText() const
{
    return m_tokens->text();
}

QString ImportDialog::offerText() const
{
    return m_offer->isHidden() ? QString() : m_offer->text();
}

void ImportDialog::acceptOffer()
{
    if (m_offeredSkip > 0)
        m_skipRows->setValue(m_offeredSkip);
    else if (m_offeredThousands)
        setThousands(m_offeredThousands);
}

// Offers what the preview rows suggest: a description row under the header (text in the first
// rows of columns that otherwise hold numbers), as the quality checks find it after a load.
void ImportDialog::showOffer(const CsvCells &c)
{
    m_offeredSkip = 0;
    int broken = 0;
    qsizetype lastRow = -1;
    for (qsizetype col = 0; col < c.columns.size(); ++col) {
        qsizetype offender = -1, numbers = 0;
        bool ok = true;
        for (qsizetype r = 0; r < c.rows.size() && ok; ++r) {
            const QString &v = c.rows[r][col];
            if (v.isEmpty())
                continue;
            bool number = false;
            v.toDouble(&number);
            if (number)
                ++numbers;
            else if (r < 3)
                offender = r;
            else
                ok = false;
        }
        if (ok && offender >= 0 && numbers >= 2) {
            ++broken;
            lastRow = std::max(lastRow, offender);
        }
    }
    if (broken >= 2 && m_skipRows->value() == 0) {
        m_offeredSkip = int(lastRow + 1);
        m_offer->setText(tr("The first %n row(s) under the header hold text in %1 columns that "
                            "otherwise hold numbers: a description of the columns?",
                            nullptr, m_offeredSkip)
                             .arg(broken));
    }
    // Else: a column whose values are all numbers grouped with one thousands separator.
    m_offeredThousands = 0;
    if (m_offeredSkip == 0 && m_thousands->currentIndex() == 0) {
        for (qsizetype col = 0; col < c.columns.size() && !m_offeredThousands; ++col) {
            if (c.types.value(col) != ColumnType::Categorical
                && c.types.value(col) != ColumnType::Text)
                continue;
            std::vector<std::string> texts;
            for (const QStringList &row : c.rows)
                if (!row[col].isEmpty())
                    texts.push_back(row[col].toStdString());
            const std::vector<std::string_view> values(texts.begin(), texts.end());
            if (const char sep = CellRules::groupingOf(values)) {
                m_offeredThousands = sep;
                m_offer->setText(tr("“%1” holds numbers grouped with “%2” as the thousands "
                                    "separator: read them as numbers?")
                                     .arg(c.columns[col])
                                     .arg(QLatin1Char(sep)));
            }
        }
    }
    m_offerButton->setText(m_offeredThousands ? tr("&Read as Numbers") : tr("S&kip It"));
    m_offer->setVisible(m_offeredSkip > 0 || m_offeredThousands);
    m_offerButton->setVisible(m_offeredSkip > 0 || m_offeredThousands);
}

void ImportDialog::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    // The header and decimal-mark boxes follow detection until the user touches them.
    CsvOptions o = dialectOptions();
    if (sender() == m_header)
        o.header = m_header->isChecked();
    if (sender() == m_decimalComma)
        o.decimalComma = m_decimalComma->isChecked();
    auto cells = DataReader(o).readCells(m_path, previewRows);
    m_table->clearPreview();
    m_ok = cells.ok();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ok);
    if (!m_ok) {
        m_error->setText(tr("Cannot read this file: %1").arg(cells.error().describe()));
        m_error->show();
        m_summary->clear();
        m_columns.clear();
        m_detected.clear();
        m_refreshing = false;
        return;
    }
    m_error->hide();
    const CsvCells &c = cells.value();
    QStringList found;
    for (auto it = c.missingFound.cbegin(); it != c.missingFound.cend(); ++it)
        found << tr("“%1” × %2").arg(it.key()).arg(it.value());
    QStringList info = c.notes;
    if (!found.isEmpty())
        info << tr("Read as missing in these rows: %1").arg(found.join(QStringLiteral(", ")));
    m_tokens->setText(info.join(QLatin1Char('\n')));
    m_tokens->setVisible(!info.isEmpty());
    showOffer(c);
    m_columns = c.columns;
    m_detected = c.types;
    m_header->setChecked(c.dialect.header);
    m_decimalComma->setChecked(c.dialect.decimalComma);
    if (m_workbook)
        m_summary->setText(tr("Sheet “%1”: %n column(s); types come from the cells and their "
                              "number formats",
                              nullptr, int(c.columns.size()))
                               .arg(m_sheet->currentData().toString()));
    else
        m_summary->setText(
            tr("Detected: delimiter %1, encoding %2%3, %n column(s)", nullptr,
               int(c.columns.size()))
                .arg(c.dialect.delimiterLabel(), textEncodingName(c.dialect.encoding),
                     c.dialect.encodingGuessed ? tr(" (guessed: the file is not valid UTF-8)")
                                               : QString()));
    // The preview rows' missing cells per column, by the same tokens the load will use.
    const CsvOptions read = options();
    const MissingTokens missing(read.naValues, read.defaultNa);
    QStringList headers;
    for (int col = 0; col < c.columns.size(); ++col) {
        int gaps = 0;
        for (const QStringList &row : c.rows)
            if (col < row.size() && missing.matches(row[col].trimmed().toStdString()))
                ++gaps;
        headers
            << (gaps ? tr("%1\n%2 of %3 missing").arg(c.columns[col]).arg(gaps).arg(c.rows.size())
                     : c.columns[col]);
    }
    m_table->setPreview(c.columns, c.types, c.rows, headers);
    m_refreshing = false;
}

QString ImportDialog::previewHeader(int column) const
{
    return m_table->previewHeader(column);
}
