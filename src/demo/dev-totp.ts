import type { Config } from "@/config/schema";
import { currentTotpCode } from "@/core/auth/totp";

import { demoOfficers, demoOfficerSignIn } from "./officers";

const TOTP_PERIOD_SECONDS = 30;

export const devTotpUsage = "Usage: pratu dev totp <demo officer email>";

/**
 * `pratu dev totp <email>`: prints the code a demo officer's authenticator
 * would show now, so a demonstration can sign in without a phone. Demo
 * officers share a published secret, so no database is opened: the command
 * works beside a running `pratu start` (whose embedded database only one
 * process may hold) and with `--ephemeral`. Refused outside demonstration
 * mode (the development identity provider off); exit 2 for a wrong command
 * line or an address that is not a demo officer's.
 */
export function runDevTotpCommand({
  args,
  config,
  now = Date.now(),
  print = console.log,
  printError = console.error,
}: {
  args: readonly string[];
  config: Config;
  now?: number;
  print?: (line: string) => void;
  printError?: (line: string) => void;
}): number {
  const [command, email, ...extra] = args;
  if (command !== "totp" || !email || extra.length > 0) {
    printError(devTotpUsage);
    return 2;
  }
  if (!config.auth.devIdentityProvider) {
    printError(
      "Codes are only printed in demonstration mode, while the development identity provider is on (PRATU_DEV_IDP=true).",
    );
    return 2;
  }
  const address = email.trim().toLowerCase();
  const officer = demoOfficers.find((candidate) => candidate.email === address);
  if (!officer) {
    printError(
      `${address} is not a demo officer. The demo officers are:\n  ${demoOfficers.map((candidate) => candidate.email).join("\n  ")}`,
    );
    return 2;
  }
  print(currentTotpCode(demoOfficerSignIn.totpSecret, now));
  const secondsLeft = TOTP_PERIOD_SECONDS - (Math.floor(now / 1000) % TOTP_PERIOD_SECONDS);
  printError(`Code for ${officer.email}, valid for about ${secondsLeft} more seconds.`);
  return 0;
}
