#pragma once

#include "core/Error.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace churnlab {

// Reads the fields of saved JSON (a model's state, a pipeline, a spec) with checks: a field
// that is missing, of the wrong type, out of range or of the wrong length records an error
// that names it and where it sits ("model state: field “trees[3].left” …"). Reading goes on
// with neutral values after the first error, so a loader checks ok() once at the end.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::JsonFields)

public:
    JsonFields(const QJsonObject &object, QString where);

    bool has(const char *key) const { return m_object.contains(QLatin1StringView(key)); }
    double number(const char *key);
    // A finite number in [low, high].
    double number(const char *key, double low, double high);
    int integer(const char *key, qint64 low, qint64 high);
    bool boolean(const char *key);
    QString text(const char *key);
    QStringList texts(const char *key);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    // expected < 0: any length.
    std::vector<double> numbers(const char *key, qsizetype expected = -1);
    std::vector<int> integers(const char *key, qsizetype expected, qint64 low, qint64 high);

    // The "format" and "version" fields every saved object starts with: another format is
    // malformed, a version above `supported` is Error::Kind::NewerFormat ("made by a newer
    // ChurnLab"). Returns whether both are fine.
    bool header(const char *format, int supported);

    // Reads a nested object with its own path ("trees[3]").
    JsonFields nested(const QJsonObject &object, const QString &name) const;

    // Records an error of the caller's own (an inconsistency between fields).
    void fail(const QString &field, const QString &problem);
    bool ok() const { return m_error->isEmpty(); }
    Error error() const;

private:
    QJsonValue value(const char *key);
    QString path(const QString &field) const;

    QJsonObject m_object;
    QString m_where;
    QString m_prefix;
    std::shared_ptr<QString> m_error; // the first error; nested readers share their parent's
    std::shared_ptr<Error::Kind> m_kind;
};

QJsonArray toJsonArray(const std::vector<double> &values);
QJsonArray toJsonArray(const std::vector<int> &values);

} // namespace churnlab
