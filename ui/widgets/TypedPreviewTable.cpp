#include "ui/widgets/TypedPreviewTable.h"

#include <QComboBox>
#include <QHeaderView>

using namespace churnlab;

namespace {

const QList<ColumnType> kTypes = {ColumnType::Integer,     ColumnType::Real, ColumnType::Boolean,
                                  ColumnType::Categorical, ColumnType::Text, ColumnType::Date,
                                  ColumnType::DateTime};

} // namespace

TypedPreviewTable::TypedPreviewTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void TypedPreviewTable::clearPreview()
{
    clear();
    m_typeBoxes.clear();
    m_columns.clear();
    m_detected.clear();
    setRowCount(0);
    setColumnCount(0);
}

void TypedPreviewTable::setPreview(const QStringList &columns, const QList<ColumnType> &detected,
                                   const QList<QStringList> &rows, const QStringList &headers)
{
    clearPreview();
    m_columns = columns;
    m_detected = detected;
    setColumnCount(int(columns.size()));
    setRowCount(int(rows.size()) + 1);
    setHorizontalHeaderLabels(headers.size() == columns.size() ? headers : columns);
    QStringList rowLabels {tr("Type")};
    for (int r = 0; r < rows.size(); ++r)
        rowLabels << QString::number(r + 1);
    setVerticalHeaderLabels(rowLabels);
    for (int col = 0; col < columns.size(); ++col) {
        auto *box = new QComboBox(this);
        for (ColumnType t : kTypes)
            box->addItem(columnTypeLabel(t), int(t));
        box->setCurrentIndex(int(kTypes.indexOf(detected.value(col, ColumnType::Text))));
        box->setToolTip(tr("Detected: %1. Choose another type to override it.")
                            .arg(columnTypeLabel(detected.value(col, ColumnType::Text))));
        setCellWidget(0, col, box);
        m_typeBoxes.append(box);
        for (int r = 0; r < rows.size(); ++r)
            setItem(r + 1, col, new QTableWidgetItem(rows[r].value(col)));
    }
    resizeColumnsToContents();
}

QString TypedPreviewTable::previewHeader(int column) const
{
    const QTableWidgetItem *item = horizontalHeaderItem(column);
    return item ? item->text() : QString();
}

void TypedPreviewTable::setColumnType(int column, ColumnType type)
{
    m_typeBoxes.at(column)->setCurrentIndex(int(kTypes.indexOf(type)));
}

QHash<QString, ColumnType> TypedPreviewTable::overrides() const
{
    QHash<QString, ColumnType> out;
    for (int c = 0; c < m_typeBoxes.size() && c < m_detected.size(); ++c) {
        const auto chosen = ColumnType(m_typeBoxes[c]->currentData().toInt());
        if (chosen != m_detected[c])
            out.insert(m_columns[c], chosen);
    }
    return out;
}
