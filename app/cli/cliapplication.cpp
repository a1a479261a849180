// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "common/version.h"
#include "journal/journal.h"
#include "passwordreader.h"
#include "preflight/addressvalidator.h"
#include "preflight/preflight.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cutover {

namespace {

std::atomic<int> s_signals { 0 };

void onSignal(int)
{
    s_signals.fetch_add(1);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const char *outcomeId(Runner::Outcome outcome)
{
    switch (outcome) {
    case Runner::Outcome::Succeeded:
        return "succeeded";
    case Runner::Outcome::BackedOut:
        return "backed-out";
    case Runner::Outcome::NeedsAttention:
        return "needs-attention";
    }
    return "unknown";
}

} // namespace

CliApplication::CliApplication()
{
    m_parser.setApplicationDescription(
        tr("Migrates an appliance (settings, data, license, certificates, traffic logs) from a source to a "
           "target.\n\n"
           "Commands:\n"
           "  check     connect to both appliances, show Source Info and the plan; change nothing\n"
           "  migrate   run the migration (asks before executing unless --yes)\n"
           "  resume    continue an interrupted migration from the journal\n"
           "  status    show the migration in the journal\n"
           "  backout   undo an interrupted migration that did not pass its point of no return\n\n"
           "Passwords never come from the command line: --source-password-file/--target-password-file, "
           "CUTOVER_SOURCE_PASSWORD/CUTOVER_TARGET_PASSWORD, or a prompt.\n"
           "The journal and the run logs live in $CUTOVER_DATA_DIR (default: the user's data directory).\n\n"
           "Exit codes:\n"
           "  0  migrated and verified (check: nothing refused; status: no run needs attention)\n"
           "  1  failed and backed out: the source is as it was\n"
           "  2  usage error\n"
           "  3  refused by preflight: nothing was changed\n"
           "  4  stopped and needs attention: run “cutover-cli resume” (or “backout”)",
            "@info cutover-cli --help"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(
        QStringLiteral("command"), tr("check | migrate | resume | status | backout", "@info"));
    m_parser.addOptions({
        { QStringLiteral("source"), tr("Address of the source appliance (IP address or host name).", "@info"),
            tr("address", "@info value name") },
        { QStringLiteral("target"),
            tr("Address of the target appliance (default: %1, this machine).", "@info")
                .arg(MigrationSession::defaultTargetAddress()),
            tr("address", "@info value name") },
        { QStringLiteral("user"), tr("Admin user on both appliances (default: admin).", "@info"),
            tr("name", "@info value name"), QStringLiteral("admin") },
        { QStringLiteral("swap-configuration"),
            tr("Exchange all System Settings between the appliances and reboot both.", "@info") },
        { QStringLiteral("migrate-license"), tr("Move the license from the source to the target.", "@info") },
        { QStringLiteral("copy-traffic-logs"), tr("Copy the user traffic logs.", "@info") },
        { QStringLiteral("offline"),
            tr("Copy the data while the source is in maintenance (the manual's order) instead of copying "
               "while "
               "it keeps serving and catching up through replication.",
                "@info") },
        { QStringLiteral("logical-copy"),
            tr("Copy the data row by row (the logical copy) even when both appliances run the same MariaDB "
               "major version, instead of streaming the database files (the physical copy).",
                "@info") },
        { QStringLiteral("catch-up-timeout"),
            tr("Low-downtime mode: how long the source may stay in maintenance while the target takes over "
               "the last changes before the migration falls back (default: %1 s).",
                "@info")
                .arg(MigrationOptions().catchUpTimeoutSeconds),
            tr("seconds", "@info value name") },
        { QStringLiteral("rehearsal"),
            tr("Copy and verify everything onto the target without changing anything on the source.",
                "@info") },
        { QStringLiteral("trust-source"),
            tr("Trust the source's certificate with this SHA-256 fingerprint.", "@info"),
            tr("sha256", "@info value name") },
        { QStringLiteral("trust-target"),
            tr("Trust the target's certificate with this SHA-256 fingerprint.", "@info"),
            tr("sha256", "@info value name") },
        { QStringLiteral("trust-master"),
            tr("High-availability source: trust the certificate of its group's master with this SHA-256 "
               "fingerprint.",
                "@info"),
            tr("sha256", "@info value name") },
        { QStringLiteral("master-password-file"),
            tr("High-availability source: read the admin password of its group's master from this file "
               "(default: the source's).",
                "@info"),
            tr("file", "@info value name") },
        { QStringLiteral("source-password-file"),
            tr("Read the source's admin password from this file.", "@info"), tr("file", "@info value name") },
        { QStringLiteral("target-password-file"),
            tr("Read the target's admin password from this file.", "@info"), tr("file", "@info value name") },
        { QStringLiteral("yes"), tr("Do not ask before executing.", "@info") },
        { QStringLiteral("json"), tr("Print one JSON event per line, for automation.", "@info") },
        { QStringLiteral("report"), tr("Save the run report to this file (.html or text).", "@info"),
            tr("file", "@info value name") },
        { QStringLiteral("lang"), tr("Language of the messages: en or de (default: the system's).", "@info"),
            tr("language", "@info value name") },
        { QStringLiteral("verbose"),
            tr("Also show the engine's log messages here; they are always in the run's log file.", "@info") },
    });
    m_signalPoll.setInterval(100);
    QObject::connect(&m_signalPoll, &QTimer::timeout, this, [this] {
        static int handled = 0;
        const int now = s_signals.load();
        if (now == handled)
            return;
        handled = now;
        if (handled == 1) {
            err() << Qt::endl
                  << tr("Stopping … before the point of no return everything done so far is undone; after it "
                        "the "
                        "run stops at a safe point and can be resumed.",
                         "@info")
                  << Qt::endl;
        } else {
            err() << tr("Still stopping safely; please wait.", "@info") << Qt::endl;
        }
        m_session.cancel();
    });
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        err() << m_parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        out().flush();
        return ExitSuccess;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << QStringLiteral("cutover-cli %1").arg(version()) << Qt::endl;
        return ExitSuccess;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_style = m_json
        ? ProgressPrinter::Style::Json
        : (isatty(fileno(stdout)) ? ProgressPrinter::Style::Terminal : ProgressPrinter::Style::Plain);
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1) {
        err() << tr("Give exactly one command: check, migrate, resume, status or backout.", "@info")
              << Qt::endl;
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("catch-up-timeout"))) {
        bool ok = false;
        const int seconds = m_parser.value(QStringLiteral("catch-up-timeout")).toInt(&ok);
        if (!ok || seconds < 5 || seconds > 3600) {
            //: %1 is what the user typed
            err() << tr("“%1” is not a catch-up timeout: give a number of seconds from 5 to 3600.", "@info")
                         .arg(m_parser.value(QStringLiteral("catch-up-timeout")))
                  << Qt::endl;
            return ExitUsage;
        }
    }
    const QString command = positional.first();
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("check"))
        return check();
    if (command == QLatin1String("migrate"))
        return migrate();
    if (command == QLatin1String("resume"))
        return resumeOrBackout(false);
    if (command == QLatin1String("backout"))
        return resumeOrBackout(true);
    //: %1 is what the user typed
    err() << tr("Unknown command “%1”. Use check, migrate, resume, status or backout.", "@info").arg(command)
          << Qt::endl;
    return ExitUsage;
}

