// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/applianceclient.h"

#include "api/httpresponseparser.h"
#include "api/tcpconnector.h"
#include "trust/fingerprint.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcApi, "cutover.core.api")

namespace cutover {

namespace {

constexpr int SliceMs = 50;

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret.detach(); // only our copy can be wiped; callers hand theirs over with std::move
    secret.fill('\0');
    secret.clear();
}

/** JSON string literal from UTF-8 bytes, built by hand so a secret never passes through QString. */
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20) {
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiError malformed(const QString &why)
{
    return ApiError(ApiError::Kind::MalformedResponse, why);
}

} // namespace

ApplianceClient::ApplianceClient(const QString &host, quint16 port)
    : m_host(host.trimmed())
    , m_port(port)
{ }

ApplianceClient::~ApplianceClient()
{
    forgetCredentials();
}

void ApplianceClient::setPinnedFingerprint(const QString &sha256)
{
    const QString n = Fingerprint::normalised(sha256);
    if (n != m_pin)
        disconnectFromHost(); // a connection trusted under another pin must not be reused
    m_pin = n;
}

void ApplianceClient::setTimeouts(int connectMs, int requestMs)
{
    m_connectTimeout = std::max(1, connectMs);
    m_requestTimeout = std::max(1, requestMs);
}

void ApplianceClient::forgetCredentials()
{
    wipe(m_password);
    m_user.clear();
    m_token.clear();
}

void ApplianceClient::disconnectFromHost()
{
    if (m_socket) {
        if (m_socket->thread() == QThread::currentThread()) {
            m_socket->abort();
            m_socket.reset();
        } else {
            // A socket belongs to the thread that made it (its notifiers live there): a client
            // handed from preflight to the runner's worker lets that thread delete the old one.
            m_socket.release()->deleteLater();
        }
    }
    m_buffer.clear();
}

bool ApplianceClient::cancelled() const
{
    return m_cancel && m_cancel->load();
}

ApiError ApplianceClient::withHost(ApiError error) const
{
    error.setHost(m_port == 443 ? m_host : QStringLiteral("%1:%2").arg(m_host).arg(m_port));
    return error;
}

ApiError ApplianceClient::ensureConnected()
{
    if (m_socket && m_socket->thread() == QThread::currentThread()
        && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->isEncrypted())
        return {};
    disconnectFromHost();

    if (m_host.isEmpty())
        return ApiError(ApiError::Kind::InvalidInput, QStringLiteral("no host given"));
    if (cancelled())
        return ApiError(ApiError::Kind::Cancelled);

    QElapsedTimer timer;
    timer.start();
    TcpConnector::Result c = TcpConnector::connect(m_host, m_port, m_connectTimeout, m_cancel);
    // A restarting appliance refuses for a moment: retry with a growing pause, within the budget.
    for (int pauseMs = 100; c.outcome == TcpConnector::Outcome::Refused && timer.elapsed() < m_refusedWaitMs;
         pauseMs = std::min(pauseMs * 2, 1000)) {
        if (pauseMs == 100)
            qCInfo(lcApi) << m_host << "refused the connection; waiting up to" << m_refusedWaitMs
                          << "ms for it to come back";
        for (int waited = 0; waited < pauseMs && !cancelled(); waited += 50)
            QThread::msleep(50);
        if (cancelled())
            return ApiError(ApiError::Kind::Cancelled);
        c = TcpConnector::connect(m_host, m_port, m_connectTimeout, m_cancel);
    }
    switch (c.outcome) {
    case TcpConnector::Outcome::Connected:
        break;
    case TcpConnector::Outcome::Unresolvable:
    case TcpConnector::Outcome::Unreachable:
    case TcpConnector::Outcome::Failed:
        return ApiError(ApiError::Kind::Unreachable, c.detail);
    case TcpConnector::Outcome::Refused:
        return ApiError(ApiError::Kind::Refused, c.detail);
    case TcpConnector::Outcome::Timeout:
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("connect: %1").arg(c.detail));
    case TcpConnector::Outcome::Cancelled:
        return ApiError(ApiError::Kind::Cancelled);
    }

    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(conf);
    socket->setPeerVerifyName(m_host);
    m_peerFingerprint.clear();
    QSslSocket *s = socket.get();
    // Emitted synchronously inside waitForEncrypted(): the handshake goes on only if the errors
    // are ignored here, which happens only for the pinned certificate.
    QObject::connect(s, &QSslSocket::sslErrors, s, [this, s](const QList<QSslError> &) {
        m_peerFingerprint = Fingerprint::of(s->peerCertificate());
        if (!m_pin.isEmpty() && m_pin == m_peerFingerprint)
            s->ignoreSslErrors();
    });
    if (!s->setSocketDescriptor(c.descriptor)) {
        ::close(static_cast<int>(c.descriptor));
        return ApiError(ApiError::Kind::Unreachable, s->errorString());
    }
    s->startClientEncryption();
    while (!s->isEncrypted()) {
        if (cancelled())
            return ApiError(ApiError::Kind::Cancelled);
        if (s->state() != QAbstractSocket::ConnectedState)
            break;
        const qint64 left = m_connectTimeout - timer.elapsed();
        if (left <= 0)
            return ApiError(ApiError::Kind::Timeout, QStringLiteral("TLS handshake timed out"));
        s->waitForEncrypted(static_cast<int>(std::min<qint64>(left, SliceMs)));
    }

    if (!s->isEncrypted()) {
        const QString why = s->errorString();
        if (m_peerFingerprint.isEmpty())
            return ApiError(ApiError::Kind::TlsHandshake, why);
    } else {
        m_peerFingerprint = Fingerprint::of(s->peerCertificate());
    }
    if (m_pin.isEmpty()) {
        ApiError e(ApiError::Kind::Untrusted, QStringLiteral("no fingerprint pinned"));
        e.setFingerprint(m_peerFingerprint);
        return e;
    }
    if (m_pin != m_peerFingerprint) {
        ApiError e(ApiError::Kind::FingerprintMismatch, QStringLiteral("certificate changed"));
        e.setFingerprint(m_peerFingerprint);
        e.setExpectedFingerprint(m_pin);
        qCWarning(lcApi) << "certificate of" << m_host << "changed: expected" << m_pin << "got"
                         << m_peerFingerprint;
        return e;
    }
    m_socket = std::move(socket);
    qCDebug(lcApi) << "connected to" << m_host << m_port << "via" << c.address.toString();
    return {};
}

