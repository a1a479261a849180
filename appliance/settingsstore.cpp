// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "jsonfile.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace cutover {

namespace {

QJsonArray list(std::initializer_list<const char *> items)
{
    QJsonArray a;
    for (const char *i : items)
        a.append(QLatin1String(i));
    return a;
}

QJsonObject schemaDefaults()
{
    return QJsonObject {
        { QStringLiteral("network"),
            QJsonObject { { QStringLiteral("hostName"), QStringLiteral("appliance") },
                { QStringLiteral("domainName"), QStringLiteral("localdomain") },
                { QStringLiteral("interface"), QStringLiteral("eth0") },
                { QStringLiteral("address"), QStringLiteral("127.0.0.1") },
                { QStringLiteral("prefixLength"), 24 }, { QStringLiteral("gateway"), QString() } } },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"), QJsonArray() },
                { QStringLiteral("searchDomains"), QJsonArray() } } },
        { QStringLiteral("webServer"),
            QJsonObject { { QStringLiteral("serverName"), QString() }, { QStringLiteral("httpPort"), 80 },
                { QStringLiteral("httpsPort"), 443 }, { QStringLiteral("redirectHttpToHttps"), true } } },
        { QStringLiteral("roundRobinHost"),
            QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("hostName"), QString() } } },
        { QStringLiteral("loadBalancingDomain"),
            QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("domain"), QString() } } },
        { QStringLiteral("remoteDataExchange"),
            QJsonObject { { QStringLiteral("enabled"), false },
                { QStringLiteral("mode"), QStringLiteral("send") }, { QStringLiteral("url"), QString() },
                { QStringLiteral("intervalMinutes"), 60 } } },
        { QStringLiteral("ftpBackup"),
            QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("host"), QString() },
                { QStringLiteral("port"), 21 }, { QStringLiteral("user"), QString() },
                { QStringLiteral("directory"), QStringLiteral("/") }, { QStringLiteral("passive"), true } } },
        { QStringLiteral("timeAndNtp"),
            QJsonObject { { QStringLiteral("timeZone"), QStringLiteral("UTC") },
                { QStringLiteral("ntpEnabled"), true },
                { QStringLiteral("ntpServers"),
                    list({ "0.debian.pool.ntp.org", "1.debian.pool.ntp.org" }) } } },
        { QStringLiteral("mailRelay"),
            QJsonObject { { QStringLiteral("host"), QString() }, { QStringLiteral("port"), 25 },
                { QStringLiteral("startTls"), true }, { QStringLiteral("sender"), QString() } } },
        { QStringLiteral("language"),
            QJsonObject { { QStringLiteral("default"), QStringLiteral("en") },
                { QStringLiteral("available"), list({ "en", "de" }) } } },
        { QStringLiteral("syslogForwarding"),
            QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("host"), QString() },
                { QStringLiteral("port"), 514 }, { QStringLiteral("protocol"), QStringLiteral("udp") } } },
        { QStringLiteral("captivePortal"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Welcome") },
                { QStringLiteral("welcomeText"), QStringLiteral("Please accept the terms of use.") },
                { QStringLiteral("termsText"), QString() }, { QStringLiteral("sessionMinutes"), 60 } } },
    };
}

bool isPortKey(const QString &key)
{
    return key.endsWith(QLatin1String("port"), Qt::CaseInsensitive);
}

bool valueValid(const QString &group, const QString &key, const QJsonValue &value, const QJsonValue &def)
{
    if (def.isBool())
        return value.isBool();
    if (def.isDouble()) {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        if (d != double(qint64(d)) || d < 0)
            return false;
        if (isPortKey(key))
            return d >= 1 && d <= 65535;
        if (key == QLatin1String("prefixLength"))
            return d <= 128;
        return d <= 1e6;
    }
    if (def.isArray()) {
        if (!value.isArray())
            return false;
        for (const QJsonValue &e : value.toArray()) {
            if (!e.isString() || e.toString().size() > 255)
                return false;
        }
        return value.toArray().size() <= 64;
    }
    if (!value.isString())
        return false;
    const QString s = value.toString();
    if (s.size() > 4096)
        return false;
    if (group == QLatin1String("network") && key == QLatin1String("address"))
        return !QHostAddress(s).isNull();
    if (group == QLatin1String("network")
        && (key == QLatin1String("hostName") || key == QLatin1String("domainName"))) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
        return re.match(s).hasMatch();
    }
    if (group == QLatin1String("syslogForwarding") && key == QLatin1String("protocol"))
        return s == QLatin1String("udp") || s == QLatin1String("tcp");
    if (group == QLatin1String("remoteDataExchange") && key == QLatin1String("mode"))
        return s == QLatin1String("send") || s == QLatin1String("receive") || s == QLatin1String("both");
    return true;
}

} // namespace