void CliApplication::printError(const Result &result)
{
    if (m_json) {
        ProgressPrinter::printJson(QStringLiteral("error"),
            { { QStringLiteral("code"), result.code() }, { QStringLiteral("message"), result.message() },
                { QStringLiteral("details"), result.details() } });
        return;
    }
    err() << result.message() << Qt::endl;
    if (!result.details().isEmpty())
        err() << QStringLiteral("  (") << result.details() << QStringLiteral(")") << Qt::endl;
}

int CliApplication::refuse(const Result &result, int code)
{
    printError(result);
    return code;
}

void CliApplication::applyOptions()
{
    MigrationOptions options;
    options.swapConfiguration = m_parser.isSet(QStringLiteral("swap-configuration"));
    options.migrateLicense = m_parser.isSet(QStringLiteral("migrate-license"));
    options.copyTrafficLogs = m_parser.isSet(QStringLiteral("copy-traffic-logs"));
    options.rehearsal = m_parser.isSet(QStringLiteral("rehearsal"));
    options.physicalCopy = !m_parser.isSet(QStringLiteral("logical-copy"));
    if (m_parser.isSet(QStringLiteral("catch-up-timeout")))
        options.catchUpTimeoutSeconds = m_parser.value(QStringLiteral("catch-up-timeout")).toInt();
    m_session.setOptions(options);
    m_session.setPreferLowDowntime(!m_parser.isSet(QStringLiteral("offline")));
}

