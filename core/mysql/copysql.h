// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cutover {

/** @brief Which server dialect a statement is written for: MariaDB or MySQL, and the version. */
struct ServerFlavor
{
    bool mariaDb = true;
    unsigned long version = 0; ///< 10.11.6 → 101106; 8.0.36 → 80036; 5.7.44 → 50744

    static ServerFlavor mariaDbVersion(unsigned long v) { return { true, v }; }
    static ServerFlavor mySqlVersion(unsigned long v) { return { false, v }; }
};

/**
 * @brief The statements of the copy whose text depends on the server's flavour and version.
 *
 * Pure functions, so every dialect is unit-tested without its server (tests/copy/tst_copysql):
 * only MariaDB runs here, but MySQL 5.7 and 8.x sources are in scope.
 */
namespace CopySql {

/** A source reader's session: UTC, long network timeouts, no statement time limit
 *  (MariaDB max_statement_time, MySQL ≥ 5.7.8 max_execution_time) and, on MySQL 8, fresh
 *  information_schema statistics (they are cached for a day by default). */
QString sourceSessionSettings(const ServerFlavor &flavor);

/** The binary-log position under FLUSH TABLES WITH READ LOCK: SHOW MASTER STATUS, or on
 *  MySQL ≥ 8.2 (where it is deprecated, and removed in 8.4) SHOW BINARY LOG STATUS. */
QString binaryLogStatus(const ServerFlavor &flavor);

/** The accounts: User, Host and whether it is a role ('Y'/'N'); roles exist as such on MariaDB
 *  only (MySQL's are locked accounts and are copied as accounts). */
QString accountList(const ServerFlavor &flavor);

/**
 * A CREATE TABLE/DATABASE of @p source made acceptable to a MariaDB target: MySQL 8's
 * version comments MariaDB would execute (DEFAULT ENCRYPTION) are removed and its 0900
 * collations become MariaDB's UCA 14.0 ones. Unchanged between MariaDB servers.
 */
QByteArray ddlForMariaDb(const QByteArray &statement, const ServerFlavor &source);

} // namespace CopySql

} // namespace cutover
