import type { z } from "zod";

import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Logger } from "@/core/log/logger";

/** One attempt at a job, as its handler sees it. */
export interface Job<Payload = unknown> {
  id: string;
  kind: string;
  payload: Payload;
  agencyId: string | null;
  /** 1 on the first run, counting every run since the job was enqueued. */
  attempt: number;
  maxAttempts: number;
  createdAt: Date;
}

export interface JobContext {
  db: Database;
  logger: Logger;
  config: Config;
  /** Present when the process that runs the worker holds the secret key. */
  secrets: SecretBox | undefined;
  workerId: string;
}

/**
 * What a module exports for each kind of job it reacts to. Handlers may run
 * more than once for one job (a worker can stop mid-run and its lease then
 * lapses), so each must be safe to repeat: check whether the work is already
 * done before doing it.
 */
export interface JobHandler<Payload = unknown> {
  /** As `noun.verb`: `notice.send`, `document.issue`. */
  kind: string;
  /** Checks the stored payload; one that does not parse becomes a dead letter at once. */
  payload?: z.ZodType<Payload>;
  /** Runs by itself once in every period this long (a daily notice round), with an empty payload. */
  everyMilliseconds?: number;
  handle(job: Job<Payload>, context: JobContext): Promise<void>;
}

/** Gives a handler its payload type from its schema. */
export function defineJobHandler<Payload>(handler: JobHandler<Payload>): JobHandler<Payload> {
  return handler;
}

/** Thrown by a handler when trying again cannot help: the job becomes a dead letter now. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}

export type JobRegistry = ReadonlyMap<string, JobHandler>;

/** Indexes handlers by kind; two handlers for one kind are a programming error. */
export function createJobRegistry(handlers: readonly JobHandler[]): JobRegistry {
  const registry = new Map<string, JobHandler>();
  for (const handler of handlers) {
    if (registry.has(handler.kind)) {
      throw new Error(`Two job handlers are registered for the kind "${handler.kind}".`);
    }
    registry.set(handler.kind, handler);
  }
  return registry;
}
