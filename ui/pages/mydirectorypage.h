#pragma once

#include "clientcontext.h"
#include "domain/providerdirectory.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace clinic::ui {

class ProviderPageForm;
class ProviderPageView;

// "My page": the doctor writes their own page in the provider directory (SPEC S2) and sees it
// as patients will, beside the form. The licence (as the clinic verified it) and the ratings
// are the server's and shown read-only. Saving works offline: the page shows as waiting to
// sync until the server confirms it.
class MyDirectoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyDirectoryPage(const ClientContext &context, QWidget *parent = nullptr);

    ProviderPageForm *form() const { return m_form; }
    ProviderPageView *preview() const { return m_preview; }
    void save();

private:
    QWidget *createForm();
    QWidget *createPreview();
    void reload();
    void reloadLocations();
    void updateStatus();
    void updatePreview();
    void onOutcome(const SyncOutcome &outcome);
    void showRefusal(const QString &text);
    QString licenceNumber() const;

    ClientContext m_context;
    std::optional<ProviderPage> m_page; // as synced here; none: not published yet
    ProviderPageForm *m_form = nullptr;
    ProviderPageView *m_preview = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace clinic::ui
