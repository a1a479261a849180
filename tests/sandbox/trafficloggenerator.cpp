// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficloggenerator.h"

#include "processcontrol.h"
#include "sandboxfailure.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

namespace cutover::sandbox {

TrafficLogGenerator::TrafficLogGenerator(const QString &directory, const QString &hostName, quint32 seed)
    : m_directory(directory)
    , m_hostName(hostName)
    , m_seed(seed)
{ }

QByteArray TrafficLogGenerator::lines(qint64 bytes, qint64 startSecond)
{
    QRandomGenerator random(m_seed + quint32(startSecond));
    static const char *const methods[] = { "GET", "POST", "CONNECT" };
    static const char *const sites[]
        = { "news.example", "mail.example", "video.example", "shop.example", "cdn.example" };
    QByteArray out;
    out.reserve(bytes + 256);
    qint64 second = startSecond;
    const QByteArray host = m_hostName.toUtf8();
    while (out.size() < bytes) {
        second += random.bounded(3);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
        out += when.toString(QStringLiteral("MMM dd HH:mm:ss")).toLatin1() + ' ' + host + " hotspot-traffic["
            + QByteArray::number(1000 + random.bounded(9000)) + "]: user=guest"
            + QByteArray::number(random.bounded(5000))
            + " mac=02:00:" + QByteArray::number(random.bounded(256), 16).rightJustified(2, '0')
            + ":00:00:01 src=10.8." + QByteArray::number(random.bounded(256)) + '.'
            + QByteArray::number(random.bounded(256)) + ' ' + methods[random.bounded(3)] + ' '
            + sites[random.bounded(5)] + " bytes_in=" + QByteArray::number(random.bounded(2000000))
            + " bytes_out=" + QByteArray::number(random.bounded(200000)) + '\n';
    }
    return out;
}

void TrafficLogGenerator::generate(qint64 totalBytes)
{
    // Newest first: traffic.log, traffic.log.1, then compressed generations.
    const QStringList names { QStringLiteral("traffic.log"), QStringLiteral("traffic.log.1"),
        QStringLiteral("traffic.log.2"), QStringLiteral("traffic.log.3") };
    const qint64 part = totalBytes / names.size();
    const qint64 base = 1767225600; // 2026-01-01, so the content is the same on every run
    for (int i = 0; i < names.size(); ++i) {
        const QString path = m_directory + QLatin1Char('/') + names.at(i);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw SandboxFailure { QStringLiteral("cannot write %1").arg(path) };
        file.write(lines(part, base + qint64(names.size() - i) * 86400));
        file.close();
        if (i >= 2)
            ProcessControl::run(QStringLiteral("gzip"), { QStringLiteral("-n"), QStringLiteral("-f"), path });
    }
}

} // namespace cutover::sandbox
