#include "catalog/catalogbatchdialog.h"

#include "catalog/catalogbatchuploader.h"
#include "catalog/catalogimagepicker.h"
#include "catalog/catalogitemroweditor.h"

#include "api/writereadback.h"
#include "shell/pagecontext.h"
#include "widgets/dialogfitter.h"
#include "widgets/unsavedinputguard.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace apipay {

CatalogBatchDialog::CatalogBatchDialog(const PageContext& context, const QList<CatalogUnit>& units, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_units(units)
    , m_rowsLayout(new QVBoxLayout)
    , m_addRowButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_cancelSendingButton(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_guard(new UnsavedInputGuard(this, [this] { return isBusy(); }))
{
    new DialogFitter(this); // a message or a hint that appears makes the dialog taller instead of being cut
    setObjectName(u"catalogBatchDialog"_s);
    setWindowTitle(tr("Add catalog items"));
    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->addLayout(m_rowsLayout);
    bodyLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);

    m_hintLabel->setWordWrap(true);
    m_hintLabel->setText(tr("Add up to %1 items. Pictures: JPEG, PNG, GIF or WEBP; other types and files over 6 MB "
                            "are converted to JPEG or PNG before sending. New items are pending until the service "
                            "activates them.")
                             .arg(kMaxRows));
    m_generalError->setObjectName(u"generalErrorLabel"_s);
    m_generalError->setWordWrap(true);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_generalError->setStyleSheet(dark ? u"color: #ff8a80;"_s : u"color: #c62828;"_s);
    m_generalError->hide();

    m_addRowButton->setObjectName(u"addRowPushButton"_s);
    m_addRowButton->setText(tr("Add &row"));
    m_addRowButton->setAccessibleName(tr("Add another item row"));
    connect(m_addRowButton, &QPushButton::clicked, this, [this] {
        if (CatalogItemRowEditor* row = addRow()) {
            row->nameEdit()->setFocus();
        }
    });

    m_progress->setAccessibleName(tr("Sending progress"));
    m_cancelSendingButton->setObjectName(u"cancelSendingPushButton"_s);
    m_cancelSendingButton->setText(tr("S&top sending"));
    m_cancelSendingButton->setAccessibleName(tr("Stop sending the items"));
    connect(m_cancelSendingButton, &QPushButton::clicked, this, &CatalogBatchDialog::stopSending);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelSendingButton);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save items"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogBatchDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CatalogBatchDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_generalError);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_addRowButton, 0, Qt::AlignLeft);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
    setBusy(false);
    resize(860, 560);
    addRow();
}

CatalogBatchDialog::~CatalogBatchDialog() = default;

CatalogItemRowEditor* CatalogBatchDialog::addRow()
{
    if (m_rows.size() >= kMaxRows) {
        return nullptr;
    }
    auto* row
        = new CatalogItemRowEditor(int(m_rows.size()) + 1, m_units, m_context.session->displayFormat().locale(), this);
    connect(row, &CatalogItemRowEditor::removeRequested, this, &CatalogBatchDialog::removeRow);
    connect(row->imagePicker(), &CatalogImagePicker::changed, m_guard, &UnsavedInputGuard::markEdited);
    m_guard->watch(row);
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    m_addRowButton->setEnabled(m_rows.size() < kMaxRows);
    renumber();
    return row;
}

void CatalogBatchDialog::removeRow(CatalogItemRowEditor* row)
{
    if (m_uploader || m_rows.size() <= 1) {
        if (m_rows.size() == 1 && !m_uploader) {
            // The last row is cleared rather than removed.
            m_rows.first()->deleteLater();
            m_rows.clear();
            addRow();
        }
        return;
    }
    m_rows.removeOne(row);
    row->deleteLater();
    m_addRowButton->setEnabled(true);
    renumber();
}

void CatalogBatchDialog::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i)->setNumber(i + 1);
    }
}

