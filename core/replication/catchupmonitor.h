// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicationlink.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace cutover {

/** @brief One look at the link: how far behind the source the target is. */
struct CatchUpSample
{
    BinlogPosition source; ///< the source's position at this sample
    BinlogPosition executed; ///< what the target has applied
    qint64 lagBytes = -1; ///< binary log between the two; -1 when not known yet
    qint64 secondsBehind = -1; ///< Seconds_Behind_Master; -1 when unknown
    qint64 elapsedMs = 0; ///< since the wait began
};

/**
 * @brief Waits for the target's replication link to catch up with the source, bounded by a
 * timeout, reporting the lag as it goes.
 *
 * The waiting itself is the server's: MASTER_GTID_WAIT / MASTER_POS_WAIT in slices of at most
 * half a second, so the cancellation flag is honoured and the link is checked for errors between
 * slices; nothing here sleeps.
 */
class CatchUpMonitor
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CatchUpMonitor)

public:
    enum class Outcome { CaughtUp, TimedOut, Cancelled, Failed };

    using SampleCallback = std::function<void(const CatchUpSample &)>;

    /** @p source is a connection to the source that may read its binary-log position. */
    CatchUpMonitor(ReplicationLink &link, MysqlConnection &source, bool useGtid);

    void setSampleCallback(SampleCallback callback) { m_callback = std::move(callback); }
    /** The longest single server-side wait (default 500 ms). */
    void setSliceMs(int ms) { m_sliceMs = ms; }

    /**
     * While the source still serves: returns CaughtUp once the target has applied everything the
     * source had logged at the start of one slice (so it trails by less than a slice).
     */
    Outcome waitUntilClose(int timeoutMs, const std::atomic<bool> &cancel);
    /** Once the source stopped writing: returns CaughtUp when @p final is applied. */
    Outcome waitUntil(const BinlogPosition &final, int timeoutMs, const std::atomic<bool> &cancel);

    /** The last sample taken. */
    const CatchUpSample &last() const { return m_last; }
    /** Why the last wait failed (technical, for the report's details). */
    QString error() const { return m_error; }
    /** The link's own error text when it stopped with one (for the translated message). */
    QString linkError() const { return m_linkError; }

private:
    bool sample(const BinlogPosition *fixedSource, qint64 elapsedMs);
    Outcome wait(const BinlogPosition *final, int timeoutMs, const std::atomic<bool> &cancel);

    ReplicationLink &m_link;
    MysqlConnection &m_source;
    bool m_useGtid;
    int m_sliceMs = 500;
    SampleCallback m_callback;
    CatchUpSample m_last;
    QString m_error;
    QString m_linkError;
};

} // namespace cutover
