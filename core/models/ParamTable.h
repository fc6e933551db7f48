#pragma once

#include "core/EnumNames.h"
#include "core/Result.h"
#include "core/models/HyperParameter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <cmath>
#include <functional>

namespace churnlab {

// A learner's hyperparameters declared once, each bound to its member of the learner's
// Options: the default is that member's initial value, so the Options struct and the table
// cannot disagree. The table reads and checks user-given JSON into Options (unknown names,
// wrong types and values out of range are errors that name the parameter) and writes Options
// back as JSON, so a saved model always records every parameter.
template<typename Options> class ParamTable
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ParamTable)

public:
    ParamTable &integer(const char *name, int Options::*member, int low, int high,
                        const char *description, bool zeroIsAuto = false)
    {
        HyperParameter p {QLatin1StringView(name).toString(),
                          HyperParameter::Type::Integer,
                          Options {}.*member,
                          double(low),
                          double(high),
                          {},
                          false,
                          zeroIsAuto,
                          description};
        add(
            p, [member](const Options &o) { return QJsonValue(o.*member); },
            [member](Options &o, double v, const QString &) { o.*member = int(std::lround(v)); });
        return *this;
    }
    ParamTable &real(const char *name, double Options::*member, double low, double high,
                     const char *description, bool logScale = false)
    {
        HyperParameter p {QLatin1StringView(name).toString(),
                          HyperParameter::Type::Real,
                          Options {}.*member,
                          low,
                          high,
                          {},
                          logScale,
                          false,
                          description};
        add(
            p, [member](const Options &o) { return QJsonValue(o.*member); },
            [member](Options &o, double v, const QString &) { o.*member = v; });
        return *this;
    }
    template<typename E>
    ParamTable &choice(const char *name, E Options::*member, const EnumNames<E> &names,
                       const char *description)
    {
        HyperParameter p {QLatin1StringView(name).toString(),
                          HyperParameter::Type::Choice,
                          names.name(Options {}.*member),
                          0,
                          0,
                          names.names(),
                          false,
                          false,
                          description};
        add(
            p, [member, names](const Options &o) { return QJsonValue(names.name(o.*member)); },
            [member, names](Options &o, double, const QString &text) {
                o.*member = *names.value(text);
            });
        return *this;
    }
    // The learner's seed: saved with its parameters (as text, since JSON numbers lose
    // 64-bit integers), never shown as a hyperparameter to tune.
    ParamTable &seed(quint64 Options::*member)
    {
        m_seed = member;
        return *this;
    }

    const QList<HyperParameter> &parameters() const { return m_parameters; }

    QJsonObject defaults() const { return write(Options {}); }

    // Parameters not given keep their defaults. "seed", when the table has one, is taken as
    // a whole number or its decimal text.
    Result<Options> read(const QJsonObject &given) const
    {
        Options o;
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (it.key() == QLatin1String("seed")) {
                if (!m_seed)
                    continue; // a deterministic learner: any seed gives the same model
                bool ok = false;
                const quint64 seed =
                    it->isString() ? it->toString().toULongLong(&ok) : quint64(it->toInteger(-1));
                ok = ok || (it->isDouble() && it->toDouble() >= 0);
                if (!ok)
                    return invalid(tr("“seed” must be a whole number"));
                o.*m_seed = seed;
                continue;
            }
            const qsizetype i = indexOf(it.key());
            if (i < 0)
                return invalid(tr("unknown hyperparameter “%1”").arg(it.key()));
            const HyperParameter &p = m_parameters[i];
            const QJsonValue v = *it;
            if (p.type == HyperParameter::Type::Choice) {
                if (!v.isString() || !p.choices.contains(v.toString()))
                    return invalid(tr("hyperparameter “%1” must be %2").arg(p.name, p.rangeText()));
                m_set[i](o, 0, v.toString());
                continue;
            }
            // Numbers may come as text from a command line or a form.
            bool ok = v.isDouble();
            const double number = ok ? v.toDouble() : v.toString().toDouble(&ok);
            const bool whole =
                p.type != HyperParameter::Type::Integer || number == std::floor(number);
            if (!ok || !std::isfinite(number) || number < p.low || number > p.high || !whole)
                return invalid(tr("hyperparameter “%1” must be %2").arg(p.name, p.rangeText()));
            m_set[i](o, number, {});
        }
        return o;
    }

    QJsonObject write(const Options &o) const
    {
        QJsonObject out;
        for (qsizetype i = 0; i < m_parameters.size(); ++i)
            out.insert(m_parameters[i].name, m_get[i](o));
        if (m_seed)
            out.insert(QStringLiteral("seed"), QString::number(o.*m_seed));
        return out;
    }

private:
    using Getter = std::function<QJsonValue(const Options &)>;
    using Setter = std::function<void(Options &, double, const QString &)>;

    void add(HyperParameter p, Getter get, Setter set)
    {
        m_parameters << std::move(p);
        m_get << std::move(get);
        m_set << std::move(set);
    }
    qsizetype indexOf(const QString &name) const
    {
        for (qsizetype i = 0; i < m_parameters.size(); ++i)
            if (m_parameters[i].name == name)
                return i;
        return -1;
    }
    static Error invalid(const QString &message)
    {
        return Error {Error::Kind::InvalidArgument, message};
    }

    QList<HyperParameter> m_parameters;
    QList<Getter> m_get;
    QList<Setter> m_set;
    quint64 Options::*m_seed = nullptr;
};

} // namespace churnlab
