// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultpair.h"

#include "api/applianceclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <csignal>

namespace cutover::faults {

using test::SandboxAppliance;

QString CliRun::outcome() const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->value(QStringLiteral("event")).toString() == QLatin1String("finished"))
            return it->value(QStringLiteral("outcome")).toString();
    }
    return {};
}

QString CliRun::allText() const
{
    QString text = QString::fromUtf8(stderrText);
    for (const auto &e : events)
        text += QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    return text;
}

qint64 DataState::rows() const
{
    qint64 n = 0;
    for (const auto &t : tables)
        n += t.first;
    return n;
}

FaultPair::FaultPair(const QString &name, int firstHost, int thirdOctet)
    : FaultPair(name, firstHost, thirdOctet, Options {})
{ }

FaultPair::FaultPair(const QString &name, int firstHost, int thirdOctet, const Options &options)
    : m_name(name)
    , m_options(options)
{
    SandboxAppliance::Options sourceOptions;
    sourceOptions.license = options.sourceLicense;
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    targetOptions.dbVersion = options.targetDbVersion;
    const QString prefix = QStringLiteral("127.0.%1.").arg(thirdOctet);
    m_source = std::make_unique<SandboxAppliance>(
        name + QStringLiteral("-src"), prefix + QString::number(firstHost), sourceOptions);
    m_target = std::make_unique<SandboxAppliance>(
        name + QStringLiteral("-tgt"), prefix + QString::number(firstHost + 1), targetOptions);
}

FaultPair::~FaultPair() = default;

bool FaultPair::start(QString *error)
{
    if (!m_source->start(error) || !m_target->start(error))
        return false;
    if (m_options.bigTable) {
        // About 40 MB in 100,000 rows with a secondary index: long enough to interrupt a copy.
        bool ok = false;
        query(*m_source,
            QStringLiteral("CREATE DATABASE faultdata; "
                           "CREATE TABLE faultdata.events (id INT PRIMARY KEY, k INT NOT NULL, "
                           "payload VARCHAR(400) NOT NULL, KEY (k)) ENGINE=InnoDB; "
                           "INSERT INTO faultdata.events SELECT seq, seq % 997, REPEAT(MD5(seq), 12) "
                           "FROM faultdata.seq_1_to_100000"),
            &ok);
        if (!ok) {
            *error = QStringLiteral("could not create faultdata.events on the source");
            return false;
        }
    }
    if (m_options.trafficLogMegabytes > 0) {
        // Incompressible, so the copy takes as long as its size says.
        QFile log(m_source->info().trafficLogDir + QStringLiteral("/zz-fault-big.log"));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1").arg(log.fileName());
            return false;
        }
        QRandomGenerator rng(12);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < m_options.trafficLogMegabytes; ++i) {
            rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            log.write(block);
        }
    }
    m_sourceData = data(*m_source);
    m_sourceState = state(*m_source);
    m_targetState = state(*m_target);
    if (m_sourceData.tables.isEmpty() || !m_sourceState.reachable || !m_targetState.reachable) {
        *error = QStringLiteral("could not read the starting state of %1").arg(m_name);
        return false;
    }
    return true;
}

QProcessEnvironment FaultPair::environment() const
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_DATA_DIR"), m_dataDir.path());
    env.insert(QStringLiteral("CUTOVER_TARGET_TRAFFIC_LOG_DIR"), m_dataDir.filePath(QStringLiteral("logs")));
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), m_source->info().adminPassword);
    env.insert(QStringLiteral("CUTOVER_TARGET_PASSWORD"), m_target->info().adminPassword);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

QStringList FaultPair::migrateArguments(const QStringList &extra, Mode mode) const
{
    QStringList arguments { QStringLiteral("migrate"), QStringLiteral("--source"), m_source->info().address,
        QStringLiteral("--target"), m_target->info().address, QStringLiteral("--trust-source"),
        m_source->info().tlsSha256, QStringLiteral("--trust-target"), m_target->info().tlsSha256,
        QStringLiteral("--yes"), QStringLiteral("--json") };
    if (mode == Mode::Offline)
        arguments << QStringLiteral("--offline");
    return arguments + extra;
}

