/**
 * Every registered message renders in both languages: both texts present, the same {params} in
 * zh and en, nothing left unfilled, and no raw enum code shown where a label belongs.
 */
import { describe, expect, it } from 'vitest';
import './message-catalog.js';
import { ZONE_TYPES } from '../../shared/zones.enums.js';
import { PLATFORM_STATUSES } from '../../shared/platforms.enums.js';
import { INNOVATION_STATUSES } from '../../shared/innovations.enums.js';
import { enumLabel, formatMessage, registeredMessages, type MessageKey, type ParamKind } from '../../shared/messages.js';
import { AppError } from '../../kernel/errors.js';
import { sendError } from './error-handler.js';

const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
const SAMPLES = { status: 'draft', transition: 'submit', role: 'zone_staff', zoneType: 'pilot', valueType: 'string', unit: 'cny_100m', periodKind: 'quarter', count: '3', message: 'password_has_username', partialDate: '2021-07' } as const;
const RAW_CODES = [...INNOVATION_STATUSES, ...PLATFORM_STATUSES, ...ZONE_TYPES, 'submit', 'zone_staff'];

describe('message registry', () => {
  const messages = [...registeredMessages()];

  it('holds the messages of every feature', () => {
    expect(messages.length).toBeGreaterThan(60);
    for (const key of ['INVALID_TRANSITION', 'DUPLICATE_USERNAME', 'required', 'too_large', 'file_missing', 'wrong_type']) {
      expect(registeredMessages().has(key)).toBe(true);
    }
  });

  it.each(messages)('%s has zh and en with the same parameters and renders them all', (key, message) => {
    expect(message.zh.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    expect(paramsOf(message.zh)).toEqual(paramsOf(message.en));
    const params = Object.fromEntries(paramsOf(message.zh).map((name) => [name, message.enums?.[name] ? SAMPLES[message.enums[name]!] : `«${name}»`]));
    const shown = (kind: ParamKind, lang: 'zh' | 'en') =>
      kind === 'message' ? formatMessage(SAMPLES.message, lang) : kind === 'partialDate' ? (lang === 'zh' ? '2021年7月' : '2021-07') : enumLabel(kind, SAMPLES[kind], lang);
    for (const lang of ['zh', 'en'] as const) {
      const text = formatMessage(key as MessageKey, lang, params);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const name of paramsOf(message.zh)) {
        const kind = message.enums?.[name];
        expect(text).toContain(kind ? shown(kind, lang) : `«${name}»`);
      }
      // Chinese labels hold no ASCII words, so any raw code in the zh text is a leak.
      if (lang === 'zh') for (const code of RAW_CODES) expect(text).not.toContain(code);
    }
  });
});

describe('errors with enum parameters', () => {
  const answer = async (error: AppError, lang: string) => {
    let sent: { error: { message: string; fields?: { message: string }[] } } | undefined;
    const reply = { code: () => reply, send: (body: typeof sent) => (sent = body) } as never;
    sendError({ headers: { 'accept-language': lang } } as never, reply, error.code, error.params, error.fields);
    return sent!.error;
  };

  it('shows statuses and transitions by their labels, never the raw code', async () => {
    const error = new AppError('INVALID_TRANSITION', { from: 'draft', action: 'adopt' });
    expect((await answer(error, 'zh')).message).toBe('当前状态为「草稿」，不能执行「登记复制推广」。');
    expect((await answer(error, 'en')).message).toBe('The record is "Draft"; "record an adoption" is not possible now.');
  });

  it("words a weak password's reason with its own message, counts in Chinese as words", async () => {
    const weakness = { reason: 'password_few_classes', classes: 3 };
    const error = new AppError('WEAK_PASSWORD', weakness, [{ path: 'password', key: 'password_few_classes', params: weakness }]);
    const zh = await answer(error, 'zh');
    expect(zh.message).toBe('密码不符合安全策略：需包含大写字母、小写字母、数字、符号中的至少三类');
    expect(zh.fields?.[0]?.message).toBe('需包含大写字母、小写字母、数字、符号中的至少三类');
    expect((await answer(error, 'en')).message).toBe('The password does not meet the policy: use at least 3 of: upper case, lower case, digits, symbols');
  });

  it('localises keyed field issues with zone types as labels', async () => {
    const params = { parentType: 'block', childType: 'pilot' };
    const error = new AppError('INVALID_PARENT', params, [{ path: 'type', key: 'INVALID_PARENT', params }]);
    const zh = await answer(error, 'zh');
    expect(zh.message).not.toMatch(/block|pilot/);
    expect(zh.fields?.[0]?.message).toBe(zh.message);
    expect((await answer(error, 'en')).message).toBe('A Coordinated reform pilot zone cannot sit under a Block / park.');
  });
});
