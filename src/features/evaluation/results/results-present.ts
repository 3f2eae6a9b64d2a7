/** The saved results of a stage as the organiser's answers show them: record, publication, ranked entries, objections, abilities. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { transitionAbilities } from '../../../kernel/lifecycle/index.js';
import type { StageRow } from '../campaigns.repo.js';
import { organises, RESULTS_LIFECYCLE } from '../evaluation.policy.js';
import { findResults, listObjections, listResultEntries } from './results.repo.js';

type Db = Kysely<Database>;
type Names = { company_name: string | null; project_name: string | null; innovation_name: string | null; zone_name: string | null; is_sample: boolean };

/** The name the public may read: a contest's company and project, a best case's innovation and its zone. */
export function publicName(row: Names) {
  return { companyName: row.company_name, projectName: row.project_name, innovationTitle: row.innovation_name, zoneName: row.zone_name, isSample: row.is_sample };
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export type ResultsRecordRow = NonNullable<Awaited<ReturnType<typeof findResults>>>;

export function presentPublication(row: ResultsRecordRow) {
  return row.published_at === null
    ? null
    : { publishedAt: iso(row.published_at)!, document: row.document!, startsOn: row.publicity_starts_on!, endsOn: row.publicity_ends_on!, workingDays: row.working_days! };
}

export async function presentRecord(db: Db, context: RequestContext, stage: StageRow) {
  const row = await findResults(db, stage.id);
  const mayOrganise = organises(context.actor, stage);
  const abilities = (status: ResultsRecordRow['status'] | null) => ({
    compute: mayOrganise && (status === null || status === 'pending') && stage.status === 'closed',
    answerObjections: mayOrganise && status === 'publicizing',
    ...(status === null
      ? { publish: false, confirm: false, reopen: false }
      : transitionAbilities(RESULTS_LIFECYCLE, context.actor, { zone_path: stage.zone_path, campaign_kind: stage.campaign_kind, status })),
  });
  if (!row) return { stageId: stage.id, record: null, abilities: abilities(null) };
  const [entries, objections] = await Promise.all([listResultEntries(db, stage.id), listObjections(db, stage.id)]);
  return {
    stageId: stage.id,
    record: {
      status: row.status,
      method: row.method,
      tieBreak: row.tie_break,
      computedAt: iso(row.computed_at)!,
      judgeCount: row.judge_count,
      sheetCount: row.sheet_count,
      alpha: row.alpha,
      publication: presentPublication(row),
      confirmedAt: iso(row.confirmed_at),
      entries: entries.map((e) => ({
        entryId: e.entry_id,
        categoryId: e.category_id,
        ...publicName(e),
        entryStatus: e.entry_status,
        value: e.value,
        displayValue: e.display_value,
        rank: e.rank,
        judges: e.judges,
        advancing: e.advancing,
        award: e.award,
        sd: e.sd,
        range: e.spread,
        bestRank: e.best_rank,
        worstRank: e.worst_rank,
        singleJudge: e.single_judge,
      })),
      objections: objections.map((o) => ({
        id: o.id,
        entryId: o.entry_id,
        filerName: o.filer_name,
        filerContact: o.filer_contact,
        byApplicant: o.filer_user_id !== null,
        text: o.body,
        filedAt: iso(o.filed_at)!,
        answer: o.answer,
        upheld: o.upheld,
        answeredAt: iso(o.answered_at),
      })),
    },
    abilities: abilities(row.status),
  };
}
