// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <vector>

namespace cutover::test {

/**
 * @brief Measures how long the GUI thread's event loop was unable to run: a 10 ms precise
 * timer records every gap between its ticks (a gap of 10 ms is no stall at all).
 *
 * For the longest gap it also records how much CPU time the GUI thread itself used inside it.
 * A long gap with little CPU means the thread was waiting (for a lock, a disk, or for the
 * scheduler on a busy machine); a long gap full of CPU means our own code was working.
 * Header-only: shared by tst_wizard_migration and `./run bench gui`.
 */
class StallMonitor : public QObject
{
public:
    static constexpr int kIntervalMs = 10;

    StallMonitor()
    {
        m_timer.setInterval(kIntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gapNs = m_clock.nsecsElapsed() - m_lastNs;
            const qint64 cpuNs = threadCpuNs() - m_lastCpuNs;
            m_lastNs += gapNs;
            m_lastCpuNs += cpuNs;
            // What exceeds the interval is the stall.
            const double stallMs = std::max(0.0, double(gapNs) / 1e6 - kIntervalMs);
            m_stalls.push_back(stallMs);
            if (stallMs > m_longest) {
                m_longest = stallMs;
                m_longestCpuMs = double(cpuNs) / 1e6;
            }
        });
    }

    void start()
    {
        m_stalls.clear();
        m_longest = 0;
        m_longestCpuMs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    /** The longest stall in milliseconds (the gap between ticks minus the interval). */
    double longestMs() const { return m_longest; }
    /** CPU time the GUI thread used during the longest stall. */
    double longestCpuMs() const { return m_longestCpuMs; }
    /** The stall that 99 % of the ticks stayed under. */
    double percentileMs(double p) const
    {
        if (m_stalls.empty())
            return 0;
        std::vector<double> sorted = m_stalls;
        std::sort(sorted.begin(), sorted.end());
        const auto at = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
        return sorted[at];
    }
    int ticks() const { return int(m_stalls.size()); }

private:
    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    std::vector<double> m_stalls;
    double m_longest = 0;
    double m_longestCpuMs = 0;
};

} // namespace cutover::test
