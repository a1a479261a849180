// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalrestore.h"

#include "applianceconfig.h"
#include "auditlog.h"
#include "database.h"
#include "jsonfile.h"
#include "maintenancemode.h"
#include "migrationaccounts.h"
#include "pipewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStorageInfo>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcRestore, "cutover.appliance.restore")

namespace cutover {

namespace {
const QString kStateFile = QStringLiteral("physical-restore.json");
constexpr qint64 kReadChunk = 4 * 1024 * 1024;
/** Socket reads stop while mbstream has more than this waiting on its standard input. */
constexpr qint64 kHighWater = 16 * 1024 * 1024;
constexpr qint64 kLowWater = 4 * 1024 * 1024;
constexpr int kHeadLimit = 16 * 1024;
constexpr int kPipeSize = 1024 * 1024;
constexpr qint64 kBatch = 1024 * 1024;
constexpr qint64 kDiskReserve = 256 * 1024 * 1024;
constexpr int kErrorBodyLimit = 64 * 1024;
constexpr int kConnectTimeoutMs = 30000;
constexpr int kStallTimeoutMs = 5 * 60 * 1000;
constexpr int kCommandTimeoutMs = 300000;
constexpr int kDatabaseWaitMs = 120000;
constexpr int kDeadSocketMs = 5000;

const QList<QPair<PhysicalRestore::State, QString>> kStateNames {
    { PhysicalRestore::State::Idle, QStringLiteral("idle") },
    { PhysicalRestore::State::Streaming, QStringLiteral("streaming") },
    { PhysicalRestore::State::Preparing, QStringLiteral("preparing") },
    { PhysicalRestore::State::Swapping, QStringLiteral("swapping") },
    { PhysicalRestore::State::Starting, QStringLiteral("starting") },
    { PhysicalRestore::State::Ready, QStringLiteral("ready") },
    { PhysicalRestore::State::Failed, QStringLiteral("failed") },
    { PhysicalRestore::State::RolledBack, QStringLiteral("rolled-back") },
    { PhysicalRestore::State::Committed, QStringLiteral("committed") },
};

PhysicalRestore::State stateFromName(const QString &name)
{
    for (const auto &p : kStateNames) {
        if (p.second == name)
            return p.first;
    }
    return PhysicalRestore::State::Idle;
}

bool removeTree(const QString &path)
{
    return !QFileInfo::exists(path) || QDir(path).removeRecursively();
}

bool renamePath(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    qCWarning(lcRestore) << "cannot rename" << from << "to" << to << ":" << strerror(errno);
    return false;
}

/** The fresh data must belong to whoever owns the datadir (mysql on an appliance, not root). */
void copyOwnership(const QString &reference, const QString &tree)
{
    struct stat ref
    {
    };
    if (::stat(QFile::encodeName(reference).constData(), &ref) != 0)
        return;
    ::chmod(QFile::encodeName(tree).constData(), ref.st_mode & 07777);
    if (ref.st_uid == ::geteuid() && ref.st_gid == ::getegid())
        return;
    [[maybe_unused]] int rc = ::lchown(QFile::encodeName(tree).constData(), ref.st_uid, ref.st_gid);
    QDirIterator it(tree, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        rc = ::lchown(QFile::encodeName(it.next()).constData(), ref.st_uid, ref.st_gid);
}

/**
 * Cutover's own accounts belong to the server they were made on: the temporary migration accounts
 * and the permanent replication logins of a high-availability group (cutover_ha_*). The target keeps
 * its own and gets none of the source's.
 */
bool isServiceAccount(const QString &user)
{
    return MigrationAccounts::isMigrationUser(user) || user.startsWith(QLatin1String("cutover_ha_"));
}

QString ident(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

PhysicalRestore::PhysicalRestore(const ApplianceConfig &config, Database &db, MaintenanceMode &maintenance,
    AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_db(db)
    , m_maintenance(maintenance)
    , m_audit(audit)
    , m_stateFile(config.statePath(kStateFile))
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Streaming)
            return;
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || !m_headDone)
            fail(ApiError::Code::SourceUnreachable, QStringLiteral("No answer in time."));
        else
            fail(ApiError::Code::StreamInterrupted, QStringLiteral("No data for five minutes."));
    });
}

PhysicalRestore::~PhysicalRestore()
{
    teardownTransfer();
}

QString PhysicalRestore::stateName(State state)
{
    for (const auto &p : kStateNames) {
        if (p.first == state)
            return p.second;
    }
    return QStringLiteral("idle");
}

