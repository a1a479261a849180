// SPDX-License-Identifier: GPL-3.0-or-later
// The runner with small test-only operations: states, backout order, point of no return,
// cancellation, resume from the journal, throttling, monotonic progress, smoothed/stalled ETA.
#include "journal/journal.h"
#include "runner/progressestimator.h"
#include "runner/runner.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace cutover;

namespace {

/** What the test operations did, in order ("run:a", "rollback:a"), shared across threads. */
class EventLog
{
public:
    void add(const QString &event)
    {
        QMutexLocker lock(&m_mutex);
        m_events.append(event);
    }
    QStringList events() const
    {
        QMutexLocker lock(&m_mutex);
        return m_events;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_events;
};

/**
 * A real operation that only counts: it reports @c units steps of progress, saves its
 * position after each, and can be told to fail at a step, to wait for a release, or to fail
 * its rollback. It is not a mock of any service.
 */
class CountingOperation : public Operation
{
public:
    CountingOperation(QString id, EventLog *log, int units = 5)
        : m_id(std::move(id))
        , m_log(log)
        , m_units(units)
    { }

    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Count %1").arg(m_id); }
    QString description() const override { return QStringLiteral("Counts to %1").arg(m_units); }
    double weight() const override { return m_weight; }
    bool canRollback() const override { return m_rollbackable; }
    QString rollbackDescription() const override { return QStringLiteral("uncounted %1").arg(m_id); }

    Result run(OperationContext &context) override
    {
        const int from = context.position().value(QStringLiteral("next")).toInt();
        m_log->add(QStringLiteral("run:%1@%2").arg(m_id).arg(from));
        for (int i = from; i < m_units; ++i) {
            if (context.isCancelled())
                return Result::cancelled();
            if (m_failAt.load() == i)
                return Result::error(QStringLiteral("test.failure"), QStringLiteral("failed at %1").arg(i));
            if (m_waitAt == i) {
                // Simulates a long remote wait (a reboot, a lock): nothing moves until released.
                while (!m_release.load() && !context.isCancelled())
                    QThread::msleep(2);
                if (context.isCancelled())
                    return Result::cancelled();
            }
            context.progress().setUnits(i + 1, m_units);
            context.progress().setBytes(qint64(i + 1) * 1000, qint64(m_units) * 1000);
            context.savePosition({ { QStringLiteral("next"), i + 1 } });
        }
        context.log(QStringLiteral("counted %1").arg(m_units));
        context.addFigure(QStringLiteral("units"), QString::number(m_units));
        return Result::ok();
    }

    Result rollback(OperationContext &) override
    {
        m_log->add(QStringLiteral("rollback:%1").arg(m_id));
        if (m_rollbackFails)
            return Result::error(QStringLiteral("test.rollback"), QStringLiteral("cannot undo"));
        return Result::ok();
    }

    std::atomic<int> m_failAt { -1 };
    std::atomic<bool> m_release { false };
    int m_waitAt = -1;
    bool m_rollbackable = true;
    bool m_rollbackFails = false;
    double m_weight = 1.0;

private:
    QString m_id;
    EventLog *m_log;
    int m_units;
};

struct Fixture
{
    EventLog log;
    std::vector<std::shared_ptr<CountingOperation>> ops;
    Runner::OperationList list() const { return { ops.begin(), ops.end() }; }
    void make(int n, int units = 5)
    {
        for (int i = 0; i < n; ++i)
            ops.push_back(std::make_shared<CountingOperation>(QString(QChar(u'a' + i)), &log, units));
    }
};

QStringList runEvents(const QStringList &events)
{
    QStringList result;
    for (const auto &e : events) {
        if (e.startsWith(QLatin1String("rollback:")))
            result.append(e);
    }
    return result;
}

// The journal checks its operations against a plan of the same length; the kinds do not matter here.
MigrationPlan planFor(const Fixture &f, qsizetype pointOfNoReturn)
{
    return MigrationPlan(SourceRole::Standalone, {},
        QList<OperationKind>(qsizetype(f.ops.size()), OperationKind::CopySystemSettings), pointOfNoReturn);
}

QStringList operationIds(const Fixture &f)
{
    QStringList ids;
    for (const auto &op : f.ops)
        ids.append(op->id());
    return ids;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!failed|rollback failed).*"))); }
    void allSucceed();
    void failureBeforePointOfNoReturnBacksOut_data();
    void failureBeforePointOfNoReturnBacksOut();
    void failureAfterPointOfNoReturnStops();
    void rollbackFailureNeedsAttention();
    void cancelBacksOut();
    void resumeFromJournal();
    void backoutFromJournal();
    void backoutRefusedPastPointOfNoReturn();
    void throttlesProgress();
    void stalledOperation();
    void estimatorSmoothsAndStalls();
};

void TestRunner::allSucceed()
{
    Fixture f;
    f.make(3);
    f.ops[1]->m_weight = 3.0;
    Runner runner(f.list(), 3);
    QSignalSpy states(&runner, &Runner::operationStateChanged);
    QSignalSpy overall(&runner, &Runner::overallProgressChanged);
    QSignalSpy progress(&runner, &Runner::operationProgressChanged);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::Succeeded);
    QVERIFY(!runner.isRunning());

