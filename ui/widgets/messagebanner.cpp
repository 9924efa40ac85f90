#include "messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
    , m_actionButton(new QPushButton(this))
    , m_dismissButton(new QPushButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);

    m_titleLabel->setObjectName(u"bannerTitleLabel"_s);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setWordWrap(true);
    m_textLabel->setObjectName(u"bannerTextLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The labels take the width the window gives them and wrap to it: no minimum width from the text (Ignored), and
    // a height for that width (word wrap).
    for (QLabel* label : { m_titleLabel, m_textLabel }) {
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    }
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_retryButton->setObjectName(u"bannerRetryPushButton"_s);
    m_actionButton->setObjectName(u"bannerActionPushButton"_s);
    m_dismissButton->setObjectName(u"bannerDismissPushButton"_s);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_titleLabel);
    texts->addWidget(m_textLabel);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismissButton, 0, Qt::AlignVCenter);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        auto retry = m_retry;
        dismiss();
        if (retry) {
            retry();
        }
    });
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        auto action = m_action;
        dismiss();
        if (action) {
            action();
        }
    });
    connect(m_dismissButton, &QPushButton::clicked, this, &MessageBanner::dismiss);

    m_actionButton->hide();
    m_retryButton->hide();
    retranslate();
    applyColours();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& title, const QString& text, std::function<void()> retry)
{
    m_kind = kind;
    m_retry = std::move(retry);
    m_action = {};
    m_title = title;
    m_text = text;
    m_titleLabel->setText(breakableText(title));
    m_titleLabel->setVisible(!title.isEmpty());
    m_textLabel->setText(breakableText(text));
    m_textLabel->setVisible(!text.isEmpty());
    m_retryButton->setVisible(bool(m_retry));
    m_actionButton->hide();
    applyColours();
    setAccessibleName(title.isEmpty() ? text : title);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::replaceText(const QString& title, const QString& text)
{
    m_title = title;
    m_text = text;
    m_titleLabel->setText(breakableText(title));
    m_titleLabel->setVisible(!title.isEmpty());
    m_textLabel->setText(breakableText(text));
    m_textLabel->setVisible(!text.isEmpty());
    setAccessibleName(title.isEmpty() ? text : title);
    setAccessibleDescription(text);
}

void MessageBanner::setAction(const QString& label, std::function<void()> action)
{
    m_action = std::move(action);
    m_actionButton->setText(label);
    m_actionButton->setAccessibleName(label);
    m_actionButton->setVisible(bool(m_action));
}

void MessageBanner::setDismissible(bool dismissible)
{
    m_dismissButton->setVisible(dismissible);
}

QString MessageBanner::title() const
{
    return m_title;
}

QString MessageBanner::text() const
{
    return m_text;
}

QString MessageBanner::breakableText(const QString& text)
{
    // After punctuation inside a long run (a path, snake_case, JSON) and, failing that, every kForced characters.
    constexpr int kAfterPunctuation = 10;
    constexpr int kForced = 28;
    static const QString punctuation = u"/\\_.,;:?&=-+{}[]()\"“”«»|"_s;
    const QChar breakHere(0x200B); // ZERO WIDTH SPACE: a line-break opportunity that is not drawn
    QString out;
    out.reserve(text.size() + text.size() / 8);
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        if (c.isSpace()) {
            run = 0;
            continue;
        }
        ++run;
        if ((run >= kAfterPunctuation && punctuation.contains(c)) || run >= kForced) {
            out.append(breakHere);
            run = 0;
        }
    }
    return out;
}

bool MessageBanner::hasRetry() const
{
    return bool(m_retry);
}

void MessageBanner::dismiss()
{
    m_retry = {};
    m_action = {};
    hide();
    Q_EMIT dismissed();
}

void MessageBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_applyingColours) {
        applyColours();
    }
    QFrame::changeEvent(event);
}

void MessageBanner::retranslate()
{
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_dismissButton->setText(tr("Dismiss"));
    m_dismissButton->setAccessibleName(tr("Dismiss message"));
}

void MessageBanner::applyColours()
{
    m_applyingColours = true;
    // Tint the window colour towards the kind's colour, so the banner reads well on light and dark palettes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    QColor accent;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    switch (m_kind) {
    case Kind::Error:
        accent = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        accent = dark ? QColor(0xf6, 0xc1, 0x5b) : QColor(0xb5, 0x83, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Information:
        accent = dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1c, 0x71, 0xd8);
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    const qreal mix = dark ? 0.22 : 0.12;
    const QColor background = QColor::fromRgbF(window.redF() * (1 - mix) + accent.redF() * mix,
        window.greenF() * (1 - mix) + accent.greenF() * mix, window.blueF() * (1 - mix) + accent.blueF() * mix);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    pal.setColor(QPalette::Light, accent);
    pal.setColor(QPalette::Dark, accent);
    pal.setColor(QPalette::Mid, accent);
    setPalette(pal);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    m_applyingColours = false;
}

} // namespace apipay
