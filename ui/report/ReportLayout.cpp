#include "ui/report/ReportLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

namespace {

constexpr double kHeaderBand = 22;
constexpr double kFooterBand = 22;

QColor ink()
{
    return QColor(0x22, 0x2b, 0x36);
}

QColor accent()
{
    return QColor(0x1f, 0x5f, 0x99);
}

} // namespace

ReportLayout::ReportLayout(QPaintDevice *metrics, QString header, QString date)
    : m_metrics(metrics)
    , m_header(std::move(header))
    , m_date(std::move(date))
{
}

QSizeF ReportLayout::pageSize(QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    return orientation == QPageLayout::Portrait ? a4 : a4.transposed();
}

QFont ReportLayout::font(double pointSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No ligatures, so that "fi" stays two letters a reader can search for and copy (DejaVu
    // would write the single glyph "ﬁ"). Scripts that need shaping are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void ReportLayout::newPage(QPageLayout::Orientation orientation)
{
    m_pages.push_back({orientation, {}});
    m_y = kMargin + kHeaderBand;
}

QRectF ReportLayout::content() const
{
    const QSizeF size =
        pageSize(m_pages.empty() ? QPageLayout::Portrait : m_pages.back().orientation);
    return QRectF(kMargin, kMargin + kHeaderBand, size.width() - 2 * kMargin,
                  size.height() - 2 * kMargin - kHeaderBand - kFooterBand);
}

double ReportLayout::remaining() const
{
    return content().bottom() - m_y;
}

void ReportLayout::ensure(double height)
{
    if (m_pages.empty() || (height > remaining() && m_y > content().top() + 1))
        newPage(m_pages.empty() ? QPageLayout::Portrait : m_pages.back().orientation);
}

double ReportLayout::textHeight(const QString &text, double width, const QFont &font,
                                bool html) const
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(m_metrics);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    if (html)
        doc.setHtml(text);
    else
        doc.setPlainText(text);
    doc.setTextWidth(width);
    return doc.size().height();
}

void ReportLayout::addText(const QRectF &rect, const QString &text, const QFont &font, bool html,
                           Qt::Alignment align)
{
    QPaintDevice *device = m_metrics;
    m_pages.back().ops.push_back([=](QPainter &p) {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(device);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(font);
        QTextOption option = doc.defaultTextOption();
        option.setAlignment(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(ink().name()));
        if (html)
            doc.setHtml(text);
        else
            doc.setPlainText(text);
        doc.setTextWidth(rect.width());
        p.save();
        p.translate(rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ink());
        context.clip = QRectF(0, 0, rect.width(), rect.height() + 2);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    });
}

void ReportLayout::title(const QString &text, const QString &subtitle)
{
    newPage();
    const QRectF c = content();
    m_y = c.top() + c.height() * 0.3;
    const QFont big = font(26, true);
    const double h = textHeight(text, c.width(), big, false);
    addText(QRectF(c.left(), m_y, c.width(), h), text, big, false);
    m_y += h + 12;
    const QFont small = font(12);
    const double h2 = textHeight(subtitle, c.width(), small, false);
    addText(QRectF(c.left(), m_y, c.width(), h2), subtitle, small, false);
    m_y += h2;
    m_pages.back().ops.push_back([c, y = m_y - h2 - h - 24](QPainter &p) {
        p.setPen(QPen(accent(), 3));
        p.drawLine(QPointF(c.left(), y), QPointF(c.left() + 120, y));
    });
}

void ReportLayout::heading(const QString &text, double keep)
{
    const QFont f = font(15, true);
    const double h = textHeight(text, content().width(), f, false);
    ensure(h + 20 + keep);
    if (m_y > content().top() + 1)
        m_y += 10;
    addText(QRectF(content().left(), m_y, content().width(), h), text, f, false);
    m_y += h + 2;
    const QRectF c = content();
    const double y = m_y;
    m_pages.back().ops.push_back([c, y](QPainter &p) {
        p.setPen(QPen(accent(), 0.8));
        p.drawLine(QPointF(c.left(), y), QPointF(c.right(), y));
    });
    m_y += 8;
}

void ReportLayout::subheading(const QString &text)
{
    const QFont f = font(11.5, true);
    const double h = textHeight(text, content().width(), f, false);
    ensure(h + 60);
    m_y += 4;
    addText(QRectF(content().left(), m_y, content().width(), h), text, f, false);
    m_y += h + 4;
}

void ReportLayout::paragraph(const QString &text, bool html, double pointSize)
{
    const QFont f = font(pointSize);
    const double h = textHeight(text, content().width(), f, html);
    ensure(h);
    addText(QRectF(content().left(), m_y, content().width(), h), text, f, html);
    m_y += h + 6;
}

void ReportLayout::markdown(const QString &text)
{
    // One block at a time, so that a long card breaks between paragraphs, never inside one.
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (QString block : blocks) {
        while (block.startsWith(QLatin1Char('\n')))
            block.remove(0, 1);
        // Headings sit below the report's own section heading.
        if (block.startsWith(QLatin1Char('#')))
            block.prepend(QStringLiteral("##"));
        QTextDocument doc;
        doc.setMarkdown(block);
        paragraph(doc.toHtml(), true, 9.5);
    }
}

void ReportLayout::keyValues(const QList<std::pair<QString, QString>> &rows)
{
    const QFont key = font(10, true), value = font(10);
    const double keyWidth = content().width() * 0.34;
    for (const auto &[k, v] : rows) {
        const double h = std::max(textHeight(k, keyWidth - 8, key, false),
                                  textHeight(v, content().width() - keyWidth, value, false));
        ensure(h);
        addText(QRectF(content().left(), m_y, keyWidth - 8, h), k, key, false);
        addText(QRectF(content().left() + keyWidth, m_y, content().width() - keyWidth, h), v, value,
                false);
        m_y += h + 3;
    }
    m_y += 4;
}

void ReportLayout::table(const QStringList &header, const QList<QStringList> &rows,
                         const QList<double> &widths, const QList<int> &rightAligned)
{
    const QFont head = font(9, true), cell = font(9);
    constexpr double pad = 3;
    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            h = std::max(h,
                         textHeight(cells[i], widths[i] * content().width() - 2 * pad, f, false));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, double h, bool isHeader,
                       bool shaded) {
        const QRectF c = content();
        const double y = m_y;
        m_pages.back().ops.push_back([c, y, h, isHeader, shaded](QPainter &p) {
            if (isHeader || shaded)
                p.fillRect(QRectF(c.left(), y, c.width(), h),
                           isHeader ? QColor(0xe3, 0xec, 0xf5) : QColor(0xf6, 0xf8, 0xfa));
            p.setPen(QPen(QColor(0xc8, 0xd0, 0xd8), 0.5));
            p.drawLine(QPointF(c.left(), y + h), QPointF(c.right(), y + h));
        });
        double x = c.left();
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            const double w = widths[i] * c.width();
            addText(QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), cells[i], f, false,
                    rightAligned.contains(i) ? Qt::AlignRight : Qt::AlignLeft);
            x += w;
        }
        m_y += h;
    };
    const double headerHeight = rowHeight(header, head);
    ensure(headerHeight + rowHeight(rows.value(0), cell));
    drawRow(header, head, headerHeight, true, false);
    for (int r = 0; r < rows.size(); ++r) {
        const double h = rowHeight(rows[r], cell);
        if (h > remaining()) {
            newPage(m_pages.back().orientation);
            drawRow(header, head, headerHeight, true, false); // the header again on each page
        }
        drawRow(rows[r], cell, h, false, r % 2 == 1);
    }
    m_y += 8;
}

