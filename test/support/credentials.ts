import { gunzipSync } from "node:zlib";

import type { TestApp } from "./app";

export type Json = Record<string, unknown>;

/** A JSON POST, as a VC-API client sends it. */
export function postJson(body: unknown): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** The issued credential with the value of its first document field changed, proof untouched. */
export function withChangedField(credential: Json): Json {
  const changed = structuredClone(credential) as {
    credentialSubject: { document: { fields: { value: string }[] } };
  };
  changed.credentialSubject.document.fields[0]!.value = "ร้านอื่น";
  return changed;
}

/** Whether a place is set in a status list served by the app, decoded with zlib alone. */
export async function isStatusBitSet(
  t: TestApp,
  listPath: string,
  index: number,
): Promise<boolean> {
  const list = (await (await t.app.request(listPath)).json()) as {
    credentialSubject: { encodedList: string };
  };
  const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), "base64url"));
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** Digital Bazaar's `checkStatus`, reading our lists from the app as a verifier would over HTTPS. */
export function statusCheckAgainst(t: TestApp) {
  return async ({ credential }: { credential: Json }) => {
    for (const entry of credential.credentialStatus as Json[]) {
      const path = new URL(entry.statusListCredential as string).pathname;
      if (await isStatusBitSet(t, path, Number(entry.statusListIndex))) {
        return { verified: false, error: new Error(`${String(entry.statusPurpose)} bit set`) };
      }
    }
    return { verified: true };
  };
}
