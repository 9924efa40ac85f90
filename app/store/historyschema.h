#pragma once

#include "store/storeresult.h"

#include <QList>

class QSqlDatabase;

namespace apipay::history {

// The schema of the history file, as an ordered list of migrations. The file's `PRAGMA user_version` is the number
// of the last migration applied to it (0: an empty file). Each migration runs in its own transaction together with
// the version bump, so a file is always at one version or the next, never half-way.
//
// To change the schema, append a migration (never edit one that has shipped) and extend the migration test in
// tests/store/ with a fill of the previous version (docs/history-store.md, "Migrations").
struct Migration
{
    int version; // 1, 2, 3, … in order
    StoreStatus (*apply)(QSqlDatabase& db);
};

const QList<Migration>& migrations();
// The version this build writes: the last migration's number.
int currentVersion();

StoreResult<int> userVersion(QSqlDatabase& db);

// Applies, in order, every migration whose number is above the file's version and at most `target`. Tests pass an
// older target to build the files earlier releases wrote.
StoreStatus migrate(QSqlDatabase& db, int target);

} // namespace apipay::history
