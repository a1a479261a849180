// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyengine.h"

#include "copylog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>
#include <thread>

namespace cutover {

namespace {

using Int128 = __int128;

QString toString(Int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    unsigned __int128 u
        = negative ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
    char buf[64];
    int i = 63;
    buf[i] = 0;
    while (u > 0) {
        buf[--i] = char('0' + int(u % 10));
        u /= 10;
    }
    if (negative)
        buf[--i] = '-';
    return QString::fromLatin1(buf + i);
}

bool parseInt(const QByteArray &text, Int128 *out)
{
    if (text.isEmpty())
        return false;
    Int128 v = 0;
    int i = 0;
    bool negative = false;
    if (text[0] == '-') {
        negative = true;
        i = 1;
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = negative ? -v : v;
    return true;
}

QString s(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

/** "`c` >= lo AND `c` < hi", or "1" for a whole table. */
QString rangeCondition(const CopyChunk &chunk)
{
    if (chunk.chunkColumn.isEmpty())
        return QStringLiteral("1");
    const QString column = MysqlConnection::quoteIdentifier(chunk.chunkColumn);
    QStringList parts;
    if (!chunk.lower.isEmpty())
        parts << QStringLiteral("%1 >= %2").arg(column, chunk.lower);
    if (!chunk.upper.isEmpty())
        parts << QStringLiteral("%1 < %2").arg(column, chunk.upper);
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
}

/** The SELECT expression that reads @p column exactly: FLOAT as text has only 6 digits, as a
 *  DOUBLE it has enough to round-trip every float. */
QString readExpression(const TableInfo &table, const QString &column)
{
    const QString quoted = MysqlConnection::quoteIdentifier(column);
    for (const ColumnInfo &c : table.columns) {
        if (c.name == column && c.dataType == QLatin1String("float"))
            return QStringLiteral("(%1 * 1e0)").arg(quoted);
    }
    return quoted;
}

QString selectList(const TableInfo &table, const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << readExpression(table, c);
    return out.join(QLatin1Char(','));
}

QString columnList(const QStringList &columns)
{
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &c : columns)
        quoted << MysqlConnection::quoteIdentifier(c);
    return quoted.join(QLatin1Char(','));
}

/** Appends @p n bytes escaped for LOAD DATA … FIELDS ESCAPED BY '\\': runs of ordinary bytes are
 *  copied whole, only NUL, tab, newline, carriage return and backslash are rewritten. */
inline void appendEscaped(std::vector<char> &buf, size_t &len, const char *p, unsigned long n)
{
    static const auto special = [] {
        std::array<char, 256> table {};
        table[static_cast<unsigned char>('\0')] = '0';
        table[static_cast<unsigned char>('\t')] = 't';
        table[static_cast<unsigned char>('\n')] = 'n';
        table[static_cast<unsigned char>('\r')] = 'r';
        table[static_cast<unsigned char>('\\')] = '\\';
        return table;
    }();
    if (buf.size() < len + 2 * n + 2)
        buf.resize(std::max(buf.size() * 2, len + 2 * n + 2));
    char *o = buf.data() + len;
    unsigned long run = 0; // start of the pending run of ordinary bytes
    for (unsigned long i = 0; i < n; ++i) {
        const char replacement = special[static_cast<unsigned char>(p[i])];
        if (replacement == 0)
            continue;
        std::memcpy(o, p + run, i - run);
        o += i - run;
        *o++ = '\\';
        *o++ = replacement;
        run = i + 1;
    }
    std::memcpy(o, p + run, n - run);
    o += n - run;
    len = size_t(o - buf.data());
}

/**
 * Feeds LOAD DATA LOCAL INFILE on the target from an unbuffered result on the source: rows are
 * fetched only when the target asks for more bytes, so memory stays at about one row.
 */
struct RowPump
{
    MYSQL *reader = nullptr;
    MYSQL_RES *result = nullptr;
    unsigned fields = 0;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(qint64 rows, qint64 bytes)> progress;

    std::vector<char> buf = std::vector<char>(256 * 1024);
    size_t len = 0;
    size_t offset = 0;
    bool eof = false;
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 reportedRows = 0;
    qint64 reportedBytes = 0;
    unsigned errorNumber = 0;
    QString errorText;
    bool cancelled = false;

    void flushProgress()
    {
        if (progress && (rows != reportedRows || bytes != reportedBytes))
            progress(rows - reportedRows, bytes - reportedBytes);
        reportedRows = rows;
        reportedBytes = bytes;
    }

    bool fetch()
    {
        if (cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            errorNumber = ER_QUERY_INTERRUPTED;
            errorText = QStringLiteral("cancelled");
            return false;
        }
        MYSQL_ROW row = mysql_fetch_row(result);
        if (!row) {
            if (mysql_errno(reader) != 0) {
                errorNumber = mysql_errno(reader);
                errorText = QString::fromUtf8(mysql_error(reader));
                return false;
            }
            eof = true;
            return true;
        }
        const unsigned long *lengths = mysql_fetch_lengths(result);
        for (unsigned i = 0; i < fields; ++i) {
            if (i > 0) {
                if (buf.size() < len + 1)
                    buf.resize(buf.size() * 2);
                buf[len++] = '\t';
            }
            if (!row[i]) {
                if (buf.size() < len + 2)
                    buf.resize(buf.size() * 2);
                buf[len++] = '\\';
                buf[len++] = 'N';
            } else {
                appendEscaped(buf, len, row[i], lengths[i]);
                bytes += qint64(lengths[i]);
            }
        }
        if (buf.size() < len + 1)
            buf.resize(buf.size() * 2);
        buf[len++] = '\n';
        ++rows;
        if ((rows & 1023) == 0 || bytes - reportedBytes > 4 * 1024 * 1024)
            flushProgress();
        return true;
    }

    int read(char *out, unsigned int want)
    {
        while (len - offset < want && !eof) {
            if (!fetch())
                return -1;
        }
        const size_t n = std::min<size_t>(want, len - offset);
        std::memcpy(out, buf.data() + offset, n);
        offset += n;
        if (offset == len) {
            offset = 0;
            len = 0;
        } else if (offset > buf.size() / 2) {
            std::memmove(buf.data(), buf.data() + offset, len - offset);
            len -= offset;
            offset = 0;
        }
        return int(n);
    }

    static int init(void **ptr, const char *, void *userdata)
    {
        *ptr = userdata;
        return 0;
    }
    static int readCallback(void *ptr, char *out, unsigned int want)
    {
        return static_cast<RowPump *>(ptr)->read(out, want);
    }
    static void end(void *) { }
    static int error(void *ptr, char *message, unsigned int size)
    {
        auto *pump = static_cast<RowPump *>(ptr);
        const QByteArray text = QStringLiteral("source: %1").arg(pump->errorText).toUtf8();
        qstrncpy(message, text.constData(), size);
        return int(pump->errorNumber ? pump->errorNumber : CR_UNKNOWN_ERROR);
    }
};

/**
 * Feeds a prepared INSERT on the target from an unbuffered result on the source through
 * Connector/C's array binding, which MariaDB runs as one bulk execution per batch: each value
 * travels as length and bytes, so nothing is escaped here and nothing is parsed byte by byte
 * there. The batch's values are copied into one buffer bounded by bytes and rows, so memory
 * stays at about one batch whatever the table.
 */
struct BulkInserter
{
    enum class Outcome { Done, SourceError, TargetError, Cancelled, RowTooLarge };

    MYSQL *reader = nullptr;
    MYSQL_RES *result = nullptr;
    unsigned fields = 0;
    MYSQL_STMT *stmt = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(qint64 rows, qint64 bytes)> progress;
    size_t maxBatchBytes = 4u << 20;
    size_t maxRowBytes = 8u << 20; ///< a longer row is left to LOAD DATA, which streams it

    qint64 rows = 0; ///< fetched from the source
    qint64 bytes = 0;
    qint64 inserted = 0; ///< stored on the target, as it reports them
    unsigned errorNumber = 0;
    QString errorText;

    Outcome run()
    {
        // Column-wise arrays: [column * capacity + row]. Fewer rows per batch for wide tables.
        capacity = std::clamp(65536u / std::max(fields, 1u), 16u, 4096u);
        const size_t cells = size_t(fields) * capacity;
        offsets.resize(cells);
        lengths.resize(cells);
        indicators.resize(cells);
        pointers.resize(cells);
        binds.resize(fields);
        data.reserve(std::min<size_t>(maxBatchBytes, 1u << 20));
        for (;;) {
            if (cancel->load(std::memory_order_relaxed))
                return Outcome::Cancelled;
            MYSQL_ROW row = mysql_fetch_row(result);
            if (!row) {
                if (mysql_errno(reader) != 0) {
                    errorNumber = mysql_errno(reader);
                    errorText = QString::fromUtf8(mysql_error(reader));
                    return Outcome::SourceError;
                }
                break;
            }
            const unsigned long *len = mysql_fetch_lengths(result);
            size_t rowBytes = 0;
            for (unsigned i = 0; i < fields; ++i)
                rowBytes += row[i] ? len[i] : 0;
            // Each value also costs an indicator and a length prefix in the packet.
            if (rowBytes + 10 * size_t(fields) > maxRowBytes)
                return Outcome::RowTooLarge;
            if (batchRows > 0 && (batchRows == capacity || data.size() + rowBytes > maxBatchBytes)) {
                if (!flush())
                    return Outcome::TargetError;
            }
            for (unsigned i = 0; i < fields; ++i) {
                const size_t cell = size_t(i) * capacity + batchRows;
                if (!row[i]) {
                    indicators[cell] = STMT_INDICATOR_NULL;
                    lengths[cell] = 0;
                    offsets[cell] = data.size();
                    continue;
                }
                indicators[cell] = STMT_INDICATOR_NONE;
                lengths[cell] = len[i];
                offsets[cell] = data.size();
                data.insert(data.end(), row[i], row[i] + len[i]);
            }
            ++batchRows;
            ++rows;
            bytes += qint64(rowBytes);
            if ((rows & 1023) == 0 || bytes - reportedBytes > 4 * 1024 * 1024)
                flushProgress();
        }
        if (batchRows > 0 && !flush())
            return Outcome::TargetError;
        return Outcome::Done;
    }

    void flushProgress()
    {
        if (progress && (rows != reportedRows || bytes != reportedBytes))
            progress(rows - reportedRows, bytes - reportedBytes);
        reportedRows = rows;
        reportedBytes = bytes;
    }

private:
    bool flush()
    {
        for (unsigned i = 0; i < fields; ++i) {
            const size_t first = size_t(i) * capacity;
            for (unsigned r = 0; r < batchRows; ++r)
                pointers[first + r] = data.data() + offsets[first + r];
            MYSQL_BIND &b = binds[i];
            std::memset(&b, 0, sizeof b);
            // BLOB parameters are taken as binary: stored byte for byte in any column's
            // character set, and parsed from text for numbers and dates, as LOAD DATA does.
            b.buffer_type = MYSQL_TYPE_BLOB;
            b.buffer = &pointers[first];
            b.length = &lengths[first];
            b.u.indicator = &indicators[first];
        }
        unsigned int arraySize = batchRows;
        if (mysql_stmt_attr_set(stmt, STMT_ATTR_ARRAY_SIZE, &arraySize) != 0
            || mysql_stmt_bind_param(stmt, binds.data()) != 0 || mysql_stmt_execute(stmt) != 0) {
            errorNumber = mysql_stmt_errno(stmt);
            errorText = QString::fromUtf8(mysql_stmt_error(stmt));
            return false;
        }
        inserted += qint64(mysql_stmt_affected_rows(stmt));
        batchRows = 0;
        data.clear();
        return true;
    }

    unsigned capacity = 0;
    unsigned batchRows = 0;
    std::vector<char> data;
    std::vector<size_t> offsets;
    std::vector<unsigned long> lengths;
    std::vector<char> indicators;
    std::vector<char *> pointers;
    std::vector<MYSQL_BIND> binds;
    qint64 reportedRows = 0;
    qint64 reportedBytes = 0;
};

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool isSystemAccount(const QString &user, const QStringList &excluded)
{
    static const QStringList builtIn { QStringLiteral("root"), QStringLiteral("mariadb.sys"),
        QStringLiteral("mysql"), QStringLiteral("PUBLIC"), QString(), QStringLiteral("mysql.sys"),
        QStringLiteral("mysql.session"), QStringLiteral("mysql.infoschema"),
        QStringLiteral("debian-sys-maint") };
    // cutover_ha_: a high-availability group's own replication logins belong to each node.
    if (builtIn.contains(user) || user.startsWith(QLatin1String("cutover_mig_"))
        || user.startsWith(QLatin1String("cutover_ha_")))
        return true;
    for (const QString &pattern : excluded) {
        // LIKE semantics: % any run, _ one character, \ escapes.
        QString rx;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern[i];
            if (c == QLatin1Char('\\') && i + 1 < pattern.size())
                rx += QRegularExpression::escape(QString(pattern[++i]));
            else if (c == QLatin1Char('%'))
                rx += QLatin1String(".*");
            else if (c == QLatin1Char('_'))
                rx += QLatin1Char('.');
            else
                rx += QRegularExpression::escape(QString(c));
        }
        if (QRegularExpression(QRegularExpression::anchoredPattern(rx)).match(user).hasMatch())
            return true;
    }
    return false;
}

} // namespace

struct CopyEngine::Task
{
    int table = -1;
    CopyChunk chunk;
    bool recreate = false; ///< drop and create the table first (whole-table chunk on resume)
    bool deleteRange = false; ///< remove the range on the target first (resume)
    qint64 estimatedRows = 0;
};

struct CopyEngine::TableState
{
    std::atomic<qint64> rows { 0 };
    std::atomic<qint64> bytes { 0 };
    std::atomic<int> pendingChunks { 0 }; ///< of this run; the last one adds the deferred indexes
    int plannedChunks = 0; ///< copy tasks of this run
    bool hadFinishedChunks = false; ///< some chunks came from an earlier run (not verified here)
    std::atomic<int> verifiedChunks { 0 }; ///< checked right after their load, in this run
};

struct CopyEngine::Worker
{
    MysqlConnection *reader = nullptr;
    MysqlConnection *writer = nullptr;
    QString error; ///< translated
    CopyResult::Code code = CopyResult::Code::Ok;
    QString details;
    bool transient = false;
    qint64 targetMaxPacket = 0; ///< the target's max_allowed_packet, read once
};

CopyEngine::CopyEngine(
    Mode mode, const MysqlEndpoint &source, const MysqlEndpoint &target, const CopyOptions &options)
    : m_mode(mode)
    , m_source(source)
    , m_target(target)
    , m_options(options)
{
    m_options.threads = std::clamp(m_options.threads, 1, 64);
    m_options.chunkRows = std::max<qint64>(m_options.chunkRows, 1000);
    m_options.chunkBytes = std::max<qint64>(m_options.chunkBytes, 1024 * 1024);
    m_options.maxAttempts = std::max(m_options.maxAttempts, 1);
}

CopyEngine::~CopyEngine() = default;

CopyResult CopyEngine::run(const std::atomic<bool> &cancel)
{
    m_cancel = &cancel;
    QElapsedTimer timer;
    timer.start();
    const bool firstIsResume = !finishedChunks.isEmpty();
    CopyResult result;
    int attempt = 0;
    for (;;) {
        ++attempt;
        bool transient = false;
        result = runOnce(cancel, firstIsResume || attempt > 1, &transient);
        result.attempts = attempt;
        if (result.ok() || !transient || attempt >= m_options.maxAttempts || cancel.load())
            break;
        // A later attempt resumes: what this one finished is kept, and it must see the same
        // source position, or the chunks copied so far would not belong to one snapshot.
        if (m_snapshot.isValid() && !expectedSnapshot.isValid())
            expectedSnapshot = m_snapshot;
        const qint64 delay
            = std::min<qint64>(30000, qint64(m_options.retryBaseDelayMs) << std::min(attempt - 1, 10));
        qCWarning(lcCoreCopy) << "transient failure, attempt" << attempt << "of" << m_options.maxAttempts
                              << "- retrying in" << delay << "ms:" << result.details;
        const qint64 until = nowMs() + delay;
        while (nowMs() < until && !cancel.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(50)); // backoff, polling cancel
        if (cancel.load()) {
            result.code = CopyResult::Code::Cancelled;
            result.message = tr("The database copy was cancelled.");
            break;
        }
    }
    result.seconds = double(timer.elapsed()) / 1000.0;
    result.rows = m_totalRows.load();
    result.bytes = m_totalBytes.load();
    result.warnings = m_warnings;
    result.chunksInterrupted = m_chunksInterrupted.load();
    result.chunksBinary = m_chunksBinary.load();
    result.chunksVerified = m_chunksVerified.load();
    m_readers.clear();
    m_writers.clear();
    return result;
}

bool CopyEngine::fail(CopyResult *result, bool *transient, CopyResult::Code code, const QString &message,
    const MysqlConnection &db)
{
    result->code = code;
    result->message = message;
    result->details = db.errorDetails();
    *transient = db.lastErrorIsTransient();
    qCWarning(lcCoreCopy).noquote() << message << result->details;
    return false;
}

CopyResult CopyEngine::runOnce(const std::atomic<bool> &cancel, bool resume, bool *transient)
{
    CopyResult result;
    *transient = false;
    m_readers.clear();
    m_writers.clear();
    m_mismatches.clear();
    m_chunksDone = 0;
    m_chunksSkipped = 0;

    emitProgress(CopyProgress::Phase::Connecting, -1, true);
    if (!connectAll(&result, transient))
        return result;
    result.sourceTlsCipher = m_readers[0]->tlsCipher();
    result.targetTlsCipher = m_writers[0]->tlsCipher();
    if (!openSnapshot(&result, transient))
        return result;
    result.snapshot = m_snapshot;
    // With GTIDs the data state is named by the GTID position, which a restart of the source (a
    // new binary-log file) does not change; without them, by file and offset.
    const bool sameState = !expectedSnapshot.gtid.isEmpty() && !m_snapshot.gtid.isEmpty()
        ? expectedSnapshot.gtid == m_snapshot.gtid
        : expectedSnapshot.file == m_snapshot.file && expectedSnapshot.position == m_snapshot.position;
    if (expectedSnapshot.isValid() && m_snapshot.isValid() && !sameState) {
        result.code = CopyResult::Code::SnapshotMoved;
        //: %1, %2: binary-log positions like mariadb-bin.000003:1234
        result.message
            = tr("The source database changed since the interrupted copy (position %1, now %2). "
                 "The copy cannot be continued; start it again from the beginning.")
                  .arg(QStringLiteral("%1:%2").arg(expectedSnapshot.file).arg(expectedSnapshot.position),
                      QStringLiteral("%1:%2").arg(m_snapshot.file).arg(m_snapshot.position));
        result.details = QStringLiteral("expected %1:%2 (%3), found %4:%5 (%6)")
                             .arg(expectedSnapshot.file)
                             .arg(expectedSnapshot.position)
                             .arg(expectedSnapshot.gtid, m_snapshot.file)
                             .arg(m_snapshot.position)
                             .arg(m_snapshot.gtid);
        return result;
    }
    if (snapshotCallback && m_mode == Mode::Copy)
        snapshotCallback(m_snapshot);
    if (!readCatalog(&result, transient))
        return result;

    if (m_mode == Mode::Copy) {
        emitProgress(CopyProgress::Phase::Schema, -1, true);
        if (!createSchema(resume, &result, transient))
            return result;
        std::vector<Task> tasks;
        if (!planChunks(resume, false, &tasks, &result, transient))
            return result;
        result.chunksSkipped = m_chunksSkipped;
        if (!runWorkers(tasks, false, &result, transient)) {
            result.chunksCopied = m_chunksDone.load();
            return result;
        }
        result.chunksCopied = m_chunksDone.load();
        // Tables finished by an earlier run (or whose index build failed) get their indexes now.
        for (const TableInfo &t : std::as_const(m_tables)) {
            if (!addDeferredIndexes(*m_writers[0], t)) {
                fail(&result, transient, CopyResult::Code::TargetFailed,
                    tr("Adding the indexes of %1 on the target database failed. Check the target's free "
                       "disk space and its log.")
                        .arg(MysqlConnection::qualified(t.schema, t.name)),
                    *m_writers[0]);
                return result;
            }
        }
        emitProgress(CopyProgress::Phase::Objects, -1, true);
        if (!createObjects(&result, transient))
            return result;
        if (m_options.includeAccounts) {
            emitProgress(CopyProgress::Phase::Accounts, -1, true);
            if (!copyAccounts(&result, transient))
                return result;
        }
    }
    if (cancel.load()) {
        result.code = CopyResult::Code::Cancelled;
        result.message = tr("The database copy was cancelled.");
        return result;
    }

    if (m_mode == Mode::VerifyOnly || m_options.verify) {
        emitProgress(CopyProgress::Phase::Verifying, -1, true);
        std::vector<Task> tasks;
        if (!planChunks(false, true, &tasks, &result, transient))
            return result;
        if (!runWorkers(tasks, true, &result, transient))
            return result;
        if (!compareDefinitions(&result, transient))
            return result;
        if (!m_mismatches.isEmpty()) {
            result.code = CopyResult::Code::VerificationFailed;
            result.message = mismatchMessage(m_mismatches);
            QStringList lines;
            for (const VerifyMismatch &m : std::as_const(m_mismatches))
                lines << QStringLiteral("%1 %2 %3: %4")
                             .arg(m.kind, MysqlConnection::qualified(m.schema, m.object), m.range, m.detail);
            result.details = lines.join(QLatin1Char('\n'));
            result.mismatches = m_mismatches;
            return result;
        }
    }
    emitProgress(CopyProgress::Phase::Done, -1, true);
    return result;
}

bool CopyEngine::setupSourceSession(MysqlConnection &db)
{
    // Long timeouts: a reader waits while its target is busy committing a chunk.
    return db.exec(CopySql::sourceSessionSettings(db.flavor()))
        && db.exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
}

bool CopyEngine::setupTargetSession(MysqlConnection &db, QString *warning)
{
    // NO_AUTO_VALUE_ON_ZERO keeps an AUTO_INCREMENT column's 0; no strict or NO_ZERO_DATE mode,
    // so zero dates load as they are. UTC so TIMESTAMP values never shift.
    if (!db.exec(QStringLiteral("SET SESSION foreign_key_checks = 0, SESSION unique_checks = 0, "
                                "SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO', SESSION time_zone = '+00:00', "
                                "SESSION net_read_timeout = 3600, SESSION net_write_timeout = 3600, "
                                "SESSION wait_timeout = 86400")))
        return false;
    // READ COMMITTED: a resumed chunk's DELETE of its key range takes no gap locks, so parallel
    // loads into neighbouring ranges of one table do not deadlock.
    if (!db.exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")))
        return false;
    if (db.isMariaDb()) {
        // Rows come from a consistent source; re-checking CHECK constraints (e.g. JSON_VALID)
        // only costs time. History rows of system-versioned tables need insert_history (10.11+).
        db.exec(QStringLiteral("SET SESSION check_constraint_checks = 0"));
        if (!db.exec(QStringLiteral("SET SESSION system_versioning_insert_history = 1")) && warning)
            *warning = tr("The target server cannot load the history of system-versioned tables (needs "
                          "MariaDB 10.11 or later).");
    }
    if (!m_options.logToTargetBinlog && !db.exec(QStringLiteral("SET SESSION sql_log_bin = 0")) && warning) {
        *warning = tr("The target's binary log records the copy because the migration account may not turn "
                      "it off (needs the BINLOG ADMIN privilege).");
    }
    return true;
}

bool CopyEngine::connectAll(CopyResult *result, bool *transient)
{
    for (int i = 0; i < m_options.threads; ++i) {
        auto reader = std::make_unique<MysqlConnection>();
        // Readers only stream: five silent minutes mean the source or the network is gone.
        MysqlEndpoint source = m_source;
        if (source.ioTimeoutSeconds <= 0)
            source.ioTimeoutSeconds = 300;
        if (!reader->open(source) || !setupSourceSession(*reader))
            return fail(result, transient, CopyResult::Code::ConnectionFailed,
                //: %1: user@host:port
                tr("Cannot connect to the source database as %1. Check that it runs and that the "
                   "migration account exists.")
                    .arg(m_source.displayName()),
                *reader);
        m_readers.push_back(std::move(reader));
        auto writer = std::make_unique<MysqlConnection>();
        QString warning;
        if (!writer->open(m_target) || !setupTargetSession(*writer, &warning))
            return fail(result, transient, CopyResult::Code::ConnectionFailed,
                tr("Cannot connect to the target database as %1. Check that it runs and that the "
                   "migration account exists.")
                    .arg(m_target.displayName()),
                *writer);
        if (!warning.isEmpty() && !m_warnings.contains(warning))
            m_warnings << warning;
        m_writers.push_back(std::move(writer));
    }
    auto tls = [](const MysqlConnection &db) {
        return db.tlsCipher().isEmpty() ? QStringLiteral("plain") : QStringLiteral("TLS ") + db.tlsCipher();
    };
    qCInfo(lcCoreCopy).noquote() << "source" << m_source.displayName() << m_readers[0]->serverVersion()
                                 << tls(*m_readers[0]) << "target" << m_target.displayName()
                                 << m_writers[0]->serverVersion() << tls(*m_writers[0]) << "threads"
                                 << m_options.threads;
    return true;
}

bool CopyEngine::openSnapshot(CopyResult *result, bool *transient)
{
    MysqlConnection &first = *m_readers[0];
    auto sourceFail = [&](MysqlConnection &db) {
        return fail(result, transient, CopyResult::Code::SourceFailed,
            tr("Cannot open a consistent snapshot of the source database. Check the migration account's "
               "privileges."),
            db);
    };
    if (first.isMariaDb()) {
        // Every reader starts its own snapshot; MariaDB tells each the binary-log position its
        // snapshot matches, so equal positions prove one common snapshot without a global lock.
        for (int round = 0; round < 50; ++round) {
            QList<SnapshotPosition> positions;
            for (auto &r : m_readers) {
                if (!r->exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")))
                    return sourceFail(*r);
            }
            for (auto &r : m_readers) {
                QList<MysqlConnection::Row> rows;
                if (!r->query(QStringLiteral("SHOW SESSION STATUS LIKE 'binlog_snapshot_%'"), &rows))
                    return sourceFail(*r);
                SnapshotPosition p;
                for (const auto &row : rows) {
                    if (row.value(0).toLower() == "binlog_snapshot_file")
                        p.file = s(row.value(1));
                    else if (row.value(0).toLower() == "binlog_snapshot_position")
                        p.position = row.value(1).toULongLong();
                }
                positions << p;
            }
            if (std::all_of(positions.begin(), positions.end(),
                    [&](const SnapshotPosition &p) { return p == positions.first(); })) {
                m_snapshot = positions.first();
                if (m_snapshot.isValid()) {
                    m_snapshot.gtid = s(first.scalar(QStringLiteral("SELECT BINLOG_GTID_POS(%1, %2)")
                                                         .arg(first.quoteString(m_snapshot.file))
                                                         .arg(m_snapshot.position)));
                    qCInfo(lcCoreCopy).noquote() << "snapshot at" << m_snapshot.file << m_snapshot.position
                                                 << "gtid" << m_snapshot.gtid;
                    return true;
                }
                break; // no binary log: positions prove nothing; take the lock below
            }
            for (auto &r : m_readers)
                r->exec(QStringLiteral("ROLLBACK"));
        }
        for (auto &r : m_readers)
            r->exec(QStringLiteral("ROLLBACK"));
    }
    // MySQL, or a MariaDB without binary log or with a steady stream of commits: hold a global
    // read lock for the instant it takes to start every snapshot (needs RELOAD).
    if (!first.exec(QStringLiteral("FLUSH TABLES WITH READ LOCK"))) {
        if (first.errorNumber() == ER_SPECIFIC_ACCESS_DENIED_ERROR
            || first.errorNumber() == ER_ACCESS_DENIED_ERROR
            || first.errorNumber() == ER_DBACCESS_DENIED_ERROR) {
            m_warnings << tr(
                "The source snapshot could not be proved consistent across readers (no binary log "
                "and no RELOAD privilege); the copy assumes the source is not written to.");
            for (auto &r : m_readers) {
                if (!r->exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")))
                    return sourceFail(*r);
            }
            m_snapshot = {};
            return true;
        }
        return sourceFail(first);
    }
    for (auto &r : m_readers) {
        if (!r->exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")))
            return sourceFail(*r);
    }
    QList<MysqlConnection::Row> rows;
    QStringList names;
    if (first.query(CopySql::binaryLogStatus(first.flavor()), &rows, &names) && !rows.isEmpty()) {
        m_snapshot.file = s(rows[0].value(0));
        m_snapshot.position = rows[0].value(1).toULongLong();
        const int gtidColumn = int(names.indexOf(QStringLiteral("Executed_Gtid_Set")));
        if (gtidColumn >= 0)
            m_snapshot.gtid = s(rows[0].value(gtidColumn));
        else if (first.isMariaDb())
            m_snapshot.gtid = s(first.scalar(QStringLiteral("SELECT @@GLOBAL.gtid_binlog_pos")));
    }
    first.exec(QStringLiteral("UNLOCK TABLES"));
    return true;
}

bool CopyEngine::readCatalog(CopyResult *result, bool *transient)
{
    MysqlConnection &db = *m_readers[0];
    auto sourceFail = [&](const QString &message) {
        return fail(result, transient, CopyResult::Code::SourceFailed, message, db);
    };
    if (!SchemaCatalog::schemas(db, m_options.schemas, &m_schemas))
        return sourceFail(tr("Cannot read the list of schemas on the source database. Check the migration "
                             "account's privileges."));
    m_tables.clear();
    m_objects.clear();
    for (const QString &schema : std::as_const(m_schemas)) {
        QList<TableInfo> tables;
        QList<ObjectInfo> objects;
        if (!SchemaCatalog::tables(db, schema, &tables) || !SchemaCatalog::objects(db, schema, &objects))
            //: %1: a schema name like `shop`
            return sourceFail(tr("Cannot read the structure of schema %1 on the source database. Check the "
                                 "migration account's privileges.")
                                  .arg(MysqlConnection::quoteIdentifier(schema)));
        m_tables += tables;
        m_objects += objects;
    }
    for (TableInfo &t : m_tables)
        t.createStatement = CopySql::ddlForMariaDb(t.createStatement, db.flavor());
    for (ObjectInfo &o : m_objects) {
        o.createStatement = CopySql::ddlForMariaDb(o.createStatement, db.flavor());
        o.collationConnection = CopySql::ddlForMariaDb(o.collationConnection, db.flavor());
    }
    if (m_mode == Mode::Copy && m_options.deferSecondaryIndexes) {
        // A table a foreign key points to keeps its indexes: the key needs them on creation.
        QStringList referenced;
        if (!SchemaCatalog::referencedTables(db, &referenced))
            return sourceFail(tr("Cannot read the foreign keys of the source database. Check the migration "
                                 "account's privileges."));
        for (TableInfo &t : m_tables) {
            if (!t.isSequence && !referenced.contains(t.schema + QChar(0x1f) + t.name))
                SchemaCatalog::splitSecondaryIndexes(
                    t.createStatement, &t.createWithoutIndexes, &t.deferredIndexes, &t.deferredIndexNames);
        }
    }
    m_tableStates.clear();
    m_estimatedRows = 0;
    m_estimatedBytes = 0;
    for (const TableInfo &t : std::as_const(m_tables)) {
        m_tableStates.push_back(std::make_unique<TableState>());
        m_estimatedRows += t.estimatedRows;
        m_estimatedBytes += t.estimatedBytes;
    }
    qCInfo(lcCoreCopy) << "catalog:" << m_schemas.size() << "schemas," << m_tables.size() << "tables,"
                       << m_objects.size() << "objects";
    return true;
}

bool CopyEngine::createSchema(bool resume, CopyResult *result, bool *transient)
{
    MysqlConnection &src = *m_readers[0];
    MysqlConnection &dst = *m_writers[0];
    auto targetFail = [&](const QString &what) {
        return fail(result, transient, CopyResult::Code::TargetFailed,
            //: %1: an object like `shop`.`orders`
            tr("Cannot create %1 on the target database. Check the target's migration account and free "
               "disk space.")
                .arg(what),
            dst);
    };
    for (const QString &schema : std::as_const(m_schemas)) {
        QByteArray create;
        if (!SchemaCatalog::createDatabaseStatement(src, schema, &create))
            return fail(result, transient, CopyResult::Code::SourceFailed,
                tr("Cannot read the definition of schema %1 on the source.").arg(schema), src);
        create = CopySql::ddlForMariaDb(create, src.flavor());
        const QString quoted = MysqlConnection::quoteIdentifier(schema);
        if (!resume) {
            if (!dst.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted)) || !dst.exec(create))
                return targetFail(quoted);
        } else {
            create.replace("CREATE DATABASE ", "CREATE DATABASE IF NOT EXISTS ");
            if (!dst.exec(create))
                return targetFail(quoted);
            // Objects are recreated after the data; triggers must not fire on resumed loads.
            for (const ObjectInfo &o : std::as_const(m_objects)) {
                if (o.schema == schema && o.kind == ObjectInfo::Kind::Trigger
                    && !dst.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1")
                                     .arg(MysqlConnection::qualified(schema, o.name))))
                    return targetFail(MysqlConnection::qualified(schema, o.name));
            }
        }
    }
    QString currentSchema;
    for (const TableInfo &t : std::as_const(m_tables)) {
        const QString name = MysqlConnection::qualified(t.schema, t.name);
        if (t.schema != currentSchema) {
            // SHOW CREATE TABLE names same-schema references (foreign keys) without a schema.
            if (!dst.exec(QStringLiteral("USE %1").arg(MysqlConnection::quoteIdentifier(t.schema))))
                return targetFail(MysqlConnection::quoteIdentifier(t.schema));
            currentSchema = t.schema;
        }
        if (t.isSequence) {
            // A sequence has no rows to resume: always recreate it at the snapshot's value.
            const QByteArray next
                = src.scalar(QStringLiteral("SELECT next_not_cached_value FROM %1").arg(name));
            if (next.isNull())
                return fail(result, transient, CopyResult::Code::SourceFailed,
                    tr("Cannot read sequence %1 on the source.").arg(name), src);
            if (!dst.exec(QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(name))
                || !dst.exec(t.createStatement)
                || !dst.exec(QStringLiteral("SELECT SETVAL(%1, %2, 0)").arg(name, s(next))))
                return targetFail(name);
            continue;
        }
        bool exists = false;
        if (resume && !SchemaCatalog::tableExists(dst, t.schema, t.name, &exists))
            return targetFail(name);
        if (resume && exists)
            continue;
        if (resume) {
            // The target lost this table: whatever the journal says, copy all of it again.
            finishedChunks.erase(
                std::remove_if(finishedChunks.begin(), finishedChunks.end(),
                    [&](const CopyChunk &c) { return c.schema == t.schema && c.table == t.name; }),
                finishedChunks.end());
        }
        if (!dst.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(name)) || !createTable(dst, t))
            return targetFail(name);
    }
    return true;
}

bool CopyEngine::createTable(MysqlConnection &db, const TableInfo &t)
{
    if (!t.createWithoutIndexes.isEmpty()) {
        if (db.exec(t.createWithoutIndexes))
            return true;
        // The shortened statement is not valid (e.g. an AUTO_INCREMENT column needs its key):
        // create the table as it is (addDeferredIndexes() then finds nothing missing).
        qCInfo(lcCoreCopy).noquote() << "indexes of" << MysqlConnection::qualified(t.schema, t.name)
                                     << "not deferred:" << db.errorDetails();
    }
    return db.exec(t.createStatement);
}

bool CopyEngine::addDeferredIndexes(MysqlConnection &db, const TableInfo &t)
{
    if (t.deferredIndexes.isEmpty())
        return true;
    // Idempotent: a resumed run finds some or all of them already there.
    QList<MysqlConnection::Row> rows;
    if (!db.query(QStringLiteral("SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE "
                                 "TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
                      .arg(db.quoteString(t.schema), db.quoteString(t.name)),
            &rows))
        return false;
    QStringList existing;
    for (const auto &r : std::as_const(rows))
        existing << s(r.value(0));
    QList<QByteArray> missing;
    for (qsizetype i = 0; i < t.deferredIndexes.size(); ++i) {
        if (!existing.contains(t.deferredIndexNames.value(i), Qt::CaseInsensitive))
            missing << t.deferredIndexes[i];
    }
    if (missing.isEmpty())
        return true;
    QElapsedTimer timer;
    timer.start();
    const QByteArray alter
        = "ALTER TABLE " + MysqlConnection::qualified(t.schema, t.name).toUtf8() + ' ' + missing.join(", ");
    if (!db.exec(alter))
        return false;
    qCDebug(lcCoreCopy).noquote() << "indexes of" << MysqlConnection::qualified(t.schema, t.name)
                                  << "added in" << timer.elapsed() << "ms";
    return true;
}

bool CopyEngine::planChunks(
    bool resume, bool forVerification, std::vector<Task> *tasks, CopyResult *result, bool *transient)
{
    MysqlConnection &src = *m_readers[0];
    tasks->clear();
    m_chunksSkipped = 0;
    for (int i = 0; i < m_tables.size(); ++i) {
        const TableInfo &t = m_tables[i];
        if (t.isSequence)
            continue;
        if (forVerification && m_mode == Mode::Copy) {
            // Every chunk of this table was loaded and checked in this run: nothing left to do.
            const TableState &state = *m_tableStates[size_t(i)];
            if (!state.hadFinishedChunks && state.plannedChunks > 0
                && state.verifiedChunks.load() == state.plannedChunks)
                continue;
        }
        QList<CopyChunk> finished;
        if (!forVerification) {
            for (const CopyChunk &c : std::as_const(finishedChunks)) {
                if (c.schema == t.schema && c.table == t.name)
                    finished << c;
            }
        }
        const qint64 avgRow
            = t.estimatedRows > 0 ? std::max<qint64>(1, t.estimatedBytes / t.estimatedRows) : 100;
        const qint64 rowsPerChunk
            = std::max<qint64>(1000, std::min(m_options.chunkRows, m_options.chunkBytes / avgRow));

        if (t.chunkColumn.isEmpty()) {
            const bool done = std::any_of(
                finished.begin(), finished.end(), [](const CopyChunk &c) { return c.chunkColumn.isEmpty(); });
            if (done) {
                ++m_chunksSkipped;
                continue;
            }
            Task task;
            task.table = i;
            task.chunk = CopyChunk { t.schema, t.name, {}, {}, {} };
            task.recreate = resume;
            task.estimatedRows = t.estimatedRows;
            tasks->push_back(task);
            continue;
        }

        // The key's extent in the snapshot; chunk bounds come from it, the outermost chunks are
        // open so rows outside it on the target (a stale resume) are covered too.
        QList<MysqlConnection::Row> rows;
        const QString column = MysqlConnection::quoteIdentifier(t.chunkColumn);
        if (!src.query(QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2")
                           .arg(column, MysqlConnection::qualified(t.schema, t.name)),
                &rows))
            return fail(result, transient, CopyResult::Code::SourceFailed,
                tr("Cannot read table %1 on the source.").arg(MysqlConnection::qualified(t.schema, t.name)),
                src);
        Int128 minKey = 0;
        Int128 maxKey = -1;
        const bool hasRows
            = parseInt(rows.value(0).value(0), &minKey) && parseInt(rows.value(0).value(1), &maxKey);
        if (!hasRows) {
            minKey = 0;
            maxKey = -1;
        }

        // Intervals still to copy: the complement of the finished chunks in (-inf, +inf).
        struct Interval
        {
            bool lowerOpen;
            Int128 lower;
            bool upperOpen;
            Int128 upper;
        };
        std::vector<std::pair<Int128, Int128>> done; // [lo, hi) with open ends as extremes
        const Int128 minusInf = -(Int128(1) << 100);
        const Int128 plusInf = Int128(1) << 100;
        for (const CopyChunk &c : std::as_const(finished)) {
            if (c.chunkColumn != t.chunkColumn)
                continue; // from a different plan: not trusted
            Int128 lo = minusInf, hi = plusInf;
            if (!c.lower.isEmpty() && !parseInt(c.lower.toLatin1(), &lo))
                continue;
            if (!c.upper.isEmpty() && !parseInt(c.upper.toLatin1(), &hi))
                continue;
            done.emplace_back(lo, hi);
            ++m_chunksSkipped;
        }
        std::sort(done.begin(), done.end());
        std::vector<Interval> todo;
        Int128 cursor = minusInf;
        for (const auto &[lo, hi] : done) {
            if (lo > cursor)
                todo.push_back({ cursor == minusInf, cursor, false, lo });
            cursor = std::max(cursor, hi);
        }
        if (cursor < plusInf)
            todo.push_back({ cursor == minusInf, cursor, true, plusInf });

        const Int128 span = hasRows ? maxKey - minKey + 1 : 1;
        const QString table = MysqlConnection::qualified(t.schema, t.name);
        // Dense keys split evenly by value; sparse ones (gaps, outliers like 2^64-1) are walked
        // through the index so every chunk holds about rowsPerChunk rows.
        const bool dense = span <= Int128(std::max<qint64>(t.estimatedRows, 1)) * 4 + 1000;
        for (const Interval &iv : todo) {
            const Int128 lo = iv.lowerOpen ? minKey : std::max(iv.lower, minKey);
            const Int128 hi = iv.upperOpen ? maxKey + 1 : std::min(iv.upper, maxKey + 1);
            std::vector<Int128> splits; // inner boundaries, ascending, inside (lo, hi)
            if (hasRows && hi > lo) {
                if (dense) {
                    const Int128 estimated = Int128(std::max<qint64>(t.estimatedRows, 1)) * (hi - lo) / span;
                    Int128 pieces = std::max<Int128>(1, (estimated + rowsPerChunk - 1) / rowsPerChunk);
                    pieces = std::min<Int128>(pieces, hi - lo);
                    const Int128 step = (hi - lo + pieces - 1) / pieces;
                    for (Int128 k = 1; k < pieces; ++k) {
                        if (lo + k * step < hi)
                            splits.push_back(lo + k * step);
                    }
                } else {
                    Int128 cursor = lo;
                    for (;;) {
                        if (m_cancel->load())
                            break;
                        const QByteArray next
                            = src.scalar(QStringLiteral(
                                "SELECT %1 FROM %2 WHERE %1 > %3 AND %1 < %4 ORDER BY %1 LIMIT 1 OFFSET %5")
                                             .arg(column, table, toString(cursor), toString(hi))
                                             .arg(rowsPerChunk - 1));
                        Int128 value = 0;
                        if (next.isNull() || !parseInt(next, &value))
                            break;
                        splits.push_back(value);
                        cursor = value;
                    }
                    if (src.errorNumber() != 0)
                        return fail(result, transient, CopyResult::Code::SourceFailed,
                            tr("Cannot read table %1 on the source.").arg(table), src);
                }
            }
            const qint64 pieceRows
                = std::max<qint64>(1, t.estimatedRows / std::max<qint64>(1, qint64(splits.size()) + 1));
            for (size_t k = 0; k <= splits.size(); ++k) {
                Task task;
                task.table = i;
                task.chunk.schema = t.schema;
                task.chunk.table = t.name;
                task.chunk.chunkColumn = t.chunkColumn;
                task.chunk.lower
                    = k == 0 ? (iv.lowerOpen ? QString() : toString(iv.lower)) : toString(splits[k - 1]);
                task.chunk.upper = k == splits.size() ? (iv.upperOpen ? QString() : toString(iv.upper))
                                                      : toString(splits[k]);
                task.deleteRange = resume && !forVerification;
                task.estimatedRows = pieceRows;
                tasks->push_back(task);
            }
        }
    }
    if (!forVerification) {
        for (auto &state : m_tableStates) {
            state->pendingChunks = 0;
            state->plannedChunks = 0;
            state->verifiedChunks = 0;
            state->hadFinishedChunks = false;
        }
        for (const Task &task : *tasks) {
            ++m_tableStates[size_t(task.table)]->pendingChunks;
            ++m_tableStates[size_t(task.table)]->plannedChunks;
        }
        QHash<QString, int> index;
        for (int i = 0; i < m_tables.size(); ++i)
            index.insert(m_tables[i].schema + QChar(0x1f) + m_tables[i].name, i);
        for (const CopyChunk &c : std::as_const(finishedChunks)) {
            const int i = index.value(c.schema + QChar(0x1f) + c.table, -1);
            if (i >= 0)
                m_tableStates[size_t(i)]->hadFinishedChunks = true;
        }
    }
    // Biggest first, so one large table does not start last and run alone.
    std::stable_sort(tasks->begin(), tasks->end(),
        [](const Task &a, const Task &b) { return a.estimatedRows > b.estimatedRows; });
    if (!forVerification)
        m_chunksTotal = int(tasks->size()) + m_chunksSkipped;
    else
        m_chunksTotal = int(tasks->size());
    return true;
}

bool CopyEngine::runWorkers(
    const std::vector<Task> &tasks, bool verification, CopyResult *result, bool *transient)
{
    std::atomic<size_t> next { 0 };
    std::atomic<bool> stop { false };
    std::vector<Worker> workers(m_readers.size());
    std::vector<std::thread> threads;
    m_chunksDone = 0;
    for (size_t w = 0; w < workers.size(); ++w) {
        workers[w].reader = m_readers[w].get();
        workers[w].writer = m_writers[w].get();
        threads.emplace_back([&, w] {
            mysql_thread_init();
            Worker &worker = workers[w];
            for (;;) {
                if (stop.load() || m_cancel->load())
                    break;
                const size_t i = next.fetch_add(1);
                if (i >= tasks.size())
                    break;
                bool ok = verification ? verifyChunk(worker, tasks[i]) : copyChunk(worker, tasks[i]);
                // A deadlock or lock wait on the target only needs this chunk again (its
                // transaction was rolled back), not a new run.
                for (int retry = 0;
                     !ok && !verification && retry < 3 && worker.code == CopyResult::Code::TargetFailed
                     && (worker.writer->errorNumber() == ER_LOCK_DEADLOCK
                         || worker.writer->errorNumber() == ER_LOCK_WAIT_TIMEOUT);
                     ++retry) {
                    worker.code = CopyResult::Code::Ok;
                    Task again = tasks[i];
                    again.deleteRange = !again.chunk.chunkColumn.isEmpty();
                    again.recreate = again.chunk.chunkColumn.isEmpty();
                    ok = copyChunk(worker, again);
                }
                // Checked at once, while its pages are still in both servers' buffer pools; the
                // verification pass then skips the tables whose chunks were all checked here.
                if (ok && !verification && m_mode == Mode::Copy && m_options.verify
                    && m_options.verifyEachChunk) {
                    ok = verifyChunk(worker, tasks[i]);
                    if (ok) {
                        ++m_tableStates[size_t(tasks[i].table)]->verifiedChunks;
                        ++m_chunksVerified;
                    }
                }
                if (!ok) {
                    stop = true;
                    break;
                }
                ++m_chunksDone;
                emitProgress(verification ? CopyProgress::Phase::Verifying : CopyProgress::Phase::Data,
                    tasks[i].table, true);
            }
            mysql_thread_end();
        });
    }
    for (auto &t : threads)
        t.join();
    for (const Worker &w : workers) {
        if (w.code != CopyResult::Code::Ok && w.code != CopyResult::Code::Cancelled) {
            result->code = w.code;
            result->message = w.error;
            result->details = w.details;
            *transient = w.transient;
            return false;
        }
    }
    if (m_cancel->load()) {
        result->code = CopyResult::Code::Cancelled;
        result->message = tr("The database copy was cancelled.");
        return false;
    }
    return true;
}

bool CopyEngine::useBinaryLoad(const TableInfo &t, const MysqlConnection &writer) const
{
    // Array binding runs as one bulk execution on MariaDB 10.2.7 and later; elsewhere it would be
    // a round trip per row.
    if (m_options.binaryLoadMinRowBytes < 0 || !writer.isMariaDb() || writer.serverVersionNumber() < 100207)
        return false;
    const qint64 avgRow = t.estimatedRows > 0 ? t.estimatedBytes / t.estimatedRows : 0;
    return avgRow >= m_options.binaryLoadMinRowBytes;
}

bool CopyEngine::copyChunk(Worker &worker, const Task &task)
{
    bool rowTooLarge = false;
    const bool binary = useBinaryLoad(m_tables[task.table], *worker.writer);
    if (loadChunk(worker, task, binary, &rowTooLarge))
        return true;
    if (!rowTooLarge)
        return false;
    // A row longer than a packet may carry: LOAD DATA streams it. What the binary attempt left
    // on the target (a non-transactional table keeps it) is removed first.
    qCInfo(lcCoreCopy).noquote() << "chunk" << task.chunk.displayName()
                                 << "has a row too long for a bulk insert; loading it with LOAD DATA";
    worker.code = CopyResult::Code::Ok;
    Task again = task;
    again.deleteRange = !again.chunk.chunkColumn.isEmpty();
    again.recreate = again.chunk.chunkColumn.isEmpty();
    return loadChunk(worker, again, false, &rowTooLarge);
}

bool CopyEngine::loadChunk(Worker &worker, const Task &task, bool binary, bool *rowTooLarge)
{
    const TableInfo &t = m_tables[task.table];
    const QString name = MysqlConnection::qualified(t.schema, t.name);
    const QStringList columns = t.loadColumns();
    MysqlConnection &reader = *worker.reader;
    MysqlConnection &writer = *worker.writer;
    auto sourceFail = [&]() {
        worker.code = CopyResult::Code::SourceFailed;
        //: %1: a table and key range
        worker.error = tr("Reading %1 from the source database failed.").arg(task.chunk.displayName());
        worker.details = reader.errorDetails();
        worker.transient = reader.lastErrorIsTransient();
        qCWarning(lcCoreCopy).noquote() << worker.error << worker.details;
        return false;
    };
    auto targetFail = [&]() {
        worker.code = CopyResult::Code::TargetFailed;
        worker.error = tr("Writing %1 to the target database failed. Check the target's free disk space and "
                          "its log.")
                           .arg(task.chunk.displayName());
        worker.details = writer.errorDetails();
        worker.transient = writer.lastErrorIsTransient();
        qCWarning(lcCoreCopy).noquote() << worker.error << worker.details;
        writer.exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    if (task.recreate) {
        if (!writer.exec(QStringLiteral("USE %1").arg(MysqlConnection::quoteIdentifier(t.schema)))
            || !writer.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(name)) || !createTable(writer, t))
            return targetFail();
    }
    // The reader's character set is binary: bytes arrive exactly as stored, whatever the column's
    // character set, and LOAD DATA … CHARACTER SET binary stores them unchanged.
    const QByteArray select
        = QStringLiteral("SELECT %1 FROM %2%3 WHERE %4")
              .arg(selectList(t, columns), name, t.historyClause(), rangeCondition(task.chunk))
              .toUtf8();
    if (!reader.exec(QByteArrayLiteral("SET character_set_results = binary")))
        return sourceFail();
    MYSQL *src = reader.handle();
    if (mysql_real_query(src, select.constData(), select.size()) != 0) {
        reader.takeError(select);
        return sourceFail();
    }
    MYSQL_RES *res = mysql_use_result(src);
    if (!res) {
        reader.takeError(select);
        return sourceFail();
    }
    struct ResultGuard
    {
        MYSQL_RES *r;
        ~ResultGuard() { mysql_free_result(r); } // drains an unfinished result
    } guard { res };

    if (!writer.exec(QStringLiteral("START TRANSACTION")))
        return targetFail();
    if (task.deleteRange
        && !writer.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, rangeCondition(task.chunk))))
        return targetFail();