ApiError ApplianceClient::writeAll(const QByteArray &data)
{
    QElapsedTimer timer;
    timer.start();
    if (m_socket->write(data) != data.size())
        return ApiError(ApiError::Kind::ConnectionLost, m_socket->errorString());
    while (m_socket->bytesToWrite() > 0) {
        if (cancelled())
            return ApiError(ApiError::Kind::Cancelled);
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return ApiError(ApiError::Kind::ConnectionLost, m_socket->errorString());
        const qint64 left = m_requestTimeout - timer.elapsed();
        if (left <= 0)
            return ApiError(ApiError::Kind::Timeout, QStringLiteral("sending the request timed out"));
        m_socket->waitForBytesWritten(static_cast<int>(std::min<qint64>(left, SliceMs)));
    }
    return {};
}

ApiError ApplianceClient::readResponse(int *status, QByteArray *body, bool *keepAlive, bool *nothingRead)
{
    QElapsedTimer timer;
    timer.start();
    *nothingRead = true;
    for (;;) {
        m_buffer.append(m_socket->readAll());
        if (!m_buffer.isEmpty())
            *nothingRead = false;
        const bool atEof
            = m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
        if (!m_buffer.isEmpty() || atEof) {
            const auto r = HttpResponseParser::splitResponse(m_buffer, false, atEof);
            if (r.state == HttpResponseParser::State::Malformed) {
                if (atEof && m_buffer.isEmpty())
                    return ApiError(
                        ApiError::Kind::ConnectionLost, QStringLiteral("closed before answering"));
                return malformed(r.problem);
            }
            if (r.state == HttpResponseParser::State::Complete) {
                *status = r.status;
                *body = r.body;
                *keepAlive = r.keepAlive;
                m_buffer.remove(0, r.consumed);
                return {};
            }
            if (atEof)
                return ApiError(ApiError::Kind::ConnectionLost, QStringLiteral("closed inside the answer"));
        }
        if (cancelled())
            return ApiError(ApiError::Kind::Cancelled);
        const qint64 left = m_requestTimeout - timer.elapsed();
        if (left <= 0)
            return ApiError(ApiError::Kind::Timeout,
                QStringLiteral("no complete answer within %1 ms").arg(m_requestTimeout));
        m_socket->waitForReadyRead(static_cast<int>(std::min<qint64>(left, SliceMs)));
    }
}

