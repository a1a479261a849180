// SPDX-License-Identifier: GPL-3.0-or-later
// The flavour- and version-dependent SQL of the copy engine (MariaDB, MySQL 5.7, 8.0, 8.4) and the
// secondary-index split of CREATE TABLE statements: no server needed, every dialect covered.
#include "mysql/copysql.h"
#include "mysql/schemacatalog.h"

#include <QTest>

using namespace cutover;

class TestCopySql : public QObject
{
    Q_OBJECT

private slots:
    void sourceSession();
    void binaryLogStatus();
    void accountList();
    void ddlFromMySql();
    void splitMariaDb();
    void splitMySql8();
    void splitRefused_data();
    void splitRefused();
    void splitKeepsSpecialIndexes();
};

void TestCopySql::sourceSession()
{
    const QString maria = CopySql::sourceSessionSettings(ServerFlavor::mariaDbVersion(101106));
    QVERIFY(maria.contains(QLatin1String("max_statement_time = 0")));
    QVERIFY(!maria.contains(QLatin1String("max_execution_time")));
    QVERIFY(!maria.contains(QLatin1String("information_schema_stats_expiry")));
    QVERIFY(maria.contains(QLatin1String("time_zone = '+00:00'")));

    const QString mysql57 = CopySql::sourceSessionSettings(ServerFlavor::mySqlVersion(50744));
    QVERIFY(!mysql57.contains(QLatin1String("max_statement_time")));
    QVERIFY(mysql57.contains(QLatin1String("max_execution_time = 0")));
    QVERIFY(!mysql57.contains(QLatin1String("information_schema_stats_expiry")));

    // 5.7.7 and older know neither limit.
    const QString mysql56 = CopySql::sourceSessionSettings(ServerFlavor::mySqlVersion(50707));
    QVERIFY(!mysql56.contains(QLatin1String("max_execution_time")));
    QVERIFY(!mysql56.contains(QLatin1String("max_statement_time")));

    const QString mysql80 = CopySql::sourceSessionSettings(ServerFlavor::mySqlVersion(80036));
    QVERIFY(mysql80.contains(QLatin1String("max_execution_time = 0")));
    QVERIFY(mysql80.contains(QLatin1String("information_schema_stats_expiry = 0")));
    QVERIFY(!mysql80.contains(QLatin1String("max_statement_time")));
}

void TestCopySql::binaryLogStatus()
{
    QCOMPARE(
        CopySql::binaryLogStatus(ServerFlavor::mariaDbVersion(101106)), QStringLiteral("SHOW MASTER STATUS"));
    // MariaDB 11.x numbers are above 80200 but MariaDB keeps SHOW MASTER STATUS working.
    QCOMPARE(
        CopySql::binaryLogStatus(ServerFlavor::mariaDbVersion(110402)), QStringLiteral("SHOW MASTER STATUS"));
    QCOMPARE(
        CopySql::binaryLogStatus(ServerFlavor::mySqlVersion(50744)), QStringLiteral("SHOW MASTER STATUS"));
    QCOMPARE(
        CopySql::binaryLogStatus(ServerFlavor::mySqlVersion(80036)), QStringLiteral("SHOW MASTER STATUS"));
    QCOMPARE(CopySql::binaryLogStatus(ServerFlavor::mySqlVersion(80200)),
        QStringLiteral("SHOW BINARY LOG STATUS"));
    QCOMPARE(CopySql::binaryLogStatus(ServerFlavor::mySqlVersion(80400)),
        QStringLiteral("SHOW BINARY LOG STATUS"));
}

void TestCopySql::accountList()
{
    QVERIFY(CopySql::accountList(ServerFlavor::mariaDbVersion(101106)).contains(QLatin1String("is_role")));
    // MySQL's mysql.user has no is_role column.
    QVERIFY(!CopySql::accountList(ServerFlavor::mySqlVersion(80036)).contains(QLatin1String("is_role")));
    QVERIFY(!CopySql::accountList(ServerFlavor::mySqlVersion(50744)).contains(QLatin1String("is_role")));
}

