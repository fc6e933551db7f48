#pragma once

#include "core/data/csv/CsvReader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

// The import preview: shows what the sniffer detected (delimiter, header, encoding, decimal
// mark) and each column's inferred type on the first rows, and lets the user override any
// of them before the full load starts.
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
    void setColumnType(int column, churnlab::ColumnType type);
    void setDelimiter(char delimiter);

private:
    void refresh();
    churnlab::CsvOptions dialectOptions() const;

    QString m_path;
    bool m_ok = false;
    QStringList m_columns;
    QList<churnlab::ColumnType> m_detected;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_header = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QComboBox *> m_typeBoxes;
    bool m_refreshing = false;
};
