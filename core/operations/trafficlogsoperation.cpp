// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlogsoperation.h"

#include "common/logging.h"
#include "journal/journal.h"
#include "sftp/sftpdownloader.h"
#include "sftp/sftpsession.h"
#include "sftp/sftpuploader.h"
#include "sftp/sshkeypair.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace cutover {

namespace {
const QString kKeys = QStringLiteral("sshPublicKeys");
const QString kFiles = QStringLiteral("files");
const QString kPartial = QStringLiteral("partial");
const QString kPartialSha = QStringLiteral("partialSha256");
const QString kDestination = QStringLiteral("destination");
const QString kTargetKeys = QStringLiteral("targetSshPublicKeys");
const QString kUploaded = QStringLiteral("uploaded");
const QString kUploadPartial = QStringLiteral("uploadPartial");

QString explicitStaging()
{
    const QString staging = qEnvironmentVariable("CUTOVER_TRAFFIC_LOG_STAGING_DIR");
    return staging.isEmpty() ? qEnvironmentVariable("CUTOVER_TARGET_TRAFFIC_LOG_DIR") : staging;
}

QHash<QString, SftpDownloader::FinishedFile> finishedFiles(const QJsonObject &files)
{
    QHash<QString, SftpDownloader::FinishedFile> out;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        out.insert(it.key(),
            { f.value(QStringLiteral("size")).toInteger(),
                f.value(QStringLiteral("sha256")).toString().toLatin1() });
    }
    return out;
}

QHash<QString, qint64> offsets(const QJsonObject &o)
{
    QHash<QString, qint64> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInteger());
    return out;
}

/** Keeps the source's client from being cancelled while the key is revoked: that call must run. */
class UncancellableClient
{
public:
    UncancellableClient(ApplianceClient *client, const std::atomic<bool> *restore)
        : m_client(client)
        , m_restore(restore)
    {
        if (m_client)
            m_client->setCancelFlag(nullptr);
    }
    ~UncancellableClient()
    {
        if (m_client)
            m_client->setCancelFlag(m_restore);
    }

private:
    ApplianceClient *m_client;
    const std::atomic<bool> *m_restore;
};
} // namespace

TrafficLogsOperation::TrafficLogsOperation(std::shared_ptr<ApplianceConnections> connections,
    const MigrationOptions &options, const QString &destinationDirectory)
    : ApplianceOperation(OperationKind::CopyTrafficLogs, std::move(connections), options)
    , m_destination(destinationDirectory)
{ }

QString TrafficLogsOperation::destinationDirectory() const
{
    if (!m_destination.isEmpty())
        return m_destination;
    const QString fromEnvironment = explicitStaging();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString id = source().info.machineId;
    if (id.isEmpty())
        id = source().address;
    return Journal::dataDirectory() + QStringLiteral("/traffic-logs/") + id;
}

bool TrafficLogsOperation::isStaging() const
{
    return m_destination.isEmpty() && explicitStaging().isEmpty();
}

QString TrafficLogsOperation::description() const
{
    const QString size = QLocale().formattedDataSize(source().info.trafficLogBytes);
    //: %1 is a data size, %2 and %3 are appliances
    return tr("About %1 of user traffic logs are copied from %2 into the import folder of the traffic-log "
              "directory of %3, over SFTP with two one-time keys (read-only on the source, writing only that "
              "folder on the target; both revoked afterwards). The target checks the size and SHA-256 of "
              "every file.",
        "@info")
        .arg(size, name(source()), name(target()));
}

double TrafficLogsOperation::weight() const
{
    // Like the data copy: about one unit per 20 MB, moved twice (down from the source, up to the target).
    return std::max(2.0, 2.0 * double(source().info.trafficLogBytes) / (20.0 * 1024 * 1024));
}

QString TrafficLogsOperation::rollbackDescription() const
{
    return tr("The one-time SSH keys were revoked on the source and the target.", "@info");
}

