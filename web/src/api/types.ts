/**
 * Named types of the API, for the web client (and the e2e specs). Every shape comes from
 * ./generated/openapi.ts, which `npm run gen:api-types` writes from the routes' zod schemas:
 * nothing here restates a field. When an endpoint changes, regenerate; an alias that no longer
 * fits fails to compile here, not in a page.
 */
// Relative paths with .js (not @shared/…): the e2e specs import this file too, under NodeNext.
import type { PlatformTransition } from '../../../src/shared/platforms.enums.js';
import type { InnovationTransition } from '../../../src/shared/innovations.enums.js';
import type { paths } from './generated/openapi.js';

export type { DatePrecision } from '../../../src/shared/partial-date.js';

// ── How to read the generated file ─────────────────────────────────────────

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The methods `P` declares (the generated file marks the others `?: never`). */
export type ApiMethod<P extends ApiPath> = { [M in Method]: paths[P][M] extends undefined ? never : M }[Method];
type Operation<P extends ApiPath, M extends ApiMethod<P>> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Success<R> = R[Extract<keyof R, 200 | 201 | 202 | 204>];

/** The JSON a call answers when it succeeds (its 200, 201, 202 or 204). */
export type ApiResponse<P extends ApiPath, M extends ApiMethod<P>> = Json<Success<Operation<P, M>['responses']>>;
/** The JSON body a call takes. */
export type ApiBody<P extends ApiPath, M extends ApiMethod<P>> = Json<NonNullable<Operation<P, M>['requestBody']>>;
/** The query string a call takes, as an object. */
export type ApiQuery<P extends ApiPath, M extends ApiMethod<P>> = NonNullable<Operation<P, M>['parameters']['query']>;
/**
 * The same for a POST whose path is built from a type parameter (`/api/innovations/{id}/${T}`),
 * which the compiler cannot check against ApiPath while T is open; TransitionEndpointsExist checks them.
 */
type PostOf<P> = P extends ApiPath ? NonNullable<paths[P]['post']> : never;
type PostResponse<P> = Json<Success<PostOf<P>['responses']>>;
type PostBody<P> = Json<NonNullable<PostOf<P>['requestBody']>>;
type Assert<Condition extends true> = Condition;
/** Fails to compile when a lifecycle transition has no endpoint. */
export type TransitionEndpointsExist = Assert<
  `/api/platforms/{id}/${PlatformTransition}` | `/api/innovations/{id}/${InnovationTransition}` extends ApiPath ? true : false
>;
/** One element of a list in an answer. */
export type Item<List> = List extends readonly (infer Element)[] ? Element : never;

// ── Accounts, system ──────────────────────────────────────────────────────

export type MeAnswer = ApiResponse<'/api/me', 'get'>;
export type Me = MeAnswer['user'];
export type LoginAnswer = ApiResponse<'/api/auth/login', 'post'>;
export type LoginBody = ApiBody<'/api/auth/login', 'post'>;
export type PasswordChangeBody = ApiBody<'/api/me/password', 'post'>;
export type Health = ApiResponse<'/api/health', 'get'>;
export type Site = ApiResponse<'/api/public/site', 'get'>;

// ── Zones ─────────────────────────────────────────────────────────────────

export type Zone = Item<ApiResponse<'/api/zones', 'get'>['items']>;
export type ZoneDetail = ApiResponse<'/api/zones/{id}', 'get'>;
export type ZoneRef = Item<ZoneDetail['ancestors']>;
export type ZoneList = ApiResponse<'/api/zones', 'get'>;
export type ZoneAnswer = ApiResponse<'/api/zones/{id}', 'patch'>;
export type ZoneCreated = ApiResponse<'/api/zones', 'post'>;
export type ZonePlatformList = ApiResponse<'/api/zones/{id}/platforms', 'get'>;
export type ZoneCreateBody = ApiBody<'/api/zones', 'post'>;
/** Optional texts may be cleared with null. */
export type ZoneUpdateBody = ApiBody<'/api/zones/{id}', 'patch'>;

// ── Platforms ─────────────────────────────────────────────────────────────

