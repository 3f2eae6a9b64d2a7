import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { request } from './api';
import type { AuditPage, AuditQuery, AuditVerify } from './types';

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => request<AuditPage>('/api/audit', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A mutation, not a query: verification is an action the auditor starts and may repeat. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => request<AuditVerify>('/api/audit/verify') });
}