void TestCopySql::ddlFromMySql()
{
    const QByteArray database = "CREATE DATABASE `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE "
                                "utf8mb4_0900_ai_ci */ /*!80016 DEFAULT ENCRYPTION='N' */";
    const QByteArray converted = CopySql::ddlForMariaDb(database, ServerFlavor::mySqlVersion(80036));
    QCOMPARE(converted,
        QByteArray("CREATE DATABASE `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE "
                   "utf8mb4_uca1400_ai_ci */"));
    const QByteArray table = "CREATE TABLE `t` (\n  `a` varchar(10) COLLATE utf8mb4_0900_bin DEFAULT NULL\n) "
                             "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_as_cs";
    QCOMPARE(CopySql::ddlForMariaDb(table, ServerFlavor::mySqlVersion(80036)),
        QByteArray("CREATE TABLE `t` (\n  `a` varchar(10) COLLATE utf8mb4_bin DEFAULT NULL\n) "
                   "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_as_cs"));
    // Between MariaDB servers nothing changes.
    QCOMPARE(CopySql::ddlForMariaDb(database, ServerFlavor::mariaDbVersion(101106)), database);
}

void TestCopySql::splitMariaDb()
{
    const QByteArray create = "CREATE TABLE `sbtest1` (\n"
                              "  `id` int(11) NOT NULL,\n"
                              "  `k` int(11) NOT NULL DEFAULT 0,\n"
                              "  `c` char(120) NOT NULL DEFAULT '',\n"
                              "  PRIMARY KEY (`id`),\n"
                              "  KEY `k_1` (`k`),\n"
                              "  UNIQUE KEY `odd ``name``` (`c`(10),`k`) COMMENT 'lookup'\n"
                              ") ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci";
    QByteArray without;
    QList<QByteArray> adds;
    QStringList names;
    QVERIFY(SchemaCatalog::splitSecondaryIndexes(create, &without, &adds, &names));
    QCOMPARE(without,
        QByteArray("CREATE TABLE `sbtest1` (\n"
                   "  `id` int(11) NOT NULL,\n"
                   "  `k` int(11) NOT NULL DEFAULT 0,\n"
                   "  `c` char(120) NOT NULL DEFAULT '',\n"
                   "  PRIMARY KEY (`id`)\n"
                   ") ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci"));
    QCOMPARE(adds,
        (QList<QByteArray> {
            "ADD KEY `k_1` (`k`)", "ADD UNIQUE KEY `odd ``name``` (`c`(10),`k`) COMMENT 'lookup'" }));
    QCOMPARE(names, (QStringList { QStringLiteral("k_1"), QStringLiteral("odd `name`") }));
}

void TestCopySql::splitMySql8()
{
    const QByteArray create = "CREATE TABLE `sbtest1` (\n"
                              "  `id` int NOT NULL AUTO_INCREMENT,\n"
                              "  `k` int NOT NULL DEFAULT '0',\n"
                              "  `c` char(120) NOT NULL DEFAULT '',\n"
                              "  `d` int DEFAULT NULL /*!80023 INVISIBLE */,\n"
                              "  PRIMARY KEY (`id`),\n"
                              "  KEY `k_1` (`k`),\n"
                              "  KEY `f` ((lower(`c`)))\n"
                              ") ENGINE=InnoDB AUTO_INCREMENT=10001 DEFAULT CHARSET=utf8mb4 "
                              "COLLATE=utf8mb4_0900_ai_ci";
    QByteArray without;
    QList<QByteArray> adds;
    QStringList names;
    QVERIFY(SchemaCatalog::splitSecondaryIndexes(create, &without, &adds, &names));
    QVERIFY(without.contains("  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=10001"));
    QVERIFY(without.contains("/*!80023 INVISIBLE */,\n"));
    QCOMPARE(adds, (QList<QByteArray> { "ADD KEY `k_1` (`k`)", "ADD KEY `f` ((lower(`c`)))" }));
}

