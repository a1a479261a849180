// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftpuploader.h"

#include "sftplogging.h"
#include "sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace cutover {

namespace {

// SFTP version 3 (draft-ietf-secsh-filexfer-02), the version OpenSSH speaks.
constexpr quint8 kInit = 1;
constexpr quint8 kVersion = 2;
constexpr quint8 kOpen = 3;
constexpr quint8 kClose = 4;
constexpr quint8 kWrite = 6;
constexpr quint8 kFstat = 8;
constexpr quint8 kFsetstat = 10;
constexpr quint8 kStatus = 101;
constexpr quint8 kHandle = 102;
constexpr quint8 kAttrs = 105;
constexpr quint32 kFlagWrite = 0x02;
constexpr quint32 kFlagCreate = 0x08;
constexpr quint32 kAttrSize = 0x01;
constexpr quint32 kAttrPermissions = 0x04;
constexpr quint32 kStatusOk = 0;
constexpr int kMaxPacket = 256 * 1024 + 1024; // OpenSSH sftp-server's limit plus headers

void putU32(QByteArray *b, quint32 v)
{
    char raw[4];
    qToBigEndian(v, raw);
    b->append(raw, 4);
}

void putU64(QByteArray *b, quint64 v)
{
    char raw[8];
    qToBigEndian(v, raw);
    b->append(raw, 8);
}

void putString(QByteArray *b, const QByteArray &s)
{
    putU32(b, quint32(s.size()));
    b->append(s);
}

/** Reads the fields of an answer in order; any overrun marks it bad. */
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    { }
    quint32 u32()
    {
        if (m_pos + 4 > m_data.size()) {
            m_ok = false;
            return 0;
        }
        const quint32 v = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return v;
    }
    quint64 u64()
    {
        const quint64 high = u32();
        return (high << 32) | u32();
    }
    QByteArray string()
    {
        const quint32 n = u32();
        if (!m_ok || m_pos + qsizetype(n) > m_data.size()) {
            m_ok = false;
            return {};
        }
        const QByteArray s = m_data.mid(m_pos, n);
        m_pos += n;
        return s;
    }
    bool ok() const { return m_ok; }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

SftpUploader::SftpUploader(SftpSession &session, const QString &localDirectory)
    : m_session(session)
    , m_local(localDirectory)
{ }

SftpUploader::~SftpUploader()
{
    closeChannel();
}

void SftpUploader::report(const QString &file)
{
    m_sample.file = file;
    if (m_progress)
        m_progress(m_sample);
}

Result SftpUploader::channelError(const QString &path) const
{
    const QString details
        = QStringLiteral("%1:%2 %3: %4")
              .arg(m_session.endpoint().host)
              .arg(m_session.endpoint().port)
              .arg(path, m_session.ssh() ? QString::fromUtf8(ssh_get_error(m_session.ssh())) : QString());
    if (m_session.timedOut()) {
        return Result::error(QStringLiteral("sftp.timeout"),
            //: %1 is an address, %n seconds
            tr("The appliance %1 stopped answering over SFTP for %n second(s) while Cutover was writing the "
               "traffic logs to it, so Cutover gave up. Check that it is running and reachable, then run the "
               "step again: it continues where it stopped.",
                "@info", std::max(1, m_session.timeoutMs() / 1000))
                .arg(m_session.endpoint().host),
            details);
    }
    return Result::error(QStringLiteral("sftp.connection_lost"),
        //: %1 is a file name, %2 an address
        tr("The SFTP connection to %2 failed while Cutover was writing %1 to it (the appliance stopped "
           "answering or closed the connection). Run the step again: it continues where it stopped.",
            "@info")
            .arg(path, m_session.endpoint().host),
        details);
}

Result SftpUploader::openChannel()
{
    closeChannel();
    m_in.clear();
    m_session.keepAlive();
    m_channel = ssh_channel_new(m_session.ssh());
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK
        || ssh_channel_request_subsystem(m_channel, "sftp") != SSH_OK)
        return channelError(QStringLiteral("/"));
    QByteArray init;
    putU32(&init, 5);
    init.append(char(kInit));
    putU32(&init, 3);
    if (ssh_channel_write(m_channel, init.constData(), uint32_t(init.size())) != init.size())
        return channelError(QStringLiteral("/"));
    Packet answer;
    if (auto r = receive(&answer); !r)
        return r;
    if (answer.type != kVersion || answer.id != 3) {
        return Result::error(QStringLiteral("sftp.subsystem"),
            //: %1 is an address
            tr("The SSH service of %1 accepted Cutover's key but did not start SFTP for it.", "@info")
                .arg(m_session.endpoint().host),
            QStringLiteral("unexpected answer %1 (version %2) to SFTP INIT").arg(answer.type).arg(answer.id));
    }
    m_session.idle();
    return Result::ok();
}

