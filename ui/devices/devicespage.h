#pragma once

#include "clientcontext.h"
#include "devices/devicemanager.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace clinic::ui {

// A patient's Bluetooth health devices: scan (with progress), the devices found with their
// kind, Pair; the paired ones with their state (connected, out of reach and when the next
// attempt is, connecting), battery and last reading, Forget; the cuff's pressure while it
// inflates. When Bluetooth cannot be used (no adapter, switched off, permission refused) the
// page says so and what to do, instead of showing an empty list.
//
// The real adapter (BluetoothHealthDevices), or the simulated devices with
// ClientContext::simulatedDevices. Readings are recorded through the sync engine as
// vital.record (DeviceManager).
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    DevicesPage(const ClientContext &context, QWidget *parent = nullptr);
    // Over a manager someone else owns (tests).
    DevicesPage(DeviceManager &manager, const Clock &clock, QWidget *parent = nullptr);
    ~DevicesPage() override;

    // Null until the page is first shown (the adapter is looked at then, not at sign-in).
    DeviceManager *manager() const { return m_manager; }
    QTreeWidget *pairedList() const { return m_paired; }
    QTreeWidget *foundList() const { return m_found; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void build();
    void attach(DeviceManager &manager);
    void refreshAdapter();
    void refreshFound();
    void refreshPaired();
    void pairSelected();
    void forgetSelected();
    QString stateText(const DeviceManager::DeviceStatus &status) const;

    std::optional<ClientContext> m_context;
    std::unique_ptr<HealthDeviceSource> m_ownedSource;
    std::unique_ptr<DeviceManager> m_ownedManager;
    DeviceManager *m_manager = nullptr;
    const Clock &m_clock;
    bool m_started = false;

    QLabel *m_adapterMessage = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_cuff = nullptr;
    QLabel *m_noPaired = nullptr;
    QTreeWidget *m_paired = nullptr;
    QPushButton *m_forget = nullptr;
    QGroupBox *m_find = nullptr;
    QPushButton *m_scan = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_found = nullptr;
    QPushButton *m_pair = nullptr;
    QTimer m_countdown; // the "trying again in N s" while the page is shown
};

} // namespace clinic::ui
