/**
 * Innovation (制度创新成果) helpers for the specs: records through the API for set-up and
 * state checks, unique names, and the antd widgets the innovation pages use.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectText } from './app.js';
import type {
  Innovation,
  InnovationCreated,
  InnovationCreateBody,
  InnovationDetail,
  InnovationListItem,
  InnovationPage,
  InnovationTransitionAnswer,
  InnovationTransitionBody,
  PublicInnovationDetail,
} from './api-types.js';
import { getJson } from './browser.js';

const STEMS = '甲乙丙丁戊己庚辛壬癸';

/**
 * A short tag that makes a record's name unique within the run (and across reruns on the
 * same database): digits of the clock and a random number spelled with 天干 characters.
 */
export function uniqueTag(length = 6): string {
  const digits = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1_000_000)}`.slice(-length).padStart(length, '0');
  return [...digits].map((d) => STEMS[Number(d)]).join('');
}

export async function innovationDetail(api: APIRequestContext, id: number): Promise<InnovationDetail> {
  return getJson(api, `/api/innovations/${id}`);
}

export async function publicCase(api: APIRequestContext, id: number): Promise<PublicInnovationDetail> {
  return getJson(api, `/api/public/innovations/${id}`);
}

/** The records the API lists for `query` (as that user may see them), up to 200. */
export async function listInnovations(api: APIRequestContext, query: Record<string, string | number> = {}, path = '/api/innovations'): Promise<InnovationListItem[]> {
  const params = new URLSearchParams(Object.entries({ pageSize: 200, ...query }).map(([k, v]): [string, string] => [k, String(v)]));
  return (await getJson<InnovationPage>(api, `${path}?${params}`)).items;
}

/** The whole record named exactly `name`, found through the search (throws when there is none). */
export async function innovationByName(api: APIRequestContext, name: string): Promise<Innovation> {
  const found = (await listInnovations(api, { q: name.slice(0, 100) })).find((item) => item.name === name);
  if (!found) throw new Error(`no innovation named ${name}`);
  return (await innovationDetail(api, found.id)).innovation;
}

export async function createInnovation(api: APIRequestContext, body: InnovationCreateBody): Promise<Innovation> {
  const response = await api.post('/api/innovations', { data: body });
  if (response.status() !== 201 && response.status() !== 200) throw new Error(`creating ${body.name}: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as InnovationCreated).innovation;
}

export async function transition(
  api: APIRequestContext,
  id: number,
  name: string,
  body: InnovationTransitionBody = {},
): Promise<Innovation> {
  const response = await api.post(`/api/innovations/${id}/${name}`, { data: body });
  if (response.status() !== 200) throw new Error(`${name} on innovation ${id}: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as InnovationTransitionAnswer).innovation;
}

/**
 * Takes a draft through 申报 → 开始审核 → 认定 → 省内复制推广 through the API; `api` must be
 * the province office (it may also 申报 on a zone's behalf).
 */
export async function replicateInProvince(
  admin: APIRequestContext,
  id: number,
  decisions: { recognizedOn: string; recognizedDocument: string; replicatedOn: string; replicatedDocument: string },
): Promise<Innovation> {
  await transition(admin, id, 'submit');
  await transition(admin, id, 'start_review');
  await transition(admin, id, 'recognize', { comment: '同意认定', document: decisions.recognizedDocument, occurredOn: decisions.recognizedOn });
  return transition(admin, id, 'replicate_province', { document: decisions.replicatedDocument, occurredOn: decisions.replicatedOn });
}

/** Picks `option` in the antd Select whose combobox is `select` (the open dropdown is the page's only one). */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  // On a busy machine a click can land while the list is still opening (or closing): try again
  // until the list has closed on the choice, as a person would click once more.
  await expect
    .poll(
      async () => {
        const choice = dropdown.getByTitle(option, { exact: true }).first();
        if (!(await choice.isVisible())) await select.click();
        await choice.click({ timeout: 5_000 });
        await dropdown.first().waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
        return dropdown.count();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(0);
}

/**
 * Searches the portal's case library through its search box, waits until the list answers
 * `q` (the previous results stay on screen, marked stale, while the search runs) and returns
 * the count it shows.
 */
export async function searchCases(page: Page, q: string): Promise<number> {
  const box = page.getByLabel('检索创新成果');
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  const count = page.getByTestId('cases-count');
  await expectText(count, new RegExp(`^“${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”共 \\d+ 个案例$`));
  await page.locator('.yz-case-list:not(.yz-case-list--stale)').waitFor();
  return Number(/共 (\d+) 个案例/.exec(await count.innerText())?.[1]);
}

type DemoRecord = { zoneCode: string; name: string; status: Innovation['status'] };
type DemoZone = { code: string; type: string; group: string | null };

/** The demo data as shipped (data/demo), e.g. to tell its records from those a spec added. */
export function demoData(): { innovations: DemoRecord[]; zones: DemoZone[] } {
  const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/demo/${file}`, import.meta.url), 'utf8')) as T;
  return { innovations: read<DemoRecord[]>('innovations.json'), zones: read<DemoZone[]>('zones.json') };
}
