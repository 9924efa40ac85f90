#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace apipay {

namespace {

struct Component
{
    const char* name;
    const char* licence;
    const char* resource;
};

// Everything the app links and ships. Texts are embedded from packaging/licenses/.
constexpr Component kComponents[] = {
    { "ApiPay Desk", "GPL-3.0-or-later", ":/licenses/GPL-3.0.txt" },
    { "Qt 6", "LGPL-3.0", ":/licenses/Qt-LGPL-3.0.txt" },
    { "Qt HTTP Server", "GPL-3.0", ":/licenses/GPL-3.0.txt" },
    { "QtKeychain", "BSD-2-Clause / BSD-3-Clause", ":/licenses/QtKeychain-BSD.txt" },
    { "QR Code generator (Nayuki)", "MIT", ":/licenses/qrcodegen-MIT.txt" },
};

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/apipay-desk.svg")).pixmap(64, 64));
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_titleLabel);
    headerText->addWidget(m_versionLabel);
    headerText->addWidget(m_summaryLabel);
    header->addLayout(headerText, 1);

    m_componentList = new QListWidget(this);
    m_componentList->setObjectName(QStringLiteral("componentListWidget"));
    for (const Component& c : kComponents) {
        m_componentList->addItem(QString::fromUtf8(c.name) + QStringLiteral(" — ") + QString::fromUtf8(c.licence));
    }
    // As wide as its longest entry: a licence name cut off ("BSD-3-Claus") says nothing.
    const int listWidth = m_componentList->sizeHintForColumn(0) + 2 * m_componentList->frameWidth()
        + m_componentList->fontMetrics().averageCharWidth() * 2;
    m_componentList->setFixedWidth(listWidth);
    m_licenceText = new QPlainTextEdit(this);
    m_licenceText->setObjectName(QStringLiteral("licenceTextEdit"));
    m_licenceText->setReadOnly(true);
    m_licenceText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Licence texts come with their own line breaks (about 77 columns): wrapping them again at the field's edge gave
    // ragged half-lines. They keep their lines; the dialog is made wide enough for them where the screen allows.
    m_licenceText->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int textWidth = QFontMetrics(m_licenceText->font()).horizontalAdvance(QString(80, u'M'))
        + 2 * m_licenceText->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    connect(m_componentList, &QListWidget::currentRowChanged, this, &AboutDialog::showLicence);

    auto* body = new QHBoxLayout;
    body->addWidget(m_componentList);
    body->addWidget(m_licenceText, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    retranslate();
    m_componentList->setCurrentRow(0);
    const QScreen* screen = this->screen();
    const int available = screen ? screen->availableGeometry().width() * 9 / 10 : 1200;
    resize(std::min(available, listWidth + textWidth + 48), 560);
}

QString AboutDialog::versionText()
{
    const QString revision = qApp->property("apipay.gitRevision").toString();
    const QString version = QCoreApplication::applicationVersion();
    return revision.isEmpty() ? version : tr("%1 (git %2)").arg(version, revision);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About ApiPay Desk"));
    m_titleLabel->setText(tr("ApiPay Desk"));
    m_versionLabel->setText(tr("Version %1 · Qt %2").arg(versionText(), QString::fromLatin1(qVersion())));
    m_summaryLabel->setText(
        tr("Kaspi payments at the counter through the ApiPay.kz API. This program is free software under the GNU "
           "General Public License, version 3 or later. It uses the components listed below under their own "
           "licences."));
    m_componentList->setAccessibleName(tr("Components"));
    m_licenceText->setAccessibleName(tr("Licence text"));
}

void AboutDialog::showLicence(int row)
{
    if (row < 0 || row >= static_cast<int>(std::size(kComponents))) {
        m_licenceText->clear();
        return;
    }
    QFile file(QString::fromUtf8(kComponents[row].resource));
    if (!file.open(QIODevice::ReadOnly)) {
        m_licenceText->setPlainText(tr("The licence text is missing from this build."));
        return;
    }
    m_licenceText->setPlainText(QString::fromUtf8(file.readAll()));
}

} // namespace apipay