QString PhysicalRestore::normalisedFingerprint(const QString &fingerprint)
{
    QString out;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

bool PhysicalRestore::busy() const
{
    return m_operationRunning || m_state == State::Streaming || m_state == State::Preparing
        || m_state == State::Swapping || m_state == State::Starting;
}

QString PhysicalRestore::datadir() const
{
    QString dir = m_config.mariadbDatadir;
    if (dir.isEmpty()) {
        if (const auto v = m_db.scalar(QStringLiteral("SELECT @@datadir")))
            dir = v->toString();
    }
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir.isEmpty() ? QString() : QFileInfo(dir).absoluteFilePath();
}

// ---------------------------------------------------------------------------------------------
// State file

void PhysicalRestore::persist()
{
    m_updatedAt = QDateTime::currentDateTimeUtc();
    QJsonObject o = status();
    o.insert(QStringLiteral("user"), m_user);
    o.insert(QStringLiteral("sourceHost"), m_sourceHost);
    o.insert(QStringLiteral("sourcePort"), m_sourcePort);
    o.insert(QStringLiteral("datadir"), m_datadir);
    o.insert(QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("updatedAt"), m_updatedAt.toString(Qt::ISODate));
    if (!JsonFile::write(m_stateFile, o, true))
        qCWarning(lcRestore) << "cannot write" << m_stateFile;
}

void PhysicalRestore::setState(State state)
{
    if (state != m_state)
        qCInfo(lcRestore).noquote() << "job" << m_job << stateName(m_state) << "->" << stateName(state);
    m_state = state;
}

void PhysicalRestore::recover()
{
    QJsonObject o;
    if (!JsonFile::read(m_stateFile, &o))
        return;
    m_job = o.value(QStringLiteral("job")).toString();
    m_state = stateFromName(o.value(QStringLiteral("state")).toString());
    m_user = o.value(QStringLiteral("user")).toString();
    m_sourceHost = o.value(QStringLiteral("sourceHost")).toString();
    m_sourcePort = o.value(QStringLiteral("sourcePort")).toInt(443);
    m_datadir = o.value(QStringLiteral("datadir")).toString();
    m_bytesStreamed = o.value(QStringLiteral("bytesStreamed")).toInteger();
    m_bytesExpected = o.value(QStringLiteral("bytesExpected")).toInteger();
    m_bytesPrepared = o.value(QStringLiteral("bytesPrepared")).toInteger();
    m_binlogFile = o.value(QStringLiteral("binlogFile")).toString();
    m_binlogPosition = o.value(QStringLiteral("binlogPosition")).toInteger(-1);
    m_gtid = o.value(QStringLiteral("gtid")).toString();
    m_previousKept = o.value(QStringLiteral("previousDatadirKept")).toBool();
    m_error = o.value(QStringLiteral("error")).toObject();
    m_startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    if (m_datadir.isEmpty())
        return;
    if (m_previousKept && !QFileInfo::exists(previousDir()))
        m_previousKept = false;
    switch (m_state) {
    case State::Streaming:
    case State::Preparing:
    case State::Swapping:
    case State::Starting: {
        qCWarning(lcRestore).noquote() << "job" << m_job << "was interrupted in state" << stateName(m_state);
        removeLeftover(freshDir(), 10);
        QFile::remove(initFile());
        if (!QFileInfo::exists(m_datadir) && QFileInfo::exists(previousDir())) {
            // Killed between the two renames: the old data goes back where MariaDB looks for it.
            if (renamePath(previousDir(), m_datadir)) {
                m_previousKept = false;
                runCommand(m_config.startDatabaseCommand, {}, [](bool) {});
            }
        }
        m_error = ApiError::object(ApiError::Code::RestoreInterrupted);
        setState(State::Failed);
        persist();
        m_audit.append(m_user, QStringLiteral("migration.physical_restore.failed"),
            { { QStringLiteral("job"), m_job },
                { QStringLiteral("code"), m_error.value(QStringLiteral("code")) } });
        break;
    }
    default:
        break;
    }
}

void PhysicalRestore::removeLeftover(const QString &dir, int attempts)
{
    // A child of the killed daemon may still be finishing a file in it: try again a little later.
    if ((removeTree(dir) && !QFileInfo::exists(dir)) || attempts <= 1)
        return;
    QTimer::singleShot(500, this, [this, dir, attempts] {
        if (!busy())
            removeLeftover(dir, attempts - 1);
    });
}

QJsonObject PhysicalRestore::status() const
{
    QJsonObject o { { QStringLiteral("job"), m_job.isEmpty() ? QJsonValue() : QJsonValue(m_job) },
        { QStringLiteral("state"), stateName(m_state) }, { QStringLiteral("bytesStreamed"), m_bytesStreamed },
        { QStringLiteral("bytesExpected"), m_bytesExpected },
        { QStringLiteral("bytesPrepared"), m_bytesPrepared },
        { QStringLiteral("binlogFile"), m_binlogFile.isEmpty() ? QJsonValue() : QJsonValue(m_binlogFile) },
        { QStringLiteral("binlogPosition"),
            m_binlogPosition < 0 ? QJsonValue() : QJsonValue(m_binlogPosition) },
        { QStringLiteral("gtid"), m_binlogFile.isEmpty() ? QJsonValue() : QJsonValue(m_gtid) },
        { QStringLiteral("previousDatadirKept"), m_previousKept } };
    if (!m_error.isEmpty() && (m_state == State::Failed || m_state == State::RolledBack))
        o.insert(QStringLiteral("error"), m_error);
    return o;
}

// ---------------------------------------------------------------------------------------------
// Start

std::optional<ApiError::Code> PhysicalRestore::start(Request request)
{
    if (busy())
        return ApiError::Code::RestoreRunning;
    if (m_previousKept)
        return ApiError::Code::RestoreState; // commit or roll back the last one first
    if (m_config.stopDatabaseCommand.isEmpty() || m_config.startDatabaseCommand.isEmpty())
        return ApiError::Code::RestoreNotConfigured;
    const QString dir = datadir();
    if (dir.isEmpty())
        return ApiError::Code::DatabaseUnavailable;
    if (!QFileInfo(dir).isDir())
        return ApiError::Code::RestoreNotConfigured;

    teardownTransfer();
    m_job
        = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    m_user = request.user;
    m_sourceHost = request.sourceHost;
    m_sourcePort = request.sourcePort;
    m_pin = normalisedFingerprint(request.sourceFingerprint);
    m_ticket = request.ticket;
    m_datadir = dir;
    m_bytesStreamed = m_bytesExpected = m_bytesPrepared = 0;
    m_binlogFile.clear();
    m_binlogPosition = -1;
    m_gtid.clear();
    m_error = {};
    m_previousKept = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_head.clear();
    m_headDone = false;
    m_httpStatus = 0;
    m_errorBodyLength = -1;
    m_errorBody.clear();
    m_decoder = ChunkedDecoder();
    m_batch.clear();
    m_paused = m_sourceClosed = m_streamComplete = false;
    m_extractStderr.clear();
    removeTree(freshDir());
    QFile::remove(initFile());
    if (!QDir().mkpath(freshDir()))
        return ApiError::Code::Internal;
    ::chmod(QFile::encodeName(freshDir()).constData(), 0700);
    setState(State::Streaming);
    persist();
    m_audit.append(m_user, QStringLiteral("migration.physical_restore.start"),
        { { QStringLiteral("job"), m_job }, { QStringLiteral("sourceHost"), m_sourceHost },
            { QStringLiteral("sourcePort"), m_sourcePort } });
    m_clock.start();
    connectToSource();
    return std::nullopt;
}

void PhysicalRestore::connectToSource()
{
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    // Pinned, not verified against a CA: the appliances' certificates are self-signed, and the
    // fingerprint Cutover trusts for the source is the stronger check (made in onEncrypted()).
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setReadBufferSize(kReadChunk);
    connect(socket, &QSslSocket::encrypted, this, &PhysicalRestore::onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &PhysicalRestore::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &PhysicalRestore::onSourceClosed);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_state != State::Streaming)
            return;
        if (!m_socket || !m_socket->isEncrypted()) {
            fail(ApiError::Code::SourceUnreachable,
                QStringLiteral("%1:%2: %3.")
                    .arg(m_sourceHost)
                    .arg(m_sourcePort)
                    .arg(m_socket ? m_socket->errorString() : QStringLiteral("closed")));
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::NetworkError)
            onSourceClosed();
    });
    m_stallTimer.start(kConnectTimeoutMs);
    socket->connectToHostEncrypted(m_sourceHost, quint16(m_sourcePort));
}

