// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicontroller.h"

#include "apierror.h"
#include "applianceconfig.h"
#include "auditlog.h"
#include "authservice.h"
#include "commandrunner.h"
#include "database.h"
#include "hastate.h"
#include "jsonbody.h"
#include "jsonfile.h"
#include "licensestore.h"
#include "maintenancemode.h"
#include "migrationaccounts.h"
#include "physicalcopycontroller.h"
#include "settingsstore.h"
#include "sshkeys.h"
#include "tlsidentity.h"

#include <QDateTime>
#include <QDirIterator>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApi, "cutover.appliance.api")

namespace cutover {

namespace {

const QString kMigrationFile = QStringLiteral("migration.json");

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

qint64 directorySize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

ApiController::ApiController(Model model)
    : m_model(std::move(model))
{ }

HttpResponse ApiController::internalError(const char *what)
{
    qCWarning(lcApi) << "internal error:" << what << m_model.db.lastError();
    // Most failures are MariaDB being down or restarting; say so, clients may retry.
    if (!m_model.db.ensureOpen())
        return ApiError::response(ApiError::Code::DatabaseUnavailable);
    return ApiError::response(ApiError::Code::Internal);
}

void ApiController::registerRoutes(Router &router)
{
    router.setAuthenticator([this](const HttpRequest &r, QString *user) -> std::optional<HttpResponse> {
        switch (m_model.auth.check(r.header("authorization"), user)) {
        case AuthService::TokenCheck::Valid:
            return std::nullopt;
        case AuthService::TokenCheck::Missing:
            return ApiError::response(ApiError::Code::TokenMissing);
        case AuthService::TokenCheck::Expired:
            return ApiError::response(ApiError::Code::TokenExpired);
        case AuthService::TokenCheck::Invalid:
            return ApiError::response(ApiError::Code::TokenInvalid);
        }
        return ApiError::response(ApiError::Code::TokenInvalid);
    });
    using R = const HttpRequest &;
    using U = const QString &;
    router.add(
        "GET", "/health", [this](R, U) { return health(); }, true);
    router.add(
        "POST", "/api/v1/session", [this](R r, U) { return login(r); }, true);
    router.add("GET", "/api/v1/system", [this](R, U) { return system(); });
    router.add("GET", "/api/v1/settings", [this](R, U) { return getSettings(); });
    router.add("PUT", "/api/v1/settings", [this](R r, U u) { return putSettings(r, u); });
    router.add("GET", "/api/v1/maintenance", [this](R, U) { return getMaintenance(); });
    router.add("PUT", "/api/v1/maintenance", [this](R r, U u) { return putMaintenance(r, u); });
    router.add("GET", "/api/v1/app/status", [this](R, U) { return appStatus(); });
    router.add("GET", "/api/v1/license", [this](R, U) { return getLicense(); });
    router.add("PUT", "/api/v1/license", [this](R r, U u) { return putLicense(r, u); });
    router.add("GET", "/api/v1/license/export", [this](R, U u) { return exportLicense(u); });
    router.add("POST", "/api/v1/license/invalidate", [this](R r, U u) { return invalidateLicense(r, u); });
    router.add("POST", "/api/v1/certificates/renew", [this](R r, U u) { return renewCertificate(r, u); });
    router.add("POST", "/api/v1/services/restart", [this](R r, U u) { return restartServices(r, u); });
    router.add("POST", "/api/v1/reboot", [this](R r, U u) { return reboot(r, u); });
    router.add("GET", "/api/v1/ha", [this](R, U) { return getHa(); });
    router.add("POST", "/api/v1/ha/round-robin/remove", [this](R r, U u) { return roundRobin(r, u, true); });
    router.add(
        "POST", "/api/v1/ha/round-robin/restore", [this](R r, U u) { return roundRobin(r, u, false); });
    router.add(
        "POST", "/api/v1/ha/replication/stop", [this](R r, U u) { return replicationControl(r, u, false); });
    router.add(
        "POST", "/api/v1/ha/replication/start", [this](R r, U u) { return replicationControl(r, u, true); });
    router.add(
        "POST", "/api/v1/ha/replication/configure", [this](R r, U u) { return configureReplication(r, u); });
    router.add("POST", "/api/v1/migration/db-account", [this](R r, U u) { return createDbAccount(r, u); });
    router.add("DELETE", "/api/v1/migration/db-account", [this](R r, U u) { return dropDbAccount(r, u); });
    router.add("GET", "/api/v1/migration/db-accounts", [this](R r, U u) { return listDbAccounts(r, u); });
    router.add("POST", "/api/v1/migration/ssh-key", [this](R r, U u) { return authorizeSshKey(r, u); });
    router.add("DELETE", "/api/v1/migration/ssh-key", [this](R r, U u) { return revokeSshKey(r, u); });
    router.add("GET", "/api/v1/migration/traffic-log-import", [this](R r, U) {
        // Size and SHA-256 of one imported traffic log, as the target's disk holds it now.
        const QString name = QUrlQuery(QString::fromUtf8(r.query))
                                 .queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        qint64 size = 0;
        QByteArray sha;
        if (!SshKeys::isImportName(name))
            return ApiError::response(ApiError::Code::InvalidValue, QStringLiteral("name"));
        if (!SshKeys::importDigest(m_model.config.trafficLogDir, name, &size, &sha))
            return ApiError::response(ApiError::Code::NotFound, QStringLiteral("name"));
        return HttpResponse(200,
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), size },
                { QStringLiteral("sha256"), QString::fromLatin1(sha) } });
    });
    router.add("PUT", "/api/v1/migration/source-state", [this](R r, U u) { return putSourceState(r, u); });
    router.add("GET", "/api/v1/audit", [this](R, U) { return getAudit(); });
    registerHaGroupRoutes(router);
    registerReplicationTlsRoutes(router);
}

