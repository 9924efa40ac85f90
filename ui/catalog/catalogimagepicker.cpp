#include "catalog/catalogimagepicker.h"
#include "widgets/filedialogs.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kPreviewSize = 56;
}

CatalogImagePicker::CatalogImagePicker(QWidget* parent)
    : QFrame(parent)
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
    , m_chooseButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    m_preview->setFixedSize(kPreviewSize, kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::Box);
    m_info->setWordWrap(true);
    m_info->setMinimumWidth(140);
    m_chooseButton->setObjectName(u"chooseImagePushButton"_s);
    m_removeButton->setObjectName(u"removeImagePushButton"_s);
    connect(m_chooseButton, &QPushButton::clicked, this, &CatalogImagePicker::openFileDialog);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_prepared) {
            m_prepared.reset();
        } else if (m_hasExisting) {
            m_removeExisting = true;
        }
        m_error.clear();
        updateView();
        Q_EMIT changed();
    });

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_removeButton);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_preview);
    layout->addWidget(m_info, 1);
    layout->addLayout(buttons);
    retranslate();
}

bool CatalogImagePicker::accept(const CatalogImagePreparer::Result& result)
{
    if (!result.ok) {
        m_error = result.errorText;
        updateView();
        Q_EMIT changed();
        return false;
    }
    m_error.clear();
    m_prepared = result;
    m_removeExisting = false;
    updateView();
    Q_EMIT changed();
    return true;
}

bool CatalogImagePicker::setFile(const QString& path)
{
    return accept(CatalogImagePreparer::prepareFile(path));
}

bool CatalogImagePicker::setBytes(const QByteArray& bytes, const QString& fileName)
{
    return accept(CatalogImagePreparer::prepare(bytes, fileName));
}

void CatalogImagePicker::clearChoice()
{
    m_prepared.reset();
    m_error.clear();
    m_removeExisting = false;
    updateView();
    Q_EMIT changed();
}

void CatalogImagePicker::setExistingImage(const QImage& image, bool exists)
{
    m_existing = image;
    m_hasExisting = exists;
    updateView();
}

void CatalogImagePicker::openFileDialog()
{
    auto* dialog = newFileDialog(this, tr("Choose a picture"), AppSettings::FileKind::Picture);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { setFile(path); });
    dialog->open();
}

void CatalogImagePicker::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if ((mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) || mime->hasImage()) {
        event->acceptProposedAction();
    }
}

void CatalogImagePicker::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        setFile(mime->urls().first().toLocalFile());
        event->acceptProposedAction();
        return;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        setBytes(png, u"dropped.png"_s);
        event->acceptProposedAction();
    }
}

void CatalogImagePicker::updateView()
{
    QImage shown;
    QString info;
    if (m_prepared) {
        shown = m_prepared->preview;
        const QString size = QLocale().formattedDataSize(m_prepared->bytes.size());
        info = m_prepared->converted
            ? tr("%1 — converted to %2, %3×%4, %5")
                  .arg(m_prepared->fileName, m_prepared->mimeType == u"image/png" ? u"PNG"_s : u"JPEG"_s)
                  .arg(m_prepared->size.width())
                  .arg(m_prepared->size.height())
                  .arg(size)
            : tr("%1 — %2×%3, %4")
                  .arg(m_prepared->fileName)
                  .arg(m_prepared->size.width())
                  .arg(m_prepared->size.height())
                  .arg(size);
    } else if (m_hasExisting && !m_removeExisting) {
        shown = m_existing;
        info = tr("Current picture");
    } else if (m_hasExisting && m_removeExisting) {
        info = tr("The picture will be removed");
    } else {
        info = tr("No picture. Choose a file or drop one here (JPEG, PNG, GIF, WEBP).");
    }
    if (!m_error.isEmpty()) {
        info = m_error;
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        m_info->setStyleSheet(dark ? u"color: #ff8a80;"_s : u"color: #c62828;"_s);
    } else {
        m_info->setStyleSheet(QString());
    }
    m_info->setText(info);
    if (shown.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(u"—"_s);
    } else {
        const qreal dpr = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(
            shown.scaled(QSize(kPreviewSize, kPreviewSize) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(dpr);
        m_preview->setPixmap(pixmap);
    }
    m_removeButton->setEnabled(m_prepared.has_value() || (m_hasExisting && !m_removeExisting));
    setAccessibleDescription(info);
}

void CatalogImagePicker::retranslate()
{
    m_chooseButton->setText(tr("Choose…"));
    m_chooseButton->setAccessibleName(tr("Choose a picture file"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the picture"));
    m_preview->setAccessibleName(tr("Picture preview"));
    setAccessibleName(tr("Picture"));
    updateView();
}

void CatalogImagePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace apipay