void SftpUploader::closeChannel()
{
    if (!m_channel)
        return;
    if (ssh_channel_is_open(m_channel)) {
        ssh_channel_send_eof(m_channel);
        ssh_channel_close(m_channel);
    }
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

Result SftpUploader::send(quint8 type, const QByteArray &body, quint32 *id)
{
    *id = m_nextId++;
    QByteArray packet;
    packet.reserve(body.size() + 9);
    putU32(&packet, quint32(body.size() + 5));
    packet.append(char(type));
    putU32(&packet, *id);
    packet.append(body);
    m_session.keepAlive();
    if (ssh_channel_write(m_channel, packet.constData(), uint32_t(packet.size())) != packet.size())
        return channelError(QString());
    return Result::ok();
}

Result SftpUploader::receive(Packet *packet)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        if (m_in.size() >= 5) {
            const quint32 length = qFromBigEndian<quint32>(m_in.constData());
            if (length < 1 || length > quint32(kMaxPacket))
                return channelError(QStringLiteral("(malformed SFTP answer)"));
            if (m_in.size() >= qsizetype(length) + 4) {
                packet->type = quint8(m_in.at(4));
                const bool hasId = length >= 5;
                packet->id = hasId ? qFromBigEndian<quint32>(m_in.constData() + 5) : 0;
                packet->payload = m_in.mid(hasId ? 9 : 5, qsizetype(length) - (hasId ? 5 : 1));
                m_in.remove(0, qsizetype(length) + 4);
                return Result::ok();
            }
        }
        m_session.keepAlive();
        const int n = ssh_channel_read_timeout(
            m_channel, buffer.data(), uint32_t(buffer.size()), 0, m_session.timeoutMs());
        if (n < 0 || (n == 0 && (ssh_channel_is_eof(m_channel) || !ssh_channel_is_open(m_channel))))
            return channelError(QString());
        if (n == 0) {
            // libssh's own timeout: the server said nothing for a whole timeout.
            if (m_session.ssh())
                ::shutdown(ssh_get_fd(m_session.ssh()), SHUT_RDWR);
            return channelError(QString());
        }
        m_in.append(buffer.constData(), n);
    }
}

Result SftpUploader::call(quint8 type, const QByteArray &body, Packet *answer)
{
    quint32 id = 0;
    if (auto r = send(type, body, &id); !r)
        return r;
    if (auto r = receive(answer); !r)
        return r;
    m_session.idle();
    if (answer->id != id)
        return channelError(QStringLiteral("(answer out of order)"));
    return Result::ok();
}

Result SftpUploader::statusResult(const Packet &answer, const QString &path) const
{
    if (answer.type != kStatus)
        return channelError(path);
    Reader reader(answer.payload);
    const quint32 code = reader.u32();
    const QString message = QString::fromUtf8(reader.string());
    if (code == kStatusOk)
        return Result::ok();
    const QString details = QStringLiteral("%1:%2 %3: SFTP status %4: %5")
                                .arg(m_session.endpoint().host)
                                .arg(m_session.endpoint().port)
                                .arg(path)
                                .arg(code)
                                .arg(message);
    if (code == SSH_FX_PERMISSION_DENIED) {
        return Result::error(QStringLiteral("sftp.permission"),
            //: %1 is a file name, %2 an address
            tr("The appliance %2 does not allow Cutover to write %1 into its traffic-log import directory. "
               "Check that directory's permissions on the appliance, then run the step again.",
                "@info")
                .arg(path, m_session.endpoint().host),
            details);
    }
    return Result::error(QStringLiteral("sftp.remote_write"),
        //: %1 is a file name, %2 an address
        tr("The appliance %2 could not store %1 in its traffic-log directory (its disk may be full). Free "
           "some space on the appliance, then run the step again: files already there are kept.",
            "@info")
            .arg(path, m_session.endpoint().host),
        details);
}