export type PlatformDetail = ApiResponse<'/api/platforms/{id}', 'get'>;
export type Platform = PlatformDetail['platform'];
export type StatusDate = NonNullable<Platform['statusDates'][string]>;
export type PlatformEvent = Item<PlatformDetail['events']>;
export type PlatformPage = ApiResponse<'/api/platforms', 'get'>;
export type PlatformListQuery = ApiQuery<'/api/platforms', 'get'>;
export type PlatformCreateBody = ApiBody<'/api/zones/{id}/platforms', 'post'>;
export type PlatformUpdateBody = ApiBody<'/api/platforms/{id}', 'patch'>;
/** The body of one transition (`T`), or of any of them. */
export type PlatformTransitionBody<T extends PlatformTransition = PlatformTransition> = PostBody<`/api/platforms/{id}/${T}`>;
export type PlatformTransitionAnswer<T extends PlatformTransition = PlatformTransition> = PostResponse<`/api/platforms/{id}/${T}`>;
export type PlatformAnswer = ApiResponse<'/api/platforms/{id}', 'patch'>;
export type PlatformCreated = ApiResponse<'/api/zones/{id}/platforms', 'post'>;

// ── Figures ───────────────────────────────────────────────────────────────

export type Overview = ApiResponse<'/api/stats/overview', 'get'>;
export type FormationEntry = Item<Overview['formation']>;
/** GET /api/stats/my-scope: counted from the rows of the viewer's subtree on each request. */
export type ScopeOverview = ApiResponse<'/api/stats/my-scope', 'get'>;

// ── Audit ─────────────────────────────────────────────────────────────────

export type AuditPage = ApiResponse<'/api/audit', 'get'>;
export type AuditEntry = Item<AuditPage['items']>;
export type AuditQuery = ApiQuery<'/api/audit', 'get'>;
export type AuditVerify = ApiResponse<'/api/audit/verify', 'get'>;

// ── Innovations (制度创新成果) ─────────────────────────────────────────────

export type InnovationDetail = ApiResponse<'/api/innovations/{id}', 'get'>;
export type Innovation = InnovationDetail['innovation'];
export type InnovationAbilities = Innovation['abilities'];
export type Effect = Item<Innovation['effects']>;
export type InnovationEvent = Item<InnovationDetail['events']>;
export type Adoption = Item<InnovationDetail['adoptions']>;
export type Attachment = Item<InnovationDetail['attachments']>;
export type SimilarInnovation = Item<InnovationDetail['similar']>;
export type InnovationAnswer = ApiResponse<'/api/innovations/{id}', 'patch'>;
export type InnovationCreated = ApiResponse<'/api/innovations', 'post'>;
/** The answer of one transition (`T`), or of any of them. */
export type InnovationTransitionAnswer<T extends InnovationTransition = InnovationTransition> = PostResponse<`/api/innovations/{id}/${T}`>;

export type PublicInnovationDetail = ApiResponse<'/api/public/innovations/{id}', 'get'>;
export type PublicInnovation = PublicInnovationDetail['innovation'];
export type Milestone = Item<PublicInnovationDetail['milestones']>;
export type PublicAdoption = Item<PublicInnovationDetail['adoptions']>;
export type PublicAttachment = Item<PublicInnovationDetail['attachments']>;

/** Lists leave the long texts on the record's page; `excerpt` holds the start of the measures (else the pain point). */
export type InnovationPage = ApiResponse<'/api/innovations', 'get'>;
export type InnovationListItem = Item<InnovationPage['items']>;
export type PublicInnovationPage = ApiResponse<'/api/public/innovations', 'get'>;
export type PublicInnovationListItem = Item<PublicInnovationPage['items']>;
export type SearchHighlight = NonNullable<InnovationListItem['highlight']>;
export type HighlightSegment = Item<SearchHighlight['title']>;
/** 'partial': no record holds every word of the query; the items hold some of them, best first. */
export type SearchMatch = NonNullable<InnovationPage['match']>;

export type InnovationListQuery = ApiQuery<'/api/innovations', 'get'>;
export type InnovationFilters = Omit<InnovationListQuery, 'sort' | 'page' | 'pageSize'>;
export type InnovationLevel = NonNullable<InnovationListQuery['level']>;
/** relevance: best match first (no query: the default, latest first); recognized: latest recognition first; name: pinyin order. */
export type InnovationSort = NonNullable<InnovationListQuery['sort']>;

