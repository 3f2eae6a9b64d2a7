/** The audit log for the auditor: browse, filter, verify the hash chain. Read-only by design. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { langOf, requireActor } from '../../kernel/request.js';
import { AppError } from '../../kernel/errors.js';
import { AUDIT_EVENTS } from '../../shared/audit-catalog.js';
import type { AuditEventType } from '../../shared/audit-events.js';
import { listAudit, verifyAuditChain } from './audit.service.js';
import { entityNames } from './entity-names.js';
import { ListAuditSchema, VerifyAuditSchema } from './audit.schema.js';

export function auditRoutes({ db }: FeatureDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('preHandler', async (request) => {
      const actor = requireActor(request);
      // Separation of duties: only the auditor reads the log, and the auditor changes nothing.
      if (actor.role !== 'auditor') throw new AppError('FORBIDDEN');
    });

    app.get('/api/audit', { schema: { tags: ['audit'], summary: '审计日志 Audit log', ...ListAuditSchema } }, async (request) => {
      const lang = langOf(request);
      const { rows, total } = await listAudit(db, request.query);
      const names = await entityNames(db, rows);
      return {
        total,
        items: rows.map((row) => ({
          id: row.id,
          at: new Date(row.at).toISOString(),
          actorName: row.actor_name,
          actorRole: row.actor_role,
          ip: row.ip,
          type: row.type,
          summary: AUDIT_EVENTS[row.type as AuditEventType]?.[lang] ?? row.type,
          entityType: row.entity_type,
          entityId: row.entity_id,
          entityName: names.get(`${row.entity_type}:${row.entity_id}`) ?? null,
          action: row.action,
          before: row.before ?? null,
          after: row.after ?? null,
          hash: row.hash,
        })),
      };
    });

    app.get('/api/audit/verify', { schema: { tags: ['audit'], summary: '校验哈希链 Verify the hash chain', ...VerifyAuditSchema } }, async () => verifyAuditChain(db));
  };
}
