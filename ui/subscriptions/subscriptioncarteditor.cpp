#include "subscriptions/subscriptioncarteditor.h"

#include "api/apiclient.h"
#include "money/moneysum.h"
#include "shell/pagecontext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kPerPage = 200;
constexpr int kMaxLines = 100;
constexpr int kMaxCount = 100000;
} // namespace

SubscriptionCartEditor::SubscriptionCartEditor(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_itemCombo(new QComboBox(this))
    , m_countSpin(new QSpinBox(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_sumLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    m_itemCombo->setObjectName(u"cartItemComboBox"_s);
    m_itemCombo->setMinimumContentsLength(12);
    m_itemCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_countSpin->setObjectName(u"cartCountSpinBox"_s);
    m_countSpin->setRange(1, kMaxCount);
    m_addButton->setObjectName(u"addCartItemPushButton"_s);
    m_removeButton->setObjectName(u"removeCartItemPushButton"_s);
    m_table->setObjectName(u"cartLinesTableWidget"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(140);
    m_noteLabel->setWordWrap(true);
    m_sumLabel->setWordWrap(true);

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_itemCombo, 1);
    pick->addWidget(m_countSpin);
    pick->addWidget(m_addButton);
    pick->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pick);
    layout->addWidget(m_table);
    layout->addWidget(m_sumLabel);
    layout->addWidget(m_noteLabel);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QVariant id = m_itemCombo->currentData();
        if (id.isValid()) {
            addItem(id.toLongLong(), m_countSpin->value());
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_lines.size()) {
            m_lines.removeAt(row);
            rebuildTable();
            Q_EMIT linesChanged();
        }
    });
    retranslate();
    rebuildTable();
}

SubscriptionCartEditor::~SubscriptionCartEditor()
{
    if (m_request != 0 && m_context.session->api()) {
        m_context.session->api()->cancel(m_request);
    }
}

void SubscriptionCartEditor::loadCatalog()
{
    if (m_loaded || m_loading) {
        return;
    }
    m_loading = true;
    m_catalog.clear();
    m_noteLabel->setText(tr("Loading the catalog…"));
    loadPage(1);
}

void SubscriptionCartEditor::loadPage(int page)
{
    CatalogQuery query;
    query.page = page;
    query.perPage = kPerPage;
    m_request = m_context.session->api()->listCatalog(
        query, this, [this, page](const ApiResult<apipay::Page<CatalogItem>>& result) {
            m_request = 0;
            if (!result.ok()) {
                m_loading = false;
                // Organizations without a catalog cannot use cart items; that is not an error for the form.
                m_noteLabel->setText(
                    tr("The catalog is not available (%1). Use a fixed amount instead.").arg(result.error.userText()));
                m_itemCombo->setEnabled(false);
                m_addButton->setEnabled(false);
                return;
            }
            for (const CatalogItem& item : result.value.items) {
                m_catalog.append(item);
            }
            if (result.value.hasMore() && page < 5 && !result.value.items.isEmpty()) {
                loadPage(page + 1);
                return;
            }
            m_loading = false;
            m_loaded = true;
            m_itemCombo->clear();
            for (const CatalogItem& item : std::as_const(m_catalog)) {
                const bool readable = !item.sellingPrice || MoneySum::isReadable(*item.sellingPrice);
                m_itemCombo->addItem(
                    u"%1 — %2"_s.arg(
                        item.name, readable ? m_context.session->displayFormat().money(item.sellingPrice) : u"—"_s),
                    item.id);
            }
            const bool any = !m_catalog.isEmpty();
            m_itemCombo->setEnabled(any);
            m_addButton->setEnabled(any);
            m_noteLabel->setText(any ? tr("With cart items the service computes the amount from the catalog prices.")
                                     : tr("The catalog is empty. Add items on the Catalog page to bill for them."));
            Q_EMIT catalogLoaded();
        });
}

bool SubscriptionCartEditor::addItem(qint64 catalogItemId, qint64 count)
{
    if (count < 1 || count > kMaxCount) {
        return false;
    }
    for (Line& line : m_lines) {
        if (line.item.id == catalogItemId) {
            if (line.count + count > kMaxCount) {
                return false;
            }
            line.count += count;
            rebuildTable();
            Q_EMIT linesChanged();
            return true;
        }
    }
    if (m_lines.size() >= kMaxLines) {
        return false;
    }
    for (const CatalogItem& item : std::as_const(m_catalog)) {
        if (item.id == catalogItemId) {
            m_lines.append(Line { item, count });
            rebuildTable();
            Q_EMIT linesChanged();
            return true;
        }
    }
    return false;
}

QList<SubscriptionCartLine> SubscriptionCartEditor::lines() const
{
    QList<SubscriptionCartLine> out;
    for (const Line& line : m_lines) {
        out.append(SubscriptionCartLine { line.item.id, line.count });
    }
    return out;
}

void SubscriptionCartEditor::setError(const QString& text)
{
    if (!text.isEmpty()) {
        m_noteLabel->setText(text);
    }
}

void SubscriptionCartEditor::rebuildTable()
{
    m_table->setRowCount(int(m_lines.size()));
    // Checked sums: a catalog price beyond the largest invoice is unreadable — "—" with an explanation, never summed.
    MoneySum sum;
    bool complete = true;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line& line = m_lines.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(line.item.name));
        auto* count = new QTableWidgetItem(m_context.session->displayFormat().locale().toString(line.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        const std::optional<Money> price = line.item.sellingPrice;
        const bool unreadable = price && !MoneySum::isReadable(*price);
        MoneySum lineSum;
        const bool priced = price && lineSum.addProduct(*price, line.count) && sum.add(lineSum.total());
        complete = complete && priced;
        auto* total = new QTableWidgetItem(
            m_context.session->displayFormat().money(priced ? std::optional<Money>(lineSum.total()) : std::nullopt));
        if (unreadable) {
            total->setToolTip(tr("Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.")
                                  .arg(price->toPlainString()));
        }
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, total);
    }
    m_table->setVisible(!m_lines.isEmpty());
    m_removeButton->setEnabled(!m_lines.isEmpty());
    m_sumLabel->setVisible(!m_lines.isEmpty());
    m_sumLabel->setText(complete
            ? tr("Approximate amount: %1").arg(m_context.session->displayFormat().money(sum.total()))
            : tr("Approximate amount: at least %1 (some prices are unknown)")
                  .arg(m_context.session->displayFormat().money(sum.total())));
}

void SubscriptionCartEditor::retranslate()
{
    m_itemCombo->setAccessibleName(tr("Catalog item to add"));
    m_countSpin->setAccessibleName(tr("Count to add"));
    m_addButton->setText(tr("Add to cart"));
    m_addButton->setAccessibleName(tr("Add the chosen catalog item to the cart"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected cart line"));
    m_table->setHorizontalHeaderLabels({ tr("Item"), tr("Count"), tr("Line total") });
    m_table->setAccessibleName(tr("Cart items"));
    if (!m_loaded && !m_loading) {
        m_noteLabel->setText(tr("Optional: bill for catalog items instead of a fixed amount."));
    }
    rebuildTable();
}

void SubscriptionCartEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace apipay