Result CliApplication::readPasswords()
{
    QByteArray password;
    //: %1 is an address
    auto r = PasswordReader::read(m_parser.value(QStringLiteral("source-password-file")),
        "CUTOVER_SOURCE_PASSWORD",
        tr("Admin password of the source (%1): ", "@info prompt").arg(m_session.sourceAddress()), &password);
    if (!r)
        return r;
    m_session.setSourcePassword(password);
    password.fill('\0');
    r = PasswordReader::read(m_parser.value(QStringLiteral("target-password-file")),
        "CUTOVER_TARGET_PASSWORD",
        tr("Admin password of the target (%1): ", "@info prompt").arg(m_session.targetAddress()), &password);
    if (!r)
        return r;
    m_session.setTargetPassword(password);
    password.fill('\0');
    // The master of an HA source's group: asked for only when given; empty means the source's.
    if (m_parser.isSet(QStringLiteral("master-password-file"))
        || qEnvironmentVariableIsSet("CUTOVER_MASTER_PASSWORD")) {
        r = PasswordReader::read(m_parser.value(QStringLiteral("master-password-file")),
            "CUTOVER_MASTER_PASSWORD", tr("Admin password of the group's master: ", "@info prompt"),
            &password);
        if (!r)
            return r;
    }
    if (!password.isEmpty() || m_parser.isSet(QStringLiteral("trust-master")))
        m_session.setHaMaster(QString(), m_parser.value(QStringLiteral("trust-master")), password);
    password.fill('\0');
    return Result::ok();
}

Result CliApplication::connect(bool interactiveTrust)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Result r = m_session.connectAppliances();
        if (r || r.code() != QLatin1String("api.untrusted") || !interactiveTrust || m_json
            || !PasswordReader::hasTerminal())
            return r;
        // Trust on first use: show the fingerprint and ask, as the wizard's Source page does.
        const bool isSource = m_session.sourceFingerprint().isEmpty();
        const QString address = isSource ? m_session.sourceAddress() : m_session.targetAddress();
        //: %1 is an address, %2 a SHA-256 fingerprint
        out() << tr(
            "The appliance at %1 presents a certificate with the SHA-256 fingerprint\n  %2\nCompare it with "
            "the fingerprint shown on that appliance's console.",
            "@info")
                     .arg(address, r.details())
              << Qt::endl;
        out().flush();
        if (!PasswordReader::confirm(tr("Trust this certificate? [y/N] ", "@info prompt")))
            return r;
        if (isSource)
            m_session.setSourceFingerprint(r.details());
        else
            m_session.setTargetFingerprint(r.details());
    }
    return m_session.connectAppliances();
}

void CliApplication::printSourceInfo()
{
    const SourceInfo info = m_session.preflightFindings().sourceInfo;
    const auto t = m_session.targetInfo();
    if (m_json) {
        QJsonObject o = info.toJson();
        // With Swap Configuration the target serves at the source's old address afterwards.
        const QString serving
            = m_session.options().swapConfiguration ? info.sourceAddress : m_session.targetAddress();
        o.insert(QStringLiteral("dnsAdviceAfter"), QJsonArray::fromStringList(info.dnsAdviceAfter(serving)));
        ProgressPrinter::printJson(QStringLiteral("source-info"), o);
        return;
    }
    out() << Qt::endl << tr("Source Info", "@title") << Qt::endl;
    out() << QStringLiteral("  ") << tr("License GUID: %1", "@label").arg(info.licenseGuid()) << Qt::endl;
    out() << QStringLiteral("  ") << tr("Host name: %1", "@label").arg(info.hostName()) << Qt::endl;
    out() << QStringLiteral("  ") << tr("Domain name: %1", "@label").arg(info.domainName()) << Qt::endl;
    out() << QStringLiteral("  ") << tr("IP address: %1", "@label").arg(info.ipAddress()) << Qt::endl;
    out() << QStringLiteral("  ") << tr("Server role: %1", "@label").arg(info.serverRoleText()) << Qt::endl;
    out() << QStringLiteral("  ") << info.notice() << Qt::endl;
    const QString advice = info.dnsAdviceText();
    if (!advice.isEmpty())
        out() << Qt::endl << advice << Qt::endl;
    //: %1 is a host name, %2 an address
    out() << tr("Target: %1 (%2)", "@label").arg(t.hostName, m_session.targetAddress()) << Qt::endl
          << Qt::endl;
}

