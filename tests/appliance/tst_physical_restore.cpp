// SPDX-License-Identifier: GPL-3.0-or-later
// The physical copy between two real sandbox appliances (issue 9): the source's applianced streams
// mariadb-backup over TLS, the target's applianced pulls, unpacks, prepares, swaps and starts it.
// Addresses: 127.0.181.1 (source), 127.0.181.2 (target).
#include "sandboxappliance.h"
#include "testclient.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <csignal>
#include <memory>

using namespace cutover::test;

namespace {
const QString kSourceAddress = QStringLiteral("127.0.181.1");
const QString kTargetAddress = QStringLiteral("127.0.181.2");
constexpr int kJobTimeoutMs = 150000;

QStringList sakilaTables()
{
    return { QStringLiteral("actor"), QStringLiteral("address"), QStringLiteral("category"),
        QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("customer"), QStringLiteral("film"),
        QStringLiteral("film_actor"), QStringLiteral("film_category"), QStringLiteral("film_text"),
        QStringLiteral("inventory"), QStringLiteral("language"), QStringLiteral("payment"),
        QStringLiteral("rental"), QStringLiteral("staff"), QStringLiteral("store") };
}

pid_t readPid(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toInt()) : 0;
}

/** Running, not a zombie waiting for its parent. */
bool alive(pid_t pid)
{
    if (pid <= 0 || ::kill(pid, 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const QByteArray rest = line.mid(line.lastIndexOf(')') + 2);
    return !rest.startsWith('Z') && !rest.startsWith('X');
}

/** Every process whose command line holds all of @p needles. */
QList<pid_t> processesWith(const QList<QByteArray> &needles)
{
    QList<pid_t> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll();
        if (std::all_of(
                needles.cbegin(), needles.cend(), [&](const QByteArray &n) { return cmd.contains(n); }))
            out << pid;
    }
    return out;
}
} // namespace

class TstPhysicalRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void ticketIsRequiredAndChecked();
    void ticketExpires();
    void fingerprintMismatchSendsNothing();
    void rollbackCancelsAStreamingJob();
    void killedDaemonCleansUpAtStart();
    void cutStreamLeavesOldDataAndRetrySucceeds();
    void rollbackPutsOldDataBack();
    void restartWhileReadyThenCommit();
    void noTicketInFiles();

private:
    QByteArray login(const SandboxAppliance &app);
    TestClient client(const SandboxAppliance &app, const QByteArray &token) const;
    QJsonObject newTicket(const QJsonObject &body = {});
    TestReply startRestore(const QString &ticket, const QString &fingerprint);
    QJsonObject restoreStatus();
    QJsonObject waitForEnd();
    void verifyRunsSourceData(const QJsonObject &status);
    QSqlDatabase db(const QString &name, const SandboxAppliance &app);
    QString scalar(QSqlDatabase db, const QString &sql);
    QMap<QString, QString> checksums(QSqlDatabase db, const QStringList &tables);
    QString startSlowJob();
    int sourceStreams(
        const QString &outcome); ///< backup streams in the source's audit with that outcome ///< a
                                 ///< rate-limited job that has streamed something; returns its job id
    QString datadir(const SandboxAppliance &app) const
    {
        return app.info().stateDir + QStringLiteral("/mysql");
    }

    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    QByteArray m_sourceToken;
    QByteArray m_targetToken;
    QString m_sourceMigrationAccount;
    QMap<QString, QString> m_targetBefore; ///< checksums of the target's own data
    QMap<QString, QString> m_sourceChecksums;
    QStringList m_tickets; ///< every ticket handed out, to look for in files
    QString m_unusedTicket; ///< from the fingerprint test: refused before use, still valid
};

QByteArray TstPhysicalRestore::login(const SandboxAppliance &app)
{
    TestClient c(app.info().address, 443, true);
    const TestReply r = c.send("POST", "/api/v1/session",
        QJsonObject { { QStringLiteral("user"), QStringLiteral("admin") },
            { QStringLiteral("password"), app.info().adminPassword } });
    return r.json.value(QStringLiteral("token")).toString().toLatin1();
}

