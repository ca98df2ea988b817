#include "notedelegate.h"

#include "models/notelistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace clinic::ui {

namespace {
constexpr int padding = 8;
constexpr int gap = 3;
constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QString bylineOf(const QModelIndex &index)
{
    PatientNote note;
    note.authorName = index.data(int(NoteListModel::DataRole::Author)).toString();
    note.createdAt = index.data(int(NoteListModel::DataRole::CreatedAt)).toLongLong();
    note.tentative = index.data(int(NoteListModel::DataRole::IsTentative)).toBool();
    return NoteListModel::byline(note);
}
} // namespace

NoteDelegate::Layout NoteDelegate::layoutFor(const QStyleOptionViewItem &option,
                                             const QModelIndex &index)
{
    Layout layout;
    layout.bylineFont = option.font;
    layout.bylineFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const int width = qMax(80, option.rect.width() - 2 * padding);
    const QRect area(option.rect.left() + padding, option.rect.top() + padding, width, 100000);
    layout.byline = QFontMetrics(layout.bylineFont).boundingRect(area, textFlags, bylineOf(index));
    const QRect bodyArea = area.adjusted(0, layout.byline.height() + gap, 0, 0);
    layout.body = option.fontMetrics.boundingRect(
            bodyArea, textFlags, index.data(int(NoteListModel::DataRole::Body)).toString());
    layout.height = layout.byline.height() + gap + layout.body.height() + 2 * padding;
    return layout;
}

void NoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, selection and focus from the style; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(option, index);
    painter->save();
    const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor quiet = option.palette.color(group, QPalette::Text);
    quiet.setAlphaF(0.7f); // still above 4.5:1 on the light palette's base
    painter->setFont(layout.bylineFont);
    painter->setPen(quiet);
    painter->drawText(layout.byline, textFlags, bylineOf(index));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, QPalette::Text));
    painter->drawText(layout.body, textFlags,
                      index.data(int(NoteListModel::DataRole::Body)).toString());
    painter->restore();
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Wrap to the list's current width, not to the size the item had before.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    return { opt.rect.width(), layoutFor(opt, index).height };
}

} // namespace clinic::ui