namespace {

QString cliBinary()
{
    return qEnvironmentVariable("CUTOVER_CLI");
}

void parseEvents(QByteArray *buffer, QList<QJsonObject> *events)
{
    qsizetype newline;
    while ((newline = buffer->indexOf('\n')) >= 0) {
        const QByteArray line = buffer->left(newline).trimmed();
        buffer->remove(0, newline + 1);
        if (!line.isEmpty())
            events->append(QJsonDocument::fromJson(line).object());
    }
}

} // namespace

CliRun FaultPair::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(cliBinary(), arguments);
    CliRun result;
    if (!p.waitForStarted(10000))
        return result;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return result;
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    QByteArray out = p.readAllStandardOutput() + '\n';
    parseEvents(&out, &result.events);
    result.stderrText = p.readAllStandardError();
    return result;
}

std::unique_ptr<QProcess> FaultPair::startCli(const QStringList &arguments) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->start(cliBinary(), arguments);
    p->waitForStarted(10000);
    p->closeWriteChannel();
    return p;
}

bool FaultPair::waitForEvent(QProcess &cli, const std::function<bool(const QJsonObject &)> &predicate,
    int timeoutMs, QList<QJsonObject> *seen)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    QList<QJsonObject> events;
    while (timer.elapsed() < timeoutMs) {
        if (cli.bytesAvailable() == 0
            && !cli.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            return false; // ended or timed out
        buffer += cli.readAllStandardOutput();
        events.clear();
        parseEvents(&buffer, &events);
        for (const auto &e : std::as_const(events)) {
            if (seen)
                seen->append(e);
            if (predicate(e))
                return true;
        }
    }
    return false;
}

std::function<bool(const QJsonObject &)> FaultPair::stateIs(const QString &id, const QString &state)
{
    return [id, state](const QJsonObject &e) {
        return e.value(QStringLiteral("event")).toString() == QLatin1String("state")
            && e.value(QStringLiteral("id")).toString() == id
            && e.value(QStringLiteral("state")).toString() == state;
    };
}

std::function<bool(const QJsonObject &)> FaultPair::progressAtLeast(const QString &id, int percent)
{
    return [id, percent](const QJsonObject &e) {
        return e.value(QStringLiteral("event")).toString() == QLatin1String("progress")
            && e.value(QStringLiteral("id")).toString() == id
            && e.value(QStringLiteral("percent")).toInt() >= percent;
    };
}

void FaultPair::kill(QProcess &cli)
{
    if (cli.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(cli.processId()), SIGKILL);
    cli.waitForFinished(10000);
}

QStringList FaultPair::query(const SandboxAppliance &s, const QString &sql, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("mariadb"),
        { QStringLiteral("--socket=") + s.info().dbSocket, QStringLiteral("-uroot"), QStringLiteral("-N"),
            QStringLiteral("-B"), QStringLiteral("-e"), sql });
    const bool done
        = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    if (!done) {
        qWarning("mariadb on %s failed: %s", qPrintable(s.info().name), p.readAllStandardError().constData());
        return {};
    }
    QStringList rows = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    rows.removeAll(QString());
    return rows;
}

DataState FaultPair::data(const SandboxAppliance &s)
{
    DataState d;
    const QStringList tables = query(s,
        QStringLiteral(
            "SELECT CONCAT('`', table_schema, '`.`', table_name, '`') FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
            "('mysql', 'information_schema', 'performance_schema', 'sys') ORDER BY 1"));
    if (tables.isEmpty())
        return d;
    QString sql;
    for (const auto &t : tables)
        sql += QStringLiteral("SELECT '%1', COUNT(*) FROM %1;").arg(t);
    const QStringList counts = query(s, sql);
    const QStringList sums = query(s, QStringLiteral("CHECKSUM TABLE ") + tables.join(QLatin1Char(',')));
    QMap<QString, QString> checksum;
    for (const auto &row : sums) {
        const auto cols = row.split(QLatin1Char('\t'));
        if (cols.size() == 2)
            checksum.insert(cols[0], cols[1]);
    }
    for (const auto &row : counts) {
        const auto cols = row.split(QLatin1Char('\t'));
        if (cols.size() != 2)
            continue;
        QString name = cols[0];
        name.remove(QLatin1Char('`'));
        d.tables.insert(name, { cols[1].toLongLong(), checksum.value(name) });
    }
    return d;
}

