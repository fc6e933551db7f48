#pragma once

#include "core/data/ColumnType.h"

#include <QHash>
#include <QTableWidget>

class QComboBox;

// The first rows of data about to be loaded, under a row of type choices: each column's
// detected type is preselected, and a different choice becomes a type override for the full
// load. The file import preview and the database preview show their rows here.
class TypedPreviewTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit TypedPreviewTable(QWidget *parent = nullptr);

    // headers: what each column's header says (its name, and anything worth a second line).
    void setPreview(const QStringList &columns, const QList<churnlab::ColumnType> &detected,
                    const QList<QStringList> &rows, const QStringList &headers = {});
    void clearPreview();
    int previewColumnCount() const { return int(m_columns.size()); }
    QString previewHeader(int column) const;
    void setColumnType(int column, churnlab::ColumnType type);
    // The columns whose chosen type differs from the detected one.
    QHash<QString, churnlab::ColumnType> overrides() const;

private:
    QStringList m_columns;
    QList<churnlab::ColumnType> m_detected;
    QList<QComboBox *> m_typeBoxes;
};
