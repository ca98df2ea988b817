#pragma once

// The vital-signs chart's figure (issue 14, docs/vitals.md): a year of readings every five
// minutes (105,120) in a fresh encrypted store, then the time from asking the patient's vitals
// panel for the year to the chart's first paint (offscreen grab), and the query alone.
// Prints the figures; needs a QApplication (offscreen is fine).
void benchVitalsChart();
