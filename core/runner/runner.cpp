// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include "common/logging.h"
#include "journal/journal.h"

#include <QThread>
#include <exception>

namespace cutover {

Runner::Runner(OperationList operations, qsizetype pointOfNoReturn, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_operations(std::move(operations))
    , m_pointOfNoReturn(std::clamp<qsizetype>(pointOfNoReturn, 0, qsizetype(m_operations.size())))
    , m_journal(journal)
{
    qRegisterMetaType<cutover::OperationState>();
    qRegisterMetaType<cutover::OperationProgress>();
    qRegisterMetaType<cutover::Result>();
    qRegisterMetaType<cutover::Runner::Outcome>();

    const auto n = m_operations.size();
    m_states.assign(n, OperationState::Pending);
    m_progress.assign(n, {});
    m_startedAtMs.assign(n, -1);

    // Resume: take the states from a journal that describes exactly these operations.
    bool journalMatches = m_journal && m_journal->operationCount() == int(n);
    for (int i = 0; journalMatches && i < int(n); ++i)
        journalMatches = m_journal->operation(i).id == m_operations[i]->id();
    for (int i = 0; i < int(n); ++i) {
        if (journalMatches)
            m_states[i] = m_journal->operationState(i);
        if (m_states[i] == OperationState::Done)
            m_progress[i].fraction = 1.0;
        auto &node = m_report.root().addChild(m_operations[i]->title());
        node.status = operationStateTitle(m_states[i]);
    }
    if (m_journal && !journalMatches && m_journal->operationCount() > 0)
        qCWarning(lcCutoverRunner) << "journal does not match the operations; starting from the beginning";
    updateOverall();

    m_clock.start();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &Runner::onTick);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_sampleWaiting)
            applyLatestSample();
    });
}

Runner::~Runner()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void Runner::setStallTimeout(qint64 ms)
{
    m_estimator = ProgressEstimator(ms);
    m_tick.setInterval(int(std::clamp<qint64>(ms / 4, 20, 1000)));
}

void Runner::setThrottleInterval(int ms)
{
    m_throttleMs = ms;
}

void Runner::start()
{
    launch(Mode::Run);
}

void Runner::backout()
{
    launch(Mode::Backout);
}

void Runner::cancel()
{
    if (m_running) {
        qCInfo(lcCutoverRunner) << "cancel requested";
        m_cancel.cancel();
    }
}

void Runner::launch(Mode mode)
{
    if (m_running)
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = true;
    m_cancel.reset();
    m_workerStates = m_states;
    m_thread = QThread::create([this, mode] { work(mode); });
    m_thread->setObjectName(QStringLiteral("cutover-runner"));
    m_tick.start();
    m_thread->start();
}

