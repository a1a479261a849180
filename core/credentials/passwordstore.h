// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

class QTimer;

namespace QKeychain {
class Job;
}

namespace cutover {

/**
 * @brief Remembers admin passwords in the system keychain (Secret Service, KWallet) — and
 * nowhere else.
 *
 * Every call is asynchronous and bounded by a timeout, because a Secret Service that cannot start
 * can hold D-Bus for minutes. When no keychain answers, the result says so and nothing is
 * remembered: there is deliberately no plaintext fallback.
 */
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, ///< the keychain works but holds nothing for this account
        Unavailable, ///< no keychain answered (none installed, locked, or too slow)
        Failed, ///< the keychain answered with an error
    };
    Q_ENUM(Status)

    explicit PasswordStore(QObject *parent = nullptr);
    ~PasswordStore() override;

    /** Milliseconds to wait for the keychain before giving up (default 5000). */
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /** The keychain entry of the admin password of the appliance @p applianceKey (a machine id or address).
     */
    static QString accountFor(const QString &applianceKey);

    void read(const QString &account);
    void write(const QString &account, const QByteArray &password);
    void remove(const QString &account);

    /** A translated sentence for the user about @p status. */
    static QString describe(Status status);

Q_SIGNALS:
    void readFinished(
        const QString &account, const QByteArray &password, cutover::PasswordStore::Status status);
    void writeFinished(const QString &account, cutover::PasswordStore::Status status);
    void removeFinished(const QString &account, cutover::PasswordStore::Status status);

private:
    enum class Kind { Read, Write, Remove };
    void startJob(QKeychain::Job *job, Kind kind, const QString &account);
    void finish(QKeychain::Job *job, bool timedOut);

    struct Pending
    {
        Kind kind;
        QString account;
        QTimer *timer;
    };
    QHash<QKeychain::Job *, Pending> m_pending;
    int m_timeoutMs = 5000;
};

} // namespace cutover
