// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compatibility checks, Source Info and the trust store: data in, entries out. No network.

#include "preflight/compatibilitycheck.h"
#include "preflight/sourceinfo.h"
#include "trust/fingerprint.h"
#include "trust/truststore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace cutover;

namespace {

SystemInfo system(const QString &id, const QString &dbVersion)
{
    SystemInfo s;
    s.machineId = id;
    s.hostName = id == QLatin1String("src") ? QStringLiteral("hotspot1") : QStringLiteral("hotspot2");
    s.domainName = QStringLiteral("mycompany.test");
    s.addresses = { id == QLatin1String("src") ? QStringLiteral("10.0.0.10") : QStringLiteral("10.0.0.20") };
    s.role = QStringLiteral("standalone");
    s.database.flavor = QStringLiteral("MariaDB");
    s.database.version = dbVersion;
    s.database.binlog = true;
    s.disk.freeBytes = 10LL << 30;
    s.dataBytes = 1LL << 30;
    s.trafficLogBytes = 2LL << 30;
    s.license.state = QStringLiteral("active");
    s.license.guid = QStringLiteral("GUID-") + id;
    s.license.maintenanceUntil = QStringLiteral("2027-06-30");
    return s;
}

/** A copy (the list is often a temporary); an entry with an empty id when there is none. */
std::optional<RequirementEntry> find(const RequirementList &list, const QString &id)
{
    for (const RequirementEntry &e : list) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

} // namespace

class TestCompatibility : public QObject
{
    Q_OBJECT

    CompatibilityCheck::Input baseInput()
    {
        CompatibilityCheck::Input in;
        in.source = system(QStringLiteral("src"), QStringLiteral("10.11.6-MariaDB-0+deb12u1"));
        in.target = system(QStringLiteral("dst"), QStringLiteral("10.11.6-MariaDB-0+deb12u1"));
        in.target.license.state = QStringLiteral("none");
        in.today = QDate(2026, 11, 29);
        return in;
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void versions_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("satisfied");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("equal") << "10.11.6-MariaDB-0+deb12u1"
                               << "10.11.6-MariaDB" << true << "Source MariaDB 10.11.6";
        QTest::newRow("upgrade") << "10.5.23-MariaDB"
                                 << "10.11.6-MariaDB" << true << "target MariaDB 10.11.6";
        QTest::newRow("replication prefix") << "5.5.5-10.11.6-MariaDB"
                                            << "10.11.6-MariaDB" << true << "";
        QTest::newRow("patch downgrade") << "10.11.7-MariaDB"
                                         << "10.11.6-MariaDB" << false << "older MariaDB 10.11.6";
        QTest::newRow("major downgrade") << "11.4.2-MariaDB"
                                         << "10.11.6-MariaDB" << false << "older";
        QTest::newRow("flavor") << "10.11.6-MariaDB"
                                << "8.0.36" << false << "different database servers";
        QTest::newRow("unreadable") << ""
                                    << "10.11.6-MariaDB" << false << "could not be read";
    }

    void versions()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(bool, satisfied);
        QFETCH(QString, reasonPart);
        CompatibilityCheck::Input in = baseInput();
        in.source.database.version = source;
        in.target.database.version = target;
        in.target.database.flavor
            = target.contains(QLatin1String("MariaDB")) ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
        const RequirementList list = CompatibilityCheck::evaluate(in);
        const auto e = find(list, QStringLiteral("compat.dbVersion"));
        QVERIFY(e);
        QCOMPARE(e->satisfied, satisfied);
        QVERIFY(e->mandatory);
        QVERIFY2(e->reasonText().contains(reasonPart), qPrintable(e->reasonText()));
        QCOMPARE(requirementsMet(list), satisfied);
    }