TestClient TstPhysicalRestore::client(const SandboxAppliance &app, const QByteArray &token) const
{
    TestClient c(app.info().address, 443, true);
    c.setToken(token);
    c.setTimeoutMs(120000);
    return c;
}

QSqlDatabase TstPhysicalRestore::db(const QString &name, const SandboxAppliance &app)
{
    QSqlDatabase d = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                  : QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    d.close();
    d.setUserName(QStringLiteral("root"));
    d.setConnectOptions(QStringLiteral("UNIX_SOCKET=%1").arg(app.info().dbSocket));
    d.open();
    return d;
}

QString TstPhysicalRestore::scalar(QSqlDatabase d, const QString &sql)
{
    QSqlQuery q(d);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    return q.value(0).toString();
}

QMap<QString, QString> TstPhysicalRestore::checksums(QSqlDatabase d, const QStringList &tables)
{
    QMap<QString, QString> out;
    for (const QString &t : tables) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("CHECKSUM TABLE sakila.`%1` EXTENDED").arg(t)) && q.next())
            out.insert(t, q.value(1).toString());
        else
            out.insert(t, QStringLiteral("missing"));
    }
    return out;
}

void TstPhysicalRestore::initTestCase()
{
    SandboxAppliance::Options options;
    m_source = std::make_unique<SandboxAppliance>(QStringLiteral("physrest-src"), kSourceAddress, options);
    m_target = std::make_unique<SandboxAppliance>(QStringLiteral("physrest-tgt"), kTargetAddress, options);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    m_sourceToken = login(*m_source);
    m_targetToken = login(*m_target);
    QVERIFY(!m_sourceToken.isEmpty());
    QVERIFY(!m_targetToken.isEmpty());

    // The source gets rows the target lacks (binary-logged: the backup records a real GTID) and a
    // temporary migration account that must not survive on the target.
    QSqlDatabase src = db(QStringLiteral("src"), *m_source);
    QVERIFY2(src.isOpen(), qPrintable(src.lastError().text()));
    QSqlQuery q(src);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE sakila.physical_extra (id INT AUTO_INCREMENT PRIMARY KEY, "
                                  "payload VARCHAR(200)) ENGINE=InnoDB")));
    QVERIFY(q.exec(QStringLiteral("SET SESSION max_recursive_iterations = 100000")));
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO sakila.physical_extra (payload) WITH RECURSIVE s(n) AS (SELECT 1 "
                              "UNION ALL SELECT n + 1 FROM s WHERE n < 20000) SELECT CONCAT('row ', n, ' ', "
                              "SHA2(n, 256)) FROM s")),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("UPDATE sakila.actor SET last_name = 'SOURCE' WHERE actor_id = 1")));
    const TestReply account = client(*m_source, m_sourceToken)
                                  .send("POST", "/api/v1/migration/db-account",
                                      QJsonObject { { QStringLiteral("access"), QStringLiteral("read") },
                                          { QStringLiteral("clientHost"), QStringLiteral("127.0.181.%") } });
    QCOMPARE(account.status, 200);
    m_sourceMigrationAccount = account.json.value(QStringLiteral("user")).toString();
    m_sourceChecksums = checksums(src, sakilaTables() << QStringLiteral("physical_extra"));

    // The target has its own data: one table the source lacks, one row changed.
    QSqlDatabase tgt = db(QStringLiteral("tgt"), *m_target);
    QVERIFY2(tgt.isOpen(), qPrintable(tgt.lastError().text()));
    QSqlQuery t(tgt);
    QVERIFY(t.exec(QStringLiteral("CREATE TABLE sakila.target_only (id INT PRIMARY KEY, note VARCHAR(50))")));
    QVERIFY(t.exec(QStringLiteral("INSERT INTO sakila.target_only VALUES (1, 'mine'), (2, 'also mine')")));
    QVERIFY(t.exec(QStringLiteral("UPDATE sakila.actor SET last_name = 'TARGET' WHERE actor_id = 1")));
    m_targetBefore = checksums(tgt, sakilaTables() << QStringLiteral("target_only"));
    QVERIFY(
        m_targetBefore.value(QStringLiteral("actor")) != m_sourceChecksums.value(QStringLiteral("actor")));
}

