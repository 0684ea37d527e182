import { and, arrayContains, asc, eq, type SQL } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import type { SupplierCategory } from './adapter-types.ts';
import { figuresBySupplier } from './call-summary.ts';
import { suppliers, type SupplierContact, type SupplierStatus } from './schema.ts';
import { forgetSigningSecrets } from './signing-secrets.ts';
import type {
  CallFigures,
  ContactInput,
  CreateSupplierInput,
  SupplierListItem,
  SupplierView,
  UpdateSupplierInput,
} from './supplier-schemas.ts';
import { auditSupplier, supplierRow } from './supplier-rows.ts';
import { credentialHint, supplierView, type SupplierRow } from './supplier-view.ts';
import type { Actor } from '../access/index.ts';

const DAY_MS = 24 * 3600_000;

const emptyFigures = (): CallFigures => ({
  count: 0,
  errors: 0,
  errorRate: 0,
  timeouts: 0,
  circuitOpen: 0,
  p50Ms: null,
  p95Ms: null,
  p99Ms: null,
});

const cleanContacts = (contacts: readonly ContactInput[]): SupplierContact[] =>
  contacts.map((c) => ({
    name: c.name.trim(),
    role: c.role?.trim() || null,
    phone: c.phone?.trim() || null,
    email: c.email?.trim().toLowerCase() || null,
  }));

/** The credential columns for a credential given (null removes it). */
const credentialColumns = (cipher: PiiCipher, credential: string | null) =>
  credential === null
    ? { credentialsEnc: null, credentialsHint: null }
    : { credentialsEnc: cipher.encrypt(credential), credentialsHint: credentialHint(credential) };

/** Suppliers, by code, each with its calls of the last 24 hours. */
export async function listSuppliers(
  db: Db,
  filters: { category?: SupplierCategory; status?: SupplierStatus },
  now = new Date(),
): Promise<SupplierListItem[]> {
  return inSystemScope(db, async (tx) => {
    const where: SQL[] = [];
    if (filters.category) where.push(arrayContains(suppliers.categories, [filters.category]));
    if (filters.status) where.push(eq(suppliers.status, filters.status));
    const rows = await tx
      .select()
      .from(suppliers)
      .where(and(...where))
      .orderBy(asc(suppliers.code));
    const figures = await figuresBySupplier(
      tx,
      rows.map((r) => r.id),
      new Date(now.getTime() - DAY_MS),
      now,
    );
    return rows.map((r) => ({ ...supplierView(r), calls24h: figures.get(r.id) ?? emptyFigures() }));
  });
}

export async function getSupplier(db: Db, id: string): Promise<SupplierView> {
  return inSystemScope(db, async (tx) => supplierView(await supplierRow(tx, id)));
}

/** Adds a supplier in the caller's system-scope transaction; audited on the platform's chain. */
export async function insertSupplier(tx: Tx, cipher: PiiCipher, actor: Actor, input: CreateSupplierInput): Promise<SupplierRow> {
  const code = input.code.trim();
  const [existing] = await tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.code, code));
  if (existing) {
    const message = `A supplier with code ${code} already exists`;
    throw new AppError('DUPLICATE', message, { errors: [{ path: 'code', message }] });
  }
  const [row] = await tx
    .insert(suppliers)
    .values({
      id: newId(),
      code,
      nameZh: input.nameZh.trim(),
      nameEn: input.nameEn.trim(),
      categories: [...input.categories],
      adapter: input.adapter,
      rankingWeight: input.rankingWeight ?? 50,
      ...credentialColumns(cipher, input.credentials ?? null),
      contacts: cleanContacts(input.contacts ?? []),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await auditSupplier(tx, actor, row, 'supplier.created', `Supplier ${row.code} ${row.nameZh} created`, {
    categories: row.categories,
    adapter: row.adapter,
    rankingWeight: row.rankingWeight,
  });
  return row;
}

export async function createSupplier(db: Db, cipher: PiiCipher, actor: Actor, input: CreateSupplierInput): Promise<SupplierView> {
  return inSystemScope(db, async (tx) => supplierView(await insertSupplier(tx, cipher, actor, input)));
}

/** Edits a supplier's particulars, weight, credentials or contacts (not its code, which events carry). */
export async function updateSupplier(
  db: Db,
  cipher: PiiCipher,
  actor: Actor,
  id: string,
  input: UpdateSupplierInput,
): Promise<SupplierView> {
  return inSystemScope(db, async (tx) => {
    const before = await supplierRow(tx, id, true);
    const set: Partial<typeof suppliers.$inferInsert> = { updatedAt: new Date() };
    if (input.nameZh !== undefined) set.nameZh = input.nameZh.trim();
    if (input.nameEn !== undefined) set.nameEn = input.nameEn.trim();
    if (input.categories !== undefined) set.categories = [...input.categories];
    if (input.adapter !== undefined) set.adapter = input.adapter;
    if (input.rankingWeight !== undefined) set.rankingWeight = input.rankingWeight;
    if (input.contacts !== undefined) set.contacts = cleanContacts(input.contacts);
    if (input.credentials !== undefined) Object.assign(set, credentialColumns(cipher, input.credentials));
    const [row] = await tx.update(suppliers).set(set).where(eq(suppliers.id, id)).returning();
    if (!row) throw notFound('supplier');
    const changed = Object.keys(input);
    // Credentials are secret and contacts personal: only that they changed is written.
    const shown = changed.filter((k) => k !== 'credentials' && k !== 'contacts');
    await auditSupplier(tx, actor, row, 'supplier.updated', `Supplier ${row.code} updated: ${changed.join(', ')}`, {
      changed,
      ...Object.fromEntries(shown.map((k) => [k, row[k as keyof SupplierRow]])),
      ...(input.rankingWeight !== undefined ? { weightBefore: before.rankingWeight } : {}),
    });
    forgetSigningSecrets(row.code);
    return supplierView(row);
  });
}
