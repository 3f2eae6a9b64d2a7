/**
 * Test support for the upload, import and export routes: a test app whose data directory is
 * a fresh temp dir, and multipart bodies built by hand (what a browser's FormData sends).
 *
 * Until src/server/app.ts registers importRoutes and attachmentRoutes, this builds a second
 * app on the same test database with them added before ready(); once they are wired, it is
 * createTestApp as it is.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { loadConfig, type Config } from '../../kernel/config.js';
import type { FeatureDeps } from '../../kernel/deps.js';
import { build } from '../../server/app.js';
import { createTestApp, type DemoUser, type TestApp } from '../../testing/test-app.js';
import { importRoutes } from '../imports/imports.routes.js';
import { attachmentRoutes } from './attachments.routes.js';

export type FilesTestApp = TestApp & { dataDir: string };

const IMPORT_ROUTE = { method: 'POST', url: '/api/imports/innovations/preview' } as const;
const FILE_ROUTE = { method: 'GET', url: '/api/attachments/:id' } as const;

export async function createFilesTestApp(overrides: Partial<Config> = {}): Promise<FilesTestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-files-'));
  const base = await createTestApp({ dataDir, ...overrides });
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  if (base.app.hasRoute(IMPORT_ROUTE) && base.app.hasRoute(FILE_ROUTE)) {
    return { ...base, dataDir, close: async () => (await base.close(), cleanup()) };
  }

  const config: Config = { ...loadConfig({}, []), loginRateLimitPerMinute: 1000, dataDir, ...overrides };
  const app = await build({ database: base.database, config });
  const deps: FeatureDeps = { db: base.database.db, dbKind: base.database.kind, config };
  if (!app.hasRoute(IMPORT_ROUTE)) await app.register(importRoutes(deps));
  if (!app.hasRoute(FILE_ROUTE)) await app.register(attachmentRoutes(deps));
  await app.ready();

  // Sessions live in the shared database, so the base app's sign-ins work here too.
  const call = async (user: DemoUser | null, options: InjectOptions & { lang?: 'zh' | 'en' }) => {
    const headers: Record<string, string> = { 'accept-language': options.lang === 'en' ? 'en-US' : 'zh-CN', ...(options.headers as Record<string, string>) };
    if (user) headers.cookie = await base.cookieFor(user);
    return app.inject({ ...options, headers });
  };
  return {
    app,
    database: base.database,
    cookieFor: base.cookieFor,
    call,
    dataDir,
    close: async () => {
      await app.close();
      await base.close();
      cleanup();
    },
  };
}

export type Part = { name: string; value: string } | { name: string; fileName: string; content: Buffer; contentType?: string };

/** A multipart/form-data body and its content-type header. */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----yanzhen${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('value' in part) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    } else {
      // As browsers send it: the name as raw UTF-8 inside the quotes.
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; filename="${part.fileName.replace(/"/g, '%22')}"\r\n` +
            `Content-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        ),
      );
      chunks.push(part.content, Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A small valid PDF: header, one empty page, cross-reference table, trailer. */
export function minimalPdf(text = 'Yanzhen'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>`,
    `<< /Length ${`BT /F1 12 Tf 20 100 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 100 Td (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
