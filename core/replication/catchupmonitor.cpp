// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchupmonitor.h"

#include "replicationlogging.h"

#include <QElapsedTimer>

namespace cutover {

CatchUpMonitor::CatchUpMonitor(ReplicationLink &link, MysqlConnection &source, bool useGtid)
    : m_link(link)
    , m_source(source)
    , m_useGtid(useGtid)
{ }

bool CatchUpMonitor::sample(const BinlogPosition *fixedSource, qint64 elapsedMs)
{
    CatchUpSample s;
    s.elapsedMs = elapsedMs;
    if (fixedSource) {
        s.source = *fixedSource;
    } else if (!ReplicationLink::currentPosition(m_source, &s.source, &m_error)) {
        return false;
    }
    ReplicaStatus status;
    if (!m_link.status(&status, &m_error))
        return false;
    if (!status.configured) {
        m_error = QStringLiteral("the target has no replication link named %1")
                      .arg(ReplicationLink::connectionName());
        m_linkError = tr("The target's replication link is gone.", "@info");
        return false;
    }
    if (status.hasError() || !status.sqlRunning) {
        m_linkError = !status.sqlError.isEmpty() ? status.sqlError
            : !status.ioError.isEmpty()          ? status.ioError
                                                 : tr("The target's replication stopped.", "@info");
        m_error = QStringLiteral("io %1 %2; sql %3 %4")
                      .arg(status.ioErrno)
                      .arg(status.ioError)
                      .arg(status.sqlErrno)
                      .arg(status.sqlError);
        // A refused certificate is fatal although the I/O thread keeps retrying: it will not
        // change by itself.
        const bool certificateRefused
            = status.ioErrno == ReplicaStatus::kTlsHandshakeFailed && status.tlsVerified;
        if (certificateRefused) {
            //: %1 is the source's address, %2 MariaDB's own error text
            m_linkError = tr("The target refused the database certificate of %1: it does not match what %1's "
                             "management service reported, or it does not name the address %1 (%2). Give "
                             "that database a certificate for this address.",
                "@info")
                              .arg(status.masterHost, status.ioError);
        }
        // An I/O error while the thread keeps retrying (a network blip) is not fatal; a stopped
        // SQL thread or a stopped I/O thread is.
        if (!certificateRefused && status.sqlRunning && (status.ioRunning || status.ioConnecting))
            m_error.clear();
        else
            return false;
    }
    s.executed = status.executed;
    s.secondsBehind = status.secondsBehind;
    s.lagBytes = ReplicationLink::bytesBetween(m_source, s.executed, s.source);
    m_last = s;
    if (m_callback)
        m_callback(s);
    return true;
}

CatchUpMonitor::Outcome CatchUpMonitor::wait(
    const BinlogPosition *final, int timeoutMs, const std::atomic<bool> &cancel)
{
    m_error.clear();
    m_linkError.clear();
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        if (cancel.load())
            return Outcome::Cancelled;
        if (!sample(final, clock.elapsed()))
            return Outcome::Failed;
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return Outcome::TimedOut;
        const int slice = int(std::min<qint64>(left, m_sliceMs));
        const int reached = m_link.waitFor(m_last.source, m_useGtid, slice, &m_error);
        if (reached < 0) {
            // A stopped link: the next sample says why.
            if (!sample(final, clock.elapsed()))
                return Outcome::Failed;
            return Outcome::Failed;
        }
        if (reached == 1) {
            // Everything up to the sampled source position is applied.
            CatchUpSample done = m_last;
            done.executed = m_last.source;
            done.lagBytes = 0;
            done.secondsBehind = 0;
            done.elapsedMs = clock.elapsed();
            m_last = done;
            if (m_callback)
                m_callback(done);
            qCDebug(lcCutoverReplication).noquote()
                << "caught up with" << done.source.toString() << "after" << done.elapsedMs << "ms";
            return Outcome::CaughtUp;
        }
    }
}

CatchUpMonitor::Outcome CatchUpMonitor::waitUntilClose(int timeoutMs, const std::atomic<bool> &cancel)
{
    return wait(nullptr, timeoutMs, cancel);
}

CatchUpMonitor::Outcome CatchUpMonitor::waitUntil(
    const BinlogPosition &final, int timeoutMs, const std::atomic<bool> &cancel)
{
    return wait(&final, timeoutMs, cancel);
}

} // namespace cutover
