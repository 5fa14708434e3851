// Dates in words, as a person reads them on the page, written here from the
// calendar's own month names: not with the page's formatDate, nor with Intl,
// so what a test expects comes from outside the code it tests. Not a test file.
//
// The page keeps dates out of DOM attributes (a host page's scripts and replay
// tools read attributes too), so the tests find a date the way a person does:
// in the words of the result.
//
// Each language's month names are the ones its dates use (Russian's in the
// genitive, "мая"; Farsi's with the ezafe where a name ends in ه, "مهٔ"), and
// each pattern is the order that language writes a date in. Farsi writes its
// digits as Persian digits (۰–۹); every other language here, Latin digits.
const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  tl: ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  fa: ["ژانویهٔ", "فوریهٔ", "مارس", "آوریل", "مهٔ", "ژوئن", "ژوئیهٔ", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  pa: ["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"],
};

/** The English month names, to find one left in another language's text. */
export const ENGLISH_MONTHS = MONTHS.en;

/** A number in Persian digits (۲۰۱۸), by code point: U+06F0 is zero. */
const persian = (n) => [...String(n)].map((ch) => String.fromCodePoint(0x6f0 + Number(ch))).join("");

/** How each language writes day d of month m (1–12) of year y. */
const PATTERNS = {
  en: (d, m, y) => `${MONTHS.en[m - 1]} ${d}, ${y}`,
  es: (d, m, y) => `${d} de ${MONTHS.es[m - 1]} de ${y}`,
  "zh-Hant": (d, m, y) => `${y}年${m}月${d}日`,
  vi: (d, m, y) => `${d} tháng ${m}, ${y}`,
  ko: (d, m, y) => `${y}년 ${m}월 ${d}일`,
  tl: (d, m, y) => `${MONTHS.tl[m - 1]} ${d}, ${y}`,
  ru: (d, m, y) => `${d} ${MONTHS.ru[m - 1]} ${y} г.`,
  fa: (d, m, y) => `${persian(d)} ${MONTHS.fa[m - 1]} ${persian(y)}`,
  ar: (d, m, y) => `${d} ${MONTHS.ar[m - 1]} ${y}`,
  pa: (d, m, y) => `${d} ${MONTHS.pa[m - 1]} ${y}`,
};

/** The languages this file can write dates in. */
export const DATE_LANGS = Object.keys(PATTERNS);

/**
 * "2029-06-01" in words: "June 1, 2029" (en), "1 de junio de 2029" (es),
 * "2029年6月1日" (zh-Hant), "۱ ژوئن ۲۰۲۹" (fa), … Composed to NFC, as the page's
 * text is compared after the same normalisation (Gurmukhi ਫ਼ has two spellings).
 */
export function dateInWords(iso, lang) {
  const [y, m, d] = iso.split("-").map(Number);
  const pattern = PATTERNS[lang];
  if (!pattern) throw new Error(`no date words for ${lang}`);
  return pattern(d, m, y).normalize("NFC");
}
