#include "sessionlistmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

void SessionListModel::setSessions(const QList<SessionInfo> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Program:
            return s.current ? tr("%1 (this one)").arg(s.client) : s.client;
        case Address:
            return s.source;
        case SignedIn:
            return when(s.createdAt);
        case LastUsed:
            return when(s.lastSeenAt);
        }
        return {};
    case Qt::FontRole:
        if (s.current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case int(DataRole::SessionId):
        return s.id;
    case int(DataRole::IsCurrent):
        return s.current;
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Program:
        return tr("Program");
    case Address:
        return tr("From");
    case SignedIn:
        return tr("Signed in");
    case LastUsed:
        return tr("Last used");
    }
    return {};
}

} // namespace clinic::ui
