import { describe, expect, it } from 'vitest';
import { changesIn, valueInWords, type ValueWords } from './timelineChanges';

const STATUS: Record<string, string> = { new: '新建', pending_customer: '待客户回复' };
const words: ValueWords = {
  status: (c) => STATUS[c],
  priority: (c) => (c === 'high' ? '高' : undefined),
  category: (c) => (c === 'change' ? '改签' : undefined),
  person: (id) => (id === 'a1' ? '王芳' : undefined),
  none: '无',
  join: (items) => items.join('、'),
};

describe('a ticket timeline in words', () => {
  it('reads the recorded field changes and leaves out what is not one', () => {
    expect(
      changesIn({
        number: 100023,
        changes: [{ field: 'status', from: 'new', to: 'open' }, { from: 'x' }, 'status', null, { field: 'assignee', from: null, to: 'a1' }],
      }),
    ).toEqual([
      { field: 'status', from: 'new', to: 'open' },
      { field: 'assignee', from: null, to: 'a1' },
    ]);
    expect(changesIn({ changes: 'status' })).toEqual([]);
    expect(changesIn({})).toEqual([]);
  });

  it('names codes, people and lists, and says none for nothing', () => {
    expect(valueInWords('status', 'pending_customer', words)).toBe('待客户回复');
    expect(valueInWords('priority', 'high', words)).toBe('高');
    expect(valueInWords('category', 'change', words)).toBe('改签');
    expect(valueInWords('assignee', 'a1', words)).toBe('王芳');
    expect(valueInWords('assignee', null, words)).toBe('无');
    expect(valueInWords('tags', ['vip', '改签'], words)).toBe('vip、改签');
    expect(valueInWords('tags', [], words)).toBe('无');
    expect(valueInWords('subject', '航班延误', words)).toBe('航班延误');
  });

  it('shows an unknown code as itself and an unknown person without their id', () => {
    expect(valueInWords('status', 'escalated', words)).toBe('escalated');
    expect(valueInWords('assignee', '0192f0c4-0000-7000-8000-000000000000', words)).toBe('…');
  });
});
