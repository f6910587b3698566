import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { Counter, type Registry } from "prom-client";

import type { Config } from "@/config/schema";
import { isSecureDeployment } from "@/core/auth/sessions";
import type { SecretBox } from "@/core/crypto/secrets";
import { AppError } from "@/core/errors";

import { AdmissionGate, type AdmissionLimits } from "./admission-gate";
import type { AppEnv } from "./context";
import { renderError, wantsProblemJson } from "./errors";
import { renderQueuePage } from "./queue-page";
import { type QueueTicket, readQueueTicket, signQueueTicket } from "./queue-ticket";

/** The expensive kinds of request, each with its own limit. */
export const admissionClasses = ["submit", "verify", "exchange"] as const;
export type AdmissionClass = (typeof admissionClasses)[number];

/** Programs may carry their ticket in this header instead of the cookie. */
export const QUEUE_TICKET_HEADER = "Queue-Ticket";

export function queueTicketCookieName(admissionClass: AdmissionClass): string {
  return `pratu_queue_${admissionClass}`;
}

/**
 * Limits derived from the database pool: a submission or a verification
 * holds a connection for most of its life, so running more at once than the
 * pool has connections only moves the queue into the pool, where it has no
 * bound and no fairness.
 */
export function admissionLimits(config: Config, admissionClass: AdmissionClass): AdmissionLimits {
  const configured = {
    submit: config.admission.submitConcurrency,
    verify: config.admission.verifyConcurrency,
    exchange: config.admission.exchangeConcurrency,
  }[admissionClass];
  const concurrency = configured ?? config.database.poolSize;
  return {
    concurrency,
    queueLength: config.admission.queueLength ?? concurrency * 2,
    maxWaitMilliseconds: config.admission.maxWaitMilliseconds,
  };
}

/** One admission class on some routes: a cheap early refusal and the gate itself. */
export interface AdmissionLimit {
  /**
   * Goes before authentication: while the gate is full, a request it would
   * turn away is turned away here, before it costs a database round trip, so
   * a rush of refusals cannot starve the requests already admitted.
   */
  shed: MiddlewareHandler<AppEnv>;
  /** Goes after the cheap refusals (authentication, CSRF, rate limit): waits for a place. */
  admit: MiddlewareHandler<AppEnv>;
}

export interface Admission {
  /** The middleware that admits requests of the class through its gate; `methods` limits which are counted. */
  limit(
    admissionClass: AdmissionClass,
    options?: {
      methods?: readonly string[];
      /**
       * `throw`: a turned-away request becomes an AppError ("unavailable") for
       * the app's error handler to answer in its protocol's own form (the
       * exchange's X-Road errors); by default it gets a problem or the queue page.
       */
      refusal?: "answer" | "throw";
    },
  ): AdmissionLimit;
  gates: Readonly<Record<AdmissionClass, AdmissionGate>>;
}

export interface CreateAdmissionOptions {
  config: Config;
  secrets: SecretBox;
  /** Where the admitted/queued/rejected counters are published, when given. */
  registry?: Registry | undefined;
  now?: () => number;
}

