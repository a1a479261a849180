// SPDX-License-Identifier: GPL-3.0-or-later
// The applianced command line: --version, --help, --provision input checking, refusing to start
// unprovisioned. Runs the real binary; opens no port.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstApplianceCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void provisionChecksInput_data();
    void provisionChecksInput();
    void provisionWritesState();
    void refusesToStartUnprovisioned();
    void missingConfig();

private:
    int run(const QStringList &args, const QByteArray &input, QByteArray *output);
    QString m_binary;
    QTemporaryDir m_dir;
    QString m_config;
};

void TstApplianceCli::initTestCase()
{
    m_binary = qEnvironmentVariable("CUTOVER_APPLIANCED");
    QVERIFY2(!m_binary.isEmpty(), "CUTOVER_APPLIANCED is not set");
    m_config = m_dir.filePath(QStringLiteral("applianced.conf"));
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[listen]\naddress=127.0.21.250\n[paths]\nstate=%1/state\nvendorPublicKey=%2\n")
                .arg(m_dir.path(), QStringLiteral(CUTOVER_VENDOR_TEST_PUBLIC_KEY))
                .toUtf8());
}

int TstApplianceCli::run(const QStringList &args, const QByteArray &input, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_binary, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TstApplianceCli::version()
{
    QByteArray out;
    QCOMPARE(run({ QStringLiteral("--version") }, {}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("applianced " CUTOVER_VERSION));
}

void TstApplianceCli::help()
{
    QByteArray out;
    QCOMPARE(run({ QStringLiteral("--help") }, {}, &out), 0);
    QVERIFY(out.contains("--config"));
    QVERIFY(out.contains("--provision"));
}

void TstApplianceCli::provisionChecksInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not json") << QByteArray("{") << QByteArray("request.malformed_json");
    QTest::newRow("unknown field") << QByteArray(R"({"adminPasswrd": "x"})")
                                   << QByteArray("request.unknown_field adminPasswrd");
    QTest::newRow("short password") << QByteArray(
        R"({"adminPassword": "x", "hostName": "h", "domainName": "d"})")
                                    << QByteArray("adminPassword");
    QTest::newRow("license without key") << QByteArray(
        R"({"adminPassword": "long enough", "hostName": "h", "domainName": "d", "license": "active"})")
                                         << QByteArray("licenseSigningKey");
    QTest::newRow("bad setting") << QByteArray(
        R"({"adminPassword": "long enough", "hostName": "h", "domainName": "d", "settings": {"dns": {"x": 1}}})")
                                 << QByteArray("dns.x");
}

void TstApplianceCli::provisionChecksInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    QByteArray out;
    QCOMPARE(run({ QStringLiteral("--config"), m_config, QStringLiteral("--provision") }, input, &out), 1);
    QVERIFY2(out.contains(message), out.constData());
    QVERIFY(!out.contains("long enough"));
}

void TstApplianceCli::provisionWritesState()
{
    QByteArray out;
    const QJsonObject in { { QStringLiteral("adminPassword"), QStringLiteral("long enough secret") },
        { QStringLiteral("hostName"), QStringLiteral("h1") },
        { QStringLiteral("domainName"), QStringLiteral("example.test") },
        { QStringLiteral("role"), QStringLiteral("master") },
        { QStringLiteral("license"), QStringLiteral("expired") },
        { QStringLiteral("licenseSigningKey"), QStringLiteral(CUTOVER_VENDOR_TEST_PRIVATE_KEY) } };
    QCOMPARE(run({ QStringLiteral("--config"), m_config, QStringLiteral("--provision") },
                 QJsonDocument(in).toJson(QJsonDocument::Compact), &out),
        0);
    const QString state = m_dir.filePath(QStringLiteral("state"));
    for (const char *f : { "machine-id", "auth.json", "settings.json", "license.json", "ha.json",
             "tls/cert.pem", "tls/key.pem" })
        QVERIFY2(QFile::exists(state + QLatin1Char('/') + QLatin1String(f)), f);
    QFile auth(state + QStringLiteral("/auth.json"));
    QVERIFY(auth.open(QIODevice::ReadOnly));
    const QByteArray authText = auth.readAll();
    QVERIFY(!authText.contains("long enough secret"));
    QVERIFY(authText.contains("pbkdf2-sha256"));
    QVERIFY(!(QFile::permissions(auth.fileName()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QFile ha(state + QStringLiteral("/ha.json"));
    QVERIFY(ha.open(QIODevice::ReadOnly));
    const QJsonObject haJson = QJsonDocument::fromJson(ha.readAll()).object();
    QCOMPARE(haJson.value(QStringLiteral("roundRobinHosts")).toArray().first().toString(),
        QStringLiteral("127.0.21.250"));
    QFile settings(state + QStringLiteral("/settings.json"));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QJsonObject network = QJsonDocument::fromJson(settings.readAll())
                                    .object()
                                    .value(QStringLiteral("groups"))
                                    .toObject()
                                    .value(QStringLiteral("network"))
                                    .toObject();
    QCOMPARE(network.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.21.250"));
    QCOMPARE(network.value(QStringLiteral("hostName")).toString(), QStringLiteral("h1"));

    // Provisioning again keeps the machine's identity.
    QFile id(state + QStringLiteral("/machine-id"));
    QVERIFY(id.open(QIODevice::ReadOnly));
    const QByteArray before = id.readAll();
    id.close();
    QCOMPARE(run({ QStringLiteral("--config"), m_config, QStringLiteral("--provision") },
                 QJsonDocument(in).toJson(QJsonDocument::Compact), &out),
        0);
    QVERIFY(id.open(QIODevice::ReadOnly));
    QCOMPARE(id.readAll(), before);
}

void TstApplianceCli::refusesToStartUnprovisioned()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("c.conf"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral("[listen]\naddress=127.0.21.251\n[paths]\nstate=%1/empty\n").arg(dir.path()).toUtf8());
    f.close();
    QByteArray out;
    QCOMPARE(run({ QStringLiteral("--config"), config }, {}, &out), 1);
    QVERIFY2(out.contains("not provisioned"), out.constData());
}

void TstApplianceCli::missingConfig()
{
    QByteArray out;
    QCOMPARE(run({ QStringLiteral("--config"), m_dir.filePath(QStringLiteral("nope.conf")) }, {}, &out), 2);
    QVERIFY(out.contains("cannot read config file"));
}

QTEST_GUILESS_MAIN(TstApplianceCli)
#include "tst_appliance_cli.moc"
