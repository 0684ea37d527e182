import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmployeeCreateBody, EmployeeUpdateBody } from '../../../../src/modules/org/routes/org-schemas.ts';
import type { Employee } from '../../api/types';
import { schemaErrors } from '../../testing/schema';
import {
  EMPLOYEE_FIELDS,
  EMPTY_EMPLOYEE,
  createBody,
  missingRequired,
  patchBody,
  valuesFromEmployee,
  type EmployeeFormValues,
} from './employeeFormModel';

const uuid = fc.uuid({ version: 7 });
/** Text as the server stores it: trimmed, not empty. */
const text = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const optional = fc.option(text, { nil: null });
/** Codes as the server's field rules let them be stored (org/rules/field-rules.ts). */
const employeeNo = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
const rankCode = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/);
const email = fc.option(fc.stringMatching(/^[a-z0-9._-]{1,20}@[a-z0-9-]{1,10}\.[a-z]{2,6}$/), { nil: null });
const phone = fc.option(fc.stringMatching(/^1[3-9]\d{9}$/), { nil: null });
const idCardNo = fc.option(fc.stringMatching(/^\d{17}[\dX]$/), { nil: null });
const passportNo = fc.option(fc.stringMatching(/^[A-Za-z0-9]{5,20}$/), { nil: null });

const employee: fc.Arbitrary<Employee> = fc.record({
  id: uuid,
  employeeNo,
  name: text,
  email,
  phone,
  rank: rankCode,
  rankName: text,
  departmentId: uuid,
  departmentName: text,
  managerId: fc.option(uuid, { nil: null }),
  managerName: optional,
  costCentreId: fc.option(uuid, { nil: null }),
  projectIds: fc.uniqueArray(uuid, { maxLength: 4 }),
  idCardNo,
  passportNo,
  status: fc.constantFrom('active' as const, 'inactive' as const),
  externalId: optional,
  createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
  updatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
});

const sample: Employee = {
  id: '01a25091-448b-712b-9d39-1c0f2b6b0a99',
  employeeNo: 'HC0042',
  name: '王小明',
  email: 'wang@example.com',
  phone: '138****0000',
  rank: 'P2',
  rankName: '主管',
  departmentId: '01a25091-448b-712b-9d39-1c0f2b6b0a01',
  departmentName: '销售部',
  managerId: null,
  managerName: null,
  costCentreId: null,
  projectIds: ['01a25091-448b-712b-9d39-1c0f2b6b0a02'],
  idCardNo: '1101**********1234',
  passportNo: null,
  status: 'active',
  externalId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const complete: EmployeeFormValues = {
  ...EMPTY_EMPLOYEE,
  employeeNo: ' HC0042 ',
  name: ' 王小明 ',
  rank: 'P2',
  departmentId: '01a25091-448b-712b-9d39-1c0f2b6b0a01',
};

describe('employee form: new employee (POST body)', () => {
  it('trims text and leaves out empty optional fields', () => {
    expect(createBody({ ...complete, email: '  ', phone: ' 13800000000 ' })).toEqual({
      employeeNo: 'HC0042',
      name: '王小明',
      rank: 'P2',
      departmentId: complete.departmentId,
      phone: '13800000000',
      projectIds: [],
      status: 'active',
    });
  });

  it('is what the server accepts', () => {
    fc.assert(
      fc.property(employee, (e) => {
        expect(schemaErrors(EmployeeCreateBody, createBody(valuesFromEmployee(e)))).toEqual([]);
      }),
    );
  });

  it('asks for the required fields first', () => {
    expect(missingRequired(EMPTY_EMPLOYEE)).toEqual(['employeeNo', 'name', 'rank', 'departmentId']);
    expect(missingRequired({ ...complete, name: '   ' })).toEqual(['name']);
    expect(missingRequired(complete)).toEqual([]);
  });
});

describe('employee form: editing (PATCH body)', () => {
  it('sends nothing when nothing changed, so masked values are never written back', () => {
    fc.assert(
      fc.property(employee, (e) => {
        expect(patchBody(valuesFromEmployee(e), valuesFromEmployee(e))).toEqual({});
      }),
    );
    // The server sent phone and ID card masked: editing the name sends the name only.
    const masked = valuesFromEmployee(sample);
    expect(patchBody(masked, { ...masked, name: '王小明二' })).toEqual({ name: '王小明二' });
  });

  it('sends exactly the field that changed, and it reads back into the form', () => {
    const edits = fc.constantFrom(...EMPLOYEE_FIELDS);
    fc.assert(
      fc.property(employee, edits, uuid, (e, field, freshId) => {
        const before = valuesFromEmployee(e);
        const after: EmployeeFormValues = { ...before };
        switch (field) {
          case 'projectIds':
            after.projectIds = [...before.projectIds, freshId];
            break;
          case 'status':
            after.status = before.status === 'active' ? 'inactive' : 'active';
            break;
          case 'departmentId':
          case 'managerId':
          case 'costCentreId':
            after[field] = freshId;
            break;
          default: {
            // Another value the field's rule accepts: codes and personal numbers keep their form.
            const other = (a: string, b: string) => (before[field] === a ? b : a);
            const edited: Partial<Record<typeof field, string>> = {
              employeeNo: other('EDITED-1', 'EDITED-2'),
              rank: other('R9', 'R8'),
              email: other('edited@example.com', 'edited2@example.com'),
              phone: other('13900000000', '13900000001'),
              idCardNo: other('11010119900101123X', '110101199001011234'),
              passportNo: other('E12345678', 'E87654321'),
            };
            after[field] = edited[field] ?? `${before[field]}更`;
          }
        }
        const body = patchBody(before, after);
        expect(Object.keys(body)).toEqual([field]);
        expect(schemaErrors(EmployeeUpdateBody, body)).toEqual([]);
        // What the server would then send back shows as the edited form.
        const saved: Employee = Object.assign({}, e, body);
        expect(valuesFromEmployee(saved)[field]).toEqual(after[field]);
      }),
    );
  });

  it('clears an optional field with null, and ignores the order of projects', () => {
    const before = { ...complete, email: 'a@example.com', projectIds: ['p1', 'p2'] };
    expect(patchBody(before, { ...before, email: ' ' })).toEqual({ email: null });
    expect(patchBody(before, { ...before, projectIds: ['p2', 'p1'] })).toEqual({});
    expect(patchBody(before, { ...before, projectIds: ['p2'] })).toEqual({ projectIds: ['p2'] });
  });

  it('reads an employee into the form with empty text for what is missing', () => {
    const values = valuesFromEmployee({ ...sample, email: null });
    expect(values.email).toBe('');
    expect(values.managerId).toBe('');
    expect(values.passportNo).toBe('');
    // A copy: editing the form's projects leaves the loaded employee alone.
    expect(values.projectIds).toEqual(sample.projectIds);
    expect(values.projectIds).not.toBe(sample.projectIds);
  });
});