void PhysicalRestore::onEncrypted()
{
    if (!m_socket || m_state != State::Streaming)
        return;
    const QString presented = normalisedFingerprint(
        QString::fromLatin1(m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex()));
    if (presented != m_pin) {
        // Before a single byte of the request: the ticket never reaches an impostor.
        fail(ApiError::Code::SourceFingerprintMismatch,
            QStringLiteral("Expected %1, the source presented %2.").arg(m_pin, presented));
        return;
    }
    QByteArray request = "GET /api/v1/migration/backup-stream HTTP/1.1\r\nHost: " + m_sourceHost.toLatin1()
        + "\r\nUser-Agent: applianced/" CUTOVER_VERSION "\r\nAccept: application/octet-stream\r\n"
        + "X-Cutover-Backup-Ticket: " + m_ticket + "\r\nConnection: close\r\n\r\n";
    m_socket->write(request);
    request.fill('\0');
    m_ticket.fill('\0');
    m_ticket.clear();
    m_stallTimer.start(kStallTimeoutMs);
}

bool PhysicalRestore::parseHead()
{
    const int end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > kHeadLimit)
            fail(ApiError::Code::SourceRefused, QStringLiteral("The answer's header is too large."));
        return false;
    }
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    m_httpStatus = statusLine.value(1).toInt();
    bool chunked = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
        else if (name == "content-length")
            m_errorBodyLength = value.toLongLong();
        else if (name == "x-cutover-datadir-bytes")
            m_bytesExpected = value.toLongLong();
    }
    m_head.remove(0, end + 4);
    m_headDone = true;
    if (m_httpStatus == 200 && !chunked) {
        fail(ApiError::Code::SourceRefused, QStringLiteral("The answer is not a chunked stream."));
        return false;
    }
    if (m_httpStatus == 200) {
        // The old datadir stays until commit: the new data must fit next to it, with room to spare
        // for the running MariaDB, which shares the disk and must not run out of space.
        const qint64 needed = m_bytesExpected + m_bytesExpected / 10 + kDiskReserve;
        const qint64 free = QStorageInfo(QFileInfo(m_datadir).absolutePath()).bytesAvailable();
        if (m_bytesExpected > 0 && free >= 0 && free < needed) {
            fail(ApiError::Code::DiskFull,
                QStringLiteral("%1 bytes are needed, %2 are free.").arg(needed).arg(free));
            return false;
        }
        startExtract();
    }
    return true;
}

