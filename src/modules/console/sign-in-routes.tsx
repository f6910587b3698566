import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import QRCode from "qrcode";

import {
  beginTotpEnrolment,
  checkOfficerPassword,
  type CodeCheck,
  confirmTotpEnrolment,
  verifyOfficerSecondFactor,
} from "@/core/auth/officer-sign-in";
import { findOfficerById, listMemberships, normaliseEmail } from "@/core/auth/officers";
import { ensureSession, startSession } from "@/core/auth/sessions";
import { sha256Hex } from "@/core/crypto/tokens";
import { transaction } from "@/core/db/database";
import type { FieldProblem } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { rateLimit } from "@/core/http/rate-limit";
import { safeNextPath } from "@/core/http/sign-in-redirect";
import { pageContext } from "@/core/ui/page-context";

import { consoleMessages as m } from "./messages";
import { CodeFormSchema, SignInFormSchema } from "./schema";
import { EnrolPage, SignInPage, VerifyPage } from "./views/sign-in-pages";

export const signInRoutes = createRouter();

const signInLimit = (c: Context<AppEnv>) => c.get("config").security.signInRateLimitPerMinute;

/** Attempts are counted per client address and, separately, per account being tried. */
const limitPerAddress = rateLimit({ name: "officer-sign-in", limit: signInLimit });

const limitPerEmail = createMiddleware<AppEnv>(async (c, next) => {
  const body = await c.req.parseBody();
  const email = typeof body.email === "string" ? normaliseEmail(body.email) : "";
  return rateLimit({
    name: "officer-sign-in-email",
    limit: signInLimit,
    key: () => sha256Hex(email),
  })(c, next);
});

const limitPerPendingOfficer = rateLimit({
  name: "officer-second-factor",
  limit: signInLimit,
  key: (c) => c.get("session")?.officerId ?? "none",
});

function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** The officer halfway through signing in (password accepted, second factor not yet), if any. */
function pendingOfficerId(c: Context<AppEnv>): string | null {
  const session = c.get("session");
  return session?.officerId && !session.secondFactorAt ? session.officerId : null;
}

signInRoutes.get("/officer/sign-in", async (c) => {
  const next = safeNextPath(c.req.query("next"));
  if (c.get("actor").type === "officer") return c.redirect(next ?? "/console", 303);
  await ensureSession(c);
  return c.html(<SignInPage page={pageContext(c)} email="" next={next} problems={[]} />);
});

signInRoutes.post("/officer/sign-in", limitPerAddress, limitPerEmail, async (c) => {
  const t = c.get("t");
  const form = SignInFormSchema.parse(await c.req.parseBody());
  const next = safeNextPath(form.next);
  const email = form.email.trim();
  const render = (status: 400 | 401 | 423, problems: FieldProblem[], passwordError?: string) =>
    c.html(
      <SignInPage
        page={pageContext(c)}
        email={email}
        next={next}
        problems={problems}
        passwordError={passwordError}
      />,
      status,
    );

  const missing: FieldProblem[] = [];
  if (!email) missing.push({ field: "email", message: t(m.signIn.emailRequired) });
  if (!form.password) missing.push({ field: "password", message: t(m.signIn.passwordRequired) });
  if (missing.length > 0) return render(400, missing);

  const db = c.get("db");
  const result = await checkOfficerPassword({
    db,
    config: c.get("config").security,
    email,
    password: form.password,
  });
  if (result.outcome === "locked") {
    const message = t(m.signIn.locked, { minutes: result.minutesLeft });
    return render(423, [{ field: "email", message }]);
  }
  if (result.outcome === "rejected") {
    const message = t(m.signIn.wrongCredentials);
    return render(401, [{ field: "email", message }], message);
  }
  // A new session, so a token planted before sign-in is worth nothing after it.
  await startSession(c, db, { officerId: result.officer.id });
  const step = result.officer.hasSecondFactor
    ? "/officer/sign-in/verify"
    : "/officer/sign-in/enrol";
  return c.redirect(withNext(step, next), 303);
});

signInRoutes.get("/officer/sign-in/verify", async (c) => {
  const next = safeNextPath(c.req.query("next"));
  if (c.get("actor").type === "officer") return c.redirect(next ?? "/console", 303);
  const officerId = pendingOfficerId(c);
  if (!officerId) return c.redirect(withNext("/officer/sign-in", next), 303);
  const officer = await findOfficerById(c.get("db"), officerId);
  if (officer && !officer.hasSecondFactor) {
    return c.redirect(withNext("/officer/sign-in/enrol", next), 303);
  }
  return c.html(<VerifyPage page={pageContext(c)} next={next} problems={[]} />);
});

