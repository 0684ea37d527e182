import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The master key for personal data: TRIPDESK_SECRET_KEY when set; otherwise a key generated once
 * into the data folder (with a warning: lose that file and the encrypted data is unreadable).
 */
export function resolveSecretKey(configured: Buffer | null, dataDir: string, warn: (msg: string) => void): Buffer {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte hex key`);
    return key;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600 });
  warn(
    `TRIPDESK_SECRET_KEY is not set: generated a key for personal data into ${file}. ` +
      'Back it up, or set TRIPDESK_SECRET_KEY (64 hex characters) in production.',
  );
  return key;
}
