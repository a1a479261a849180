// SPDX-License-Identifier: GPL-3.0-or-later
#include "copypath.h"

#include <QLocale>
#include <QRegularExpression>

namespace cutover {

namespace {

const QStringList kSystemSchemas { QStringLiteral("mysql"), QStringLiteral("information_schema"),
    QStringLiteral("performance_schema"), QStringLiteral("sys") };

bool isMariaDb(const DatabaseInfo &db)
{
    return db.flavor.compare(QLatin1String("mariadb"), Qt::CaseInsensitive) == 0
        || db.version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
}

} // namespace

QString CopyPathChoice::pathId() const
{
    return isPhysical() ? QStringLiteral("physical") : QStringLiteral("logical");
}

QString CopyPathChoice::reasonId() const
{
    switch (reason) {
    case Reason::Eligible:
        return QStringLiteral("eligible");
    case Reason::OptionOff:
        return QStringLiteral("option-off");
    case Reason::Rehearsal:
        return QStringLiteral("rehearsal");
    case Reason::HighAvailability:
        return QStringLiteral("high-availability");
    case Reason::NotMariaDb:
        return QStringLiteral("not-mariadb");
    case Reason::VersionUnknown:
        return QStringLiteral("version-unknown");
    case Reason::VersionDiffers:
        return QStringLiteral("version-differs");
    case Reason::TargetSchemas:
        return QStringLiteral("target-schemas");
    case Reason::TargetDisk:
        return QStringLiteral("target-disk");
    }
    return {};
}

QString CopyPathChoice::explanation() const
{
    switch (reason) {
    case Reason::Eligible:
        //: %1 is a MariaDB major version such as 10.11
        return tr(
            "Physical copy: both appliances run MariaDB %1, so the source's database files are streamed "
            "to the target at disk speed and swapped in there; the target keeps its previous data "
            "until the verification passes.",
            "@info copy path")
            .arg(sourceVersion);
    case Reason::OptionOff:
        return tr("Logical copy: the physical copy was turned off (Options page or --logical-copy).",
            "@info copy path");
    case Reason::Rehearsal:
        return tr(
            "Logical copy: a rehearsal copies the data logically, because a physical copy would replace "
            "the target's whole database.",
            "@info copy path");
    case Reason::HighAvailability:
        return tr("Logical copy: the source is part of a high-availability group, whose data moves through "
                  "its replication.",
            "@info copy path");
    case Reason::NotMariaDb:
        return tr("Logical copy: a physical copy needs MariaDB on both appliances.", "@info copy path");
    case Reason::VersionUnknown:
        return tr("Logical copy: the database version of an appliance could not be read.", "@info copy path");
    case Reason::VersionDiffers:
        //: %1 and %2 are MariaDB major versions such as 10.6 and 10.11
        return tr("Logical copy: the source runs MariaDB %1 and the target MariaDB %2; a physical copy needs "
                  "the same major version on both.",
            "@info copy path")
            .arg(sourceVersion, targetVersion);
    case Reason::TargetSchemas:
        //: %1 is a list of database names
        return tr("Logical copy: the target holds databases the source does not have (%1), which a physical "
                  "copy would remove.",
            "@info copy path")
            .arg(extraTargetSchemas.join(QLatin1String(", ")));
    case Reason::TargetDisk: {
        const QLocale locale;
        //: %1 and %2 are data sizes
        return tr(
            "Logical copy: a physical copy needs about %1 free on the target (it keeps its current data "
            "until the copy is verified), but only %2 is free.",
            "@info copy path")
            .arg(locale.formattedDataSize(neededBytes), locale.formattedDataSize(freeBytes));
    }
    }
    return {};
}

QString CopyPath::majorVersion(const DatabaseInfo &database)
{
    if (!database.majorVersion.isEmpty())
        return database.majorVersion;
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto m = re.match(database.version);
    if (!m.hasMatch())
        return {};
    return m.captured(1) + QLatin1Char('.') + m.captured(2);
}

qint64 CopyPath::neededTargetBytes(qint64 sourceDataBytes)
{
    // The data files, their slack (free pages, undo), and the redo log MariaDB makes at start.
    return sourceDataBytes + sourceDataBytes / 5 + 256ll * 1024 * 1024;
}

CopyPathChoice CopyPath::choose(
    SourceRole role, const MigrationOptions &options, const SystemInfo &source, const SystemInfo &target)
{
    using R = CopyPathChoice::Reason;
    CopyPathChoice c;
    c.sourceVersion = majorVersion(source.database);
    c.targetVersion = majorVersion(target.database);
    if (!options.physicalCopy) {
        c.reason = R::OptionOff;
    } else if (options.rehearsal) {
        c.reason = R::Rehearsal;
    } else if (isHighAvailability(role)) {
        c.reason = R::HighAvailability;
    } else if (!isMariaDb(source.database) || !isMariaDb(target.database)) {
        c.reason = R::NotMariaDb;
    } else if (c.sourceVersion.isEmpty() || c.targetVersion.isEmpty()) {
        c.reason = R::VersionUnknown;
    } else if (c.sourceVersion != c.targetVersion) {
        c.reason = R::VersionDiffers;
    } else {
        c.reason = R::Eligible;
        if (target.database.schemasKnown) {
            for (const QString &schema : target.database.schemas) {
                if (!kSystemSchemas.contains(schema, Qt::CaseInsensitive)
                    && !source.database.schemas.contains(schema))
                    c.extraTargetSchemas.append(schema);
            }
            if (!c.extraTargetSchemas.isEmpty())
                c.reason = R::TargetSchemas;
        }
        if (c.reason == R::Eligible && target.disk.freeBytes >= 0) {
            c.neededBytes = neededTargetBytes(source.dataBytes);
            c.freeBytes = target.disk.freeBytes;
            if (c.freeBytes < c.neededBytes)
                c.reason = R::TargetDisk;
        }
    }
    return c;
}

} // namespace cutover
