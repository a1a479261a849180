// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqlconnection.h"

#include "copylog.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <errmsg.h>
#include <mutex>
#include <mysql.h>
#include <mysqld_error.h>

namespace cutover {

namespace {
void initLibraryOnce()
{
    // mysql_library_init is not thread-safe; every worker thread opens connections.
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}
} // namespace

MysqlConnection::MysqlConnection() = default;

MysqlConnection::~MysqlConnection()
{
    close();
}

bool MysqlConnection::open(const MysqlEndpoint &endpoint)
{
    initLibraryOnce();
    close();
    m_mysql = mysql_init(nullptr);
    if (!m_mysql) {
        setError(CR_OUT_OF_MEMORY, QStringLiteral("mysql_init failed"));
        return false;
    }
    const unsigned int connectTimeout = 15;
    // A chunk's LOAD DATA or an index build on a slow target may keep a connection silent for
    // long; a reader of a streaming SELECT never is, so its endpoint sets a short timeout and a
    // dead network is noticed in minutes rather than after an hour.
    const unsigned int ioTimeout = endpoint.ioTimeoutSeconds > 0 ? unsigned(endpoint.ioTimeoutSeconds) : 3600;
    const unsigned long maxPacket = 1024ul * 1024 * 1024; // rows up to the server's max packet
    const my_bool on = 1;
    const unsigned int localInfile = 1;
    mysql_optionsv(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_optionsv(m_mysql, MYSQL_OPT_READ_TIMEOUT, &ioTimeout);
    mysql_optionsv(m_mysql, MYSQL_OPT_WRITE_TIMEOUT, &ioTimeout);
    mysql_optionsv(m_mysql, MYSQL_OPT_MAX_ALLOWED_PACKET, &maxPacket);
    mysql_optionsv(m_mysql, MYSQL_OPT_LOCAL_INFILE, &localInfile);
    mysql_optionsv(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    // TLS whenever the server offers it (Connector/C then negotiates it; a server without TLS
    // still gets a plain connection), required when the endpoint asks for it, and verified
    // against a CA when one is known. The appliances' certificates are self-signed and the API
    // does not publish the database's, so without a CA only encryption is ensured.
    mysql_ssl_set(m_mysql, nullptr, nullptr, nullptr, nullptr, nullptr);
    const QByteArray caFile = endpoint.tlsCaFile.toLocal8Bit();
    const my_bool verify = caFile.isEmpty() ? 0 : 1;
    if (!caFile.isEmpty())
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_CA, caFile.constData());
    mysql_optionsv(m_mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
    if (endpoint.useTls || verify)
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_ENFORCE, &on);
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray socket = endpoint.socket.toUtf8();
    const QByteArray password = endpoint.password;
    const bool viaSocket = !endpoint.socket.isEmpty();
    if (!mysql_real_connect(m_mysql, viaSocket ? "localhost" : host.constData(), user.constData(),
            password.constData(), nullptr, viaSocket ? 0 : endpoint.port,
            viaSocket ? socket.constData() : nullptr, CLIENT_LOCAL_FILES | CLIENT_MULTI_RESULTS)) {
        takeError(QByteArrayLiteral("connect ") + endpoint.displayName().toUtf8());
        mysql_close(m_mysql);
        m_mysql = nullptr;
        return false;
    }
    // Connector/C may fall back to a plain connection when the server offers no TLS even though
    // it was asked to require it: check what was negotiated.
    if ((endpoint.useTls || verify) && tlsCipher().isEmpty()) {
        setError(CR_SSL_CONNECTION_ERROR, QStringLiteral("the server offers no TLS, but TLS is required"),
            QByteArrayLiteral("connect ") + endpoint.displayName().toUtf8());
        mysql_close(m_mysql);
        m_mysql = nullptr;
        return false;
    }
    m_version = QString::fromUtf8(mysql_get_server_info(m_mysql));
    m_isMariaDb = m_version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    m_errno = 0;
    m_error.clear();
    return true;
}

void MysqlConnection::close()
{
    if (m_mysql) {
        mysql_close(m_mysql);
        m_mysql = nullptr;
    }
}

bool MysqlConnection::exec(const QString &sql)
{
    return exec(sql.toUtf8());
}

bool MysqlConnection::exec(const QByteArray &sql)
{
    if (!m_mysql) {
        setError(CR_SERVER_GONE_ERROR, QStringLiteral("not connected"), sql);
        return false;
    }
    if (mysql_real_query(m_mysql, sql.constData(), sql.size()) != 0) {
        takeError(sql);
        return false;
    }
    // Drain every result (CALL, multi-results) so the connection stays usable.
    do {
        if (MYSQL_RES *res = mysql_store_result(m_mysql))
            mysql_free_result(res);
        else if (mysql_field_count(m_mysql) != 0) {
            takeError(sql);
            return false;
        }
    } while (mysql_next_result(m_mysql) == 0);
    if (mysql_errno(m_mysql) != 0) {
        takeError(sql);
        return false;
    }
    m_errno = 0;
    return true;
}

bool MysqlConnection::query(const QString &sql, QList<Row> *rows, QStringList *columnNames)
{
    const QByteArray statement = sql.toUtf8();
    rows->clear();
    if (!m_mysql) {
        setError(CR_SERVER_GONE_ERROR, QStringLiteral("not connected"), statement);
        return false;
    }
    if (mysql_real_query(m_mysql, statement.constData(), statement.size()) != 0) {
        takeError(statement);
        return false;
    }
    MYSQL_RES *res = mysql_store_result(m_mysql);
    if (!res) {
        if (mysql_field_count(m_mysql) != 0) {
            takeError(statement);
            return false;
        }
        return true;
    }
    const unsigned fields = mysql_num_fields(res);
    if (columnNames) {
        columnNames->clear();
        MYSQL_FIELD *f = mysql_fetch_fields(res);
        for (unsigned i = 0; i < fields; ++i)
            columnNames->append(QString::fromUtf8(f[i].name));
    }
    while (MYSQL_ROW row = mysql_fetch_row(res)) {
        unsigned long *lengths = mysql_fetch_lengths(res);
        Row r;
        r.reserve(fields);
        for (unsigned i = 0; i < fields; ++i)
            r.append(row[i] ? QByteArray(row[i], qsizetype(lengths[i])) : QByteArray());
        rows->append(r);
    }
    mysql_free_result(res);
    while (mysql_next_result(m_mysql) == 0) {
        if (MYSQL_RES *more = mysql_store_result(m_mysql))
            mysql_free_result(more);
    }
    m_errno = 0;
    return true;
}

QByteArray MysqlConnection::scalar(const QString &sql, bool *ok)
{
    QList<Row> rows;
    const bool success = query(sql, &rows);
    if (ok)
        *ok = success;
    if (!success || rows.isEmpty() || rows.first().isEmpty())
        return {};
    return rows.first().first();
}

QString MysqlConnection::errorDetails() const
{
    QString statement = QString::fromUtf8(m_statement.left(300));
    if (m_statement.size() > 300)
        statement += QStringLiteral("…");
    return QStringLiteral("%1: %2 [%3]").arg(m_errno).arg(m_error, statement);
}

bool MysqlConnection::isTransientError(unsigned errorNumber)
{
    switch (errorNumber) {
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
    case CR_CONN_HOST_ERROR:
    case CR_CONNECTION_ERROR:
    case CR_SERVER_LOST_EXTENDED:
    case ER_SERVER_SHUTDOWN:
    case ER_CONNECTION_KILLED:
    case ER_LOCK_DEADLOCK:
    case ER_LOCK_WAIT_TIMEOUT:
    case ER_CON_COUNT_ERROR:
    case ER_NET_READ_ERROR:
    case ER_NET_READ_INTERRUPTED:
    case ER_NET_ERROR_ON_WRITE:
    case ER_NET_WRITE_INTERRUPTED:
        return true;
    default:
        return false;
    }
}

bool MysqlConnection::lastErrorIsTransient() const
{
    // A TLS error on an open connection is the connection dropping (the server restarted, the
    // network went away: "unexpected eof while reading"); at connect time it is a configuration
    // problem (no TLS, a certificate that does not verify) that a retry cannot fix.
    if (m_errno == CR_SSL_CONNECTION_ERROR)
        return m_mysql != nullptr;
    return isTransientError(m_errno);
}

QString MysqlConnection::tlsCipher() const
{
    const char *cipher = m_mysql ? mysql_get_ssl_cipher(m_mysql) : nullptr;
    return cipher ? QString::fromLatin1(cipher) : QString();
}

unsigned long MysqlConnection::serverVersionNumber() const
{
    return m_mysql ? mysql_get_server_version(m_mysql) : 0;
}

void MysqlConnection::setError(unsigned number, const QString &text, const QByteArray &statement)
{
    m_errno = number;
    m_error = text;
    m_statement = statement;
}

void MysqlConnection::takeError(const QByteArray &statement)
{
    setError(mysql_errno(m_mysql), QString::fromUtf8(mysql_error(m_mysql)), statement);
}

QString MysqlConnection::quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString MysqlConnection::qualified(const QString &schema, const QString &name)
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

QString MysqlConnection::quoteString(const QString &text) const
{
    return QString::fromUtf8(quoteBytes(text.toUtf8()));
}

QByteArray MysqlConnection::quoteBytes(const QByteArray &bytes) const
{
    QByteArray out(bytes.size() * 2 + 3, Qt::Uninitialized);
    out[0] = '\'';
    unsigned long n = 0;
    if (m_mysql) {
        n = mysql_real_escape_string(m_mysql, out.data() + 1, bytes.constData(), bytes.size());
    } else {
        for (char c : bytes) {
            if (c == '\'' || c == '\\')
                out[1 + n++] = '\\';
            out[1 + n++] = c;
        }
    }
    out[1 + n] = '\'';
    out.truncate(qsizetype(n) + 2);
    return out;
}

} // namespace cutover
