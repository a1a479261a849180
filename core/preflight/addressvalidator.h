// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/requiremententry.h"

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief Checks what the user typed as an appliance address, instantly and without any lookup.
 *
 * Accepts an IPv4 address, an IPv6 address (optionally in brackets) or a host name (RFC 1123
 * labels, international names in their ACE form). Everything else gets its own precise message:
 * a URL, a port suffix, a path, spaces, an incomplete IPv4 address, a bad label.
 */
class AddressValidator
{
    Q_DECLARE_TR_FUNCTIONS(cutover::AddressValidator)

public:
    enum class Problem {
        None,
        Empty,
        ContainsSpaces,
        Url, ///< `https://host…`: suggestion() holds the host
        PortSuffix, ///< `host:8443`, `[::1]:443`: suggestion() holds the host
        Path, ///< `host/admin`: suggestion() holds the host
        UserInfo, ///< `admin@host`
        InvalidIpv4, ///< digits and dots that are not an IPv4 address (`10.0.0`, `10.0.0.300`)
        InvalidIpv6, ///< has colons but is not an IPv6 address
        InvalidCharacters, ///< a character not allowed in host names (first one in badCharacter())
        EmptyLabel, ///< `a..b`, a leading dot
        LabelTooLong, ///< a label over 63 characters
        NameTooLong, ///< over 253 characters
        HyphenAtLabelEdge, ///< `-host`, `host-.example`
    };

    enum class Kind { Invalid, Ipv4, Ipv6, HostName };

    struct Result
    {
        Problem problem = Problem::None;
        Kind kind = Kind::Invalid;
        QString input;
        QString normalised; ///< trimmed, brackets removed, trailing dot removed, lower case
        QString suggestion; ///< what the user probably meant (URL → host), may be empty
        QChar badCharacter;

        bool ok() const { return problem == Problem::None; }
        /** Translated, precise: what is wrong and what to type instead. Empty when ok(). */
        QString message() const;
    };

    static Result check(const QString &input);
    /** The check as a requirement entry (`input.<role>Address`); @p role is `source` or `target`. */
    static RequirementEntry requirement(const Result &result, const QString &role);
};

} // namespace cutover
