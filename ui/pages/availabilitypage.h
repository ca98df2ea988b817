#pragma once

#include "clientcontext.h"
#include "scheduling/availability.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class AvailabilityExceptionModel;
class AvailabilityRuleModel;

// "My availability": a doctor's weekly hours and their exceptions (time off, extra hours),
// added, changed and removed through the sync engine (availability.* mutations), so it works
// offline; patients see the change in their free times once it has synced.
class AvailabilityPage : public QWidget
{
    Q_OBJECT
public:
    explicit AvailabilityPage(const ClientContext &context, QWidget *parent = nullptr);

    AvailabilityRuleModel *rules() const { return m_rules; }
    AvailabilityExceptionModel *exceptions() const { return m_exceptions; }
    QTableView *ruleView() const { return m_ruleView; }
    QTableView *exceptionView() const { return m_exceptionView; }
    QString message() const; // the last problem or confirmation shown; empty when none

    void addHours();
    void editHours();
    void removeHours();
    void addException(AvailabilityException::Kind kind);
    void removeException();

private:
    QWidget *createRuleSection();
    QWidget *createExceptionSection();
    QTableView *createTable(QAbstractItemModel *model, const QString &name);
    void refresh();
    void updateButtons();
    QStringList knownLocations() const;
    QString saveRules(const QList<WeeklyRule> &rules, const QString &editedId);
    QString saveException(const AvailabilityException &exception);
    QString selectedRuleId() const;
    QString selectedExceptionId() const;

    ClientContext m_context;
    AvailabilityRuleModel *m_rules = nullptr;
    AvailabilityExceptionModel *m_exceptions = nullptr;
    QTableView *m_ruleView = nullptr;
    QTableView *m_exceptionView = nullptr;
    QLabel *m_noRules = nullptr;
    QPushButton *m_editRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QPushButton *m_removeException = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