HttpResponse ApiController::health() const
{
    return HttpResponse(200,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("machineId"), m_model.machineId } });
}

HttpResponse ApiController::login(const HttpRequest &r)
{
    JsonBody body(r.body, { QStringLiteral("user"), QStringLiteral("password") });
    const QString user = body.string(QStringLiteral("user"));
    const QString password = body.string(QStringLiteral("password"));
    if (!body.ok())
        return body.error();
    QByteArray token;
    int retryAfter = 0;
    const QString client = r.peerAddress.toString();
    switch (m_model.auth.login(client, user, password, &token, &retryAfter)) {
    case AuthService::LoginResult::Ok:
        m_model.audit.append(user, QStringLiteral("session.login"), { { QStringLiteral("client"), client } });
        return HttpResponse(200,
            QJsonObject { { QStringLiteral("token"), QString::fromLatin1(token) },
                { QStringLiteral("expiresIn"), m_model.auth.tokenLifetimeSeconds() } });
    case AuthService::LoginResult::Throttled: {
        HttpResponse resp = ApiError::tooManyAttempts(retryAfter);
        resp.delayMs = m_model.config.failureDelayMs;
        return resp;
    }
    case AuthService::LoginResult::WrongCredentials:
        break;
    }
    m_model.audit.append(
        user.left(64), QStringLiteral("session.login_failed"), { { QStringLiteral("client"), client } });
    HttpResponse resp = ApiError::response(ApiError::Code::InvalidCredentials);
    resp.delayMs = m_model.config.failureDelayMs;
    return resp;
}

QJsonObject ApiController::databaseInfo(QJsonObject *disk, qint64 *dataBytes)
{
    QJsonObject db { { QStringLiteral("flavor"), QJsonValue::Null },
        { QStringLiteral("version"), QJsonValue::Null }, { QStringLiteral("majorVersion"), QJsonValue::Null },
        { QStringLiteral("binlog"), false }, { QStringLiteral("serverId"), QJsonValue::Null },
        { QStringLiteral("gtidBinlogPos"), QJsonValue::Null },
        { QStringLiteral("schemas"), QJsonValue::Null }, { QStringLiteral("reachable"), false } };
    *disk = QJsonObject { { QStringLiteral("path"), QJsonValue::Null },
        { QStringLiteral("freeBytes"), QJsonValue::Null },
        { QStringLiteral("totalBytes"), QJsonValue::Null } };
    *dataBytes = 0;
    QSqlQuery q;
    if (!m_model.db.exec(
            QStringLiteral("SELECT VERSION(), @@log_bin, @@server_id, @@gtid_binlog_pos, @@datadir"), {}, &q)
        || !q.next())
        return db;
    const QString version = q.value(0).toString();
    db.insert(QStringLiteral("reachable"), true);
    db.insert(QStringLiteral("flavor"),
        version.contains(QLatin1String("MariaDB")) ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"));
    db.insert(QStringLiteral("version"), version);
    // "10.11" of "10.11.6-MariaDB-…": a physical copy needs equal major versions (issue 9).
    db.insert(QStringLiteral("majorVersion"), PhysicalCopyController::majorVersion(version));
    db.insert(QStringLiteral("binlog"), q.value(1).toInt() == 1);
    db.insert(QStringLiteral("serverId"), q.value(2).toLongLong());
    db.insert(QStringLiteral("gtidBinlogPos"), q.value(3).toString());
    const QString datadir = q.value(4).toString();
    const QStorageInfo storage(datadir);
    *disk = QJsonObject { { QStringLiteral("path"), datadir },
        { QStringLiteral("freeBytes"), storage.bytesAvailable() },
        { QStringLiteral("totalBytes"), storage.bytesTotal() } };
    if (const auto size = m_model.db.scalar(QStringLiteral(
            "SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables "
            "WHERE table_schema NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')")))
        *dataBytes = size->toLongLong();
    // The non-system schemas: a physical copy replaces all of them (issue 9), so the plan checks
    // that the target holds none the source lacks.
    QSqlQuery schemas;
    if (m_model.db.exec(
            QStringLiteral("SELECT schema_name FROM information_schema.schemata WHERE schema_name "
                           "NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys') "
                           "ORDER BY schema_name"),
            {}, &schemas)) {
        QJsonArray names;
        while (schemas.next())
            names.append(schemas.value(0).toString());
        db.insert(QStringLiteral("schemas"), names);
    }
    return db;
}

QJsonArray ApiController::addresses() const
{
    const QHostAddress listen(m_model.listenAddress);
    if (listen != QHostAddress::AnyIPv4 && listen != QHostAddress::AnyIPv6 && listen != QHostAddress::Any)
        return QJsonArray { m_model.listenAddress };
    // Listening on every interface: report the machine's non-loopback addresses.
    QJsonArray out;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && !a.isLinkLocal())
            out.append(a.toString());
    }
    return out;
}