void TstPhysicalRestore::cleanupTestCase()
{
    for (const QString &name : { QStringLiteral("src"), QStringLiteral("tgt"), QStringLiteral("tgt-tcp") }) {
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    if (m_target)
        m_target->stop();
    if (m_source)
        m_source->stop();
}

QJsonObject TstPhysicalRestore::newTicket(const QJsonObject &body)
{
    const TestReply r
        = client(*m_source, m_sourceToken).send("POST", "/api/v1/migration/backup-ticket", body);
    if (r.status != 200)
        qWarning() << "backup-ticket:" << r.status << r.body;
    const QString ticket = r.json.value(QStringLiteral("ticket")).toString();
    if (!ticket.isEmpty())
        m_tickets << ticket;
    return r.json;
}

TestReply TstPhysicalRestore::startRestore(const QString &ticket, const QString &fingerprint)
{
    return client(*m_target, m_targetToken)
        .send("POST", "/api/v1/migration/physical-restore",
            QJsonObject { { QStringLiteral("sourceHost"), kSourceAddress },
                { QStringLiteral("sourcePort"), 443 }, { QStringLiteral("sourceFingerprint"), fingerprint },
                { QStringLiteral("ticket"), ticket } });
}

QJsonObject TstPhysicalRestore::restoreStatus()
{
    return client(*m_target, m_targetToken).get("/api/v1/migration/physical-restore").json;
}

QJsonObject TstPhysicalRestore::waitForEnd()
{
    QJsonObject status;
    const QStringList ends { QStringLiteral("ready"), QStringLiteral("failed"), QStringLiteral("rolled-back"),
        QStringLiteral("committed") };
    qint64 lastStreamed = 0;
    bool backwards = false;
    (void)QTest::qWaitFor(
        [&] {
            status = restoreStatus();
            const qint64 streamed = status.value(QStringLiteral("bytesStreamed")).toInteger();
            backwards = backwards || streamed < lastStreamed;
            lastStreamed = streamed;
            return ends.contains(status.value(QStringLiteral("state")).toString());
        },
        kJobTimeoutMs);
    if (backwards)
        qWarning("bytesStreamed went backwards");
    return backwards ? QJsonObject {} : status;
}

void TstPhysicalRestore::ticketIsRequiredAndChecked()
{
    // A ticket needs a session.
    TestClient anonymous(kSourceAddress, 443, true);
    TestReply r = anonymous.send("POST", "/api/v1/migration/backup-ticket", QJsonObject {});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("auth.token_missing"));

    const QJsonObject ticket = newTicket();
    QCOMPARE(ticket.value(QStringLiteral("flavor")).toString(), QStringLiteral("mariadb"));
    QVERIFY(ticket.value(QStringLiteral("ticket")).toString().size() >= 43);
    QVERIFY(ticket.value(QStringLiteral("datadirBytes")).toInteger() > 1000000);
    QVERIFY(ticket.value(QStringLiteral("serverVersion")).toString().contains(QLatin1String("MariaDB")));
    QVERIFY(ticket.value(QStringLiteral("serverVersion"))
                .toString()
                .startsWith(ticket.value(QStringLiteral("majorVersion")).toString() + QLatin1Char('.')));
    const QJsonObject system = client(*m_source, m_sourceToken).get("/api/v1/system").json;
    QVERIFY(system.value(QStringLiteral("database"))
                .toObject()
                .value(QStringLiteral("schemas"))
                .toArray()
                .contains(QStringLiteral("sakila")));
    QCOMPARE(system.value(QStringLiteral("database")).toObject().value(QStringLiteral("majorVersion")),
        ticket.value(QStringLiteral("majorVersion")));
    const QDateTime expires
        = QDateTime::fromString(ticket.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(590));
    QVERIFY(expires < QDateTime::currentDateTimeUtc().addSecs(610));

    // The stream: no ticket, a wrong ticket → 401 auth.ticket_invalid, no session token needed or used.
    TestClient stream(kSourceAddress, 443, true);
    r = stream.get("/api/v1/migration/backup-stream");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("auth.ticket_invalid"));
    const QList<TestReply> wrong = stream.raw("GET /api/v1/migration/backup-stream HTTP/1.1\r\nHost: x\r\n"
                                              "X-Cutover-Backup-Ticket: "
        + ticket.value(QStringLiteral("ticket")).toString().toLatin1().left(40)
        + "AAA\r\nConnection: close\r\n\r\n");
    QCOMPARE(wrong.size(), 1);
    QCOMPARE(wrong.first().status, 401);
    QCOMPARE(wrong.first().errorCode(), QStringLiteral("auth.ticket_invalid"));
    // A session token is no ticket.
    TestClient withToken = client(*m_source, m_sourceToken);
    QCOMPARE(withToken.get("/api/v1/migration/backup-stream").status, 401);

    // Bad values are refused before anything happens.
    TestClient source = client(*m_source, m_sourceToken);
    QCOMPARE(source
                 .send("POST", "/api/v1/migration/backup-ticket",
                     QJsonObject { { QStringLiteral("maxBytesPerSecond"), 10 } })
                 .errorCode(),
        QStringLiteral("request.invalid_value"));
    TestClient target = client(*m_target, m_targetToken);
    r = target.send("POST", "/api/v1/migration/physical-restore",
        QJsonObject { { QStringLiteral("sourceHost"), kSourceAddress },
            { QStringLiteral("sourceFingerprint"), QStringLiteral("not-a-fingerprint") },
            { QStringLiteral("ticket"), ticket.value(QStringLiteral("ticket")) } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("sourceFingerprint"));
    // Nothing ran: the target has no job, and commit has nothing to commit.
    QCOMPARE(restoreStatus().value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
    QCOMPARE(target.send("POST", "/api/v1/migration/physical-restore/commit", QJsonObject {}).errorCode(),
        QStringLiteral("migration.restore_state"));
    // Rollback with nothing to undo answers with the state.
    r = target.send("POST", "/api/v1/migration/physical-restore/rollback", QJsonObject {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
}

void TstPhysicalRestore::ticketExpires()
{
    const QJsonObject ticket = newTicket(QJsonObject { { QStringLiteral("expiresIn"), 1 } });
    const QDateTime expires
        = QDateTime::fromString(ticket.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expires.addMSecs(50), 5000);
    TestClient stream(kSourceAddress, 443, true);
    const QList<TestReply> r = stream.raw("GET /api/v1/migration/backup-stream HTTP/1.1\r\nHost: x\r\n"
                                          "X-Cutover-Backup-Ticket: "
        + ticket.value(QStringLiteral("ticket")).toString().toLatin1() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().status, 401);
    QCOMPARE(r.first().errorCode(), QStringLiteral("auth.ticket_invalid"));
}

void TstPhysicalRestore::fingerprintMismatchSendsNothing()
{
    const QString ticket = newTicket().value(QStringLiteral("ticket")).toString();
    QVERIFY(!ticket.isEmpty());
    const TestReply r = startRestore(ticket, QString(64, QLatin1Char('a')));
    QCOMPARE(r.status, 202);
    const QJsonObject status = waitForEnd();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(status.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("migration.source_fingerprint_mismatch"));
    QCOMPARE(status.value(QStringLiteral("bytesStreamed")).toInteger(), 0);
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-fresh")));
    // The source never saw the ticket: no stream in its audit, the ticket is still good (used later).
    const QJsonArray audit = client(*m_source, m_sourceToken)
                                 .get("/api/v1/audit")
                                 .json.value(QStringLiteral("entries"))
                                 .toArray();
    for (const QJsonValue &e : audit)
        QVERIFY(e.toObject().value(QStringLiteral("action")).toString()
                != QLatin1String("migration.backup_stream")
            || e.toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("outcome"))
                != QLatin1String("complete"));
    m_unusedTicket = ticket;
}

int TstPhysicalRestore::sourceStreams(const QString &outcome)
{
    int n = 0;
    const QJsonArray audit = client(*m_source, m_sourceToken)
                                 .get("/api/v1/audit")
                                 .json.value(QStringLiteral("entries"))
                                 .toArray();
    for (const QJsonValue &e : audit) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("action")).toString() == QLatin1String("migration.backup_stream")
            && o.value(QStringLiteral("detail")).toObject().value(QStringLiteral("outcome")).toString()
                == outcome)
            ++n;
    }
    return n;
}

