// The statement editor: kind, audience and embargo mode, then the text in each language: a tab for
// the primary text and one per translation, each with its title, its Markdown and a live preview
// rendered by the server's own email renderer, and beside them the consistency check between the
// versions. Used to create a draft and to revise one.
import { h, append, clear, field, select, nextId } from './dom.js';
import { get, post, request, segment, ApiError } from './api.js';
import { t, tOr } from './i18n.js';
import { errorAlert, sandboxedFrame, setFrameHtml, button, confirmAction } from './ui.js';
import { statementKinds, embargoModes, audienceKind } from './statements-model.js';
import { statementLanguages, languageName, primaryLanguageOf } from './statement-languages.js';
import { translationSkeleton } from './translation-skeleton.js';
import { consistencyView } from './consistency.js';

// Unsaved edits survive a re-render (language switch) but not a reload.
const drafts = new Map();
const previewDelayMs = 500;

/**
 * statement: the saved StatementView (or {} for a new one); etag: its ETag; onSaved(view): called
 * after a successful save. Returns { element, isDirty }.
 */
export function statementEditor({ statement = {}, etag = null, context, onSaved, initialInquiry = '' }) {
  const key = statement.id ?? 'new';
  const currentVersion = statement.versions?.find(v => v.number === statement.version);
  const saved = (statement.translations ?? []).map(tr => tr.language);
  const initial = {
    kind: statement.kind ?? (initialInquiry ? 'inquiryAnswer' : statementKinds[0]),
    title: currentVersion?.titleOverride ?? '',
    markdown: statement.markdown ?? '',
    audienceType: statement.audience ? audienceKind(statement.audience) : 'segment',
    segment: statement.audience?.segment ?? '',
    emails: (statement.audience?.emails ?? []).join('\n'),
    inquiry: statement.inquiry ?? statement.audience?.inquiry ?? initialInquiry,
    embargoMode: statement.embargoMode ?? 'atEmbargo',
    translations: Object.fromEntries((statement.translations ?? []).map(tr => [tr.language, { title: tr.titleOverride ?? '', markdown: tr.markdown ?? '' }])),
  };
  const values = structuredClone({ ...initial, ...(drafts.get(key) ?? {}) });
  const isDirty = () => JSON.stringify(values) !== JSON.stringify(initial);
  const remember = () => (isDirty() ? drafts.set(key, structuredClone(values)) : drafts.delete(key));

  const kind = select(statementKinds.map(k => ({ value: k, label: tOr(`statementKind.${k}`, k) })), { name: 'kind', value: values.kind, 'data-testid': 'statement-kind' });
  const radios = (name, options, current) => options.map(([value, label]) => {
    const input = h('input', { type: 'radio', name, value, id: nextId('opt'), checked: current === value });
    return { input, element: h('div', { class: 'field-check' }, input, h('label', { for: input.id }, label)) };
  });
  const audienceRadios = radios(nextId('audience'), [['segment', t('editor.audienceSegment')], ['emails', t('editor.audienceEmails')]], values.audienceType);
  const segmentSelect = select([{ value: '', label: t('common.loading') }], { name: 'segment', 'data-testid': 'statement-segment' });
  const emails = h('textarea', { name: 'emails', rows: 3, value: values.emails, 'data-testid': 'statement-emails' });
  const inquiry = h('input', { type: 'text', name: 'inquiry', value: values.inquiry, placeholder: 'PIA-2026-0001', 'data-testid': 'statement-inquiry' });
  const segmentField = field(t('editor.segment'), segmentSelect);
  const emailsField = field(t('editor.emails'), emails, { hint: t('editor.emailsHint') });
  const inquiryField = field(t('editor.inquiryReference'), inquiry, { hint: t('editor.inquiryHint') });
  const audienceChoice = h('div', { class: 'stack compact' }, audienceRadios.map(r => r.element));
  const embargoRadios = radios(nextId('embargo'), embargoModes.map(m => [m, t(`embargoMode.${m}`)]), values.embargoMode);

  const syncVisibility = () => {
    const answer = values.kind === 'inquiryAnswer';
    audienceChoice.hidden = answer;
    inquiryField.hidden = !answer;
    segmentField.hidden = answer || values.audienceType !== 'segment';
    emailsField.hidden = answer || values.audienceType !== 'emails';
    segmentSelect.required = !segmentField.hidden;
    emails.required = !emailsField.hidden;
    inquiry.required = !inquiryField.hidden;
  };
  loadSegments(segmentSelect, values.segment, context.signal);

  // One pane per language; the primary text's controls keep their plain test ids.
  const panes = new Map();
  const tabList = h('div', { class: 'editor-tabs', role: 'tablist', 'aria-label': t('editor.languages') });
  const addSlot = h('div', { class: 'editor-add-translation' });
  const panels = h('div', { class: 'editor-language-panels' });
  const primaryCode = () => primaryLanguageOf(values.markdown, statement.language ?? 'fr');
  let active = null;

  const languagePane = code => {
    const primary = code === null;
    const suffix = primary ? '' : `-${code}`;
    const text = primary ? values : values.translations[code];
    const title = h('input', { type: 'text', maxlength: 250, value: text.title, 'data-testid': `statement-title${suffix}` });
    const markdown = h('textarea', { rows: 22, required: true, class: 'markdown-input', spellcheck: 'true', value: text.markdown, 'data-testid': `statement-markdown${suffix}` });
    if (!primary) markdown.lang = code;
    const subject = h('p', { class: 'email-subject', 'data-testid': `preview-subject${suffix}` });
    const frame = sandboxedFrame('', { title: t('editor.previewTitle'), styled: true, className: 'preview-frame' });
    const status = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': `preview-status${suffix}` });
    const tab = h('button', { type: 'button', role: 'tab', class: 'editor-tab', id: nextId('tab'), 'data-testid': `editor-tab-${primary ? 'primary' : code}`, on: { click: () => activate(code) } });
    const panel = h('div', { role: 'tabpanel', class: 'editor-panes', 'aria-labelledby': tab.id, 'data-language': primary ? 'primary' : code },
      h('div', { class: 'editor-pane' },
        field(primary ? t('editor.title') : t('editor.translationTitle', { language: languageName(code) }), title, { hint: primary ? t('editor.titleHint') : t('editor.translationTitleHint') }),
        field(t('editor.markdown'), markdown, { hint: primary ? t('editor.markdownHint') : t('editor.translationHint', { marker: t('editor.toTranslate') }) }),
        primary ? null : h('div', { class: 'form-actions' }, button(t('editor.removeTranslation', { language: languageName(code) }), () => removeTranslation(code), { kind: 'danger', testid: `remove-translation-${code}` }))),
      h('div', { class: 'editor-pane', role: 'region', 'aria-label': t('editor.previewTitle') },
        h('div', { class: 'preview-label' }, t('editor.previewTitle')), status, subject, frame));
    const pane = { code, tab, panel, title, markdown, subject, frame, status, timer: null, controller: null };
    pane.read = () => {
      const target = primary ? values : values.translations[code];
      if (!target) return;
      target.title = title.value;
      target.markdown = markdown.value;
    };
    pane.label = () => { tab.textContent = primary ? t('editor.primaryTab', { language: languageName(primaryCode()) }) : languageName(code); };
    pane.label();
    append(tabList, tab);
    append(panels, panel);
    panes.set(code, pane);
    return pane;
  };

  // The same renderer as the send, on the unsaved text: nothing is stored.
  const refreshPreview = async pane => {
    pane.controller?.abort();
    const text = pane.code === null ? values : values.translations[pane.code];
    if (!text?.markdown.trim()) {
      pane.subject.textContent = '';
      setFrameHtml(pane.frame, '', { styled: true });
      pane.status.textContent = t('editor.previewEmpty');
      return;
    }
    pane.controller = new AbortController();
    try {
      const body = { markdown: values.markdown, title: values.title.trim() || null, embargoMode: values.embargoMode };
      if (pane.code !== null) Object.assign(body, { language: pane.code, translations: { [pane.code]: { title: text.title.trim(), markdown: text.markdown } } });
      const rendered = await post('/api/statements/render', body, { signal: pane.controller.signal });
      pane.subject.textContent = t('editor.previewSubject', { subject: rendered.subject });
      setFrameHtml(pane.frame, rendered.html, { styled: true });
      pane.status.textContent = t('editor.previewLive');
    } catch (error) {
      if (error?.name === 'AbortError') return;
      pane.status.textContent = error instanceof ApiError ? error.display : t('editor.previewFailed');
    }
  };
  const schedulePreview = pane => {
    if (!pane) return;
    clearTimeout(pane.timer);
    pane.timer = setTimeout(() => refreshPreview(pane), previewDelayMs);
  };

  // The consistency check beside the editor, on the unsaved texts, once there is a translation.
  const consistencySlot = h('div', { 'aria-live': 'polite' });
  const consistencyPanel = h('aside', { class: 'editor-consistency panel', 'aria-label': t('consistency.title'), 'data-testid': 'editor-consistency' },
    h('h2', {}, t('consistency.title')), consistencySlot);
  let consistencyTimer = null;
  let consistencyController = null;
  const refreshConsistency = async () => {
    consistencyController?.abort();
    consistencyPanel.hidden = Object.keys(values.translations).length === 0;
    if (consistencyPanel.hidden || !values.markdown.trim()) return;
    consistencyController = new AbortController();
    try {
      const report = await post('/api/statements/consistency', { markdown: values.markdown, title: values.title.trim() || null, translations: translationsBody(values, []) },
        { signal: consistencyController.signal });
      append(clear(consistencySlot), consistencyView(report));
    } catch (error) {
      if (error?.name !== 'AbortError') append(clear(consistencySlot), errorAlert(error));
    }
  };
  const scheduleConsistency = () => {
    clearTimeout(consistencyTimer);
    consistencyTimer = setTimeout(refreshConsistency, previewDelayMs);
  };

  const activate = code => {
    active = code;
    for (const pane of panes.values()) {
      const selected = pane.code === code;
      pane.tab.setAttribute('aria-selected', String(selected));
      pane.tab.tabIndex = selected ? 0 : -1;
      pane.panel.hidden = !selected;
    }
    refreshPreview(panes.get(code));
  };

  const renderAddButtons = () => {
    const used = new Set([primaryCode(), ...Object.keys(values.translations)]);
    append(clear(addSlot), statementLanguages.filter(code => !used.has(code)).map(code =>
      button(t('editor.addTranslation', { language: languageName(code) }), () => addTranslation(code), { testid: `add-translation-${code}` })));
  };

  const addTranslation = code => {
    // The primary text's structure, links kept, each sentence left to translate.
    values.translations[code] = { title: '', markdown: translationSkeleton(values.markdown, t('editor.toTranslate')) };
    languagePane(code);
    remember();
    renderAddButtons();
    activate(code);
    scheduleConsistency();
  };

  const removeTranslation = code => {
    if (!confirmAction(t('editor.confirmRemoveTranslation', { language: languageName(code) }))) return;
    delete values.translations[code];
    const pane = panes.get(code);
    clearTimeout(pane.timer);
    pane.controller?.abort();
    pane.tab.remove();
    pane.panel.remove();
    panes.delete(code);
    remember();
    renderAddButtons();
    activate(null);
    scheduleConsistency();
  };

  languagePane(null);
  for (const code of Object.keys(values.translations)) languagePane(code);
  context.onDispose(() => {
    clearTimeout(consistencyTimer);
    consistencyController?.abort();
    for (const pane of panes.values()) { clearTimeout(pane.timer); pane.controller?.abort(); }
  });

  const errorSlot = h('div', { class: 'error-slot' });
  const form = h('form', { class: 'editor', 'data-testid': 'statement-editor', on: {
    input: e => {
      read();
      remember();
      const pane = [...panes.values()].find(p => e.target === p.markdown || e.target === p.title);
      if (pane) {
        schedulePreview(pane);
        scheduleConsistency();
        if (pane.code === null) { panes.get(null).label(); renderAddButtons(); }
      }
    },
    change: () => { read(); remember(); syncVisibility(); schedulePreview(panes.get(active)); },
    submit: async e => {
      e.preventDefault();
      read();
      const submit = e.submitter;
      submit.disabled = true;
      clear(errorSlot);
      try {
        const { data, etag: newEtag } = await request(statement.id ? `/api/statements/${segment(statement.id)}` : '/api/statements', {
          method: statement.id ? 'PUT' : 'POST', json: toBody(values, saved), etag, signal: context.signal,
        });
        drafts.delete(key);
        Object.assign(initial, structuredClone(values));
        await onSaved?.(data, newEtag);
      } catch (error) {
        if (error?.name === 'AbortError') return;
        append(errorSlot, error instanceof ApiError && error.isConflict && statement.id
          ? h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'conflict' },
            h('p', {}, h('strong', {}, t('editor.conflictTitle'))), h('p', {}, t('editor.conflictText')),
            error.serverMessage ? h('p', { class: 'muted' }, error.display) : null,
            button(t('editor.discardAndReload'), () => { drafts.delete(key); context.reload?.(); }))
          : errorAlert(error));
      } finally {
        submit.disabled = false;
      }
    },
  } },
  h('div', { class: 'editor-meta' },
    field(t('editor.kind'), kind),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('editor.audience')), audienceChoice, segmentField, emailsField, inquiryField),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('editor.embargo')), embargoRadios.map(r => r.element), h('p', { class: 'hint pre-line' }, t('editor.embargoHint')))),
  h('div', { class: 'editor-languages' }, tabList, addSlot),
  h('div', { class: 'editor-body' }, panels, consistencyPanel),
  errorSlot,
  h('div', { class: 'form-actions' },
    h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'statement-save' }, statement.id ? t('editor.save') : t('editor.create'))));

  function read() {
    values.kind = kind.value;
    values.audienceType = audienceRadios.find(r => r.input.checked)?.input.value ?? 'segment';
    values.segment = segmentSelect.value;
    values.emails = emails.value;
    values.inquiry = inquiry.value.trim();
    values.embargoMode = embargoRadios.find(r => r.input.checked)?.input.value ?? 'atEmbargo';
    for (const pane of panes.values()) pane.read();
  }

  syncVisibility();
  renderAddButtons();
  activate(null);
  refreshConsistency();
  return { element: form, isDirty };
}

