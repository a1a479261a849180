// SPDX-License-Identifier: GPL-3.0-or-later
// Copies sakila and a schema with every edge case of issue 5 between two private MariaDB servers
// (loopback 127.0.51.1 and .2), proves equality by checksums, values and definitions, and proves
// that a difference is found and named.
#include "mariadbinstance.h"
#include "mysql/copyverifier.h"
#include "mysql/databasecopier.h"
#include "mysql/mysqlconnection.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>

using namespace cutover;
using cutover::test::MariadbInstance;

#ifdef CUTOVER_TEST_BINARY_LOAD
// tst_databasecopier_binary: the same cases with every table loaded through the binary protocol
// (prepared bulk INSERT, the default), on 127.0.235.1 and .2; the target's smaller packet limit
// sends the chunk with the 5 MB row through LOAD DATA instead. tst_databasecopier: every table
// through LOAD DATA LOCAL INFILE.
static constexpr bool kBinary = true;
static const QString kSourceAddress = QStringLiteral("127.0.235.1");
static const QString kTargetAddress = QStringLiteral("127.0.235.2");
static constexpr int kSourceId = 23501;
static constexpr int kTargetId = 23502;
#else
static constexpr bool kBinary = false;
static const QString kSourceAddress = QStringLiteral("127.0.51.1");
static const QString kTargetAddress = QStringLiteral("127.0.51.2");
static constexpr int kSourceId = 5101;
static constexpr int kTargetId = 5102;
#endif

class TestDatabaseCopier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void copyEverything();
    void valuesAreEqual_data();
    void valuesAreEqual();
    void objectsAndCounters();
    void accounts();
    void mismatchIsNamed();
    void cleanupTestCase();

private:
    QByteArray both(const QByteArray &sql, QByteArray *target);

    std::unique_ptr<MariadbInstance> m_source;
    std::unique_ptr<MariadbInstance> m_target;
    MysqlEndpoint m_sourceEndpoint;
    MysqlEndpoint m_targetEndpoint;
    CopyResult m_result;
    QList<CopyChunk> m_chunks;
};

void TestDatabaseCopier::initTestCase()
{
    const QString data = qEnvironmentVariable("CUTOVER_TEST_DATA");
    QVERIFY2(!data.isEmpty(), "CUTOVER_TEST_DATA is not set");
    m_source = std::make_unique<MariadbInstance>(kSourceAddress, kSourceId);
    m_target = std::make_unique<MariadbInstance>(kTargetAddress, kTargetId);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    const QString accounts = QFINDTESTDATA("accounts.sql");
    QVERIFY(!accounts.isEmpty());
    QVERIFY2(m_source->runSqlFile(accounts, &error), qPrintable(error));
    QVERIFY2(m_target->runSqlFile(accounts, &error), qPrintable(error));
    QVERIFY2(
        m_source->runSqlFile(data + QStringLiteral("/sakila/sakila-schema.sql"), &error), qPrintable(error));
    QVERIFY2(
        m_source->runSqlFile(data + QStringLiteral("/sakila/sakila-data.sql"), &error), qPrintable(error));
    QVERIFY2(m_source->runSqlFile(QFINDTESTDATA("edgecases.sql"), &error), qPrintable(error));
    // The target has its own state: an old copy of a schema (replaced), a schema of its own and a
    // service account (both kept).
    QVERIFY2(m_target->runSql("CREATE DATABASE `edge db`; CREATE TABLE `edge db`.junk (x INT);"
                              "CREATE DATABASE target_only; CREATE TABLE target_only.t (x INT); "
                              "INSERT INTO target_only.t VALUES (7);"
                              "CREATE USER 'svc_appliance'@'localhost' IDENTIFIED BY 'target-own';",
                 &error),
        qPrintable(error));
    if (kBinary) // 8 MB: the 5 MB row is more than a bulk insert may carry (half the packet)
        QVERIFY2(m_target->runSql("SET GLOBAL max_allowed_packet = 8388608", &error), qPrintable(error));
    m_sourceEndpoint = m_source->endpoint(QStringLiteral("cutover_mig_read"), "read-pw");
    m_targetEndpoint = m_target->endpoint(QStringLiteral("cutover_mig_write"), "write-pw");
}

