#include "ui/report/ReportWriter.h"

#include "core/monitor/DriftReport.h"
#include "core/project/CanvasFacts.h"
#include "core/project/ReportContent.h"
#include "core/train/ModelReport.h"
#include "ui/report/CanvasPainter.h"
#include "ui/report/ReportCharts.h"
#include "ui/report/ReportLayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace churnlab;

namespace {

QString num(double v, int decimals = 3)
{
    return QLocale().toString(v, 'f', decimals);
}

QString count(qint64 v)
{
    return QLocale().toString(v);
}

QString money(double v)
{
    return QLocale().toString(v, 'f', 0);
}

enum Section {
    Canvas_,
    DataSummary,
    Quality,
    Exploration,
    Leaderboard,
    Curves,
    Decision,
    Importance,
    Drift,
    Card,
};

QString sectionTitle(Section s)
{
    switch (s) {
    case Canvas_:
        return ReportWriter::tr("ML Canvas");
    case DataSummary:
        return ReportWriter::tr("Data summary");
    case Quality:
        return ReportWriter::tr("Data quality findings");
    case Exploration:
        return ReportWriter::tr("Exploration");
    case Leaderboard:
        return ReportWriter::tr("Leaderboard");
    case Curves:
        return ReportWriter::tr("Model curves");
    case Decision:
        return ReportWriter::tr("Confusion matrix, cost and ROI");
    case Importance:
        return ReportWriter::tr("Feature importance");
    case Drift:
        return ReportWriter::tr("Drift monitoring");
    case Card:
        return ReportWriter::tr("Model card");
    }
    return {};
}

void titlePage(ReportLayout &doc, const ReportContent &c)
{
    doc.title(c.projectName.isEmpty() ? ReportWriter::tr("Churn analysis") : c.projectName,
              ReportWriter::tr("Churn model report · %1")
                  .arg(QLocale().toString(c.generated, QLocale::LongFormat)));
    doc.space(30);
    QList<std::pair<QString, QString>> rows {
        {ReportWriter::tr("Data"), c.dataName},
        {ReportWriter::tr("Rows × columns"),
         ReportWriter::tr("%1 × %2").arg(count(c.rows)).arg(c.columns)}};
    if (!c.target.isEmpty())
        rows.append({ReportWriter::tr("Target"),
                     ReportWriter::tr("%1 (positive class “%2”)").arg(c.target, c.positive)});
    if (c.chosen) {
        rows.append({ReportWriter::tr("Chosen model"), c.chosen->title});
        rows.append({ReportWriter::tr("Test ROC AUC"), num(c.chosen->run.metrics.auc)});
        rows.append({ReportWriter::tr("Threshold"), num(c.threshold)});
        rows.append(
            {ReportWriter::tr("Expected monthly value"), money(c.roi.atThreshold.monthlyValue)});
    }
    doc.keyValues(rows);
    if (c.chosen && !c.chosen->flagged.isEmpty()) {
        // On the first page, where a manager reads the AUC it qualifies.
        doc.space(12);
        QStringList lines;
        for (const LeakageFinding &f : c.chosen->flagged)
            lines << QStringLiteral("• ") + f.describe().toHtmlEscaped();
        doc.paragraph(QStringLiteral("<b>%1</b><br>%2")
                          .arg(ReportWriter::tr("⚠ Warning: the model uses columns that may leak "
                                                "the outcome, so its scores may be too good to "
                                                "be true.")
                                   .toHtmlEscaped(),
                               lines.join(QStringLiteral("<br>"))),
                      true);
    }
}

void canvasPage(ReportLayout &doc, const ReportContent &c, QPaintDevice *device)
{
    doc.newPage(QPageLayout::Landscape);
    doc.heading(sectionTitle(Canvas_));
    const Canvas canvas = c.canvas;
    const auto stale = c.staleFacts;
    doc.figure(doc.remaining() - 10, [canvas, stale, device](QPainter &p, const QRectF &r) {
        CanvasPainter::paint(p, r, canvas, stale, device);
    });
}

void dataPages(ReportLayout &doc, const ReportContent &c)
{
    doc.newPage();
    doc.heading(sectionTitle(DataSummary));
    QList<std::pair<QString, QString>> rows {
        {ReportWriter::tr("File"), c.dataName},
        {ReportWriter::tr("Rows"), count(c.rows)},
        {ReportWriter::tr("Columns"), QString::number(c.columns)}};
    if (c.positives + c.negatives > 0)
        rows.append(
            {ReportWriter::tr("Churn rate"),
             ReportWriter::tr("%1 % (%2 of %3 labelled rows)")
                 .arg(num(100.0 * double(c.positives) / double(c.positives + c.negatives), 1),
                      count(c.positives), count(c.positives + c.negatives))});
    doc.keyValues(rows);
    if (c.columnSummary.isEmpty()) {
        doc.paragraph(
            ReportWriter::tr("The data file was not available when this report was written."));
    } else {
        QList<QStringList> table;
        for (const auto &col : c.columnSummary)
            table.append({col.name, col.type, count(col.missing)});
        doc.table(
            {ReportWriter::tr("Column"), ReportWriter::tr("Type"), ReportWriter::tr("Missing")},
            table, {0.5, 0.3, 0.2}, {2});
    }
    doc.heading(sectionTitle(Quality));
    if (c.findings.isEmpty())
        doc.paragraph(ReportWriter::tr("No problems were found."));
    QList<QStringList> findings;
    for (const QualityFinding &f : c.findings)
        findings.append(
            {QualityFinding::severityName(f.severity), f.columns.join(QStringLiteral(", ")),
             f.message
                 + (f.suggestion.isEmpty() ? QString() : QStringLiteral(" ") + f.suggestion)});
    if (!findings.isEmpty())
        doc.table({ReportWriter::tr("Severity"), ReportWriter::tr("Columns"),
                   ReportWriter::tr("Finding")},
                  findings, {0.12, 0.23, 0.65});
}

void explorationPages(ReportLayout &doc, const ReportContent &c)
{
    if (c.associations.isEmpty())
        return;
    doc.heading(sectionTitle(Exploration), 160);
    doc.paragraph(
        ReportWriter::tr("How well each column alone separates churners from stayers (ROC AUC of "
                         "the column as a score; 0.5 is no signal)."));
    QStringList labels;
    std::vector<double> values;
    for (const Association &a : c.associations.mid(0, 15)) {
        labels << a.column;
        values.push_back(a.auc);
    }
    doc.figure(28 + 16 * labels.size(), [labels, values](QPainter &p, const QRectF &r) {
        ReportCharts::barChart(p, r, ReportWriter::tr("Association with churn (ROC AUC)"), labels,
                               values);
    });
    doc.subheading(ReportWriter::tr("Top drivers, split by churn"));
    const QString negative = ReportWriter::tr("stayed"),
                  positive = c.positive.isEmpty() ? ReportWriter::tr("churned") : c.positive;
    for (const ClassHistogram &h : c.drivers)
        doc.figure(190, [h, negative, positive](QPainter &p, const QRectF &r) {
            ReportCharts::driverChart(p, r, h, negative, positive);
        });
}

void leaderboard(ReportLayout &doc, const ReportContent &c)
{
    doc.heading(sectionTitle(Leaderboard));
    if (c.models.isEmpty()) {
        doc.paragraph(ReportWriter::tr("No models have been trained yet."));
        return;
    }
    doc.paragraph(ReportWriter::tr(
                      "Test-set metrics (%1), best ROC AUC first; accuracy and F1 at threshold %2.")
                      .arg(c.validation, num(c.threshold)));
    QList<QStringList> rows;
    for (const auto &m : c.models) {
        const BinaryMetrics at = m->metricsAt(c.threshold);
        rows.append({m->title, num(at.auc), num(at.prAuc), num(at.logLoss), num(at.brier),
                     num(at.accuracy()), num(at.f1()), num(m->run.trainSeconds, 2)});
    }
    doc.table({ReportWriter::tr("Model"), ReportWriter::tr("ROC AUC"), ReportWriter::tr("PR AUC"),
               ReportWriter::tr("Log loss"), ReportWriter::tr("Brier"),
               ReportWriter::tr("Accuracy"), ReportWriter::tr("F1"), ReportWriter::tr("Train s")},
              rows, {0.24, 0.11, 0.11, 0.11, 0.1, 0.11, 0.1, 0.12}, {1, 2, 3, 4, 5, 6, 7});
}

void curves(ReportLayout &doc, const ReportContent &c)
{
    if (!c.chosen)
        return;
    const auto m = c.chosen;
    doc.heading(sectionTitle(Curves), 290);
    doc.paragraph(ReportWriter::tr("%1 on the test set (%2).").arg(m->title, c.validation));
    ReportCharts::Series roc {m->title, m->sweep.roc(), ReportCharts::color(0)};
    ReportCharts::Series gains {m->title, m->sweep.gains(), ReportCharts::color(0)};
    std::vector<std::pair<double, double>> calibration;
    for (const auto &b : m->calibration.bins)
        calibration.emplace_back(b.meanPredicted, b.observedRate);
    ReportCharts::Series cal {m->title, calibration, ReportCharts::color(1)};
    doc.figure(250, [roc, gains](QPainter &p, const QRectF &r) {
        const QRectF left(r.left(), r.top(), r.width() / 2 - 8, r.height());
        const QRectF right(r.center().x() + 8, r.top(), r.width() / 2 - 8, r.height());
        ReportCharts::Axes a {ReportWriter::tr("False positive rate"),
                              ReportWriter::tr("True positive rate")};
        a.diagonal = true;
        ReportCharts::lineChart(p, left, ReportWriter::tr("ROC curve"), {roc}, a);
        ReportCharts::Axes g {ReportWriter::tr("Share of customers contacted"),
                              ReportWriter::tr("Share of churners reached")};
        g.diagonal = true;
        ReportCharts::lineChart(p, right, ReportWriter::tr("Cumulative gains"), {gains}, g);
    });
    doc.figure(250, [cal](QPainter &p, const QRectF &r) {
        const QRectF left(r.left(), r.top(), r.width() / 2 - 8, r.height());
        ReportCharts::Axes a {ReportWriter::tr("Mean predicted probability"),
                              ReportWriter::tr("Observed churn rate")};
        a.diagonal = true;
        ReportCharts::lineChart(p, left, ReportWriter::tr("Calibration"), {cal}, a);
    });
}

void decision(ReportLayout &doc, const ReportContent &c)
{
    if (!c.chosen)
        return;
    doc.heading(sectionTitle(Decision), 180);
    const auto at = c.chosen->sweep.confusionAt(c.threshold);
    doc.figure(170, [at](QPainter &p, const QRectF &r) {
        ReportCharts::confusionMatrix(p, QRectF(r.left(), r.top(), 360, r.height()), at.tp, at.fp,
                                      at.fn, at.tn);
    });
    doc.keyValues({
        {ReportWriter::tr("Threshold"), num(c.threshold)},
        {ReportWriter::tr("Cost of a false positive / false negative"),
         ReportWriter::tr("%1 / %2").arg(num(c.falsePositiveCost, 2), num(c.falseNegativeCost, 2))},
        {ReportWriter::tr("Expected cost per customer"), num(c.expectedCost)},
        {ReportWriter::tr("Customers scored per month"), money(c.roiInputs.customersPerMonth)},
        {ReportWriter::tr("Cost of a retention offer"), num(c.roiInputs.offerCost, 2)},
        {ReportWriter::tr("Offer success rate"),
         ReportWriter::tr("%1 %").arg(num(100 * c.roiInputs.successRate, 1))},
        {ReportWriter::tr("Value of a retained customer"), num(c.roiInputs.retainedValue, 2)},
        {ReportWriter::tr("Monthly value at the threshold"),
         ReportWriter::tr("%1 (%2 contacted, %3 churners kept)")
             .arg(money(c.roi.atThreshold.monthlyValue), money(c.roi.atThreshold.contactedPerMonth),
                  money(c.roi.atThreshold.savedPerMonth))},
        {ReportWriter::tr("Contacting nobody"), money(c.roi.contactNobody)},
        {ReportWriter::tr("Contacting everyone"), money(c.roi.contactEveryone)},
        {ReportWriter::tr("Best threshold for value"),
         ReportWriter::tr("%1, worth %2 a month")
             .arg(num(c.roi.best.threshold), money(c.roi.best.monthlyValue))},
    });
    ReportCharts::Series value {ReportWriter::tr("monthly value"), c.roi.curve,
                                ReportCharts::color(2)};
    double low = 0, high = 0;
    for (const auto &[t, v] : c.roi.curve) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    const double threshold = c.threshold;
    doc.figure(230, [value, low, high, threshold](QPainter &p, const QRectF &r) {
        ReportCharts::Axes a {ReportWriter::tr("Threshold"), ReportWriter::tr("Monthly value")};
        a.yMin = low;
        a.yMax = high > low ? high : low + 1;
        a.markerX = threshold;
        ReportCharts::lineChart(p, QRectF(r.left(), r.top(), r.width() * 0.75, r.height()),
                                ReportWriter::tr("Value of acting on the model, by threshold"),
                                {value}, a);
    });
}

void importance(ReportLayout &doc, const ReportContent &c)
{
    if (!c.chosen)
        return;
    doc.heading(sectionTitle(Importance), 120);
    const auto m = c.chosen;
    QList<std::pair<double, QString>> entries;
    for (const auto &e : m->permutation.entries)
        entries.append({e.meanDrop, e.column});
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList labels;
    std::vector<double> values;
    for (const auto &[v, name] : entries.mid(0, 15)) {
        labels << name;
        values.push_back(v);
    }
    doc.paragraph(
        ReportWriter::tr("How much the test ROC AUC of %1 drops when a column is shuffled.")
            .arg(m->title));
    doc.figure(28 + 16 * labels.size(), [labels, values](QPainter &p, const QRectF &r) {
        ReportCharts::barChart(p, r, ReportWriter::tr("Permutation importance (AUC drop)"), labels,
                               values, 4);
    });
}

// The latest drift check: its verdict, the scores, and the columns ranked by drift times
// importance (the first 25; drifted columns come first).
void drift(ReportLayout &doc, const ReportContent &c)
{
    if (!c.drift)
        return;
    const DriftReport &r = *c.drift;
    doc.newPage();
    doc.heading(sectionTitle(Drift));
    doc.paragraph(ReportWriter::tr("%1 current rows from %2 against %3 training rows. %4")
                      .arg(count(r.currentRows), QFileInfo(r.source).fileName(),
                           count(r.referenceRows), r.verdict()));
    if (r.scoresAvailable)
        doc.paragraph(
            ReportWriter::tr("Scores: %1 %2, PSI %3 — %4.")
                .arg(DriftReport::testTitle(r.scoreTest), num(r.scoreStatistic, 4),
                     num(r.scorePsi, 3),
                     r.scoresDrifted ? ReportWriter::tr("drift") : ReportWriter::tr("no drift")));
    if (r.live)
        doc.paragraph(ReportWriter::tr("Live ROC AUC %1 (offline %2).")
                          .arg(num(r.live->auc), r.offline ? num(r.offline->auc) : QString()));
    QList<QStringList> rows;
    for (const DriftReport::Feature &f : r.features.mid(0, 25))
        rows.append({f.column, DriftReport::testTitle(f.test), num(f.statistic, 4),
                     std::isnan(f.pValue) ? QStringLiteral("≥ %1").arg(num(f.threshold, 2))
                                          : num(f.pValue, 4),
                     num(f.psi, 3), num(f.importance, 4),
                     f.drifted ? ReportWriter::tr("Drift") : ReportWriter::tr("OK")});
    doc.table({ReportWriter::tr("Column"), ReportWriter::tr("Test"), ReportWriter::tr("Statistic"),
               ReportWriter::tr("p / threshold"), ReportWriter::tr("PSI"),
               ReportWriter::tr("Importance"), ReportWriter::tr("Verdict")},
              rows, {0.24, 0.18, 0.11, 0.13, 0.09, 0.13, 0.12}, {2, 3, 4, 5});
    if (r.features.size() > 25)
        doc.paragraph(ReportWriter::tr("%1 more columns are in the Monitor tab's CSV export.")
                          .arg(r.features.size() - 25));
}

} // namespace

