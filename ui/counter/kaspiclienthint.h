#pragma once

#include "shell/pagecontext.h"

#include <QLabel>
#include <QPointer>

namespace apipay {

class KaspiClientCheck;
class PhoneLineEdit;

// The line under the counter's phone field that says whether the typed number has Kaspi (ApiPay v2.1):
// "Kaspi: Ivan I.", a warning when it has none (sending stays allowed), a quiet "could not check" after a 429 or an
// error, nothing on a v2.0 server. The checking itself — once per number, after a pause, within the limit — is
// KaspiClientCheck's (app/counter).
class KaspiClientHint : public QLabel
{
    Q_OBJECT
public:
    KaspiClientHint(const PageContext& context, PhoneLineEdit* phoneEdit, QWidget* parent = nullptr);

    KaspiClientCheck* check() const { return m_check; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildCheck();
    void updateText();

    PageContext m_context;
    QPointer<PhoneLineEdit> m_phoneEdit;
    KaspiClientCheck* m_check = nullptr;
};

} // namespace apipay
