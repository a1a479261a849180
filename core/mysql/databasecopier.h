// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copytypes.h"
#include "mysqlendpoint.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>

namespace cutover {

class CopyEngine;

/**
 * @brief Copies every application schema, its objects and accounts from a source MariaDB/MySQL
 * server to a target MariaDB server, from one consistent snapshot, in parallel, resumably, and
 * verifies the result.
 *
 * Usage (from one worker thread; run() blocks):
 * @code
 *   DatabaseCopier copier(source, target, options);
 *   copier.setProgressCallback([](const CopyProgress &p) { ... });
 *   copier.setChunkFinishedCallback([&](const CopyChunk &c) { journal.append(c); });
 *   copier.setFinishedChunks(journal.chunks());        // resume; empty for a first run
 *   copier.setExpectedSnapshot(journal.snapshot());    // resume only: refuse if the source moved
 *   CopyResult r = copier.run(cancel);                 // r.snapshot → replication catch-up
 * @endcode
 *
 * What it does, in order: opens one snapshot on every reader (START TRANSACTION WITH CONSISTENT
 * SNAPSHOT, each reader proving by binlog_snapshot_file/position that it saw the same point);
 * recreates schemas, tables and sequences on the target; streams rows chunk by chunk (integer
 * primary-key ranges) from mysql_use_result into LOAD DATA LOCAL INFILE through Connector/C's
 * local-infile callbacks, each chunk in one target transaction; then views (dependency order),
 * routines, triggers, events with their DEFINERs; then accounts and grants; then verification
 * against the still-open snapshot.
 */
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(cutover::DatabaseCopier)

public:
    DatabaseCopier(const MysqlEndpoint &source, const MysqlEndpoint &target, const CopyOptions &options = {});
    ~DatabaseCopier();
    DatabaseCopier(const DatabaseCopier &) = delete;
    DatabaseCopier &operator=(const DatabaseCopier &) = delete;

    void setProgressCallback(CopyProgressCallback callback);
    void setChunkFinishedCallback(ChunkFinishedCallback callback);
    /** Called with the snapshot's position before the first write to the target. */
    void setSnapshotCallback(SnapshotCallback callback);
    /** Chunks a previous, interrupted run finished; they are not copied again. A non-empty set
     *  makes the run a resume: existing target tables are kept and unfinished ranges are
     *  deleted on the target before they are loaded, so nothing is duplicated. */
    void setFinishedChunks(const QList<CopyChunk> &chunks);
    /** On resume, the snapshot of the run being resumed: run() fails with SnapshotMoved when the
     *  source's binary-log position differs (data changed in between). */
    void setExpectedSnapshot(const SnapshotPosition &position);

    /** Blocks until done, failed or cancelled (@p cancel is polled between and inside chunks). */
    CopyResult run(const std::atomic<bool> &cancel);

private:
    std::unique_ptr<CopyEngine> m_engine;
};

} // namespace cutover
