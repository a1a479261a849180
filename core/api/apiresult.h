// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <optional>
#include <utility>

namespace cutover {

/**
 * @brief The outcome of one appliance API call: a value or an ApiError.
 *
 * A small stand-in for std::expected (C++23), so callers write
 * `if (!r) return r.error(); use(r.value());`.
 */
template<typename T> class ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    { }
    ApiResult(ApiError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

/** @brief An ApiResult for calls that return nothing but success. */
template<> class ApiResult<void>
{
public:
    ApiResult() = default;
    ApiResult(ApiError error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
    bool m_ok = true;
};

} // namespace cutover
