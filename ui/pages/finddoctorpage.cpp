#include "finddoctorpage.h"

#include "domain/cliniclocations.h"
#include "domain/patientrepository.h"
#include "domain/patientsearch.h"
#include "domain/providerdirectory.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/appointmentlistmodel.h"
#include "models/providerlistmodel.h"
#include "scheduling/schedulerows.h"
#include "util/rowid.h"
#include "widgets/providerpageview.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
}

FindDoctorPage::FindDoctorPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"findDoctorPage"_s);
    m_words = new QLineEdit(this);
    m_words->setAccessibleName(tr("Doctor or specialty"));
    m_words->setPlaceholderText(tr("A name or a specialty, e.g. cardiology"));
    m_city = new QLineEdit(this);
    m_city->setAccessibleName(tr("City"));
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setDefault(true);

    m_providers = new ProviderListModel(this);
    m_providerList = new QListView(this);
    m_providerList->setModel(m_providers);
    m_providerList->setAccessibleName(tr("Doctors"));
    m_providerList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_providerList->setSpacing(4);
    m_providerList->setWordWrap(true); // narrow columns wrap rather than scroll sideways
    m_providerList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slots = new SlotListModel(this);
    m_slotList = new QListView(this);
    m_slotList->setModel(m_slots);
    m_slotList->setAccessibleName(tr("Free times"));
    m_slotList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slotList->setWordWrap(true);
    m_slotList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slotsTitle = new QLabel(tr("Choose a doctor to see their free times."), this);
    m_slotsTitle->setWordWrap(true);
    m_request = new QPushButton(tr("Request this time"), this);
    m_request->setEnabled(false);
    m_page = new ProviderPageView(this);
    m_waitlist = new QPushButton(tr("Join the waitlist"), this);
    m_waitlist->setToolTip(tr("Be told when an earlier time with this doctor frees up."));
    m_waitlist->setEnabled(false);
    if (context.account.role == Role::Patient) {
        m_myDoctor = new QPushButton(this);
        m_myDoctor->setEnabled(false);
    }
    m_message = messageLabel(this, u"findDoctorMessage"_s);

    auto *form = new QFormLayout;
    if (context.account.role == Role::FrontDesk) {
        auto *patientName = m_patientName = new QLineEdit(this);
        patientName->setAccessibleName(tr("Patient's name"));
        patientName->setPlaceholderText(tr("Type to find them in the register"));
        m_patient = new QComboBox(this);
        m_patient->setAccessibleName(tr("Patient"));
        // Off the window's thread: a first letter matches a fifth of a big register.
        m_patientSearch = new PatientSearch(m_context.store, 30, this);
        connect(m_patientSearch, &PatientSearch::found, this, &FindDoctorPage::offerPatients);
        connect(m_patientSearch, &PatientSearch::failed, this,
                [this](const QString &, const QString &message) {
                    m_patient->clear();
                    m_patientsOffered.clear();
                    showMessage(m_message, message);
                });
        connect(patientName, &QLineEdit::textChanged, this, &FindDoctorPage::findPatients);
        form->addRow(tr("Patient's name"), patientName);
        form->addRow(tr("For"), m_patient);
        findPatients({});
    }
    form->addRow(tr("Doctor or specialty"), m_words);
    form->addRow(tr("City"), m_city);
    auto *searchRow = new QHBoxLayout;
    searchRow->addLayout(form, 1);
    searchRow->addWidget(searchButton, 0, Qt::AlignBottom);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->addWidget(m_page, 1);
    auto *pageButtons = new QHBoxLayout;
    if (m_myDoctor)
        pageButtons->addWidget(m_myDoctor);
    pageButtons->addStretch();
    pageButtons->addWidget(m_waitlist);
    pageColumn->addLayout(pageButtons);
    auto *slotsColumn = new QVBoxLayout;
    slotsColumn->addWidget(m_slotsTitle);
    slotsColumn->addWidget(m_slotList, 1);
    slotsColumn->addWidget(m_request, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(m_providerList, 3);
    columns->addLayout(pageColumn, 3);
    columns->addLayout(slotsColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(context.account.role == Role::FrontDesk ? tr("Book a visit")
                                                                      : tr("Find a doctor"),
                              this));
    layout->addLayout(searchRow);
    layout->addWidget(filterRow());
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);

    connect(searchButton, &QPushButton::clicked, this, &FindDoctorPage::search);
    connect(m_words, &QLineEdit::returnPressed, this, &FindDoctorPage::search);
    connect(m_city, &QLineEdit::returnPressed, this, &FindDoctorPage::search);
    connect(m_providerList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindDoctorPage::showSlots);
    connect(m_slotList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_request->setEnabled(current.isValid()); });
    connect(m_request, &QPushButton::clicked, this, &FindDoctorPage::request);
    connect(m_waitlist, &QPushButton::clicked, this, &FindDoctorPage::joinWaitlist);
    if (m_myDoctor)
        connect(m_myDoctor, &QPushButton::clicked, this, &FindDoctorPage::toggleMyDoctor);
    // The filters first: the search reads them. Results follow the directory as it syncs (a
    // time someone else just took goes from the list); the doctor chosen stays chosen.
    m_live = new LiveView(this, m_context.sync);
    m_live->follow({ u"provider_profile"_s }, [this] { fillLanguages(); });
    m_live->follow({ u"clinic_location"_s }, [this] { fillPlaces(); });
    m_live->follow({ u"provider_profile"_s, u"provider_busy"_s, u"availability_rule"_s,
                     u"availability_exception"_s, u"clinic_location"_s, u"patient"_s },
                   [this] { searchAgain(); });
    // The patients offered follow the register as it syncs (a first sync brings it in batches).
    if (m_patientSearch)
        m_live->follow({ u"patient"_s }, [this] { findPatients(m_patientName->text()); });
    connect(m_context.sync, &SyncEngine::statusChanged, this, [this] {
        if (m_awaitingFirstSync && m_context.sync->status().lastSyncAt != 0)
            m_live->changed({ u"provider_profile"_s });
    });
}

