// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkeddecoder.h"

namespace cutover {

namespace {
constexpr int kMaxLine = 1024;
}

ChunkedDecoder::Result ChunkedDecoder::feed(const char *data, qint64 size, QByteArray *out)
{
    qint64 pos = 0;
    while (pos < size || m_state == State::Done || m_state == State::Failed) {
        switch (m_state) {
        case State::Done:
            return Result::Complete;
        case State::Failed:
            return Result::Error;
        case State::Data: {
            const qint64 n = qMin(m_remaining, size - pos);
            out->append(data + pos, n);
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::DataEnd;
            break;
        }
        case State::SizeLine:
        case State::DataEnd:
        case State::Trailer: {
            const char c = data[pos++];
            if (c != '\n') {
                m_line.append(c);
                if (m_line.size() > kMaxLine)
                    m_state = State::Failed;
                break;
            }
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            const QByteArray line = m_line;
            m_line.clear();
            if (m_state == State::DataEnd) {
                m_state = line.isEmpty() ? State::SizeLine : State::Failed;
            } else if (m_state == State::Trailer) {
                if (line.isEmpty())
                    m_state = State::Done;
            } else {
                // "1a2b;extension" — the extensions mean nothing to us.
                const int semicolon = line.indexOf(';');
                bool ok = false;
                const qint64 n = (semicolon >= 0 ? line.left(semicolon) : line).trimmed().toLongLong(&ok, 16);
                if (!ok || n < 0)
                    m_state = State::Failed;
                else if (n == 0)
                    m_state = State::Trailer;
                else {
                    m_remaining = n;
                    m_state = State::Data;
                }
            }
            break;
        }
        }
    }
    return Result::NeedMore;
}

} // namespace cutover
