// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace cutover {

/**
 * @brief One unit of resumable work: the rows of one table whose chunk key lies in [lower, upper).
 *
 * An empty bound is open (minus or plus infinity). A table without an integer primary key is
 * copied as one chunk with both bounds empty and @c chunkColumn empty. The journal persists these
 * as they are reported and hands them back to DatabaseCopier::setFinishedChunks() on resume.
 */
struct CopyChunk
{
    QString schema;
    QString table;
    QString chunkColumn; ///< empty: whole table
    QString lower; ///< decimal integer, inclusive; empty = unbounded
    QString upper; ///< decimal integer, exclusive; empty = unbounded

    bool operator==(const CopyChunk &) const = default;
    /** "`schema`.`table` [lower, upper)" for messages. */
    QString displayName() const;
};

/** @brief The source's binary-log position that matches the copy's snapshot. */
struct SnapshotPosition
{
    QString file; ///< e.g. "mariadb-bin.000003"; empty when the source has no binary log
    quint64 position = 0;
    QString gtid; ///< MariaDB: BINLOG_GTID_POS(file, position); MySQL: @@gtid_executed

    bool isValid() const { return !file.isEmpty(); }
    bool operator==(const SnapshotPosition &) const = default;
};

/** @brief A snapshot of the copy's figures, delivered to the progress callback. */
struct CopyProgress
{
    enum class Phase { Connecting, Schema, Data, Objects, Accounts, Verifying, Done };
    Phase phase = Phase::Connecting;
    QString schema; ///< the table this update is about (may be empty)
    QString table;
    qint64 tableRows = 0; ///< rows copied so far into this table in this run
    qint64 tableBytes = 0;
    qint64 totalRows = 0; ///< over all tables, this run (finished chunks of earlier runs not counted)
    qint64 totalBytes = 0;
    qint64 estimatedTotalRows = 0; ///< from the source's statistics, for an ETA; may be off
    qint64 estimatedTotalBytes = 0;
    int chunksDone = 0;
    int chunksTotal = 0;
};

/** @brief Tuning and scope of a copy. */
struct CopyOptions
{
    int threads = 2; ///< reader/writer pairs
    qint64 chunkRows = 500000; ///< upper bound of rows per chunk (estimated)
    qint64 chunkBytes = 64ll * 1024 * 1024; ///< upper bound of bytes per chunk (estimated)
    QStringList schemas; ///< empty: every non-system schema of the source
    bool includeAccounts = true; ///< copy application accounts and their grants
    /** Accounts never copied nor touched, as LIKE patterns on the user name (besides the
     *  built-in root, mariadb.sys, mysql, PUBLIC, the anonymous user and cutover_mig_%). */
    QStringList excludedAccounts;
    bool verify = true; ///< checksum every table against the still-open snapshot, compare objects
    /** With verify: checksum each chunk on both servers right after its load (its pages still in
     *  both buffer pools) instead of in a pass after the copy; the pass then covers only tables
     *  with chunks from an earlier run. */
    bool verifyEachChunk = false;
    /** Create InnoDB tables without their secondary indexes, load the rows, then add the indexes
     *  in one sorted build per table: much less work for the target than maintaining every index
     *  row by row. Tables with foreign keys keep their indexes (a key needs its index). */
    bool deferSecondaryIndexes = true;
    /** Write the copy to the target's binary log. Off by default: the copy is not an event the
     *  target's future replicas should replay (they are seeded from the target after the cutover),
     *  and logging doubles the target's write load. Turn it on when the target already has
     *  replicas that must receive the data. Needs a privilege to turn off (BINLOG ADMIN or SUPER);
     *  without it the copy is logged and a warning says so. */
    bool logToTargetBinlog = false;
    /** Rows of tables whose average row is at least this long (from the source's statistics)
     *  reach a MariaDB target through the binary protocol: a prepared INSERT executed with
     *  Connector/C's array binding (one bulk execution per batch), so values are neither escaped
     *  here nor parsed there. Shorter rows go through LOAD DATA LOCAL INFILE. 0: every table;
     *  -1: none. A row too long for one packet sends its chunk through LOAD DATA instead. */
    qint64 binaryLoadMinRowBytes = 0;
    /** Upper bound of one bulk execution's values (client memory and the target's packet). */
    qint64 binaryBatchBytes = 4ll * 1024 * 1024;
    int progressIntervalMs = 100; ///< least time between progress calls (0: every 1024 rows)
    int maxAttempts = 5; ///< transient failures (a server restart, a lost connection) are retried
    int retryBaseDelayMs = 500; ///< backoff: base × 2^attempt, at most 30 s
};

/** @brief One difference found by verification. */
struct VerifyMismatch
{
    QString schema;
    QString object; ///< table, view, routine … name
    QString kind; ///< "rows", "table", "view", "procedure", "function", "trigger", "event", "missing"
    QString range; ///< for rows: "[lower, upper)" of the chunk key, or "whole table"
    QString detail; ///< e.g. "source 1000 rows, target 1001 rows"
};

/** @brief The outcome of DatabaseCopier::run() or CopyVerifier::run(). */
struct CopyResult
{
    enum class Code {
        Ok,
        Cancelled,
        ConnectionFailed, ///< a server could not be reached or refused the account
        SourceFailed, ///< a query on the source failed
        TargetFailed, ///< a statement on the target failed
        SnapshotMoved, ///< resume refused: the source changed since the run being resumed
        VerificationFailed, ///< the copy ended but source and target differ; see mismatches
    };
    Code code = Code::Ok;
    QString message; ///< translated, says what failed and what to do
    QString details; ///< technical: server error numbers and texts, the statement's object
    SnapshotPosition snapshot;
    /** The TLS ciphers the copy's connections use; empty when a connection is not encrypted
     *  (a local socket, or a server without TLS while the endpoint does not require it). */
    QString sourceTlsCipher;
    QString targetTlsCipher;
    qint64 rows = 0;
    qint64 bytes = 0;
    double seconds = 0;
    int chunksCopied = 0;
    int chunksSkipped = 0; ///< already finished in an earlier run
    int chunksInterrupted = 0; ///< abandoned mid-stream by cancellation (rolled back, copied again on resume)
    int chunksBinary = 0; ///< of chunksCopied, loaded through the binary protocol (prepared bulk INSERT)
    /** Of chunksCopied, checksummed on both servers right after their load; the verification
     *  pass after the copy covers only tables with other chunks (e.g. from an interrupted run). */
    int chunksVerified = 0;
    int attempts = 1;
    QList<VerifyMismatch> mismatches;
    QStringList warnings; ///< translated; the copy succeeded but the user should know

    bool ok() const { return code == Code::Ok; }
};

/** Called from worker threads, at most every ~100 ms per run and at every chunk's end; must be
 *  cheap and thread-safe (calls are serialised by the copier, never concurrent). */
using CopyProgressCallback = std::function<void(const CopyProgress &)>;
/** Called once the snapshot is open, before anything is written to the target: persist it so a
 *  resumed run can pass it to DatabaseCopier::setExpectedSnapshot(). */
using SnapshotCallback = std::function<void(const SnapshotPosition &)>;
/** Called once a chunk's rows are committed on the target (serialised, from worker threads). */
using ChunkFinishedCallback = std::function<void(const CopyChunk &)>;

} // namespace cutover
