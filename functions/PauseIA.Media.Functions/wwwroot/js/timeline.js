// An activity timeline (inquiry, contact, statement): newest first, each line a time, who and what.
import { h } from './dom.js';
import { t, tOr, formatDateTime, formatRelative, localizeServerMessage } from './i18n.js';
import { empty } from './ui.js';

export function timeline(events, { group = 'event' } = {}) {
  if (!events?.length) return empty(t('timeline.empty'));
  const sorted = [...events].sort((a, b) => String(at(b)).localeCompare(String(at(a))));
  return h('ol', { class: 'timeline' }, sorted.map(event => h('li', { class: 'timeline-item' },
    h('time', { datetime: at(event), title: formatDateTime(at(event)) }, formatRelative(at(event))),
    h('div', { class: 'timeline-body' },
      h('span', { class: 'timeline-kind' }, tOr(`${group}.${kindOf(event)}`, humanize(kindOf(event)))),
      event.actor || event.by ? h('span', { class: 'timeline-actor' }, ` · ${event.actor ?? event.by}`) : null,
      summaryOf(event) ? h('p', { class: 'timeline-summary' }, summaryOf(event)) : null))));
}

const at = event => event.at ?? event.atUtc ?? event.timestamp ?? event.occurredAt ?? event.createdAt ?? '';
const kindOf = event => event.kind ?? event.type ?? event.action ?? event.event ?? '';
// Summaries written by the server are "French. / English." like its errors.
const summaryOf = event => localizeServerMessage(event.summary ?? event.text ?? event.details ?? event.description ?? event.comment ?? '');

/** "changesRequested" → "Changes requested": a readable fallback for kinds the dictionaries do not know yet. */
export function humanize(value) {
  const text = String(value ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
