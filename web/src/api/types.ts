import type {
  InnovationDomain,
  InnovationStatus,
  InnovationTransition,
  NoveltyClaim,
  PlatformStatus,
  PlatformTransition,
  PlatformType,
  ReformTask,
  Role,
  ZoneType,
} from '@shared/enums';

export type DatePrecision = 'day' | 'month' | 'year';

export type Me = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organisation?: string | null;
  scopeZone: { id: number; name: string } | null;
  abilities: { console: boolean; manageZones: boolean; managePlatforms: boolean; viewAudit: boolean; manageUsers: boolean };
  /** Set after an administrator created the account or reset its password: the client sends the user to /change-password. */
  mustChangePassword: boolean;
};

export type Health = { status: 'ok'; database: 'pglite' | 'postgres'; version: string };

export type Zone = {
  id: number;
  code: string;
  parentId: number | null;
  type: ZoneType;
  name: string;
  nameEn: string | null;
  shortName: string;
  establishedOn: string | null;
  establishedPrecision: DatePrecision | null;
  areaKm2: string | null;
  positioning: string | null;
  tasks: ReformTask[];
  group: string | null;
  description: string | null;
  source: string;
  /** Working notes behind the source; null unless the zone is in the viewer's scope. */
  sourceNote: string | null;
  platformCount: number;
  abilities: { update: boolean; createChild: boolean; createPlatform: boolean };
};

export type ZoneRef = { id: number; name: string; type: ZoneType };

export type ZoneDetail = { zone: Zone; ancestors: ZoneRef[]; children: Zone[] };

export type ZoneCreateBody = {
  parentId: number;
  code: string;
  type: ZoneType;
  name: string;
  nameEn?: string;
  shortName: string;
  establishedOn?: string;
  areaKm2?: string;
  positioning?: string;
  tasks?: ReformTask[];
  group?: string;
  description?: string;
  source: string;
};

/** Optional texts may be cleared with null. */
export type ZoneUpdateBody = {
  name?: string;
  nameEn?: string | null;
  shortName?: string;
  establishedOn?: string | null;
  areaKm2?: string | null;
  positioning?: string | null;
  tasks?: ReformTask[];
  group?: string | null;
  description?: string | null;
  source?: string;
};

export type StatusDate = { on: string | null; precision: DatePrecision | null };

export type Platform = {
  id: number;
  zoneId: number;
  zoneName: string;
  type: PlatformType;
  name: string;
  status: PlatformStatus;
  isPublic: boolean;
  note: string | null;
  source: string | null;
  sourceNote: string | null;
  statusDates: Partial<Record<PlatformStatus, StatusDate>>;
  updatedAt: string;
  abilities: { update: boolean } & Record<PlatformTransition, boolean>;
};

/** Known actions; the server sends a plain string, so unknown ones are shown as they come. */
export type PlatformEventAction = 'plan' | PlatformTransition | 'update' | (string & {});

export type PlatformEvent = {
  id: number;
  action: PlatformEventAction;
  /** Whether a person recorded the step (false: it came with imported or demo data). */
  hasActor: boolean;
  fromStatus: PlatformStatus | null;
  toStatus: PlatformStatus | null;
  occurredOn: string | null;
  precision: DatePrecision | null;
  document: string | null;
  note: string | null;
  actorName: string | null;
  createdAt: string;
};

export type PlatformDetail = { platform: Platform; events: PlatformEvent[] };

export type PlatformCreateBody = { type: PlatformType; name: string; note?: string; source?: string };
export type PlatformUpdateBody = { type?: PlatformType; name?: string; note?: string | null; source?: string | null };
export type PlatformTransitionBody = { occurredOn: string; document?: string; note?: string };

export type PlatformListQuery = {
  zoneId?: number;
  status?: PlatformStatus;
  type?: PlatformType;
  page: number;
  pageSize: number;
};

export type Page<T> = { items: T[]; total: number };

export type FormationEntry = {
  zoneId: number;
  name: string;
  shortName: string;
  type: 'area' | 'pilot';
  ftzId: number;
  ftzName: string;
  group: string | null;
  establishedOn: string | null;
  establishedPrecision: DatePrecision | null;
  areaKm2: string | null;
  platforms: number;
  platformsOperating: number;
};

export type Overview = {
  zonesByType: Record<ZoneType, number>;
  platformsByStatus: Record<PlatformStatus, number>;
  platformsByType: Record<PlatformType, number>;
  formation: FormationEntry[];
};

