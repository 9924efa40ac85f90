#include "endofdaydialog.h"

#include "endofdayprinting.h"

#include "store/historystore.h"
#include "widgets/filedialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

EndOfDayDialog::EndOfDayDialog(const PageContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_dayLabel(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_printButton(new QPushButton(this))
    , m_previewButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"endOfDayDialog"_s);
    m_day->setObjectName(u"reportDayEdit"_s);
    m_status->setObjectName(u"reportStatusLabel"_s);
    m_printButton->setObjectName(u"printReportButton"_s);
    m_previewButton->setObjectName(u"previewReportButton"_s);
    m_pdfButton->setObjectName(u"savePdfButton"_s);
    m_status->setWordWrap(true);

    const DisplayFormat format = m_context.session ? m_context.session->displayFormat() : DisplayFormat();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(format.zone()).date();
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(today);
    m_day->setDate(today);
    m_day->setDisplayFormat(format.dateFormat());

    auto* form = new QFormLayout;
    m_dayLabel->setBuddy(m_day);
    form->addRow(m_dayLabel, m_day);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_printButton, &QPushButton::clicked, this, &EndOfDayDialog::printReport);
    connect(m_previewButton, &QPushButton::clicked, this, &EndOfDayDialog::previewReport);
    connect(m_pdfButton, &QPushButton::clicked, this, &EndOfDayDialog::chooseFile);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_context.session) {
        connect(m_context.session, &Session::historyChanged, this, &EndOfDayDialog::updateState);
    }
    retranslate();
}

QDate EndOfDayDialog::day() const
{
    return m_day->date();
}

void EndOfDayDialog::setDay(QDate day)
{
    m_day->setDate(day);
}

QString EndOfDayDialog::statusText() const
{
    return m_status->text();
}

void EndOfDayDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void EndOfDayDialog::retranslate()
{
    setWindowTitle(tr("End-of-day report"));
    m_dayLabel->setText(tr("&Day:"));
    m_printButton->setText(tr("&Print…"));
    m_previewButton->setText(tr("Pre&view…"));
    m_pdfButton->setText(tr("&Save as PDF…"));
    m_closeButton->setText(tr("Close"));
    updateState();
}

void EndOfDayDialog::updateState()
{
    HistoryStore* store = m_context.session ? m_context.session->history() : nullptr;
    const bool usable = store && store->isOpen();
    for (QPushButton* button : { m_printButton, m_previewButton, m_pdfButton }) {
        button->setEnabled(usable);
    }
    if (!usable) {
        m_status->setText(tr("No history on this computer yet."));
    } else if (m_status->text() == tr("No history on this computer yet.")) {
        m_status->clear();
    }
}

std::optional<overview::EndOfDayReport> EndOfDayDialog::report()
{
    HistoryStore* store = m_context.session ? m_context.session->history() : nullptr;
    if (!store || !store->isOpen()) {
        m_status->setText(tr("No history on this computer yet."));
        return std::nullopt;
    }
    const auto built = overview::EndOfDayReport::build(*store, day(), m_context.session->displayFormat(),
        m_context.session->shopName(), QDateTime::currentDateTimeUtc());
    if (!built.ok()) {
        m_status->setText(built.error());
        return std::nullopt;
    }
    return built.value();
}

void EndOfDayDialog::printReport()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (const auto built = report()) {
            endofday::print(*built, printer);
            m_status->setText(tr("The report was sent to the printer."));
        }
    });
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    dialog->open();
}

void EndOfDayDialog::previewReport()
{
    const auto built = report();
    if (!built) {
        return;
    }
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(u"reportPreviewDialog"_s);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("End-of-day report"));
    const overview::EndOfDayReport shown = *built;
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
        [shown](QPrinter* target) { endofday::print(shown, target); });
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    preview->open();
}

void EndOfDayDialog::chooseFile()
{
    const auto built = report();
    if (!built) {
        return;
    }
    auto* files = newFileDialog(
        this, tr("Save the end-of-day report"), AppSettings::FileKind::Report, built->defaultFileName());
    files->setObjectName(u"reportFileDialog"_s);
    files->setNameFilter(tr("PDF files (*.pdf)"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(u"pdf"_s);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& filePath) { saveTo(filePath); });
    files->open();
}

bool EndOfDayDialog::saveTo(const QString& filePath)
{
    const auto built = report();
    if (!built) {
        Q_EMIT pdfSaved(false, filePath);
        return false;
    }
    QString error;
    const bool ok = endofday::savePdf(*built, filePath, &error);
    m_status->setText(ok ? tr("Saved to %1").arg(QDir::toNativeSeparators(filePath)) : error);
    Q_EMIT pdfSaved(ok, filePath);
    return ok;
}

} // namespace apipay