void CliApplication::printPlan()
{
    const auto plan = m_session.plan();
    const auto steps = m_session.planDescriptions();
    if (m_json) {
        QJsonArray array;
        for (int i = 0; i < steps.size(); ++i) {
            array.append(QJsonObject { { QStringLiteral("id"), operationKindId(plan.at(i)) },
                { QStringLiteral("title"), steps[i].first },
                { QStringLiteral("description"), steps[i].second } });
        }
        const CopyPathChoice copyPath = m_session.copyPath();
        ProgressPrinter::printJson(QStringLiteral("plan"),
            { { QStringLiteral("steps"), array },
                { QStringLiteral("pointOfNoReturn"), plan.pointOfNoReturn() },
                { QStringLiteral("options"), plan.options().toJson() },
                { QStringLiteral("copyPath"),
                    QJsonObject { { QStringLiteral("path"), copyPath.pathId() },
                        { QStringLiteral("reason"), copyPath.reasonId() },
                        { QStringLiteral("explanation"), m_session.copyPathExplanation() } } } });
        return;
    }
    out() << m_session.copyPathExplanation() << Qt::endl << Qt::endl;
    out() << (plan.options().rehearsal ? tr("Rehearsal plan (nothing changes on the source):", "@title")
                                       : tr("Migration plan:", "@title"))
          << Qt::endl;
    for (int i = 0; i < steps.size(); ++i) {
        if (i == plan.pointOfNoReturn()) {
            out() << QStringLiteral("  ── ")
                  << tr("point of no return: from here on a failure stops the run for you to resume; it is "
                        "not undone",
                         "@info")
                  << QStringLiteral(" ──") << Qt::endl;
        }
        out() << QStringLiteral("  %1. ").arg(i + 1, 2) << steps[i].first << Qt::endl;
        out() << QStringLiteral("      ") << steps[i].second << Qt::endl;
    }
    out() << Qt::endl;
}

int CliApplication::check()
{
    if (!m_parser.isSet(QStringLiteral("source"))) {
        err() << tr("Give the source appliance with --source ADDRESS.", "@info") << Qt::endl;
        return ExitUsage;
    }
    // The addresses go in as typed: the preflight judges them and says precisely what is wrong.
    m_session.setSourceAddress(m_parser.value(QStringLiteral("source")));
    if (m_parser.isSet(QStringLiteral("target")))
        m_session.setTargetAddress(m_parser.value(QStringLiteral("target")));
    m_session.setSourceFingerprint(m_parser.value(QStringLiteral("trust-source")));
    m_session.setTargetFingerprint(m_parser.value(QStringLiteral("trust-target")));
    m_session.setUser(m_parser.value(QStringLiteral("user")));
    applyOptions();
    if (auto r = readPasswords(); !r)
        return refuse(r, ExitUsage);

    Preflight::Options options;
    options.probeTarget = m_parser.isSet(QStringLiteral("target"));
    options.sourcePinExplicit = m_parser.isSet(QStringLiteral("trust-source"));
    options.targetPinExplicit = m_parser.isSet(QStringLiteral("trust-target"));
    const QString nameserver = qEnvironmentVariable("CUTOVER_DNS_SERVER");
    if (!nameserver.isEmpty())
        options.nameserver = QHostAddress(nameserver);
    if (!m_json)
        out() << tr("Checking the source and the target …", "@info") << Qt::endl;
    const auto findings = m_session.runPreflight(
        options, [this](const RequirementEntry &entry) { printRequirement(entry); },
        [this](const QString &role, const QString &host, const QString &fingerprint) {
            return askTrust(role, host, fingerprint);
        });
    // What the logins found is shown even when a later check refuses: it explains the refusal
    // (an HA source, the DNS changes to make, what the settings copy would change).
    if (findings.loggedIn) {
        printSourceInfo();
        printSettingsDiff();
    }
    if (!findings.passed()) {
        const RequirementEntry blocking = findings.firstBlocking();
        QString message = blocking.reasonText();
        if (!blocking.remedyText().isEmpty())
            message += QLatin1Char(' ') + blocking.remedyText();
        if (m_json) {
            ProgressPrinter::printJson(QStringLiteral("refused"),
                { { QStringLiteral("id"), blocking.id }, { QStringLiteral("message"), message },
                    { QStringLiteral("exitCode"), int(ExitRefused) } });
        } else {
            out() << Qt::endl
                  << tr("Refused: the check above failed. Nothing was changed on either appliance.", "@info")
                  << Qt::endl;
        }
        return ExitRefused;
    }
    printPlan();
    return ExitSuccess;
}

