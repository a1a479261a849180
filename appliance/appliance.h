// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconfig.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace cutover {

class ApiController;
class AuditLog;
class AuthService;
class BackupTickets;
class Database;
class HaState;
class HttpServer;
class LicenseStore;
class MaintenanceMode;
class MigrationAccounts;
class PhysicalCopyController;
class PhysicalRestore;
class Router;
class SettingsStore;
class SshKeys;
class TlsIdentity;

/** @brief The running daemon: owns the model objects and the HTTPS (443) and HTTP (80) listeners. */
class Appliance : public QObject
{
    Q_OBJECT
public:
    explicit Appliance(const ApplianceConfig &config, QObject *parent = nullptr);
    ~Appliance() override;

    /** @brief Opens the listeners; false (with @p error) when the state is missing or a port is taken. */
    bool start(QString *error);

private:
    ApplianceConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<LicenseStore> m_license;
    std::unique_ptr<MaintenanceMode> m_maintenance;
    std::unique_ptr<HaState> m_ha;
    std::unique_ptr<MigrationAccounts> m_accounts;
    std::unique_ptr<SshKeys> m_sshKeys;
    std::unique_ptr<TlsIdentity> m_tls;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<BackupTickets> m_tickets;
    std::unique_ptr<PhysicalRestore> m_restore;
    std::unique_ptr<ApiController> m_api;
    std::unique_ptr<PhysicalCopyController> m_physical;
    std::unique_ptr<Router> m_router;
    HttpServer *m_https = nullptr;
    HttpServer *m_http = nullptr;
    QTimer m_dbWatch;
};

} // namespace cutover
