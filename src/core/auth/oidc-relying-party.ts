import * as oidc from "openid-client";

import type { Config } from "@/config/schema";
import { normalizeThaiCitizenId } from "@/core/identity/thai-id";

import type { VerifiedIdentity } from "./citizens";
import {
  CITIZEN_ID_CLAIM,
  DEV_IDENTITY_ISSUER_KEY,
  type DevIdentityProvider,
} from "./dev-identity-provider";

/** `oidc`: the configured provider (ThaID, an NDID gateway); `dev`: the built-in one. */
export const identityProviderIds = ["oidc", "dev"] as const;
export type IdentityProviderId = (typeof identityProviderIds)[number];

export type SignInFailureReason =
  "expired" | "cancelled" | "provider_error" | "provider_unavailable" | "assurance_too_low";

/** Why a sign-in could not finish, in terms a page can explain to the person. */
export class SignInFailure extends Error {
  constructor(
    readonly reason: SignInFailureReason,
    message: string,
    options: { cause?: unknown; providerError?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "SignInFailure";
    this.providerError = options.providerError;
  }

  readonly providerError: string | undefined;
}

export interface AuthorizationStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface RelyingParty {
  /** The providers a person can choose, the configured one first. */
  readonly providers: readonly IdentityProviderId[];
  begin(
    providerId: IdentityProviderId,
    options: { acrValues?: string | undefined },
  ): Promise<AuthorizationStart>;
  finish(
    providerId: IdentityProviderId,
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<VerifiedIdentity>;
}

/** What Pratu asks a provider for; `pid` is ThaID's scope (and claim) for the citizen ID. */
const DEFAULT_SCOPES = `openid profile email ${CITIZEN_ID_CLAIM}`;

export interface ProviderSettings {
  issuer: URL;
  /** What the citizens table records as the issuer. */
  issuerKey: string | null;
  clientId: string;
  clientSecret: string | undefined;
  scopes: string;
}

// A provider answering the authorization request this way means the person
// stopped or refused; anything else is the provider's problem, not theirs.
const CANCELLED_ERRORS = new Set([
  "access_denied",
  "login_required",
  "consent_required",
  "interaction_required",
  "account_selection_required",
]);

/**
 * Pratu as an OpenID Connect relying party: authorization code flow with
 * PKCE, state and nonce, against the configured provider and, in development,
 * the built-in one. Provider metadata is discovered once and kept.
 */
export function createRelyingParty({
  config,
  devIdentityProvider,
}: {
  config: Config;
  devIdentityProvider?: DevIdentityProvider | undefined;
}): RelyingParty {
  const settings = providerSettingsFor({ config, devIdentityProvider });
  const redirectUri = `${config.server.publicUrl}/sign-in/callback`;
  const discovered = new Map<IdentityProviderId, Promise<oidc.Configuration>>();

  function settingsFor(providerId: IdentityProviderId): ProviderSettings {
    const found = settings.get(providerId);
    if (!found)
      throw new SignInFailure("provider_unavailable", `Provider ${providerId} is not configured.`);
    return found;
  }

  async function configurationFor(providerId: IdentityProviderId): Promise<oidc.Configuration> {
    let pending = discovered.get(providerId);
    if (!pending) {
      pending = discover(settingsFor(providerId));
      discovered.set(providerId, pending);
      // A provider that was down is asked again next time.
      pending.catch(() => discovered.delete(providerId));
    }
    try {
      return await pending;
    } catch (error) {
      throw new SignInFailure("provider_unavailable", "Provider discovery failed.", {
        cause: error,
      });
    }
  }

  return {
    providers: identityProviderIds.filter((id) => settings.has(id)),

    async begin(providerId, { acrValues }) {
      const configuration = await configurationFor(providerId);
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: settingsFor(providerId).scopes,
        response_type: "code",
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        nonce,
      };
      if (acrValues) parameters.acr_values = acrValues;
      return {
        url: oidc.buildAuthorizationUrl(configuration, parameters),
        state,
        nonce,
        codeVerifier,
      };
    },

    async finish(providerId, callbackUrl, { state, nonce, codeVerifier }) {
      const configuration = await configurationFor(providerId);
      let claims: Record<string, unknown>;
      try {
        const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: codeVerifier,
          expectedState: state,
          expectedNonce: nonce,
          idTokenExpected: true,
        });
        claims = { ...tokens.claims() };
        if (
          claims[CITIZEN_ID_CLAIM] === undefined &&
          configuration.serverMetadata().userinfo_endpoint
        ) {
          // Some providers put only the subject in the ID token.
          const userInfo = await oidc.fetchUserInfo(
            configuration,
            tokens.access_token,
            String(claims.sub),
          );
          claims = { ...userInfo, ...claims };
        }
      } catch (error) {
        throw classifyFailure(error);
      }
      const issuerKey = settingsFor(providerId).issuerKey ?? String(claims.iss);
      return identityFromClaims(claims, issuerKey);
    },
  };
}

