import { accessToken } from '../auth';

/** An RFC 9457 problem the API answered, with the field rules it names. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly violations: { field: string; rule?: string; message: string }[] = [],
  ) {
    super(detail ?? title);
  }

  /** The message shown to a user: the detail and each field's rule. */
  describe(): string {
    const fields = this.violations.map((v) => `${v.field}${v.rule ? `（${v.rule}）` : ''}: ${v.message}`).join('；');
    return `${this.title}（${this.status}）${this.detail ? '：' + this.detail : ''}${fields ? '；' + fields : ''}`;
  }
}

export interface Options {
  method?: string;
  body?: unknown;
  /** The version read, for changing actions (If-Match). */
  version?: number;
  /** Creations carry one, so a repeated click creates nothing twice. */
  idempotent?: boolean;
  query?: Record<string, string | number | boolean | string[] | undefined | null>;
  /** What the answer may be; files (evidence, sources, exports) are not JSON. */
  accept?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

function url(path: string, query?: Options['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.append(key, String(value));
  }
  const q = params.toString();
  return `/api/v1${path}${q ? '?' + q : ''}`;
}

async function send(path: string, options: Options = {}): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    Authorization: `Bearer ${await accessToken()}`,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  if (options.idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  const answer = await fetch(url(path, options.query), { method: options.method ?? 'GET', headers, body });
  if (!answer.ok) {
    // the platform's problem document names the fields under `errors`
    let problem: { title?: string; detail?: string; errors?: ApiProblem['violations']; violations?: ApiProblem['violations'] } = {};
    try {
      problem = await answer.json();
    } catch {
      // not a problem document (a proxy's page): the status says enough
    }
    throw new ApiProblem(answer.status, problem.title ?? answer.statusText, problem.detail, problem.errors ?? problem.violations ?? []);
  }
  return answer;
}

export async function get<T>(path: string, query?: Options['query']): Promise<T> {
  return (await send(path, { query })).json() as Promise<T>;
}

export async function page<T>(path: string, query?: Options['query']): Promise<Page<T>> {
  const answer = await send(path, { query });
  return { items: (await answer.json()) as T[], total: Number(answer.headers.get('X-Total-Count') ?? 0) };
}

export async function post<T>(path: string, options: Omit<Options, 'method'> = {}): Promise<T> {
  const answer = await send(path, { ...options, method: 'POST' });
  return (answer.status === 204 ? undefined : await answer.json()) as T;
}

export async function put<T>(path: string, options: Omit<Options, 'method'> = {}): Promise<T> {
  return (await send(path, { ...options, method: 'PUT' })).json() as Promise<T>;
}

/** A file the API answers, as text when it is text (a plan's original .txt), else null. */
export async function textFile(path: string): Promise<string | null> {
  const answer = await send(path.replace(/^\/api\/v1/, ''), { accept: '*/*' });
  const type = answer.headers.get('Content-Type') ?? '';
  return type.startsWith('text/') ? answer.text() : null;
}

/** Downloads a file the API answers (evidence, exports) through the token, as the browser's own download. */
export async function download(path: string, fallbackName: string, query?: Options['query']): Promise<void> {
  const answer = await send(path, { query, accept: '*/*' });
  const disposition = answer.headers.get('Content-Disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? /filename="([^"]+)"/.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await answer.blob());
  link.download = name ? decodeURIComponent(name) : fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/** A DELETE with the version read (If-Match); nothing answered. */
export async function remove(path: string, options: Omit<Options, 'method' | 'body'> = {}): Promise<void> {
  await send(path, { ...options, method: 'DELETE' });
}
