#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace apipay {

class Session;

// Whether the server of the current shop can make QR invoices (API v2.1; a v2.0 server cannot). The answer is asked
// with one read (ApiClient::probeQrInvoices: GET /invoices/stats, which a v2.0 server answers 404), remembered per
// shop account together with the base URL it was asked of (QSettings), and asked again when the base URL changes.
// A 404 from POST /invoices/qr also marks it unavailable (markUnavailable()).
class QrCapability : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Available, Unavailable };
    Q_ENUM(State)

    explicit QrCapability(Session* session, QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Available; }
    // The server answered 404 to POST /invoices/qr.
    void markUnavailable();
    // Asks the server again (also when an answer is remembered).
    void recheck();

    // The QSettings group of a shop ("demo" for the demo shop, "direct" for a server given directly).
    static QString settingsKey(const QString& accountId, bool demo);

Q_SIGNALS:
    void stateChanged(apipay::QrCapability::State state);

private:
    void onSessionChanged();
    void setState(State state, bool remember);

    QPointer<Session> m_session;
    State m_state = State::Unknown;
    QUrl m_askedOf;
    quint64 m_generation = 0;
};

} // namespace apipay
