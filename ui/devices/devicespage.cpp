#include "devicespage.h"

#include "devices/bluetoothhealthdevices.h"
#include "devices/simulatedhealthdevices.h"
#include "formwidgets.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;
using ConnectionState = HealthDeviceSource::ConnectionState;

namespace {

constexpr int addressRole = Qt::UserRole;

QTreeWidget *deviceList(const QStringList &columns, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAccessibleName(accessibleName);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

} // namespace

DevicesPage::DevicesPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_clock(*context.clock)
{
    build();
}

DevicesPage::DevicesPage(DeviceManager &manager, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock)
{
    build();
    attach(manager);
}

DevicesPage::~DevicesPage()
{
    // The manager listens to the source: it goes first.
    m_ownedManager.reset();
    m_ownedSource.reset();
}

void DevicesPage::build()
{
    setObjectName(u"devicesPage"_s);
    auto *intro = new QLabel(tr("Blood pressure monitors, thermometers, glucose meters, pulse "
                                "oximeters, scales and heart rate straps with Bluetooth send "
                                "their readings to Clinic by themselves once they are paired "
                                "here. Your care team sees them with the readings you type "
                                "in."),
                             this);
    intro->setWordWrap(true);
    m_adapterMessage = new QLabel(this);
    m_adapterMessage->setObjectName(u"devicesAdapterMessage"_s);
    m_adapterMessage->setWordWrap(true);
    m_adapterMessage->setAccessibleName(tr("Bluetooth"));
    m_adapterMessage->setFrameShape(QFrame::StyledPanel);
    m_adapterMessage->setMargin(10);
    m_adapterMessage->hide();
    m_message = messageLabel(this, u"devicesMessage"_s);

    auto *yours = new QGroupBox(tr("Your devices"), this);
    m_paired =
            deviceList({ tr("Device"), tr("Kind"), tr("State"), tr("Battery"), tr("Last reading") },
                       tr("Your devices"), yours);
    m_noPaired = new QLabel(tr("No device is paired yet. Switch your device on (or start a "
                               "measurement) and choose Scan."),
                            yours);
    m_noPaired->setObjectName(u"devicesNoPaired"_s);
    m_noPaired->setWordWrap(true);
    m_cuff = new QLabel(yours);
    m_cuff->setObjectName(u"devicesCuffPressure"_s);
    m_cuff->setAccessibleName(tr("Cuff pressure"));
    m_cuff->hide();
    m_forget = new QPushButton(tr("Forget"), yours);
    m_forget->setAccessibleName(tr("Forget the selected device"));
    m_forget->setEnabled(false);
    auto *yoursLayout = new QVBoxLayout(yours);
    yoursLayout->addWidget(m_noPaired, 0, Qt::AlignTop);
    yoursLayout->addWidget(m_paired, 1);
    yoursLayout->addWidget(m_cuff);
    auto *yoursButtons = new QHBoxLayout;
    yoursButtons->addStretch();
    yoursButtons->addWidget(m_forget);
    yoursLayout->addLayout(yoursButtons);

    m_find = new QGroupBox(tr("Add a device"), this);
    auto *find = m_find;
    m_scan = new QPushButton(tr("Scan"), find);
    m_scan->setAccessibleName(tr("Scan for devices"));
    m_scan->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_scan->setMinimumWidth(120);
    m_progress = new QProgressBar(find);
    m_progress->setRange(0, 0); // busy while scanning
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Scanning"));
    m_progress->hide();
    m_found = deviceList({ tr("Device"), tr("Kind"), tr("Signal") }, tr("Devices found"), find);
    m_pair = new QPushButton(tr("Pair"), find);
    m_pair->setAccessibleName(tr("Pair the selected device"));
    m_pair->setEnabled(false);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 0, Qt::AlignLeft);
    scanRow->addWidget(m_progress, 1);
    auto *findLayout = new QVBoxLayout(find);
    findLayout->addLayout(scanRow);
    findLayout->addWidget(m_found, 1);
    auto *findButtons = new QHBoxLayout;
    findButtons->addStretch();
    findButtons->addWidget(m_pair);
    findLayout->addLayout(findButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Devices"), this));
    layout->addWidget(intro);
    layout->addWidget(m_adapterMessage);
    layout->addWidget(yours, 3);
    layout->addWidget(find, 2);
    layout->addWidget(m_message);

    connect(m_scan, &QPushButton::clicked, this, [this] {
        if (!m_manager)
            return;
        m_message->hide();
        if (m_manager->isScanning())
            m_manager->stopScan();
        else
            m_manager->startScan();
    });
    connect(m_pair, &QPushButton::clicked, this, &DevicesPage::pairSelected);
    connect(m_forget, &QPushButton::clicked, this, &DevicesPage::forgetSelected);
    connect(m_found, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_pair->setEnabled(!m_found->selectedItems().isEmpty()); });
    connect(m_found, &QTreeWidget::itemActivated, this, &DevicesPage::pairSelected);
    connect(m_paired, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forget->setEnabled(!m_paired->selectedItems().isEmpty()); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        // Only a countdown moves by itself.
        if (!m_manager)
            return;
        const auto devices = m_manager->devices();
        if (std::any_of(devices.begin(), devices.end(),
                        [](const auto &d) { return d.reconnectAtMs > 0; }))
            refreshPaired();
    });
}

