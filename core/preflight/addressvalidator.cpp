// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/addressvalidator.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace cutover {

namespace {

using Problem = AddressValidator::Problem;
using Kind = AddressValidator::Kind;

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool digitsAndDots(QStringView s)
{
    for (const QChar c : s) {
        if (c != QLatin1Char('.') && (c < QLatin1Char('0') || c > QLatin1Char('9')))
            return false;
    }
    return true;
}

bool strictIpv4(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (!allDigits(p) || p.size() > 3 || (p.size() > 1 && p.startsWith(QLatin1Char('0'))))
            return false;
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

AddressValidator::Result fail(
    AddressValidator::Result r, Problem p, const QString &suggestion = {}, QChar bad = {})
{
    r.problem = p;
    r.kind = Kind::Invalid;
    r.suggestion = suggestion;
    r.badCharacter = bad;
    return r;
}

/** Host name rules on the ASCII (ACE) form. */
AddressValidator::Result checkHostName(AddressValidator::Result r, const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty() || n.startsWith(QLatin1Char('.')))
        return fail(r, Problem::EmptyLabel);
    for (const QChar c : n) {
        if (c.unicode() > 127) {
            const QByteArray ace = QUrl::toAce(n);
            if (ace.isEmpty())
                return fail(r, Problem::InvalidCharacters, {}, c);
            n = QString::fromLatin1(ace);
            break;
        }
    }
    if (n.size() > 253)
        return fail(r, Problem::NameTooLong);
    const QStringList labels = n.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return fail(r, Problem::EmptyLabel);
        if (label.size() > 63)
            return fail(r, Problem::LabelTooLong, label);
        for (const QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!ok)
                return fail(r, Problem::InvalidCharacters, {}, c);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return fail(r, Problem::HyphenAtLabelEdge, label);
    }
    r.problem = Problem::None;
    r.kind = Kind::HostName;
    r.normalised = n.toLower();
    return r;
}

} // namespace

AddressValidator::Result AddressValidator::check(const QString &input)
{
    Result r;
    r.input = input;
    // Surrounding blanks come from copy and paste and are dropped; blanks inside are an error.
    const QString t = input.trimmed();
    if (t.isEmpty())
        return fail(r, Problem::Empty);
    for (const QChar c : t) {
        if (c.isSpace())
            return fail(
                r, Problem::ContainsSpaces, QString(t).remove(QRegularExpression(QStringLiteral("\\s+"))));
    }

    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (scheme.match(t).hasMatch()) {
        const QUrl url(t);
        return fail(r, Problem::Url, url.host());
    }

    QString rest = t;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString host = rest.left(slash);
        const Result inner = check(host);
        return fail(r, Problem::Path,
            inner.ok() ? inner.normalised : (inner.suggestion.isEmpty() ? host : inner.suggestion));
    }
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        return fail(r, Problem::UserInfo, rest.mid(at + 1));

    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(r, Problem::InvalidIpv6);
        const QString inside = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        QHostAddress a;
        const bool v6 = a.setAddress(inside) && a.protocol() == QAbstractSocket::IPv6Protocol;
        if (after.startsWith(QLatin1Char(':')) && allDigits(QStringView(after).mid(1)))
            return fail(r, Problem::PortSuffix, v6 ? inside : QString());
        if (!after.isEmpty() || !v6)
            return fail(r, Problem::InvalidIpv6);
        r.kind = Kind::Ipv6;
        r.normalised = a.toString();
        return r;
    }

    const qsizetype colons = rest.count(QLatin1Char(':'));
    if (colons == 1) {
        const qsizetype c = rest.indexOf(QLatin1Char(':'));
        const QString host = rest.left(c);
        if (allDigits(QStringView(rest).mid(c + 1)))
            return fail(r, Problem::PortSuffix, host);
        return fail(r, Problem::InvalidCharacters, {}, QLatin1Char(':'));
    }
    if (colons > 1) {
        QHostAddress a;
        if (a.setAddress(rest) && a.protocol() == QAbstractSocket::IPv6Protocol) {
            r.kind = Kind::Ipv6;
            r.normalised = a.toString();
            return r;
        }
        return fail(r, Problem::InvalidIpv6);
    }

    QString withoutDot = rest;
    if (withoutDot.endsWith(QLatin1Char('.')))
        withoutDot.chop(1);
    if (digitsAndDots(withoutDot)) {
        if (!strictIpv4(withoutDot))
            return fail(r, Problem::InvalidIpv4);
        r.kind = Kind::Ipv4;
        r.normalised = QHostAddress(withoutDot).toString();
        return r;
    }
    return checkHostName(r, rest);
}

