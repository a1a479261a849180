// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace cutover {

class ApplianceConfig;
class AuditLog;
class AuthService;
class Database;
class HaState;
class LicenseStore;
class MaintenanceMode;
class MigrationAccounts;
class SettingsStore;
class SshKeys;
class TlsIdentity;

/**
 * @brief The /api/v1 endpoints: turns requests into calls on the model classes and their results
 * into JSON answers. Holds no state of its own.
 */
class ApiController
{
public:
    struct Model
    {
        const ApplianceConfig &config;
        Database &db;
        AuthService &auth;
        SettingsStore &settings;
        LicenseStore &license;
        MaintenanceMode &maintenance;
        HaState &ha;
        MigrationAccounts &accounts;
        SshKeys &sshKeys;
        TlsIdentity &tls;
        AuditLog &audit;
        QString machineId;
        QString listenAddress;
        /** @brief Hands a renewed certificate to the HTTPS listener. */
        std::function<void()> reloadTls;
    };

    explicit ApiController(Model model);

    /** @brief Registers every route (and the token check) on @p router. */
    void registerRoutes(Router &router);
    /** @brief GET /health, also served on port 80. */
    HttpResponse health() const;

private:
    HttpResponse login(const HttpRequest &r);
    HttpResponse system();
    HttpResponse getSettings();
    HttpResponse putSettings(const HttpRequest &r, const QString &user);
    HttpResponse getMaintenance();
    HttpResponse putMaintenance(const HttpRequest &r, const QString &user);
    HttpResponse appStatus();
    HttpResponse getLicense();
    HttpResponse exportLicense(const QString &user);
    HttpResponse putLicense(const HttpRequest &r, const QString &user);
    HttpResponse invalidateLicense(const HttpRequest &r, const QString &user);
    HttpResponse renewCertificate(const HttpRequest &r, const QString &user);
    HttpResponse restartServices(const HttpRequest &r, const QString &user);
    HttpResponse reboot(const HttpRequest &r, const QString &user);
    HttpResponse getHa();
    HttpResponse roundRobin(const HttpRequest &r, const QString &user, bool remove);
    HttpResponse replicationControl(const HttpRequest &r, const QString &user, bool start);
    HttpResponse configureReplication(const HttpRequest &r, const QString &user);
    HttpResponse createDbAccount(const HttpRequest &r, const QString &user);
    HttpResponse dropDbAccount(const HttpRequest &r, const QString &user);
    HttpResponse listDbAccounts(const HttpRequest &r, const QString &user);
    HttpResponse authorizeSshKey(const HttpRequest &r, const QString &user);
    HttpResponse revokeSshKey(const HttpRequest &r, const QString &user);
    HttpResponse putSourceState(const HttpRequest &r, const QString &user);
    HttpResponse getAudit();
    void registerHaGroupRoutes(Router &router);
    HttpResponse createHaReplicationAccount(const HttpRequest &r, const QString &user);
    HttpResponse dropHaReplicationAccount(const HttpRequest &r, const QString &user);
    HttpResponse resetReplication(const HttpRequest &r, const QString &user);
    HttpResponse replaceRoundRobinHosts(const HttpRequest &r, const QString &user);

    QJsonObject databaseInfo(QJsonObject *disk, qint64 *dataBytes);
    QJsonObject migrationState() const;
    QJsonArray addresses() const;
    HttpResponse internalError(const char *what);

    /** @brief GET /api/v1/database/certificate, POST /api/v1/migration/replication-ca. */
    void registerReplicationTlsRoutes(Router &router);

    Model m_model;
};

} // namespace cutover