    void allFine()
    {
        const RequirementList list = CompatibilityCheck::evaluate(baseInput());
        QVERIFY(requirementsMet(list));
        for (const RequirementEntry &e : list)
            QVERIFY2(e.satisfied, qPrintable(e.id + QLatin1String(": ") + e.reasonText()));
    }

    void sameApplianceRefused()
    {
        CompatibilityCheck::Input in = baseInput();
        in.target.machineId = in.source.machineId; // different addresses, same machine
        const RequirementList list = CompatibilityCheck::evaluate(in);
        const auto e = find(list, QStringLiteral("compat.sameAppliance"));
        QVERIFY(e && e->blocks());
        QVERIFY(e->reasonText().contains(QLatin1String("same appliance")));
        QVERIFY(!requirementsMet(list));
    }

    void diskSpace()
    {
        CompatibilityCheck::Input in = baseInput();
        in.target.disk.freeBytes = (1LL << 30) + (1LL << 29); // 1.5 GiB: enough for data, not for logs
        QVERIFY(!find(CompatibilityCheck::evaluate(in), QStringLiteral("compat.diskSpace"))->blocks());
        in.copyTrafficLogs = true;
        const RequirementList list = CompatibilityCheck::evaluate(in);
        const auto e = find(list, QStringLiteral("compat.diskSpace"));
        QVERIFY(e->blocks());
        QVERIFY2(e->reasonText().contains(QLatin1String("traffic logs")), qPrintable(e->reasonText()));
        QVERIFY(e->remedyText().contains(QLatin1String("Copy User Traffic Logs")));
        QCOMPARE(e->details.value(QLatin1String("requiredBytes")).toInteger(),
            qint64((3LL << 30) + ((3LL << 30) / 10)));
        in.target.disk.freeBytes = -1; // not reported: a warning only
        const auto unknown = find(CompatibilityCheck::evaluate(in), QStringLiteral("compat.diskSpace"));
        QVERIFY(unknown->warns());
    }

    void binlogForcesOfflineButDoesNotRefuse()
    {
        CompatibilityCheck::Input in = baseInput();
        in.source.database.binlog = false;
        in.lowDowntime = true;
        const RequirementList list = CompatibilityCheck::evaluate(in);
        const auto e = find(list, QStringLiteral("compat.binlog"));
        QVERIFY(e->warns());
        QVERIFY(e->details.value(QLatin1String("forcesOffline")).toBool());
        QVERIFY(e->reasonText().contains(QLatin1String("offline")));
        QVERIFY(requirementsMet(list));
    }

    void license_data()
    {
        QTest::addColumn<QString>("targetState");
        QTest::addColumn<QString>("sourceState");
        QTest::addColumn<QString>("maintenanceUntil");
        QTest::addColumn<bool>("satisfied");
        QTest::addColumn<QString>("reasonPart");
        QTest::addColumn<QString>("remedyPart");
        QTest::newRow("eligible") << "none"
                                  << "active"
                                  << "2027-06-30" << true << "runs until 2027-06-30"
                                  << "";
        QTest::newRow("target invalidated ok") << "invalidated"
                                               << "active"
                                               << "2026-11-29" << true << ""
                                               << "";
        QTest::newRow("target licensed")
            << "active"
            << "active"
            << "2027-06-30" << false << "target already has an active license (GUID-dst)"
            << "Turn off Migrate License";
        QTest::newRow("contract ended") << "none"
                                        << "active"
                                        << "2026-11-28" << false << "maintenance contract ended on 2026-11-28"
                                        << "Renew the maintenance contract";
        QTest::newRow("no contract") << "none"
                                     << "active"
                                     << "" << false << "no maintenance contract"
                                     << "Renew";
        QTest::newRow("source unlicensed") << "none"
                                           << "none"
                                           << "2027-06-30" << false << "source has no active license"
                                           << "Turn off Migrate License";
        QTest::newRow("both fail") << "active"
                                   << "active"
                                   << "" << false << "; the source has no maintenance"
                                   << "";
    }

