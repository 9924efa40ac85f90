#pragma once

#include "shell/pagecontext.h"

#include "api/apiresult.h"
#include "domain/catalog.h"
#include "domain/requests.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace apipay {

// Cart items of a subscription: catalog items (loaded from GET /catalog, up to 200) with counts. The amount of a
// subscription with a cart is computed by the service; the editor shows the approximate sum of catalog prices.
class SubscriptionCartEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionCartEditor(const PageContext& context, QWidget* parent = nullptr);
    ~SubscriptionCartEditor() override;

    // Loads the catalog for the picker (once; organizations without a catalog see a short note).
    void loadCatalog();
    bool isCatalogLoaded() const { return m_loaded; }

    QList<SubscriptionCartLine> lines() const;
    bool isEmpty() const { return m_lines.isEmpty(); }
    // Adds `count` of the catalog item with this id (it must be in the loaded catalog); false otherwise.
    bool addItem(qint64 catalogItemId, qint64 count);
    void setError(const QString& text);

    QComboBox* itemComboBox() const { return m_itemCombo; }
    QSpinBox* countSpinBox() const { return m_countSpin; }
    QPushButton* addButton() const { return m_addButton; }
    QTableWidget* linesTable() const { return m_table; }

Q_SIGNALS:
    void linesChanged();
    void catalogLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Line
    {
        CatalogItem item;
        qint64 count = 1;
    };
    void retranslate();
    void rebuildTable();
    void loadPage(int page);

    PageContext m_context;
    QList<CatalogItem> m_catalog;
    QList<Line> m_lines;
    QComboBox* m_itemCombo;
    QSpinBox* m_countSpin;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QTableWidget* m_table;
    QLabel* m_sumLabel;
    QLabel* m_noteLabel;
    RequestId m_request = 0;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace apipay
