// SPDX-License-Identifier: GPL-3.0-or-later
#include "copysql.h"

#include <QRegularExpression>

namespace cutover::CopySql {

QString sourceSessionSettings(const ServerFlavor &flavor)
{
    QString sql = QStringLiteral("SET SESSION time_zone = '+00:00', SESSION net_write_timeout = 3600, "
                                 "SESSION net_read_timeout = 3600, SESSION wait_timeout = 86400, "
                                 "SESSION sql_quote_show_create = 1");
    if (flavor.mariaDb)
        sql += QStringLiteral(", SESSION max_statement_time = 0");
    else if (flavor.version >= 50708)
        sql += QStringLiteral(", SESSION max_execution_time = 0");
    if (!flavor.mariaDb && flavor.version >= 80000)
        sql += QStringLiteral(", SESSION information_schema_stats_expiry = 0");
    return sql;
}

QString binaryLogStatus(const ServerFlavor &flavor)
{
    return !flavor.mariaDb && flavor.version >= 80200 ? QStringLiteral("SHOW BINARY LOG STATUS")
                                                      : QStringLiteral("SHOW MASTER STATUS");
}

QString accountList(const ServerFlavor &flavor)
{
    return flavor.mariaDb
        ? QStringLiteral("SELECT User, Host, is_role FROM mysql.user ORDER BY is_role DESC, User, Host")
        : QStringLiteral("SELECT User, Host, 'N' FROM mysql.user ORDER BY User, Host");
}

QByteArray ddlForMariaDb(const QByteArray &statement, const ServerFlavor &source)
{
    if (source.mariaDb)
        return statement;
    QByteArray out = statement;
    // MySQL 8: CREATE DATABASE … /*!80016 DEFAULT ENCRYPTION='N' */ — MariaDB runs every
    // version comment below its own version and does not know the clause.
    static const QRegularExpression encryption(
        QStringLiteral("\\s*/\\*!8\\d{4} DEFAULT ENCRYPTION='[YN]' \\*/"));
    out = QString::fromUtf8(out).remove(encryption).toUtf8();
    static const std::pair<const char *, const char *> collations[] = {
        { "utf8mb4_0900_ai_ci", "utf8mb4_uca1400_ai_ci" },
        { "utf8mb4_0900_as_ci", "utf8mb4_uca1400_as_ci" },
        { "utf8mb4_0900_as_cs", "utf8mb4_uca1400_as_cs" },
        { "utf8mb4_0900_bin", "utf8mb4_bin" },
    };
    for (const auto &[mysql, mariadb] : collations)
        out.replace(mysql, mariadb);
    return out;
}

} // namespace cutover::CopySql
