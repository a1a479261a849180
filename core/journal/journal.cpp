// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "common/logging.h"
#include "common/version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace cutover {

namespace {

const QString kFormat = QStringLiteral("cutover-journal");
constexpr int kVersion = 1;

const Journal::Status kStatuses[]
    = { Journal::Status::Planned, Journal::Status::Running, Journal::Status::BackingOut,
          Journal::Status::Succeeded, Journal::Status::BackedOut, Journal::Status::NeedsAttention };

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject Journal::Endpoint::toJson() const
{
    return { { QStringLiteral("address"), address }, { QStringLiteral("machineId"), machineId },
        { QStringLiteral("tlsSha256"), tlsSha256 } };
}

Journal::Endpoint Journal::Endpoint::fromJson(const QJsonObject &json)
{
    return { json.value(QStringLiteral("address")).toString(),
        json.value(QStringLiteral("machineId")).toString(),
        json.value(QStringLiteral("tlsSha256")).toString() };
}

Journal::Journal(const QString &path)
    : m_path(path)
{ }

QString Journal::dataDirectory()
{
    QString dir = qEnvironmentVariable("CUTOVER_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/cutover");
    QDir().mkpath(dir);
    return dir;
}

QString Journal::defaultPath()
{
    return dataDirectory() + QStringLiteral("/journal.json");
}

QString Journal::statusId(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Running:
        return QStringLiteral("running");
    case Status::BackingOut:
        return QStringLiteral("backing-out");
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::BackedOut:
        return QStringLiteral("backed-out");
    case Status::NeedsAttention:
        return QStringLiteral("needs-attention");
    }
    return {};
}

bool Journal::exists() const
{
    return QFileInfo::exists(m_path);
}

Result Journal::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path
        return Result::error(QStringLiteral("journal.unreadable"),
            tr("The migration journal %1 cannot be read.", "@info").arg(m_path), file.errorString());
    }
    const QByteArray bytes = file.readAll();
    auto corrupt = [this](const QString &details) {
        qCWarning(lcCutoverJournal) << "corrupted journal" << m_path << details;
        //: %1 is a file path
        return Result::error(QStringLiteral("journal.corrupt"),
            tr("The migration journal %1 is damaged and cannot be used. Check both appliances by hand; "
               "move the file away to start a new migration.",
                "@info")
                .arg(m_path),
            details);
    };
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return corrupt(error.errorString() + QStringLiteral(" at offset %1").arg(error.offset));
    if (!doc.isObject())
        return corrupt(QStringLiteral("not a JSON object"));
    const auto json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return corrupt(QStringLiteral("not a Cutover journal"));
    if (json.value(QStringLiteral("version")).toInt() != kVersion) {
        return Result::error(QStringLiteral("journal.version"),
            tr("The migration journal %1 was written by another version of Cutover.", "@info").arg(m_path),
            QStringLiteral("version %1").arg(json.value(QStringLiteral("version")).toInt()));
    }
    MigrationPlan plan;
    QString planError;
    if (!MigrationPlan::fromJson(json.value(QStringLiteral("plan")).toObject(), &plan, &planError))
        return corrupt(planError);
    Status status = Status::Planned;
    bool statusKnown = false;
    for (auto s : kStatuses) {
        if (statusId(s) == json.value(QStringLiteral("status")).toString()) {
            status = s;
            statusKnown = true;
        }
    }
    if (!statusKnown)
        return corrupt(QStringLiteral("unknown status"));
    QList<OperationRecord> records;
    const auto ops = json.value(QStringLiteral("operations")).toArray();
    if (ops.size() != plan.size())
        return corrupt(QStringLiteral("%1 operations for %2 plan steps").arg(ops.size()).arg(plan.size()));
    for (const auto &value : ops) {
        const auto o = value.toObject();
        OperationRecord r;
        r.id = o.value(QStringLiteral("id")).toString();
        if (r.id.isEmpty() || !operationStateFromId(o.value(QStringLiteral("state")).toString(), &r.state))
            return corrupt(QStringLiteral("bad operation record"));
        r.position = o.value(QStringLiteral("position")).toObject();
        r.startedAt
            = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        r.finishedAt
            = QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
        r.message = o.value(QStringLiteral("message")).toString();
        r.attempts = o.value(QStringLiteral("attempts")).toInt();
        records.append(r);
    }

    QMutexLocker lock(&m_mutex);
    m_runId = json.value(QStringLiteral("runId")).toString();
    m_plan = plan;
    m_status = status;
    m_message = json.value(QStringLiteral("message")).toString();
    m_source = Endpoint::fromJson(json.value(QStringLiteral("source")).toObject());
    m_target = Endpoint::fromJson(json.value(QStringLiteral("target")).toObject());
    m_operations = records;
    m_created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    m_temporary = json.value(QStringLiteral("temporaryResources")).toArray();
    return Result::ok();
}

