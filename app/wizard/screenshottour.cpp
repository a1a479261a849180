// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "executionpage.h"
#include "migrationwizard.h"
#include "pageid.h"
#include "resultpage.h"
#include "wizardcontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <cstdio>

namespace cutover {

namespace {
constexpr int kSettleMs = 400;

bool isDataCopy(const QString &id)
{
    return id == QLatin1String("copy-data") || id == QLatin1String("physical-copy-data");
}
} // namespace

ScreenshotTour::ScreenshotTour(MigrationWizard *wizard, const QString &directory, const QString &prefix)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_directory(directory)
    , m_prefix(prefix)
{
    m_wizard->setOpenLoginPageOnClose(false);
}

void ScreenshotTour::later(int ms, std::function<void()> step)
{
    QTimer::singleShot(ms, this, std::move(step));
}

void ScreenshotTour::shoot(const QString &name)
{
    QDir().mkpath(m_directory);
    const QString path = QDir(m_directory).filePath(QStringLiteral("%1-%2.png").arg(m_prefix, name));
    if (!m_wizard->grab().save(path))
        fail(QStringLiteral("cannot write %1").arg(path));
    std::fprintf(stderr, "screenshot: %s\n", qPrintable(path));
}

void ScreenshotTour::fail(const QString &why)
{
    std::fprintf(stderr, "screenshots: %s\n", qPrintable(why));
    QApplication::exit(1);
}

void ScreenshotTour::start()
{
    auto *controller = m_wizard->controller();
    later(kSettleMs, [this] {
        for (auto *box : m_wizard->currentPage()->findChildren<QCheckBox *>())
            box->setChecked(true);
        later(kSettleMs, [this] {
            shoot(QStringLiteral("01-welcome"));
            m_wizard->next();
            later(kSettleMs, [this] {
                shoot(QStringLiteral("02-source"));
                onSourcePage();
            });
        });
    });
    connect(controller, &WizardController::runFinished, this, [this] {
        later(kSettleMs, [this] {
            shoot(QStringLiteral("09-execution-finished"));
            m_wizard->next();
            later(kSettleMs, [this] {
                m_wizard->resultPage()->saveReportTo(
                    QDir(m_directory).filePath(QStringLiteral("%1-report.html").arg(m_prefix)));
                later(kSettleMs, [this] {
                    shoot(QStringLiteral("10-result"));
                    QApplication::exit(0);
                });
            });
        });
    });
}

void ScreenshotTour::onSourcePage()
{
    auto *controller = m_wizard->controller();
    connect(
        controller, &WizardController::checkStateChanged, this, [this](WizardController::CheckState state) {
            using S = WizardController::CheckState;
            if (state == S::NeedsTrust) {
                later(kSettleMs, [this] {
                    shoot(QStringLiteral("03-source-trust"));
                    m_wizard->controller()->acceptFingerprints();
                });
            } else if (state == S::Passed) {
                later(kSettleMs, [this] {
                    shoot(QStringLiteral("04-source-checked"));
                    m_wizard->next();
                    if (m_wizard->controller()->needsHaMaster()) {
                        onHaSourceInfo();
                        return;
                    }
                    later(kSettleMs, [this] {
                        shoot(QStringLiteral("05-source-info"));
                        m_wizard->next();
                        later(kSettleMs, [this] {
                            auto *license = m_wizard->currentPage()->findChild<QCheckBox *>(
                                QStringLiteral("migrateLicense"));
                            if (license && license->isEnabled())
                                license->setChecked(true);
                            later(kSettleMs, [this] {
                                shoot(QStringLiteral("06-options"));
                                // The settings diff with Swap Configuration on, then off again.
                                auto *swap = m_wizard->currentPage()->findChild<QCheckBox *>(
                                    QStringLiteral("swapConfiguration"));
                                if (swap && swap->isEnabled())
                                    swap->setChecked(true);
                                later(kSettleMs, [this, swap] {
                                    shoot(QStringLiteral("06-options-swap"));
                                    if (swap)
                                        swap->setChecked(false);
                                    later(kSettleMs, [this] {
                                        m_wizard->next();
                                        later(kSettleMs, [this] {
                                            shoot(QStringLiteral("07-confirmation"));
                                            m_wizard->next();
                                            onExecution();
                                        });
                                    });
                                });
                            });
                        });
                    });
                });
            } else if (state == S::Failed) {
                later(kSettleMs, [this] {
                    shoot(QStringLiteral("source-failed"));
                    fail(QStringLiteral("the check failed; are the appliances running?"));
                });
            }
        });
    m_wizard->controller()->startCheck();
}

void ScreenshotTour::onHaSourceInfo()
{
    auto *controller = m_wizard->controller();
    const auto step = [this](WizardController::MasterState state) {
        using M = WizardController::MasterState;
        if (state == M::NeedsTrust && !m_shotHaTrust) {
            m_shotHaTrust = true;
            later(kSettleMs, [this] {
                shoot(QStringLiteral("05-source-info-ha-trust"));
                m_wizard->controller()->acceptMasterFingerprint();
            });
        } else if (state == M::Passed && !m_shotHa) {
            m_shotHa = true;
            later(kSettleMs, [this] {
                shoot(QStringLiteral("05-source-info-ha"));
                QApplication::exit(0);
            });
        } else if (state == M::Failed) {
            later(kSettleMs, [this] {
                shoot(QStringLiteral("source-info-ha-failed"));
                fail(QStringLiteral("the master's check failed; is CUTOVER_MASTER_PASSWORD set?"));
            });
        }
    };
    connect(controller, &WizardController::masterStateChanged, this, step);
    step(controller->masterState());
}

void ScreenshotTour::onExecution()
{
    Runner *runner = m_wizard->controller()->runner();
    if (!runner) {
        fail(QStringLiteral("the run did not start"));
        return;
    }
    // One picture while the data copy runs (an empty database copies too fast for a rate).
    connect(runner, &Runner::operationStateChanged, this, [this](int index, OperationState state) {
        Runner *r = m_wizard->controller()->runner();
        if (m_shotRunning || state != OperationState::Running || !isDataCopy(r->operation(index).id()))
            return;
        m_shotRunning = true;
        shoot(QStringLiteral("08-execution-running"));
    });
    // Or, with a real dataset, once it is a fifth done, when the rows show rates and ETAs.
    connect(runner, &Runner::operationProgressChanged, this, [this](int index, const OperationProgress &p) {
        Runner *r = m_wizard->controller()->runner();
        if (m_shotRunning || !isDataCopy(r->operation(index).id()) || p.fraction < 0.2)
            return;
        m_shotRunning = true;
        shoot(QStringLiteral("08-execution-running"));
    });
}

} // namespace cutover
