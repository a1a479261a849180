// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the model classes that need no MariaDB: password hashes, login throttling,
// license signatures, settings schema, SSH keys, atomic state files, TLS identity.
#include "applianceconfig.h"
#include "jsonfile.h"
#include "licensesigner.h"
#include "licensestore.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "settingsstore.h"
#include "sshkeys.h"
#include "tlsidentity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

class TstApplianceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordHash();
    void throttle();
    void licenseSignature();
    void licenseStoreStates();
    void settingsSchema();
    void sshKeys();
    void tlsIdentity();
    void packagedConfigParses();

private:
    QTemporaryDir m_dir;
};

void TstApplianceModel::passwordHash()
{
    const QJsonObject h = PasswordHasher::hash(QStringLiteral("correct horse"), 100000);
    QCOMPARE(h.value(QStringLiteral("algorithm")).toString(), QStringLiteral("pbkdf2-sha256"));
    QVERIFY(h.value(QStringLiteral("iterations")).toInt() >= 100000);
    QVERIFY(!QJsonDocument(h).toJson().contains("correct horse"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), h));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), h));
    // Same password, different salt.
    QVERIFY(PasswordHasher::hash(QStringLiteral("correct horse"), 100000).value(QStringLiteral("hash"))
        != h.value(QStringLiteral("hash")));
    // A stored hash with too few iterations is refused (downgrade by editing auth.json).
    QJsonObject weak = h;
    weak.insert(QStringLiteral("iterations"), 1);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse"), weak));
}

void TstApplianceModel::throttle()
{
    LoginThrottle t(3, 10);
    const QString a = QStringLiteral("127.0.0.9");
    t.recordFailure(a);
    t.recordFailure(a);
    QCOMPARE(t.retryAfter(a), 0);
    t.recordFailure(a);
    QVERIFY(t.retryAfter(a) > 0 && t.retryAfter(a) <= 10);
    t.recordFailure(a);
    QVERIFY(t.retryAfter(a) > 10); // doubles
    QCOMPARE(t.retryAfter(QStringLiteral("127.0.0.10")), 0);
    t.recordSuccess(a);
    QCOMPARE(t.retryAfter(a), 0);
}

void TstApplianceModel::licenseSignature()
{
    const QString priv = QStringLiteral(CUTOVER_VENDOR_TEST_PRIVATE_KEY);
    const QString pub = QStringLiteral(CUTOVER_VENDOR_TEST_PUBLIC_KEY);
    const QJsonObject doc = LicenseStore::newDocument(QStringLiteral("ACME"), false);
    const QByteArray sig = LicenseSigner::sign(doc, priv);
    QCOMPARE(sig.size(), 64); // Ed25519
    QVERIFY(LicenseSigner::verify(doc, sig, pub));
    for (const QString &field : LicenseStore::documentFields()) {
        QJsonObject tampered = doc;
        tampered.insert(field, doc.value(field).toString() + QLatin1Char('x'));
        QVERIFY2(!LicenseSigner::verify(tampered, sig, pub), qPrintable(field));
    }
    QJsonObject added = doc;
    added.insert(QStringLiteral("seats"), QStringLiteral("1000"));
    QVERIFY(!LicenseSigner::verify(added, sig, pub));
    QByteArray flipped = sig;
    flipped[0] = char(flipped[0] ^ 1);
    QVERIFY(!LicenseSigner::verify(doc, flipped, pub));
    QVERIFY(!LicenseSigner::verify(doc, sig, m_dir.filePath(QStringLiteral("missing.pem"))));
    QVERIFY(LicenseSigner::sign(doc, m_dir.filePath(QStringLiteral("missing.pem"))).isEmpty());
}

