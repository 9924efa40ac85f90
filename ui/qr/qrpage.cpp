#include "qrpage.h"

#include "customerdisplaywindow.h"
#include "qrcountdown.h"
#include "qrdetailspanel.h"
#include "qrexporter.h"
#include "qrfileactions.h"
#include "qrwidget.h"
#include "shell/pagecontext.h"
#include "watch/invoicewatcher.h"

#include <QClipboard>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace apipay {

namespace {

constexpr qint64 kMaxImportBytes = 1024 * 1024;
const char* const kPrintSizeKey = "qr/printSizeCm";

} // namespace

QrPage::QrPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
    , m_timer(new QTimer(this))
    , m_files(new QrFileActions(this))
{
    setObjectName(QStringLiteral("qrPage"));
    setAcceptDrops(true);
    buildUi();
    // "Anywhere in the view": a window shortcut of this page is live while the page is the visible one of the
    // main window, wherever the focus is (the navigation list, a button…). Line edits keep their own Ctrl+V.
    auto* paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WindowShortcut);
    connect(paste, &QShortcut::activated, this, &QrPage::pasteFromClipboard);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &QrPage::updateCountdown);
    connect(m_files, &QrFileActions::fileChosen, this, [this](const QString& path) { importFile(path); });
    connect(m_files, &QrFileActions::failed, this, &QrPage::showError);
    connect(m_files, &QrFileActions::saved, this, [this](const QString& path) {
        if (Notifier* notifier = this->context().notifier) {
            notifier->reportInfo(tr("QR code saved to %1").arg(path));
        }
    });
    if (context.session) {
        if (InvoiceWatcher* watcher = context.session->watcher()) {
            connect(watcher, &InvoiceWatcher::statusesChanged, this, &QrPage::onStatusesChanged);
        }
    }
    retranslate();
    updateDetails();
}

QrPage::~QrPage()
{
    if (m_display) {
        m_display->close();
        delete m_display.data();
    }
}

QString QrPage::title() const
{
    return tr("QR code");
}

void QrPage::refresh()
{
    updateDetails();
}

void QrPage::buildUi()
{
    m_qr = new QrWidget(this);
    m_details = new QrDetailsPanel(this);
    m_message = new QLabel(this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("qrMessageLabel"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_pasteButton = new QPushButton(this);
    m_openButton = new QPushButton(this);
    m_copyApplink = new QPushButton(this);
    m_copyNormal = new QPushButton(this);
    m_savePng = new QPushButton(this);
    m_saveSvg = new QPushButton(this);
    m_printButton = new QPushButton(this);
    m_displayButton = new QPushButton(this);
    m_printSize = new QDoubleSpinBox(this);
    m_printSize->setRange(2.0, 20.0);
    m_printSize->setSingleStep(0.5);
    m_printSize->setDecimals(1);
    m_printSize->setValue(QSettings().value(QLatin1String(kPrintSizeKey), QrExporter::kDefaultPrintSizeCm).toDouble());
    connect(m_printSize, &QDoubleSpinBox::valueChanged, this,
        [](double value) { QSettings().setValue(QLatin1String(kPrintSizeKey), value); });

    connect(m_pasteButton, &QPushButton::clicked, this, &QrPage::pasteFromClipboard);
    connect(m_openButton, &QPushButton::clicked, this, &QrPage::openFile);
    connect(m_savePng, &QPushButton::clicked, this, &QrPage::saveAsPng);
    connect(m_saveSvg, &QPushButton::clicked, this, &QrPage::saveAsSvg);
    connect(m_printButton, &QPushButton::clicked, this, &QrPage::print);
    connect(m_displayButton, &QPushButton::clicked, this, &QrPage::showCustomerDisplay);
    const auto copy = [this](const QString& text, const QString& done) {
        QGuiApplication::clipboard()->setText(text);
        if (context().notifier) {
            context().notifier->reportInfo(done);
        }
    };
    connect(m_copyApplink, &QPushButton::clicked, this, [this, copy] {
        if (m_antom) {
            copy(m_antom->applinkUrl(), tr("The Kaspi app link is on the clipboard."));
        }
    });
    connect(m_copyNormal, &QPushButton::clicked, this, [this, copy] {
        if (m_antom) {
            copy(m_antom->normalUrl(), tr("The web payment link is on the clipboard."));
        }
    });

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_pasteButton, 0, 0);
    buttons->addWidget(m_openButton, 0, 1);
    buttons->addWidget(m_copyApplink, 1, 0);
    buttons->addWidget(m_copyNormal, 1, 1);
    buttons->addWidget(m_savePng, 2, 0);
    buttons->addWidget(m_saveSvg, 2, 1);
    buttons->addWidget(m_printSize, 3, 0);
    buttons->addWidget(m_printButton, 3, 1);
    buttons->addWidget(m_displayButton, 4, 0, 1, 2);

    auto* side = new QVBoxLayout;
    side->addWidget(m_details);
    side->addWidget(m_message);
    side->addLayout(buttons);
    side->addWidget(m_hint);
    side->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_qr, 3);
    layout->addLayout(side, 2);
}

