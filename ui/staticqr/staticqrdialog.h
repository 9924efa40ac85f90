#pragma once

#include "shell/pagecontext.h"

#include "domain/staticqr.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace apipay {

class MoneyLineEdit;
class SubscriptionCartEditor;
class UnsavedInputGuard;

// "New QR sheet": a fixed amount or items from the catalog, single use (on by default), an optional expiry in the
// future, a description of at most 100 characters. Accepting it only closes it with a checked draft(); the page
// sends the request.
class StaticQrDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StaticQrDialog(const PageContext& context, QWidget* parent = nullptr);

    StaticQrDraft draft() const;

    MoneyLineEdit* amountEdit() const { return m_amountEdit; }
    QRadioButton* amountRadio() const { return m_amountRadio; }
    QRadioButton* cartRadio() const { return m_cartRadio; }
    SubscriptionCartEditor* cartEditor() const { return m_cartEditor; }
    QLineEdit* descriptionEdit() const { return m_descriptionEdit; }
    QCheckBox* singleUseCheckBox() const { return m_singleUseCheck; }
    QCheckBox* expiresCheckBox() const { return m_expiresCheck; }
    QDateTimeEdit* expiresEdit() const { return m_expiresEdit; }
    QLabel* errorLabel() const { return m_errorLabel; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QDateTime shopWallClock(const QDateTime& utc) const;
    void retranslate();
    void updateMode();

    PageContext m_context;
    QRadioButton* m_amountRadio;
    MoneyLineEdit* m_amountEdit;
    QRadioButton* m_cartRadio;
    SubscriptionCartEditor* m_cartEditor;
    QLabel* m_descriptionLabel;
    QLineEdit* m_descriptionEdit;
    QCheckBox* m_singleUseCheck;
    QCheckBox* m_expiresCheck;
    QDateTimeEdit* m_expiresEdit;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    UnsavedInputGuard* m_guard = nullptr;
};

} // namespace apipay
