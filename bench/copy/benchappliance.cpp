// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchappliance.h"

#include "../../tests/copy/mariadbinstance.h"
#include "api/applianceclient.h"
#include "operations/physicalrestoreclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <sys/wait.h>

namespace cutover::bench {

namespace {

QByteArray randomPassword()
{
    QByteArray bytes(18, '\0');
    for (char &c : bytes)
        c = char(QRandomGenerator::system()->bounded(256));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** A process's command line (argv), from /proc. */
QStringList commandLine(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    QStringList args;
    for (const QByteArray &a : f.readAll().split('\0')) {
        if (!a.isEmpty())
            args << QString::fromLocal8Bit(a);
    }
    return args;
}

QString optionValue(const QStringList &args, const QString &name)
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString &a : args) {
        if (a.startsWith(prefix))
            return a.mid(prefix.size());
    }
    return {};
}

/** Single-quoted for sh. */
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return f.setPermissions(permissions);
}

qint64 readPid(const QString &pidFile)
{
    QFile f(pidFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

BenchAppliance::BenchAppliance(const QString &name, const QString &address)
    : m_name(name)
    , m_address(address)
{ }

BenchAppliance::~BenchAppliance()
{
    stop();
}

QString BenchAppliance::binary()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : { qEnvironmentVariable("CUTOVER_APPLIANCED"),
             dir + QStringLiteral("/../appliance/applianced"), dir + QStringLiteral("/applianced"),
             QStandardPaths::findExecutable(QStringLiteral("applianced")) }) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

bool BenchAppliance::start(const test::MariadbInstance &server, QString *error)
{
    const QString program = binary();
    if (program.isEmpty()) {
        *error = QStringLiteral("applianced not found (build it, or set CUTOVER_APPLIANCED)");
        return false;
    }
    const QStringList serverArgs = commandLine(server.pid());
    const QString datadir = optionValue(serverArgs, QStringLiteral("--datadir"));
    m_pidFile = optionValue(serverArgs, QStringLiteral("--pid-file"));
    if (serverArgs.isEmpty() || datadir.isEmpty() || m_pidFile.isEmpty()) {
        *error = QStringLiteral("cannot read the server's arguments");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/cutover-bench-%1-XXXXXX").arg(m_name));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString state = m_dir->filePath(QStringLiteral("state"));
    const QString logs = m_dir->filePath(QStringLiteral("traffic-logs"));

    // The server restarts with the arguments it runs with now; applianced appends
    // `--init-file FILE` for the target's own accounts, which mariadbd takes as one option.
    QStringList quoted;
    for (const QString &a : serverArgs)
        quoted << shellQuote(a);
    const QByteArray startScript = "#!/bin/sh\n"
                                   "# Written by cutover-bench-copy: starts this bench server.\n"
                                   "extra=\n"
                                   "if [ \"$1\" = --init-file ]; then extra=\"--init-file=$2\"; fi\n"
        + QStringLiteral("setsid %1 $extra </dev/null >/dev/null 2>&1 &\n")
              .arg(quoted.join(QLatin1Char(' ')))
              .toLocal8Bit();
    const QByteArray stopScript = "#!/bin/sh\n"
                                  "# Written by cutover-bench-copy: stops this bench server by its PID.\n"
        + QStringLiteral("pid=$(cat %1 2>/dev/null) || exit 0\n").arg(shellQuote(m_pidFile)).toLocal8Bit()
        + "[ -n \"$pid\" ] || exit 0\n"
          "kill \"$pid\" 2>/dev/null || exit 0\n"
          "i=0\n"
          "while kill -0 \"$pid\" 2>/dev/null; do\n"
          "  i=$((i + 1)); [ $i -lt 1200 ] || { kill -9 \"$pid\"; exit 1; }\n"
          "  sleep 0.05\n" // the poll interval of a bounded wait for the process to end
          "done\n";
    const QFile::Permissions exec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QString startPath = m_dir->filePath(QStringLiteral("start-database.sh"));
    const QString stopPath = m_dir->filePath(QStringLiteral("stop-database.sh"));
    const QString defaults = m_dir->filePath(QStringLiteral("my.cnf"));
    const QString config = m_dir->filePath(QStringLiteral("applianced.conf"));
    const QStringList lines { QStringLiteral("# Written by cutover-bench-copy."), QStringLiteral("[listen]"),
        QStringLiteral("address=%1").arg(m_address), QStringLiteral("httpsPort=443"),
        QStringLiteral("httpPort=80"), QStringLiteral("[paths]"), QStringLiteral("state=%1").arg(state),
        QStringLiteral("trafficLogs=%1").arg(logs), QStringLiteral("[mariadb]"),
        QStringLiteral("socket=%1").arg(server.socketPath()), QStringLiteral("user=root"),
        QStringLiteral("datadir=%1").arg(datadir), QStringLiteral("[physical]"),
        QStringLiteral("defaultsFile=%1").arg(defaults), QStringLiteral("[commands]"),
        QStringLiteral("stopDatabase=%1").arg(stopPath), QStringLiteral("startDatabase=%1").arg(startPath) };
    const QByteArray myCnf
        = QStringLiteral("[mysqld]\ndatadir=%1\nsocket=%2\n").arg(datadir, server.socketPath()).toLocal8Bit();
    if (!writeFile(startPath, startScript, exec) || !writeFile(stopPath, stopScript, exec)
        || !writeFile(defaults, myCnf, QFile::ReadOwner | QFile::WriteOwner)
        || !writeFile(
            config, lines.join(QLatin1Char('\n')).toUtf8() + '\n', QFile::ReadOwner | QFile::WriteOwner)) {
        *error = QStringLiteral("cannot write the appliance's files in %1").arg(m_dir->path());
        return false;
    }

    // Provision: the admin password goes through standard input, never argv.
    m_password = randomPassword();
    QProcess provision;
    provision.setProcessChannelMode(QProcess::MergedChannels);
    provision.start(program, { QStringLiteral("--config"), config, QStringLiteral("--provision") });
    provision.write(
        QJsonDocument(QJsonObject { { QStringLiteral("adminPassword"), QString::fromLatin1(m_password) },
                          { QStringLiteral("hostName"), m_name },
                          { QStringLiteral("domainName"), QStringLiteral("bench.test") },
                          { QStringLiteral("license"), QStringLiteral("none") } })
            .toJson(QJsonDocument::Compact));
    provision.closeWriteChannel();
    if (!provision.waitForFinished(120000) || provision.exitCode() != 0) {
        *error = QStringLiteral("provisioning failed: ") + QString::fromLocal8Bit(provision.readAll());
        return false;
    }

    const QString log = m_dir->filePath(QStringLiteral("applianced.log"));
    QProcess daemon;
    daemon.setProgram(program);
    daemon.setArguments({ QStringLiteral("--config"), config });
    daemon.setStandardInputFile(QProcess::nullDevice());
    daemon.setStandardOutputFile(log);
    daemon.setStandardErrorFile(log, QIODevice::Append);
    if (!daemon.startDetached(&m_pid)) {
        *error = QStringLiteral("cannot start applianced");
        return false;
    }
    // Up when it answers a TLS handshake; its fingerprint is what a migration pins.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!alive(m_pid)) {
            QFile f(log);
            f.open(QIODevice::ReadOnly);
            *error = QStringLiteral("applianced exited: ") + QString::fromLocal8Bit(f.readAll().right(2000));
            m_pid = 0;
            return false;
        }
        ApplianceClient probe(m_address);
        probe.setTimeouts(2000, 5000);
        const auto fp = probe.probeFingerprint();
        if (fp) {
            m_fingerprint = fp.value();
            return true;
        }
        QThread::msleep(100); // poll interval of a bounded wait for the listener
    }
    *error = QStringLiteral("applianced did not answer on %1:443 within 60 s").arg(m_address);
    return false;
}

