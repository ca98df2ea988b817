#include "videoview.h"

#include "videoimage.h"

#include <QPainter>
#include <QtConcurrent>

namespace clinic::ui {

VideoView::VideoView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The watcher goes with the widget: what was converting when it closed is dropped (the
    // worker holds only its own copy of the frame).
    connect(&m_watcher, &QFutureWatcher<Converted>::finished, this, &VideoView::onConverted);
}

QSize VideoView::sizeHint() const
{
    return { 640, 480 };
}

QSize VideoView::minimumSizeHint() const
{
    return { 160, 120 };
}

void VideoView::showFrame(const media::VideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_waiting = frame;
    if (!m_watcher.isRunning())
        convertWaiting();
}

void VideoView::convertWaiting()
{
    if (!m_waiting)
        return;
    media::VideoFrame frame = std::move(*m_waiting);
    m_waiting.reset();
    m_convertingGeneration = m_generation;
    // By value only: the worker never touches the widget.
    m_watcher.setFuture(QtConcurrent::run([frame = std::move(frame)] {
        return Converted { frame, VideoImage::fromI420(frame) };
    }));
}

void VideoView::onConverted()
{
    if (m_convertingGeneration == m_generation && m_watcher.future().resultCount() > 0) {
        Converted converted = m_watcher.result();
        if (!converted.image.isNull()) {
            m_frame = std::move(converted.frame);
            m_image = std::move(converted.image);
            update();
            emit frameShown();
        }
    }
    convertWaiting();
}

void VideoView::setPlaceholder(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    update();
}

void VideoView::setFramed(bool framed)
{
    m_framed = framed;
    update();
}

void VideoView::clear()
{
    ++m_generation;
    m_waiting.reset();
    m_frame = {};
    m_image = {};
    update();
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor background(0x20, 0x22, 0x26);
    painter.fillRect(rect(), background);
    paintContent(painter);
    if (m_framed) {
        painter.setPen(QPen(QColor(0xf0, 0xf0, 0xf0), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void VideoView::paintContent(QPainter &painter)
{
    if (!m_placeholder.isEmpty() || m_image.isNull()) {
        if (m_placeholder.isEmpty())
            return;
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * (height() >= 240 ? 1.5 : 1.0));
        painter.setFont(font);
        painter.setPen(QColor(0xe8, 0xea, 0xed));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

} // namespace clinic::ui
