import type { SecretBox } from "@/core/crypto/secrets";

import { DEMO_LAND_REGISTRY_PORT } from "./definitions";
import { type ExternalRecord, startExternalRegistryServer } from "./external-registry-server";
import { demoLandRegistrySecret } from "./land-registry-secret";
import { generateLandHoldings } from "./land-titles";
import { generatePopulation } from "./population";

/** The demo land registry's records: who holds which parcels, by citizen ID. */
export function demoLandRecords(): Map<string, ExternalRecord> {
  return new Map(
    generateLandHoldings(generatePopulation()).map((holding) => [
      holding.citizenId,
      { data: { ownerName: holding.ownerName, parcels: holding.parcels }, version: 1 },
    ]),
  );
}

/**
 * `pratu demo-registry [--port N]`: runs the Department of Lands' demo land
 * title registry, a system of its own that Pratu reaches through the
 * external registry adapter. The secret comes from PRATU_DEMO_REGISTRY_SECRET,
 * or is derived from the installation's key as the demo seed derives it;
 * PRATU_DEMO_REGISTRY_DELAY_MS makes it slow, to watch a call time out.
 * Started by `pratu start`, it reports its address over IPC and ends with
 * its parent.
 */
export async function runDemoRegistryCommand({
  port,
  openSecrets,
}: {
  port: string | undefined;
  openSecrets: () => SecretBox;
}): Promise<number> {
  const portNumber = port === undefined ? DEMO_LAND_REGISTRY_PORT : Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65_535) {
    console.error("--port must be a port number (0 for any free one).");
    return 2;
  }
  const delayMs = Number(process.env.PRATU_DEMO_REGISTRY_DELAY_MS ?? "0");
  const running = await startExternalRegistryServer({
    port: portNumber,
    secret: process.env.PRATU_DEMO_REGISTRY_SECRET || demoLandRegistrySecret(openSecrets()),
    records: demoLandRecords(),
    delayMs: Number.isFinite(delayMs) ? delayMs : 0,
  });
  const isChild = typeof process.send === "function";
  if (isChild) process.send!({ url: running.url });
  else console.log(`Demo land registry (Department of Lands) listening at ${running.url}`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
    // The parent is gone (stopped or killed): so is the reason to run.
    if (isChild) process.once("disconnect", () => resolve());
  });
  await running.close();
  // An open IPC channel would keep the process alive after the command ends.
  if (isChild && process.connected) process.disconnect();
  return 0;
}
