import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Locale, Translate } from "@/core/i18n";
import type { Logger } from "@/core/log/logger";

export type OfficerRole = "admin" | "officer" | "viewer";

/** Who is making the request, as far as the request has proved. */
export type Actor =
  | { type: "anonymous" }
  | { type: "citizen"; citizenId: string; assurance: string | null }
  | { type: "officer"; officerId: string; agencyId: string | null; role: OfficerRole | null }
  | { type: "api_key"; agencyId: string; keyId: string; scopes: readonly string[] };

export interface SessionState {
  tokenHash: string;
  csrfToken: string;
  citizenId: string | null;
  officerId: string | null;
  agencyId: string | null;
  assurance: string | null;
  secondFactorAt: Date | null;
}

export interface AppVariables {
  config: Config;
  db: Database;
  logger: Logger;
  secrets: SecretBox;
  requestId: string;
  locale: Locale;
  t: Translate;
  actor: Actor;
  session: SessionState | null;
  /** A fresh nonce for the one inline script a page may carry. */
  secureHeadersNonce?: string;
}

export interface AppEnv {
  Variables: AppVariables;
}
