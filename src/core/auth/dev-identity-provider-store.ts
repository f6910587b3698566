import type { Adapter, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

// Past this many entries each write sweeps out the expired ones, so a
// long-running development server does not grow without end.
const SWEEP_ABOVE = 1_000;

/**
 * Where the development provider keeps its sessions, interactions, codes and
 * tokens: in this process's memory. Nothing it holds needs to outlive a
 * restart, and running it in several processes is not supported.
 */
export function createDevProviderStore(): (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const sessionsByUid = new Map<string, string>();

  function live(key: string): AdapterPayload | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  function sweep(): void {
    if (entries.size <= SWEEP_ABOVE) return;
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  }

  return (model) => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      upsert(id, payload, expiresIn) {
        sweep();
        const expiresAt = expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000;
        entries.set(keyOf(id), { payload, expiresAt });
        if (model === "Session" && payload.uid) sessionsByUid.set(payload.uid, id);
        return Promise.resolve();
      },
      find(id) {
        return Promise.resolve(live(keyOf(id)));
      },
      findByUid(uid) {
        const id = sessionsByUid.get(uid);
        return Promise.resolve(id === undefined ? undefined : live(keyOf(id)));
      },
      findByUserCode() {
        return Promise.resolve(undefined);
      },
      consume(id) {
        const payload = live(keyOf(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id) {
        const payload = live(keyOf(id));
        if (payload?.uid) sessionsByUid.delete(payload.uid);
        entries.delete(keyOf(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId) {
        // A reused authorization code revokes everything issued with it.
        for (const [key, entry] of entries) {
          if (entry.payload.grantId === grantId) entries.delete(key);
        }
        return Promise.resolve();
      },
    };
  };
}
