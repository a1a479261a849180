// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalrestoreclient.h"

namespace cutover {

namespace {

const QString kRestore = QStringLiteral("/api/v1/migration/physical-restore");

ApiResult<PhysicalRestoreStatus> toStatus(ApiResult<QJsonObject> r)
{
    if (!r)
        return r.error();
    return PhysicalRestoreStatus::fromJson(r.value());
}

} // namespace

ApiResult<BackupTicket> PhysicalRestoreClient::backupTicket(ApplianceClient &source, qint64 maxBytesPerSecond)
{
    QJsonObject body;
    if (maxBytesPerSecond > 0)
        body.insert(QStringLiteral("maxBytesPerSecond"), maxBytesPerSecond);
    auto r = source.request("POST", QStringLiteral("/api/v1/migration/backup-ticket"), body, true);
    if (!r)
        return r.error();
    return BackupTicket::fromJson(r.value());
}

ApiResult<PhysicalRestoreStatus> PhysicalRestoreClient::start(ApplianceClient &target,
    const QString &sourceHost, int sourcePort, const QString &sourceFingerprint, QByteArray &ticket)
{
    QJsonObject body { { QStringLiteral("sourceHost"), sourceHost },
        { QStringLiteral("sourcePort"), sourcePort },
        { QStringLiteral("sourceFingerprint"), sourceFingerprint },
        { QStringLiteral("ticket"), QString::fromUtf8(ticket) } };
    ticket.fill('\0');
    ticket.clear();
    auto r = target.request("POST", kRestore, body, true);
    body.remove(QStringLiteral("ticket"));
    return toStatus(std::move(r));
}

ApiResult<PhysicalRestoreStatus> PhysicalRestoreClient::status(ApplianceClient &target)
{
    return toStatus(target.request("GET", kRestore));
}

ApiResult<PhysicalRestoreStatus> PhysicalRestoreClient::commit(ApplianceClient &target)
{
    return toStatus(target.request("POST", kRestore + QStringLiteral("/commit"), QJsonObject {}, true));
}

ApiResult<PhysicalRestoreStatus> PhysicalRestoreClient::rollback(ApplianceClient &target, int timeoutMs)
{
    // Stopping and starting MariaDB takes longer than an ordinary call may.
    target.setTimeouts(5000, timeoutMs);
    auto r = toStatus(target.request("POST", kRestore + QStringLiteral("/rollback"), QJsonObject {}, true));
    target.setTimeouts(5000, 30000);
    return r;
}

} // namespace cutover
