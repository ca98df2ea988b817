#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace clinic::ui {

class LiveView;
class HealthItemModel;

// A patient's record lists, a tab each: conditions, allergies, medications, insurance (or the
// ones given: the front desk keeps only insurance). Add…, Edit… and Remove go through the sync
// engine, so they work offline; what the user's role may not change is shown read-only.
class HealthRecordPanel : public QWidget
{
    Q_OBJECT
public:
    // `tables`: which lists, by table name (HealthItemKind::all() order when empty).
    HealthRecordPanel(const ClientContext &context, const QStringList &tables,
                      QWidget *parent = nullptr);

    void setPatient(const QString &patientId);
    QString patientId() const { return m_patientId; }
    void reload();
    HealthItemModel *model(const QString &table) const;
    QTableView *view(const QString &table) const;
    QTabWidget *tabs() const { return m_tabs; }
    // Opens the add (or, with a row, edit) dialog; what it returns is submitted.
    void addOrEdit(const QString &table, int row);
    void remove(const QString &table, int row);
    QString lastMessage() const;

private:
    struct List
    {
        HealthItemModel *model;
        QTableView *view;
    };
    QWidget *listTab(const QString &table);
    bool canEdit(const QString &table) const;
    void submit(const QString &name, QCborMap args);

    ClientContext m_context;
    LiveView *m_live = nullptr; // reads when shown
    QString m_patientId;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, List> m_lists;
};

} // namespace clinic::ui
