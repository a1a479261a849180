// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressestimator.h"

#include <algorithm>
#include <cmath>

namespace cutover {

ProgressEstimator::ProgressEstimator(qint64 stallAfterMs, double alpha, qint64 minWindowMs)
    : m_stallAfterMs(stallAfterMs)
    , m_alpha(alpha)
    , m_minWindowMs(minWindowMs)
{ }

void ProgressEstimator::reset()
{
    *this = ProgressEstimator(m_stallAfterMs, m_alpha, m_minWindowMs);
}

void ProgressEstimator::update(qint64 nowMs, const Progress &progress)
{
    // Progress never goes backwards: a counter that drops (a retried chunk) holds the bar.
    const double fraction = std::max(m_fraction, progress.fraction());
    if (!m_started) {
        m_started = true;
        m_last = progress;
        m_fraction = fraction;
        m_lastMoveMs = m_windowStartMs = m_etaAtMs = nowMs;
        m_windowBytes = progress.bytesDone;
        m_windowUnits = progress.unitsDone;
        m_windowFraction = fraction;
        return;
    }
    const bool moved = progress.bytesDone > m_last.bytesDone || progress.unitsDone > m_last.unitsDone
        || fraction > m_fraction;
    m_last = progress;
    m_fraction = fraction;
    if (moved) {
        if (m_stalled) {
            // Restart measuring after a stall: the pause is not part of the new rate.
            m_stalled = false;
            m_windowStartMs = nowMs;
            m_windowBytes = progress.bytesDone;
            m_windowUnits = progress.unitsDone;
            m_windowFraction = fraction;
            m_eta = -1.0;
        }
        m_lastMoveMs = nowMs;
    }
    const qint64 window = nowMs - m_windowStartMs;
    if (window >= m_minWindowMs) {
        const double seconds = double(window) / 1000.0;
        const double bytesRate = std::max<qint64>(0, progress.bytesDone - m_windowBytes) / seconds;
        const double unitsRate = std::max<qint64>(0, progress.unitsDone - m_windowUnits) / seconds;
        const double fractionRate = std::max(0.0, fraction - m_windowFraction) / seconds;
        if (!m_haveRate) {
            m_bytesRate = bytesRate;
            m_unitsRate = unitsRate;
            m_fractionRate = fractionRate;
            m_haveRate = true;
        } else {
            m_bytesRate = m_alpha * bytesRate + (1 - m_alpha) * m_bytesRate;
            m_unitsRate = m_alpha * unitsRate + (1 - m_alpha) * m_unitsRate;
            m_fractionRate = m_alpha * fractionRate + (1 - m_alpha) * m_fractionRate;
        }
        m_windowStartMs = nowMs;
        m_windowBytes = progress.bytesDone;
        m_windowUnits = progress.unitsDone;
        m_windowFraction = fraction;
        updateEta(nowMs);
    }
    tick(nowMs);
}

void ProgressEstimator::tick(qint64 nowMs)
{
    if (!m_started)
        return;
    if (!m_stalled && m_fraction < 1.0 && nowMs - m_lastMoveMs >= m_stallAfterMs) {
        m_stalled = true;
        m_bytesRate = m_unitsRate = m_fractionRate = 0.0;
        m_haveRate = false;
        m_eta = -1.0;
    }
    // Between estimates the ETA simply counts down (but not below zero).
    if (m_eta >= 0 && nowMs > m_etaAtMs) {
        m_eta = std::max(0.0, m_eta - double(nowMs - m_etaAtMs) / 1000.0);
        m_etaAtMs = nowMs;
    }
}

void ProgressEstimator::updateEta(qint64 nowMs)
{
    if (m_fractionRate <= 0.0)
        return;
    const double raw = (1.0 - m_fraction) / m_fractionRate;
    if (m_eta < 0) {
        m_eta = raw;
    } else {
        const double counted = std::max(0.0, m_eta - double(nowMs - m_etaAtMs) / 1000.0);
        m_eta = m_alpha * raw + (1 - m_alpha) * counted;
    }
    m_etaAtMs = nowMs;
}

qint64 ProgressEstimator::etaSeconds() const
{
    if (m_stalled || m_eta < 0)
        return -1;
    return qint64(std::ceil(m_eta));
}

} // namespace cutover
