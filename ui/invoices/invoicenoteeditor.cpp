#include "invoicenoteeditor.h"

#include "api/apiclient.h"
#include "api/writereadback.h"
#include "store/historystore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceNoteEditor::InvoiceNoteEditor(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"invoiceNoteEditor"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(u"invoiceNoteEditButton"_s);
    connect(m_editButton, &QPushButton::clicked, this, &InvoiceNoteEditor::startEditing);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_editButton);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);

    // The field above, its counter and the buttons below: the detail pane is narrow.
    m_editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* editorRow = new QHBoxLayout;
    m_edit = new QLineEdit(m_editor);
    m_edit->setObjectName(u"invoiceNoteLineEdit"_s);
    m_edit->setMaxLength(ApiClient::kMaxInternalCommentLength);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_counter = new QLabel(m_editor);
    m_counter->setObjectName(u"invoiceNoteCounterLabel"_s);
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(u"255/255"_s));
    m_saveButton = new QPushButton(m_editor);
    m_saveButton->setObjectName(u"invoiceNoteSaveButton"_s);
    m_cancelButton = new QPushButton(m_editor);
    m_cancelButton->setObjectName(u"invoiceNoteCancelButton"_s);
    editorLayout->addWidget(m_edit);
    editorRow->addWidget(m_saveButton);
    editorRow->addWidget(m_cancelButton);
    editorRow->addWidget(m_counter);
    editorRow->addStretch(1);
    editorLayout->addLayout(editorRow);
    layout->addWidget(m_editor);
    connect(m_edit, &QLineEdit::textChanged, this, &InvoiceNoteEditor::updateState);
    connect(m_edit, &QLineEdit::returnPressed, this, &InvoiceNoteEditor::save);
    connect(m_saveButton, &QPushButton::clicked, this, &InvoiceNoteEditor::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &InvoiceNoteEditor::cancelEditing);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"invoiceNoteMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(u"invoiceNoteReasonLabel"_s);
    m_reasonLabel->setWordWrap(true);
    layout->addWidget(m_reasonLabel);

    m_editor->hide();
    retranslate();
    updateState();
}

void InvoiceNoteEditor::retranslate()
{
    m_editButton->setText(tr("Edit note"));
    m_edit->setPlaceholderText(tr("A note only for you (not sent to the customer)"));
    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));
    m_reasonLabel->setText(tr("This server (API v2.0) cannot store notes."));
    updateState();
}

void InvoiceNoteEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

bool InvoiceNoteEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        cancelEditing();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceNoteEditor::setInvoice(const std::optional<Invoice>& invoice, bool detailLoaded)
{
    const qint64 id = invoice ? invoice->id : 0;
    if (id != m_id) {
        ++m_generation;
        m_id = id;
        m_message.clear();
        m_editor->hide();
        setSaving(false);
    }
    if (invoice && invoice->internalComment) {
        m_support = Support::Yes;
        m_note = *invoice->internalComment;
    } else if (invoice && detailLoaded) {
        m_support = Support::No; // the server's answer has no internal_comment: a v2.0 server
    } else if (id != 0 && m_support == Support::No) {
        // Still no on this server until an answer says otherwise.
    } else {
        m_support = Support::Unknown;
    }
    updateState();
}

bool InvoiceNoteEditor::isEditing() const
{
    return !m_editor->isHidden();
}

void InvoiceNoteEditor::startEditing()
{
    if (m_id == 0 || m_support != Support::Yes || m_saving) {
        return;
    }
    m_message.clear();
    m_edit->setText(m_note);
    m_editor->show();
    updateState();
    m_edit->setFocus();
    m_edit->selectAll();
}

void InvoiceNoteEditor::cancelEditing()
{
    if (m_saving) {
        return; // the answer decides; nothing to cancel (the write is not re-sent either way)
    }
    m_editor->hide();
    m_message.clear();
    updateState();
    m_editButton->setFocus();
}

void InvoiceNoteEditor::save()
{
    if (m_id == 0 || m_saving || !isEditing()) {
        return;
    }
    const QString note = m_edit->text().trimmed();
    if (note == m_note) {
        cancelEditing();
        return;
    }
    m_message.clear();
    setSaving(true);
    const quint64 generation = m_generation;
    const qint64 id = m_id;
    ApiClient* api = m_context.session->api();
    api->updateInvoiceNote(id, note, this, [this, generation, id, note, api](const ApiResult<Invoice>& result) {
        if (generation != m_generation) {
            return;
        }
        if (result.ok()) {
            finishSaved(result.value);
            return;
        }
        if (ApiClient::noteUnsupported(result.error)) {
            setSaving(false);
            m_support = Support::No;
            m_editor->hide();
            updateState();
            return;
        }
        if (result.error.kind != ApiError::Kind::OutcomeUnknown) {
            showError(result.error.userText());
            return;
        }
        // The answer was lost: the note may be stored. Read the invoice back instead of sending it again.
        m_message = tr("The connection broke while the note was being saved. Checking what ApiPay has…");
        updateState();
        WriteReadBack::invoiceNote(api, id, note, this,
            [this, generation](
                WriteReadBack::Verdict verdict, const std::optional<Invoice>& invoice, const ApiError& error) {
                if (generation != m_generation) {
                    return;
                }
                switch (verdict) {
                case WriteReadBack::Verdict::Done:
                    finishSaved(*invoice);
                    return;
                case WriteReadBack::Verdict::NotDone:
                    showError(tr("The note was not saved. Press Save to try again."));
                    return;
                case WriteReadBack::Verdict::Unknown:
                    showError(tr("It is not known whether the note was saved (%1). Open the invoice again to see "
                                 "what ApiPay has.")
                                  .arg(error.userText()));
                    return;
                }
            });
    });
}

void InvoiceNoteEditor::finishSaved(const Invoice& invoice)
{
    m_note = invoice.internalComment.value_or(QString());
    m_editor->hide();
    m_message = tr("Note saved.");
    if (HistoryStore* store = m_context.session->history()) {
        store->upsertInvoices({ invoice }); // local search finds the new note at once
    }
    setSaving(false);
    updateState();
    Q_EMIT saved(invoice);
}

void InvoiceNoteEditor::showError(const QString& text)
{
    m_message = text;
    setSaving(false);
    updateState();
    m_edit->setFocus();
}

void InvoiceNoteEditor::setSaving(bool saving)
{
    if (m_saving == saving) {
        return;
    }
    m_saving = saving;
    updateState();
    Q_EMIT savingChanged(saving);
}

void InvoiceNoteEditor::updateState()
{
    const bool supported = m_id != 0 && m_support == Support::Yes;
    m_editButton->setVisible(supported && !isEditing());
    m_reasonLabel->setVisible(m_id != 0 && m_support == Support::No);
    m_edit->setReadOnly(m_saving);
    m_saveButton->setEnabled(!m_saving);
    m_cancelButton->setEnabled(!m_saving);
    //: The characters typed in the note and the most allowed, e.g. "12/255".
    m_counter->setText(tr("%1/%2").arg(m_edit->text().size()).arg(ApiClient::kMaxInternalCommentLength));
    const QString text = m_saving ? tr("Saving the note…") : m_message;
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(m_id != 0 && !text.isEmpty());
    if (!supported && isEditing() && !m_saving) {
        m_editor->hide();
    }
}

} // namespace apipay
