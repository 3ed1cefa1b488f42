// The sign-off tab: the email exactly as it will be sent in each language, the consistency check
// the director saw, the recipient manifest the sign-off freezes (with who receives which language),
// and the spokesperson's sign-off bound to the content and manifest hashes.
import { h, append, clear } from './dom.js';
import { get } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { section, errorAlert, loading, button, confirmAction, notice } from './ui.js';
import { manifestView } from './manifest.js';
import { can } from './statements-model.js';
import { act, decisionText, previewPanel } from './statement-parts.js';
import { consistencyView } from './consistency.js';

export async function signoff(body, { statement, etag, path, context }) {
  const preview = previewPanel(statement, context);
  const manifestSlot = h('div', {}, loading());
  const consistencySlot = h('div', {}, loading());
  const translated = (statement.languages?.length ?? 1) > 1;
  const errorSlot = h('div', { class: 'error-slot' });
  let manifest = null;
  const decision = h('div', { class: 'stack' });
  append(body,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' }, section(t('signoff.email'), preview.element)),
      h('div', { class: 'layout-side' },
        translated ? section(t('consistency.title'), statement.approval?.consistencyHash
          ? h('p', { class: 'hint' }, t('signoff.divergencesSeen', { count: statement.approval.divergences ?? 0, by: statement.approval.by }))
          : null, consistencySlot) : null,
        section(t('signoff.recipients'), manifestSlot),
        section(t('signoff.decision'), decision))));

  const loadConsistency = async () => {
    try {
      append(clear(consistencySlot), consistencyView(await get(`${path}/consistency`, { signal: context.signal })));
    } catch (error) {
      if (error?.name !== 'AbortError') append(clear(consistencySlot), errorAlert(error));
    }
  };

  const loadManifest = async () => {
    try {
      manifest = await get(`${path}/manifest`, { signal: context.signal });
      append(clear(manifestSlot),
        manifest.frozen ? notice(t('signoff.frozen', { by: manifest.frozenBy ?? '', at: formatDateTime(manifest.frozenAt) })) : null,
        manifestView(manifest));
    } catch (error) {
      if (error?.name !== 'AbortError') append(clear(manifestSlot), errorAlert(error));
    }
  };
  await Promise.all([preview.load(), loadManifest(), translated ? loadConsistency() : null]);

  if (!can(statement, 'signOff')) {
    append(decision, notice(statement.signOff ? t('signoff.done', { by: decisionText(statement.signOff) })
      : statement.state === 'approved' ? t('signoff.notYours') : t('signoff.notApproved')));
    return;
  }
  append(decision,
    h('p', {}, t('signoff.explain')),
    h('p', { class: 'hint' }, t('signoff.approvedVersion', { approval: decisionText(statement.approval) ?? '' })),
    errorSlot,
    button(t('signoff.signOff'), e => {
      if (!manifest) return;
      if (confirmAction(t('signoff.confirm', { count: manifest.recipients?.length ?? 0 }))) {
        act(e.currentTarget, errorSlot, `${path}/signoff`, { contentHash: statement.contentHash, manifestHash: manifest.hash }, etag, t('signoff.signedOff'), context, ['send']);
      }
    }, { kind: 'primary', testid: 'signoff' }));
}
