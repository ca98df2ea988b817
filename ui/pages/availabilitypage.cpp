#include "availabilitypage.h"

#include "dialogs/availabilityexceptiondialog.h"
#include "dialogs/availabilityruledialog.h"
#include "domain/availabilityrepository.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/availabilitymodel.h"
#include "scheduling/schedulerows.h"
#include "util/rowid.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

// Columns as wide as their contents, and a little air between them.
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, view->columnWidth(column) + 20);
}

QPushButton *addButton(QHBoxLayout *row, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    row->addWidget(button);
    return button;
}

} // namespace

AvailabilityPage::AvailabilityPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"availabilityPage"_s);
    m_rules = new AvailabilityRuleModel(this);
    m_exceptions = new AvailabilityExceptionModel(this);
    m_message = messageLabel(this, u"availabilityMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("My availability"), this));
    layout->addWidget(createRuleSection(), 3);
    layout->addWidget(createExceptionSection(), 2);
    layout->addWidget(m_message);

    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"availability_rule"_s, u"availability_exception"_s }, [this] { refresh(); });
}

QTableView *AvailabilityPage::createTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AvailabilityPage::updateButtons);
    return view;
}

QWidget *AvailabilityPage::createRuleSection()
{
    auto *section = new QWidget(this);
    m_ruleView = createTable(m_rules, tr("Weekly hours"));
    m_noRules = new QLabel(tr("You have no weekly hours yet, so patients cannot book you. Add "
                              "the hours you see patients."),
                           section);
    m_noRules->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    connect(addButton(buttons, tr("Add hours…"), section), &QPushButton::clicked, this,
            &AvailabilityPage::addHours);
    m_editRule = addButton(buttons, tr("Change…"), section);
    m_removeRule = addButton(buttons, tr("Remove hours"), section);
    connect(m_editRule, &QPushButton::clicked, this, &AvailabilityPage::editHours);
    connect(m_ruleView, &QTableView::activated, this, &AvailabilityPage::editHours);
    connect(m_removeRule, &QPushButton::clicked, this, &AvailabilityPage::removeHours);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Weekly hours"), section, 1.1));
    layout->addWidget(m_noRules);
    layout->addWidget(m_ruleView, 1);
    layout->addLayout(buttons);
    return section;
}

QWidget *AvailabilityPage::createExceptionSection()
{
    auto *section = new QWidget(this);
    m_exceptionView = createTable(m_exceptions, tr("Time off and extra hours"));
    auto *buttons = new QHBoxLayout;
    connect(addButton(buttons, tr("Add time off…"), section), &QPushButton::clicked, this,
            [this] { addException(AvailabilityException::Kind::TimeOff); });
    connect(addButton(buttons, tr("Add extra hours…"), section), &QPushButton::clicked, this,
            [this] { addException(AvailabilityException::Kind::ExtraHours); });
    m_removeException = addButton(buttons, tr("Remove"), section);
    m_removeException->setAccessibleName(tr("Remove time off or extra hours"));
    connect(m_removeException, &QPushButton::clicked, this, &AvailabilityPage::removeException);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Time off and extra hours"), section, 1.1));
    auto *zone = new QLabel(tr("Times here are in this computer's time zone, %1.")
                                    .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                            section);
    zone->setWordWrap(true);
    layout->addWidget(zone);
    layout->addWidget(m_exceptionView, 1);
    layout->addLayout(buttons);
    return section;
}

void AvailabilityPage::refresh()
{
    auto hours =
            AvailabilityRepository::of(m_context.store->database(), m_context.account.accountId);
    if (!hours)
        return showMessage(m_message, hours.error().message);
    const auto tentative = [this](const QString &table, const QString &id) {
        auto waiting = m_context.sync->replica().isTentative(table, id);
        return waiting && *waiting;
    };
    QSet<QString> waitingRules, waitingExceptions;
    for (const RuleRow &row : hours->rules) {
        if (tentative(u"availability_rule"_s, row.id))
            waitingRules.insert(row.id);
    }
    for (const ExceptionRow &row : hours->exceptions) {
        if (tentative(u"availability_exception"_s, row.id))
            waitingExceptions.insert(row.id);
    }
    const QString rule = selectedRuleId();
    const QString exception = selectedExceptionId();
    m_rules->setRules(hours->rules, waitingRules);
    m_exceptions->setExceptions(hours->exceptions, waitingExceptions);
    fitColumns(m_ruleView);
    fitColumns(m_exceptionView);
    m_noRules->setVisible(hours->rules.isEmpty());
    if (const int row = m_rules->rowOf(rule); row >= 0)
        m_ruleView->selectRow(row);
    if (const int row = m_exceptions->rowOf(exception); row >= 0)
        m_exceptionView->selectRow(row);
    updateButtons();
}

