// The console's two languages. Every user-facing string lives in i18n/fr.js and i18n/en.js under
// the same keys; a value is a string with {placeholders} or a function of the parameters (plurals).
import fr from './i18n/fr.js';
import en from './i18n/en.js';

const dictionaries = { fr, en };
const storageKey = 'pauseia-media.language';
export const languages = Object.keys(dictionaries);

let current = readStored() ?? 'fr';

function readStored() {
  try {
    const value = localStorage.getItem(storageKey);
    return languages.includes(value) ? value : null;
  } catch {
    return null; // storage disabled: the choice simply does not persist
  }
}

export const language = () => current;

/** Whether the user picked a language themselves; otherwise the member's own language applies. */
export const hasChosenLanguage = () => readStored() !== null;

export function setLanguage(value, { remember = true } = {}) {
  if (!languages.includes(value)) return;
  current = value;
  document.documentElement.lang = value;
  if (remember) {
    try { localStorage.setItem(storageKey, value); } catch { /* see readStored */ }
  }
}

export function t(key, params = {}) {
  const entry = dictionaries[current][key] ?? dictionaries.fr[key];
  if (entry === undefined) {
    console.warn(`Missing translation: ${key}`);
    return key;
  }
  const text = typeof entry === 'function' ? entry(params) : entry;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** A translation if the key exists, else the fallback (for values such as states that may grow). */
export function tOr(key, fallback) {
  return key in dictionaries[current] ? t(key) : fallback;
}

/** Server messages are "French. / English."; show the half in the console's language. */
export function localizeServerMessage(message) {
  if (typeof message !== 'string') return '';
  const at = message.lastIndexOf(' / ');
  if (at < 0) return message;
  return current === 'fr' ? message.slice(0, at).trim() : message.slice(at + 3).trim();
}

const locale = () => (current === 'fr' ? 'fr-FR' : 'en-GB');

export function formatDateTime(value) {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date) : '';
}

export function formatNumber(value) {
  return typeof value === 'number' ? new Intl.NumberFormat(locale()).format(value) : '';
}

export function formatBytes(bytes) {
  if (typeof bytes !== 'number') return '';
  const units = current === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) { size /= 1024; unit += 1; }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: unit ? 1 : 0 }).format(size)} ${units[unit]}`;
}

/** "in 2 hours" / "3 days ago", choosing the largest unit that reads naturally. */
export function formatRelative(value, now = Date.now()) {
  const date = toDate(value);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400 * 2) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** A compact countdown such as "2 h 05 min" or "3 j 4 h" for deadlines. */
export function formatCountdown(milliseconds) {
  const minutes = Math.floor(Math.abs(milliseconds) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const d = current === 'fr' ? 'j' : 'd';
  if (days > 0) return `${days} ${d} ${hours} h`;
  if (hours > 0) return `${hours} h ${String(mins).padStart(2, '0')} min`;
  return `${mins} min`;
}

function toDate(value) {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
