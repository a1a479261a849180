// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace cutover {

/**
 * @brief A flag long loops check to stop early; set from any thread, read from the worker.
 *
 * Cancellation is cooperative: an operation checks isCancelled() between chunks and returns
 * Result::cancelled(), leaving its journal position consistent.
 */
class CancellationToken
{
public:
    CancellationToken() = default;
    CancellationToken(const CancellationToken &) = delete;
    CancellationToken &operator=(const CancellationToken &) = delete;

    void cancel() { m_cancelled.store(true, std::memory_order_release); }
    void reset() { m_cancelled.store(false, std::memory_order_release); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    /** The flag itself, for lower layers that poll a std::atomic<bool> (ApplianceClient, DatabaseCopier). */
    const std::atomic<bool> &flag() const { return m_cancelled; }

private:
    std::atomic<bool> m_cancelled { false };
};

} // namespace cutover
