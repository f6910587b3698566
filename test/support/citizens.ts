import type { Config } from "@/config/schema";
import { acrFor } from "@/core/auth/assurance";
import { upsertCitizen } from "@/core/auth/citizens";
import { createAccessToken } from "@/core/auth/credentials";
import { createSession } from "@/core/auth/sessions";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { Actor } from "@/core/http/context";

import { BrowserSession } from "./browser-session";

export interface TestCitizen {
  citizenId: string;
  email: string | null;
  actor: Extract<Actor, { type: "citizen" }>;
  /** An access token for the API: `Authorization: Bearer <token>`. */
  token: string;
}

/** A signed-in person, strong enough for every demo service unless told otherwise. */
export async function createTestCitizen(options: {
  db: Database;
  secrets: SecretBox;
  nationalId?: string;
  email?: string | null;
  assurance?: string;
}): Promise<TestCitizen> {
  const assurance = options.assurance ?? acrFor({ ial: "2.3", aal: "2.2" });
  const email = options.email === undefined ? `person-${newId()}@example.com` : options.email;
  const citizen = await upsertCitizen(options.db, {
    secrets: options.secrets,
    isSignIn: true,
    identity: {
      issuer: "https://idp.example",
      subject: newId(),
      assurance,
      citizenId: options.nationalId ?? "3100500141782",
      nameTh: "ประยูร บุญมา",
      nameEn: "Prayoon Boonma",
      email,
    },
  });
  const token = await options.db.transaction((tx) =>
    createAccessToken(
      tx,
      { citizenId: citizen.id, assurance },
      { issuedBy: "test", ttlMinutes: 60 },
    ),
  );
  return {
    citizenId: citizen.id,
    email,
    actor: { type: "citizen", citizenId: citizen.id, assurance },
    token,
  };
}

/** A browser signed in as the citizen: a session of its own, as after signing in on a device. */
export async function citizenBrowser(
  t: {
    app: { request(input: string, init?: RequestInit): Response | Promise<Response> };
    db: Database;
    config: Config;
  },
  citizen: TestCitizen,
): Promise<BrowserSession> {
  const session = await createSession(t.db, t.config, {
    citizenId: citizen.citizenId,
    assurance: citizen.actor.assurance,
  });
  const browser = new BrowserSession(t.app);
  browser.cookies.set("pratu_session", session.token);
  return browser;
}