QJsonObject ApiController::migrationState() const
{
    QJsonObject o;
    JsonFile::read(m_model.config.statePath(kMigrationFile), &o);
    return o;
}

HttpResponse ApiController::system()
{
    QJsonObject disk;
    qint64 dataBytes = 0;
    const QJsonObject database = databaseInfo(&disk, &dataBytes);
    const QJsonObject lic = m_model.license.summary();
    const QJsonObject migration = migrationState();
    return HttpResponse(200,
        QJsonObject {
            { QStringLiteral("machineId"), m_model.machineId },
            { QStringLiteral("hostName"), m_model.settings.hostName() },
            { QStringLiteral("domainName"), m_model.settings.domainName() },
            { QStringLiteral("addresses"), addresses() },
            { QStringLiteral("role"), m_model.ha.role() },
            { QStringLiteral("peers"), m_model.ha.peers() },
            { QStringLiteral("softwareVersion"), QStringLiteral(CUTOVER_VERSION) },
            { QStringLiteral("license"),
                QJsonObject { { QStringLiteral("state"), lic.value(QStringLiteral("state")) },
                    { QStringLiteral("guid"), lic.value(QStringLiteral("guid")) },
                    { QStringLiteral("maintenanceUntil"), lic.value(QStringLiteral("maintenanceUntil")) },
                    { QStringLiteral("maintenanceActive"),
                        lic.value(QStringLiteral("maintenanceActive")) } } },
            { QStringLiteral("maintenance"), m_model.maintenance.enabled() },
            { QStringLiteral("migratedTo"),
                orNull(migration.value(QStringLiteral("migratedTo")).toString()) },
            { QStringLiteral("migratedAt"), orNull(migration.value(QStringLiteral("at")).toString()) },
            { QStringLiteral("disk"), disk },
            { QStringLiteral("dataBytes"), dataBytes },
            { QStringLiteral("trafficLogBytes"), directorySize(m_model.config.trafficLogDir) },
            { QStringLiteral("database"), database },
            { QStringLiteral("tlsSha256"), m_model.tls.sha256Fingerprint() },
            { QStringLiteral("sshHostKeySha256"),
                orNull(SshKeys::hostKeyFingerprint(m_model.config.sshHostPublicKey)) },
            { QStringLiteral("sshImportPort"), m_model.config.sshImportPort },
        });
}

HttpResponse ApiController::getSettings()
{
    return HttpResponse(200,
        QJsonObject { { QStringLiteral("groups"), m_model.settings.groups() },
            { QStringLiteral("hostSpecific"),
                QJsonArray::fromStringList(SettingsStore::hostSpecificGroups()) },
            { QStringLiteral("basic"), QJsonArray::fromStringList(SettingsStore::basicGroups()) } });
}

HttpResponse ApiController::putSettings(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("groups") });
    const QJsonObject groups = body.subObject(QStringLiteral("groups"));
    if (!body.ok())
        return body.error();
    QString field;
    bool unknown = false;
    if (!SettingsStore::validate(groups, &field, &unknown)) {
        return ApiError::response(unknown ? ApiError::Code::UnknownField : ApiError::Code::InvalidValue,
            QStringLiteral("groups.") + field);
    }
    if (!m_model.settings.replace(groups))
        return internalError("cannot write settings");
    m_model.audit.append(user, QStringLiteral("settings.update"),
        { { QStringLiteral("groups"), QJsonArray::fromStringList(groups.keys()) } });
    return getSettings();
}

HttpResponse ApiController::getMaintenance()
{
    return HttpResponse(200, QJsonObject { { QStringLiteral("enabled"), m_model.maintenance.enabled() } });
}

