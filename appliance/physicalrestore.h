// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "chunkeddecoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QSslSocket;

namespace cutover {

class ApplianceConfig;
class AuditLog;
class Database;
class MaintenanceMode;
class PipeWriter;

/**
 * @brief How far `mariadb-backup --prepare` has got, from its own output (issue 9: bytesPrepared).
 *
 * Prepare is InnoDB's crash recovery on the backup: it applies the redo log the backup copied,
 * from the checkpoint LSN (`to_lsn` in xtrabackup_checkpoints) to the end (`last_lsn`). InnoDB
 * reports, every 15 s and at each batch, how far it has read the redo (`To recover: LSN <read>/<end>;
 * N pages`) and, once all is read, the pages still to apply (`To recover: N pages`). The fraction
 * counts the redo read and the last batch's pages applied half each — an honest proxy, not bytes
 * of files: a prepare with little redo says nothing until it ends, and 100 % comes only from
 * finish(), once the process has ended well.
 */
class PhysicalPrepareProgress
{
public:
    /** @p checkpointLsn and @p endLsn from xtrabackup_checkpoints; 0/0 when unknown. */
    void begin(quint64 checkpointLsn, quint64 endLsn);
    /** Reads the lines of xtrabackup_checkpoints (`to_lsn = …`, `last_lsn = …`); false if absent. */
    bool beginFromCheckpoints(const QByteArray &checkpointsFile);
    /** Feeds prepare's output (any split into pieces); true when the fraction moved. */
    bool feed(const QByteArray &output);
    /** 0 … 0.99 while it runs (1 only from finish()). Never goes back. */
    double fraction() const { return m_fraction; }
    void finish() { m_fraction = 1.0; }

private:
    void line(const QByteArray &text);

    quint64 m_checkpoint = 0;
    quint64 m_end = 0;
    double m_read = 0; ///< share of the redo log read
    double m_applied = 0; ///< share of the last batch's pages applied
    qint64 m_pages = 0; ///< the most pages the last batch had left (its size)
    double m_fraction = 0;
    QByteArray m_pending; ///< an incomplete last line
};

/**
 * @brief The target side of a physical copy (issue 9): pulls the source's backup stream over
 * HTTPS, unpacks it (mbstream) into a fresh directory next to the datadir, prepares it, then stops
 * MariaDB, swaps the directories and starts MariaDB on the new data with the target's own system
 * accounts put back. The previous datadir is kept until commit(); rollback() puts it back.
 *
 * One job at a time. The job's state is a JSON file in the state directory (never the ticket), so
 * a restarted applianced still knows a kept previous datadir and removes what a killed job left.
 */
class PhysicalRestore : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Streaming, Preparing, Swapping, Starting, Ready, Failed, RolledBack, Committed };

    struct Request
    {
        QString sourceHost;
        int sourcePort = 443;
        QString sourceFingerprint; ///< SHA-256 of the source certificate, any hex notation
        QByteArray ticket;
        QString user; ///< who started it (audit)
    };
    /** @brief Called once with nothing (done) or the refusal. */
    using Done = std::function<void(std::optional<ApiError::Code> refusal)>;

    PhysicalRestore(const ApplianceConfig &config, Database &db, MaintenanceMode &maintenance,
        AuditLog &audit, QObject *parent = nullptr);
    ~PhysicalRestore() override;

    /** @brief At start-up: cleans up after a job a previous run of applianced left unfinished. */
    void recover();
    /** @brief Starts a job; the refusal when one is running, a restore awaits commit, or the setup lacks
     * something. */
    std::optional<ApiError::Code> start(Request request);
    QJsonObject status() const;
    void commit(const QString &user, Done done);
    void rollback(const QString &user, Done done);

    static QString stateName(State state);
    /** @brief Lower-case hex without separators: "AB:CD:…" and "abcd…" compare equal. */
    static QString normalisedFingerprint(const QString &fingerprint);

private:
    // streaming
    void connectToSource();
    void onEncrypted();
    void onReadyRead();
    void onSourceClosed();
    bool parseHead();
    void startExtract();
    void onExtractFinished(int exitCode, QProcess::ExitStatus status);
    void checkStreamEnd();
    // preparing
    void startPrepare();
    // swapping, starting
    void startSwap();
    void afterStop(bool ok);
    void startDatabase(bool withInitFile, std::function<void(bool ok)> next);
    void waitForDatabase(int remainingMs, std::function<void(bool ok)> next, int refusedMs = 0);
    void afterStart(bool ok);
    void putPreviousBack(State endState, std::optional<ApiError::Code> error, const QString &detail,
        std::function<void(bool ok)> next);
    void runCommand(const QString &command, const QStringList &extraArgs, std::function<void(bool ok)> next);
    bool captureAccounts(QString *error);
    void finishAccounts();

    void fail(ApiError::Code code, const QString &detail = {});
    void teardownTransfer();
    void setState(State state);
    void persist();
    QString datadir() const;
    QString freshDir() const { return m_datadir + QStringLiteral(".cutover-fresh"); }
    QString previousDir() const { return m_datadir + QStringLiteral(".cutover-previous"); }
    QString initFile() const { return m_datadir + QStringLiteral(".cutover-init.sql"); }
    bool databaseIsDown() const;
    bool busy() const;
    void readBinlogInfo();
    /** @brief Ends the job as migration.disk_full when @p output or the disk says it is full. */
    bool diskFilledUp(const QByteArray &output);
    void removeLeftover(const QString &dir, int attempts);

    const ApplianceConfig &m_config;
    Database &m_db;
    MaintenanceMode &m_maintenance;
    AuditLog &m_audit;
    QString m_stateFile;

    // The job (persisted except where noted).
    QString m_job;
    State m_state = State::Idle;
    QString m_user;
    QString m_sourceHost;
    int m_sourcePort = 443;
    QString m_datadir;
    qint64 m_bytesStreamed = 0;
    qint64 m_bytesExpected = 0;
    qint64 m_bytesPrepared = 0;
    QString m_binlogFile;
    qint64 m_binlogPosition = -1;
    QString m_gtid;
    bool m_previousKept = false;
    QJsonObject m_error;
    QDateTime m_startedAt;
    QDateTime m_updatedAt;

    // Transfer (memory only).
    QByteArray m_ticket;
    QString m_pin;
    QPointer<QSslSocket> m_socket;
    QProcess *m_extract = nullptr;
    PipeWriter *m_extractInput = nullptr; ///< mbstream's standard input
    QProcess *m_worker = nullptr; ///< prepare, stop or start command
    QByteArray m_head;
    bool m_headDone = false;
    int m_httpStatus = 0;
    qint64 m_errorBodyLength = -1;
    QByteArray m_errorBody;
    ChunkedDecoder m_decoder;
    QByteArray m_batch; ///< decoded payload not yet handed to mbstream
    QByteArray m_payload;
    bool m_paused = false;
    bool m_sourceClosed = false;
    bool m_streamComplete = false;
    QTimer m_stallTimer;
    PhysicalPrepareProgress m_prepareProgress;
    QElapsedTimer m_clock;
    QByteArray m_extractStderr;
    QByteArray m_accountSql; ///< the init-file: the target's own accounts
    QList<QPair<QString, QString>> m_keptAccounts; ///< (user, host) put back after the swap
    bool m_operationRunning = false; ///< a commit or rollback is under way
    QJsonObject m_lastStatusLog;
};

} // namespace cutover
