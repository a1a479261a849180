// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlogsoperation.h"

#include "common/logging.h"
#include "journal/journal.h"
#include "sftp/sftpdownloader.h"
#include "sftp/sftpsession.h"
#include "sftp/sshkeypair.h"

#include <QJsonArray>
#include <QLocale>

namespace cutover {

namespace {
const QString kKeys = QStringLiteral("sshPublicKeys");
const QString kFiles = QStringLiteral("files");
const QString kPartial = QStringLiteral("partial");
const QString kPartialSha = QStringLiteral("partialSha256");
const QString kDestination = QStringLiteral("destination");

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
    const QString fromEnvironment = qEnvironmentVariable("CUTOVER_TARGET_TRAFFIC_LOG_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString id = source().info.machineId;
    if (id.isEmpty())
        id = source().address;
    return Journal::dataDirectory() + QStringLiteral("/traffic-logs/") + id;
}

bool TrafficLogsOperation::isStaging() const
{
    return m_destination.isEmpty() && qEnvironmentVariable("CUTOVER_TARGET_TRAFFIC_LOG_DIR").isEmpty();
}

QString TrafficLogsOperation::description() const
{
    const QString size = QLocale().formattedDataSize(source().info.trafficLogBytes);
    if (isStaging()) {
        //: %1 is a data size, %2 an appliance, %3 a directory on this computer
        return tr("About %1 of user traffic logs are copied from %2 over SFTP with a one-time key (revoked "
                  "afterwards) and verified. They are kept in %3 on this computer; place them on the target "
                  "yourself.",
            "@info")
            .arg(size, name(source()), destinationDirectory());
    }
    //: %1 is a data size, %2 an appliance, %3 a directory
    return tr("About %1 of user traffic logs are copied from %2 over SFTP with a one-time key (revoked "
              "afterwards) into %3 and verified.",
        "@info")
        .arg(size, name(source()), destinationDirectory());
}

double TrafficLogsOperation::weight() const
{
    // Like the data copy: about one unit per 20 MB.
    return std::max(2.0, double(source().info.trafficLogBytes) / (20.0 * 1024 * 1024));
}

QString TrafficLogsOperation::rollbackDescription() const
{
    return tr("The one-time SSH key was revoked on the source.", "@info");
}

Result TrafficLogsOperation::revokeRecordedKeys(QJsonObject *position, OperationContext &context)
{
    const QJsonArray keys = position->value(kKeys).toArray();
    if (keys.isEmpty())
        return Result::ok();
    // Not through ensureConnected(): a cancelled run must still be able to log in to revoke.
    if (!source().client || !source().client->isLoggedIn()) {
        if (auto r = ApplianceConnections::connect(source(), nullptr); !r)
            return r;
    }
    UncancellableClient guard(source().client.get(), &context.cancellation().flag());
    QJsonArray left;
    Result failure;
    for (const auto &k : keys) {
        const auto revoked = source().client->revokeSshKey(k.toString());
        if (revoked) {
            qCInfo(lcCutoverOperations) << "revoked the one-time SSH key on" << source().address;
            continue;
        }
        left.append(k);
        failure = ApplianceConnections::toResult(revoked.error());
    }
    position->insert(kKeys, left);
    context.savePosition(*position);
    if (!failure) {
        //: %1 is an appliance
        context.log(tr("The one-time SSH key could not be revoked on %1; it stays listed in the journal and "
                       "is revoked when the step is run again or backed out.",
            "@info")
                        .arg(name(source())));
        return Result::error(QStringLiteral("sftp.revoke_failed"),
            //: %1 is an appliance
            tr("The one-time SSH key could not be revoked on %1. Run the step again (or back out) once the "
               "appliance answers; until then the key can read the traffic logs.",
                "@info")
                .arg(name(source())),
            failure.code() + QStringLiteral(": ") + failure.details());
    }
    return Result::ok();
}

Result TrafficLogsOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    QJsonObject position = context.position();
    // A key of an interrupted attempt is useless (its private half died with that process).
    if (auto r = revokeRecordedKeys(&position, context); !r)
        return r;

