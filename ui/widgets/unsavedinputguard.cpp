#include "widgets/unsavedinputguard.h"

#include "widgets/personedits.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
const char* const kWatched = "apipayUnsavedInputWatched";
} // namespace

UnsavedInputGuard::UnsavedInputGuard(QDialog* dialog, std::function<bool()> isSending)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_isSending(std::move(isSending))
{
}

void UnsavedInputGuard::watch(QWidget* root)
{
    if (!root) {
        root = m_dialog;
    }
    const auto edited = [this] { m_edited = true; };
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->property(kWatched).toBool()) {
            continue;
        }
        if (connectPersonEdit(w, this, edited)) {
            w->setProperty(kWatched, true);
        }
    }
}

bool UnsavedInputGuard::mayClose()
{
    if (m_isSending && m_isSending()) {
        return false;
    }
    if (!m_edited || m_discardConfirmed) {
        return true;
    }
    ask();
    return false;
}

QMessageBox* UnsavedInputGuard::question() const
{
    return m_question;
}

void UnsavedInputGuard::ask()
{
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, m_dialog->windowTitle(),
        tr("Discard what you entered? It has not been saved."), QMessageBox::NoButton, m_dialog);
    box->setObjectName(u"discardInputMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardPushButton"_s);
    QPushButton* keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingPushButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() != discard) {
            return;
        }
        m_discardConfirmed = true;
        m_dialog->reject();
    });
    m_question = box;
    box->open();
}

} // namespace apipay