/** One gate per class for this process, and the middleware that puts requests through them. */
export function createAdmission({
  config,
  secrets,
  registry,
  now = Date.now,
}: CreateAdmissionOptions): Admission {
  const key = secrets.keyFor("queue-ticket/v1");
  const validMilliseconds = config.admission.ticketValidMinutes * 60_000;
  const outcomes = registry
    ? new Counter({
        name: "pratu_admission_requests_total",
        help: "Expensive requests by admission class and outcome (queued ones are also counted when admitted or rejected).",
        labelNames: ["class", "outcome"] as const,
        registers: [registry],
      })
    : undefined;
  const gates = Object.fromEntries(
    admissionClasses.map((admissionClass) => [
      admissionClass,
      new AdmissionGate(admissionLimits(config, admissionClass), (outcome) =>
        outcomes?.inc({ class: admissionClass, outcome }),
      ),
    ]),
  ) as Record<AdmissionClass, AdmissionGate>;
  // A ticket keeps one place in line: while its holder waits or runs it cannot
  // be used by another request, and once admitted it is spent, so copying one
  // old ticket to many clients buys them nothing.
  const ticketsInUse = new Set<string>();
  const spentTickets = new Map<string, number>();

  function presentedTicket(c: Context<AppEnv>, admissionClass: AdmissionClass, at: number) {
    const value =
      c.req.header(QUEUE_TICKET_HEADER) ?? getCookie(c, queueTicketCookieName(admissionClass));
    const ticket = readQueueTicket(key, value, { admissionClass, now: at, validMilliseconds });
    if (!ticket || ticketsInUse.has(ticket.id) || spentTickets.has(ticket.id)) return null;
    return ticket;
  }

  function spend(ticket: QueueTicket, at: number) {
    if (spentTickets.size >= 10_000) {
      for (const [id, expiresAt] of spentTickets) if (expiresAt < at) spentTickets.delete(id);
    }
    spentTickets.set(ticket.id, ticket.claimedAt + validMilliseconds);
  }

  return {
    gates,
    limit(admissionClass, options = {}) {
      const gate = gates[admissionClass];
      const cookieName = queueTicketCookieName(admissionClass);
      const isSecure = isSecureDeployment(config);
      const isCounted = (c: Context<AppEnv>) =>
        config.admission.enabled && (!options.methods || options.methods.includes(c.req.method));

      function turnAway(c: Context<AppEnv>, ticket: QueueTicket | null, arrivedAt: number) {
        const value = signQueueTicket(key, {
          admissionClass,
          claimedAt: ticket?.claimedAt ?? arrivedAt,
          id: ticket?.id,
        });
        setCookie(c, cookieName, value, {
          path: "/",
          httpOnly: true,
          sameSite: "Lax",
          secure: isSecure,
          maxAge: Math.floor(validMilliseconds / 1000),
        });
        c.header(QUEUE_TICKET_HEADER, value);
        c.header("Cache-Control", "no-store");
        const retryAfterSeconds = config.admission.retryAfterSeconds;
        const busy = new AppError(
          "unavailable",
          `Too many requests of this kind are running. Send it again after ${retryAfterSeconds} seconds with the ${QUEUE_TICKET_HEADER} header to keep your place.`,
          { retryAfterSeconds },
        );
        if (options.refusal === "throw") throw busy;
        if (wantsProblemJson(c)) return renderError(c, busy);
        c.header("Retry-After", String(retryAfterSeconds));
        return renderQueuePage(c, { retryAfterSeconds });
      }

      return {
        shed: createMiddleware<AppEnv>(async (c, next) => {
          if (!isCounted(c)) return next();
          const arrivedAt = now();
          const ticket = presentedTicket(c, admissionClass, arrivedAt);
          if (!gate.isFullFor(ticket?.claimedAt ?? arrivedAt)) return next();
          outcomes?.inc({ class: admissionClass, outcome: "rejected" });
          return turnAway(c, ticket, arrivedAt);
        }),
        admit: createMiddleware<AppEnv>(async (c, next) => {
          if (!isCounted(c)) return next();
          const arrivedAt = now();
          const ticket = presentedTicket(c, admissionClass, arrivedAt);
          if (ticket) ticketsInUse.add(ticket.id);
          let release: (() => void) | null;
          try {
            release = await gate.enter(ticket?.claimedAt ?? arrivedAt);
          } finally {
            if (ticket) ticketsInUse.delete(ticket.id);
          }
          if (!release) return turnAway(c, ticket, arrivedAt);
          if (ticket) {
            spend(ticket, arrivedAt);
            deleteCookie(c, cookieName, { path: "/", secure: isSecure });
          }
          try {
            await next();
          } finally {
            release();
          }
        }),
      };
    },
  };
}
