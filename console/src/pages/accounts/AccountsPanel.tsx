import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Invitation, InvitationCreated } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { useLoad } from '../../lib/useLoad';
import { AccountsTable } from './AccountsTable';
import { InvitationsTable } from './InvitationsTable';
import { LinkDialog } from './LinkDialog';
import { RolesDialog } from './RolesDialog';

export interface AccountsSide<R extends string> {
  key: string;
  operator: boolean;
  roles: readonly R[];
  list: () => Promise<Account[]>;
  setRoles: (id: string, roles: R[]) => Promise<unknown>;
  invitations: () => Promise<Invitation[]>;
  resend: (id: string) => Promise<InvitationCreated>;
  revoke: (id: string) => Promise<void>;
}

interface AccountsPanelProps<R extends string> {
  side: AccountsSide<R>;
  title: string;
  subtitle: string;
  inviteLabel: string;
  /** The invite dialog: it calls onCreated with the new invitation (whose link is then shown once). */
  renderInvite: (onCreated: (created: InvitationCreated) => void, onClose: () => void) => ReactNode;
}

type Tab = 'users' | 'invitations';

/** Users and invitations of one side (an enterprise, or the operator's staff). */
export function AccountsPanel<R extends string>({ side, title, subtitle, inviteLabel, renderInvite }: AccountsPanelProps<R>) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('users');
  const accounts = useLoad(side.list, `${side.key}-accounts`);
  const invitations = useLoad(side.invitations, `${side.key}-invitations`);
  const [inviting, setInviting] = useState(false);
  const [link, setLink] = useState<InvitationCreated | null>(null);
  const [editing, setEditing] = useState<Account | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const pending = (invitations.data ?? []).filter((i) => i.status === 'pending').length;

  return (
    <section data-testid={`page-${side.key}`}>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <button type="button" className="btn btn-primary" data-testid="invite-new" onClick={() => setInviting(true)}>
            {inviteLabel}
          </button>
        }
      />
      {flash ? (
        <Notice kind="success" testId="accounts-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <Tabs
        testId="accounts-tabs"
        label={title}
        value={tab}
        tabs={[
          { id: 'users', label: t('accounts.tabUsers'), count: accounts.data?.length },
          { id: 'invitations', label: t('accounts.tabInvitations'), count: pending },
        ]}
        onChange={setTab}
      />
      <div className="card">
        {tab === 'users' ? (
          <>
            <ErrorNotice error={accounts.error} onRetry={accounts.reload} />
            <AccountsTable items={accounts.data ?? []} loading={accounts.loading} operator={side.operator} onEditRoles={setEditing} />
          </>
        ) : (
          <>
            <ErrorNotice error={invitations.error} onRetry={invitations.reload} />
            <InvitationsTable
              items={invitations.data ?? []}
              loading={invitations.loading}
              resend={side.resend}
              revoke={side.revoke}
              onLink={setLink}
              onChanged={(message) => {
                if (message) setFlash(message);
                invitations.reload();
              }}
            />
          </>
        )}
      </div>
      {inviting
        ? renderInvite(
            (created) => {
              setInviting(false);
              setLink(created);
              setTab('invitations');
              invitations.reload();
            },
            () => setInviting(false),
          )
        : null}
      {link ? <LinkDialog created={link} onClose={() => setLink(null)} /> : null}
      {editing ? (
        <RolesDialog
          account={editing}
          roles={side.roles}
          save={(roles) => side.setRoles(editing.id, roles)}
          onSaved={() => {
            setFlash(t('accounts.rolesSaved', { name: editing.displayName }));
            accounts.reload();
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
