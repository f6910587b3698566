import { ChannelError } from "./channel";

const MAX_DETAIL_LENGTH = 300;

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * POSTs JSON to a provider and sorts the outcome the way HTTP providers
 * mean it: 2xx sent; 408, 429 and 5xx, a timeout or a broken connection
 * worth another try; any other 4xx a refusal that will not change.
 * `acceptStatus` lets a provider name an extra answer that means success.
 */
export async function postJson({
  provider,
  url,
  token,
  headers = {},
  body,
  timeoutMilliseconds,
  acceptStatus = () => false,
}: {
  /** Names the provider in error texts. */
  provider: string;
  url: string;
  token: string | undefined;
  headers?: Record<string, string>;
  body: unknown;
  timeoutMilliseconds: number;
  acceptStatus?: (status: number, headers: Headers) => boolean;
}): Promise<JsonAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
      redirect: "error",
      signal: AbortSignal.timeout(timeoutMilliseconds),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? `no answer within ${timeoutMilliseconds / 1000} s`
        : describeNetworkError(error);
    throw new ChannelError(`${provider} could not be reached: ${reason}`, {
      isRetryable: true,
      cause: error,
    });
  }
  const text = await response.text().catch(() => "");
  const answer: JsonAnswer = {
    status: response.status,
    headers: response.headers,
    body: parse(text),
  };
  if (response.ok || acceptStatus(response.status, response.headers)) return answer;
  const isRetryable = response.status === 408 || response.status === 429 || response.status >= 500;
  const detail = describeBody(answer.body, text);
  throw new ChannelError(`${provider} answered ${response.status}${detail ? `: ${detail}` : ""}`, {
    isRetryable,
  });
}

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** The provider's own explanation, if it gave one, cut short. */
function describeBody(body: unknown, text: string): string {
  const message =
    body && typeof body === "object" && "message" in body && typeof body.message === "string"
      ? body.message
      : text.trim();
  return message.length > MAX_DETAIL_LENGTH ? `${message.slice(0, MAX_DETAIL_LENGTH)}…` : message;
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return error.message;
}
