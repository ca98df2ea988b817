#pragma once

#include <QList>

namespace clinic::ui::AudioLevel {

// How loud 20 ms of sound is, for a level meter: 0 at -60 dBFS (RMS) or quieter, 100 at full
// scale, linear in decibels as the ear hears it. A thousand multiplications: cheap enough for
// the GUI thread at 50 frames a second.
int percent(const QList<qint16> &samples);

} // namespace clinic::ui::AudioLevel
