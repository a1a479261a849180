// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuptickets.h"

#include <QCryptographicHash>
#include <openssl/rand.h>

namespace cutover {

namespace {
QByteArray hashOf(const QByteArray &ticket)
{
    return QCryptographicHash::hash(ticket, QCryptographicHash::Sha256);
}
} // namespace

QString BackupTickets::issue(int lifetimeSeconds, const Grant &grant, QDateTime *expiresAt)
{
    purgeExpired();
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size())) != 1)
        return {};
    const QByteArray ticket = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Entry entry;
    entry.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
    entry.grant = grant;
    m_tickets.insert(hashOf(ticket), entry);
    *expiresAt = entry.expiresAt;
    return QString::fromLatin1(ticket);
}

std::optional<BackupTickets::Grant> BackupTickets::consume(const QByteArray &ticket)
{
    purgeExpired();
    if (ticket.isEmpty() || ticket.size() > 256)
        return std::nullopt;
    const auto it = m_tickets.find(hashOf(ticket));
    if (it == m_tickets.end())
        return std::nullopt;
    const Grant grant = it->grant;
    m_tickets.erase(it);
    return grant;
}

void BackupTickets::purgeExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_tickets.begin(); it != m_tickets.end();) {
        if (it->expiresAt <= now)
            it = m_tickets.erase(it);
        else
            ++it;
    }
}

} // namespace cutover
