// SPDX-License-Identifier: GPL-3.0-or-later
// A copy interrupted inside a chunk (and one whose last finished chunk never reached the journal)
// resumes to a complete copy without duplicates; a lost source connection is retried; a resume
// is refused when the source changed. Private MariaDB servers on 127.0.52.1 and .2.
#include "mariadbinstance.h"
#include "mysql/databasecopier.h"
#include "mysql/mysqlconnection.h"

#include <QMutex>
#include <QTest>

using namespace cutover;
using cutover::test::MariadbInstance;

#ifdef CUTOVER_TEST_BINARY_LOAD
// tst_copyresume_binary: the same cases with every table loaded through the binary protocol
// (prepared bulk INSERT), on 127.0.236.1 and .2.
static constexpr bool kBinary = true;
static const QString kSourceAddress = QStringLiteral("127.0.236.1");
static const QString kTargetAddress = QStringLiteral("127.0.236.2");
static constexpr int kSourceId = 23601;
static constexpr int kTargetId = 23602;
#else
static constexpr bool kBinary = false;
static const QString kSourceAddress = QStringLiteral("127.0.52.1");
static const QString kTargetAddress = QStringLiteral("127.0.52.2");
static constexpr int kSourceId = 5201;
static constexpr int kTargetId = 5202;
#endif

class TestCopyResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelInsideChunkThenResume();
    void lostConnectionIsRetried();
    void sourceRestartIsRetried();
    void resumeRefusedWhenSourceMoved();
    void chunkCheckedRightAfterLoad();
    void cleanupTestCase();

private:
    void compareTables();

    std::unique_ptr<MariadbInstance> m_source;
    std::unique_ptr<MariadbInstance> m_target;
    MysqlEndpoint m_sourceEndpoint;
    MysqlEndpoint m_targetEndpoint;
    CopyOptions m_options;
};

void TestCopyResume::initTestCase()
{
    m_source = std::make_unique<MariadbInstance>(kSourceAddress, kSourceId);
    m_target = std::make_unique<MariadbInstance>(kTargetAddress, kTargetId);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    const QString accounts = QFINDTESTDATA("accounts.sql");
    QVERIFY2(m_source->runSqlFile(accounts, &error), qPrintable(error));
    QVERIFY2(m_target->runSqlFile(accounts, &error), qPrintable(error));
    QVERIFY2(m_source->runSql(
                 "CREATE DATABASE app; USE app;"
                 "CREATE TABLE big_inno (id INT PRIMARY KEY, v INT, s VARCHAR(100), KEY (v)) ENGINE=InnoDB;"
                 "INSERT INTO big_inno SELECT seq, seq % 13, REPEAT(MD5(seq), 2) FROM seq_1_to_60000;"
                 "CREATE TABLE big_my (id INT PRIMARY KEY, s VARCHAR(100)) ENGINE=MyISAM;"
                 "INSERT INTO big_my SELECT seq, REPEAT(MD5(seq), 2) FROM seq_1_to_60000;"
                 "CREATE TABLE dups (a INT, b VARCHAR(10)) ENGINE=InnoDB;"
                 "INSERT INTO dups SELECT seq % 50, 'x' FROM seq_1_to_5000;"
                 "ANALYZE TABLE big_inno, big_my, dups;",
                 &error),
        qPrintable(error));
    m_sourceEndpoint = m_source->endpoint(QStringLiteral("cutover_mig_read"), "read-pw");
    m_targetEndpoint = m_target->endpoint(QStringLiteral("cutover_mig_write"), "write-pw");
    m_options.threads = 2;
    m_options.chunkRows = 10000;
    m_options.retryBaseDelayMs = 100;
    m_options.progressIntervalMs = 0; // every 1024 rows, so a cancel lands inside a chunk
    m_options.binaryLoadMinRowBytes = kBinary ? 0 : -1;
}

void TestCopyResume::compareTables()
{
    for (const QByteArray sql :
        { "SELECT COUNT(*), COUNT(DISTINCT id), SUM(id), MD5(GROUP_CONCAT(s ORDER BY id)) FROM "
          "app.big_inno",
            "SELECT COUNT(*), COUNT(DISTINCT id), SUM(id), MD5(GROUP_CONCAT(s ORDER BY id)) FROM app.big_my",
            "SELECT a, b, COUNT(*) FROM app.dups GROUP BY a, b ORDER BY a" }) {
        const QByteArray source = m_source->query(sql);
        QVERIFY(!source.isEmpty());
        QCOMPARE(m_target->query(sql), source);
    }
}

