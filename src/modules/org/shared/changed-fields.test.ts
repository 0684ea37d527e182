import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields.ts';

describe('changedFields', () => {
  const current = { code: 'A', name: '研发部', parentId: 'p1' as string | null, externalId: null as string | null };

  it('keeps only given values that differ', () => {
    expect(changedFields(current, { code: 'A', name: '研发中心', parentId: undefined })).toEqual({ name: '研发中心' });
  });

  it('treats null as a value (clearing), undefined as absent', () => {
    expect(changedFields(current, { parentId: null, externalId: undefined })).toEqual({ parentId: null });
    expect(changedFields(current, { externalId: null })).toEqual({});
  });
});