QString AddressValidator::Result::message() const
{
    const QString shown = input.trimmed();
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the IP address or host name of the appliance.");
    case Problem::ContainsSpaces:
        //: %1: the text the user typed
        return tr("\"%1\" contains spaces. An address or host name has no spaces; remove them.").arg(shown);
    case Problem::Url:
        if (!suggestion.isEmpty())
            //: %1: the URL typed, %2: the host name in it
            return tr("\"%1\" is a web address (URL). Enter only the appliance's address or host name: %2")
                .arg(shown, suggestion);
        return tr("\"%1\" is a web address (URL). Enter only the appliance's address or host name.")
            .arg(shown);
    case Problem::PortSuffix:
        if (!suggestion.isEmpty())
            return tr("\"%1\" includes a port number. Cutover uses the ports 80, 443, 3306 (and 22) on its "
                      "own; enter only the address: %2")
                .arg(shown, suggestion);
        return tr("\"%1\" includes a port number. Enter only the address, without \":port\".").arg(shown);
    case Problem::Path:
        return tr("\"%1\" includes a path (\"/…\"). Enter only the address or host name: %2")
            .arg(shown, suggestion);
    case Problem::UserInfo:
        return tr("\"%1\" includes a user name (\"…@\"). Enter only the address or host name (%2); the "
                  "admin password goes into its own field.")
            .arg(shown, suggestion);
    case Problem::InvalidIpv4:
        return tr("\"%1\" is not a complete IPv4 address. It needs four numbers from 0 to 255 separated by "
                  "dots, without leading zeros, such as 192.168.1.20.")
            .arg(shown);
    case Problem::InvalidIpv6:
        return tr(
            "\"%1\" is not a valid IPv6 address. Check the groups of hexadecimal digits and the colons, "
            "e.g. fd00::20 (brackets are optional, a port is not allowed).")
            .arg(shown);
    case Problem::InvalidCharacters:
        //: %1: the input, %2: the offending character
        return tr("\"%1\" contains \"%2\", which is not allowed in a host name. Use letters, digits, hyphens "
                  "and dots only.")
            .arg(shown, QString(badCharacter));
    case Problem::EmptyLabel:
        return tr("\"%1\" has an empty part between dots (or starts with a dot). Check the host name.")
            .arg(shown);
    case Problem::LabelTooLong:
        return tr("\"%1\" has a part longer than 63 characters, which host names do not allow.").arg(shown);
    case Problem::NameTooLong:
        return tr("\"%1\" is longer than 253 characters, which host names do not allow.").arg(shown);
    case Problem::HyphenAtLabelEdge:
        return tr(
            "\"%1\" has a part that starts or ends with a hyphen (\"%2\"), which host names do not allow.")
            .arg(shown, suggestion);
    }
    return {};
}

RequirementEntry AddressValidator::requirement(const Result &result, const QString &role)
{
    RequirementEntry e;
    const bool source = role == QLatin1String("source");
    e.id = source ? QStringLiteral("input.sourceAddress") : QStringLiteral("input.targetAddress");
    e.satisfied = result.ok();
    e.mandatory = true;
    e.title = [source] {
        return source ? tr("Address of the source system") : tr("Address of the target system");
    };
    e.reason = [result] {
        if (result.ok())
            //: %1: normalised address
            return tr("%1 is a valid address.").arg(result.normalised);
        return result.message();
    };
    e.remedy = [result] { return result.ok() ? QString() : tr("Correct the address and check again."); };
    e.details = QJsonObject { { QStringLiteral("input"), result.input },
        { QStringLiteral("normalised"), result.normalised },
        { QStringLiteral("suggestion"), result.suggestion } };
    return e;
}

} // namespace cutover