    // The host key and the size come fresh from the source: a swap reboot may lie between.
    context.progress().setStatus(tr("Reading the source's SSH host key …", "@info progress"));
    auto system = source().client->system();
    if (!system)
        return ApplianceConnections::toResult(system.error());
    source().info = system.value();
    const QString destination = destinationDirectory();
    position.insert(kDestination, destination);

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
    Result result;
    SftpSummary summary;
    if (!grant) {
        result = ApplianceConnections::toResult(grant.error());
    } else {
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
        result = session.open(endpoint, key);
        if (result) {
            QHash<QString, SftpDownloader::FinishedFile> finished;
            const QJsonObject files = position.value(kFiles).toObject();
            for (auto it = files.begin(); it != files.end(); ++it) {
                const QJsonObject f = it.value().toObject();
                finished.insert(it.key(),
                    { f.value(QStringLiteral("size")).toInteger(),
                        f.value(QStringLiteral("sha256")).toString().toLatin1() });
            }
            QHash<QString, qint64> partial;
            const QJsonObject parts = position.value(kPartial).toObject();
            for (auto it = parts.begin(); it != parts.end(); ++it)
                partial.insert(it.key(), it.value().toInteger());

            SftpDownloader downloader(session, destination);
            downloader.setCancelFlag(&context.cancellation().flag());
            downloader.setFinishedFiles(finished);
            downloader.setPartialOffsets(partial);
            QHash<QString, QByteArray> digests;
            const QJsonObject partDigests = position.value(kPartialSha).toObject();
            for (auto it = partDigests.begin(); it != partDigests.end(); ++it)
                digests.insert(it.key(), it.value().toString().toLatin1());
            downloader.setPartialDigests(digests);
            downloader.setProgressCallback([&context](const SftpProgress &p) {
                Progress progress;
                progress.unitsDone = p.filesDone;
                progress.unitsTotal = p.filesTotal;
                progress.bytesDone = p.bytesDone;
                progress.bytesTotal = p.bytesTotal;
                progress.status = p.file.isEmpty()
                    ? TrafficLogsOperation::tr("Copying the traffic logs …", "@info progress")
                    //: %1 is a file name
                    : TrafficLogsOperation::tr("Copying %1", "@info progress").arg(p.file);
                context.progress().set(progress);
            });
            downloader.setCheckpointCallback(
                [&context, &position](const QString &file, qint64 offset, bool done, const QByteArray &sha) {
                    QJsonObject partialFiles = position.value(kPartial).toObject();
                    QJsonObject partialDigests = position.value(kPartialSha).toObject();
                    if (done) {
                        QJsonObject finishedFiles = position.value(kFiles).toObject();
                        finishedFiles.insert(file,
                            QJsonObject { { QStringLiteral("size"), offset },
                                { QStringLiteral("sha256"), QString::fromLatin1(sha) } });
                        position.insert(kFiles, finishedFiles);
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
            result = downloader.run(directory);
            summary = downloader.summary();
        }
        session.close();
    }

    // Revoke on every path: success, failure and cancellation.
    const Result revoked = revokeRecordedKeys(&position, context);
    context.progress().flush();

    const QLocale locale;
    if (summary.bytesTotal > 0 || summary.filesCopied + summary.filesSkipped > 0) {
        context.addFigure(tr("Traffic-log files copied / already there", "@label"),
            QStringLiteral("%1 / %2").arg(summary.filesCopied).arg(summary.filesSkipped));
        context.addFigure(tr("Traffic-log bytes transferred", "@label"),
            locale.formattedDataSize(summary.bytesTransferred));
        if (summary.seconds > 0.1) {
            context.addFigure(tr("Traffic-log throughput", "@label"),
                //: %1 is a data size
                tr("%1/s", "@label throughput")
                    .arg(locale.formattedDataSize(
                        qint64(double(summary.bytesTransferred) / summary.seconds))));
        }
        context.addFigure(tr("Traffic logs stored in", "@label"), destination);
    }
    if (!result)
        return result;
    if (!revoked)
        return revoked;
    context.addCheck(tr("Every traffic-log file verified (size and SHA-256)", "@info check"), true);
    context.addCheck(tr("One-time SSH key revoked on the source", "@info check"), true);
    if (isStaging()) {
        //: %1 is a directory on this computer
        context.log(tr("The traffic logs were copied to %1 on this computer. The target cannot receive files "
                       "from Cutover yet: copy them into its traffic-log directory.",
            "@info")
                        .arg(destination));
    }
    return Result::ok();
}

Result TrafficLogsOperation::rollback(OperationContext &context)
{
    attach(context);
    QJsonObject position = context.position();
    return revokeRecordedKeys(&position, context);
}

} // namespace cutover
