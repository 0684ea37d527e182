import { and, eq } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import { employeeProjects, employees } from '../schema.ts';
import { fieldCollector } from '../shared/field-errors.ts';
import { checkEmployeeReferences } from './check-employee-references.ts';
import { checkEmployeeInput, type EmployeeInput } from './employee-input.ts';
import type { EmployeeView, PiiViewer } from './employee-view.ts';
import { phoneColumns, sealOrNull } from './pii-columns.ts';
import { selectEmployeeViews } from './select-employees.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface CreateEmployeeArgs {
  tenantId: string;
  actor: Actor;
  cipher: PiiCipher;
  viewer: PiiViewer;
  input: EmployeeInput;
}

export async function createEmployee(db: Db, args: CreateEmployeeArgs): Promise<EmployeeView> {
  const { tenantId, actor, cipher } = args;
  const fields = fieldCollector();
  const values = checkEmployeeInput(args.input, 'create', fields);
  const { employeeNo, name, rank, departmentId } = values;
  if (employeeNo === undefined || name === undefined || rank === undefined || departmentId === undefined) throw fields.failure();
  fields.assertValid();

  return inTenantScope(db, [tenantId], async (tx) => {
    await checkEmployeeReferences(tx, tenantId, null, values, fields, args.input.projectIds);
    const id = newId();
    await tx.insert(employees).values({
      tenantId,
      id,
      employeeNo,
      name,
      email: values.email ?? null,
      ...phoneColumns(cipher, values.phone ?? null),
      idCardEnc: sealOrNull(cipher, values.idCardNo ?? null),
      passportEnc: sealOrNull(cipher, values.passportNo ?? null),
      rank,
      departmentId,
      managerId: values.managerId ?? null,
      costCentreId: values.costCentreId ?? null,
      status: values.status ?? 'active',
      externalId: values.externalId ?? null,
    });
    const projectIds = values.projectIds ?? [];
    if (projectIds.length > 0) {
      await tx.insert(employeeProjects).values(projectIds.map((projectId) => ({ tenantId, employeeId: id, projectId })));
    }
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'employee.created',
      entityType: 'employee',
      entityId: id,
      summary: `Employee ${employeeNo} ${name} created`,
      data: {
        employeeNo,
        rank,
        departmentId,
        managerId: values.managerId ?? null,
        costCentreId: values.costCentreId ?? null,
        projectIds,
        status: values.status ?? 'active',
        // Personal numbers are never written to the audit log, only whether they were given.
        personalData: {
          email: values.email != null,
          phone: values.phone != null,
          idCardNo: values.idCardNo != null,
          passportNo: values.passportNo != null,
        },
      },
    });
    const [view] = await selectEmployeeViews(tx, cipher, args.viewer, and(eq(employees.tenantId, tenantId), eq(employees.id, id)), 1);
    if (!view) throw new Error('created employee not readable');
    return view;
  });
}