export type InnovationCreateBody = ApiBody<'/api/innovations', 'post'>;
/** What a record's form edits: the created record's fields but its zone. */
export type InnovationBody = Omit<InnovationCreateBody, 'zoneId'>;
export type InnovationUpdateBody = ApiBody<'/api/innovations/{id}', 'patch'>;
/** The body of one transition (`T`), or of any of them. */
export type InnovationTransitionBody<T extends InnovationTransition = InnovationTransition> = PostBody<`/api/innovations/{id}/${T}`>;
export type AdoptionCreateBody = ApiBody<'/api/innovations/{id}/adoptions', 'post'>;
export type AdoptionAnswer = ApiResponse<'/api/innovations/{id}/adoptions', 'post'>;
export type SimilarCheckBody = ApiBody<'/api/innovations/similar', 'post'>;
export type SimilarAnswer = ApiResponse<'/api/innovations/similar', 'post'>;
export type AttachmentAnswer = ApiResponse<'/api/innovations/{id}/attachments', 'post'>;

// ── Replication (复制推广) ────────────────────────────────────────────────

export type FormationStats = ApiResponse<'/api/stats/formation', 'get'>;
export type ReplicationCounts = Pick<Item<FormationStats['zones']>, 'recognized' | 'provinceReplicated' | 'nationReplicated'>;
export type ReplicationMatrix = ApiResponse<'/api/replication/matrix', 'get'>;
export type MatrixQuery = ApiQuery<'/api/replication/matrix', 'get'>;
export type MatrixLevel = NonNullable<MatrixQuery['level']>;
export type Diffusion = ApiResponse<'/api/innovations/{id}/diffusion', 'get'>;
export type DiffusionPoint = Item<Diffusion['points']>;
export type RecommendationList = ApiResponse<'/api/zones/{id}/recommendations', 'get'>;
export type Recommendation = Item<RecommendationList['items']>;

// ── Excel import ─────────────────────────────────────────────────────────

export type ImportPreview = ApiResponse<'/api/imports/{importId}', 'get'>;
export type ImportSheet = Item<ImportPreview['sheets']>;
export type ImportRow = Item<ImportPreview['rows']>;
export type ImportRowError = Item<ImportRow['errors']>;
export type ImportBatchStep = ApiResponse<'/api/imports/{id}/commit', 'post'>;
export type ImportRowsPage = ApiResponse<'/api/imports/{importId}/rows', 'get'>;

// ── Accounts (用户与权限) ──────────────────────────────────────────────────

export type AccountPage = ApiResponse<'/api/users', 'get'>;
export type Account = Item<AccountPage['items']>;
export type UserAbilities = Account['abilities'];
export type AccountQuery = ApiQuery<'/api/users', 'get'>;
export type AccountCreateBody = ApiBody<'/api/users', 'post'>;
export type AccountCreated = ApiResponse<'/api/users', 'post'>;
export type AccountUpdateBody = ApiBody<'/api/users/{id}', 'patch'>;
export type AccountAnswer = ApiResponse<'/api/users/{id}', 'patch'>;
export type PasswordResetBody = ApiBody<'/api/users/{id}/reset-password', 'post'>;
export type PasswordReset = ApiResponse<'/api/users/{id}/reset-password', 'post'>;
export type AccountSessionList = ApiResponse<'/api/users/{id}/sessions', 'get'>;
export type AccountSession = Item<AccountSessionList['items']>;
export type SessionsEnded = ApiResponse<'/api/users/{id}/sessions', 'delete'>;
export type SecuritySettingsAnswer = ApiResponse<'/api/settings/security', 'get'>;
export type SecuritySettingsBody = ApiBody<'/api/settings/security', 'put'>;

// ── Jobs (我的任务) ──────────────────────────────────────────────────────────
export type JobPage = ApiResponse<'/api/jobs', 'get'>;
export type Job = Item<JobPage['items']>;
export type JobQuery = ApiQuery<'/api/jobs', 'get'>;
export type JobAnswer = ApiResponse<'/api/jobs/{id}', 'get'>;
export type JobStartBody = ApiBody<'/api/jobs', 'post'>;
export type JobKindList = ApiResponse<'/api/jobs/kinds', 'get'>;
export type JobKind = Item<JobKindList['kinds']>;

// ── Evaluation (评审活动) ──────────────────────────────────────────────────

