// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace cutover {

/**
 * @brief The outcome of a step: a stable code, a translated message for people and technical
 * details for the report (like Calamares' JobResult).
 *
 * An empty code means success. Codes are dotted, machine-readable and never translated
 * ("operation.cancelled", "api.maintenance.active" …), so the CLI's JSON events and tests can
 * match them while the message follows the user's language.
 */
class Result
{
public:
    Result() = default;

    static Result ok() { return {}; }
    static Result error(const QString &code, const QString &message, const QString &details = {});
    /** The standard result of an operation that noticed its cancellation token. */
    static Result cancelled();

    bool isOk() const { return m_code.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    bool isCancelled() const;

    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString details() const { return m_details; }

    /** Returns a copy whose message is prefixed by @p context (e.g. the operation's title). */
    Result withContext(const QString &context) const;

private:
    QString m_code;
    QString m_message;
    QString m_details;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::Result)
