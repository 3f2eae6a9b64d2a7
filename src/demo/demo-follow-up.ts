/**
 * The demo contest's follow-up (跟踪服务), after its results are published. The source article:
 * “为促进获奖企业(项目)快速成长，中国农业银行烟台自贸支行、烟台业达国际人才集团有限公司、烟台业达创业投资有限公司
 * 三方将与获奖企业(项目)签订跟踪服务协议，将为获奖企业(项目)带来必要的银行贷款服务、投融资跟踪服务、人才需求跟踪服务等。”
 * It names only the four 一等奖 firms, so only their entries get agreements: one with each of the
 * three providers, the service the article gives for it, no sum (it gives none). The signing date
 * and the milestones are not in the article: the agreements are marked 示例 (is_sample). The KPI
 * reports are invented figures, marked 示例, for two of the four (the article reports none).
 * Everything goes through the follow-up service, audited as the organiser's.
 */
import { type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestContext } from '../kernel/actor.js';
import { createAgreement, fileReportOnBehalf } from '../features/evaluation/follow-up/follow-up.service.js';

/** The three providers and what the article says each brings. */
const PROVIDERS = [
  { provider: '中国农业银行烟台自贸支行', providerKind: 'bank_loan', content: '银行贷款服务（据原文：为获奖企业(项目)带来必要的银行贷款服务）' },
  { provider: '烟台业达创业投资有限公司', providerKind: 'equity_investment', content: '投融资跟踪服务（据原文：为获奖企业(项目)带来投融资跟踪服务）' },
  { provider: '烟台业达国际人才集团有限公司', providerKind: 'talent_service', content: '人才需求跟踪服务（据原文：为获奖企业(项目)带来人才需求跟踪服务）' },
] as const;
/** 示例: a day after the final (2021-11-16); the article gives no signing date. */
const SIGNED_ON = '2021-11-30';
const MILESTONE = { title: '示例：首次跟踪服务对接', dueOn: '2022-03-31', doneOn: '2022-03-18' };

/** 示例 KPI figures per quarter for the first two named firms: invented, growing gently. */
const SAMPLE_REPORTS = [
  [{ period: '2022-Q1', jobs: 18, revenueWan: '260', financingWan: '0' }, { period: '2022-Q2', jobs: 22, revenueWan: '340', financingWan: '500' }],
  [{ period: '2022-Q1', jobs: 35, revenueWan: '610', financingWan: '200' }, { period: '2022-Q2', jobs: 39, revenueWan: '720', financingWan: '0' }],
];
const NARRATIVE = '示例数据：原文未报告获奖企业的绩效，此处数字为演示用。';

export async function runDemoFollowUp(db: Kysely<Database>, trx: Transaction<Database>, organiser: RequestContext, namedEntryIds: readonly number[]) {
  const named = await trx.selectFrom('campaign_entries').select('id').where('id', 'in', [...namedEntryIds]).where('status', '=', 'awarded').orderBy('id').execute();
  for (const { id } of named) {
    for (const provider of PROVIDERS) {
      const agreement = await createAgreement(db, organiser, id, { ...provider, signedOn: SIGNED_ON, amountWan: null, milestones: [MILESTONE] });
      await trx.updateTable('service_agreements').set({ is_sample: true }).where('id', '=', agreement.id).execute();
    }
  }
  for (const [index, reports] of SAMPLE_REPORTS.entries()) {
    const entry = named[index];
    if (!entry) break;
    for (const report of reports) await fileReportOnBehalf(db, organiser, entry.id, { ...report, narrative: NARRATIVE });
  }
  await trx.updateTable('kpi_reports').set({ is_sample: true }).where('entry_id', 'in', named.length ? named.map((e) => e.id) : [0]).execute();
}