// Language, kind of visit, rating, how soon, how near to one of the clinic's places, and the
// order: each applies at once.
QWidget *FindDoctorPage::filterRow()
{
    auto *row = new QWidget(this);
    const auto combo = [row](const QString &name,
                             const QList<std::pair<QString, QVariant>> &items) {
        auto *box = new QComboBox(row);
        box->setAccessibleName(name);
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        return box;
    };
    m_language = combo(tr("Language"), { { tr("Any language"), QString() } });
    m_modality = combo(tr("Kind of visit"),
                       { { tr("In person or video"), QString() },
                         { tr("In person"), u"in_person"_s },
                         { tr("Video"), u"video"_s } });
    m_rating = combo(tr("Rating"),
                     { { tr("Any rating"), 0.0 },
                       { tr("★ 3 or more"), 3.0 },
                       { tr("★ 4 or more"), 4.0 },
                       { tr("★ 4.5 or more"), 4.5 } });
    m_sort = combo(tr("Order"),
                   { { tr("By name"), int(ProviderQuery::Sort::Name) },
                     { tr("Soonest free first"), int(ProviderQuery::Sort::NextFree) },
                     { tr("Best rated first"), int(ProviderQuery::Sort::Rating) },
                     { tr("Nearest first"), int(ProviderQuery::Sort::Distance) } });
    m_near = combo(tr("Near"), { { tr("Anywhere"), QString() } });
    m_near->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_withinKm = new QSpinBox(row);
    m_withinKm->setAccessibleName(tr("Within kilometres"));
    m_withinKm->setRange(0, 1000);
    m_withinKm->setValue(25);
    m_withinKm->setSpecialValueText(tr("any distance"));
    m_withinKm->setSuffix(tr(" km"));
    m_withinKm->setEnabled(false);
    m_days = new QSpinBox(row);
    m_days->setAccessibleName(tr("Free within days"));
    m_days->setRange(1, 90);
    m_days->setValue(daysAhead);
    m_days->setSuffix(tr(" days"));
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language, 0, 0);
    layout->addWidget(m_modality, 0, 1);
    layout->addWidget(m_rating, 0, 2);
    layout->addWidget(new QLabel(tr("Free within"), row), 0, 3, Qt::AlignRight);
    layout->addWidget(m_days, 0, 4);
    layout->addWidget(new QLabel(tr("Near"), row), 1, 0, Qt::AlignRight);
    layout->addWidget(m_near, 1, 1);
    layout->addWidget(m_withinKm, 1, 2);
    layout->addWidget(new QLabel(tr("Order"), row), 1, 3, Qt::AlignRight);
    layout->addWidget(m_sort, 1, 4);
    layout->setColumnStretch(5, 1);
    for (QComboBox *box : { m_language, m_modality, m_rating, m_sort, m_near })
        connect(box, &QComboBox::currentIndexChanged, this, &FindDoctorPage::search);
    connect(m_days, &QSpinBox::valueChanged, this, &FindDoctorPage::search);
    connect(m_withinKm, &QSpinBox::valueChanged, this, &FindDoctorPage::search);
    connect(m_near, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_withinKm->setEnabled(index > 0); });
    return row;
}

