#include "ui/report/CanvasPainter.h"

#include "ui/report/ReportLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace churnlab;

QRect CanvasPainter::cell(const QString &id)
{
    static const QHash<QString, QRect> cells = {
        {QStringLiteral("prediction_task"), QRect(0, 0, 1, 1)},
        {QStringLiteral("decisions"), QRect(1, 0, 1, 1)},
        {QStringLiteral("value_proposition"), QRect(2, 0, 1, 2)},
        {QStringLiteral("data_collection"), QRect(3, 0, 1, 1)},
        {QStringLiteral("data_sources"), QRect(4, 0, 1, 1)},
        {QStringLiteral("offline_evaluation"), QRect(0, 1, 1, 1)},
        {QStringLiteral("when_not_to_use_ml"), QRect(1, 1, 1, 1)},
        {QStringLiteral("building_models"), QRect(3, 1, 1, 1)},
        {QStringLiteral("features"), QRect(4, 1, 1, 1)},
        {QStringLiteral("live_monitoring"), QRect(0, 2, 5, 1)},
    };
    return cells.value(id);
}

namespace {

QString blockHtml(const Canvas::Block &block, const QStringList &stale)
{
    QString html;
    for (const Canvas::Fact &f : block.facts) {
        const bool old = stale.contains(f.key);
        html += QStringLiteral("<div style=\"color:%1\">%2: <b>%3</b>%4</div>")
                    .arg(old ? QStringLiteral("#b3261e") : QStringLiteral("#1f5f99"),
                         f.label.toHtmlEscaped(), f.value.toHtmlEscaped(),
                         old ? QCoreApplication::translate("CanvasPainter", " (out of date)")
                                   .toHtmlEscaped()
                             : QString());
    }
    if (!block.notes.isEmpty()) {
        QTextDocument notes;
        notes.setHtml(block.notes);
        if (!notes.toPlainText().trimmed().isEmpty())
            html += QStringLiteral("<div style=\"margin-top:4px\">%1</div>")
                        .arg(notes.toHtml()
                                 .section(QStringLiteral("<body"), 1)
                                 .section(QLatin1Char('>'), 1)
                                 .section(QStringLiteral("</body>"), 0, 0));
    }
    if (html.isEmpty())
        html = QStringLiteral("<i style=\"color:#8a939c\">%1</i>")
                   .arg(Canvas::prompt(block.id).toHtmlEscaped());
    return html;
}

} // namespace

void CanvasPainter::paint(QPainter &p, const QRectF &rect, const Canvas &canvas,
                          const QHash<QString, QStringList> &stale, QPaintDevice *metrics)
{
    const double colWidth = rect.width() / kColumns;
    const double rowHeights[kRows] = {rect.height() * 0.4, rect.height() * 0.4,
                                      rect.height() * 0.2};
    auto rowTop = [&](int row) {
        double y = rect.top();
        for (int r = 0; r < row; ++r)
            y += rowHeights[r];
        return y;
    };
    for (const Canvas::Block &block : canvas.blocks()) {
        const QRect c = cell(block.id);
        double height = 0;
        for (int r = c.y(); r < c.y() + c.height(); ++r)
            height += rowHeights[r];
        const QRectF box(rect.left() + c.x() * colWidth, rowTop(c.y()), c.width() * colWidth,
                         height);
        const bool centre = block.id == QLatin1String("value_proposition");
        p.fillRect(box, centre ? QColor(0xea, 0xf2, 0xfa) : QColor(0xfb, 0xfc, 0xfd));
        p.setPen(QPen(QColor(0x9a, 0xa8, 0xb6), 0.8));
        p.drawRect(box);
        const QRectF inner = box.adjusted(5, 4, -5, -4);
        p.setPen(QColor(0x1f, 0x5f, 0x99));
        p.setFont(ReportLayout::font(8.5, true));
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 12), Qt::AlignLeft,
                   Canvas::title(block.id));
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(metrics);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(ReportLayout::font(7));
        doc.setHtml(blockHtml(block, stale.value(block.id)));
        doc.setTextWidth(inner.width());
        p.save();
        p.translate(inner.left(), inner.top() + 15);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, 0, inner.width(), inner.height() - 15);
        p.setClipRect(context.clip);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    }
}

Result<bool> CanvasPainter::exportTo(const QString &path, const Canvas &canvas,
                                     const QHash<QString, QStringList> &stale, const QString &title)
{
    auto failed = [&](const QString &why) {
        return Error {
            Error::Kind::Io,
            QCoreApplication::translate("CanvasPainter", "Cannot write %1: %2").arg(path, why)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QSizeF page = ReportLayout::pageSize(QPageLayout::Landscape);
    const QRectF area(ReportLayout::kMargin, ReportLayout::kMargin + 22,
                      page.width() - 2 * ReportLayout::kMargin,
                      page.height() - 2 * ReportLayout::kMargin - 22);
    auto drawTitle = [&](QPainter &p) {
        p.setPen(QColor(0x22, 0x2b, 0x36));
        p.setFont(ReportLayout::font(13, true));
        p.drawText(QRectF(area.left(), ReportLayout::kMargin - 4, area.width(), 20),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("CanvasPainter", "ML Canvas — %1").arg(title));
    };
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        // Laid out in points (the image says 72 dpi) and drawn at 200 dpi by scaling, so that
        // the PNG matches the PDF line for line.
        constexpr double scale = 200.0 / 72.0;
        QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        drawTitle(p);
        paint(p, area, canvas, stale, &image);
        p.end();
        if (!image.save(&file, "PNG"))
            return failed(
                QCoreApplication::translate("CanvasPainter", "the image could not be encoded"));
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QCoreApplication::translate("CanvasPainter", "ML Canvas — %1").arg(title));
        writer.setCreator(QStringLiteral("ChurnLab %1").arg(QStringLiteral(CHURNLAB_VERSION)));
        QPainter p(&writer);
        drawTitle(p);
        paint(p, area, canvas, stale, &writer);
        p.end();
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}
