// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliance.h"

#include "apicontroller.h"
#include "apierror.h"
#include "auditlog.h"
#include "authservice.h"
#include "backuptickets.h"
#include "database.h"
#include "hastate.h"
#include "httpserver.h"
#include "licensestore.h"
#include "machineid.h"
#include "maintenancemode.h"
#include "migrationaccounts.h"
#include "physicalcopycontroller.h"
#include "physicalrestore.h"
#include "router.h"
#include "settingsstore.h"
#include "sshkeys.h"
#include "tlsidentity.h"

#include <QHostAddress>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace cutover {

Appliance::Appliance(const ApplianceConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_db(std::make_unique<Database>(config.mariadbSocket, config.mariadbUser))
    , m_auth(std::make_unique<AuthService>(config.statePath(QStringLiteral("auth.json")),
          config.tokenLifetimeSeconds, config.maxFailedLogins, config.lockoutSeconds))
    , m_settings(std::make_unique<SettingsStore>(config.statePath(QStringLiteral("settings.json"))))
    , m_license(std::make_unique<LicenseStore>(
          config.statePath(QStringLiteral("license.json")), config.vendorPublicKey))
    , m_maintenance(
          std::make_unique<MaintenanceMode>(config.statePath(QStringLiteral("maintenance.json")), *m_db))
    , m_ha(std::make_unique<HaState>(config.statePath(QStringLiteral("ha.json")), *m_db))
    , m_accounts(std::make_unique<MigrationAccounts>(*m_db))
    , m_sshKeys(std::make_unique<SshKeys>(config.sshAuthorizedKeys))
    , m_tls(std::make_unique<TlsIdentity>(config.statePath(QStringLiteral("tls"))))
    , m_audit(std::make_unique<AuditLog>(config.statePath(QStringLiteral("audit.log"))))
    , m_tickets(std::make_unique<BackupTickets>())
    , m_restore(std::make_unique<PhysicalRestore>(m_config, *m_db, *m_maintenance, *m_audit))
    , m_router(std::make_unique<Router>())
{
    // MariaDB forgets read_only when it restarts; put maintenance back whenever we reconnect.
    m_db->setOnConnected([this] { m_maintenance->reapply(); });
}

Appliance::~Appliance() = default;

bool Appliance::start(QString *error)
{
    const QString machineId = MachineId::read(m_config.statePath(QStringLiteral("machine-id")));
    if (machineId.isEmpty() || !m_tls->exists()) {
        *error = QStringLiteral("state directory %1 is not provisioned (run --provision)")
                     .arg(m_config.stateDir);
        return false;
    }
    const QSslConfiguration ssl = m_tls->serverConfiguration();
    if (ssl.isNull()) {
        *error = QStringLiteral("TLS certificate or key is unusable");
        return false;
    }
    // The address in the settings wins: it is where the appliance lives after a reboot.
    QString address = m_settings->address();
    if (address.isEmpty())
        address = m_config.listenAddress;

    m_api = std::make_unique<ApiController>(
        ApiController::Model { m_config, *m_db, *m_auth, *m_settings, *m_license, *m_maintenance, *m_ha,
            *m_accounts, *m_sshKeys, *m_tls, *m_audit, machineId, address, [this] {
                const QSslConfiguration c = m_tls->serverConfiguration();
                if (!c.isNull())
                    m_https->setSslConfiguration(c);
            } });
    m_api->registerRoutes(*m_router);
    m_physical = std::make_unique<PhysicalCopyController>(
        PhysicalCopyController::Model { m_config, *m_db, *m_audit, *m_tickets, *m_restore });
    m_physical->registerRoutes(*m_router);
    m_restore->recover();

    HttpServer::Options options;
    options.limits.parser.maxBodyBytes = m_config.maxBodyBytes;
    options.limits.parser.maxHeaderBytes = m_config.maxHeaderBytes;
    options.limits.requestTimeoutMs = m_config.requestTimeoutSeconds * 1000;
    options.limits.idleTimeoutMs = m_config.idleTimeoutSeconds * 1000;
    options.handshakeTimeoutMs = m_config.handshakeTimeoutSeconds * 1000;
    options.maxConnections = m_config.maxConnections;

    m_https = new HttpServer(
        options, [this](const HttpRequest &r) { return m_router->route(r); }, &ssl, this);
    const int httpsPort = m_config.httpsPort;
    m_http = new HttpServer(
        options,
        [this, address, httpsPort](const HttpRequest &r) {
            if (r.path == "/health" && r.method == "GET")
                return m_api->health();
            // Redirect to the address the client reached us on (a wildcard listener has no single
            // address); never to the client's Host header, which would make an open redirect.
            QHostAddress target(address);
            if (target == QHostAddress::AnyIPv4 || target == QHostAddress::AnyIPv6
                || target == QHostAddress::Any)
                target = r.localAddress;
            if (target.protocol() == QAbstractSocket::IPv6Protocol) {
                bool isV4 = false;
                const QHostAddress v4(target.toIPv4Address(&isV4));
                if (isV4)
                    target = v4;
            }
            QByteArray host = target.protocol() == QAbstractSocket::IPv6Protocol
                ? '[' + target.toString().toLatin1() + ']'
                : target.toString().toLatin1();
            if (httpsPort != 443)
                host += ':' + QByteArray::number(httpsPort);
            return HttpResponse::redirect(
                "https://" + host + r.path + (r.query.isEmpty() ? "" : "?" + r.query));
        },
        nullptr, this);

    const QHostAddress listen(address);
    if (!m_https->listen(listen, quint16(m_config.httpsPort))) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address)
                     .arg(m_config.httpsPort)
                     .arg(m_https->errorString());
        return false;
    }
    if (m_config.httpPort > 0 && !m_http->listen(listen, quint16(m_config.httpPort))) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address)
                     .arg(m_config.httpPort)
                     .arg(m_http->errorString());
        return false;
    }
    m_maintenance->reapply();
    // MariaDB forgets read_only when it restarts; notice the restart soon, not only on the next request.
    if (m_config.mariadbWatchSeconds > 0) {
        connect(&m_dbWatch, &QTimer::timeout, this, [this] { m_db->ensureOpen(); });
        m_dbWatch.start(m_config.mariadbWatchSeconds * 1000);
    }
    qCInfo(lcApi).noquote() << "applianced" << CUTOVER_VERSION << "listening on" << address << "ports"
                            << m_config.httpsPort << m_config.httpPort;
    return true;
}

} // namespace cutover
