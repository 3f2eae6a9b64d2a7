/**
 * Entries (参评项目): the province office nominates recognised innovations of any zone into a
 * best-case selection; a contest's entries come from public registration while the campaign is
 * open, each creating an applicant account (username: the 统一社会信用代码) that sees only its
 * own entries. Bad input is a 4xx that changes nothing.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { actorOf, type Actor, type RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import { ownedBy, viewerOf } from '../../kernel/viewer.js';
import { creditCodeProblem, normaliseCreditCode } from '../../shared/registry/credit-code.js';
import { writeAudit } from '../audit/audit.service.js';
import { checkPasswordPolicy, hashPassword, weakPassword } from '../auth/passwords.js';
import { passwordPolicyOf, readSecuritySettings } from '../auth/security-settings.js';
import type { SecuritySettings } from '../../shared/security-settings.js';
import { findRegisteringContest, unsafeListCategories } from './campaigns.repo.js';
import { getVisibleCampaign, presentPublicCampaign } from './campaigns.service.js';
import { entriesWhere, unsafeCampaignEntries, type EntryRow } from './entries.repo.js';
import type { EntryDto, NominateEntryBody, RegisterEntryBody } from './entries.schema.js';
import type { Mailing } from '../notifications/notifications.service.js';
import './evaluation.messages.js';
import { notifyRegistered } from './evaluation.notify.js';
import { organises } from './evaluation.policy.js';

type Db = Kysely<Database>;

/** An innovation the province recognised (or that went further): the pool of best cases. */
/** The innovation statuses a best case may nominate: recognised, or replicated since. */
export const RECOGNISED = ['recognized', 'province_replicated', 'nation_replicated'] as const;

export function presentEntry(row: EntryRow): EntryDto {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    kind: row.campaign_kind,
    campaignTitle: row.campaign_title,
    categoryId: row.category_id,
    categoryName: row.category_name,
    innovationId: row.innovation_id,
    title: row.title,
    companyName: row.company_name,
    creditCode: row.credit_code,
    isSample: row.is_sample,
    contact: row.contact,
    zoneName: row.zone_name,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

async function checkCategory(db: Db, campaignId: number, categoryId: number | null | undefined) {
  if (categoryId == null) return;
  const found = await db.selectFrom('campaign_categories').select('id').where('id', '=', categoryId).where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!found) throw new AppError('ENTRY_UNKNOWN_CATEGORY', { id: categoryId }, [{ path: 'categoryId', key: 'ENTRY_UNKNOWN_CATEGORY', params: { id: categoryId } }]);
}

const entryOf = async (db: Db, id: number) => presentEntry((await entriesWhere(db, sql<SqlBool>`e.id = ${id}`).executeTakeFirstOrThrow()) as EntryRow);

/** The organiser's list of a campaign's entries (404 outside scope, 403 for a viewer who does not organise it). */
export async function listEntries(db: Db, context: RequestContext, campaignId: number): Promise<EntryDto[]> {
  const campaign = await getVisibleCampaign(db, context, campaignId);
  if (!organises(context.actor, campaign)) throw new AppError('FORBIDDEN');
  return (await unsafeCampaignEntries(db, campaignId)).map(presentEntry);
}

/** An applicant's own entries, whatever campaign (ownedBy). */
export async function listMyEntries(db: Db, context: RequestContext): Promise<EntryDto[]> {
  return ((await entriesWhere(db, ownedBy(viewerOf(context), 'e.applicant_user_id')).execute()) as EntryRow[]).map(presentEntry);
}

