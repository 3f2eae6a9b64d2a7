/** Migration 0017's keys and checks, tried with plain SQL on both engines: the database keeps draws, panels, assignments and sheets whole whoever writes. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { buildJudges, buildScoredStage } from './scoring.fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const refused = (statement: ReturnType<typeof sql>) => expect(statement.execute(t.database.db)).rejects.toThrow(/violates/);
const accepted = (statement: ReturnType<typeof sql>) => expect(statement.execute(t.database.db)).resolves.toBeDefined();

describe('migration 0017', () => {
  it('keeps one draw a stage, its seed 32-bit, sheets and commitments to the panel, one sheet per stage × entry × judge', async () => {
    const zoneId = (await buildZone(t)).id;
    const staff = await buildUser(t, { role: 'zone_staff', zoneId });
    const [onPanel, offPanel] = await buildJudges(t, 2);
    const { stageId, entryIds } = await buildScoredStage(t, staff, zoneId, 1);
    const entry = entryIds[0]!;
    await refused(sql`INSERT INTO stage_draws (stage_id, seed, method, pool, panel_size, panel) VALUES (${stageId}, 4294967296, 'm', '[]', 1, '[]')`);
    await accepted(sql`INSERT INTO stage_draws (stage_id, seed, method, pool, panel_size, panel) VALUES (${stageId}, 7, 'm', '[]', 1, '[]')`);
    await refused(sql`INSERT INTO stage_draws (stage_id, seed, method, pool, panel_size, panel) VALUES (${stageId}, 8, 'm', '[]', 1, '[]')`);
    await refused(sql`UPDATE stage_draws SET per_entry = 2 WHERE stage_id = ${stageId}`);
    await accepted(sql`INSERT INTO stage_judges (stage_id, expert_id, user_id, position) VALUES (${stageId}, ${onPanel!.expertId}, ${onPanel!.id}, 1)`);
    await refused(sql`INSERT INTO stage_judges (stage_id, expert_id, user_id, position) VALUES (${stageId}, ${offPanel!.expertId}, ${onPanel!.id}, 2)`);
    await refused(sql`INSERT INTO judge_commitments (stage_id, expert_id, text_version) VALUES (${stageId}, ${offPanel!.expertId}, 'v')`);
    await refused(sql`INSERT INTO stage_assignments (stage_id, entry_id, expert_id, judge_user_id) VALUES (${stageId}, ${entry}, ${onPanel!.expertId}, ${offPanel!.id})`);
    await accepted(sql`INSERT INTO stage_assignments (stage_id, entry_id, expert_id, judge_user_id) VALUES (${stageId}, ${entry}, ${onPanel!.expertId}, ${onPanel!.id})`);
    await refused(sql`UPDATE stage_assignments SET replaced_at = now() WHERE stage_id = ${stageId}`);
    await refused(sql`INSERT INTO score_sheets (stage_id, entry_id, expert_id) VALUES (${stageId}, ${entry}, ${offPanel!.expertId})`);
    await refused(sql`INSERT INTO score_sheets (stage_id, entry_id, expert_id, status) VALUES (${stageId}, ${entry}, ${onPanel!.expertId}, 'submitted')`);
    await refused(sql`INSERT INTO score_sheets (stage_id, entry_id, expert_id, scores) VALUES (${stageId}, ${entry}, ${onPanel!.expertId}, '[]')`);
    await accepted(sql`INSERT INTO score_sheets (stage_id, entry_id, expert_id) VALUES (${stageId}, ${entry}, ${onPanel!.expertId})`);
    await refused(sql`INSERT INTO score_sheets (stage_id, entry_id, expert_id) VALUES (${stageId}, ${entry}, ${onPanel!.expertId})`);
  });
});
