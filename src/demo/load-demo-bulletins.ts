/**
 * The demo bulletin (data/demo/bulletins.json): the article "8个协同改革先行区挂牌两年" composed
 * again from the platform's own records. Each figure is a reference (an indicator value of a zone,
 * a derived figure, a count of recognised innovations over the eight zones); the loader evaluates
 * them through the bulletins service as the province office would and issues the bulletin, so its
 * frozen figures are the records' — 22 results, 6 replicated, 55%, 40.5%, 182.9亿元, 90.7% … —
 * and a figure the records cannot give stops the load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestContext } from '../kernel/actor.js';
import { composeDocument } from '../features/bulletins/bulletins.service.js';
import { renderAndStore } from '../features/bulletins/bulletin-files.js';
import { findVisibleBulletin, replaceContent } from '../features/bulletins/bulletins.repo.js';
import type { FigureSpec } from '../features/bulletins/bulletins.schema.js';
import { PUBLIC_VIEWER } from '../kernel/viewer.js';
import { AppError } from '../kernel/errors.js';

/** A figure spec as the demo file writes it: zones by code. */
type CountSpec = Extract<FigureSpec, { kind: 'count' }>;
type DemoSpec = (Omit<Extract<FigureSpec, { zoneId: number }>, 'zoneId'> & { zoneCode: string }) | (Omit<CountSpec, 'zoneIds'> & { zoneCodes?: string[] });
type DemoBulletin = {
  zoneCode: string;
  title: string;
  issueNo: number;
  issuer: string;
  headline: string;
  periodLabel: string | null;
  issuedOn: string;
  coverageCodes: string[];
  internalNote: string | null;
  sections: { heading: string; body: string }[];
  figures: { key: string; spec: DemoSpec; headlineLabel?: string | null }[];
};

export async function loadDemoBulletins(trx: Transaction<Database>, dir: string, zoneByCode: Map<string, { id: number }>, issuerUsername: string) {
  const file = join(dir, 'bulletins.json');
  if (!existsSync(file)) return { bulletins: 0 };
  const data = JSON.parse(readFileSync(file, 'utf8')) as { bulletins: DemoBulletin[] };
  const user = await trx
    .selectFrom('users as u')
    .innerJoin('zones as z', 'z.id', 'u.scope_zone_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.scope_zone_id', 'z.path'])
    .where('u.username', '=', issuerUsername)
    .executeTakeFirstOrThrow();
  const context: RequestContext = {
    actor: { id: user.id, username: user.username, displayName: user.display_name, role: user.role, scopeZoneId: user.scope_zone_id, scopePath: user.path },
    ip: null,
    userAgent: null,
  };
  const zoneId = (code: string) => {
    const zone = zoneByCode.get(code);
    if (!zone) throw new Error(`demo bulletin: no zone ${code}`);
    return zone.id;
  };
  for (const bulletin of data.bulletins) {
    const { id } = await trx
      .insertInto('bulletins')
      .values({
        zone_id: zoneId(bulletin.zoneCode),
        title: bulletin.title,
        issue_no: bulletin.issueNo,
        issuer: bulletin.issuer,
        headline: bulletin.headline,
        period_label: bulletin.periodLabel,
        coverage: JSON.stringify(bulletin.coverageCodes.map(zoneId)),
        internal_note: bulletin.internalNote,
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const figures = bulletin.figures.map((figure) => {
      const spec: FigureSpec =
        'zoneCode' in figure.spec
          ? (({ zoneCode, ...rest }) => ({ ...rest, zoneId: zoneId(zoneCode) }) as FigureSpec)(figure.spec)
          : (({ zoneCodes, ...rest }) => ({ ...rest, ...(zoneCodes ? { zoneIds: zoneCodes.map(zoneId) } : {}) }))(figure.spec);
      return { key: figure.key, spec, headlineLabel: figure.headlineLabel ?? null };
    });
    await replaceContent(trx, id, bulletin.sections, figures);
    const row = (await findVisibleBulletin(trx, { kind: 'actor', actor: context.actor }, id))!;
    const document = await composeDocument(trx, context, row);
    const missing = document.figures.filter((figure) => !figure.available).map((figure) => `${figure.key}: ${figure.problem?.zh ?? ''}`);
    if (missing.length > 0) throw new Error(`demo bulletin ${bulletin.headline}: figures the records cannot give — ${missing.join('; ')}`);
    await trx.updateTable('bulletins').set({ status: 'issued', issued_on: bulletin.issuedOn, frozen: JSON.stringify(document) }).where('id', '=', id).execute();
    await trx.insertInto('bulletin_events').values({ bulletin_id: id, action: 'issue', from_status: 'draft', to_status: 'issued', issued_on: bulletin.issuedOn, actor_id: user.id }).execute();
    const issued = await findVisibleBulletin(trx, PUBLIC_VIEWER, id);
    if (!issued) throw new Error('demo bulletin: not public once issued');
    // The files a 印发 step's job would make, made here: the loader runs before any job runner.
    // On a machine without Chinese fonts the Word file is still made and start-up says what to install.
    const rendered = await renderAndStore(trx, issued).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'BULLETIN_PDF_NO_FONTS') return undefined;
      throw error;
    });
    if (rendered && rendered.missingGlyphs.length > 0) throw new Error(`demo bulletin: the fonts lack ${rendered.missingGlyphs.join('')}`);
  }
  return { bulletins: data.bulletins.length };
}
