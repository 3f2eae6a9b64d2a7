/**
 * Write lanes: no more writes run their handlers at once than there are lanes, the rest wait and
 * then all run (nothing refused or lost), and a read is answered while every lane is held.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerWriteLanes } from './write-lanes.js';

describe('write lanes', () => {
  it('run at most `lanes` writes at once, let reads through meanwhile, and finish every write', async () => {
    const app = Fastify();
    registerWriteLanes(app, 2);
    let running = 0;
    let most = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    app.post('/api/write', async () => {
      running++;
      most = Math.max(most, running);
      await gate;
      running--;
      return { ok: true };
    });
    app.get('/api/read', async () => ({ running }));
    await app.ready();

    const writes = Array.from({ length: 8 }, () => app.inject({ method: 'POST', url: '/api/write', payload: {} }));
    // The first two reach their handlers; the others wait for a lane.
    await expect.poll(() => running).toBe(2);
    const read = await app.inject({ method: 'GET', url: '/api/read' });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ running: 2 });
    open();
    const answers = await Promise.all(writes);
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(200));
    expect(most).toBe(2);
    await app.close();
  });

  it('frees the lane of a write that fails', async () => {
    const app = Fastify();
    registerWriteLanes(app, 1);
    let calls = 0;
    app.post('/api/fail', async () => {
      calls++;
      throw new Error('boom');
    });
    await app.ready();
    const answers = await Promise.all(Array.from({ length: 3 }, () => app.inject({ method: 'POST', url: '/api/fail', payload: {} })));
    expect(answers.map((answer) => answer.statusCode)).toEqual([500, 500, 500]);
    expect(calls).toBe(3);
    await app.close();
  });

  it('hands back the lane of a client that left while its write waited', async () => {
    const app = Fastify();
    registerWriteLanes(app, 1);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let handled = 0;
    app.post('/api/write', async (request) => {
      handled++;
      if ((request.body as { hold?: boolean }).hold) await gate;
      return { ok: true };
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const post = (body: object, signal?: AbortSignal) =>
      fetch(`${base}/api/write`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
    const holder = post({ hold: true });
    await expect.poll(() => handled).toBe(1);
    // This one waits for the lane, and its client gives up meanwhile.
    const leaving = new AbortController();
    const left = post({}, leaving.signal).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    leaving.abort();
    expect(await left).toBe('aborted');
    open();
    expect((await holder).status).toBe(200);
    // Were the leaver's lane kept, this would never be answered.
    expect((await post({})).status).toBe(200);
    await app.close();
  });
});
