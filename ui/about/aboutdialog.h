#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace apipay {

// Help → About: the version and the git revision the app was built from, and the licences of the app and of
// everything it ships, with their full texts (embedded under :/licenses).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "0.1.0 (git 1a2b3c4d5e6f)" from QCoreApplication::applicationVersion() and the "apipay.gitRevision" property
    // that main() sets on qApp.
    static QString versionText();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showLicence(int row);

    QLabel* m_titleLabel = nullptr;
    QLabel* m_versionLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QListWidget* m_componentList = nullptr;
    QPlainTextEdit* m_licenceText = nullptr;
};

} // namespace apipay