/** The province office nominates a recognised innovation, of any zone, into its best-case selection while the selection is in draft or open. */
export async function nominateEntry(db: Db, context: RequestContext, campaignId: number, body: NominateEntryBody): Promise<EntryDto> {
  const campaign = await getVisibleCampaign(db, context, campaignId);
  if (!organises(context.actor, campaign)) throw new AppError('FORBIDDEN');
  if (campaign.campaign_kind !== 'best_case') throw new AppError('ENTRY_KIND_MISMATCH');
  if (!['draft', 'open'].includes(campaign.status)) throw new AppError('ENTRIES_CLOSED', { status: campaign.status });
  await checkCategory(db, campaignId, body.categoryId);
  const innovation = await db.selectFrom('innovations').select(['id', 'status']).where('id', '=', body.innovationId).executeTakeFirst();
  if (!innovation || !(RECOGNISED as readonly string[]).includes(innovation.status)) {
    throw new AppError('ENTRY_NOT_RECOGNISED', {}, [{ path: 'innovationId', key: 'ENTRY_NOT_RECOGNISED', params: {} }]);
  }
  return db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('campaign_entries')
        .values({ campaign_id: campaignId, campaign_kind: 'best_case', category_id: body.categoryId ?? null, innovation_id: body.innovationId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'campaign_entry.created', entityId: row.id, after: row });
      return entryOf(trx, row.id);
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('ENTRY_ALREADY_NOMINATED');
      throw error;
    });
}

/** The public registration form of an open contest (404 for any other campaign: no draft is disclosed). */
export async function registrationForm(db: Db, campaignId: number, defaults: SecuritySettings) {
  const campaign = await findRegisteringContest(db, campaignId);
  if (!campaign) throw new AppError('REGISTRATION_NOT_OPEN');
  const [groups, settings] = await Promise.all([unsafeListCategories(db, campaignId), readSecuritySettings(db, defaults)]);
  return { campaign: presentPublicCampaign(campaign), groups: groups.map((group) => ({ id: group.id, name: group.name })), passwordPolicy: passwordPolicyOf(settings) };
}

/**
 * A public registration for an open contest: the code checked (GB 32100-2015), the group one of
 * the campaign's, the password the office's policy; the account (role applicant) and the entry
 * are created together or not at all. A code already registered is refused (409): its company
 * signs in instead.
 */
export async function registerEntry(db: Db, context: RequestContext, campaignId: number, body: RegisterEntryBody, defaults: SecuritySettings, mailing: (applicant: Actor) => Mailing | null) {
  // A campaign not open for registration (a draft, a best case, a contest whose 报名 has closed) is not there for the public.
  if (!(await findRegisteringContest(db, campaignId))) throw new AppError('REGISTRATION_NOT_OPEN');
  const creditCode = normaliseCreditCode(body.creditCode);
  const problem = creditCodeProblem(creditCode);
  if (problem) throw new AppError('CREDIT_CODE_INVALID', { problem }, [{ path: 'creditCode', key: 'CREDIT_CODE_INVALID', params: { problem } }]);
  await checkCategory(db, campaignId, body.categoryId);
  const weakness = checkPasswordPolicy(body.password, creditCode, passwordPolicyOf(await readSecuritySettings(db, defaults)));
  if (weakness) throw weakPassword('password', weakness);
  const taken = () => new AppError('REGISTRATION_TAKEN', {}, [{ path: 'creditCode', key: 'REGISTRATION_TAKEN', params: {} }]);
  if (await db.selectFrom('users').select('id').where('username', '=', creditCode).executeTakeFirst()) throw taken();
  const passwordHash = await hashPassword(body.password);
  const entry = await db
    .transaction()
    .execute(async (trx) => {
      const user = await trx
        .insertInto('users')
        .values({ username: creditCode, display_name: body.companyName, role: 'applicant', scope_zone_id: null, organisation: body.companyName, password_hash: passwordHash, email: body.email ?? null })
        .returning(['id', 'username', 'display_name', 'role', 'organisation', 'scope_zone_id'])
        .executeTakeFirstOrThrow();
      const row = await trx
        .insertInto('campaign_entries')
        .values({
          campaign_id: campaignId, campaign_kind: 'contest', category_id: body.categoryId, company_name: body.companyName, credit_code: creditCode,
          project_name: body.projectName, contact: body.contact, applicant_user_id: user.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'campaign_entry.registered', entityId: row.id, after: { ...row, applicant: user } });
      await notifyRegistered(trx, { campaignId, categoryId: body.categoryId, projectName: body.projectName, applicantId: user.id, username: user.username }, mailing(actorOf({ ...user, scope_path: null })));
      return entryOf(trx, row.id);
    })
    .catch((error: unknown) => {
      // Two registrations of one code at once: the unique username decides, the loser hears why.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    });
  return { entry, username: creditCode };
}
