import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import * as oidc from "openid-client";

import type { Config } from "@/config/schema";
import { sha256Hex } from "@/core/crypto/tokens";
import type { Logger } from "@/core/log/logger";

import type { VerifiedIdentity } from "./citizens";
import type { DevIdentityProvider } from "./dev-identity-provider";
import {
  discover,
  identityFromClaims,
  type IdentityProviderId,
  type ProviderSettings,
  providerSettingsFor,
} from "./oidc-relying-party";

/** Checks an access token issued by a citizen identity provider and says whom it stands for. */
export interface ProviderTokenVerifier {
  identify(token: string): Promise<VerifiedIdentity | null>;
}

// Userinfo answers are kept this long, so an app calling the API in a burst
// does not call the provider each time; a token revoked at the provider is
// still honoured for at most this long.
const USERINFO_CACHE_MILLISECONDS = 60_000;
const USERINFO_CACHE_ENTRIES = 1_000;
const MAX_TOKEN_LENGTH = 4_096;
// RFC 6750 `b64token`: anything else is no token a provider issued.
const BEARER_TOKEN_SYNTAX = /^[A-Za-z0-9\-._~+/]+=*$/;
const ASYMMETRIC_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
];

interface TrustedProvider {
  id: IdentityProviderId;
  settings: ProviderSettings;
  /** The `aud` a JWT access token must name: Pratu's API as this provider knows it. */
  audience: string;
}

/**
 * Accepts the access tokens citizens' apps get from the identity providers
 * Pratu trusts. A JWT access token (RFC 9068, `typ: at+jwt`) is verified
 * against the provider's published keys, issuer, expiry and audience; the
 * audience must be Pratu's API, never merely Pratu's client id, because an ID
 * token also names the client id and must not pass as an access token. Any
 * other token is shown to the provider's userinfo endpoint, and the answer
 * (keyed by the token's hash) kept for a minute.
 */
export function createProviderTokenVerifier({
  config,
  devIdentityProvider,
  logger,
}: {
  config: Config;
  devIdentityProvider?: DevIdentityProvider | undefined;
  logger: Logger;
}): ProviderTokenVerifier {
  const providers: TrustedProvider[] = [];
  for (const [id, settings] of providerSettingsFor({ config, devIdentityProvider })) {
    const audience =
      id === "dev" && devIdentityProvider
        ? devIdentityProvider.apiResource
        : (config.auth.oidcApiAudience ?? `${config.server.publicUrl}/api`);
    // The development provider lives in this process: asking it first never
    // sends a real provider's token anywhere.
    if (id === "dev") providers.unshift({ id, settings, audience });
    else providers.push({ id, settings, audience });
  }
  const discovered = new Map<IdentityProviderId, Promise<oidc.Configuration>>();
  const keySets = new Map<IdentityProviderId, ReturnType<typeof createRemoteJWKSet>>();
  const userInfoAnswers = new Map<string, { identity: VerifiedIdentity | null; until: number }>();

  function configurationFor(provider: TrustedProvider): Promise<oidc.Configuration> {
    let pending = discovered.get(provider.id);
    if (!pending) {
      pending = discover(provider.settings);
      discovered.set(provider.id, pending);
      pending.catch(() => discovered.delete(provider.id));
    }
    return pending;
  }

  function issuerKeyOf(provider: TrustedProvider, configuration: oidc.Configuration): string {
    return provider.settings.issuerKey ?? configuration.serverMetadata().issuer;
  }

  async function identifyJwt(token: string): Promise<VerifiedIdentity | null> {
    const issuer = decodeJwt(token).iss;
    for (const provider of providers) {
      const configuration = await configurationFor(provider);
      const metadata = configuration.serverMetadata();
      if (metadata.issuer !== issuer || !metadata.jwks_uri) continue;
      let keySet = keySets.get(provider.id);
      if (!keySet) {
        keySet = createRemoteJWKSet(new URL(metadata.jwks_uri));
        keySets.set(provider.id, keySet);
      }
      const { payload } = await jwtVerify(token, keySet, {
        issuer: metadata.issuer,
        audience: provider.audience,
        typ: "at+jwt",
        algorithms: ASYMMETRIC_ALGORITHMS,
        requiredClaims: ["sub", "exp"],
        clockTolerance: 30,
      });
      return identityFromClaims(payload, issuerKeyOf(provider, configuration));
    }
    return null;
  }

  async function identifyOpaque(token: string): Promise<VerifiedIdentity | null> {
    const key = sha256Hex(token);
    const now = Date.now();
    const cached = userInfoAnswers.get(key);
    if (cached && cached.until > now) return cached.identity;
    userInfoAnswers.delete(key);

    let identity: VerifiedIdentity | null = null;
    for (const provider of providers) {
      const configuration = await configurationFor(provider);
      if (!configuration.serverMetadata().userinfo_endpoint) continue;
      try {
        const claims = await oidc.fetchUserInfo(configuration, token, oidc.skipSubjectCheck);
        identity = identityFromClaims({ ...claims }, issuerKeyOf(provider, configuration));
        break;
      } catch (error) {
        // The provider not knowing the token is the usual answer to a wrong
        // one; a provider that cannot be reached is not cached.
        if (!(error instanceof oidc.WWWAuthenticateChallengeError)) throw error;
      }
    }
    if (userInfoAnswers.size >= USERINFO_CACHE_ENTRIES) {
      const oldest = userInfoAnswers.keys().next().value;
      if (oldest !== undefined) userInfoAnswers.delete(oldest);
    }
    userInfoAnswers.set(key, { identity, until: now + USERINFO_CACHE_MILLISECONDS });
    return identity;
  }

  return {
    async identify(token) {
      if (providers.length === 0) return null;
      if (token.length > MAX_TOKEN_LENGTH || !BEARER_TOKEN_SYNTAX.test(token)) return null;
      try {
        return isJws(token) ? await identifyJwt(token) : await identifyOpaque(token);
      } catch (error) {
        // Only the kind of failure: the error may quote the token's claims.
        logger.info(
          { reason: error instanceof Error ? errorCode(error) : "unknown" },
          "provider access token refused",
        );
        return null;
      }
    },
  };
}

function isJws(token: string): boolean {
  if (token.split(".").length !== 3) return false;
  try {
    return typeof decodeProtectedHeader(token).alg === "string";
  } catch {
    return false;
  }
}

function errorCode(error: Error): string {
  const { code } = error as { code?: unknown };
  return typeof code === "string" ? code : error.name;
}
