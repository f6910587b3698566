import * as credentialsContext from "@digitalbazaar/credentials-context";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as dataIntegrityContext from "@digitalbazaar/data-integrity-context";
import { cryptosuite as ecdsaRdfc2019 } from "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as multikeyContext from "@digitalbazaar/multikey-context";
import * as vc from "@digitalbazaar/vc";
import * as didContext from "did-context";

import { documentsContextUrl, staticContexts } from "@/modules/documents/credentials";

/**
 * An independent verifier: Digital Bazaar's VC libraries, with the contexts
 * from their publishers' own packages (never our copies, except our own
 * context, which only we publish), and DID documents read from the app the
 * way a did:web resolver reads them over HTTPS.
 */
export interface AppClient {
  request(path: string): Response | Promise<Response>;
}

const publishedContexts = new Map<string, unknown>([
  ...credentialsContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...didContext.contexts,
  [documentsContextUrl, staticContexts.get(documentsContextUrl)],
]);

const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

/** did:web → the path of its did.json, for a DID of the app's host. */
function didWebPath(did: string): string {
  const [, , , ...segments] = did.split(":");
  return `/${segments.map(decodeURIComponent).join("/")}/did.json`;
}

function didKeyDocument(did: string): Record<string, unknown> {
  const multibase = did.slice("did:key:".length);
  const method = {
    id: `${did}#${multibase}`,
    type: "Multikey",
    controller: did,
    publicKeyMultibase: multibase,
  };
  return {
    "@context": ["https://www.w3.org/ns/did/v1", MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
}

export function independentDocumentLoader(app?: AppClient): vc.DocumentLoader {
  return async (url) => {
    const context = publishedContexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: structuredClone(context) };
    const [did, fragment] = url.split("#") as [string, string | undefined];
    let document: Record<string, unknown>;
    if (did.startsWith("did:key:")) {
      document = didKeyDocument(did);
    } else if (did.startsWith("did:web:") && app) {
      const response = await app.request(didWebPath(did));
      if (response.status !== 200) throw new Error(`${did} did not resolve (${response.status}).`);
      document = (await response.json()) as Record<string, unknown>;
    } else {
      throw new Error(`The test loader does not load ${url}.`);
    }
    if (fragment === undefined) return { contextUrl: null, documentUrl: url, document };
    const method = (document.verificationMethod as { id: string }[]).find((m) => m.id === url);
    if (!method) throw new Error(`${url} is not in ${did}'s DID document.`);
    return {
      contextUrl: null,
      documentUrl: url,
      document: { "@context": MULTIKEY_CONTEXT, ...method },
    };
  };
}

/** Verifies with Digital Bazaar's libraries; status entries are checked by `checkStatus` if given. */
export function verifyIndependently(options: {
  credential: Record<string, unknown>;
  app?: AppClient;
  checkStatus?: Parameters<typeof vc.verifyCredential>[0]["checkStatus"];
}): Promise<vc.VerificationResult> {
  return vc.verifyCredential({
    credential: options.credential,
    suite: [
      new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
      new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    ],
    documentLoader: independentDocumentLoader(options.app),
    checkStatus: options.checkStatus ?? (() => Promise.resolve({ verified: true })),
  });
}
