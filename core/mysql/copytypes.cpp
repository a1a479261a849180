// SPDX-License-Identifier: GPL-3.0-or-later
#include "copytypes.h"

#include "copylog.h"
#include "mysqlconnection.h"

namespace cutover {

Q_LOGGING_CATEGORY(lcCoreCopy, "cutover.core.copy")

QString CopyChunk::displayName() const
{
    const QString name = MysqlConnection::qualified(schema, table);
    if (chunkColumn.isEmpty())
        return name;
    return QStringLiteral("%1 %2 in [%3, %4)")
        .arg(name, MysqlConnection::quoteIdentifier(chunkColumn),
            lower.isEmpty() ? QStringLiteral("-inf") : lower,
            upper.isEmpty() ? QStringLiteral("+inf") : upper);
}

} // namespace cutover
