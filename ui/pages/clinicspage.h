#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace clinic::ui {

class LocationListModel;

// The clinic's health centres for patients: where each is, when it is open and how to call
// it, narrowed by city. Read from this computer, so it works offline.
class ClinicsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicsPage(const ClientContext &context, QWidget *parent = nullptr);

    LocationListModel *model() const { return m_model; }
    void setCity(const QString &city);
    void reload();

private:
    ClientContext m_context;
    QLineEdit *m_city = nullptr;
    LocationListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace clinic::ui
