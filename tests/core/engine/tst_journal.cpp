// SPDX-License-Identifier: GPL-3.0-or-later
// The journal: atomic writes, damaged files, no secrets, resume data; the run log; the report.
#include "journal/journal.h"
#include "journal/runlog.h"
#include "plan/planbuilder.h"
#include "report/report.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

Q_LOGGING_CATEGORY(lcTest, "cutover.test.journal")

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!corrupted journal|refused to store).*")));
    }
    void roundTrip();
    void atomicWriteLeavesNoTemporaries();
    void damagedFiles_data();
    void damagedFiles();
    void neverStoresSecrets();
    void dataDirectoryFromEnvironment();
    void runLogCapturesCategories();
    void reportHtmlIsEscaped();

private:
    static MigrationPlan samplePlan()
    {
        MigrationOptions o;
        o.migrateLicense = true;
        return PlanBuilder::build(SourceRole::Standalone, o);
    }
};

void TestJournal::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    const auto plan = samplePlan();
    {
        Journal j(path);
        j.begin(plan, plan.ids());
        j.setSource({ QStringLiteral("127.0.31.1"), QStringLiteral("m-src"), QStringLiteral("AB:CD") });
        j.setTarget({ QStringLiteral("127.0.31.2"), QStringLiteral("m-tgt"), QStringLiteral("EF:01") });
        j.setStatus(Journal::Status::Running);
        j.setOperationState(0, OperationState::Done);
        j.setOperationState(1, OperationState::Running);
        j.setPosition(
            1, { { QStringLiteral("chunks"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
        QVERIFY(j.save());
    }
    Journal j(path);
    QVERIFY(j.load());
    QCOMPARE(j.plan(), plan);
    QCOMPARE(j.status(), Journal::Status::Running);
    QVERIFY(j.needsAttention());
    QCOMPARE(j.source().machineId, QStringLiteral("m-src"));
    QCOMPARE(j.target().tlsSha256, QStringLiteral("EF:01"));
    QCOMPARE(j.operationState(0), OperationState::Done);
    QCOMPARE(j.operationState(1), OperationState::Running);
    QCOMPARE(j.operation(1).attempts, 1);
    QCOMPARE(j.position(1).value(QStringLiteral("chunks")).toArray().size(), 2);
    QVERIFY(j.logFilePath().endsWith(QStringLiteral("run-%1.log").arg(j.runId())));
    QVERIFY(j.archive());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("journal-%1.json").arg(j.runId()))));
}

void TestJournal::atomicWriteLeavesNoTemporaries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    Journal j(path);
    const auto plan = samplePlan();
    j.begin(plan, plan.ids());
    for (int i = 0; i < 50; ++i) {
        j.setPosition(0, { { QStringLiteral("n"), i } });
        QVERIFY(j.save());
        // Every version on disk is complete JSON: a reader never sees a half-written file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(f.readAll()).isObject());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("journal.json") });
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
}

void TestJournal::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("journal.corrupt");
    QTest::newRow("truncated") << QByteArray("{\"format\": \"cutover-journal\", \"vers")
                               << QStringLiteral("journal.corrupt");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral("journal.corrupt");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("journal.corrupt");
    QTest::newRow("foreign") << QByteArray("{\"hello\": 1}") << QStringLiteral("journal.corrupt");
    QTest::newRow("newer") << QByteArray("{\"format\": \"cutover-journal\", \"version\": 99}")
                           << QStringLiteral("journal.version");
    QTest::newRow("bad plan") << QByteArray(
        "{\"format\": \"cutover-journal\", \"version\": 1, \"status\": \"running\", "
        "\"plan\": {\"role\": \"standalone\", \"steps\": [\"format-disk\"], "
        "\"pointOfNoReturn\": 0}, \"operations\": []}")
                              << QStringLiteral("journal.corrupt");
    QTest::newRow("count mismatch") << QByteArray(
        "{\"format\": \"cutover-journal\", \"version\": 1, \"status\": "
        "\"running\", \"plan\": {\"role\": \"standalone\", \"steps\": "
        "[\"verify\"], \"pointOfNoReturn\": 1}, \"operations\": []}")
                                    << QStringLiteral("journal.corrupt");
}

void TestJournal::damagedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    Journal j(path);
    const auto r = j.load();
    QVERIFY(!r);
    QCOMPARE(r.code(), code);
    QVERIFY(r.message().contains(path));
    QCOMPARE(j.operationCount(), 0);
    // A missing file is its own, clear error.
    Journal missing(dir.filePath(QStringLiteral("nothing.json")));
    QCOMPARE(missing.load().code(), QStringLiteral("journal.unreadable"));
}

void TestJournal::neverStoresSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    Journal j(path);
    const auto plan = samplePlan();
    j.begin(plan, plan.ids());
    j.setPosition(0,
        { { QStringLiteral("user"), QStringLiteral("cutover_mig_1") },
            { QStringLiteral("password"), QStringLiteral("hunter2") },
            { QStringLiteral("nested"),
                QJsonObject { { QStringLiteral("apiToken"), QStringLiteral("tok-123") },
                    { QStringLiteral("privateKey"), QStringLiteral("-----BEGIN") },
                    { QStringLiteral("passive"), true }, { QStringLiteral("keep"), 1 } } } });
    QVERIFY(j.save());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(!bytes.contains("tok-123"));
    QVERIFY(!bytes.contains("BEGIN"));
    QVERIFY(bytes.contains("cutover_mig_1"));
    QVERIFY(bytes.contains("\"keep\""));
    QVERIFY(bytes.contains("\"passive\"")); // FTP passive mode is a setting, not a secret
}

void TestJournal::dataDirectoryFromEnvironment()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("a/b"));
    qputenv("CUTOVER_DATA_DIR", sub.toUtf8());
    QCOMPARE(Journal::dataDirectory(), sub);
    QVERIFY(QDir(sub).exists());
    QCOMPARE(Journal::defaultPath(), sub + QStringLiteral("/journal.json"));
    qunsetenv("CUTOVER_DATA_DIR");
}

void TestJournal::runLogCapturesCategories()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.log"));
    {
        RunLog log(path);
        QVERIFY(log.isOpen());
        qCInfo(lcTest) << "copied 42 rows";
    }
    qCInfo(lcTest) << "after the run";
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("cutover.test.journal: copied 42 rows"));
    QVERIFY(!content.contains("after the run"));
}

void TestJournal::reportHtmlIsEscaped()
{
    Report report;
    auto &node = report.root().addChild(QStringLiteral("Copy <script>alert(1)</script>"));
    node.lines << QStringLiteral("table `a&b` <ok>");
    node.figures.append({ QStringLiteral("Rows"), QStringLiteral("<1000>") });
    node.checks.append(
        { QStringLiteral("payment [1, 100)"), false, QStringLiteral("source 3 rows, target \"4\"") });
    node.durationMs = 1500;
    const QString html = report.toHtml();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("a&amp;b")));
    QVERIFY(html.contains(QStringLiteral("&lt;1000&gt;")));
    QVERIFY(html.contains(QStringLiteral("FAILED")));
    const QString text = report.toPlainText();
    QVERIFY(text.contains(QStringLiteral("Rows: <1000>")));
    QTemporaryDir dir;
    QVERIFY(report.save(dir.filePath(QStringLiteral("r.html"))));
    QFile f(dir.filePath(QStringLiteral("r.html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("<!DOCTYPE html>"));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
