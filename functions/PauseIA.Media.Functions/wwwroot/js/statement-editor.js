// The statement editor: kind, audience, title, embargo mode and the Markdown text, with a live
// preview rendered by the server's own email renderer. Used to create a draft and to revise one.
import { h, append, clear, field, select, nextId } from './dom.js';
import { get, post, request, segment, ApiError } from './api.js';
import { t, tOr } from './i18n.js';
import { errorAlert, sandboxedFrame, setFrameHtml, button } from './ui.js';
import { statementKinds, embargoModes, audienceKind } from './statements-model.js';

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
  const initial = {
    kind: statement.kind ?? (initialInquiry ? 'inquiryAnswer' : statementKinds[0]),
    title: currentVersion?.titleOverride ?? '',
    markdown: statement.markdown ?? '',
    audienceType: statement.audience ? audienceKind(statement.audience) : 'segment',
    segment: statement.audience?.segment ?? '',
    emails: (statement.audience?.emails ?? []).join('\n'),
    inquiry: statement.inquiry ?? statement.audience?.inquiry ?? initialInquiry,
    embargoMode: statement.embargoMode ?? 'atEmbargo',
  };
  const values = { ...initial, ...(drafts.get(key) ?? {}) };
  const isDirty = () => Object.keys(initial).some(k => values[k] !== initial[k]);
  const remember = () => (isDirty() ? drafts.set(key, { ...values }) : drafts.delete(key));

  const kind = select(statementKinds.map(k => ({ value: k, label: tOr(`statementKind.${k}`, k) })), { name: 'kind', value: values.kind, 'data-testid': 'statement-kind' });
  const title = h('input', { type: 'text', name: 'title', maxlength: 250, value: values.title, 'data-testid': 'statement-title' });
  const markdown = h('textarea', { name: 'markdown', rows: 22, required: true, class: 'markdown-input', spellcheck: 'true', value: values.markdown, 'data-testid': 'statement-markdown' });

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

  const subject = h('p', { class: 'email-subject', 'data-testid': 'preview-subject' });
  const frame = sandboxedFrame('', { title: t('editor.previewTitle'), styled: true, className: 'preview-frame' });
  const previewStatus = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'preview-status' });
  let previewTimer = null;
  let previewController = null;

  // The same renderer as the send, on the unsaved text: nothing is stored.
  const refreshPreview = async () => {
    previewController?.abort();
    if (!values.markdown.trim()) {
      subject.textContent = '';
      setFrameHtml(frame, '', { styled: true });
      previewStatus.textContent = t('editor.previewEmpty');
      return;
    }
    previewController = new AbortController();
    try {
      const rendered = await post('/api/statements/render',
        { markdown: values.markdown, title: values.title.trim() || null, embargoMode: values.embargoMode },
        { signal: previewController.signal });
      subject.textContent = t('editor.previewSubject', { subject: rendered.subject });
      setFrameHtml(frame, rendered.html, { styled: true });
      previewStatus.textContent = t('editor.previewLive');
    } catch (error) {
      if (error?.name === 'AbortError') return;
      previewStatus.textContent = error instanceof ApiError ? error.display : t('editor.previewFailed');
    }
  };
  const schedulePreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, previewDelayMs);
  };
  context.onDispose(() => { clearTimeout(previewTimer); previewController?.abort(); });

  const errorSlot = h('div', { class: 'error-slot' });
  const form = h('form', { class: 'editor', 'data-testid': 'statement-editor', on: {
    input: e => {
      read();
      remember();
      if (e.target === markdown || e.target === title) schedulePreview();
    },
    change: () => { read(); remember(); syncVisibility(); schedulePreview(); },
    submit: async e => {
      e.preventDefault();
      read();
      const submit = e.submitter;
      submit.disabled = true;
      clear(errorSlot);
      try {
        const { data, etag: newEtag } = await request(statement.id ? `/api/statements/${segment(statement.id)}` : '/api/statements', {
          method: statement.id ? 'PUT' : 'POST', json: toBody(values), etag, signal: context.signal,
        });
        drafts.delete(key);
        Object.assign(initial, values);
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
    field(t('editor.title'), title, { hint: t('editor.titleHint') }),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('editor.audience')), audienceChoice, segmentField, emailsField, inquiryField),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('editor.embargo')), embargoRadios.map(r => r.element), h('p', { class: 'hint pre-line' }, t('editor.embargoHint')))),
  h('div', { class: 'editor-panes' },
    h('div', { class: 'editor-pane' }, field(t('editor.markdown'), markdown, { hint: t('editor.markdownHint') })),
    h('div', { class: 'editor-pane', role: 'region', 'aria-label': t('editor.previewTitle') },
      h('div', { class: 'preview-label' }, t('editor.previewTitle')), previewStatus, subject, frame)),
  errorSlot,
  h('div', { class: 'form-actions' },
    h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'statement-save' }, statement.id ? t('editor.save') : t('editor.create'))));

  function read() {
    values.kind = kind.value;
    values.title = title.value;
    values.markdown = markdown.value;
    values.audienceType = audienceRadios.find(r => r.input.checked)?.input.value ?? 'segment';
    values.segment = segmentSelect.value;
    values.emails = emails.value;
    values.inquiry = inquiry.value.trim();
    values.embargoMode = embargoRadios.find(r => r.input.checked)?.input.value ?? 'atEmbargo';
  }

  syncVisibility();
  refreshPreview();
  return { element: form, isDirty };
}

function toBody(values) {
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
