// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copysql.h"
#include "mysqlendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct st_mysql;
struct st_mysql_res;

namespace cutover {

/**
 * @brief A thin RAII owner of one MariaDB Connector/C connection.
 *
 * The copy's hot path needs what Qt's QMYSQL driver cannot give (unbuffered results, the
 * local-infile callbacks), so core/mysql talks to libmariadb directly. One connection is used by
 * one thread at a time.
 */
class MysqlConnection
{
public:
    using Row = QList<QByteArray>; ///< a SQL NULL is a null QByteArray, '' an empty non-null one

    MysqlConnection();
    ~MysqlConnection();
    MysqlConnection(const MysqlConnection &) = delete;
    MysqlConnection &operator=(const MysqlConnection &) = delete;

    /** Connects; false on failure (see errorNumber()/errorText()). */
    bool open(const MysqlEndpoint &endpoint);
    void close();
    bool isOpen() const { return m_mysql != nullptr; }

    /** Runs a statement and discards any result. */
    bool exec(const QString &sql);
    bool exec(const QByteArray &sql);
    /** Runs a query and buffers its (small) result. */
    bool query(const QString &sql, QList<Row> *rows, QStringList *columnNames = nullptr);
    /** The first column of the first row, or a null QByteArray. */
    QByteArray scalar(const QString &sql, bool *ok = nullptr);

    unsigned errorNumber() const { return m_errno; }
    QString errorText() const { return m_error; }
    /** "errno: text" with the statement that failed (its first 300 characters). */
    QString errorDetails() const;
    /** Lost connection, server shut down or restarting, deadlock, lock wait timeout. */
    bool lastErrorIsTransient() const;
    static bool isTransientError(unsigned errorNumber);

    /** The server's VERSION(), and whether it is MariaDB. */
    QString serverVersion() const { return m_version; }
    bool isMariaDb() const { return m_isMariaDb; }
    /** 10.11.6 → 101106; 8.0.36 → 80036. */
    unsigned long serverVersionNumber() const;
    ServerFlavor flavor() const { return { m_isMariaDb, serverVersionNumber() }; }

    /** The TLS cipher of this connection (e.g. "TLS_AES_256_GCM_SHA384"); empty when plain. */
    QString tlsCipher() const;

    st_mysql *handle() const { return m_mysql; }
    /** Records an error that happened outside this class (e.g. in a local-infile callback). */
    void setError(unsigned number, const QString &text, const QByteArray &statement = {});
    /** Takes over the connection's current error (after a raw Connector/C call). */
    void takeError(const QByteArray &statement);

    /** `identifier` with backticks doubled. */
    static QString quoteIdentifier(const QString &identifier);
    /** `schema`.`name` */
    static QString qualified(const QString &schema, const QString &name);
    /** 'text' escaped for this connection's character set. */
    QString quoteString(const QString &text) const;
    QByteArray quoteBytes(const QByteArray &bytes) const;

private:
    st_mysql *m_mysql = nullptr;
    unsigned m_errno = 0;
    QString m_error;
    QByteArray m_statement;
    QString m_version;
    bool m_isMariaDb = true;
};

} // namespace cutover
