#include "healthitemmodel.h"

#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"

#include <QBrush>
#include <QDate>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QList<HealthItemKind> makeKinds()
{
    const auto tr = [](const char *text) {
        return HealthItemModel::tr(text);
    };
    HealthItemKind conditions {
        u"patient_condition"_s,
        u"condition"_s,
        tr("Conditions"),
        tr("Add a condition…"),
        { { u"name"_s, tr("Condition"), true, {}, false },
          { u"status"_s,
            tr("Status"),
            false,
            { { u"active"_s, tr("Active") }, { u"resolved"_s, tr("Resolved") } },
            false },
          { u"since"_s, tr("Since"), false, {}, false },
          { u"note"_s, tr("Note"), false, {}, false } }
    };
    HealthItemKind allergies { u"patient_allergy"_s,
                               u"allergy"_s,
                               tr("Allergies"),
                               tr("Add an allergy…"),
                               { { u"substance"_s, tr("Substance"), true, {}, false },
                                 { u"reaction"_s, tr("Reaction"), false, {}, false },
                                 { u"severity"_s,
                                   tr("Severity"),
                                   true,
                                   { { u"mild"_s, tr("Mild") },
                                     { u"moderate"_s, tr("Moderate") },
                                     { u"severe"_s, tr("Severe") } },
                                   false } } };
    HealthItemKind medications { u"patient_medication"_s,
                                 u"medication"_s,
                                 tr("Medications"),
                                 tr("Add a medication…"),
                                 { { u"name"_s, tr("Medication"), true, {}, false },
                                   { u"dose"_s, tr("Dose"), false, {}, false },
                                   { u"frequency"_s, tr("How often"), false, {}, false },
                                   { u"note"_s, tr("Note"), false, {}, false } } };
    HealthItemKind insurance { u"insurance_policy"_s,
                               u"insurance"_s,
                               tr("Insurance"),
                               tr("Add a policy…"),
                               { { u"insurer"_s, tr("Insurer"), true, {}, false },
                                 { u"policy_number"_s, tr("Policy number"), true, {}, false },
                                 { u"group_number"_s, tr("Group number"), false, {}, false },
                                 { u"holder_name"_s, tr("Policy holder"), false, {}, false },
                                 { u"valid_until"_s, tr("Valid until"), false, {}, true } } };
    return { conditions, allergies, medications, insurance };
}

} // namespace

const QList<HealthItemKind> &HealthItemKind::all()
{
    static const QList<HealthItemKind> kinds = makeKinds();
    return kinds;
}

const HealthItemKind *HealthItemKind::find(QStringView table)
{
    for (const HealthItemKind &kind : all()) {
        if (kind.table == table)
            return &kind;
    }
    return nullptr;
}

QString HealthItemKind::textOf(const HealthItemField &field, const QCborMap &item) const
{
    const QString value = item.value(field.key).toString();
    for (const auto &[stored, label] : field.choices) {
        if (stored == value)
            return label;
    }
    if (field.isDate && !value.isEmpty())
        return QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    return value; // a value this version does not know is shown as written
}

HealthItemModel::HealthItemModel(const HealthItemKind &kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{ }

bool HealthItemModel::load(const QSqlDatabase &db, const QString &patientId)
{
    QList<QCborMap> items;
    bool ok = true;
    if (!patientId.isEmpty()) {
        RowStore rows(db, RowStore::SearchIndex::None);
        auto found = rows.findLive(*SyncedTables::find(m_kind.table), u"patient_id"_s, patientId);
        ok = bool(found);
        if (found)
            items = *found;
    }
    const QString first = m_kind.fields.first().key;
    std::stable_sort(items.begin(), items.end(), [&first](const QCborMap &a, const QCborMap &b) {
        const bool severeA = a.value(u"severity"_s).toString() == u"severe";
        const bool severeB = b.value(u"severity"_s).toString() == u"severe";
        if (severeA != severeB)
            return severeA;
        return a.value(first).toString().compare(b.value(first).toString(), Qt::CaseInsensitive)
                < 0;
    });
    beginResetModel();
    m_items = items;
    endResetModel();
    return ok;
}

const QCborMap *HealthItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int HealthItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HealthItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kind.fields.size());
}

QVariant HealthItemModel::data(const QModelIndex &index, int role) const
{
    const QCborMap *row = item(index.row());
    if (!row || index.column() >= m_kind.fields.size())
        return {};
    const HealthItemField &field = m_kind.fields[index.column()];
    const bool severe = row->value(u"severity"_s).toString() == u"severe";
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_kind.textOf(field, *row);
    case Qt::FontRole:
        if (severe) { // a severe allergy must not be overlooked
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ItemId:
        return row->value(u"id"_s).toString();
    default:
        return {};
    }
}

QVariant HealthItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_kind.fields.size())
        return {};
    return m_kind.fields[section].label;
}

} // namespace clinic::ui
