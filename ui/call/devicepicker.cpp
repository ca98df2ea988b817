#include "devicepicker.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace clinic::ui {

QByteArray fillDevicePicker(QComboBox *picker, const QList<media::MediaDevice> &devices,
                            const QString &noneText, const QByteArray &chosen)
{
    const QSignalBlocker quiet(picker);
    picker->clear();
    if (devices.isEmpty()) {
        picker->addItem(noneText, QByteArray());
        picker->setEnabled(false);
        return {};
    }
    picker->setEnabled(true);
    int selected = 0;
    for (const media::MediaDevice &device : devices) {
        if (chosen.isEmpty() ? device.isDefault : device.id == chosen)
            selected = picker->count();
        picker->addItem(device.name, device.id);
    }
    picker->setCurrentIndex(selected);
    return pickedDevice(picker);
}

QByteArray pickedDevice(const QComboBox *picker)
{
    return picker->currentData().toByteArray();
}

} // namespace clinic::ui
