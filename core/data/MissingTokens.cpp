#include "core/data/MissingTokens.h"

namespace churnlab {

MissingTokens::MissingTokens(const QStringList &extra, bool useDefaults)
    : m_defaults(useDefaults)
{
    for (const QString &t : extra)
        if (!t.trimmed().isEmpty())
            m_extra.push_back(t.trimmed().toStdString());
}

bool MissingTokens::matchesExtra(std::string_view v) const
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    for (const std::string &t : m_extra)
        if (v == t)
            return true;
    return false;
}

QStringList MissingTokens::defaults()
{
    return {QStringLiteral("NA"),       QStringLiteral("N/A"),
            QStringLiteral("n/a"),      QStringLiteral("#N/A"),
            QStringLiteral("#N/A N/A"), QStringLiteral("#NA"),
            QStringLiteral("NaN"),      QStringLiteral("nan"),
            QStringLiteral("-NaN"),     QStringLiteral("-nan"),
            QStringLiteral("1.#IND"),   QStringLiteral("-1.#IND"),
            QStringLiteral("1.#QNAN"),  QStringLiteral("-1.#QNAN"),
            QStringLiteral("<NA>"),     QStringLiteral("null"),
            QStringLiteral("NULL"),     QStringLiteral("None"),
            QStringLiteral("?"),        QStringLiteral("#DIV/0!"),
            QStringLiteral("#VALUE!"),  QStringLiteral("#REF!"),
            QStringLiteral("#NAME?"),   QStringLiteral("#NUM!"),
            QStringLiteral("#NULL!"),   QStringLiteral("#SPILL!"),
            QStringLiteral("#CALC!"),   QStringLiteral("#GETTING_DATA")};
}

QStringList MissingTokens::tokens() const
{
    QStringList out = m_defaults ? defaults() : QStringList();
    for (const std::string &t : m_extra)
        out << QString::fromStdString(t);
    return out;
}

} // namespace churnlab
