// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief Why a call to an appliance failed, precise enough to tell the user what to do.
 *
 * The kinds keep apart what users otherwise read as one "connection failed": nothing answers
 * (unreachable, timeout), the port is closed (refused), something else answers (tlsHandshake,
 * malformedResponse), the certificate is not the one trusted (untrusted, fingerprintMismatch)
 * and the appliance answered with an API error (http, with its stable `code`).
 */
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ApiError)

public:
    enum class Kind {
        None, ///< no error
        InvalidInput, ///< the caller passed something unusable (empty host, …); nothing was sent
        Unreachable, ///< host name does not resolve or no route to the host
        Refused, ///< the port is closed (connection refused)
        Timeout, ///< no answer within the time limit
        TlsHandshake, ///< TCP connected but no TLS handshake (another service, or TLS broken)
        Untrusted, ///< no fingerprint pinned yet: fingerprint() holds the one seen (trust on first use)
        FingerprintMismatch, ///< the certificate differs from the pinned fingerprint: stop
        Http, ///< the appliance answered with an error status; code() holds the API error code
        MalformedResponse, ///< the answer is not HTTP/JSON as docs/api.md describes
        ConnectionLost, ///< the connection closed in the middle of an answer
        Cancelled, ///< the cancellation flag was raised
    };

    ApiError() = default;
    explicit ApiError(Kind kind, QString detail = {});

    static ApiError http(
        int status, QString code, QString serverMessage = {}, QString field = {}, int retryAfterSeconds = -1);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /** HTTP status of an Http error, else 0. */
    int httpStatus() const { return m_httpStatus; }
    /** Stable API error code (e.g. `auth.invalid_credentials`) of an Http error. */
    QString code() const { return m_code; }
    /** The field a `request.unknown_field` / `request.invalid_value` error names. */
    QString field() const { return m_field; }
    /** Seconds until a new login may be tried (`auth.too_many_attempts`), else -1. */
    int retryAfterSeconds() const { return m_retryAfter; }
    /** The appliance's English hint from the error body (for logs, never shown translated). */
    QString serverMessage() const { return m_serverMessage; }
    /** Technical detail (socket error text, parser complaint); for the log and report. */
    QString detail() const { return m_detail; }

    /** The host (and port) the call went to, used in userMessage(). */
    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }
    /** For Untrusted / FingerprintMismatch: the SHA-256 fingerprint the peer presented. */
    QString fingerprint() const { return m_fingerprint; }
    void setFingerprint(const QString &fp) { m_fingerprint = fp; }
    /** For FingerprintMismatch: the fingerprint that was expected. */
    QString expectedFingerprint() const { return m_expectedFingerprint; }
    void setExpectedFingerprint(const QString &fp) { m_expectedFingerprint = fp; }

    /** True for `auth.token_expired` / `auth.token_invalid` / `auth.token_missing` (log in again). */
    bool isTokenProblem() const;

    /** Translated: what happened and what to do. Computed on each call, so it re-translates. */
    QString userMessage() const;
    /** One line for logs: kind, status, code, detail. Never holds a secret. */
    QString technicalSummary() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_code;
    QString m_field;
    QString m_serverMessage;
    QString m_detail;
    QString m_host;
    QString m_fingerprint;
    QString m_expectedFingerprint;
};

} // namespace cutover
