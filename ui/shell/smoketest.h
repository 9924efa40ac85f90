#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace apipay {

class MainWindow;

// --smoke-test: with the main window open, waits until the invoices page shows its first page of invoices from
// the server, then finishes with 0; finishes with 1 and a message on a reported error or after the guard time.
class SmokeTest : public QObject
{
    Q_OBJECT
public:
    SmokeTest(MainWindow* window, int guardMs = 20'000, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString& message);

private:
    void check();
    void finish(int exitCode, const QString& message);

    MainWindow* m_window;
    QTimer* m_poll;
    QTimer* m_guard;
    QElapsedTimer m_elapsed;
    bool m_done = false;
};

} // namespace apipay
