#include "pharmacyalerts.h"

#include "formwidgets.h"
#include "liveview.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacyformat.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

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

QString lotsHtml(const QList<StockLotView> &lots, const QString &none)
{
    if (lots.isEmpty())
        return none.toHtmlEscaped();
    QStringList lines;
    for (const StockLotView &lot : lots.mid(0, maxListed)) {
        const QString what =
                PharmacyFormat::drug(lot.drugName, lot.strength, lot.form).toHtmlEscaped();
        const QString expiry = QLocale().toString(lot.expiryDate, QLocale::ShortFormat);
        const QString units = PharmacyAlerts::tr("%n unit(s)", nullptr, int(lot.quantity));
        lines << (lot.expired ? PharmacyAlerts::tr("<b>%1</b>, lot %2: %3, <b style=\"color:"
                                                   "#a01010\">expired</b> %4: write them off")
                                        .arg(what, lot.lotNumber.toHtmlEscaped(), units, expiry)
                              : PharmacyAlerts::tr("<b>%1</b>, lot %2: %3, expires %4 (%5)")
                                        .arg(what, lot.lotNumber.toHtmlEscaped(), units, expiry,
                                             PharmacyAlerts::tr("in %n day(s)", nullptr,
                                                                int(lot.daysLeft))));
    }
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
    auto pharmacy = InventoryRepository::pharmacyOf(db, m_context.account.accountId);
    if (!pharmacy || pharmacy->isEmpty()) {
        m_queue->setText(!pharmacy ? pharmacy.error().message.toHtmlEscaped()
                                   : tr("You are not assigned to a pharmacy yet: the clinic's "
                                        "administrator assigns you to one."));
        m_low->clear();
        m_expiring30->clear();
        m_expiring60->clear();
        return;
    }
    // Counts by status (one grouped query), not the fills themselves: the home page runs on the
    // window's thread.
    auto open = InventoryRepository::queueCounts(db, *pharmacy);
    auto items = InventoryRepository::lowStock(db, *pharmacy, today);
    auto soon = InventoryRepository::expiringWithin(db, *pharmacy, today, 60);
    if (!open || !items || !soon) {
        const Error error = !open ? open.error() : !items ? items.error() : soon.error();
        m_queue->setText(error.message.toHtmlEscaped());
        return;
    }
    m_queue->setText(tr("New: <b>%1</b> · in progress: <b>%2</b> · ready for pick-up: <b>%3</b> · "
                        "returned to the prescriber: <b>%4</b>")
                             .arg(open->value(u"new"_s))
                             .arg(open->value(u"in_progress"_s))
                             .arg(open->value(u"ready"_s))
                             .arg(open->value(u"returned"_s)));
    QStringList low;
    for (const StockItemView &item : std::as_const(*items))
        low << tr("<b>%1</b>: %2 usable, reorder at %3")
                        .arg(PharmacyFormat::drug(item.drugName, item.strength, item.form)
                                     .toHtmlEscaped())
                        .arg(item.usable)
                        .arg(item.reorderLevel);
    if (low.size() > maxListed) {
        const auto more = low.size() - maxListed;
        low = low.mid(0, maxListed);
        low << tr("and %1 more (Inventory)").arg(more);
    }
    m_low->setText(low.isEmpty() ? tr("Every item is above its reorder level.").toHtmlEscaped()
                                 : low.join(u"<br>"));
    QList<StockLotView> within30, within60;
    for (const StockLotView &lot : std::as_const(*soon))
        (lot.daysLeft <= 30 ? within30 : within60).append(lot);
    m_expiring30->setText(lotsHtml(within30, tr("No lot expires within 30 days.")));
    m_expiring60->setText(lotsHtml(within60, tr("No other lot expires within 60 days.")));
}

} // namespace clinic::ui
