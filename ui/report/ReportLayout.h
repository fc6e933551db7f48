#pragma once

#include "core/Result.h"

#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QStringList>

#include <functional>

class QPaintDevice;
class QPainter;

// Lays out a paginated A4 document as drawing operations in points (1/72 inch), then paints
// them onto a PDF: real text (QTextDocument), vector drawing, a header with the document's
// name and date and a footer with "page N of M" on every page. Laying out first is what lets
// every footer know M, and lets a table that runs over a page repeat its header row.
class ReportLayout
{
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    // metrics: the device text is measured for (the PDF writer itself).
    ReportLayout(QPaintDevice *metrics, QString header, QString date);

    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    QRectF content() const; // the current page's writable area
    double remaining() const;
    // Starts a new page unless `height` points still fit on this one.
    void ensure(double height);

    void title(const QString &text, const QString &subtitle);
    // keep: the height of what must follow the heading on the same page (a figure, a table's
    // first rows), so that a heading never ends a page alone.
    void heading(const QString &text, double keep = 90);
    void subheading(const QString &text);
    void paragraph(const QString &text, bool html = false, double pointSize = 10);
    void markdown(const QString &text);
    void keyValues(const QList<std::pair<QString, QString>> &rows);
    // Column widths are shares of the content width; rows taller than a line wrap.
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<double> &widths, const QList<int> &rightAligned = {});
    // A drawing of the given height (starts a new page if it does not fit).
    void figure(double height, const Paint &paint);
    void space(double points) { m_y += points; }

    int pageCount() const { return int(m_pages.size()); }
    QPageLayout::Orientation orientation(int page) const
    {
        return m_pages[size_t(page)].orientation;
    }
    // Paints page `index` (header and footer included).
    void paintPage(QPainter &painter, int index) const;

    static QSizeF pageSize(QPageLayout::Orientation orientation);
    static QFont font(double pointSize, bool bold = false);
    static constexpr double kMargin = 42;

private:
    struct Page
    {
        QPageLayout::Orientation orientation;
        std::vector<std::function<void(QPainter &)>> ops;
    };
    double textHeight(const QString &text, double width, const QFont &font, bool html) const;
    void addText(const QRectF &rect, const QString &text, const QFont &font, bool html,
                 Qt::Alignment align = Qt::AlignLeft);

    QPaintDevice *m_metrics;
    QString m_header;
    QString m_date;
    std::vector<Page> m_pages;
    double m_y = 0;
};
