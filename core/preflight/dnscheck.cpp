// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/dnscheck.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QThread>
#include <condition_variable>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcDns, "cutover.core.preflight.dns")

namespace cutover {

namespace {

constexpr int SliceMs = 50;

struct Shared
{
    std::mutex mutex;
    std::condition_variable done;
    int pending = 0;
    QList<DnsCheck::Result> results;
};

void collect(QDnsLookup *lookup, DnsCheck::Result &r)
{
    // Qt 6.4 reports a NOERROR answer without records (a name with A but no AAAA records) as an
    // invalid reply; so an error only counts when no lookup of the name brought records (see end).
    if (lookup->error() == QDnsLookup::NotFoundError) {
        r.notFound = true;
        return;
    }
    if (lookup->error() != QDnsLookup::NoError) {
        if (r.error.isEmpty())
            r.error = lookup->errorString();
        return;
    }
    for (const QDnsHostAddressRecord &rec : lookup->hostAddressRecords())
        r.records.append({ rec.value(), rec.timeToLive() });
}

} // namespace

quint32 DnsCheck::Result::maxTtl() const
{
    quint32 m = 0;
    for (const Record &r : records)
        m = std::max(m, r.ttl);
    return m;
}

QStringList DnsCheck::Result::addressStrings() const
{
    QStringList out;
    for (const Record &r : records)
        out << r.address.toString();
    return out;
}

DnsCheck::Result DnsCheck::lookup(
    const QString &name, const QHostAddress &nameserver, int timeoutMs, const std::atomic<bool> *cancel)
{
    return lookupAll({ name }, nameserver, timeoutMs, cancel).value(0);
}

QList<DnsCheck::Result> DnsCheck::lookupAll(
    const QStringList &names, const QHostAddress &nameserver, int timeoutMs, const std::atomic<bool> *cancel)
{
    auto shared = std::make_shared<Shared>();
    for (const QString &n : names) {
        Result r;
        r.name = n;
        shared->results.append(r);
    }
    if (names.isEmpty())
        return {};
    shared->pending = int(names.size()) * 2; // A and AAAA

    QThread thread;
    thread.setObjectName(QStringLiteral("cutover-dns"));
    auto *context = new QObject; // lives on the helper thread, owns the lookups
    context->moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(context, [context, shared, names, nameserver] {
        for (int i = 0; i < names.size(); ++i) {
            // A partial answer (A found, AAAA not) still counts as found: notFound is set per lookup
            // and cleared when the other type brings records.
            for (const QDnsLookup::Type type : { QDnsLookup::A, QDnsLookup::AAAA }) {
                auto *lookup = new QDnsLookup(type, names.at(i), context);
                if (!nameserver.isNull())
                    lookup->setNameserver(nameserver);
                QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, shared, i] {
                    std::lock_guard lock(shared->mutex);
                    collect(lookup, shared->results[i]);
                    --shared->pending;
                    shared->done.notify_all();
                });
                lookup->lookup();
            }
        }
    });

    QDeadlineTimer deadline(timeoutMs);
    bool timedOut = false;
    {
        std::unique_lock lock(shared->mutex);
        while (shared->pending > 0) {
            if ((cancel && cancel->load()) || deadline.hasExpired()) {
                timedOut = true;
                break;
            }
            shared->done.wait_for(
                lock, std::chrono::milliseconds(std::min<qint64>(SliceMs, deadline.remainingTime())));
        }
    }
    // Lookups still running are aborted and deleted on their thread; their late results are dropped.
    QMetaObject::invokeMethod(context, [context] {
        for (QDnsLookup *l : context->findChildren<QDnsLookup *>()) {
            QObject::disconnect(l, nullptr, context, nullptr); // no "cancelled" over the timeout
            l->abort();
        }
        delete context;
    });
    thread.quit();
    thread.wait();

    std::lock_guard lock(shared->mutex);
    QList<Result> results = shared->results;
    for (Result &r : results) {
        if (!r.records.isEmpty()) {
            r.error.clear();
            r.notFound = false;
        } else if (r.notFound) {
            r.error.clear();
        }
    }
    if (timedOut) {
        for (Result &r : results) {
            if (r.records.isEmpty() && r.error.isEmpty() && !r.notFound) {
                r.timedOut = true;
                r.error = (cancel && cancel->load())
                    ? QStringLiteral("cancelled")
                    : QStringLiteral("no DNS answer within %1 ms").arg(timeoutMs);
            }
        }
    }
    for (const Result &r : results)
        qCDebug(lcDns) << r.name << r.addressStrings() << "max TTL" << r.maxTtl() << r.error;
    return results;
}

QString DnsCheck::formatDuration(quint32 seconds)
{
    // SI unit symbols (d, h, min, s) read the same in every language we ship, so the duration is
    // a value that sentences take as a placeholder, never a translated phrase spliced into one.
    if (seconds % 86400 == 0 && seconds >= 86400)
        return QStringLiteral("%1 d").arg(seconds / 86400);
    if (seconds % 3600 == 0 && seconds >= 3600)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0 && seconds >= 60)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 s").arg(seconds);
}

RequirementEntry DnsCheck::requirement(const Result &result, quint32 maxTtl, const QString &expectedAddress)
{
    RequirementEntry e;
    e.id = QStringLiteral("dns.%1").arg(result.name);
    e.mandatory = false;
    const bool resolved = !result.records.isEmpty();
    const quint32 ttl = result.maxTtl();
    e.satisfied = resolved && ttl <= maxTtl;
    QJsonArray records;
    for (const Record &r : result.records)
        records.append(QJsonObject {
            { QStringLiteral("address"), r.address.toString() }, { QStringLiteral("ttl"), qint64(r.ttl) } });
    e.details = QJsonObject { { QStringLiteral("name"), result.name }, { QStringLiteral("records"), records },
        { QStringLiteral("maxTtl"), qint64(ttl) }, { QStringLiteral("error"), result.error } };
    e.title = [name = result.name] {
        //: %1: DNS name
        return tr("DNS records of %1").arg(name);
    };
    e.reason = [result, resolved, ttl, maxTtl, expectedAddress] {
        if (!resolved) {
            if (result.timedOut)
                return tr("No DNS server answered for %1 in time.").arg(result.name);
            if (result.notFound)
                return tr("%1 has no address in DNS.").arg(result.name);
            return tr("%1 could not be looked up: %2").arg(result.name, result.error);
        }
        QStringList parts;
        for (const Record &r : result.records)
            //: %1: address, %2: duration
            parts << tr("%1 (TTL %2)").arg(r.address.toString(), formatDuration(r.ttl));
        //: %1: name, %2: list of addresses with TTLs
        QString text = tr("%1 resolves to %2.").arg(result.name, parts.join(QStringLiteral(", ")));
        if (!expectedAddress.isEmpty() && !result.addressStrings().contains(expectedAddress))
            text += QLatin1Char(' ')
                + tr("None of these is %1, the address Cutover uses.").arg(expectedAddress);
        if (ttl > maxTtl)
            text += QLatin1Char(' ')
                + tr("Its TTL is long: after a DNS change, clients may keep using the old address for up to "
                     "%1.")
                      .arg(formatDuration(ttl));
        return text;
    };
    e.remedy = [resolved, ttl, maxTtl] {
        if (!resolved)
            return tr("Check the DNS records before changing them for the migration.");
        if (ttl > maxTtl)
            return tr(
                "Lower the TTL to %1 or less a day ahead (at least as long as the current TTL) so the DNS "
                "change reaches every client quickly.")
                .arg(formatDuration(maxTtl));
        return QString();
    };
    return e;
}

} // namespace cutover
