import { OpenAPIHono } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";

import type { AppEnv } from "./context";

/**
 * A router whose request schemas are validated before the handler runs; a
 * failure becomes one 400 problem naming each field. Every module builds its
 * routes with this.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError("validation_failed", "The request is not valid.", {
          fields: result.error.issues.map((issue) => ({
            field: issue.path.join(".") || "(body)",
            message: issue.message,
          })),
        });
      }
    },
  });
}
