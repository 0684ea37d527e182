import { foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

/** 职级: a tenant's ranks; level orders them (1 = most junior) for policy resolution. */
export const ranks = pgTable(
  'ranks',
  {
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: integer('level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.code] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);

/** The head's foreign key to employees is added in migration 0002 (a two-way reference Drizzle cannot type). */
export const departments = pgTable(
  'departments',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    headEmployeeId: uuid('head_employee_id'),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    uniqueIndex('departments_code_key').on(t.tenantId, t.code),
    uniqueIndex('departments_external_id_key').on(t.tenantId, t.externalId),
    index('departments_parent_idx').on(t.tenantId, t.parentId),
    tenantIsolation(),
  ],
);

/** The owner's foreign key to employees is added by hand in the migration (a two-way reference Drizzle cannot type). */
export const costCentres = pgTable(
  'cost_centres',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** 负责人: approves stages with the rule cost_centre_owner. */
    ownerEmployeeId: uuid('owner_employee_id'),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    uniqueIndex('cost_centres_code_key').on(t.tenantId, t.code),
    uniqueIndex('cost_centres_external_id_key').on(t.tenantId, t.externalId),
    tenantIsolation(),
  ],
);

export const projects = pgTable(
  'projects',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    ownerEmployeeId: uuid('owner_employee_id'),
    status: text('status', { enum: ['active', 'closed'] })
      .notNull()
      .default('active'),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerEmployeeId], foreignColumns: [employees.tenantId, employees.id] }),
    uniqueIndex('projects_code_key').on(t.tenantId, t.code),
    uniqueIndex('projects_external_id_key').on(t.tenantId, t.externalId),
    tenantIsolation(),
  ],
);

/** Employees. Phone, ID card and passport numbers are stored encrypted (see platform/crypto/pii.ts). */
export const employees = pgTable(
  'employees',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    employeeNo: text('employee_no').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    idCardEnc: text('id_card_enc'),
    passportEnc: text('passport_enc'),
    rank: text('rank').notNull(),
    departmentId: uuid('department_id').notNull(),
    managerId: uuid('manager_id'),
    costCentreId: uuid('cost_centre_id'),
    status: text('status', { enum: ['active', 'inactive'] })
      .notNull()
      .default('active'),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.rank], foreignColumns: [ranks.tenantId, ranks.code] }).onUpdate('cascade'),
    foreignKey({ columns: [t.tenantId, t.departmentId], foreignColumns: [departments.tenantId, departments.id] }),
    foreignKey({ columns: [t.tenantId, t.managerId], foreignColumns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.costCentreId], foreignColumns: [costCentres.tenantId, costCentres.id] }),
    uniqueIndex('employees_employee_no_key').on(t.tenantId, t.employeeNo),
    uniqueIndex('employees_email_key').on(t.tenantId, t.email),
    uniqueIndex('employees_external_id_key').on(t.tenantId, t.externalId),
    index('employees_department_idx').on(t.tenantId, t.departmentId),
    index('employees_manager_idx').on(t.tenantId, t.managerId),
    index('employees_phone_hash_idx').on(t.tenantId, t.phoneHash),
    // The list's filters: by status in the list's order (employee number, id), and by rank (also
    // what a rank's code change cascades through). The search (ILIKE '%…%') gets no trigram index:
    // under row-level security PostgreSQL may not use an index for a non-leakproof operator such as
    // ILIKE, so it filters the tenant's rows.
    index('employees_status_idx').on(t.tenantId, t.status, t.employeeNo, t.id),
    index('employees_rank_idx').on(t.tenantId, t.rank),
    tenantIsolation(),
  ],
);

export const employeeProjects = pgTable(
  'employee_projects',
  {
    tenantId: tenantId(),
    employeeId: uuid('employee_id').notNull(),
    projectId: uuid('project_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.employeeId, t.projectId] }),
    foreignKey({ columns: [t.tenantId, t.employeeId], foreignColumns: [employees.tenantId, employees.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }).onDelete('cascade'),
    index('employee_projects_project_idx').on(t.tenantId, t.projectId),
    tenantIsolation(),
  ],
);
