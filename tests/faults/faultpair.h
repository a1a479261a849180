// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxappliance.h"

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace cutover::faults {

/** What one finished cutover-cli run printed: exit code, JSON events, stderr. */
struct CliRun
{
    int exitCode = -1; ///< -2: crashed or killed, -1: did not finish in time
    QList<QJsonObject> events;
    QByteArray stderrText;

    /** The last `finished` event's outcome, empty when there is none. */
    QString outcome() const;
    /** All text the run showed the user (stderr and every event), for message checks. */
    QString allText() const;
};

/** Per table ("schema.table"): row count and CHECKSUM TABLE of one side. */
struct DataState
{
    QMap<QString, QPair<qint64, QString>> tables;
    bool operator==(const DataState &) const = default;
    qint64 rows() const;
};

/** What must hold on an appliance after any fault: its data, license and leftovers. */
struct ApplianceState
{
    bool reachable = false;
    bool maintenance = false;
    QString licenseState;
    QString licenseGuid;
    QJsonObject settings;
    QStringList migrationAccounts;
    QByteArray authorizedKeys; ///< authorized_keys and the import port's authorized_keys.import
    QString machineId;
};

/**
 * @brief A source and a target sandbox for one fault case, plus everything the suite checks
 * afterwards (checksums, license, temporary accounts and keys) and cutover-cli to drive it.
 *
 * The source holds sakila plus `faultdata.events` (about 40 MB, so a copy lasts long enough to
 * be interrupted at a chosen point); the target starts empty and unlicensed.
 */
class FaultPair
{
public:
    struct Options
    {
        QString sourceLicense = QStringLiteral("active");
        int trafficLogMegabytes = -1; ///< > 0: a log file of this size joins the source's traffic logs
        bool bigTable = true;
        QString targetDbVersion; ///< non-empty: the version string the target's MariaDB reports
    };

    FaultPair(const QString &name, int firstHost, int thirdOctet, const Options &options);
    FaultPair(const QString &name, int firstHost, int thirdOctet);
    ~FaultPair();

    /** Starts both sandboxes and fills the source; false with @p error when it failed. */
    bool start(QString *error);

    test::SandboxAppliance &source() { return *m_source; }
    test::SandboxAppliance &target() { return *m_target; }
    QString dataDir() const { return m_dataDir.path(); }

    enum class Mode { Offline, LowDowntime };
    /** `migrate` arguments for this pair (JSON, --yes, pinned fingerprints) plus @p extra. */
    QStringList migrateArguments(const QStringList &extra = {}, Mode mode = Mode::Offline) const;
    QProcessEnvironment environment() const;

    /** Runs cutover-cli to its end. */
    CliRun run(const QStringList &arguments, int timeoutMs = 300000) const;
    /** Starts cutover-cli; read its events with waitForEvent(). */
    std::unique_ptr<QProcess> startCli(const QStringList &arguments) const;
    /**
     * Reads @p cli's JSON events until @p predicate accepts one (true) or the process ends or
     * @p timeoutMs passes (false). Events read are appended to @p seen when given.
     */
    static bool waitForEvent(QProcess &cli, const std::function<bool(const QJsonObject &)> &predicate,
        int timeoutMs = 180000, QList<QJsonObject> *seen = nullptr);
    /** An event predicate: operation @p id entered @p state. */
    static std::function<bool(const QJsonObject &)> stateIs(const QString &id, const QString &state);
    /** An event predicate: operation @p id reported at least @p percent. */
    static std::function<bool(const QJsonObject &)> progressAtLeast(const QString &id, int percent);
    /** SIGKILL, then reap. */
    static void kill(QProcess &cli);

    /** Data of one side, through its MariaDB socket as root. */
    static DataState data(const test::SandboxAppliance &s);
    /** Everything checked on an appliance after a fault, at its own address. */
    static ApplianceState state(const test::SandboxAppliance &s);
    /** The same at @p address (after Swap Configuration each answers at the other's old address). */
    static ApplianceState state(const test::SandboxAppliance &s, const QString &address);
    /**
     * Where @p s (source() or target()) answers now: its own address, or the other's after a
     * Swap Configuration run exchanged them; found by the machine id its /health reports.
     */
    QString currentAddress(const test::SandboxAppliance &s) const;
    /** Empty when the target's traffic-log import directory holds exactly the source's logs. */
    QString compareTrafficLogs() const;
    /** Runs SQL as root on @p s; rows tab-separated. */
    static QStringList query(const test::SandboxAppliance &s, const QString &sql, bool *ok = nullptr);

    DataState sourceDataBefore() const { return m_sourceData; }
    ApplianceState sourceStateBefore() const { return m_sourceState; }
    ApplianceState targetStateBefore() const { return m_targetState; }

    /**
     * The checks after every fault. @p completed: the run finished, so the target must hold
     * exactly the source's data and the license; otherwise the source must be exactly as
     * before (out of maintenance, license active) and the target must not hold the license.
     * Returns an empty string when all hold, else what did not; @p rowsLost counts rows of the
     * source missing where they should be.
     */
    QString verify(bool completed, qint64 *rowsLost) const;
    /** The same for a refused start: neither appliance changed at all. */
    QString verifyUnchanged() const;

private:
    QString m_name;
    Options m_options;
    QTemporaryDir m_dataDir;
    std::unique_ptr<test::SandboxAppliance> m_source;
    std::unique_ptr<test::SandboxAppliance> m_target;
    DataState m_sourceData;
    ApplianceState m_sourceState;
    ApplianceState m_targetState;
};

/**
 * @brief The suite's tally: each test executable appends its cases to a ledger file
 * ($CUTOVER_FAULTS_LEDGER_DIR/<executable>.json), and `faults_summary` prints the line
 * `faults: injected=N survived=N bad_inputs=M rejected_cleanly=M rows_lost=0`.
 */
class FaultLedger
{
public:
    enum class Kind { Injected, BadInput };
    /** Starts a fresh ledger for this executable. */
    static void reset();
    static void record(const QString &name, Kind kind, bool ok, qint64 rowsLost = 0);
};

/**
 * @brief One case in the ledger: recorded as failed when the test returns early (a failed
 * QVERIFY), unless done() recorded its real result first.
 */
class FaultCase
{
public:
    FaultCase(const QString &name, FaultLedger::Kind kind)
        : m_name(name)
        , m_kind(kind)
    { }
    ~FaultCase()
    {
        if (!m_recorded)
            FaultLedger::record(m_name, m_kind, false);
    }
    FaultCase(const FaultCase &) = delete;
    FaultCase &operator=(const FaultCase &) = delete;
    /** The case could not be run on this machine: it is left out of the tally. */
    void skip() { m_recorded = true; }
    void done(bool ok, qint64 rowsLost = 0)
    {
        FaultLedger::record(m_name, m_kind, ok, rowsLost);
        m_recorded = true;
    }

private:
    QString m_name;
    FaultLedger::Kind m_kind;
    bool m_recorded = false;
};

} // namespace cutover::faults
