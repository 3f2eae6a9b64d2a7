import { describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { stageAbilities } from './evaluation.policy.js';

const office: Actor = { id: 1, username: 'admin', displayName: '省自贸办', role: 'province_admin', scopeZoneId: 1, scopePath: '/1/' };
const stage = { zone_path: '/1/2/', campaign_kind: 'contest' as const, status: 'planned' as const, kind: 'scored' };

describe('stage abilities', () => {
  it('offer a stage step only while the campaign runs, as the transition refuses otherwise', () => {
    expect(stageAbilities(office, { ...stage, campaign_status: 'open' }).open).toBe(true);
    for (const campaign_status of ['draft', 'closed', 'published'] as const) {
      const abilities = stageAbilities(office, { ...stage, campaign_status });
      expect(Object.entries(abilities).filter(([key, able]) => able && !['update', 'delete', 'setCriteria'].includes(key))).toEqual([]);
    }
  });
});
