/** Schemas of the results routes: the computed views, the saved record and its steps, objections, and the public results. */
import { z } from 'zod';
import { AGGREGATION_METHODS, ENTRY_STATUSES, PUBLICITY_WORKING_DAYS, RESULTS_STATUSES } from '../../../shared/evaluation.enums.js';
import { DECISION_FIELD_KINDS } from '../../../shared/lifecycle.js';
import { LIMITS } from '../../../shared/limits.js';
import { dateField, idField, idParam, nameField, textField } from '../../../shared/schemas.js';
import { RESULTS_LIFECYCLE } from '../evaluation.policy.js';

const method = z.enum(AGGREGATION_METHODS);
/** Tie-break criteria, in order: their ids, comma-separated in a query. */
const tieBreakText = z.string().regex(/^[1-9]\d{0,9}(,[1-9]\d{0,9}){0,19}$/, 'id_list_format');
const tieBreakList = z.array(idField).max(20);

const EntryName = {
  /** A contest entry's company and project; null for a best case. */
  companyName: z.string().nullable(),
  projectName: z.string().nullable(),
  /** A best case's innovation and its zone; null for a contest entry. */
  innovationTitle: z.string().nullable(),
  zoneName: z.string().nullable(),
  /** A sample (示例) entry: invented, or a real record whose place in this demo campaign is not from the source. */
  isSample: z.boolean(),
};

const Outcome = {
  /** The method's value on the stage's scale (z-scores rescaled; ranks unchanged). */
  displayValue: z.number(),
  rank: z.number().int(),
  advancing: z.boolean(),
  /** The award tier's name (一等奖 …), or null. */
  award: z.string().nullable(),
};

const Analysis = {
  /** Disagreement: the population standard deviation and the range of the entry's judges' weighted totals. */
  sd: z.number(),
  range: z.number(),
  /** Stability: the best and worst rank with one of the entry's judges left out in turn. */
  bestRank: z.number().int(),
  worstRank: z.number().int(),
  /** The entry's advancement or award changes when one of its judges is left out. */
  singleJudge: z.boolean(),
};

const ResultEntry = z.object({ entryId: z.number(), categoryId: z.number().nullable(), ...EntryName, value: z.number(), judges: z.number().int(), ...Outcome, ...Analysis });

const scale = z.object({ min: z.number(), max: z.number() });
/** A method (default the mean) and the tie-break criteria: what every computed view is asked for. */
const methodQuery = z.strictObject({ method: method.default('mean'), tieBreak: tieBreakText.optional() });

export const PreviewResultsSchema = {
  params: idParam,
  querystring: methodQuery,
  response: {
    200: z.object({
      stageId: z.number(),
      method,
      tieBreak: z.array(z.number()),
      /** The methods this stage's sheets allow (the trimmed mean needs ≥ 5 judges on every entry). */
      methods: z.array(method),
      scale,
      judgeCount: z.number().int(),
      sheetCount: z.number().int(),
      items: z.array(ResultEntry),
    }),
  },
};

const Side = z.object(Outcome);
export const CompareResultsSchema = {
  params: idParam,
  querystring: z.strictObject({ a: method, b: method, tieBreak: tieBreakText.optional() }),
  response: {
    200: z.object({ stageId: z.number(), a: method, b: method, tieBreak: z.array(z.number()), items: z.array(z.object({ entryId: z.number(), ...EntryName, a: Side, b: Side })) }),
  },
};

export const AnalysisSchema = {
  params: idParam,
  querystring: methodQuery,
  response: {
    200: z.object({
      stageId: z.number(),
      method,
      /** Krippendorff's alpha (interval) over the weighted totals; null with nothing to compare. */
      alpha: z.number().nullable(),
      entries: z.array(z.object({ entryId: z.number(), rank: z.number().int(), ...Analysis, rankWithout: z.array(z.object({ expertId: z.number(), rank: z.number().int() })) })),
      judges: z.array(
        z.object({
          expertId: z.number(),
          name: z.string(),
          sharedEntries: z.number().int(),
          /** Mean difference from the rest of the panel on shared entries. */
          leniency: z.number().nullable(),
          /** Pearson correlation with the rest of the panel (≥ 3 shared entries). */
          agreement: z.number().nullable(),
        }),
      ),
    }),
  },
};

