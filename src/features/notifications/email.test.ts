/**
 * Notifications by e-mail, against a real SMTP server started here (smtp-server, the server half
 * of nodemailer's project) on a free local port: the mail job delivers each notification once, in
 * Chinese then English; a mailbox the server refuses (550) is marked failed while the others go;
 * without a server configured nothing is queued and the notification stays in the app.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../shared/registry/credit-code.js';
import { buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';
import { buildJudges, buildScoredStage, retireDemoJudges, type Judge } from '../evaluation/scoring.fixture.js';

const REFUSED = 'nobody@refused.example.cn';
const received: ParsedMail[] = [];
const server = new SMTPServer({
  authOptional: true,
  // No reverse lookup of 127.0.0.1 before the greeting: a slow resolver would time the client out
  // (nodemailer's greeting timeout), the job would wait out its retry delay and the test would miss the mail.
  disableReverseLookup: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, callback) {
    if (address.address === REFUSED) return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
    callback();
  },
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push(mail);
        callback();
      })
      .catch(callback);
  },
});

let t: TestApp;
let staff: TestUser;
let zoneId: number;
let judges: Judge[];
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  t = await createTestApp({ smtp: { url: `smtp://127.0.0.1:${port}`, from: '烟台片区管委会 <contest@yantai.example.cn>' }, publicUrl: 'https://ftz.example.gov.cn' });
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
  await retireDemoJudges(t);
  judges = await buildJudges(t, 3);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (user: TestUser | null, url: string, payload: object = {}) => t.call(user, { method: 'POST', url, payload });
/** The mail jobs as the table has them: shown when a mail is missing, so a failure says why (a retry waiting, an error). */
const mailJobs = async () => JSON.stringify(await t.database.db.selectFrom('jobs').select(['id', 'status', 'attempts', 'error_code', 'error_params', 'run_after']).where('kind', '=', 'notifications.email').execute());
const mailsTo = (address: string) => received.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.value.some((v) => v.address === address)));

describe('notifications by e-mail', () => {
  it('mails each assigned judge once, Chinese first, with a link to the page; a refused mailbox is marked failed', async () => {
    // The security admin records the addresses, as for any account.
    const addresses = ['judge.a@yantai.example.cn', 'judge.b@yantai.example.cn', REFUSED];
    for (const [index, judge] of judges.entries()) {
      const saved = await t.call('secadmin', { method: 'PATCH', url: `/api/users/${judge.id}`, payload: { email: addresses[index] } });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().user.email).toBe(addresses[index]);
    }
    const setup = await buildScoredStage(t, staff, zoneId, 3);
    expect((await post(staff, `/api/campaigns/stages/${setup.stageId}/draw`, { size: 3 })).statusCode).toBe(201);
    expect((await post(staff, `/api/campaigns/stages/${setup.stageId}/assignments`, { perEntry: 3, loadCap: 3 })).statusCode).toBe(201);
    await t.app.jobs.whenIdle();

    for (const address of addresses.slice(0, 2)) {
      const mails = mailsTo(address);
      expect(mails, await mailJobs()).toHaveLength(1);
      const [mail] = mails as [ParsedMail];
      expect(mail.from?.text).toContain('contest@yantai.example.cn');
      expect(mail.subject).toMatch(/^新的评审任务：.+ \| New judging assignment: /);
      const text = mail.text ?? '';
      expect(text).toContain('的 3 个项目');
      expect(text).toContain('https://ftz.example.gov.cn/console/my-reviews');
      expect(text.indexOf('评审承诺书')).toBeLessThan(text.indexOf('judge commitment'));
    }
    expect(mailsTo(REFUSED)).toHaveLength(0);
    const rows = await t.database.db.selectFrom('notifications').select(['user_id', 'email_status', 'emailed_at']).where('user_id', 'in', judges.map((j) => j.id)).execute();
    const statusOf = (id: number) => rows.find((row) => row.user_id === id)!.email_status;
    expect([statusOf(judges[0]!.id), statusOf(judges[1]!.id), statusOf(judges[2]!.id)]).toEqual(['sent', 'sent', 'failed']);
    // The job that sent them is the organiser's, and says what it did.
    const jobs = (await t.call(staff, { method: 'GET', url: '/api/jobs' })).json().items;
    expect(jobs[0]).toMatchObject({ kindLabel: '发送通知邮件', status: 'succeeded', result: { sent: 2, rejected: 1 } });
  });

  it('mails an applicant its registration, to the address it gave', async () => {
    const campaign = (await buildScoredStage(t, staff, zoneId, 0)).campaign;
    const category = await post(staff, `/api/campaigns/${campaign.id}/categories`, { name: '初创组', slots: 10 });
    expect(category.statusCode, category.body).toBe(201);
    const body = '91370600MA3C1X2Y5';
    const creditCode = body + creditCodeCheckCharacter(body);
    const registered = await post(null, `/api/public/campaigns/${campaign.id}/registrations`, {
      companyName: '山东示例新材料科技有限公司', creditCode, projectName: '示例项目', categoryId: category.json().category.id,
      contact: '王经理 0535-1234567', email: 'wang@example.cn', password: 'Rongxi#2021ok',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    await t.app.jobs.whenIdle();
    const [mail] = mailsTo('wang@example.cn');
    expect(mail, await mailJobs()).toBeDefined();
    expect(mail?.subject).toContain('报名成功');
    expect(mail?.text).toContain(`请以统一社会信用代码 ${registered.json().username} 登录`);
  });

  it('refuses an address that is not one, in words, and changes nothing', async () => {
    const judge = judges[0]!;
    const refused = await t.call('secadmin', { method: 'PATCH', url: `/api/users/${judge.id}`, payload: { email: 'not an address' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('电子邮箱格式不正确');
    const row = await t.database.db.selectFrom('users').select('email').where('id', '=', judge.id).executeTakeFirstOrThrow();
    expect(row.email).toBe('judge.a@yantai.example.cn');
  });
});

describe('without an SMTP server', () => {
  let quiet: TestApp;
  beforeAll(async () => {
    quiet = await createTestApp();
  });
  afterAll(() => quiet.close());

  it('keeps notifications in the app and queues no mail', async () => {
    const zone = (await buildZone(quiet)).id;
    const organiser = await buildUser(quiet, { role: 'zone_staff', zoneId: zone });
    await retireDemoJudges(quiet);
    const [judge] = await buildJudges(quiet, 1);
    await quiet.database.db.updateTable('users').set({ email: 'judge@example.cn' }).where('id', '=', judge!.id).execute();
    const setup = await buildScoredStage(quiet, organiser, zone, 1);
    await quiet.call(organiser, { method: 'POST', url: `/api/campaigns/stages/${setup.stageId}/draw`, payload: { size: 1 } });
    expect((await quiet.call(organiser, { method: 'POST', url: `/api/campaigns/stages/${setup.stageId}/assignments`, payload: { perEntry: 1, loadCap: 1 } })).statusCode).toBe(201);
    const rows = await quiet.database.db.selectFrom('notifications').select('email_status').where('user_id', '=', judge!.id).execute();
    expect(rows.map((row) => row.email_status)).toEqual(['none']);
    expect(await quiet.database.db.selectFrom('jobs').select('id').where('kind', '=', 'notifications.email').execute()).toEqual([]);
  });
});