void BenchAppliance::stop()
{
    if (!alive(m_pid)) {
        m_pid = 0;
        return;
    }
    ::kill(pid_t(m_pid), SIGTERM);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && alive(m_pid)) {
        ::waitpid(pid_t(m_pid), nullptr, WNOHANG);
        QThread::msleep(20);
    }
    if (alive(m_pid))
        ::kill(pid_t(m_pid), SIGKILL);
    m_pid = 0;
    m_password.fill('\0');
}

std::unique_ptr<ApplianceClient> BenchAppliance::client(QString *error) const
{
    auto c = std::make_unique<ApplianceClient>(m_address);
    c->setPinnedFingerprint(m_fingerprint);
    c->setTimeouts(10000, 60000);
    const auto r = c->login(QStringLiteral("admin"), QByteArray(m_password));
    if (!r) {
        *error = QStringLiteral("login on %1: %2").arg(m_address, r.error().technicalSummary());
        return nullptr;
    }
    return c;
}

double BenchAppliance::cpuSeconds() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(m_pid));
    if (m_pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    // After the ")" that ends the command name: utime, stime, cutime, cstime are fields 14-17.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    double ticks = 0;
    for (int i = 11; i <= 14; ++i)
        ticks += fields.value(i).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double BenchAppliance::peakRssMb() const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (m_pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

qint64 BenchAppliance::serverPid() const
{
    return readPid(m_pidFile);
}

bool BenchAppliance::stopServer(QString *error)
{
    QProcess stop;
    stop.setProcessChannelMode(QProcess::MergedChannels);
    stop.start(m_dir->filePath(QStringLiteral("stop-database.sh")), {});
    if (!stop.waitForFinished(90000) || stop.exitCode() != 0) {
        *error = QStringLiteral("cannot stop the server: ") + QString::fromLocal8Bit(stop.readAll());
        return false;
    }
    return true;
}

PhysicalCopyFigures runPhysicalCopy(const BenchAppliance &source, const BenchAppliance &target)
{
    PhysicalCopyFigures f;
    QString error;
    auto sourceClient = source.client(&error);
    auto targetClient = sourceClient ? target.client(&error) : nullptr;
    if (!sourceClient || !targetClient) {
        f.note = error;
        return f;
    }
    QElapsedTimer clock;
    clock.start();
    auto ticket = PhysicalRestoreClient::backupTicket(*sourceClient);
    if (!ticket) {
        f.note = QStringLiteral("backup ticket: ") + ticket.error().technicalSummary();
        return f;
    }
    QByteArray secret = ticket.value().ticket;
    ticket.value().ticket.fill('\0');
    const auto started
        = PhysicalRestoreClient::start(*targetClient, source.address(), 443, source.fingerprint(), secret);
    if (!started) {
        f.note = QStringLiteral("restore: ") + started.error().technicalSummary();
        return f;
    }
    QString phase = QStringLiteral("streaming");
    qint64 phaseStart = 0;
    qint64 lastPrepared = 0;
    QDeadlineTimer deadline(30 * 60 * 1000);
    for (;;) {
        const auto s = PhysicalRestoreClient::status(*targetClient);
        if (!s) {
            f.note = QStringLiteral("status: ") + s.error().technicalSummary();
            return f;
        }
        const PhysicalRestoreStatus &st = s.value();
        f.bytesStreamed = st.bytesStreamed;
        f.bytesExpected = st.bytesExpected;
        if (st.state == QLatin1String("preparing") && st.bytesPrepared > lastPrepared) {
            lastPrepared = st.bytesPrepared;
            ++f.preparedUpdates;
        }
        if (st.state != phase) {
            const double seconds = double(clock.elapsed() - phaseStart) / 1000.0;
            if (phase == QLatin1String("streaming"))
                f.streamSeconds += seconds;
            else if (phase == QLatin1String("preparing"))
                f.prepareSeconds += seconds;
            else
                f.swapSeconds += seconds;
            phase = st.state;
            phaseStart = clock.elapsed();
        }
        if (st.state == QLatin1String("ready")) {
            f.ok = true;
            return f;
        }
        if (!st.isBusy()) {
            f.note = QStringLiteral("the restore ended in %1: %2 %3")
                         .arg(st.state, st.errorCode, st.errorMessage);
            return f;
        }
        if (deadline.hasExpired()) {
            f.note = QStringLiteral("the restore did not end within 30 minutes");
            return f;
        }
        QThread::msleep(100); // the poll interval of the target's job (the engine polls every 250 ms)
    }
}

bool commitPhysicalCopy(const BenchAppliance &target, QString *error)
{
    auto client = target.client(error);
    if (!client)
        return false;
    const auto r = PhysicalRestoreClient::commit(*client);
    if (!r)
        *error = r.error().technicalSummary();
    return r.ok();
}

} // namespace cutover::bench
