// Renders Markdown the way the email will look, through the server's own pipeline, so the
// console never carries a second Markdown renderer that could disagree with what is sent.
import { request } from './api.js';

/**
 * The server-rendered, sanitized HTML for a Markdown text, or null when the server offers no
 * preview for unsaved text (the caller then shows the Markdown source as it will be sent).
 */
export async function renderMarkdown(markdown, { signal, kind = 'reply' } = {}) {
  try {
    const { data } = await request('/api/preview', { method: 'POST', json: { markdown, kind }, signal });
    return typeof data === 'string' ? data : data?.html ?? null;
  } catch (error) {
    if (error?.status === 404 || error?.status === 405) return null;
    throw error;
  }
}