void PhysicalRestore::startExtract()
{
    m_extract = new QProcess(this);
    m_extractInput = new PipeWriter(this);
    const int readEnd = m_extractInput->open(kPipeSize);
    if (readEnd < 0) {
        fail(ApiError::Code::ExtractFailed, QStringLiteral("Cannot create a pipe."));
        return;
    }
    m_extract->setStandardInputFile(QProcess::nullDevice());
    m_extract->setStandardOutputFile(QProcess::nullDevice());
    m_extract->setChildProcessModifier([readEnd] {
        ::dup2(readEnd, STDIN_FILENO);
        // Should applianced die, mbstream must stop writing into the directory the next start removes.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(m_extract, &QProcess::readyReadStandardError, this, [this] {
        m_extractStderr += m_extract->readAllStandardError();
        m_extractStderr = m_extractStderr.right(4096);
    });
    connect(m_extractInput, &PipeWriter::bytesWritten, this, [this] {
        if (m_paused && m_extractInput && m_extractInput->bytesToWrite() < kLowWater) {
            m_paused = false;
            onReadyRead();
        }
    });
    connect(m_extract, &QProcess::finished, this, &PhysicalRestore::onExtractFinished);
    m_extract->start(m_config.mbstreamProgram,
        { QStringLiteral("-x"), QStringLiteral("-C"), freshDir(),
            QStringLiteral("--parallel=%1").arg(m_config.backupParallel) });
    m_extractInput->closeReadEnd();
    qCInfo(lcRestore) << "job" << m_job << "streaming from" << m_sourceHost << "expected" << m_bytesExpected
                      << "bytes";
}

void PhysicalRestore::onReadyRead()
{
    if (!m_socket || m_state != State::Streaming || m_streamComplete)
        return;
    if (m_socket->bytesAvailable() > 0)
        m_stallTimer.start(kStallTimeoutMs);
    while (!m_paused && m_socket && m_state == State::Streaming && !m_streamComplete
        && m_socket->bytesAvailable() > 0) {
        // Exactly what is there: read(n) allocates n bytes first.
        QByteArray data = m_socket->read(qMin(m_socket->bytesAvailable(), kReadChunk));
        if (!m_headDone) {
            m_head += data;
            if (!parseHead())
                return;
            data = m_head;
            m_head.clear();
        }
        if (m_httpStatus != 200) {
            m_errorBody += data;
            if (m_errorBody.size() > kErrorBodyLimit
                || (m_errorBodyLength >= 0 && m_errorBody.size() >= m_errorBodyLength))
                break;
            continue;
        }
        const qint64 before = m_batch.size();
        const ChunkedDecoder::Result result = m_decoder.feed(data.constData(), data.size(), &m_batch);
        m_bytesStreamed += m_batch.size() - before;
        // mbstream gets megabytes at once, not every TLS record: fewer wake-ups on both sides.
        if (m_batch.size() >= kBatch || result == ChunkedDecoder::Result::Complete) {
            m_extractInput->write(m_batch);
            m_batch = QByteArray();
            m_batch.reserve(2 * kBatch);
        }
        if (result == ChunkedDecoder::Result::Error) {
            fail(ApiError::Code::StreamInterrupted, QStringLiteral("The stream is not valid chunked data."));
            return;
        }
        if (result == ChunkedDecoder::Result::Complete) {
            m_streamComplete = true;
            m_stallTimer.stop();
            m_extractInput->closeWhenDrained();
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            qCInfo(lcRestore) << "job" << m_job << "stream complete:" << m_bytesStreamed << "bytes in"
                              << m_clock.elapsed() << "ms";
            return;
        }
        if (m_extractInput->bytesToWrite() > kHighWater)
            m_paused = true; // resumed by mbstream's bytesWritten
    }
    if (m_httpStatus != 0 && m_httpStatus != 200
        && (m_sourceClosed || (m_errorBodyLength >= 0 && m_errorBody.size() >= m_errorBodyLength)
            || m_errorBody.size() > kErrorBodyLimit)) {
        const QJsonObject error
            = QJsonDocument::fromJson(m_errorBody).object().value(QStringLiteral("error")).toObject();
        fail(ApiError::Code::SourceRefused,
            QStringLiteral("HTTP %1 %2: %3")
                .arg(m_httpStatus)
                .arg(error.value(QStringLiteral("code")).toString(),
                    error.value(QStringLiteral("message")).toString()));
        return;
    }
    checkStreamEnd();
}

void PhysicalRestore::onSourceClosed()
{
    m_sourceClosed = true;
    if (m_state == State::Streaming && !m_streamComplete) {
        if (m_socket && m_socket->bytesAvailable() > 0 && !m_paused)
            onReadyRead();
        else
            checkStreamEnd();
    }
}

void PhysicalRestore::checkStreamEnd()
{
    if (m_state != State::Streaming || m_streamComplete || !m_sourceClosed)
        return;
    if (m_socket && m_socket->bytesAvailable() > 0)
        return; // still to be read once mbstream catches up
    if (!m_headDone)
        fail(ApiError::Code::SourceUnreachable, QStringLiteral("The source closed the connection."));
    else if (m_httpStatus != 200)
        onReadyRead(); // reports the refusal
    else
        fail(ApiError::Code::StreamInterrupted,
            QStringLiteral("%1 bytes arrived before the connection ended.").arg(m_bytesStreamed));
}

void PhysicalRestore::onExtractFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Streaming)
        return;
    const bool ok = status == QProcess::NormalExit && exitCode == 0;
    if (!ok || !m_streamComplete) {
        qCWarning(lcRestore).noquote() << "mbstream failed:" << QString::fromLocal8Bit(m_extractStderr);
        if (diskFilledUp(m_extractStderr))
            return;
        fail(ApiError::Code::ExtractFailed,
            QString::fromLocal8Bit(m_extractStderr.trimmed().split('\n').value(-1, QByteArray()).right(300)));
        return;
    }
    m_extract->deleteLater();
    m_extract = nullptr;
    m_extractInput->deleteLater();
    m_extractInput = nullptr;
    readBinlogInfo();
    startPrepare();
}

