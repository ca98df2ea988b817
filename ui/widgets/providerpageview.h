#pragma once

#include "domain/providerdirectory.h"

#include <QScrollArea>

class QLabel;

namespace clinic::ui {

// A doctor's page as a patient reads it before booking: specialties, rating, licence,
// experience, fee, languages, how they see patients, credentials, about, and where.
class ProviderPageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ProviderPageView(QWidget *parent = nullptr);

    // `places`: each of the doctor's clinic locations as lines to show (name, address, hours);
    // `hours`: their weekly hours (availability rules), shown as office hours.
    void setPage(const ProviderPage &page, const QList<QStringList> &places,
                 const QList<WeeklyRule> &hours);
    // The provider's weekly hours as synced here; none when they cannot be read (the page
    // then shows no office hours rather than wrong ones).
    static QList<WeeklyRule> hoursOf(const QSqlDatabase &db, const QString &providerId);
    // "Monday 09:00–12:00, in person": a weekly rule as a patient reads it.
    static QString hoursLine(const WeeklyRule &rule);
    void clear();
    QString text() const; // what is shown, as plain text

    // "English", "Portuguese": a language code in the user's language.
    static QString languageName(const QString &code);

private:
    static QString officeHours(const QList<WeeklyRule> &hours);

    QLabel *m_label = nullptr;
};

} // namespace clinic::ui
