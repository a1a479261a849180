// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpaths.h"

#include <QDir>

namespace cutover::sandbox {

SandboxPaths::SandboxPaths(const QString &name)
    : m_name(name)
    , m_dir(root() + QLatin1Char('/') + name)
{ }

QString SandboxPaths::root()
{
    return qEnvironmentVariable("CUTOVER_SANDBOX_ROOT", QStringLiteral("/tmp/cutover-sandbox"));
}

QString SandboxPaths::chrootRoot()
{
    // OpenSSH only chroots into a path owned by root and writable by nobody else all the way up,
    // which rules out anything below /tmp.
    return qEnvironmentVariable("CUTOVER_SANDBOX_CHROOT_ROOT", QStringLiteral("/var/lib/cutover-sandbox"));
}

QString SandboxPaths::templatesDir()
{
    return root() + QStringLiteral("/.templates");
}

QString SandboxPaths::file(const QString &relative) const
{
    return m_dir + QLatin1Char('/') + relative;
}

QString SandboxPaths::pidFile(const QString &process) const
{
    return runDir() + QLatin1Char('/') + process + QStringLiteral(".pid");
}

QString SandboxPaths::chrootDir() const
{
    return chrootRoot() + QLatin1Char('/') + m_name + QStringLiteral("/traffic-logs");
}

} // namespace cutover::sandbox
