#pragma once

#include <QWidget>

namespace apipay {

class AppContext;

// A page of the main window (Invoices, New invoice, Subscriptions, Refunds, Catalog, QR).
// Constructor form for every page: explicit XPage(AppContext* context, QWidget* parent = nullptr).
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AppContext* context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {
    }

    // Translated title for the navigation list (re-read on languageChanged).
    virtual QString title() const = 0;
    // F5: reload what the page shows.
    virtual void refresh() = 0;
    // Ctrl+F: put the focus in the page's search field, if any.
    virtual void focusSearch() { }
    // The page became visible / hidden (pages poll only while visible).
    virtual void activated() { }
    virtual void deactivated() { }

protected:
    AppContext* context() const { return m_context; }

private:
    AppContext* m_context;
};

} // namespace apipay