    TableState &state = *m_tableStates[size_t(task.table)];
    QElapsedTimer chunkTimer;
    chunkTimer.start();
    auto progress = [&](qint64 rows, qint64 bytes) {
        state.rows += rows;
        state.bytes += bytes;
        m_totalRows += rows;
        m_totalBytes += bytes;
        emitProgress(CopyProgress::Phase::Data, task.table, false);
    };
    auto cancelled = [&]() {
        writer.exec(QStringLiteral("ROLLBACK"));
        ++m_chunksInterrupted;
        worker.code = CopyResult::Code::Cancelled;
        return false;
    };
    qint64 chunkRows = 0;
    qint64 chunkBytes = 0;
    if (binary) {
        const QByteArray insert
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(name, columnList(columns),
                      QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))
                  .toUtf8();
        if (worker.targetMaxPacket <= 0) {
            bool ok = false;
            worker.targetMaxPacket
                = writer.scalar(QStringLiteral("SELECT @@max_allowed_packet"), &ok).toLongLong();
            if (!ok)
                return targetFail();
        }
        MYSQL_STMT *stmt = mysql_stmt_init(writer.handle());
        if (!stmt) {
            writer.takeError(insert);
            return targetFail();
        }
        struct StmtGuard
        {
            MYSQL_STMT *s;
            ~StmtGuard() { mysql_stmt_close(s); }
        } stmtGuard { stmt };
        if (mysql_stmt_prepare(stmt, insert.constData(), insert.size()) != 0) {
            writer.setError(mysql_stmt_errno(stmt), QString::fromUtf8(mysql_stmt_error(stmt)), insert);
            return targetFail();
        }
        BulkInserter bulk;
        bulk.reader = src;
        bulk.result = res;
        bulk.fields = mysql_num_fields(res);
        bulk.stmt = stmt;
        bulk.cancel = m_cancel;
        bulk.progress = progress;
        // Half the target's packet limit leaves room for the protocol's own bytes.
        const qint64 packetRoom = std::max<qint64>(worker.targetMaxPacket / 2, 64 * 1024);
        bulk.maxBatchBytes = size_t(std::clamp<qint64>(m_options.binaryBatchBytes, 64 * 1024, packetRoom));
        bulk.maxRowBytes = size_t(packetRoom);
        const BulkInserter::Outcome outcome = bulk.run();
        bulk.flushProgress();
        switch (outcome) {
        case BulkInserter::Outcome::Done:
            break;
        case BulkInserter::Outcome::Cancelled:
            return cancelled();
        case BulkInserter::Outcome::SourceError:
            reader.setError(bulk.errorNumber, bulk.errorText, select);
            writer.exec(QStringLiteral("ROLLBACK"));
            return sourceFail();
        case BulkInserter::Outcome::TargetError:
            writer.setError(bulk.errorNumber, bulk.errorText, insert);
            return targetFail();
        case BulkInserter::Outcome::RowTooLarge:
            writer.exec(QStringLiteral("ROLLBACK"));
            *rowTooLarge = true;
            worker.code = CopyResult::Code::TargetFailed;
            return false;
        }
        if (bulk.inserted != bulk.rows) {
            writer.setError(0,
                QStringLiteral("the bulk insert stored %1 of %2 rows (warnings: %3)")
                    .arg(bulk.inserted)
                    .arg(bulk.rows)
                    .arg(mysql_warning_count(writer.handle())),
                insert);
            return targetFail();
        }
        chunkRows = bulk.rows;
        chunkBytes = bulk.bytes;
    } else {
        RowPump pump;
        pump.reader = src;
        pump.result = res;
        pump.fields = mysql_num_fields(res);
        pump.cancel = m_cancel;
        pump.progress = progress;
        mysql_set_local_infile_handler(
            writer.handle(), RowPump::init, RowPump::readCallback, RowPump::end, RowPump::error, &pump);
        const QByteArray load
            = QStringLiteral("LOAD DATA LOCAL INFILE 'cutover-stream' INTO TABLE %1 CHARACTER SET "
                             "binary FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY "
                             "'\\n' (%2)")
                  .arg(name, columnList(columns))
                  .toUtf8();
        const int rc = mysql_real_query(writer.handle(), load.constData(), load.size());
        if (rc != 0)
            writer.takeError(load);
        mysql_set_local_infile_default(writer.handle());
        pump.flushProgress();
        if (pump.cancelled)
            return cancelled();
        if (pump.errorNumber != 0) {
            reader.setError(pump.errorNumber, pump.errorText, select);
            writer.exec(QStringLiteral("ROLLBACK"));
            return sourceFail();
        }
        if (rc != 0)
            return targetFail();
        const my_ulonglong loaded = mysql_affected_rows(writer.handle());
        if (qint64(loaded) != pump.rows) {
            writer.setError(0,
                QStringLiteral("LOAD DATA stored %1 of %2 rows (warnings: %3)")
                    .arg(loaded)
                    .arg(pump.rows)
                    .arg(mysql_warning_count(writer.handle())),
                load);
            return targetFail();
        }
        chunkRows = pump.rows;
        chunkBytes = pump.bytes;
    }
    if (!writer.exec(QStringLiteral("COMMIT")))
        return targetFail();
    if (binary)
        ++m_chunksBinary;
    {
        std::lock_guard lock(m_progressMutex);
        finishedChunks.append(task.chunk); // a retry within this run skips it
        if (chunkFinishedCallback)
            chunkFinishedCallback(task.chunk);
    }
    if (--state.pendingChunks == 0 && !addDeferredIndexes(writer, t)) {
        worker.code = CopyResult::Code::TargetFailed;
        //: %1: a table like `shop`.`orders`
        worker.error = tr("Adding the indexes of %1 on the target database failed. Check the target's free "
                          "disk space and its log.")
                           .arg(name);
        worker.details = writer.errorDetails();
        worker.transient = writer.lastErrorIsTransient();
        qCWarning(lcCoreCopy).noquote() << worker.error << worker.details;
        return false;
    }
    qCDebug(lcCoreCopy).noquote() << "chunk" << task.chunk.displayName() << chunkRows << "rows" << chunkBytes
                                  << "bytes" << chunkTimer.elapsed() << "ms"
                                  << (binary ? "binary" : "load data");
    return true;
}

