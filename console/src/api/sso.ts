import { answer, client } from './client';
import type { AnswerOf, BodyOf } from './types';

export type SsoSettings = AnswerOf<'/api/v1/auth/sso/settings', 'get'>;
export type SsoSettingsSave = BodyOf<'/api/v1/auth/sso/settings', 'put'>;
export type SsoConnectionReport = AnswerOf<'/api/v1/auth/sso/settings/test', 'post'>;
export type SsoMatchBy = SsoSettings['matchBy'];
export type SsoJitRole = SsoSettings['jitRoles'][number];

/** Where the browser goes to begin single sign-on for a company (a full navigation: the server redirects to the provider). */
export const ssoStartUrl = (tenantCode: string): string => `/api/v1/auth/sso/${encodeURIComponent(tenantCode.trim())}/start`;

export const ssoApi = {
  settings: () => answer(client.GET('/api/v1/auth/sso/settings')),
  save: (body: SsoSettingsSave) => answer(client.PUT('/api/v1/auth/sso/settings', { body })),
  test: () => answer(client.POST('/api/v1/auth/sso/settings/test')),
};
