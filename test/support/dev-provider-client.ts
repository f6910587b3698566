import * as oidc from "openid-client";

import type { RunningServer } from "@/server";

import { CookieJarBrowser } from "./cookie-jar-browser";

function formValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`No ${name} field on the page`);
  return match[1];
}

/**
 * Chooses a person and a level on the development provider's page that
 * `start` leads to; returns the URL the provider sends the browser back to.
 */
export async function signInAtDevProvider(
  browser: CookieJarBrowser,
  start: string,
  choice: { person: string; level: string },
): Promise<string> {
  const { response, url } = await browser.follow(start);
  if (!/\/dev-idp\/interaction\/[\w-]+$/.test(url)) throw new Error(`Not the provider: ${url}`);
  const html = await response.text();
  const submitted = await browser.request(url, {
    form: { _csrf: formValue(html, "_csrf"), action: "sign-in", ...choice },
  });
  let location = new URL(submitted.headers.get("location")!, url).href;
  while (!new URL(location).pathname.startsWith("/sign-in/callback")) {
    const hop = await browser.request(location);
    if (hop.status < 300 || hop.status >= 400) throw new Error(`Stuck at ${location}`);
    location = new URL(hop.headers.get("location")!, location).href;
  }
  return location;
}

/**
 * What a citizen's app does: the authorization code flow with PKCE at the
 * development provider, as its registered client, exchanging the code
 * itself. With `resource`, the provider issues a JWT access token for it.
 * The ID token comes back too, so a test can show it is no access token.
 */
export async function obtainDevProviderAccessToken(
  web: RunningServer,
  choice: { person: string; level: string; resource?: string },
): Promise<{ accessToken: string; idToken: string | undefined }> {
  const devProvider = web.devIdentityProvider;
  if (!devProvider) throw new Error("The server runs no development provider");
  const { clientId, clientSecret, redirectUri } = devProvider.client;
  const configuration = await oidc.discovery(
    new URL(devProvider.issuer),
    clientId,
    clientSecret,
    oidc.ClientSecretBasic(clientSecret),
    { execute: [oidc.allowInsecureRequests] },
  );
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: "openid profile email pid",
    response_type: "code",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    ...(choice.resource ? { resource: choice.resource } : {}),
  });
  const callback = await signInAtDevProvider(
    new CookieJarBrowser(web.url),
    authorizationUrl.href,
    choice,
  );
  const tokens = await oidc.authorizationCodeGrant(configuration, new URL(callback), {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
  });
  return { accessToken: tokens.access_token, idToken: tokens.id_token };
}
