// Deadlines as the inbox shows them: a countdown that ticks, and an urgency level for colour.
import { h } from './dom.js';
import { t, formatCountdown, formatDateTime } from './i18n.js';

const soonMs = 3 * 3600 * 1000;

export function urgencyOf(item, now = Date.now()) {
  if (item.overdue) return 'overdue';
  if (!item.deadlineUtc) return item.urgent ? 'urgent' : 'none';
  const left = new Date(item.deadlineUtc).getTime() - now;
  if (left < 0) return 'overdue';
  if (item.urgent || left < soonMs) return 'urgent';
  return 'normal';
}

/** A <time> with the countdown; refresh() re-computes it (the inbox calls it every 30 s). */
export function countdown(item) {
  const text = h('span', { class: 'countdown-text' });
  const element = h('span', { class: 'countdown' },
    item.deadlineUtc ? h('time', { datetime: item.deadlineUtc, title: formatDateTime(item.deadlineUtc) }, text) : text,
    item.deadlinePhrase ? h('span', { class: 'deadline-phrase' }, t('deadline.quoted', { phrase: item.deadlinePhrase })) : null);
  const refresh = () => {
    const level = urgencyOf(item);
    element.className = `countdown countdown-${level}`;
    if (!item.deadlineUtc) {
      text.textContent = item.overdue ? t('deadline.late') : item.urgent ? t('deadline.urgentNoDate') : t('deadline.none');
      return;
    }
    const left = new Date(item.deadlineUtc).getTime() - Date.now();
    text.textContent = left < 0
      ? t('deadline.overdueBy', { time: formatCountdown(left) })
      : t('deadline.in', { time: formatCountdown(left) });
  };
  refresh();
  return { element, refresh };
}