// The clinic's places a search can be near: those with a place on the map.
void FindDoctorPage::fillPlaces()
{
    auto locations = ClinicLocations(m_context.store->database()).list();
    if (!locations)
        return showMessage(m_message, locations.error().message);
    const QString chosen = m_near->currentData().toString();
    const QSignalBlocker quiet(m_near);
    while (m_near->count() > 1)
        m_near->removeItem(1);
    for (const ClinicLocation &location : *locations) {
        if (location.place)
            m_near->addItem(location.city.isEmpty() ? location.name
                                                    : location.name + u", " + location.city,
                            location.id);
    }
    m_near->setCurrentIndex(qMax(0, m_near->findData(chosen)));
    m_withinKm->setEnabled(m_near->currentIndex() > 0);
}

// The languages someone in the directory speaks, by name in the user's language.
void FindDoctorPage::fillLanguages()
{
    auto codes = ProviderDirectory(m_context.store->database()).languages();
    if (!codes)
        return showMessage(m_message, codes.error().message);
    const QString chosen = m_language->currentData().toString();
    const QSignalBlocker quiet(m_language);
    while (m_language->count() > 1)
        m_language->removeItem(1);
    for (const QString &code : *codes)
        m_language->addItem(ProviderPageView::languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosen)));
}

void FindDoctorPage::search()
{
    ProviderQuery query;
    query.name = m_words->text();
    query.city = m_city->text();
    query.language = m_language->currentData().toString();
    query.modality = ScheduleRows::modalityFromName(m_modality->currentData().toString());
    query.minRating = m_rating->currentData().toDouble();
    query.sort = ProviderQuery::Sort(m_sort->currentData().toInt());
    if (const QString near = m_near->currentData().toString(); !near.isEmpty()) {
        auto location = ClinicLocations(m_context.store->database()).find(near);
        if (location && location->has_value() && (*location)->place) {
            query.near = (*location)->place;
            query.withinKm = m_withinKm->value();
        }
    }
    query.nowMs = m_context.clock->nowMs();
    query.freeWithinDays = m_days->value();
    auto found = ProviderDirectory(m_context.store->database()).search(query);
    if (!found)
        return showMessage(m_message, found.error().message);
    // Words may name a specialty rather than a doctor: both are in the index.
    m_providers->setProviders(*found);
    // On a new computer the directory arrives with the first sync: an empty list then says
    // nothing about the clinic's doctors.
    m_awaitingFirstSync = found->isEmpty() && m_context.sync->status().lastSyncAt == 0;
    showMessage(m_message,
                m_awaitingFirstSync ? tr("The clinic's doctors are on their way to this "
                                         "computer; they show here as they arrive.")
                        : found->isEmpty()
                        ? tr("No doctor with free times in the next %1 days matches.")
                                  .arg(m_days->value())
                        : QString(),
                false);
    showSlots();
}

