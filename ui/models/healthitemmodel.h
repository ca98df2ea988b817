#pragma once

#include <QAbstractTableModel>
#include <QCborMap>
#include <QSqlDatabase>

namespace clinic::ui {

// One field of a health-record item as the user sees and types it.
struct HealthItemField
{
    QString key; // the mutation's argument and the table's column
    QString label;
    bool required = false;
    QList<std::pair<QString, QString>> choices; // {stored value, label}; empty: free text
    bool isDate = false;
};

// A list of the patient's record: its table, its mutations ("<prefix>.put", ".remove") and
// its fields, the first of which names the item.
struct HealthItemKind
{
    QString table;
    QString mutationPrefix;
    QString title; // "Allergies"
    QString addLabel; // "Add an allergy…"
    QList<HealthItemField> fields;

    // Conditions, allergies, medications, insurance, in that order.
    static const QList<HealthItemKind> &all();
    static const HealthItemKind *find(QStringView table);
    QString textOf(const HealthItemField &field, const QCborMap &item) const;
};

// A patient's items of one kind, as synced, a column per field; severe allergies first.
class HealthItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole { ItemId = Qt::UserRole + 1 };

    HealthItemModel(const HealthItemKind &kind, QObject *parent = nullptr);

    // Reads the patient's live items from the store; false (and nothing shown) on failure.
    bool load(const QSqlDatabase &db, const QString &patientId);
    const HealthItemKind &kind() const { return m_kind; }
    const QCborMap *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HealthItemKind m_kind;
    QList<QCborMap> m_items;
};

} // namespace clinic::ui