bool CliApplication::askTrust(const QString &role, const QString &host, const QString &fingerprint)
{
    if (m_json || !PasswordReader::hasTerminal())
        return false;
    // Trust on first use: show the fingerprint and ask, as the wizard's Source page does.
    if (role == QLatin1String("master")) {
        //: %1 is an address, %2 a SHA-256 fingerprint
        out() << tr(
            "The master of the source's high-availability group at %1 presents a certificate with the "
            "SHA-256 fingerprint\n  %2\nCompare it with the fingerprint shown on that appliance's console.",
            "@info")
                     .arg(host, fingerprint)
              << Qt::endl;
        out().flush();
        return PasswordReader::confirm(tr("Trust this certificate? [y/N] ", "@info prompt"));
    }
    out() << (role == QLatin1String("source")
            //: %1 is an address, %2 a SHA-256 fingerprint
            ? tr("The source at %1 presents a certificate with the SHA-256 fingerprint\n  %2\nCompare it "
                 "with the fingerprint shown on that appliance's console.",
                "@info")
            //: %1 is an address, %2 a SHA-256 fingerprint
            : tr("The target at %1 presents a certificate with the SHA-256 fingerprint\n  %2\nCompare it "
                 "with the fingerprint shown on that appliance's console.",
                "@info"))
                 .arg(host, fingerprint)
          << Qt::endl;
    out().flush();
    return PasswordReader::confirm(tr("Trust this certificate? [y/N] ", "@info prompt"));
}

void CliApplication::printRequirement(const RequirementEntry &entry)
{
    if (m_json) {
        ProgressPrinter::printJson(QStringLiteral("check"), entry.toJson());
        return;
    }
    const QString mark = entry.satisfied ? QStringLiteral("  ok  ")
        : entry.mandatory                ? QStringLiteral("  FAIL ")
                                         : QStringLiteral("  warn ");
    out() << mark << entry.titleText() << QStringLiteral(": ") << entry.reasonText() << Qt::endl;
    if (!entry.satisfied && !entry.remedyText().isEmpty())
        out() << QStringLiteral("        → ") << entry.remedyText() << Qt::endl;
}

void CliApplication::printSettingsDiff()
{
    const SettingsDiff diff = m_session.settingsDiff();
    if (m_json) {
        ProgressPrinter::printJson(QStringLiteral("settings-diff"), diff.toJson());
        return;
    }
    out() << tr("Settings that change", "@title") << Qt::endl;
    const auto side = [](const QStringList &lines) {
        for (const QString &line : lines)
            out() << QStringLiteral("    ") << line << Qt::endl;
    };
    const QStringList target = diff.describe(SettingsDiff::Side::Target);
    //: %1 is an address
    out() << QStringLiteral("  ") << tr("On the target (%1):", "@label").arg(m_session.targetAddress())
          << Qt::endl;
    if (diff.changes(SettingsDiff::Side::Target).isEmpty())
        out() << QStringLiteral("    ") << tr("No setting changes.", "@info") << Qt::endl;
    side(target);
    //: %1 is an address
    out() << QStringLiteral("  ") << tr("On the source (%1):", "@label").arg(m_session.sourceAddress())
          << Qt::endl;
    if (diff.changes(SettingsDiff::Side::Source).isEmpty())
        out() << QStringLiteral("    ") << tr("No setting changes.", "@info") << Qt::endl;
    side(diff.describe(SettingsDiff::Side::Source));
    out() << Qt::endl;
}