    QList<QPair<int, OperationState>> seen;
    for (const auto &args : states)
        seen.append({ args.at(0).toInt(), args.at(1).value<OperationState>() });
    const QList<QPair<int, OperationState>> expected { { 0, OperationState::Running },
        { 0, OperationState::Done }, { 1, OperationState::Running }, { 1, OperationState::Done },
        { 2, OperationState::Running }, { 2, OperationState::Done } };
    QCOMPARE(seen, expected);

    double last = 0.0;
    for (const auto &args : overall) {
        const double v = args.at(0).toDouble();
        QVERIFY2(v >= last, "overall progress went backwards");
        last = v;
    }
    QCOMPARE(runner.overallFraction(), 1.0);
    QList<double> lastPerOp(3, 0.0);
    for (const auto &args : progress) {
        const int i = args.at(0).toInt();
        const double v = args.at(1).value<OperationProgress>().fraction;
        QVERIFY2(v >= lastPerOp[i], "operation progress went backwards");
        lastPerOp[i] = v;
    }
    QCOMPARE(runner.report().root().children.size(), size_t(3));
    QCOMPARE(runner.report().root().children[1].lines, QStringList { QStringLiteral("counted 5") });
    QVERIFY(runner.report().root().children[1].durationMs >= 0);
    QVERIFY(runEvents(f.log.events()).isEmpty());
}

void TestRunner::failureBeforePointOfNoReturnBacksOut_data()
{
    QTest::addColumn<int>("failing");
    QTest::addColumn<QStringList>("rollbacks");
    QTest::newRow("first") << 0 << QStringList { QStringLiteral("rollback:a") };
    QTest::newRow("second") << 1
                            << QStringList { QStringLiteral("rollback:b"), QStringLiteral("rollback:a") };
    QTest::newRow("third") << 2
                           << QStringList { QStringLiteral("rollback:c"), QStringLiteral("rollback:b"),
                                  QStringLiteral("rollback:a") };
}

void TestRunner::failureBeforePointOfNoReturnBacksOut()
{
    QFETCH(int, failing);
    QFETCH(QStringList, rollbacks);
    Fixture f;
    f.make(5);
    f.ops[failing]->m_failAt = 2;
    // An operation that cannot be rolled back (it only touched the target) is reported, not called.
    f.ops[0]->m_rollbackable = failing != 1;
    if (failing == 1)
        rollbacks.removeAll(QStringLiteral("rollback:a"));
    Runner runner(f.list(), 3);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::BackedOut);
    const auto result = finished.first().at(1).value<Result>();
    QCOMPARE(result.code(), QStringLiteral("test.failure"));
    QVERIFY(result.message().contains(QStringLiteral("Count %1").arg(QChar(u'a' + failing))));
    // Newest first, the failed operation included: it counts as performed once it started.
    QCOMPARE(runEvents(f.log.events()), rollbacks);
    for (int i = 0; i < 5; ++i) {
        const auto state = runner.state(i);
        if (i > failing)
            QCOMPARE(state, OperationState::Skipped);
        else if (failing == 1 && i == 0)
            QCOMPARE(state, OperationState::Done);
        else
            QCOMPARE(state, OperationState::RolledBack);
    }
    const QString report = runner.report().toPlainText();
    QVERIFY2(report.contains(QStringLiteral("Undone: uncounted a")) || failing == 1, qPrintable(report));
    if (failing == 1)
        QVERIFY(report.contains(QStringLiteral("Nothing to undo for “Count a”")));
}

