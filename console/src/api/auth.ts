import { answer, client, done } from './client';
import type { LoginRequest } from './types';

/** Builds the login body: an input with '@' is an email, anything else a phone number. */
export function loginBody(identifier: string, password: string): LoginRequest {
  const id = identifier.trim();
  return id.includes('@') ? { email: id, password } : { phone: id, password };
}

export const authApi = {
  login: (identifier: string, password: string) => answer(client.POST('/api/v1/auth/login', { body: loginBody(identifier, password) })),
  logout: () => done(client.POST('/api/v1/auth/logout')),
  me: () => answer(client.GET('/api/v1/me')),
};
