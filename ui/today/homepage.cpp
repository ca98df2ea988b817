#include "homepage.h"

#include "formwidgets.h"
#include "pharmacy/pharmacyalerts.h"
#include "todayagenda.h"

#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QVBoxLayout>

namespace clinic::ui {

namespace {

QString greeting(const QString &name, const QTime &timeOfDay)
{
    const int hour = timeOfDay.hour();
    if (hour < 12)
        return HomePage::tr("Good morning, %1").arg(name);
    if (hour < 18)
        return HomePage::tr("Good afternoon, %1").arg(name);
    return HomePage::tr("Good evening, %1").arg(name);
}

QLabel *value(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString HomePage::titleFor(Role role)
{
    switch (role) {
    case Role::Patient:
        return tr("My profile");
    default:
        return tr("Today");
    }
}

HomePage::HomePage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("homePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    const QString firstName = m_context.account.displayName.section(u' ', 0, 0);
    layout->addWidget(heading(greeting(firstName, m_context.clock->local().time()), this, 1.6));
    auto *today =
            new QLabel(QLocale().toString(m_context.clock->today(), QLocale::LongFormat), this);
    layout->addWidget(today);
    const Role role = m_context.account.role;
    if (role == Role::Doctor || role == Role::FrontDesk) {
        m_agenda = new TodayAgenda(m_context, this);
        layout->addWidget(m_agenda, 1);
        layout->addWidget(accountBox());
    } else if (role == Role::Pharmacist) {
        // Their day: the queue's counts, low stock and lots expiring soon.
        m_pharmacyAlerts = new PharmacyAlerts(m_context, this);
        layout->addWidget(m_pharmacyAlerts);
        layout->addWidget(accountBox());
        layout->addStretch();
    } else {
        layout->addWidget(roleBox());
        layout->addWidget(accountBox());
        layout->addStretch();
    }
}

QWidget *HomePage::roleBox()
{
    auto *box = new QGroupBox(titleFor(m_context.account.role), this);
    auto *layout = new QVBoxLayout(box);
    QString text;
    switch (m_context.account.role) {
    case Role::Patient:
        text = tr("You are signed in as a patient of this clinic. Your appointments, messages, "
                  "prescriptions and bills will appear in Clinic as your clinic uses them.");
        break;
    case Role::Doctor: // their day is the agenda
    case Role::FrontDesk:
        break;
    case Role::Nurse:
        text = tr("The patients whose care team you are on are under My patients, with their "
                  "records and notes.");
        break;
    case Role::Pharmacist:
        text = tr("Your pharmacy's prescriptions are under Prescriptions, its stock under "
                  "Inventory.");
        break;
    case Role::Admin:
        text = tr("Users, verification requests and the security policy are in the pages on "
                  "the left.");
        break;
    }
    layout->addWidget(value(text, box));
    return box;
}

QWidget *HomePage::accountBox()
{
    auto *box = new QGroupBox(tr("Your account"), this);
    auto *form = new QFormLayout(box);
    const StoreDescription store = m_context.store->describe();
    form->addRow(tr("Name:"), value(m_context.account.displayName, box));
    form->addRow(tr("User name:"), value(m_context.account.username, box));
    form->addRow(tr("Role:"), value(Roles::displayName(m_context.account.role), box));
    form->addRow(tr("Clinic server:"),
                 value(m_context.online() ? tr("%1, connected").arg(m_context.account.server)
                                          : tr("%1, not reachable: working on this computer")
                                                    .arg(m_context.account.server),
                       box));
    form->addRow(
            tr("On this computer:"),
            value(tr("Encrypted store (SQLCipher %1, 256-bit AES), %2")
                          .arg(store.cipherVersion, QLocale().formattedDataSize(store.sizeBytes)),
                  box));
    return box;
}

} // namespace clinic::ui
