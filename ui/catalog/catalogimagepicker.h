#pragma once

#include "images/catalogimagepreparer.h"

#include <QFrame>
#include <QImage>

#include <optional>

class QLabel;
class QPushButton;

namespace apipay {

// The picture of one catalog item in a form: "Choose…" opens a file dialog; a file can also be dropped on the
// widget. The file is checked at once (type by content, size) and converted when needed (CatalogImagePreparer), so
// problems show before anything is sent. In edit forms it can also show the current picture and offer "Remove".
class CatalogImagePicker : public QFrame
{
    Q_OBJECT
public:
    explicit CatalogImagePicker(QWidget* parent = nullptr);

    // Loads and checks a local file; false (and the reason shown) when it cannot be used.
    bool setFile(const QString& path);
    // Same for bytes already in memory (drops from other applications).
    bool setBytes(const QByteArray& bytes, const QString& fileName);
    void clearChoice();

    // Edit mode: the item's current picture (may be null while it loads), and whether one exists.
    void setExistingImage(const QImage& image, bool exists);
    bool removeExistingRequested() const { return m_removeExisting; }

    const std::optional<CatalogImagePreparer::Result>& prepared() const { return m_prepared; }
    bool hasNewImage() const { return m_prepared.has_value(); }
    QString errorText() const { return m_error; }

    QPushButton* chooseButton() const { return m_chooseButton; }
    QPushButton* removeButton() const { return m_removeButton; }

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void openFileDialog();
    void updateView();
    void retranslate();
    bool accept(const CatalogImagePreparer::Result& result);

    QLabel* m_preview;
    QLabel* m_info;
    QPushButton* m_chooseButton;
    QPushButton* m_removeButton;
    std::optional<CatalogImagePreparer::Result> m_prepared;
    QImage m_existing;
    bool m_hasExisting = false;
    bool m_removeExisting = false;
    QString m_error;
};

} // namespace apipay