ApiResult<QJsonObject> ApplianceClient::sendOnce(
    const QByteArray &method, const QString &path, const QByteArray &body, bool hasBody, bool authenticated)
{
    if (authenticated && m_token.isEmpty())
        return withHost(ApiError::http(
            401, QStringLiteral("auth.token_missing"), QStringLiteral("not logged in (no request sent)")));

    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = m_socket != nullptr && m_socket->state() == QAbstractSocket::ConnectedState;
        if (ApiError e = ensureConnected(); e.isError())
            return withHost(e);

        QByteArray head;
        head.reserve(256 + body.size());
        head += method + ' ' + path.toUtf8() + " HTTP/1.1\r\n";
        head += "Host: " + m_host.toUtf8() + (m_port == 443 ? QByteArray() : ':' + QByteArray::number(m_port))
            + "\r\n";
        head += "Accept: application/json\r\nConnection: keep-alive\r\nUser-Agent: cutover\r\n";
        if (authenticated)
            head += "Authorization: Bearer " + m_token.toUtf8() + "\r\n";
        if (hasBody)
            head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n";
        head += "\r\n";
        head += body;
        ApiError e = writeAll(head);
        head.fill('\0'); // the body may hold a password
        int status = 0;
        QByteArray answer;
        bool keepAlive = true;
        bool nothingRead = true;
        if (!e.isError())
            e = readResponse(&status, &answer, &keepAlive, &nothingRead);
        if (e.isError()) {
            disconnectFromHost();
            // The appliance may have closed an idle keep-alive connection just as we reused it:
            // nothing was processed, so one fresh attempt is safe.
            if (reused && nothingRead && e.kind() == ApiError::Kind::ConnectionLost)
                continue;
            return withHost(e);
        }
        if (!keepAlive)
            disconnectFromHost();
        qCDebug(lcApi) << method << path << "->" << status;
        auto result = HttpResponseParser::interpretApiAnswer(status, answer);
        if (!result)
            return withHost(result.error());
        return result;
    }
    return withHost(ApiError(ApiError::Kind::ConnectionLost, QStringLiteral("connection closed twice")));
}

ApiResult<QJsonObject> ApplianceClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, bool hasBody)
{
    auto result = sendOnce(method, path, body, hasBody, true);
    if (!result && result.error().isTokenProblem() && !m_user.isEmpty() && !m_password.isEmpty()
        && result.error().code() != QLatin1String("auth.token_missing")) {
        qCInfo(lcApi) << "session on" << m_host << "ended (" << result.error().code()
                      << "), logging in again";
        m_token.clear();
        if (auto l = loginWith(m_user, m_password); !l)
            return l.error();
        result = sendOnce(method, path, body, hasBody, true);
    }
    if (!result)
        qCDebug(lcApi) << method << path << "failed:" << result.error().technicalSummary();
    return result;
}

ApiResult<QJsonObject> ApplianceClient::request(
    const QByteArray &method, const QString &path, const QJsonObject &body, bool withBody)
{
    const bool hasBody = withBody || !body.isEmpty();
    return send(method, path, hasBody ? compact(body) : QByteArray(), hasBody);
}

ApiResult<QString> ApplianceClient::probeFingerprint()
{
    disconnectFromHost();
    ApiError e = ensureConnected();
    if (e.kind() == ApiError::Kind::Untrusted) {
        disconnectFromHost();
        return e.fingerprint();
    }
    if (e.isError())
        return withHost(e);
    return m_peerFingerprint;
}

ApiResult<HealthInfo> ApplianceClient::health()
{
    auto r = sendOnce("GET", QStringLiteral("/health"), {}, false, false);
    if (!r)
        return r.error();
    HealthInfo h = HealthInfo::fromJson(r.value());
    if (h.machineId.isEmpty())
        return withHost(malformed(QStringLiteral("/health without machineId")));
    return h;
}

ApiResult<void> ApplianceClient::loginWith(const QString &user, const QByteArray &password)
{
    QByteArray body;
    body.reserve(64 + password.size());
    body += "{\"user\":";
    appendJsonString(body, user.toUtf8());
    body += ",\"password\":";
    appendJsonString(body, password);
    body += '}';
    auto r = sendOnce("POST", QStringLiteral("/api/v1/session"), body, true, false);
    body.fill('\0');
    if (!r)
        return r.error();
    const SessionToken t = SessionToken::fromJson(r.value());
    if (t.token.isEmpty())
        return withHost(malformed(QStringLiteral("session answer without token")));
    m_token = t.token;
    return {};
}