HttpResponse ApiController::putMaintenance(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("enabled") });
    const bool on = body.boolean(QStringLiteral("enabled"));
    if (!body.ok())
        return body.error();
    if (!m_model.maintenance.setEnabled(on))
        return internalError("cannot switch maintenance");
    m_model.audit.append(user, QStringLiteral("maintenance.set"), { { QStringLiteral("enabled"), on } });
    return getMaintenance();
}

HttpResponse ApiController::appStatus()
{
    if (m_model.maintenance.enabled())
        return ApiError::response(ApiError::Code::MaintenanceActive);
    return HttpResponse(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("running") } });
}

HttpResponse ApiController::getLicense()
{
    return HttpResponse(200, m_model.license.summary());
}

HttpResponse ApiController::exportLicense(const QString &user)
{
    const QJsonObject exported = m_model.license.exportLicense();
    if (exported.isEmpty())
        return ApiError::response(ApiError::Code::LicenseNotActive);
    m_model.audit.append(user, QStringLiteral("license.export"),
        { { QStringLiteral("guid"),
            exported.value(QStringLiteral("document")).toObject().value(QStringLiteral("guid")) } });
    return HttpResponse(200, exported);
}

HttpResponse ApiController::putLicense(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("document"), QStringLiteral("signature") });
    const QJsonObject document = body.subObject(QStringLiteral("document"));
    const QString signature = body.string(QStringLiteral("signature"));
    if (!body.ok())
        return body.error();
    const QStringList known = LicenseStore::documentFields();
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return ApiError::response(ApiError::Code::UnknownField, QStringLiteral("document.") + it.key());
        if (!it.value().isString())
            return ApiError::response(ApiError::Code::InvalidValue, QStringLiteral("document.") + it.key());
    }
    for (const char *required : { "guid", "expires", "maintenanceUntil" }) {
        if (!document.contains(QLatin1String(required)))
            return ApiError::response(
                ApiError::Code::InvalidValue, QStringLiteral("document.") + QLatin1String(required));
    }
    switch (m_model.license.importLicense(document, signature)) {
    case LicenseStore::ImportResult::Ok:
        m_model.audit.append(user, QStringLiteral("license.import"),
            { { QStringLiteral("guid"), document.value(QStringLiteral("guid")) } });
        return getLicense();
    case LicenseStore::ImportResult::TargetHasLicense:
        return ApiError::response(ApiError::Code::TargetHasLicense);
    case LicenseStore::ImportResult::BadSignature:
        m_model.audit.append(user, QStringLiteral("license.import_rejected"),
            { { QStringLiteral("guid"), document.value(QStringLiteral("guid")) } });
        return ApiError::response(ApiError::Code::BadSignature);
    case LicenseStore::ImportResult::InvalidDocument:
        break;
    }
    return internalError("cannot write license");
}

HttpResponse ApiController::invalidateLicense(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("transferredTo") });
    const QString to = body.string(QStringLiteral("transferredTo"));
    if (body.ok() && (to.isEmpty() || to.size() > 128))
        body.invalid(QStringLiteral("transferredTo"));
    if (!body.ok())
        return body.error();
    if (!m_model.license.invalidate(to))
        return ApiError::response(ApiError::Code::LicenseNotActive);
    m_model.audit.append(
        user, QStringLiteral("license.invalidate"), { { QStringLiteral("transferredTo"), to } });
    return getLicense();
}

HttpResponse ApiController::renewCertificate(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, {}, true);
    if (!body.ok())
        return body.error();
    const QString fqdn = m_model.settings.hostName() + QLatin1Char('.') + m_model.settings.domainName();
    QString error;
    if (!m_model.tls.generate(fqdn, m_model.listenAddress, &error))
        return internalError(qPrintable(error));
    if (m_model.reloadTls)
        m_model.reloadTls();
    const QString fp = m_model.tls.sha256Fingerprint();
    m_model.audit.append(user, QStringLiteral("certificates.renew"),
        { { QStringLiteral("commonName"), fqdn }, { QStringLiteral("tlsSha256"), fp } });
    return HttpResponse(200, QJsonObject { { QStringLiteral("tlsSha256"), fp } });
}

HttpResponse ApiController::restartServices(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("services") });
    const QStringList services = body.stringList(QStringLiteral("services"));
    const QStringList known { QStringLiteral("web"), QStringLiteral("database"), QStringLiteral("ssh") };
    for (const QString &s : services) {
        if (!known.contains(s))
            body.invalid(QStringLiteral("services"));
    }
    if (!body.ok())
        return body.error();
    QJsonArray restarted;
    for (const QString &s : services) {
        bool ok = true;
        if (s == QLatin1String("web")) {
            // Our own listeners: pick up the current certificate; plus the vendor web server, if any.
            if (m_model.reloadTls)
                m_model.reloadTls();
            ok = CommandRunner::runDetached(m_model.config.restartWebCommand);
        } else if (s == QLatin1String("database")) {
            ok = CommandRunner::runDetached(m_model.config.restartDatabaseCommand);
        } else {
            ok = CommandRunner::runDetached(m_model.config.restartSshCommand);
        }
        if (!ok)
            return internalError("cannot start restart command");
        if (!restarted.contains(s))
            restarted.append(s);
    }
    m_model.audit.append(
        user, QStringLiteral("services.restart"), { { QStringLiteral("services"), restarted } });
    return HttpResponse(200, QJsonObject { { QStringLiteral("restarted"), restarted } });
}

