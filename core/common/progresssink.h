// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress.h"

#include <QElapsedTimer>
#include <QMutex>
#include <functional>

namespace cutover {

/**
 * @brief Where an operation reports its progress; thread-safe and throttled.
 *
 * Operations call the setters as often as they like (per row, per chunk); the listener is
 * called at most once per interval (default 30 ms, as QtIFW polls), plus once by flush(), so a
 * fast copy never floods the event loop. The listener runs on the caller's thread: the runner
 * posts from there to the GUI thread with a queued call.
 */
class ProgressSink
{
public:
    using Listener = std::function<void(const Progress &)>;

    explicit ProgressSink(Listener listener = {}, int intervalMs = 30);
    ProgressSink(const ProgressSink &) = delete;
    ProgressSink &operator=(const ProgressSink &) = delete;

    void setUnits(qint64 done, qint64 total);
    void setBytes(qint64 done, qint64 total);
    void addBytes(qint64 delta);
    void setStatus(const QString &status);
    /** Sets the whole sample at once. */
    void set(const Progress &progress);

    Progress current() const;
    /** Emits the latest sample now, regardless of the throttle. */
    void flush();

private:
    void maybeEmit(bool force);

    mutable QMutex m_mutex;
    Listener m_listener;
    int m_intervalMs;
    Progress m_progress;
    QElapsedTimer m_sinceEmit;
    bool m_dirty = false;
};

} // namespace cutover
