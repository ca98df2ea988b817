// The vital-signs chart's figure on its own (bench/vitalschart.h); vitals_bench will run the
// same function among the other vitals figures.
#include "vitalschart.h"

#include <QApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchVitalsChart();
    return 0;
}