bool PhysicalRestore::diskFilledUp(const QByteArray &output)
{
    // mbstream and mariadb-backup say "No space left on device" (errno 28); a disk with (almost)
    // nothing left says the same even when the tool's words were cut off.
    const qint64 free = QStorageInfo(QFileInfo(m_datadir).absolutePath()).bytesAvailable();
    const bool full = output.contains("No space left") || output.contains("errno: 28")
        || output.contains("Errcode: 28") || (free >= 0 && free < 4 * 1024 * 1024);
    if (!full)
        return false;
    const qint64 needed = m_bytesExpected + m_bytesExpected / 10 + kDiskReserve;
    fail(ApiError::Code::DiskFull,
        QStringLiteral(
            "The disk filled up while the new data arrived: %1 bytes are needed next to the current "
            "data, %2 were free when it stopped.")
            .arg(needed)
            .arg(std::max<qint64>(0, free)));
    return true;
}

void PhysicalRestore::readBinlogInfo()
{
    // mariadb-backup 10.11 writes xtrabackup_binlog_info, later versions mariadb_backup_binlog_info:
    // "<file>\t<position>[\t<gtid list>]".
    for (const char *name : { "mariadb_backup_binlog_info", "xtrabackup_binlog_info" }) {
        QFile f(freshDir() + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = f.readAll().trimmed().split('\t');
        m_binlogFile = QString::fromUtf8(fields.value(0)).trimmed();
        m_binlogPosition = fields.size() > 1 ? fields.at(1).trimmed().toLongLong() : -1;
        m_gtid = QString::fromUtf8(fields.value(2)).trimmed();
        return;
    }
    qCWarning(lcRestore) << "the backup has no binary-log position (the source runs without log_bin?)";
}

// ---------------------------------------------------------------------------------------------
// Prepare

void PhysicalPrepareProgress::begin(quint64 checkpointLsn, quint64 endLsn)
{
    m_checkpoint = checkpointLsn;
    m_end = std::max(endLsn, checkpointLsn);
    m_read = m_applied = 0;
    m_pages = 0;
    m_fraction = 0;
    m_pending.clear();
}

bool PhysicalPrepareProgress::beginFromCheckpoints(const QByteArray &checkpointsFile)
{
    quint64 to = 0;
    quint64 last = 0;
    for (const QByteArray &raw : checkpointsFile.split('\n')) {
        const int eq = raw.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = raw.left(eq).trimmed();
        const quint64 value = raw.mid(eq + 1).trimmed().toULongLong();
        if (key == "to_lsn")
            to = value;
        else if (key == "last_lsn")
            last = value;
    }
    begin(to, last);
    return last > 0;
}

bool PhysicalPrepareProgress::feed(const QByteArray &output)
{
    const double before = m_fraction;
    m_pending += output;
    int start = 0;
    for (;;) {
        const int nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        line(m_pending.mid(start, nl - start));
        start = nl + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > 4096)
        m_pending.clear(); // not a line anyone prints
    return m_fraction > before;
}

void PhysicalPrepareProgress::line(const QByteArray &text)
{
    // InnoDB 10.11 (recv_sys_t::report_progress), every 15 s and at batch boundaries:
    //   "To recover: LSN 50940070/81439124; 2976 pages": redo read up to the first LSN, of the log
    //     ending at the second, with this many pages waiting to be applied (a multi-batch recovery);
    //   "To recover: 4826 pages": all redo read, this many pages still to apply.
    //   "Read redo log up to LSN=…": reading.
    static const QRegularExpression reading(
        QStringLiteral("(?:To recover: LSN |Read redo log up to LSN=)(\\d+)"));
    static const QRegularExpression applying(QStringLiteral("To recover: (\\d+) pages"));
    const QString s = QString::fromLatin1(text);
    if (m_end <= m_checkpoint)
        return;
    if (const auto m = reading.match(s); m.hasMatch()) {
        const quint64 lsn = std::clamp<quint64>(m.captured(1).toULongLong(), m_checkpoint, m_end);
        m_read = std::max(m_read, double(lsn - m_checkpoint) / double(m_end - m_checkpoint));
    } else if (const auto p = applying.match(s); p.hasMatch()) {
        const qint64 left = p.captured(1).toLongLong();
        m_read = 1.0;
        m_pages = std::max(m_pages, left);
        if (m_pages > 0)
            m_applied = std::max(m_applied, 1.0 - double(left) / double(m_pages));
    } else {
        return;
    }
    // Reading the redo and applying it count half each.
    m_fraction = std::max(m_fraction, std::min(0.99, 0.5 * m_read + 0.5 * m_applied));
}

void PhysicalRestore::startPrepare()
{
    setState(State::Preparing);
    persist();
    m_worker = new QProcess(this);
    m_worker->setStandardInputFile(QProcess::nullDevice());
    m_worker->setProcessChannelMode(QProcess::MergedChannels);
    // Prepare's own progress lines move bytesPrepared (polled by the engine for its bar and ETA).
    {
        QFile checkpoints(freshDir() + QStringLiteral("/xtrabackup_checkpoints"));
        m_prepareProgress.beginFromCheckpoints(
            checkpoints.open(QIODevice::ReadOnly) ? checkpoints.read(4096) : QByteArray());
    }
    connect(m_worker, &QProcess::readyRead, this, [this] {
        const QByteArray output = m_worker->readAll();
        m_extractStderr += output;
        m_extractStderr = m_extractStderr.right(4096);
        if (m_prepareProgress.feed(output)) {
            m_bytesPrepared = qint64(double(m_bytesStreamed) * m_prepareProgress.fraction());
            qCInfo(lcRestore) << "job" << m_job << "prepared" << m_bytesPrepared << "of" << m_bytesStreamed;
        }
    });
    connect(m_worker, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_state != State::Preparing)
            return;
        m_worker->deleteLater();
        m_worker = nullptr;
        if (status != QProcess::NormalExit || code != 0) {
            qCWarning(lcRestore).noquote() << "prepare failed:" << QString::fromLocal8Bit(m_extractStderr);
            if (diskFilledUp(m_extractStderr))
                return;
            fail(ApiError::Code::PrepareFailed);
            return;
        }
        m_prepareProgress.finish();
        m_bytesPrepared = m_bytesStreamed;
        qCInfo(lcRestore) << "job" << m_job << "prepared after" << m_clock.elapsed() << "ms";
        startSwap();
    });
    m_extractStderr.clear();
    // backup-my.cnf (written by the backup) carries the InnoDB geometry the data was made with.
    m_worker->start(m_config.backupProgram,
        { QStringLiteral("--defaults-file=") + freshDir() + QStringLiteral("/backup-my.cnf"),
            QStringLiteral("--prepare"), QStringLiteral("--target-dir=") + freshDir(),
            QStringLiteral("--use-memory=%1M").arg(m_config.prepareMemoryMegabytes) });
}

