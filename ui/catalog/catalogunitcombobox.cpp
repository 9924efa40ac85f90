#include "catalog/catalogunitcombobox.h"

namespace apipay {

CatalogUnitComboBox::CatalogUnitComboBox(QWidget* parent)
    : QComboBox(parent)
{
}

QString CatalogUnitComboBox::unitLabel(const CatalogUnit& unit, const QLocale& locale)
{
    if (locale.language() == QLocale::Kazakh && !unit.nameKaz.isEmpty()) {
        return unit.nameKaz;
    }
    return unit.name.isEmpty() ? unit.nameKaz : unit.name;
}

void CatalogUnitComboBox::setUnits(const QList<CatalogUnit>& units, const QLocale& locale)
{
    const qint64 current = currentUnitId();
    clear();
    for (const CatalogUnit& unit : units) {
        addItem(unitLabel(unit, locale), unit.id);
    }
    if (!setCurrentUnitId(current) && count() > 0) {
        setCurrentIndex(0);
    }
}

qint64 CatalogUnitComboBox::currentUnitId() const
{
    const QVariant id = currentData();
    return id.isValid() ? id.toLongLong() : 0;
}

bool CatalogUnitComboBox::setCurrentUnitId(qint64 id)
{
    const int index = findData(id);
    if (index < 0) {
        return false;
    }
    setCurrentIndex(index);
    return true;
}

} // namespace apipay
