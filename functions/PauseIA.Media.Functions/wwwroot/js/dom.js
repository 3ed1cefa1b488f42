// Builds DOM nodes from data without ever parsing HTML: text goes through text nodes,
// attributes through setAttribute, so nothing from the server or a user can become markup.

const BOOLEAN_PROPS = new Set(['disabled', 'checked', 'selected', 'required', 'hidden', 'multiple', 'readOnly', 'open']);

/**
 * h('a', { href: '#/x', class: 'link', on: { click } }, 'text', child, [more])
 * Props: class, text, dataset, on, and any attribute; boolean props are set as properties.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false && !BOOLEAN_PROPS.has(key)) continue;
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'on') for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
    else if (key === 'style') throw new Error('Inline styles are blocked by the CSP: use a class.');
    else if (BOOLEAN_PROPS.has(key) || key === 'value') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

let uniqueId = 0;
/** An id for label/aria pairings that stays unique across re-renders. */
export function nextId(prefix = 'f') {
  uniqueId += 1;
  return `${prefix}-${uniqueId}`;
}

/** A labelled form field: label above control, optional hint tied by aria-describedby. */
export function field(labelText, control, { hint, className } = {}) {
  if (!control.id) control.id = nextId('field');
  const hintEl = hint ? h('p', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: ['field', className] }, h('label', { for: control.id }, labelText), control, hintEl);
}

/** A checkbox with its label after it. */
export function checkbox(labelText, props = {}) {
  const input = h('input', { type: 'checkbox', id: nextId('check'), ...props });
  return { input, element: h('div', { class: 'field-check' }, input, h('label', { for: input.id }, labelText)) };
}

export function select(options, props = {}) {
  const el = h('select', props);
  for (const option of options) {
    el.append(h('option', { value: option.value, selected: option.value === props.value }, option.label));
  }
  if (props.value !== undefined) el.value = props.value;
  return el;
}

/** A table from columns { label, cell(row) → node|string, className } and rows. */
export function table(columns, rows, { caption, rowProps } = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', {},
      caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
      h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.className }, c.label)))),
      h('tbody', {}, rows.map(row => h('tr', rowProps ? rowProps(row) : {},
        columns.map(c => h('td', { class: c.className, 'data-label': c.label }, c.cell(row))))))));
}

/** A definition list from [term, value] pairs, skipping empty values. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs
    .filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([term, value]) => h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, value))));
}
