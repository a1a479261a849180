// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"
#include "api/apitypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QSslSocket;

namespace cutover {

/**
 * @brief A blocking HTTPS JSON client for one appliance's `applianced` API (docs/api.md).
 *
 * Made for the engine's worker thread: every call blocks (bounded by timeouts, checked in short
 * slices against a cancellation flag) and never spins an event loop. Use one instance per thread;
 * it may be created in one thread and used in another as long as only one uses it at a time.
 *
 * Trust: the appliance's certificate is self-signed, so it is verified by its pinned SHA-256
 * fingerprint (colon-separated upper-case hex). With no pin, any call connects, reports the
 * fingerprint as an Untrusted error and sends nothing (trust on first use: show it, ask, pin it,
 * call again). A certificate that differs from the pin is FingerprintMismatch.
 *
 * Credentials: login() keeps the password in memory (only in this object) so an expired token is
 * renewed transparently once; forgetCredentials() or the destructor wipe it. It is never logged.
 */
class ApplianceClient
{
public:
    enum class DbAccess { Read, Write };

    explicit ApplianceClient(const QString &host, quint16 port = 443);
    ~ApplianceClient();
    ApplianceClient(const ApplianceClient &) = delete;
    ApplianceClient &operator=(const ApplianceClient &) = delete;

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    /** Pins the expected certificate fingerprint (as fingerprintOf()); empty: trust on first use. */
    void setPinnedFingerprint(const QString &sha256);
    QString pinnedFingerprint() const { return m_pin; }
    /** The fingerprint the peer presented on the last connection, empty before any. */
    QString peerFingerprint() const { return m_peerFingerprint; }

    /** A flag that, when set by another thread, makes the running call end with Cancelled. */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    /** Connection (TCP + TLS) and per-request (until the whole answer is read) timeouts in ms. */
    void setTimeouts(int connectMs, int requestMs);
    /**
     * While a migration runs, a refused connection usually means `applianced` is restarting (an
     * update, a crash, a service restart): keep trying for up to @p ms before giving up. Nothing
     * has been sent when a connection is refused, so this is safe for every request. 0 (the
     * default, as in the preflight): fail at once.
     */
    void setRefusedWait(int ms) { m_refusedWaitMs = ms; }

    /**
     * Connects, completes the TLS handshake and returns the peer's fingerprint without sending
     * anything. Succeeds whether or not a pin is set (unless the pin differs: FingerprintMismatch).
     */
    ApiResult<QString> probeFingerprint();

    /** `GET /health` (no token). Still subject to the pin: sends nothing to an untrusted peer. */
    ApiResult<HealthInfo> health();

    /** `POST /api/v1/session`. @p password is wiped before return; a copy stays for re-login. */
    ApiResult<void> login(const QString &user, QByteArray password);
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    /** Drops the token and wipes the remembered password. */
    void forgetCredentials();
    /** Closes the connection (the next call reconnects). */
    void disconnectFromHost();

    ApiResult<SystemInfo> system();

    ApiResult<SettingsSnapshot> settings();
    /** Replaces exactly the given groups; answers the settings after the change. */
    ApiResult<SettingsSnapshot> putSettings(const QJsonObject &groups);

    ApiResult<bool> maintenance();
    ApiResult<void> setMaintenance(bool enabled);

    ApiResult<LicenseInfo> license();
    /** The exported object `{document, signature}`, to hand unchanged to importLicense(). */
    ApiResult<QJsonObject> exportLicense();
    ApiResult<LicenseInfo> importLicense(const QJsonObject &exported);
    ApiResult<LicenseInfo> invalidateLicense(const QString &transferredToMachineId);

    /**
     * Renews the certificate; returns the new fingerprint and pins it (it came over the channel
     * authenticated by the old pin). The current connection is closed so the next uses the new one.
     */
    ApiResult<QString> renewCertificate();
    ApiResult<QStringList> restartServices(const QStringList &services);
    /** Asks for a reboot (202); closes the connection. */
    ApiResult<void> reboot();

