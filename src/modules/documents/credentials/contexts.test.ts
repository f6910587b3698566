import * as credentialsContext from "@digitalbazaar/credentials-context";
import * as dataIntegrityContext from "@digitalbazaar/data-integrity-context";
import * as multikeyContext from "@digitalbazaar/multikey-context";
import * as didContext from "did-context";
import { describe, expect, it } from "vitest";

import {
  documentsContextUrl,
  staticContexts,
  staticDocumentLoader,
  UnknownContextError,
} from "./contexts";

describe("static JSON-LD contexts", () => {
  it("hold the official texts exactly as their publishers' packages do", () => {
    const published = new Map<string, unknown>([
      ...credentialsContext.contexts,
      ...dataIntegrityContext.contexts,
      ...multikeyContext.contexts,
      ...didContext.contexts,
    ]);
    for (const [url, context] of staticContexts) {
      if (url === documentsContextUrl) continue;
      expect(context, url).toEqual(published.get(url));
    }
  });

  it("load only what they hold, and refuse any other address", async () => {
    await expect(staticDocumentLoader(documentsContextUrl)).resolves.toMatchObject({
      documentUrl: documentsContextUrl,
    });
    await expect(staticDocumentLoader("https://evil.example/ctx")).rejects.toBeInstanceOf(
      UnknownContextError,
    );
  });
});