// ---------------------------------------------------------------------------------------------
// Swap and start

bool PhysicalRestore::captureAccounts(QString *error)
{
    QStringList keep { QStringLiteral("root"), QStringLiteral("mariadb.sys"), QStringLiteral("mysql"),
        m_config.mariadbUser };
    keep += m_config.keepAccounts;
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT user, host FROM mysql.global_priv"), {}, &q)) {
        *error = QStringLiteral("Cannot read the target's accounts.");
        return false;
    }
    m_keptAccounts.clear();
    while (q.next()) {
        const QString user = q.value(0).toString();
        if (keep.contains(user) || isServiceAccount(user))
            m_keptAccounts.append({ user, q.value(1).toString() });
    }
    // Run by MariaDB itself at start (--init-file), before anyone can log in: one statement a line.
    QByteArray sql = "SET SESSION sql_log_bin=0;\n";
    for (const auto &[user, host] : std::as_const(m_keptAccounts)) {
        const QString account = ident(user) + QLatin1Char('@') + ident(host);
        const auto create = m_db.scalar(QStringLiteral("SHOW CREATE USER ") + account);
        QSqlQuery grants;
        if (!create || !m_db.exec(QStringLiteral("SHOW GRANTS FOR ") + account, {}, &grants)) {
            *error = QStringLiteral("Cannot read the account %1.").arg(account);
            return false;
        }
        QString statement = create->toString().simplified();
        if (!statement.startsWith(QLatin1String("CREATE USER "))) {
            *error = QStringLiteral("Unexpected SHOW CREATE USER for %1.").arg(account);
            return false;
        }
        statement.replace(0, 12, QStringLiteral("CREATE OR REPLACE USER "));
        sql += statement.toUtf8() + ";\n";
        while (grants.next()) {
            const QString grant = grants.value(0).toString().simplified();
            // Privileges only: a role grant could name a role the new data lacks, and a failing
            // init-file statement stops the server from starting.
            if (grant.startsWith(QLatin1String("GRANT ")) && grant.contains(QLatin1String(" TO ")))
                if (grant.contains(QLatin1String(" ON ")))
                    sql += grant.toUtf8() + ";\n";
        }
    }
    m_accountSql = sql;
    return true;
}

void PhysicalRestore::startSwap()
{
    setState(State::Swapping);
    persist();
    QString error;
    if (!captureAccounts(&error)) {
        fail(ApiError::Code::SwapFailed, error);
        return;
    }
    if (!JsonFile::writeBytes(initFile(), m_accountSql, true)) {
        fail(ApiError::Code::SwapFailed, QStringLiteral("Cannot write the accounts file."));
        return;
    }
    copyOwnership(m_datadir, initFile());
    copyOwnership(m_datadir, freshDir());
    // A test's fault (CUTOVER_APPLIANCED_FAULT=restore-start-fails, once per process): the new data
    // loses its privilege table, so MariaDB really refuses to start on it — the failure the
    // automatic put-back of the previous datadir is for (tests/physical/tst_physicalfailures).
    static bool startFaultUsed = false;
    if (!startFaultUsed
        && qEnvironmentVariable("CUTOVER_APPLIANCED_FAULT") == QLatin1String("restore-start-fails")) {
        startFaultUsed = true;
        qCWarning(lcRestore) << "test fault: the new data's mysql.global_priv is removed";
        for (const char *suffix : { ".frm", ".MAD", ".MAI" })
            QFile::remove(freshDir() + QStringLiteral("/mysql/global_priv") + QLatin1String(suffix));
    }
    runCommand(m_config.stopDatabaseCommand, {}, [this](bool ok) { afterStop(ok); });
}

bool PhysicalRestore::databaseIsDown() const
{
    QLocalSocket probe;
    probe.connectToServer(m_config.mariadbSocket);
    const bool up = probe.waitForConnected(1000);
    probe.abort();
    return !up;
}