signInRoutes.post("/officer/sign-in/verify", limitPerAddress, limitPerPendingOfficer, async (c) => {
  const form = CodeFormSchema.parse(await c.req.parseBody());
  const next = safeNextPath(form.next);
  const officerId = pendingOfficerId(c);
  if (!officerId) return c.redirect(withNext("/officer/sign-in", next), 303);
  return completeSecondFactor(c, {
    code: form.code,
    next,
    check: (tx) =>
      verifyOfficerSecondFactor({
        tx,
        config: c.get("config").security,
        secrets: c.get("secrets"),
        officerId,
        code: form.code,
        requestId: c.get("requestId"),
      }),
    renderProblem: (status, problems) =>
      c.html(<VerifyPage page={pageContext(c)} next={next} problems={problems} />, status),
  });
});

signInRoutes.get("/officer/sign-in/enrol", async (c) => {
  const next = safeNextPath(c.req.query("next"));
  if (c.get("actor").type === "officer") return c.redirect(next ?? "/console", 303);
  const officerId = pendingOfficerId(c);
  if (!officerId) return c.redirect(withNext("/officer/sign-in", next), 303);
  const officer = await findOfficerById(c.get("db"), officerId);
  if (!officer || officer.hasSecondFactor) {
    return c.redirect(withNext("/officer/sign-in/verify", next), 303);
  }
  return renderEnrolPage(c, { officerId, email: officer.email, next, problems: [], status: 200 });
});

signInRoutes.post("/officer/sign-in/enrol", limitPerAddress, limitPerPendingOfficer, async (c) => {
  const form = CodeFormSchema.parse(await c.req.parseBody());
  const next = safeNextPath(form.next);
  const officerId = pendingOfficerId(c);
  if (!officerId) return c.redirect(withNext("/officer/sign-in", next), 303);
  const officer = await findOfficerById(c.get("db"), officerId);
  if (!officer || officer.hasSecondFactor) {
    return c.redirect(withNext("/officer/sign-in/verify", next), 303);
  }
  return completeSecondFactor(c, {
    code: form.code,
    next,
    check: (tx) =>
      confirmTotpEnrolment({
        tx,
        config: c.get("config").security,
        secrets: c.get("secrets"),
        officerId,
        code: form.code,
        requestId: c.get("requestId"),
      }),
    renderProblem: (status, problems) =>
      renderEnrolPage(c, { officerId, email: officer.email, next, problems, status }),
  });
});

type ProblemStatus = 400 | 401 | 423;

/**
 * Checks the code in one transaction with the new session, so an accepted
 * code, its audit record and the signed-in session exist together or not at all.
 */
async function completeSecondFactor(
  c: Context<AppEnv>,
  {
    code,
    next,
    check,
    renderProblem,
  }: {
    code: string;
    next: string | null;
    check: (tx: Parameters<Parameters<typeof transaction>[1]>[0]) => Promise<CodeCheck>;
    renderProblem: (
      status: ProblemStatus,
      problems: FieldProblem[],
    ) => Response | Promise<Response>;
  },
): Promise<Response> {
  const t = c.get("t");
  if (!code) return renderProblem(400, [{ field: "code", message: t(m.verify.codeRequired) }]);
  const result = await transaction(c.get("db"), async (tx) => {
    const outcome = await check(tx);
    if (outcome.outcome === "accepted") {
      const memberships = await listMemberships(tx, outcome.officer.id);
      await startSession(c, tx, {
        officerId: outcome.officer.id,
        secondFactorAt: new Date(),
        agencyId: memberships.length === 1 ? memberships[0]!.agencyId : null,
      });
    }
    return outcome;
  });
  switch (result.outcome) {
    case "accepted":
      return c.redirect(next ?? "/console", 303);
    case "reused":
      return renderProblem(400, [{ field: "code", message: t(m.verify.codeReused) }]);
    case "rejected":
      return renderProblem(401, [{ field: "code", message: t(m.verify.codeWrong) }]);
    case "locked":
      return renderProblem(423, [
        { field: "code", message: t(m.signIn.locked, { minutes: result.minutesLeft }) },
      ]);
  }
}

async function renderEnrolPage(
  c: Context<AppEnv>,
  {
    officerId,
    email,
    next,
    problems,
    status,
  }: {
    officerId: string;
    email: string;
    next: string | null;
    problems: FieldProblem[];
    status: 200 | ProblemStatus;
  },
): Promise<Response> {
  const { secret, uri } = await beginTotpEnrolment({
    db: c.get("db"),
    secrets: c.get("secrets"),
    officerId,
  });
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  const qrCodeDataUri = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  // The page carries the secret: no cache may keep it.
  c.header("Cache-Control", "no-store");
  return c.html(
    <EnrolPage
      page={pageContext(c)}
      email={email}
      secret={secret}
      qrCodeDataUri={qrCodeDataUri}
      next={next}
      problems={problems}
    />,
    status,
  );
}
