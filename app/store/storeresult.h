#pragma once

#include <QString>

#include <utility>

namespace apipay {

// The outcome of a HistoryStore call: done, or a translated sentence saying what went wrong. Errors are never
// swallowed; a caller shows the message or passes it on.
class StoreStatus
{
public:
    StoreStatus() = default;
    static StoreStatus failure(QString message)
    {
        StoreStatus status;
        status.m_error = std::move(message);
        return status;
    }

    bool ok() const { return m_error.isEmpty(); }
    // Translated; empty when ok().
    const QString& error() const { return m_error; }

private:
    QString m_error;
};

// A value read from the store, or the translated reason why it could not be read.
template <typename T> class StoreResult
{
public:
    StoreResult(T value) // NOLINT(google-explicit-constructor): a value is a success
        : m_value(std::move(value))
    {
    }
    StoreResult(const StoreStatus& failure) // NOLINT(google-explicit-constructor): a failed status is a failure
        : m_error(failure.error())
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    // The value; default-constructed when !ok().
    const T& value() const { return m_value; }
    T& value() { return m_value; }

private:
    T m_value {};
    QString m_error;
};

} // namespace apipay
