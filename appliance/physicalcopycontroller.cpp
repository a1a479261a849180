// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalcopycontroller.h"

#include "apierror.h"
#include "applianceconfig.h"
#include "auditlog.h"
#include "backupstreamer.h"
#include "backuptickets.h"
#include "database.h"
#include "jsonbody.h"
#include "physicalrestore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <climits>

namespace cutover {

namespace {
constexpr int kMinBytesPerSecond = 64 * 1024;
} // namespace

PhysicalCopyController::PhysicalCopyController(Model model)
    : m_model(model)
{ }

void PhysicalCopyController::registerRoutes(Router &router)
{
    using R = const HttpRequest &;
    using U = const QString &;
    router.add("POST", "/api/v1/migration/backup-ticket", [this](R r, U u) { return backupTicket(r, u); });
    // No session token: the one-time ticket in X-Cutover-Backup-Ticket is the credential.
    router.add(
        "GET", "/api/v1/migration/backup-stream", [this](R r, U) { return backupStream(r); }, true);
    router.add("POST", "/api/v1/migration/physical-restore", [this](R r, U u) { return startRestore(r, u); });
    router.add("GET", "/api/v1/migration/physical-restore", [this](R, U) { return restoreStatus(); });
    router.add(
        "POST", "/api/v1/migration/physical-restore/commit", [this](R r, U u) { return commit(r, u); });
    router.add(
        "POST", "/api/v1/migration/physical-restore/rollback", [this](R r, U u) { return rollback(r, u); });
}

QString PhysicalCopyController::majorVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto m = re.match(version);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('.') + m.captured(2) : QString();
}

bool PhysicalCopyController::serverFacts(ServerFacts *facts)
{
    QSqlQuery q;
    if (!m_model.db.exec(
            QStringLiteral("SELECT VERSION(), @@datadir, @@log_bin_basename, @@relay_log_basename"), {}, &q)
        || !q.next())
        return false;
    facts->version = q.value(0).toString();
    facts->mariadb = facts->version.contains(QLatin1String("MariaDB"));
    facts->datadir
        = m_model.config.mariadbDatadir.isEmpty() ? q.value(1).toString() : m_model.config.mariadbDatadir;
    // What the backup copies: the data files, not the binary or relay logs next to them.
    QStringList skip;
    for (int i : { 2, 3 }) {
        if (!q.value(i).isNull() && !q.value(i).toString().isEmpty())
            skip << QFileInfo(q.value(i).toString()).absoluteFilePath() + QLatin1Char('.');
    }
    facts->datadirBytes = 0;
    QDirIterator it(
        facts->datadir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString path = it.fileInfo().absoluteFilePath();
        if (std::any_of(skip.cbegin(), skip.cend(), [&](const QString &p) { return path.startsWith(p); }))
            continue;
        // The redo log is copied only as far as it grows during the backup; the temporary
        // tablespace not at all.
        const QString name = it.fileName();
        if (name.startsWith(QLatin1String("ib_logfile")) || name.startsWith(QLatin1String("ibtmp")))
            continue;
        facts->datadirBytes += it.fileInfo().size();
    }
    return true;
}

HttpResponse PhysicalCopyController::backupTicket(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, { QStringLiteral("expiresIn"), QStringLiteral("maxBytesPerSecond") }, true);
    const int expiresIn = body.integer(QStringLiteral("expiresIn"), 1, BackupTickets::kDefaultLifetimeSeconds,
        false, BackupTickets::kDefaultLifetimeSeconds);
    const int rate = body.integer(QStringLiteral("maxBytesPerSecond"), 0, INT_MAX, false, 0);
    if (body.ok() && rate > 0 && rate < kMinBytesPerSecond)
        body.invalid(QStringLiteral("maxBytesPerSecond"));
    if (!body.ok())
        return body.error();
    ServerFacts facts;
    if (!serverFacts(&facts))
        return ApiError::response(ApiError::Code::DatabaseUnavailable);
    if (!facts.mariadb)
        return ApiError::response(ApiError::Code::PhysicalUnsupported);
    QDateTime expiresAt;
    const QString ticket = m_model.tickets.issue(expiresIn, { rate, user }, &expiresAt);
    if (ticket.isEmpty())
        return ApiError::response(ApiError::Code::Internal);
    const QString iso = expiresAt.toString(Qt::ISODateWithMs);
    m_model.audit.append(user, QStringLiteral("migration.backup_ticket"),
        { { QStringLiteral("expiresAt"), iso }, { QStringLiteral("datadirBytes"), facts.datadirBytes } });
    return HttpResponse(200,
        QJsonObject { { QStringLiteral("ticket"), ticket }, { QStringLiteral("expiresAt"), iso },
            { QStringLiteral("datadirBytes"), facts.datadirBytes },
            { QStringLiteral("serverVersion"), facts.version },
            { QStringLiteral("majorVersion"), majorVersion(facts.version) },
            { QStringLiteral("flavor"), QStringLiteral("mariadb") } });
}

