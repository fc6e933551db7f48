#pragma once

#include <QCoreApplication>

namespace churnlab {

// The translation of `text` for a file-local tr() helper of class `context`. lupdate files a
// tr() call by where it stands: inside a member function of churnlab::X under "churnlab::X",
// inside a free function of namespace churnlab under "churnlab". A helper used from both finds
// its translation under either name.
inline QString translateIn(const char *context, const char *text)
{
    const QString own = QCoreApplication::translate(context, text);
    return own != QLatin1StringView(text) ? own : QCoreApplication::translate("churnlab", text);
}

} // namespace churnlab
