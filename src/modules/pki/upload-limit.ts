import { bodyLimit } from "hono/body-limit";

import { AppError } from "@/core/errors";

import { MAX_PKCS12_BYTES } from "./limits";

/**
 * Refuses a certificate upload far over the limit before anything reads
 * the form (the CSRF check would): the form's own fields need a few
 * kilobytes more than the file, and a file just over the limit still gets
 * the form back with its problem.
 */
export const certificateUploadLimit = bodyLimit({
  maxSize: MAX_PKCS12_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError("payload_too_large", "The certificate file is too large.");
  },
});