export type CampaignDetail = ApiResponse<'/api/campaigns/{id}', 'get'>;
export type Campaign = CampaignDetail['campaign'];
export type CampaignCategory = Item<CampaignDetail['categories']>;
export type CampaignStage = Item<CampaignDetail['stages']>;
export type CampaignPage = ApiResponse<'/api/campaigns', 'get'>;
export type CampaignListQuery = ApiQuery<'/api/campaigns', 'get'>;
export type CampaignCreateBody = ApiBody<'/api/campaigns', 'post'>;
export type CampaignCreated = ApiResponse<'/api/campaigns', 'post'>;
export type CampaignSeriesList = ApiResponse<'/api/campaigns/series', 'get'>;
export type CampaignSeries = Item<CampaignSeriesList['items']>;
export type SeriesCreateBody = ApiBody<'/api/campaigns/series', 'post'>;
export type SeriesCreated = ApiResponse<'/api/campaigns/series', 'post'>;
export type PublicCampaignPage = ApiResponse<'/api/public/campaigns', 'get'>;
export type CategoryBody = ApiBody<'/api/campaigns/{id}/categories', 'post'>;
export type StageCreateBody = ApiBody<'/api/campaigns/{id}/stages', 'post'>;
export type StageUpdateBody = ApiBody<'/api/campaigns/stages/{id}', 'patch'>;
export type CriteriaBody = ApiBody<'/api/campaigns/stages/{id}/criteria', 'put'>;
export type AdvancementRule = CampaignStage['advancement'];
export type ExpertPage = ApiResponse<'/api/experts', 'get'>;
export type Expert = Item<ExpertPage['items']>;
export type ExpertListQuery = ApiQuery<'/api/experts', 'get'>;
export type ExpertCreateBody = ApiBody<'/api/experts', 'post'>;
export type ExpertUpdateBody = ApiBody<'/api/experts/{id}', 'patch'>;
export type JudgeAccountPage = ApiResponse<'/api/experts/judge-accounts', 'get'>;
export type JudgeAccount = Item<JudgeAccountPage['items']>;
export type CampaignEntryList = ApiResponse<'/api/campaigns/{id}/entries', 'get'>;
export type CampaignEntry = Item<CampaignEntryList['items']>;
export type NominateBody = ApiBody<'/api/campaigns/{id}/entries', 'post'>;
export type StageDrawAnswer = ApiResponse<'/api/campaigns/stages/{id}/draw', 'get'>;
export type StageDraw = StageDrawAnswer['draw'];
export type DrawBody = ApiBody<'/api/campaigns/stages/{id}/draw', 'post'>;
export type AssignBody = ApiBody<'/api/campaigns/stages/{id}/assignments', 'post'>;
export type AssignResult = ApiResponse<'/api/campaigns/stages/{id}/assignments', 'post'>;
export type StageProgress = ApiResponse<'/api/campaigns/stages/{id}/progress', 'get'>;
export type RemindAnswer = ApiResponse<'/api/campaigns/stages/{id}/reminders', 'post'>;
export type MyAssignmentList = ApiResponse<'/api/my/assignments', 'get'>;
export type StageCreated = ApiResponse<'/api/campaigns/{id}/stages', 'post'>;
export type CriteriaSet = ApiResponse<'/api/campaigns/stages/{id}/criteria', 'put'>;
export type ExpertSaved = ApiResponse<'/api/experts', 'post'>;

// ── A scored stage's results (评审结果), their 公示 and objections ──
export type StageResults = ApiResponse<'/api/campaigns/stages/{id}/results', 'get'>;
export type ResultsQuery = ApiQuery<'/api/campaigns/stages/{id}/results', 'get'>;
export type ResultEntry = Item<StageResults['items']>;
export type AggregationMethod = StageResults['method'];
export type ResultsComparison = ApiResponse<'/api/campaigns/stages/{id}/results/compare', 'get'>;
export type ResultsChange = Item<ResultsComparison['items']>;
export type ResultsAnalysis = ApiResponse<'/api/campaigns/stages/{id}/results/analysis', 'get'>;
export type JudgeAnalysis = Item<ResultsAnalysis['judges']>;
export type ResultsRecordAnswer = ApiResponse<'/api/campaigns/stages/{id}/results/record', 'get'>;
export type ResultsRecord = NonNullable<ResultsRecordAnswer['record']>;
export type ResultsObjection = Item<ResultsRecord['objections']>;
export type SaveResultsBody = ApiBody<'/api/campaigns/stages/{id}/results', 'post'>;
export type PublishResultsBody = ApiBody<'/api/campaigns/stages/{id}/results/publish', 'post'>;
export type ConfirmResultsBody = ApiBody<'/api/campaigns/stages/{id}/results/confirm', 'post'>;
export type ReopenResultsBody = ApiBody<'/api/campaigns/stages/{id}/results/reopen', 'post'>;
export type AnswerObjectionBody = ApiBody<'/api/campaigns/objections/{id}/answer', 'post'>;
export type ObjectionAnswered = ApiResponse<'/api/campaigns/objections/{id}/answer', 'post'>;
export type FileObjectionBody = ApiBody<'/api/public/campaigns/stages/{id}/objections', 'post'>;
export type ObjectionFiled = ApiResponse<'/api/public/campaigns/stages/{id}/objections', 'post'>;
export type PublicResults = ApiResponse<'/api/public/campaigns/{id}/results', 'get'>;
export type PublicResultsStage = Item<PublicResults['stages']>;

