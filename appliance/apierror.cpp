// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QJsonObject>

namespace cutover {

QString ApiError::codeString(Code code)
{
    switch (code) {
    case Code::MalformedRequest:
        return QStringLiteral("request.malformed");
    case Code::MalformedJson:
        return QStringLiteral("request.malformed_json");
    case Code::UnknownField:
        return QStringLiteral("request.unknown_field");
    case Code::InvalidValue:
        return QStringLiteral("request.invalid_value");
    case Code::InvalidCredentials:
        return QStringLiteral("auth.invalid_credentials");
    case Code::TokenMissing:
        return QStringLiteral("auth.token_missing");
    case Code::TokenExpired:
        return QStringLiteral("auth.token_expired");
    case Code::TokenInvalid:
        return QStringLiteral("auth.token_invalid");
    case Code::NotFound:
        return QStringLiteral("request.not_found");
    case Code::MethodNotAllowed:
        return QStringLiteral("request.method_not_allowed");
    case Code::RequestTimeout:
        return QStringLiteral("request.timeout");
    case Code::TargetHasLicense:
        return QStringLiteral("license.target_has_license");
    case Code::LicenseNotActive:
        return QStringLiteral("license.not_active");
    case Code::TooLarge:
        return QStringLiteral("request.too_large");
    case Code::BadSignature:
        return QStringLiteral("license.bad_signature");
    case Code::TooManyAttempts:
        return QStringLiteral("auth.too_many_attempts");
    case Code::HeaderTooLarge:
        return QStringLiteral("request.header_too_large");
    case Code::Internal:
        return QStringLiteral("internal.error");
    case Code::NotImplemented:
        return QStringLiteral("request.not_implemented");
    case Code::MaintenanceActive:
        return QStringLiteral("maintenance.active");
    case Code::DatabaseUnavailable:
        return QStringLiteral("database.unavailable");
    case Code::VersionNotSupported:
        return QStringLiteral("request.version_not_supported");
    case Code::TicketInvalid:
        return QStringLiteral("auth.ticket_invalid");
    case Code::PhysicalUnsupported:
        return QStringLiteral("migration.physical_unsupported");
    case Code::RestoreRunning:
        return QStringLiteral("migration.restore_running");
    case Code::RestoreState:
        return QStringLiteral("migration.restore_state");
    case Code::RestoreNotConfigured:
        return QStringLiteral("migration.restore_not_configured");
    case Code::BackupFailed:
        return QStringLiteral("migration.backup_failed");
    case Code::BackupRunning:
        return QStringLiteral("migration.backup_running");
    case Code::DiskFull:
        return QStringLiteral("migration.disk_full");
    case Code::SourceUnreachable:
        return QStringLiteral("migration.source_unreachable");
    case Code::SourceFingerprintMismatch:
        return QStringLiteral("migration.source_fingerprint_mismatch");
    case Code::SourceRefused:
        return QStringLiteral("migration.source_refused");
    case Code::StreamInterrupted:
        return QStringLiteral("migration.stream_interrupted");
    case Code::ExtractFailed:
        return QStringLiteral("migration.extract_failed");
    case Code::PrepareFailed:
        return QStringLiteral("migration.prepare_failed");
    case Code::SwapFailed:
        return QStringLiteral("migration.swap_failed");
    case Code::StartFailed:
        return QStringLiteral("migration.start_failed");
    case Code::RestoreInterrupted:
        return QStringLiteral("migration.restore_interrupted");
    }
    return QStringLiteral("internal.error");
}

int ApiError::httpStatus(Code code)
{
    switch (code) {
    case Code::MalformedRequest:
    case Code::MalformedJson:
    case Code::UnknownField:
    case Code::InvalidValue:
        return 400;
    case Code::InvalidCredentials:
    case Code::TokenMissing:
    case Code::TokenExpired:
    case Code::TokenInvalid:
        return 401;
    case Code::NotFound:
        return 404;
    case Code::MethodNotAllowed:
        return 405;
    case Code::RequestTimeout:
        return 408;
    case Code::TargetHasLicense:
    case Code::LicenseNotActive:
        return 409;
    case Code::TooLarge:
        return 413;
    case Code::BadSignature:
        return 422;
    case Code::TooManyAttempts:
        return 429;
    case Code::HeaderTooLarge:
        return 431;
    case Code::Internal:
        return 500;
    case Code::NotImplemented:
        return 501;
    case Code::MaintenanceActive:
    case Code::DatabaseUnavailable:
        return 503;
    case Code::VersionNotSupported:
        return 505;
    case Code::DiskFull:
        return 507;
    case Code::TicketInvalid:
        return 401;
    case Code::PhysicalUnsupported:
    case Code::RestoreRunning:
    case Code::RestoreState:
    case Code::BackupRunning:
        return 409;
    case Code::RestoreNotConfigured:
        return 501;
    case Code::BackupFailed:
    case Code::ExtractFailed:
    case Code::PrepareFailed:
    case Code::SwapFailed:
    case Code::StartFailed:
    case Code::RestoreInterrupted:
        return 500;
    case Code::SourceUnreachable:
    case Code::SourceFingerprintMismatch:
    case Code::SourceRefused:
    case Code::StreamInterrupted:
        return 502;
    }
    return 500;
}

QString ApiError::message(Code code)
{
    switch (code) {
    case Code::MalformedRequest:
        return QStringLiteral("The HTTP request is malformed.");
    case Code::MalformedJson:
        return QStringLiteral("The body is not a valid JSON object.");
    case Code::UnknownField:
        return QStringLiteral("The body has a field this endpoint does not know.");
    case Code::InvalidValue:
        return QStringLiteral("A field has the wrong type or value.");
    case Code::InvalidCredentials:
        return QStringLiteral("The user name or password is wrong.");
    case Code::TokenMissing:
        return QStringLiteral("This path needs an Authorization: Bearer token.");
    case Code::TokenExpired:
        return QStringLiteral("The token has expired; log in again.");
    case Code::TokenInvalid:
        return QStringLiteral("The token is not known.");
    case Code::NotFound:
        return QStringLiteral("There is no such path.");
    case Code::MethodNotAllowed:
        return QStringLiteral("The path does not support this method.");
    case Code::RequestTimeout:
        return QStringLiteral("The request did not arrive in time.");
    case Code::TargetHasLicense:
        return QStringLiteral("This appliance already holds an active license.");
    case Code::LicenseNotActive:
        return QStringLiteral("This appliance holds no active license.");
    case Code::TooLarge:
        return QStringLiteral("The body is over the size limit.");
    case Code::BadSignature:
        return QStringLiteral("The license signature does not verify.");
    case Code::TooManyAttempts:
        return QStringLiteral("Too many failed logins; try again later.");
    case Code::HeaderTooLarge:
        return QStringLiteral("The request header is over the size limit.");
    case Code::Internal:
        return QStringLiteral("Something failed inside the appliance; see its log.");
    case Code::NotImplemented:
        return QStringLiteral("The request uses a feature this server does not support.");
    case Code::MaintenanceActive:
        return QStringLiteral("The appliance is in maintenance.");
    case Code::DatabaseUnavailable:
        return QStringLiteral("The appliance's database is not reachable.");
    case Code::VersionNotSupported:
        return QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported.");
    case Code::TicketInvalid:
        return QStringLiteral("The backup ticket is unknown, used or expired; ask the source for a new one.");
    case Code::PhysicalUnsupported:
        return QStringLiteral(
            "This appliance cannot take a physical backup: its database is not MariaDB or not reachable.");
    case Code::RestoreRunning:
        return QStringLiteral("A physical restore is already running on this appliance.");
    case Code::RestoreState:
        return QStringLiteral("The physical restore is not in a state that allows this; see its state.");
    case Code::BackupRunning:
        return QStringLiteral(
            "A backup stream is already running on this appliance; try again when it ends.");
    case Code::DiskFull:
        return QStringLiteral(
            "The target's disk has too little free space for the new data next to the old.");
    case Code::RestoreNotConfigured:
        return QStringLiteral("This appliance is not set up for physical restores (datadir, database stop "
                              "and start commands).");
    case Code::BackupFailed:
        return QStringLiteral("mariadb-backup failed on the source; see the source appliance's log.");
    case Code::SourceUnreachable:
        return QStringLiteral("The target could not reach the source appliance over HTTPS.");
    case Code::SourceFingerprintMismatch:
        return QStringLiteral("The source presented a different certificate than the pinned fingerprint; "
                              "nothing was sent to it.");
    case Code::SourceRefused:
        return QStringLiteral("The source refused the backup stream.");
    case Code::StreamInterrupted:
        return QStringLiteral("The backup stream from the source ended before it was complete.");
    case Code::ExtractFailed:
        return QStringLiteral("Unpacking the backup stream (mbstream) failed on the target.");
    case Code::PrepareFailed:
        return QStringLiteral("Preparing the backup (mariadb-backup --prepare) failed on the target.");
    case Code::SwapFailed:
        return QStringLiteral(
            "Stopping the database or swapping the data directory failed; the previous data is in place.");
    case Code::StartFailed:
        return QStringLiteral("The database did not start on the new data; the previous data was put back.");
    case Code::RestoreInterrupted:
        return QStringLiteral(
            "applianced stopped while the physical restore was running; the unfinished data was removed.");
    }
    return {};
}

HttpResponse ApiError::response(Code code, const QString &field)
{
    QJsonObject error { { QStringLiteral("code"), codeString(code) },
        { QStringLiteral("message"), message(code) } };
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return HttpResponse(httpStatus(code), QJsonObject { { QStringLiteral("error"), error } });
}

QJsonObject ApiError::object(Code code, const QString &detail)
{
    QString text = message(code);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return QJsonObject { { QStringLiteral("code"), codeString(code) }, { QStringLiteral("message"), text } };
}

HttpResponse ApiError::tooManyAttempts(int retryAfterSeconds)
{
    QJsonObject error { { QStringLiteral("code"), codeString(Code::TooManyAttempts) },
        { QStringLiteral("message"), message(Code::TooManyAttempts) },
        { QStringLiteral("retryAfter"), retryAfterSeconds } };
    HttpResponse r(429, QJsonObject { { QStringLiteral("error"), error } });
    r.headers.append({ "Retry-After", QByteArray::number(retryAfterSeconds) });
    return r;
}

HttpResponse ApiError::forHttpStatus(int status)
{
    switch (status) {
    case 408:
        return response(Code::RequestTimeout);
    case 413:
        return response(Code::TooLarge);
    case 431:
        return response(Code::HeaderTooLarge);
    case 501:
        return response(Code::NotImplemented);
    case 505:
        return response(Code::VersionNotSupported);
    default:
        return response(Code::MalformedRequest);
    }
}

} // namespace cutover
