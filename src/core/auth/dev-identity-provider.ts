import { generateKeyPairSync } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import Provider, {
  type AccessToken,
  type ClientCredentials,
  type Configuration,
  errors,
  interactionPolicy,
  type KoaContextWithOIDC,
} from "oidc-provider";

import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import { randomToken } from "@/core/crypto/tokens";
import type { Logger } from "@/core/log/logger";

import { acrFor, allAcrValues, defaultDevAssurance } from "./assurance";
import { createDevProviderStore } from "./dev-identity-provider-store";
import { SIGN_IN_REQUEST_TTL_MINUTES } from "./sign-in-requests";

/** Where the development provider lives inside Pratu's own web server. */
export const DEV_IDENTITY_PROVIDER_PATH = "/dev-idp";
const INTERACTION_PATH = `${DEV_IDENTITY_PROVIDER_PATH}/interaction/`;

/**
 * The issuer under which citizens of the development provider are recorded.
 * It does not change with the port or host Pratu runs on, so the same demo
 * person is the same citizen whether they signed in through the browser or
 * got a token from `pratu dev token`.
 */
export const DEV_IDENTITY_ISSUER_KEY = "urn:pratu:dev-idp";

export const DEV_CLIENT_ID = "pratu";

/** The claim carrying the 13-digit citizen ID, named as ThaID names it. */
export const CITIZEN_ID_CLAIM = "pid";

export interface DevPerson {
  citizenId: string;
  givenNameTh: string;
  familyNameTh: string;
  givenNameEn: string;
  familyNameEn: string;
  email: string;
  descriptionTh: string;
  descriptionEn: string;
}

export interface DevAccount extends DevPerson {
  subject: string;
}