void TestDatabaseCopier::init()
{
    // Any warning is a failure unless the test says it expects it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDatabaseCopier::copyEverything()
{
    CopyOptions options;
    options.threads = 2;
    options.chunkRows = 2000;
    options.excludedAccounts = { QStringLiteral("svc\\_%") };
    options.binaryLoadMinRowBytes = kBinary ? 0 : -1; // every table through one path
    DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, options);
    QMutex mutex;
    qint64 lastRows = -1;
    qint64 lastBytes = -1;
    bool backwards = false;
    int progressCalls = 0;
    copier.setProgressCallback([&](const CopyProgress &p) {
        QMutexLocker lock(&mutex);
        if (p.totalRows < lastRows || p.totalBytes < lastBytes)
            backwards = true;
        lastRows = p.totalRows;
        lastBytes = p.totalBytes;
        ++progressCalls;
    });
    copier.setChunkFinishedCallback([&](const CopyChunk &c) {
        QMutexLocker lock(&mutex);
        m_chunks << c;
    });
    const QList<QByteArray> binlog = m_target->query("SHOW MASTER STATUS").split('\t');
    QVERIFY(binlog.size() > 2);
    std::atomic<bool> cancel { false };
    m_result = copier.run(cancel);
    QVERIFY2(m_result.ok(), qPrintable(m_result.message + QLatin1Char('\n') + m_result.details));
    QVERIFY(!backwards);
    QVERIFY(progressCalls > 0);
    QVERIFY(m_result.snapshot.isValid());
    QVERIFY(m_result.snapshot.file.startsWith(QLatin1String("mariadb-bin.")));
    QVERIFY(m_result.snapshot.position > 0);
    QVERIFY2(m_result.snapshot.gtid.startsWith(QStringLiteral("0-%1-").arg(kSourceId)),
        qPrintable(m_result.snapshot.gtid));
    QCOMPARE(
        m_result.snapshot.gtid, QString::fromUtf8(m_source->query("SELECT @@gtid_binlog_pos").trimmed()));
    QCOMPARE(m_result.chunksCopied, m_chunks.size());
    // Binary: all but the chunk of `select` with its 5 MB row.
    QCOMPARE(m_result.chunksBinary, kBinary ? m_result.chunksCopied - 1 : 0);
    // `many` (20,001 rows, the key up to 2^64-1) is split into several ranges.
    const auto manyChunks = std::count_if(m_chunks.cbegin(), m_chunks.cend(),
        [](const CopyChunk &c) { return c.table == QLatin1String("many"); });
    QVERIFY2(manyChunks >= 5, qPrintable(QString::number(manyChunks)));
    const qint64 sourceRows
        = m_source
              ->query("SELECT SUM(n) FROM (SELECT COUNT(*) n FROM sakila.rental UNION ALL "
                      "SELECT COUNT(*) FROM `edge db`.many) x")
              .trimmed()
              .toLongLong();
    QVERIFY(m_result.rows >= sourceRows);
    QVERIFY(m_result.bytes > 5 * 1024 * 1024);
    QVERIFY(m_result.mismatches.isEmpty());
    // The copy did not go to the target's binary log.
    QCOMPARE(m_target->query("SHOW MASTER STATUS").split('\t').mid(0, 2), binlog.mid(0, 2));
    // An independent verification (fresh snapshot) agrees.
    CopyVerifier verifier(m_sourceEndpoint, m_targetEndpoint, options);
    const CopyResult verified = verifier.run(cancel);
    QVERIFY2(verified.ok(), qPrintable(verified.message + QLatin1Char('\n') + verified.details));
}

QByteArray TestDatabaseCopier::both(const QByteArray &sql, QByteArray *target)
{
    *target = m_target->query(sql);
    return m_source->query(sql);
}