// ── Non-scored stages' records: 尽职调查 checklist, checks, conclusions; 活动 sessions and attendance ──
export type StageDiligence = ApiResponse<'/api/campaigns/stages/{id}/diligence', 'get'>;
export type DiligenceItem = Item<StageDiligence['items']>;
export type DiligenceEntry = Item<StageDiligence['entries']>;
export type ChecklistBody = ApiBody<'/api/campaigns/stages/{id}/diligence/checklist', 'put'>;
export type ChecksBody = ApiBody<'/api/campaigns/stages/{id}/diligence/checks', 'put'>;
export type ConclusionBody = ApiBody<'/api/campaigns/stages/{id}/diligence/conclusion', 'put'>;
export type StageAttendance = ApiResponse<'/api/campaigns/stages/{id}/attendance', 'get'>;
export type AttendanceEntry = Item<StageAttendance['entries']>;
export type AttendanceSession = Item<StageAttendance['sessions']>;
export type SessionBody = ApiBody<'/api/campaigns/stages/{id}/sessions', 'post'>;
export type AttendanceBody = ApiBody<'/api/campaigns/sessions/{id}/attendance', 'put'>;
export type AttendanceRuleBody = ApiBody<'/api/campaigns/stages/{id}/attendance/rule', 'put'>;
export type MyEntryStages = ApiResponse<'/api/my/entries/{id}/stages', 'get'>;
export type MyEntryStage = Item<MyEntryStages['stages']>;

// ── Notifications (通知) ─────────────────────────────────────────────────────
export type NotificationPage = ApiResponse<'/api/my/notifications', 'get'>;
export type Notification = Item<NotificationPage['items']>;
export type NotificationQuery = ApiQuery<'/api/my/notifications', 'get'>;
export type UnreadCount = ApiResponse<'/api/my/notifications/unread-count', 'get'>;
export type NotificationReadAnswer = ApiResponse<'/api/my/notifications/{id}/read', 'post'>;
export type NotificationsReadAnswer = ApiResponse<'/api/my/notifications/read-all', 'post'>;

// ── A judge's and an applicant's own work (我的评审, 我的报名) and the public registration ──

export type MyAssignmentsAnswer = ApiResponse<'/api/my/assignments', 'get'>;
export type MyAssignment = Item<MyAssignmentsAnswer['items']>;
export type MyStageCriteria = Item<MyAssignmentsAnswer['stages']>;
export type Criterion = Item<MyStageCriteria['criteria']>;
export type ScoreSheet = NonNullable<MyAssignment['sheet']>;
export type SheetSaved = ApiResponse<'/api/campaigns/stages/{id}/sheets/{entryId}', 'put'>;
export type SheetSubmitted = ApiResponse<'/api/campaigns/stages/{id}/sheets/{entryId}/submit', 'post'>;
export type SheetScores = ApiBody<'/api/campaigns/stages/{id}/sheets/{entryId}', 'put'>['scores'];
export type MyEntries = ApiResponse<'/api/my/entries', 'get'>;
export type MyEntry = Item<MyEntries['items']>;
export type CategoryCreated = ApiResponse<'/api/campaigns/{id}/categories', 'post'>;
export type RegistrationForm = ApiResponse<'/api/public/campaigns/{id}/registration', 'get'>;
export type RegistrationBody = ApiBody<'/api/public/campaigns/{id}/registrations', 'post'>;
export type Registered = ApiResponse<'/api/public/campaigns/{id}/registrations', 'post'>;