export interface DevIdentityProvider {
  issuer: string;
  client: { clientId: string; clientSecret: string; redirectUri: string };
  /**
   * The resource indicator (RFC 8707) of Pratu's API. Asked for with
   * `resource=`, the provider issues a JWT access token for it; otherwise an
   * opaque token that only its userinfo endpoint understands.
   */
  apiResource: string;
  accounts: readonly DevAccount[];
  provider: Provider;
  /** Whether the provider itself answers this path (its sign-in page is one of Pratu's pages). */
  handles(path: string): boolean;
  callback(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * The subject the development provider gives a person. Keyed, so the subject
 * does not reveal the citizen ID, and the same for the provider and for
 * `pratu dev token` wherever the secret key is the same.
 */
export function devSubjectFor(secrets: SecretBox, citizenId: string): string {
  return `dev-${secrets.hashNationalId(`dev-idp-subject:${citizenId}`).slice(0, 40)}`;
}

/**
 * An OpenID provider for development and demonstrations, so Pratu can be tried
 * without registering with ThaID: anyone may sign in as one of the demo people
 * at any assurance level. It keeps everything in memory and signs with a key
 * made at boot; nothing it issues outlives the process, which is all a
 * development provider needs.
 */
export function createDevIdentityProvider({
  config,
  secrets,
  logger,
  people,
}: {
  config: Config;
  secrets: SecretBox;
  logger: Logger;
  people: readonly DevPerson[];
}): DevIdentityProvider {
  const issuer = `${config.server.publicUrl}${DEV_IDENTITY_PROVIDER_PATH}`;
  const accounts = people.map((person) => ({
    ...person,
    subject: devSubjectFor(secrets, person.citizenId),
  }));
  const accountsBySubject = new Map(accounts.map((account) => [account.subject, account]));
  const client = {
    clientId: DEV_CLIENT_ID,
    clientSecret: randomToken(),
    redirectUri: `${config.server.publicUrl}/sign-in/callback`,
  };

  const apiResource = `${config.server.publicUrl}/api`;
  const provider = new Provider(
    issuer,
    providerConfiguration({
      client,
      apiResource,
      accountsBySubject,
      signingKey: generateSigningKey(),
    }),
  );
  provider.proxy = config.server.trustProxy;
  provider.on("server_error", (_ctx: unknown, error: Error) => {
    logger.error({ err: error }, "development identity provider failed");
  });

  const handleRequest = provider.callback();
  return {
    issuer,
    client,
    apiResource,
    accounts,
    provider,
    handles: (path) =>
      (path === DEV_IDENTITY_PROVIDER_PATH || path.startsWith(`${DEV_IDENTITY_PROVIDER_PATH}/`)) &&
      !path.startsWith(INTERACTION_PATH),
    callback(request, response) {
      // The provider works out its mount point from `originalUrl`, the way it
      // does when Express or Koa mounts it under a path.
      const url = request.url ?? "/";
      const rest = url.slice(DEV_IDENTITY_PROVIDER_PATH.length);
      Object.assign(request, { originalUrl: url });
      request.url = rest.startsWith("/") ? rest : `/${rest}`;
      void handleRequest(request, response);
    },
  };
}

function providerConfiguration({
  client,
  apiResource,
  accountsBySubject,
  signingKey,
}: {
  client: DevIdentityProvider["client"];
  apiResource: string;
  accountsBySubject: ReadonlyMap<string, DevAccount>;
  signingKey: Record<string, unknown>;
}): Configuration {
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        client_name: "Pratu",
        redirect_uris: [client.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        // The provider puts `acr` in the ID token only when it was asked for;
        // Pratu always wants it, with the usual development level first.
        default_acr_values: [
          acrFor(defaultDevAssurance),
          ...allAcrValues.filter((acr) => acr !== acrFor(defaultDevAssurance)),
        ],
      },
    ],
    adapter: createDevProviderStore(),
    jwks: { keys: [signingKey] },
    // Its sessions live in this process's memory, so a cookie signed before a
    // restart would name nothing anyway: a fresh key per boot loses nothing.
    cookies: { keys: [randomToken()] },
    acrValues: allAcrValues,
    claims: {
      // `acr` with `openid` so the userinfo endpoint tells an API how well the
      // person was identified (see `findAccount`); ID tokens carry it anyway.
      openid: ["sub", "acr"],
      profile: ["name", "given_name", "family_name", "name_en", "given_name_en", "family_name_en"],
      email: ["email", "email_verified"],
      [CITIZEN_ID_CLAIM]: [CITIZEN_ID_CLAIM],
      auth_time: null,
      sid: null,
    },
    // Pratu reads the person from the ID token, as it does with ThaID.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // In seconds. Pratu holds its own session once signed in; the provider's
    // artifacts only need to last through one sign-in.
    ttl: {
      Interaction: SIGN_IN_REQUEST_TTL_MINUTES * 60,
      Session: 60 * 60,
      Grant: 60 * 60,
      AuthorizationCode: 60,
      AccessToken: 10 * 60,
      IdToken: 10 * 60,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // No resource asked for: an opaque token for the userinfo endpoint,
        // which is what Pratu's own sign-in uses.
        defaultResource: (_ctx, _client, oneOf) => oneOf?.[0],
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== apiResource) throw new errors.InvalidTarget();
          return {
            scope: "",
            audience: apiResource,
            accessTokenFormat: "jwt",
            accessTokenTTL: 10 * 60,
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
    extraTokenClaims: (ctx, token) => accessTokenClaims(ctx, token, accountsBySubject),
    interactions: {
      policy: alwaysAskPolicy(),
      url: (_ctx, interaction) => `${INTERACTION_PATH}${interaction.uid}`,
    },
    loadExistingGrant: grantFirstPartyClient,
    findAccount: (_ctx, subject, token) => {
      const account = accountsBySubject.get(subject);
      if (!account) return undefined;
      // Asked with an access token, the answer is for an API holding that
      // token: it carries the level the person signed in at.
      const acr = token?.kind === "AccessToken" ? token.extra?.acr : undefined;
      return {
        accountId: subject,
        claims: (use) => ({ ...claimsOf(account), ...(use === "userinfo" && acr ? { acr } : {}) }),
      };
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      ctx.body = errorPage(String(out.error ?? "error"));
    },
  };
}

function claimsOf(account: DevAccount) {
  return {
    sub: account.subject,
    name: `${account.givenNameTh} ${account.familyNameTh}`,
    given_name: account.givenNameTh,
    family_name: account.familyNameTh,
    name_en: `${account.givenNameEn} ${account.familyNameEn}`,
    given_name_en: account.givenNameEn,
    family_name_en: account.familyNameEn,
    email: account.email,
    email_verified: true,
    [CITIZEN_ID_CLAIM]: account.citizenId,
  };
}

/**
 * What an access token carries beyond the standard claims: the level the
 * person signed in at and, when the citizen ID was granted, the ID itself, so
 * that an API receiving a JWT access token knows whom it stands for.
 */
function accessTokenClaims(
  ctx: KoaContextWithOIDC,
  token: AccessToken | ClientCredentials,
  accountsBySubject: ReadonlyMap<string, DevAccount>,
): Record<string, unknown> | undefined {
  if (token.kind !== "AccessToken") return undefined;
  const { AuthorizationCode: code, RefreshToken: refreshToken, Grant: grant } = ctx.oidc.entities;
  const acr = code?.acr ?? refreshToken?.acr;
  const account = accountsBySubject.get(token.accountId);
  const isCitizenIdGranted = grant?.getOIDCScope().split(" ").includes(CITIZEN_ID_CLAIM) ?? false;
  return {
    ...(acr ? { acr } : {}),
    ...(account && isCitizenIdGranted ? { [CITIZEN_ID_CLAIM]: account.citizenId } : {}),
  };
}

/**
 * Every authorization asks who to be, even when the browser signed in a
 * moment ago, so a tester can switch between demo people freely.
 */
function alwaysAskPolicy() {
  const policy = interactionPolicy.base();
  policy
    .get("login")
    ?.checks.add(
      new interactionPolicy.Check(
        "choose_demo_person",
        "The development provider asks which demo person to be every time",
        (ctx) =>
          ctx.oidc.result?.login
            ? interactionPolicy.Check.NO_NEED_TO_PROMPT
            : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

/** Pratu is the provider's only, first-party client: consent is implied, never asked. */
async function grantFirstPartyClient(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const accountId = oidc.session?.accountId;
  const clientId = oidc.client?.clientId;
  if (!accountId || !clientId) return undefined;
  const existingId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
  const grant =
    (existingId ? await oidc.provider.Grant.find(existingId) : undefined) ??
    new oidc.provider.Grant({ accountId, clientId });
  grant.addOIDCScope([...oidc.requestParamScopes].join(" "));
  for (const [resource, server] of Object.entries(oidc.resourceServers ?? {})) {
    grant.addResourceScope(resource, server.scope);
  }
  const requestedClaims = [...oidc.requestParamClaims];
  if (requestedClaims.length > 0) grant.addOIDCClaims(requestedClaims);
  await grant.save();
  return grant;
}

function generateSigningKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: randomToken(8), use: "sig", alg: "RS256" };
}

function errorPage(code: string): string {
  const safeCode = code.replace(/[^a-z0-9_]/gi, "");
  return `<!doctype html>
<html lang="th">
<head><meta charset="utf-8"><title>เข้าสู่ระบบไม่สำเร็จ | Sign-in failed</title></head>
<body>
<h1>เข้าสู่ระบบไม่สำเร็จ</h1>
<p>ผู้ให้บริการยืนยันตัวตนสำหรับทดสอบไม่สามารถดำเนินการตามคำขอนี้ได้ (${safeCode}) โปรดกลับไปที่ <a href="/sign-in">หน้าเข้าสู่ระบบ</a> แล้วเริ่มใหม่</p>
<h2 lang="en">Sign-in failed</h2>
<p lang="en">The development identity provider could not handle this request (${safeCode}). Go back to <a href="/sign-in">the sign-in page</a> and start again.</p>
</body>
</html>`;
}