/** The translations as the API takes them; a saved one no longer there is removed with null. */
function translationsBody(values, saved) {
  const body = Object.fromEntries(Object.entries(values.translations).map(([code, text]) => [code, { title: text.title.trim(), markdown: text.markdown }]));
  for (const code of saved) if (!(code in body)) body[code] = null;
  return body;
}

function toBody(values, saved) {
  const answer = values.kind === 'inquiryAnswer';
  const audience = answer ? { inquiry: values.inquiry }
    : values.audienceType === 'emails' ? { emails: values.emails.split(/[\s,;]+/).filter(Boolean) }
      : { segment: values.segment || null };
  return {
    markdown: values.markdown,
    // An empty title clears the override: the front matter's title (or none) applies.
    title: values.title.trim(),
    kind: values.kind,
    inquiry: answer ? values.inquiry : null,
    audience,
    embargoMode: values.embargoMode,
    translations: translationsBody(values, saved),
  };
}

async function loadSegments(selectEl, selected, signal) {
  try {
    const items = await get('/api/contacts/segments', { signal }) ?? [];
    append(clear(selectEl),
      h('option', { value: '' }, items.length ? t('editor.chooseSegment') : t('editor.noSegments')),
      items.map(s => h('option', { value: s.id, selected: s.id === selected }, s.name)));
    selectEl.value = selected ?? '';
  } catch (error) {
    if (error?.name === 'AbortError') return;
    append(clear(selectEl), h('option', { value: '' }, t('editor.segmentsUnavailable')));
  }
}
