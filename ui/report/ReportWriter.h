#pragma once

#include <QCoreApplication>

#include "core/Result.h"

class QPaintDevice;
class ReportLayout;

namespace churnlab {
struct ReportContent;
}

// Writes a project's report as a paginated A4 PDF for a manager: a title page, the ML Canvas
// (a landscape page), the data summary and quality findings, the exploration charts, the
// leaderboard, the chosen model's curves, its confusion matrix with expected cost and ROI,
// feature importance and the model card. Text is real text in embedded fonts and every chart
// is vector drawing; the file is written atomically. Strings follow the application's
// language (its installed translators).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    [[nodiscard]] static churnlab::Result<bool> write(const churnlab::ReportContent &content,
                                                      const QString &path);
    // The section titles, in order, as they appear in the document.
    static QStringList sectionTitles();

private:
    static void layout(ReportLayout &doc, const churnlab::ReportContent &c, QPaintDevice *device);
};
