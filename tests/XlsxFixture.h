#pragma once

#include "core/io/ZipArchive.h"

#include <QList>
#include <QPair>
#include <QStringList>

// Builds .xlsx files for the tests from plain parts, so that every fixture is made by the test
// that uses it (no committed binaries) and can hold exactly the cells, styles and oddities the
// test needs. Rows are raw <row> XML; helpers write the common cells.
struct XlsxFixture
{
    struct Sheet
    {
        Sheet(QString n, QStringList r, bool h = false, QString t = {})
            : name(std::move(n))
            , rows(std::move(r))
            , hidden(h)
            , tail(std::move(t))
        {
        }
        QString name;
        QStringList rows; // <row …>…</row>
        bool hidden = false;
        QString tail; // after </sheetData>, e.g. <mergeCells>
    };
    QList<Sheet> sheets;
    QStringList sharedStrings;
    bool date1904 = false;
    QList<QPair<int, QString>> numFmts; // custom formats: id, code
    QList<int> cellXfs {0}; // numFmtId of each cell style; style 0 is General

    // A cell helper's reference, "B3".
    static QString ref(int col, int row)
    {
        QString letters;
        for (int c = col + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row);
    }
    static QString number(int col, int row, const QString &v, int style = 0)
    {
        return QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>")
            .arg(ref(col, row))
            .arg(style)
            .arg(v);
    }
    int shared(const QString &text)
    {
        int at = int(sharedStrings.indexOf(text));
        if (at < 0) {
            at = int(sharedStrings.size());
            sharedStrings << text;
        }
        return at;
    }
    QString string(int col, int row, const QString &text, int style = 0)
    {
        return QStringLiteral("<c r=\"%1\" s=\"%2\" t=\"s\"><v>%3</v></c>")
            .arg(ref(col, row))
            .arg(style)
            .arg(shared(text));
    }
    static QString inlineString(int col, int row, const QString &text)
    {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
            .arg(ref(col, row), text.toHtmlEscaped());
    }
    static QString boolean(int col, int row, bool v)
    {
        return QStringLiteral("<c r=\"%1\" t=\"b\"><v>%2</v></c>").arg(ref(col, row)).arg(int(v));
    }
    static QString error(int col, int row, const QString &v)
    {
        return QStringLiteral("<c r=\"%1\" t=\"e\"><v>%2</v></c>").arg(ref(col, row), v);
    }
    static QString row(int r, const QStringList &cells)
    {
        return QStringLiteral("<row r=\"%1\">%2</row>").arg(r).arg(cells.join(QString()));
    }

    QByteArray bytes() const
    {
        QList<churnlab::ZipArchive::Member> m;
        QString types =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                           "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        m.append({"[Content_Types].xml", types.toUtf8()});
        QString book =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships\"><workbookPr%1/><sheets>")
                .arg(date1904 ? QStringLiteral(" date1904=\"1\"") : QString());
        QString rels = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); ++i) {
            book += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\"%3 r:id=\"rId%2\"/>")
                        .arg(sheets[i].name.toHtmlEscaped())
                        .arg(i + 1)
                        .arg(sheets[i].hidden ? QStringLiteral(" state=\"hidden\"") : QString());
            rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"worksheet\" "
                                   "Target=\"worksheets/sheet%1.xml\"/>")
                        .arg(i + 1);
            const QString xml =
                QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
                               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                               "main\"><sheetData>%1</sheetData>%2</worksheet>")
                    .arg(sheets[i].rows.join(QString()), sheets[i].tail);
            m.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), xml.toUtf8()});
        }
        book += QStringLiteral("</sheets></workbook>");
        rels += QStringLiteral("</Relationships>");
        m.append({"xl/workbook.xml", book.toUtf8()});
        m.append({"xl/_rels/workbook.xml.rels", rels.toUtf8()});
        QString sst =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "count=\"%1\" uniqueCount=\"%1\">")
                .arg(sharedStrings.size());
        for (const QString &s : sharedStrings)
            sst +=
                QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(s.toHtmlEscaped());
        sst += QStringLiteral("</sst>");
        m.append({"xl/sharedStrings.xml", sst.toUtf8()});
        QString styles = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>");
        for (const auto &[id, code] : numFmts)
            styles += QStringLiteral("<numFmt numFmtId=\"%1\" formatCode=\"%2\"/>")
                          .arg(id)
                          .arg(code.toHtmlEscaped());
        styles += QStringLiteral("</numFmts><cellXfs count=\"%1\">").arg(cellXfs.size());
        for (int id : cellXfs)
            styles += QStringLiteral("<xf numFmtId=\"%1\" applyNumberFormat=\"1\"/>").arg(id);
        styles += QStringLiteral("</cellXfs></styleSheet>");
        m.append({"xl/styles.xml", styles.toUtf8()});
        return churnlab::ZipArchive::write(m, 1700000000).value();
    }
};