int CliApplication::migrate()
{
    if (!m_parser.isSet(QStringLiteral("source"))) {
        err() << tr("migrate needs --source.", "@info") << Qt::endl;
        return ExitUsage;
    }
    {
        Journal existing(Journal::defaultPath());
        if (existing.exists()) {
            const auto loaded = existing.load();
            if (!loaded)
                return refuse(loaded, ExitNeedsAttention);
            if (existing.needsAttention()) {
                return refuse(
                    Result::error(QStringLiteral("journal.interrupted"),
                        tr("An interrupted migration is in the journal. Run “cutover-cli resume” to finish "
                           "it or “cutover-cli backout” to undo it.",
                            "@info"),
                        existing.path()),
                    ExitNeedsAttention);
            }
        }
    }
    if (const int code = check(); code != ExitSuccess)
        return code;
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        if (m_json || !PasswordReader::hasTerminal()) {
            err() << tr(
                "Not executing without confirmation: there is no terminal to ask on. Add --yes.", "@info")
                  << Qt::endl;
            return ExitUsage;
        }
        if (!PasswordReader::confirm(tr("Execute this plan now? [y/N] ", "@info prompt"))) {
            out() << tr("Nothing was changed.", "@info") << Qt::endl;
            return ExitRefused;
        }
    }
    QObject::connect(&m_session, &MigrationSession::runnerCreated, this,
        [this](Runner *runner) { m_printer = std::make_unique<ProgressPrinter>(runner, m_style); });
    if (auto r = m_session.start(); !r)
        return refuse(r, ExitNeedsAttention);
    return execute();
}

int CliApplication::resumeOrBackout(bool backout)
{
    if (auto r = m_session.loadJournal(); !r)
        return refuse(r, r.code() == QLatin1String("journal.none") ? ExitSuccess : ExitNeedsAttention);
    if (m_parser.isSet(QStringLiteral("source")))
        m_session.setSourceAddress(m_parser.value(QStringLiteral("source")));
    if (m_parser.isSet(QStringLiteral("target")))
        m_session.setTargetAddress(m_parser.value(QStringLiteral("target")));
    if (m_parser.isSet(QStringLiteral("trust-source")))
        m_session.setSourceFingerprint(m_parser.value(QStringLiteral("trust-source")));
    if (m_parser.isSet(QStringLiteral("trust-target")))
        m_session.setTargetFingerprint(m_parser.value(QStringLiteral("trust-target")));
    m_session.setUser(m_parser.value(QStringLiteral("user")));
    if (auto r = readPasswords(); !r)
        return refuse(r, ExitUsage);
    if (auto r = connect(false); !r)
        return refuse(r, ExitNeedsAttention);
    QObject::connect(&m_session, &MigrationSession::runnerCreated, this,
        [this](Runner *runner) { m_printer = std::make_unique<ProgressPrinter>(runner, m_style); });
    const Result r = backout ? m_session.backout() : m_session.resume();
    if (!r)
        return refuse(r, r.code() == QLatin1String("journal.finished") ? ExitSuccess : ExitNeedsAttention);
    return execute();
}

int CliApplication::execute()
{
    watchSignals();
    int exitCode = ExitNeedsAttention;
    QObject::connect(&m_session, &MigrationSession::finished, this,
        [this, &exitCode](Runner::Outcome outcome, const Result &result) {
            exitCode = exitCodeFor(outcome);
            printFinished(outcome, result, exitCode);
            QCoreApplication::exit(exitCode);
        });
    QCoreApplication::exec();
    return exitCode;
}

int CliApplication::exitCodeFor(Runner::Outcome outcome)
{
    switch (outcome) {
    case Runner::Outcome::Succeeded:
        return ExitSuccess;
    case Runner::Outcome::BackedOut:
        return ExitBackedOut;
    case Runner::Outcome::NeedsAttention:
        return ExitNeedsAttention;
    }
    return ExitNeedsAttention;
}

