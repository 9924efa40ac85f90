#pragma once

#include "domain/catalog.h"
#include "domain/requests.h"
#include "models/listtablemodel.h"

#include <QHash>

namespace apipay {

// The catalog (GET /catalog) with search, barcode and first-letter filters. Unit names come from setUnits() (GET
// /catalog/units; loadUnits() fetches them); the image URL is exposed through ImageUrlRole for the UI's ImageCache.
class CatalogTableModel : public ListTableModel<CatalogItem>
{
    Q_OBJECT
public:
    enum Column { Name, Price, Unit, Barcode, Status, Id, CreatedAt, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw values (name, qint64 tiyn, …)
        StatusRole, // raw status
        IdRole, // qint64
        ImageUrlRole, // QString absolute URL, empty when none
        PriceTiynRole, // qint64, invalid when absent
        UnitIdRole // qint64, invalid when absent
    };
    Q_ENUM(Role)

    explicit CatalogTableModel(ApiClient* api, QObject* parent = nullptr);
    ~CatalogTableModel() override;

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
    // reload() at background priority: a re-read nobody asked for (pending items) never delays the cashier.
    void reloadInBackground();
    // Unit name for the display format's locale (Kazakh name for kk when known), empty when unknown.
    QString unitName(qint64 unitId) const;

    // upsert() after create / update, removeId() after delete.
    CatalogItem itemAt(int row) const { return rowAt(row); }

Q_SIGNALS:
    void unitsChanged();

protected:
    RequestId requestPage(int page, quint64 generation) override;
    QVariant roleData(int row, int column, int role) const override;

private:
    QString statusText(const QString& status) const;

    CatalogQuery m_query;
    Priority m_nextPriority = Priority::User; // of the next page request
    QList<CatalogUnit> m_units;
    QHash<qint64, int> m_unitIndex;
};

} // namespace apipay
