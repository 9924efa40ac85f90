#pragma once

#include <QLabel>

namespace apipay {

// A centred, muted, word-wrapped sentence for an empty list or a loading state ("No invoices yet.").
// Follows the palette (placeholder text colour), so it reads well in light and dark themes.
class EmptyStateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyStateLabel(QWidget* parent = nullptr);
    explicit EmptyStateLabel(const QString& text, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    bool m_applying = false;
};

} // namespace apipay
