import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Tx } from '../../platform/db/database.ts';
import { validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { phoneColumns } from './employees/pii-columns.ts';
import { checkEmail, checkEmployeeNo, checkPersonName, checkPhone, type Checked } from './rules/field-rules.ts';
import { departments, employees, ranks } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';

/** The first person of a new enterprise (its travel administrator), as the onboarding form gives them. */
export interface StarterPerson {
  employeeNo: string;
  name: string;
  email: string;
  phone: string | null;
}

/** What every enterprise starts with, so that people can be added and travel filed: the root department and one rank. */
export const STARTER_DEPARTMENT_CODE = 'ROOT';
export const STARTER_RANK = { code: 'STAFF', name: '员工', level: 1 } as const;

function take<T>(errors: FieldError[], path: string, checked: Checked<T>): T | undefined {
  if (checked.ok) return checked.value;
  errors.push({ path, message: checked.problem.message });
  return undefined;
}

/** Checks the first person's fields (paths under `prefix`), before anything is written. */
export function checkStarterPerson(person: StarterPerson, prefix: string): StarterPerson {
  const errors: FieldError[] = [];
  const employeeNo = take(errors, `${prefix}.employeeNo`, checkEmployeeNo(person.employeeNo));
  const name = take(errors, `${prefix}.name`, checkPersonName(person.name));
  const email = take(errors, `${prefix}.email`, checkEmail(person.email));
  const phone = person.phone === null || person.phone.trim() === '' ? null : take(errors, `${prefix}.phone`, checkPhone(person.phone));
  if (errors.length > 0 || employeeNo === undefined || name === undefined || email === undefined || phone === undefined) {
    throw validationFailed(errors);
  }
  return { employeeNo, name, email, phone };
}

/**
 * Gives a new enterprise, in the onboarding's (system-scope) transaction, what the organisation
 * needs before anyone else arrives: the root department (named after the enterprise), a first rank,
 * and the first person as an active employee of it. Each write is audited on the tenant's chain.
 */
export async function createStarterOrganisation(
  tx: Tx,
  args: { tenantId: string; actor: Actor; cipher: PiiCipher; enterpriseName: string; person: StarterPerson },
): Promise<{ departmentId: string; employeeId: string }> {
  const { tenantId, actor } = args;
  const person = checkStarterPerson(args.person, 'admin');
  const departmentId = newId();
  const employeeId = newId();
  await tx.insert(ranks).values({ tenantId, ...STARTER_RANK });
  await tx.insert(departments).values({ tenantId, id: departmentId, code: STARTER_DEPARTMENT_CODE, name: args.enterpriseName });
  await tx.insert(employees).values({
    tenantId,
    id: employeeId,
    employeeNo: person.employeeNo,
    name: person.name,
    email: person.email,
    ...phoneColumns(args.cipher, person.phone),
    rank: STARTER_RANK.code,
    departmentId,
    status: 'active',
  });
  const audit = (action: string, entityType: string, entityId: string, summary: string, data: Record<string, unknown>) =>
    appendAudit(tx, { tenantId, actor, action, entityType, entityId, summary, data });
  await audit('rank.created', 'rank', STARTER_RANK.code, `Rank ${STARTER_RANK.code} ${STARTER_RANK.name} created`, { ...STARTER_RANK });
  await audit('department.created', 'department', departmentId, `Department ${STARTER_DEPARTMENT_CODE} ${args.enterpriseName} created`, {
    code: STARTER_DEPARTMENT_CODE,
    name: args.enterpriseName,
    parentId: null,
  });
  await audit('employee.created', 'employee', employeeId, `Employee ${person.employeeNo} ${person.name} created`, {
    employeeNo: person.employeeNo,
    rank: STARTER_RANK.code,
    departmentId,
    status: 'active',
    personalData: { email: true, phone: person.phone !== null, idCardNo: false, passportNo: false },
  });
  return { departmentId, employeeId };
}
