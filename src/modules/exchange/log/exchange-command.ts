import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";

import { sealExchangeLog } from "./seal-exchange-log";
import { verifyExchangeLog } from "./verify-exchange-log";

const usage = "Usage: pratu exchange verify-log [--seal]   (--seal chains waiting rows first)";

/** `pratu exchange verify-log`; resolves to 0 when the exchange log is whole, 1 otherwise. */
export async function runExchangeCommand({
  db,
  secrets,
  args,
  print = console.log,
}: {
  db: Database;
  secrets: SecretBox;
  args: readonly string[];
  print?: (line: string) => void;
}): Promise<number> {
  const [action, ...options] = args;
  if (action !== "verify-log" || options.some((option) => option !== "--seal")) {
    print(usage);
    return 2;
  }
  if (options.includes("--seal")) {
    const sealed = await sealExchangeLog({ db, secrets });
    print(`Sealed ${sealed.sealed} row(s); the chain ends at link ${sealed.seq}.`);
  }
  const result = await verifyExchangeLog(db);
  const head = result.head
    ? `; newest signed head at link ${result.head.seq} (${result.head.signedAt.toISOString()})`
    : "; no signed head yet";
  if (result.ok) {
    print(
      `Exchange log verified: ${result.links} link(s), ${result.unsealed} row(s) waiting to be sealed${head}.`,
    );
    return 0;
  }
  const broken = result.firstBroken!;
  print(
    [
      `Exchange log broken at link ${broken.seq}${broken.logId ? ` (row ${broken.logId})` : ""}:`,
      `  ${broken.reason}`,
      `  ${result.links} link(s) before it verified.`,
    ].join("\n"),
  );
  return 1;
}
