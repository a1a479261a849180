// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioner.h"

#include "applianceconfig.h"
#include "authservice.h"
#include "hastate.h"
#include "jsonbody.h"
#include "licensestore.h"
#include "machineid.h"
#include "settingsstore.h"
#include "tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cutover {

bool Provisioner::run(const ApplianceConfig &config, const QByteArray &json, QString *error)
{
    JsonBody body(json,
        { QStringLiteral("adminPassword"), QStringLiteral("adminUser"), QStringLiteral("hostName"),
            QStringLiteral("domainName"), QStringLiteral("role"), QStringLiteral("peers"),
            QStringLiteral("settings"), QStringLiteral("license"), QStringLiteral("licenseSigningKey"),
            QStringLiteral("customer") });
    const QString password = body.string(QStringLiteral("adminPassword"));
    const QString adminUser = body.has(QStringLiteral("adminUser")) ? body.string(QStringLiteral("adminUser"))
                                                                    : QStringLiteral("admin");
    const QString hostName = body.string(QStringLiteral("hostName"));
    const QString domainName = body.string(QStringLiteral("domainName"));
    const QString role = body.has(QStringLiteral("role")) ? body.string(QStringLiteral("role"))
                                                          : QStringLiteral("standalone");
    const QJsonObject settings = body.subObject(QStringLiteral("settings"), false);
    const QString license = body.has(QStringLiteral("license")) ? body.string(QStringLiteral("license"))
                                                                : QStringLiteral("none");
    const QString signingKey = body.string(QStringLiteral("licenseSigningKey"), false);
    const QString customer = body.has(QStringLiteral("customer")) ? body.string(QStringLiteral("customer"))
                                                                  : QStringLiteral("Sandbox Customer");
    const QJsonValue peersValue = body.object().value(QStringLiteral("peers"));
    if (!peersValue.isUndefined() && !peersValue.isArray())
        body.invalid(QStringLiteral("peers"));
    if (body.ok() && password.size() < 8)
        body.invalid(QStringLiteral("adminPassword"));
    if (body.ok() && license != QLatin1String("none") && license != QLatin1String("active")
        && license != QLatin1String("expired"))
        body.invalid(QStringLiteral("license"));
    if (body.ok() && license != QLatin1String("none") && signingKey.isEmpty())
        body.invalid(QStringLiteral("licenseSigningKey"));
    if (!body.ok()) {
        const QJsonObject e
            = QJsonDocument::fromJson(body.error().body).object().value(QStringLiteral("error")).toObject();
        *error = QStringLiteral("provisioning input: %1 %2")
                     .arg(e.value(QStringLiteral("code")).toString(),
                         e.value(QStringLiteral("field")).toString());
        return false;
    }

    QJsonObject groups = settings;
    QJsonObject network = groups.value(QStringLiteral("network")).toObject();
    network.insert(QStringLiteral("hostName"), hostName);
    network.insert(QStringLiteral("domainName"), domainName);
    network.insert(QStringLiteral("address"), config.listenAddress);
    groups.insert(QStringLiteral("network"), network);
    QString field;
    bool unknown = false;
    if (!SettingsStore::validate(groups, &field, &unknown)) {
        *error
            = QStringLiteral("provisioning input: %1 setting %2").arg(unknown ? "unknown" : "invalid", field);
        return false;
    }

    if (!QDir().mkpath(config.stateDir)) {
        *error = QStringLiteral("cannot create %1").arg(config.stateDir);
        return false;
    }
    QFile::setPermissions(
        config.stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    MachineId::ensure(config.statePath(QStringLiteral("machine-id")));
    TlsIdentity tls(config.statePath(QStringLiteral("tls")));
    if (!tls.generate(hostName + QLatin1Char('.') + domainName, config.listenAddress, error))
        return false;
    if (!AuthService::provision(
            config.statePath(QStringLiteral("auth.json")), adminUser, password, config.pbkdf2Iterations)) {
        *error = QStringLiteral("cannot write auth.json");
        return false;
    }
    if (!SettingsStore::provision(config.statePath(QStringLiteral("settings.json")), groups)) {
        *error = QStringLiteral("cannot write settings.json");
        return false;
    }
    const QString licenseFile = config.statePath(QStringLiteral("license.json"));
    QFile::remove(licenseFile);
    if (license != QLatin1String("none")) {
        const QJsonObject doc = LicenseStore::newDocument(customer, license == QLatin1String("expired"));
        if (!LicenseStore::provision(licenseFile, doc, signingKey, error))
            return false;
    }
    QFile::remove(config.statePath(QStringLiteral("maintenance.json")));
    QFile::remove(config.statePath(QStringLiteral("migration.json")));
    // In a high-availability group every node starts out as a round-robin host of the group.
    QStringList roundRobin;
    if (role != QLatin1String("standalone")) {
        roundRobin << config.listenAddress;
        for (const QJsonValue &p : peersValue.toArray())
            roundRobin << p.toObject().value(QStringLiteral("address")).toString();
        roundRobin.removeAll(QString());
    }
    if (!HaState::provision(
            config.statePath(QStringLiteral("ha.json")), role, peersValue.toArray(), roundRobin)) {
        *error = QStringLiteral("cannot write ha.json");
        return false;
    }
    return true;
}

} // namespace cutover
