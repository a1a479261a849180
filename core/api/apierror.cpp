// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

namespace cutover {

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

ApiError ApiError::http(int status, QString code, QString serverMessage, QString field, int retryAfterSeconds)
{
    ApiError e(Kind::Http);
    e.m_httpStatus = status;
    e.m_code = std::move(code);
    e.m_serverMessage = std::move(serverMessage);
    e.m_field = std::move(field);
    e.m_retryAfter = retryAfterSeconds;
    return e;
}

bool ApiError::isTokenProblem() const
{
    return m_kind == Kind::Http
        && (m_code == QLatin1String("auth.token_expired") || m_code == QLatin1String("auth.token_invalid")
            || m_code == QLatin1String("auth.token_missing"));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalidInput");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::TlsHandshake:
        return QStringLiteral("tlsHandshake");
    case Kind::Untrusted:
        return QStringLiteral("untrusted");
    case Kind::FingerprintMismatch:
        return QStringLiteral("fingerprintMismatch");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::MalformedResponse:
        return QStringLiteral("malformedResponse");
    case Kind::ConnectionLost:
        return QStringLiteral("connectionLost");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::technicalSummary() const
{
    QString s = kindName(m_kind);
    if (!m_host.isEmpty())
        s += QStringLiteral(" host=%1").arg(m_host);
    if (m_httpStatus)
        s += QStringLiteral(" status=%1").arg(m_httpStatus);
    if (!m_code.isEmpty())
        s += QStringLiteral(" code=%1").arg(m_code);
    if (!m_field.isEmpty())
        s += QStringLiteral(" field=%1").arg(m_field);
    if (!m_serverMessage.isEmpty())
        s += QStringLiteral(" message=\"%1\"").arg(m_serverMessage);
    if (!m_detail.isEmpty())
        s += QStringLiteral(" detail=\"%1\"").arg(m_detail);
    if (!m_fingerprint.isEmpty())
        s += QStringLiteral(" presented=%1").arg(m_fingerprint);
    if (!m_expectedFingerprint.isEmpty())
        s += QStringLiteral(" expected=%1").arg(m_expectedFingerprint);
    return s;
}

QString ApiError::userMessage() const
{
    // Every message names the appliance by its address; when none is known (an error made
    // before any connection) a whole sentence of its own says "the appliance" instead, so no
    // translation has to fit a phrase into another sentence.
    const bool named = !m_host.isEmpty();
    const QString &host = m_host;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        return named
            ? tr("Nothing was sent to %1: the address, the user name or the password is empty. Fill in "
                 "every field.")
                  .arg(host)
            : tr("Nothing was sent to the appliance: the address, the user name or the password is "
                 "empty. Fill in every field.");
    case Kind::Unreachable:
        //: %1: host name or address
        return named
            ? tr("%1 cannot be reached: the name does not resolve or there is no route to it. Check the "
                 "address and the network connection between the two systems.")
                  .arg(host)
            : tr("The appliance cannot be reached: the name does not resolve or there is no route to "
                 "it. Check the address and the network connection between the two systems.");
    case Kind::Refused:
        return named
            ? tr("%1 refused the connection: the port is closed or the appliance service is not "
                 "running. Check that the address belongs to the appliance and that port 443 is open.")
                  .arg(host)
            : tr("The appliance refused the connection: the port is closed or the appliance service "
                 "is not running. Check that the address belongs to the appliance and that port 443 "
                 "is open.");
    case Kind::Timeout:
        return named
            ? tr("%1 did not answer in time. A firewall may be dropping the traffic, or the system is "
                 "overloaded. Check that port 443 is open between the two systems and try again.")
                  .arg(host)
            : tr("The appliance did not answer in time. A firewall may be dropping the traffic, or "
                 "the system is overloaded. Check that port 443 is open between the two systems and "
                 "try again.");
    case Kind::TlsHandshake:
        return named ? tr("%1 accepted the connection but did not complete a secure (TLS) handshake: another "
                          "service may be answering on this port. Check that the address belongs to the "
                          "appliance.")
                           .arg(host)
                     : tr("The appliance accepted the connection but did not complete a secure (TLS) "
                          "handshake: another service may be answering on this port. Check the address.");
    case Kind::Untrusted:
        //: %1: host, %2: SHA-256 fingerprint
        return named
            ? tr("%1 presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is "
                 "%2. Compare it with the one shown on the appliance's console and accept it to "
                 "continue.")
                  .arg(host, m_fingerprint)
            //: %1: SHA-256 fingerprint
            : tr("The appliance presented a certificate that has not been trusted yet. Its SHA-256 "
                 "fingerprint is %1. Compare it with the one shown on the appliance's console and "
                 "accept it to continue.")
                  .arg(m_fingerprint);
    case Kind::FingerprintMismatch:
        //: %1: host, %2: expected fingerprint, %3: presented fingerprint
        return named
            ? tr("Warning: %1 presented a different certificate than the one trusted before (expected "
                 "%2, got %3). Someone may be intercepting the connection, or the certificate was "
                 "renewed. The migration stops here; verify the fingerprint on the appliance before "
                 "trusting the new one.")
                  .arg(host, m_expectedFingerprint, m_fingerprint)
            //: %1: expected fingerprint, %2: presented fingerprint
            : tr("Warning: the appliance presented a different certificate than the one trusted "
                 "before (expected %1, got %2). Someone may be intercepting the connection, or the "
                 "certificate was renewed. The migration stops here; verify the fingerprint on the "
                 "appliance before trusting the new one.")
                  .arg(m_expectedFingerprint, m_fingerprint);
    case Kind::MalformedResponse:
        return named
            ? tr("%1 sent an answer that is not what the appliance API sends. Another service may be "
                 "answering, or the appliance software is not compatible with this version of "
                 "Cutover.")
                  .arg(host)
            : tr("The appliance sent an answer that is not what the appliance API sends. Another "
                 "service may be answering, or the appliance software is not compatible with this "
                 "version of Cutover.");
    case Kind::ConnectionLost:
        return named ? tr("The connection to %1 was closed in the middle of an answer. Check the network and "
                          "try again.")
                           .arg(host)
                     : tr("The connection to the appliance was closed in the middle of an answer. Check the "
                          "network and try again.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Http:
        break;
    }

    const QString &c = m_code;
    if (c == QLatin1String("auth.invalid_credentials"))
        return named
            ? tr("%1 rejected the user name or password. Enter the admin password of this appliance "
                 "again.")
                  .arg(host)
            : tr("The appliance rejected the user name or password. Enter its admin password again.");
    if (c == QLatin1String("auth.token_missing") || c == QLatin1String("auth.token_expired")
        || c == QLatin1String("auth.token_invalid"))
        return named ? tr("The session on %1 has ended. Log in again.").arg(host)
                     : tr("The session on the appliance has ended. Log in again.");
    if (c == QLatin1String("auth.too_many_attempts")) {
        if (m_retryAfter > 0)
            //: %1: host, %n: seconds
            return named
                ? tr("%1 blocks logins after too many wrong passwords. Wait %n second(s), then enter "
                     "the correct password.",
                    nullptr, m_retryAfter)
                      .arg(host)
                : tr("The appliance blocks logins after too many wrong passwords. Wait %n second(s), "
                     "then enter the correct password.",
                    nullptr, m_retryAfter);
        return named
            ? tr("%1 blocks logins after too many wrong passwords. Wait a while, then enter the correct "
                 "password.")
                  .arg(host)
            : tr("The appliance blocks logins after too many wrong passwords. Wait a while, then "
                 "enter the correct password.");
    }
    if (c == QLatin1String("maintenance.active"))
        return named ? tr("%1 is in maintenance mode and refuses this request. Leave maintenance on the "
                          "appliance (or resume or back out the interrupted migration), then try again.")
                           .arg(host)
                     : tr("The appliance is in maintenance mode and refuses this request. Leave maintenance "
                          "on it (or resume or back out the interrupted migration), then try again.");
    if (c == QLatin1String("license.target_has_license"))
        return named
            ? tr("%1 already holds an active license, so the license cannot be moved onto it. Turn off "
                 "Migrate License, or release the license there first.")
                  .arg(host)
            : tr("The appliance already holds an active license, so the license cannot be moved "
                 "onto it. Turn off Migrate License, or release the license there first.");
    if (c == QLatin1String("license.not_active"))
        return named
            ? tr("%1 has no active license to export or invalidate. Turn off Migrate License.").arg(host)
            : tr("The appliance has no active license to export or invalidate. Turn off Migrate "
                 "License.");
    if (c == QLatin1String("license.bad_signature"))
        return named
            ? tr("%1 refused the license: its vendor signature does not verify. The license document "
                 "may be damaged; contact your dealer.")
                  .arg(host)
            : tr("The appliance refused the license: its vendor signature does not verify. The "
                 "license document may be damaged; contact your dealer.");
    if (c == QLatin1String("database.unavailable"))
        return named
            ? tr("The database of %1 is not reachable, so the appliance cannot answer this. Check that "
                 "its database service runs (restart the appliance if needed), then try again.")
                  .arg(host)
            : tr("The appliance's database is not reachable, so the appliance cannot answer this. "
                 "Check that its database service runs (restart the appliance if needed), then try "
                 "again.");
    if (c == QLatin1String("request.timeout"))
        return named ? tr("%1 did not receive the whole request in time. The network between the two systems "
                          "may be slow or interrupted; try again.")
                           .arg(host)
                     : tr("The appliance did not receive the whole request in time. The network between the "
                          "two systems may be slow or interrupted; try again.");
    if (c == QLatin1String("request.header_too_large") || c == QLatin1String("request.malformed")
        || c == QLatin1String("request.not_implemented")
        || c == QLatin1String("request.version_not_supported"))
        //: %1: host, %2: API error code
        return named
            ? tr("%1 could not read a request from Cutover (%2). A proxy between the two systems may be "
                 "changing the traffic, or the versions do not fit; see the report for details.")
                  .arg(host, c)
            //: %1: API error code
            : tr("The appliance could not read a request from Cutover (%1). A proxy between the two "
                 "systems may be changing the traffic, or the versions do not fit; see the report "
                 "for details.")
                  .arg(c);
    if (c == QLatin1String("request.too_large"))
        return named ? tr("%1 refused the request because it is too large.").arg(host)
                     : tr("The appliance refused the request because it is too large.");
    if (c == QLatin1String("request.malformed_json") || c == QLatin1String("request.unknown_field")
        || c == QLatin1String("request.invalid_value") || c == QLatin1String("request.not_found")
        || c == QLatin1String("request.method_not_allowed")) {
        const QString what = m_field.isEmpty() ? c : QStringLiteral("%1 (%2)").arg(c, m_field);
        //: %1: host, %2: API error code (and field)
        return named
            ? tr("%1 did not understand a request from Cutover (%2). The appliance software may not be "
                 "compatible with this version of Cutover; see the report for details.")
                  .arg(host, what)
            //: %1: API error code (and field)
            : tr("The appliance did not understand a request from Cutover (%1). Its software may not "
                 "be compatible with this version of Cutover; see the report for details.")
                  .arg(what);
    }
    if (c == QLatin1String("internal.error"))
        return named
            ? tr("Something failed inside %1. The details are in the appliance's log; check it, then "
                 "try again.")
                  .arg(host)
            : tr("Something failed inside the appliance. The details are in its log; check it, then "
                 "try again.");
    if (m_httpStatus == 401)
        return named ? tr("%1 rejected the login. Enter the admin password again.").arg(host)
                     : tr("The appliance rejected the login. Enter the admin password again.");
    if (m_httpStatus == 503)
        return named ? tr("%1 is temporarily unavailable. Try again in a moment.").arg(host)
                     : tr("The appliance is temporarily unavailable. Try again in a moment.");
    if (c.isEmpty())
        //: %1: host, %2: HTTP status
        return named ? tr("%1 answered with an unexpected error (HTTP %2). See the report for details.")
                           .arg(host)
                           .arg(m_httpStatus)
                     //: %1: HTTP status
                     : tr("The appliance answered with an unexpected error (HTTP %1). See the report for "
                          "details.")
                           .arg(m_httpStatus);
    //: %1: host, %2: HTTP status, %3: error code
    return named ? tr("%1 answered with an unexpected error (HTTP %2, %3). See the report for details.")
                       .arg(host)
                       .arg(m_httpStatus)
                       .arg(c)
                 //: %1: HTTP status, %2: error code
                 : tr("The appliance answered with an unexpected error (HTTP %1, %2). See the report for "
                      "details.")
                       .arg(m_httpStatus)
                       .arg(c);
}

} // namespace cutover
