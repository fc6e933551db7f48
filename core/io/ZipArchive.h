#pragma once

#include <QCoreApplication>
#include <functional>

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>

namespace churnlab {

// A zip archive held in memory, through libzip (Debian's libzip: a maintained, fuzzed
// implementation of the format, so ChurnLab writes no zip parser of its own). Reading checks
// the archive's consistency and every member's CRC, and refuses members larger than a limit
// or inflating far beyond their compressed size (zip bombs) before inflating them.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ZipArchive)

public:
    struct Member
    {
        QString name;
        QByteArray data;
    };

    // Deflated members with the given modification time, in order.
    [[nodiscard]] static Result<QByteArray> write(const QList<Member> &members, qint64 mtime);

    [[nodiscard]] static Result<ZipArchive> open(QByteArray bytes);
    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;
    ~ZipArchive();

    QStringList names() const { return m_names; }
    // The member's bytes; an error names the member when it is absent, over `limit` bytes,
    // inflates more than kMaxRatio times its compressed size, or fails its CRC.
    [[nodiscard]] Result<QByteArray> read(const QString &name, qint64 limit) const;
    // The same checks, but the member is inflated in blocks of about blockBytes and handed to
    // sink as it comes, so a large member is never held whole; sink returns false to stop
    // (the result is then Error::Kind::Cancelled). The CRC is checked after the last block.
    using Sink = std::function<bool(const char *data, qsizetype size)>;
    [[nodiscard]] Result<bool> stream(const QString &name, qint64 limit, const Sink &sink,
                                      qsizetype blockBytes = qsizetype(1) << 20) const;
    // The member's inflated size as the archive declares it; -1 when absent.
    qint64 size(const QString &name) const;

    static constexpr qint64 kMaxRatio = 1000;

private:
    ZipArchive() = default;
    struct State;
    std::unique_ptr<State> m_state;
    QStringList m_names;
};

} // namespace churnlab
