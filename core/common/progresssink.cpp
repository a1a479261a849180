// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssink.h"

#include <QMutexLocker>

namespace cutover {

ProgressSink::ProgressSink(Listener listener, int intervalMs)
    : m_listener(std::move(listener))
    , m_intervalMs(intervalMs)
{ }

void ProgressSink::setUnits(qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.unitsDone = done;
        m_progress.unitsTotal = total;
        m_dirty = true;
    }
    maybeEmit(false);
}

void ProgressSink::setBytes(qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.bytesDone = done;
        m_progress.bytesTotal = total;
        m_dirty = true;
    }
    maybeEmit(false);
}

void ProgressSink::addBytes(qint64 delta)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.bytesDone += delta;
        m_dirty = true;
    }
    maybeEmit(false);
}

void ProgressSink::setStatus(const QString &status)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.status = status;
        m_dirty = true;
    }
    // A new status is worth showing at once, it changes rarely.
    maybeEmit(true);
}

void ProgressSink::set(const Progress &progress)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress = progress;
        m_dirty = true;
    }
    maybeEmit(false);
}

Progress ProgressSink::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress;
}

void ProgressSink::flush()
{
    maybeEmit(true);
}

void ProgressSink::maybeEmit(bool force)
{
    Progress sample;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_listener || !m_dirty)
            return;
        if (!force && m_sinceEmit.isValid() && m_sinceEmit.elapsed() < m_intervalMs)
            return;
        m_sinceEmit.start();
        m_dirty = false;
        sample = m_progress;
    }
    // Outside the lock: the listener may call back into current().
    m_listener(sample);
}

} // namespace cutover
