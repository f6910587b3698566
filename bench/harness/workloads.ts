// One unit of work for a load-generator client: a submission (with or
// without an attachment uploaded to a draft first) or a single request.
import { type HttpClient, type HttpOutcome, isFailure, multipartBody } from "./http-client";
import type { Acknowledgement, Attempt, Workload } from "./load-spec";
import {
  benchAnswers,
  benchAnswersWithPassbook,
  benchPdf,
  submissionHash,
} from "./submission-payload";

export interface Outcome {
  /** The answer's status, or the failure (`timeout`, `ECONNREFUSED`, …). */
  status?: number;
  error?: string;
  isServed: boolean;
  hasRetryAfter: boolean;
  milliseconds: number;
  attempt?: Attempt;
  acknowledgement?: Acknowledgement;
}

export type Work = (n: number, milliseconds?: number) => Promise<Outcome>;

function outcomeOf(response: HttpOutcome, isServed: (status: number) => boolean): Outcome {
  if (isFailure(response)) {
    return {
      error: response.error,
      isServed: false,
      hasRetryAfter: false,
      milliseconds: response.milliseconds,
    };
  }
  return {
    status: response.status,
    isServed: isServed(response.status),
    hasRetryAfter: response.headers["retry-after"] !== undefined,
    milliseconds: response.milliseconds,
  };
}

/** The submission request itself, reused by drills to send an attempt again with its key. */
export function submitRequest(options: {
  serviceId: string;
  token: string;
  key: string;
  answers: unknown;
  draftId?: string | undefined;
  timeoutMs: number;
}) {
  return {
    method: "POST",
    path: `/api/v1/services/${options.serviceId}/applications`,
    headers: {
      authorization: `Bearer ${options.token}`,
      accept: "application/json",
      "content-type": "application/json",
      "idempotency-key": options.key,
    },
    body: JSON.stringify({ answers: options.answers, draftId: options.draftId }),
    timeoutMs: options.timeoutMs,
  };
}

interface SubmitResponse {
  application: { id: string; reference: string };
  receipt: { jws: string };
}

export function createWork(
  http: HttpClient,
  workload: Workload,
  timeoutMs: number,
  tokenFor: (n: number) => number,
): Work {
  if (workload.type === "request") {
    const expected = workload.expect;
    const isServed = (status: number) =>
      expected ? expected.includes(status) : status >= 200 && status < 300;
    return async () =>
      outcomeOf(
        await http.send({
          method: workload.method,
          path: workload.path,
          headers: workload.headers,
          body: workload.body,
          timeoutMs,
        }),
        isServed,
      );
  }

  const pdf = workload.attachmentBytes ? benchPdf(workload.attachmentBytes) : undefined;
  const { serviceId } = workload;
  return async (n) => {
    const tokenIndex = tokenFor(n);
    const token = workload.tokens[tokenIndex]!;
    const key = `${workload.keyPrefix}-${n}`;
    const attempt: Attempt = { token: tokenIndex, key, n };
    const started = performance.now();
    const authorization = { authorization: `Bearer ${token}`, accept: "application/json" };
    let draftId: string | undefined;
    let answers: Record<string, unknown> = benchAnswers(n);
    if (pdf) {
      // The person's draft and their passbook first; the submission's time includes both.
      const draft = await http.send({
        method: "POST",
        path: `/api/v1/services/${serviceId}/drafts`,
        headers: authorization,
        timeoutMs,
      });
      if (isFailure(draft) || draft.status !== 201) return outcomeOf(draft, () => false);
      draftId = (JSON.parse(draft.body.toString("utf8")) as { id: string }).id;
      const upload = multipartBody(
        { fieldId: "passbook" },
        { field: "file", filename: "passbook.pdf", contentType: "application/pdf", bytes: pdf },
      );
      const uploaded = await http.send({
        method: "POST",
        path: `/api/v1/services/${serviceId}/drafts/${draftId}/attachments`,
        headers: { ...authorization, "content-type": upload.contentType },
        body: upload.body,
        timeoutMs,
      });
      if (isFailure(uploaded) || uploaded.status !== 201) return outcomeOf(uploaded, () => false);
      const attachmentId = (JSON.parse(uploaded.body.toString("utf8")) as { id: string }).id;
      answers = benchAnswersWithPassbook(n, attachmentId);
    }
    const response = await http.send(
      submitRequest({ serviceId, token, key, answers, draftId, timeoutMs }),
    );
    const outcome = outcomeOf(response, (status) => status === 201);
    outcome.milliseconds = performance.now() - started;
    // Drafts are not sent again by drills: only plain submissions are attempts to repeat.
    if (!pdf) outcome.attempt = attempt;
    if (!isFailure(response) && response.status === 201) {
      const body = JSON.parse(response.body.toString("utf8")) as SubmitResponse;
      outcome.acknowledgement = {
        ...attempt,
        requestHash: submissionHash({ serviceId, draftId, answers }),
        reference: body.application.reference,
        applicationId: body.application.id,
        jws: body.receipt.jws,
      };
    }
    return outcome;
  };
}
