import { NONCE, secureHeaders } from "hono/secure-headers";

/**
 * Strict headers on every answer. Scripts run only from this origin or with
 * the page's nonce; nothing may frame Pratu; forms post only to Pratu itself.
 * A route may set a stricter header itself, which is then kept.
 */
export function securityHeaders({ isSecure }: { isSecure: boolean }) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      baseUri: ["'none'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", "data:"],
      manifestSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'"],
      ...(isSecure ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: isSecure ? "max-age=63072000; includeSubDomains" : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: "strict-origin-when-cross-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
    // A handler that sets a stricter header of its own keeps it: a download
    // of an uploaded file is served with a sandboxing policy.
    overwrite: false,
  });
}