SettingsStore::SettingsStore(const QString &file)
    : m_file(file)
{ }

QStringList SettingsStore::hostSpecificGroups()
{
    return { QStringLiteral("network"), QStringLiteral("dns"), QStringLiteral("webServer"),
        QStringLiteral("roundRobinHost"), QStringLiteral("loadBalancingDomain"),
        QStringLiteral("remoteDataExchange"), QStringLiteral("ftpBackup") };
}

QStringList SettingsStore::basicGroups()
{
    return { QStringLiteral("timeAndNtp"), QStringLiteral("mailRelay"), QStringLiteral("language"),
        QStringLiteral("syslogForwarding"), QStringLiteral("captivePortal") };
}

QJsonObject SettingsStore::defaults()
{
    return schemaDefaults();
}

bool SettingsStore::validate(const QJsonObject &groups, QString *field, bool *unknown)
{
    const QJsonObject defs = schemaDefaults();
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        if (!defs.contains(g.key())) {
            *field = g.key();
            *unknown = true;
            return false;
        }
        if (!g.value().isObject()) {
            *field = g.key();
            *unknown = false;
            return false;
        }
        const QJsonObject groupDefs = defs.value(g.key()).toObject();
        const QJsonObject values = g.value().toObject();
        for (auto k = values.constBegin(); k != values.constEnd(); ++k) {
            *field = g.key() + QLatin1Char('.') + k.key();
            if (!groupDefs.contains(k.key())) {
                *unknown = true;
                return false;
            }
            if (!valueValid(g.key(), k.key(), k.value(), groupDefs.value(k.key()))) {
                *unknown = false;
                return false;
            }
        }
    }
    field->clear();
    return true;
}

QJsonObject SettingsStore::groups() const
{
    QJsonObject stored;
    JsonFile::read(m_file, &stored);
    const QJsonObject storedGroups = stored.value(QStringLiteral("groups")).toObject();
    QJsonObject out = schemaDefaults();
    for (auto g = out.begin(); g != out.end(); ++g) {
        QJsonObject group = g.value().toObject();
        const QJsonObject s = storedGroups.value(g.key()).toObject();
        for (auto k = s.constBegin(); k != s.constEnd(); ++k) {
            if (group.contains(k.key()))
                group.insert(k.key(), k.value());
        }
        g.value() = group;
    }
    return out;
}

bool SettingsStore::replace(const QJsonObject &groups)
{
    QJsonObject current = this->groups();
    const QJsonObject defs = schemaDefaults();
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        QJsonObject group = defs.value(g.key()).toObject();
        const QJsonObject values = g.value().toObject();
        for (auto k = values.constBegin(); k != values.constEnd(); ++k)
            group.insert(k.key(), k.value());
        current.insert(g.key(), group);
    }
    return JsonFile::write(m_file, QJsonObject { { QStringLiteral("groups"), current } });
}

bool SettingsStore::provision(const QString &file, const QJsonObject &groups)
{
    QJsonObject all = schemaDefaults();
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        QJsonObject group = all.value(g.key()).toObject();
        const QJsonObject values = g.value().toObject();
        for (auto k = values.constBegin(); k != values.constEnd(); ++k)
            group.insert(k.key(), k.value());
        all.insert(g.key(), group);
    }
    return JsonFile::write(file, QJsonObject { { QStringLiteral("groups"), all } });
}

QString SettingsStore::hostName() const
{
    return groups().value(QStringLiteral("network")).toObject().value(QStringLiteral("hostName")).toString();
}

QString SettingsStore::domainName() const
{
    return groups()
        .value(QStringLiteral("network"))
        .toObject()
        .value(QStringLiteral("domainName"))
        .toString();
}

QString SettingsStore::address() const
{
    QJsonObject stored;
    if (!JsonFile::read(m_file, &stored))
        return {};
    return stored.value(QStringLiteral("groups"))
        .toObject()
        .value(QStringLiteral("network"))
        .toObject()
        .value(QStringLiteral("address"))
        .toString();
}

} // namespace cutover
