// SPDX-License-Identifier: GPL-3.0-or-later
#include "hagroup.h"

#include "common/logging.h"

#include <QHash>
#include <QMutex>
#include <map>

namespace cutover {

namespace {

const QString kMaster = QStringLiteral("master");

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// Keyed by the run's ApplianceConnections: the operations receive only that object, and the
// master is one more appliance of the same run.
std::map<const ApplianceConnections *, HaGroup::Credentials> &registry()
{
    static std::map<const ApplianceConnections *, HaGroup::Credentials> map;
    return map;
}

QHash<QString, qint64> parse(const QString &gtids)
{
    // domain -> highest sequence number named for it
    QHash<QString, qint64> out;
    for (const QString &part : gtids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = part.trimmed().split(QLatin1Char('-'));
        if (f.size() != 3)
            continue;
        out[f.at(0)] = std::max(out.value(f.at(0), 0), f.at(2).toLongLong());
    }
    return out;
}

} // namespace

HaGroup::Credentials HaGroup::credentials(const ApplianceConnections &connections)
{
    QMutexLocker lock(&registryMutex());
    auto it = registry().find(&connections);
    return it == registry().end() ? Credentials {} : it->second;
}

void HaGroup::setCredentials(const ApplianceConnections &connections, const Credentials &credentials)
{
    QMutexLocker lock(&registryMutex());
    auto &c = registry()[&connections];
    c.password.fill('\0');
    c = credentials;
}

void HaGroup::setFingerprint(const ApplianceConnections &connections, const QString &fingerprint)
{
    QMutexLocker lock(&registryMutex());
    registry()[&connections].fingerprint = fingerprint;
}

void HaGroup::release(const ApplianceConnections &connections)
{
    QMutexLocker lock(&registryMutex());
    auto it = registry().find(&connections);
    if (it == registry().end())
        return;
    it->second.password.fill('\0');
    registry().erase(it);
}

QString HaGroup::masterAddress(const SystemInfo &source, const HaInfo &ha, const QString &sourceAddress)
{
    const QString role = ha.role.isEmpty() ? source.role : ha.role;
    if (role.isEmpty() || role == QLatin1String("standalone"))
        return {};
    if (role == QLatin1String("master"))
        return sourceAddress;
    if (ha.replication.configured && !ha.replication.sourceHost.isEmpty())
        return ha.replication.sourceHost;
    for (const auto &list : { ha.peers, source.peers }) {
        for (const HaPeer &p : list) {
            if (!p.address.isEmpty())
                return p.address;
        }
    }
    return {};
}

bool HaGroup::isSourceHost(const ApplianceConnections::Side &source, const QString &host)
{
    if (host.isEmpty())
        return false;
    return host == source.address || source.info.addresses.contains(host)
        || (!source.info.hostName.isEmpty()
            && (host.compare(source.info.hostName, Qt::CaseInsensitive) == 0
                || host.compare(source.info.fqdn(), Qt::CaseInsensitive) == 0));
}

HaGroup::Connection::~Connection()
{
    if (side.client)
        side.client->disconnectFromHost();
    side.password.fill('\0');
}

Result HaGroup::connect(
    ApplianceConnections &connections, OperationContext &context, QJsonObject &position, Connection &out)
{
    auto &source = connections.source();
    const Credentials kept = credentials(connections);
    const QJsonObject recorded = position.value(kMaster).toObject();
    QString address = recorded.value(QStringLiteral("address")).toString();
    QString fingerprint = recorded.value(QStringLiteral("fingerprint")).toString();
    if (address.isEmpty())
        address = kept.address;
    if (address.isEmpty()) {
        auto ha = source.client->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        address = masterAddress(source.info, ha.value(), source.address);
    }
    if (address.isEmpty()) {
        return Result::error(QStringLiteral("ha.no_master"),
            tr("The source reports no master for its high-availability group, so its round-robin hosts and "
               "its replication cannot be moved. Check the group's replication on the source.",
                "@info"));
    }
    if (isSourceHost(source, address)) {
        out.isSource = true;
        out.m_client = source.client.get();
        position.insert(kMaster, QJsonObject { { QStringLiteral("address"), address } });
        return Result::ok();
    }
    if (!kept.fingerprint.isEmpty() && (fingerprint.isEmpty() || address == kept.address))
        fingerprint = kept.fingerprint;
    out.side.address = address;
    out.side.fingerprint = fingerprint;
    out.side.user = kept.user.isEmpty() ? source.user : kept.user;
    out.side.password = kept.password.isEmpty() ? source.password : kept.password;
    if (auto r = ApplianceConnections::connect(out.side, &context.cancellation().flag()); !r) {
        if (r.code() == QLatin1String("api.untrusted")
            || r.code().startsWith(QLatin1String("api.fingerprint"))) {
            //: %1 is the master's address; the fingerprint follows in the details
            return Result::error(r.code(),
                tr("The master of the group at %1 presented a certificate Cutover does not trust yet. Check "
                   "its fingerprint on the master, trust it, and start again.",
                    "@info")
                    .arg(address),
                r.details());
        }
        return r;
    }
    out.m_client = out.side.client.get();
    position.insert(kMaster,
        QJsonObject { { QStringLiteral("address"), address }, { QStringLiteral("fingerprint"), fingerprint },
            { QStringLiteral("machineId"), out.side.info.machineId } });
    qCInfo(lcCutoverOperations) << "connected to the HA master" << address;
    return Result::ok();
}

namespace Gtid {

bool covers(const QString &applied, const QString &wanted)
{
    return behind(applied, wanted) == 0;
}

qint64 behind(const QString &applied, const QString &wanted)
{
    const auto have = parse(applied);
    const auto want = parse(wanted);
    qint64 missing = 0;
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        missing += std::max<qint64>(0, it.value() - have.value(it.key(), 0));
    return missing;
}

} // namespace Gtid

} // namespace cutover
