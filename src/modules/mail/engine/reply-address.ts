/**
 * Reply addresses: the support address with a subaddress (RFC 5233) carrying a ticket token,
 * `support+t.<token>@tripdesk.local`. Mail to it reaches the same mailbox as mail to the support
 * address, and the token names the ticket even when the client dropped the threading headers.
 *
 * Local parts are compared without regard to case: the support address is ours and lower case,
 * and relays and people do change case.
 */

const TOKEN_TAG = 't.';

interface SplitAddress {
  local: string;
  domain: string;
}

function split(address: string): SplitAddress | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  return { local: address.slice(0, at).toLowerCase(), domain: address.slice(at + 1).toLowerCase() };
}

function supportParts(supportEmail: string): SplitAddress {
  const parts = split(supportEmail.trim());
  if (!parts || parts.local.includes('+')) throw new Error(`not a plain support address: ${supportEmail}`);
  return parts;
}

/** `support@tripdesk.local` + token → `support+t.<token>@tripdesk.local`. */
export function replyAddress(supportEmail: string, ticketToken: string): string {
  const { local, domain } = supportParts(supportEmail);
  return `${local}+${TOKEN_TAG}${ticketToken.toLowerCase()}@${domain}`;
}

/**
 * The subaddress of `address` when it is the support mailbox: '' for the support address itself,
 * the part after '+' for `support+…@`, null for any other mailbox.
 */
function detailOf(address: string, supportEmail: string): string | null {
  const support = supportParts(supportEmail);
  const parts = split(address.trim());
  if (!parts || parts.domain !== support.domain) return null;
  if (parts.local === support.local) return '';
  if (!parts.local.startsWith(`${support.local}+`)) return null;
  return parts.local.slice(support.local.length + 1);
}

/** Whether mail to `address` is for the support mailbox: the address itself or any `+detail` of it. */
export const isSupportAddress = (address: string, supportEmail: string): boolean => detailOf(address, supportEmail) !== null;

/** The ticket token in a reply address, or null (another mailbox, or no token in it). Not verified here. */
export function tokenOfAddress(address: string, supportEmail: string): string | null {
  const detail = detailOf(address, supportEmail);
  if (!detail?.startsWith(TOKEN_TAG)) return null;
  const token = detail.slice(TOKEN_TAG.length);
  return token === '' ? null : token;
}
