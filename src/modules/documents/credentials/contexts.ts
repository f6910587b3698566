import { readFileSync } from "node:fs";

export const VC_V2_CONTEXT_URL = "https://www.w3.org/ns/credentials/v2";
export const VC_V1_CONTEXT_URL = "https://www.w3.org/2018/credentials/v1";
export const DATA_INTEGRITY_V1_CONTEXT_URL = "https://w3id.org/security/data-integrity/v1";
export const DATA_INTEGRITY_V2_CONTEXT_URL = "https://w3id.org/security/data-integrity/v2";
export const MULTIKEY_V1_CONTEXT_URL = "https://w3id.org/security/multikey/v1";
export const DID_V1_CONTEXT_URL = "https://www.w3.org/ns/did/v1";

/**
 * Our own terms. The address is the same for every deployment, so a
 * credential from one Pratu reads the same at another; each deployment also
 * serves the text at /contexts/documents/v1.
 */
export const documentsContextUrl = "https://pratu.dev/contexts/documents/v1";
export const DOCUMENTS_CONTEXT_PATH = "/contexts/documents/v1";

function readContext(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`./contexts/${file}`, import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;
}

/**
 * Every JSON-LD context Pratu knows, kept in the repository: the official
 * texts copied from their publishers' npm packages, and ours. Nothing else
 * is ever loaded, so verification never touches the network and a context
 * cannot be swapped under a signature.
 */
export const staticContexts: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map([
  [VC_V2_CONTEXT_URL, readContext("credentials-v2.json")],
  [VC_V1_CONTEXT_URL, readContext("credentials-v1.json")],
  [DATA_INTEGRITY_V1_CONTEXT_URL, readContext("data-integrity-v1.json")],
  [DATA_INTEGRITY_V2_CONTEXT_URL, readContext("data-integrity-v2.json")],
  [MULTIKEY_V1_CONTEXT_URL, readContext("multikey-v1.json")],
  [DID_V1_CONTEXT_URL, readContext("did-v1.json")],
  [documentsContextUrl, readContext("pratu-documents-v1.json")],
]);

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: Record<string, unknown>;
}

export class UnknownContextError extends Error {
  readonly url: string;

  constructor(url: string) {
    super(`The JSON-LD context ${url} is not one Pratu knows.`);
    this.name = "UnknownContextError";
    this.url = url;
  }
}

/** The document loader for JSON-LD processing: the static contexts, and a refusal for anything else. */
export function staticDocumentLoader(url: string): Promise<RemoteDocument> {
  const document = staticContexts.get(url);
  if (!document) return Promise.reject(new UnknownContextError(url));
  // A copy each time: a JSON-LD processor must not be able to change the original.
  return Promise.resolve({
    contextUrl: null,
    documentUrl: url,
    document: structuredClone(document),
  });
}
