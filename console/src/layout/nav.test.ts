import { describe, expect, it } from 'vitest';
import { permissionsOf, permissions } from '../../../src/modules/access/permissions.ts';
import { allRoles, type Role } from '../../../src/modules/access/roles.ts';
import { isGroup, NAVIGATION, visibleNavigation, type NavEntry, type NavLeaf } from './nav';

/** The ids of the pages a set of roles sees in the navigation. */
function pagesOf(...held: Role[]): string[] {
  const may = permissionsOf(held);
  const ids = (entries: NavEntry[]): string[] => entries.flatMap((e) => (isGroup(e) ? ids(e.children) : [e.id]));
  return ids(visibleNavigation((p) => may.has(p as (typeof permissions)[number])));
}

describe('navigation per role', () => {
  it('names only permissions that exist', () => {
    const leafPermissions = (l: NavLeaf) => [l.permission, l.alsoNeeds];
    const named = NAVIGATION.flatMap((e) =>
      isGroup(e) ? [e.permission, ...e.children.flatMap(leafPermissions)] : leafPermissions(e),
    ).flatMap((p) => (p === undefined ? [] : typeof p === 'string' ? [p] : [...p]));
    expect(named.filter((p) => !(permissions as readonly string[]).includes(p))).toEqual([]);
  });

  it('gives a traveller their own work only: no policies (drafts), no organisation, budgets, flows, orders of others, audit or keys', () => {
    expect(pagesOf('traveller')).toEqual(['home', 'travel-requests', 'book', 'my-trips', 'approvals', 'my-policy', 'my-tickets']);
    expect(pagesOf('approver')).toEqual(['home', 'travel-requests', 'book', 'my-trips', 'approvals', 'my-policy', 'my-tickets']);
  });

  it('gives finance the budgets and the orders, and a travel admin everything they set up', () => {
    expect(pagesOf('finance')).toEqual([
      'home',
      'travel-requests',
      'book',
      'my-trips',
      'approvals',
      'my-policy',
      'my-tickets',
      'orders',
      'budgets',
    ]);
    expect(pagesOf('travel_admin')).toEqual([
      'home',
      'travel-requests',
      'book',
      'my-trips',
      'approvals',
      'my-policy',
      'my-tickets',
      'orders',
      'policies',
      'budgets',
      'approval-flows',
      'departments',
      'employees',
      'cost-centres',
      'import',
      'accounts',
      'audit',
      'api-keys',
      'webhooks',
      'sso',
    ]);
  });

  it('gives operator staff what their roles allow (预订 to those who book for others, the desk first to those who work tickets), and never the traveller’s own pages', () => {
    expect(pagesOf('auditor')).toEqual(['home', 'orders', 'budgets', 'audit']);
    expect(pagesOf('agent')).toEqual(['desk', 'home', 'book', 'orders', 'departments', 'employees', 'cost-centres', 'suppliers']);
    expect(pagesOf('operations')).toEqual(['desk', 'home', 'orders', 'suppliers', 'simulator', 'ingest']);
    expect(pagesOf('supervisor')).toEqual([
      'desk',
      'home',
      'book',
      'orders',
      'departments',
      'employees',
      'cost-centres',
      'suppliers',
      'audit',
    ]);
    expect(pagesOf('account_manager')).toEqual([
      'desk',
      'home',
      'orders',
      'policies',
      'budgets',
      'approval-flows',
      'departments',
      'employees',
      'cost-centres',
      'import',
      'suppliers',
      'audit',
    ]);
    expect(pagesOf('platform_admin')).toEqual([
      'desk',
      'home',
      'book',
      'orders',
      'policies',
      'budgets',
      'approval-flows',
      'departments',
      'employees',
      'cost-centres',
      'import',
      'tenants',
      'suppliers',
      'simulator',
      'ingest',
      'accounts',
      'operator-accounts',
      'audit',
      'api-keys',
      'webhooks',
      'sso',
    ]);
  });

  it('shows a person with several roles the union of what each may see', () => {
    expect(pagesOf('traveller', 'finance')).toEqual(pagesOf('finance'));
    const both = pagesOf('finance', 'executive');
    for (const id of [...pagesOf('finance'), ...pagesOf('executive')]) expect(both).toContain(id);
  });

  it('covers every role', () => {
    for (const role of allRoles) expect(pagesOf(role)).toContain('home');
  });
});
