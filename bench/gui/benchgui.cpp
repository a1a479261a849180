// SPDX-License-Identifier: GPL-3.0-or-later
//
// ./run bench gui [--dataset sakila|none] [--trace]
//
// Drives the real wizard (offscreen) through a complete migration between two sandbox
// appliances on 127.0.151.1 and 127.0.151.2 and measures how long the GUI thread's event loop
// could not run while the migration executed. Last line:
//   gui-stall max_ms=X p99_ms=Y cpu_in_max_ms=Z
// (goal: max under 100 ms). cpu_in_max_ms is the CPU time the GUI thread itself used during
// the longest stall: far below max_ms means the thread was waiting for the machine, not working.
// --trace also lists the slowest events the GUI thread handled, with their receivers.
#include "executionpage.h"
#include "migrationwizard.h"
#include "optionspage.h"
#include "pageid.h"
#include "sandboxappliance.h"
#include "stallmonitor.h"
#include "wizardcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace cutover;
using namespace cutover::test;

namespace {

/** Times every event the GUI thread handles (when tracing), nested ones with their depth. */
class TracingApplication : public QApplication
{
public:
    struct Record
    {
        qint64 startNs;
        qint64 durationNs;
        qint64 cpuNs;
        int depth;
        QString what;
    };

    using QApplication::QApplication;

    void startTrace()
    {
        m_records.clear();
        m_clock.start();
        m_tracing = true;
    }
    void stopTrace() { m_tracing = false; }
    const std::vector<Record> &records() const { return m_records; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_tracing)
            return QApplication::notify(receiver, event);
        const qint64 start = m_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const int type = event->type();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 duration = m_clock.nsecsElapsed() - start;
        if (duration >= 5'000'000) {
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            m_records.push_back(Record { start, duration, threadCpuNs() - cpuStart, m_depth,
                QStringLiteral("%1 → %2%3")
                    .arg(QLatin1String(typeName ? typeName : "?"),
                        QLatin1String(receiver->metaObject()->className()),
                        receiver->objectName().isEmpty()
                            ? QString()
                            : QStringLiteral(" \"%1\"").arg(receiver->objectName())) });
        }
        return result;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    QElapsedTimer m_clock;
    std::vector<Record> m_records;
    int m_depth = 0;
    bool m_tracing = false;
};

/** Runs the event loop until @p done or @p timeoutMs; a bench driver, not product code. */
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void setDefaultEnv(const char *name, const QString &value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, QFile::encodeName(value));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench-gui: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    setDefaultEnv("QT_QPA_PLATFORM", QStringLiteral("offscreen"));
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The wizard's longest GUI stall during a migration."));
    parser.addHelpOption();
    const QCommandLineOption datasetOption(QStringLiteral("dataset"),
        QStringLiteral("Source dataset: sakila or none."), QStringLiteral("NAME"), QStringLiteral("sakila"));
    const QCommandLineOption traceOption(
        QStringLiteral("trace"), QStringLiteral("List the slowest GUI events."));
    parser.addOptions({ datasetOption, traceOption });
    parser.process(app);

    const QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/../..");
    setDefaultEnv("CUTOVER_SANDBOX", QDir::cleanPath(bin + QStringLiteral("/tests/sandbox/cutover-sandbox")));
    setDefaultEnv("CUTOVER_APPLIANCED", QDir::cleanPath(bin + QStringLiteral("/appliance/applianced")));
    QTemporaryDir data;
    if (!data.isValid())
        return fail(QStringLiteral("no temporary directory"));
    qputenv("CUTOVER_DATA_DIR", QFile::encodeName(data.path()));

    SandboxAppliance::Options sourceOptions;
    sourceOptions.dataset = parser.value(datasetOption);
    sourceOptions.license = QStringLiteral("active");
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    SandboxAppliance source(QStringLiteral("bench-gui-src"), QStringLiteral("127.0.151.1"), sourceOptions);
    SandboxAppliance target(QStringLiteral("bench-gui-tgt"), QStringLiteral("127.0.151.2"), targetOptions);
    QString error;
    if (!source.start(&error) || !target.start(&error))
        return fail(error);
    std::printf("bench-gui: dataset %s, source %s, target %s\n", qPrintable(sourceOptions.dataset),
        qPrintable(source.info().address), qPrintable(target.info().address));

    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    WizardController *controller = wizard.controller();
    controller->setSourceAddress(source.info().address);
    controller->setSourcePassword(source.info().adminPassword.toUtf8());
    controller->setTargetIsThisSystem(false);
    controller->setTargetAddress(target.info().address);
    controller->setTargetPassword(target.info().adminPassword.toUtf8());
    wizard.show();

    // Welcome → Source: check, trust, log in.
    for (auto *box : wizard.currentPage()->findChildren<QCheckBox *>())
        box->setChecked(true);
    wizard.next();
    using S = WizardController::CheckState;
    controller->startCheck();
    if (!waitFor([&] { return controller->checkState() != S::Checking; }, 30000))
        return fail(QStringLiteral("the check did not finish"));
    if (controller->checkState() == S::NeedsTrust)
        controller->acceptFingerprints();
    if (!waitFor([&] { return controller->checkState() != S::LoggingIn; }, 60000)
        || controller->checkState() != S::Passed)
        return fail(QStringLiteral("the check did not pass"));
    wizard.next(); // Source Info
    wizard.next(); // Options: Migrate License, as an admin would
    if (auto *license = wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("migrateLicense"));
        license && license->isEnabled())
        license->setChecked(true);
    wizard.next(); // Confirmation
    if (wizard.currentId() != ConfirmationPageId)
        return fail(QStringLiteral("did not reach the Confirmation page"));

    // Execute, and measure until the run finished.
    const QString loadBefore = loadAverage();
    StallMonitor monitor;
    monitor.start();
    if (parser.isSet(traceOption))
        app.startTrace();
    QElapsedTimer clock;
    clock.start();
    wizard.next();
    const bool finished = waitFor([&] { return controller->isFinished(); }, 900000);
    const qint64 runMs = clock.elapsed();
    monitor.stop();
    app.stopTrace();
    if (!finished)
        return fail(QStringLiteral("the migration did not finish in 15 minutes"));

    std::printf("run: %s in %.1f s; %d ticks of %d ms; load average before %s, after %s\n",
        QMetaEnum::fromType<Runner::Outcome>().valueToKey(int(controller->outcome())), runMs / 1000.0,
        monitor.ticks(), StallMonitor::kIntervalMs, qPrintable(loadBefore), qPrintable(loadAverage()));
    if (parser.isSet(traceOption)) {
        auto records = app.records();
        std::sort(
            records.begin(), records.end(), [](const auto &a, const auto &b) { return a.cpuNs > b.cpuNs; });
        // By CPU time: on a busy machine the wall time mostly measures the other processes.
        std::printf("GUI events that used the most CPU (CPU ms, wall ms, depth, at s):\n");
        for (size_t i = 0; i < std::min<size_t>(records.size(), 25); ++i) {
            const auto &r = records[i];
            std::printf("  %7.1f %7.1f  %d  %7.2f  %s\n", r.cpuNs / 1e6, r.durationNs / 1e6, r.depth,
                r.startNs / 1e9, qPrintable(r.what));
        }
    }
    std::printf("gui-stall max_ms=%.0f p99_ms=%.0f cpu_in_max_ms=%.0f\n", monitor.longestMs(),
        monitor.percentileMs(99), monitor.longestCpuMs());
    std::fflush(stdout);
    return controller->outcome() == Runner::Outcome::Succeeded ? 0 : 1;
}
