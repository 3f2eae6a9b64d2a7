import type {
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
  abilities: { console: boolean; manageZones: boolean; managePlatforms: boolean; viewAudit: boolean };
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
  statusDates: Partial<Record<PlatformStatus, StatusDate>>;
  updatedAt: string;
  abilities: { update: boolean } & Record<PlatformTransition, boolean>;
};

/** Known actions; the server sends a plain string, so unknown ones are shown as they come. */
export type PlatformEventAction = 'plan' | PlatformTransition | 'update' | (string & {});

export type PlatformEvent = {
  id: number;
  action: PlatformEventAction;
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
