// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSslCertificate;

namespace cutover {

/**
 * @brief SHA-256 certificate fingerprints in the one form Cutover shows, stores and compares:
 * colon-separated upper-case hex (`AB:CD:…`, 32 bytes).
 */
class Fingerprint
{
public:
    /** The certificate's SHA-256 digest (never the MD5 default of QSslCertificate::digest()). */
    static QString of(const QSslCertificate &certificate);
    /**
     * Accepts what users paste (lower case, no colons, spaces, a `SHA256:` prefix) and returns the
     * canonical form, or an empty string when it is not 32 bytes of hex.
     */
    static QString normalised(const QString &text);
    static bool isValid(const QString &text) { return !normalised(text).isEmpty(); }
    /** Compares two fingerprints in any accepted spelling; false when either is invalid. */
    static bool equal(const QString &a, const QString &b);
};

} // namespace cutover
