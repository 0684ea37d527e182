import type { Tx } from '../platform/db/database.ts';
import { approvalSubjects } from '../approval-subjects.ts';
import { insertDefaultFlows, pendingTaskKeys } from '../modules/approval/index.ts';
import { seedSampleWebhooks } from '../modules/webhooks/index.ts';
import { seedSampleBudgets } from '../modules/budget/index.ts';
import { pruneNotifications } from '../modules/notify/index.ts';
import { seedSamplePolicies } from '../modules/policy/index.ts';
import { seedSampleTickets, ticketById } from '../modules/tickets/index.ts';
import { runnerScheduler } from '../platform/jobs/scheduler.ts';
import { slaAfterChange } from '../support/ticket-sla.ts';
import { seedSampleTravelRequests } from '../modules/travel/index.ts';
import { DEMO_REFERENCE_YEAR } from './demo-data.ts';
import type { SeedContext } from './seed-context.ts';

/** Ranks of this level and above get 高管差旅政策. */
const EXECUTIVE_MIN_LEVEL = 9;

/**
 * What the modules seed on top of the organisation, for every demo enterprise, through their own
 * seeding functions: the sample policies, the sample budgets, the default approval flows and the
 * sample travel requests (through the real use cases). The seeded history is not news: of the
 * notifications it produced, only the requests to approve what still waits are kept.
 */
export async function seedModules(tx: Tx, ctx: SeedContext, now: Date): Promise<void> {
  const { data } = ctx;
  for (const tenant of data.tenants) {
    const tenantId = ctx.tenantId(tenant.code);
    await seedSamplePolicies(tx, {
      tenantId,
      executiveRankCodes: data.ranks.filter((r) => r.tenantCode === tenant.code && r.level >= EXECUTIVE_MIN_LEVEL).map((r) => r.code),
      years: [DEMO_REFERENCE_YEAR, DEMO_REFERENCE_YEAR + 1],
      now,
    });
    const project = data.projects.find((p) => p.tenantCode === tenant.code);
    const finance = data.logins.find((l) => l.tenantCode === tenant.code && l.role === 'finance');
    await seedSampleBudgets(tx, {
      adjustmentRequesterId: finance?.employeeNo ? ctx.employeeId(tenant.code, finance.employeeNo) : null,
      tenantId,
      departments: data.departments
        .filter((d) => d.tenantCode === tenant.code && d.parentCode === null)
        .map((d) => ({ id: ctx.departmentId(tenant.code, d.code), code: d.code })),
      projectId: project ? ctx.projectId(tenant.code, project.code) : null,
      now,
    });
    await insertDefaultFlows(tx, tenantId);
    await seedSampleWebhooks(tx, { tenantId, domain: `${tenant.code}.example.com`, cipher: ctx.cipher, now });
    await seedTravel(tx, ctx, tenant.code, now);
    await seedDesk(tx, ctx, tenant.code, now);
    const waiting = new Set((await pendingTaskKeys(tx, tenantId)).map((t) => `${t.instanceId}/${t.approverId}`));
    await pruneNotifications(
      tx,
      tenantId,
      (n) =>
        n.data.subjectType !== 'travel_request' ||
        (n.template === 'approval_requested' && waiting.has(`${String(n.data.instanceId)}/${n.recipientId}`)),
    );
  }
}

/** The sample travel requests: the demo approver's team files them, the demo traveller has one approved. */
async function seedTravel(tx: Tx, ctx: SeedContext, tenantCode: string, now: Date): Promise<void> {
  const { data } = ctx;
  const login = (role: string) => data.logins.find((l) => l.tenantCode === tenantCode && l.role === role);
  const traveller = login('traveller');
  const approver = login('approver');
  if (!traveller?.employeeNo || !approver?.employeeNo) return;
  const loginNos = new Set(data.logins.map((l) => l.employeeNo));
  const finance = login('finance');
  await seedSampleTravelRequests(tx, {
    tenantId: ctx.tenantId(tenantCode),
    subjects: approvalSubjects,
    managerId: ctx.employeeId(tenantCode, approver.employeeNo),
    financeId: finance?.employeeNo ? ctx.employeeId(tenantCode, finance.employeeNo) : null,
    travellerId: ctx.employeeId(tenantCode, traveller.employeeNo),
    colleagueIds: data.employees
      .filter(
        (e) =>
          e.tenantCode === tenantCode &&
          e.status === 'active' &&
          e.managerEmployeeNo === approver.employeeNo &&
          !loginNos.has(e.employeeNo),
      )
      .map((e) => ctx.employeeId(tenantCode, e.employeeNo)),
    now,
  });
}

/** The sample tickets: the enterprise's demo people ask, the demo agent (serving every demo enterprise) works them. */
async function seedDesk(tx: Tx, ctx: SeedContext, tenantCode: string, now: Date): Promise<void> {
  const { data } = ctx;
  const requesters = ['traveller', 'approver', 'traveller', 'finance'].flatMap((role) => {
    const login = data.logins.find((l) => l.tenantCode === tenantCode && l.role === role);
    const person = login?.employeeNo
      ? data.employees.find((e) => e.tenantCode === tenantCode && e.employeeNo === login.employeeNo)
      : undefined;
    return login && person ? [{ employeeId: ctx.employeeOfLogin(login.email).employeeId, name: person.name }] : [];
  });
  const agentLogin = data.logins.find(
    (l) => l.role === 'agent' && data.operatorAssignments.some((a) => a.email === l.email && a.tenantCode === tenantCode),
  );
  const ids = await seedSampleTickets(tx, {
    tenantId: ctx.tenantId(tenantCode),
    requesters,
    agent: agentLogin ? { accountId: ctx.accountOfLogin(agentLogin.email), name: agentLogin.displayName } : null,
    now,
  });
  // Their SLA as of now; the timers are armed when the server starts (rearmSlaTimers).
  const sla = slaAfterChange(runnerScheduler(undefined));
  for (const id of ids) {
    const ticket = await ticketById(tx, id);
    if (ticket) await sla(tx, ticket, now);
  }
}