void FindDoctorPage::searchAgain()
{
    const ProviderHit *chosen = m_providers->at(m_providerList->currentIndex().row());
    const QString chosenId = chosen ? chosen->id : QString();
    search();
    for (int row = 0; !chosenId.isEmpty() && row < m_providers->rowCount(); ++row) {
        if (m_providers->at(row)->id == chosenId)
            return m_providerList->setCurrentIndex(m_providers->index(row));
    }
}

void FindDoctorPage::showSlots()
{
    const ProviderHit *provider = m_providers->at(m_providerList->currentIndex().row());
    showPage(provider);
    if (!provider) {
        m_slots->setSlots({});
        m_slotsTitle->setText(tr("Choose a doctor to see their free times."));
        m_request->setEnabled(false);
        return;
    }
    const qint64 now = m_context.clock->nowMs();
    auto offered = ProviderDirectory(m_context.store->database())
                           .freeSlotsOf(provider->id, now, now + m_days->value() * dayMs,
                                        ScheduleRows::modalityFromName(
                                                m_modality->currentData().toString()));
    if (!offered)
        return showMessage(m_message, offered.error().message);
    m_slots->setSlots(*offered);
    m_slotsTitle->setText(tr("Free times with %1").arg(provider->name));
    m_request->setEnabled(m_slotList->currentIndex().isValid());
}

bool FindDoctorPage::findingPatients() const
{
    return m_patientSearch && m_patientSearch->busy();
}

// Asks; the patients offered change when the answer comes (offerPatients).
void FindDoctorPage::findPatients(const QString &text)
{
    m_patientSearch->search(text);
}

void FindDoctorPage::offerPatients(const QString &text, const QList<Patient> &patients)
{
    // Found again for the same name (the register changed): the patient chosen stays chosen.
    // For a new name, the first found is.
    const QString chosen = text == std::exchange(m_patientsOffered, text) ? patientId() : QString();
    m_patient->clear();
    for (const Patient &patient : patients) {
        const QString born = patient.birthDate.isValid()
                ? u" ("_s + QLocale().toString(patient.birthDate, QLocale::ShortFormat) + u')'
                : QString();
        m_patient->addItem(patient.familyName + u", " + patient.givenName + born, patient.id);
    }
    if (const int row = m_patient->findData(chosen); !chosen.isEmpty() && row >= 0)
        m_patient->setCurrentIndex(row);
}

void FindDoctorPage::request()
{
    const ProviderHit *provider = m_providers->at(m_providerList->currentIndex().row());
    const Slot *chosen = m_slots->at(m_slotList->currentIndex().row());
    if (!provider || !chosen)
        return;
    // Copies: submitting refreshes the free times (their list is replaced) at once.
    const Slot slot = *chosen;
    const QString providerId = provider->id;
    const QString providerName = provider->name;
    const QString patientId = this->patientId();
    if (patientId.isEmpty())
        return showMessage(m_message, tr("Choose the patient the visit is for."));
    const QString id = newRowId(*m_context.clock);
    auto done = m_context.sync->submit(
            u"appointment.request"_s,
            { { u"id"_s, id },
              { u"patient_id"_s, patientId },
              { u"provider_id"_s, providerId },
              { u"start_at"_s, slot.startMs },
              { u"location_id"_s, slot.locationId },
              { u"modality"_s, slot.modality == Modality::Video ? u"video"_s : u"in_person"_s } });
    if (!done)
        return showMessage(m_message, done.error().message);
    showMessage(m_message,
                tr("Requested: %1 with %2. The doctor will confirm it.")
                        .arg(AppointmentListModel::when(slot.startMs), providerName),
                false);
    showSlots();
    emit requested(id);
}

QString FindDoctorPage::patientId() const
{
    return m_patient ? m_patient->currentData().toString() : m_context.account.accountId;
}

