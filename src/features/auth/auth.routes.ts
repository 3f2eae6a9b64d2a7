/** Sign-in, sign-out, the current user and password change. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../kernel/deps.js';
import { contextOf, requireActor } from '../../kernel/request.js';
import { AppError } from '../../kernel/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import { ChangePasswordSchema, LoginSchema, MeResponse } from './auth.schema.js';
import { loginUser } from './login.js';
import { SESSION_COOKIE, deleteSession, hashToken, invalidateSessionCache } from './sessions.js';
import { checkPasswordPolicy, hashPassword, verifyPassword, weakPassword } from './passwords.js';
import { describeMe } from './me.js';
import { defaultSecuritySettings, passwordPolicyOf, readSecuritySettings, sessionPolicyOf } from './security-settings.js';

export function authRoutes(deps: FeatureDeps): FastifyPluginAsyncZod {
  const { db, config } = deps;
  const defaults = defaultSecuritySettings(config);

  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: { tags: ['auth'], summary: '登录 Sign in', ...LoginSchema, response: { 200: MeResponse } },
        config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const settings = await readSecuritySettings(db, defaults);
        const { token, userId } = await loginUser(db, {
          username: request.body.username,
          password: request.body.password,
          context: contextOf(request),
          lockout: { threshold: config.lockoutThreshold, minutes: config.lockoutMinutes },
          session: sessionPolicyOf(settings),
        });
        const previous = request.cookies[SESSION_COOKIE];
        if (previous) await deleteSession(db, previous);
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: config.secureCookies,
          maxAge: settings.sessionMaxHours * 3600,
        });
        return describeMe(db, userId);
      },
    );

    app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出 Sign out', response: { 204: z.null().describe('已退出 Signed out') } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await db.transaction().execute(async (trx) => {
          await deleteSession(trx, token);
          if (request.actor) await writeAudit(trx, contextOf(request), { type: 'auth.logout', entityId: request.actor.id });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });

    app.get('/api/me', { schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: MeResponse } } }, async (request) => {
      const actor = requireActor(request);
      return describeMe(db, actor.id);
    });

    app.post('/api/me/password', { schema: { tags: ['auth'], summary: '修改密码 Change password', ...ChangePasswordSchema } }, async (request, reply) => {
      const actor = requireActor(request);
      const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', actor.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        throw new AppError('WRONG_PASSWORD', {}, [{ path: 'currentPassword', key: 'current_password_wrong' }]);
      }
      const settings = await readSecuritySettings(db, defaults);
      const weakness =
        request.body.newPassword === request.body.currentPassword
          ? ({ reason: 'password_unchanged' } as const)
          : checkPasswordPolicy(request.body.newPassword, actor.username, passwordPolicyOf(settings));
      if (weakness) throw weakPassword('newPassword', weakness);
      const passwordHash = await hashPassword(request.body.newPassword);
      const currentToken = request.cookies[SESSION_COOKIE];
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: new Date(), must_change_password: false }).where('id', '=', actor.id).execute();
        // A changed password ends every other session of the user.
        let others = trx.deleteFrom('sessions').where('user_id', '=', actor.id);
        if (currentToken) others = others.where('id', '!=', hashToken(currentToken));
        await others.execute();
        await writeAudit(trx, contextOf(request), { type: 'auth.password_changed', entityId: actor.id });
      });
      invalidateSessionCache({ userId: actor.id });
      return reply.code(204).send();
    });
  };
}
