import { useExperts } from '../../../../api/campaigns';
import type { Expert } from '../../../../api/types';

/**
 * The pool as the organisers see it (one page of the largest size: a province pool is a few
 * hundred at most), by id: the draw and the assignment publish expert numbers, the page shows names.
 */
export type ExpertPool = ReturnType<typeof useExpertPool>;

export function useExpertPool(enabled: boolean) {
  const experts = useExperts({ page: 1, pageSize: 200 }, enabled);
  const items = experts.data?.items ?? [];
  const byId = new Map<number, Expert>(items.map((expert) => [expert.id, expert]));
  // What the server draws from: active experts linked to a judge account (it also leaves out a deactivated account).
  const drawable = items.filter((expert) => expert.isActive && expert.judgeAccount !== null);
  return { byId, drawable, complete: experts.data !== undefined && experts.data.total <= items.length, query: experts };
}
