#include "customerscreenbutton.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

constexpr auto kSettingsKey = "counter/customerScreen";

} // namespace

CustomerScreenButton::CustomerScreenButton(QWidget* parent)
    : QPushButton(parent)
{
    setObjectName(u"customerScreenButton"_s);
    setCheckable(true);
    const bool secondScreen = QGuiApplication::screens().size() > 1;
    setChecked(QSettings().value(QLatin1String(kSettingsKey), secondScreen).toBool());
    // Only what the person does is remembered (clicked, not toggled: setOn() stays a passing state).
    connect(this, &QPushButton::clicked, this,
        [](bool checked) { QSettings().setValue(QLatin1String(kSettingsKey), checked); });
    retranslate();
}

void CustomerScreenButton::setOn(bool on)
{
    setChecked(on);
}

void CustomerScreenButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QPushButton::changeEvent(event);
}

void CustomerScreenButton::retranslate()
{
    setText(tr("Customer screen"));
    setShortcut(QKeySequence(Qt::Key_F11)); // after setText, which replaces the shortcut with the text's mnemonic
    setToolTip(tr("Show each QR full screen for the customer (F11) — on the second screen when one is connected. "
                  "Esc on that screen closes it."));
}

} // namespace apipay