HttpResponse PhysicalCopyController::backupStream(const HttpRequest &r)
{
    const QString client = r.peerAddress.toString();
    // Checked before the ticket is spent, so the caller can retry with it.
    if (m_activeStreams > 0)
        return ApiError::response(ApiError::Code::BackupRunning);
    const auto grant = m_model.tickets.consume(r.header("x-cutover-backup-ticket"));
    if (!grant) {
        m_model.audit.append(QString(), QStringLiteral("migration.backup_stream"),
            { { QStringLiteral("client"), client },
                { QStringLiteral("outcome"), QStringLiteral("refused") } });
        HttpResponse resp = ApiError::response(ApiError::Code::TicketInvalid);
        resp.delayMs = m_model.config.failureDelayMs;
        return resp;
    }
    ServerFacts facts;
    if (!serverFacts(&facts))
        return ApiError::response(ApiError::Code::DatabaseUnavailable);

    BackupStreamer::Options options;
    options.program = m_model.config.backupProgram;
    if (!m_model.config.backupDefaultsFile.isEmpty())
        options.arguments << QStringLiteral("--defaults-file=") + m_model.config.backupDefaultsFile;
    // The unix socket authenticates us as the service account: no password exists to pass on.
    options.arguments << QStringLiteral("--backup") << QStringLiteral("--stream=mbstream")
                      << QStringLiteral("--user=") + m_model.config.mariadbUser
                      << QStringLiteral("--socket=") + m_model.config.mariadbSocket
                      << QStringLiteral("--datadir=") + facts.datadir
                      << QStringLiteral("--parallel=%1").arg(m_model.config.backupParallel);
    options.maxBytesPerSecond = grant->maxBytesPerSecond;
    HttpResponse head(200, QJsonObject {});
    head.body.clear();
    head.contentType = "application/octet-stream";
    head.chunked = true;
    head.headers.append({ "X-Cutover-Datadir-Bytes", QByteArray::number(facts.datadirBytes) });
    options.responseHead = head.serialize(false, true);

    HttpResponse resp;
    AuditLog *audit = &m_model.audit;
    const QString user = grant->user;
    resp.streamBody = [this, options, audit, user, client](QTcpSocket *socket) {
        auto *streamer = new BackupStreamer(socket, options);
        ++m_activeStreams;
        QObject::connect(streamer, &BackupStreamer::finished, streamer,
            [this, audit, user, client](bool complete, qint64 bytes, const QString &error) {
                --m_activeStreams;
                QJsonObject detail { { QStringLiteral("client"), client }, { QStringLiteral("bytes"), bytes },
                    { QStringLiteral("outcome"),
                        complete ? QStringLiteral("complete") : QStringLiteral("failed") } };
                if (!complete)
                    detail.insert(QStringLiteral("error"), error);
                audit->append(user, QStringLiteral("migration.backup_stream"), detail);
            });
        streamer->start();
    };
    return resp;
}

HttpResponse PhysicalCopyController::startRestore(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body,
        { QStringLiteral("sourceHost"), QStringLiteral("sourcePort"), QStringLiteral("sourceFingerprint"),
            QStringLiteral("ticket") });
    PhysicalRestore::Request request;
    request.sourceHost = body.string(QStringLiteral("sourceHost"));
    request.sourcePort = body.integer(QStringLiteral("sourcePort"), 1, 65535, false, 443);
    request.sourceFingerprint = body.string(QStringLiteral("sourceFingerprint"));
    const QString ticket = body.string(QStringLiteral("ticket"));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    static const QRegularExpression ticketRe(QStringLiteral("^[A-Za-z0-9_-]{16,256}$"));
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-f]{64}$"));
    if (body.ok() && !hostRe.match(request.sourceHost).hasMatch())
        body.invalid(QStringLiteral("sourceHost"));
    if (body.ok()
        && !hexRe.match(PhysicalRestore::normalisedFingerprint(request.sourceFingerprint)).hasMatch())
        body.invalid(QStringLiteral("sourceFingerprint"));
    if (body.ok() && !ticketRe.match(ticket).hasMatch())
        body.invalid(QStringLiteral("ticket"));
    if (!body.ok())
        return body.error();
    request.ticket = ticket.toLatin1();
    request.user = user;
    if (const auto refusal = m_model.restore.start(request))
        return ApiError::response(*refusal);
    const QJsonObject status = m_model.restore.status();
    return HttpResponse(202,
        QJsonObject { { QStringLiteral("job"), status.value(QStringLiteral("job")) },
            { QStringLiteral("state"), status.value(QStringLiteral("state")) } });
}

HttpResponse PhysicalCopyController::restoreStatus()
{
    return HttpResponse(200, m_model.restore.status());
}

HttpResponse PhysicalCopyController::commit(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, {}, true);
    if (!body.ok())
        return body.error();
    HttpResponse resp;
    PhysicalRestore *restore = &m_model.restore;
    resp.deferred = [restore, user](std::function<void(const HttpResponse &)> respond) {
        restore->commit(user, [restore, respond](std::optional<ApiError::Code> refusal) {
            respond(refusal ? ApiError::response(*refusal) : HttpResponse(200, restore->status()));
        });
    };
    return resp;
}

HttpResponse PhysicalCopyController::rollback(const HttpRequest &r, const QString &user)
{
    JsonBody body(r.body, {}, true);
    if (!body.ok())
        return body.error();
    HttpResponse resp;
    PhysicalRestore *restore = &m_model.restore;
    resp.deferred = [restore, user](std::function<void(const HttpResponse &)> respond) {
        restore->rollback(user, [restore, respond](std::optional<ApiError::Code> refusal) {
            respond(refusal ? ApiError::response(*refusal) : HttpResponse(200, restore->status()));
        });
    };
    return resp;
}

} // namespace cutover