namespace {

std::unique_ptr<ApplianceClient> clientFor(const SandboxAppliance &s, const QString &address)
{
    auto c = std::make_unique<ApplianceClient>(address);
    c->setPinnedFingerprint(s.info().tlsSha256);
    auto login = c->login(QStringLiteral("admin"), s.info().adminPassword.toUtf8());
    if (!login && login.error().kind() == ApiError::Kind::FingerprintMismatch) {
        // The migration renewed this appliance's certificate (Update Certificates): follow it.
        c->setPinnedFingerprint(login.error().fingerprint());
        login = c->login(QStringLiteral("admin"), s.info().adminPassword.toUtf8());
    }
    return login ? std::move(c) : nullptr;
}

} // namespace

ApplianceState FaultPair::state(const SandboxAppliance &s)
{
    return state(s, s.info().address);
}

QString FaultPair::currentAddress(const SandboxAppliance &s) const
{
    const QString id = (&s == m_source.get() ? m_sourceState : m_targetState).machineId;
    const SandboxAppliance &other = &s == m_source.get() ? *m_target : *m_source;
    for (const QString &address : { s.info().address, other.info().address }) {
        ApplianceClient c(address);
        c.setPinnedFingerprint(s.info().tlsSha256);
        auto health = c.health();
        if (!health && health.error().kind() == ApiError::Kind::FingerprintMismatch) {
            // Renewed by the migration (Update Certificates): the machine id still tells who it is.
            c.setPinnedFingerprint(health.error().fingerprint());
            health = c.health();
        }
        if (health && !id.isEmpty() && health.value().machineId == id)
            return address;
    }
    return s.info().address;
}

QString FaultPair::compareTrafficLogs() const
{
    const auto digests = [](const QString &dir) {
        QMap<QString, QByteArray> out;
        for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
            QFile f(dir + QLatin1Char('/') + name);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly) && hash.addData(&f))
                out.insert(name, hash.result().toHex());
        }
        return out;
    };
    const auto source = digests(m_source->info().trafficLogDir);
    const auto imported = digests(m_target->info().trafficLogDir + QStringLiteral("/import"));
    if (source.isEmpty())
        return QStringLiteral("the source has no traffic logs");
    if (source != imported)
        return QStringLiteral("the target's imported traffic logs [%1] differ from the source's [%2]")
            .arg(imported.keys().join(QLatin1Char(' ')), source.keys().join(QLatin1Char(' ')));
    return {};
}

ApplianceState FaultPair::state(const SandboxAppliance &s, const QString &address)
{
    ApplianceState st;
    st.migrationAccounts = query(s,
        QStringLiteral("SELECT CONCAT(User, '@', Host) FROM mysql.user WHERE User LIKE 'cutover\\_mig\\_%'"));
    for (const char *file : { "/ssh/authorized_keys", "/ssh/authorized_keys.import" }) {
        QFile keys(s.info().stateDir + QLatin1String(file));
        if (keys.open(QIODevice::ReadOnly))
            st.authorizedKeys += keys.readAll().trimmed();
    }
    auto client = clientFor(s, address);
    if (!client)
        return st;
    const auto system = client->system();
    const auto settings = client->settings();
    if (!system || !settings)
        return st;
    st.reachable = true;
    st.maintenance = system.value().maintenance;
    st.licenseState = system.value().license.state;
    st.licenseGuid = system.value().license.guid;
    st.machineId = system.value().machineId;
    st.settings = settings.value().groups;
    return st;
}

