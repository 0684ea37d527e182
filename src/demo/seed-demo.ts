import { seedSimulatedSuppliers } from '../supply/supply-routes.ts';
import { sql } from 'drizzle-orm';
import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { Db, Tx } from '../platform/db/database.ts';
import { inSystemScope } from '../platform/db/scope.ts';
import { newId } from '../platform/ids.ts';
import { systemActor } from '../modules/access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../modules/audit/index.ts';
import { hashPassword, seedAccounts } from '../modules/auth/index.ts';
import { seedOrganisation } from '../modules/org/index.ts';
import { countTenants, seedTenants } from '../modules/tenancy/index.ts';
import { generateDemoData, type DemoData } from './demo-data.ts';
import { seedModules } from './module-seeders.ts';
import { ensureDefaultSla } from '../modules/sla/index.ts';
import type { SeedContext } from './seed-context.ts';
import { tenantParticulars } from './tenant-particulars.ts';

/** Seeds the demo enterprises, staff and log-ins into an empty database; false when it has data already. */
export async function seedDemoIfEmpty(db: Db, cipher: PiiCipher): Promise<boolean> {
  const data = generateDemoData();
  // Hash outside the transaction: argon2 is deliberately slow.
  const passwordHashes = new Map<string, string>();
  for (const login of data.logins) passwordHashes.set(login.email, await hashPassword(login.password));
  const seeded = await inSystemScope(db, async (tx) => {
    if ((await countTenants(tx)) > 0) return false;
    await seed(tx, cipher, data, passwordHashes);
    await seedSimulatedSuppliers(tx, cipher);
    return true;
  });
  // Statistics for the planner after the bulk load. Without them it takes every tenant-scoped table
  // for a single row and scans a tenant's employees where a primary-key lookup would do (PostgreSQL's
  // autovacuum catches up within a minute or so; the embedded database never does it by itself).
  if (seeded) await db.execute(sql`analyze`);
  return seeded;
}

