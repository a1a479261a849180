// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/addressvalidator.h"
#include "preflight/credentialcheck.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace cutover;
using Problem = AddressValidator::Problem;
using Kind = AddressValidator::Kind;

class TestAddressValidator : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("normalised"); // or the suggestion when invalid
        QTest::addColumn<QString>("messagePart");

        const int none = int(Problem::None);
        QTest::newRow("ipv4") << "192.168.1.20" << none << int(Kind::Ipv4) << "192.168.1.20"
                              << "";
        QTest::newRow("ipv4 blanks around") << "  10.0.0.1\t" << none << int(Kind::Ipv4) << "10.0.0.1"
                                            << "";
        QTest::newRow("ipv6") << "fd00::20" << none << int(Kind::Ipv6) << "fd00::20"
                              << "";
        QTest::newRow("ipv6 brackets") << "[fd00::20]" << none << int(Kind::Ipv6) << "fd00::20"
                                       << "";
        QTest::newRow("ipv6 upper") << "FD00:0:0::20" << none << int(Kind::Ipv6) << "fd00::20"
                                    << "";
        QTest::newRow("ipv4-mapped") << "::ffff:10.0.0.1" << none << int(Kind::Ipv6) << "::ffff:10.0.0.1"
                                     << "";
        QTest::newRow("host") << "hotspot1" << none << int(Kind::HostName) << "hotspot1"
                              << "";
        QTest::newRow("fqdn upper") << "HotSpot1.Example.TEST" << none << int(Kind::HostName)
                                    << "hotspot1.example.test"
                                    << "";
        QTest::newRow("fqdn dot") << "hotspot1.example.test." << none << int(Kind::HostName)
                                  << "hotspot1.example.test"
                                  << "";
        QTest::newRow("idn") << "bücher.example" << none << int(Kind::HostName) << "xn--bcher-kva.example"
                             << "";
        QTest::newRow("digit label") << "1hotspot.example" << none << int(Kind::HostName)
                                     << "1hotspot.example"
                                     << "";

        const int inv = int(Kind::Invalid);
        QTest::newRow("empty") << "" << int(Problem::Empty) << inv << ""
                               << "Enter the IP address";
        QTest::newRow("blank") << "   " << int(Problem::Empty) << inv << ""
                               << "Enter the IP address";
        QTest::newRow("space inside") << "10.0.0. 1" << int(Problem::ContainsSpaces) << inv << "10.0.0.1"
                                      << "contains spaces";
        QTest::newRow("space in name") << "hot spot" << int(Problem::ContainsSpaces) << inv << "hotspot"
                                       << "contains spaces";
        QTest::newRow("url") << "https://hotspot1.example.test/admin" << int(Problem::Url) << inv
                             << "hotspot1.example.test"
                             << "web address (URL)";
        QTest::newRow("url ip port") << "http://10.0.0.5:8080" << int(Problem::Url) << inv << "10.0.0.5"
                                     << ": 10.0.0.5";
        QTest::newRow("host port") << "10.0.0.5:443" << int(Problem::PortSuffix) << inv << "10.0.0.5"
                                   << "port number";
        QTest::newRow("name port") << "hotspot1:3306" << int(Problem::PortSuffix) << inv << "hotspot1"
                                   << "only the address: hotspot1";
        QTest::newRow("v6 port") << "[fd00::20]:443" << int(Problem::PortSuffix) << inv << "fd00::20"
                                 << "port number";
        QTest::newRow("path") << "hotspot1/admin" << int(Problem::Path) << inv << "hotspot1"
                              << "includes a path";
        QTest::newRow("user") << "admin@hotspot1" << int(Problem::UserInfo) << inv << "hotspot1"
                              << "user name";
        QTest::newRow("ipv4 short") << "10.0.0" << int(Problem::InvalidIpv4) << inv << ""
                                    << "four numbers";
        QTest::newRow("ipv4 big") << "10.0.0.300" << int(Problem::InvalidIpv4) << inv << ""
                                  << "not a complete IPv4";
        QTest::newRow("ipv4 five") << "10.0.0.1.5" << int(Problem::InvalidIpv4) << inv << ""
                                   << "IPv4";
        QTest::newRow("ipv4 leading zero") << "010.0.0.1" << int(Problem::InvalidIpv4) << inv << ""
                                           << "leading zeros";
        QTest::newRow("ipv6 bad") << "fd00::zz::1" << int(Problem::InvalidIpv6) << inv << ""
                                  << "not a valid IPv6";
        QTest::newRow("ipv6 open bracket") << "[fd00::1" << int(Problem::InvalidIpv6) << inv << ""
                                           << "IPv6";
        QTest::newRow("underscore") << "hot_spot" << int(Problem::InvalidCharacters) << inv << ""
                                    << "contains \"_\"";
        QTest::newRow("comma") << "10,0,0,1" << int(Problem::InvalidCharacters) << inv << ""
                               << "contains \",\"";
        QTest::newRow("colon word") << "hotspot:abc" << int(Problem::InvalidCharacters) << inv << ""
                                    << "contains \":\"";
        QTest::newRow("double dot") << "hotspot..example" << int(Problem::EmptyLabel) << inv << ""
                                    << "empty part";
        QTest::newRow("leading dot") << ".example" << int(Problem::EmptyLabel) << inv << ""
                                     << "empty part";
        QTest::newRow("hyphen") << "-hotspot.example" << int(Problem::HyphenAtLabelEdge) << inv << "-hotspot"
                                << "hyphen";
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + ".example"
                                    << int(Problem::LabelTooLong) << inv << QString(64, QLatin1Char('a'))
                                    << "63 characters";
        QString longName;
        for (int i = 0; i < 26; ++i)
            longName += QStringLiteral("abcdefghi.");
        longName += QStringLiteral("test");
        QTest::newRow("long name") << longName << int(Problem::NameTooLong) << inv << ""
                                   << "253 characters";
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        QFETCH(int, kind);
        QFETCH(QString, normalised);
        QFETCH(QString, messagePart);

        QElapsedTimer timer;
        timer.start();
        const AddressValidator::Result r = AddressValidator::check(input);
        QVERIFY2(timer.elapsed() < 100, "validation must not look anything up");
        QCOMPARE(int(r.problem), problem);
        QCOMPARE(int(r.kind), kind);
        if (r.ok()) {
            QCOMPARE(r.normalised, normalised);
            QVERIFY(r.message().isEmpty());
        } else {
            QCOMPARE(r.suggestion, normalised);
            QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
            // The message quotes what was typed so the user sees which field is meant.
            if (!input.trimmed().isEmpty())
                QVERIFY2(r.message().contains(input.trimmed()), qPrintable(r.message()));
        }
    }

    void requirementEntry()
    {
        const RequirementEntry bad = AddressValidator::requirement(
            AddressValidator::check(QStringLiteral("https://x")), QStringLiteral("source"));
        QCOMPARE(bad.id, QStringLiteral("input.sourceAddress"));
        QVERIFY(bad.blocks());
        QVERIFY(bad.reasonText().contains(QLatin1String("URL")));
        QCOMPARE(bad.details.value(QLatin1String("suggestion")).toString(), QStringLiteral("x"));
        const RequirementEntry good = AddressValidator::requirement(
            AddressValidator::check(QStringLiteral("10.0.0.1")), QStringLiteral("target"));
        QCOMPARE(good.id, QStringLiteral("input.targetAddress"));
        QVERIFY(good.satisfied);
        QVERIFY(!good.blocks());
    }

    void passwordRequirement()
    {
        const RequirementEntry empty
            = CredentialCheck::passwordRequirement(QStringLiteral("source"), QByteArray());
        QCOMPARE(empty.id, QStringLiteral("input.sourcePassword"));
        QVERIFY(empty.blocks());
        QVERIFY(empty.reasonText().contains(QLatin1String("source system is empty")));
        QVERIFY(!empty.remedyText().isEmpty());
        const RequirementEntry given
            = CredentialCheck::passwordRequirement(QStringLiteral("target"), QByteArray("x|y"));
        QCOMPARE(given.id, QStringLiteral("input.targetPassword"));
        QVERIFY(given.satisfied);
        // The entry never carries the password.
        QVERIFY(!QJsonDocument(given.toJson()).toJson().contains("x|y"));
    }
};

QTEST_GUILESS_MAIN(TestAddressValidator)
#include "tst_addressvalidator.moc"
