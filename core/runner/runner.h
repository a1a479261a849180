// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "operationprogress.h"
#include "operations/operation.h"
#include "operations/operationstate.h"
#include "progressestimator.h"
#include "report/report.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace cutover {

class Journal;

/**
 * @brief Executes a list of operations on one worker thread and reports, per operation, state,
 * progress, throughput and a smoothed ETA (Calamares' JobQueue, kpmcore's runner).
 *
 * All signals are emitted on the thread the Runner lives in (the GUI thread): the worker posts
 * queued calls, there is no nested event loop. Progress samples are throttled (30 ms by
 * default) and never go backwards.
 *
 * A failure (or cancel()) before the point of no return triggers an automatic backout: every
 * operation that was started is rolled back, newest first, and the report lists what was
 * undone. After the point of no return the run stops safely (Outcome::NeedsAttention) and
 * the journal lets a later start() resume it: done operations are skipped, the interrupted
 * one runs again (operations are idempotent).
 *
 * With a Journal, every state change and every position is saved before the run moves on.
 */
class Runner : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Succeeded,
        BackedOut, ///< failed or cancelled before the point of no return; everything undone
        NeedsAttention, ///< stopped after the point of no return, or a rollback failed
    };
    Q_ENUM(Outcome)

    using OperationList = std::vector<std::shared_ptr<Operation>>;

    /**
     * @p operations in plan order; @p pointOfNoReturn is the index of the first irreversible
     * one (operations.size() when all are reversible). With a @p journal that holds states for
     * these operations (same count and ids), the run resumes from them.
     */
    Runner(OperationList operations, qsizetype pointOfNoReturn, Journal *journal = nullptr,
        QObject *parent = nullptr);
    ~Runner() override;

    /** When nothing moves for this long, the ETA turns into "stalled" (default 15 s). */
    void setStallTimeout(qint64 ms);
    /** Minimum spacing of progress signals per operation (default 30 ms). */
    void setThrottleInterval(int ms);
    /**
     * Called on the worker thread when its work ends, before finished() is posted: the place
     * to close what the operations opened there (sockets belong to their thread).
     */
    void setWorkerCleanup(std::function<void()> cleanup) { m_workerCleanup = std::move(cleanup); }
    /**
     * Called on the worker thread before anything runs or is rolled back (resume and backout
     * included): the place to remove what an interrupted process left behind. The lines it
     * returns go into the report.
     */
    void setWorkerPreparation(std::function<QStringList()> preparation)
    {
        m_workerPreparation = std::move(preparation);
    }

    int count() const { return int(m_operations.size()); }
    const Operation &operation(int index) const { return *m_operations.at(index); }
    OperationState state(int index) const { return m_states.at(index); }
    OperationProgress progress(int index) const { return m_progress.at(index); }
    /** 0..1 from the operations' weights; never decreases. */
    double overallFraction() const { return m_overall; }
    qsizetype pointOfNoReturn() const { return m_pointOfNoReturn; }
    bool isRunning() const { return m_running; }
    /** Index of the operation running now, -1 when none. */
    int currentIndex() const { return m_current; }
    const Report &report() const { return m_report; }
    Outcome outcome() const { return m_outcome; }
    Result result() const { return m_result; }

public Q_SLOTS:
    /** Runs (or resumes) the operations; does nothing when already running. */
    void start();
    /**
     * Rolls back every started operation, newest first, without running anything: for a run
     * found interrupted in the journal. Refused (finished with NeedsAttention) when an
     * operation at or after the point of no return was started.
     */
    void backout();
    /** Asks the running operation to stop; before the point of no return this backs out. */
    void cancel();

Q_SIGNALS:
    void operationStateChanged(int index, cutover::OperationState state);
    void operationProgressChanged(int index, const cutover::OperationProgress &progress);
    void overallProgressChanged(double fraction);
    /** A line an operation logged (translated), for a log pane. */
    void operationLog(int index, const QString &line);
    void finished(cutover::Runner::Outcome outcome, const cutover::Result &result);

private:
    enum class Mode { Run, Backout };
    void launch(Mode mode);
    // Worker thread:
    void work(Mode mode);
    void workRun();
    void workBackout(int from, const Result &cause);
    bool setWorkerState(int index, OperationState state, const QString &message = {});
    void saveJournal();
    void recordResource(const QJsonObject &resource, bool add);
    void finishWork(Outcome outcome, const Result &result);
    void post(std::function<void()> function);
    // Owner thread:
    void applyState(int index, OperationState state);
    void takeSample();
    void applyLatestSample();
    void applySample(int index, const Progress &progress, qint64 atMs);
    void emitProgress(int index);
    void updateOverall();
    void onTick();

    OperationList m_operations;
    qsizetype m_pointOfNoReturn;
    Journal *m_journal;
    CancellationToken m_cancel;
    QThread *m_thread = nullptr;
    int m_throttleMs = 30;
    std::function<void()> m_workerCleanup;
    std::function<QStringList()> m_workerPreparation;

    // Worker-side copy of the states; only the worker touches it while running.
    std::vector<OperationState> m_workerStates;

    // The latest progress sample: the worker overwrites it and posts only when no post is
    // pending, so samples coalesce and the last one is never lost (a trailing edge).
    struct SampleSlot
    {
        QMutex mutex;
        Progress progress;
        qint64 atMs = 0;
        int index = -1;
        bool posted = false;
    } m_slot;

    // Owner-thread view.
    std::vector<OperationState> m_states;
    std::vector<OperationProgress> m_progress;
    std::vector<qint64> m_startedAtMs;
    ProgressEstimator m_estimator;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QTimer m_throttle;
    bool m_sampleWaiting = false;
    Report m_report;
    double m_overall = 0.0;
    int m_current = -1;
    bool m_running = false;
    Outcome m_outcome = Outcome::NeedsAttention;
    Result m_result;
};

} // namespace cutover
