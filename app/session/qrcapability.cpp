#include "session/qrcapability.h"

#include "api/apiclient.h"
#include "session/session.h"

#include <QSettings>

namespace apipay {

namespace {

QString group(const Session& session)
{
    return QrCapability::settingsKey(session.accountId(), session.mode() == Session::Mode::Demo);
}

} // namespace

QrCapability::QrCapability(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::sessionChanged, this, &QrCapability::onSessionChanged);
    onSessionChanged();
}

QString QrCapability::settingsKey(const QString& accountId, bool demo)
{
    const QString shop = demo ? QStringLiteral("demo") : (accountId.isEmpty() ? QStringLiteral("direct") : accountId);
    return QStringLiteral("qrInvoices/") + shop;
}

void QrCapability::onSessionChanged()
{
    ++m_generation;
    if (!m_session || !m_session->hasSession()) {
        setState(State::Unknown, false);
        return;
    }
    const QUrl base = m_session->baseUrl();
    QSettings settings;
    settings.beginGroup(group(*m_session));
    const QUrl rememberedFor = settings.value(QStringLiteral("baseUrl")).toUrl();
    const QVariant remembered = settings.value(QStringLiteral("available"));
    settings.endGroup();
    m_askedOf = base;
    if (rememberedFor == base && remembered.isValid()) {
        setState(remembered.toBool() ? State::Available : State::Unavailable, false);
        return;
    }
    setState(State::Unknown, false);
    recheck();
}

void QrCapability::recheck()
{
    if (!m_session || !m_session->api() || !m_session->hasSession()) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_session->api()->probeQrInvoices(this, [this, generation](const ApiResult<bool>& result) {
        if (generation != m_generation || !result.ok()) {
            return; // unknown stays unknown: the QR mode is offered and a 404 on create settles it
        }
        setState(result.value ? State::Available : State::Unavailable, true);
    });
}

void QrCapability::markUnavailable()
{
    setState(State::Unavailable, true);
}

void QrCapability::setState(State state, bool remember)
{
    if (remember && m_session) {
        QSettings settings;
        settings.beginGroup(group(*m_session));
        settings.setValue(QStringLiteral("baseUrl"), m_askedOf);
        settings.setValue(QStringLiteral("available"), state == State::Available);
        settings.endGroup();
    }
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace apipay