ApiResult<void> ApplianceClient::login(const QString &user, QByteArray password)
{
    forgetCredentials();
    if (user.isEmpty() || password.isEmpty()) {
        wipe(password);
        return withHost(ApiError(ApiError::Kind::InvalidInput, QStringLiteral("empty user or password")));
    }
    auto r = loginWith(user, password);
    if (r) {
        m_user = user;
        m_password = QByteArray(password.constData(), password.size()); // our own buffer, wiped later
    }
    wipe(password);
    return r;
}

ApiResult<SystemInfo> ApplianceClient::system()
{
    auto r = send("GET", QStringLiteral("/api/v1/system"), {}, false);
    if (!r)
        return r.error();
    SystemInfo s = SystemInfo::fromJson(r.value());
    if (s.machineId.isEmpty())
        return withHost(malformed(QStringLiteral("/api/v1/system without machineId")));
    return s;
}

ApiResult<SettingsSnapshot> ApplianceClient::settings()
{
    auto r = send("GET", QStringLiteral("/api/v1/settings"), {}, false);
    if (!r)
        return r.error();
    if (!r.value().value(QLatin1String("groups")).isObject())
        return withHost(malformed(QStringLiteral("settings without groups")));
    return SettingsSnapshot::fromJson(r.value());
}

ApiResult<SettingsSnapshot> ApplianceClient::putSettings(const QJsonObject &groups)
{
    auto r = send("PUT", QStringLiteral("/api/v1/settings"),
        compact(QJsonObject { { QStringLiteral("groups"), groups } }), true);
    if (!r)
        return r.error();
    return SettingsSnapshot::fromJson(r.value());
}

ApiResult<bool> ApplianceClient::maintenance()
{
    auto r = send("GET", QStringLiteral("/api/v1/maintenance"), {}, false);
    if (!r)
        return r.error();
    const QJsonValue v = r.value().value(QLatin1String("enabled"));
    if (!v.isBool())
        return withHost(malformed(QStringLiteral("maintenance without enabled")));
    return v.toBool();
}

