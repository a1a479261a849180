// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipewriter.h"

#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace cutover {

PipeWriter::PipeWriter(QObject *parent)
    : QObject(parent)
{ }

PipeWriter::~PipeWriter()
{
    close();
    closeReadEnd();
}

int PipeWriter::open(int pipeSize)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return -1;
    ::fcntl(fds[1], F_SETPIPE_SZ, pipeSize);
    ::fcntl(fds[1], F_SETFL, ::fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    m_readEnd = fds[0];
    m_fd = fds[1];
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &PipeWriter::flush);
    return m_readEnd;
}

void PipeWriter::closeReadEnd()
{
    if (m_readEnd >= 0)
        ::close(m_readEnd);
    m_readEnd = -1;
}

void PipeWriter::write(const QByteArray &data)
{
    if (m_fd < 0 || data.isEmpty())
        return;
    m_queue.append(data);
    m_pending += data.size();
    flush();
}

void PipeWriter::closeWhenDrained()
{
    m_closeWhenDrained = true;
    if (m_pending == 0)
        close();
}

void PipeWriter::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_queue.clear();
    m_pending = 0;
}

void PipeWriter::flush()
{
    bool wrote = false;
    while (m_fd >= 0 && !m_queue.isEmpty()) {
        const QByteArray &front = m_queue.first();
        const ssize_t n = ::write(m_fd, front.constData() + m_offset, size_t(front.size() - m_offset));
        if (n > 0) {
            wrote = true;
            m_offset += n;
            m_pending -= n;
            if (m_offset == front.size()) {
                m_queue.removeFirst();
                m_offset = 0;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_notifier->setEnabled(true);
            break;
        }
        close();
        Q_EMIT failed();
        return;
    }
    if (m_fd >= 0 && m_queue.isEmpty()) {
        m_notifier->setEnabled(false);
        if (m_closeWhenDrained)
            close();
    }
    if (wrote)
        Q_EMIT bytesWritten();
}

} // namespace cutover
