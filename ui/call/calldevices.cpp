#include "calldevices.h"

#include "devicepicker.h"
#include "media/audiosink.h"
#include "media/audiosource.h"
#include "media/videosource.h"

#include <QComboBox>

namespace clinic::ui {

using namespace Qt::StringLiterals;
using namespace clinic::media;

namespace {

QComboBox *picker(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(12);
    return combo;
}

// Stops the device in place, makes the new one, tells the window, and only then lets the old
// one go: whatever the window connected to it is gone by the time it is deleted.
template<typename Device, typename Made, typename Signal>
void replace(std::unique_ptr<Device> &slot, Made made, CallDevices *devices, Signal changed)
{
    if (slot)
        slot->stop();
    std::unique_ptr<Device> previous = std::exchange(slot, std::move(made));
    emit(devices->*changed)(slot.get());
}

} // namespace

CallDevices::CallDevices(const MediaProvider &provider, QWidget *pickerParent)
    : QObject(pickerParent), m_provider(provider)
{
    m_cameraPicker = picker(u"cameraPicker"_s, tr("Camera"), pickerParent);
    m_microphonePicker = picker(u"microphonePicker"_s, tr("Microphone"), pickerParent);
    m_speakerPicker = picker(u"speakerPicker"_s, tr("Speaker"), pickerParent);
    connect(m_cameraPicker, &QComboBox::activated, this,
            [this] { useCamera(pickedDevice(m_cameraPicker)); });
    connect(m_microphonePicker, &QComboBox::activated, this,
            [this] { useMicrophone(pickedDevice(m_microphonePicker)); });
    connect(m_speakerPicker, &QComboBox::activated, this,
            [this] { useSpeaker(pickedDevice(m_speakerPicker)); });
}

CallDevices::~CallDevices()
{
    stopAll();
}

void CallDevices::load(const DeviceChoice &chosen)
{
    useCamera(fillDevicePicker(m_cameraPicker, m_provider.cameras(), tr("No camera found"),
                               chosen.camera));
    useMicrophone(fillDevicePicker(m_microphonePicker, m_provider.microphones(),
                                   tr("No microphone found"), chosen.microphone));
    useSpeaker(fillDevicePicker(m_speakerPicker, m_provider.speakers(), tr("No speaker found"),
                                chosen.speaker));
}

DeviceChoice CallDevices::choice() const
{
    return { pickedDevice(m_cameraPicker), pickedDevice(m_microphonePicker),
             pickedDevice(m_speakerPicker) };
}

void CallDevices::stopAll()
{
    if (m_camera)
        m_camera->stop();
    if (m_microphone)
        m_microphone->stop();
    if (m_speaker)
        m_speaker->stop();
}

void CallDevices::useCamera(const QByteArray &id)
{
    replace(m_camera, m_provider.makeCamera(id), this, &CallDevices::cameraChanged);
}

void CallDevices::useMicrophone(const QByteArray &id)
{
    replace(m_microphone, m_provider.makeMicrophone(id), this, &CallDevices::microphoneChanged);
}

void CallDevices::useSpeaker(const QByteArray &id)
{
    replace(m_speaker, m_provider.makeSpeaker(id), this, &CallDevices::speakerChanged);
}

} // namespace clinic::ui