    void license()
    {
        QFETCH(QString, targetState);
        QFETCH(QString, sourceState);
        QFETCH(QString, maintenanceUntil);
        QFETCH(bool, satisfied);
        QFETCH(QString, reasonPart);
        QFETCH(QString, remedyPart);
        CompatibilityCheck::Input in = baseInput();
        in.target.license.state = targetState;
        in.source.license.state = sourceState;
        in.source.license.maintenanceUntil = maintenanceUntil;
        QVERIFY(!find(CompatibilityCheck::evaluate(in), QStringLiteral("compat.license"))); // only when asked
        in.migrateLicense = true;
        const auto e = find(CompatibilityCheck::evaluate(in), QStringLiteral("compat.license"));
        QVERIFY(e);
        QCOMPARE(e->satisfied, satisfied);
        QVERIFY(e->mandatory);
        QVERIFY2(e->reasonText().contains(reasonPart), qPrintable(e->reasonText()));
        QVERIFY2(e->remedyText().contains(remedyPart), qPrintable(e->remedyText()));
    }

    void interruptedMigrationAndMigratedSource()
    {
        CompatibilityCheck::Input in = baseInput();
        in.interruptedMigration = true;
        in.interruptedRunId = QStringLiteral("run-42");
        in.source.migratedTo = QStringLiteral("elsewhere");
        in.source.maintenance = true;
        const RequirementList list = CompatibilityCheck::evaluate(in);
        QVERIFY(find(list, QStringLiteral("compat.interruptedMigration"))->blocks());
        QVERIFY(find(list, QStringLiteral("compat.interruptedMigration"))
                    ->reasonText()
                    .contains(QLatin1String("run-42")));
        QVERIFY(find(list, QStringLiteral("compat.interruptedMigration"))
                    ->remedyText()
                    .contains(QLatin1String("resume")));
        QVERIFY(find(list, QStringLiteral("compat.sourceAlreadyMigrated"))->blocks());
        QVERIFY(find(list, QStringLiteral("compat.sourceMaintenance"))->warns());
    }

    void sourceInfoStandalone()
    {
        const SystemInfo src = system(QStringLiteral("src"), QStringLiteral("10.11.6"));
        const SourceInfo info
            = SourceInfo::build(src, system(QStringLiteral("dst"), QStringLiteral("10.11.6")), HaInfo(),
                QStringLiteral("hotspot1.mycompany.test"), QStringLiteral("10.0.0.20"));
        QCOMPARE(info.licenseGuid(), QStringLiteral("GUID-src"));
        QCOMPARE(info.hostName(), QStringLiteral("hotspot1"));
        QCOMPARE(info.domainName(), QStringLiteral("mycompany.test"));
        QCOMPARE(info.ipAddress(), QStringLiteral("10.0.0.10")); // a name was typed: the reported address
        QVERIFY(!info.isHighAvailability());
        QCOMPARE(info.notice(), QStringLiteral("The system is a standalone type"));
        QCOMPARE(info.serverRoleText(), QStringLiteral("Standalone"));
        QVERIFY(info.dnsAdviceBefore().isEmpty());
        QCOMPARE(info.namesToCheck(), QStringList { QStringLiteral("hotspot1.mycompany.test") });
    }