void Runner::post(std::function<void()> function)
{
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

// ---- worker thread -------------------------------------------------------------------------

void Runner::work(Mode mode)
{
    if (m_workerPreparation) {
        const QStringList lines = m_workerPreparation();
        if (!lines.isEmpty())
            post([this, lines] { m_report.root().lines.append(lines); });
    }
    if (mode == Mode::Run) {
        workRun();
        return;
    }
    int last = -1;
    for (int i = 0; i < int(m_workerStates.size()); ++i) {
        if (wasPerformed(m_workerStates[i]))
            last = i;
    }
    if (last >= m_pointOfNoReturn) {
        const auto result = Result::error(QStringLiteral("runner.past_point_of_no_return"),
            tr("The migration is past its point of no return and cannot be backed out. Resume it to finish.",
                "@info"));
        finishWork(Outcome::NeedsAttention, result);
        return;
    }
    workBackout(
        last, Result::error(QStringLiteral("runner.backout_requested"), tr("Backout requested.", "@info")));
}

void Runner::recordResource(const QJsonObject &resource, bool add)
{
    if (!m_journal)
        return;
    if (add)
        m_journal->addTemporaryResource(resource);
    else
        m_journal->removeTemporaryResource(resource);
    saveJournal();
}

bool Runner::setWorkerState(int index, OperationState state, const QString &message)
{
    m_workerStates[index] = state;
    if (m_journal)
        m_journal->setOperationState(index, state, message);
    saveJournal();
    post([this, index, state] { applyState(index, state); });
    return true;
}

void Runner::saveJournal()
{
    if (!m_journal)
        return;
    const auto saved = m_journal->save();
    if (!saved)
        qCWarning(lcCutoverRunner).noquote() << saved.message() << saved.details();
}

void Runner::workRun()
{
    if (m_journal) {
        m_journal->setStatus(Journal::Status::Running);
        saveJournal();
    }
    const int n = int(m_operations.size());
    int failed = -1;
    Result failure;
    for (int i = 0; i < n; ++i) {
        if (m_workerStates[i] == OperationState::Done)
            continue;
        auto &op = *m_operations[i];
        if (m_cancel.isCancelled()) {
            failed = i;
            failure = Result::cancelled();
            break;
        }
        qCInfo(lcCutoverRunner).noquote() << "starting" << op.id();
        const bool resumed = m_journal && m_journal->operation(i).attempts > 0;
        setWorkerState(i, OperationState::Running);

        QElapsedTimer clock;
        clock.start();
        // No throttle in the sink itself: the slot coalesces, the owner thread throttles.
        ProgressSink sink(
            [this, i](const Progress &p) {
                QMutexLocker lock(&m_slot.mutex);
                m_slot.progress = p;
                m_slot.atMs = m_clock.elapsed();
                m_slot.index = i;
                if (!m_slot.posted) {
                    m_slot.posted = true;
                    post([this] { takeSample(); });
                }
            },
            0);
        OperationContext context(
            sink, m_cancel, m_journal ? m_journal->position(i) : QJsonObject(),
            [this, i](const QJsonObject &position) {
                if (m_journal) {
                    m_journal->setPosition(i, position);
                    saveJournal();
                }
            },
            [this, i](const QString &line) { post([this, i, line] { Q_EMIT operationLog(i, line); }); });
        context.setResumed(resumed);
        context.setResourceRecorder(
            [this](const QJsonObject &resource, bool add) { recordResource(resource, add); });

        Result result;
        try {
            result = op.run(context);
        } catch (const std::exception &e) {
            result = Result::error(QStringLiteral("internal.exception"),
                tr("An unexpected error stopped this step.", "@info"), QString::fromLocal8Bit(e.what()));
        }
        sink.flush();
        const qint64 duration = clock.elapsed();
        ReportNode node = context.reportNode();
        if (!result)
            node.lines.append(result.message()
                + (result.details().isEmpty() ? QString()
                                              : QStringLiteral(" (") + result.details() + QLatin1Char(')')));
        post([this, i, node, duration] {
            auto &target = m_report.root().children[i];
            const QString title = target.title;
            target = node;
            target.title = title;
            target.durationMs = duration;
        });

        if (result) {
            qCInfo(lcCutoverRunner).noquote() << "done" << op.id() << duration << "ms";
            setWorkerState(i, OperationState::Done);
            continue;
        }
        qCWarning(lcCutoverRunner).noquote()
            << "failed" << op.id() << result.code() << result.message() << result.details();
        setWorkerState(i, OperationState::Failed, result.message());
        failed = i;
        failure = result.withContext(op.title());
        break;
    }

    if (failed < 0) {
        if (m_journal)
            m_journal->setStatus(Journal::Status::Succeeded);
        saveJournal();
        finishWork(Outcome::Succeeded, Result::ok());
        return;
    }
    for (int j = failed; j < n; ++j) {
        if (m_workerStates[j] == OperationState::Pending)
            setWorkerState(j, OperationState::Skipped);
    }
    if (failed < m_pointOfNoReturn) {
        workBackout(failed, failure);
        return;
    }
    const QString guidance
        = tr("The migration stopped after its point of no return, so nothing was undone: "
             "the source has already been handed over. Remove the cause above, then resume "
             "with “cutover-cli resume” or by starting the wizard again; finished steps "
             "are not repeated.",
            "@info");
    if (m_journal)
        m_journal->setStatus(Journal::Status::NeedsAttention, failure.message());
    saveJournal();
    post([this, guidance] { m_report.root().lines.append(guidance); });
    finishWork(Outcome::NeedsAttention, Result::error(failure.code(), failure.message(), guidance));
}

void Runner::workBackout(int from, const Result &cause)
{
    if (m_journal)
        m_journal->setStatus(Journal::Status::BackingOut, cause.message());
    saveJournal();
    QStringList lines;
    lines.append(tr("Backing out: the migration did not pass its point of no return, so every step that "
                    "started is undone, newest first.",
        "@info"));
    int failures = 0;
    // A backout is not cancellable: stopping halfway would leave the source in between.
    CancellationToken notCancellable;
    for (int j = from; j >= 0; --j) {
        if (!wasPerformed(m_workerStates[j]))
            continue;
        auto &op = *m_operations[j];
        if (!op.canRollback()) {
            //: %1 is an operation title
            lines.append(
                tr("Nothing to undo for “%1”: it changed nothing on the source.", "@info").arg(op.title()));
            continue;
        }
        ProgressSink sink;
        OperationContext context(sink, notCancellable, m_journal ? m_journal->position(j) : QJsonObject());
        context.setResumed(true);
        context.setResourceRecorder(
            [this](const QJsonObject &resource, bool add) { recordResource(resource, add); });
        Result result;
        try {
            result = op.rollback(context);
        } catch (const std::exception &e) {
            result = Result::error(QStringLiteral("internal.exception"),
                tr("An unexpected error stopped this step.", "@info"), QString::fromLocal8Bit(e.what()));
        }
        if (result) {
            qCInfo(lcCutoverRunner).noquote() << "rolled back" << op.id();
            const QString what = op.rollbackDescription().isEmpty() ? op.title() : op.rollbackDescription();
            //: %1 describes what was undone
            lines.append(tr("Undone: %1", "@info").arg(what));
            setWorkerState(j, OperationState::RolledBack, cause.message());
        } else {
            ++failures;
            qCWarning(lcCutoverRunner).noquote()
                << "rollback failed" << op.id() << result.message() << result.details();
            //: %1 is an operation title, %2 the reason
            lines.append(tr("Could not undo “%1”: %2", "@info").arg(op.title(), result.message()));
        }
    }
    post([this, lines] { m_report.root().lines.append(lines); });
    if (failures > 0) {
        const QString message = tr("The backout did not finish: %n step(s) could not be undone. "
                                   "Check the source appliance, then run “cutover-cli backout” again.",
            "@info", failures);
        if (m_journal)
            m_journal->setStatus(Journal::Status::NeedsAttention, message);
        saveJournal();
        finishWork(Outcome::NeedsAttention,
            Result::error(QStringLiteral("runner.backout_incomplete"), message, cause.message()));
        return;
    }
    if (m_journal)
        m_journal->setStatus(Journal::Status::BackedOut, cause.message());
    saveJournal();
    finishWork(Outcome::BackedOut, cause);
}

void Runner::finishWork(Outcome outcome, const Result &result)
{
    if (m_workerCleanup)
        m_workerCleanup();
    post([this, outcome, result] {
        m_running = false;
        m_current = -1;
        m_tick.stop();
        m_outcome = outcome;
        m_result = result;
        switch (outcome) {
        case Outcome::Succeeded:
            m_report.root().status = tr("Migrated and verified", "@info run outcome");
            break;
        case Outcome::BackedOut:
            m_report.root().status = tr("Failed and backed out", "@info run outcome");
            break;
        case Outcome::NeedsAttention:
            m_report.root().status = tr("Stopped, needs attention", "@info run outcome");
            break;
        }
        if (!result.isOk())
            m_report.root().lines.prepend(result.message());
        Q_EMIT finished(outcome, result);
    });
}

// ---- owner thread --------------------------------------------------------------------------

void Runner::applyState(int index, OperationState state)
{
    m_states[index] = state;
    m_report.root().children[index].status = operationStateTitle(state);
    if (state == OperationState::Running) {
        m_current = index;
        m_estimator.reset();
        m_startedAtMs[index] = m_clock.elapsed();
        m_progress[index] = {};
        // Start the clock now, so an operation that never reports anything can still be "stalled".
        m_estimator.update(m_startedAtMs[index], Progress {});
    } else {
        if (m_current == index)
            m_current = -1;
        if (state == OperationState::Done) {
            auto &p = m_progress[index];
            p.fraction = 1.0;
            p.etaSeconds = 0;
            p.stalled = false;
        }
    }
    Q_EMIT operationStateChanged(index, state);
    if (state == OperationState::Done)
        emitProgress(index);
    updateOverall();
}

void Runner::takeSample()
{
    {
        QMutexLocker lock(&m_slot.mutex);
        m_slot.posted = false;
    }
    if (m_throttle.isActive()) {
        m_sampleWaiting = true;
        return;
    }
    applyLatestSample();
}

void Runner::applyLatestSample()
{
    m_sampleWaiting = false;
    Progress progress;
    qint64 at;
    int index;
    {
        QMutexLocker lock(&m_slot.mutex);
        progress = m_slot.progress;
        at = m_slot.atMs;
        index = m_slot.index;
    }
    applySample(index, progress, at);
    m_throttle.start(m_throttleMs);
}

void Runner::applySample(int index, const Progress &progress, qint64 atMs)
{
    if (index != m_current)
        return; // a late sample of an operation that already finished
    m_estimator.update(atMs, progress);
    auto &p = m_progress[index];
    p.raw = progress;
    emitProgress(index);
}

void Runner::emitProgress(int index)
{
    auto &p = m_progress[index];
    if (index == m_current) {
        p.fraction = std::max(p.fraction, m_estimator.fraction());
        p.bytesPerSecond = m_estimator.bytesPerSecond();
        p.unitsPerSecond = m_estimator.unitsPerSecond();
        p.etaSeconds = m_estimator.etaSeconds();
        p.stalled = m_estimator.isStalled();
        p.elapsedMs = m_clock.elapsed() - m_startedAtMs[index];
    }
    Q_EMIT operationProgressChanged(index, p);
    updateOverall();
}

void Runner::updateOverall()
{
    double total = 0.0;
    double done = 0.0;
    for (int i = 0; i < int(m_operations.size()); ++i) {
        const double w = std::max(0.0, m_operations[i]->weight());
        total += w;
        if (m_states[i] == OperationState::Done)
            done += w;
        else if (m_states[i] == OperationState::Running)
            done += w * m_progress[i].fraction;
    }
    const double fraction = total > 0 ? std::clamp(done / total, 0.0, 1.0) : 0.0;
    if (fraction > m_overall) {
        m_overall = fraction;
        Q_EMIT overallProgressChanged(m_overall);
    }
}

void Runner::onTick()
{
    if (m_current < 0)
        return;
    const bool wasStalled = m_estimator.isStalled();
    const qint64 eta = m_estimator.etaSeconds();
    m_estimator.tick(m_clock.elapsed());
    if (wasStalled != m_estimator.isStalled() || eta != m_estimator.etaSeconds())
        emitProgress(m_current);
}

} // namespace cutover
