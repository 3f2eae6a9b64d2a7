import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, request } from './api';
import type { LoginAnswer, LoginBody, Me, MeAnswer, PasswordChangeBody } from './types';

export const meKey = ['me'] as const;

/** `null` means "not signed in": a 401 is an answer here, not an error. */
async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await request<MeAnswer>('/api/me');
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: (body: LoginBody) =>
      request<LoginAnswer>('/api/auth/login', { method: 'POST', body }),
    onSuccess: ({ user }) => {
      // Everything cached so far was fetched as someone else (or nobody).
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(meKey, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChangeBody) =>
      request<void>('/api/me/password', { method: 'POST', body }),
    // A forced change is done: the rest of the API answers again.
    onSuccess: () => queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, mustChangePassword: false } : me)),
  });
}