void CatalogBatchDialog::setUnits(const QList<CatalogUnit>& units)
{
    m_units = units;
    for (CatalogItemRowEditor* row : std::as_const(m_rows)) {
        row->setUnits(units, m_context.session->displayFormat().locale());
    }
}

void CatalogBatchDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_cancelSendingButton->setVisible(busy);
    m_cancelSendingButton->setEnabled(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_addRowButton->setEnabled(!busy && m_rows.size() < kMaxRows);
    for (CatalogItemRowEditor* row : std::as_const(m_rows)) {
        row->setEnabled(!busy);
    }
}

void CatalogBatchDialog::submit()
{
    if (m_uploader) {
        return;
    }
    if (!m_uncheckedRows.isEmpty()) {
        settleUnknownCreate(); // the last items may exist: look again, never create them twice
        return;
    }
    m_generalError->hide();
    QList<CatalogBatchUploader::Entry> entries;
    QList<CatalogItemRowEditor*> sent;
    bool ok = true;
    for (CatalogItemRowEditor* row : std::as_const(m_rows)) {
        row->clearErrors();
        if (row->isBlank()) {
            continue;
        }
        const std::optional<CatalogItemDraft> draft = row->draft();
        if (!draft) {
            ok = false;
            continue;
        }
        entries.append({ *draft, row->image() });
        sent.append(row);
    }
    if (!ok) {
        return;
    }
    if (entries.isEmpty()) {
        m_generalError->setText(tr("Fill in at least one item: a name, a price and a unit."));
        m_generalError->show();
        m_rows.first()->nameEdit()->setFocus();
        return;
    }
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_uploader = new CatalogBatchUploader(m_context.session->api(), entries, this);
    m_progress->setRange(0, m_uploader->totalSteps());
    m_progress->setValue(0);
    connect(m_uploader, &CatalogBatchUploader::progress, this, [this](int done, int total, const QString& what) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progressLabel->setText(what);
    });
    connect(
        m_uploader, &CatalogBatchUploader::finished, this, [this, sent, entries](const CatalogCreateResult& result) {
            m_uploader->deleteLater();
            m_uploader = nullptr;
            setBusy(false);
            QHash<qint64, QByteArray> images;
            if (result.created.size() == entries.size()) {
                for (int i = 0; i < entries.size(); ++i) {
                    if (entries.at(i).image) {
                        images.insert(result.created.at(i).id, entries.at(i).image->bytes);
                    }
                }
            }
            Q_EMIT itemsCreated(result, images);
            accept();
        });
    connect(m_uploader, &CatalogBatchUploader::failed, this, [this, sent](const ApiError& error, int entryIndex) {
        m_uploader->deleteLater();
        m_uploader = nullptr;
        setBusy(false);
        if (entryIndex < 0 && error.mayHaveBeenCarriedOut()) {
            m_uncheckedRows.clear();
            for (CatalogItemRowEditor* row : sent) {
                m_uncheckedRows.append(row);
            }
            settleUnknownCreate();
            return;
        }
        showFailure(error, entryIndex, sent);
    });
    connect(m_uploader, &CatalogBatchUploader::cancelled, this,
        [this, sent](const CatalogCreateResult& createdSoFar, int entriesSent) {
            m_uploader->deleteLater();
            m_uploader = nullptr;
            setBusy(false);
            if (entriesSent == 0) {
                m_generalError->setText(tr("Sending stopped. Nothing was created; press Save to try again."));
                m_generalError->show();
                return;
            }
            // The rows already answered are in the catalog (or were refused): they leave the form, so that Save
            // sends only the rest.
            for (int i = 0; i < entriesSent && i < sent.size(); ++i) {
                removeRow(sent.at(i));
            }
            Q_EMIT itemsCreated(createdSoFar, {});
            m_generalError->setText(tr("Sending stopped. %n item(s) were created and are in the catalog; the rows "
                                       "left here were not sent — press Save to send them.",
                nullptr, int(createdSoFar.created.size())));
            m_generalError->show();
        });
    setBusy(true);
    m_cancelSendingButton->setFocus();
    m_uploader->start();
}

