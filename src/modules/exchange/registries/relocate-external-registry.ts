import { recordAudit } from "@/core/audit/record-audit";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import { authorizeRegistryChange, type RegistryAuthor } from "./policy";
import { selectRegistry, updateRegistry } from "./repo";

/**
 * Points an external registry at the address its system now answers on,
 * keeping everything else (its secret included). Returns whether anything
 * changed; a move is audited like any change of the definition.
 */
export async function relocateExternalRegistry({
  db,
  author,
  agencyId,
  code,
  url,
  requestId,
}: {
  db: Database | Transaction;
  author: RegistryAuthor;
  agencyId: string;
  code: string;
  url: string;
  requestId?: string | undefined;
}): Promise<boolean> {
  authorizeRegistryChange(author, agencyId);
  if (!/^https?:\/\//.test(url)) throw new AppError("bad_request", "Expected an http(s) URL.");
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await selectRegistry(scope, code, { forUpdate: true });
    if (!registry || registry.kind !== "external") {
      throw new AppError("not_found", "There is no external registry with this code.");
    }
    if (registry.externalUrl === url) return false;
    await updateRegistry(scope, registry.id, { ...registry, externalUrl: url });
    await recordAudit(scope.tx, {
      action: "registry.updated",
      actor: author,
      agencyId,
      target: { type: "registry", id: registry.id },
      requestId,
      details: {
        code,
        kind: registry.kind,
        schemaVersion: registry.schemaVersion,
        changed: ["externalUrl"],
      },
    });
    return true;
  });
}
