/**
 * The dictionary `useT` reads: every page area's texts (`texts/<area>.ts`, both languages in one
 * file) composed into one table per language. Each area types its English against its Chinese,
 * so a key missing in either language fails to compile there; this file adds that no key is
 * declared by two areas (one would silently hide the other).
 */
import type { Lang } from '@shared/enums';
import * as account from './texts/account';
import * as audit from './texts/audit';
import * as common from './texts/common';
import * as evaluation from './texts/evaluation';
import * as consoleShell from './texts/console';
import * as imports from './texts/imports';
import * as indicators from './texts/indicators';
import * as externalIndices from './texts/external-indices';
import * as bulletins from './texts/bulletins';
import * as innovations from './texts/innovations';
import * as jobs from './texts/jobs';
import * as notifications from './texts/notifications';
import * as judging from './texts/judging';
import * as organiser from './texts/organiser';
import * as platforms from './texts/platforms';
import * as powers from './texts/powers';
import * as portal from './texts/portal';
import * as publicPowers from './texts/public-powers';
import * as powerImports from './texts/power-imports';
import * as replication from './texts/replication';
import * as results from './texts/results';
import * as followUp from './texts/follow-up';
import * as stageActivities from './texts/stage-activities';
import * as users from './texts/users';
import * as zones from './texts/zones';

type Area = { readonly zh: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> };
type KeysOf<A extends readonly Area[]> = { [I in keyof A]: keyof A[I]['zh'] & string }[number];
/** The keys more than one area declares (never, when the areas are disjoint). */
type Repeated<A extends readonly Area[]> = A extends readonly [infer First extends Area, ...infer Rest extends readonly Area[]]
  ? (keyof First['zh'] & KeysOf<Rest>) | Repeated<Rest>
  : never;

/** A new page area adds its texts file and one entry here. */
const AREAS = [common, portal, consoleShell, zones, platforms, innovations, replication, imports, jobs, notifications, account, users, audit, evaluation, organiser, judging, results, followUp, stageActivities, indicators, externalIndices, bulletins, publicPowers, powers, powerImports] as const;

// A type error here names the key two areas both declare.
const noKeyInTwoAreas: [Repeated<typeof AREAS>] extends [never] ? true : { declaredTwice: Repeated<typeof AREAS> } = true;
void noKeyInTwoAreas;

export type DictKey = KeysOf<typeof AREAS>;

const compose = (lang: Lang): Record<DictKey, string> => Object.assign({}, ...AREAS.map((area) => area[lang]));
export const dictionaries: Record<Lang, Record<DictKey, string>> = { zh: compose('zh'), en: compose('en') };
