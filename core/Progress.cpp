#include "core/Progress.h"

namespace churnlab {

void Progress::report(double fraction, const QString &message)
{
    if (m_callback)
        m_callback(fraction, message);
}

Progress &Progress::none()
{
    thread_local Progress silent;
    return silent;
}

} // namespace churnlab
