// Hash routes: "#/contacts/x%40y.fr?q=z" → { path: ['contacts', 'x@y.fr'], query }.
// The fragment never reaches the server, so a reload or a shared link lands on the same page.

export function currentRoute() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(2) : '';
  const [pathPart, queryPart = ''] = hash.split('?');
  const path = pathPart.split('/').filter(Boolean).map(part => {
    try { return decodeURIComponent(part); } catch { return part; }
  });
  return { path, query: new URLSearchParams(queryPart) };
}

/** Builds "#/a/b?x=1" from segments and a query object, encoding each segment. */
export function href(segments, query) {
  const path = segments.map(s => encodeURIComponent(s)).join('/');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '' && value !== false) params.set(key, String(value));
  }
  const text = params.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

export function navigate(segments, query) {
  const target = href(segments, query);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
}