void QrPage::retranslate()
{
    m_pasteButton->setText(tr("Paste"));
    m_pasteButton->setToolTip(tr("Paste an Antom pay response, a codeValue or a URL (Ctrl+V)"));
    m_openButton->setText(tr("Open file…"));
    m_copyApplink->setText(tr("Copy app link"));
    m_copyApplink->setToolTip(tr("The link that opens this payment in the Kaspi app on a phone (Antom’s applinkUrl)"));
    m_copyNormal->setText(tr("Copy web link"));
    m_copyNormal->setToolTip(tr("The link to this payment’s page in a browser (Antom’s normalUrl)"));
    m_savePng->setText(tr("Save PNG…"));
    m_saveSvg->setText(tr("Save SVG…"));
    m_printButton->setText(tr("Print…"));
    m_printSize->setSuffix(tr(" cm"));
    m_printSize->setToolTip(tr("Printed size of the code, quiet zone included"));
    m_displayButton->setText(tr("Customer display"));
    m_hint->setText(tr("Paste (Ctrl+V), drop or open the answer Antom gave for a Kaspi payment (a JSON file or "
                       "text): the QR code is drawn from it. The code on its own, or a payment link, works too."));
    m_qr->setPlaceholderText(tr("No QR code yet.\nPaste an Antom pay response with Ctrl+V, drop a file here, "
                                "or open an invoice's payment link."));
    updateDetails();
}

bool QrPage::importText(const QByteArray& text)
{
    const AntomPayResponse::ParseResult parsed = AntomPayResponse::parse(text);
    if (!parsed.ok()) {
        showError(parsed.errorText);
        return false;
    }
    const AntomPayResponse& response = *parsed.response;
    const QrCode::EncodeResult encoded = QrCode::encode(response.codeValue());
    if (!encoded.ok()) {
        showError(encoded.errorText);
        return false;
    }
    m_code = encoded.code;
    m_antom = response;
    m_title = response.isFullResponse() ? tr("Kaspi payment via Antom") : tr("Imported code");
    m_money.reset();
    m_invoiceId = 0;
    m_invoiceStatus = InvoiceStatus();
    m_expireUtc = response.expireTime();
    m_errorText.clear();
    m_message->setPalette(palette());
    m_message->setText(response.warnings().join(u'\n'));
    m_qr->setCode(m_code);
    updateDetails();
    return true;
}

bool QrPage::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (file.size() > kMaxImportBytes) {
        showError(tr("%1 is too large for an Antom pay response (more than 1 MiB).").arg(QFileInfo(path).fileName()));
        return false;
    }
    return importText(file.readAll());
}

void QrPage::showContent(
    const QString& content, const QString& title, const std::optional<Money>& amount, qint64 invoiceId)
{
    const QrCode::EncodeResult encoded = QrCode::encode(content.trimmed());
    if (!encoded.ok()) {
        showError(encoded.errorText);
        return;
    }
    m_code = encoded.code;
    m_antom.reset();
    m_title = title;
    m_money = amount;
    m_invoiceId = invoiceId;
    m_invoiceStatus = InvoiceStatus();
    m_expireUtc = QDateTime();
    m_errorText.clear();
    m_message->setPalette(palette());
    m_message->clear();
    m_qr->setCode(m_code);
    if (invoiceId > 0 && context().session && context().session->watcher()) {
        context().session->watcher()->watchCustomerWaiting(invoiceId);
    }
    updateDetails();
}

void QrPage::showInvoiceQr(
    qint64 invoiceId, const QString& content, const QString& title, const std::optional<Money>& amount)
{
    showContent(content, title, amount, invoiceId);
}

QString QrPage::countdownText() const
{
    return m_details->field(QrDetailsPanel::Field::Countdown);
}

void QrPage::showError(const QString& text)
{
    m_errorText = text;
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_message->setPalette(pal);
}

QString QrPage::amountText() const
{
    if (m_antom && m_antom->amount()) {
        return m_antom->amount()->format(context().session ? context().session->displayFormat().locale() : QLocale());
    }
    if (m_money) {
        return context().session ? context().session->displayFormat().money(m_money) : m_money->format(QLocale());
    }
    return {};
}

