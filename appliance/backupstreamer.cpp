// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupstreamer.h"

#include "apierror.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcBackup, "cutover.appliance.backup")

namespace cutover {

namespace {
constexpr qint64 kReadChunk = 1024 * 1024;
/** Above this many bytes waiting in the socket we stop reading the backup's pipe. */
constexpr qint64 kHighWater = 8 * 1024 * 1024;
constexpr qint64 kLowWater = 2 * 1024 * 1024;
constexpr int kPipeSize = 1024 * 1024;
constexpr int kStderrTail = 4096;
} // namespace

BackupStreamer::BackupStreamer(QTcpSocket *socket, Options options)
    : QObject(socket)
    , m_socket(socket)
    , m_options(std::move(options))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &BackupStreamer::resume);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &BackupStreamer::resume);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_finished)
            fail(QStringLiteral("the receiver closed the connection"));
    });
    connect(&m_process, &QProcess::finished, this, &BackupStreamer::onProcessFinished);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > kStderrTail)
            m_stderrTail = m_stderrTail.right(kStderrTail);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(QStringLiteral("cannot start %1: %2").arg(m_options.program, m_process.errorString()));
    });
}

BackupStreamer::~BackupStreamer()
{
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished(false, m_bytes, QStringLiteral("the connection was closed"));
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    closePipe();
}

void BackupStreamer::closePipe()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_pipe >= 0)
        ::close(m_pipe);
    m_pipe = -1;
}

void BackupStreamer::start()
{
    int fds[2];
    // Close-on-exec on both ends: only the backup's standard output (a dup2 copy) may reach a child,
    // or a later child would hold the write end open and we would never see the end of the stream.
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        fail(QStringLiteral("cannot create a pipe"));
        return;
    }
    ::fcntl(fds[0], F_SETPIPE_SZ, kPipeSize);
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    m_pipe = fds[0];
    const int writeEnd = fds[1];
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([writeEnd] {
        ::dup2(writeEnd, STDOUT_FILENO);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // no backup without us to send it
    });
    m_process.start(m_options.program, m_options.arguments);
    ::close(writeEnd);
    if (m_finished)
        return; // failed to start
    m_buffer.resize(kReadChunk + 32);
    m_clock.start();
    m_notifier = new QSocketNotifier(m_pipe, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &BackupStreamer::readPipe);
    qCInfo(lcBackup) << "backup stream started, pid" << m_process.processId();
}

qint64 BackupStreamer::pendingOnSocket() const
{
    if (!m_socket)
        return 0;
    qint64 pending = m_socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

void BackupStreamer::resume()
{
    if (m_finished || m_eof || m_throttled || !m_notifier || m_notifier->isEnabled())
        return;
    if (pendingOnSocket() > kLowWater)
        return;
    m_notifier->setEnabled(true);
    readPipe();
}

void BackupStreamer::readPipe()
{
    if (m_finished || m_eof || !m_socket)
        return;
    qint64 limit = kReadChunk;
    if (m_options.maxBytesPerSecond > 0) {
        // Never more than a tenth of a second's worth at once, so the rate stays smooth.
        limit = qBound<qint64>(4096, m_options.maxBytesPerSecond / 10, kReadChunk);
        const qint64 allowed = m_options.maxBytesPerSecond * m_clock.elapsed() / 1000 + limit;
        if (m_bytes >= allowed) {
            m_throttled = true;
            m_notifier->setEnabled(false);
            const qint64 waitMs = (m_bytes - allowed + limit) * 1000 / m_options.maxBytesPerSecond + 1;
            QTimer::singleShot(int(qMin<qint64>(waitMs, 1000)), this, [this] {
                m_throttled = false;
                resume();
            });
            return;
        }
    }
    while (pendingOnSocket() <= kHighWater) {
        // Room for the chunk-size line in front: read straight into the buffer after it.
        constexpr int kHeadRoom = 16;
        const ssize_t n = ::read(m_pipe, m_buffer.data() + kHeadRoom, size_t(limit));
        if (n > 0) {
            const QByteArray size = QByteArray::number(qint64(n), 16) + "\r\n";
            char *begin = m_buffer.data() + kHeadRoom - size.size();
            memcpy(begin, size.constData(), size_t(size.size()));
            memcpy(m_buffer.data() + kHeadRoom + n, "\r\n", 2);
            if (!m_headSent) {
                m_socket->write(m_options.responseHead);
                m_headSent = true;
            }
            m_socket->write(begin, qint64(size.size()) + n + 2);
            // Encrypt and hand to the kernel now, as much as it takes: left to the event loop, Qt
            // writes one 32 KB block per socket notification, which on a busy machine costs more
            // than the encryption.
            m_socket->flush();
            m_bytes += n;
            if (m_options.maxBytesPerSecond > 0)
                return; // one slice per wake-up; the notifier fires again while data waits
            continue;
        }
        if (n == 0) {
            m_eof = true;
            closePipe();
            maybeFinish();
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        fail(QStringLiteral("cannot read the backup's output"));
        return;
    }
    // The socket is full: wait for it to drain (bytesWritten / encryptedBytesWritten).
    m_notifier->setEnabled(false);
}

void BackupStreamer::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_processDone = true;
    m_processOk = status == QProcess::NormalExit && exitCode == 0;
    m_stderrTail += m_process.readAllStandardError();
    if (!m_processOk) {
        qCWarning(lcBackup).noquote() << "mariadb-backup failed, exit" << exitCode << "status" << status
                                      << ":" << QString::fromLocal8Bit(m_stderrTail.right(1000));
    }
    maybeFinish();
}

void BackupStreamer::maybeFinish()
{
    if (m_finished)
        return;
    if (m_processDone && !m_processOk) {
        fail(QStringLiteral("mariadb-backup failed"));
        return;
    }
    if (!m_processDone || !m_eof)
        return;
    if (!m_socket) {
        done(false, QStringLiteral("the receiver closed the connection"));
        return;
    }
    if (!m_headSent)
        m_socket->write(m_options.responseHead);
    m_socket->write("0\r\n\r\n");
    m_socket->disconnectFromHost(); // after everything written has left
    done(true, {});
}

void BackupStreamer::fail(const QString &error)
{
    if (m_finished)
        return;
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    closePipe();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (!m_headSent) {
            // Nothing sent yet: a proper error answer instead of a cut stream.
            HttpResponse r = ApiError::response(ApiError::Code::BackupFailed);
            m_socket->write(r.serialize(false, qobject_cast<QSslSocket *>(m_socket.data()) != nullptr));
            m_socket->disconnectFromHost();
        } else {
            // No terminating chunk: the receiver must see a cut stream.
            m_socket->abort();
        }
    }
    done(false, error);
}

void BackupStreamer::done(bool complete, const QString &error)
{
    m_finished = true;
    if (complete)
        qCInfo(lcBackup) << "backup stream complete," << m_bytes << "bytes in" << m_clock.elapsed() << "ms";
    else
        qCWarning(lcBackup).noquote() << "backup stream failed after" << m_bytes << "bytes:" << error;
    Q_EMIT finished(complete, m_bytes, error);
}

} // namespace cutover
