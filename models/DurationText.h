#pragma once

#include <QString>

namespace km {

// A span of time as the console says it, everywhere (the History table and chart, the report,
// the rotation's progress and outcome, the connection banner, the commands): the two largest
// units, the smaller padded where it follows a larger one. "27 s", "4 min 05 s", "2 h 03 min",
// "3 d 4 h". Negative spans read as 0 s. The one definition: tests/rules checks there is no other.
namespace DurationText {
QString of(qint64 seconds);
}

} // namespace km
