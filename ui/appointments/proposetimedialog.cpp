#include "proposetimedialog.h"

#include "formwidgets.h"
#include "models/providerlistmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

ProposeTimeDialog::ProposeTimeDialog(const QList<Slot> &freeTimes, const QString &otherName,
                                     QWidget *parent, Purpose purpose)
    : QDialog(parent)
{
    const bool moving = purpose == Purpose::Move;
    const QString title = moving ? tr("Move the visit") : tr("Propose another time");
    setWindowTitle(title);
    m_model = new SlotListModel(this);
    m_model->setSlots(freeTimes);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Free times"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QString text;
    if (moving)
        text = freeTimes.isEmpty()
                ? tr("%1 has no free times in the next two weeks.").arg(otherName)
                : tr("Choose the new time with %1. The visit becomes a request again, which the "
                     "doctor confirms.")
                          .arg(otherName);
    else
        text = freeTimes.isEmpty()
                ? tr("You have no free times in the next two weeks to offer.")
                : tr("Choose a time to offer %1 instead. They can accept or decline it.")
                          .arg(otherName.isEmpty() ? tr("the patient") : otherName);
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *propose =
            buttons->addButton(moving ? tr("Move") : tr("Propose"), QDialogButtonBox::AcceptRole);
    propose->setEnabled(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, propose,
            [propose](const QModelIndex &current) { propose->setEnabled(current.isValid()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(title, this, 1.2));
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 420);
}

const Slot *ProposeTimeDialog::chosen() const
{
    return m_model->at(m_list->currentIndex().row());
}

} // namespace clinic::ui
