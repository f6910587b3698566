import type { SecretBox } from "@/core/crypto/secrets";

import { DEMO_LAND_REGISTRY_SECRET_PURPOSE } from "./definitions";

/**
 * The secret DOL's demo registry expects: derived from the installation's
 * key, so the seed, `pratu start` and `pratu demo-registry` of one
 * installation agree on it without passing it around.
 */
export function demoLandRegistrySecret(secrets: SecretBox): string {
  return secrets.keyFor(DEMO_LAND_REGISTRY_SECRET_PURPOSE);
}
