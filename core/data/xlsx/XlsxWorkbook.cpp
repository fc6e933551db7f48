#include "core/data/xlsx/XlsxWorkbook.h"

#include "core/data/xlsx/XlsxXml.h"

#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace churnlab {

namespace {

Error malformed(const QString &message)
{
    return Error {Error::Kind::Malformed, message};
}

// The OLE compound file signature: legacy .xls files, and encrypted .xlsx files (Office wraps
// an encrypted package in one).
bool isOle(const QByteArray &head)
{
    return head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

QString resolve(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString dir = base;
    QString rest = target;
    while (rest.startsWith(QLatin1String("../"))) {
        dir = dir.left(std::max<qsizetype>(0, dir.lastIndexOf(QLatin1Char('/'))));
        rest = rest.mid(3);
    }
    return dir.isEmpty() ? rest : dir + QLatin1Char('/') + rest;
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::open(const QString &path)
{
    XlsxWorkbook w;
    w.m_path = path;
    w.m_file = std::make_unique<QFile>(path);
    if (!w.m_file->open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io, tr("Cannot open %1: %2").arg(path, w.m_file->errorString())};
    const qint64 size = w.m_file->size();
    uchar *mapped = size > 0 ? w.m_file->map(0, size) : nullptr;
    if (!mapped)
        return Error {Error::Kind::Empty, tr("%1 is empty.").arg(path)};
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
    if (auto ok = w.openArchive(bytes, QFileInfo(path).fileName()); !ok)
        return ok.error();
    w.m_strings = std::make_unique<StringPool>();
    return w;
}

Result<XlsxWorkbook> XlsxWorkbook::read(QByteArray bytes, const QString &name)
{
    XlsxWorkbook w;
    w.m_path = name;
    w.m_bytes = std::move(bytes);
    if (w.m_bytes.isEmpty())
        return Error {Error::Kind::Empty, tr("%1 is empty.").arg(name)};
    if (auto ok = w.openArchive(w.m_bytes, name); !ok)
        return ok.error();
    w.m_strings = std::make_unique<StringPool>();
    return w;
}

Result<bool> XlsxWorkbook::openArchive(const QByteArray &bytes, const QString &name)
{
    if (isOle(bytes.left(8))) {
        QByteArray wide; // the stream name in the compound file's UTF-16 directory
        for (char c : QByteArrayLiteral("EncryptionInfo"))
            wide.append(c).append('\0');
        if (bytes.contains(wide))
            return malformed(tr("%1 is encrypted or password-protected; save it without a "
                                "password in Excel and open it again.")
                                 .arg(name));
        return malformed(tr("%1 is a legacy Excel 97–2003 workbook (.xls), not an .xlsx; give it "
                            "the .xls extension, or save it as .xlsx.")
                             .arg(name));
    }
    if (!bytes.startsWith("PK")) {
        const QByteArray head = bytes.left(4096);
        const bool text = !head.contains('\0');
        return malformed(
            text ? tr("%1 is a text file (a CSV?), not an Excel workbook; give it a "
                      ".csv extension to open it as CSV.")
                       .arg(name)
                 : tr("%1 is not an Excel workbook (.xlsx is a zip archive).").arg(name));
    }
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return malformed(tr("%1 is damaged: %2").arg(name, zip.error().message));
    m_zip = std::make_unique<ZipArchive>(std::move(zip.value()));
    if (!m_zip->names().contains(QStringLiteral("xl/workbook.xml")))
        return malformed(
            tr("%1 is a zip archive but not an Excel workbook (no xl/workbook.xml).").arg(name));
    if (auto ok = readWorkbook(); !ok)
        return Error {ok.error().kind, tr("%1: %2").arg(name, ok.error().message), ok.error().line};
    if (auto ok = readStyles(); !ok)
        return Error {ok.error().kind, tr("%1: %2").arg(name, ok.error().message), ok.error().line};
    return true;
}

Result<bool> XlsxWorkbook::readWorkbook()
{
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, QString> targets;
    if (m_zip->names().contains(relsPart)) {
        auto rels = m_zip->read(relsPart, kMaxPartBytes);
        if (!rels)
            return rels.error();
        auto walked = XlsxXml::walk(*rels, relsPart, [&](QXmlStreamReader &r) {
            const QXmlStreamAttributes attrs = r.attributes();
            if (XlsxXml::localName(r) == QLatin1String("Relationship"))
                targets.insert(
                    XlsxXml::attribute(attrs, QLatin1StringView("Id")).toString(),
                    resolve(QStringLiteral("xl"),
                            XlsxXml::attribute(attrs, QLatin1StringView("Target")).toString()));
        });
        if (!walked)
            return walked.error();
    }
    const QString part = QStringLiteral("xl/workbook.xml");
    auto xml = m_zip->read(part, kMaxPartBytes);
    if (!xml)
        return xml.error();
    auto walked = XlsxXml::walk(*xml, part, [&](QXmlStreamReader &r) {
        const QXmlStreamAttributes attrs = r.attributes();
        const QStringView name = XlsxXml::localName(r);
        if (name == QLatin1String("workbookPr")) {
            const QStringView v = XlsxXml::attribute(attrs, QLatin1StringView("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (name == QLatin1String("sheet")) {
            Sheet s;
            s.name = XlsxXml::attribute(attrs, QLatin1StringView("name")).toString();
            const QStringView state = XlsxXml::attribute(attrs, QLatin1StringView("state"));
            s.hidden = !state.isEmpty() && state != QLatin1String("visible");
            s.member = targets.value(XlsxXml::attribute(attrs, QLatin1StringView("id")).toString());
            if (s.member.isEmpty()) // no relationships part: the usual layout
                s.member = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size() + 1);
            m_sheets << s;
        }
    });
    if (!walked)
        return walked.error();
    if (m_sheets.isEmpty())
        return malformed(tr("the workbook has no sheets."));
    return true;
}

Result<bool> XlsxWorkbook::readStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    if (!m_zip->names().contains(part))
        return true;
    auto xml = m_zip->read(part, kMaxPartBytes);
    if (!xml)
        return xml.error();
    QHash<int, XlsxNumberFormat::Kind> custom;
    bool inCellXfs = false;
    QXmlStreamReader r(*xml);
    XlsxXml::prepare(r);
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return XlsxXml::dtdRefused(part);
        const QStringView name = XlsxXml::localName(r);
        if (token == QXmlStreamReader::EndElement && name == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attrs = r.attributes();
        if (name == QLatin1String("numFmt")) {
            custom.insert(
                XlsxXml::attribute(attrs, QLatin1StringView("numFmtId")).toInt(),
                XlsxNumberFormat::ofCode(
                    XlsxXml::attribute(attrs, QLatin1StringView("formatCode")).toString()));
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && name == QLatin1String("xf")) {
            const int id = XlsxXml::attribute(attrs, QLatin1StringView("numFmtId")).toInt();
            m_formats.push_back(custom.contains(id) ? custom.value(id)
                                                    : XlsxNumberFormat::ofBuiltin(id));
        }
    }
    if (r.hasError())
        return XlsxXml::error(r, part);
    return true;
}

Result<int> XlsxWorkbook::find(const QString &nameOrNumber) const
{
    return findSheet(m_sheets, nameOrNumber, QFileInfo(m_path).fileName());
}

Result<int> XlsxWorkbook::findSheet(const QList<Sheet> &sheets, const QString &nameOrNumber,
                                    const QString &file)
{
    if (nameOrNumber.isEmpty() && !sheets.isEmpty()) {
        for (int i = 0; i < sheets.size(); ++i)
            if (!sheets[i].hidden)
                return i;
        return 0;
    }
    for (int i = 0; i < sheets.size(); ++i)
        if (sheets[i].name == nameOrNumber)
            return i;
    bool number = false;
    const int n = nameOrNumber.toInt(&number);
    if (number && n >= 1 && n <= sheets.size())
        return n - 1;
    QStringList names;
    for (const Sheet &s : sheets)
        names << s.name;
    return Error {Error::Kind::InvalidArgument,
                  tr("%1 has no sheet “%2”; its sheets are: %3.")
                      .arg(file, nameOrNumber, names.join(QStringLiteral(", ")))};
}

namespace {

// One piece of <sst>: its strings in order, rich-text runs joined, phonetic runs left out.
Result<StringPool> parseStrings(const QByteArray &chunk, const QString &part)
{
    QByteArray wrapped;
    wrapped.reserve(chunk.size() + 8);
    wrapped.append("<x>").append(chunk).append("</x>");
    QXmlStreamReader r(wrapped);
    XlsxXml::prepare(r);
    StringPool pool;
    QString current;
    int phonetic = 0;
    bool inItem = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return XlsxXml::dtdRefused(part);
        const QStringView name = XlsxXml::localName(r);
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (name == QLatin1String("rPh")) {
                ++phonetic;
            } else if (name == QLatin1String("t") && inItem && phonetic == 0) {
                current += r.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("si")) {
                pool.append(current.toStdString());
                inItem = false;
            } else if (name == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (r.hasError())
        return XlsxXml::error(r, part);
    return pool;
}

} // namespace

Result<bool> XlsxWorkbook::loadSharedStrings(Progress &progress)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    m_strings = std::make_unique<StringPool>();
    if (!m_zip->names().contains(part))
        return true;
    const qint64 total = std::max<qint64>(1, m_zip->size(part));
    qint64 seen = 0;
    std::deque<QFuture<Result<StringPool>>> pending;
    std::optional<Error> failed;
    auto collect = [&](bool all) {
        while (!pending.empty() && (all || pending.front().isFinished() || pending.size() > 8)) {
            Result<StringPool> pool = pending.front().result();
            pending.pop_front();
            if (!pool)
                failed = failed ? failed : std::optional<Error>(pool.error());
            else if (!failed)
                m_strings->append(*pool);
        }
    };
    XlsxXmlChunker chunker("sst", "si", qsizetype(4) << 20, [&](QByteArray chunk) {
        pending.push_back(QtConcurrent::run(
            [part](const QByteArray &c) { return parseStrings(c, part); }, std::move(chunk)));
        collect(false);
    });
    auto streamed = m_zip->stream(part, kMaxSheetBytes, [&](const char *data, qsizetype n) {
        seen += n;
        progress.report(double(seen) / double(total));
        return !progress.isCancelled() && chunker.feed(data, n);
    });
    collect(true);
    if (!streamed)
        return streamed.error().kind == Error::Kind::Cancelled && !progress.isCancelled()
            ? malformed(tr("%1 is not a shared strings table.").arg(part))
            : streamed.error();
    if (!chunker.finish())
        return malformed(tr("%1 is truncated.").arg(part));
    if (failed)
        return *failed;
    return true;
}

} // namespace churnlab
