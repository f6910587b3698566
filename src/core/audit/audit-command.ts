import type { Database } from "@/core/db/database";

import { verifyAuditLog } from "./verify-audit-log";

/** `pratu audit verify`; resolves to 0 when every chain is whole, 1 otherwise. */
export async function runAuditCommand({
  db,
  args,
  print = console.log,
}: {
  db: Database;
  args: readonly string[];
  print?: (line: string) => void;
}): Promise<number> {
  if (args.length !== 1 || args[0] !== "verify") {
    print("Usage: pratu audit verify");
    return 2;
  }
  const result = await verifyAuditLog(db);
  if (result.ok) {
    print(`Audit log verified: ${result.records} records in ${result.chains} chains`);
    return 0;
  }
  const broken = result.firstBroken!;
  print(
    [
      `Audit log broken: chain ${broken.chain}, record ${broken.seq}${broken.id ? ` (id ${broken.id})` : ""}`,
      `  ${broken.reason}`,
      `  ${result.records} record(s) before it verified.`,
    ].join("\n"),
  );
  return 1;
}
