// SPDX-License-Identifier: GPL-3.0-or-later
// cutover-cli is killed with SIGKILL at chosen points of real migrations between two sandboxes;
// the next `resume` completes the migration or `backout` restores the source, and nothing is lost.
// Loopback addresses: 127.0.71.1 – 127.0.71.16 (one pair per case).
#include "faultpair.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace cutover::faults;

class TestFaultsKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringPreflight();
    void killEarlyInCopyThenResume();
    void killLateInCopyThenBackOut();
    void killDuringLicenseMigrationThenResume();
    void killDuringTrafficLogCopyThenResume();
    void killDuringCatchUpThenResume();
    void killDuringTrafficLogUploadThenResume();
    void killDuringSwapRebootWaitThenResume();

private:
    /**
     * Kill at @p when, then finish with @p finish ("resume" or "backout") and check, plus
     * @p check (empty when it holds) after a completed run.
     */
    void killAndFinish(const QString &name, int host, const QStringList &extra,
        const std::function<bool(const QJsonObject &)> &when, const QString &finish,
        FaultPair::Mode mode = FaultPair::Mode::Offline, const FaultPair::Options &options = {},
        const std::function<QString(FaultPair &)> &check = {});
};

namespace {
/** The data copy is logical (`copy-data`) or, between equal MariaDB versions, physical
 * (`physical-copy-data`). */
std::function<bool(const QJsonObject &)> eitherCopy(
    std::function<bool(const QJsonObject &)> logical, std::function<bool(const QJsonObject &)> physical)
{
    return [logical, physical](const QJsonObject &e) { return logical(e) || physical(e); };
}
} // namespace

void TestFaultsKill::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CUTOVER_CLI"))
        QSKIP("CUTOVER_CLI is not set");
    FaultLedger::reset();
}

