/**
 * 生成简报文件 as a job: 印发 queues it in the step's own transaction (transition-bulletin.ts), and
 * it renders the frozen document to .pdf and .docx (bulletin-files.ts). It may be retried: the
 * document is frozen, so each attempt writes the same files.
 */
import { z } from 'zod';
import { isZoneWriter } from '../../kernel/actor.js';
import { defineJobKind } from '../../kernel/jobs.js';
import { notFound } from '../../kernel/errors.js';
import { viewerOf } from '../../kernel/viewer.js';
import { idField } from '../../shared/schemas.js';
import { renderAndStore } from './bulletin-files.js';
import { findVisibleBulletin } from './bulletins.repo.js';

export const RENDER_JOB_KIND = 'bulletins.render';

export const renderBulletinJob = defineJobKind({
  name: RENDER_JOB_KIND,
  label: { zh: '生成简报文件', en: 'Make a bulletin’s files' },
  input: z.strictObject({ bulletinId: idField }),
  messages: {
    rendering: { zh: '正在排版 PDF 与 Word 文件', en: 'Laying out the PDF and Word files' },
    finished: { zh: '已生成，共 {pages} 页', en: 'Done: {pages} pages' },
  },
  mayStart: (actor) => isZoneWriter(actor),
  startedBy: 'feature',
  dedupeKey: (input) => String(input.bulletinId),
  retry: { attempts: 3, initialDelayMs: 2_000, maxDelayMs: 30_000 },
  timeoutSeconds: 600,
  async run({ bulletinId }, job) {
    const row = await findVisibleBulletin(job.db, viewerOf(job.context), bulletinId);
    if (!row || row.status === 'draft') throw notFound();
    await job.reportProgress(0, 1, 'rendering');
    const { pages, missingGlyphs } = await renderAndStore(job.db, row);
    await job.reportProgress(1, 1, 'finished', { pages });
    return { pages, missingGlyphs };
  },
});