QString TstPhysicalRestore::startSlowJob()
{
    const QString ticket = newTicket(QJsonObject { { QStringLiteral("maxBytesPerSecond"), 1024 * 1024 } })
                               .value(QStringLiteral("ticket"))
                               .toString();
    const TestReply r = startRestore(ticket, m_source->info().tlsSha256);
    if (r.status != 202)
        return {};
    QJsonObject status;
    if (!QTest::qWaitFor(
            [&] { return (status = restoreStatus()).value(QStringLiteral("bytesStreamed")).toInteger() > 0; },
            60000))
        return {};
    return status.value(QStringLiteral("state")).toString() == QLatin1String("streaming")
        ? r.json.value(QStringLiteral("job")).toString()
        : QString();
}

void TstPhysicalRestore::rollbackCancelsAStreamingJob()
{
    const QString job = startSlowJob();
    QVERIFY(!job.isEmpty());
    const QByteArray socket = m_source->info().dbSocket.toUtf8();
    QCOMPARE(
        processesWith({ QByteArrayLiteral("mariadb-backup"), QByteArrayLiteral("--backup"), socket }).size(),
        1);

    // One backup stream at a time on the source; the refused ticket is not spent.
    const QString second = newTicket().value(QStringLiteral("ticket")).toString();
    TestClient stream(kSourceAddress, 443, true);
    stream.setTimeoutMs(120000);
    QList<TestReply> r = stream.raw("GET /api/v1/migration/backup-stream HTTP/1.1\r\nHost: x\r\n"
                                    "X-Cutover-Backup-Ticket: "
        + second.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().status, 409);
    QCOMPARE(r.first().errorCode(), QStringLiteral("migration.backup_running"));

    const TestReply rb = client(*m_target, m_targetToken)
                             .send("POST", "/api/v1/migration/physical-restore/rollback", QJsonObject {});
    QCOMPARE(rb.status, 200);
    QCOMPARE(rb.json.value(QStringLiteral("job")).toString(), job);
    QCOMPARE(rb.json.value(QStringLiteral("state")).toString(), QStringLiteral("rolled-back"));
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-fresh")));
    // The source notices the receiver went away and ends its backup.
    QTRY_VERIFY_WITH_TIMEOUT(
        processesWith({ QByteArrayLiteral("mariadb-backup"), QByteArrayLiteral("--backup"), socket })
            .isEmpty(),
        30000);
    QCOMPARE(checksums(db(QStringLiteral("tgt"), *m_target), sakilaTables() << QStringLiteral("target_only")),
        m_targetBefore);

    // Now the second ticket is accepted (the stream is read to its end: a complete backup).
    // (qWaitFor, not QTRY_VERIFY: that evaluates its expression once more, which would spend the ticket.)
    QVERIFY(QTest::qWaitFor(
        [&] {
            r = stream.raw(
                "GET /api/v1/migration/backup-stream HTTP/1.1\r\nHost: x\r\nX-Cutover-Backup-Ticket: "
                + second.toLatin1() + "\r\nConnection: close\r\n\r\n");
            return r.size() == 1 && r.first().status != 409;
        },
        30000));
    QCOMPARE(r.first().status, 200);
    QCOMPARE(r.first().header("transfer-encoding"), QByteArrayLiteral("chunked"));
    QVERIFY(r.first().body.size() > 1000000);
    QVERIFY(r.first().body.endsWith("\r\n0\r\n\r\n")); // the terminating chunk: a complete stream
}

