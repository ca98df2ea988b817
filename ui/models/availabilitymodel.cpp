#include "availabilitymodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

template<typename Row>
int rowOfId(const QList<Row> &rows, const QString &id)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows[row].id == id)
            return row;
    }
    return -1;
}

QFont italic()
{
    QFont font;
    font.setItalic(true);
    return font;
}

} // namespace

void AvailabilityRuleModel::setRules(const QList<RuleRow> &rules, const QSet<QString> &tentative)
{
    beginResetModel();
    m_rules = rules;
    m_tentative = tentative;
    endResetModel();
}

const RuleRow *AvailabilityRuleModel::at(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules[row] : nullptr;
}

int AvailabilityRuleModel::rowOf(const QString &id) const
{
    return rowOfId(m_rules, id);
}

int AvailabilityRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AvailabilityRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AvailabilityRuleModel::dayName(int dayOfWeek)
{
    return QLocale().standaloneDayName(dayOfWeek, QLocale::LongFormat);
}

QString AvailabilityRuleModel::modalityText(clinic::Modality modality)
{
    return modality == clinic::Modality::Video ? tr("Video") : tr("In person");
}

QString AvailabilityRuleModel::hoursText(const WeeklyRule &rule)
{
    return tr("%1–%2").arg(QLocale().toString(rule.start, u"HH:mm"_s),
                           QLocale().toString(rule.end, u"HH:mm"_s));
}

QString AvailabilityRuleModel::validText(const WeeklyRule &rule)
{
    const auto date = [](const QDate &d) {
        return QLocale().toString(d, u"d MMM yyyy"_s);
    };
    if (rule.validFrom.isNull() && rule.validUntil.isNull())
        return tr("Always");
    if (rule.validUntil.isNull())
        return tr("From %1").arg(date(rule.validFrom));
    if (rule.validFrom.isNull())
        return tr("Until %1").arg(date(rule.validUntil));
    return tr("%1 – %2").arg(date(rule.validFrom), date(rule.validUntil));
}

QString AvailabilityRuleModel::text(const RuleRow &row, int column) const
{
    const WeeklyRule &rule = row.rule;
    switch (column) {
    case Day:
        return m_tentative.contains(row.id)
                ? tr("%1 (waiting to sync)").arg(dayName(rule.dayOfWeek))
                : dayName(rule.dayOfWeek);
    case Hours:
        return hoursText(rule);
    case Modality:
        return modalityText(rule.modality);
    case Location:
        return rule.locationId;
    case SlotLength:
        return tr("%n min", nullptr, rule.slotMinutes);
    case TimeZone:
        return rule.timeZone;
    case Valid:
        return validText(rule);
    default:
        return {};
    }
}

QVariant AvailabilityRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleRow &row = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::FontRole:
        return m_tentative.contains(row.id) ? QVariant(italic()) : QVariant();
    case int(DataRole::RuleId):
        return row.id;
    case int(DataRole::IsTentative):
        return m_tentative.contains(row.id);
    default:
        return {};
    }
}

QVariant AvailabilityRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Hours:
        return tr("Hours");
    case Modality:
        return tr("Kind of visit");
    case Location:
        return tr("Location");
    case SlotLength:
        return tr("Slot");
    case TimeZone:
        return tr("Time zone");
    case Valid:
        return tr("Valid");
    default:
        return {};
    }
}

AvailabilityExceptionModel::AvailabilityExceptionModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QTimeZone::systemTimeZone())
{ }

void AvailabilityExceptionModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    endResetModel();
}

void AvailabilityExceptionModel::setExceptions(const QList<ExceptionRow> &exceptions,
                                               const QSet<QString> &tentative)
{
    beginResetModel();
    m_exceptions = exceptions;
    m_tentative = tentative;
    endResetModel();
}

const ExceptionRow *AvailabilityExceptionModel::at(int row) const
{
    return row >= 0 && row < m_exceptions.size() ? &m_exceptions[row] : nullptr;
}

int AvailabilityExceptionModel::rowOf(const QString &id) const
{
    return rowOfId(m_exceptions, id);
}

int AvailabilityExceptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exceptions.size());
}

int AvailabilityExceptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AvailabilityExceptionModel::whenText(const AvailabilityException &e) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(e.startMs, m_zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(e.endMs, m_zone);
    const auto day = [](const QDate &d) {
        return QLocale().toString(d, u"ddd d MMM yyyy"_s);
    };
    const auto time = [](const QDateTime &t) {
        return QLocale().toString(t.time(), u"HH:mm"_s);
    };
    if (start.time() == QTime(0, 0) && end.time() == QTime(0, 0)) {
        const QDate last = end.date().addDays(-1);
        return last == start.date() ? tr("%1 (all day)").arg(day(start.date()))
                                    : tr("%1 – %2 (all days)").arg(day(start.date()), day(last));
    }
    if (start.date() == end.date())
        return tr("%1, %2–%3").arg(day(start.date()), time(start), time(end));
    return tr("%1, %2 – %3, %4").arg(day(start.date()), time(start), day(end.date()), time(end));
}

QString AvailabilityExceptionModel::text(const ExceptionRow &row, int column) const
{
    const AvailabilityException &e = row.exception;
    const bool timeOff = e.kind == AvailabilityException::Kind::TimeOff;
    switch (column) {
    case Kind: {
        const QString kind = timeOff ? tr("Time off") : tr("Extra hours");
        return m_tentative.contains(row.id) ? tr("%1 (waiting to sync)").arg(kind) : kind;
    }
    case When:
        return whenText(e);
    case Details:
        if (timeOff)
            return tr("Nothing can be booked");
        return tr("%1 at %2, %n-minute slots", nullptr, e.slotMinutes)
                .arg(AvailabilityRuleModel::modalityText(e.modality), e.locationId);
    default:
        return {};
    }
}

QVariant AvailabilityExceptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExceptionRow &row = m_exceptions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::FontRole:
        return m_tentative.contains(row.id) ? QVariant(italic()) : QVariant();
    case int(DataRole::ExceptionId):
        return row.id;
    case int(DataRole::IsTimeOff):
        return row.exception.kind == AvailabilityException::Kind::TimeOff;
    case int(DataRole::IsTentative):
        return m_tentative.contains(row.id);
    default:
        return {};
    }
}

QVariant AvailabilityExceptionModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Change");
    case When:
        return tr("When");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace clinic::ui
