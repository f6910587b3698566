import { ensureSession } from "@/core/auth/sessions";
import { createRouter } from "@/core/http/openapi";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { pageContext } from "@/core/ui/page-context";

import { ConfirmEmailPage } from "../views/confirm-email-page";
import { confirmationPath, confirmEmailLink, describeEmailLink } from "./email-confirmation";

/** The page an e-mail channel's confirmation link opens, for whoever holds the mailbox. */
export const channelConfirmRoutes = createRouter();

const confirmLimit = rateLimit({
  name: "channel-confirm",
  limit: (c) => c.get("config").security.signInRateLimitPerMinute,
  key: rateLimitKey,
});

channelConfirmRoutes.get("/channels/confirm/:token", confirmLimit, async (c) => {
  // The confirm button posts back with a CSRF token, so the visitor gets a session.
  await ensureSession(c);
  const token = c.req.param("token");
  const link = await describeEmailLink({ db: c.get("db"), token });
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
  return c.html(
    <ConfirmEmailPage
      page={pageContext(c)}
      action={confirmationPath(token)}
      link={link}
      outcome={null}
    />,
    link.state === "valid" ? 200 : link.state === "invalid" ? 404 : 410,
  );
});

channelConfirmRoutes.post("/channels/confirm/:token", confirmLimit, async (c) => {
  const token = c.req.param("token");
  const outcome = await confirmEmailLink({
    db: c.get("db"),
    actor: c.get("actor"),
    token,
    requestId: c.get("requestId"),
  });
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
  return c.html(
    <ConfirmEmailPage
      page={pageContext(c)}
      action={confirmationPath(token)}
      link={null}
      outcome={outcome}
    />,
    outcome === "verified" || outcome === "in_review" ? 200 : outcome === "invalid" ? 404 : 410,
  );
});