Result TrafficLogsOperation::revokeRecordedKeys(
    QJsonObject *position, OperationContext &context, bool onTarget)
{
    const QString field = onTarget ? kTargetKeys : kKeys;
    ApplianceConnections::Side &side = onTarget ? target() : source();
    const QJsonArray keys = position->value(field).toArray();
    if (keys.isEmpty())
        return Result::ok();
    // Not through ensureConnected(): a cancelled run must still be able to log in to revoke.
    if (!side.client || !side.client->isLoggedIn()) {
        if (auto r = ApplianceConnections::connect(side, nullptr); !r) {
            //: %1 is an appliance
            context.log(
                tr("The one-time SSH key could not be revoked on %1; it stays listed in the journal and "
                   "is revoked when the step is run again or backed out.",
                    "@info")
                    .arg(name(side)));
            return r;
        }
    }
    UncancellableClient guard(side.client.get(), &context.cancellation().flag());
    QJsonArray left;
    Result failure;
    for (const auto &k : keys) {
        const auto revoked = side.client->revokeSshKey(k.toString());
        if (revoked) {
            qCInfo(lcCutoverOperations) << "revoked a one-time SSH key on" << side.address;
            continue;
        }
        left.append(k);
        failure = ApplianceConnections::toResult(revoked.error());
    }
    position->insert(field, left);
    context.savePosition(*position);
    if (!failure) {
        //: %1 is an appliance
        context.log(tr("The one-time SSH key could not be revoked on %1; it stays listed in the journal and "
                       "is revoked when the step is run again or backed out.",
            "@info")
                        .arg(name(side)));
        return Result::error(QStringLiteral("sftp.revoke_failed"),
            //: %1 is an appliance
            tr("The one-time SSH key could not be revoked on %1. Run the step again (or back out) once the "
               "appliance answers; until then the key can reach the traffic logs.",
                "@info")
                .arg(name(side)),
            failure.code() + QStringLiteral(": ") + failure.details());
    }
    return Result::ok();
}

Result TrafficLogsOperation::download(OperationContext &context, QJsonObject &position, SftpSummary *summary)
{
    const QString destination = destinationDirectory();
    SshKeyPair key;
    if (auto r = SshKeyPair::generate(&key); !r)
        return r;
    // Journal the public key before the appliance knows it, so no crash can leave it unrevoked.
    QJsonArray keys = position.value(kKeys).toArray();
    keys.append(key.publicKeyLine());
    position.insert(kKeys, keys);
    context.savePosition(position);

    context.progress().setStatus(tr("Authorising a one-time SSH key on the source …", "@info progress"));
    const auto grant = source().client->authoriseSshKey(key.publicKeyLine());
    if (!grant)
        return ApplianceConnections::toResult(grant.error());
    SftpSession session;
    session.setCancelFlag(&context.cancellation().flag());
    SftpSession::Endpoint endpoint;
    endpoint.host = source().address;
    endpoint.port = quint16(grant.value().port);
    endpoint.user = grant.value().user;
    endpoint.hostKeySha256 = source().info.sshHostKeySha256;
    //: %1 is an address
    context.progress().setStatus(
        tr("Connecting to the SFTP service of %1 …", "@info progress").arg(endpoint.host));
    if (auto r = session.open(endpoint, key); !r)
        return r;

    SftpDownloader downloader(session, destination);
    downloader.setCancelFlag(&context.cancellation().flag());
    downloader.setCheckpointInterval(m_checkpointInterval);
    downloader.setFinishedFiles(finishedFiles(position.value(kFiles).toObject()));
    downloader.setPartialOffsets(offsets(position.value(kPartial).toObject()));
    QHash<QString, QByteArray> digests;
    const QJsonObject partDigests = position.value(kPartialSha).toObject();
    for (auto it = partDigests.begin(); it != partDigests.end(); ++it)
        digests.insert(it.key(), it.value().toString().toLatin1());
    downloader.setPartialDigests(digests);
    downloader.setProgressCallback([&context](const SftpProgress &p) {
        // The upload moves the same bytes again: this phase is the first half.
        Progress progress;
        progress.unitsDone = p.filesDone;
        progress.unitsTotal = 2 * qint64(p.filesTotal);
        progress.bytesDone = p.bytesDone;
        progress.bytesTotal = 2 * p.bytesTotal;
        progress.status = p.file.isEmpty()
            ? TrafficLogsOperation::tr("Copying the traffic logs from the source …", "@info progress")
            //: %1 is a file name
            : TrafficLogsOperation::tr("Copying %1 from the source", "@info progress").arg(p.file);
        context.progress().set(progress);
    });
    downloader.setCheckpointCallback(
        [&context, &position](const QString &file, qint64 offset, bool done, const QByteArray &sha) {
            QJsonObject partialFiles = position.value(kPartial).toObject();
            QJsonObject partialDigests = position.value(kPartialSha).toObject();
            if (done) {
                QJsonObject finished = position.value(kFiles).toObject();
                finished.insert(file,
                    QJsonObject { { QStringLiteral("size"), offset },
                        { QStringLiteral("sha256"), QString::fromLatin1(sha) } });
                position.insert(kFiles, finished);
                partialFiles.remove(file);
                partialDigests.remove(file);
            } else {
                partialFiles.insert(file, offset);
                partialDigests.insert(file, QString::fromLatin1(sha));
            }
            position.insert(kPartialSha, partialDigests);
            position.insert(kPartial, partialFiles);
            context.savePosition(position);
        });
    const QString directory
        = grant.value().directory.isEmpty() ? QStringLiteral("/") : grant.value().directory;
    const Result result = downloader.run(directory);
    *summary = downloader.summary();
    return result;
}

