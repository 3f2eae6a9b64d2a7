/** Follow-up records as the views show them, and the campaign's totals computed from the reports. */
import { isCorrectable } from '../../../shared/follow-up.enums.js';
import type { AgreementDto, KpiReportDto } from './follow-up.schema.js';
import type { AgreementRow, MilestoneRow, ReportRow, RevisionRow } from './follow-up.repo.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentAgreement(row: AgreementRow, milestones: MilestoneRow[], today: string): AgreementDto {
  return {
    id: row.id,
    entryId: row.entry_id,
    provider: row.provider,
    providerKind: row.provider_kind,
    content: row.content,
    amountWan: row.amount_wan,
    signedOn: row.signed_on,
    isSample: row.is_sample,
    milestones: milestones
      .filter((m) => m.agreement_id === row.id)
      .map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, doneOn: m.done_on, overdue: m.done_on === null && m.due_on < today, note: m.note })),
  };
}

/** `mayCorrect`: the viewer is one who may correct (the organiser, or the entry's applicant) and the campaign takes follow-up. */
export function presentReport(row: ReportRow, revisions: RevisionRow[], today: string, mayCorrect: boolean): KpiReportDto {
  return {
    id: row.id,
    entryId: row.entry_id,
    period: row.period,
    jobs: row.jobs,
    revenueWan: row.revenue_wan,
    financingWan: row.financing_wan,
    narrative: row.narrative,
    isSample: row.is_sample,
    onBehalf: row.on_behalf,
    filedAt: iso(row.filed_at),
    revision: row.revision,
    correctable: mayCorrect && isCorrectable(row.period, today),
    history: revisions
      .filter((r) => r.report_id === row.id)
      .map((r) => ({ revision: r.revision, jobs: r.jobs, revenueWan: r.revenue_wan, financingWan: r.financing_wan, narrative: r.narrative, onBehalf: r.on_behalf, filedAt: iso(r.filed_at) })),
  };
}

/** A decimal string with up to two places → hundredths, exactly (no float sums of money). */
const cents = (value: string) => {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};
const decimal = (hundredths: number) => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

type Figures = { jobs: number; revenueWan: string; financingWan: string };
export function sumFigures(reports: readonly Figures[]) {
  let [jobs, revenue, financing] = [0, 0, 0];
  for (const r of reports) {
    jobs += r.jobs;
    revenue += cents(r.revenueWan);
    financing += cents(r.financingWan);
  }
  return { reports: reports.length, jobs, revenueWan: decimal(revenue), financingWan: decimal(financing) };
}

export const sumAmounts = (amounts: readonly (string | null)[]) => decimal(amounts.reduce((sum, a) => sum + (a === null ? 0 : cents(a)), 0));

/** Per period, the sum over every winner's report of it, oldest period first; and over each winner's latest report. */
export function campaignTotals(winners: readonly { reports: readonly (Figures & { period: string })[]; latest: Figures | null }[]) {
  const byPeriod = new Map<string, Figures[]>();
  for (const winner of winners) for (const report of winner.reports) byPeriod.set(report.period, [...(byPeriod.get(report.period) ?? []), report]);
  const periods = [...byPeriod.keys()].sort().map((period) => ({ period, ...sumFigures(byPeriod.get(period)!) }));
  return { periods, latest: sumFigures(winners.flatMap((w) => (w.latest ? [w.latest] : []))) };
}