void DevicesPage::attach(DeviceManager &manager)
{
    m_manager = &manager;
    connect(&manager, &DeviceManager::devicesChanged, this, &DevicesPage::refreshPaired);
    connect(&manager, &DeviceManager::discoveredChanged, this, &DevicesPage::refreshFound);
    connect(&manager, &DeviceManager::scanningChanged, this, [this](bool scanning) {
        m_progress->setVisible(scanning);
        m_scan->setText(scanning ? tr("Stop") : tr("Scan"));
        if (!scanning && m_manager->discovered().isEmpty()
            && m_manager->source().adapterState() == HealthDeviceSource::AdapterState::Ready)
            showMessage(m_message,
                        tr("No new device was found. Switch the device on or start a "
                           "measurement on it, bring it close, and scan again."),
                        false);
    });
    connect(&manager, &DeviceManager::cuffPressureChanged, this,
            [this](const QString &, double mmHg) {
                m_cuff->setText(tr("Cuff pressure: %1 mmHg").arg(qRound(mmHg)));
                m_cuff->show();
            });
    connect(&manager, &DeviceManager::readingRecorded, this,
            [this](const QString &, const QString &text) {
                m_cuff->hide();
                showMessage(m_message, tr("Recorded: %1").arg(text), false);
            });
    connect(&manager, &DeviceManager::problem, this, [this](const QString &, const QString &text) {
        m_cuff->hide();
        refreshAdapter();
        showMessage(m_message, text);
    });
    connect(&manager.source(), &HealthDeviceSource::adapterStateChanged, this,
            &DevicesPage::refreshAdapter);
    refreshAdapter();
    refreshFound();
    refreshPaired();
    // Attached while being shown: lay out the message and lists now, not a frame later.
    layout()->activate();
}

void DevicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_manager && m_context) {
        // Created when first shown: QtBluetooth asks the system about the adapter here.
        if (m_context->simulatedDevices) {
            auto simulated = std::make_unique<SimulatedHealthDevices>();
            simulated->setAutomatic(true);
            m_ownedSource = std::move(simulated);
        } else {
            m_ownedSource = std::make_unique<BluetoothHealthDevices>();
        }
        SyncEngine *sync = m_context->sync;
        m_ownedManager = std::make_unique<DeviceManager>(
                *m_ownedSource, m_context->store->database(), m_context->account.accountId,
                *m_context->clock, [sync](const QString &name, const QCborMap &args) {
                    return sync->submit(name, args);
                });
        attach(*m_ownedManager);
    }
    if (m_manager && m_manager->source().adapterState() != HealthDeviceSource::AdapterState::Ready)
        m_manager->source().checkAdapter(); // plugged in or switched on since
    if (m_manager && !m_started) {
        m_started = true;
        if (auto started = m_manager->start(); !started)
            showMessage(m_message, started.error().message);
    }
    m_countdown.start();
}

void DevicesPage::hideEvent(QHideEvent *event)
{
    m_countdown.stop();
    QWidget::hideEvent(event);
}

void DevicesPage::refreshAdapter()
{
    const auto state = m_manager->source().adapterState();
    const bool ready = state == HealthDeviceSource::AdapterState::Ready;
    m_adapterMessage->setText(
            u"<b>%1</b><br>%2"_s.arg(tr("Bluetooth cannot be used").toHtmlEscaped(),
                                     HealthDeviceSource::adapterStateText(state).toHtmlEscaped()));
    m_adapterMessage->setVisible(!ready);
    m_scan->setEnabled(ready);
    // Nothing can be found without Bluetooth: the message says what to do instead.
    m_find->setVisible(ready);
    m_noPaired->setText(ready ? tr("No device is paired yet. Switch your device on (or start a "
                                   "measurement) and choose Scan.")
                              : tr("No device is paired yet."));
}