bool CopyEngine::verifyChunk(Worker &worker, const Task &task)
{
    const TableInfo &t = m_tables[task.table];
    const QString name = MysqlConnection::qualified(t.schema, t.name);
    // Per row a 64-bit hash (first half of MD5) over every column as bytes, plus which columns
    // are NULL (so NULL, '' and 'NULL' differ); summed, so duplicate rows count, and counted.
    QStringList parts;
    QStringList nulls;
    for (const QString &c : t.allColumns()) {
        const QString q = MysqlConnection::quoteIdentifier(c);
        parts << QStringLiteral("CAST(%1 AS BINARY)").arg(readExpression(t, c));
        nulls << QStringLiteral("ISNULL(%1)").arg(q);
    }
    parts << QStringLiteral("CONCAT(%1)").arg(nulls.join(QLatin1Char(',')));
    const QByteArray sql
        = QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(CAST(CONV(SUBSTRING(MD5(CONCAT_WS(0x1f,%1)),1,16),16,10) AS "
            "UNSIGNED)),0) FROM %2%3 WHERE %4")
              .arg(parts.join(QLatin1Char(',')), name, t.historyClause(), rangeCondition(task.chunk))
              .toUtf8();
    MysqlConnection &src = *worker.reader;
    MysqlConnection &dst = *worker.writer;
    // Both servers compute at once.
    if (mysql_send_query(src.handle(), sql.constData(), sql.size()) != 0) {
        src.takeError(sql);
        worker.code = CopyResult::Code::SourceFailed;
        worker.error = tr("Verifying %1 on the source database failed.").arg(task.chunk.displayName());
        worker.details = src.errorDetails();
        worker.transient = src.lastErrorIsTransient();
        return false;
    }
    const bool sentTarget = mysql_send_query(dst.handle(), sql.constData(), sql.size()) == 0;
    auto collect = [&](MysqlConnection &db, QByteArray *count, QByteArray *sum) {
        if (mysql_read_query_result(db.handle()) != 0) {
            db.takeError(sql);
            return false;
        }
        MYSQL_RES *res = mysql_store_result(db.handle());
        if (!res) {
            db.takeError(sql);
            return false;
        }
        MYSQL_ROW row = mysql_fetch_row(res);
        if (row) {
            *count = QByteArray(row[0]);
            *sum = QByteArray(row[1]);
        }
        mysql_free_result(res);
        return true;
    };
    QByteArray srcCount, srcSum, dstCount, dstSum;
    const bool srcOk = collect(src, &srcCount, &srcSum);
    const bool dstOk = sentTarget && collect(dst, &dstCount, &dstSum);
    if (!sentTarget)
        dst.takeError(sql);
    if (!srcOk || !dstOk) {
        MysqlConnection &bad = srcOk ? dst : src;
        worker.code = srcOk ? CopyResult::Code::TargetFailed : CopyResult::Code::SourceFailed;
        worker.error = tr("Verifying %1 failed.").arg(task.chunk.displayName());
        worker.details = bad.errorDetails();
        worker.transient = bad.lastErrorIsTransient();
        return false;
    }
    if (srcCount != dstCount || srcSum != dstSum) {
        VerifyMismatch m;
        m.schema = t.schema;
        m.object = t.name;
        m.kind = QStringLiteral("rows");
        m.range = task.chunk.chunkColumn.isEmpty()
            ? QStringLiteral("whole table")
            : QStringLiteral("%1 in [%2, %3)")
                  .arg(task.chunk.chunkColumn,
                      task.chunk.lower.isEmpty() ? QStringLiteral("-inf") : task.chunk.lower,
                      task.chunk.upper.isEmpty() ? QStringLiteral("+inf") : task.chunk.upper);
        m.detail = QStringLiteral("source %1 rows (hash sum %2), target %3 rows (hash sum %4)")
                       .arg(s(srcCount), s(srcSum), s(dstCount), s(dstSum));
        qCWarning(lcCoreCopy).noquote() << "mismatch" << name << m.range << m.detail;
        std::lock_guard lock(m_progressMutex);
        m_mismatches << m;
    }
    return true;
}

QString CopyEngine::createFailedMessage(const ObjectInfo &o)
{
    const QString name = MysqlConnection::qualified(o.schema, o.name);
    switch (o.kind) {
    case ObjectInfo::Kind::View:
        //: %1: a view like `shop`.`orders_view`
        return tr("Cannot create the view %1 on the target database. Check the details, then copy the "
                  "database again.")
            .arg(name);
    case ObjectInfo::Kind::Procedure:
        //: %1: a procedure like `shop`.`close_orders`
        return tr("Cannot create the stored procedure %1 on the target database. Check the details, then "
                  "copy the database again.")
            .arg(name);
    case ObjectInfo::Kind::Function:
        //: %1: a function like `shop`.`net_price`
        return tr("Cannot create the stored function %1 on the target database. Check the details, then "
                  "copy the database again.")
            .arg(name);
    case ObjectInfo::Kind::Trigger:
        //: %1: a trigger like `shop`.`orders_bi`
        return tr("Cannot create the trigger %1 on the target database. Check the details, then copy the "
                  "database again.")
            .arg(name);
    case ObjectInfo::Kind::Event:
        //: %1: an event like `shop`.`nightly_cleanup`
        return tr("Cannot create the event %1 on the target database. Check the details, then copy the "
                  "database again.")
            .arg(name);
    }
    return {};
}

QString CopyEngine::mismatchMessage(const QList<VerifyMismatch> &mismatches)
{
    const VerifyMismatch &first = mismatches.first();
    const int n = int(mismatches.size());
    const QString name = MysqlConnection::qualified(first.schema, first.object);
    if (first.kind == QLatin1String("rows") && first.range != QLatin1String("whole table"))
        //: %n: number of differences; %1: a table like `shop`.`orders`; %2: a key range like id in [1, 500)
        return tr("The copied data differs from the source in %n place(s), first in the rows of table %1 "
                  "with %2. Do not switch over; copy the database again.",
            nullptr, n)
            .arg(name, first.range);
    if (first.kind == QLatin1String("rows"))
        //: %n: number of differences; %1: a table like `shop`.`orders`
        return tr("The copied data differs from the source in %n place(s), first in the rows of table %1. "
                  "Do not switch over; copy the database again.",
            nullptr, n)
            .arg(name);
    if (first.kind == QLatin1String("missing"))
        //: %n: number of differences; %1: an object like `shop`.`orders_view`
        return tr("The copied data differs from the source in %n place(s), first: %1 is missing on the "
                  "target. Do not switch over; copy the database again.",
            nullptr, n)
            .arg(name);
    //: %n: number of differences; %1: a table or object like `shop`.`orders`
    return tr("The copied data differs from the source in %n place(s), first in the definition of %1. Do "
              "not switch over; copy the database again.",
        nullptr, n)
        .arg(name);
}

bool CopyEngine::createObjects(CopyResult *result, bool *transient)
{
    MysqlConnection &dst = *m_writers[0];
    auto targetFail = [&](const ObjectInfo &o) {
        return fail(result, transient, CopyResult::Code::TargetFailed, createFailedMessage(o), dst);
    };
    auto create = [&](const ObjectInfo &o) {
        if (!dst.exec(QStringLiteral("USE %1").arg(MysqlConnection::quoteIdentifier(o.schema))))
            return false;
        // The statement arrives as utf8mb4; the collation and sql_mode are the original's, so
        // literals compare and the body parses as they did on the source.
        QByteArray settings
            = "SET SESSION character_set_client = utf8mb4, SESSION sql_mode = " + dst.quoteBytes(o.sqlMode);
        if (!o.collationConnection.isEmpty())
            settings += ", SESSION collation_connection = " + dst.quoteBytes(o.collationConnection);
        if (!o.timeZone.isEmpty() && o.timeZone != "SYSTEM")
            settings += ", SESSION time_zone = " + dst.quoteBytes(o.timeZone);
        const bool ok = dst.exec(settings) && dst.exec(o.createStatement);
        const unsigned number = dst.errorNumber();
        const QString text = dst.errorText();
        dst.exec(QStringLiteral(
            "SET NAMES utf8mb4, SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO', SESSION time_zone = "
            "'+00:00'"));
        if (!ok)
            dst.setError(number, text, o.createStatement.left(300));
        return ok;
    };
    // Drop what a resumed or repeated run left, so each CREATE starts clean.
    for (const ObjectInfo &o : std::as_const(m_objects)) {
        const QString kw = o.kindName().toUpper();
        if (!dst.exec(
                QStringLiteral("DROP %1 IF EXISTS %2").arg(kw, MysqlConnection::qualified(o.schema, o.name))))
            return targetFail(o);
    }
    // Views in dependency order: create what can be created, retry the rest while that helps.
    QList<ObjectInfo> pending;
    for (const ObjectInfo &o : std::as_const(m_objects)) {
        if (o.kind == ObjectInfo::Kind::View)
            pending << o;
    }
    while (!pending.isEmpty()) {
        QList<ObjectInfo> again;
        for (const ObjectInfo &o : std::as_const(pending)) {
            if (create(o))
                continue;
            if (dst.errorNumber() == ER_NO_SUCH_TABLE || dst.errorNumber() == ER_VIEW_INVALID
                || dst.errorNumber() == ER_SP_DOES_NOT_EXIST)
                again << o;
            else
                return targetFail(o);
        }
        if (again.size() == pending.size())
            return targetFail(again.first());
        pending = again;
    }
    for (auto kind : { ObjectInfo::Kind::Procedure, ObjectInfo::Kind::Function, ObjectInfo::Kind::Trigger,
             ObjectInfo::Kind::Event }) {
        for (const ObjectInfo &o : std::as_const(m_objects)) {
            if (o.kind == kind && !create(o))
                return targetFail(o);
        }
    }
    return true;
}

bool CopyEngine::copyAccounts(CopyResult *result, bool *transient)
{
    MysqlConnection &src = *m_readers[0];
    MysqlConnection &dst = *m_writers[0];
    QList<MysqlConnection::Row> rows;
    if (!src.query(CopySql::accountList(src.flavor()), &rows))
        return fail(result, transient, CopyResult::Code::SourceFailed,
            tr("Cannot read the accounts of the source database. The migration account needs read access "
               "to the mysql schema, or turn off copying accounts."),
            src);
    struct Account
    {
        QString user, host;
        bool role;
    };
    QList<Account> accounts;
    const QString sourceUser = m_source.user;
    const QString targetUser = m_target.user;
    for (const auto &r : rows) {
        Account a { s(r.value(0)), s(r.value(1)), r.value(2) == "Y" };
        if (isSystemAccount(a.user, m_options.excludedAccounts) || a.user == sourceUser
            || a.user == targetUser)
            continue;
        accounts << a;
    }
    auto accountName = [&](const Account &a) {
        return a.role ? src.quoteString(a.user)
                      : src.quoteString(a.user) + QLatin1Char('@') + src.quoteString(a.host);
    };
    auto targetFail = [&](const Account &a) {
        return fail(result, transient, CopyResult::Code::TargetFailed,
            //: %1: an account like 'shop'@'%'
            tr("Cannot create the account %1 on the target database. The migration account needs the "
               "CREATE USER privilege and GRANT OPTION.")
                .arg(accountName(a)),
            dst);
    };
    // Accounts (and roles) first, then every grant, since grants may name roles.
    QHash<QString, QList<QByteArray>> grants;
    for (const Account &a : std::as_const(accounts)) {
        const QString name = accountName(a);
        QList<MysqlConnection::Row> g;
        if (!src.query(QStringLiteral("SHOW GRANTS FOR %1").arg(name), &g))
            return fail(result, transient, CopyResult::Code::SourceFailed,
                tr("Cannot read the grants of %1 on the source database.").arg(name), src);
        for (const auto &line : g)
            grants[name] << line.value(0);
        QByteArray create;
        if (a.role) {
            create = QStringLiteral("CREATE ROLE %1").arg(name).toUtf8();
            if (!dst.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name)))
                return targetFail(a);
        } else {
            QList<MysqlConnection::Row> c;
            if (!src.query(QStringLiteral("SHOW CREATE USER %1").arg(name), &c))
                return fail(result, transient, CopyResult::Code::SourceFailed,
                    tr("Cannot read the account %1 on the source database.").arg(name), src);
            create = c.value(0).value(0);
            if (!dst.exec(QStringLiteral("DROP USER IF EXISTS %1").arg(name)))
                return targetFail(a);
        }
        if (!dst.exec(create))
            return targetFail(a);
    }
    for (const Account &a : std::as_const(accounts)) {
        for (const QByteArray &grant : grants.value(accountName(a))) {
            if (!dst.exec(grant))
                return targetFail(a);
        }
    }
    qCInfo(lcCoreCopy) << "copied" << accounts.size() << "accounts";
    return true;
}

