// The review tab: the language versions side by side with the consistency check between them,
// what changed since this reviewer's last review in each language (or between two versions), the
// discussion, and the director's decision on exactly this version, every language at once.
import { h, append, clear, field } from './dom.js';
import { get, request, withQuery } from './api.js';
import { t, formatDateTime } from './i18n.js';
import { section, errorAlert, loading, badge, button, run, announce, notice, empty } from './ui.js';
import { diffView } from './diff.js';
import { can } from './statements-model.js';
import { act, discussion } from './statement-parts.js';
import { consistencyView } from './consistency.js';
import { sideBySide } from './side-by-side.js';
import { leadingLanguages, languageName } from './statement-languages.js';

export async function review(body, { statement, etag, path, context }) {
  const languages = leadingLanguages(statement);
  const translated = languages.length > 1;
  const errorSlot = h('div', { class: 'error-slot' });
  const comment = h('textarea', { name: 'comment', rows: 5, 'data-testid': 'review-comment' });
  const consistencySlot = h('div', {}, loading());
  const consistencySection = section(t('consistency.title'), consistencySlot);
  consistencySection.hidden = !translated;
  const sideSlot = h('div', {}, loading());
  let report = null;
  const decide = decision => async e => {
    if (decision === 'requestChanges' && !comment.value.trim()) {
      append(clear(errorSlot), errorAlert(new Error(t('review.commentRequired'))));
      comment.focus();
      return;
    }
    // The approval records the consistency report shown here; the server refuses it if the report changed meanwhile.
    await act(e.currentTarget, errorSlot, `${path}/review`, { decision, comment: comment.value.trim() || null, version: statement.version, consistencyHash: report?.hash ?? null }, etag,
      decision === 'approve' ? t('review.approved') : t('review.changesRequested'), context);
  };
  const diffs = languages.map(language => ({ language, slot: h('div', {}, loading()) }));
  const reviewing = can(statement, 'approve');
  append(body,
    translated ? section(t('review.sideBySide'), sideSlot) : null,
    consistencySection,
    section(t('review.changes'), diffs.map(({ language, slot }) => h('div', { class: 'diff-language', 'data-diff-language': language },
      translated ? h('h3', {}, t('review.changesIn', { language: languageName(language) })) : null,
      h('div', { class: 'diff-controls' }, diffModeSwitch(statement, slot, path, language, context)), slot))),
    section(t('review.history'), discussionList(discussion(statement)), commentForm(statement, path, context)),
    reviewing
      ? section(t('review.decision'),
        h('div', { class: 'stack' },
          h('p', {}, translated ? t('review.explainLanguages', { version: statement.version, count: languages.length }) : t('review.explain', { version: statement.version })),
          field(t('review.comment'), comment, { hint: t('review.commentHint') }),
          errorSlot,
          h('div', { class: 'form-actions' },
            button(t('review.approve'), decide('approve'), { kind: 'primary', testid: 'review-approve' }),
            button(t('review.requestChanges'), decide('requestChanges'), { testid: 'review-request-changes' }))))
      : notice(statement.state === 'inReview' ? t('review.notYours') : t('review.notInReview')));

  const loadConsistency = async () => {
    try {
      report = await get(`${path}/consistency`, { signal: context.signal });
      // One language has nothing to compare, but its text can still contradict its own embargo.
      consistencySection.hidden = !translated && !report.divergences?.length;
      append(clear(consistencySlot), consistencyView(report));
      if (translated) append(clear(sideSlot), sideBySide(statement, report, languages));
    } catch (error) {
      if (error?.name !== 'AbortError') append(clear(consistencySlot), errorAlert(error));
    }
  };
  await Promise.all([
    loadConsistency(),
    ...diffs.map(({ language, slot }) => showDiff(slot, path, { since: 'lastReview', language }, context)),
  ]);
}

function diffModeSwitch(statement, slot, path, language, context) {
  const since = button(t('review.sinceLastReview'), () => showDiff(slot, path, { since: 'lastReview', language }, context), { kind: 'link', testid: 'diff-since-review' });
  const numbers = (statement.versions ?? []).map(v => v.number).sort((a, b) => a - b);
  if (numbers.length < 2) return since;
  const options = () => numbers.map(n => h('option', { value: n }, t('statement.version', { version: n })));
  const from = h('select', { 'aria-label': t('review.from') }, options());
  const to = h('select', { 'aria-label': t('review.to') }, options());
  from.value = String(numbers[numbers.length - 2]);
  to.value = String(numbers[numbers.length - 1]);
  return h('div', { class: 'inline-form' }, since, h('span', {}, t('review.compare')), from, to,
    button(t('review.show'), () => showDiff(slot, path, { from: from.value, to: to.value, language }, context)));
}

async function showDiff(slot, path, query, context) {
  append(clear(slot), loading());
  try {
    const diff = await get(withQuery(`${path}/diff`, query), { signal: context.signal });
    append(clear(slot),
      h('p', { class: 'hint', 'data-testid': 'diff-range' }, diff.from === 0
        ? t('review.firstReview', { to: diff.to })
        : t('review.diffRange', { from: diff.from, to: diff.to, inserted: diff.summary?.inserted ?? 0, deleted: diff.summary?.deleted ?? 0, modified: diff.summary?.modified ?? 0 })),
      diffView(diff));
  } catch (error) {
    if (error?.name !== 'AbortError') append(clear(slot), errorAlert(error));
  }
}

function discussionList(events) {
  if (!events.length) return empty(t('review.noHistory'));
  return h('ol', { class: 'reviews', 'data-testid': 'discussion' }, events.map(e => h('li', { class: 'review-item' },
    h('p', {}, h('strong', {}, e.actor), ' — ', badge('decision', e.kind),
      h('span', { class: 'muted' }, ` ${formatDateTime(e.at)}`),
      e.version ? h('span', { class: 'muted' }, ` · ${t('statement.version', { version: e.version })}`) : null,
      e.line ? h('span', { class: 'muted' }, ` · ${t('review.line', { line: e.line })}`) : null,
      e.language ? h('span', { class: 'muted' }, ` · ${languageName(e.language)}`) : null),
    e.text ? h('p', { class: 'pre-line' }, e.text) : null)));
}

function commentForm(statement, path, context) {
  const text = h('textarea', { name: 'text', rows: 3, required: true, 'data-testid': 'comment-text' });
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'stack compact', on: { submit: async e => {
    e.preventDefault();
    const done = await run(() => request(`${path}/comments`, { method: 'POST', json: { text: text.value, version: statement.version }, signal: context.signal }),
      { button: e.submitter, errorSlot });
    if (done) { announce(t('review.commented')); context.reload(); }
  } } },
  field(t('review.newComment'), text),
  errorSlot,
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-secondary' }, t('review.addComment'))));
}