// ── Follow-up of winners (跟踪服务协议, 绩效报告) ─────────────────────────────
export type FollowUp = ApiResponse<'/api/campaigns/{id}/follow-up', 'get'>;
export type FollowUpWinner = Item<FollowUp['winners']>;
export type FollowUpPeriodTotals = Item<FollowUp['totals']['periods']>;
export type ServiceAgreement = Item<FollowUpWinner['agreements']>;
export type AgreementMilestone = Item<ServiceAgreement['milestones']>;
export type KpiReport = Item<FollowUpWinner['reports']>;
export type AgreementBody = ApiBody<'/api/campaigns/entries/{id}/agreements', 'post'>;
export type AgreementSaved = ApiResponse<'/api/campaigns/entries/{id}/agreements', 'post'>;
export type MilestoneUpdateBody = ApiBody<'/api/campaigns/milestones/{id}', 'patch'>;
export type MilestoneSaved = ApiResponse<'/api/campaigns/milestones/{id}', 'patch'>;
export type MyFollowUp = ApiResponse<'/api/my/entries/{id}/follow-up', 'get'>;
export type MyAgreement = Item<MyFollowUp['agreements']>;
export type KpiReportBody = ApiBody<'/api/my/entries/{id}/kpi-reports', 'post'>;
export type KpiReportFiled = ApiResponse<'/api/my/entries/{id}/kpi-reports', 'post'>;
export type KpiCorrectionBody = ApiBody<'/api/my/kpi-reports/{id}', 'patch'>;
export type KpiReportCorrected = ApiResponse<'/api/my/kpi-reports/{id}', 'patch'>;

// ── Indicators (指标数据) ──────────────────────────────────────────────────
export type IndicatorList = ApiResponse<'/api/indicators', 'get'>;
export type Indicator = Item<IndicatorList['items']>;
export type IndicatorBody = ApiBody<'/api/indicators', 'post'>;
export type IndicatorUpdateBody = ApiBody<'/api/indicators/{code}', 'patch'>;
export type IndicatorValues = ApiResponse<'/api/indicators/{code}/values', 'get'>;
export type IndicatorValuesQuery = ApiQuery<'/api/indicators/{code}/values', 'get'>;
export type IndicatorValue = Item<IndicatorValues['items']>;
export type IndicatorValueHistory = ApiResponse<'/api/indicators/{code}/history', 'get'>;
export type IndicatorValuesBody = ApiBody<'/api/indicator-values', 'post'>;
export type IndicatorValuesRecorded = ApiResponse<'/api/indicator-values', 'post'>;
export type IndicatorCorrectionBody = ApiBody<'/api/indicator-values/{id}/correct', 'post'>;
export type IndicatorValueCorrected = ApiResponse<'/api/indicator-values/{id}/correct', 'post'>;
export type IndicatorValuesPublished = ApiResponse<'/api/indicator-values/publish', 'post'>;
export type PublicIndicatorList = ApiResponse<'/api/public/indicators', 'get'>;
export type PublicIndicator = Item<PublicIndicatorList['items']>;
export type PublicIndicatorValues = ApiResponse<'/api/public/indicators/{code}/values', 'get'>;
export type PublicIndicatorValue = Item<PublicIndicatorValues['items']>;
export type IndicatorRanking = ApiResponse<'/api/public/indicators/{code}/ranking', 'get'>;
export type IndicatorRankingItem = Item<IndicatorRanking['items']>;
export type IndicatorRankingQuery = ApiQuery<'/api/public/indicators/{code}/ranking', 'get'>;
export type IndicatorSeries = ApiResponse<'/api/public/indicators/{code}/series', 'get'>;
export type IndicatorTrend = ApiResponse<'/api/public/indicators/{code}/trend', 'get'>;
export type IndicatorTrendPoint = Item<IndicatorTrend['points']>;
export type IndicatorOverview = ApiResponse<'/api/public/indicators/overview', 'get'>;
export type IndicatorOverviewRow = Item<IndicatorOverview['rows']>;
export type PublicZoneIndicators = ApiResponse<'/api/public/zones/{id}/indicators', 'get'>;
export type ExternalIndexList = ApiResponse<'/api/public/external-indices', 'get'>;
export type ExternalIndex = Item<ExternalIndexList['items']>;
export type ExternalIndexRanking = ApiResponse<'/api/public/external-indices/{code}', 'get'>;
export type ExternalIndexEntry = Item<ExternalIndexRanking['entries']>;

