#pragma once

#include "domain/localaccount.h"
#include "storage/encryptedstore.h"
#include "sync/accountclient.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"
#include "util/clock.h"

#include <memory>

namespace clinic::ui {

class VideoVisits;

// What the signed-in windows and pages work with: the user's store on this computer, who they
// are, the server connection (which may be down: pages check its state), and the sync engine
// every change goes through (it queues while offline), and the clock the pages read.
struct ClientContext
{
    std::shared_ptr<EncryptedStore> store;
    LocalAccount account;
    ServerConnection *connection = nullptr;
    AccountClient *accounts = nullptr;
    SyncEngine *sync = nullptr;
    // What the pages take "now" and "today" from: the system's, or a test's.
    const Clock *clock = &Clock::system();
    // Calls take pictures and sound from a moving test pattern and a tone instead of the
    // camera and microphone (--synthetic-media: demos, tests, computers without devices).
    bool syntheticMedia = false;
    // The Devices page uses simulated Bluetooth health devices instead of the adapter
    // (--simulated-devices: demos, tests, computers without Bluetooth).
    bool simulatedDevices = false;
    // The user's video visits (doctors and patients; null for other roles).
    VideoVisits *videoVisits = nullptr;

    bool online() const
    {
        return connection && connection->state() == ServerConnection::State::SignedIn;
    }
};

} // namespace clinic::ui
