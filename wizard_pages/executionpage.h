// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/operationstate.h"
#include "runner/operationprogress.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>
#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;

namespace cutover {

class OperationRow;
class Runner;
class WizardController;

/**
 * @brief Step 6: one row per operation (title, own progress bar, percent, throughput, ETA or
 * "stalled", status icon), an overall bar and an expandable log. Starts the run when shown;
 * on a failure says in plain words what happened, what was backed out and what to do next.
 *
 * The runner's signals only record what changed; a refresh a few times a second shows it, so a
 * fast copy costs the GUI thread one small repaint per refresh however often it reports.
 */
class ExecutionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExecutionPage(WizardController *controller, QWidget *parent = nullptr);
    ~ExecutionPage() override;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    /** The run started, passed the point of no return, or finished: the wizard updates its buttons. */
    void phaseChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void attach(Runner *runner);
    void buildRows();
    void onState(int index, OperationState state);
    void onFinished();
    void updateHeader();
    void updateOverall();
    /** Asks for a refresh within kRefreshMs; many progress signals become one repaint. */
    void scheduleRefresh();
    /** Shows what arrived since the last refresh: rows, the overall bar, new log lines. */
    void refresh();
    void fitOverallText();
    QString failureText() const;

    WizardController *m_controller;
    QLabel *m_header;
    QWidget *m_rowsWidget;
    QGridLayout *m_grid;
    std::vector<std::unique_ptr<OperationRow>> m_rows;
    QProgressBar *m_overall;
    QLabel *m_overallText;
    QLabel *m_failure;
    QToolButton *m_logToggle;
    QPlainTextEdit *m_log;
    QElapsedTimer m_elapsed;
    qint64 m_finishedAfterS = -1; ///< the run's duration once it finished; the clock stops there
    QTimer m_clock;
    QTimer m_refresh;
    QStringList m_pendingLog;
    bool m_wasPastPointOfNoReturn = false;
};

} // namespace cutover
