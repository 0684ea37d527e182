import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/demo/demo-data.ts';
import { idCardCheckDigit } from '../../src/modules/org/rules/id-card.ts';
import { auditEntries, ok, orgKit, refused, type OrgKit } from './org-test-kit.ts';

interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}
interface Employee {
  id: string;
  employeeNo: string;
  name: string;
  phone: string | null;
  managerId: string | null;
  projectIds: string[];
  status: string;
  rank: string;
  departmentName: string;
}

const demo = generateDemoData();
const ID = (() => {
  const first17 = '31010419850612002';
  return first17 + idCardCheckDigit(first17);
})();
const ZH_HEADER = '工号,姓名,邮箱,手机,职级,部门编码,直属上级工号,成本中心编码,项目编码,身份证号,护照号,状态';

let k: OrgKit;
beforeAll(async () => {
  k = await orgKit();
});
afterAll(async () => {
  await k?.close();
});

const upload = (csv: string | Buffer, query = '', contentType = 'text/csv; charset=utf-8') =>
  k.admin.post(`/api/v1/org/employees/import${query}`, csv, { headers: { 'content-type': contentType } });

async function employee(no: string): Promise<Employee> {
  const page = ok<{ items: Employee[] }>(await k.admin.get('/api/v1/org/employees', { q: no }));
  const found = page.items.find((e) => e.employeeNo === no);
  if (!found) throw new Error(`no employee ${no}`);
  return found;
}