export type AuditEntry = {
  id: number;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  ip: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
  type: string;
  entityName: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  hash: string;
};

export type AuditQuery = {
  entityType?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export type AuditVerify = { ok: boolean; checked: number; brokenAt: number | null };

// ── Innovations (制度创新成果) ─────────────────────────────────────────────

export type HighlightSegment = { text: string; hit: boolean };
export type SearchHighlight = { title: HighlightSegment[]; snippet: HighlightSegment[] };

export type Effect = { label: string; value: string | null; unit: string | null; period: string | null; text: string | null };

export type InnovationAbilities = { update: boolean; adopt: boolean; attach: boolean } & Record<InnovationTransition, boolean>;

export type PublicInnovation = {
  id: number;
  zoneId: number;
  zoneName: string;
  zoneShortName: string;
  name: string;
  domain: InnovationDomain;
  task: ReformTask | null;
  novelty: NoveltyClaim;
  painPoint: string | null;
  measures: string | null;
  effects: Effect[];
  departments: string[];
  tags: string[];
  exploredOn: string | null;
  exploredPrecision: DatePrecision | null;
  status: InnovationStatus;
  isPublished: boolean;
  recognition: { on: string | null; precision: DatePrecision | null; document: string | null; batch: string | null } | null;
  provinceReplication: { on: string | null; precision: DatePrecision | null; document: string | null } | null;
  nationReplication: { on: string | null; precision: DatePrecision | null; document: string | null; batch: string | null } | null;
  adoptionCount: number;
  source: string | null;
  isSample: boolean;
  updatedAt: string;
};

export type Innovation = PublicInnovation & { abilities: InnovationAbilities; sourceNote: string | null };
/** Lists leave the long texts on the record's page; `excerpt` holds the first 141 characters of the measures (else the pain point). */
type LongTexts = 'painPoint' | 'measures' | 'effects' | 'departments' | 'tags';
export type PublicInnovationListItem = Omit<PublicInnovation, LongTexts> & { excerpt: string | null; highlight: SearchHighlight | null };
export type InnovationListItem = PublicInnovationListItem & { abilities: InnovationAbilities };
/** 'partial': no record holds every word of the query; the items hold some of them, best first. */
export type SearchMatch = 'all' | 'partial';
export type SearchPage<T> = { items: T[]; total: number; totalIsCapped: boolean; match?: SearchMatch };

export type InnovationEvent = {
  id: number;
  /** A transition name, or 'create' / 'update' / 'import'; unknown ones are shown as they come. */
  action: string;
  fromStatus: InnovationStatus | null;
  toStatus: InnovationStatus;
  comment: string | null;
  document: string | null;
  batch: string | null;
  occurredOn: string | null;
  actorName: string | null;
  createdAt: string;
};

export type Attachment = { id: number; fileName: string; mediaType: string; sizeBytes: number; isInternal: boolean; createdAt: string };
export type PublicAttachment = Omit<Attachment, 'isInternal'>;

export type Adoption = {
  id: number;
  innovationId: number;
  innovationName: string;
  zoneId: number;
  zoneName: string;
  adoptedOn: string;
  isSample: boolean;
  sourceNote: string | null;
  adaptation: string | null;
  observedEffect: string | null;
  source: string | null;
  attachments: Attachment[];
};
export type PublicAdoption = Omit<Adoption, 'attachments' | 'sourceNote'>;

export type SimilarInnovation = { id: number; name: string; zoneName: string; status: InnovationStatus; score: number };

export type InnovationDetail = {
  innovation: Innovation;
  events: InnovationEvent[];
  adoptions: Adoption[];
  attachments: Attachment[];
  similar: SimilarInnovation[];
};

export type Milestone = { toStatus: InnovationStatus; occurredOn: string | null; document: string | null; batch: string | null };

export type PublicInnovationDetail = {
  innovation: PublicInnovation;
  milestones: Milestone[];
  adoptions: PublicAdoption[];
  attachments: PublicAttachment[];
};

export type InnovationLevel = 'published' | 'province' | 'nation';

export type InnovationFilters = {
  q?: string;
  zoneId?: number;
  domain?: InnovationDomain;
  task?: ReformTask;
  status?: InnovationStatus;
  level?: InnovationLevel;
  year?: number;
};
/** relevance: best match first (no query: the default, latest first); recognized: latest recognition first; name: pinyin order. */
export type InnovationSort = 'relevance' | 'recognized' | 'name';
export type InnovationListQuery = InnovationFilters & { sort?: InnovationSort; page: number; pageSize: number };

export type InnovationBody = {
  name: string;
  domain: InnovationDomain;
  task?: ReformTask | null;
  novelty?: NoveltyClaim;
  painPoint?: string | null;
  measures?: string | null;
  effects?: Effect[];
  departments?: string[];
  tags?: string[];
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  exploredOn?: string | null;
  source?: string | null;
};
export type InnovationCreateBody = InnovationBody & { zoneId: number };
export type InnovationUpdateBody = Partial<InnovationBody>;

export type InnovationTransitionBody = { comment?: string; document?: string; batch?: string; occurredOn?: string };

export type AdoptionCreateBody = { zoneId?: number; adoptedOn: string; adaptation?: string; observedEffect?: string; source?: string };

export type SimilarCheckBody = { name: string; measures?: string; painPoint?: string; excludeId?: number };

// ── Replication (复制推广) ────────────────────────────────────────────────

export type ReplicationCounts = { recognized: number; provinceReplicated: number; nationReplicated: number };

export type FormationStats = {
  zones: (ReplicationCounts & {
    zoneId: number;
    name: string;
    shortName: string;
    type: ZoneType;
    parentId: number | null;
    group: string | null;
    adoptedFromOthers: number;
    adoptedByOthers: number;
  })[];
  pilotGroups: (ReplicationCounts & { group: string; ftzId: number; zoneCount: number })[];
};

export type MatrixLevel = 'published' | 'province';

export type ReplicationMatrix = {
  zones: { id: number; name: string; shortName: string; type: ZoneType }[];
  innovations: { id: number; name: string; status: InnovationStatus; domain: InnovationDomain; zoneId: number; zoneShortName: string }[];
  cells: { innovationId: number; zoneId: number; adoptedOn: string }[];
};

export type DiffusionPoint = { month: string; adoptions: number; cumulative: number };

export type Recommendation = {
  id: number;
  name: string;
  zoneShortName: string;
  domain: InnovationDomain;
  task: ReformTask | null;
  status: InnovationStatus;
  score: number;
};

// ── Excel import ─────────────────────────────────────────────────────────

export type ImportRowError = {
  /** The column as the file names it ('成效/数值'). */
  column: string;
  /** The API field ('name', 'effects.0.value'). */
  field?: string;
  /** The cell ('C5'), when there is one. */
  cell?: string | null;
  message: string;
};

export type ImportRow = {
  sheet: string;
  rowNumber: number;
  status: 'ok' | 'error';
  errors: ImportRowError[];
  /** The record as it will be created (with zoneName for display). */
  data: Record<string, unknown>;
};

export type ImportSheet = {
  name: string;
  rows: number;
  /** Why the sheet was not read (localised); absent for imported sheets. */
  skipped?: string | boolean;
  title?: string | null;
  ignoredRows?: number[];
  columns?: { label: string; field: string | null }[];
  /** Rows of the sheet with at least one error. */
  errorRows?: number;
  /** Per column as the file names it: rows with an error there, most first. */
  errorColumns?: { column: string; rows: number }[];
};

export type ImportPreview = {
  /** The import kind ('innovations'). */
  kind?: string;
  importId: string;
  fileName?: string;
  status?: 'previewed' | 'committed';
  expiresAt?: string;
  sheets: ImportSheet[];
  /** The first rows of the file (up to 50); the others by page (useImportRows). */
  rows: ImportRow[];
  okCount: number;
  errorCount: number;
};

/** GET /api/imports/:id/rows: one page of a preview's rows. */
export type ImportRowsPage = { items: ImportRow[]; total: number; page: number; pageSize: number };

export type ImportCommit = { created: number; ids: number[] };

/** GET /api/stats/my-scope: counted from the rows of the viewer's subtree on each request. */
export type ScopeOverview = {
  scopeZone: { id: number; name: string; shortName: string };
  zonesByType: Record<ZoneType, number>;
  platformsByStatus: Record<PlatformStatus, number>;
  innovationsByStatus: Record<InnovationStatus, number>;
  recognized: number;
  provinceReplicated: number;
  nationReplicated: number;
  adoptionsRecorded: number;
  adoptedElsewhere: number;
  recommendationsWaiting: number;
};
