import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './api';
import type {
  AccountAnswer,
  AccountCreateBody,
  AccountCreated,
  AccountPage,
  AccountQuery,
  AccountSessionList,
  AccountUpdateBody,
  PasswordReset,
  SecuritySettingsAnswer,
  SecuritySettingsBody,
  SessionsEnded,
} from './types';

export type { Account, AccountCreateBody, AccountQuery, AccountSession, AccountUpdateBody, SecuritySettingsAnswer, UserAbilities } from './types';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountQuery) => ['accounts', 'list', query] as const,
  sessions: (id: number) => ['accounts', 'sessions', id] as const,
  settings: ['security-settings'] as const,
};

export function useAccounts(query: AccountQuery) {
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => request<AccountPage>('/api/users', { query, signal }),
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
    request<AccountCreated>('/api/users', { method: 'POST', body }),
  );
}

export function useUpdateAccount() {
  return useAccountMutation(({ id, body }: { id: number; body: AccountUpdateBody }) =>
    request<AccountAnswer>(`/api/users/${id}`, { method: 'PATCH', body }),
  );
}

export type AccountAction = 'disable' | 'enable' | 'unlock';

export function useAccountAction() {
  return useAccountMutation(({ id, action }: { id: number; action: AccountAction }) =>
    request<AccountAnswer>(`/api/users/${id}/${action}`, { method: 'POST' }),
  );
}

export function useResetPassword() {
  return useAccountMutation(({ id, password }: { id: number; password?: string }) =>
    request<PasswordReset>(`/api/users/${id}/reset-password`, { method: 'POST', body: password ? { password } : {} }),
  );
}

export function useAccountSessions(id: number | undefined) {
  return useQuery({
    queryKey: accountKeys.sessions(id ?? 0),
    queryFn: ({ signal }) => request<AccountSessionList>(`/api/users/${id}/sessions`, { signal }).then((r) => r.items),
    enabled: id !== undefined,
  });
}

/** Ends one session (`sessionId`) or all of them. */
export function useEndSessions() {
  return useAccountMutation(({ id, sessionId }: { id: number; sessionId?: string }) =>
    sessionId
      ? request<void>(`/api/users/${id}/sessions/${sessionId}`, { method: 'DELETE' }).then(() => 1)
      : request<SessionsEnded>(`/api/users/${id}/sessions`, { method: 'DELETE' }).then((r) => r.ended),
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
    mutationFn: (body: SecuritySettingsBody) => request<SecuritySettingsAnswer>('/api/settings/security', { method: 'PUT', body }),
    onSuccess: (answer) => {
      queryClient.setQueryData(accountKeys.settings, answer);
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}