void TstApplianceModel::licenseStoreStates()
{
    const QString file = m_dir.filePath(QStringLiteral("license.json"));
    const QString pub = QStringLiteral(CUTOVER_VENDOR_TEST_PUBLIC_KEY);
    LicenseStore store(file, pub);
    QCOMPARE(store.state(), QStringLiteral("none"));
    const QJsonObject doc = LicenseStore::newDocument(QStringLiteral("ACME"), true);
    QString error;
    QVERIFY(LicenseStore::provision(file, doc, QStringLiteral(CUTOVER_VENDOR_TEST_PRIVATE_KEY), &error));
    QCOMPARE(store.state(), QStringLiteral("active"));
    QCOMPARE(store.summary().value(QStringLiteral("maintenanceActive")).toBool(), false);
    const QJsonObject exported = store.exportLicense();
    QVERIFY(store.invalidate(QStringLiteral("target-id")));
    QCOMPARE(store.state(), QStringLiteral("invalidated"));
    QVERIFY(store.exportLicense().isEmpty());
    QVERIFY(!store.invalidate(QStringLiteral("again")));

    // Tamper on disk.
    QJsonObject stored;
    QVERIFY(JsonFile::read(file, &stored));
    QJsonObject d = stored.value(QStringLiteral("document")).toObject();
    d.insert(QStringLiteral("maintenanceUntil"), QStringLiteral("2099-12-31"));
    stored.insert(QStringLiteral("document"), d);
    QVERIFY(JsonFile::write(file, stored));
    for (int i = 0; i < 4; ++i) // state(), summary() and two imports each look at the tampered file
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("license signature does not verify")));
    QCOMPARE(store.state(), QStringLiteral("invalid"));
    QVERIFY(store.summary().value(QStringLiteral("guid")).isNull());

    QCOMPARE(store.importLicense(d, exported.value(QStringLiteral("signature")).toString()),
        LicenseStore::ImportResult::BadSignature);
    QCOMPARE(store.importLicense(exported.value(QStringLiteral("document")).toObject(),
                 exported.value(QStringLiteral("signature")).toString()),
        LicenseStore::ImportResult::Ok);
    QCOMPARE(store.state(), QStringLiteral("active"));
    QCOMPARE(store.importLicense(exported.value(QStringLiteral("document")).toObject(),
                 exported.value(QStringLiteral("signature")).toString()),
        LicenseStore::ImportResult::TargetHasLicense);
}