QJsonValue Journal::scrubValue(const QJsonValue &value, QStringList *removed, const QString &path)
{
    if (value.isObject())
        return scrubSecrets(value.toObject(), removed, path);
    if (value.isArray()) {
        QJsonArray clean;
        const auto array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            clean.append(scrubValue(array.at(i), removed, path + QStringLiteral("[%1]").arg(i)));
        return clean;
    }
    return value;
}

QJsonObject Journal::scrubSecrets(const QJsonObject &object, QStringList *removed, const QString &prefix)
{
    static const QRegularExpression secretKey(
        QStringLiteral("^pass$|password|passwd|passphrase|secret|token|private.?key|credential"),
        QRegularExpression::CaseInsensitiveOption);
    QJsonObject clean;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (secretKey.match(it.key()).hasMatch()) {
            removed->append(path);
            continue;
        }
        clean.insert(it.key(), scrubValue(it.value(), removed, path));
    }
    return clean;
}

QJsonObject Journal::toJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray ops;
    for (const auto &r : m_operations) {
        QJsonObject o { { QStringLiteral("id"), r.id },
            { QStringLiteral("state"), operationStateId(r.state) },
            { QStringLiteral("attempts"), r.attempts } };
        if (!r.position.isEmpty())
            o.insert(QStringLiteral("position"), r.position);
        if (r.startedAt.isValid())
            o.insert(QStringLiteral("startedAt"), isoTime(r.startedAt));
        if (r.finishedAt.isValid())
            o.insert(QStringLiteral("finishedAt"), isoTime(r.finishedAt));
        if (!r.message.isEmpty())
            o.insert(QStringLiteral("message"), r.message);
        ops.append(o);
    }
    return {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("cutoverVersion"), version() },
        { QStringLiteral("runId"), m_runId },
        { QStringLiteral("created"), isoTime(m_created) },
        { QStringLiteral("updated"), isoTime(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("status"), statusId(m_status) },
        { QStringLiteral("message"), m_message },
        { QStringLiteral("plan"), m_plan.toJson() },
        { QStringLiteral("source"), m_source.toJson() },
        { QStringLiteral("target"), m_target.toJson() },
        { QStringLiteral("operations"), ops },
        { QStringLiteral("temporaryResources"), m_temporary },
    };
}

Result Journal::save()
{
    QStringList removed;
    const QJsonObject json = scrubSecrets(toJson(), &removed);
    if (!removed.isEmpty())
        qCWarning(lcCutoverJournal) << "refused to store secret-looking keys in the journal:" << removed;

    // One writer at a time: QSaveFile writes a temporary file and renames it over the old one.
    static QMutex writeMutex;
    QMutexLocker lock(&writeMutex);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result::error(QStringLiteral("journal.write"),
            tr("The migration journal %1 cannot be written.", "@info").arg(m_path), file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Result::error(QStringLiteral("journal.write"),
            tr("The migration journal %1 cannot be written.", "@info").arg(m_path), file.errorString());
    }
    return Result::ok();
}

