import { getLang } from './lang-store';

export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const FALLBACK_MESSAGES = {
  network: { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server. Check the network and try again.' },
  server: { zh: '服务器出错，请稍后重试', en: 'The server ran into a problem. Please try again later.' },
} as const;

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
};

export function buildQuery(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseErrorBody(status: number, body: unknown): ApiError {
  const lang = getLang();
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string') {
    const fields = Array.isArray(error.fields)
      ? error.fields.filter(
          (f): f is FieldError => typeof f?.path === 'string' && typeof f?.message === 'string',
        )
      : [];
    return new ApiError(status, typeof error.code === 'string' ? error.code : 'ERROR', error.message, fields);
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'ERROR', FALLBACK_MESSAGES.server[lang]);
}

function headersFor(lang: ReturnType<typeof getLang>): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': lang === 'zh' ? 'zh-CN,zh;q=0.9' : 'en' };
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  const lang = getLang();
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', FALLBACK_MESSAGES.network[lang]);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) throw parseErrorBody(response.status, parsed);
  return parsed as T;
}

/** The one way the web client talks to the API: JSON in, JSON out, errors as ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers = headersFor(getLang());
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  return send<T>(`${path}${buildQuery(options.query)}`, { method: options.method ?? 'GET', headers, body, signal: options.signal });
}

/** Fetches a file in the page's language (headers, workbook names) and saves it as `fileName`; errors come back as ApiError. */
export async function download(path: string, query: Query | undefined, fileName: string): Promise<void> {
  const lang = getLang();
  const response = await fetch(`${path}${buildQuery(query)}`, { headers: { 'Accept-Language': headersFor(lang)['Accept-Language']! }, credentials: 'same-origin' });
  if (!response.ok) throw parseErrorBody(response.status, await response.json().catch(() => null));
  saveBlob(await response.blob(), fileName);
}

/** Offers a blob as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Multipart upload (files, Excel imports): the browser sets the boundary, errors come back as ApiError. */
export async function upload<T>(path: string, fields: Record<string, string | Blob>, signal?: AbortSignal): Promise<T> {
  const form = new FormData();
  // Text fields first: a streaming multipart parser sees them before the file.
  const entries = Object.entries(fields).sort(([, a], [, b]) => Number(a instanceof Blob) - Number(b instanceof Blob));
  for (const [name, value] of entries) form.append(name, value);
  return send<T>(path, { method: 'POST', headers: headersFor(getLang()), body: form, signal });
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
