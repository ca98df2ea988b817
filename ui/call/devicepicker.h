#pragma once

#include "media/qt/mediadevicelist.h"

class QComboBox;

namespace clinic::ui {

// Fills a camera, microphone or speaker picker: each device by name (the id as item data),
// the chosen one (or the system's default) selected. With no device at all, one line saying
// so (noneText) and the picker disabled. Returns the selected id (empty when none).
QByteArray fillDevicePicker(QComboBox *picker, const QList<media::MediaDevice> &devices,
                            const QString &noneText, const QByteArray &chosen);
// The id of the picker's selected device.
QByteArray pickedDevice(const QComboBox *picker);

} // namespace clinic::ui