describe('CSV import', () => {
  it('a dry run checks and counts but writes nothing', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    const csv = `${ZH_HEADER}\nHC80001,试运行,,,P1,HC-RD,,,,,,\n`;
    expect(ok<ImportResult>(await upload(csv, '?dryRun=true'))).toEqual({ created: 1, updated: 0, unchanged: 0, dryRun: true });
    expect(await k.count('employees', k.tenants.huachen)).toBe(before);
    expect(await auditEntries(k, k.tenants.huachen, 'employee.imported')).toEqual([]);
  });

  it('imports a Chinese-header file with a BOM, CRLF, managers defined later and updates, in one audited step', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    const existing = demo.employees.find((e) => e.employeeNo === 'HC00002');
    const csv =
      '\uFEFF' +
      [
        ZH_HEADER,
        // HC80002's manager HC80003 comes later in the file.
        `HC80002,新员工甲,jia@huachen.example.com,+86 138 0013 8002,专员,HC-RD-PLT-FE,HC80003,HC-CC-RD,HC-PRJ-01；HC-PRJ-02,${ID},e1234567,在职`,
        'HC80003,新经理乙,,13800138003,M1,HC-RD-PLT-FE,HC00001,,,,,',
        `HC00002,${existing?.name ?? '孙晓东'},${existing?.email ?? ''},${existing?.phone ?? ''},P4,HC-RD-PLT-FE,HC80003,,,,,离职`,
      ].join('\r\n');
    expect(ok<ImportResult>(await upload(csv))).toEqual({ created: 2, updated: 1, unchanged: 0, dryRun: false });
    expect(await k.count('employees', k.tenants.huachen)).toBe(before + 2);

    const jia = await employee('HC80002');
    const yi = await employee('HC80003');
    expect(jia).toMatchObject({
      name: '新员工甲',
      phone: '138****8002',
      rank: 'P2',
      departmentName: '前端开发组',
      managerId: yi.id,
      status: 'active',
    });
    expect(jia.projectIds).toHaveLength(2);
    const updated = await employee('HC00002');
    expect(updated).toMatchObject({ rank: 'P4', managerId: yi.id, status: 'inactive' });

    const audit = await auditEntries(k, k.tenants.huachen, 'employee.imported');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toMatchObject({ created: 2, updated: 1, rows: 3 });
    // No per-row entries.
    expect(await auditEntries(k, k.tenants.huachen, 'employee.created')).toEqual([]);
  });

  it('importing the same file again changes nothing', async () => {
    const csv = [ZH_HEADER, 'HC80003,新经理乙,,13800138003,M1,HC-RD-PLT-FE,HC00001,,,,,'].join('\n');
    expect(ok<ImportResult>(await upload(csv))).toEqual({ created: 0, updated: 0, unchanged: 1, dryRun: false });
    expect(await auditEntries(k, k.tenants.huachen, 'employee.imported')).toHaveLength(1);
  });

  it('English headers and a GBK-encoded file work too', async () => {
    const english = ['employee_no,name,rank,department_code,status', 'HC80004,English Header,P2,HC-HR,active'].join('\n');
    expect(ok<ImportResult>(await upload(english)).created).toBe(1);
    const gbk = Buffer.from([
      ...Buffer.from('employee_no,name,rank,department_code\nHC80005,'),
      0xd5,
      0xc5,
      0xc8,
      0xfd, // 张三 in GBK
      ...Buffer.from(',P2,HC-HR\n'),
    ]);
    expect(ok<ImportResult>(await upload(gbk, '', 'text/csv')).created).toBe(1);
    expect((await employee('HC80005')).name).toBe('张三');
  });

  it('one bad row refuses the whole file with its line number, and nothing is written', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    const beforeProjects = await k.count('employee_projects', k.tenants.huachen);
    const csv = [
      ZH_HEADER,
      'HC80010,好人一,,,P1,HC-RD,,,,,,',
      'HC80011,好人二,,,P1,HC-RD,HC80010,,,,,',
      'HC80012,坏人,,12345,P1,NO-SUCH-DEPT,,,,,,',
      'HC80004,改名,,,P1,HC-RD,,,HC-PRJ-01,,,',
    ].join('\n');
    const err = refused(await upload(csv), 422, 'IMPORT_INVALID');
    expect(err.details?.rowCount).toBe(4);
    expect(err.details?.errors?.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, '手机', 'invalid'],
      [4, '部门编码', 'unknown_department'],
    ]);
    expect(await k.count('employees', k.tenants.huachen)).toBe(before);
    expect(await k.count('employee_projects', k.tenants.huachen)).toBe(beforeProjects);
    expect((await employee('HC80004')).name).toBe('English Header');
  });

  it('reports reporting-line loops and repeated employee numbers', async () => {
    const csv = [ZH_HEADER, 'HC80020,甲,,,P1,HC-RD,HC80021,,,,,', 'HC80021,乙,,,P1,HC-RD,HC80020,,,,,', 'HC80020,丙,,,P1,HC-RD,,,,,,'].join(
      '\n',
    );
    const err = refused(await upload(csv), 422, 'IMPORT_INVALID');
    expect(err.details?.errors?.map((e) => [e.row, e.code])).toEqual([
      [2, 'cycle'],
      [3, 'cycle'],
      [4, 'duplicate_in_file'],
    ]);
  });

  it('refuses files that are empty, malformed, too long or not CSV', async () => {
    expect(refused(await upload(''), 422, 'IMPORT_INVALID').details?.errors?.[0]?.code).toBe('empty');
    expect(refused(await upload(`${ZH_HEADER}\n`), 422, 'IMPORT_INVALID').details?.errors?.[0]?.code).toBe('empty');
    expect(refused(await upload(`${ZH_HEADER}\n"HC1,甲\n`), 422, 'IMPORT_INVALID').details?.errors?.[0]?.code).toBe('malformed');
    const tooMany = `工号,姓名,职级,部门编码\n${Array.from({ length: 10_001 }, (_, i) => `X${i},名,P1,HC-RD`).join('\n')}`;
    const long = refused(await upload(tooMany), 422, 'IMPORT_INVALID');
    expect(long.message).toMatch(/10000/);
    expect(long.details).toMatchObject({ rowCount: 10_001 });
    refused(await k.admin.post('/api/v1/org/employees/import', { rows: [] }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    refused(
      await k.traveller.post('/api/v1/org/employees/import', `${ZH_HEADER}\n`, { headers: { 'content-type': 'text/csv' } }),
      403,
      'FORBIDDEN',
    );
  });

  it('imports 10,000 rows in one go', async () => {
    const before = await k.count('employees', k.tenants.huachen);
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const no = `BULK${String(i).padStart(5, '0')}`;
      const manager = i === 0 ? 'HC00001' : `BULK${String(Math.floor((i - 1) / 10)).padStart(5, '0')}`;
      return `${no},批量${i},bulk${i}@huachen.example.com,139${String(i).padStart(8, '0')},P1,HC-RD,${manager},,HC-PRJ-01,,,`;
    });
    const started = Date.now();
    expect(ok<ImportResult>(await upload(`${ZH_HEADER}\n${rows.join('\n')}`)).created).toBe(10_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await k.count('employees', k.tenants.huachen)).toBe(before + 10_000);
    expect(await k.count('employees', k.tenants.huachen, "employee_no like 'BULK%' and manager_id is null")).toBe(0);
  });

  it('offers a template with the Chinese header', async () => {
    const res = await k.admin.get('/api/v1/org/employees/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="employees-template.csv"');
    const [header, example] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(ZH_HEADER);
    // The example row itself imports cleanly (dry run).
    expect(ok<ImportResult>(await upload(`${header}\n${example}`, '?dryRun=true')).created).toBe(1);
  });
});