void TestDatabaseCopier::valuesAreEqual_data()
{
    QTest::addColumn<QByteArray>("sql");
    const QByteArray prefix = "SET time_zone = '+00:00'; USE `edge db`; ";
    QTest::newRow("numbers") << prefix
            + "SELECT id, tiny, utiny, big, ubig, dec1, f * 1e0, d, -d, HEX(b), HEX(b64), "
              "b + 0, b64 + 0 FROM `select` ORDER BY id";
    QTest::newRow("dates") << prefix
            + "SELECT id, dt, ts, UNIX_TIMESTAMP(ts), dd, tt, yy FROM `select` ORDER BY id";
    QTest::newRow("strings") << prefix
            + "SELECT id, HEX(`col with space`), HEX(`back``tick`), HEX(`ümlaut€`), HEX(tx), "
              "HEX(lat), e, st, ISNULL(tx), ISNULL(`back``tick`) FROM `select` ORDER BY id";
    QTest::newRow("blobs") << prefix
            + "SELECT id, LENGTH(bl), MD5(bl), LENGTH(tx), MD5(tx) FROM `select` ORDER BY id";
    QTest::newRow("json+spatial") << prefix
            + "SELECT id, j, JSON_VALID(j), ST_AsText(g), ST_SRID(g), HEX(pt) FROM "
              "`select` ORDER BY id";
    QTest::newRow("generated+invisible")
        << prefix + "SELECT id, gen_v, gen_s, secret FROM `select` ORDER BY id";
    QTest::newRow("no primary key") << prefix
            + "SELECT a, b, ISNULL(b), COUNT(*) FROM nopk GROUP BY a, b ORDER BY a, b";
    QTest::newRow("myisam+aria") << prefix
            + "SELECT COUNT(*), SUM(id), MD5(GROUP_CONCAT(v ORDER BY id)) FROM my "
              "UNION ALL SELECT COUNT(*), SUM(id), HEX(GROUP_CONCAT(v)) FROM ar";
    QTest::newRow("versioned history") << prefix
            + "SELECT id, v, row_start, row_end FROM vers FOR SYSTEM_TIME ALL "
              "ORDER BY id, row_start";
    QTest::newRow("versioned explicit")
        << prefix + "SELECT id, x, rs, re FROM vers2 FOR SYSTEM_TIME ALL ORDER BY rs";
    QTest::newRow("partitions") << prefix
            + "SELECT PARTITION_NAME, TABLE_ROWS FROM information_schema.PARTITIONS WHERE "
              "TABLE_SCHEMA='edge db' AND TABLE_NAME='parts' ORDER BY 1; "
              "SELECT * FROM parts PARTITION (p1) ORDER BY id";
    QTest::newRow("triggers did not fire") << prefix
            + "SELECT COUNT(*), MAX(v), SUM(v), SUM(s LIKE '%!') FROM many; "
              "SELECT * FROM parent ORDER BY id; SELECT * FROM child ORDER BY id";
    QTest::newRow("keys at the extremes") << prefix
            + "SELECT * FROM neg ORDER BY id; SELECT * FROM comp ORDER BY 1, 2; "
              "SELECT id FROM many WHERE id > 20000";
    QTest::newRow("sakila") << QByteArray(
        "USE sakila; SELECT COUNT(*), SUM(rental_id), MAX(last_update) FROM rental; "
        "SELECT COUNT(*), MD5(GROUP_CONCAT(title ORDER BY film_id)) FROM film_text; "
        "SELECT COUNT(*), SUM(amount) FROM payment; SELECT * FROM sales_by_store;"
        "SELECT get_customer_balance(1, '2006-01-01')");
    QTest::newRow("definitions") << QByteArray(
        "USE `edge db`; SHOW CREATE TABLE `select`; SHOW CREATE TABLE parts; "
        "SHOW CREATE TABLE child; SHOW CREATE VIEW `a view`; SHOW CREATE "
        "PROCEDURE `proc one`; SHOW CREATE EVENT "
        "ev; SHOW CREATE SEQUENCE seq1; SHOW CREATE DATABASE `edge db`;");
}

void TestDatabaseCopier::valuesAreEqual()
{
    QVERIFY(m_result.ok());
    QFETCH(QByteArray, sql);
    QByteArray target;
    const QByteArray source = both(sql, &target);
    QVERIFY(!source.isEmpty());
    if (target != source) {
        // Both outputs in full, for a diff; QCOMPARE shows only their first bytes.
        for (const auto &[name, text] : { std::pair { "source", source }, std::pair { "target", target } }) {
            QFile out(QDir::temp().filePath(
                QStringLiteral("tst_databasecopier-%1-%2.txt")
                    .arg(QString::fromLatin1(QTest::currentDataTag()), QLatin1String(name))));
            if (out.open(QIODevice::WriteOnly))
                out.write(text);
        }
    }
    QCOMPARE(target, source);
}

void TestDatabaseCopier::objectsAndCounters()
{
    QVERIFY(m_result.ok());
    QByteArray target;
    // AUTO_INCREMENT counters kept (1000 although the highest id is 50).
    const QByteArray sql
        = "SELECT TABLE_SCHEMA, TABLE_NAME, AUTO_INCREMENT, ENGINE, TABLE_COLLATION, ROW_FORMAT, "
          "TABLE_COMMENT, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA IN "
          "('sakila','edge db') ORDER BY 1, 2";
    QCOMPARE(target = m_target->query(sql), m_source->query(sql));
    QVERIFY(target.contains("select\t1000\tInnoDB"));
    QVERIFY(target.contains("vers\tNULL\tInnoDB") || target.contains("SYSTEM VERSIONED"));
    // Objects of every kind, with their definers.
    const QByteArray objects
        = "SELECT 'routine', ROUTINE_SCHEMA, ROUTINE_NAME, DEFINER, SQL_MODE FROM "
          "information_schema.ROUTINES WHERE "
          "ROUTINE_SCHEMA IN ('sakila','edge db') UNION ALL SELECT 'view', TABLE_SCHEMA, TABLE_NAME, "
          "DEFINER, "
          "SECURITY_TYPE FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN ('sakila','edge db') UNION ALL "
          "SELECT "
          "'trigger', TRIGGER_SCHEMA, CONCAT(TRIGGER_NAME, ACTION_ORDER), DEFINER, SQL_MODE FROM "
          "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN ('sakila','edge db') UNION ALL SELECT "
          "'event', "
          "EVENT_SCHEMA, EVENT_NAME, DEFINER, STATUS FROM information_schema.EVENTS ORDER BY 1, 2, 3";
    QCOMPARE(target = m_target->query(objects), m_source->query(objects));
    QVERIFY(target.contains("app@%"));
    QVERIFY(target.contains("many_bi22"));
    // The sequence continues after the source's last cached value, as after a source restart.
    QCOMPARE(target = m_target->query("SELECT * FROM `edge db`.seq1"),
        m_source->query("SELECT * FROM `edge db`.seq1"));
    QVERIFY(target.startsWith("5100\t"));
    // The target's own schema is untouched; the old copy's junk table is gone.
    QCOMPARE(m_target->query("SELECT x FROM target_only.t").trimmed(), QByteArray("7"));
    QCOMPARE(m_target
                 ->query("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='edge db' AND "
                         "TABLE_NAME='junk'")
                 .trimmed(),
        QByteArray("0"));
}

