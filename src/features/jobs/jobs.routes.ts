/**
 * 我的任务: a signed-in person's own jobs (anyone else's answers 404, the province office's
 * included: a job carries its owner's input and results, and nobody needs another's), starting
 * the kinds they may start, and cancelling. Also owns the runner's life: started when the app is
 * ready, stopped by the app's close hook (SIGTERM in main.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { notFound } from '../../kernel/errors.js';
import { contextOf, langOf, requireActor } from '../../kernel/request.js';
import type { JobDispatcher } from './job-dispatcher.js';
import { kindRegistry } from './job-kinds.js';
import { JobRunner } from './job-runner.js';
import { getOwnJob, listOwnJobs } from './jobs.repo.js';
import { presentJob } from './jobs.present.js';
import { CancelJobSchema, GetJobSchema, JobKindsSchema, ListJobsSchema, StartJobSchema } from './jobs.schema.js';
import { localDispatcher } from './local-dispatcher.js';
import { pgBossDispatcher } from './pgboss-dispatcher.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The job runner: tests wait on `whenIdle()` before they compare data. */
    jobs: JobRunner;
  }
}

export function jobRoutes(deps: FeatureDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  const kinds = kindRegistry();

  const plugin: FastifyPluginAsyncZod = async (app) => {
    const dispatcher: JobDispatcher = deps.dbKind === 'postgres' ? await pgBossDispatcher(db, app.log) : localDispatcher(db, app.log);
    const runner = new JobRunner(db, kinds, dispatcher, app.log, { config: deps.config });
    app.decorate('jobs', runner);
    app.addHook('onReady', async () => runner.start());
    app.addHook('onClose', async () => runner.stop());

    app.get('/api/jobs', { schema: { tags: ['jobs'], summary: '我的任务 My jobs', ...ListJobsSchema } }, async (request) => {
      const actor = requireActor(request);
      const { status, kind, page, pageSize } = request.query;
      const { rows, total } = await listOwnJobs(db, actor.id, { status, kind, limit: pageSize, offset: (page - 1) * pageSize });
      const lang = langOf(request);
      return { items: rows.map((row) => presentJob(row, kinds, lang)), total };
    });

    app.get('/api/jobs/kinds', { schema: { tags: ['jobs'], summary: '可发起的任务 Job kinds I may start', ...JobKindsSchema } }, async (request) => {
      const actor = requireActor(request);
      const lang = langOf(request);
      return { kinds: runner.startableKinds(actor).map((kind) => ({ kind: kind.name, label: kind.label[lang] })) };
    });

    app.get('/api/jobs/:id', { schema: { tags: ['jobs'], summary: '任务详情 Job', ...GetJobSchema } }, async (request) => {
      const actor = requireActor(request);
      const row = await getOwnJob(db, actor.id, request.params.id);
      if (!row) throw notFound();
      return { job: presentJob(row, kinds, langOf(request)) };
    });

    app.post('/api/jobs', { schema: { tags: ['jobs'], summary: '发起任务 Start a job', ...StartJobSchema } }, async (request, reply) => {
      const context = contextOf(request);
      const actor = requireActor(request);
      const lang = langOf(request);
      const { job, created } = await runner.enqueue({ ...context, actor }, request.body.kind, request.body.input);
      return reply.code(created ? 201 : 200).send({ job: presentJob(job, kinds, lang) });
    });

    app.post('/api/jobs/:id/cancel', { schema: { tags: ['jobs'], summary: '取消任务 Cancel a job', ...CancelJobSchema } }, async (request) => {
      const actor = requireActor(request);
      return { job: presentJob(await runner.cancel(actor, request.params.id), kinds, langOf(request)) };
    });
  };
  // What fastify-plugin does: the `jobs` decoration and the hooks belong to the app, not to a child context.
  Object.assign(plugin, { [Symbol.for('skip-override')]: true });
  return plugin;
}
