#pragma once

#include "core/data/csv/CsvReader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QDialogButtonBox;
class QLabel;
class TypedPreviewTable;

// The import preview: shows what the sniffer detected (delimiter, header, encoding, decimal
// mark) and each column's inferred type on the first rows, and lets the user override any
// of them before the full load starts. For an Excel workbook it lists the sheets (hidden ones
// marked) and previews the chosen one, with the same type overrides.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int previewRows = 100;

    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);

    // The user's choices, as options for CsvReader.
    churnlab::CsvOptions options() const;
    bool previewOk() const { return m_ok; }
    QString errorText() const;
    int previewColumnCount() const;
    // A preview column's header: its name, and "N of M missing" for the preview rows' gaps.
    QString previewHeader(int column) const;
    void setColumnType(int column, churnlab::ColumnType type);
    void setDelimiter(char delimiter);
    // Workbooks: the sheets as listed, and the one to preview and load.
    QStringList sheetNames() const;
    void setSheet(const QString &name);
    // Excel's and BI tools' habits: the header's line, rows below it to leave out, more missing
    // tokens, and a thousands separator.
    void setHeaderRow(int line);
    void setSkipRows(int rows);
    void setThousands(char separator);
    void setExtraMissingTokens(const QString &commaSeparated);
    // What the preview found and offers: tokens met, a description row to skip.
    QString missingTokensText() const;
    QString offerText() const;
    void acceptOffer();

private:
    void refresh();
    void showOffer(const churnlab::CsvCells &cells);
    churnlab::CsvOptions dialectOptions() const;

    QString m_path;
    bool m_ok = false;
    QStringList m_columns;
    QList<churnlab::ColumnType> m_detected;
    bool m_workbook = false;
    QComboBox *m_sheet = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_header = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QSpinBox *m_skipRows = nullptr;
    QComboBox *m_thousands = nullptr;
    QLineEdit *m_naValues = nullptr;
    QCheckBox *m_defaultNa = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_offer = nullptr;
    QPushButton *m_offerButton = nullptr;
    int m_offeredSkip = 0;
    char m_offeredThousands = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    TypedPreviewTable *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_refreshing = false;
};
