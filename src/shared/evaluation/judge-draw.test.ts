/** The seeded draw: reproducible from what is published, fair to the rules, and never assigning a conflict. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignJudges, conflictOf, drawPanel, organisationKey, replacementFor, shuffledPool, type DrawEntry, type PoolExpert } from './judge-draw.js';

const poolArb = fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 40 }).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({ id: fc.constant(id), zoneId: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), organisation: fc.option(fc.constantFrom('四川大学', '西南财经大学', '宜宾市商务局', '四川 大学'), { nil: null }) }),
    ),
  ),
);
const entriesArb = fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 30 }).chain((ids) =>
  fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), zoneId: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), organisation: fc.option(fc.constantFrom('四川大学', '某某科技有限公司'), { nil: null }) }))),
);

describe('the draw', () => {
  it('is the same for the same seed and pool, whatever order the pool is given in', () => {
    fc.assert(
      fc.property(fc.integer(), poolArb, (seed, pool) => {
        const once = shuffledPool(seed, pool).map((e) => e.id);
        expect(shuffledPool(seed, [...pool].reverse()).map((e) => e.id)).toEqual(once);
        expect([...once].sort((a, b) => a - b)).toEqual(pool.map((e) => e.id).sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a published seed its published panel (a fixed example, so a change of method shows)', () => {
    const pool = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, zoneId: null, organisation: null }));
    const panel = drawPanel(20211116, pool, 5).map((e) => e.id);
    expect(panel).toHaveLength(5);
    expect(drawPanel(20211116, pool, 5).map((e) => e.id)).toEqual(panel);
    expect(drawPanel(20211117, pool, 10).map((e) => e.id)).not.toEqual(drawPanel(20211116, pool, 10).map((e) => e.id));
    expect(drawPanel(20211116, pool, 5, [{ expertId: panel[0]!, reason: '回避' }]).map((e) => e.id)).not.toContain(panel[0]);
  });

  it('refuses a seed that is not a 32-bit integer', () => {
    expect(() => shuffledPool(1.5, [])).toThrow(RangeError);
    expect(() => shuffledPool(2 ** 40, [])).toThrow(RangeError);
  });
});

describe('assignment', () => {
  it('never assigns a conflict, never passes the cap, never puts a judge twice on an entry, and balances the load', () => {
    fc.assert(
      fc.property(poolArb, entriesArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 30 }), (panel, entries, perEntry, loadCap) => {
        const { assignments, load, short } = assignJudges(panel, entries, { perEntry, loadCap });
        const byId = new Map(panel.map((j) => [j.id, j]));
        for (const entry of entries) {
          const judges = assignments.get(entry.id)!;
          expect(new Set(judges).size).toBe(judges.length);
          for (const id of judges) expect(conflictOf(byId.get(id)!, entry)).toBeNull();
          expect(judges.length < perEntry).toBe(short.some((s) => s.entryId === entry.id));
        }
        for (const n of load.values()) expect(n).toBeLessThanOrEqual(loadCap);
        // With nobody in conflict and room under the cap, loads differ by at most one.
        const clean = panel.map((j) => ({ ...j, zoneId: null, organisation: null }));
        const free = assignJudges(clean, entries, { perEntry: Math.min(perEntry, clean.length), loadCap: entries.length });
        const loads = [...free.load.values()];
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds conflicts by zone and by organisation (full-width and spaces folded), and declared ones', () => {
    const judge: PoolExpert = { id: 1, zoneId: 3, organisation: '四川 大学' };
    const entry = (zoneId: number | null, organisation: string | null): DrawEntry => ({ id: 9, zoneId, organisation });
    expect(conflictOf(judge, entry(3, null))).toBe('same_zone');
    expect(conflictOf(judge, entry(4, '四川大学'))).toBe('same_organisation');
    expect(organisationKey('ＡＢＣ 公司')).toBe(organisationKey('abc公司'));
    expect(conflictOf(judge, entry(4, '西南财经大学'))).toBeNull();
    expect(conflictOf(judge, entry(4, null), [{ expertId: 1, entryId: 9, reason: '曾参与该项目咨询' }])).toBe('declared');
  });

  it('replaces a judge who declares a conflict with the least loaded eligible one', () => {
    const panel: PoolExpert[] = [1, 2, 3, 4].map((id) => ({ id, zoneId: null, organisation: null }));
    const entry: DrawEntry = { id: 7, zoneId: null, organisation: null };
    const declared = [{ expertId: 1, entryId: 7, reason: '亲属任职' }];
    const load = new Map([[1, 2], [2, 1], [3, 3], [4, 1]]);
    expect(replacementFor(panel, entry, [1, 2], load, 3, declared)).toBe(4);
    expect(replacementFor(panel, entry, [1, 2, 4], load, 3, declared)).toBeNull();
  });
});