HttpResponse ApiController::reboot(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, {}, true);
    if (!body.ok())
        return body.error();
    m_model.audit.append(user, QStringLiteral("reboot"));
    HttpResponse resp(202, QJsonObject { { QStringLiteral("rebooting"), true } });
    const QString command = m_model.config.rebootCommand;
    resp.afterSent = [command] { CommandRunner::runDetached(command); };
    return resp;
}

HttpResponse ApiController::getHa()
{
    return HttpResponse(200, m_model.ha.state());
}

HttpResponse ApiController::roundRobin(const HttpRequest &r, const QString &user, bool remove)
{
    JsonBody body(r.body, { QStringLiteral("hosts") });
    const QStringList hosts = body.stringList(QStringLiteral("hosts"));
    if (!body.ok())
        return body.error();
    QString unknown;
    const bool ok = remove ? m_model.ha.removeRoundRobinHosts(hosts, &unknown)
                           : m_model.ha.restoreRoundRobinHosts(hosts, &unknown);
    if (!ok) {
        if (!unknown.isEmpty())
            return ApiError::response(ApiError::Code::InvalidValue, QStringLiteral("hosts"));
        return internalError("cannot write ha.json");
    }
    m_model.audit.append(user,
        remove ? QStringLiteral("ha.round_robin.remove") : QStringLiteral("ha.round_robin.restore"),
        { { QStringLiteral("hosts"), QJsonArray::fromStringList(hosts) } });
    return getHa();
}

HttpResponse ApiController::replicationControl(const HttpRequest &r, const QString &user, bool start)
{
    JsonBody body(r.body, {}, true);
    if (!body.ok())
        return body.error();
    if (!(start ? m_model.ha.startReplication() : m_model.ha.stopReplication()))
        return internalError("replication control failed");
    m_model.audit.append(
        user, start ? QStringLiteral("ha.replication.start") : QStringLiteral("ha.replication.stop"));
    return getHa();
}

HttpResponse ApiController::configureReplication(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body,
        { QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"), QStringLiteral("password"),
            QStringLiteral("gtid"), QStringLiteral("ca") });
    const QString host = body.string(QStringLiteral("host"));
    const int port = body.integer(QStringLiteral("port"), 1, 65535, false, 3306);
    const QString replUser = body.string(QStringLiteral("user"));
    const QString password = body.string(QStringLiteral("password"));
    const QString gtid = body.string(QStringLiteral("gtid"), false);
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    static const QRegularExpression gtidRe(
        QStringLiteral("^([0-9]+-[0-9]+-[0-9]+(,[0-9]+-[0-9]+-[0-9]+)*)?$"));
    if (body.ok() && !hostRe.match(host).hasMatch())
        body.invalid(QStringLiteral("host"));
    if (body.ok() && (replUser.isEmpty() || replUser.size() > 128))
        body.invalid(QStringLiteral("user"));
    if (body.ok() && password.size() > 256)
        body.invalid(QStringLiteral("password"));
    if (body.ok() && !gtidRe.match(gtid).hasMatch())
        body.invalid(QStringLiteral("gtid"));
    if (!body.ok())
        return body.error();
    // "ca": the PEM the link verifies the master's database certificate against (optional).
    QString caFile;
    if (body.has(QStringLiteral("ca"))) {
        QString why;
        caFile = m_model.ha.storeTrustedCa(body.string(QStringLiteral("ca")).toUtf8(), &why);
        if (caFile.isEmpty())
            return ApiError::response(ApiError::Code::InvalidValue, QStringLiteral("ca"));
    }
    if (!m_model.ha.configureReplication(
            host, port, replUser, password, body.has(QStringLiteral("gtid")) ? gtid : QString(), caFile))
        return internalError("configure replication failed");
    m_model.audit.append(user, QStringLiteral("ha.replication.configure"),
        { { QStringLiteral("host"), host }, { QStringLiteral("port"), port },
            { QStringLiteral("user"), replUser }, { QStringLiteral("gtid"), gtid },
            { QStringLiteral("verified"), !caFile.isEmpty() } });
    return getHa();
}

