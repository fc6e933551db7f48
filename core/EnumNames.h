#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace churnlab {

// The stable names of an enum's values, as JSON, settings, the CLI and manifests spell them,
// declared once as one table that reads both ways.
template<typename E> class EnumNames
{
public:
    EnumNames(std::initializer_list<std::pair<E, const char *>> entries)
        : m_entries(entries)
    {
    }

    // Empty for a value the table does not list.
    QString name(E value) const
    {
        for (const auto &[v, n] : m_entries)
            if (v == value)
                return QLatin1StringView(n).toString();
        return {};
    }
    // Exact match; std::nullopt for any other text.
    std::optional<E> value(const QString &name) const
    {
        for (const auto &[v, n] : m_entries)
            if (name == QLatin1StringView(n))
                return v;
        return std::nullopt;
    }
    std::optional<E> valueIgnoringCase(const QString &name) const
    {
        for (const auto &[v, n] : m_entries)
            if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
                return v;
        return std::nullopt;
    }
    QStringList names() const
    {
        QStringList out;
        for (const auto &entry : m_entries)
            out << QLatin1StringView(entry.second).toString();
        return out;
    }
    std::vector<E> values() const
    {
        std::vector<E> out;
        for (const auto &entry : m_entries)
            out.push_back(entry.first);
        return out;
    }

private:
    std::vector<std::pair<E, const char *>> m_entries;
};

} // namespace churnlab