void TstPhysicalRestore::killedDaemonCleansUpAtStart()
{
    const pid_t targetMariadb = readPid(m_target->info().stateDir + QStringLiteral("/run/mariadbd.pid"));
    const QString job = startSlowJob();
    QVERIFY(!job.isEmpty());
    const pid_t applianced = readPid(m_target->info().stateDir + QStringLiteral("/run/applianced.pid"));
    QVERIFY(alive(applianced));
    QCOMPARE(::kill(applianced, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(applianced), 10000);
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("start"), m_target->info().name, QStringLiteral("appliance") }),
        0);
    m_targetToken = login(*m_target);
    const QJsonObject status = restoreStatus();
    QCOMPARE(status.value(QStringLiteral("job")).toString(), job);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(status.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("migration.restore_interrupted"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-fresh")), 10000);
    QCOMPARE(readPid(m_target->info().stateDir + QStringLiteral("/run/mariadbd.pid")), targetMariadb);
    QVERIFY(alive(targetMariadb));
    QTRY_VERIFY_WITH_TIMEOUT(
        processesWith({ QByteArrayLiteral("mbstream"), datadir(*m_target).toUtf8() }).isEmpty(), 10000);
    // The source noticed its receiver died and ended the backup (the next test needs it free).
    QTRY_VERIFY_WITH_TIMEOUT(
        processesWith({ QByteArrayLiteral("mariadb-backup"), QByteArrayLiteral("--backup"),
                          m_source->info().dbSocket.toUtf8() })
            .isEmpty(),
        30000);
    QCOMPARE(checksums(db(QStringLiteral("tgt"), *m_target), sakilaTables() << QStringLiteral("target_only")),
        m_targetBefore);
}

void TstPhysicalRestore::cutStreamLeavesOldDataAndRetrySucceeds()
{
    const pid_t targetMariadb = readPid(m_target->info().stateDir + QStringLiteral("/run/mariadbd.pid"));
    QVERIFY(alive(targetMariadb));
    // Slowed down so the cut happens mid-way for sure (1 MB/s of a 40 MB backup).
    const QString ticket = newTicket(QJsonObject { { QStringLiteral("maxBytesPerSecond"), 1024 * 1024 } })
                               .value(QStringLiteral("ticket"))
                               .toString();
    TestReply r = startRestore(ticket, m_source->info().tlsSha256);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
    const QString job = r.json.value(QStringLiteral("job")).toString();

    // One job at a time.
    r = startRestore(m_unusedTicket, m_source->info().tlsSha256);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("migration.restore_running"));

    QJsonObject status;
    QTRY_VERIFY_WITH_TIMEOUT(
        (status = restoreStatus()).value(QStringLiteral("bytesStreamed")).toInteger() > 0, 60000);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
    QVERIFY(status.value(QStringLiteral("bytesExpected")).toInteger() > 0);
    QVERIFY(QFileInfo(datadir(*m_target) + QStringLiteral(".cutover-fresh")).isDir());

    const int failedBefore = sourceStreams(QStringLiteral("failed"));
    // Kill the source's mariadb-backup: the source must end the stream without its last chunk.
    const QList<pid_t> backups = processesWith({ QByteArrayLiteral("mariadb-backup"),
        QByteArrayLiteral("--backup"), m_source->info().dbSocket.toUtf8() });
    QCOMPARE(backups.size(), 1);
    QCOMPARE(::kill(backups.first(), SIGKILL), 0);

    status = waitForEnd();
    QCOMPARE(status.value(QStringLiteral("job")).toString(), job);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(status.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("migration.stream_interrupted"));
    QCOMPARE(status.value(QStringLiteral("previousDatadirKept")).toBool(), false);
    // The old data never stopped serving and is unchanged; nothing is left behind.
    QCOMPARE(readPid(m_target->info().stateDir + QStringLiteral("/run/mariadbd.pid")), targetMariadb);
    QVERIFY(alive(targetMariadb));
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-fresh")));
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-previous")));
    QCOMPARE(checksums(db(QStringLiteral("tgt"), *m_target), sakilaTables() << QStringLiteral("target_only")),
        m_targetBefore);
    // The source says so in its audit.
    QVERIFY(QTest::qWaitFor([&] { return sourceStreams(QStringLiteral("failed")) > failedBefore; }, 10000));

    // A new job with the ticket the fingerprint test left unused succeeds.
    r = startRestore(m_unusedTicket, m_source->info().tlsSha256);
    QCOMPARE(r.status, 202);
    status = waitForEnd();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    verifyRunsSourceData(status);

    // The ticket was single use.
    r = startRestore(m_unusedTicket, m_source->info().tlsSha256);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("migration.restore_state"));
    TestClient stream(kSourceAddress, 443, true);
    const QList<TestReply> again = stream.raw("GET /api/v1/migration/backup-stream HTTP/1.1\r\nHost: x\r\n"
                                              "X-Cutover-Backup-Ticket: "
        + m_unusedTicket.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().errorCode(), QStringLiteral("auth.ticket_invalid"));
}

