import { describe, expect, it } from 'vitest';
import { mapHeader } from './csv-columns.ts';

describe('mapHeader', () => {
  it('knows English, Chinese and loosely written headers', () => {
    const en = mapHeader([
      'employee_no',
      'name',
      'Email',
      'PHONE',
      'rank',
      'department_code',
      'manager_employee_no',
      'cost_centre_code',
      'project_codes',
      'id_card_no',
      'passport_no',
      'status',
    ]);
    expect(en.errors).toEqual([]);
    expect(en.positions).toEqual([
      'employeeNo',
      'name',
      'email',
      'phone',
      'rank',
      'departmentCode',
      'managerEmployeeNo',
      'costCentreCode',
      'projectCodes',
      'idCardNo',
      'passportNo',
      'status',
    ]);
    const zh = mapHeader([
      '工号',
      '姓名',
      '邮箱',
      '手机',
      '职级',
      '部门编码',
      '直属上级工号',
      '成本中心编码',
      '项目编码',
      '身份证号',
      '护照号',
      '状态',
    ]);
    expect(zh.errors).toEqual([]);
    expect(zh.positions).toEqual(en.positions);
    const loose = mapHeader([' Employee No ', '姓名（必填）', 'employeeName', 'Department-Code', '手机号码', 'rank']);
    expect(loose.positions).toEqual(['employeeNo', 'name', null, 'departmentCode', 'phone', 'rank']);
    expect(loose.errors.map((e) => e.code)).toEqual(['unknown_column']);
    expect(loose.labels.name).toBe('姓名（必填）');
  });

  it('reports unknown, repeated and missing required columns on row 1', () => {
    const m = mapHeader(['工号', 'employee_no', '姓名', '备注', '']);
    expect(m.errors).toEqual([
      { row: 1, column: 'employee_no', code: 'duplicate_column', message: expect.any(String) },
      { row: 1, column: '备注', code: 'unknown_column', message: expect.any(String) },
      { row: 1, column: '职级', code: 'missing_column', message: expect.stringContaining('rank') },
      { row: 1, column: '部门编码', code: 'missing_column', message: expect.stringContaining('department_code') },
    ]);
    // An empty header cell (Excel's trailing comma) is ignored.
    expect(m.positions[4]).toBeNull();
  });
});