void TestRunner::failureAfterPointOfNoReturnStops()
{
    Fixture f;
    f.make(4);
    f.ops[3]->m_failAt = 1;
    Runner runner(f.list(), 2);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::NeedsAttention);
    const auto result = finished.first().at(1).value<Result>();
    QVERIFY(result.details().contains(QStringLiteral("resume")));
    QVERIFY(runEvents(f.log.events()).isEmpty());
    QCOMPARE(runner.state(2), OperationState::Done);
    QCOMPARE(runner.state(3), OperationState::Failed);
}

void TestRunner::rollbackFailureNeedsAttention()
{
    Fixture f;
    f.make(3);
    f.ops[1]->m_failAt = 0;
    f.ops[0]->m_rollbackFails = true;
    Runner runner(f.list(), 3);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::NeedsAttention);
    QCOMPARE(finished.first().at(1).value<Result>().code(), QStringLiteral("runner.backout_incomplete"));
    QCOMPARE(runEvents(f.log.events()),
        (QStringList { QStringLiteral("rollback:b"), QStringLiteral("rollback:a") }));
    QVERIFY(runner.report().toPlainText().contains(QStringLiteral("Could not undo “Count a”")));
}

void TestRunner::cancelBacksOut()
{
    Fixture f;
    f.make(3);
    f.ops[1]->m_waitAt = 2;
    Runner runner(f.list(), 3);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(1), OperationState::Running, 5000);
    runner.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::BackedOut);
    QVERIFY(finished.first().at(1).value<Result>().isCancelled());
    QCOMPARE(runEvents(f.log.events()),
        (QStringList { QStringLiteral("rollback:b"), QStringLiteral("rollback:a") }));
    QCOMPARE(runner.state(2), OperationState::Skipped);
}

void TestRunner::resumeFromJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    Fixture f;
    f.make(4, 6);
    f.ops[2]->m_failAt = 3; // after the point of no return (1): the run stops and keeps its position
    {
        Journal journal(path);
        journal.begin(planFor(f, 1), operationIds(f));
        Runner runner(f.list(), 1, &journal);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::NeedsAttention);
    }
    Journal journal(path);
    QVERIFY(journal.load());
    QCOMPARE(journal.status(), Journal::Status::NeedsAttention);
    QCOMPARE(journal.operationState(0), OperationState::Done);
    QCOMPARE(journal.operationState(2), OperationState::Failed);
    QCOMPARE(journal.operationState(3), OperationState::Skipped);
    QCOMPARE(journal.position(2).value(QStringLiteral("next")).toInt(), 3);

    f.ops[2]->m_failAt = -1;
    Runner resumed(f.list(), 1, &journal);
    QCOMPARE(resumed.state(0), OperationState::Done);
    QVERIFY(resumed.overallFraction() > 0.0);
    QSignalSpy finished(&resumed, &Runner::finished);
    resumed.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::Succeeded);
    // Done operations did not run again; the interrupted one continued from its position.
    QCOMPARE(f.log.events(),
        (QStringList { QStringLiteral("run:a@0"), QStringLiteral("run:b@0"), QStringLiteral("run:c@0"),
            QStringLiteral("run:c@3"), QStringLiteral("run:d@0") }));
    Journal after(path);
    QVERIFY(after.load());
    QCOMPARE(after.status(), Journal::Status::Succeeded);
    QCOMPARE(after.operation(2).attempts, 2);
}

