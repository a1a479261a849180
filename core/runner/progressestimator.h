// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"

namespace cutover {

/**
 * @brief Turns raw progress samples into a throughput and an ETA that do not jump around,
 * and that say "stalled" instead of growing forever when nothing moves.
 *
 * The rate is an exponentially weighted moving average over windows of at least
 * minWindowMs; the ETA counts down between samples and blends in each new estimate, so a
 * burst or a pause moves it gently. When the done counters have not moved for stallAfterMs,
 * isStalled() is true and etaSeconds() is -1. Times are passed in (milliseconds on any
 * monotonic clock) so tests need no sleeps.
 */
class ProgressEstimator
{
public:
    explicit ProgressEstimator(qint64 stallAfterMs = 15000, double alpha = 0.3, qint64 minWindowMs = 250);

    void reset();
    /** A new sample at @p nowMs. */
    void update(qint64 nowMs, const Progress &progress);
    /** No new sample: only lets time pass (the ETA counts down, a stall is detected). */
    void tick(qint64 nowMs);

    double fraction() const { return m_fraction; }
    /** Smoothed bytes per second (0 when bytes are unknown). */
    double bytesPerSecond() const { return m_bytesRate; }
    /** Smoothed units per second. */
    double unitsPerSecond() const { return m_unitsRate; }
    /** Seconds left; -1 when unknown or stalled. */
    qint64 etaSeconds() const;
    bool isStalled() const { return m_stalled; }
    qint64 stallAfterMs() const { return m_stallAfterMs; }

private:
    void updateEta(qint64 nowMs);

    qint64 m_stallAfterMs;
    double m_alpha;
    qint64 m_minWindowMs;

    bool m_started = false;
    Progress m_last;
    double m_fraction = 0.0;
    qint64 m_lastMoveMs = 0;
    qint64 m_windowStartMs = 0;
    qint64 m_windowBytes = 0;
    qint64 m_windowUnits = 0;
    double m_windowFraction = 0.0;
    double m_bytesRate = 0.0;
    double m_unitsRate = 0.0;
    double m_fractionRate = 0.0; ///< fraction per second, smoothed; drives the ETA
    bool m_haveRate = false;
    double m_eta = -1.0;
    qint64 m_etaAtMs = 0;
    bool m_stalled = false;
};

} // namespace cutover