QStringList ReportWriter::sectionTitles()
{
    QStringList out;
    for (Section s : {Canvas_, DataSummary, Quality, Exploration, Leaderboard, Curves, Decision,
                      Importance, Drift, Card})
        out << sectionTitle(s);
    return out;
}

void ReportWriter::layout(ReportLayout &doc, const ReportContent &c, QPaintDevice *device)
{
    titlePage(doc, c);
    canvasPage(doc, c, device);
    dataPages(doc, c);
    explorationPages(doc, c);
    leaderboard(doc, c);
    curves(doc, c);
    decision(doc, c);
    importance(doc, c);
    drift(doc, c);
    if (!c.modelCard.isEmpty()) {
        doc.newPage();
        doc.heading(sectionTitle(Card));
        doc.markdown(c.modelCard);
    }
}

Result<bool> ReportWriter::write(const ReportContent &content, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Kind::Io,
                      ReportWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(72); // one unit is one point: the layout's unit
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(ReportWriter::tr("%1 — churn model report").arg(content.projectName));
        writer.setCreator(QStringLiteral("ChurnLab %1").arg(QStringLiteral(CHURNLAB_VERSION)));
        ReportLayout doc(&writer, content.projectName,
                         QLocale().toString(content.generated.date(), QLocale::ShortFormat));
        layout(doc, content, &writer);
        QPainter painter;
        for (int i = 0; i < doc.pageCount(); ++i) {
            writer.setPageOrientation(doc.orientation(i));
            if (i == 0) {
                if (!painter.begin(&writer))
                    return Error {Error::Kind::Io, ReportWriter::tr("Cannot write %1").arg(path)};
            } else {
                writer.newPage();
            }
            painter.setRenderHint(QPainter::Antialiasing);
            doc.paintPage(painter, i);
        }
        painter.end();
    }
    if (!file.commit())
        return Error {Error::Kind::Io,
                      ReportWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}
