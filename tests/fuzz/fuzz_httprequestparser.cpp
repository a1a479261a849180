// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the HTTP request parser: the first byte picks how the rest is split into
// feed() calls, so both one-shot and incremental parsing (and pipelining) are exercised.
#include "httprequestparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t step = size_t(data[0]) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    cutover::HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 4096;
    cutover::HttpRequestParser parser(limits);
    for (qsizetype pos = 0; pos < input.size(); pos += qsizetype(step)) {
        auto state = parser.feed(input.sliced(pos, qMin<qsizetype>(qsizetype(step), input.size() - pos)));
        while (state == cutover::HttpRequestParser::State::Complete) {
            const cutover::HttpRequest r = parser.takeRequest();
            if (r.body.size() > limits.maxBodyBytes || r.path.isEmpty() || r.path.front() != '/')
                __builtin_trap();
            (void)r.wantsKeepAlive();
            state = parser.resume();
        }
        if (state == cutover::HttpRequestParser::State::Error) {
            const int status = parser.errorStatus();
            if (status != 400 && status != 413 && status != 431 && status != 501 && status != 505)
                __builtin_trap();
            break;
        }
    }
    return 0;
}