void ReportLayout::figure(double height, const Paint &paint)
{
    ensure(height);
    const QRectF rect(content().left(), m_y, content().width(),
                      std::min(height, content().height()));
    m_pages.back().ops.push_back([rect, paint](QPainter &p) {
        p.save();
        paint(p, rect);
        p.restore();
    });
    m_y += rect.height() + 8;
}

void ReportLayout::paintPage(QPainter &painter, int index) const
{
    const Page &page = m_pages[size_t(index)];
    for (const auto &op : page.ops)
        op(painter);
    const QSizeF size = pageSize(page.orientation);
    painter.save();
    painter.setPen(QColor(0x6b, 0x75, 0x80));
    painter.setFont(font(8));
    const QRectF top(kMargin, kMargin - 6, size.width() - 2 * kMargin, 14);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_header);
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, m_date);
    painter.setPen(QPen(QColor(0xc8, 0xd0, 0xd8), 0.5));
    painter.drawLine(QPointF(kMargin, kMargin + 10), QPointF(size.width() - kMargin, kMargin + 10));
    painter.setPen(QColor(0x6b, 0x75, 0x80));
    const QRectF bottom(kMargin, size.height() - kMargin, size.width() - 2 * kMargin, 14);
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("ReportLayout", "Page %1 of %2")
                         .arg(index + 1)
                         .arg(m_pages.size()));
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("ReportLayout", "ChurnLab report"));
    painter.restore();
}