void QrPage::updateDetails()
{
    const bool hasCode = !m_code.isNull();
    m_details->setHeading(hasCode ? m_title : tr("No QR code"));
    const QString amount = amountText();
    m_details->setField(QrDetailsPanel::Field::Amount, amount);
    m_details->setField(QrDetailsPanel::Field::PaymentRequestId, m_antom ? m_antom->paymentRequestId() : QString());
    m_details->setField(QrDetailsPanel::Field::PaymentId,
        m_antom && !m_antom->paymentId().isEmpty() ? m_antom->paymentId()
                                                   : (m_invoiceId > 0 ? tr("Invoice %1").arg(m_invoiceId) : QString()));
    QString status;
    if (m_invoiceId > 0 && (m_invoiceStatus.isKnown() || !m_invoiceStatus.raw().isEmpty())) {
        status = m_invoiceStatus.value() == InvoiceStatus::Paid ? tr("Paid ✓") : m_invoiceStatus.label();
    } else if (m_antom && !m_antom->resultText().isEmpty()) {
        status = m_antom->resultText();
        if (!m_antom->resultMessage().isEmpty()) {
            status += QStringLiteral(" — ") + m_antom->resultMessage();
        }
    }
    m_details->setField(QrDetailsPanel::Field::Status, status);
    m_copyApplink->setEnabled(m_antom && !m_antom->applinkUrl().isEmpty());
    m_copyNormal->setEnabled(m_antom && !m_antom->normalUrl().isEmpty());
    for (QPushButton* button : { m_savePng, m_saveSvg, m_printButton, m_displayButton }) {
        button->setEnabled(hasCode);
    }
    if (m_display) {
        m_display->setPayment(m_code, amount, m_expireUtc, m_invoiceId);
    }
    updateCountdown();
}

void QrPage::updateCountdown()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = QrCountdown::text(m_expireUtc, now);
    m_details->setField(QrDetailsPanel::Field::Countdown, text);
    const bool expired = QrCountdown::isExpired(m_expireUtc, now);
    m_qr->setExpired(expired);
    if (m_expireUtc.isValid() && !expired) {
        if (!m_timer->isActive()) {
            m_timer->start();
        }
    } else {
        m_timer->stop();
    }
}

void QrPage::onStatusesChanged(const QList<InvoiceStatusUpdate>& updates)
{
    for (const InvoiceStatusUpdate& update : updates) {
        if (m_invoiceId > 0 && update.id == m_invoiceId) {
            m_invoiceStatus = update.status;
            m_details->setField(QrDetailsPanel::Field::Status,
                update.status.value() == InvoiceStatus::Paid ? tr("Paid ✓") : update.status.label());
        }
    }
}

void QrPage::pasteFromClipboard()
{
    if (!importMime(QGuiApplication::clipboard()->mimeData())) {
        showError(tr("The clipboard holds neither text nor a file."));
    }
}

bool QrPage::importMime(const QMimeData* mime)
{
    if (!mime) {
        return false;
    }
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
        importFile(mime->urls().constFirst().toLocalFile());
        return true;
    }
    if (mime->hasText()) {
        importText(mime->text().toUtf8());
        return true;
    }
    return false;
}

void QrPage::openFile()
{
    m_files->openResponse();
}

QString QrPage::fileBaseName() const
{
    if (m_antom && !m_antom->paymentRequestId().isEmpty()) {
        return m_antom->paymentRequestId();
    }
    return m_invoiceId > 0 ? QStringLiteral("invoice-%1").arg(m_invoiceId) : QStringLiteral("kaspi-qr");
}

void QrPage::saveAsPng()
{
    m_files->savePng(m_code, fileBaseName());
}

void QrPage::saveAsSvg()
{
    m_files->saveSvg(m_code, fileBaseName(), m_printSize->value() * 10.0);
}

QStringList QrPage::printCaption() const
{
    QStringList lines;
    if (context().session && !context().session->shopName().isEmpty()) {
        lines.append(context().session->shopName());
    }
    if (!m_title.isEmpty()) {
        lines.append(m_title);
    }
    const QString amount = amountText();
    if (!amount.isEmpty()) {
        lines.append(amount);
    }
    return lines;
}

void QrPage::print()
{
    m_files->print(m_code, m_printSize->value(), printCaption());
}

void QrPage::showCustomerDisplay()
{
    if (m_code.isNull()) {
        return;
    }
    if (!m_display) {
        // A top-level window owned by this page (deleted with it); closed with Esc.
        m_display = new CustomerDisplayWindow(context(), this);
        m_display->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_display->setPayment(m_code, amountText(), m_expireUtc, m_invoiceId);
    m_display->showOnCustomerScreen(this);
}

void QrPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if ((mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) || mime->hasText()) {
        event->acceptProposedAction();
    }
}

void QrPage::dropEvent(QDropEvent* event)
{
    if (importMime(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void QrPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    PageWidget::changeEvent(event);
}

} // namespace apipay
