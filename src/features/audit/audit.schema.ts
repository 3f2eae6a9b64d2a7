import { z } from 'zod';
import { dateField, pageQuery, plainText } from '../../shared/schemas.js';

export const ListAuditSchema = {
  querystring: z.strictObject({
    type: plainText(64).optional(),
    entityType: plainText(32).optional(),
    entityId: plainText(32).optional(),
    action: plainText(32).optional(),
    actor: plainText(64).optional(),
    from: dateField.optional(),
    to: dateField.optional(),
    ...pageQuery,
  }),
  response: {
    200: z.object({
      items: z.array(
        z.object({
          id: z.number(),
          at: z.string(),
          actorName: z.string().nullable(),
          actorRole: z.string().nullable(),
          ip: z.string().nullable(),
          type: z.string(),
          summary: z.string(),
          entityType: z.string(),
          entityId: z.string().nullable(),
          /** The object's current name (a user's display name, a zone or record name); null if gone. */
          entityName: z.string().nullable(),
          action: z.string(),
          before: z.unknown(),
          after: z.unknown(),
          hash: z.string(),
        }),
      ),
      total: z.number(),
    }),
  },
};

export const VerifyAuditSchema = {
  response: { 200: z.object({ ok: z.boolean(), checked: z.number(), brokenAt: z.number().nullable() }) },
};
