import { setConfirmedTotpSecret } from "@/core/auth/officer-sign-in";
import { addMembership, createOfficer, findOfficerByEmail } from "@/core/auth/officers";
import { hashPassword } from "@/core/auth/passwords";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Transaction } from "@/core/db/database";

import { demoOfficers, demoOfficerSignIn } from "./officers";

/**
 * Creates the demo officers, or brings them back to the published password
 * and second factor, with their memberships. Agencies are found by code.
 */
export async function seedDemoOfficers({
  tx,
  secrets,
  agencyIdsByCode,
}: {
  tx: Transaction;
  secrets: SecretBox;
  agencyIdsByCode: ReadonlyMap<string, string>;
}): Promise<number> {
  for (const demo of demoOfficers) {
    const existing = await findOfficerByEmail(tx, demo.email);
    let officerId: string;
    if (existing) {
      officerId = existing.id;
      await tx.query(
        `update officers set name_th = $2, name_en = $3, password_hash = $4,
                failed_sign_ins = 0, locked_until = null, disabled_at = null
          where id = $1`,
        [officerId, demo.nameTh, demo.nameEn, await hashPassword(demoOfficerSignIn.password)],
      );
    } else {
      const officer = await createOfficer({
        db: tx,
        email: demo.email,
        nameTh: demo.nameTh,
        nameEn: demo.nameEn,
        password: demoOfficerSignIn.password,
      });
      officerId = officer.id;
    }
    await setConfirmedTotpSecret({
      db: tx,
      secrets,
      officerId,
      secret: demoOfficerSignIn.totpSecret,
    });
    for (const membership of demo.memberships) {
      const agencyId = agencyIdsByCode.get(membership.agency);
      if (!agencyId) throw new Error(`The demo agency ${membership.agency} is missing.`);
      await addMembership(tx, { agencyId, officerId, role: membership.role });
    }
  }
  return demoOfficers.length;
}
