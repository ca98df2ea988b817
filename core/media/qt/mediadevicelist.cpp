#include "mediadevicelist.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QMediaDevices>

namespace clinic::media {

namespace {

template<typename Device>
QList<MediaDevice> listed(const QList<Device> &devices)
{
    QList<MediaDevice> list;
    for (const Device &device : devices)
        list << MediaDevice { device.id(), device.description(), device.isDefault() };
    return list;
}

template<typename Device>
Device find(const QList<Device> &devices, const Device &fallback, const QByteArray &id)
{
    if (id.isEmpty())
        return fallback;
    for (const Device &device : devices) {
        if (device.id() == id)
            return device;
    }
    return Device();
}

} // namespace

QList<MediaDevice> MediaDeviceList::cameras()
{
    return listed(QMediaDevices::videoInputs());
}

QList<MediaDevice> MediaDeviceList::microphones()
{
    return listed(QMediaDevices::audioInputs());
}

QList<MediaDevice> MediaDeviceList::speakers()
{
    return listed(QMediaDevices::audioOutputs());
}

QCameraDevice MediaDeviceList::findCamera(const QByteArray &id)
{
    return find(QMediaDevices::videoInputs(), QMediaDevices::defaultVideoInput(), id);
}

QAudioDevice MediaDeviceList::findMicrophone(const QByteArray &id)
{
    return find(QMediaDevices::audioInputs(), QMediaDevices::defaultAudioInput(), id);
}

QAudioDevice MediaDeviceList::findSpeaker(const QByteArray &id)
{
    return find(QMediaDevices::audioOutputs(), QMediaDevices::defaultAudioOutput(), id);
}

QString MediaDeviceList::noCameraMessage(const QByteArray &id)
{
    return id.isEmpty() ? tr("No camera was found. Connect one, or turn the camera off for "
                             "this call.")
                        : tr("The chosen camera is not connected. Pick another one.");
}

QString MediaDeviceList::noMicrophoneMessage(const QByteArray &id)
{
    return id.isEmpty() ? tr("No microphone was found. Connect one, or use the chat.")
                        : tr("The chosen microphone is not connected. Pick another one.");
}

QString MediaDeviceList::noSpeakerMessage(const QByteArray &id)
{
    return id.isEmpty() ? tr("No speaker was found. Connect speakers or headphones, or use "
                             "the chat.")
                        : tr("The chosen speaker is not connected. Pick another one.");
}

} // namespace clinic::media
