#include "catalog/catalogeditdialog.h"

#include "catalog/catalogimagepicker.h"
#include "catalog/catalogitemroweditor.h"
#include "catalog/catalogunitcombobox.h"

#include "api/apiclient.h"
#include "api/writereadback.h"
#include "images/imagecache.h"
#include "shell/pagecontext.h"
#include "widgets/dialogfitter.h"
#include "widgets/moneylineedit.h"
#include "widgets/unsavedinputguard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

CatalogEditDialog::CatalogEditDialog(
    const PageContext& context, const CatalogItem& item, const QList<CatalogUnit>& units, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_item(item)
    , m_nameEdit(new QLineEdit(this))
    , m_priceEdit(new MoneyLineEdit(this))
    , m_unitCombo(new CatalogUnitComboBox(this))
    , m_barcodeEdit(new QLineEdit(this))
    , m_imagePicker(new CatalogImagePicker(this))
    , m_errorLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    new DialogFitter(this); // a message or a hint that appears makes the dialog taller instead of being cut
    setObjectName(u"catalogEditDialog"_s);
    setWindowTitle(tr("Edit “%1”").arg(item.name));
    m_nameEdit->setObjectName(u"nameLineEdit"_s);
    m_nameEdit->setMaxLength(CatalogItemRowEditor::kMaxName);
    m_nameEdit->setText(item.name);
    m_priceEdit->setObjectName(u"priceLineEdit"_s);
    m_priceEdit->setRange(Money::fromTiyn(1), Money::invoiceMaximum());
    m_priceEdit->setDisplayLocale(context.session->displayFormat().locale());
    m_priceEdit->setValue(item.sellingPrice);
    m_unitCombo->setObjectName(u"unitComboBox"_s);
    m_unitCombo->setUnits(units, context.session->displayFormat().locale());
    if (item.unitId && !m_unitCombo->setCurrentUnitId(*item.unitId)) {
        m_unitCombo->addItem(tr("Unit %1").arg(*item.unitId), *item.unitId);
        m_unitCombo->setCurrentUnitId(*item.unitId);
    }
    m_barcodeEdit->setObjectName(u"barcodeLineEdit"_s);
    m_barcodeEdit->setMaxLength(CatalogItemRowEditor::kMaxBarcode);
    m_barcodeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9A-Za-z\\-]*$"_s), this));
    m_barcodeEdit->setText(item.barcode);
    m_imagePicker->setObjectName(u"imagePicker"_s);
    const QUrl url(item.imageUrl);
    QImage current;
    if (!item.imageUrl.isEmpty() && context.session->imageCache()) {
        current = context.session->imageCache()->image(url);
    }
    m_imagePicker->setExistingImage(current, !item.imageUrl.isEmpty());
    if (context.session->imageCache() && current.isNull() && !item.imageUrl.isEmpty()) {
        connect(context.session->imageCache(), &ImageCache::imageReady, this, [this, url](const QUrl& ready) {
            if (ready == url) {
                m_imagePicker->setExistingImage(m_context.session->imageCache()->image(url), true);
            }
        });
    }

    auto* form = new QFormLayout;
    auto addRow = [form](const QString& label, QWidget* field) {
        form->addRow(label, field);
        QString accessible = label;
        accessible.remove(u'&');
        accessible.remove(u':');
        field->setAccessibleName(accessible);
    };
    addRow(tr("&Name:"), m_nameEdit);
    addRow(tr("&Price:"), m_priceEdit);
    addRow(tr("&Unit:"), m_unitCombo);
    addRow(tr("&Barcode:"), m_barcodeEdit);
    addRow(tr("P&icture:"), m_imagePicker);

    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_errorLabel->setStyleSheet(dark ? u"color: #ff8a80;"_s : u"color: #c62828;"_s);
    m_errorLabel->hide();
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogEditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CatalogEditDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    m_guard = new UnsavedInputGuard(this, [this] { return isBusy(); });
    m_guard->watch();
    connect(m_imagePicker, &CatalogImagePicker::changed, m_guard, &UnsavedInputGuard::markEdited);
}

CatalogEditDialog::~CatalogEditDialog()
{
    if (m_request != 0 && m_context.session->api()) {
        m_context.session->api()->cancel(m_request);
    }
}

