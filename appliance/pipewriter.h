// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QSocketNotifier;

namespace cutover {

/**
 * @brief Feeds a child process's standard input through a large pipe we write ourselves.
 *
 * QProcess writes its 64 KB pipe one block per event-loop turn; on a busy machine the hand-over
 * between us and the child then dominates (a backup stream into mbstream ran at a fifth of the
 * speed mbstream reaches reading a file). One-megabyte pipe and one-megabyte writes fix that.
 */
class PipeWriter : public QObject
{
    Q_OBJECT
public:
    explicit PipeWriter(QObject *parent = nullptr);
    ~PipeWriter() override;

    /** @brief Creates the pipe; returns its read end for the child to dup2 onto 0 (close-on-exec), or -1. */
    int open(int pipeSize);
    /** @brief The parent's copy of the read end is not needed once the child runs. */
    void closeReadEnd();
    void write(const QByteArray &data);
    qint64 bytesToWrite() const { return m_pending; }
    /** @brief Closes the write end (the child sees end of file) once everything queued is written. */
    void closeWhenDrained();
    void close();

Q_SIGNALS:
    void bytesWritten();
    /** @brief The child stopped reading (EPIPE) or the pipe broke. */
    void failed();

private:
    void flush();

    int m_fd = -1;
    int m_readEnd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<QByteArray> m_queue;
    qint64 m_offset = 0; ///< into m_queue.first()
    qint64 m_pending = 0;
    bool m_closeWhenDrained = false;
};

} // namespace cutover
