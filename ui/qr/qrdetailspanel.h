#pragma once

#include <QWidget>

class QLabel;

namespace apipay {

// The text beside the QR on the QR page: a heading and the fields amount, payment request id, payment id, status
// and countdown ("—" when empty). Values are selectable so that ids can be copied.
class QrDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Field { Amount, PaymentRequestId, PaymentId, Status, Countdown };

    explicit QrDetailsPanel(QWidget* parent = nullptr);

    void setHeading(const QString& text);
    // Empty text shows "—".
    void setField(Field field, const QString& text);
    QString field(Field field) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QList<QLabel*> m_names;
    QList<QLabel*> m_values;
};

} // namespace apipay
