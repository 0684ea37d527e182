import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { accounts, sessions } from './schema.ts';
import { randomToken, sha256 } from './tokens.ts';

export interface NewSession {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Opens a browser session for an account that has just proved who it is (password or single
 * sign-on, or an accepted invitation), in the caller's system-scope transaction. Only hashes of the tokens are stored;
 * the account's last sign-in is now.
 */
export async function openSession(
  tx: Tx,
  input: { accountId: string; ip: string; userAgent: string | null; sessionTtlHours: number; now: Date },
): Promise<NewSession> {
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(input.now.getTime() + input.sessionTtlHours * 3_600_000);
  await tx.insert(sessions).values({
    id: sha256(sessionToken),
    accountId: input.accountId,
    csrfHash: sha256(csrfToken),
    createdAt: input.now,
    expiresAt,
    lastSeenAt: input.now,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
  });
  await tx.update(accounts).set({ lastSignInAt: input.now }).where(eq(accounts.id, input.accountId));
  return { sessionToken, csrfToken, expiresAt };
}
