#include "catalog/catalogitemroweditor.h"

#include "catalog/catalogimagepicker.h"
#include "catalog/catalogunitcombobox.h"
#include "widgets/moneylineedit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace apipay {

CatalogItemRowEditor::CatalogItemRowEditor(
    int number, const QList<CatalogUnit>& units, const QLocale& locale, QWidget* parent)
    : QFrame(parent)
    , m_number(number)
    , m_numberLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_priceEdit(new MoneyLineEdit(this))
    , m_unitCombo(new CatalogUnitComboBox(this))
    , m_barcodeEdit(new QLineEdit(this))
    , m_imagePicker(new CatalogImagePicker(this))
    , m_removeButton(new QPushButton(this))
    , m_errorLabel(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_nameEdit->setObjectName(u"nameLineEdit"_s);
    m_nameEdit->setMaxLength(kMaxName);
    m_priceEdit->setObjectName(u"priceLineEdit"_s);
    m_priceEdit->setRange(Money::fromTiyn(1), Money::invoiceMaximum());
    m_priceEdit->setDisplayLocale(locale);
    m_unitCombo->setObjectName(u"unitComboBox"_s);
    m_unitCombo->setUnits(units, locale);
    m_barcodeEdit->setObjectName(u"barcodeLineEdit"_s);
    m_barcodeEdit->setMaxLength(kMaxBarcode);
    m_barcodeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9A-Za-z\\-]*$"_s), this));
    m_imagePicker->setObjectName(u"imagePicker"_s);
    m_removeButton->setObjectName(u"removeRowPushButton"_s);
    m_errorLabel->setWordWrap(true);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_errorLabel->setStyleSheet(dark ? u"color: #ff8a80;"_s : u"color: #c62828;"_s);
    m_errorLabel->hide();
    connect(m_removeButton, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_numberLabel, 0, 0);
    grid->addWidget(m_nameEdit, 0, 1);
    grid->addWidget(m_priceEdit, 0, 2);
    grid->addWidget(m_unitCombo, 0, 3);
    grid->addWidget(m_barcodeEdit, 0, 4);
    grid->addWidget(m_removeButton, 0, 5);
    grid->addWidget(m_imagePicker, 1, 1, 1, 4);
    grid->addWidget(m_errorLabel, 2, 1, 1, 5);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(4, 1);
    retranslate();
}

void CatalogItemRowEditor::setNumber(int number)
{
    m_number = number;
    retranslate();
}

void CatalogItemRowEditor::setUnits(const QList<CatalogUnit>& units, const QLocale& locale)
{
    m_unitCombo->setUnits(units, locale);
}

bool CatalogItemRowEditor::isBlank() const
{
    return m_nameEdit->text().trimmed().isEmpty() && m_priceEdit->text().trimmed().isEmpty()
        && m_barcodeEdit->text().isEmpty() && !m_imagePicker->hasNewImage();
}

std::optional<CatalogImagePreparer::Result> CatalogItemRowEditor::image() const
{
    return m_imagePicker->prepared();
}

void CatalogItemRowEditor::clearErrors()
{
    m_errorLabel->hide();
    m_errorLabel->clear();
}

void CatalogItemRowEditor::showError(const QString& field, const QString& text)
{
    static const QHash<QString, const char*> names = {
        { u"name"_s, QT_TR_NOOP("Name") },
        { u"selling_price"_s, QT_TR_NOOP("Price") },
        { u"unit_id"_s, QT_TR_NOOP("Unit") },
        { u"barcode"_s, QT_TR_NOOP("Barcode") },
        { u"image_id"_s, QT_TR_NOOP("Picture") },
    };
    const QString line = names.contains(field) ? tr(names.value(field)) + u": "_s + text : text;
    m_errorLabel->setText(m_errorLabel->text().isEmpty() ? line : m_errorLabel->text() + u'\n' + line);
    m_errorLabel->show();
    QWidget* focus = field == u"selling_price" ? static_cast<QWidget*>(m_priceEdit)
        : field == u"unit_id"                  ? static_cast<QWidget*>(m_unitCombo)
        : field == u"barcode"                  ? static_cast<QWidget*>(m_barcodeEdit)
        : field == u"image_id"                 ? static_cast<QWidget*>(m_imagePicker->chooseButton())
                                               : static_cast<QWidget*>(m_nameEdit);
    focus->setFocus(Qt::OtherFocusReason);
}

std::optional<CatalogItemDraft> CatalogItemRowEditor::draft()
{
    clearErrors();
    bool ok = true;
    CatalogItemDraft d;
    d.name = m_nameEdit->text().trimmed();
    if (d.name.isEmpty()) {
        showError(u"name"_s, tr("Enter a name."));
        ok = false;
    }
    if (!m_priceEdit->isValid() || !m_priceEdit->value()) {
        showError(u"selling_price"_s,
            m_priceEdit->errorText().isEmpty() ? tr("Enter a price of at least 0.01 ₸.") : m_priceEdit->errorText());
        ok = false;
    } else {
        d.sellingPrice = *m_priceEdit->value();
    }
    d.unitId = m_unitCombo->currentUnitId();
    if (d.unitId == 0) {
        showError(u"unit_id"_s, tr("Choose a unit (the units could not be loaded yet)."));
        ok = false;
    }
    d.barcode = m_barcodeEdit->text().trimmed();
    if (!m_imagePicker->errorText().isEmpty()) {
        showError(u"image_id"_s, m_imagePicker->errorText());
        ok = false;
    }
    return ok ? std::optional<CatalogItemDraft>(d) : std::nullopt;
}

void CatalogItemRowEditor::retranslate()
{
    m_numberLabel->setText(QString::number(m_number) + u'.');
    m_nameEdit->setPlaceholderText(tr("Name"));
    m_nameEdit->setAccessibleName(tr("Name of item %1").arg(m_number));
    m_priceEdit->setPlaceholderText(tr("Price, ₸"));
    m_priceEdit->setAccessibleName(tr("Price of item %1").arg(m_number));
    m_unitCombo->setAccessibleName(tr("Unit of item %1").arg(m_number));
    m_barcodeEdit->setPlaceholderText(tr("Barcode (optional)"));
    m_barcodeEdit->setAccessibleName(tr("Barcode of item %1").arg(m_number));
    m_imagePicker->setAccessibleName(tr("Picture of item %1").arg(m_number));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove item %1 from the list").arg(m_number));
}

} // namespace apipay