Result TrafficLogsOperation::upload(OperationContext &context, QJsonObject &position, qint64 downloadedBytes,
    int downloadedFiles, SftpSummary *summary)
{
    // Exactly the files the download verified, with the digests the source's bytes had.
    QList<SftpUploader::File> files;
    const auto finished = finishedFiles(position.value(kFiles).toObject());
    for (auto it = finished.begin(); it != finished.end(); ++it)
        files.append({ it.key(), it->size, it->sha256 });
    std::sort(files.begin(), files.end(),
        [](const SftpUploader::File &a, const SftpUploader::File &b) { return a.name < b.name; });

    SshKeyPair key;
    if (auto r = SshKeyPair::generate(&key); !r)
        return r;
    QJsonArray keys = position.value(kTargetKeys).toArray();
    keys.append(key.publicKeyLine());
    position.insert(kTargetKeys, keys);
    context.savePosition(position);

    context.progress().setStatus(tr("Authorising a one-time SSH key on the target …", "@info progress"));
    const auto grant = target().client->authoriseSshImportKey(key.publicKeyLine());
    if (!grant)
        return ApplianceConnections::toResult(grant.error());
    SftpSession session;
    session.setCancelFlag(&context.cancellation().flag());
    SftpSession::Endpoint endpoint;
    endpoint.host = target().address;
    endpoint.port = quint16(grant.value().port);
    endpoint.user = grant.value().user;
    endpoint.hostKeySha256 = target().info.sshHostKeySha256;
    //: %1 is an address
    context.progress().setStatus(
        tr("Connecting to the SFTP service of %1 …", "@info progress").arg(endpoint.host));
    if (auto r = session.open(endpoint, key); !r)
        return r;

    SftpUploader uploader(session, destinationDirectory());
    uploader.setCancelFlag(&context.cancellation().flag());
    uploader.setCheckpointInterval(m_checkpointInterval);
    uploader.setUploadedFiles(finishedFiles(position.value(kUploaded).toObject()));
    uploader.setPartialOffsets(offsets(position.value(kUploadPartial).toObject()));
    ApplianceClient *client = target().client.get();
    uploader.setVerifier([client](const QString &name, qint64 *size, QByteArray *sha) -> Result {
        const auto stored = client->importedTrafficLog(name);
        if (!stored)
            return ApplianceConnections::toResult(stored.error());
        *size = stored.value().size;
        *sha = stored.value().sha256.toLatin1();
        return Result::ok();
    });
    uploader.setProgressCallback([&context, downloadedBytes, downloadedFiles](const SftpProgress &p) {
        Progress progress;
        progress.unitsDone = downloadedFiles + p.filesDone;
        progress.unitsTotal = downloadedFiles + qint64(p.filesTotal);
        progress.bytesDone = downloadedBytes + p.bytesDone;
        progress.bytesTotal = downloadedBytes + p.bytesTotal;
        progress.status = p.file.isEmpty()
            ? TrafficLogsOperation::tr("Writing the traffic logs to the target …", "@info progress")
            //: %1 is a file name
            : TrafficLogsOperation::tr("Writing %1 to the target", "@info progress").arg(p.file);
        context.progress().set(progress);
    });
    uploader.setCheckpointCallback(
        [&context, &position](const QString &file, qint64 offset, bool done, const QByteArray &sha) {
            QJsonObject partialFiles = position.value(kUploadPartial).toObject();
            if (done) {
                QJsonObject uploaded = position.value(kUploaded).toObject();
                uploaded.insert(file,
                    QJsonObject { { QStringLiteral("size"), offset },
                        { QStringLiteral("sha256"), QString::fromLatin1(sha) } });
                position.insert(kUploaded, uploaded);
                partialFiles.remove(file);
            } else {
                partialFiles.insert(file, offset);
            }
            position.insert(kUploadPartial, partialFiles);
            context.savePosition(position);
        });
    const QString directory
        = grant.value().directory.isEmpty() ? QStringLiteral("/") : grant.value().directory;
    const Result result = uploader.run(files, directory);
    *summary = uploader.summary();
    return result;
}

