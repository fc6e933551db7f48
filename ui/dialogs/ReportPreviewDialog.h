#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;

// Shows a report as it will print (Qt PDF's viewer) before it is saved anywhere: pages at a
// fitting width, page count, zoom, and Save PDF… which copies the previewed file atomically.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // pdf: the report written to a temporary file; it is removed when the dialog closes.
    ReportPreviewDialog(const QString &pdf, const QString &name, QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    int pageCount() const;
    // Copies the previewed report to path; false (with a message box) when it cannot.
    bool saveTo(const QString &path);

private:
    QString m_pdf;
    QString m_name;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_pages = nullptr;
};
