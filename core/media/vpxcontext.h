#pragma once

#include "util/result.h"

#include <memory>

// libvpx's codec state; its header stays out of the media library's public headers.
struct vpx_codec_ctx;

namespace clinic::media {

// Owns a libvpx codec context: destroys it (whether or not it was ever initialised) and
// frees it, so an encoder or decoder cannot leak one on any path.
struct VpxContextDeleter
{
    void operator()(vpx_codec_ctx *context) const;
};
using VpxContext = std::unique_ptr<vpx_codec_ctx, VpxContextDeleter>;

// A zeroed context, ready for vpx_codec_enc_init / vpx_codec_dec_init.
VpxContext newVpxContext();

// libvpx's own words for its last error on `context`, for Error::detail.
QString vpxErrorDetail(vpx_codec_ctx *context);

} // namespace clinic::media