bool SftpUploader::alreadyUploaded(const QString &remotePath, const File &file)
{
    // Only a file this migration uploaded and had verified counts; a file of the same name that
    // was there before is replaced.
    const auto it = m_uploaded.constFind(file.name);
    if (it == m_uploaded.constEnd() || it->size != file.size || it->sha256 != file.sha256)
        return false;
    m_session.keepAlive();
    sftp_attributes a = sftp_stat(m_session.sftp(), remotePath.toUtf8().constData());
    m_session.idle();
    if (!a)
        return false;
    const bool same = a->type == SSH_FILEXFER_TYPE_REGULAR && qint64(a->size) == file.size;
    sftp_attributes_free(a);
    return same;
}

Result SftpUploader::run(const QList<File> &files, const QString &remoteDirectory)
{
    QElapsedTimer timer;
    timer.start();
    m_summary = {};
    m_sample = {};
    const auto finish = qScopeGuard([this, &timer] {
        closeChannel();
        m_session.idle();
        m_summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    });
    for (const auto &f : files)
        m_sample.bytesTotal += f.size;
    m_sample.filesTotal = int(files.size());
    m_summary.bytesTotal = m_sample.bytesTotal;
    report({});

    for (const auto &f : files) {
        if (cancelled())
            return Result::cancelled();
        const QString remotePath = remoteDirectory.endsWith(QLatin1Char('/'))
            ? remoteDirectory + f.name
            : remoteDirectory + QLatin1Char('/') + f.name;
        if (alreadyUploaded(remotePath, f)) {
            ++m_summary.filesSkipped;
            m_sample.bytesDone += f.size;
            ++m_sample.filesDone;
            report({});
            continue;
        }
        if (!m_channel) {
            if (auto r = openChannel(); !r)
                return r;
        }
        if (auto r = uploadFile(remoteDirectory, f); !r)
            return r;
        ++m_summary.filesCopied;
        ++m_sample.filesDone;
        report({});
    }
    qCInfo(lcCutoverSftp) << "uploaded" << m_summary.filesCopied << "files," << m_summary.filesSkipped
                          << "already there," << m_summary.bytesTransferred << "bytes in"
                          << double(timer.nsecsElapsed()) / 1e9 << "s";
    return Result::ok();
}

