import { Type, type TSchema } from '@sinclair/typebox';
import { Timestamp, Uuid } from '../../../platform/http/schemas.ts';

/** TypeBox models of the organisation API. Bodies check types and rough sizes; the domain checks the rules. */

export const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const text = (maxLength: number, description?: string) => Type.String({ maxLength, ...(description ? { description } : {}) });

export const RankSchema = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() });

export const DepartmentSchema = Type.Object({
  id: Uuid,
  parentId: nullable(Uuid),
  code: Type.String(),
  name: Type.String(),
  headEmployeeId: nullable(Uuid),
  externalId: nullable(Type.String()),
  employeeCount: Type.Integer({ description: 'Active employees directly in this department' }),
});

export const CostCentreSchema = Type.Object({ id: Uuid, code: Type.String(), name: Type.String(), externalId: nullable(Type.String()) });

export const ProjectStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('closed')]);
export const ProjectSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  ownerEmployeeId: nullable(Uuid),
  status: ProjectStatusSchema,
  externalId: nullable(Type.String()),
  memberCount: Type.Integer(),
});

export const EmployeeStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('inactive')]);
export const EmployeeSchema = Type.Object({
  id: Uuid,
  employeeNo: Type.String(),
  name: Type.String(),
  email: nullable(Type.String()),
  phone: nullable(Type.String({ description: 'Masked (138****5678) unless the caller has pii.read or is this employee' })),
  rank: Type.String(),
  rankName: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  managerId: nullable(Uuid),
  managerName: nullable(Type.String()),
  costCentreId: nullable(Uuid),
  projectIds: Type.Array(Uuid),
  idCardNo: nullable(Type.String({ description: 'Masked unless the caller has pii.read or is this employee' })),
  passportNo: nullable(Type.String({ description: 'Masked unless the caller has pii.read or is this employee' })),
  status: EmployeeStatusSchema,
  externalId: nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const codeField = text(100, 'Letters, digits, _ . - (at most 40)');
const nameField = text(200, '1–100 characters');
const externalIdField = text(200, 'The record’s id in the customer’s HR system (at most 100)');

export const RankCreateBody = Type.Object(
  { code: text(50, 'Letters, digits, _ and - (at most 20)'), name: text(100), level: Type.Integer({ description: '1 = most junior' }) },
  { additionalProperties: false },
);
export const RankUpdateBody = Type.Object(
  { name: Type.Optional(text(100)), level: Type.Optional(Type.Integer()) },
  { additionalProperties: false },
);

export const DepartmentCreateBody = Type.Object(
  {
    code: codeField,
    name: nameField,
    parentId: Type.Optional(nullable(Uuid)),
    headEmployeeId: Type.Optional(nullable(Uuid)),
    externalId: Type.Optional(nullable(externalIdField)),
  },
  { additionalProperties: false },
);
export const DepartmentUpdateBody = Type.Object(
  {
    code: Type.Optional(codeField),
    name: Type.Optional(nameField),
    parentId: Type.Optional(nullable(Uuid)),
    headEmployeeId: Type.Optional(nullable(Uuid)),
    externalId: Type.Optional(nullable(externalIdField)),
  },
  { additionalProperties: false, description: 'Fields left out stay as they are; parentId null makes it a top-level department' },
);

export const CostCentreCreateBody = Type.Object(
  { code: codeField, name: nameField, externalId: Type.Optional(nullable(externalIdField)) },
  { additionalProperties: false },
);
export const CostCentreUpdateBody = Type.Object(
  { code: Type.Optional(codeField), name: Type.Optional(nameField), externalId: Type.Optional(nullable(externalIdField)) },
  { additionalProperties: false },
);

export const ProjectCreateBody = Type.Object(
  {
    code: codeField,
    name: nameField,
    ownerEmployeeId: Type.Optional(nullable(Uuid)),
    status: Type.Optional(ProjectStatusSchema),
    externalId: Type.Optional(nullable(externalIdField)),
  },
  { additionalProperties: false },
);
export const ProjectUpdateBody = Type.Partial(ProjectCreateBody, { additionalProperties: false });

const employeeWriteFields = {
  employeeNo: text(100, 'Letters, digits, _ and - (at most 32)'),
  name: text(200, '1–50 characters'),
  email: nullable(text(400)),
  phone: nullable(text(40, 'Mainland mobile number; +86 and spaces are accepted')),
  rank: text(50, 'Rank code'),
  departmentId: Uuid,
  managerId: nullable(Uuid),
  costCentreId: nullable(Uuid),
  projectIds: Type.Array(Uuid, { maxItems: 200, description: 'Replaces the whole set' }),
  idCardNo: nullable(text(40, '18-character resident identity card number')),
  passportNo: nullable(text(40, '5–20 letters or digits')),
  status: EmployeeStatusSchema,
  externalId: nullable(externalIdField),
};
export const EmployeeCreateBody = Type.Object(
  {
    employeeNo: employeeWriteFields.employeeNo,
    name: employeeWriteFields.name,
    rank: employeeWriteFields.rank,
    departmentId: employeeWriteFields.departmentId,
    email: Type.Optional(employeeWriteFields.email),
    phone: Type.Optional(employeeWriteFields.phone),
    managerId: Type.Optional(employeeWriteFields.managerId),
    costCentreId: Type.Optional(employeeWriteFields.costCentreId),
    projectIds: Type.Optional(employeeWriteFields.projectIds),
    idCardNo: Type.Optional(employeeWriteFields.idCardNo),
    passportNo: Type.Optional(employeeWriteFields.passportNo),
    status: Type.Optional(employeeWriteFields.status),
    externalId: Type.Optional(employeeWriteFields.externalId),
  },
  { additionalProperties: false },
);
export const EmployeeUpdateBody = Type.Partial(Type.Object(employeeWriteFields), {
  additionalProperties: false,
  description: 'Any subset of the fields; null clears an optional one; status inactive deactivates',
});

export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 50 }) });