HttpResponse ApiController::createDbAccount(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("access"), QStringLiteral("clientHost") });
    const QString access = body.string(QStringLiteral("access"));
    const QString clientHost = body.string(QStringLiteral("clientHost"));
    if (body.ok() && access != QLatin1String("read") && access != QLatin1String("write")
        && access != QLatin1String("replication"))
        body.invalid(QStringLiteral("access"));
    if (body.ok() && !MigrationAccounts::validClientHost(clientHost))
        body.invalid(QStringLiteral("clientHost"));
    if (!body.ok())
        return body.error();
    QString account, password;
    const MigrationAccounts::Access kind = access == QLatin1String("read") ? MigrationAccounts::Access::Read
        : access == QLatin1String("write")                                 ? MigrationAccounts::Access::Write
                                           : MigrationAccounts::Access::Replication;
    if (!m_model.accounts.create(kind, clientHost, &account, &password))
        return internalError("cannot create migration account");
    m_model.audit.append(user, QStringLiteral("migration.db_account.create"),
        { { QStringLiteral("account"), account }, { QStringLiteral("access"), access },
            { QStringLiteral("clientHost"), clientHost } });
    return HttpResponse(
        200, QJsonObject { { QStringLiteral("user"), account }, { QStringLiteral("password"), password } });
}

HttpResponse ApiController::dropDbAccount(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("user") });
    const QString account = body.string(QStringLiteral("user"));
    if (body.ok() && !MigrationAccounts::isMigrationUser(account))
        body.invalid(QStringLiteral("user"));
    if (!body.ok())
        return body.error();
    if (!m_model.accounts.drop(account))
        return internalError("cannot drop migration account");
    m_model.audit.append(
        user, QStringLiteral("migration.db_account.drop"), { { QStringLiteral("account"), account } });
    return HttpResponse(200, QJsonObject { { QStringLiteral("dropped"), account } });
}

HttpResponse ApiController::listDbAccounts(const HttpRequest &, const QString &)
{
    QStringList users;
    if (!m_model.accounts.list(&users))
        return internalError("cannot list migration accounts");
    return HttpResponse(
        200, QJsonObject { { QStringLiteral("accounts"), QJsonArray::fromStringList(users) } });
}

HttpResponse ApiController::authorizeSshKey(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("publicKey"), QStringLiteral("access") });
    const QString key = body.string(QStringLiteral("publicKey"));
    // "read" (default): the traffic logs, read-only. "write": only the import directory.
    const QString access
        = body.has(QStringLiteral("access")) ? body.string(QStringLiteral("access")) : QStringLiteral("read");
    QString type, blob;
    if (body.ok() && !SshKeys::parsePublicKey(key, &type, &blob))
        body.invalid(QStringLiteral("publicKey"));
    if (body.ok() && access != QLatin1String("read") && access != QLatin1String("write"))
        body.invalid(QStringLiteral("access"));
    if (!body.ok())
        return body.error();
    const bool write = access == QLatin1String("write");
    if (write && !SshKeys::prepareImportDirectory(m_model.config.trafficLogDir))
        return internalError("cannot create the traffic-log import directory");
    if (!m_model.sshKeys.authorize(key, write ? SshKeys::Access::Write : SshKeys::Access::Read))
        return internalError("cannot write authorized_keys");
    m_model.audit.append(user, QStringLiteral("migration.ssh_key.authorize"),
        { { QStringLiteral("fingerprint"), SshKeys::fingerprint(blob) },
            { QStringLiteral("access"), access } });
    return HttpResponse(200,
        QJsonObject { { QStringLiteral("user"), m_model.config.sshUser },
            { QStringLiteral("port"), write ? m_model.config.sshImportPort : m_model.config.sshPort },
            { QStringLiteral("directory"), QStringLiteral("/") }, { QStringLiteral("access"), access } });
}

HttpResponse ApiController::revokeSshKey(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("publicKey") });
    const QString key = body.string(QStringLiteral("publicKey"));
    QString type, blob;
    if (body.ok() && !SshKeys::parsePublicKey(key, &type, &blob))
        body.invalid(QStringLiteral("publicKey"));
    if (!body.ok())
        return body.error();
    if (!m_model.sshKeys.revoke(key))
        return internalError("cannot write authorized_keys");
    m_model.audit.append(user, QStringLiteral("migration.ssh_key.revoke"),
        { { QStringLiteral("fingerprint"), SshKeys::fingerprint(blob) } });
    return HttpResponse(200, QJsonObject { { QStringLiteral("revoked"), SshKeys::fingerprint(blob) } });
}

