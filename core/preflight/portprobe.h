// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/requiremententry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace cutover {

/**
 * @brief Checks that a port is open and that the right service answers on it.
 *
 * 80 must answer HTTP, 443 a TLS handshake, 3306 a MariaDB/MySQL greeting, 22 an SSH banner.
 * Each probe ends in one outcome within its time limit; probeAll() runs them side by side so a
 * whole batch takes about one time limit even when every port times out.
 */
class PortProbe
{
    Q_DECLARE_TR_FUNCTIONS(cutover::PortProbe)

public:
    enum class Service { Http, Tls, MySql, Ssh, Unknown };
    enum class Outcome {
        Open, ///< connected and the expected service answered
        Refused, ///< connection refused: nothing listens
        TimedOut, ///< no connection within the time limit (filtered, or the host is down)
        OtherService, ///< connected, but something else answered (or nothing did)
        Unreachable, ///< the name does not resolve or there is no route
        Cancelled,
    };

    struct Target
    {
        QString role; ///< `source` or `target`, used in ids and texts
        QString host;
        quint16 port = 0;
        Service expected = Service::Unknown;
    };

    struct Result
    {
        Target target;
        Outcome outcome = Outcome::Cancelled;
        Service answered = Service::Unknown; ///< what was recognised (also for OtherService)
        QString serverInfo; ///< MySQL version, SSH banner, HTTP status line, TLS fingerprint
        QString answeredDescription; ///< for OtherService: what answered, one whole sentence ("An SSH server
                                     ///< answered instead (…).")
        QString detail; ///< technical (error text)
        qint64 elapsedMs = 0;
    };

    /** What a greeting (or an answer to an HTTP request) identifies: pure, for tests and fuzzing. */
    struct Identification
    {
        Service service = Service::Unknown;
        QString info; ///< SSH banner line, MySQL server version, HTTP status line …
        bool complete = false; ///< enough bytes to decide
        bool mysqlError = false; ///< a MySQL error packet (e.g. host not allowed) instead of a greeting
    };
    static Identification identify(const QByteArray &bytes);

    /** The usual service on @p port (80 Http, 443 Tls, 3306 MySql, 22 Ssh). */
    static Service serviceForPort(quint16 port);
    static QString serviceName(Service service);

    /** One blocking probe, at most @p timeoutMs (plus scheduling). */
    static Result probe(const Target &target, int timeoutMs, const std::atomic<bool> *cancel = nullptr);
    /** All probes at once on their own threads; returns in the order of @p targets. */
    static QList<Result> probeAll(
        const QList<Target> &targets, int timeoutMs, const std::atomic<bool> *cancel = nullptr);
    /** The ports the migration needs: 80, 443, 3306, and 22 when traffic logs will be copied. */
    static QList<Target> migrationTargets(const QString &role, const QString &host, bool copyTrafficLogs);

    /** One entry per probe: `port.<role>.<port>`, mandatory, translated reason and remedy. */
    static RequirementEntry requirement(const Result &result);
    /**
     * @brief The target's traffic-log import port (`sshImportPort` of its `GET /api/v1/system`,
     * default 2222): id `port.target.import`, with texts that name the import and its sshd block.
     */
    static RequirementEntry importRequirement(const Result &result);
    static QString outcomeName(Outcome outcome);
};

} // namespace cutover
