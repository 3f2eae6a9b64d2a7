/**
 * One POST route per transition of a machine, `<base>/:id/<transition>`, each documented with
 * the body that transition takes (generated from its `needs`), so /api/openapi.json shows that
 * 认定 requires a comment, a 文号 and a date and 申报 requires nothing.
 *
 * The body is checked by the runner, not by the route: a transition's body is judged after the
 * record (404), the role (403) and the machine (409), the same order for every lifecycle.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { contextOf, requireActor } from '../request.js';
import { fieldsOf } from '../../shared/lifecycle.js';
import { idParam } from '../../shared/schemas.js';
import { runTransition, type TransitionSpec } from './run-transition.js';

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Lifecycles that have routes, for the transition-matrix test: a machine gets the test by being here. */
const registered = new Map<string, { spec: TransitionSpec<string, string, string, never, never, unknown>; base: string }>();
export const lifecyclesWithRoutes = () => [...registered.values()];

/** Passes the body through untouched: runTransition validates it in its turn. */
const deferredBody: typeof validatorCompiler = (route) => (route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route));

export function registerTransitionRoutes<T extends string, S extends string, F extends string, R extends { status: string }, Id extends number | string, Dto>(
  app: App,
  db: Kysely<Database>,
  spec: TransitionSpec<T, S, F, R, Id, Dto>,
  route: {
    /** e.g. '/api/platforms': transitions are at '/api/platforms/:id/apply' … */
    base: string;
    tags: string[];
    /** The 200 answer, one key holding the record after the step, e.g. { platform: PlatformDto }. */
    answer: Record<string, z.ZodType<Dto>>;
    /** The path's id; an int4 id unless the records are keyed otherwise (e.g. an import batch's uuid). */
    params?: z.ZodType<{ id: Id }>;
    /** 202 for steps that hand the work to a job (an import's commit): the answer says which. */
    status?: Partial<Record<T, 200 | 202>>;
  },
) {
  const [answerKey] = Object.keys(route.answer) as [string];
  registered.set(spec.lifecycle.name, { spec: spec as never, base: route.base });
  const { lifecycle } = spec;
  for (const transition of lifecycle.transitions) {
    const label = lifecycle.labels.transition[transition];
    const required = fieldsOf(lifecycle.machine[transition]).filter((field) => field.need === 'required').map((field) => field.name);
    app.post(
      `${route.base}/:id/${transition}`,
      {
        schema: {
          tags: route.tags,
          summary: `${label.zh} ${label.en}`,
          description: required.length > 0 ? `须记录 Must record: ${required.join(', ')}` : '无须填写 Nothing to record',
          params: route.params ?? idParam,
          body: lifecycle.bodies[transition],
          response: { [route.status?.[transition] ?? 200]: z.object(route.answer) },
        },
        validatorCompiler: deferredBody as never,
      },
      async (request, reply) => {
        requireActor(request);
        const dto = await runTransition(db, contextOf(request), spec, (request.params as { id: Id }).id, transition, request.body);
        // The status documented for this transition: 202 for a step that hands its work to a job.
        void reply.code(route.status?.[transition] ?? 200);
        return { [answerKey]: dto };
      },
    );
  }
}
