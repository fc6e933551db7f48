#include "core/io/ZipArchive.h"

#include <QCoreApplication>

#include <zip.h>

namespace churnlab {

namespace {

Error zipError(const QString &what, zip_error_t *error)
{
    return Error {Error::Kind::Malformed,
                  ZipArchive::tr("%1: %2").arg(what, QString::fromUtf8(zip_error_strerror(error)))};
}

} // namespace

struct ZipArchive::State
{
    QByteArray bytes;
    zip_t *archive = nullptr;
    ~State()
    {
        if (archive)
            zip_discard(archive);
    }
};

ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<QByteArray> ZipArchive::write(const QList<Member> &members, qint64 mtime)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return zipError(tr("Cannot create the archive"), &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return zipError(tr("Cannot create the archive"), &error);
    }
    zip_source_keep(buffer); // it outlives zip_close, which writes into it
    auto fail = [&](const QString &what) {
        Error e {Error::Kind::Io, tr("%1: %2").arg(what, QString::fromUtf8(zip_strerror(archive)))};
        zip_discard(archive);
        zip_source_free(buffer);
        return e;
    };
    for (const Member &m : members) {
        // libzip reads the data at zip_close; `members` outlives it.
        zip_source_t *source =
            zip_source_buffer(archive, m.data.constData(), zip_uint64_t(m.data.size()), 0);
        const QByteArray name = m.name.toUtf8();
        const zip_int64_t index =
            source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            return fail(tr("Cannot add %1").arg(m.name));
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 6);
        zip_file_set_mtime(archive, zip_uint64_t(index), time_t(mtime), 0);
    }
    if (zip_close(archive) < 0)
        return fail(tr("Cannot write the archive"));
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        out.resize(qsizetype(zip_source_tell(buffer)));
        zip_source_seek(buffer, 0, SEEK_SET);
        zip_source_read(buffer, out.data(), zip_uint64_t(out.size()));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

Result<ZipArchive> ZipArchive::open(QByteArray bytes)
{
    ZipArchive z;
    z.m_state = std::make_unique<State>();
    z.m_state->bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(
        z.m_state->bytes.constData(), zip_uint64_t(z.m_state->bytes.size()), 0, &error);
    if (!source)
        return zipError(tr("Not a readable archive"), &error);
    z.m_state->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!z.m_state->archive) {
        zip_source_free(source);
        return zipError(tr("Not a valid archive (truncated or damaged)"), &error);
    }
    const zip_int64_t count = zip_get_num_entries(z.m_state->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        z.m_names << QString::fromUtf8(zip_get_name(z.m_state->archive, zip_uint64_t(i), 0));
    return z;
}

qint64 ZipArchive::size(const QString &name) const
{
    const QByteArray key = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_state->archive, key.constData(), 0, &st) < 0 || !(st.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(st.size);
}

Result<QByteArray> ZipArchive::read(const QString &name, qint64 limit) const
{
    QByteArray out;
    auto streamed = stream(
        name, limit,
        [&out](const char *data, qsizetype n) {
            out.append(data, n);
            return true;
        },
        qsizetype(1) << 22);
    if (!streamed)
        return streamed.error();
    return out;
}

Result<bool> ZipArchive::stream(const QString &name, qint64 limit, const Sink &sink,
                                qsizetype blockBytes) const
{
    const QByteArray key = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_state->archive, key.constData(), 0, &st) < 0)
        return Error {Error::Kind::Malformed, tr("%1 is missing from the archive").arg(name)};
    if (!(st.valid & ZIP_STAT_SIZE) || qint64(st.size) > limit)
        return Error {Error::Kind::Malformed,
                      tr("%1 is too large (%2 bytes; at most %3 are accepted)")
                          .arg(name)
                          .arg(qint64(st.size))
                          .arg(limit)};
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20)
        && qint64(st.size) > kMaxRatio * qint64(std::max<zip_uint64_t>(st.comp_size, 1)))
        return Error {Error::Kind::Malformed,
                      tr("%1 inflates %2 times its compressed size: a zip bomb is refused")
                          .arg(name)
                          .arg(st.size / std::max<zip_uint64_t>(st.comp_size, 1))};
    zip_file_t *file = zip_fopen(m_state->archive, key.constData(), 0);
    if (!file)
        return Error {Error::Kind::Malformed,
                      tr("%1 cannot be opened: %2")
                          .arg(name, QString::fromUtf8(zip_strerror(m_state->archive)))};
    QByteArray block(std::max<qsizetype>(blockBytes, 4096), Qt::Uninitialized);
    qint64 done = 0;
    bool stopped = false, longer = false;
    for (;;) {
        const zip_int64_t n = zip_fread(file, block.data(), zip_uint64_t(block.size()));
        if (n <= 0)
            break;
        done += n;
        // One byte more than declared would mean a lying header.
        if (done > qint64(st.size)) {
            longer = true;
            break;
        }
        if (!sink(block.constData(), qsizetype(n))) {
            stopped = true;
            break;
        }
    }
    const QString problem = QString::fromUtf8(zip_file_strerror(file));
    const bool failed = !stopped
        && (done != qint64(st.size) || longer
            || zip_error_code_zip(zip_file_get_error(file)) != ZIP_ER_OK);
    zip_fclose(file);
    if (stopped)
        return Error {Error::Kind::Cancelled, tr("Reading %1 was stopped.").arg(name)};
    if (failed)
        return Error {
            Error::Kind::Malformed,
            tr("%1 is damaged (%2)").arg(name, longer ? tr("longer than declared") : problem)};
    return true;
}

} // namespace churnlab