void AvailabilityPage::updateButtons()
{
    m_editRule->setEnabled(!selectedRuleId().isEmpty());
    m_removeRule->setEnabled(!selectedRuleId().isEmpty());
    m_removeException->setEnabled(!selectedExceptionId().isEmpty());
}

QString AvailabilityPage::selectedRuleId() const
{
    const RuleRow *row = m_rules->at(m_ruleView->currentIndex().row());
    return row ? row->id : QString();
}

QString AvailabilityPage::selectedExceptionId() const
{
    const ExceptionRow *row = m_exceptions->at(m_exceptionView->currentIndex().row());
    return row ? row->id : QString();
}

QString AvailabilityPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

// The places already in use, most used first: the doctor picks one rather than retyping it.
QStringList AvailabilityPage::knownLocations() const
{
    QHash<QString, int> uses;
    for (int row = 0; row < m_rules->rowCount(); ++row)
        ++uses[m_rules->at(row)->rule.locationId];
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        if (const QString &place = m_exceptions->at(row)->exception.locationId; !place.isEmpty())
            ++uses[place];
    }
    QStringList places = uses.keys();
    std::sort(places.begin(), places.end(), [&uses](const QString &a, const QString &b) {
        return uses[a] != uses[b] ? uses[a] > uses[b] : a < b;
    });
    return places;
}

QString AvailabilityPage::saveRules(const QList<WeeklyRule> &rules, const QString &editedId)
{
    QString id = editedId; // the first day keeps the edited rule's row; others are new
    for (const WeeklyRule &rule : rules) {
        QCborMap args = ScheduleRows::ruleColumns(rule);
        args.insert(u"id"_s, id.isEmpty() ? newRowId(*m_context.clock) : id);
        args.insert(u"provider_id"_s, m_context.account.accountId);
        auto done = m_context.sync->submit(u"availability.set_rule"_s, args);
        if (!done)
            return done.error().message;
        id.clear();
    }
    showMessage(m_message, {});
    return {};
}

QString AvailabilityPage::saveException(const AvailabilityException &e)
{
    const bool extra = e.kind == AvailabilityException::Kind::ExtraHours;
    auto done = m_context.sync->submit(u"availability.add_exception"_s,
                                       { { u"id"_s, newRowId(*m_context.clock) },
                                         { u"provider_id"_s, m_context.account.accountId },
                                         { u"kind"_s, extra ? u"extra_hours"_s : u"time_off"_s },
                                         { u"start_at"_s, e.startMs },
                                         { u"end_at"_s, e.endMs },
                                         { u"location_id"_s, e.locationId },
                                         { u"modality"_s, ScheduleRows::modalityName(e.modality) },
                                         { u"slot_minutes"_s, e.slotMinutes } });
    if (!done)
        return done.error().message;
    showMessage(m_message, {});
    return {};
}

void AvailabilityPage::addHours()
{
    auto *dialog = new AvailabilityRuleDialog(
            knownLocations(),
            [this](const QList<WeeklyRule> &rules) { return saveRules(rules, {}); },
            m_context.clock->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AvailabilityPage::editHours()
{
    const RuleRow *row = m_rules->at(m_ruleView->currentIndex().row());
    if (!row)
        return;
    const QString id = row->id;
    auto *dialog = new AvailabilityRuleDialog(
            knownLocations(),
            [this, id](const QList<WeeklyRule> &rules) { return saveRules(rules, id); },
            m_context.clock->today(), this);
    dialog->setRule(row->rule);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AvailabilityPage::removeHours()
{
    const RuleRow *row = m_rules->at(m_ruleView->currentIndex().row());
    if (!row)
        return;
    const QString what = tr("%1 %2").arg(AvailabilityRuleModel::dayName(row->rule.dayOfWeek),
                                         AvailabilityRuleModel::hoursText(row->rule));
    auto done = m_context.sync->submit(u"availability.remove_rule"_s, { { u"id"_s, row->id } });
    showMessage(m_message,
                done ? tr("Removed your hours on %1. Visits already booked in them stay.").arg(what)
                     : done.error().message,
                !done);
}

void AvailabilityPage::addException(AvailabilityException::Kind kind)
{
    auto *dialog = new AvailabilityExceptionDialog(
            kind, knownLocations(),
            [this](const AvailabilityException &e) { return saveException(e); },
            m_context.clock->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AvailabilityPage::removeException()
{
    const QString id = selectedExceptionId();
    if (id.isEmpty())
        return;
    auto done = m_context.sync->submit(u"availability.remove_exception"_s, { { u"id"_s, id } });
    showMessage(m_message, done ? QString() : done.error().message);
}

} // namespace clinic::ui