std::optional<CatalogItemPatch> CatalogEditDialog::patch()
{
    m_errorLabel->hide();
    QStringList errors;
    CatalogItemPatch p;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        errors << tr("Enter a name.");
    } else if (name != m_item.name) {
        p.name = name;
    }
    if (!m_priceEdit->isValid() || !m_priceEdit->value()) {
        errors << (m_priceEdit->errorText().isEmpty() ? tr("Enter a price of at least 0.01 ₸.")
                                                      : m_priceEdit->errorText());
    } else if (m_priceEdit->value() != m_item.sellingPrice) {
        p.sellingPrice = m_priceEdit->value();
    }
    const qint64 unit = m_unitCombo->currentUnitId();
    if (unit != 0 && std::optional<qint64>(unit) != m_item.unitId) {
        p.unitId = unit;
    }
    const QString barcode = m_barcodeEdit->text().trimmed();
    if (barcode != m_item.barcode) {
        p.barcode = barcode; // empty clears it
    }
    if (!m_imagePicker->errorText().isEmpty()) {
        errors << m_imagePicker->errorText();
    }
    if (!errors.isEmpty()) {
        m_errorLabel->setText(errors.join(u'\n'));
        m_errorLabel->show();
        return std::nullopt;
    }
    if (!m_imagePicker->hasNewImage() && m_imagePicker->removeExistingRequested()) {
        p.deleteImage = true;
    }
    return p;
}

void CatalogEditDialog::submit()
{
    if (m_request != 0) {
        return;
    }
    std::optional<CatalogItemPatch> p = patch();
    if (!p) {
        return;
    }
    const bool imageChange = m_imagePicker->hasNewImage();
    if (!imageChange && !p->name && !p->sellingPrice && !p->unitId && !p->barcode && !p->deleteImage) {
        m_errorLabel->setText(tr("Nothing was changed."));
        m_errorLabel->show();
        return;
    }
    setBusy(true);
    if (!imageChange) {
        sendPatch(*p, {});
        return;
    }
    const CatalogImagePreparer::Result image = *m_imagePicker->prepared();
    m_request = m_context.session->api()->uploadImage(image.bytes, image.fileName, image.mimeType, this,
        [this, patch = *p, bytes = image.bytes](const ApiResult<QString>& result) mutable {
            m_request = 0;
            if (result.error.kind == ApiError::Kind::OutcomeUnknown && result.error.sizeLimit == 0) {
                // Never re-sent by itself, and there is nothing to read back: say so plainly.
                setBusy(false);
                m_errorLabel->setText(WriteReadBack::uploadOutcomeUnknownText());
                m_errorLabel->show();
                return;
            }
            if (!result.ok()) {
                setBusy(false);
                showError(result.error);
                return;
            }
            patch.imageId = result.value;
            sendPatch(patch, bytes);
        });
}

void CatalogEditDialog::sendPatch(CatalogItemPatch patch, const QByteArray& newImage)
{
    const qint64 id = m_item.id;
    m_request = m_context.session->api()->updateCatalogItem(
        id, patch, this, [this, id, newImage](const ApiResult<CatalogWriteResult>& result) {
            m_request = 0;
            setBusy(false);
            if (!result.ok()) {
                showError(result.error);
                return;
            }
            Q_EMIT saved(id, result.value, newImage);
            accept();
        });
}

void CatalogEditDialog::showError(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        return;
    }
    QStringList lines;
    if (!error.fieldErrors.isEmpty()) {
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            lines << it.value().join(u' ');
        }
        const QString first = error.fieldErrors.firstKey();
        QWidget* focus = first == u"selling_price"      ? static_cast<QWidget*>(m_priceEdit)
            : first == u"unit_id"                       ? static_cast<QWidget*>(m_unitCombo)
            : first == u"barcode"                       ? static_cast<QWidget*>(m_barcodeEdit)
            : first == u"image" || first == u"image_id" ? static_cast<QWidget*>(m_imagePicker->chooseButton())
                                                        : static_cast<QWidget*>(m_nameEdit);
        focus->setFocus(Qt::OtherFocusReason);
    } else {
        lines << error.userText();
    }
    m_errorLabel->setText(lines.join(u'\n'));
    m_errorLabel->show();
}

void CatalogEditDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    // A change on its way is never cut off: the dialog closes or shows the answer by itself.
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
}

void CatalogEditDialog::reject()
{
    if (!m_guard->mayClose()) {
        return;
    }
    QDialog::reject();
}

} // namespace apipay