async function seed(tx: Tx, cipher: PiiCipher, data: DemoData, passwordHashes: Map<string, string>): Promise<void> {
  const tenantIds = new Map(data.tenants.map((t) => [t.code, newId()]));
  const tid = (code: string) => {
    const id = tenantIds.get(code);
    if (!id) throw new Error(`demo data refers to unknown tenant ${code}`);
    return id;
  };
  const key = (tenantCode: string, code: string) => `${tenantCode}/${code}`;
  const idOf = (map: Map<string, string>, k: string) => {
    const id = map.get(k);
    if (!id) throw new Error(`demo data refers to unknown ${k}`);
    return id;
  };

  await seedTenants(
    tx,
    data.tenants.map((t) => {
      const { contactPhone, ...particulars } = tenantParticulars(data, t.code);
      return {
        id: tid(t.code),
        code: t.code,
        name: t.name,
        nameEn: t.nameEn,
        ...particulars,
        contactPhoneEnc: contactPhone === null ? null : cipher.encrypt(contactPhone),
      };
    }),
  );

  const deptIds = new Map(data.departments.map((d) => [key(d.tenantCode, d.code), newId()]));
  const ccIds = new Map(data.costCentres.map((c) => [key(c.tenantCode, c.code), newId()]));
  const empIds = new Map(data.employees.map((e) => [key(e.tenantCode, e.employeeNo), newId()]));
  const projectIds = new Map(data.projects.map((p) => [key(p.tenantCode, p.code), newId()]));
  // A department's head: its member whose manager is outside it.
  const byNo = new Map(data.employees.map((e) => [key(e.tenantCode, e.employeeNo), e]));
  const heads = data.departments.flatMap((d) => {
    const head = data.employees.find(
      (e) =>
        e.tenantCode === d.tenantCode &&
        e.departmentCode === d.code &&
        (e.managerEmployeeNo === null || byNo.get(key(e.tenantCode, e.managerEmployeeNo))?.departmentCode !== d.code),
    );
    return head
      ? [
          {
            tenantId: tid(d.tenantCode),
            departmentId: idOf(deptIds, key(d.tenantCode, d.code)),
            employeeId: idOf(empIds, key(d.tenantCode, head.employeeNo)),
          },
        ]
      : [];
  });
  await seedOrganisation(tx, {
    ranks: data.ranks.map((r) => ({ tenantId: tid(r.tenantCode), code: r.code, name: r.name, level: r.level })),
    departments: data.departments.map((d) => ({
      tenantId: tid(d.tenantCode),
      id: idOf(deptIds, key(d.tenantCode, d.code)),
      code: d.code,
      name: d.name,
      parentId: d.parentCode ? idOf(deptIds, key(d.tenantCode, d.parentCode)) : null,
    })),
    costCentres: data.costCentres.map((c) => ({
      tenantId: tid(c.tenantCode),
      id: idOf(ccIds, key(c.tenantCode, c.code)),
      code: c.code,
      name: c.name,
    })),
    employees: data.employees.map((e) => ({
      tenantId: tid(e.tenantCode),
      id: idOf(empIds, key(e.tenantCode, e.employeeNo)),
      employeeNo: e.employeeNo,
      name: e.name,
      email: e.email.toLowerCase(),
      phoneEnc: cipher.encrypt(e.phone),
      phoneHash: cipher.blindIndex(e.phone),
      idCardEnc: cipher.encrypt(e.idCardNo),
      passportEnc: e.passportNo ? cipher.encrypt(e.passportNo) : null,
      rank: e.rank,
      departmentId: idOf(deptIds, key(e.tenantCode, e.departmentCode)),
      managerId: e.managerEmployeeNo ? idOf(empIds, key(e.tenantCode, e.managerEmployeeNo)) : null,
      costCentreId: idOf(ccIds, key(e.tenantCode, e.costCentreCode)),
      status: e.status,
    })),
    heads,
    projects: data.projects.map((p) => ({
      tenantId: tid(p.tenantCode),
      id: idOf(projectIds, key(p.tenantCode, p.code)),
      code: p.code,
      name: p.name,
      ownerEmployeeId: idOf(empIds, key(p.tenantCode, p.ownerEmployeeNo)),
    })),
    memberships: data.employees.flatMap((e) =>
      e.projectCodes.map((code) => ({
        tenantId: tid(e.tenantCode),
        employeeId: idOf(empIds, key(e.tenantCode, e.employeeNo)),
        projectId: idOf(projectIds, key(e.tenantCode, code)),
      })),
    ),
  });

  const accountIds = new Map(data.logins.map((l) => [l.email, newId()]));
  await seedAccounts(tx, {
    accounts: data.logins.map((l) => ({
      id: idOf(accountIds, l.email),
      kind: l.tenantCode ? ('tenant' as const) : ('operator' as const),
      tenantId: l.tenantCode ? tid(l.tenantCode) : null,
      employeeId: l.tenantCode && l.employeeNo ? idOf(empIds, key(l.tenantCode, l.employeeNo)) : null,
      email: l.email.toLowerCase(),
      phoneEnc: cipher.encrypt(l.phone),
      phoneHash: cipher.blindIndex(l.phone),
      passwordHash: idOf(passwordHashes, l.email),
      displayName: l.displayName,
      roles: [...l.roles],
    })),
    operatorAssignments: data.operatorAssignments.map((a) => ({ tenantId: tid(a.tenantCode), accountId: idOf(accountIds, a.email) })),
  });

  const ctx: SeedContext = {
    data,
    cipher,
    tenantId: tid,
    departmentId: (t, code) => idOf(deptIds, key(t, code)),
    employeeId: (t, no) => idOf(empIds, key(t, no)),
    projectId: (t, code) => idOf(projectIds, key(t, code)),
    costCentreId: (t, code) => idOf(ccIds, key(t, code)),
    employeeOfLogin: (email) => {
      const login = data.logins.find((l) => l.email === email);
      if (!login?.tenantCode || !login.employeeNo) throw new Error(`demo log-in ${email} is not an employee`);
      return { tenantCode: login.tenantCode, employeeId: idOf(empIds, key(login.tenantCode, login.employeeNo)) };
    },
    accountOfLogin: (email) => idOf(accountIds, email),
  };
  await ensureDefaultSla(tx);
  await seedModules(tx, ctx, new Date());

  const actor = systemActor('demo seed');
  for (const t of data.tenants) {
    await appendAudit(tx, {
      tenantId: tid(t.code),
      actor,
      action: 'demo.seeded',
      entityType: 'tenant',
      entityId: tid(t.code),
      summary: `Demo data seeded for ${t.name}`,
      data: { employees: data.employees.filter((e) => e.tenantCode === t.code).length },
    });
  }
  await appendAudit(tx, {
    tenantId: PLATFORM_TENANT,
    actor,
    action: 'demo.seeded',
    entityType: 'platform',
    summary: `Demo data seeded: ${data.tenants.length} enterprises, ${data.logins.length} log-ins`,
  });
}
