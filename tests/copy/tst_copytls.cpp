// SPDX-License-Identifier: GPL-3.0-or-later
// The copy engine's MariaDB connections are encrypted whenever the server offers TLS, and the
// server's certificate is verified when a CA is given. Private servers on 127.0.53.1 and .2.
#include "mariadbinstance.h"
#include "mysql/copyverifier.h"
#include "mysql/databasecopier.h"
#include "mysql/mysqlconnection.h"

#include <QRegularExpression>
#include <QTest>

using namespace cutover;
using cutover::test::MariadbInstance;

class TestCopyTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encryptedWheneverOffered();
    void verifiedAgainstCa();
    void wrongCaRefused();
    void cleanupTestCase();

private:
    static qint64 sslAccepts(MariadbInstance &server);

    std::unique_ptr<MariadbInstance> m_source;
    std::unique_ptr<MariadbInstance> m_target;
    std::unique_ptr<MariadbInstance> m_other; ///< only for its certificate: a CA that is not the target's
};

void TestCopyTls::initTestCase()
{
    m_source = std::make_unique<MariadbInstance>(QStringLiteral("127.0.53.1"), 5301);
    m_target = std::make_unique<MariadbInstance>(QStringLiteral("127.0.53.2"), 5302);
    m_source->setTls(true);
    m_target->setTls(true);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    const QString accounts = QFINDTESTDATA("accounts.sql");
    QVERIFY2(m_source->runSqlFile(accounts, &error), qPrintable(error));
    QVERIFY2(m_target->runSqlFile(accounts, &error), qPrintable(error));
    QVERIFY2(m_source->runSql(
                 "CREATE DATABASE app; USE app; CREATE TABLE t (id INT PRIMARY KEY, k INT, s TEXT, KEY (k));"
                 "INSERT INTO t SELECT seq, seq % 7, REPEAT('é', seq % 50) FROM seq_1_to_20000;",
                 &error),
        qPrintable(error));
}

qint64 TestCopyTls::sslAccepts(MariadbInstance &server)
{
    return server.query("SHOW GLOBAL STATUS LIKE 'Ssl_accepts'").split('\t').value(1).trimmed().toLongLong();
}

void TestCopyTls::encryptedWheneverOffered()
{
    // The endpoints do not require TLS (useTls false, no CA): the servers offer it, so it is used.
    MysqlEndpoint source = m_source->endpoint(QStringLiteral("cutover_mig_read"), "read-pw");
    MysqlEndpoint target = m_target->endpoint(QStringLiteral("cutover_mig_write"), "write-pw");
    QVERIFY(!source.useTls && source.tlsCaFile.isEmpty());
    const qint64 sourceBefore = sslAccepts(*m_source);
    const qint64 targetBefore = sslAccepts(*m_target);
    CopyOptions options;
    options.threads = 2;
    options.includeAccounts = false;
    DatabaseCopier copier(source, target, options);
    std::atomic<bool> cancel { false };
    const CopyResult r = copier.run(cancel);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + r.details));
    QCOMPARE(r.rows, 20000);
    // The copy's own sessions report their cipher (SHOW STATUS LIKE 'Ssl_cipher' on the session) …
    QVERIFY2(!r.sourceTlsCipher.isEmpty(), "the source session is not encrypted");
    QVERIFY2(!r.targetTlsCipher.isEmpty(), "the target session is not encrypted");
    // … and each server counted a TLS handshake for every reader or writer.
    QVERIFY(sslAccepts(*m_source) - sourceBefore >= options.threads);
    QVERIFY(sslAccepts(*m_target) - targetBefore >= options.threads);

    // The session itself says so, too.
    MysqlConnection direct;
    QVERIFY(direct.open(target));
    QList<MysqlConnection::Row> rows;
    QVERIFY(direct.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"), &rows));
    QVERIFY(!rows.value(0).value(1).isEmpty());
    QCOMPARE(QString::fromLatin1(rows.value(0).value(1)), direct.tlsCipher());
}

void TestCopyTls::verifiedAgainstCa()
{
    MysqlEndpoint source = m_source->endpoint(QStringLiteral("cutover_mig_read"), "read-pw");
    MysqlEndpoint target = m_target->endpoint(QStringLiteral("cutover_mig_write"), "write-pw");
    source.tlsCaFile = m_source->tlsCertificatePath();
    target.tlsCaFile = m_target->tlsCertificatePath();
    CopyVerifier verifier(source, target);
    std::atomic<bool> cancel { false };
    const CopyResult r = verifier.run(cancel);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + r.details));
    QVERIFY(!r.sourceTlsCipher.isEmpty());
    QVERIFY(!r.targetTlsCipher.isEmpty());
}

void TestCopyTls::wrongCaRefused()
{
    // A certificate from another server is not the target's CA: the connection must fail.
    m_other = std::make_unique<MariadbInstance>(QStringLiteral("127.0.53.3"), 5303);
    m_other->setTls(true);
    QString error;
    QVERIFY2(m_other->start(&error), qPrintable(error));
    MysqlEndpoint source = m_source->endpoint(QStringLiteral("cutover_mig_read"), "read-pw");
    MysqlEndpoint target = m_target->endpoint(QStringLiteral("cutover_mig_write"), "write-pw");
    target.tlsCaFile = m_other->tlsCertificatePath();
    CopyOptions options;
    options.maxAttempts = 1;
    CopyVerifier verifier(source, target, options);
    std::atomic<bool> cancel { false };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot connect to the target")));
    const CopyResult r = verifier.run(cancel);
    QCOMPARE(r.code, CopyResult::Code::ConnectionFailed);
    QVERIFY2(r.message.contains(target.displayName()), qPrintable(r.message));
}

void TestCopyTls::cleanupTestCase()
{
    m_other.reset();
    m_source.reset();
    m_target.reset();
}

QTEST_GUILESS_MAIN(TestCopyTls)
#include "tst_copytls.moc"
