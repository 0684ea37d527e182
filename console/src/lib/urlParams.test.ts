import { describe, expect, it } from 'vitest';
import { withParam } from './urlParams';

describe('withParam', () => {
  it('sets a parameter and keeps the others', () => {
    expect(withParam(new URLSearchParams('tab=mine&q=old'), 'q', '北京').toString()).toBe('tab=mine&q=%E5%8C%97%E4%BA%AC');
  });

  it('removes a parameter given an empty value', () => {
    expect(withParam(new URLSearchParams('tab=mine&q=old'), 'q', '').toString()).toBe('tab=mine');
  });

  it('leaves the given parameters untouched', () => {
    const params = new URLSearchParams('q=old');
    withParam(params, 'q', 'new');
    expect(params.get('q')).toBe('old');
  });
});