// ── Bulletins (简报) ─────────────────────────────────────────────────────────
export type BulletinList = ApiResponse<'/api/bulletins', 'get'>;
export type BulletinListQuery = ApiQuery<'/api/bulletins', 'get'>;
export type BulletinSummary = Item<BulletinList['items']>;
export type BulletinCreateBody = ApiBody<'/api/bulletins', 'post'>;
export type BulletinAnswer = ApiResponse<'/api/bulletins/{id}', 'get'>;
export type Bulletin = BulletinAnswer['bulletin'];
export type BulletinUpdateBody = ApiBody<'/api/bulletins/{id}', 'put'>;
export type BulletinFigure = Item<Bulletin['figures']>;
export type BulletinFigureBody = Item<BulletinUpdateBody['figures']>;
export type BulletinFigureSpec = BulletinFigureBody['spec'];
export type BulletinSection = Item<Bulletin['sections']>;
export type FigureEvaluateBody = ApiBody<'/api/bulletins/figures/evaluate', 'post'>;
export type FigureEvaluated = ApiResponse<'/api/bulletins/figures/evaluate', 'post'>;
export type BulletinTransitionAnswer = ApiResponse<'/api/bulletins/{id}/issue', 'post'>;
export type PublicBulletinList = ApiResponse<'/api/public/bulletins', 'get'>;
export type PublicBulletinSummary = Item<PublicBulletinList['items']>;
export type PublicBulletinAnswer = ApiResponse<'/api/public/bulletins/{id}', 'get'>;
export type PublicBulletin = PublicBulletinAnswer['bulletin'];

// ── Delegated powers (放权赋能事项, staff console) ───────────────────────────

export type DelegationList = ApiResponse<'/api/powers', 'get'>;
export type DelegationListQuery = ApiQuery<'/api/powers', 'get'>;
export type Delegation = Item<DelegationList['items']>;
export type DelegationDetail = ApiResponse<'/api/powers/{id}', 'get'>;
export type DelegationChange = Item<DelegationDetail['changes']>;
export type DelegationCaseMonth = Item<DelegationDetail['months']>;
export type DelegationEvent = Item<DelegationDetail['events']>;
export type DelegationCreateBody = ApiBody<'/api/powers', 'post'>;
export type DelegationAnswer = ApiResponse<'/api/powers', 'post'>;
export type DelegationTransitionAnswer = ApiResponse<'/api/powers/{id}/take_up', 'post'>;
export type PowerItemList = ApiResponse<'/api/powers/items', 'get'>;
export type PowerItem = Item<PowerItemList['items']>;
export type PowerItemBody = ApiBody<'/api/powers/items', 'post'>;
export type PowerItemAnswer = ApiResponse<'/api/powers/items', 'post'>;
export type PowerBatchList = ApiResponse<'/api/powers/batches', 'get'>;
export type PowerBatch = Item<PowerBatchList['items']>;
export type PowerBatchBody = ApiBody<'/api/powers/batches', 'post'>;
export type PowerBatchAnswer = ApiResponse<'/api/powers/batches', 'post'>;
export type PowerStats = ApiResponse<'/api/powers/stats', 'get'>;
export type PowerStatsQuery = ApiQuery<'/api/powers/stats', 'get'>;
export type PowerFlagged = Item<PowerStats['zeroUse']['items']>;
export type PowerCompare = ApiResponse<'/api/powers/compare', 'get'>;
export type PowerCompareEntry = Item<PowerCompare['added']>;
export type MeasuresBody = ApiBody<'/api/powers/{id}/measures', 'put'>;
export type RecordCasesBody = ApiBody<'/api/powers/{id}/cases', 'post'>;
export type RecordCasesAnswer = ApiResponse<'/api/powers/{id}/cases', 'post'>;
export type TongbanList = ApiResponse<'/api/tongban', 'get'>;
export type TongbanQuery = ApiQuery<'/api/tongban', 'get'>;
export type TongbanItem = Item<TongbanList['items']>;
export type TongbanBatch = Item<TongbanList['batches']>;
