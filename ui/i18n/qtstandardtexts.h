#pragma once

#include <QStringList>

namespace apipay {

// Qt's own texts that appear in our windows (standard dialog buttons, the text-field context menu), listed so that
// lupdate puts them into our .ts files under Qt's contexts. Qt ships no Kazakh translation of its own
// (qtbase_kk.qm does not exist), so without this the OK/Cancel/Save buttons would stay English in Kazakh. For
// Russian, qtbase_ru.qm is installed after the app translator and keeps precedence.
QStringList qtStandardTextsForTranslation();

} // namespace apipay
