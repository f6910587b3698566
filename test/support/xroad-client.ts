/**
 * Calling the exchange's X-Road edge as an X-Road client does, and reading
 * back what the exchange log kept of a call.
 */
import type { Database } from "@/core/db/database";

import { TEST_PURPOSE } from "./exchange";

/** The REST edge's path of a data call to the test provider's population registry. */
export function dataPath(serviceCode: string, subjectId: string, query = ""): string {
  return `/r1/TH/GOV/DOPA/population/${serviceCode}/${subjectId}${query}`;
}

/**
 * A request to the X-Road edge as an X-Road client sends it: the key as a
 * bearer credential, `client` as X-Road-Client, `purpose` (the test purpose
 * unless told otherwise) as X-Road-Purpose. What is left undefined is not sent.
 */
export function xroadGet(
  t: { app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> } },
  path: string,
  {
    key,
    client,
    purpose = TEST_PURPOSE,
    headers = {},
    method = "GET",
  }: {
    key?: string | undefined;
    client?: string | undefined;
    /** null: send no X-Road-Purpose. */
    purpose?: string | null;
    headers?: Record<string, string>;
    method?: string;
  },
): Promise<Response> {
  const sent: Record<string, string> = { accept: "application/json", ...headers };
  if (key !== undefined) sent.authorization = `Bearer ${key}`;
  if (client !== undefined) sent["x-road-client"] = client;
  if (purpose !== null) sent["x-road-purpose"] = purpose;
  return Promise.resolve(t.app.request(path, { method, headers: sent }));
}

/** The exchange-log rows of one X-Road-Id. */
export async function exchangeLogRows(
  db: Database,
  requestId: string,
): Promise<
  {
    outcome: string;
    http_status: number;
    error_code: string | null;
    request_hash: string;
    subject_hash: string | null;
    consumer: string;
    service: string;
  }[]
> {
  const { rows } = await db.query<{
    outcome: string;
    http_status: number;
    error_code: string | null;
    request_hash: string;
    subject_hash: string | null;
    consumer: string;
    service: string;
  }>(
    `select outcome, http_status, error_code, request_hash, subject_hash, consumer, service
       from exchange_log where request_id = $1`,
    [requestId],
  );
  return rows;
}