ApiResult<void> ApplianceClient::setMaintenance(bool enabled)
{
    auto r = send("PUT", QStringLiteral("/api/v1/maintenance"),
        compact(QJsonObject { { QStringLiteral("enabled"), enabled } }), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<LicenseInfo> ApplianceClient::license()
{
    auto r = send("GET", QStringLiteral("/api/v1/license"), {}, false);
    if (!r)
        return r.error();
    return LicenseInfo::fromJson(r.value());
}

ApiResult<QJsonObject> ApplianceClient::exportLicense()
{
    auto r = send("GET", QStringLiteral("/api/v1/license/export"), {}, false);
    if (!r)
        return r.error();
    if (!r.value().value(QLatin1String("document")).isObject()
        || !r.value().value(QLatin1String("signature")).isString())
        return withHost(malformed(QStringLiteral("license export without document and signature")));
    return r;
}

ApiResult<LicenseInfo> ApplianceClient::importLicense(const QJsonObject &exported)
{
    auto r = send("PUT", QStringLiteral("/api/v1/license"), compact(exported), true);
    if (!r)
        return r.error();
    return LicenseInfo::fromJson(r.value());
}

ApiResult<LicenseInfo> ApplianceClient::invalidateLicense(const QString &transferredToMachineId)
{
    auto r = send("POST", QStringLiteral("/api/v1/license/invalidate"),
        compact(QJsonObject { { QStringLiteral("transferredTo"), transferredToMachineId } }), true);
    if (!r)
        return r.error();
    return LicenseInfo::fromJson(r.value());
}

ApiResult<QString> ApplianceClient::renewCertificate()
{
    auto r = send("POST", QStringLiteral("/api/v1/certificates/renew"), "{}", true);
    if (!r)
        return r.error();
    const QString fp = Fingerprint::normalised(r.value().value(QLatin1String("tlsSha256")).toString());
    if (fp.isEmpty())
        return withHost(malformed(QStringLiteral("renew answer without a valid tlsSha256")));
    disconnectFromHost();
    m_pin = fp;
    return fp;
}

ApiResult<QStringList> ApplianceClient::restartServices(const QStringList &services)
{
    auto r = send("POST", QStringLiteral("/api/v1/services/restart"),
        compact(QJsonObject { { QStringLiteral("services"), QJsonArray::fromStringList(services) } }), true);
    if (!r)
        return r.error();
    QStringList restarted;
    for (const QJsonValue &v : r.value().value(QLatin1String("restarted")).toArray())
        restarted << v.toString();
    return restarted;
}

ApiResult<void> ApplianceClient::reboot()
{
    auto r = send("POST", QStringLiteral("/api/v1/reboot"), "{}", true);
    disconnectFromHost();
    if (!r)
        return r.error();
    return {};
}

ApiResult<HaInfo> ApplianceClient::ha()
{
    auto r = send("GET", QStringLiteral("/api/v1/ha"), {}, false);
    if (!r)
        return r.error();
    return HaInfo::fromJson(r.value());
}

ApiResult<void> ApplianceClient::removeRoundRobinHosts(const QStringList &hosts)
{
    auto r = send("POST", QStringLiteral("/api/v1/ha/round-robin/remove"),
        compact(QJsonObject { { QStringLiteral("hosts"), QJsonArray::fromStringList(hosts) } }), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<void> ApplianceClient::restoreRoundRobinHosts(const QStringList &hosts)
{
    auto r = send("POST", QStringLiteral("/api/v1/ha/round-robin/restore"),
        compact(QJsonObject { { QStringLiteral("hosts"), QJsonArray::fromStringList(hosts) } }), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<void> ApplianceClient::stopReplication()
{
    auto r = send("POST", QStringLiteral("/api/v1/ha/replication/stop"), "{}", true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<void> ApplianceClient::startReplication()
{
    auto r = send("POST", QStringLiteral("/api/v1/ha/replication/start"), "{}", true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<void> ApplianceClient::configureReplication(const ReplicationSource &source, QByteArray password)
{
    QByteArray body;
    body += "{\"host\":";
    appendJsonString(body, source.host.toUtf8());
    body += ",\"port\":" + QByteArray::number(source.port) + ",\"user\":";
    appendJsonString(body, source.user.toUtf8());
    body += ",\"password\":";
    appendJsonString(body, password);
    body += ",\"gtid\":";
    appendJsonString(body, source.gtid.toUtf8());
    if (!source.caPem.isEmpty()) {
        body += ",\"ca\":";
        appendJsonString(body, source.caPem);
    }
    body += '}';
    wipe(password);
    auto r = send("POST", QStringLiteral("/api/v1/ha/replication/configure"), body, true);
    body.fill('\0');
    if (!r)
        return r.error();
    return {};
}

ApiResult<void> ApplianceClient::resetReplication()
{
    auto r = send("POST", QStringLiteral("/api/v1/ha/replication/reset"), "{}", true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<DbAccount> ApplianceClient::createHaReplicationAccount(const QStringList &clientHosts)
{
    const QJsonObject o { { QStringLiteral("clientHosts"), QJsonArray::fromStringList(clientHosts) } };
    auto r = send("POST", QStringLiteral("/api/v1/ha/replication-account"), compact(o), true);
    if (!r)
        return r.error();
    DbAccount a = DbAccount::fromJson(r.value());
    if (a.user.isEmpty())
        return withHost(malformed(QStringLiteral("replication-account answer without user")));
    return a;
}

ApiResult<void> ApplianceClient::dropHaReplicationAccount(const QString &user)
{
    auto r = send("DELETE", QStringLiteral("/api/v1/ha/replication-account"),
        compact(QJsonObject { { QStringLiteral("user"), user } }), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<void> ApplianceClient::replaceRoundRobinHosts(
    const QStringList &hosts, const QString &with, const QString &peerName)
{
    QJsonObject o { { QStringLiteral("hosts"), QJsonArray::fromStringList(hosts) },
        { QStringLiteral("with"), with } };
    if (!peerName.isEmpty())
        o.insert(QStringLiteral("peerName"), peerName);
    auto r = send("POST", QStringLiteral("/api/v1/ha/round-robin/replace"), compact(o), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<DbAccount> ApplianceClient::createDbAccount(DbAccess access, const QString &clientHost)
{
    const QJsonObject o { { QStringLiteral("access"),
                              access == DbAccess::Read ? QStringLiteral("read") : QStringLiteral("write") },
        { QStringLiteral("clientHost"), clientHost } };
    auto r = send("POST", QStringLiteral("/api/v1/migration/db-account"), compact(o), true);
    if (!r)
        return r.error();
    DbAccount a = DbAccount::fromJson(r.value());
    if (a.user.isEmpty())
        return withHost(malformed(QStringLiteral("db-account answer without user")));
    return a;
}

ApiResult<void> ApplianceClient::dropDbAccount(const QString &user)
{
    auto r = send("DELETE", QStringLiteral("/api/v1/migration/db-account"),
        compact(QJsonObject { { QStringLiteral("user"), user } }), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<QStringList> ApplianceClient::dbAccounts()
{
    auto r = send("GET", QStringLiteral("/api/v1/migration/db-accounts"), {}, false);
    if (!r)
        return r.error();
    QStringList users;
    for (const QJsonValue &v : r.value().value(QStringLiteral("accounts")).toArray())
        users << v.toString();
    return users;
}

ApiResult<QByteArray> ApplianceClient::databaseCertificate()
{
    auto r = send("GET", QStringLiteral("/api/v1/database/certificate"), {}, false);
    if (!r)
        return r.error();
    return r.value().value(QStringLiteral("ca")).toString().toLatin1();
}

ApiResult<QString> ApplianceClient::trustReplicationCa(const QByteArray &pem)
{
    auto r = send("POST", QStringLiteral("/api/v1/migration/replication-ca"),
        compact(QJsonObject { { QStringLiteral("ca"), QString::fromLatin1(pem) } }), true);
    if (!r)
        return r.error();
    return r.value().value(QStringLiteral("path")).toString();
}

ApiResult<SshKeyGrant> ApplianceClient::authoriseSshKey(const QString &publicKey)
{
    auto r = send("POST", QStringLiteral("/api/v1/migration/ssh-key"),
        compact(QJsonObject { { QStringLiteral("publicKey"), publicKey } }), true);
    if (!r)
        return r.error();
    return SshKeyGrant::fromJson(r.value());
}

ApiResult<void> ApplianceClient::revokeSshKey(const QString &publicKey)
{
    auto r = send("DELETE", QStringLiteral("/api/v1/migration/ssh-key"),
        compact(QJsonObject { { QStringLiteral("publicKey"), publicKey } }), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<SshKeyGrant> ApplianceClient::authoriseSshImportKey(const QString &publicKey)
{
    auto r = send("POST", QStringLiteral("/api/v1/migration/ssh-key"),
        compact(QJsonObject { { QStringLiteral("publicKey"), publicKey },
            { QStringLiteral("access"), QStringLiteral("write") } }),
        true);
    if (!r)
        return r.error();
    return SshKeyGrant::fromJson(r.value());
}

ApiResult<ImportedFile> ApplianceClient::importedTrafficLog(const QString &name)
{
    auto r = send("GET",
        QStringLiteral("/api/v1/migration/traffic-log-import?name=")
            + QString::fromLatin1(QUrl::toPercentEncoding(name)),
        QByteArray(), false);
    if (!r)
        return r.error();
    return ImportedFile::fromJson(r.value());
}

ApiResult<void> ApplianceClient::setSourceState(const QString &migratedToMachineId, const QDateTime &at)
{
    const QJsonObject o { { QStringLiteral("migratedTo"), migratedToMachineId },
        { QStringLiteral("at"), at.toUTC().toString(Qt::ISODate) } };
    auto r = send("PUT", QStringLiteral("/api/v1/migration/source-state"), compact(o), true);
    if (!r)
        return r.error();
    return {};
}

ApiResult<QList<AuditEntry>> ApplianceClient::audit()
{
    auto r = send("GET", QStringLiteral("/api/v1/audit"), {}, false);
    if (!r)
        return r.error();
    QList<AuditEntry> out;
    for (const QJsonValue &v : r.value().value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonValue detail = e.value(QLatin1String("detail"));
        out << AuditEntry { e.value(QLatin1String("time")).toString(),
            e.value(QLatin1String("user")).toString(), e.value(QLatin1String("action")).toString(),
            detail.isObject()
                ? QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact))
                : detail.isArray()
                ? QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact))
                : detail.toVariant().toString() };
    }
    return out;
}

} // namespace cutover
