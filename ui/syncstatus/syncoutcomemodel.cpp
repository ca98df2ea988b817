#include "syncoutcomemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

void SyncOutcomeModel::setOutcomes(const QList<SyncOutcome> &outcomes)
{
    beginResetModel();
    m_outcomes = outcomes;
    endResetModel();
}

QString SyncOutcomeModel::describe(const QString &mutationName)
{
    if (mutationName == u"patient.register")
        return tr("Patient registration");
    if (mutationName == u"patient.update")
        return tr("Profile change");
    if (mutationName == u"note.add")
        return tr("Note");
    if (mutationName == u"care_team.assign")
        return tr("Care team assignment");
    if (mutationName == u"care_team.unassign")
        return tr("Care team removal");
    return mutationName; // a newer kind of change: its technical name beats nothing
}

int SyncOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int SyncOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncOutcome &o = m_outcomes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.createdAt).toLocalTime(),
                                      QLocale::ShortFormat);
        case Change:
            return describe(o.name);
        case Result:
            return o.confirmed ? tr("Confirmed") : tr("Refused");
        case Reason:
            return o.reason;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reason && !o.reason.isEmpty())
            return o.reason;
        if (index.column() == When && o.decidedAt > 0)
            return tr("Answered %1")
                    .arg(QLocale().toString(
                            QDateTime::fromMSecsSinceEpoch(o.decidedAt).toLocalTime(),
                            QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        // Dark red, as in the forms' error messages (above 7:1 on the light palette).
        if (!o.confirmed && index.column() == Result)
            return QBrush(QColor(0x9b, 0x00, 0x19));
        return {};
    case Qt::FontRole:
        if (!o.confirmed && !o.seen) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case int(DataRole::Number):
        return o.number;
    case int(DataRole::IsConfirmed):
        return o.confirmed;
    case int(DataRole::IsUnseen):
        return !o.seen;
    default:
        return {};
    }
}

QVariant SyncOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Made");
    case Change:
        return tr("Change");
    case Result:
        return tr("Server's answer");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace clinic::ui