Result SftpUploader::uploadFile(const QString &remoteDirectory, const File &file)
{
    const QString base
        = remoteDirectory.endsWith(QLatin1Char('/')) ? remoteDirectory : remoteDirectory + QLatin1Char('/');
    const QString finalPath = base + file.name;
    const QString partPath = finalPath + QLatin1String(".part");
    const QString localPath = m_local + QLatin1Char('/') + file.name;

    Fd in { ::open(QFile::encodeName(localPath).constData(), O_RDONLY | O_CLOEXEC) };
    struct stat st
    {
    };
    if (in.fd < 0 || ::fstat(in.fd, &st) != 0 || st.st_size != file.size) {
        return Result::error(QStringLiteral("sftp.local_read"),
            //: %1 is a file path
            tr("Cutover could not read its copy %1 of a traffic log (it is missing or changed). Run the step "
               "again to fetch it from the source afresh.",
                "@info")
                .arg(localPath),
            QStringLiteral("%1: %2, expected %3 bytes")
                .arg(localPath, in.fd < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString())
                .arg(file.size));
    }

    // OPEN NAME.part for writing, creating it but keeping what an earlier run wrote.
    QByteArray body;
    putString(&body, partPath.toUtf8());
    putU32(&body, kFlagWrite | kFlagCreate);
    putU32(&body, kAttrPermissions);
    putU32(&body, 0640);
    Packet answer;
    if (auto r = call(kOpen, body, &answer); !r)
        return r;
    if (answer.type != kHandle)
        return statusResult(answer, file.name);
    const QByteArray handle = Reader(answer.payload).string();
    auto closeHandle = qScopeGuard([&] {
        // Best effort on the error paths; the success path closes and checks below.
        if (m_channel && !handle.isEmpty()) {
            QByteArray b;
            putString(&b, handle);
            quint32 id = 0;
            send(kClose, b, &id);
        }
    });

    body.clear();
    putString(&body, handle);
    if (auto r = call(kFstat, body, &answer); !r)
        return r;
    if (answer.type != kAttrs)
        return statusResult(answer, file.name);
    qint64 remoteSize = 0;
    {
        Reader reader(answer.payload);
        if (reader.u32() & kAttrSize)
            remoteSize = qint64(reader.u64());
    }
    qint64 offset = std::min(remoteSize, m_partial.value(file.name, 0));
    offset = std::clamp<qint64>(offset, 0, file.size);
    if (remoteSize != offset) {
        // Bytes past the checkpoint were never acknowledged as a whole: cut them off.
        body.clear();
        putString(&body, handle);
        putU32(&body, kAttrSize);
        putU64(&body, quint64(offset));
        if (auto r = call(kFsetstat, body, &answer); !r)
            return r;
        if (auto r = statusResult(answer, file.name); !r)
            return r;
    }

    Sha256 hash;
    QByteArray buffer(std::max(m_chunkSize, 1024 * 1024), Qt::Uninitialized);
    for (qint64 at = 0; at < offset;) {
        const ssize_t n
            = ::pread(in.fd, buffer.data(), size_t(std::min<qint64>(buffer.size(), offset - at)), at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Result::error(QStringLiteral("sftp.local_read"),
                //: %1 is a file path
                tr("Cutover could not read its copy %1 of a traffic log (it is missing or changed). Run the "
                   "step again to fetch it from the source afresh.",
                    "@info")
                    .arg(localPath),
                QStringLiteral("%1: short read at %2").arg(localPath).arg(at));
        hash.addData(buffer.constData(), n);
        at += n;
    }
    if (offset > 0) {
        ++m_summary.filesResumed;
        qCInfo(lcCutoverSftp) << "resuming upload of" << file.name << "at" << offset << "of" << file.size;
    }
    m_sample.bytesDone += offset;
    report(file.name);

    struct Request
    {
        quint32 id;
        qint64 offset;
        qint64 length;
    };
    std::deque<Request> pending;
    qint64 next = offset;
    qint64 acknowledged = offset;
    qint64 sinceCheckpoint = 0;
    QByteArray header;
    // Answers still outstanding when we stop early are read and dropped.
    auto drain = [&]() {
        while (!pending.empty()) {
            Packet p;
            if (!receive(&p))
                break;
            pending.pop_front();
        }
    };

    for (;;) {
        while (int(pending.size()) < m_inFlight && next < file.size) {
            const qint64 length = std::min<qint64>(m_chunkSize, file.size - next);
            ssize_t n = -1;
            do
                n = ::pread(in.fd, buffer.data(), size_t(length), next);
            while (n < 0 && errno == EINTR);
            if (n != length) {
                drain();
                return Result::error(QStringLiteral("sftp.local_read"),
                    //: %1 is a file path
                    tr("Cutover could not read its copy %1 of a traffic log (it is missing or changed). Run "
                       "the step again to fetch it from the source afresh.",
                        "@info")
                        .arg(localPath),
                    QStringLiteral("%1: short read at %2").arg(localPath).arg(next));
            }
            hash.addData(buffer.constData(), n);
            // Header and data go out as two channel writes so the chunk is not copied again.
            const quint32 id = m_nextId++;
            header.clear();
            putU32(&header, quint32(1 + 4 + 4 + handle.size() + 8 + 4 + length));
            header.append(char(kWrite));
            putU32(&header, id);
            putString(&header, handle);
            putU64(&header, quint64(next));
            putU32(&header, quint32(length));
            m_session.keepAlive();
            if (ssh_channel_write(m_channel, header.constData(), uint32_t(header.size())) != header.size()
                || ssh_channel_write(m_channel, buffer.constData(), uint32_t(length)) != length)
                return channelError(file.name);
            pending.push_back({ id, next, length });
            next += length;
        }
        if (pending.empty())
            break;
        Packet p;
        if (auto r = receive(&p); !r)
            return r;
        const auto it
            = std::find_if(pending.begin(), pending.end(), [&](const Request &q) { return q.id == p.id; });
        if (it == pending.end())
            return channelError(QStringLiteral("(unexpected SFTP answer)"));
        if (auto r = statusResult(p, file.name); !r) {
            pending.erase(it);
            drain();
            return r;
        }
        pending.erase(it);
        // Everything below the oldest outstanding request has been acknowledged.
        const qint64 contiguous = pending.empty() ? next : pending.front().offset;
        const qint64 delta = contiguous - acknowledged;
        acknowledged = contiguous;
        m_summary.bytesTransferred += delta;
        m_sample.bytesDone += delta;
        sinceCheckpoint += delta;
        report(file.name);
        if (sinceCheckpoint >= m_checkpointInterval) {
            sinceCheckpoint = 0;
            if (m_checkpoint)
                m_checkpoint(file.name, acknowledged, false, hash.hexSoFar());
        }
        if (cancelled()) {
            drain();
            if (m_checkpoint)
                m_checkpoint(file.name, acknowledged, false, QByteArray());
            qCInfo(lcCutoverSftp) << "upload cancelled in" << file.name << "at" << acknowledged;
            return Result::cancelled();
        }
    }

    body.clear();
    putString(&body, handle);
    if (auto r = call(kClose, body, &answer); !r)
        return r;
    closeHandle.dismiss();
    if (auto r = statusResult(answer, file.name); !r)
        return r;

    const QByteArray sent = hash.hexResult();
    if (!file.sha256.isEmpty() && sent != file.sha256) {
        return Result::error(QStringLiteral("sftp.verification"),
            //: %1 is a file name
            tr("Cutover's copy of %1 no longer matches what the source sent. Run the step again to fetch it "
               "afresh; if this repeats, check this computer's disk.",
                "@info")
                .arg(file.name),
            QStringLiteral("%1: sent sha256 %2, downloaded %3")
                .arg(file.name, QString::fromLatin1(sent), QString::fromLatin1(file.sha256)));
    }

    // NAME.part -> NAME; OpenSSH's rename refuses to replace, so an older NAME goes first.
    m_session.keepAlive();
    const QByteArray finalUtf8 = finalPath.toUtf8();
    sftp_unlink(m_session.sftp(), finalUtf8.constData());
    if (sftp_rename(m_session.sftp(), partPath.toUtf8().constData(), finalUtf8.constData()) < 0) {
        m_session.idle();
        return m_session.sftpError(finalPath);
    }
    struct timeval times[2] = { { st.st_atim.tv_sec, 0 }, { st.st_mtim.tv_sec, 0 } };
    sftp_utimes(m_session.sftp(), finalUtf8.constData(), times);
    m_session.idle();

    if (m_verifier) {
        qint64 size = -1;
        QByteArray sha;
        if (auto r = m_verifier(file.name, &size, &sha); !r)
            return r;
        if (size != file.size || sha != sent) {
            m_session.keepAlive();
            sftp_unlink(m_session.sftp(), finalUtf8.constData());
            m_session.idle();
            return Result::error(QStringLiteral("sftp.verification"),
                //: %1 is a file name, %2 an address
                tr("The copy of %1 on %2 does not match the source's file. It was removed; run the step "
                   "again "
                   "to copy it afresh. If this repeats, check the target's disk.",
                    "@info")
                    .arg(file.name, m_session.endpoint().host),
                QStringLiteral("%1: sent %2 bytes sha256 %3, target has %4 bytes sha256 %5")
                    .arg(file.name)
                    .arg(file.size)
                    .arg(QString::fromLatin1(sent))
                    .arg(size)
                    .arg(QString::fromLatin1(sha)));
        }
    }
    m_uploaded.insert(file.name, { file.size, sent });
    m_partial.remove(file.name);
    if (m_checkpoint)
        m_checkpoint(file.name, file.size, true, sent);
    qCDebug(lcCutoverSftp) << "uploaded" << file.name << file.size << "bytes sha256" << sent;
    return Result::ok();
}

} // namespace cutover