void TestFaultsKill::killAndFinish(const QString &name, int host, const QStringList &extra,
    const std::function<bool(const QJsonObject &)> &when, const QString &finish, FaultPair::Mode mode,
    const FaultPair::Options &options, const std::function<QString(FaultPair &)> &check)
{
    FaultCase fault(name, FaultLedger::Kind::Injected);
    FaultPair pair(name, host, 71, options);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));

    auto cli = pair.startCli(pair.migrateArguments(extra, mode));
    QList<QJsonObject> seen;
    const bool reached = FaultPair::waitForEvent(*cli, when, 180000, &seen);
    FaultPair::kill(*cli);
    if (!reached) {
        for (const auto &e : seen) {
            if (e.value(QStringLiteral("event")).toString() != QLatin1String("progress"))
                qInfo("%s", QJsonDocument(e).toJson(QJsonDocument::Compact).left(300).constData());
        }
        qInfo("%s", cli->readAllStandardError().right(2000).constData());
    }
    QVERIFY2(reached, "the run ended before the point where the fault was to be injected");
    QCOMPARE(cli->exitStatus(), QProcess::CrashExit);

    // The next start finds the interrupted run and says so.
    const CliRun status = pair.run({ QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(status.exitCode, 4);

    const CliRun done = pair.run({ finish, QStringLiteral("--json"), QStringLiteral("--yes") });
    const bool completed = finish == QLatin1String("resume");
    QVERIFY2(done.exitCode == (completed ? 0 : 1), qPrintable(done.allText()));
    QCOMPARE(done.outcome(), completed ? QStringLiteral("succeeded") : QStringLiteral("backed-out"));

    qint64 rowsLost = 0;
    QString problems = pair.verify(completed, &rowsLost);
    if (completed && check) {
        const QString more = check(pair);
        if (!more.isEmpty())
            problems += (problems.isEmpty() ? QString() : QStringLiteral("; ")) + more;
    }
    // Nothing is left to resume.
    const int statusAfter = pair.run({ QStringLiteral("status"), QStringLiteral("--json") }).exitCode;
    fault.done(problems.isEmpty() && rowsLost == 0 && statusAfter == 0, rowsLost);
    if (!problems.isEmpty()) {
        // What the appliances did, for whoever reads the failure.
        for (auto *s : { &pair.source(), &pair.target() }) {
            QFile audit(s->info().stateDir + QStringLiteral("/appliance/audit.log"));
            if (audit.open(QIODevice::ReadOnly))
                qInfo("audit log of %s:\n%s", qPrintable(s->info().name),
                    audit.readAll().right(6000).constData());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(rowsLost, 0);
    QCOMPARE(statusAfter, 0);
}

void TestFaultsKill::killDuringPreflight()
{
    FaultCase fault(QStringLiteral("kill-during-preflight"), FaultLedger::Kind::Injected);
    FaultPair pair(QStringLiteral("flt-kill-pre"), 1, 71);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    auto cli = pair.startCli(pair.migrateArguments({ QStringLiteral("--migrate-license") }));
    // Preflight prints its checks and the source's facts before any plan exists; kill it there.
    const bool reached = FaultPair::waitForEvent(*cli, [](const QJsonObject &e) {
        const QString event = e.value(QStringLiteral("event")).toString();
        return event == QLatin1String("check") || event == QLatin1String("source-info");
    });
    FaultPair::kill(*cli);
    QVERIFY(reached);
    // Whatever was journalled, the source is untouched and a new migration goes through.
    const CliRun status = pair.run({ QStringLiteral("status"), QStringLiteral("--json") });
    if (status.exitCode == 4) {
        const CliRun backout
            = pair.run({ QStringLiteral("backout"), QStringLiteral("--json"), QStringLiteral("--yes") });
        QVERIFY2(backout.exitCode == 0 || backout.exitCode == 1, qPrintable(backout.allText()));
    } else {
        QCOMPARE(status.exitCode, 0);
    }
    const CliRun again = pair.run(pair.migrateArguments({ QStringLiteral("--migrate-license") }));
    QVERIFY2(again.exitCode == 0, qPrintable(again.allText()));
    qint64 rowsLost = 0;
    const QString problems = pair.verify(true, &rowsLost);
    fault.done(problems.isEmpty(), rowsLost);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestFaultsKill::killEarlyInCopyThenResume()
{
    killAndFinish(QStringLiteral("flt-kill-early"), 3, { QStringLiteral("--migrate-license") },
        eitherCopy(FaultPair::stateIs(QStringLiteral("copy-data"), QStringLiteral("running")),
            FaultPair::stateIs(QStringLiteral("physical-copy-data"), QStringLiteral("running"))),
        QStringLiteral("resume"));
}

void TestFaultsKill::killLateInCopyThenBackOut()
{
    // The logical copy: the physical one of this small data set is over before a kill lands late
    // in it (killEarlyInCopyThenResume kills whichever path the plan took).
    killAndFinish(QStringLiteral("flt-kill-late"), 5,
        { QStringLiteral("--migrate-license"), QStringLiteral("--logical-copy") },
        FaultPair::progressAtLeast(QStringLiteral("copy-data"), 50), QStringLiteral("backout"));
}

void TestFaultsKill::killDuringLicenseMigrationThenResume()
{
    killAndFinish(QStringLiteral("flt-kill-lic"), 7, { QStringLiteral("--migrate-license") },
        FaultPair::stateIs(QStringLiteral("migrate-license"), QStringLiteral("running")),
        QStringLiteral("resume"));
}

void TestFaultsKill::killDuringTrafficLogCopyThenResume()
{
    killAndFinish(QStringLiteral("flt-kill-logs"), 9,
        { QStringLiteral("--migrate-license"), QStringLiteral("--copy-traffic-logs") },
        FaultPair::stateIs(QStringLiteral("copy-traffic-logs"), QStringLiteral("running")),
        QStringLiteral("resume"), FaultPair::Mode::Offline, {},
        [](FaultPair &pair) { return pair.compareTrafficLogs(); });
}

void TestFaultsKill::killDuringTrafficLogUploadThenResume()
{
    // The copy's second half writes the logs to the target's import directory: kill it there, with
    // a log big enough to be cut mid-file, and resume continues the target's partial file.
    FaultPair::Options options;
    options.bigTable = false;
    options.trafficLogMegabytes = 96;
    killAndFinish(QStringLiteral("flt-kill-upload"), 13,
        { QStringLiteral("--migrate-license"), QStringLiteral("--copy-traffic-logs") },
        FaultPair::progressAtLeast(QStringLiteral("copy-traffic-logs"), 65), QStringLiteral("resume"),
        FaultPair::Mode::Offline, options, [](FaultPair &pair) { return pair.compareTrafficLogs(); });
}

void TestFaultsKill::killDuringSwapRebootWaitThenResume()
{
    // Swap Configuration: both appliances reboot onto each other's address. The kill hits the
    // wait for them; resume finds them at their new addresses, and the checks follow them there.
    FaultPair::Options options;
    options.bigTable = false;
    killAndFinish(
        QStringLiteral("flt-kill-reboot"), 15,
        { QStringLiteral("--migrate-license"), QStringLiteral("--swap-configuration") },
        [](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == QLatin1String("progress")
                && e.value(QStringLiteral("id")).toString() == QLatin1String("reboot-both")
                && e.value(QStringLiteral("status")).toString().startsWith(QLatin1String("Waiting for"));
        },
        QStringLiteral("resume"), FaultPair::Mode::Offline, options,
        [](FaultPair &pair) {
            QStringList problems;
            if (pair.currentAddress(pair.target()) != pair.source().info().address)
                problems << QStringLiteral("the target does not answer at the source's old address");
            if (pair.currentAddress(pair.source()) != pair.target().info().address)
                problems << QStringLiteral("the old source does not answer at the target's old address");
            return problems.join(QStringLiteral("; "));
        });
}

void TestFaultsKill::killDuringCatchUpThenResume()
{
    // Low-downtime mode: the target replicates from the source; the kill hits the catch-up as it
    // starts, typically while applianced creates a temporary account the journal has not yet
    // recorded: the resume must find and drop it anyway.
    killAndFinish(QStringLiteral("flt-kill-catchup"), 11, { QStringLiteral("--migrate-license") },
        FaultPair::stateIs(QStringLiteral("catch-up-data"), QStringLiteral("running")),
        QStringLiteral("resume"), FaultPair::Mode::LowDowntime);
}

QTEST_GUILESS_MAIN(TestFaultsKill)
#include "tst_faults_kill.moc"