Result TrafficLogsOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    QJsonObject position = context.position();
    // Keys of an interrupted attempt are useless (their private halves died with that process).
    if (auto r = revokeRecordedKeys(&position, context, false); !r)
        return r;
    if (auto r = revokeRecordedKeys(&position, context, true); !r)
        return r;

    // Host keys and sizes come fresh from both sides: a swap reboot may lie between.
    context.progress().setStatus(tr("Reading the SSH host keys of both appliances …", "@info progress"));
    auto system = source().client->system();
    if (!system)
        return ApplianceConnections::toResult(system.error());
    source().info = system.value();
    auto targetSystem = target().client->system();
    if (!targetSystem)
        return ApplianceConnections::toResult(targetSystem.error());
    target().info = targetSystem.value();
    const QString destination = destinationDirectory();
    position.insert(kDestination, destination);

    SftpSummary downloaded;
    Result result = download(context, position, &downloaded);
    // The read key is no longer needed once the logs are here: revoke it before writing anything.
    const Result revokedSource = revokeRecordedKeys(&position, context, false);
    SftpSummary uploaded;
    if (result && revokedSource) {
        result = upload(context, position, downloaded.bytesTotal,
            downloaded.filesCopied + downloaded.filesSkipped, &uploaded);
    }
    const Result revokedTarget = revokeRecordedKeys(&position, context, true);
    context.progress().flush();

    const QLocale locale;
    if (downloaded.bytesTotal > 0 || downloaded.filesCopied + downloaded.filesSkipped > 0) {
        context.addFigure(tr("Traffic-log files copied / already there", "@label"),
            QStringLiteral("%1 / %2").arg(downloaded.filesCopied).arg(downloaded.filesSkipped));
        context.addFigure(tr("Traffic-log files written to the target / already there", "@label"),
            QStringLiteral("%1 / %2").arg(uploaded.filesCopied).arg(uploaded.filesSkipped));
        context.addFigure(tr("Traffic-log bytes transferred", "@label"),
            locale.formattedDataSize(downloaded.bytesTransferred + uploaded.bytesTransferred));
        if (downloaded.seconds > 0.1) {
            context.addFigure(tr("Traffic-log throughput", "@label"),
                //: %1 is a data size
                tr("%1/s", "@label throughput")
                    .arg(locale.formattedDataSize(
                        qint64(double(downloaded.bytesTransferred) / downloaded.seconds))));
        }
        if (uploaded.seconds > 0.1) {
            context.addFigure(tr("Traffic-log throughput to the target", "@label"),
                //: %1 is a data size
                tr("%1/s", "@label throughput")
                    .arg(locale.formattedDataSize(
                        qint64(double(uploaded.bytesTransferred) / uploaded.seconds))));
        }
        context.addFigure(tr("Traffic logs stored on the target in", "@label"),
            tr("the import folder of its traffic-log directory", "@label"));
    }
    if (!result)
        return result;
    if (!revokedSource)
        return revokedSource;
    if (!revokedTarget)
        return revokedTarget;
    context.addCheck(tr("Every traffic-log file verified on the target (size and SHA-256 against the source)",
                         "@info check"),
        true);
    context.addCheck(tr("One-time SSH keys revoked on the source and the target", "@info check"), true);
    if (isStaging()) {
        // Only a directory Cutover chose itself: the logs are on the target now.
        QDir(destination).removeRecursively();
    } else {
        //: %1 is a directory on this computer
        context.log(tr("A copy of the traffic logs stays in %1 on this computer, as asked.", "@info")
                        .arg(destination));
    }
    return Result::ok();
}

Result TrafficLogsOperation::rollback(OperationContext &context)
{
    attach(context);
    QJsonObject position = context.position();
    const Result source = revokeRecordedKeys(&position, context, false);
    const Result target = revokeRecordedKeys(&position, context, true);
    return source ? target : source;
}

} // namespace cutover