void TestDatabaseCopier::accounts()
{
    QVERIFY(m_result.ok());
    QByteArray target;
    for (const QByteArray account : { "'app'@'%'", "'app'@'127.0.0.1'", "reporting" }) {
        QCOMPARE(target = m_target->query("SHOW GRANTS FOR " + account),
            m_source->query("SHOW GRANTS FOR " + account));
        QVERIFY(!target.isEmpty());
    }
    // The password hash came along: the application can log in to the target.
    MysqlConnection app;
    QVERIFY2(app.open(m_target->endpoint(QStringLiteral("app"), "other")), qPrintable(app.errorDetails()));
    // Not copied: temporary migration accounts; kept as they were: the target's service account.
    QCOMPARE(m_target->query("SELECT COUNT(*) FROM mysql.user WHERE User = 'cutover_mig_old'").trimmed(),
        QByteArray("0"));
    QVERIFY(m_target->query("SHOW CREATE USER 'svc_appliance'@'localhost'")
        != m_source->query("SHOW CREATE USER 'svc_appliance'@'localhost'"));
    MysqlConnection root;
    QVERIFY(m_target->query("SHOW GRANTS FOR 'cutover_mig_write'@'%'").contains("ALL PRIVILEGES"));
}

void TestDatabaseCopier::mismatchIsNamed()
{
    QVERIFY(m_result.ok());
    QString error;
    QVERIFY2(m_target->runSql(
                 "SET sql_log_bin = 0; UPDATE `edge db`.many SET s = 'changed' WHERE id = 15000; "
                 "DROP VIEW sakila.staff_list; "
                 "SET time_zone = '+00:00'; UPDATE `edge db`.`select` SET ts = '2038-01-19 03:14:07.998' "
                 "WHERE id = 11;",
                 &error),
        qPrintable(error));
    CopyOptions options;
    options.chunkRows = 2000;
    CopyVerifier verifier(m_sourceEndpoint, m_targetEndpoint, options);
    std::atomic<bool> cancel { false };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mismatch `edge db`.`many`")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mismatch `edge db`.`select`")));
    const CopyResult r = verifier.run(cancel);
    QCOMPARE(r.code, CopyResult::Code::VerificationFailed);
    QCOMPARE(r.mismatches.size(), 3);
    QVERIFY2(r.message.contains(QLatin1String("`edge db`.")), qPrintable(r.message));
    bool many = false, select = false, view = false;
    for (const VerifyMismatch &m : r.mismatches) {
        if (m.object == QLatin1String("many")) {
            many = true;
            QCOMPARE(m.kind, QStringLiteral("rows"));
            // The range named contains the changed key, and is a chunk, not the whole table.
            const QStringList bounds
                = m.range.section(QLatin1Char('['), 1).chopped(1).split(QStringLiteral(", "));
            QCOMPARE(bounds.size(), 2);
            QVERIFY2(
                bounds[0] == QLatin1String("-inf") || bounds[0].toLongLong() <= 15000, qPrintable(m.range));
            QVERIFY2(
                bounds[1] != QLatin1String("+inf") && bounds[1].toLongLong() > 15000, qPrintable(m.range));
            QVERIFY2(
                bounds[1] != QLatin1String("+inf") && bounds[1].toLongLong() - bounds[0].toLongLong() <= 4000,
                qPrintable(m.range));
        } else if (m.object == QLatin1String("select")) {
            select = true;
        } else if (m.object == QLatin1String("staff_list")) {
            view = true;
            QCOMPARE(m.kind, QStringLiteral("missing"));
        }
    }
    QVERIFY(many && select && view);
    QVERIFY(r.details.contains(QLatin1String("`edge db`.`many`")));
}

void TestDatabaseCopier::cleanupTestCase()
{
    m_source.reset();
    m_target.reset();
}

QTEST_GUILESS_MAIN(TestDatabaseCopier)
#include "tst_databasecopier.moc"
