import { api } from './client';
import type { LoginRequest, Me } from './types';

/** Builds the login body: an input with '@' is an email, anything else a phone number. */
export function loginBody(identifier: string, password: string): LoginRequest {
  const id = identifier.trim();
  return id.includes('@') ? { email: id, password } : { phone: id, password };
}

export const authApi = {
  login: (identifier: string, password: string) =>
    api.post<unknown>('/auth/login', { json: loginBody(identifier, password) }),
  logout: () => api.post<unknown>('/auth/logout'),
  me: () => api.get<Me>('/me'),
};