void CliApplication::printFinished(Runner::Outcome outcome, const Result &result, int exitCode)
{
    const Runner *runner = m_session.runner();
    if (m_parser.isSet(QStringLiteral("report")) && runner) {
        if (auto saved = runner->report().save(m_parser.value(QStringLiteral("report"))); !saved)
            printError(saved);
    }
    if (m_json) {
        ProgressPrinter::printJson(QStringLiteral("finished"),
            { { QStringLiteral("outcome"), QString::fromLatin1(outcomeId(outcome)) },
                { QStringLiteral("exitCode"), exitCode }, { QStringLiteral("code"), result.code() },
                { QStringLiteral("message"), result.message() },
                { QStringLiteral("details"), result.details() },
                { QStringLiteral("report"), runner ? runner->report().toJson() : QJsonObject() } });
        return;
    }
    out() << Qt::endl;
    switch (outcome) {
    case Runner::Outcome::Succeeded:
        out() << (m_session.options().rehearsal
                ? tr("Rehearsal complete: the target holds a verified copy. Nothing changed on the source.",
                    "@info")
                : tr("Congratulations! Migration was successfully completed.", "@info"))
              << Qt::endl;
        break;
    case Runner::Outcome::BackedOut:
        out() << tr("The migration failed and was backed out: the source is as it was.", "@info") << Qt::endl;
        out() << result.message() << Qt::endl;
        break;
    case Runner::Outcome::NeedsAttention:
        out() << tr("The migration stopped and needs attention.", "@info") << Qt::endl;
        out() << result.message() << Qt::endl;
        if (!result.details().isEmpty())
            out() << result.details() << Qt::endl;
        break;
    }
    if (runner) {
        for (const auto &line : runner->report().root().lines) {
            if (line != result.message())
                out() << QStringLiteral("  ") << line << Qt::endl;
        }
    }
    if (m_session.journal()) {
        //: %1 is a file path
        out() << tr("Run log: %1", "@info").arg(m_session.journal()->logFilePath()) << Qt::endl;
    }
}

int CliApplication::status()
{
    Journal journal(Journal::defaultPath());
    if (!journal.exists()) {
        if (m_json)
            ProgressPrinter::printJson(
                QStringLiteral("status"), { { QStringLiteral("status"), QStringLiteral("none") } });
        else
            out() << tr("No migration in progress.", "@info") << Qt::endl;
        return ExitSuccess;
    }
    if (auto r = journal.load(); !r)
        return refuse(r, ExitNeedsAttention);
    if (m_json) {
        ProgressPrinter::printJson(QStringLiteral("status"), journal.toJson());
    } else {
        out() << statusSentence(int(journal.status()), journal.runId()) << Qt::endl;
        out() << tr("Source: %1  Target: %2", "@info").arg(journal.source().address, journal.target().address)
              << Qt::endl;
        const auto plan = journal.plan();
        for (int i = 0; i < journal.operationCount(); ++i) {
            if (i == plan.pointOfNoReturn())
                out() << QStringLiteral("  ── ") << tr("point of no return", "@info") << QStringLiteral(" ──")
                      << Qt::endl;
            const auto op = journal.operation(i);
            out() << QStringLiteral("  %1. %2: %3")
                         .arg(i + 1, 2)
                         .arg(operationKindTitle(plan.at(i)), operationStateTitle(op.state))
                  << (op.message.isEmpty() ? QString() : QStringLiteral(" — ") + op.message) << Qt::endl;
        }
        if (!journal.message().isEmpty())
            out() << journal.message() << Qt::endl;
        //: %1 is a file path
        out() << tr("Run log: %1", "@info").arg(journal.logFilePath()) << Qt::endl;
    }
    return journal.needsAttention() ? ExitNeedsAttention : ExitSuccess;
}

QString CliApplication::statusSentence(int status, const QString &runId)
{
    // One whole sentence per state, so a translation never has to fit a status word into another sentence.
    switch (Journal::Status(status)) {
    case Journal::Status::Planned:
        //: %1 is a run id
        return tr("Run %1 is planned; nothing has run yet.", "@info").arg(runId);
    case Journal::Status::Running:
        //: %1 is a run id
        return tr("Run %1 was interrupted while running (or is still running in another window).", "@info")
            .arg(runId);
    case Journal::Status::BackingOut:
        //: %1 is a run id
        return tr("Run %1 was interrupted while backing out.", "@info").arg(runId);
    case Journal::Status::Succeeded:
        //: %1 is a run id
        return tr("Run %1 succeeded.", "@info").arg(runId);
    case Journal::Status::BackedOut:
        //: %1 is a run id
        return tr("Run %1 failed and was backed out.", "@info").arg(runId);
    case Journal::Status::NeedsAttention:
        //: %1 is a run id
        return tr("Run %1 stopped and needs attention.", "@info").arg(runId);
    }
    return runId;
}

void CliApplication::watchSignals()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    m_signalPoll.start();
}

} // namespace cutover
