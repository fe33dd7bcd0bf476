/** Sign-in, the session, one's own password, and the admin's users and audit log (graph-schema/dto/accounts.ts). */
import {
  AuditPage,
  type AuditQuery,
  type CreateUserRequest,
  type Role,
  SessionInfo,
  UserSummary,
} from '@graph-schema/dto/accounts';
import { z } from 'zod';
import { requestJson } from './request';

export const fetchSession = () => requestJson('/api/auth/session', SessionInfo);

export const login = (user: string, password: string) =>
  requestJson('/api/auth/login', SessionInfo, { body: { user, password } });

export const logout = () => requestJson('/api/auth/logout', SessionInfo, { method: 'POST' });

export const changePassword = (currentPassword: string, newPassword: string) =>
  requestJson('/api/auth/password', SessionInfo, { body: { currentPassword, newPassword } });

export const fetchUsers = (signal?: AbortSignal) =>
  requestJson('/api/admin/users', z.array(UserSummary), { signal });

export const createUser = (user: CreateUserRequest) =>
  requestJson('/api/admin/users', UserSummary, { body: user });

export const updateUser = (
  name: string,
  change: { role?: Role; disabled?: boolean; workspaces?: string[] },
) =>
  requestJson(`/api/admin/users/${encodeURIComponent(name)}`, UserSummary, { method: 'PATCH', body: change });

export const resetPassword = (name: string, password: string) =>
  requestJson(`/api/admin/users/${encodeURIComponent(name)}/password`, UserSummary, { body: { password } });

export function fetchAudit(query: Partial<AuditQuery>, signal?: AbortSignal) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return requestJson(`/api/admin/audit?${params}`, AuditPage, { signal });
}
