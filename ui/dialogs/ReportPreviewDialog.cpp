#include "ui/dialogs/ReportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

ReportPreviewDialog::ReportPreviewDialog(const QString &pdf, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_pdf(pdf)
    , m_name(name)
{
    setWindowTitle(tr("Report preview — %1").arg(name));
    resize(820, 960);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_pages = new QLabel(this);
    bar->addWidget(m_pages, 1);
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit width"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    bar->addWidget(zoomOut);
    bar->addWidget(fit);
    bar->addWidget(zoomIn);
    layout->addLayout(bar);

    m_document = new QPdfDocument(this);
    m_document->load(pdf);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->addWidget(m_view, 1);
    m_pages->setText(tr("%n page(s), A4", nullptr, m_document->pageCount()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this]() {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save report"), dir + QStringLiteral("/%1 report.pdf").arg(m_name),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty() && saveTo(path))
            accept();
    });
    auto zoomBy = [this](double factor) {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::clamp(m_view->zoomFactor() * factor, 0.25, 6.0));
    };
    connect(zoomIn, &QToolButton::clicked, this, [zoomBy]() { zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [zoomBy]() { zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, this,
            [this]() { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    m_document->close();
    QFile::remove(m_pdf);
}

int ReportPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

bool ReportPreviewDialog::saveTo(const QString &path)
{
    QFile in(m_pdf);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || out.write(in.readAll()) != in.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Cannot save the report"),
                             tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}
