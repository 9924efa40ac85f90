#pragma once

#include "domain/catalog.h"
#include "domain/requests.h"
#include "models/pagedtablemodel.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace apipay {

// The catalog (GET /catalog) with search, barcode and first-letter filters. Unit names come from setUnits() (GET
// /catalog/units; loadUnits() fetches them); the image URL is exposed through ImageUrlRole for the UI's ImageCache.
class CatalogTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Price, Unit, Barcode, Status, Id, CreatedAt, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw values (name, qint64 tiyn, …)
        StatusRole,              // raw status
        IdRole,                  // qint64
        ImageUrlRole,            // QString absolute URL, empty when none
        PriceTiynRole,           // qint64, invalid when absent
        UnitIdRole               // qint64, invalid when absent
    };
    Q_ENUM(Role)

    explicit CatalogTableModel(ApiClient* api, QObject* parent = nullptr);
    ~CatalogTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Resets and loads page 1 (the query's page is ignored).
    void setQuery(const CatalogQuery& query);
    CatalogQuery query() const { return m_query; }
    // Shortcuts that keep the other fields of the query.
    void setSearch(const QString& search);
    void setBarcode(const QString& barcode);

    void setUnits(const QList<CatalogUnit>& units);
    QList<CatalogUnit> units() const { return m_units; }
    // GET /catalog/units; on success setUnits(), on failure loadFailed.
    void loadUnits();
    // Unit name for the model's locale (Kazakh name for kk when known), empty when unknown.
    QString unitName(qint64 unitId) const;

    void setLocale(const QLocale& locale);
    QLocale locale() const { return m_locale; }
    void setDisplayZone(const QTimeZone& zone); // default Asia/Almaty
    void retranslate();

    CatalogItem itemAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    // Replaces the row of item.id, or inserts it at the top (after create / update).
    void upsert(const CatalogItem& item);
    // Removes the row of an id (after delete); false when absent.
    bool removeId(qint64 id);
    // Appends already-decoded rows as one batch.
    void ingest(const QList<CatalogItem>& items);

Q_SIGNALS:
    void unitsChanged();

protected:
    RequestId requestPage(int page, quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const CatalogItem& item, int column) const;
    QVariant sortData(const CatalogItem& item, int column) const;

    QList<CatalogItem> m_rows;
    CatalogQuery m_query;
    QList<CatalogUnit> m_units;
    QHash<qint64, int> m_unitIndex;
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace apipay