const Publication = z.object({ publishedAt: z.string(), document: z.string(), startsOn: z.string(), endsOn: z.string(), workingDays: z.number().int() });

const Objection = z.object({
  id: z.number(),
  entryId: z.number(),
  filerName: z.string(),
  filerContact: z.string(),
  /** Filed by the entry's own applicant account. */
  byApplicant: z.boolean(),
  text: z.string(),
  filedAt: z.string(),
  answer: z.string().nullable(),
  upheld: z.boolean().nullable(),
  answeredAt: z.string().nullable(),
});

export const ResultsRecordDto = z.object({
  stageId: z.number(),
  record: z
    .object({
      status: z.enum(RESULTS_STATUSES),
      method,
      tieBreak: z.array(z.number()),
      computedAt: z.string(),
      judgeCount: z.number().int(),
      sheetCount: z.number().int(),
      alpha: z.number().nullable(),
      publication: Publication.nullable(),
      confirmedAt: z.string().nullable(),
      entries: z.array(ResultEntry.extend({ entryStatus: z.enum(ENTRY_STATUSES) })),
      objections: z.array(Objection),
    })
    .nullable(),
  abilities: z.object({ compute: z.boolean(), answerObjections: z.boolean(), publish: z.boolean(), confirm: z.boolean(), reopen: z.boolean() }),
});

export const GetRecordSchema = { params: idParam, response: { 200: ResultsRecordDto } };

export const SaveResultsSchema = {
  params: idParam,
  body: z.strictObject({ method, tieBreak: tieBreakList.optional() }),
  response: { 200: ResultsRecordDto },
};

/** The machine's publish decision (a 文号, a note) and the 公示 it starts. */
export const PublishBody = z.strictObject({
  document: textField(DECISION_FIELD_KINDS.document.max).refine((value) => value !== '', 'required'),
  note: textField(DECISION_FIELD_KINDS.note.max).nullable().optional(),
  /** The 公示's length in working days (default 5). */
  workingDays: z.number().int().min(1).max(PUBLICITY_WORKING_DAYS.max).optional(),
  /** Its first day (default: today in China). */
  startsOn: dateField.optional(),
});
export const PublishSchema = { params: idParam, body: PublishBody, response: { 200: ResultsRecordDto } };
export const ConfirmSchema = { params: idParam, body: RESULTS_LIFECYCLE.bodies.confirm, response: { 200: ResultsRecordDto } };
export const ReopenSchema = { params: idParam, body: RESULTS_LIFECYCLE.bodies.reopen, response: { 200: ResultsRecordDto } };

export const FileObjectionSchema = {
  params: idParam,
  body: z.strictObject({ entryId: idField, name: nameField(), contact: nameField(LIMITS.nameMax), text: textField(LIMITS.commentMax).refine((value) => value !== '', 'required') }),
  response: { 201: z.object({ objection: z.object({ id: z.number(), entryId: z.number(), filedAt: z.string() }) }) },
};

export const AnswerObjectionSchema = {
  params: idParam,
  body: z.strictObject({ answer: textField(LIMITS.commentMax).refine((value) => value !== '', 'required'), upheld: z.boolean() }),
  response: { 200: z.object({ objection: z.object({ id: z.number(), entryId: z.number(), answer: z.string(), upheld: z.boolean(), answeredAt: z.string() }) }) },
};

export const PublicResultsSchema = {
  params: idParam,
  response: {
    200: z.object({
      /** `source`: the citation of a demo campaign's facts; `note`: its public note (a winner's words, what the demo invents). */
      campaign: z.object({ id: z.number(), title: z.string(), year: z.number(), kind: z.enum(['best_case', 'contest']), source: z.string().nullable(), note: z.string().nullable() }),
      stages: z.array(
        z.object({
          stageId: z.number(),
          name: z.string(),
          status: z.enum(RESULTS_STATUSES),
          method,
          publication: Publication,
          confirmedAt: z.string().nullable(),
          entries: z.array(z.object({ entryId: z.number(), ...EntryName, category: z.string().nullable(), rank: z.number().int(), value: z.number(), advancing: z.boolean(), award: z.string().nullable() })),
        }),
      ),
    }),
  },
};
