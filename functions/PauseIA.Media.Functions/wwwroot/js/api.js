// The one way the console talks to the API: same-origin fetch with the Easy Auth cookie,
// JSON in and out, and every refusal turned into an ApiError carrying the server's message.
import { localizeServerMessage, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, serverMessage) {
    super(serverMessage || `HTTP ${status}`);
    this.status = status;
    this.serverMessage = serverMessage;
  }

  /** The message to show, in the console's language. */
  get display() {
    if (this.serverMessage) return localizeServerMessage(this.serverMessage);
    if (this.status === 0) return t('error.network');
    if (this.status === 401) return t('error.signedOut');
    if (this.status === 403) return t('error.forbidden');
    if (this.status === 404) return t('error.notFound');
    if (this.status === 409 || this.status === 412) return t('error.conflict');
    if (this.status >= 500) return t('error.server', { status: this.status });
    return t('error.http', { status: this.status });
  }

  get isConflict() {
    return this.status === 409 || this.status === 412;
  }
}

let onUnauthorized = () => {};
/** Called when any request answers 401: the session expired, so the shell shows the sign-in. */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/**
 * request('/api/x', { method, json, body, contentType, etag, signal }) → { data, etag, status, response }.
 * `json` is serialised; `body` (string, Blob, File) is sent as is with `contentType`.
 * `etag` becomes If-Match so a concurrent edit answers 409/412 instead of overwriting.
 */
export async function request(path, { method = 'GET', json, body, contentType, etag, signal, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  if (etag) headers['If-Match'] = etag;

  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal, cache: 'no-store' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, null);
  }

  const type = response.headers.get('Content-Type') ?? '';
  const isJson = type.includes('json');
  const data = response.status === 204 ? null : isJson ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    throw new ApiError(response.status, isJson && data && typeof data.error === 'string' ? data.error : null);
  }
  return { data, etag: response.headers.get('ETag'), status: response.status, response };
}

export const get = async (path, options) => (await request(path, options)).data;
export const post = async (path, json, options) => (await request(path, { ...options, method: 'POST', json })).data;

/** Builds a path with a query string from an object, dropping empty values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Encodes one path segment (an email, a reference) for a URL. */
export const segment = value => encodeURIComponent(value);