    void sourceInfoHighAvailability()
    {
        SystemInfo src = system(QStringLiteral("src"), QStringLiteral("10.11.6"));
        src.role = QStringLiteral("master");
        HaInfo ha;
        ha.role = QStringLiteral("master");
        ha.peers = { HaPeer { QStringLiteral("hotspot1b"), QStringLiteral("10.0.0.11") } };
        const QJsonObject groups { { QStringLiteral("loadBalancingDomain"),
            QJsonObject { { QStringLiteral("enabled"), true },
                { QStringLiteral("domain"), QStringLiteral("loadbalancing.mycompany.test") } } } };
        const SourceInfo info
            = SourceInfo::build(src, system(QStringLiteral("dst"), QStringLiteral("10.11.6")), ha,
                QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.20"), groups);
        QVERIFY(info.isHighAvailability());
        QCOMPARE(info.notice(), QStringLiteral("The system is in high availability"));
        QCOMPARE(info.serverRoleText(), QStringLiteral("High availability (master)"));
        QCOMPARE(info.dnsAdviceBefore(),
            (QStringList {
                QStringLiteral("The domain hotspot1.mycompany.test points to the IP address 10.0.0.11 and "
                               "no longer to 10.0.0.10."),
                QStringLiteral("The IP address 10.0.0.10 is no longer defined for the domain "
                               "loadbalancing.mycompany.test.") }));
        QVERIFY(info.dnsAdviceText().startsWith(QLatin1String("Before continuing")));
        QVERIFY(info.dnsAdviceText().contains(QLatin1String("propagation")));
        QCOMPARE(info.dnsAdviceAfter(QStringLiteral("10.0.0.10")).value(1),
            QStringLiteral(
                "The domain loadbalancing.mycompany.test is also resolved with the IP address 10.0.0.10."));
        QCOMPARE(info.namesToCheck(),
            (QStringList {
                QStringLiteral("hotspot1.mycompany.test"), QStringLiteral("loadbalancing.mycompany.test") }));
        QCOMPARE(info.toJson().value(QLatin1String("licenseGuid")).toString(), QStringLiteral("GUID-src"));
    }

    void trustStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("CUTOVER_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(TrustStore::defaultPath(), dir.filePath(QStringLiteral("trusted-appliances.json")));
        const QString fp1 = QStringLiteral("AB:") + QStringLiteral("01:").repeated(30) + QStringLiteral("CD");
        const QString fp2 = QStringLiteral("AB:") + QStringLiteral("02:").repeated(30) + QStringLiteral("CD");
        {
            TrustStore store;
            QCOMPARE(store.check(QStringLiteral("m1"), fp1), TrustStore::Verdict::Unknown);
            QString error;
            QVERIFY2(store.remember(QStringLiteral("m1"), fp1.toLower(), QStringLiteral("10.0.0.10"), &error),
                qPrintable(error));
            QVERIFY(!store.remember(QStringLiteral("m2"), QStringLiteral("not hex"), {}, &error));
            QVERIFY(!error.isEmpty());
        }
        TrustStore reloaded; // from the file
        QVERIFY(reloaded.loadError().isEmpty());
        QCOMPARE(reloaded.check(QStringLiteral("m1"), fp1), TrustStore::Verdict::Trusted);
        QCOMPARE(reloaded.check(QStringLiteral("m1"), fp2), TrustStore::Verdict::Changed);
        QCOMPARE(reloaded.check(QStringLiteral("m2"), fp1), TrustStore::Verdict::Unknown);
        QCOMPARE(reloaded.machineIdForHost(QStringLiteral("10.0.0.10")), QStringLiteral("m1"));
        const QString warning = TrustStore::changedWarning(QStringLiteral("10.0.0.10"), fp1, fp2);
        QVERIFY(warning.contains(fp1) && warning.contains(fp2) && warning.contains(QLatin1String("stops")));

        // The file holds fingerprints and names only.
        QFile f(dir.filePath(QStringLiteral("trusted-appliances.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains(fp1.toLatin1()));
        QVERIFY(!content.contains("password"));
        f.close();

        // A damaged file is reported, not trusted.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring unreadable")));
        TrustStore damaged;
        QVERIFY(!damaged.loadError().isEmpty());
        QCOMPARE(damaged.check(QStringLiteral("m1"), fp1), TrustStore::Verdict::Unknown);
        qunsetenv("CUTOVER_DATA_DIR");
    }
};

QTEST_GUILESS_MAIN(TestCompatibility)
#include "tst_compatibility.moc"
