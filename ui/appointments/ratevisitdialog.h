#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace clinic::ui {

// A patient's stars (1 to 5) and a few words for a completed visit. Only the doctor reads the
// words; the directory shows the average of the stars.
class RateVisitDialog : public QDialog
{
    Q_OBJECT
public:
    RateVisitDialog(const QString &doctorName, int stars, const QString &comment,
                    QWidget *parent = nullptr);

    int stars() const;
    QString comment() const;
    QComboBox *starChoice() const { return m_stars; }

private:
    QComboBox *m_stars = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace clinic::ui
