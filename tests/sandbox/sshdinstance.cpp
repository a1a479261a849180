// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshdinstance.h"

#include "processcontrol.h"
#include "sandboxfailure.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>

namespace cutover::sandbox {

namespace {
const QString Sshd = QStringLiteral("/usr/sbin/sshd");

void makeRootOwnedDir(const QString &path)
{
    QDir().mkpath(path);
    if (::chown(QFile::encodeName(path).constData(), 0, 0) != 0
        || ::chmod(QFile::encodeName(path).constData(), 0755) != 0)
        throw SandboxFailure { QStringLiteral("cannot make %1 root-owned with mode 755").arg(path) };
}
} // namespace

SshdInstance::SshdInstance(const SandboxPaths &paths)
    : m_paths(paths)
{ }

QString SshdInstance::config() const
{
    return m_paths.sshDir() + QStringLiteral("/sshd_config");
}

QString SshdInstance::hostPublicKey() const
{
    return m_paths.sshDir() + QStringLiteral("/ssh_host_ed25519_key.pub");
}

QString SshdInstance::authorizedKeys() const
{
    return m_paths.sshDir() + QStringLiteral("/authorized_keys");
}

void SshdInstance::createHostKey()
{
    QDir().mkpath(m_paths.sshDir());
    const QString key = m_paths.sshDir() + QStringLiteral("/ssh_host_ed25519_key");
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    ProcessControl::run(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-C"), m_paths.name(), QStringLiteral("-f"), key });
    QFile keys(authorizedKeys());
    if (!keys.open(QIODevice::WriteOnly | QIODevice::Append))
        throw SandboxFailure { QStringLiteral("cannot create %1").arg(authorizedKeys()) };
    keys.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void SshdInstance::prepareChroot()
{
    // sshd refuses a chroot unless every component is root-owned and not writable by others.
    makeRootOwnedDir(SandboxPaths::chrootRoot());
    makeRootOwnedDir(SandboxPaths::chrootRoot() + QLatin1Char('/') + m_paths.name());
    makeRootOwnedDir(m_paths.chrootDir());
    QDir().mkpath(QStringLiteral("/run/sshd"));
}

void SshdInstance::writeConfig(const QString &address)
{
    const QStringList lines {
        QStringLiteral("# Written by cutover-sandbox: the migration's read-only SFTP access, nothing else."),
        QStringLiteral("ListenAddress %1:22").arg(address),
        QStringLiteral("HostKey %1/ssh_host_ed25519_key").arg(m_paths.sshDir()),
        QStringLiteral("PidFile %1").arg(m_paths.pidFile(QStringLiteral("sshd"))),
        QStringLiteral("AuthorizedKeysFile %1").arg(authorizedKeys()),
        QStringLiteral("StrictModes no"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("PasswordAuthentication no"),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("PermitRootLogin prohibit-password"),
        QStringLiteral("AllowUsers root"),
        QStringLiteral("AllowTcpForwarding no"),
        QStringLiteral("X11Forwarding no"),
        QStringLiteral("PermitTunnel no"),
        QStringLiteral("MaxStartups 30"),
        QStringLiteral("Subsystem sftp internal-sftp"),
        QStringLiteral("ChrootDirectory %1").arg(m_paths.chrootDir()),
        QStringLiteral("ForceCommand internal-sftp -R -d /"),
        // The traffic-log import (applianced's write keys, SshKeys::kImportPort): own keys file,
        // chrooted into the import directory, SFTP with write access there and nowhere else.
        QStringLiteral("ListenAddress %1:2222").arg(address),
        QStringLiteral("Match LocalPort 2222"),
        QStringLiteral("    AuthorizedKeysFile %1.import").arg(authorizedKeys()),
        QStringLiteral("    ChrootDirectory %1/import").arg(m_paths.chrootDir()),
        QStringLiteral("    ForceCommand internal-sftp -d /"),
    };
    QSaveFile file(config());
    if (!file.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(config()) };
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(config()) };
    ProcessControl::run(Sshd, { QStringLiteral("-t"), QStringLiteral("-f"), config() });
}

pid_t SshdInstance::start(const QString &address)
{
    const QString log = m_paths.runDir() + QStringLiteral("/sshd.log");
    // -D keeps sshd in the foreground of its detached process, so the PID we get is the listener's.
    const pid_t pid = ProcessControl::startDetached(
        Sshd, { QStringLiteral("-D"), QStringLiteral("-f"), config(), QStringLiteral("-E"), log }, log);
    ProcessControl::waitForListener(address, 22, 30000, pid, QStringLiteral("sshd"), log);
    ProcessControl::writePidFile(m_paths.pidFile(QStringLiteral("sshd")), pid);
    return pid;
}

void SshdInstance::stop()
{
    ProcessControl::stop(ProcessControl::readPidFile(m_paths.pidFile(QStringLiteral("sshd"))), config());
}

} // namespace cutover::sandbox
