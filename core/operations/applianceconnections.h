// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/applianceclient.h"
#include "common/result.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>

namespace cutover {

/**
 * @brief The two appliances of a run as the operations reach them: a logged-in, pinned
 * ApplianceClient and the Source Info of each side.
 *
 * Shared by the operations of one plan; used only from the runner's worker thread while it
 * runs (the clients are blocking and not thread-safe). Passwords stay in memory only, so an
 * operation can log in again after a reboot; they never reach the journal or the log.
 */
class ApplianceConnections
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ApplianceConnections)

public:
    struct Side
    {
        QString address;
        QString fingerprint; ///< pinned SHA-256, colon-separated upper-case hex
        QString user = QStringLiteral("admin");
        QByteArray password; ///< secret, memory only
        SystemInfo info; ///< as read at the start (or refreshed after a change)
        std::unique_ptr<ApplianceClient> client;
    };

    ApplianceConnections() = default;
    ApplianceConnections(const ApplianceConnections &) = delete;
    ApplianceConnections &operator=(const ApplianceConnections &) = delete;
    ~ApplianceConnections();

    Side &source() { return m_source; }
    Side &target() { return m_target; }
    const Side &source() const { return m_source; }
    const Side &target() const { return m_target; }

    /** How long a run waits for an appliance that refuses connections (its service restarting). */
    static constexpr int kRefusedWaitMs = 20000;

    /** (Re)creates the side's client at its address with its pin, logs in and reads Source Info. */
    static Result connect(Side &side, const std::atomic<bool> *cancel = nullptr);
    /** Connects both sides. */
    Result connectBoth(const std::atomic<bool> *cancel = nullptr);
    /**
     * Closes both clients' connections. Call it in the thread that used them last (sockets
     * belong to the thread that made them); the next call reconnects in its own thread.
     */
    void disconnectAll();
    /** Routes both clients' cancellation to @p cancel (the runner's token). */
    void setCancelFlag(const std::atomic<bool> *cancel);

    /**
     * An API error as a Result: code "api.<code>" for the appliance's own error codes, else
     * "api.<kind>" ("api.untrusted", "api.fingerprintMismatch", "api.refused" …), translated
     * message. For the two trust kinds the details are the fingerprint the peer presented.
     */
    static Result toResult(const ApiError &error);

private:
    Side m_source;
    Side m_target;
};

} // namespace cutover