void DevicesPage::refreshFound()
{
    const QString selected = m_found->currentItem()
            ? m_found->currentItem()->data(0, addressRole).toString()
            : QString();
    m_found->clear();
    for (const DiscoveredHealthDevice &d : m_manager->discovered()) {
        auto *item = new QTreeWidgetItem(m_found);
        item->setText(0, d.name.isEmpty() ? d.address : d.name);
        item->setText(1, HealthDeviceKinds::displayName(d.services));
        item->setText(2, d.rssi == 0 ? QString() : tr("%1 dBm").arg(d.rssi));
        item->setData(0, addressRole, d.address);
        item->setToolTip(0, d.address);
        if (d.address == selected)
            m_found->setCurrentItem(item);
    }
    m_pair->setEnabled(!m_found->selectedItems().isEmpty());
}

QString DevicesPage::stateText(const DeviceManager::DeviceStatus &status) const
{
    switch (status.state) {
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Disconnected:
        return tr("Not connected");
    case ConnectionState::OutOfReach:
        if (status.reconnectAtMs > 0) {
            const qint64 seconds =
                    qMax<qint64>(0, (status.reconnectAtMs - m_clock.nowMs() + 999) / 1000);
            return tr("Out of reach, trying again in %n s", nullptr, int(seconds));
        }
        return tr("Out of reach");
    }
    return {};
}

void DevicesPage::refreshPaired()
{
    if (!m_manager)
        return;
    const QString selected = m_paired->currentItem()
            ? m_paired->currentItem()->data(0, addressRole).toString()
            : QString();
    const auto devices = m_manager->devices();
    m_paired->setUpdatesEnabled(false);
    m_paired->clear();
    bool inflating = false;
    for (const auto &status : devices) {
        auto *item = new QTreeWidgetItem(m_paired);
        item->setText(0, status.device.name);
        item->setText(1, HealthDeviceKinds::displayName(status.device.services));
        item->setText(2, stateText(status));
        item->setText(3,
                      status.device.batteryPercent ? tr("%1 %").arg(*status.device.batteryPercent)
                                                   : QString());
        QString last = status.device.lastReadingText;
        if (status.device.lastReadingAtMs) {
            // "at 08:30" today, else with the date.
            const QDateTime at =
                    QDateTime::fromMSecsSinceEpoch(*status.device.lastReadingAtMs).toLocalTime();
            last = at.date() == m_clock.today()
                    ? tr("%1, at %2").arg(last, QLocale().toString(at.time(), QLocale::ShortFormat))
                    : tr("%1, on %2").arg(last, QLocale().toString(at, QLocale::ShortFormat));
        }
        if (!status.lastError.isEmpty())
            item->setToolTip(2, status.lastError);
        item->setText(4, last);
        item->setData(0, addressRole, status.device.address);
        item->setToolTip(0, status.device.address);
        if (status.device.address == selected)
            m_paired->setCurrentItem(item);
        inflating = inflating || status.cuffPressureMmHg.has_value();
    }
    m_paired->setUpdatesEnabled(true);
    if (!inflating)
        m_cuff->hide();
    m_noPaired->setVisible(devices.isEmpty());
    m_paired->setVisible(!devices.isEmpty());
    m_forget->setEnabled(!m_paired->selectedItems().isEmpty());
}

void DevicesPage::pairSelected()
{
    const QTreeWidgetItem *item = m_found->currentItem();
    if (!item)
        return;
    const QString address = item->data(0, addressRole).toString();
    for (const DiscoveredHealthDevice &d : m_manager->discovered()) {
        if (d.address != address)
            continue;
        if (auto paired = m_manager->pair(d); !paired)
            showMessage(m_message, paired.error().message);
        else
            showMessage(m_message,
                        tr("%1 is paired. Take a measurement: it is recorded "
                           "by itself.")
                                .arg(d.name.isEmpty() ? d.address : d.name),
                        false);
        return;
    }
}

void DevicesPage::forgetSelected()
{
    const QTreeWidgetItem *item = m_paired->currentItem();
    if (!item)
        return;
    if (auto forgotten = m_manager->forget(item->data(0, addressRole).toString()); !forgotten)
        showMessage(m_message, forgotten.error().message);
}

} // namespace clinic::ui
