// Typed calls to the Dossier HTTP API (same origin).
import type { ArticleJson } from '../../src/doc/contract.js';

export type { ArticleJson };

/** One page of a list answer. */
export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}

/** An error answer from the API, kept with its code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** GETs an API path with query parameters (empty ones dropped). */
export async function get<T>(
  path: string,
  query: Record<string, string | number | undefined> = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return answer<T>(
    await fetch(`/api/${path}${qs ? '?' + qs : ''}`, { headers: { accept: 'application/json' } }),
  );
}

/** POSTs to the API (JSON or a form). */
export async function post<T>(path: string, body: FormData | object): Promise<T> {
  const init: RequestInit =
    body instanceof FormData
      ? { method: 'POST', body }
      : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  return answer<T>(await fetch(`/api/${path}`, init));
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok)
    throw new ApiError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? res.statusText);
  return body as T;
}

/** Where a fact was read. */
export interface Evidence {
  article: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface ArticleRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  words: number;
}

export interface StoredArticle extends ArticleRow {
  contract: ArticleJson;
  entities: Record<string, number>;
}

export interface EntityRow {
  id: number;
  name: string;
  type: string;
  mentions: number;
  articles?: number;
}

export interface SearchAnswer extends Page<Evidence & { snippet: string }> {
  entities: EntityRow[];
}

export interface Dossier {
  entity: EntityRow & { first: string | null; last: string | null };
  aliases: string[];
  geo: { lat: number; lon: number; country?: string } | null;
  roles: { title: string; of: string | null; first: string | null; last: string | null; articles: number }[];
  said: (Evidence & { kind: string; content: string | null; cue: string | null })[];
  saidAbout: (Evidence & { speaker: string | null; content: string | null })[];
  events: (Evidence & { cluster: number; type: string; day: string | null; role: string; trigger: string })[];
  labels: (Evidence & { label: string; by: string | null })[];
  others: EntityRow[];
  contested: boolean;
}

export interface LabelRow extends Evidence {
  entityId: number;
  entity: string;
  label: string;
  byId: number | null;
  by: string | null;
  contested: boolean;
}

export interface TimelineEvent {
  cluster: number;
  day: string | null;
  type: string;
  actors: string[];
  targets: string[];
  mentions: number;
  articles: number;
  sources: number;
  reports: {
    article: number;
    title: string | null;
    outlet: string | null;
    trigger: string;
    modality: string;
    place: string | null;
  }[];
}

export interface QuoteRow extends Evidence {
  kind: string;
  speaker: string | null;
  source: string | null;
  sourceType: string;
  cue: string | null;
  content: string | null;
}

export interface ClaimRow extends Evidence {
  text: string;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  counts: string | null;
  place: string | null;
  source: string | null;
}

export interface NetworkAnswer {
  nodes: { id: number; name: string; type: string }[];
  links: { source: number; target: number; kind: 'event' | 'quote'; weight: number }[];
}

export interface PlaceRow {
  id: number;
  name: string;
  type: string;
  lat: number;
  lon: number;
  country: string | null;
  articles: number;
  events: number;
}
