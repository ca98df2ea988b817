#pragma once

#include <QStyledItemDelegate>

namespace clinic::ui {

// Draws a note as a card: who and when in a smaller, quieter line, then the text, wrapped to
// the list's width.
class NoteDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QFont bylineFont;
        QRect byline;
        QRect body;
        int height = 0;
    };
    static Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace clinic::ui
