#include "stalenotice.h"

#include "widgets/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace apipay {

StaleNotice::StaleNotice(QWidget* parent)
    : QFrame(parent)
    , m_textLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
{
    setObjectName(u"staleNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_textLabel->setObjectName(u"staleNoticeLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Wrapped text asks for no width of its own: a long reason makes the notice taller, never the window wider.
    m_textLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_textLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_retryButton->setObjectName(u"staleRetryPushButton"_s);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    connect(m_retryButton, &QPushButton::clicked, this, &StaleNotice::retryRequested);
    m_formatter = [](const QDateTime& utc) { return formatAsOf(utc, QLocale(), QTimeZone::systemTimeZone()); };
    applyColours();
    render();
}

void StaleNotice::setTimeFormatter(std::function<QString(const QDateTime&)> formatter)
{
    if (formatter) {
        m_formatter = std::move(formatter);
        render();
    }
}

QString StaleNotice::formatAsOf(const QDateTime& utc, const QLocale& locale, const QTimeZone& zone)
{
    if (!utc.isValid()) {
        return u"—"_s;
    }
    const QDateTime local = utc.toTimeZone(zone);
    if (local.date() == QDateTime::currentDateTimeUtc().toTimeZone(zone).date()) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    return locale.toString(local, QLocale::ShortFormat);
}

void StaleNotice::showRefreshFailed(const QDateTime& asOfUtc, const QString& reason)
{
    setState(State::RefreshFailed, asOfUtc, reason);
}

void StaleNotice::showLoadingNewQuery(const QDateTime& asOfUtc)
{
    setState(State::LoadingNewQuery, asOfUtc, QString());
}

void StaleNotice::showNewQueryFailed(const QDateTime& asOfUtc, const QString& reason)
{
    setState(State::NewQueryFailed, asOfUtc, reason);
}

void StaleNotice::clearNotice()
{
    setState(State::Fresh, QDateTime(), QString());
}

QString StaleNotice::text() const
{
    return m_text;
}

void StaleNotice::setState(State state, const QDateTime& asOfUtc, const QString& reason)
{
    m_state = state;
    m_asOf = asOfUtc;
    m_reason = reason.trimmed();
    if (!m_reason.isEmpty() && !m_reason.endsWith(u'.') && !m_reason.endsWith(u'!') && !m_reason.endsWith(u'?')
        && !m_reason.endsWith(u'…')) {
        m_reason += u'.';
    }
    render();
}

void StaleNotice::render()
{
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setToolTip(tr("Load again (F5)"));
    m_retryButton->setAccessibleName(tr("Retry loading"));
    const QString asOf = m_formatter ? m_formatter(m_asOf) : QString();
    QString text;
    switch (m_state) {
    case State::Fresh:
        break;
    case State::RefreshFailed:
        text = m_asOf.isValid() ? tr("As of %1 — the refresh failed: %2").arg(asOf, m_reason)
                                : tr("The refresh failed: %1").arg(m_reason);
        break;
    case State::LoadingNewQuery:
        text = tr("Loading the list for the new filter… Shown meanwhile: the previous list, as of %1.").arg(asOf);
        break;
    case State::NewQueryFailed:
        text = tr("The list for the new filter could not be loaded: %1 Shown instead: the previous list, as of %2 — "
                  "it does not follow the new filter.")
                   .arg(m_reason, asOf);
        break;
    }
    m_textLabel->setText(MessageBanner::breakableText(text));
    m_text = text;
    m_retryButton->setVisible(m_state == State::RefreshFailed || m_state == State::NewQueryFailed);
    setAccessibleName(text);
    setVisible(m_state != State::Fresh);
}

void StaleNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    } else if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_applyingColours) {
        applyColours();
    }
    QFrame::changeEvent(event);
}

void StaleNotice::applyColours()
{
    m_applyingColours = true;
    // An amber tint of the window colour: readable on light and dark palettes, and not the red of an error banner —
    // the data below is still there, only older.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    const QColor accent = dark ? QColor(0xf6, 0xc1, 0x5b) : QColor(0xb5, 0x83, 0x00);
    const qreal mix = dark ? 0.22 : 0.14;
    const QColor background = QColor::fromRgbF(window.redF() * (1 - mix) + accent.redF() * mix,
                                               window.greenF() * (1 - mix) + accent.greenF() * mix,
                                               window.blueF() * (1 - mix) + accent.blueF() * mix);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    pal.setColor(QPalette::Light, accent);
    pal.setColor(QPalette::Dark, accent);
    pal.setColor(QPalette::Mid, accent);
    setPalette(pal);
    m_applyingColours = false;
}

} // namespace apipay