bool CopyEngine::compareDefinitions(CopyResult *result, bool *transient)
{
    MysqlConnection &src = *m_readers[0];
    MysqlConnection &dst = *m_writers[0];
    // Definitions compare exactly between servers of one flavour; across flavours the text of
    // SHOW CREATE differs legitimately, so only existence is checked.
    const bool exact = src.isMariaDb() == dst.isMariaDb();
    QString currentSchema;
    auto check = [&](const QString &schema, const QString &name, const QString &kind) {
        if (schema != currentSchema) {
            // SHOW CREATE VIEW qualifies names unless they are in the current schema: make both
            // sides' current schema the same.
            const QString use = QStringLiteral("USE %1").arg(MysqlConnection::quoteIdentifier(schema));
            src.exec(use);
            dst.exec(use);
            currentSchema = schema;
        }
        QByteArray a, b;
        bool missingA = false, missingB = false;
        if (!SchemaCatalog::definition(src, schema, name, kind, &a, &missingA))
            return fail(result, transient, CopyResult::Code::SourceFailed,
                tr("Cannot read the definition of %1 on the source.")
                    .arg(MysqlConnection::qualified(schema, name)),
                src);
        if (!SchemaCatalog::definition(dst, schema, name, kind, &b, &missingB))
            return fail(result, transient, CopyResult::Code::TargetFailed,
                tr("Cannot read the definition of %1 on the target.")
                    .arg(MysqlConnection::qualified(schema, name)),
                dst);
        if (missingB) {
            m_mismatches << VerifyMismatch { schema, name, QStringLiteral("missing"), {},
                QStringLiteral("%1 does not exist on the target").arg(kind) };
        } else if (exact && a != b) {
            m_mismatches << VerifyMismatch { schema, name, kind, {},
                QStringLiteral("definitions differ: source «%1», target «%2»")
                    .arg(s(a.left(500)), s(b.left(500))) };
        }
        return true;
    };
    for (const TableInfo &t : std::as_const(m_tables)) {
        if (!check(t.schema, t.name, t.isSequence ? QStringLiteral("sequence") : QStringLiteral("table")))
            return false;
        if (t.isSequence) {
            const QString name = MysqlConnection::qualified(t.schema, t.name);
            const QString q = QStringLiteral("SELECT next_not_cached_value FROM %1").arg(name);
            const QByteArray a = src.scalar(q);
            const QByteArray b = dst.scalar(q);
            if (a != b)
                m_mismatches << VerifyMismatch { t.schema, t.name, QStringLiteral("sequence"), {},
                    QStringLiteral("next value: source %1, target %2").arg(s(a), s(b)) };
        }
    }
    for (const ObjectInfo &o : std::as_const(m_objects)) {
        if (!check(o.schema, o.name, o.kindName()))
            return false;
    }
    return true;
}