void TestCopyResume::cancelInsideChunkThenResume()
{
    // First run: cancelled from inside a chunk's stream, after 25,000 rows of one big table
    // (chunks hold 10,000 rows, so this is in the middle of the third).
    std::atomic<bool> cancel { false };
    QMutex mutex;
    QList<CopyChunk> finished;
    SnapshotPosition snapshotSeen;
    qint64 rowsWhenCancelled = 0;
    {
        DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, m_options);
        copier.setProgressCallback([&](const CopyProgress &p) {
            if (p.phase == CopyProgress::Phase::Data && p.table.startsWith(QLatin1String("big"))
                && p.tableRows >= 25000 && !cancel.exchange(true))
                rowsWhenCancelled = p.tableRows;
        });
        copier.setChunkFinishedCallback([&](const CopyChunk &c) {
            QMutexLocker lock(&mutex);
            finished << c;
        });
        copier.setSnapshotCallback([&](const SnapshotPosition &p) { snapshotSeen = p; });
        const CopyResult first = copier.run(cancel);
        QCOMPARE(first.code, CopyResult::Code::Cancelled);
        QVERIFY(first.snapshot.isValid());
        QCOMPARE(snapshotSeen, first.snapshot);
        QVERIFY(rowsWhenCancelled >= 25000);
        QVERIFY2(first.chunksInterrupted >= 1, "the cancel must fall inside a chunk");
        QVERIFY2(finished.size() >= 2, qPrintable(QString::number(finished.size())));
        QVERIFY2(first.rows < 120000, qPrintable(QString::number(first.rows)));
    }
    // Some rows of the interrupted chunks may be on the target (MyISAM keeps a partial load);
    // make sure the target holds more rows of big_my than the journal accounts for, or exactly
    // those — never fewer.
    qint64 journalRows = 0;
    for (const CopyChunk &c : std::as_const(finished)) {
        if (c.table == QLatin1String("big_my"))
            journalRows
                += m_source
                       ->query("SELECT COUNT(*) FROM app.big_my WHERE "
                           + QByteArray(c.lower.isEmpty() ? "1" : "id >= " + c.lower.toLatin1()) + " AND "
                           + QByteArray(c.upper.isEmpty() ? "1" : "id < " + c.upper.toLatin1()))
                       .trimmed()
                       .toLongLong();
    }
    QVERIFY(m_target->query("SELECT COUNT(*) FROM app.big_my").trimmed().toLongLong() >= journalRows);

    // A crash between a chunk's commit and its journal entry: the journal lacks the last one,
    // whose rows are on the target. The resumed copy must replace them, not add them again.
    const CopyChunk lost = finished.takeLast();
    qInfo().noquote() << "journal lost" << lost.displayName();

    DatabaseCopier resumed(m_sourceEndpoint, m_targetEndpoint, m_options);
    resumed.setFinishedChunks(finished);
    resumed.setExpectedSnapshot(snapshotSeen);
    QList<CopyChunk> second;
    resumed.setChunkFinishedCallback([&](const CopyChunk &c) {
        QMutexLocker lock(&mutex);
        second << c;
    });
    cancel = false;
    const CopyResult r = resumed.run(cancel);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + r.details));
    QCOMPARE(r.chunksSkipped, finished.size());
    QVERIFY(second.contains(lost));
    for (const CopyChunk &c : std::as_const(finished))
        QVERIFY2(!second.contains(c), qPrintable(c.displayName()));
    QVERIFY2(r.rows < 125000, qPrintable(QString::number(r.rows)));
    QCOMPARE(r.chunksBinary, kBinary ? r.chunksCopied : 0);
    compareTables();
}

void TestCopyResume::lostConnectionIsRetried()
{
    // The source kills the copy's reading connections mid-stream (as a restart would); the
    // copier reconnects, finds the same snapshot position and continues.
    QString error;
    QVERIFY2(m_target->runSql("DROP DATABASE app", &error), qPrintable(error));
    std::atomic<bool> cancel { false };
    std::atomic<bool> killed { false };
    MysqlEndpoint root;
    root.user = QStringLiteral("root");
    root.socket = m_source->socketPath();
    DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, m_options);
    copier.setProgressCallback([&](const CopyProgress &p) {
        if (p.phase != CopyProgress::Phase::Data || p.tableRows < 15000 || killed.exchange(true))
            return;
        MysqlConnection admin;
        QList<MysqlConnection::Row> rows;
        if (!admin.open(root)
            || !admin.query(QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = "
                                           "'cutover_mig_read'"),
                &rows))
            return;
        for (const auto &row : rows)
            admin.exec(QStringLiteral("KILL CONNECTION %1").arg(QString::fromLatin1(row.value(0))));
    });
    const CopyResult r = copier.run(cancel);
    QVERIFY(killed.load());
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + r.details));
    QVERIFY2(r.attempts >= 2, qPrintable(QString::number(r.attempts)));
    compareTables();
}

