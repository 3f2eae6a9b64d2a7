/**
 * The demo contest's non-scored stages get their records through the stage-activity services, as
 * their organiser would keep them: 海选 (资格审查) one check of every registration, all passed (the
 * source gives no count of who passed it, so every registration goes on to 初赛); the “自贸加油站”创业训练营 five sessions and the attendance of
 * every entry in the running (informative: no minimum, so all 88 go on to 初赛, as in the article);
 * 尽职调查 the checklist of five items and each finalist's checks and conclusion (all 24 pass:
 * the article's 24 finalists are the final's); 党史学习教育 one session that all 24 attend, with a
 * minimum of one. Everything here is invented (示例, in the titles, names and notes): the article
 * names the stages and nothing they recorded. The source dates no stage, so the sessions are dated
 * inside the campaign (2021-09-01 … 2021-11-16) in the stages' order: 训练营 before 初赛 (its 公示
 * from 2021-11-01), 党史学习教育 after 尽职调查 and the day before 决赛.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestContext } from '../kernel/actor.js';
import { addSession, recordAttendance, setAttendanceRule } from '../features/evaluation/activities/attendance.service.js';
import { recordChecks, setChecklist, setConclusion } from '../features/evaluation/activities/diligence.service.js';
import { IN_RUNNING_STATUSES, type AttendanceStatus } from '../shared/stage-activities.enums.js';

type Stage = { id: number; kind: string; name: string };

const CAMP_SESSIONS = [
  { heldOn: '2021-10-11', title: '开营仪式与自贸政策解读（示例）' },
  { heldOn: '2021-10-12', title: '数字经济与实体经济融合专题（示例）' },
  { heldOn: '2021-10-13', title: '商业计划书辅导（示例）' },
  { heldOn: '2021-10-14', title: '贸易便利化与营商环境专题（示例）' },
  { heldOn: '2021-10-15', title: '路演训练与结营（示例）' },
];
const HISTORY_SESSIONS = [{ heldOn: '2021-11-15', title: '党史学习教育专题课（示例）' }];
const PLACE = '烟台片区（示例）';

const QUALIFICATION = [{ name: '报名条件与材料齐全（示例）', description: '注册地、成立年限与报名材料符合大赛要求（示例）', required: true }];
const CHECKLIST = [
  { name: '营业执照与信用代码核验（示例）', description: '核对营业执照、统一社会信用代码与登记信息（示例）', required: true },
  { name: '财务报表（示例）', description: '近两年财务报表及纳税情况（示例）', required: true },
  { name: '知识产权权属（示例）', description: '专利、软件著作权等权属证明（示例）', required: true },
  { name: '团队与股权结构（示例）', description: '核心团队履历与股权结构（示例）', required: true },
  { name: '实地走访（示例）', description: '经营场所实地走访（示例）', required: false },
];

/** A fixed pattern, not a random one: every 11th entry excused from one session, every 17th absent from another. */
function campStatus(entry: number, session: number): { status: AttendanceStatus; note: string | null } {
  if (entry % 11 === 3 && session === entry % CAMP_SESSIONS.length) return { status: 'excused', note: '因公出差请假（示例）' };
  if (entry % 17 === 5 && session === (entry + 2) % CAMP_SESSIONS.length) return { status: 'absent', note: null };
  return { status: 'present', note: null };
}

async function running(db: Kysely<Database>, campaignId: number): Promise<number[]> {
  const rows = await db.selectFrom('campaign_entries').select('id').where('campaign_id', '=', campaignId).where('status', 'in', IN_RUNNING_STATUSES).orderBy('id').execute();
  return rows.map((row) => row.id);
}

async function sessions(db: Kysely<Database>, organiser: RequestContext, stage: Stage, list: typeof CAMP_SESSIONS, entries: number[], status: typeof campStatus) {
  for (const session of list) await addSession(db, organiser, stage.id, { ...session, place: PLACE });
  const ids = (await db.selectFrom('stage_sessions').select('id').where('stage_id', '=', stage.id).orderBy('held_on').execute()).map((row) => row.id);
  for (const [k, sessionId] of ids.entries()) {
    await recordAttendance(db, organiser, sessionId, { records: entries.map((entryId, e) => ({ entryId, ...status(e, k) })) });
  }
}

/** Gives the open stage `stage` of the demo contest its records; called before the stage closes. */
export async function recordDemoStage(db: Kysely<Database>, organiser: RequestContext, campaignId: number, stage: Stage): Promise<void> {
  const entries = await running(db, campaignId);
  if (stage.kind === 'activity' && stage.name.includes('训练营')) await sessions(db, organiser, stage, CAMP_SESSIONS, entries, campStatus);
  if (stage.kind === 'activity' && stage.name.includes('党史')) {
    await setAttendanceRule(db, organiser, stage.id, 1);
    await sessions(db, organiser, stage, HISTORY_SESSIONS, entries, () => ({ status: 'present', note: null }));
  }
  if (stage.kind === 'qualification') {
    const [item] = (await setChecklist(db, organiser, stage.id, { items: QUALIFICATION })).items;
    await recordChecks(db, organiser, stage.id, { checks: entries.map((entryId) => ({ entryId, itemId: item!.id, outcome: 'pass' as const, note: null })) });
    for (const entryId of entries) await setConclusion(db, organiser, stage.id, { entryId, passed: true, reason: null });
  }
  if (stage.kind === 'due_diligence') {
    const items = (await setChecklist(db, organiser, stage.id, { items: CHECKLIST })).items;
    const checks = entries.flatMap((entryId, e) =>
      items.map((item) => {
        // 实地走访 is optional: a few visits still to be arranged when the stage ends.
        const pending = !item.required && e % 8 === 7;
        return { entryId, itemId: item.id, outcome: pending ? ('pending' as const) : ('pass' as const), note: pending ? '待约走访时间（示例）' : null };
      }),
    );
    await recordChecks(db, organiser, stage.id, { checks });
    for (const entryId of entries) await setConclusion(db, organiser, stage.id, { entryId, passed: true, reason: null });
  }
}
