// A recipient manifest: who a send goes to, and who is left out and why. Shown before a
// sign-off, since the sign-off approves exactly this list. For a statement, it also says which
// language version each recipient receives, and how many receive each.
import { h } from './dom.js';
import { t, tOr, formatNumber } from './i18n.js';
import { empty } from './ui.js';

export function manifestView(manifest) {
  const recipients = manifest?.recipients ?? [];
  const excluded = manifest?.excluded ?? manifest?.exclusions ?? [];
  const languages = Object.entries(manifest?.languages ?? {});
  return h('div', { class: 'manifest', 'data-testid': 'manifest' },
    h('p', { class: 'manifest-summary' }, t('manifest.summary', { recipients: formatNumber(recipients.length), recipientCount: recipients.length, excluded: formatNumber(excluded.length), excludedCount: excluded.length })),
    languages.length ? h('p', { class: 'language-counts', 'data-testid': 'manifest-languages' }, languages.map(([code, count]) =>
      h('span', { 'data-language': code }, t('manifest.inLanguage', { count: formatNumber(count), recipientCount: count, language: tOr(`language.${code}`, code) }))).flatMap((node, i) => (i ? [' · ', node] : [node]))) : null,
    h('details', { open: recipients.length <= 25 },
      h('summary', {}, t('manifest.recipients', { count: recipients.length })),
      recipients.length
        ? h('ul', { class: 'plain-list columns', 'data-testid': 'manifest-recipients' }, recipients.map(r => h('li', {},
          r.name ? `${r.name} ` : '', h('span', { class: 'email' }, r.name ? `<${r.email}>` : r.email),
          receives(r))))
        : empty(t('manifest.noRecipients'))),
    excluded.length ? h('div', { class: 'exclusions' },
      h('h3', {}, t('manifest.excluded', { count: excluded.length })),
      h('ul', { class: 'plain-list', 'data-testid': 'manifest-excluded' }, excluded.map(x => h('li', {},
        h('span', {}, x.label ?? x.email ?? ''), ' — ',
        h('span', { class: 'badge badge-warning' }, tOr(`suppression.${x.reason}`, String(x.reason))))))) : null);
}

/** The version a recipient receives, and their own language when it is another one (they get the primary text). */
function receives(r) {
  const own = r.language ? String(r.language).toUpperCase() : null;
  if (!r.receives) return own ? h('span', { class: 'muted' }, ` · ${own}`) : null;
  const version = String(r.receives).toUpperCase();
  return h('span', { class: 'muted', 'data-receives': r.receives }, own && own.slice(0, 2) !== version ? ` · ${own} → ${version}` : ` · ${version}`);
}
