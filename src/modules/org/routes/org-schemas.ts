import { Type, type TSchema } from '@sinclair/typebox';
import { CodeText, Timestamp, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';

/**
 * TypeBox models of the organisation API. Bodies state the field rules of rules/field-rules.ts
 * (lengths, patterns, ranges) so that a request the schema accepts passes them; the domain still
 * checks them (the CSV import and the HR sync share them) and checks what a schema cannot say:
 * references, duplicates, loops, an ID card's check digit and birth date.
 */

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

export const CostCentreSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  ownerEmployeeId: nullable(Uuid),
  externalId: nullable(Type.String()),
});

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
  phone: nullable(Type.String({ description: 'Masked (138****5678) unless the caller is this employee; reveal with revealEmployeePii' })),
  rank: Type.String(),
  rankName: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  managerId: nullable(Uuid),
  managerName: nullable(Type.String()),
  costCentreId: nullable(Uuid),
  projectIds: Type.Array(Uuid),
  idCardNo: nullable(Type.String({ description: 'Masked unless the caller is this employee; reveal with revealEmployeePii' })),
  passportNo: nullable(Type.String({ description: 'Masked unless the caller is this employee; reveal with revealEmployeePii' })),
  status: EmployeeStatusSchema,
  externalId: nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** Department, cost centre and project codes (checkOrgCode). */
export const OrgCodeText = CodeText(
  40,
  'A-Za-z0-9',
  'A-Za-z0-9_.-',
  'Letters, digits, _ . - (at most 40), starting with a letter or digit',
);
/** Rank codes (checkRankCode). */
export const RankCodeText = CodeText(
  20,
  'A-Za-z0-9',
  'A-Za-z0-9_-',
  'Letters, digits, _ and - (at most 20), starting with a letter or digit',
);
const codeField = OrgCodeText;
const nameField = TrimmedText(100, '1–100 characters');
/** An external id that may be cleared: blank text or null clears it. */
const externalIdField = text(100, 'The record’s id in the customer’s HR system (at most 100 characters); blank or null clears it');
/** An external id that must be given (the HR sync's key). */
export const ExternalIdText = TrimmedText(100, 'The record’s id in the customer’s HR system (at most 100 characters)');
const RankLevel = Type.Integer({ minimum: 1, maximum: 99, description: '1 = most junior' });

export const RankCreateBody = Type.Object({ code: RankCodeText, name: TrimmedText(50), level: RankLevel }, { additionalProperties: false });
export const RankUpdateBody = Type.Object(
  { name: Type.Optional(TrimmedText(50)), level: Type.Optional(RankLevel) },
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

const ownerField = nullable(Uuid);
export const CostCentreCreateBody = Type.Object(
  {
    code: codeField,
    name: nameField,
    ownerEmployeeId: Type.Optional({
      ...ownerField,
      description: 'The cost centre’s owner (an employee): the approver of the rule cost_centre_owner',
    }),
    externalId: Type.Optional(nullable(externalIdField)),
  },
  { additionalProperties: false },
);
export const CostCentreUpdateBody = Type.Object(
  {
    code: Type.Optional(codeField),
    name: Type.Optional(nameField),
    ownerEmployeeId: Type.Optional(ownerField),
    externalId: Type.Optional(nullable(externalIdField)),
  },
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

/** Blank (clears the field) or text matching `pattern` once trimmed. */
const clearableText = (maxLength: number, pattern: string, description: string) =>
  Type.String({ maxLength, pattern: `^\\s*$|^\\s*${pattern}\\s*$`, description: `${description}; blank or null clears it` });

/** Employee fields (checkEmail, checkPhone, checkIdCardNo, checkPassportNo …), shared with the HR sync. */
export const EmployeeFieldSchemas = {
  employeeNo: CodeText(32, 'A-Za-z0-9_-', 'A-Za-z0-9_-', 'Letters, digits, _ and - (at most 32)'),
  name: TrimmedText(50, '1–50 characters'),
  email: clearableText(254, '[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+', 'An email address (at most 254 characters)'),
  phone: clearableText(
    40,
    '(\\+[\\s-]*8[\\s-]*6|0[\\s-]*0[\\s-]*8[\\s-]*6|8[\\s-]*6)?[\\s-]*1[\\s-]*[3-9]([\\s-]*\\d){9}',
    'Mainland mobile number (11 digits starting 13–19); +86, 0086 or 86, spaces and dashes are accepted',
  ),
  idCardNo: clearableText(
    40,
    '\\d{17}[\\dXx]',
    '18-character resident identity card number (its birth date and check digit are checked too)',
  ),
  passportNo: clearableText(40, '[A-Za-z0-9]{5,20}', '5–20 letters or digits'),
};

const employeeWriteFields = {
  employeeNo: EmployeeFieldSchemas.employeeNo,
  name: EmployeeFieldSchemas.name,
  email: nullable(EmployeeFieldSchemas.email),
  phone: nullable(EmployeeFieldSchemas.phone),
  rank: RankCodeText,
  departmentId: Uuid,
  managerId: nullable(Uuid),
  costCentreId: nullable(Uuid),
  projectIds: Type.Array(Uuid, { maxItems: 200, description: 'Replaces the whole set' }),
  idCardNo: nullable(EmployeeFieldSchemas.idCardNo),
  passportNo: nullable(EmployeeFieldSchemas.passportNo),
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

export const PiiFieldSchema = Type.Union([Type.Literal('phone'), Type.Literal('idCardNo'), Type.Literal('passportNo')]);
export const EmployeePiiRevealBody = Type.Object({ field: PiiFieldSchema }, { additionalProperties: false });
export const EmployeePiiRevealSchema = Type.Object({
  field: PiiFieldSchema,
  value: nullable(Type.String({ description: 'The full value (null when the employee has none)' })),
});
