import { eq } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Tx } from '../../platform/db/database.ts';
import { suppliers } from './schema.ts';
import { forgetSigningSecrets } from './signing-secrets.ts';
import { insertSigningKey, simulatorSecretOf } from './supplier-keys.ts';
import type { CreateSupplierInput } from './supplier-schemas.ts';
import { insertSupplier } from './suppliers.ts';
import { systemActor } from '../access/index.ts';

export interface SeedSupplier extends CreateSupplierInput {
  /** Probation or suspended for the demo; active when left out. */
  status?: 'active' | 'probation' | 'suspended';
}

/**
 * Adds the demo's suppliers that are not there yet (by code; existing ones are left as they are),
 * each with a first signing key whose secret is simulatorSecretOf(cipher, code), so the
 * in-process simulator signs its events without reading the database. Runs in the caller's
 * system-scope transaction. Returns how many were added.
 */
export async function seedSuppliers(tx: Tx, cipher: PiiCipher, list: readonly SeedSupplier[]): Promise<number> {
  const actor = systemActor('seed');
  let added = 0;
  for (const { status, ...input } of list) {
    const [existing] = await tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.code, input.code));
    if (existing) continue;
    const row = await insertSupplier(tx, cipher, actor, input);
    if (status && status !== 'active') {
      await tx.update(suppliers).set({ status, statusReason: 'demo' }).where(eq(suppliers.id, row.id));
    }
    await insertSigningKey(tx, cipher, row.id, simulatorSecretOf(cipher, row.code), new Date());
    forgetSigningSecrets(row.code);
    added += 1;
  }
  return added;
}
