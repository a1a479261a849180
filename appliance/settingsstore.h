// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * @brief System settings by group (settings.json), checked against a fixed schema.
 *
 * Host-specific groups belong to one machine (its network identity); basic groups may be copied
 * between appliances. Host and domain name live in the `network` group.
 */
class SettingsStore
{
public:
    explicit SettingsStore(const QString &file);

    static QStringList hostSpecificGroups();
    static QStringList basicGroups();
    /** @brief Every group with every key at its default value. */
    static QJsonObject defaults();

    /** @brief The stored groups over the defaults. */
    QJsonObject groups() const;
    /**
     * @brief Checks @p groups against the schema. On error returns false and names the offending
     * field ("dns" or "dns.servers") and whether it is unknown (true) or invalid (false).
     */
    static bool validate(const QJsonObject &groups, QString *field, bool *unknown);
    /** @brief Replaces exactly the given groups (missing keys take their defaults). */
    bool replace(const QJsonObject &groups);
    /** @brief Writes defaults overlaid with @p groups. */
    static bool provision(const QString &file, const QJsonObject &groups);

    QString hostName() const;
    QString domainName() const;
    QString address() const;

private:
    QString m_file;
};

} // namespace cutover