void TstPhysicalRestore::verifyRunsSourceData(const QJsonObject &status)
{
    QCOMPARE(status.value(QStringLiteral("previousDatadirKept")).toBool(), true);
    QVERIFY(QFileInfo(datadir(*m_target) + QStringLiteral(".cutover-previous")).isDir());
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-fresh")));
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-init.sql")));
    const qint64 streamed = status.value(QStringLiteral("bytesStreamed")).toInteger();
    QVERIFY(streamed > 1000000);
    QCOMPARE(status.value(QStringLiteral("bytesPrepared")).toInteger(), streamed);

    // The binary-log position is what the backup recorded, and the source's own (it was idle).
    QFile info(datadir(*m_target) + QStringLiteral("/xtrabackup_binlog_info"));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QList<QByteArray> recorded = info.readAll().trimmed().split('\t');
    QCOMPARE(status.value(QStringLiteral("binlogFile")).toString(), QString::fromUtf8(recorded.value(0)));
    QCOMPARE(status.value(QStringLiteral("binlogPosition")).toInteger(), recorded.value(1).toLongLong());
    QCOMPARE(status.value(QStringLiteral("gtid")).toString(), QString::fromUtf8(recorded.value(2)));
    QSqlDatabase src = db(QStringLiteral("src"), *m_source);
    QCOMPARE(status.value(QStringLiteral("gtid")).toString(),
        scalar(src, QStringLiteral("SELECT @@gtid_binlog_pos")));
    QVERIFY(!status.value(QStringLiteral("gtid")).toString().isEmpty());

    // The target runs the source's data.
    QSqlDatabase tgt = db(QStringLiteral("tgt"), *m_target);
    QVERIFY2(tgt.isOpen(), qPrintable(tgt.lastError().text()));
    QCOMPARE(checksums(tgt, sakilaTables() << QStringLiteral("physical_extra")), m_sourceChecksums);
    QCOMPARE(
        scalar(tgt, QStringLiteral("SELECT COUNT(*) FROM sakila.physical_extra")), QStringLiteral("20000"));
    QCOMPARE(scalar(tgt,
                 QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                "'sakila' AND table_name = 'target_only'")),
        QStringLiteral("0"));
    // …with its own server identity and its own accounts.
    QCOMPARE(scalar(tgt, QStringLiteral("SELECT @@server_id")),
        QString::number(m_target->info()
                            .raw.value(QStringLiteral("mariadb"))
                            .toObject()
                            .value(QStringLiteral("serverId"))
                            .toInteger()));
    QSqlDatabase tcp = QSqlDatabase::contains(QStringLiteral("tgt-tcp"))
        ? QSqlDatabase::database(QStringLiteral("tgt-tcp"), false)
        : QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("tgt-tcp"));
    tcp.close();
    tcp.setHostName(kTargetAddress);
    tcp.setPort(3306);
    tcp.setUserName(QStringLiteral("root"));
    tcp.setPassword(m_target->info().dbRootPassword);
    QVERIFY2(tcp.open(), qPrintable(tcp.lastError().text()));
    tcp.close();
    tcp.setPassword(m_source->info().dbRootPassword);
    QVERIFY2(!tcp.open(), "the source's root password works on the target");
    tcp.close();
    // applianced still reaches its MariaDB, and the admin API still works with a fresh login.
    TestClient target = client(*m_target, login(*m_target));
    const QJsonObject system = target.get("/api/v1/system").json;
    QCOMPARE(system.value(QStringLiteral("database")).toObject().value(QStringLiteral("reachable")).toBool(),
        true);
    const QJsonArray accounts
        = target.get("/api/v1/migration/db-accounts").json.value(QStringLiteral("accounts")).toArray();
    QVERIFY2(!accounts.contains(m_sourceMigrationAccount), "the source's migration account came along");
    QCOMPARE(
        scalar(tgt,
            QStringLiteral("SELECT COUNT(*) FROM mysql.global_priv WHERE user LIKE 'cutover\\_mig\\_%'")),
        QStringLiteral("0"));
}