void PhysicalRestore::afterStop(bool ok)
{
    auto backOnOldData = [this](const QString &why) {
        // The old datadir is still in place; make sure it serves again before reporting.
        startDatabase(false, [this, why](bool) { fail(ApiError::Code::SwapFailed, why); });
    };
    if (!ok || !databaseIsDown()) {
        backOnOldData(QStringLiteral("The database did not stop."));
        return;
    }
    removeTree(previousDir());
    if (!renamePath(m_datadir, previousDir())) {
        backOnOldData(QStringLiteral("Cannot move the data directory aside."));
        return;
    }
    if (!renamePath(freshDir(), m_datadir)) {
        renamePath(previousDir(), m_datadir);
        backOnOldData(QStringLiteral("Cannot move the new data into place."));
        return;
    }
    m_previousKept = true;
    setState(State::Starting);
    persist();
    startDatabase(true, [this](bool ok) { afterStart(ok); });
}

void PhysicalRestore::afterStart(bool ok)
{
    QFile::remove(initFile());
    m_accountSql.fill('\0');
    m_accountSql.clear();
    if (!ok) {
        putPreviousBack(State::RolledBack, ApiError::Code::StartFailed, {}, [](bool) {});
        return;
    }
    finishAccounts();
    m_maintenance.reapply();
    setState(State::Ready);
    persist();
    qCInfo(lcRestore) << "job" << m_job << "ready after" << m_clock.elapsed() << "ms";
    m_audit.append(m_user, QStringLiteral("migration.physical_restore.ready"),
        { { QStringLiteral("job"), m_job }, { QStringLiteral("bytes"), m_bytesStreamed },
            { QStringLiteral("binlogFile"), m_binlogFile },
            { QStringLiteral("binlogPosition"), m_binlogPosition }, { QStringLiteral("gtid"), m_gtid } });
}

void PhysicalRestore::finishAccounts()
{
    // The source's temporary migration accounts and any account it had under the target's system
    // names (another root@host) have no business on the target.
    QStringList keepNames { QStringLiteral("root"), QStringLiteral("mariadb.sys"), QStringLiteral("mysql"),
        m_config.mariadbUser };
    keepNames += m_config.keepAccounts;
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT user, host FROM mysql.global_priv"), {}, &q)) {
        qCWarning(lcRestore) << "cannot list accounts after the restore";
        return;
    }
    QStringList drops;
    while (q.next()) {
        const QPair<QString, QString> account { q.value(0).toString(), q.value(1).toString() };
        if (m_keptAccounts.contains(account))
            continue;
        if (isServiceAccount(account.first) || keepNames.contains(account.first))
            drops << ident(account.first) + QLatin1Char('@') + ident(account.second);
    }
    m_db.exec(QStringLiteral("SET SESSION sql_log_bin = 0"));
    for (const QString &account : std::as_const(drops)) {
        if (!m_db.exec(QStringLiteral("DROP USER IF EXISTS ") + account))
            qCWarning(lcRestore).noquote() << "cannot drop" << account;
    }
    m_db.exec(QStringLiteral("SET SESSION sql_log_bin = 1"));
    if (!drops.isEmpty())
        qCInfo(lcRestore) << "dropped" << drops.size() << "accounts that came with the source's data";
}

void PhysicalRestore::startDatabase(bool withInitFile, std::function<void(bool ok)> next)
{
    const QStringList extra
        = withInitFile ? QStringList { QStringLiteral("--init-file"), initFile() } : QStringList {};
    runCommand(m_config.startDatabaseCommand, extra, [this, next](bool ok) {
        if (!ok) {
            next(false);
            return;
        }
        waitForDatabase(kDatabaseWaitMs, next);
    });
}

void PhysicalRestore::waitForDatabase(int remainingMs, std::function<void(bool ok)> next, int refusedMs)
{
    if (m_db.ensureOpen()) {
        next(true);
        return;
    }
    // A socket file nobody listens on means the server came up and died (it failed on the new data
    // after the start command had seen it listen): a clean stop removes the file and a starting server
    // creates it only once it accepts, so there is nothing to wait for.
    QLocalSocket probe;
    probe.connectToServer(m_config.mariadbSocket);
    const bool refused
        = !probe.waitForConnected(100) && probe.error() == QLocalSocket::ConnectionRefusedError;
    probe.abort();
    refusedMs = refused ? refusedMs + 200 : 0;
    if (remainingMs <= 0 || refusedMs >= kDeadSocketMs) {
        if (refusedMs >= kDeadSocketMs)
            qCWarning(lcRestore) << "MariaDB's socket refuses connections: the server is not running";
        next(false);
        return;
    }
    QTimer::singleShot(200, this,
        [this, remainingMs, next, refusedMs] { waitForDatabase(remainingMs - 200, next, refusedMs); });
}

