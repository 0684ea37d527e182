import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { accounts, sessions } from './schema.ts';
import { randomToken, sha256 } from './tokens.ts';

export interface OpenedSession {
  accountId: string;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Opens a browser session for an account in the caller's (system-scope) transaction: only hashes of the tokens are stored. */
export async function openSession(
  tx: Tx,
  args: { accountId: string; now: Date; ip: string; userAgent: string | null; ttlHours: number },
): Promise<OpenedSession> {
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(args.now.getTime() + args.ttlHours * 3_600_000);
  await tx.insert(sessions).values({
    id: sha256(sessionToken),
    accountId: args.accountId,
    csrfHash: sha256(csrfToken),
    createdAt: args.now,
    expiresAt,
    lastSeenAt: args.now,
    ip: args.ip,
    userAgent: args.userAgent?.slice(0, 500) ?? null,
  });
  await tx.update(accounts).set({ lastSignInAt: args.now }).where(eq(accounts.id, args.accountId));
  return { accountId: args.accountId, sessionToken, csrfToken, expiresAt };
}