    ApiResult<HaInfo> ha();
    ApiResult<void> removeRoundRobinHosts(const QStringList &hosts);
    ApiResult<void> restoreRoundRobinHosts(const QStringList &hosts);
    ApiResult<void> stopReplication();
    ApiResult<void> startReplication();
    /** @p password is wiped before return. */
    ApiResult<void> configureReplication(const ReplicationSource &source, QByteArray password);
    /** `POST /api/v1/ha/replication/reset`: STOP SLAVE, RESET SLAVE ALL. */
    ApiResult<void> resetReplication();
    /**
     * `POST /api/v1/ha/replication-account`: a permanent REPLICATION SLAVE login for a peer's
     * link to this node (`cutover_ha_…`), one per client host pattern. Wipe the password after use.
     */
    ApiResult<DbAccount> createHaReplicationAccount(const QStringList &clientHosts);
    ApiResult<void> dropHaReplicationAccount(const QString &user);
    /**
     * `POST /api/v1/ha/round-robin/replace`: the node at @p hosts left the group and @p with took
     * its place (round-robin hosts and peers; @p peerName renames that peer when not empty).
     */
    ApiResult<void> replaceRoundRobinHosts(
        const QStringList &hosts, const QString &with, const QString &peerName);

    ApiResult<DbAccount> createDbAccount(DbAccess access, const QString &clientHost);
    ApiResult<void> dropDbAccount(const QString &user);
    /** `GET /api/v1/migration/db-accounts`: the names of every temporary migration account. */
    ApiResult<QStringList> dbAccounts();
    /**
     * `GET /api/v1/database/certificate`: the PEM the appliance's MariaDB certificate chains to
     * (its CA, or the self-signed certificate), for a peer's replication to verify it. It comes
     * over this pinned connection, so it is trusted as far as the pin is. 404 on an appliance
     * without it (older, or MariaDB without TLS).
     */
    ApiResult<QByteArray> databaseCertificate();
    /**
     * `POST /api/v1/migration/replication-ca`: the appliance keeps @p pem as a file its MariaDB
     * can read; returns that file's path (for MASTER_SSL_CA).
     */
    ApiResult<QString> trustReplicationCa(const QByteArray &pem);
    ApiResult<SshKeyGrant> authoriseSshKey(const QString &publicKey);
    ApiResult<void> revokeSshKey(const QString &publicKey);
    /** A one-time key with write access to the traffic-log import directory only (`"access": "write"`). */
    ApiResult<SshKeyGrant> authoriseSshImportKey(const QString &publicKey);
    /** Size and SHA-256 of import/@p name as the appliance's disk holds it. */
    ApiResult<ImportedFile> importedTrafficLog(const QString &name);
    ApiResult<void> setSourceState(const QString &migratedToMachineId, const QDateTime &at);

    ApiResult<QList<AuditEntry>> audit();

    /**
     * Any call: @p method GET/PUT/POST/DELETE, @p path like `/api/v1/system`, @p body sent as
     * JSON unless empty and @p withBody is false. Adds the token, renews it once on 401
     * `auth.token_expired`. Answers the JSON object of a 2xx answer.
     */
    ApiResult<QJsonObject> request(
        const QByteArray &method, const QString &path, const QJsonObject &body = {}, bool withBody = false);

private:
    ApiResult<QJsonObject> send(
        const QByteArray &method, const QString &path, const QByteArray &body, bool hasBody);
    ApiResult<QJsonObject> sendOnce(const QByteArray &method, const QString &path, const QByteArray &body,
        bool hasBody, bool authenticated);
    ApiError ensureConnected();
    ApiError writeAll(const QByteArray &data);
    ApiError readResponse(int *status, QByteArray *body, bool *keepAlive, bool *nothingRead);
    ApiError withHost(ApiError error) const;
    bool cancelled() const;
    ApiResult<void> loginWith(const QString &user, const QByteArray &password);

    QString m_host;
    quint16 m_port;
    QString m_pin;
    QString m_peerFingerprint;
    QString m_user;
    QByteArray m_password; ///< kept for one re-login on token expiry; wiped by forgetCredentials()
    QString m_token;
    int m_connectTimeout = 5000;
    int m_requestTimeout = 30000;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_refusedWaitMs = 0;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer; ///< bytes read past the last answer (keep-alive)
};

} // namespace cutover
