#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QAudioDevice;
class QCameraDevice;

namespace clinic::media {

// A camera, microphone or speaker as a picker shows it.
struct MediaDevice
{
    QByteArray id; // QtMultimedia's id: what the sources and sink are given
    QString name; // for the user
    bool isDefault = false;
};

// The devices on this computer now, from QMediaDevices, for the call window's and the device
// test page's pickers. Empty lists on a computer without them (as on a server or in CI).
class MediaDeviceList
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::MediaDeviceList)
public:
    static QList<MediaDevice> cameras();
    static QList<MediaDevice> microphones();
    static QList<MediaDevice> speakers();

    // The device with that id, or the default one for an empty id; a null device when there
    // is none (QCameraDevice::isNull, QAudioDevice::isNull).
    static QCameraDevice findCamera(const QByteArray &id);
    static QAudioDevice findMicrophone(const QByteArray &id);
    static QAudioDevice findSpeaker(const QByteArray &id);

    // What to tell the user when find*() found nothing: none at all, or not the one chosen.
    static QString noCameraMessage(const QByteArray &id);
    static QString noMicrophoneMessage(const QByteArray &id);
    static QString noSpeakerMessage(const QByteArray &id);
};

} // namespace clinic::media