HttpResponse ApiController::putSourceState(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("migratedTo"), QStringLiteral("at") });
    const QString to = body.string(QStringLiteral("migratedTo"));
    const QString at = body.string(QStringLiteral("at"));
    if (body.ok() && (to.isEmpty() || to.size() > 128))
        body.invalid(QStringLiteral("migratedTo"));
    if (body.ok() && !QDateTime::fromString(at, Qt::ISODate).isValid())
        body.invalid(QStringLiteral("at"));
    if (!body.ok())
        return body.error();
    if (!JsonFile::write(m_model.config.statePath(kMigrationFile),
            QJsonObject { { QStringLiteral("migratedTo"), to }, { QStringLiteral("at"), at } }))
        return internalError("cannot write migration state");
    m_model.audit.append(user, QStringLiteral("migration.source_state"),
        { { QStringLiteral("migratedTo"), to }, { QStringLiteral("at"), at } });
    return HttpResponse(
        200, QJsonObject { { QStringLiteral("migratedTo"), to }, { QStringLiteral("at"), at } });
}

HttpResponse ApiController::getAudit()
{
    return HttpResponse(200, QJsonObject { { QStringLiteral("entries"), m_model.audit.entries() } });
}

// High-availability group membership (issue 8): a node taking another's place in the group needs a
// permanent replication login on its peers, and a way to forget a replication it no longer has.
void ApiController::registerHaGroupRoutes(Router &router)
{
    using R = const HttpRequest &;
    using U = const QString &;
    router.add("POST", "/api/v1/ha/replication-account",
        [this](R r, U u) { return createHaReplicationAccount(r, u); });
    router.add("DELETE", "/api/v1/ha/replication-account",
        [this](R r, U u) { return dropHaReplicationAccount(r, u); });
    router.add("POST", "/api/v1/ha/replication/reset", [this](R r, U u) { return resetReplication(r, u); });
    router.add(
        "POST", "/api/v1/ha/round-robin/replace", [this](R r, U u) { return replaceRoundRobinHosts(r, u); });
}

HttpResponse ApiController::createHaReplicationAccount(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("clientHosts") });
    QStringList hosts = body.stringList(QStringLiteral("clientHosts"));
    hosts.removeDuplicates();
    if (body.ok() && (hosts.isEmpty() || hosts.size() > 8))
        body.invalid(QStringLiteral("clientHosts"));
    for (const QString &h : std::as_const(hosts)) {
        if (body.ok() && !MigrationAccounts::validClientHost(h))
            body.invalid(QStringLiteral("clientHosts"));
    }
    if (!body.ok())
        return body.error();
    auto random = [](int n) {
        QByteArray bytes(n, Qt::Uninitialized);
        for (auto &b : bytes)
            b = char(QRandomGenerator::system()->bounded(256));
        return bytes;
    };
    const QString account = QStringLiteral("cutover_ha_") + QString::fromLatin1(random(6).toHex());
    const QString password = QString::fromLatin1(
        random(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    // Local to this node like every account here: kept out of the binary log, so the password never
    // reaches a binlog reader or a replica.
    bool ok = m_model.db.exec(QStringLiteral("SET SESSION sql_log_bin = 0"));
    for (const QString &h : std::as_const(hosts)) {
        ok = ok
            && m_model.db.exec(
                QStringLiteral("CREATE USER %1@%2 IDENTIFIED BY %3")
                    .arg(m_model.db.quote(account), m_model.db.quote(h), m_model.db.quote(password)))
            && m_model.db.exec(QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1@%2")
                                   .arg(m_model.db.quote(account), m_model.db.quote(h)));
    }
    m_model.db.exec(QStringLiteral("SET SESSION sql_log_bin = 1"));
    if (!ok) {
        m_model.db.exec(QStringLiteral("SET SESSION sql_log_bin = 0"));
        for (const QString &h : std::as_const(hosts))
            m_model.db.exec(QStringLiteral("DROP USER IF EXISTS %1@%2")
                                .arg(m_model.db.quote(account), m_model.db.quote(h)));
        m_model.db.exec(QStringLiteral("SET SESSION sql_log_bin = 1"));
        return internalError("cannot create the replication account");
    }
    m_model.audit.append(user, QStringLiteral("ha.replication_account.create"),
        { { QStringLiteral("account"), account },
            { QStringLiteral("clientHosts"), QJsonArray::fromStringList(hosts) } });
    return HttpResponse(
        200, QJsonObject { { QStringLiteral("user"), account }, { QStringLiteral("password"), password } });
}

HttpResponse ApiController::dropHaReplicationAccount(const HttpRequest &r, const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^cutover_ha_[0-9a-f]{8,16}$"));
    JsonBody body(r.body, { QStringLiteral("user") });
    const QString account = body.string(QStringLiteral("user"));
    if (body.ok() && !re.match(account).hasMatch())
        body.invalid(QStringLiteral("user"));
    if (!body.ok())
        return body.error();
    QSqlQuery q;
    QStringList hosts;
    if (!m_model.db.exec(QStringLiteral("SELECT Host FROM mysql.user WHERE User = ?"), { account }, &q))
        return internalError("cannot read the replication accounts");
    while (q.next())
        hosts << q.value(0).toString();
    bool ok = m_model.db.exec(QStringLiteral("SET SESSION sql_log_bin = 0"));
    for (const QString &h : std::as_const(hosts))
        ok = ok
            && m_model.db.exec(QStringLiteral("DROP USER IF EXISTS %1@%2")
                                   .arg(m_model.db.quote(account), m_model.db.quote(h)));
    m_model.db.exec(QStringLiteral("SET SESSION sql_log_bin = 1"));
    if (!ok)
        return internalError("cannot drop the replication account");
    m_model.audit.append(
        user, QStringLiteral("ha.replication_account.drop"), { { QStringLiteral("account"), account } });
    return HttpResponse(200, QJsonObject { { QStringLiteral("dropped"), account } });
}

HttpResponse ApiController::replaceRoundRobinHosts(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("hosts"), QStringLiteral("with"), QStringLiteral("peerName") });
    const QStringList hosts = body.stringList(QStringLiteral("hosts"));
    const QString with = body.string(QStringLiteral("with"));
    const QString peerName = body.string(QStringLiteral("peerName"), false);
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    if (body.ok() && !hostRe.match(with).hasMatch())
        body.invalid(QStringLiteral("with"));
    for (const QString &h : hosts) {
        if (body.ok() && !hostRe.match(h).hasMatch())
            body.invalid(QStringLiteral("hosts"));
    }
    if (body.ok() && peerName.size() > 253)
        body.invalid(QStringLiteral("peerName"));
    if (!body.ok())
        return body.error();
    // The node at `hosts` left the group and the node at `with` took its place: it serves clients
    // now and is the peer at that position. Repeating it changes nothing.
    const QString file = m_model.config.statePath(QStringLiteral("ha.json"));
    QJsonObject ha;
    JsonFile::read(file, &ha);
    auto strip = [&](const QString &key, bool add) {
        QStringList list;
        for (const QJsonValue &v : ha.value(key).toArray()) {
            if (!hosts.contains(v.toString()))
                list << v.toString();
        }
        if (add && !list.contains(with))
            list << with;
        ha.insert(key, QJsonArray::fromStringList(list));
    };
    strip(QStringLiteral("roundRobinHosts"), true);
    strip(QStringLiteral("removedRoundRobinHosts"), false);
    QJsonArray peers;
    for (const QJsonValue &v : ha.value(QStringLiteral("peers")).toArray()) {
        QJsonObject peer = v.toObject();
        if (hosts.contains(peer.value(QStringLiteral("address")).toString())) {
            peer.insert(QStringLiteral("address"), with);
            if (!peerName.isEmpty())
                peer.insert(QStringLiteral("name"), peerName);
        }
        peers.append(peer);
    }
    ha.insert(QStringLiteral("peers"), peers);
    if (!JsonFile::write(file, ha))
        return internalError("cannot write ha.json");
    m_model.audit.append(user, QStringLiteral("ha.round_robin.replace"),
        { { QStringLiteral("hosts"), QJsonArray::fromStringList(hosts) }, { QStringLiteral("with"), with } });
    return getHa();
}

