#include "finddoctorpage.h"

#include "domain/patientrepository.h"
#include "domain/providerdirectory.h"
#include "formwidgets.h"
#include "models/appointmentlistmodel.h"
#include "models/providerlistmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
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
    m_slots = new SlotListModel(this);
    m_slotList = new QListView(this);
    m_slotList->setModel(m_slots);
    m_slotList->setAccessibleName(tr("Free times"));
    m_slotList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slotsTitle = new QLabel(tr("Choose a doctor to see their free times."), this);
    m_slotsTitle->setWordWrap(true);
    m_request = new QPushButton(tr("Request this time"), this);
    m_request->setEnabled(false);
    m_message = messageLabel(this, u"findDoctorMessage"_s);

    auto *form = new QFormLayout;
    if (context.account.role == Role::FrontDesk) {
        auto *patientName = new QLineEdit(this);
        patientName->setAccessibleName(tr("Patient's name"));
        patientName->setPlaceholderText(tr("Type to find them in the register"));
        m_patient = new QComboBox(this);
        m_patient->setAccessibleName(tr("Patient"));
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
    auto *slotsColumn = new QVBoxLayout;
    slotsColumn->addWidget(m_slotsTitle);
    slotsColumn->addWidget(m_slotList, 1);
    slotsColumn->addWidget(m_request, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(m_providerList, 3);
    columns->addLayout(slotsColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(context.account.role == Role::FrontDesk ? tr("Book a visit")
                                                                      : tr("Find a doctor"),
                              this));
    layout->addLayout(searchRow);
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
    connect(m_context.sync, &SyncEngine::dataChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"provider_busy"_s) || tables.contains(u"availability_rule"_s)
            || tables.contains(u"availability_exception"_s))
            showSlots(); // a time someone else just took goes from the list
    });
    search();
}

void FindDoctorPage::search()
{
    ProviderQuery query;
    query.name = m_words->text();
    query.city = m_city->text();
    query.nowMs = QDateTime::currentMSecsSinceEpoch();
    query.freeWithinDays = daysAhead;
    auto found = ProviderDirectory(m_context.store->database()).search(query);
    if (!found)
        return showMessage(m_message, found.error().message);
    // Words may name a specialty rather than a doctor: both are in the index.
    m_providers->setProviders(*found);
    showMessage(
            m_message,
            found->isEmpty()
                    ? tr("No doctor with free times in the next %1 days matches.").arg(daysAhead)
                    : QString(),
            false);
    showSlots();
}

void FindDoctorPage::showSlots()
{
    const ProviderHit *provider = m_providers->at(m_providerList->currentIndex().row());
    if (!provider) {
        m_slots->setSlots({});
        m_slotsTitle->setText(tr("Choose a doctor to see their free times."));
        m_request->setEnabled(false);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto offered = ProviderDirectory(m_context.store->database())
                           .freeSlotsOf(provider->id, now, now + daysAhead * dayMs);
    if (!offered)
        return showMessage(m_message, offered.error().message);
    m_slots->setSlots(*offered);
    m_slotsTitle->setText(tr("Free times with %1").arg(provider->name));
    m_request->setEnabled(m_slotList->currentIndex().isValid());
}

void FindDoctorPage::findPatients(const QString &text)
{
    m_patient->clear();
    auto found = PatientRepository(m_context.store->database()).searchByName(text, 30);
    if (!found)
        return showMessage(m_message, found.error().message);
    for (const Patient &patient : *found) {
        const QString born = patient.birthDate.isValid()
                ? u" ("_s + QLocale().toString(patient.birthDate, QLocale::ShortFormat) + u')'
                : QString();
        m_patient->addItem(patient.familyName + u", " + patient.givenName + born, patient.id);
    }
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
    const QString patientId =
            m_patient ? m_patient->currentData().toString() : m_context.account.accountId;
    if (patientId.isEmpty())
        return showMessage(m_message, tr("Choose the patient the visit is for."));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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

} // namespace clinic::ui
