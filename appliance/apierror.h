// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpresponse.h"

#include <QJsonObject>
#include <QString>

namespace cutover {

/**
 * @brief The stable, machine-readable error codes of the API and the one way to answer with them.
 *
 * docs/api.md keeps a table equal to this list; clients translate the code, never the message.
 */
class ApiError
{
public:
    enum class Code {
        MalformedRequest, // 400 request.malformed (HTTP framing)
        MalformedJson, // 400 request.malformed_json
        UnknownField, // 400 request.unknown_field
        InvalidValue, // 400 request.invalid_value
        InvalidCredentials, // 401 auth.invalid_credentials
        TokenMissing, // 401 auth.token_missing
        TokenExpired, // 401 auth.token_expired
        TokenInvalid, // 401 auth.token_invalid
        NotFound, // 404 request.not_found
        MethodNotAllowed, // 405 request.method_not_allowed
        RequestTimeout, // 408 request.timeout
        TargetHasLicense, // 409 license.target_has_license
        LicenseNotActive, // 409 license.not_active
        TooLarge, // 413 request.too_large
        BadSignature, // 422 license.bad_signature
        TooManyAttempts, // 429 auth.too_many_attempts
        HeaderTooLarge, // 431 request.header_too_large
        Internal, // 500 internal.error
        NotImplemented, // 501 request.not_implemented
        MaintenanceActive, // 503 maintenance.active
        DatabaseUnavailable, // 503 database.unavailable
        VersionNotSupported, // 505 request.version_not_supported
        // Physical copy (issue 9). The codes from SourceUnreachable on appear as a restore job's
        // error (GET /api/v1/migration/physical-restore), not as an HTTP answer.
        TicketInvalid, // 401 auth.ticket_invalid
        PhysicalUnsupported, // 409 migration.physical_unsupported
        RestoreRunning, // 409 migration.restore_running
        RestoreState, // 409 migration.restore_state
        RestoreNotConfigured, // 501 migration.restore_not_configured
        BackupFailed, // 500 migration.backup_failed
        BackupRunning, // 409 migration.backup_running
        SourceUnreachable, // 502 migration.source_unreachable
        SourceFingerprintMismatch, // 502 migration.source_fingerprint_mismatch
        SourceRefused, // 502 migration.source_refused
        StreamInterrupted, // 502 migration.stream_interrupted
        ExtractFailed, // 500 migration.extract_failed
        PrepareFailed, // 500 migration.prepare_failed
        SwapFailed, // 500 migration.swap_failed
        StartFailed, // 500 migration.start_failed
        RestoreInterrupted, // 500 migration.restore_interrupted
        DiskFull, // 507 migration.disk_full
    };

    static QString codeString(Code code);
    static int httpStatus(Code code);
    static QString message(Code code);

    /** @brief The JSON error answer; @p field names the offending field where there is one. */
    static HttpResponse response(Code code, const QString &field = {});
    /** @brief 429 with retryAfter in the body and a Retry-After header. */
    static HttpResponse tooManyAttempts(int retryAfterSeconds);
    /** @brief The answer for a parser failure status (400, 413, 431, 501, 505). */
    static HttpResponse forHttpStatus(int status);
    /** @brief {"code": …, "message": …} with @p detail appended to the message when given. */
    static QJsonObject object(Code code, const QString &detail = {});
};

} // namespace cutover
