#include "core/data/csv/CsvReader.h"

#include "core/data/csv/CsvParse.h"

#include <QFile>
#include <sys/mman.h>

namespace churnlab {

CsvReader::CsvReader(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvReadResult> CsvReader::read(const QString &path, Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io, tr("Cannot open %1: %2").arg(path, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return Error {Error::Kind::Empty, tr("The file is empty.")};
    // Mapping lets the OS page the file in as we scan, without a second copy in our heap.
    if (uchar *mapped = file.map(0, size)) {
#ifdef MADV_POPULATE_READ
        // Map every page of the (usually cached) file in one call instead of one page fault
        // per 4 kB as the scanner walks it; only a hint, so a failure changes nothing. Not for
        // files that might not fit in memory at once: those are better paged in as read.
        constexpr qint64 kPopulateLimit = qint64(2) << 30;
        if (size <= kPopulateLimit && !m_options.releaseInput)
            ::madvise(mapped, size_t(size), MADV_POPULATE_READ);
#endif
        auto result = parse(reinterpret_cast<const char *>(mapped), size, progress, true);
        if (result)
            result->bytes = size;
        return result;
    }
    const QByteArray bytes = file.readAll();
    auto result = parse(bytes.constData(), bytes.size(), progress);
    if (result)
        result->bytes = size;
    return result;
}

Result<CsvReadResult> CsvReader::readBytes(const QByteArray &bytes, Progress &progress) const
{
    auto result = parse(bytes.constData(), bytes.size(), progress);
    if (result)
        result->bytes = bytes.size();
    return result;
}

Result<CsvReadResult> CsvReader::parse(const char *data, qsizetype size, Progress &progress,
                                       bool mapped) const
{
    return CsvParse(m_options, progress, data, size, m_options.releaseInput && mapped).run();
}

} // namespace churnlab
