#pragma once

#include <QJsonObject>
#include <QString>

// Numbers as people write them, in the UI language's locale, for every table, label and
// chart of the app: a stored value at its shortest exact form (20.15, not 20.149999999999999;
// 708082000, never 7.08082e+08), a measure at fixed decimals (AUC 4), shares as per cent,
// counts with thousands separators, and a learner's settings by their labels.
namespace NumberText {

QString stored(double value);
QString measure(double value, int decimals);
QString percent(double share, int decimals = 1);
QString count(qint64 n);
// "Trees 200 · Greatest depth 6" for {"trees":200,"max_depth":6}, in the params' order of
// the learner's table when known.
QString params(const QJsonObject &params);

} // namespace NumberText
