// SPDX-License-Identifier: GPL-3.0-or-later
//
// DNS check against a small real DNS server (UDP, port 53) on 127.0.43.1, this executable only.

#include "preflight/dnscheck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>
#include <future>

using namespace cutover;

namespace {
const QHostAddress ServerAddress(QStringLiteral("127.0.43.1"));
const QHostAddress SilentAddress(QStringLiteral("127.0.43.2"));

/** Answers A queries from a table (address, TTL); AAAA gets an empty answer, unknown names NXDOMAIN. */
class TinyDnsServer : public QObject
{
public:
    struct Entry
    {
        QList<QHostAddress> addresses;
        quint32 ttl;
    };
    QHash<QString, Entry> table;
    int queries = 0;

    bool listen(const QHostAddress &address)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { answer(); });
        return m_socket.bind(address, 53);
    }

private:
    QUdpSocket m_socket;

    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray q(int(m_socket.pendingDatagramSize()), '\0');
            m_socket.readDatagram(q.data(), q.size(), &from, &port);
            if (q.size() < 17)
                continue;
            ++queries;
            // Question: labels from offset 12, then type and class.
            QStringList labels;
            int pos = 12;
            while (pos < q.size() && q.at(pos) != 0) {
                const int len = quint8(q.at(pos));
                labels << QString::fromLatin1(q.mid(pos + 1, len));
                pos += len + 1;
            }
            const int questionEnd = pos + 5;
            const quint16 type = qFromBigEndian<quint16>(q.constData() + pos + 1);
            const QString name = labels.join(QLatin1Char('.')).toLower();
            QByteArray r = q.left(questionEnd);
            r[2] = char(0x81 | (q.at(2) & 0x01)); // response, recursion desired echoed
            r[3] = char(0x80);
            r[6] = r[7] = r[8] = r[9] = r[10] = r[11] = 0;
            const auto it = table.constFind(name);
            if (it == table.constEnd()) {
                r[3] = char(0x83); // NXDOMAIN
            } else if (type == 1) {
                r[7] = char(it->addresses.size());
                for (const QHostAddress &a : it->addresses) {
                    r.append("\xc0\x0c\x00\x01\x00\x01", 6);
                    char ttl[4];
                    qToBigEndian<quint32>(it->ttl, ttl);
                    r.append(ttl, 4);
                    r.append("\x00\x04", 2);
                    char addr[4];
                    qToBigEndian<quint32>(a.toIPv4Address(), addr);
                    r.append(addr, 4);
                }
            }
            m_socket.writeDatagram(r, from, port);
        }
    }
};
} // namespace

class TestDnsCheck : public QObject
{
    Q_OBJECT

    TinyDnsServer m_dns;
    QUdpSocket m_silent; // bound, never answers: a DNS server that does not respond

    template<typename F> auto onWorker(F &&f)
    {
        auto future = std::async(std::launch::async, std::forward<F>(f));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                future.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        }();
        return future.get();
    }

private slots:
    void initTestCase()
    {
        m_dns.table.insert(QStringLiteral("hotspot1.mycompany.test"),
            { { QHostAddress(QStringLiteral("10.0.0.10")) }, 300 });
        m_dns.table.insert(QStringLiteral("loadbalancing.mycompany.test"),
            { { QHostAddress(QStringLiteral("10.0.0.10")), QHostAddress(QStringLiteral("10.0.0.11")) },
                86400 });
        QVERIFY(m_dns.listen(ServerAddress));
        QVERIFY(m_silent.bind(SilentAddress, 53));
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void shortTtlIsFine()
    {
        const DnsCheck::Result r = onWorker(
            [] { return DnsCheck::lookup(QStringLiteral("hotspot1.mycompany.test"), ServerAddress); });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.addressStrings(), QStringList { QStringLiteral("10.0.0.10") });
        QCOMPARE(r.maxTtl(), 300u);
        const RequirementEntry e
            = DnsCheck::requirement(r, DnsCheck::DefaultMaxTtl, QStringLiteral("10.0.0.10"));
        QVERIFY(e.satisfied);
        QVERIFY(!e.mandatory);
        QCOMPARE(e.id, QStringLiteral("dns.hotspot1.mycompany.test"));
        QVERIFY2(e.reasonText().contains(QLatin1String("10.0.0.10 (TTL 5 min)")), qPrintable(e.reasonText()));
    }

    void longTtlWarnsAndBothNamesResolveSideBySide()
    {
        const QList<DnsCheck::Result> results = onWorker([] {
            return DnsCheck::lookupAll(
                { QStringLiteral("hotspot1.mycompany.test"), QStringLiteral("loadbalancing.mycompany.test") },
                ServerAddress);
        });
        QCOMPARE(results.size(), 2);
        const DnsCheck::Result &lb = results.at(1);
        QCOMPARE(lb.name, QStringLiteral("loadbalancing.mycompany.test"));
        QCOMPARE(lb.addressStrings().size(), 2);
        QCOMPARE(lb.maxTtl(), 86400u);
        const RequirementEntry e
            = DnsCheck::requirement(lb, DnsCheck::DefaultMaxTtl, QStringLiteral("10.0.0.99"));
        QVERIFY(e.warns());
        QVERIFY2(e.reasonText().contains(QLatin1String("1 d.")), qPrintable(e.reasonText()));
        QVERIFY(e.reasonText().contains(QLatin1String("None of these is 10.0.0.99")));
        QVERIFY2(e.remedyText().contains(QLatin1String("5 min or less")), qPrintable(e.remedyText()));
        QCOMPARE(DnsCheck::formatDuration(7200), QStringLiteral("2 h"));
        QCOMPARE(DnsCheck::formatDuration(45), QStringLiteral("45 s"));
        QCOMPARE(e.details.value(QLatin1String("maxTtl")).toInteger(), 86400);
    }

    void unknownName()
    {
        const DnsCheck::Result r = onWorker(
            [] { return DnsCheck::lookup(QStringLiteral("nosuch.mycompany.test"), ServerAddress); });
        QVERIFY(r.records.isEmpty());
        QVERIFY(r.notFound);
        const RequirementEntry e = DnsCheck::requirement(r);
        QVERIFY(e.warns());
        QVERIFY(e.reasonText().contains(QLatin1String("has no address")));
    }

    void silentServerTimesOutInTime()
    {
        QElapsedTimer timer;
        timer.start();
        const DnsCheck::Result r = onWorker(
            [] { return DnsCheck::lookup(QStringLiteral("hotspot1.mycompany.test"), SilentAddress, 1000); });
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(r.timedOut);
        QVERIFY(DnsCheck::requirement(r).reasonText().contains(QLatin1String("in time")));
    }
};

QTEST_GUILESS_MAIN(TestDnsCheck)
#include "tst_dnscheck.moc"
