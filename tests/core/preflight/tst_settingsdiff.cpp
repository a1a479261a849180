// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDiff from two settings answers: what changes on each side, swap on and off.
#include "preflight/settingsdiff.h"

#include <QJsonArray>
#include <QTest>

using namespace cutover;

namespace {

SettingsSnapshot snapshot(const QString &host, const QString &zone, const QJsonObject &mail)
{
    SettingsSnapshot s;
    s.hostSpecific = { QStringLiteral("network"), QStringLiteral("dns") };
    s.basic = { QStringLiteral("timeAndNtp"), QStringLiteral("mailRelay") };
    s.groups = QJsonObject {
        { QStringLiteral("network"), QJsonObject { { QStringLiteral("hostName"), host } } },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"), QJsonArray { host + QStringLiteral("-dns") } } } },
        { QStringLiteral("timeAndNtp"), QJsonObject { { QStringLiteral("timeZone"), zone } } },
        { QStringLiteral("mailRelay"), mail },
    };
    return s;
}

} // namespace

class TestSettingsDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swapOffChangesOnlyTheTargetsBasicGroups()
    {
        const auto source = snapshot(QStringLiteral("old"), QStringLiteral("Europe/Rome"),
            QJsonObject { { QStringLiteral("host"), QStringLiteral("mail.old") } });
        const auto target = snapshot(QStringLiteral("new"), QStringLiteral("UTC"),
            QJsonObject {
                { QStringLiteral("host"), QStringLiteral("mail.new") }, { QStringLiteral("port"), 587 } });
        const SettingsDiff diff = SettingsDiff::build(source, target, false);
        QVERIFY(!diff.swapConfiguration());
        QVERIFY(diff.changes(SettingsDiff::Side::Source).isEmpty());
        QCOMPARE(diff.excludedGroups(SettingsDiff::Side::Source), QStringList());
        QCOMPARE(diff.excludedGroups(SettingsDiff::Side::Target),
            (QStringList { QStringLiteral("network"), QStringLiteral("dns") }));
        const auto changes = diff.changes(SettingsDiff::Side::Target);
        QCOMPARE(changes.size(), 3);
        // Host-specific groups first, then basic ones; keys sorted within a group.
        QCOMPARE(changes[0].group, QStringLiteral("timeAndNtp"));
        QCOMPARE(changes[0].before.toString(), QStringLiteral("UTC"));
        QCOMPARE(changes[0].after.toString(), QStringLiteral("Europe/Rome"));
        QCOMPARE(changes[1].key, QStringLiteral("host"));
        // A key the source does not carry goes back to its default (the copy replaces whole groups).
        QCOMPARE(changes[2].key, QStringLiteral("port"));
        QVERIFY(changes[2].after.isUndefined());
        const QStringList lines = diff.describe(SettingsDiff::Side::Target);
        QVERIFY(lines.contains(QStringLiteral("timeAndNtp.timeZone: UTC → Europe/Rome")));
        QVERIFY(lines.contains(QStringLiteral("mailRelay.port: 587 → back to its default")));
        QVERIFY(lines.last().contains(QLatin1String("network, dns")));
        const QJsonObject json = diff.toJson();
        QCOMPARE(
            json.value(QStringLiteral("target")).toObject().value(QStringLiteral("changes")).toArray().size(),
            3);
        QVERIFY(json.value(QStringLiteral("target"))
                    .toObject()
                    .value(QStringLiteral("changes"))
                    .toArray()[2]
                    .toObject()
                    .value(QStringLiteral("resetToDefault"))
                    .toBool());
    }

    void swapOnExchangesEverything()
    {
        const auto source = snapshot(QStringLiteral("old"), QStringLiteral("Europe/Rome"), {});
        const auto target = snapshot(QStringLiteral("new"), QStringLiteral("UTC"), {});
        const SettingsDiff diff = SettingsDiff::build(source, target, true);
        QVERIFY(diff.excludedGroups(SettingsDiff::Side::Target).isEmpty());
        QVERIFY(diff.excludedGroups(SettingsDiff::Side::Source).isEmpty());
        for (const auto side : { SettingsDiff::Side::Source, SettingsDiff::Side::Target }) {
            const auto changes = diff.changes(side);
            QCOMPARE(changes.size(), 3); // network.hostName, dns.servers, timeAndNtp.timeZone
            QCOMPARE(changes[0].group, QStringLiteral("network"));
        }
        QCOMPARE(diff.changes(SettingsDiff::Side::Source)[0].after.toString(), QStringLiteral("new"));
        QCOMPARE(diff.changes(SettingsDiff::Side::Target)[0].after.toString(), QStringLiteral("old"));
        QCOMPARE(SettingsDiff::formatValue(QJsonArray { QStringLiteral("a"), QStringLiteral("b") }),
            QStringLiteral("a, b"));
    }

    void sameSettingsChangeNothing()
    {
        const auto same = snapshot(QStringLiteral("x"), QStringLiteral("UTC"), {});
        QVERIFY(SettingsDiff::build(same, same, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsDiff)
#include "tst_settingsdiff.moc"
