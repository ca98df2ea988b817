#include "pharmacyalerts.h"

#include "formwidgets.h"
#include "liveview.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacy/prescriptionrepository.h"
#include "pharmacyformat.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxListed = 12; // then "and N more"

QLabel *label(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QGroupBox *box(const QString &title, QLabel *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QString lotsHtml(const QList<StockLotEntry> &lots, QDate today, const QString &none)
{
    if (lots.isEmpty())
        return none.toHtmlEscaped();
    QStringList lines;
    for (const StockLotEntry &lot : lots.mid(0, maxListed))
        lines << PharmacyAlerts::tr("<b>%1</b>, lot %2: %3 units, expires %4 (in %5 days)")
                         .arg(PharmacyFormat::drug(lot.drugName, lot.strength, lot.form)
                                      .toHtmlEscaped(),
                              lot.lotNumber.toHtmlEscaped())
                         .arg(lot.quantity)
                         .arg(QLocale().toString(lot.expiryDate, QLocale::ShortFormat))
                         .arg(today.daysTo(lot.expiryDate));
    if (lots.size() > maxListed)
        lines << PharmacyAlerts::tr("and %1 more (Inventory)").arg(lots.size() - maxListed);
    return lines.join(u"<br>");
}

} // namespace

PharmacyAlerts::PharmacyAlerts(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"pharmacyAlerts"_s);
    m_queue = label(u"queueCounts"_s, tr("Prescriptions waiting"), this);
    m_low = label(u"lowStock"_s, tr("Low stock"), this);
    m_expiring30 = label(u"expiring30"_s, tr("Expiring within 30 days"), this);
    m_expiring60 = label(u"expiring60"_s, tr("Expiring within 60 days"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box(tr("Prescriptions"), m_queue, this));
    layout->addWidget(box(tr("Low stock"), m_low, this));
    layout->addWidget(box(tr("Expiring within 30 days"), m_expiring30, this));
    layout->addWidget(box(tr("Expiring in 31 to 60 days"), m_expiring60, this));
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"prescription_fill"_s, u"stock_item"_s, u"stock_lot"_s, u"pharmacy_member"_s },
                 [this] { reload(); });
}

void PharmacyAlerts::reload()
{
    const QSqlDatabase db = m_context.store->database();
    const QDate today = m_context.clock->today();
    auto pharmacy = PrescriptionRepository::pharmacyOf(db, m_context.account.accountId);
    if (!pharmacy || pharmacy->isEmpty()) {
        m_queue->setText(!pharmacy ? pharmacy.error().message.toHtmlEscaped()
                                   : tr("You are not assigned to a pharmacy yet: the clinic's "
                                        "administrator assigns you to one."));
        m_low->clear();
        m_expiring30->clear();
        m_expiring60->clear();
        return;
    }
    auto counts = InventoryRepository::queueCounts(db, *pharmacy);
    auto items = InventoryRepository::items(db, *pharmacy, today);
    auto soon = InventoryRepository::expiringWithin(db, *pharmacy, today, 60);
    if (!counts || !items || !soon) {
        const Error error = !counts ? counts.error() : !items ? items.error() : soon.error();
        m_queue->setText(error.message.toHtmlEscaped());
        return;
    }
    m_queue->setText(tr("New: <b>%1</b> · in progress: <b>%2</b> · ready for pick-up: <b>%3</b> · "
                        "returned to the prescriber: <b>%4</b>")
                             .arg(counts->value(u"new"_s))
                             .arg(counts->value(u"in_progress"_s))
                             .arg(counts->value(u"ready"_s))
                             .arg(counts->value(u"returned"_s)));
    QStringList low;
    for (const StockItemSummary &item : std::as_const(*items)) {
        if (item.low())
            low << tr("<b>%1</b>: %2 on hand, reorder at %3")
                            .arg(PharmacyFormat::drug(item.drugName, item.strength, item.form)
                                         .toHtmlEscaped())
                            .arg(item.onHand)
                            .arg(item.reorderLevel);
    }
    if (low.size() > maxListed) {
        const auto more = low.size() - maxListed;
        low = low.mid(0, maxListed);
        low << tr("and %1 more (Inventory)").arg(more);
    }
    m_low->setText(low.isEmpty() ? tr("Every item is above its reorder level.").toHtmlEscaped()
                                 : low.join(u"<br>"));
    QList<StockLotEntry> within30, within60;
    for (const StockLotEntry &lot : std::as_const(*soon))
        (today.daysTo(lot.expiryDate) <= 30 ? within30 : within60).append(lot);
    m_expiring30->setText(lotsHtml(within30, today, tr("No lot expires within 30 days.")));
    m_expiring60->setText(lotsHtml(within60, today, tr("No other lot expires within 60 days.")));
}

} // namespace clinic::ui
