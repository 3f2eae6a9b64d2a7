/** Entry routes: the organiser's list and nomination, an applicant's own entries, and the public registration (rate-limited like the login). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mailingFor } from '../notifications/notifications.service.js';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { defaultSecuritySettings } from '../auth/security-settings.js';
import { ListEntriesSchema, MyEntriesSchema, NominateEntrySchema, RegisterEntrySchema, RegistrationFormSchema } from './entries.schema.js';
import { listEntries, listMyEntries, nominateEntry, registerEntry, registrationForm } from './entries.service.js';

const tags = ['campaigns'];

export function entryRoutes({ db, config }: FeatureDeps): FastifyPluginAsyncZod {
  const defaults = defaultSecuritySettings(config);
  return async (app) => {
    app.get('/api/campaigns/:id/entries', { schema: { tags, summary: '参评项目 Entries', ...ListEntriesSchema } }, async (request) => {
      requireActor(request);
      return { items: await listEntries(db, contextOf(request), request.params.id) };
    });

    app.post('/api/campaigns/:id/entries', { schema: { tags, summary: '推荐参评案例 Nominate a best case', ...NominateEntrySchema } }, async (request, reply) => {
      requireActor(request);
      return reply.code(201).send({ entry: await nominateEntry(db, contextOf(request), request.params.id, request.body) });
    });

    app.get('/api/my/entries', { schema: { tags, summary: '我的参赛项目 My entries', ...MyEntriesSchema } }, async (request) => {
      requireActor(request);
      return { items: await listMyEntries(db, contextOf(request)) };
    });

    app.get('/api/public/campaigns/:id/registration', { schema: { tags, summary: '大赛报名须知 A contest\'s registration form', ...RegistrationFormSchema } }, async (request) =>
      registrationForm(db, request.params.id, defaults),
    );

    app.post(
      '/api/public/campaigns/:id/registrations',
      {
        schema: { tags, summary: '大赛报名 Register for a contest', ...RegisterEntrySchema },
        // An account is created here: guarded like the login, so that nobody mints them in bulk.
        config: { anonymousMutation: true, rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const context = contextOf(request);
        // The confirmation is mailed as the account just made: nobody else took the step.
        const registered = await registerEntry(db, context, request.params.id, request.body, defaults, (applicant) => mailingFor(app.jobs, context, applicant, config));
        app.jobs.wake();
        return reply.code(201).send(registered);
      },
    );
  };
}
