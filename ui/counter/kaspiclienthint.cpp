#include "counter/kaspiclienthint.h"

#include "counter/counterformhints.h"
#include "counter/kaspiclientcheck.h"
#include "session/session.h"
#include "widgets/phonelineedit.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

const QString kKnownStyle = u"color: #2e7d32;"_s;
const QString kQuietStyle = u"color: palette(placeholder-text);"_s;

} // namespace

KaspiClientHint::KaspiClientHint(const PageContext& context, PhoneLineEdit* phoneEdit, QWidget* parent)
    : QLabel(parent)
    , m_context(context)
    , m_phoneEdit(phoneEdit)
{
    setObjectName(u"kaspiClientHintLabel"_s);
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
    rebuildCheck();
    connect(m_context.session, &Session::sessionChanged, this, &KaspiClientHint::rebuildCheck);
    connect(m_phoneEdit, &PhoneLineEdit::phoneChanged, this, [this](const std::optional<PhoneNumber>& phone) {
        if (m_check) {
            m_check->setPhone(phone);
        }
    });
}

void KaspiClientHint::rebuildCheck()
{
    // A new shop or server: a new ApiClient, and a check bound to it (the answers of the run are kept).
    if (m_check) {
        m_check->disconnect(this);
        m_check->deleteLater();
    }
    m_check = new KaspiClientCheck(m_context.session->api(), this);
    connect(m_check, &KaspiClientCheck::resultChanged, this, &KaspiClientHint::updateText);
    if (m_phoneEdit) {
        m_check->setPhone(m_phoneEdit->phone());
    }
    updateText();
}

void KaspiClientHint::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
}

void KaspiClientHint::updateText()
{
    QString text;
    QString style;
    switch (m_check ? m_check->result() : KaspiClientCheck::Result::None) {
    case KaspiClientCheck::Result::HasKaspi:
        text = m_check->clientName().isEmpty() ? tr("This number has Kaspi")
                                               : tr("Kaspi: %1").arg(m_check->clientName());
        style = kKnownStyle;
        break;
    case KaspiClientCheck::Result::NoKaspi:
        text = tr("This number has no Kaspi account — the customer will not receive the invoice");
        style = counterform::kWarningStyle;
        break;
    case KaspiClientCheck::Result::NotChecked:
        text = tr("Could not check this number now");
        style = kQuietStyle;
        break;
    case KaspiClientCheck::Result::LimitReached:
        text = tr("Not checked: too many numbers checked in the last minute");
        style = kQuietStyle;
        break;
    case KaspiClientCheck::Result::None:
    case KaspiClientCheck::Result::Checking:
    case KaspiClientCheck::Result::Unsupported:
        break;
    }
    setText(text);
    setStyleSheet(style);
    setVisible(!text.isEmpty());
}

} // namespace apipay