QString FaultPair::verify(bool completed, qint64 *rowsLost) const
{
    QStringList problems;
    const DataState sourceNow = data(*m_source);
    const ApplianceState sourceNow2 = state(*m_source, currentAddress(*m_source));
    const ApplianceState targetNow = state(*m_target, currentAddress(*m_target));
    *rowsLost = 0;
    // The source never loses or changes a row, whatever happened.
    for (auto it = m_sourceData.tables.cbegin(); it != m_sourceData.tables.cend(); ++it)
        *rowsLost += qMax<qint64>(0, it.value().first - sourceNow.tables.value(it.key()).first);
    if (!(sourceNow == m_sourceData))
        problems << QStringLiteral("the source's data changed");
    if (!sourceNow2.reachable || !targetNow.reachable)
        problems << QStringLiteral("an appliance cannot be reached after the fault");
    if (completed) {
        const DataState targetData = data(*m_target);
        for (auto it = m_sourceData.tables.cbegin(); it != m_sourceData.tables.cend(); ++it)
            *rowsLost += qMax<qint64>(0, it.value().first - targetData.tables.value(it.key()).first);
        for (auto it = m_sourceData.tables.cbegin(); it != m_sourceData.tables.cend(); ++it) {
            if (targetData.tables.value(it.key()) != it.value())
                problems << QStringLiteral("the target's %1 differs from the source's").arg(it.key());
        }
        if (targetNow.licenseState != QLatin1String("active")
            || sourceNow2.licenseState == QLatin1String("active"))
            problems << QStringLiteral("license: source %1, target %2 (must be active on the target only)")
                            .arg(sourceNow2.licenseState, targetNow.licenseState);
    } else {
        if (sourceNow2.maintenance)
            problems << QStringLiteral("the source is still in maintenance");
        if (sourceNow2.licenseState != m_sourceState.licenseState)
            problems << QStringLiteral("the source's license is %1, was %2")
                            .arg(sourceNow2.licenseState, m_sourceState.licenseState);
        if (targetNow.licenseState == QLatin1String("active")
            && sourceNow2.licenseState == QLatin1String("active"))
            problems << QStringLiteral("the license is active on both appliances");
        if (sourceNow2.settings != m_sourceState.settings)
            problems << QStringLiteral("the source's settings changed");
    }
    if (!sourceNow2.migrationAccounts.isEmpty() || !targetNow.migrationAccounts.isEmpty())
        problems << QStringLiteral("temporary accounts left: source [%1], target [%2]")
                        .arg(sourceNow2.migrationAccounts.join(QLatin1Char(' ')),
                            targetNow.migrationAccounts.join(QLatin1Char(' ')));
    if (sourceNow2.authorizedKeys != m_sourceState.authorizedKeys)
        problems << QStringLiteral("the source's authorized SSH keys changed");
    if (targetNow.authorizedKeys != m_targetState.authorizedKeys)
        problems << QStringLiteral("the target's authorized SSH keys changed");
    return problems.join(QStringLiteral("; "));
}

QString FaultPair::verifyUnchanged() const
{
    QStringList problems;
    const ApplianceState s = state(*m_source);
    const ApplianceState t = state(*m_target);
    if (!(data(*m_source) == m_sourceData))
        problems << QStringLiteral("the source's data changed");
    if (!data(*m_target).tables.isEmpty())
        problems << QStringLiteral("the target received data");
    const auto same = [&](const ApplianceState &now, const ApplianceState &before, const QString &who) {
        if (now.maintenance != before.maintenance)
            problems << who + QStringLiteral(": maintenance changed");
        if (now.licenseState != before.licenseState || now.licenseGuid != before.licenseGuid)
            problems << who + QStringLiteral(": license changed");
        if (now.settings != before.settings)
            problems << who + QStringLiteral(": settings changed");
        if (!now.migrationAccounts.isEmpty())
            problems << who + QStringLiteral(": temporary accounts exist");
        if (now.authorizedKeys != before.authorizedKeys)
            problems << who + QStringLiteral(": authorized SSH keys changed");
    };
    same(s, m_sourceState, QStringLiteral("source"));
    same(t, m_targetState, QStringLiteral("target"));
    return problems.join(QStringLiteral("; "));
}

namespace {

QString ledgerFile()
{
    QString dir = qEnvironmentVariable("CUTOVER_FAULTS_LEDGER_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/cutover-faults");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + QCoreApplication::applicationName() + QStringLiteral(".json");
}

} // namespace

void FaultLedger::reset()
{
    QFile::remove(ledgerFile());
}

void FaultLedger::record(const QString &name, Kind kind, bool ok, qint64 rowsLost)
{
    QFile f(ledgerFile());
    QJsonArray entries;
    if (f.open(QIODevice::ReadOnly))
        entries = QJsonDocument::fromJson(f.readAll()).array();
    f.close();
    entries.append(QJsonObject { { QStringLiteral("name"), name },
        { QStringLiteral("kind"),
            kind == Kind::Injected ? QStringLiteral("injected") : QStringLiteral("bad-input") },
        { QStringLiteral("ok"), ok }, { QStringLiteral("rowsLost"), rowsLost } });
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(entries).toJson());
}

} // namespace cutover::faults
