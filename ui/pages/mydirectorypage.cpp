#include "mydirectorypage.h"

#include "domain/cliniclocations.h"
#include "formwidgets.h"
#include "liveview.h"
#include "widgets/providerpageform.h"
#include "widgets/providerpageview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QString updateProfile = u"provider.update_profile"_s;

} // namespace

MyDirectoryPage::MyDirectoryPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"myDirectoryPage"_s);
    auto *intro = new QLabel(tr("What patients read about you when they look for a doctor. "
                                "Your changes reach them when you save."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"myPageStatus"_s);
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_message = messageLabel(this, u"myPageMessage"_s);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(createForm(), 6);
    columns->addWidget(createPreview(), 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("My page"), this));
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);

    connect(m_form, &ProviderPageForm::edited, this, &MyDirectoryPage::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &MyDirectoryPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        showMessage(m_message, QString());
        reload();
    });
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"clinic_location"_s }, [this] { reloadLocations(); });
    // What the doctor is typing wins; the server's version shows once they save or undo.
    live->follow({ u"provider_profile"_s }, [this] {
        if (!m_form->isModified())
            reload();
    });
    connect(m_context.sync, &SyncEngine::statusChanged, this, &MyDirectoryPage::updateStatus);
    connect(m_context.sync, &SyncEngine::outcomeReceived, this, &MyDirectoryPage::onOutcome);
}

QWidget *MyDirectoryPage::createForm()
{
    auto *column = new QWidget(this);
    m_form = new ProviderPageForm(column);
    // The form is taller than a laptop's window: it scrolls, the buttons stay in view.
    m_scroll = new QScrollArea(column);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);

    m_save = new QPushButton(tr("&Save"), column);
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("&Undo my edits"), column);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    return column;
}

QWidget *MyDirectoryPage::createPreview()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(tr("Preview: your page as patients see it"), box);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_preview = new ProviderPageView(box);
    m_preview->setAccessibleName(tr("Preview of your page"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_preview, 1);
    return box;
}

void MyDirectoryPage::reloadLocations()
{
    auto locations = ClinicLocations(m_context.store->database()).list();
    if (!locations)
        return showMessage(m_message, locations.error().message);
    m_form->setLocations(*locations);
    updatePreview();
}

void MyDirectoryPage::reload()
{
    auto page = ProviderDirectory(m_context.store->database()).page(m_context.account.accountId);
    if (!page && page.error().code != ErrorCode::NotFound)
        return showMessage(m_message, page.error().message);
    m_page = page ? std::optional<ProviderPage>(*page) : std::nullopt;
    m_form->setPage(m_page);
    if (!m_page) {
        // Not published yet: what the doctor registered with is a starting point to check.
        const ClientSession none;
        const ClientSession &me = m_context.connection ? m_context.connection->session() : none;
        m_form->propose(m_context.account.displayName, me.specialty, me.credentials);
    }
    updateStatus();
    updatePreview();
}

// The licence the clinic verified: on the page once the server has it; until then, the
// account's as the server said at sign-in.
QString MyDirectoryPage::licenceNumber() const
{
    if (m_page && !m_page->licenceNumber.isEmpty())
        return m_page->licenceNumber;
    return m_context.connection ? m_context.connection->session().licenceNumber : QString();
}

void MyDirectoryPage::updateStatus()
{
    auto waiting = m_context.sync->replica().isTentative(u"provider_profile"_s,
                                                         m_context.account.accountId);
    if (waiting && *waiting)
        m_status->setText(tr("Waiting to sync: patients see your changes once the server has "
                             "them."));
    else if (!m_page)
        m_status->setText(tr("Not published yet: patients cannot find you until you save this "
                             "page. We filled in what you registered with; check it first."));
    else
        m_status->setText(tr("Published: patients see this page when they look for a doctor."));
    const QString licence = licenceNumber();
    m_form->setLicence(licence.isEmpty()
                               ? tr("Shown here once you are online (the clinic verifies it).")
                               : tr("%1, verified by the clinic").arg(licence));
    const QLocale locale;
    m_form->setRating(m_page && m_page->summary.ratingCount > 0
                              ? tr("★ %1 (ratings: %2)")
                                        .arg(locale.toString(m_page->summary.rating, 'f', 1))
                                        .arg(m_page->summary.ratingCount)
                              : tr("Not rated yet. Patients rate you after their visits."));
}

void MyDirectoryPage::updatePreview()
{
    ProviderPage page = m_form->preview();
    page.summary.id = m_context.account.accountId;
    page.licenceNumber = licenceNumber();
    if (m_page) {
        page.summary.rating = m_page->summary.rating;
        page.summary.ratingCount = m_page->summary.ratingCount;
    }
    m_preview->setPage(
            page, m_form->places(),
            ProviderPageView::hoursOf(m_context.store->database(), m_context.account.accountId));
}

void MyDirectoryPage::save()
{
    auto args = m_form->args();
    if (!args)
        return showRefusal(args.error().message);
    args->insert(u"id"_s, m_context.account.accountId);
    auto saved = m_context.sync->submit(updateProfile, *args);
    if (!saved)
        return showRefusal(saved.error().message);
    reload();
    showMessage(m_message,
                m_context.online() ? tr("Saved.")
                                   : tr("Saved on this computer; it goes to the clinic when the "
                                        "server can be reached."),
                false);
}

// Said at the top, and the field at fault (often below the fold) scrolled to and focused.
void MyDirectoryPage::showRefusal(const QString &text)
{
    showMessage(m_message, text);
    if (QWidget *field = m_form->doubtfulField()) {
        m_scroll->ensureWidgetVisible(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

void MyDirectoryPage::onOutcome(const SyncOutcome &outcome)
{
    // Refused by the server after it was saved here: the page is the server's again.
    if (outcome.confirmed || outcome.name != updateProfile)
        return;
    showMessage(m_message, tr("The server refused your page: %1").arg(outcome.reason));
    if (!m_form->isModified())
        reload();
}

} // namespace clinic::ui
