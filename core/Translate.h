#pragma once

#include <QCoreApplication>

namespace churnlab {

// The translation of `text` for a file-local tr() helper of class `context`. lupdate files a
// tr() call by where it stands: inside a member function of churnlab::X under "churnlab::X",
// inside a free function of namespace churnlab under "churnlab". A helper used from both finds
// its translation under either name.
inline QString translateIn(const char *context, const char *text, int n = -1)
{
    const QString own = QCoreApplication::translate(context, text, nullptr, n);
    // Untranslated, Qt still fills in %n: compare with the text as it would read.
    const QString plain = QString::fromUtf8(text).replace(QLatin1String("%n"), QString::number(n));
    return own != (n >= 0 ? plain : QString::fromUtf8(text))
        ? own
        : QCoreApplication::translate("churnlab", text, nullptr, n);
}

} // namespace churnlab
