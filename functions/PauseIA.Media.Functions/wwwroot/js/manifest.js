// A recipient manifest: who a send goes to, and who is left out and why. Shown before a
// sign-off, since the sign-off approves exactly this list.
import { h } from './dom.js';
import { t, tOr, formatNumber } from './i18n.js';
import { empty } from './ui.js';

export function manifestView(manifest) {
  const recipients = manifest?.recipients ?? [];
  const excluded = manifest?.excluded ?? manifest?.exclusions ?? [];
  return h('div', { class: 'manifest', 'data-testid': 'manifest' },
    h('p', { class: 'manifest-summary' }, t('manifest.summary', { recipients: formatNumber(recipients.length), recipientCount: recipients.length, excluded: formatNumber(excluded.length), excludedCount: excluded.length })),
    h('details', { open: recipients.length <= 25 },
      h('summary', {}, t('manifest.recipients', { count: recipients.length })),
      recipients.length
        ? h('ul', { class: 'plain-list columns', 'data-testid': 'manifest-recipients' }, recipients.map(r => h('li', {},
          r.name ? `${r.name} ` : '', h('span', { class: 'email' }, r.name ? `<${r.email}>` : r.email),
          r.language ? h('span', { class: 'muted' }, ` · ${String(r.language).toUpperCase()}`) : null)))
        : empty(t('manifest.noRecipients'))),
    excluded.length ? h('div', { class: 'exclusions' },
      h('h3', {}, t('manifest.excluded', { count: excluded.length })),
      h('ul', { class: 'plain-list', 'data-testid': 'manifest-excluded' }, excluded.map(x => h('li', {},
        h('span', {}, x.label ?? x.email ?? ''), ' — ',
        h('span', { class: 'badge badge-warning' }, tOr(`suppression.${x.reason}`, String(x.reason))))))) : null);
}
