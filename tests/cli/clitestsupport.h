// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the cutover-cli tests: running the CLI, and reading an appliance's state from the
// outside (its API and its MariaDB as root over the socket) to prove what changed and what did not.

#include "api/applianceclient.h"
#include "sandboxappliance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace cutover::test {

inline QString cliBinary()
{
    return qEnvironmentVariable("CUTOVER_CLI");
}

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> events;
    QByteArray stdoutText;
    QByteArray stderrText;

    /** The `check` event with @p id, or an empty object. */
    QJsonObject check(const QString &id) const
    {
        for (const QJsonObject &e : events)
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("check")
                && e.value(QStringLiteral("id")).toString() == id)
                return e;
        return {};
    }
    QJsonObject event(const QString &name) const
    {
        for (const QJsonObject &e : events)
            if (e.value(QStringLiteral("event")).toString() == name)
                return e;
        return {};
    }
};

inline CliRun runCli(
    const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(cliBinary(), arguments);
    CliRun run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.stdoutText = p.readAllStandardOutput();
    for (const auto &line : run.stdoutText.split('\n')) {
        const auto doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            run.events.append(doc.object());
    }
    run.stderrText = p.readAllStandardError();
    return run;
}

/**
 * The environment of a cutover-cli run against @p source and @p target: its own data directory,
 * both passwords, and a DNS server address on the test's own range where nothing answers (the
 * sandboxes' names are in no DNS; this keeps that lookup short and local).
 */
inline QProcessEnvironment cliEnvironment(const QString &dataDir, const SandboxAppliance &source,
    const SandboxAppliance &target, const QString &dnsServer)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), source.info().adminPassword);
    env.insert(QStringLiteral("CUTOVER_TARGET_PASSWORD"), target.info().adminPassword);
    env.insert(QStringLiteral("CUTOVER_DNS_SERVER"), dnsServer);
    return env;
}

/** `migrate` from @p source to @p target, both certificates pinned, offline, no questions, JSON. */
inline QStringList migrateArguments(
    const SandboxAppliance &source, const SandboxAppliance &target, const QStringList &extra = {})
{
    return QStringList { QStringLiteral("migrate"), QStringLiteral("--source"), source.info().address,
        QStringLiteral("--target"), target.info().address, QStringLiteral("--trust-source"),
        source.info().tlsSha256, QStringLiteral("--trust-target"), target.info().tlsSha256,
        QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--offline") }
    + extra;
}

/** Runs SQL as root over the sandbox's socket and returns the output (tab-separated, no headers). */
inline QByteArray rootSql(const SandboxAppliance &s, const QByteArray &sql)
{
    QProcess p;
    p.start(QStringLiteral("mariadb"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + s.info().dbSocket,
            QStringLiteral("-uroot"), QStringLiteral("--batch"), QStringLiteral("--skip-column-names") });
    if (!p.waitForStarted(10000))
        return "cannot start mariadb";
    p.write(sql);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return "mariadb did not finish";
    return p.readAllStandardOutput() + p.readAllStandardError();
}

/** The temporary migration accounts (`cutover_mig_…`) that exist on the sandbox's MariaDB. */
inline QByteArray migrationAccounts(const SandboxAppliance &s)
{
    return rootSql(
        s, "SELECT CONCAT(User, '@', Host) FROM mysql.user WHERE User LIKE 'cutover\\_mig\\_%' ORDER BY 1;");
}

/** Everything a refused (or backed-out) run must leave exactly as it was on one appliance. */
struct ApplianceState
{
    QJsonObject settings;
    bool maintenance = false;
    QJsonObject license;
    QString migratedTo;
    QByteArray dataChecksum;
    QByteArray accounts;
    QByteArray authorizedKeys;
    QString tlsSha256;

    bool operator==(const ApplianceState &) const = default;
};

inline std::unique_ptr<ApplianceClient> clientFor(const SandboxAppliance &s, const QString &fingerprint = {})
{
    auto c = std::make_unique<ApplianceClient>(s.info().address);
    c->setPinnedFingerprint(fingerprint.isEmpty() ? s.info().tlsSha256 : fingerprint);
    auto login = c->login(QStringLiteral("admin"), s.info().adminPassword.toUtf8());
    if (!login && login.error().kind() == ApiError::Kind::FingerprintMismatch) {
        // The certificate was renewed (by the migration or the test): follow it.
        c->setPinnedFingerprint(login.error().fingerprint());
        login = c->login(QStringLiteral("admin"), s.info().adminPassword.toUtf8());
    }
    if (!login)
        return nullptr;
    return c;
}

inline ApplianceState stateOf(const SandboxAppliance &s)
{
    ApplianceState st;
    auto c = clientFor(s);
    if (!c)
        return st;
    if (auto r = c->settings())
        st.settings = r.value().groups;
    if (auto r = c->system()) {
        st.maintenance = r.value().maintenance;
        st.migratedTo = r.value().migratedTo;
        st.tlsSha256 = r.value().tlsSha256;
    }
    if (auto r = c->request("GET", QStringLiteral("/api/v1/license")))
        st.license = r.value();
    const QByteArray tables = rootSql(s,
        "SELECT GROUP_CONCAT(CONCAT('`', table_schema, '`.`', table_name, '`') ORDER BY 1) FROM "
        "information_schema.tables "
        "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
        "('mysql', 'information_schema', 'performance_schema', 'sys');")
                                  .trimmed();
    st.dataChecksum = tables == "NULL" || tables.isEmpty()
        ? QByteArray("no tables")
        : rootSql(s, "CHECKSUM TABLE " + tables + " EXTENDED;");
    st.accounts = migrationAccounts(s);
    QFile keys(s.info().stateDir + QStringLiteral("/ssh/authorized_keys"));
    if (keys.open(QIODevice::ReadOnly))
        st.authorizedKeys = keys.readAll();
    return st;
}

} // namespace cutover::test
