// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/passwordstore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cutover {

Q_LOGGING_CATEGORY(lcCredentials, "cutover.core.credentials")

namespace {
const QString Service = QStringLiteral("Cutover");

PasswordStore::Status statusOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return PasswordStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordStore::Status::Unavailable;
    default:
        return PasswordStore::Status::Failed;
    }
}
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{ }

PasswordStore::~PasswordStore()
{
    // Jobs still running belong to the keychain's D-Bus call; let them end on their own.
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->setAutoDelete(true);
    }
}

QString PasswordStore::accountFor(const QString &applianceKey)
{
    return QStringLiteral("admin@") + applianceKey;
}

void PasswordStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(account);
    startJob(job, Kind::Read, account);
}

void PasswordStore::write(const QString &account, const QByteArray &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(account);
    job->setBinaryData(password);
    startJob(job, Kind::Write, account);
}

void PasswordStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(account);
    startJob(job, Kind::Remove, account);
}

void PasswordStore::startJob(QKeychain::Job *job, Kind kind, const QString &account)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_pending.insert(job, Pending { kind, account, timer });
    connect(job, &QKeychain::Job::finished, this, [this, job] { finish(job, false); });
    connect(timer, &QTimer::timeout, this, [this, job] { finish(job, true); });
    timer->start(m_timeoutMs);
    job->start();
}

void PasswordStore::finish(QKeychain::Job *job, bool timedOut)
{
    const auto it = m_pending.find(job);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->deleteLater();
    job->disconnect(this);

    Status status = timedOut ? Status::Unavailable : statusOf(job);
    if (status != Status::Ok && status != Status::NotFound) {
        // Only the error text of the keychain is logged, never the secret or the account's password.
        qCInfo(lcCredentials) << "keychain"
                              << (timedOut ? QStringLiteral("did not answer in time") : job->errorString());
    }
    QByteArray password;
    if (pending.kind == Kind::Read && status == Status::Ok)
        password = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
    if (timedOut)
        job->setAutoDelete(true); // it deletes itself whenever D-Bus finally answers
    else
        job->deleteLater();

    switch (pending.kind) {
    case Kind::Read:
        Q_EMIT readFinished(pending.account, password, status);
        break;
    case Kind::Write:
        Q_EMIT writeFinished(pending.account, status);
        break;
    case Kind::Remove:
        Q_EMIT removeFinished(pending.account, status);
        break;
    }
}

QString PasswordStore::describe(Status status)
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate(
            "cutover::PasswordStore", "The password is stored in the system keychain.");
    case Status::NotFound:
        return QCoreApplication::translate(
            "cutover::PasswordStore", "The system keychain holds no password for this appliance.");
    case Status::Unavailable:
        return QCoreApplication::translate("cutover::PasswordStore",
            "No system keychain answered, so the password will not be remembered. Cutover never stores "
            "passwords anywhere else.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("cutover::PasswordStore",
        "The system keychain reported an error, so the password will not be remembered.");
}

} // namespace cutover
