// Small views of a statement shared by its pages: audience, embargo, approval lines, preview.
import { h, append, clear } from './dom.js';
import { get, request, segment } from './api.js';
import { t, tOr, formatDateTime } from './i18n.js';
import { href, navigate } from './router.js';
import { errorAlert, sandboxedFrame, loading, run, announce } from './ui.js';
import { leadingLanguages, languageSwitch } from './statement-languages.js';

export function audienceText(audience) {
  if (!audience) return null;
  if (audience.inquiry) return h('a', { href: href(['inquiries', audience.inquiry]) }, t('statement.audienceInquiry', { reference: audience.inquiry }));
  if (audience.segment) return h('a', { href: href(['contacts', 'segments', audience.segment]) }, t('statement.audienceSegment', { segment: audience.segment }));
  if (audience.emails?.length) return t('statement.audienceEmails', { count: audience.emails.length, emails: audience.emails.join(', ') });
  return null;
}

export function embargoText(statement) {
  if (!statement.embargo) return t('statement.noEmbargo');
  return `${t('statement.embargoUntil', { date: formatDateTime(statement.embargo) })} · ${tOr(`embargoMode.${statement.embargoMode}`, statement.embargoMode ?? '')}`;
}

/** "Jordan Ellis · 3 déc. 2026 · version 2" for an approval or a sign-off. */
export function decisionText(decision) {
  if (!decision) return null;
  return [decision.by, formatDateTime(decision.at), decision.version ? t('statement.version', { version: decision.version }) : null].filter(Boolean).join(' · ');
}

/**
 * The email exactly as it would be sent (the server renders it for the signed-in member), in each
 * of the statement's languages, the member's own first.
 */
export function previewPanel(statement, context, { version } = {}) {
  const languages = leadingLanguages(statement);
  let language = languages[0];
  const slot = h('div', { class: 'email-preview', 'data-testid': 'email-preview', 'data-language': language }, loading());
  const load = async () => {
    try {
      const query = new URLSearchParams({ ...(version ? { version } : {}), ...(language !== statement.language ? { language } : {}) }).toString();
      const preview = await get(`/api/statements/${segment(statement.id)}/preview${query ? `?${query}` : ''}`, { signal: context.signal });
      slot.dataset.language = preview.language ?? language;
      append(clear(slot),
        h('dl', { class: 'email-headers' },
          header(t('statement.subject'), preview.subject, 'email-subject'),
          header(t('statement.from'), preview.from),
          header(t('statement.to'), preview.to),
          preview.sendsAt ? header(t('statement.sendsAt'), formatDateTime(preview.sendsAt)) : null),
        sandboxedFrame(preview.html, { title: t('statement.rendered'), styled: true, className: 'email-frame' }),
        h('details', { class: 'email-text' }, h('summary', {}, t('statement.textVersion')), h('pre', { class: 'raw' }, preview.text)));
      return preview;
    } catch (error) {
      if (error?.name !== 'AbortError') append(clear(slot), errorAlert(error));
      return null;
    }
  };
  const element = languages.length > 1
    ? h('div', {}, languageSwitch(languages, language, code => { language = code; load(); }, { testid: 'preview-language' }), slot)
    : slot;
  return { element, load };
}

function header(label, value, className) {
  return h('div', { class: ['email-header', className] }, h('dt', {}, label), h('dd', {}, value ?? ''));
}

/** Posts a workflow action with the ETag read (a stale page cannot act on a changed statement), then shows the result. */
export async function act(buttonEl, errorSlot, url, payload, etag, doneText, context, target = []) {
  const result = await run(() => request(url, { method: 'POST', json: payload, etag, signal: context.signal }), { button: buttonEl, errorSlot });
  if (result === undefined) return;
  announce(doneText);
  navigate(['statements', context.params.id, ...target]);
}

/** Review decisions and comments, oldest first, from the timeline. */
export function discussion(statement) {
  return (statement.timeline ?? []).filter(e => ['commented', 'changesRequested', 'approved'].includes(e.kind));
}