void TestCopyResume::sourceRestartIsRetried()
{
    // The source's MariaDB restarts in the middle of the copy (a new binary-log file, the same
    // GTID position): the copier waits, reconnects and continues from the same state.
    QString error;
    QVERIFY2(m_target->runSql("DROP DATABASE app", &error), qPrintable(error));
    std::atomic<bool> cancel { false };
    std::atomic<bool> restarted { false };
    bool restartOk = false;
    DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, m_options);
    SnapshotPosition first;
    copier.setSnapshotCallback([&](const SnapshotPosition &p) {
        if (!first.isValid())
            first = p;
    });
    copier.setProgressCallback([&](const CopyProgress &p) {
        if (p.phase == CopyProgress::Phase::Data && p.tableRows >= 15000 && !restarted.exchange(true))
            restartOk = m_source->restart(&error);
    });
    const CopyResult r = copier.run(cancel);
    QVERIFY(restarted.load());
    QVERIFY2(restartOk, qPrintable(error));
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + r.details));
    QVERIFY2(r.attempts >= 2, qPrintable(QString::number(r.attempts)));
    QVERIFY(r.snapshot.file != first.file); // the restart rotated the binary log
    QCOMPARE(r.snapshot.gtid, first.gtid);
    compareTables();
}

void TestCopyResume::resumeRefusedWhenSourceMoved()
{
    std::atomic<bool> cancel { false };
    SnapshotPosition before;
    {
        DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, m_options);
        copier.setSnapshotCallback([&](const SnapshotPosition &p) { before = p; });
        std::atomic<bool> stopAtOnce { true }; // only the snapshot is wanted
        QCOMPARE(copier.run(stopAtOnce).code, CopyResult::Code::Cancelled);
    }
    QVERIFY(before.isValid());
    QString error;
    QVERIFY2(m_source->runSql("INSERT INTO app.dups VALUES (1, 'new')", &error), qPrintable(error));
    DatabaseCopier resumed(m_sourceEndpoint, m_targetEndpoint, m_options);
    resumed.setFinishedChunks({ CopyChunk { QStringLiteral("app"), QStringLiteral("dups"), {}, {}, {} } });
    resumed.setExpectedSnapshot(before);
    const CopyResult r = resumed.run(cancel);
    QCOMPARE(r.code, CopyResult::Code::SnapshotMoved);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.snapshot.position > before.position);
}

void TestCopyResume::chunkCheckedRightAfterLoad()
{
    // A clean copy checks every chunk right after its load, and the verification pass afterwards
    // has nothing left; a row changed on the target between a chunk's commit and its check is
    // found and named with the chunk's range.
    QString error;
    QVERIFY2(m_target->runSql("DROP DATABASE IF EXISTS app", &error), qPrintable(error));
    std::atomic<bool> cancel { false };
    CopyOptions options = m_options;
    options.verifyEachChunk = true;
    {
        DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, options);
        const CopyResult r = copier.run(cancel);
        QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + r.details));
        QCOMPARE(r.chunksVerified, r.chunksCopied);
        QCOMPARE(r.chunksBinary, kBinary ? r.chunksCopied : 0);
        compareTables();
    }
    QVERIFY2(m_target->runSql("DROP DATABASE app", &error), qPrintable(error));
    CopyChunk changed;
    bool updated = false;
    DatabaseCopier copier(m_sourceEndpoint, m_targetEndpoint, options);
    copier.setChunkFinishedCallback([&](const CopyChunk &c) {
        if (c.table != QLatin1String("big_inno") || c.lower.isEmpty() || !changed.table.isEmpty())
            return;
        changed = c;
        updated = m_target->runSql(
            "SET sql_log_bin = 0; UPDATE app.big_inno SET s = 'changed' WHERE id = " + c.lower.toLatin1(),
            &error);
    });
    const CopyResult r = copier.run(cancel);
    QVERIFY(!changed.table.isEmpty());
    QVERIFY2(updated, qPrintable(error));
    QCOMPARE(r.code, CopyResult::Code::VerificationFailed);
    QCOMPARE(r.mismatches.size(), 1);
    QCOMPARE(r.mismatches[0].object, QStringLiteral("big_inno"));
    const QString range
        = QStringLiteral("id in [%1, %2)")
              .arg(changed.lower, changed.upper.isEmpty() ? QStringLiteral("+inf") : changed.upper);
    QCOMPARE(r.mismatches[0].range, range);
    QVERIFY2(r.message.contains(range), qPrintable(r.message));
}

void TestCopyResume::cleanupTestCase()
{
    m_source.reset();
    m_target.reset();
}

QTEST_GUILESS_MAIN(TestCopyResume)
#include "tst_copyresume.moc"