Result Journal::archive()
{
    const QString id = runId().isEmpty() ? QStringLiteral("unknown") : runId();
    const QString target = QFileInfo(m_path).absolutePath() + QStringLiteral("/journal-%1.json").arg(id);
    QFile::remove(target);
    if (!QFile::rename(m_path, target)) {
        return Result::error(QStringLiteral("journal.write"),
            tr("The migration journal %1 cannot be moved aside.", "@info").arg(m_path));
    }
    return Result::ok();
}

void Journal::begin(const MigrationPlan &plan, const QStringList &operationIds)
{
    QMutexLocker lock(&m_mutex);
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("-yyyyMMdd-HHmmss"));
    m_plan = plan;
    m_status = Status::Planned;
    m_message.clear();
    m_created = QDateTime::currentDateTimeUtc();
    m_operations.clear();
    m_temporary = {};
    for (const auto &id : operationIds) {
        OperationRecord r;
        r.id = id;
        m_operations.append(r);
    }
}

QString Journal::runId() const
{
    QMutexLocker lock(&m_mutex);
    return m_runId;
}

MigrationPlan Journal::plan() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

Journal::Status Journal::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void Journal::setStatus(Status status, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_status = status;
    m_message = message;
}

QString Journal::message() const
{
    QMutexLocker lock(&m_mutex);
    return m_message;
}

Journal::Endpoint Journal::source() const
{
    QMutexLocker lock(&m_mutex);
    return m_source;
}

Journal::Endpoint Journal::target() const
{
    QMutexLocker lock(&m_mutex);
    return m_target;
}

void Journal::setSource(const Endpoint &endpoint)
{
    QMutexLocker lock(&m_mutex);
    m_source = endpoint;
}

void Journal::setTarget(const Endpoint &endpoint)
{
    QMutexLocker lock(&m_mutex);
    m_target = endpoint;
}

int Journal::operationCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_operations.size());
}

Journal::OperationRecord Journal::operation(int index) const
{
    QMutexLocker lock(&m_mutex);
    return m_operations.value(index);
}

OperationState Journal::operationState(int index) const
{
    QMutexLocker lock(&m_mutex);
    return index >= 0 && index < m_operations.size() ? m_operations.at(index).state : OperationState::Pending;
}

void Journal::setOperationState(int index, OperationState state, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    if (index < 0 || index >= m_operations.size())
        return;
    auto &r = m_operations[index];
    r.state = state;
    if (state == OperationState::Running) {
        r.startedAt = QDateTime::currentDateTimeUtc();
        r.finishedAt = {};
        ++r.attempts;
    } else if (state != OperationState::Pending) {
        r.finishedAt = QDateTime::currentDateTimeUtc();
    }
    r.message = message;
}

QJsonObject Journal::position(int index) const
{
    QMutexLocker lock(&m_mutex);
    return m_operations.value(index).position;
}

void Journal::setPosition(int index, const QJsonObject &position)
{
    QMutexLocker lock(&m_mutex);
    if (index >= 0 && index < m_operations.size())
        m_operations[index].position = position;
}

QJsonArray Journal::temporaryResources() const
{
    QMutexLocker lock(&m_mutex);
    return m_temporary;
}

void Journal::addTemporaryResource(const QJsonObject &resource)
{
    QMutexLocker lock(&m_mutex);
    if (!m_temporary.contains(resource))
        m_temporary.append(resource);
}

void Journal::removeTemporaryResource(const QJsonObject &resource)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = m_temporary.size() - 1; i >= 0; --i) {
        if (m_temporary.at(i).toObject() == resource)
            m_temporary.removeAt(i);
    }
}

bool Journal::needsAttention() const
{
    QMutexLocker lock(&m_mutex);
    return m_status == Status::Running || m_status == Status::BackingOut
        || m_status == Status::NeedsAttention;
}

QString Journal::logFilePath() const
{
    const QString id = runId().isEmpty() ? QStringLiteral("unknown") : runId();
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/run-%1.log").arg(id);
}

} // namespace cutover
