// SPDX-License-Identifier: GPL-3.0-or-later
// `cutover-bench-copy [--size 2G] [--threads 2]`: builds a data set on a private source MariaDB,
// copies it to a private target with Cutover's engine, with `mariadb-dump --single-transaction |
// mariadb`, and with mydumper/myloader, all at the same thread count and identical server
// settings, and prints seconds, MB/s, client peak RSS and whether every table's checksum matched.
// Last line: `copy-ratio mariadb-dump=X mydumper=Y physical=P rss_mb=Z`. Loopback 127.0.200.1 and .2
// (servers), .11 and .12 (the physical row's two applianced); `--loopback N` moves them to 127.0.N.x.
#include "../../tests/copy/mariadbinstance.h"
#include "benchappliance.h"
#include "mysql/copyverifier.h"
#include "mysql/databasecopier.h"
#include "mysql/mysqlconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace cutover;

namespace {

struct Measure
{
    QString name;
    double seconds = 0;
    double rssMb = 0;
    double cpuSource = 0; ///< CPU seconds of the source server during the copy
    double cpuTarget = 0;
    double cpuClient = 0; ///< of the tool's processes (user + system)
    double verifySeconds = 0; ///< CopyVerifier afterwards (not part of the timed copy)
    bool ok = false;
    bool checksumsMatch = false;
    QString note;
};

/** User + system CPU seconds a process has used so far (from /proc/PID/stat), 0 if unknown. */
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

/** Runs argv, waits, returns the exit code; peak RSS (MB) of it and its waited-for children. */
int runMeasured(const QStringList &argv, double *rssMb, double *cpu = nullptr)
{
    std::vector<QByteArray> bytes;
    std::vector<char *> args;
    for (const QString &a : argv)
        bytes.push_back(a.toLocal8Bit());
    for (auto &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
        return -1;
    int status = 0;
    struct rusage usage
    {
    };
    if (wait4(pid, &status, 0, &usage) < 0)
        return -1;
    *rssMb = double(usage.ru_maxrss) / 1024.0;
    if (cpu)
        *cpu += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

qint64 parseSize(QString text)
{
    text = text.trimmed().toUpper();
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('G')))
        factor = 1024ll * 1024 * 1024;
    else if (text.endsWith(QLatin1Char('M')))
        factor = 1024ll * 1024;
    else if (text.endsWith(QLatin1Char('K')))
        factor = 1024;
    if (factor > 1)
        text.chop(1);
    return qint64(text.toDouble() * double(factor));
}

/** The engine alone, in a child process so its peak RSS is measured like the other tools'. */
int runEngine(const QStringList &args)
{
    // args: source-socket target-socket threads [key=value …] (experiments: see --variants)
    MysqlEndpoint source;
    source.user = QStringLiteral("root");
    source.socket = args.value(0);
    MysqlEndpoint target;
    target.user = QStringLiteral("root");
    target.socket = args.value(1);
    CopyOptions options;
    options.threads = args.value(2).toInt();
    options.includeAccounts = false;
    options.verify = false;
    options.schemas = { QStringLiteral("bench") };
    for (const QString &setting : args.mid(3)) {
        const QString key = setting.section(QLatin1Char('='), 0, 0);
        const qint64 value = setting.section(QLatin1Char('='), 1).toLongLong();
        if (key == QLatin1String("threads"))
            options.threads = int(value);
        else if (key == QLatin1String("chunk-mb"))
            options.chunkBytes = value * 1024 * 1024;
        else if (key == QLatin1String("chunk-rows"))
            options.chunkRows = value;
        else if (key == QLatin1String("verify"))
            options.verify = value != 0;
        else if (key == QLatin1String("defer-indexes"))
            options.deferSecondaryIndexes = value != 0;
        else if (key == QLatin1String("binary-min-row"))
            options.binaryLoadMinRowBytes = value;
        else if (key == QLatin1String("verify-inline"))
            options.verifyEachChunk = value != 0;
        else if (key == QLatin1String("bulk-kb"))
            options.binaryBatchBytes = value * 1024;
        else {
            std::fprintf(stderr, "engine: unknown setting %s\n", qPrintable(setting));
            return 1;
        }
    }
    DatabaseCopier copier(source, target, options);
    std::atomic<bool> cancel { false };
    const CopyResult r = copier.run(cancel);
    if (!r.ok()) {
        std::fprintf(stderr, "engine: %s\n%s\n", qPrintable(r.message), qPrintable(r.details));
        return 1;
    }
    std::fprintf(stderr, "engine: %lld rows, %lld bytes, %.1f s\n", r.rows, r.bytes, r.seconds);
    return 0;
}

bool verify(test::MariadbInstance &source, test::MariadbInstance &target, int threads, QString *details)
{
    MysqlEndpoint s;
    s.user = QStringLiteral("root");
    s.socket = source.socketPath();
    MysqlEndpoint t;
    t.user = QStringLiteral("root");
    t.socket = target.socketPath();
    CopyOptions options;
    options.threads = threads;
    options.schemas = { QStringLiteral("bench") };
    CopyVerifier verifier(s, t, options);
    std::atomic<bool> cancel { false };
    const CopyResult r = verifier.run(cancel);
    *details = r.ok() ? QString() : r.message + QLatin1Char('\n') + r.details.left(1000);
    return r.ok();
}

const QString kPhysicalRow = QStringLiteral("physical (two applianced)");

/**
 * The physical row (issue 9) the way a migration runs it: two real applianced around the two
 * servers, on their own loopback addresses; a backup ticket from the source, the restore job on
 * the target (stream over the pinned HTTPS relay, mbstream, prepare, swap, start), polled until
 * `ready`. The checksums follow in measure(); then `commit` deletes the target's previous datadir.
 * Client CPU: both applianced with their children (mariadb-backup, mbstream, prepare); peak RSS:
 * the larger of the two applianced.
 */
void measurePhysicalThroughAppliances(test::MariadbInstance &source, test::MariadbInstance &target,
    const QString &net,
    const std::function<void(const QString &, const std::function<bool(Measure *)> &)> &measure)
{
    bench::BenchAppliance sourceAppliance(QStringLiteral("source"), net + QStringLiteral("11"));
    bench::BenchAppliance targetAppliance(QStringLiteral("target"), net + QStringLiteral("12"));
    // A migration finds both appliances running: they start before the clock does. Their client's
    // per-request log lines would drown the table.
    QLoggingCategory::setFilterRules(QStringLiteral("cutover.core.api*=false"));
    QString error;
    const bool started = sourceAppliance.start(source, &error) && targetAppliance.start(target, &error);
    bool swapped = false;
    measure(kPhysicalRow, [&](Measure *m) {
        if (!started) {
            m->note = error;
            return false;
        }
        const double cpu0 = sourceAppliance.cpuSeconds() + targetAppliance.cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        const bench::PhysicalCopyFigures f = bench::runPhysicalCopy(sourceAppliance, targetAppliance);
        const double seconds = double(clock.elapsed()) / 1000.0;
        swapped = f.ok || targetAppliance.serverPid() != target.pid();
        m->cpuClient = sourceAppliance.cpuSeconds() + targetAppliance.cpuSeconds() - cpu0;
        m->rssMb = std::max(sourceAppliance.peakRssMb(), targetAppliance.peakRssMb());
        m->note = QStringLiteral("through the appliances: %1 s (stream %2 s, prepare %3 s with %4 progress "
                                 "updates, swap + start %5 s), %6 MB streamed of %7 MB expected%8%9")
                      .arg(seconds, 0, 'f', 1)
                      .arg(f.streamSeconds, 0, 'f', 1)
                      .arg(f.prepareSeconds, 0, 'f', 1)
                      .arg(f.preparedUpdates)
                      .arg(f.swapSeconds, 0, 'f', 1)
                      .arg(f.bytesStreamed / 1048576)
                      .arg(f.bytesExpected / 1048576)
                      .arg(f.note.isEmpty() ? QString() : QStringLiteral("; "), f.note);
        return f.ok;
    });
    if (swapped && !bench::commitPhysicalCopy(targetAppliance, &error))
        std::printf("  commit failed: %s\n", qPrintable(error));
    targetAppliance.stop();
    sourceAppliance.stop();
    // The target's server is now the one its appliance started: stop it by its pid file and let
    // the bench's own instance run (and later stop) the server on the new datadir again.
    if (swapped && targetAppliance.serverPid() > 0 && targetAppliance.serverPid() != target.pid()) {
        if (!targetAppliance.stopServer(&error) || !target.restart(&error))
            std::printf("  cannot restart the target after the physical row: %s\n", qPrintable(error));
    }
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--run-engine"))
        return runEngine(app.arguments().mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of Cutover's database copy"));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("size"), QStringLiteral("Data set size (e.g. 2G, 500M)."),
        QStringLiteral("size"), QStringLiteral("2G") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("Threads for every tool."),
        QStringLiteral("n"), QStringLiteral("2") });
    parser.addOption({ QStringLiteral("buffer-pool"), QStringLiteral("InnoDB buffer pool of each server."),
        QStringLiteral("size"), QStringLiteral("1G") });
    parser.addOption({ QStringLiteral("skip"), QStringLiteral("Skip tools: cutover,dump,mydumper,physical."),
        QStringLiteral("list"), QString() });
    parser.addOption({ QStringLiteral("variants"),
        QStringLiteral("Extra Cutover runs, ';'-separated, each a ','-separated list of engine settings "
                       "(threads=N, chunk-mb=N, chunk-rows=N, verify=0|1, defer-indexes=0|1, "
                       "binary-min-row=N (-1 none, 0 all), bulk-kb=N, verify-inline=0|1)."),
        QStringLiteral("list"), QString() });
    parser.addOption({ QStringLiteral("loopback"),
        QStringLiteral("Third octet of the loopback addresses (servers .1/.2, appliances .11/.12)."),
        QStringLiteral("n"), QStringLiteral("200") });
    parser.addOption({ QStringLiteral("physical-direct"),
        QStringLiteral(
            "Also run the physical pipeline without the appliances (no HTTPS relay), for comparison.") });
    parser.process(app);
    const QString net = QStringLiteral("127.0.%1.").arg(parser.value(QStringLiteral("loopback")).toInt());
    const qint64 size = parseSize(parser.value(QStringLiteral("size")));
    const int threads = std::max(1, parser.value(QStringLiteral("threads")).toInt());
    const QStringList skip = parser.value(QStringLiteral("skip")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList serverSettings { QStringLiteral("--innodb-buffer-pool-size=")
            + parser.value(QStringLiteral("buffer-pool")),
        QStringLiteral("--innodb-log-file-size=512M"), QStringLiteral("--max-connections=200") };

    std::printf("cutover-bench-copy: size %s, threads %d, buffer pool %s, %d CPUs\n",
        qPrintable(parser.value(QStringLiteral("size"))), threads,
        qPrintable(parser.value(QStringLiteral("buffer-pool"))), QThread::idealThreadCount());
    std::fflush(stdout);

    test::MariadbInstance source(net + QStringLiteral("1"), 20001);
    test::MariadbInstance target(net + QStringLiteral("2"), 20002);
    source.setExtraArguments(serverSettings);
    // The physical row swaps the target's datadir under the running server: it must not write a
    // buffer-pool dump into the new one on its way down.
    target.setExtraArguments(
        serverSettings + QStringList { QStringLiteral("--innodb-buffer-pool-dump-at-shutdown=0") });
    QString error;
    if (!source.start(&error) || !target.start(&error)) {
        std::fprintf(stderr, "cannot start the servers: %s\n", qPrintable(error));
        return 1;
    }

    // The data set: sysbench-like small rows with a secondary index (about 55 % of the bytes),
    // 20-100 KiB BLOBs (30 %), a table without primary key (10 %), 4-byte UTF-8 text (5 %).
    QElapsedTimer timer;
    timer.start();
    const qint64 sbRows = std::max<qint64>(1000, size * 55 / 100 / 4 / 230); // per table, ~230 B on disk
    const qint64 blobRows = std::max<qint64>(10, size * 30 / 100 / (60 * 1024));
    const qint64 nopkRows = std::max<qint64>(1000, size * 10 / 100 / 150);
    const qint64 utfRows = std::max<qint64>(1000, size * 5 / 100 / 450);
    // One client call per table: each stays well within the client's time limit on a busy machine.
    const QByteArray prefix = "SET sql_log_bin = 0; USE bench; SET SESSION unique_checks = 0;";
    QList<QByteArray> steps { "SET sql_log_bin = 0; CREATE DATABASE bench;" };
    for (int i = 1; i <= 4; ++i) {
        steps << prefix
                + QStringLiteral(
                    "CREATE TABLE sbtest%1 (id INT NOT NULL PRIMARY KEY, k INT NOT NULL DEFAULT 0, "
                    "c CHAR(120) NOT NULL DEFAULT '', pad CHAR(60) NOT NULL DEFAULT '', KEY k_%1 (k)) "
                    "ENGINE=InnoDB;"
                    "INSERT INTO sbtest%1 SELECT seq, FLOOR(RAND(seq) * %2), CONCAT_WS('-', MD5(seq), "
                    "MD5(seq + 1), MD5(seq + 2)), LEFT(CONCAT(MD5(seq * 7), SHA1(seq)), 60) FROM "
                    "seq_1_to_%2;")
                      .arg(i)
                      .arg(sbRows)
                      .toUtf8();
    }
    steps << prefix
            + QStringLiteral(
                "CREATE TABLE blobs (id INT PRIMARY KEY, data LONGBLOB) ENGINE=InnoDB;"
                "INSERT INTO blobs SELECT seq, REPEAT(UNHEX(SHA2(seq, 512)), 320 + (seq * 7919) % 1280) "
                "FROM seq_1_to_%1;")
                  .arg(blobRows)
                  .toUtf8();
    steps << prefix
            + QStringLiteral(
                "CREATE TABLE nopk (ts DATETIME, user VARCHAR(32), bytes_in BIGINT, bytes_out BIGINT, "
                "note VARCHAR(64)) ENGINE=InnoDB;"
                "INSERT INTO nopk SELECT '2026-01-01' + INTERVAL seq SECOND, CONCAT('user', seq % 1000), "
                "seq * 3, seq * 5, MD5(seq % 5000) FROM seq_1_to_%1;")
                  .arg(nopkRows)
                  .toUtf8();
    steps << prefix
            + QStringLiteral(
                "CREATE TABLE utf (id INT PRIMARY KEY, t TEXT CHARACTER SET utf8mb4) ENGINE=InnoDB;"
                "INSERT INTO utf SELECT seq, REPEAT(CONCAT('😀𝄞', seq, 'ü€'), 25) FROM seq_1_to_%1;")
                  .arg(utfRows)
                  .toUtf8();
    steps << prefix + "ANALYZE TABLE sbtest1, sbtest2, sbtest3, sbtest4, blobs, nopk, utf;";
    for (const QByteArray &step : std::as_const(steps)) {
        if (!source.runSql(step, &error)) {
            std::fprintf(stderr, "cannot build the data set: %s\n", qPrintable(error));
            return 1;
        }
    }
    const QByteArray sizes
        = source.query("SELECT ROUND(SUM(DATA_LENGTH + INDEX_LENGTH) / 1048576), "
                       "ROUND(SUM(DATA_LENGTH) / 1048576) FROM information_schema.TABLES WHERE "
                       "TABLE_SCHEMA = 'bench'");
    const double dataMb = sizes.split('\t').value(1).trimmed().toDouble();
    std::printf(
        "data set built in %.0f s: %s MB with indexes, %.0f MB data (sbtest 4 x %lld rows, blobs %lld, nopk "
        "%lld, utf %lld)\n",
        double(timer.elapsed()) / 1000.0, sizes.split('\t').value(0).constData(), dataMb, sbRows, blobRows,
        nopkRows, utfRows);
    std::fflush(stdout);

    auto resetTarget
        = [&] { return target.runSql("SET sql_log_bin = 0; DROP DATABASE IF EXISTS bench;", &error); };
    const QString self = QCoreApplication::applicationFilePath();
    const QString srcArgs = QStringLiteral("--no-defaults --socket=%1 -uroot").arg(source.socketPath());
    const QString dstArgs = QStringLiteral("--no-defaults --socket=%1 -uroot").arg(target.socketPath());
    QTemporaryDir dumpDir(QDir::temp().filePath(QStringLiteral("cutover-bench-mydumper-XXXXXX")));
    QList<Measure> results;

    auto measure = [&](const QString &name, const std::function<bool(Measure *)> &body) {
        Measure m;
        m.name = name;
        if (!resetTarget()) {
            m.note = error;
            results << m;
            return;
        }
        QElapsedTimer t;
        const double cpuSource0 = cpuSeconds(source.pid());
        const double cpuTarget0 = cpuSeconds(target.pid());
        t.start();
        m.ok = body(&m);
        m.seconds = double(t.elapsed()) / 1000.0;
        m.cpuSource = cpuSeconds(source.pid()) - cpuSource0;
        // A swapped-in datadir restarts the target: its new process's time only counts from then.
        m.cpuTarget = std::max(0.0, cpuSeconds(target.pid()) - cpuTarget0);
        QString details;
        QElapsedTimer verifyTimer;
        verifyTimer.start();
        m.checksumsMatch = m.ok && verify(source, target, threads, &details);
        m.verifySeconds = double(verifyTimer.elapsed()) / 1000.0;
        if (!details.isEmpty())
            m.note = details;
        std::printf("%-28s %8.1f s %8.1f MB/s  peak RSS %7.1f MB  checksums %s%s\n", qPrintable(name),
            m.seconds, dataMb / std::max(m.seconds, 0.001), m.rssMb, m.checksumsMatch ? "match" : "DIFFER",
            m.ok ? "" : "  (FAILED)");
        double load[3] = {};
        getloadavg(load, 3);
        std::printf(
            "  CPU s: source %.1f, target %.1f, client %.1f; verification %.1f s; load average %.1f %.1f "
            "%.1f\n",
            m.cpuSource, m.cpuTarget, m.cpuClient, m.verifySeconds, load[0], load[1], load[2]);
        if (!m.note.isEmpty())
            std::printf("  %s\n", qPrintable(m.note));
        std::fflush(stdout);
        results << m;
    };

    if (!skip.contains(QLatin1String("cutover")))
        measure(QStringLiteral("cutover"), [&](Measure *m) {
            return runMeasured({ self, QStringLiteral("--run-engine"), source.socketPath(),
                                   target.socketPath(), QString::number(threads) },
                       &m->rssMb, &m->cpuClient)
                == 0;
        });
    for (const QString &variant :
        parser.value(QStringLiteral("variants")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        measure(QStringLiteral("cutover ") + variant, [&](Measure *m) {
            QStringList argv { self, QStringLiteral("--run-engine"), source.socketPath(), target.socketPath(),
                QString::number(threads) };
            argv += variant.split(QLatin1Char(','), Qt::SkipEmptyParts);
            return runMeasured(argv, &m->rssMb, &m->cpuClient) == 0;
        });
    }
    if (!skip.contains(QLatin1String("dump")))
        measure(QStringLiteral("mariadb-dump | mariadb"), [&](Measure *m) {
            const QString pipeline
                = QStringLiteral("set -o pipefail; mariadb-dump %1 --single-transaction --routines "
                                 "--triggers --events --databases bench | mariadb %2")
                      .arg(srcArgs, dstArgs);
            return runMeasured(
                       { QStringLiteral("bash"), QStringLiteral("-c"), pipeline }, &m->rssMb, &m->cpuClient)
                == 0;
        });
    if (!skip.contains(QLatin1String("mydumper")))
        measure(QStringLiteral("mydumper + myloader"), [&](Measure *m) {
            QDir(dumpDir.path()).removeRecursively();
            double dumpRss = 0, loadRss = 0;
            const bool dumped
                = runMeasured({ QStringLiteral("mydumper"), QStringLiteral("--socket=") + source.socketPath(),
                                  QStringLiteral("--user=root"), QStringLiteral("--threads=%1").arg(threads),
                                  QStringLiteral("--database=bench"), QStringLiteral("--rows=500000"),
                                  QStringLiteral("--outputdir=") + dumpDir.path() },
                      &dumpRss, &m->cpuClient)
                == 0;
            const bool loaded = dumped
                && runMeasured(
                       { QStringLiteral("myloader"), QStringLiteral("--socket=") + target.socketPath(),
                           QStringLiteral("--user=root"), QStringLiteral("--threads=%1").arg(threads),
                           QStringLiteral("--directory=") + dumpDir.path(),
                           QStringLiteral("--overwrite-tables") },
                       &loadRss, &m->cpuClient)
                    == 0;
            m->rssMb = std::max(dumpRss, loadRss);
            return loaded;
        });

    // The physical copy (issue 9): the pipeline the appliances run, without the HTTPS hop between
    // them — mariadb-backup streamed through mbstream into a fresh directory, prepared, swapped in
    // for the target's datadir, the target started on it. The target's old datadir is kept until
    // the checksums have been compared, as on an appliance.
    if (!skip.contains(QLatin1String("physical")) && parser.isSet(QStringLiteral("physical-direct")))
        measure(QStringLiteral("physical without relay"), [&](Measure *m) {
            const QString base = QFileInfo(target.socketPath()).absolutePath();
            const QString datadir = base + QStringLiteral("/data");
            const QString fresh = base + QStringLiteral("/data.cutover-fresh");
            const QString previous = base + QStringLiteral("/data.cutover-previous");
            QDir(fresh).removeRecursively();
            QDir(previous).removeRecursively();
            QDir().mkpath(fresh);
            const QString stream = QStringLiteral(
                "set -o pipefail; mariadb-backup --no-defaults --backup --stream=mbstream "
                "--socket=%1 --user=root --parallel=%2 --target-dir=%3 2>%3.log | mbstream -x "
                "-C %4 && mariadb-backup --no-defaults --prepare --target-dir=%4 2>>%3.log")
                                       .arg(source.socketPath())
                                       .arg(threads)
                                       .arg(base + QStringLiteral("/backup-tmp"), fresh);
            double streamRss = 0;
            if (runMeasured(
                    { QStringLiteral("bash"), QStringLiteral("-c"), stream }, &streamRss, &m->cpuClient)
                != 0) {
                m->note = QStringLiteral("mariadb-backup failed, see %1/backup-tmp.log").arg(base);
                return false;
            }
            m->rssMb = streamRss;
            // Swap: the running server's files move aside with the directory (it keeps them open
            // until it stops), the fresh directory takes the datadir's name, the restart uses it.
            if (!QDir().rename(datadir, previous) || !QDir().rename(fresh, datadir)) {
                m->note = QStringLiteral("cannot swap the datadir");
                return false;
            }
            QString restartError;
            if (!target.restart(&restartError)) {
                m->note = restartError;
                return false;
            }
            return true;
        });

    if (!skip.contains(QLatin1String("physical")))
        measurePhysicalThroughAppliances(source, target, net, measure);

    auto find = [&](const QString &name) -> const Measure * {
        for (const Measure &m : std::as_const(results)) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    };
    const Measure *cutover = find(QStringLiteral("cutover"));
    const Measure *dump = find(QStringLiteral("mariadb-dump | mariadb"));
    const Measure *mydumper = find(QStringLiteral("mydumper + myloader"));
    auto ratio = [&](const Measure *other) {
        if (!cutover || !other || !cutover->ok || !other->ok)
            return QStringLiteral("n/a");
        return QString::number(other->seconds / cutover->seconds, 'f', 2);
    };
    std::printf("throughput Cutover/mariadb-dump %s x, Cutover/mydumper+myloader %s x\n",
        qPrintable(ratio(dump)), qPrintable(ratio(mydumper)));
    const Measure *physical = find(kPhysicalRow);
    // physical=Z: the physical path's throughput over mariadb-dump | mariadb (issue 9).
    QString physicalRatio = QStringLiteral("n/a");
    if (physical && dump && physical->ok && dump->ok && physical->checksumsMatch)
        physicalRatio = QString::number(dump->seconds / physical->seconds, 'f', 2);
    std::printf("copy-ratio mariadb-dump=%s mydumper=%s physical=%s rss_mb=%s\n", qPrintable(ratio(dump)),
        qPrintable(ratio(mydumper)), qPrintable(physicalRatio),
        cutover ? qPrintable(QString::number(cutover->rssMb, 'f', 0)) : "n/a");
    bool allOk = true;
    for (const Measure &m : std::as_const(results))
        allOk = allOk && m.ok && m.checksumsMatch;
    return allOk ? 0 : 2;
}
