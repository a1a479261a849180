// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace cutover {

/**
 * @brief The root connection to the appliance's own MariaDB over its Unix socket (unix_socket
 * authentication, no password). Reconnects when MariaDB was restarted underneath us.
 */
class Database
{
public:
    Database(const QString &socket, const QString &user);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** @brief Opens (or re-opens) the connection; false when MariaDB is not reachable. */
    bool ensureOpen();
    /** @brief Runs @p sql with positional bind values; false (and a log line) on error. */
    bool exec(const QString &sql, const QVariantList &values = {}, QSqlQuery *out = nullptr);
    /** @brief First column of the first row, or nullopt. */
    std::optional<QVariant> scalar(const QString &sql);
    /** @brief A string literal for statements that take no placeholders (CREATE USER, CHANGE MASTER). */
    QString quote(const QString &value);
    QString lastError() const { return m_lastError; }
    /** @brief Called after every (re)connect, e.g. to re-apply maintenance after a MariaDB restart. */
    void setOnConnected(std::function<void()> callback) { m_onConnected = std::move(callback); }

private:
    QString m_connectionName;
    QString m_socket;
    QString m_user;
    QString m_lastError;
    std::function<void()> m_onConnected;
    bool m_inCallback = false;
    bool m_unreachable = false;
};

} // namespace cutover