void CatalogBatchDialog::showFailure(const ApiError& error, int entryIndex, const QList<CatalogItemRowEditor*>& sent)
{
    if (entryIndex >= 0 && entryIndex < sent.size()) {
        sent.at(entryIndex)
            ->showError(u"image_id"_s,
                error.kind == ApiError::Kind::OutcomeUnknown && error.sizeLimit == 0
                    ? WriteReadBack::uploadOutcomeUnknownText()
                    : error.userText());
        return;
    }
    bool placed = false;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QStringList parts = it.key().split(u'.');
        bool isRow = false;
        const int index = parts.size() >= 3 && parts.first() == u"items" ? parts.at(1).toInt(&isRow) : -1;
        if (isRow && index >= 0 && index < sent.size()) {
            sent.at(index)->showError(parts.at(2), it.value().join(u' '));
            placed = true;
        }
    }
    if (!placed) {
        m_generalError->setText(error.userText());
        m_generalError->show();
    }
}

void CatalogBatchDialog::settleUnknownCreate()
{
    QStringList names;
    for (const QPointer<CatalogItemRowEditor>& row : std::as_const(m_uncheckedRows)) {
        if (row) {
            names.append(row->nameEdit()->text().trimmed());
        }
    }
    setBusy(true);
    m_generalError->setText(tr("The connection broke before ApiPay confirmed the items. Checking whether they were "
                               "created…"));
    m_generalError->show();
    WriteReadBack::catalogCreation(m_context.session->api(), names, m_sentAt, this,
        [this](WriteReadBack::Verdict verdict, const QList<CatalogItem>& found, const ApiError& error) {
            setBusy(false);
            if (verdict == WriteReadBack::Verdict::Unknown) {
                m_generalError->setText(tr("Could not check whether the items were created: %1 Press Save to check "
                                           "again; nothing is sent until it is known.")
                                            .arg(error.userText()));
                return;
            }
            const QList<QPointer<CatalogItemRowEditor>> unchecked = std::exchange(m_uncheckedRows, {});
            if (verdict == WriteReadBack::Verdict::NotDone) {
                m_generalError->setText(tr("Nothing was created: the request did not reach ApiPay. Press Save to send "
                                           "the items again."));
                return;
            }
            // The rows whose items are in the catalog leave the form; the others were not created.
            QList<CatalogItem> left = found;
            for (const QPointer<CatalogItemRowEditor>& row : unchecked) {
                const QString name = row ? row->nameEdit()->text().trimmed() : QString();
                for (qsizetype i = 0; row && i < left.size(); ++i) {
                    if (left.at(i).name == name) {
                        left.removeAt(i);
                        removeRow(row);
                        break;
                    }
                }
            }
            CatalogCreateResult result;
            result.created = found;
            Q_EMIT itemsCreated(result, {});
            if (found.size() == unchecked.size()) {
                m_guard->markSaved(); // every row is in the catalog
                accept();
                return;
            }
            m_generalError->setText(tr("%n item(s) were created and are in the catalog; the rows left here were not "
                                       "created — press Save to send them.",
                nullptr, int(found.size())));
        });
}

void CatalogBatchDialog::reject()
{
    if (m_uploader) {
        // Esc while sending means "stop": the dialog stays open and says what was created.
        stopSending();
        return;
    }
    if (!m_guard->mayClose()) {
        return;
    }
    QDialog::reject();
}

void CatalogBatchDialog::stopSending()
{
    if (!m_uploader) {
        return;
    }
    m_uploader->cancel();
    if (m_uploader && m_uploader->isStopping()) {
        m_cancelSendingButton->setEnabled(false);
        m_progressLabel->setText(tr("Stopping after the items on their way are answered…"));
    }
}

} // namespace apipay
