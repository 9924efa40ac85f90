#include "countermodeswitch.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

const QString kSettingsKey = u"counter/mode"_s;

} // namespace

CounterModeSwitch::CounterModeSwitch(QrCapability* capability, QWidget* parent)
    : QWidget(parent)
    , m_capability(capability)
    , m_phone(new QPushButton(this))
    , m_qr(new QPushButton(this))
    , m_group(new QButtonGroup(this))
    , m_reason(new QLabel(this))
{
    setObjectName(u"counterModeSwitch"_s);
    m_phone->setObjectName(u"phoneModeButton"_s);
    m_qr->setObjectName(u"qrModeButton"_s);
    m_reason->setObjectName(u"qrUnavailableLabel"_s);
    for (QPushButton* button : { m_phone, m_qr }) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_group->setExclusive(true);
    m_group->addButton(m_phone, 0);
    m_group->addButton(m_qr, 1);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_reason->hide();
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_phone);
    row->addWidget(m_qr);
    row->addWidget(m_reason);
    row->addStretch(1);

    m_chosen = QSettings().value(kSettingsKey).toString() == u"qr" ? Mode::Qr : Mode::Phone;
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked) {
            return;
        }
        const Mode mode = id == 1 ? Mode::Qr : Mode::Phone;
        if (m_qr->isEnabled()) { // a forced "by phone" (QR unavailable) is not the person's choice
            m_chosen = mode;
            QSettings().setValue(kSettingsKey, mode == Mode::Qr ? u"qr"_s : u"phone"_s);
        }
        Q_EMIT modeChanged(mode);
    });
    if (m_capability) {
        connect(m_capability, &QrCapability::stateChanged, this, &CounterModeSwitch::applyCapability);
    }
    retranslate();
    applyCapability();
}

CounterModeSwitch::Mode CounterModeSwitch::mode() const
{
    return m_qr->isChecked() ? Mode::Qr : Mode::Phone;
}

void CounterModeSwitch::setMode(Mode mode)
{
    (mode == Mode::Qr && m_qr->isEnabled() ? m_qr : m_phone)->setChecked(true);
}

void CounterModeSwitch::applyCapability()
{
    const bool unavailable = m_capability && m_capability->state() == QrCapability::State::Unavailable;
    m_qr->setEnabled(!unavailable);
    m_reason->setVisible(unavailable);
    const Mode wanted = unavailable ? Mode::Phone : m_chosen;
    if (mode() != wanted || m_group->checkedId() < 0) {
        (wanted == Mode::Qr ? m_qr : m_phone)->setChecked(true);
    }
}

void CounterModeSwitch::retranslate()
{
    m_phone->setText(tr("By p&hone"));
    m_qr->setText(tr("Q&R"));
    m_qr->setToolTip(tr("The customer scans a QR code with the Kaspi app: amount, Enter, done."));
    m_reason->setText(tr("This server (API v2.0) has no QR invoices"));
}

void CounterModeSwitch::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace apipay