HttpResponse ApiController::resetReplication(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, {}, true);
    if (!body.ok())
        return body.error();
    if (!m_model.db.exec(QStringLiteral("STOP SLAVE")) || !m_model.db.exec(QStringLiteral("RESET SLAVE ALL")))
        return internalError("replication reset failed");
    m_model.audit.append(user, QStringLiteral("ha.replication.reset"));
    return getHa();
}

// Verified replication links (issue 8): a node hands out what its MariaDB certificate chains to
// (over this pinned, authenticated API), and keeps a peer's as a file its MariaDB verifies against.
void ApiController::registerReplicationTlsRoutes(Router &router)
{
    using R = const HttpRequest &;
    using U = const QString &;
    router.add("GET", "/api/v1/database/certificate", [this](R, U) {
        QByteArray pem;
        QString why;
        if (!m_model.ha.databaseTrustAnchor(&pem, &why)) {
            qCWarning(lcApi) << "database certificate:" << why;
            return ApiError::response(ApiError::Code::NotFound);
        }
        return HttpResponse(200, QJsonObject { { QStringLiteral("ca"), QString::fromLatin1(pem) } });
    });
    router.add("POST", "/api/v1/migration/replication-ca", [this](R r, U u) {
        JsonBody body(r.body, { QStringLiteral("ca") });
        const QString pem = body.string(QStringLiteral("ca"));
        if (!body.ok())
            return body.error();
        QString why;
        const QString path = m_model.ha.storeTrustedCa(pem.toUtf8(), &why);
        if (path.isEmpty())
            return ApiError::response(ApiError::Code::InvalidValue, QStringLiteral("ca"));
        m_model.audit.append(
            u, QStringLiteral("migration.replication_ca"), { { QStringLiteral("path"), path } });
        return HttpResponse(200, QJsonObject { { QStringLiteral("path"), path } });
    });
}

} // namespace cutover