void CopyEngine::emitProgress(CopyProgress::Phase phase, int table, bool force)
{
    if (!progressCallback)
        return;
    const qint64 now = nowMs();
    if (m_options.progressIntervalMs <= 0)
        force = true;
    else if (!force && now - m_lastProgressMs.load(std::memory_order_relaxed) < m_options.progressIntervalMs)
        return;
    std::unique_lock lock(m_progressMutex, std::defer_lock);
    if (force)
        lock.lock();
    else if (!lock.try_lock())
        return; // another thread is reporting right now; this update is not needed
    m_lastProgressMs = now;
    CopyProgress p;
    p.phase = phase;
    if (table >= 0 && table < m_tables.size()) {
        p.schema = m_tables[table].schema;
        p.table = m_tables[table].name;
        p.tableRows = m_tableStates[size_t(table)]->rows.load();
        p.tableBytes = m_tableStates[size_t(table)]->bytes.load();
    }
    p.totalRows = m_totalRows.load();
    p.totalBytes = m_totalBytes.load();
    p.estimatedTotalRows = m_estimatedRows;
    p.estimatedTotalBytes = m_estimatedBytes;
    p.chunksDone = m_chunksDone.load() + (phase == CopyProgress::Phase::Data ? m_chunksSkipped : 0);
    p.chunksTotal = m_chunksTotal;
    progressCallback(p);
}

} // namespace cutover
