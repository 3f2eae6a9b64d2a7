/** What evaluation events record (their table: src/shared/evaluation.audit-events.ts). */
import type { Selectable } from 'kysely';
import type { ResultObjectionsTable, StageResultsTable, CampaignCategoriesTable, CampaignEntriesTable, JudgeCommitmentsTable, JudgeConflictsTable, ScoreSheetsTable, StageAssignmentsTable, StageDrawsTable, CampaignSeriesTable, CampaignStagesTable, CampaignsTable, ExpertsTable, StageCriteriaTable } from '../../db/schema.js';
import type { Changed, Created, Deleted, Payloads, TransitionPayload } from '../../shared/audit-events.js';
import type { CampaignTransition, ResultsTransition, StageTransition } from '../../shared/evaluation.enums.js';
import type { EVALUATION_AUDIT_EVENTS } from '../../shared/evaluation.audit-events.js';

type CategoryRow = Selectable<CampaignCategoriesTable>;
type StageRow = Selectable<CampaignStagesTable>;
type ExpertRow = Selectable<ExpertsTable>;
type ResultsRow = Selectable<StageResultsTable>;

declare module '../../shared/audit-events.js' {
  interface AuditEventCatalog
    extends Payloads<
      typeof EVALUATION_AUDIT_EVENTS,
      {
        'campaign_series.created': Created<Selectable<CampaignSeriesTable>>;
        'campaign.created': Created<Selectable<CampaignsTable>>;
        'campaign.updated': Changed<Selectable<CampaignsTable>>;
        'campaign.transitioned': TransitionPayload<CampaignTransition, Selectable<CampaignsTable>>;
        'campaign_category.created': Created<CategoryRow>;
        'campaign_category.updated': Changed<CategoryRow>;
        'campaign_category.deleted': Deleted<CategoryRow>;
        'campaign_stage.created': Created<StageRow>;
        'campaign_stage.updated': Changed<StageRow>;
        'campaign_stage.deleted': Deleted<StageRow>;
        'campaign_stage.transitioned': TransitionPayload<StageTransition, StageRow>;
        /** The stage's criteria as one set, before and after (the entity is the stage). */
        'campaign_stage.criteria_set': { before: Selectable<StageCriteriaTable>[]; after: Selectable<StageCriteriaTable>[] };
        'campaign_entry.created': Created<Selectable<CampaignEntriesTable>>;
        /** The entry and the applicant account it created. */
        'campaign_entry.registered': Created<Selectable<CampaignEntriesTable> & { applicant: { id: number; username: string; display_name: string; role: string; organisation: string | null } }>;
        'stage_draw.created': Created<Selectable<StageDrawsTable>>;
        'stage_draw.assigned': { after: { perEntry: number; loadCap: number; assignments: number; short: { entryId: number; assigned: number }[] } };
        'campaign_stage.reminded': { after: { judges: number[]; reminded: number } };
        'stage_assignment.replaced': {
          before: Selectable<StageAssignmentsTable>;
          after: { replaced: Selectable<StageAssignmentsTable>; replacement: Selectable<StageAssignmentsTable>; conflict: Selectable<JudgeConflictsTable> };
        };
        'judge_commitment.confirmed': Created<Selectable<JudgeCommitmentsTable>>;
        'score_sheet.submitted': Changed<Selectable<ScoreSheetsTable>>;
        /** The results record before (null the first time) and after, with how many entries it ranks. */
        'stage_results.computed': { before: ResultsRow | null; after: ResultsRow & { entries: number } };
        'stage_results.transitioned': TransitionPayload<ResultsTransition, ResultsRow>;
        'result_objection.filed': Created<Selectable<ResultObjectionsTable>>;
        'result_objection.answered': Changed<Selectable<ResultObjectionsTable>>;
        'expert.created': Created<ExpertRow>;
        'expert.updated': Changed<ExpertRow>;
      }
    > {}
}
