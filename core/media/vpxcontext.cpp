#include "vpxcontext.h"

#include <vpx/vpx_codec.h>

namespace clinic::media {

void VpxContextDeleter::operator()(vpx_codec_ctx *context) const
{
    // Safe on a context whose init failed or never ran: libvpx then only reports an error.
    vpx_codec_destroy(context);
    delete context;
}

VpxContext newVpxContext()
{
    return VpxContext(new vpx_codec_ctx_t {});
}

QString vpxErrorDetail(vpx_codec_ctx *context)
{
    QString detail = QString::fromUtf8(vpx_codec_error(context));
    if (const char *more = vpx_codec_error_detail(context))
        detail += u": " + QString::fromUtf8(more);
    return detail;
}

} // namespace clinic::media
