// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace cutover {

class MigrationWizard;

/**
 * @brief Walks the wizard through every page against running appliances and saves a PNG of
 * each (`cutover --screenshots DIR`, used by tools/screenshots.sh under xvfb-run).
 *
 * Event-driven like the wizard itself: each step waits for the controller's signal, then
 * grabs the window after a short settle time. Quits the application when done (exit code 0)
 * or when something went wrong (exit code 1, with the reason on stderr).
 *
 * A source that is a node of a high-availability group gets pictures of its Source Info page only
 * (the master's trust question, then the page once logged in to the master); the tour stops there.
 */
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MigrationWizard *wizard, const QString &directory, const QString &prefix);

    void start();

private:
    void shoot(const QString &name);
    void later(int ms, std::function<void()> step);
    void fail(const QString &why);
    void onSourcePage();
    void onExecution();
    void onHaSourceInfo();

    MigrationWizard *m_wizard;
    QString m_directory;
    QString m_prefix;
    bool m_shotRunning = false;
    bool m_shotHaTrust = false;
    bool m_shotHa = false;
};

} // namespace cutover
