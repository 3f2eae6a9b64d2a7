/**
 * The innovation transition table as a matrix (transition × role × status), and the
 * lifecycle end to end through the API: submit → review → recognise → replicate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INNOVATION_MACHINE, INNOVATION_STATUSES, INNOVATION_TRANSITIONS } from '../../shared/innovations.enums.js';
import type { Actor } from '../../kernel/actor.js';
import { createTestApp, zoneIdByCode, type DemoUser, type TestApp } from '../../testing/test-app.js';
import { canTransition } from '../../kernel/lifecycle/index.js';
import { INNOVATION_LIFECYCLE } from './innovations.policy.js';

const ZONE_PATH = '/1/2/6/';
const actors: Record<string, Actor> = {
  province: { id: 1, username: 'admin', displayName: 'a', role: 'province_admin', scopeZoneId: 1, scopePath: '/1/' },
  ownStaff: { id: 2, username: 'yibin', displayName: 'y', role: 'zone_staff', scopeZoneId: 6, scopePath: ZONE_PATH },
  otherStaff: { id: 3, username: 'deyang', displayName: 'd', role: 'zone_staff', scopeZoneId: 7, scopePath: '/1/2/7/' },
  judge: { id: 4, username: 'judge1', displayName: 'j', role: 'judge', scopeZoneId: null, scopePath: null },
  auditor: { id: 5, username: 'auditor', displayName: 'u', role: 'auditor', scopeZoneId: null, scopePath: null },
};

describe('who may take which transition from which status', () => {
  for (const transition of INNOVATION_TRANSITIONS) {
    const edge = INNOVATION_MACHINE[transition];
    describe(transition, () => {
      for (const [name, actor] of Object.entries(actors)) {
        for (const status of INNOVATION_STATUSES) {
          const statusOk = (edge.from as readonly string[]).includes(status);
          const roleOk =
            (name === 'province' && (edge.by as readonly string[]).includes('province')) ||
            (name === 'ownStaff' && (edge.by as readonly string[]).includes('zone'));
          const expected = statusOk && roleOk;
          it(`${name} from ${status}: ${expected ? 'allowed' : 'refused'}`, () => {
            expect(canTransition(INNOVATION_LIFECYCLE, actor, { zone_path: ZONE_PATH, status }, transition)).toBe(expected);
          });
        }
      }
    });
  }
});

let t: TestApp;
let yibinZoneId: number;
beforeAll(async () => {
  t = await createTestApp();
  yibinZoneId = await zoneIdByCode(t, 'SC-P-YB');
});
afterAll(() => t.close());

const newDraft = async (name: string, user: DemoUser = 'yibin') => {
  const response = await t.call(user, {
    method: 'POST',
    url: '/api/innovations',
    payload: {
      zoneId: yibinZoneId,
      name,
      domain: 'trade_facilitation',
      task: 'institutional_alignment',
      novelty: 'provincial_first',
      painPoint: '加工贸易企业保证金负担重',
      measures: '以银行保函替代保证金，分批提用',
      effects: [{ label: '减轻保证金', value: '1.2', unit: '亿元', period: '2021年', text: '减轻企业保证金负担约1.2亿元' }],
      departments: ['宜宾海关'],
      tags: ['保税'],
      exploredOn: '2021-03',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().innovation as { id: number; status: string };
};
const act = (user: DemoUser, id: number, transition: string, payload: Record<string, unknown> = {}, lang: 'zh' | 'en' = 'zh') =>
  t.call(user, { method: 'POST', url: `/api/innovations/${id}/${transition}`, payload, lang });

describe('the lifecycle through the API', () => {
  it('goes draft → submitted → reviewing → recognised → province → nationwide, with history and audit', async () => {
    const draft = await newDraft('宜宾加工贸易保证金分批提用模式（测试）');
    expect(draft.status).toBe('draft');
    expect((await act('yibin', draft.id, 'submit')).json().innovation.status).toBe('submitted');
    expect((await act('admin', draft.id, 'start_review')).json().innovation.status).toBe('reviewing');
    const recognized = await act('admin', draft.id, 'recognize', { comment: '创新性突出', document: '川自贸办〔2022〕12号', batch: '第二批', occurredOn: '2022-05-10' });
    expect(recognized.statusCode, recognized.body).toBe(200);
    expect(recognized.json().innovation).toMatchObject({ status: 'recognized', isPublished: true, recognition: { on: '2022-05-10', document: '川自贸办〔2022〕12号', batch: '第二批' } });
    expect((await act('admin', draft.id, 'replicate_province', { document: '川府函〔2022〕200号', occurredOn: '2022-09-01' })).statusCode).toBe(200);
    expect((await act('admin', draft.id, 'replicate_national', { document: '国函〔2023〕56号', occurredOn: '2023-07-01', batch: '第七批' })).json().innovation.status).toBe('nation_replicated');
    const detail = (await t.call('yibin', { method: 'GET', url: `/api/innovations/${draft.id}` })).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'start_review', 'recognize', 'replicate_province', 'replicate_national']);
    expect(detail.events[3]).toMatchObject({ comment: '创新性突出', actorName: '省自贸办管理员（示例）' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'innovation').where('entity_id', '=', String(draft.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'submit', 'start_review', 'recognize', 'replicate_province', 'replicate_national']);
  });

  it('return and resubmit: the zone edits a returned record, then submits again', async () => {
    const draft = await newDraft('退回修改流程测试成果');
    await act('yibin', draft.id, 'submit');
    expect((await t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draft.id}`, payload: { measures: 'x' } })).statusCode).toBe(403);
    const returned = await act('admin', draft.id, 'return', { comment: '请补充量化成效' });
    expect(returned.json().innovation.status).toBe('returned');
    expect((await t.call('yibin', { method: 'PATCH', url: `/api/innovations/${draft.id}`, payload: { measures: '补充后的举措' } })).statusCode).toBe(200);
    expect((await act('yibin', draft.id, 'submit')).json().innovation.status).toBe('submitted');
  });

  it('an illegal transition answers 409 with the status in words, and changes nothing', async () => {
    const draft = await newDraft('非法跳转测试成果');
    const response = await act('admin', draft.id, 'recognize', { comment: 'x', document: 'y', occurredOn: '2022-01-01' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('当前状态为「草稿」，不能执行「认定」。');
    const row = await t.database.db.selectFrom('innovations').select('status').where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('a decision without what it must record answers 400 naming the fields', async () => {
    const draft = await newDraft('缺少文号测试成果');
    await act('yibin', draft.id, 'submit');
    await act('admin', draft.id, 'start_review');
    const response = await act('admin', draft.id, 'recognize', { comment: '同意' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['document', 'occurredOn']);
    const reject = await act('admin', draft.id, 'reject', {}, 'en');
    expect(reject.json().error.fields).toEqual([{ path: 'comment', message: 'Required' }]);
  });

  it('two reviewers at once: the second sees the status the first left (409), and only one step is written', async () => {
    const draft = await newDraft('并发审核测试成果');
    await act('yibin', draft.id, 'submit');
    const answers = await Promise.all([act('admin', draft.id, 'start_review'), act('admin', draft.id, 'start_review')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const events = await t.database.db.selectFrom('innovation_events').select('action').where('innovation_id', '=', draft.id).where('action', '=', 'start_review').execute();
    expect(events).toHaveLength(1);
  });

  it('zone staff may not review their own submissions (403), and other zones cannot even see them (404)', async () => {
    const draft = await newDraft('自审测试成果');
    await act('yibin', draft.id, 'submit');
    expect((await act('yibin', draft.id, 'start_review')).statusCode).toBe(403);
    expect((await act('deyang', draft.id, 'start_review')).statusCode).toBe(404);
    expect((await t.call('deyang', { method: 'GET', url: `/api/innovations/${draft.id}` })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/public/innovations/${draft.id}` })).statusCode).toBe(404);
  });
});
