// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copytypes.h"
#include "mysqlconnection.h"
#include "mysqlendpoint.h"
#include "schemacatalog.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace cutover {

/**
 * @brief The machinery behind DatabaseCopier and CopyVerifier (internal to core/mysql).
 *
 * One run: connect, snapshot, catalog, [schema, data, objects, accounts,] verification. Worker
 * threads each own one source reader (inside the shared snapshot) and one target connection.
 */
class CopyEngine
{
    Q_DECLARE_TR_FUNCTIONS(cutover::DatabaseCopier)

public:
    enum class Mode { Copy, VerifyOnly };

    CopyEngine(
        Mode mode, const MysqlEndpoint &source, const MysqlEndpoint &target, const CopyOptions &options);
    ~CopyEngine();

    CopyProgressCallback progressCallback;
    ChunkFinishedCallback chunkFinishedCallback;
    SnapshotCallback snapshotCallback;
    QList<CopyChunk> finishedChunks;
    SnapshotPosition expectedSnapshot;

    /** With retries of transient failures. */
    CopyResult run(const std::atomic<bool> &cancel);

private:
    struct Task;
    struct TableState;
    struct Worker;
    class Failure;

    CopyResult runOnce(const std::atomic<bool> &cancel, bool resume, bool *transient);
    bool connectAll(CopyResult *result, bool *transient);
    bool openSnapshot(CopyResult *result, bool *transient);
    bool readCatalog(CopyResult *result, bool *transient);
    bool createSchema(bool resume, CopyResult *result, bool *transient);
    bool planChunks(
        bool resume, bool forVerification, std::vector<Task> *tasks, CopyResult *result, bool *transient);
    bool runWorkers(const std::vector<Task> &tasks, bool verification, CopyResult *result, bool *transient);
    bool copyChunk(Worker &worker, const Task &task);
    /** One attempt: through the binary protocol or LOAD DATA. */
    bool loadChunk(Worker &worker, const Task &task, bool binary, bool *rowTooLarge);
    bool useBinaryLoad(const TableInfo &t, const MysqlConnection &writer) const;
    bool verifyChunk(Worker &worker, const Task &task);
    bool createTable(MysqlConnection &db, const TableInfo &t);
    /** Whole translatable sentences (no kind names or ranges spliced in as words). */
    static QString createFailedMessage(const ObjectInfo &o);
    static QString mismatchMessage(const QList<VerifyMismatch> &mismatches);
    bool addDeferredIndexes(MysqlConnection &db, const TableInfo &t);
    bool createObjects(CopyResult *result, bool *transient);
    bool copyAccounts(CopyResult *result, bool *transient);
    bool compareDefinitions(CopyResult *result, bool *transient);

    bool setupTargetSession(MysqlConnection &db, QString *warning);
    bool setupSourceSession(MysqlConnection &db);
    bool fail(CopyResult *result, bool *transient, CopyResult::Code code, const QString &message,
        const MysqlConnection &db);
    void emitProgress(CopyProgress::Phase phase, int table, bool force);

    Mode m_mode;
    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
    CopyOptions m_options;
    const std::atomic<bool> *m_cancel = nullptr;

    std::vector<std::unique_ptr<MysqlConnection>> m_readers; ///< [0] also reads the catalog
    std::vector<std::unique_ptr<MysqlConnection>> m_writers; ///< [0] also runs the DDL
    SnapshotPosition m_snapshot;
    QStringList m_schemas;
    QList<TableInfo> m_tables;
    QList<ObjectInfo> m_objects;
    std::vector<std::unique_ptr<TableState>> m_tableStates;
    QStringList m_warnings;

    std::mutex m_progressMutex;
    std::atomic<qint64> m_lastProgressMs { 0 };
    std::atomic<qint64> m_totalRows { 0 };
    std::atomic<qint64> m_totalBytes { 0 };
    std::atomic<int> m_chunksDone { 0 };
    std::atomic<int> m_chunksInterrupted { 0 };
    std::atomic<int> m_chunksBinary { 0 };
    std::atomic<int> m_chunksVerified { 0 };
    int m_chunksTotal = 0;
    int m_chunksSkipped = 0;
    qint64 m_estimatedRows = 0;
    qint64 m_estimatedBytes = 0;
    QList<VerifyMismatch> m_mismatches;
};

} // namespace cutover
