#include "ui/charts/ChartExport.h"

#include "ui/charts/CorrelationHeatmap.h"

#include <QApplication>
#include <QBuffer>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ChartExport {

namespace {

void render(QWidget *widget, QPainter &painter, const QRect &target)
{
    if (auto *heatmap = qobject_cast<CorrelationHeatmap *>(widget)) {
        heatmap->paintTo(painter, target);
        return;
    }
    if (auto *view = qobject_cast<QChartView *>(widget)) {
        view->render(&painter, target, view->viewport()->rect());
        return;
    }
    widget->render(&painter, target.topLeft());
}

QImage toImage(QWidget *widget, qreal scale)
{
    const QSize size = widget->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(widget, painter, QRect(QPoint(0, 0), size));
    painter.end();
    return image;
}

} // namespace

churnlab::Result<bool> save(QWidget *widget, const QString &path)
{
    auto fail = [&](const QString &why) {
        return churnlab::Error {
            churnlab::Error::Kind::Io,
            QCoreApplication::translate("ChartExport", "Cannot save the chart to %1: %2")
                .arg(path, why)};
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("svg")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(widget->windowTitle());
        QPainter painter(&svg);
        render(widget, painter, QRect(QPoint(0, 0), widget->size()));
        painter.end();
    } else if (suffix == QLatin1String("png")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!toImage(widget, 2.0).save(&buffer, "PNG"))
            return fail(
                QCoreApplication::translate("ChartExport", "the image could not be encoded"));
    } else {
        return fail(
            QCoreApplication::translate("ChartExport", "use a file name ending in .png or .svg"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

void copyToClipboard(QWidget *widget)
{
    QApplication::clipboard()->setImage(toImage(widget, widget->devicePixelRatioF()));
}

} // namespace ChartExport