void TestRunner::backoutFromJournal()
{
    // A run killed after two reversible operations: `cutover-cli backout` undoes them.
    QTemporaryDir dir;
    Fixture f;
    f.make(4);
    Journal journal(dir.filePath(QStringLiteral("journal.json")));
    journal.begin(planFor(f, 3), operationIds(f));
    journal.setOperationState(0, OperationState::Done);
    journal.setOperationState(1, OperationState::Running);
    journal.setStatus(Journal::Status::Running);
    QVERIFY(journal.save());
    Runner runner(f.list(), 3, &journal);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.backout();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::BackedOut);
    QCOMPARE(f.log.events(), (QStringList { QStringLiteral("rollback:b"), QStringLiteral("rollback:a") }));
    QCOMPARE(journal.status(), Journal::Status::BackedOut);
}

void TestRunner::backoutRefusedPastPointOfNoReturn()
{
    QTemporaryDir dir;
    Fixture f;
    f.make(4);
    Journal journal(dir.filePath(QStringLiteral("journal.json")));
    journal.begin(planFor(f, 2), operationIds(f));
    for (int i = 0; i < 3; ++i)
        journal.setOperationState(i, OperationState::Done);
    Runner runner(f.list(), 2, &journal);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.backout();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::NeedsAttention);
    QCOMPARE(finished.first().at(1).value<Result>().code(), QStringLiteral("runner.past_point_of_no_return"));
    QVERIFY(f.log.events().isEmpty());
}

void TestRunner::throttlesProgress()
{
    Fixture f;
    f.make(1, 200000); // a fast loop of 200 000 updates
    Runner runner(f.list(), 1);
    QSignalSpy progress(&runner, &Runner::operationProgressChanged);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(progress.size() < 2000, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(1).value<OperationProgress>().fraction, 1.0);
}

void TestRunner::stalledOperation()
{
    Fixture f;
    f.make(1, 10);
    f.ops[0]->m_waitAt = 5;
    Runner runner(f.list(), 1);
    runner.setStallTimeout(300);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.progress(0).stalled, 5000);
    QCOMPARE(runner.progress(0).etaSeconds, -1);
    QCOMPARE(runner.progress(0).raw.unitsDone, 5);
    f.ops[0]->m_release = true;
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner.progress(0).stalled);
    QCOMPARE(runner.state(0), OperationState::Done);
}

void TestRunner::estimatorSmoothsAndStalls()
{
    ProgressEstimator e(5000, 0.3, 250);
    Progress p;
    p.bytesTotal = 100000;
    // 1000 bytes per second for 20 s: the ETA counts down steadily.
    qint64 t = 0;
    qint64 previousEta = -1;
    for (int s = 0; s <= 20; ++s) {
        p.bytesDone = s * 1000;
        e.update(t, p);
        if (s >= 2) {
            QVERIFY(e.etaSeconds() > 0);
            if (previousEta >= 0)
                QVERIFY2(e.etaSeconds() <= previousEta, "ETA grew at a constant rate");
            previousEta = e.etaSeconds();
        }
        t += 1000;
    }
    QVERIFY(qAbs(e.bytesPerSecond() - 1000.0) < 1.0);
    QVERIFY(qAbs(e.etaSeconds() - 80) <= 2);
    // One burst of 10 000 bytes in a second does not make the ETA collapse to a third.
    const qint64 before = e.etaSeconds();
    p.bytesDone += 10000;
    e.update(t, p);
    t += 1000;
    QVERIFY2(e.etaSeconds() > before / 2, qPrintable(QString::number(e.etaSeconds())));
    // Nothing moves for 5 s: stalled, no ETA, instead of an ever-growing one.
    const qint64 still = t;
    for (; t <= still + 5000; t += 500)
        e.tick(t);
    QVERIFY(e.isStalled());
    QCOMPARE(e.etaSeconds(), -1);
    QCOMPARE(e.bytesPerSecond(), 0.0);
    // It moves again: no longer stalled and a fresh rate.
    p.bytesDone += 1000;
    e.update(t, p);
    QVERIFY(!e.isStalled());
    t += 1000;
    p.bytesDone += 1000;
    e.update(t, p);
    QVERIFY(e.etaSeconds() > 0);
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
