// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

#include <QJsonObject>
#include <QString>

namespace cutover {

class ApplianceConfig;
class AuditLog;
class BackupTickets;
class Database;
class PhysicalRestore;

/**
 * @brief The physical-copy endpoints (issue 9): on a source the backup ticket and the backup
 * stream, on a target the physical-restore job. Thin: the work is in BackupStreamer and
 * PhysicalRestore; see docs/api.md.
 */
class PhysicalCopyController
{
public:
    struct Model
    {
        const ApplianceConfig &config;
        Database &db;
        AuditLog &audit;
        BackupTickets &tickets;
        PhysicalRestore &restore;
    };

    explicit PhysicalCopyController(Model model);

    /** @brief Adds the routes; the router's authenticator (set by ApiController) guards them. */
    void registerRoutes(Router &router);

    /** @brief "10.11" from "10.11.6-MariaDB-0+deb12u1". */
    static QString majorVersion(const QString &version);

private:
    struct ServerFacts
    {
        QString version;
        QString datadir;
        qint64 datadirBytes = 0;
        bool mariadb = false;
    };
    bool serverFacts(ServerFacts *facts);

    HttpResponse backupTicket(const HttpRequest &r, const QString &user);
    HttpResponse backupStream(const HttpRequest &r);
    HttpResponse startRestore(const HttpRequest &r, const QString &user);
    HttpResponse restoreStatus();
    HttpResponse commit(const HttpRequest &r, const QString &user);
    HttpResponse rollback(const HttpRequest &r, const QString &user);

    Model m_model;
    int m_activeStreams = 0; ///< one backup at a time: a second would wait on the first's locks
};

} // namespace cutover
