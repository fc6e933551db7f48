#pragma once

#include "core/data/ColumnProfile.h"
#include "ui/session/LoadController.h"

#include <QMainWindow>

#include <memory>

class AnalysisDocument;
class CanvasPanel;
class ProjectController;
class DataTableModel;
class ExplainPanel;
class ExplorePanel;
class FairnessPanel;
class FeaturePanel;
class ModelPanel;
class MonitorPanel;
class RunsPanel;
class QualityPanel;
class QTabWidget;
class ProfilePanel;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

// The workbench window: File menu, the data table with sorting and a filter, the column
// profile dock, and a status bar with the table's size and how long it took to load. All
// long work (loading, profiling, filtering) runs off the UI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project (.churnlab), or a data file with the import preview first when
    // `preview` is true.
    void openFile(const QString &path, bool preview = true);
    void loadFile(const QString &path, const churnlab::CsvOptions &options = {});
    // A file or a database's rows, in the background with progress and Cancel. A database
    // named without its password gets the one the keyring keeps for it, if any.
    void loadData(const churnlab::DataInput &input, const churnlab::CsvOptions &options = {});
    // File ▸ Open Database…: the connection, the table or query and a preview, then the load.
    void openDatabase(const churnlab::DatabaseQuery &prefill = {});
    void openSample();
    void cancelLoad();
    // Empties the window: no data, no models (a new project).
    void closeData();
    // The file the data came from; empty for the built-in sample or no data.
    QString dataFile() const;
    // Converts a column to another type off the UI thread, as an undoable edit; values that
    // do not fit become missing (the status bar says how many).
    void changeColumnType(const QString &column, churnlab::ColumnType type);
    QUndoStack *undoStack() const { return m_undo; }
    // Makes `name` the current column, so that its profile shows.
    void selectColumn(const QString &name);

    // For tests and scripts.
    DataTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    ProfilePanel *profilePanel() const { return m_profile; }
    LoadController *loader() const { return m_loader; }
    QLineEdit *filterEdit() const { return m_filter; }
    ExplorePanel *explorePanel() const { return m_explore; }
    QualityPanel *qualityPanel() const { return m_quality; }
    ModelPanel *modelPanel() const { return m_modelPanel; }
    FeaturePanel *featurePanel() const { return m_features; }
    CanvasPanel *canvasPanel() const { return m_canvas; }
    MonitorPanel *monitorPanel() const { return m_monitor; }
    RunsPanel *runsPanel() const { return m_runs; }
    ExplainPanel *explainPanel() const { return m_explain; }
    FairnessPanel *fairnessPanel() const { return m_fairness; }
    ProjectController *project() const { return m_project; }
    AnalysisDocument *analysis() const { return m_session; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;
    bool isBusy() const;

signals:
    // New data from a file or the sample (not an edit of the data shown).
    void dataOpened();
    void datasetShown();
    void profilesShown();
    void filterApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void startLoad(const churnlab::DataInput &input, const churnlab::CsvOptions &options);
    // The status line after a load: a text file's delimiter and encoding, or a workbook's sheet.
    static QString readingText(const churnlab::CsvDialect &dialect, const QString &sheet);
    struct Conversion
    {
        std::shared_ptr<const churnlab::Dataset> dataset;
        qsizetype failed = 0;
        QString column;
        churnlab::ColumnType type;
    };

    QWidget *createDataView();
    void createWorkspaces(QWidget *dataView);
    void createStatusArea();
    void connectDataView();
    void connectLoader();
    void connectProject();
    void createActions();
    void updateRecentMenu();
    void showDataset(std::shared_ptr<const churnlab::Dataset> dataset, const QString &title,
                     double seconds);
    void applyDataset(std::shared_ptr<const churnlab::Dataset> dataset);
    void showHeaderMenu(const QPoint &pos);
    void startProfiling();
    void startFilter();
    void showProfiles(const QList<churnlab::ColumnProfile> &profiles);
    void showFiltered(std::vector<quint32> rows);
    void showConversion(const Conversion &result);
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &title, const QString &text);
    // The Explain and Fairness tabs follow the Model tab's current model while shown.
    void updateModelTabs();

    AnalysisDocument *m_session = nullptr;
    LoadController *m_loader = nullptr;
    DataTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    ProfilePanel *m_profile = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExplorePanel *m_explore = nullptr;
    QualityPanel *m_quality = nullptr;
    ModelPanel *m_modelPanel = nullptr;
    FeaturePanel *m_features = nullptr;
    CanvasPanel *m_canvas = nullptr;
    MonitorPanel *m_monitor = nullptr;
    RunsPanel *m_runs = nullptr;
    ExplainPanel *m_explain = nullptr;
    FairnessPanel *m_fairness = nullptr;
    ProjectController *m_project = nullptr;
    QWidget *m_dataView = nullptr;
    class QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    class JobTracker *m_jobs = nullptr;
    QUndoStack *m_undo = nullptr;
};
