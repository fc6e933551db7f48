#include "core/data/csv/CsvDialect.h"

namespace churnlab {

QString CsvDialect::delimiterLabel() const
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    case '|':
        return tr("pipe");
    default:
        return QStringLiteral("“%1”").arg(QLatin1Char(delimiter));
    }
}

QString CsvDialect::delimiterName() const
{
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

std::optional<char> CsvDialect::delimiterFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("comma") || n == QLatin1String(","))
        return ',';
    if (n == QLatin1String("semicolon") || n == QLatin1String(";"))
        return ';';
    if (n == QLatin1String("tab") || n == QLatin1String("\\t") || n == QLatin1String("\t"))
        return '\t';
    if (n == QLatin1String("pipe") || n == QLatin1String("|"))
        return '|';
    if (n.size() == 1 && n.at(0).unicode() < 128 && n.at(0) != QLatin1Char('"'))
        return char(n.at(0).unicode());
    return std::nullopt;
}

QJsonObject CsvDialect::toJson() const
{
    return QJsonObject {
        {QStringLiteral("delimiter"), QString(QLatin1Char(delimiter))},
        {QStringLiteral("delimiter_name"), delimiterName()},
        {QStringLiteral("quote"), QString(QLatin1Char(quote))},
        {QStringLiteral("header"), header},
        {QStringLiteral("decimal_comma"), decimalComma},
        {QStringLiteral("encoding"), textEncodingName(encoding)},
        {QStringLiteral("encoding_guessed"), encodingGuessed},
    };
}

} // namespace churnlab
