// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cutover {

/**
 * @brief Decodes an HTTP/1.1 chunked body incrementally and tells a complete body (the
 * terminating zero-length chunk and the empty line after it arrived) from one that stopped.
 */
class ChunkedDecoder
{
public:
    enum class Result { NeedMore, Complete, Error };

    /** @brief Appends the payload found in @p data to @p out. Bytes after the end are ignored. */
    Result feed(const char *data, qint64 size, QByteArray *out);
    bool isComplete() const { return m_state == State::Done; }

private:
    enum class State { SizeLine, Data, DataEnd, Trailer, Done, Failed };
    State m_state = State::SizeLine;
    QByteArray m_line;
    qint64 m_remaining = 0;
};

} // namespace cutover
