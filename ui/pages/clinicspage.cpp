#include "clinicspage.h"

#include "domain/cliniclocations.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/locationlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

ClinicsPage::ClinicsPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"clinicsPage"_s);
    m_city = new QLineEdit(this);
    m_city->setAccessibleName(tr("City"));
    m_city->setPlaceholderText(tr("Your city, to see the centres there first"));
    m_city->setClearButtonEnabled(true);
    m_model = new LocationListModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Health centres"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(LocationListModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocationListModel::Address, QHeaderView::Stretch);
    header->setSectionResizeMode(LocationListModel::Phone, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocationListModel::Hours, QHeaderView::Stretch);
    m_table->hideColumn(LocationListModel::TimeZone);
    m_count = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Health centres"), this));
    layout->addWidget(m_city);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    connect(m_city, &QLineEdit::textChanged, this, &ClinicsPage::reload);
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"clinic_location"_s }, [this] { reload(); });
}

void ClinicsPage::setCity(const QString &city)
{
    m_city->setText(city); // reloads
}

// Those in the city typed come first, then the others, each group by name.
void ClinicsPage::reload()
{
    auto locations = ClinicLocations(m_context.store->database()).list();
    if (!locations)
        return m_count->setText(locations.error().message);
    const QString city = m_city->text().trimmed();
    QList<ClinicLocation> sorted = *locations;
    std::stable_partition(sorted.begin(), sorted.end(), [&city](const ClinicLocation &l) {
        return !city.isEmpty() && l.city.startsWith(city, Qt::CaseInsensitive);
    });
    m_model->setLocations(sorted);
    m_table->resizeRowsToContents();
    m_count->setText(sorted.isEmpty() ? tr("The clinic has not listed its centres yet.")
                                      : tr("Centres: %1").arg(sorted.size()));
}

} // namespace clinic::ui