void TstApplianceModel::settingsSchema()
{
    QString field;
    bool unknown = false;
    QVERIFY(SettingsStore::validate(
        QJsonObject { { QStringLiteral("timeAndNtp"),
            QJsonObject { { QStringLiteral("timeZone"), QStringLiteral("Europe/Rome") } } } },
        &field, &unknown));
    QVERIFY(!SettingsStore::validate(
        QJsonObject { { QStringLiteral("bogus"), QJsonObject() } }, &field, &unknown));
    QCOMPARE(field, QStringLiteral("bogus"));
    QVERIFY(unknown);
    QVERIFY(!SettingsStore::validate(
        QJsonObject { { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"), QStringLiteral("1.1.1.1") } } } },
        &field, &unknown));
    QCOMPARE(field, QStringLiteral("dns.servers"));
    QVERIFY(!unknown);
    QVERIFY(!SettingsStore::validate(
        QJsonObject { { QStringLiteral("network"),
            QJsonObject { { QStringLiteral("address"), QStringLiteral("nope") } } } },
        &field, &unknown));
    QVERIFY(!SettingsStore::validate(
        QJsonObject { { QStringLiteral("mailRelay"), QJsonObject { { QStringLiteral("port"), 70000 } } } },
        &field, &unknown));

    const QString file = m_dir.filePath(QStringLiteral("settings.json"));
    QVERIFY(SettingsStore::provision(file,
        QJsonObject { { QStringLiteral("network"),
            QJsonObject { { QStringLiteral("hostName"), QStringLiteral("h1") } } } }));
    SettingsStore s(file);
    QCOMPARE(s.hostName(), QStringLiteral("h1"));
    const QStringList all = SettingsStore::hostSpecificGroups() + SettingsStore::basicGroups();
    QCOMPARE(s.groups().keys().size(), all.size());
    QVERIFY(s.replace(QJsonObject { { QStringLiteral("network"),
        QJsonObject { { QStringLiteral("domainName"), QStringLiteral("d.test") } } } }));
    // Replacing a group resets the keys not given.
    QCOMPARE(s.hostName(), QStringLiteral("appliance"));
    QCOMPARE(s.domainName(), QStringLiteral("d.test"));
}

void TstApplianceModel::sshKeys()
{
    const QString keyFile = m_dir.filePath(QStringLiteral("mig"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-C"), QStringLiteral("wizard"), QStringLiteral("-f"), keyFile });
    QVERIFY(keygen.waitForFinished(30000));
    QFile pub(keyFile + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QString line = QString::fromLatin1(pub.readAll()).trimmed();

    QProcess fp;
    fp.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), keyFile + QStringLiteral(".pub") });
    QVERIFY(fp.waitForFinished(30000));
    const QString expected = QString::fromLatin1(fp.readAll()).split(QLatin1Char(' ')).value(1);
    QCOMPARE(SshKeys::hostKeyFingerprint(keyFile + QStringLiteral(".pub")), expected);

    QString type, blob;
    QVERIFY(SshKeys::parsePublicKey(line, &type, &blob));
    QVERIFY(!SshKeys::parsePublicKey(QStringLiteral("ssh-ed25519 AAAA\ncommand=\"sh\" x"), &type, &blob));
    QVERIFY(!SshKeys::parsePublicKey(QStringLiteral("ssh-rsa ") + blob, &type, &blob)); // type mismatch

    const QString ak = m_dir.filePath(QStringLiteral("authorized_keys"));
    JsonFile::writeBytes(
        ak, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherKeyOtherKeyOtherKeyOtherKeyOtherKey0 other\n");
    SshKeys keys(ak);
    QVERIFY(keys.authorize(line));
    QVERIFY(keys.authorize(line)); // idempotent
    QFile f(ak);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    f.close();
    QCOMPARE(content.count("cutover-migration"), 1);
    QVERIFY(content.contains("restrict,command=\"internal-sftp -R\" ssh-ed25519 "));
    QVERIFY(keys.revoke(line));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray after = f.readAll();
    QVERIFY(!after.contains("cutover-migration"));
    QVERIFY(after.contains(" other")); // other keys stay
}

void TstApplianceModel::tlsIdentity()
{
    TlsIdentity tls(m_dir.filePath(QStringLiteral("tls")));
    QString error;
    QVERIFY2(tls.generate(QStringLiteral("h1.example.test"), QStringLiteral("127.0.21.9"), &error),
        qPrintable(error));
    const QString first = tls.sha256Fingerprint();
    QCOMPARE(first.size(), 32 * 3 - 1);
    QVERIFY(!tls.serverConfiguration().isNull());
    const QSslCertificate cert = tls.serverConfiguration().localCertificate();
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("h1.example.test"));
    QVERIFY(
        cert.subjectAlternativeNames().values(QSsl::DnsEntry).contains(QStringLiteral("h1.example.test")));
    QVERIFY(QFile::permissions(m_dir.filePath(QStringLiteral("tls/key.pem"))) & QFileDevice::ReadOwner);
    QVERIFY(!(QFile::permissions(m_dir.filePath(QStringLiteral("tls/key.pem"))) & QFileDevice::ReadOther));
    QVERIFY(tls.generate(QStringLiteral("h2.example.test"), QString(), &error));
    QVERIFY(tls.sha256Fingerprint() != first);
}

void TstApplianceModel::packagedConfigParses()
{
    ApplianceConfig c;
    QString error;
    QVERIFY2(c.load(QStringLiteral(CUTOVER_PACKAGED_CONF), &error), qPrintable(error));
    QCOMPARE(c.listenAddress, QStringLiteral("0.0.0.0"));
    QCOMPARE(c.httpsPort, 443);
    QCOMPARE(c.stateDir, QStringLiteral("/var/lib/cutover-appliance"));
    QCOMPARE(c.vendorPublicKey, QStringLiteral("/usr/share/cutover/vendor-public.pem"));
    QCOMPARE(c.mariadbSocket, QStringLiteral("/run/mysqld/mysqld.sock"));
    QCOMPARE(c.rebootCommand, QStringLiteral("/usr/bin/systemctl reboot"));
    QCOMPARE(c.restartSshCommand, QStringLiteral("/usr/bin/systemctl restart ssh.service"));
    QVERIFY(c.restartWebCommand.isEmpty());
    QCOMPARE(c.tokenLifetimeSeconds, 3600);
    QCOMPARE(c.maxBodyBytes, 1048576);
    QCOMPARE(c.maxConnections, 64);
}

QTEST_GUILESS_MAIN(TstApplianceModel)
#include "tst_appliance_model.moc"
