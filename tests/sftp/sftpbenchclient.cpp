// SPDX-License-Identifier: GPL-3.0-or-later
// The Cutover side of bench/sftp/bench-sftp.sh: copies a sandbox's traffic logs with
// SftpDownloader and prints one JSON line with bytes and seconds. With --authorise-key FILE or
// --revoke-key FILE it only (de)authorises an OpenSSH public key file, for the sftp(1) side (with
// --write as an import key). With --upload-from DIR it uploads DIR's files into the appliance's
// traffic-log import directory with SftpUploader instead.
#include "api/applianceclient.h"
#include "sftp/sftpdownloader.h"
#include "sftp/sftpsession.h"
#include "sftp/sftpuploader.h"
#include "sftp/sshkeypair.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace cutover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption address(
        QStringLiteral("address"), QStringLiteral("Appliance address."), QStringLiteral("ADDR"));
    const QCommandLineOption tls(
        QStringLiteral("tls-sha256"), QStringLiteral("Pinned TLS fingerprint."), QStringLiteral("FP"));
    const QCommandLineOption target(
        QStringLiteral("target"), QStringLiteral("Destination directory."), QStringLiteral("DIR"));
    const QCommandLineOption inFlight(QStringLiteral("in-flight"), QStringLiteral("Requests in flight."),
        QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption chunk(QStringLiteral("chunk"), QStringLiteral("Bytes per request."),
        QStringLiteral("BYTES"), QStringLiteral("32768"));
    const QCommandLineOption authorise(QStringLiteral("authorise-key"),
        QStringLiteral("Only authorise this .pub file."), QStringLiteral("FILE"));
    const QCommandLineOption revoke(
        QStringLiteral("revoke-key"), QStringLiteral("Only revoke this .pub file."), QStringLiteral("FILE"));
    const QCommandLineOption write(
        QStringLiteral("write"), QStringLiteral("Authorise as an import (write) key."));
    const QCommandLineOption uploadFrom(QStringLiteral("upload-from"),
        QStringLiteral("Upload this directory's files to the import directory."), QStringLiteral("DIR"));
    parser.addOptions({ address, tls, target, inFlight, chunk, authorise, revoke, write, uploadFrom });
    parser.process(app);

    // The admin password comes on standard input, never in argv.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    QByteArray password = in.readLine().trimmed();

    ApplianceClient client(parser.value(address));
    client.setPinnedFingerprint(parser.value(tls));
    if (auto r = client.login(QStringLiteral("admin"), password); !r) {
        std::fprintf(stderr, "login: %s\n", qPrintable(r.error().technicalSummary()));
        return 1;
    }
    auto readKey = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
    };
    if (parser.isSet(authorise) && parser.isSet(write))
        return client.authoriseSshImportKey(readKey(parser.value(authorise))) ? 0 : 1;
    if (parser.isSet(authorise))
        return client.authoriseSshKey(readKey(parser.value(authorise))) ? 0 : 1;
    if (parser.isSet(revoke))
        return client.revokeSshKey(readKey(parser.value(revoke))) ? 0 : 1;

    const auto system = client.system();
    if (!system)
        return 1;
    SshKeyPair key;
    if (!SshKeyPair::generate(&key))
        return 1;
    const bool upload = parser.isSet(uploadFrom);
    const auto grant = upload ? client.authoriseSshImportKey(key.publicKeyLine())
                              : client.authoriseSshKey(key.publicKeyLine());
    if (!grant)
        return 1;
    SftpSession session;
    SftpSession::Endpoint endpoint { parser.value(address), quint16(grant.value().port), grant.value().user,
        system.value().sshHostKeySha256 };
    QElapsedTimer timer;
    timer.start();
    Result result = session.open(endpoint, key);
    SftpSummary summary;
    if (result && upload) {
        QList<SftpUploader::File> files;
        const QDir dir(parser.value(uploadFrom));
        for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name))
            files.append({ f.fileName(), f.size(), {} });
        SftpUploader uploader(session, dir.path());
        uploader.setRequestsInFlight(parser.value(inFlight).toInt());
        if (parser.isSet(chunk))
            uploader.setChunkSize(parser.value(chunk).toInt());
        result = uploader.run(files, grant.value().directory);
        summary = uploader.summary();
    } else if (result) {
        SftpDownloader downloader(session, parser.value(target));
        downloader.setRequestsInFlight(parser.value(inFlight).toInt());
        downloader.setChunkSize(parser.value(chunk).toInt());
        result = downloader.run(grant.value().directory);
        summary = downloader.summary();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    session.close();
    client.revokeSshKey(key.publicKeyLine());
    if (!result) {
        std::fprintf(stderr, "%s: %s %s\n", qPrintable(result.code()), qPrintable(result.message()),
            qPrintable(result.details()));
        return 1;
    }
    const QJsonObject out { { QStringLiteral("bytes"), summary.bytesTransferred },
        { QStringLiteral("files"), summary.filesCopied }, { QStringLiteral("seconds"), seconds } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
