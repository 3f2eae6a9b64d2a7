/** 用户与权限: accounts, their sessions and the security settings, for the security admin only. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { defaultSecuritySettings, readSecuritySettings, sessionPolicyOf } from '../auth/security-settings.js';
import { SESSION_COOKIE, listLiveSessions } from '../auth/sessions.js';
import { getZone } from '../zones/zones.service.js';
import { listUsers } from './users.repo.js';
import { canManageUsers } from './users.policy.js';
import {
  CreateUserSchema,
  EndSessionSchema,
  EndSessionsSchema,
  GetSettingsSchema,
  GetUserSchema,
  ListSessionsSchema,
  ListUsersSchema,
  ResetPasswordSchema,
  UpdateSettingsSchema,
  UpdateUserSchema,
  UserActionSchema,
} from './users.schema.js';
import {
  createUser,
  endUserSessions,
  getUser,
  presentUser,
  resetPassword,
  setUserActive,
  unlockUser,
  updateSecuritySettings,
  updateUser,
} from './users.service.js';

export function userRoutes({ db, config }: FeatureDeps): FastifyPluginAsyncZod {
  const defaults = defaultSecuritySettings(config);
  const settings = () => readSecuritySettings(db, defaults);
  const sessionPolicy = async () => sessionPolicyOf(await settings());

  return async (app) => {
    // Before the body is even read: accounts are the security admin's alone (三员分立).
    app.addHook('onRequest', async (request) => {
      if (!canManageUsers(requireActor(request))) throw new AppError('FORBIDDEN');
    });

    app.get('/api/users', { schema: { tags: ['users'], summary: '用户列表 List users', ...ListUsersSchema } }, async (request) => {
      const context = contextOf(request);
      const { q, role, zoneId, status, page, pageSize } = request.query;
      const zonePath = zoneId ? (await getZone(db, zoneId)).path : undefined;
      const { rows, total } = await listUsers(db, { q, role, zonePath, status, limit: pageSize, offset: (page - 1) * pageSize }, await sessionPolicy());
      return { items: rows.map((row) => presentUser(row, context)), total };
    });

    app.post('/api/users', { schema: { tags: ['users'], summary: '新增用户 Create user', ...CreateUserSchema } }, async (request, reply) => {
      const context = contextOf(request);
      const { row, temporaryPassword } = await createUser(db, context, request.body, await settings());
      return reply.code(201).send({ user: presentUser(row, context), temporaryPassword });
    });

    app.get('/api/users/:id', { schema: { tags: ['users'], summary: '用户详情 User detail', ...GetUserSchema } }, async (request) => {
      const context = contextOf(request);
      return { user: presentUser(await getUser(db, request.params.id, await sessionPolicy()), context) };
    });

    app.patch('/api/users/:id', { schema: { tags: ['users'], summary: '修改用户 Edit user', ...UpdateUserSchema } }, async (request) => {
      const context = contextOf(request);
      return { user: presentUser(await updateUser(db, context, request.params.id, request.body, await settings()), context) };
    });

    for (const [action, active] of [
      ['disable', false],
      ['enable', true],
    ] as const) {
      const summary = active ? '启用用户 Enable user' : '停用用户 Disable user';
      app.post(`/api/users/:id/${action}`, { schema: { tags: ['users'], summary, ...UserActionSchema } }, async (request) => {
        const context = contextOf(request);
        return { user: presentUser(await setUserActive(db, context, request.params.id, active, await sessionPolicy()), context) };
      });
    }

    app.post('/api/users/:id/reset-password', { schema: { tags: ['users'], summary: '重置密码 Reset password', ...ResetPasswordSchema } }, async (request) => {
      const temporaryPassword = await resetPassword(db, contextOf(request), request.params.id, request.body.password, await settings());
      return { temporaryPassword };
    });

    app.post('/api/users/:id/unlock', { schema: { tags: ['users'], summary: '解除登录锁定 Clear sign-in lock', ...UserActionSchema } }, async (request) => {
      const context = contextOf(request);
      return { user: presentUser(await unlockUser(db, context, request.params.id, await sessionPolicy()), context) };
    });

    app.get('/api/users/:id/sessions', { schema: { tags: ['users'], summary: '用户会话 User sessions', ...ListSessionsSchema } }, async (request) => {
      const policy = await sessionPolicy();
      const user = await getUser(db, request.params.id, policy);
      const sessions = await listLiveSessions(db, user.id, policy, request.cookies[SESSION_COOKIE]);
      return { items: sessions.map(({ ref, ...session }) => ({ id: ref, ...session })) };
    });

    app.delete('/api/users/:id/sessions', { schema: { tags: ['users'], summary: '结束全部会话 End all sessions', ...EndSessionsSchema } }, async (request) => {
      return { ended: await endUserSessions(db, contextOf(request), request.params.id, undefined, await sessionPolicy()) };
    });

    app.delete('/api/users/:id/sessions/:sessionId', { schema: { tags: ['users'], summary: '结束会话 End a session', ...EndSessionSchema } }, async (request, reply) => {
      await endUserSessions(db, contextOf(request), request.params.id, request.params.sessionId, await sessionPolicy());
      return reply.code(204).send(null);
    });

    app.get('/api/settings/security', { schema: { tags: ['users'], summary: '安全策略 Security settings', ...GetSettingsSchema } }, async () => ({
      settings: await settings(),
      defaults,
    }));

    app.put('/api/settings/security', { schema: { tags: ['users'], summary: '修改安全策略 Edit security settings', ...UpdateSettingsSchema } }, async (request) => ({
      settings: await updateSecuritySettings(db, contextOf(request), request.body, defaults),
      defaults,
    }));
  };
}
