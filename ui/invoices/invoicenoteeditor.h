#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace apipay {

// The invoice's internal note (v2.1 PATCH /invoices/{id}), under the detail's fields: "Edit note" opens a one-line
// editor (≤ 255 characters, with a counter; Enter saves, Escape cancels). While the answer is awaited the detail keeps
// the old note, marked (savingChanged). A saved invoice goes to the history store at once (local search finds the
// note) and is announced with saved(). The write is never re-sent: a lost answer is settled by reading the invoice
// back. A server that cannot store notes (v2.0: an invoice without the internal_comment key, or a PATCH answered 404 /
// 405) gets no editor, only a one-line reason.
class InvoiceNoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceNoteEditor(const PageContext& context, QWidget* parent = nullptr);

    // The invoice shown by the detail (nullopt: none). `detailLoaded`: the server's own answer is shown, so a missing
    // internal_comment key means the server has no notes.
    void setInvoice(const std::optional<Invoice>& invoice, bool detailLoaded);
    bool isEditing() const;
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void startEditing();
    void save();
    void cancelEditing();

Q_SIGNALS:
    // The server's invoice after the note was stored (or found stored after a lost answer).
    void saved(const apipay::Invoice& invoice);
    // A save is waiting for its answer: the detail marks the note it shows as the old one.
    void savingChanged(bool saving);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Support { Unknown, Yes, No };
    void retranslate();
    void updateState();
    void setSaving(bool saving);
    void finishSaved(const Invoice& invoice);
    void showError(const QString& text);

    PageContext m_context;
    qint64 m_id = 0;
    QString m_note; // as the server has it
    Support m_support = Support::Unknown;
    bool m_saving = false;
    quint64 m_generation = 0; // a save's answer for an invoice no longer shown is not applied here
    QString m_message; // the last error or outcome, translated

    QPushButton* m_editButton = nullptr;
    QWidget* m_editor = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_counter = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
};

} // namespace apipay
