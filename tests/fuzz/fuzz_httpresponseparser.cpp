// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the engine's HTTP response parser (what an appliance, or anything
// pretending to be one, sends back). The first byte picks the flags; the rest is the answer.
// Properties checked besides "no crash, no sanitizer report":
//  - a Complete answer consumes no more than the buffer, has a real status and a bounded body;
//  - once a prefix parses as Complete, the whole buffer parses to the same answer (the parser
//    never looks past the answer it found), so incremental reads cannot change the result;
//  - interpretApiAnswer() turns any status/body into a value or an error with a message.
#include "api/httpresponseparser.h"

#include <cstddef>
#include <cstdint>

using cutover::HttpResponseParser;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool head = data[0] & 1;
    const bool eof = data[0] & 2;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const auto whole = HttpResponseParser::splitResponse(input, head, eof);
    if (whole.state == HttpResponseParser::State::Complete) {
        check(whole.consumed > 0 && whole.consumed <= input.size());
        check(whole.status >= 100 && whole.status <= 999);
        check(whole.body.size() <= HttpResponseParser::MaxBodyBytes);
        check(!head || whole.body.isEmpty());
        const auto answer = HttpResponseParser::interpretApiAnswer(whole.status, whole.body);
        check(bool(answer) || !answer.error().userMessage().isEmpty());
    }

    // A few prefixes: each is either incomplete, malformed, or the same answer as the whole.
    const qsizetype step = qMax<qsizetype>(1, input.size() / 8);
    for (qsizetype n = 0; n < input.size(); n += step) {
        const auto part = HttpResponseParser::splitResponse(input.first(n), head, false);
        if (part.state == HttpResponseParser::State::Complete) {
            const auto again = HttpResponseParser::splitResponse(input, head, false);
            check(again.state == HttpResponseParser::State::Complete);
            check(again.status == part.status && again.body == part.body && again.consumed == part.consumed);
        }
    }
    (void)HttpResponseParser::parse(input);
    return 0;
}
