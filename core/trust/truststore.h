// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace cutover {

/**
 * @brief Remembered appliance certificates: one SHA-256 fingerprint per machine id (trust on first
 * use), in a JSON file under the data directory. Holds no secret.
 *
 * File: `$CUTOVER_DATA_DIR/trusted-appliances.json`, else under
 * QStandardPaths::AppDataLocation. Written atomically (QSaveFile).
 */
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(cutover::TrustStore)

public:
    enum class Verdict {
        Unknown, ///< never seen: show the fingerprint and ask (or take --trust-source)
        Trusted, ///< same fingerprint as remembered
        Changed, ///< this machine id was remembered with another fingerprint: warn and stop
    };

    struct Entry
    {
        QString machineId;
        QString fingerprint; ///< canonical colon-separated upper-case hex
        QString host; ///< the address it was reached at when remembered (informational)
        QDateTime firstSeen;
        QDateTime lastSeen;
    };

    /** @p filePath empty: defaultPath(). Loads the file if it exists. */
    explicit TrustStore(const QString &filePath = QString());

    /** `$CUTOVER_DATA_DIR` or the application data location, plus `trusted-appliances.json`. */
    static QString defaultPath();
    QString filePath() const { return m_path; }
    /** Empty when the file loaded (or did not exist); else why it could not be read. */
    QString loadError() const { return m_loadError; }

    Verdict check(const QString &machineId, const QString &fingerprint) const;
    /** The remembered entry; empty machineId when there is none. */
    Entry entry(const QString &machineId) const;
    /** The machine id last remembered at @p host, empty if none (to notice a host's identity change). */
    QString machineIdForHost(const QString &host) const;

    /**
     * Remembers (or, after the user explicitly accepted a change, replaces) the fingerprint of
     * @p machineId and saves. Returns false and fills @p error when the file cannot be written.
     */
    bool remember(
        const QString &machineId, const QString &fingerprint, const QString &host, QString *error = nullptr);
    bool forget(const QString &machineId, QString *error = nullptr);

    /** Translated warning for a Changed verdict, naming both fingerprints and what to do. */
    static QString changedWarning(const QString &host, const QString &remembered, const QString &presented);

private:
    bool save(QString *error);

    QString m_path;
    QString m_loadError;
    QHash<QString, Entry> m_entries;
};

} // namespace cutover
