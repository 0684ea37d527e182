import { generateDemoData } from './demo-data.ts';

export interface DemoLoginRow {
  role: string;
  /** The enterprise's code (huachen, yunfan); null for operator staff. */
  tenant: string | null;
  email: string;
  password: string;
}

/** The demo log-ins, as printed at start and by `tripdesk demo-logins --json`. */
export function demoLogins(): DemoLoginRow[] {
  return generateDemoData().logins.map((l) => ({ role: l.role, tenant: l.tenantCode, email: l.email, password: l.password }));
}

export function demoLoginTable(): string {
  const data = generateDemoData();
  const names = new Map(data.tenants.map((t) => [t.code, t.name]));
  const width = Math.max(...data.logins.map((l) => l.email.length));
  const lines = data.logins.map(
    (l) =>
      `  ${l.email.padEnd(width)}  ${l.password}  ${l.role.padEnd(15)} ${l.tenantCode ? (names.get(l.tenantCode) ?? l.tenantCode) : '运营方 operator'}`,
  );
  return ['Demo log-ins (email, password, role, enterprise):', ...lines, ''].join('\n');
}
