// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace cutover {
class ApplianceClient;
namespace test {
class MariadbInstance;
}
} // namespace cutover

namespace cutover::bench {

/**
 * @brief A real `applianced` wrapped around one of the copy bench's private MariaDB servers
 * (issue 9: the physical row goes through two of them and their pinned HTTPS relay).
 *
 * It listens on its own loopback address, talks to the server over its socket, and stops and
 * starts it through two small scripts that run the server with exactly the arguments it runs with
 * now (read from /proc) — so the target's swap restarts the same server on the new files. Stopped
 * by its PID in the destructor.
 */
class BenchAppliance
{
public:
    BenchAppliance(const QString &name, const QString &address);
    ~BenchAppliance();
    BenchAppliance(const BenchAppliance &) = delete;
    BenchAppliance &operator=(const BenchAppliance &) = delete;

    /** The applianced binary: $CUTOVER_APPLIANCED or next to the bench in the build tree. */
    static QString binary();

    /** Writes the config, provisions, starts applianced around @p server, waits until it answers. */
    bool start(const test::MariadbInstance &server, QString *error);
    void stop();

    QString address() const { return m_address; }
    QString fingerprint() const { return m_fingerprint; }
    /** A client logged in as the admin, pinned to the appliance's certificate. */
    std::unique_ptr<ApplianceClient> client(QString *error) const;

    /** User + system CPU seconds of applianced and the children it waited for (backup, mbstream, prepare). */
    double cpuSeconds() const;
    /** applianced's peak resident memory (VmHWM) in MB. */
    double peakRssMb() const;
    /** The process id in the server's pid file: the server the appliance started after a swap. */
    qint64 serverPid() const;
    /** Stops the server the appliance started (by its pid file), waiting until it is gone. */
    bool stopServer(QString *error);

private:
    QString m_name;
    QString m_address;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pidFile; ///< the server's --pid-file
    QString m_fingerprint;
    QByteArray m_password;
    qint64 m_pid = 0;
};

/** Seconds of each phase of one physical copy through two appliances. */
struct PhysicalCopyFigures
{
    bool ok = false;
    QString note;
    double streamSeconds = 0;
    double prepareSeconds = 0;
    double swapSeconds = 0; ///< swapping and starting, until `ready`
    qint64 bytesStreamed = 0;
    qint64 bytesExpected = 0;
    int preparedUpdates = 0; ///< status polls during `preparing` that showed bytesPrepared move
};

/**
 * The calls a migration makes (PhysicalRestoreClient): a backup ticket from @p source, the restore
 * job on @p target with the source's address and pinned fingerprint, polled until `ready` (or an
 * end state). The ticket goes from one answer into the other request and nowhere else.
 */
PhysicalCopyFigures runPhysicalCopy(const BenchAppliance &source, const BenchAppliance &target);
/** `commit`: the target deletes its kept previous datadir. */
bool commitPhysicalCopy(const BenchAppliance &target, QString *error);

} // namespace cutover::bench