void PhysicalRestore::putPreviousBack(State endState, std::optional<ApiError::Code> error,
    const QString &detail, std::function<void(bool ok)> next)
{
    runCommand(m_config.stopDatabaseCommand, {}, [this, endState, error, detail, next](bool) {
        const QString discarded = m_datadir + QStringLiteral(".cutover-discarded");
        removeTree(discarded);
        bool moved = !QFileInfo::exists(m_datadir) || renamePath(m_datadir, discarded);
        moved = moved && renamePath(previousDir(), m_datadir);
        if (!moved) {
            // Nothing sensible to start: keep the previous datadir where it is and say so.
            m_error = ApiError::object(ApiError::Code::SwapFailed,
                QStringLiteral("Cannot put the previous data directory back; it is kept at %1.")
                    .arg(previousDir()));
            setState(State::Failed);
            persist();
            next(false);
            return;
        }
        m_previousKept = false;
        persist();
        startDatabase(false, [this, endState, error, detail, discarded, next](bool ok) {
            removeTree(discarded);
            m_maintenance.reapply();
            m_error = error ? ApiError::object(*error, detail) : QJsonObject {};
            if (!ok && !error)
                m_error = ApiError::object(ApiError::Code::StartFailed,
                    QStringLiteral("The previous data is back but did not start."));
            setState(endState);
            persist();
            m_audit.append(m_user,
                error ? QStringLiteral("migration.physical_restore.failed")
                      : QStringLiteral("migration.physical_restore.rollback"),
                { { QStringLiteral("job"), m_job },
                    { QStringLiteral("code"), m_error.value(QStringLiteral("code")) } });
            next(ok);
        });
    });
}

void PhysicalRestore::runCommand(
    const QString &command, const QStringList &extraArgs, std::function<void(bool ok)> next)
{
    QStringList args = QProcess::splitCommand(command);
    if (args.isEmpty()) {
        next(false);
        return;
    }
    const QString program = args.takeFirst();
    args += extraArgs;
    auto *process = new QProcess(this);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto output = std::make_shared<QByteArray>();
    connect(process, &QProcess::readyRead, process, [process, output] {
        *output += process->readAll();
        *output = output->right(4096);
    });
    auto finished = std::make_shared<bool>(false);
    auto finish = [process, program, output, finished, next](bool ok) {
        if (*finished)
            return;
        *finished = true;
        if (!ok)
            qCWarning(lcRestore).noquote()
                << program << "failed:" << QString::fromLocal8Bit(*output).trimmed();
        process->deleteLater();
        next(ok);
    };
    connect(process, &QProcess::finished, this, [finish](int code, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit && code == 0);
    });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false);
    });
    QTimer::singleShot(kCommandTimeoutMs, process, [process] { process->kill(); });
    process->start(program, args);
}

// ---------------------------------------------------------------------------------------------
// Failure, commit, rollback

void PhysicalRestore::teardownTransfer()
{
    m_stallTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_extractInput) {
        m_extractInput->disconnect(this);
        m_extractInput->close();
        m_extractInput->deleteLater();
        m_extractInput = nullptr;
    }
    for (QProcess **p : { &m_extract, &m_worker }) {
        if (!*p)
            continue;
        (*p)->disconnect(this);
        if ((*p)->state() != QProcess::NotRunning) {
            (*p)->kill();
            (*p)->waitForFinished(5000);
        }
        (*p)->deleteLater();
        *p = nullptr;
    }
    m_ticket.fill('\0');
    m_ticket.clear();
    m_batch = QByteArray();
}

void PhysicalRestore::fail(ApiError::Code code, const QString &detail)
{
    teardownTransfer();
    if (!m_datadir.isEmpty()) {
        removeTree(freshDir());
        QFile::remove(initFile());
    }
    m_error = ApiError::object(code, detail);
    qCWarning(lcRestore).noquote() << "job" << m_job << "failed in state" << stateName(m_state) << ":"
                                   << m_error.value(QStringLiteral("code")).toString() << detail;
    setState(State::Failed);
    persist();
    m_audit.append(m_user, QStringLiteral("migration.physical_restore.failed"),
        { { QStringLiteral("job"), m_job }, { QStringLiteral("code"), m_error.value(QStringLiteral("code")) },
            { QStringLiteral("bytes"), m_bytesStreamed } });
}

void PhysicalRestore::commit(const QString &user, Done done)
{
    if (m_operationRunning || busy()) {
        done(ApiError::Code::RestoreRunning);
        return;
    }
    if (m_state != State::Ready) {
        done(ApiError::Code::RestoreState);
        return;
    }
    removeTree(previousDir());
    m_previousKept = false;
    setState(State::Committed);
    persist();
    m_audit.append(
        user, QStringLiteral("migration.physical_restore.commit"), { { QStringLiteral("job"), m_job } });
    done(std::nullopt);
}

void PhysicalRestore::rollback(const QString &user, Done done)
{
    if (m_operationRunning || m_state == State::Swapping || m_state == State::Starting) {
        done(ApiError::Code::RestoreRunning);
        return;
    }
    if (m_state == State::Streaming || m_state == State::Preparing) {
        teardownTransfer();
        removeTree(freshDir());
        m_error = {};
        setState(State::RolledBack);
        persist();
        m_audit.append(user, QStringLiteral("migration.physical_restore.rollback"),
            { { QStringLiteral("job"), m_job }, { QStringLiteral("cancelled"), true } });
        done(std::nullopt);
        return;
    }
    if (!m_previousKept || !QFileInfo::exists(previousDir())) {
        done(std::nullopt); // nothing to undo
        return;
    }
    m_operationRunning = true;
    m_user = user;
    putPreviousBack(State::RolledBack, std::nullopt, {}, [this, done](bool ok) {
        m_operationRunning = false;
        done(ok ? std::nullopt : std::optional<ApiError::Code>(ApiError::Code::StartFailed));
    });
}

} // namespace cutover