void TstPhysicalRestore::rollbackPutsOldDataBack()
{
    QCOMPARE(restoreStatus().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    const TestReply r = client(*m_target, m_targetToken)
                            .send("POST", "/api/v1/migration/physical-restore/rollback", QJsonObject {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("rolled-back"));
    QCOMPARE(r.json.value(QStringLiteral("previousDatadirKept")).toBool(), false);
    QVERIFY(!r.json.contains(QStringLiteral("error")));
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-previous")));
    QCOMPARE(checksums(db(QStringLiteral("tgt"), *m_target), sakilaTables() << QStringLiteral("target_only")),
        m_targetBefore);
    QCOMPARE(scalar(db(QStringLiteral("tgt"), *m_target),
                 QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                "'sakila' AND table_name = 'physical_extra'")),
        QStringLiteral("0"));
    // Idempotent.
    const TestReply again = client(*m_target, m_targetToken)
                                .send("POST", "/api/v1/migration/physical-restore/rollback", QJsonObject {});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("state")).toString(), QStringLiteral("rolled-back"));
}

void TstPhysicalRestore::restartWhileReadyThenCommit()
{
    const QString ticket = newTicket().value(QStringLiteral("ticket")).toString();
    QCOMPARE(startRestore(ticket, m_source->info().tlsSha256).status, 202);
    QJsonObject status = waitForEnd();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    const QString job = status.value(QStringLiteral("job")).toString();

    // Kill the target's applianced and start it again: still ready, still the same job.
    const pid_t applianced = readPid(m_target->info().stateDir + QStringLiteral("/run/applianced.pid"));
    QVERIFY(alive(applianced));
    QCOMPARE(::kill(applianced, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(applianced), 10000);
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("start"), m_target->info().name, QStringLiteral("appliance") }),
        0);
    m_targetToken = login(*m_target); // sessions live in memory only
    QVERIFY(!m_targetToken.isEmpty());
    status = restoreStatus();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    QCOMPARE(status.value(QStringLiteral("job")).toString(), job);
    QCOMPARE(status.value(QStringLiteral("previousDatadirKept")).toBool(), true);

    const TestReply r = client(*m_target, m_targetToken)
                            .send("POST", "/api/v1/migration/physical-restore/commit", QJsonObject {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("committed"));
    QCOMPARE(r.json.value(QStringLiteral("previousDatadirKept")).toBool(), false);
    QVERIFY(!QFileInfo::exists(datadir(*m_target) + QStringLiteral(".cutover-previous")));
    QCOMPARE(
        checksums(db(QStringLiteral("tgt"), *m_target), sakilaTables() << QStringLiteral("physical_extra")),
        m_sourceChecksums);
    // After a commit there is nothing to roll back.
    const TestReply rb = client(*m_target, m_targetToken)
                             .send("POST", "/api/v1/migration/physical-restore/rollback", QJsonObject {});
    QCOMPARE(rb.status, 200);
    QCOMPARE(rb.json.value(QStringLiteral("state")).toString(), QStringLiteral("committed"));

    // The audit trail on both sides.
    QStringList targetActions;
    for (const QJsonValue &e :
        client(*m_target, m_targetToken).get("/api/v1/audit").json.value(QStringLiteral("entries")).toArray())
        targetActions << e.toObject().value(QStringLiteral("action")).toString();
    for (const char *a : { "migration.physical_restore.start", "migration.physical_restore.ready",
             "migration.physical_restore.failed", "migration.physical_restore.rollback",
             "migration.physical_restore.commit" })
        QVERIFY2(targetActions.contains(QLatin1String(a)), a);
}

void TstPhysicalRestore::noTicketInFiles()
{
    QVERIFY(m_tickets.size() >= 5);
    for (const SandboxAppliance *app : { m_source.get(), m_target.get() }) {
        // State, audit, logs (applianced's and MariaDB's), configs — everything but the data.
        QDirIterator it(app->info().stateDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/mysql/")) || path.contains(QLatin1String("/mysql.cutover")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QString &t : std::as_const(m_tickets))
                QVERIFY2(!content.contains(t.toLatin1()),
                    qPrintable(QStringLiteral("a ticket is in %1").arg(path)));
        }
        QVERIFY(files > 5);
    }
}

QTEST_GUILESS_MAIN(TstPhysicalRestore)
#include "tst_physical_restore.moc"