void TestCopySql::splitRefused_data()
{
    QTest::addColumn<QByteArray>("create");
    QTest::newRow("foreign key") << QByteArray(
        "CREATE TABLE `o` (\n  `id` int NOT NULL,\n  `c` int DEFAULT NULL,\n  PRIMARY KEY (`id`),\n"
        "  KEY `c` (`c`),\n  CONSTRAINT `fk` FOREIGN KEY (`c`) REFERENCES `customer` (`id`)\n) "
        "ENGINE=InnoDB");
    QTest::newRow("no primary key") << QByteArray(
        "CREATE TABLE `n` (\n  `a` int NOT NULL,\n  UNIQUE KEY `a` (`a`)\n) ENGINE=InnoDB");
    QTest::newRow("not InnoDB") << QByteArray(
        "CREATE TABLE `m` (\n  `id` int NOT NULL,\n  `k` int,\n  PRIMARY KEY (`id`),\n  KEY `k` (`k`)\n) "
        "ENGINE=MyISAM");
    QTest::newRow("partitioned") << QByteArray(
        "CREATE TABLE `p` (\n  `id` int NOT NULL,\n  `k` int,\n  PRIMARY KEY (`id`),\n  KEY `k` (`k`)\n) "
        "ENGINE=InnoDB\n PARTITION BY HASH (`id`)\nPARTITIONS 4");
    QTest::newRow("system-versioned") << QByteArray(
        "CREATE TABLE `v` (\n  `id` int NOT NULL,\n  `k` int,\n  PRIMARY KEY (`id`),\n  KEY `k` (`k`)\n) "
        "ENGINE=InnoDB WITH SYSTEM VERSIONING");
    QTest::newRow("no secondary index")
        << QByteArray("CREATE TABLE `s` (\n  `id` int NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB");
    QTest::newRow("a view") << QByteArray("CREATE VIEW `x` AS select 1");
}

void TestCopySql::splitRefused()
{
    QFETCH(QByteArray, create);
    QByteArray without = "stale";
    QList<QByteArray> adds { "stale" };
    QStringList names { QStringLiteral("stale") };
    QVERIFY(!SchemaCatalog::splitSecondaryIndexes(create, &without, &adds, &names));
    QVERIFY(without.isEmpty());
    QVERIFY(adds.isEmpty());
    QVERIFY(names.isEmpty());
}

void TestCopySql::splitKeepsSpecialIndexes()
{
    // FULLTEXT and SPATIAL need their own builds, hash-based unique keys a hidden column: they
    // stay in the CREATE TABLE; the plain key goes.
    const QByteArray create = "CREATE TABLE `d` (\n"
                              "  `id` int(11) NOT NULL,\n"
                              "  `body` text DEFAULT NULL,\n"
                              "  `g` point NOT NULL,\n"
                              "  `u` blob DEFAULT NULL,\n"
                              "  `k` int(11) DEFAULT NULL,\n"
                              "  PRIMARY KEY (`id`),\n"
                              "  UNIQUE KEY `u` (`u`) USING HASH,\n"
                              "  KEY `k` (`k`),\n"
                              "  SPATIAL KEY `g` (`g`),\n"
                              "  FULLTEXT KEY `body` (`body`)\n"
                              ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    QByteArray without;
    QList<QByteArray> adds;
    QStringList names;
    QVERIFY(SchemaCatalog::splitSecondaryIndexes(create, &without, &adds, &names));
    QCOMPARE(adds, QList<QByteArray> { "ADD KEY `k` (`k`)" });
    QVERIFY(without.contains("  UNIQUE KEY `u` (`u`) USING HASH,\n"));
    QVERIFY(without.contains("  SPATIAL KEY `g` (`g`),\n"));
    QVERIFY(without.contains("  FULLTEXT KEY `body` (`body`)\n) ENGINE=InnoDB"));
    QVERIFY(!without.contains("KEY `k`"));
}

QTEST_GUILESS_MAIN(TestCopySql)
#include "tst_copysql.moc"
