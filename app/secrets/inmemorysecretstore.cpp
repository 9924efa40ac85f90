#include "inmemorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace apipay {

void InMemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    ++m_counts[0];
    finish(Operation::Read, key, context, std::move(done), [this, key] {
        const auto it = m_values.constFind(key);
        if (it == m_values.constEnd()) {
            return Result { Status::NotFound, {}, {} };
        }
        return Result { Status::Ok, *it, {} };
    });
}

void InMemorySecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    ++m_counts[1];
    finish(Operation::Write, key, context, std::move(done), [this, key, value] {
        m_values.insert(key, value);
        return Result { Status::Ok, {}, {} };
    });
}

void InMemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    ++m_counts[2];
    finish(Operation::Remove, key, context, std::move(done), [this, key] {
        if (m_values.remove(key) == 0) {
            return Result { Status::NotFound, {}, {} };
        }
        return Result { Status::Ok, {}, {} };
    });
}

void InMemorySecretStore::failNext(Operation operation, Status status, int times, const QString& errorText)
{
    for (int i = 0; i < times; ++i) {
        m_injected.append({ operation, status, errorText });
    }
}

bool InMemorySecretStore::takeInjected(Operation operation, Result* result)
{
    for (qsizetype i = 0; i < m_injected.size(); ++i) {
        if (m_injected.at(i).operation == operation) {
            *result = Result { m_injected.at(i).status, {}, m_injected.at(i).errorText };
            m_injected.removeAt(i);
            return true;
        }
    }
    return false;
}

void InMemorySecretStore::finish(
    Operation operation, const QString& key, QObject* context, Callback done, std::function<Result()> perform)
{
    if (m_delayMs < 0) {
        return; // simulates a backend that never answers
    }
    Result injected;
    const bool fail = takeInjected(operation, &injected);
    QPointer<QObject> guard(context);
    QTimer::singleShot(m_delayMs, this,
        [this, operation, key, guard, fail, injected, done = std::move(done), perform = std::move(perform)] {
            const Result result = fail ? injected : perform();
            Q_EMIT finished(operation, key, result.status);
            if (guard && done) {
                done(result);
            }
        });
}

} // namespace apipay
