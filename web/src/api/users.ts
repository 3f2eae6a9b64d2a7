import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, UserStatus } from '@shared/enums';
import type { SecuritySettings } from '@shared/security-settings';
import { request } from './api';
import type { Page } from './types';

export type UserAbilities = {
  update: boolean;
  changeRole: boolean;
  disable: boolean;
  enable: boolean;
  resetPassword: boolean;
  unlock: boolean;
  endSessions: boolean;
};

export type Account = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organisation: string | null;
  scopeZone: { id: number; name: string } | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
  lastSeenAt: string | null;
  sessionCount: number;
  isSelf: boolean;
  abilities: UserAbilities;
};

export type AccountQuery = { q?: string; role?: Role; zoneId?: number; status?: UserStatus; page: number; pageSize: number };

export type AccountBody = { displayName: string; organisation?: string | null; role: Role; scopeZoneId?: number | null };
export type AccountCreateBody = AccountBody & { username: string; password?: string };

export type AccountSession = { id: string; createdAt: string; lastSeenAt: string; expiresAt: string; ip: string | null; userAgent: string | null; current: boolean };

export type StoredSecuritySettings = SecuritySettings & { updatedAt: string | null; updatedBy: string | null };
export type SecuritySettingsAnswer = { settings: StoredSecuritySettings; defaults: SecuritySettings };

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountQuery) => ['accounts', 'list', query] as const,
  sessions: (id: number) => ['accounts', 'sessions', id] as const,
  settings: ['security-settings'] as const,
};

export function useAccounts(query: AccountQuery) {
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => request<Page<Account>>('/api/users', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every account mutation refreshes the list (and the sessions shown next to it). */
function useAccountMutation<TVars, TResult>(mutationFn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: accountKeys.all }) });
}

export function useCreateAccount() {
  return useAccountMutation((body: AccountCreateBody) =>
    request<{ user: Account; temporaryPassword: string }>('/api/users', { method: 'POST', body }),
  );
}

export function useUpdateAccount() {
  return useAccountMutation(({ id, body }: { id: number; body: Partial<AccountBody> }) =>
    request<{ user: Account }>(`/api/users/${id}`, { method: 'PATCH', body }),
  );
}

export type AccountAction = 'disable' | 'enable' | 'unlock';

export function useAccountAction() {
  return useAccountMutation(({ id, action }: { id: number; action: AccountAction }) =>
    request<{ user: Account }>(`/api/users/${id}/${action}`, { method: 'POST' }),
  );
}

export function useResetPassword() {
  return useAccountMutation(({ id, password }: { id: number; password?: string }) =>
    request<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`, { method: 'POST', body: password ? { password } : {} }),
  );
}

export function useAccountSessions(id: number | undefined) {
  return useQuery({
    queryKey: accountKeys.sessions(id ?? 0),
    queryFn: ({ signal }) => request<{ items: AccountSession[] }>(`/api/users/${id}/sessions`, { signal }).then((r) => r.items),
    enabled: id !== undefined,
  });
}

/** Ends one session (`sessionId`) or all of them. */
export function useEndSessions() {
  return useAccountMutation(({ id, sessionId }: { id: number; sessionId?: string }) =>
    sessionId
      ? request<void>(`/api/users/${id}/sessions/${sessionId}`, { method: 'DELETE' }).then(() => 1)
      : request<{ ended: number }>(`/api/users/${id}/sessions`, { method: 'DELETE' }).then((r) => r.ended),
  );
}

export function useSecuritySettings() {
  return useQuery({
    queryKey: accountKeys.settings,
    queryFn: ({ signal }) => request<SecuritySettingsAnswer>('/api/settings/security', { signal }),
  });
}

export function useSaveSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SecuritySettings) => request<SecuritySettingsAnswer>('/api/settings/security', { method: 'PUT', body }),
    onSuccess: (answer) => {
      queryClient.setQueryData(accountKeys.settings, answer);
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}
