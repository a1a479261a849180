// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>

class QSocketNotifier;
class QTcpSocket;

namespace cutover {

/**
 * @brief The source side of a physical copy: runs `mariadb-backup --backup --stream=mbstream` and
 * relays its standard output to the HTTP client as a chunked body.
 *
 * Memory stays bounded: the backup's output comes through a pipe we read ourselves, and we stop
 * reading while the socket still holds more than a few megabytes, so a slow receiver slows the
 * backup down instead of filling our memory. A backup that fails ends the connection without the
 * terminating zero-length chunk, which is how the receiver tells a cut stream from a whole one.
 */
class BackupStreamer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program;
        QStringList arguments;
        QByteArray responseHead; ///< the 200 head (status line and headers), sent with the first bytes
        qint64 maxBytesPerSecond = 0; ///< 0: unlimited
    };

    /** @brief Takes over @p socket (already past the request); lives as the socket's child. */
    BackupStreamer(QTcpSocket *socket, Options options);
    ~BackupStreamer() override;

    void start();
    qint64 bytesSent() const { return m_bytes; }

Q_SIGNALS:
    /** @brief Once: @p complete when the whole backup went out with the terminating chunk. */
    void finished(bool complete, qint64 bytes, const QString &error);

private:
    void readPipe();
    void resume();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void maybeFinish();
    void fail(const QString &error);
    void done(bool complete, const QString &error);
    qint64 pendingOnSocket() const;
    void closePipe();

    QPointer<QTcpSocket> m_socket;
    Options m_options;
    QProcess m_process;
    int m_pipe = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    QElapsedTimer m_clock;
    qint64 m_bytes = 0;
    bool m_headSent = false;
    bool m_eof = false;
    bool m_processDone = false;
    bool m_processOk = false;
    bool m_throttled = false;
    bool m_finished = false;
};

} // namespace cutover