/** The providers Pratu trusts for citizens, by id: the configured one and the development one. */
export function providerSettingsFor({
  config,
  devIdentityProvider,
}: {
  config: Config;
  devIdentityProvider?: DevIdentityProvider | undefined;
}): Map<IdentityProviderId, ProviderSettings> {
  const settings = new Map<IdentityProviderId, ProviderSettings>();
  if (config.auth.oidcIssuer && config.auth.oidcClientId) {
    settings.set("oidc", {
      issuer: new URL(config.auth.oidcIssuer),
      issuerKey: null,
      clientId: config.auth.oidcClientId,
      clientSecret: config.auth.oidcClientSecret,
      scopes: config.auth.oidcScopes ?? DEFAULT_SCOPES,
    });
  }
  if (devIdentityProvider) {
    settings.set("dev", {
      issuer: new URL(devIdentityProvider.issuer),
      issuerKey: DEV_IDENTITY_ISSUER_KEY,
      clientId: devIdentityProvider.client.clientId,
      clientSecret: devIdentityProvider.client.clientSecret,
      scopes: DEFAULT_SCOPES,
    });
  }
  return settings;
}

export async function discover(settings: ProviderSettings): Promise<oidc.Configuration> {
  const isLocalHttp =
    settings.issuer.protocol === "http:" &&
    ["localhost", "127.0.0.1", "[::1]"].includes(settings.issuer.hostname);
  return oidc.discovery(
    settings.issuer,
    settings.clientId,
    settings.clientSecret,
    settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
    // Plain HTTP only to a provider on this machine (development).
    isLocalHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
}

function classifyFailure(error: unknown): SignInFailure {
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SignInFailure(
      CANCELLED_ERRORS.has(error.error) ? "cancelled" : "provider_error",
      "The provider answered the authorization request with an error.",
      { cause: error, providerError: error.error },
    );
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new SignInFailure("provider_error", "The token request failed.", {
      cause: error,
      providerError: error.error,
    });
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the provider cannot be reached.
    return new SignInFailure("provider_unavailable", "The provider could not be reached.", {
      cause: error,
    });
  }
  return new SignInFailure("provider_error", "The provider's answer did not validate.", {
    cause: error,
    providerError: error instanceof oidc.ClientError ? error.code : undefined,
  });
}

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

/** The person the claims describe, whichever of the usual claim names the provider uses. */
export function identityFromClaims(
  claims: Record<string, unknown>,
  issuer: string,
): VerifiedIdentity {
  const subject = text(claims.sub);
  if (!subject) throw new SignInFailure("provider_error", "The ID token has no subject.");
  const rawCitizenId = text(claims[CITIZEN_ID_CLAIM]);
  const citizenId = rawCitizenId ? normalizeThaiCitizenId(rawCitizenId) : null;
  if (rawCitizenId && !citizenId) {
    throw new SignInFailure("provider_error", "The provider sent a citizen ID that is not valid.");
  }
  const name = text(claims.name);
  const givenAndFamily = joinNames(claims.given_name, claims.family_name);
  const nameTh = [name, givenAndFamily].find((value) => value && THAI_SCRIPT.test(value)) ?? null;
  const nameEn =
    text(claims.name_en) ??
    text(claims["name#en"]) ??
    joinNames(claims.given_name_en, claims.family_name_en) ??
    [name, givenAndFamily].find((value) => value && !THAI_SCRIPT.test(value)) ??
    null;
  return {
    issuer,
    subject,
    assurance: text(claims.acr) ?? null,
    citizenId,
    nameTh,
    nameEn,
    email: text(claims.email)?.toLowerCase() ?? null,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 300) : undefined;
}

function joinNames(given: unknown, family: unknown): string | undefined {
  const parts = [text(given), text(family)].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}
