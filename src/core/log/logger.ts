import { pino } from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Personal data never goes in: requests are logged by
 * route and status only, and these paths are removed if a caller passes them.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "pratu" },
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "authorization",
          "*.authorization",
          "cookie",
          "*.cookie",
          "nationalId",
          "*.nationalId",
          "email",
          "*.email",
          "secret",
          "*.secret",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
