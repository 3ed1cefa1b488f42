// The outbox (Admin): every message that stayed on this machine instead of going to SendGrid,
// with its exact payload and rendered .eml to check headers, threading and content.
import { h, append, clear, field, select, table } from '../dom.js';
import { get, withQuery } from '../api.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { navigate } from '../router.js';
import { pageHeader, errorAlert, loading, empty, button, run } from '../ui.js';

export async function render(container, context) {
  const kind = context.query.get('kind') ?? '';
  const relatedId = context.query.get('relatedId') ?? '';
  context.setTitle(t('outbox.title'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  const viewer = h('div', { class: 'outbox-viewer' });
  append(container, pageHeader(t('outbox.title'), { subtitle: t('outbox.subtitle') }), filterForm(kind, relatedId), results, viewer);

  let items;
  try {
    items = await get(withQuery('/api/outbox', { kind, relatedId }), { signal: context.signal });
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  if (!items?.length) {
    append(clear(results), empty(t('outbox.empty')));
    return;
  }
  const show = (blob, label) => async e => {
    const text = await run(() => get(`/api/outbox/${blob.split('/').map(encodeURIComponent).join('/')}`, { signal: context.signal, accept: '*/*' }),
      { button: e.currentTarget, errorSlot: viewer });
    if (text === undefined) return;
    append(clear(viewer), h('section', { class: 'panel', 'aria-label': label },
      h('h2', { tabindex: '-1' }, label),
      h('pre', { class: 'raw', 'data-testid': 'outbox-raw' }, typeof text === 'string' ? text : JSON.stringify(text, null, 2))));
    viewer.querySelector('h2').focus();
  };
  append(clear(results), table([
    { label: t('outbox.col.createdAt'), cell: m => formatDateTime(m.createdAt) },
    { label: t('outbox.col.kind'), cell: m => tOr(`mailKind.${m.kind}`, m.kind) },
    { label: t('outbox.col.to'), cell: m => (m.to ?? []).join(', ') },
    { label: t('outbox.col.subject'), cell: m => m.subject },
    { label: t('outbox.col.related'), cell: m => m.relatedId ?? '' },
    { label: t('outbox.col.content'), cell: m => h('div', { class: 'button-row' },
      button(t('outbox.payload'), show(m.payloadBlob, `${m.subject} — payload.json`), { kind: 'link' }),
      (m.emlBlobs ?? []).map((blob, i) => button(t('outbox.eml', { n: i + 1 }), show(blob, `${m.subject} — ${i + 1}.eml`), { kind: 'link', testid: 'outbox-eml' }))) },
  ], items, { caption: t('outbox.title'), rowProps: m => ({ 'data-testid': 'outbox-row', 'data-kind': m.kind }) }));
}

// MailKind in the domain; the outbox keeps its PascalCase name.
const mailKinds = ['Acknowledgement', 'Notification', 'InquiryReply', 'Statement', 'StatementTest', 'Reminder'];

function filterForm(kind, relatedId) {
  const kindInput = select([{ value: '', label: t('common.any') }, ...mailKinds.map(k => ({ value: k, label: tOr(`mailKind.${k}`, k) }))], { name: 'kind', value: kind });
  const relatedInput = h('input', { type: 'text', name: 'relatedId', value: relatedId });
  return h('form', { class: 'filters', role: 'search', 'aria-label': t('outbox.filter'), on: { submit: e => {
    e.preventDefault();
    navigate(['outbox'], { kind: kindInput.value, relatedId: relatedInput.value.trim() });
  } } },
  field(t('outbox.col.kind'), kindInput),
  field(t('outbox.col.related'), relatedInput),
  h('button', { type: 'submit', class: 'button button-secondary' }, t('common.filter')));
}