// The doctor's page, and what the user may do with the doctor besides booking.
void FindDoctorPage::showPage(const ProviderHit *provider)
{
    m_waitlist->setEnabled(provider != nullptr);
    if (m_myDoctor) {
        m_myDoctor->setEnabled(provider != nullptr);
        const bool mine = provider && myDoctors().contains(provider->id);
        m_myDoctor->setText(mine ? tr("Remove from my doctors") : tr("Add to my doctors"));
    }
    if (!provider)
        return m_page->clear();
    auto page = ProviderDirectory(m_context.store->database()).page(provider->id);
    if (!page)
        return m_page->clear();
    QList<QStringList> places;
    const ClinicLocations locations(m_context.store->database());
    for (const QString &id : page->locationIds) {
        auto location = locations.find(id);
        if (!location || !location->has_value())
            continue; // removed since: not a place to go to
        const ClinicLocation &at = **location;
        QStringList lines { at.name, at.postalAddress() };
        if (!at.hours.isEmpty())
            lines << tr("Open %1").arg(at.hours);
        if (!at.phone.isEmpty())
            lines << tr("Phone %1").arg(at.phone);
        places << lines;
    }
    m_page->setPage(*page, places,
                    ProviderPageView::hoursOf(m_context.store->database(), provider->id));
}

// The patient's own list of preferred doctors, from their profile.
QStringList FindDoctorPage::myDoctors() const
{
    auto me = PatientRepository(m_context.store->database()).find(m_context.account.accountId);
    if (!me || !me->has_value())
        return {};
    return (*me)->preferredProviders.split(u'|', Qt::SkipEmptyParts);
}

void FindDoctorPage::toggleMyDoctor()
{
    const ProviderHit *chosen = m_providers->at(m_providerList->currentIndex().row());
    if (!chosen)
        return;
    // A copy: submitting refreshes the search at once (its list is replaced).
    const ProviderHit hit = *chosen;
    const ProviderHit *provider = &hit;
    QStringList mine = myDoctors();
    const bool adding = !mine.contains(provider->id);
    if (adding)
        mine << provider->id;
    else
        mine.removeAll(provider->id);
    auto done = m_context.sync->submit(u"patient.update"_s,
                                       { { u"id"_s, m_context.account.accountId },
                                         { u"preferred_providers"_s, mine.join(u'|') } });
    if (!done)
        return showMessage(m_message, done.error().message);
    showMessage(m_message,
                adding ? tr("%1 is now among your doctors.").arg(provider->name)
                       : tr("%1 is no longer among your doctors.").arg(provider->name),
                false);
    showPage(provider);
}

// Waits for an earlier time with the doctor in the coming days; the notification centre tells
// the patient when a visit is cancelled or moved and its time is offered.
void FindDoctorPage::joinWaitlist()
{
    const ProviderHit *chosen = m_providers->at(m_providerList->currentIndex().row());
    const QString patient = patientId();
    if (!chosen)
        return;
    // A copy: submitting refreshes the search at once (its list is replaced).
    const ProviderHit hit = *chosen;
    const ProviderHit *provider = &hit;
    if (patient.isEmpty())
        return showMessage(m_message, tr("Choose the patient who waits."));
    const qint64 now = m_context.clock->nowMs();
    auto done = m_context.sync->submit(u"waitlist.join"_s,
                                       { { u"id"_s, newRowId(*m_context.clock) },
                                         { u"patient_id"_s, patient },
                                         { u"provider_id"_s, provider->id },
                                         { u"modality"_s, m_modality->currentData().toString() },
                                         { u"from_at"_s, now },
                                         { u"until_at"_s, now + m_days->value() * dayMs } });
    if (!done)
        return showMessage(m_message, done.error().message);
    showMessage(m_message,
                tr("On %1's waitlist for the next %2 days: a notice comes when an earlier time "
                   "frees up.")
                        .arg(provider->name)
                        .arg(m_days->value()),
                false);
}

} // namespace clinic::ui
