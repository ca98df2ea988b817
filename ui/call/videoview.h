#pragma once

#include "media/videoframe.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QPainter;

#include <optional>

namespace clinic::ui {

// Paints a call's pictures, the whole picture in the widget at its own aspect ratio (bars
// where the shapes differ), or a line of text in their place ("Camera off"). Each picture is
// converted to RGB on a worker thread; while one is converted, the newest waits in a single
// slot and replaces any older one, so a busy moment drops pictures rather than delaying them.
class VideoView : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget *parent = nullptr);

    void showFrame(const media::VideoFrame &frame);
    // Shown instead of any picture while not empty; the picture comes back when cleared.
    void setPlaceholder(const QString &text);
    QString placeholder() const { return m_placeholder; }
    // A thin light border, for a view laid over another (our own picture in the corner).
    void setFramed(bool framed);
    // Forgets the picture (the camera changed or stopped): blank until the next one.
    void clear();

    // The picture painted now (invalid before the first); tests read its stamp.
    const media::VideoFrame &shownFrame() const { return m_frame; }
    bool isShowingPicture() const { return m_placeholder.isEmpty() && !m_image.isNull(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void frameShown();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Converted
    {
        media::VideoFrame frame;
        QImage image;
    };
    void paintContent(QPainter &painter);
    void convertWaiting();
    void onConverted();

    QFutureWatcher<Converted> m_watcher;
    std::optional<media::VideoFrame> m_waiting;
    media::VideoFrame m_frame;
    QImage m_image;
    QString m_placeholder;
    bool m_framed = false;
    quint64 m_generation = 0; // bumped by clear(): a conversion started before is dropped
    quint64 m_convertingGeneration = 0;
};

} // namespace clinic::ui
