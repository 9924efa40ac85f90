#include "qtkeychainsecretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "apipay.keychain")

namespace apipay {

QtKeychainSecretStore::QtKeychainSecretStore(QObject* parent)
    : SecretStore(parent)
    , m_service(QStringLiteral(APIPAY_APP_ID))
{
}

SecretStore::Status QtKeychainSecretStore::statusFor(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::Unavailable;
    case QKeychain::OtherError:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // libsecret reports D-Bus failures (no bus, no Secret Service, no login collection) as OtherError.
        return Status::Unavailable;
#else
        return Status::Failed;
#endif
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    }
    return Status::Failed;
}

QByteArray QtKeychainSecretStore::fingerprint(const QString& value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256);
}

void QtKeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, QStringLiteral("read"), key, context, std::move(done),
        [this, key](const Result& result) { m_known.insert(key, fingerprint(result.value)); });
}

void QtKeychainSecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    const QByteArray print = fingerprint(value);
    if (m_known.value(key) == print) {
        qCDebug(lcKeychain) << "unchanged, not rewritten:" << key;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done = std::move(done)] {
            if (guard && done) {
                done(Result { Status::Ok, {}, {} });
            }
        });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, QStringLiteral("write"), key, context, std::move(done),
        [this, key, print](const Result&) { m_known.insert(key, print); });
}

void QtKeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    m_known.remove(key);
    run(job, QStringLiteral("remove"), key, context, std::move(done), {});
}

void QtKeychainSecretStore::run(QKeychain::Job* job,
    const QString& operation,
    const QString& key,
    QObject* context,
    Callback done,
    std::function<void(const Result&)> onOk)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    // Shared between the job's answer and the watchdog: whichever comes first finishes the call.
    auto state = std::make_shared<std::pair<bool, Callback>>(false, std::move(done));
    QPointer<QObject> guard(context);
    QPointer<QTimer> watchdog = new QTimer(this);
    watchdog->setSingleShot(true);

    connect(job, &QKeychain::Job::finished, this,
        [state, guard, watchdog, operation, key, onOk = std::move(onOk)](QKeychain::Job* finishedJob) {
            if (watchdog) {
                watchdog->deleteLater();
            }
            if (state->first) {
                return;
            }
            state->first = true;
            Result result;
            result.status = statusFor(finishedJob->error());
            if (result.status == Status::Ok) {
                if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(finishedJob)) {
                    result.value = readJob->textData();
                }
                if (onOk) {
                    onOk(result);
                }
                qCDebug(lcKeychain) << operation << "ok:" << key;
            } else {
                result.errorText = finishedJob->errorString();
                qCInfo(lcKeychain) << operation << "failed:" << key << "error" << int(finishedJob->error())
                                   << finishedJob->errorString();
            }
            if (guard && state->second) {
                state->second(result);
            }
        });
    connect(watchdog, &QTimer::timeout, this, [this, state, guard, watchdog, operation, key] {
        if (watchdog) {
            watchdog->deleteLater();
        }
        if (state->first) {
            return;
        }
        state->first = true;
        qCWarning(lcKeychain) << operation << "got no answer within" << m_watchdogMs << "ms:" << key;
        Result result { Status::Unavailable, {},
            QCoreApplication::translate(
                "apipay::QtKeychainSecretStore", "The system keychain did not answer in time.") };
        if (guard && state->second) {
            state->second(result);
        }
    });
    watchdog->start(m_watchdogMs);
    job->start();
}

} // namespace apipay
