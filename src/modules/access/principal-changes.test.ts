import { describe, expect, it } from 'vitest';
import { formatPrincipalChange, parsePrincipalChange, type PrincipalChange } from './principal-changes.ts';

describe('principal change payloads', () => {
  it('read back what they write', () => {
    const changes: PrincipalChange[] = [
      { kind: 'account', id: '01a250b5-f34b-7267-a92e-8cea8c84e3b7' },
      { kind: 'api_key', id: '01a250b5-f34b-7267-a92e-8cea8c84e3b8' },
      { kind: 'all' },
    ];
    for (const change of changes) expect(parsePrincipalChange(formatPrincipalChange(change))).toEqual(change);
  });

  it('read anything else as "all": a malformed message evicts too much, never too little', () => {
    for (const payload of ['', 'account:', 'account:not-a-uuid', 'session:01a250b5-f34b-7267-a92e-8cea8c84e3b7', '{"account":"x"}']) {
      expect(parsePrincipalChange(payload), payload).toEqual({ kind: 'all' });
    }
  });
});
